import { defineRule, pathValue } from '../../src/api';

export default defineRule({
  meta: {
    id: 'broken-symlink',
    group: 'structure',
    severity: 'error',
    description: 'A dangling or looping symlink',
    rationale:
      'Migration bridges are symlinks (Phase 1); a bridge whose target moved or loops breaks the service it stands for and the rollback it exists for.',
    messages: {
      loops: "Symlink '{{link}}' -> '{{target}}' loops.",
      dangling: "Symlink '{{link}}' -> '{{target}}' points to nothing.",
      fixLink: 'Remove the link, or point it at an existing folder (Phase 4: replace a bridge by the moved folder).',
    },
  },
  check({ model, report }) {
    for (const entry of model.tree.entries) {
      const link = entry.symlink;
      if (!link || link.status === 'ok') continue;
      report({
        path: entry.abs,
        messageId: link.status === 'loop' ? 'loops' : 'dangling',
        fixId: 'fixLink',
        data: { link: pathValue(entry.abs), target: link.target },
      });
    }
  },
});
