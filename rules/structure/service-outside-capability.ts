import { folderPlan } from '../../src/plan';
import { decidingReason, defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'service-outside-capability',
    group: 'structure',
    severity: 'error',
    description: 'A service directory directly under the services root (e.g. n8n/, traefik/)',
    rationale: 'Every service lives in the capability directory of what it does, so "where is the planning service?" has one answer: memory-orchestration/planner-api/.',
  },
  ({ model, report, plan }) => {
    for (const dir of model.serviceDirs) {
      if (dir.parentKind !== 'root') continue;
      const folder = folderPlan(plan, dir.abs);
      if (!folder || folder.fate === 'stay') continue;
      if (folder.fate === 'retire' && folder.keep) {
        // A second copy: the plan keeps the other one (duplicate-service has the details; one cause).
        report({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, and '${shown(model, folder.keep)}' holds the copy the placement plan keeps.`,
          fix: `Move anything only '${shown(model, dir.abs)}' has into '${shown(model, folder.keep)}', then remove it.`,
          cause: folder.cause ?? undefined,
        });
        continue;
      }
      if (folder.fate === 'move' && folder.to) {
        if (plan.moves.some((m) => m.bridged && m.from === dir.abs)) continue;
        report({
          path: dir.abs,
          target: folder.to,
          message: `Service '${dir.name}' sits directly under the services root; it belongs in '${shown(model, folder.to)}' (${decidingReason(dir)}).`,
          fix: `Move '${shown(model, dir.abs)}' to '${shown(model, folder.to)}'.`,
          cause: folder.cause ?? undefined,
        });
      } else {
        report({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, outside any capability directory.`,
          fix: `Run \`svclint place ${dir.name}\` and move it into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`,
          cause: folder.cause ?? undefined,
        });
      }
    }
  },
);
