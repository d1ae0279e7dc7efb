import { causeOf } from '../../src/plan';
import { defineRule, shown } from '../support';
import { movesOutOf } from './grouping-fix';

export default defineRule(
  {
    id: 'undeclared-capability',
    group: 'structure',
    severity: 'warning',
    description: 'A capability directory the policy does not declare',
    rationale: 'The decision tree allows new capability directories ("create a capability-specific directory, e.g. communications/"), but each one is a decision: declare it so the next service has an obvious home.',
  },
  ({ model, report, plan }) => {
    for (const cap of model.capabilityDirs) {
      if (cap.declared) continue;
      const cause = causeOf(plan, cap.abs)?.key;
      report({
        path: cap.abs,
        message: `'${shown(model, cap.abs)}' is not a declared capability directory (declared: ${[...model.policy.capabilities.keys()].join(', ')}).`,
        fix: cause
          ? `Its services all belong in declared capabilities: move them (${movesOutOf(model, cap.abs).join(', ')}) and remove '${cap.name}/'.`
          : `Declare it in svclint.config.yaml (capabilities: { ${cap.name}: { provides: [...], description: ... } }), or move its services into a declared capability.`,
        // When the plan moves every service out of it, it is the cause of those moves.
        cause,
      });
    }
  },
);
