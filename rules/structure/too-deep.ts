import { defineRule, folderPlan, folderValue } from '../../src/api';

export default defineRule({
  meta: {
    id: 'too-deep',
    group: 'structure',
    severity: 'warning',
    description: 'A service directory deeper than capability/service/',
    rationale: 'Capability grouping adds exactly one level (core-infra/postgres/ vs postgres/); deeper nesting hides services and lengthens compose paths.',
    messages: {
      tooDeep: "Service '{{name}}' is {{depth}} levels deep ('{{folder}}'); services sit at capability/service/.",
      moveTo: "Move it to '{{target}}'.",
      place: 'Move it to the capability directory of what it does (`svclint place {{name}}`), one level below it.',
    },
  },
  check({ model, report, plan }) {
    for (const dir of model.serviceDirs) {
      if (dir.depth <= 2) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === 'retire') continue; // duplicate-service's
      const to = folder?.fate === 'move' ? folder.to : null;
      report({
        path: dir.abs,
        ...(to ? { target: to } : {}),
        messageId: 'tooDeep',
        fixId: to ? 'moveTo' : 'place',
        data: { name: dir.name, depth: dir.depth, folder: folderValue(dir.abs), target: to ? folderValue(to) : '' },
        cause: folder?.cause ?? undefined,
      });
    }
  },
});
