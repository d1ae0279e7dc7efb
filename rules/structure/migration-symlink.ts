import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'migration-symlink',
    group: 'structure',
    severity: 'warning',
    description: 'A service directory that is a symlink bridge (Phase 1 of the migration): finish Phase 4',
    rationale: 'Symlinks allow a zero-downtime, reversible migration; once stable for a week, Phase 4 removes each symlink and moves the real directory.',
  },
  ({ model, report, plan }) => {
    // The plan's bridged moves: Phase 4 replaces the link by the folder it points to.
    for (const move of plan.moves) {
      if (!move.bridged) continue;
      report({
        path: move.dir,
        message: `'${shown(model, move.dir, false)}' is a migration bridge to '${shown(model, move.from)}' (Phase 1).`,
        fix: `Phase 4: rm '${shown(model, move.dir, false)}' && mv '${shown(model, move.from, false)}' '${shown(model, move.dir, false)}'.`,
        cause: move.cause,
      });
    }
  },
);
