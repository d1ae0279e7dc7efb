import { folderPlan } from '../../src/plan';
import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'too-deep',
    group: 'structure',
    severity: 'warning',
    description: 'A service directory deeper than capability/service/',
    rationale: 'Capability grouping adds exactly one level (core-infra/postgres/ vs postgres/); deeper nesting hides services and lengthens compose paths.',
  },
  ({ model, report, plan }) => {
    for (const dir of model.serviceDirs) {
      if (dir.depth <= 2) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === 'retire') continue; // duplicate-service's
      const to = folder?.fate === 'move' ? folder.to : null;
      report({
        path: dir.abs,
        ...(to ? { target: to } : {}),
        message: `Service '${dir.name}' is ${dir.depth} levels deep ('${shown(model, dir.abs)}'); services sit at capability/service/.`,
        fix: to ? `Move it to '${shown(model, to)}'.` : `Move it to the capability directory of what it does (\`svclint place ${dir.name}\`), one level below it.`,
        cause: folder?.cause ?? undefined,
      });
    }
  },
);
