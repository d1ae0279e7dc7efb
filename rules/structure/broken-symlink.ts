import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'broken-symlink',
    group: 'structure',
    severity: 'error',
    description: 'A dangling or looping symlink',
    rationale: 'Migration bridges are symlinks (Phase 1); a bridge whose target moved or loops breaks the service it stands for and the rollback it exists for.',
  },
  ({ model, report }) => {
    for (const entry of model.tree.entries) {
      const link = entry.symlink;
      if (!link || link.status === 'ok') continue;
      report({
        path: entry.abs,
        message: link.status === 'loop'
          ? `Symlink '${shown(model, entry.abs, false)}' -> '${link.target}' loops.`
          : `Symlink '${shown(model, entry.abs, false)}' -> '${link.target}' points to nothing.`,
        fix: `Remove the link, or point it at an existing folder (Phase 4: replace a bridge by the moved folder).`,
      });
    }
  },
);
