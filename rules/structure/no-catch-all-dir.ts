import { causeOf, defineRule, folderValue, groupingFolders } from '../../src/api';
import { movesOutOf } from './grouping-fix';

export default defineRule({
  meta: {
    id: 'no-catch-all-dir',
    group: 'structure',
    severity: 'error',
    description: 'A directory named like a catch-all (apps, misc, other, stuff, general, tmp, ...)',
    rationale:
      '"apps" is an antipattern: a catch-all directory mixes unrelated services (chat interface ≠ log viewer ≠ LLM proxy). When in doubt, create a capability-specific directory; do not dump in "apps" or "misc".',
    messages: {
      catchAll: "'{{folder}}' is a catch-all directory: group services by what they do (capability), not in '{{name}}/'.",
      moveServices: "Move its services to their capability directories ({{moves}}) and remove '{{name}}/'.",
      moveEach: "Move each service into a capability-specific directory (e.g. communications/) and remove '{{name}}/'.",
    },
    docs: {
      examples: {
        valid: [
          {
            description: 'services grouped by capability',
            files: { 'services/interfaces/open-webui/compose.yaml': 'services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n' },
          },
        ],
        invalid: [
          {
            description: 'an apps/ folder',
            files: { 'services/apps/openweb/compose.yaml': 'services:\n  openweb:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n' },
          },
        ],
      },
    },
  },
  check({ model, report, plan }) {
    for (const folder of groupingFolders(model).filter((f) => f.kind === 'catch-all')) {
      const { entry } = folder;
      const moves = movesOutOf(plan, entry.abs);
      report({
        path: entry.abs,
        messageId: 'catchAll',
        fixId: moves.length > 0 ? 'moveServices' : 'moveEach',
        data: { folder: folderValue(entry.abs), name: entry.name, moves: moves.join(', ') },
        cause: causeOf(plan, entry.abs)?.key,
      });
    }
  },
});
