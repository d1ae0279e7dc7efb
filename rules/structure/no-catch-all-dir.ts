import { defineRule, shown } from '../support';
import { causeOf, groupingFolders } from '../../src/plan';
import { groupingFix } from './grouping-fix';

export default defineRule(
  {
    id: 'no-catch-all-dir',
    group: 'structure',
    severity: 'error',
    description: 'A directory named like a catch-all (apps, misc, other, stuff, general, tmp, ...)',
    rationale: '"apps" is an antipattern: a catch-all directory mixes unrelated services (chat interface ≠ log viewer ≠ LLM proxy). When in doubt, create a capability-specific directory; do not dump in "apps" or "misc".',
  },
  ({ model, report, plan }) => {
    for (const folder of groupingFolders(model).filter((f) => f.kind === 'catch-all')) {
      const { entry } = folder;
      report({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' is a catch-all directory: group services by what they do (capability), not in '${entry.name}/'.`,
        fix: groupingFix(model, folder, 'Move each service into a capability-specific directory (e.g. communications/)'),
        cause: causeOf(plan, entry.abs)?.key,
      });
    }
  },
);
