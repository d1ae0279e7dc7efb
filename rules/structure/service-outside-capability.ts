import { bridgedTargets, decidingReason, defineRule, expectedServicePath, isBridgeTarget, shown } from '../support';

export default defineRule(
  {
    id: 'service-outside-capability',
    group: 'structure',
    severity: 'error',
    description: 'A service directory directly under the services root (e.g. n8n/, traefik/)',
    rationale: 'Every service lives in the capability directory of what it does, so "where is the planning service?" has one answer: memory-orchestration/planner-api/.',
  },
  ({ model, report }) => {
    const bridges = bridgedTargets(model);
    for (const dir of model.serviceDirs) {
      if (dir.parentKind !== 'root' || isBridgeTarget(model, dir, bridges)) continue;
      const { capability, canonicalName } = dir.classification;
      if (capability) {
        const target = expectedServicePath(model, capability, canonicalName);
        report({
          path: dir.abs,
          target,
          message: `Service '${dir.name}' sits directly under the services root; it belongs in '${shown(model, target)}' (${decidingReason(dir)}).`,
          fix: `Move '${shown(model, dir.abs)}' to '${shown(model, target)}'.`,
        });
      } else {
        report({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, outside any capability directory.`,
          fix: `Run \`svclint place ${dir.name}\` and move it into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`,
        });
      }
    }
  },
);
