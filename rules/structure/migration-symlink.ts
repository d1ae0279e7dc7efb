import { defineRule, folderValue, pathValue } from '../../src/api';

export default defineRule({
  meta: {
    id: 'migration-symlink',
    group: 'structure',
    severity: 'warning',
    description: 'A service directory that is a symlink bridge (Phase 1 of the migration): finish Phase 4',
    rationale: 'Symlinks allow a zero-downtime, reversible migration; once stable for a week, Phase 4 removes each symlink and moves the real directory.',
    messages: {
      bridge: "'{{link}}' is a migration bridge to '{{target}}' (Phase 1).",
      phase4: "Phase 4: rm '{{link}}' && mv '{{from}}' '{{link}}'.",
    },
  },
  check({ report, plan }) {
    // The plan's bridged moves: Phase 4 replaces the link by the folder it points to.
    for (const move of plan.moves) {
      if (!move.bridged) continue;
      report({
        path: move.dir,
        messageId: 'bridge',
        fixId: 'phase4',
        data: { link: pathValue(move.dir), target: folderValue(move.from), from: pathValue(move.from) },
        cause: move.cause,
      });
    }
  },
});
