import { defineRule, expectedServicePath, shown } from '../support';

export default defineRule(
  {
    id: 'too-deep',
    group: 'structure',
    severity: 'warning',
    description: 'A service directory deeper than capability/service/',
    rationale: 'Capability grouping adds exactly one level (core-infra/postgres/ vs postgres/); deeper nesting hides services and lengthens compose paths.',
  },
  ({ model, report }) => {
    for (const dir of model.serviceDirs) {
      if (dir.depth <= 2) continue;
      const capability = dir.rel.split('/')[0]!;
      const target = expectedServicePath(model, dir.classification.capability ?? capability, dir.classification.canonicalName);
      report({
        path: dir.abs,
        target,
        message: `Service '${dir.name}' is ${dir.depth} levels deep ('${shown(model, dir.abs)}'); services sit at capability/service/.`,
        fix: `Move it to '${shown(model, target)}'.`,
      });
    }
  },
);
