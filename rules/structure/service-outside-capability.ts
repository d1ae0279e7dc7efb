import { defineRule, folderPlan, folderValue } from '../../src/api';
import { decidingReason } from '../support';

export default defineRule({
  meta: {
    id: 'service-outside-capability',
    group: 'structure',
    severity: 'error',
    description: 'A service directory directly under the services root (e.g. n8n/, traefik/)',
    rationale:
      'Every service lives in the capability directory of what it does, so "where is the planning service?" has one answer: memory-orchestration/planner-api/.',
    messages: {
      secondCopy: "Service '{{name}}' sits directly under the services root, and '{{kept}}' holds the copy the placement plan keeps.",
      mergeIntoKept: "Move anything only '{{folder}}' has into '{{kept}}', then remove it.",
      belongsIn: "Service '{{name}}' sits directly under the services root; it belongs in '{{target}}' ({{reason}}).",
      moveTo: "Move '{{folder}}' to '{{target}}'.",
      outside: "Service '{{name}}' sits directly under the services root, outside any capability directory.",
      placeIt: 'Run `svclint place {{name}}` and move it into the capability directory it names (or a new capability-specific one, never apps/ or misc/).',
    },
  },
  check({ model, report, plan }) {
    for (const dir of model.serviceDirs) {
      if (dir.parentKind !== 'root') continue;
      const folder = folderPlan(plan, dir.abs);
      if (!folder || folder.fate === 'stay') continue;
      const cause = folder.cause ?? undefined;
      if (folder.fate === 'retire' && folder.keep) {
        // A second copy: the plan keeps the other one (duplicate-service has the details; one cause).
        report({
          path: dir.abs,
          messageId: 'secondCopy',
          fixId: 'mergeIntoKept',
          data: { name: dir.name, kept: folderValue(folder.keep), folder: folderValue(dir.abs) },
          cause,
        });
        continue;
      }
      if (folder.fate === 'move' && folder.to) {
        if (plan.moves.some((m) => m.bridged && m.from === dir.abs)) continue;
        report({
          path: dir.abs,
          target: folder.to,
          messageId: 'belongsIn',
          fixId: 'moveTo',
          data: { name: dir.name, target: folderValue(folder.to), reason: decidingReason(dir), folder: folderValue(dir.abs) },
          cause,
        });
      } else {
        report({ path: dir.abs, messageId: 'outside', fixId: 'placeIt', data: { name: dir.name }, cause });
      }
    }
  },
});
