import { causeOf, defineRule, folderValue, groupingFolders } from '../../src/api';
import { movesOutOf } from './grouping-fix';

export default defineRule({
  meta: {
    id: 'no-technology-dir',
    group: 'structure',
    severity: 'error',
    description: 'A directory that groups services by what they are (docker, containers, compose, stacks, ...) instead of what they do',
    rationale: 'Services should be grouped by what they do (capability/domain), not what they are (technology stack).',
    messages: {
      byTechnology: "'{{folder}}' groups services by technology: group them by capability instead.",
      moveServices: "Move its services to their capability directories ({{moves}}) and remove '{{name}}/'.",
      moveEach: "Move each service into the capability directory of what it does and remove '{{name}}/'.",
    },
  },
  check({ model, report, plan }) {
    for (const folder of groupingFolders(model).filter((f) => f.kind === 'technology')) {
      const { entry } = folder;
      const moves = movesOutOf(plan, entry.abs);
      report({
        path: entry.abs,
        messageId: 'byTechnology',
        fixId: moves.length > 0 ? 'moveServices' : 'moveEach',
        data: { folder: folderValue(entry.abs), name: entry.name, moves: moves.join(', ') },
        cause: causeOf(plan, entry.abs)?.key,
      });
    }
  },
});
