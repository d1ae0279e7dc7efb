import { defineRule, shown } from '../support';
import { causeOf, groupingFolders } from '../../src/plan';
import { groupingFix } from './grouping-fix';

export default defineRule(
  {
    id: 'no-technology-dir',
    group: 'structure',
    severity: 'error',
    description: 'A directory that groups services by what they are (docker, containers, compose, stacks, ...) instead of what they do',
    rationale: 'Services should be grouped by what they do (capability/domain), not what they are (technology stack).',
  },
  ({ model, report, plan }) => {
    for (const folder of groupingFolders(model).filter((f) => f.kind === 'technology')) {
      const { entry } = folder;
      report({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' groups services by technology: group them by capability instead.`,
        fix: groupingFix(model, folder, 'Move each service into the capability directory of what it does'),
        cause: causeOf(plan, entry.abs)?.key,
      });
    }
  },
);
