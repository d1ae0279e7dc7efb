import path from 'node:path';
import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'migration-symlink',
    group: 'structure',
    severity: 'warning',
    description: 'A service directory that is a symlink bridge (Phase 1 of the migration): finish Phase 4',
    rationale: 'Symlinks allow a zero-downtime, reversible migration; once stable for a week, Phase 4 removes each symlink and moves the real directory.',
  },
  ({ model, report }) => {
    for (const dir of model.serviceDirs) {
      if (!dir.symlink || dir.symlink.status !== 'ok' || dir.symlink.targetKind !== 'dir') continue;
      const target = dir.symlink.resolved!;
      const where = path.relative(model.cwd, target).split(path.sep).join('/');
      report({
        path: dir.abs,
        message: `'${shown(model, dir.abs, false)}' is a migration bridge to '${where}/' (Phase 1).`,
        fix: `Phase 4: rm '${shown(model, dir.abs, false)}' && mv '${where}' '${shown(model, dir.abs, false)}'.`,
      });
    }
  },
);
