import { causeOf, defineRule, folderValue } from '../../src/api';
import { movesOutOf } from './grouping-fix';

export default defineRule({
  meta: {
    id: 'undeclared-capability',
    group: 'structure',
    severity: 'warning',
    description: 'A capability directory the policy does not declare',
    rationale:
      'The decision tree allows new capability directories ("create a capability-specific directory, e.g. communications/"), but each one is a decision: declare it so the next service has an obvious home.',
    messages: {
      undeclared: "'{{folder}}' is not a declared capability directory (declared: {{declared}}).",
      moveOut: "Its services all belong in declared capabilities: move them ({{moves}}) and remove '{{name}}/'.",
      declare:
        'Declare it in svclint.config.yaml (capabilities: { {{name}}: { provides: [...], description: ... } }), or move its services into a declared capability.',
    },
  },
  check({ model, report, plan }) {
    for (const cap of model.capabilityDirs) {
      if (cap.declared) continue;
      const cause = causeOf(plan, cap.abs)?.key;
      report({
        path: cap.abs,
        messageId: 'undeclared',
        fixId: cause ? 'moveOut' : 'declare',
        data: {
          folder: folderValue(cap.abs),
          declared: [...model.policy.capabilities.keys()].join(', '),
          name: cap.name,
          moves: cause ? movesOutOf(plan, cap.abs).join(', ') : '',
        },
        // When the plan moves every service out of it, it is the cause of those moves.
        cause,
      });
    }
  },
});
