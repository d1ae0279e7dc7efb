import path from 'node:path';
import { classifyService } from '../../src/policy/classify';
import { bridgedTargets, decidingReason, defineRule, expectedServicePath, isBridgeTarget, isSharedInfrastructure, shown } from '../support';

export default defineRule(
  {
    id: 'misplaced-service',
    group: 'structure',
    severity: 'error',
    description: 'A service whose capability is known (policy, label, catalog, image) but that sits in another directory',
    rationale: 'The placement table and decision tree give each service one home ("Memory/planning/knowledge? -> memory-orchestration/", "User-facing UI? -> interfaces/", ...).',
  },
  ({ model, report }) => {
    const bridges = bridgedTargets(model);
    for (const dir of model.serviceDirs) {
      // Root-level services are service-outside-capability; bridges are migration-symlink; legacy is legacy-service.
      if (dir.parentKind === 'root' || dir.symlink || isBridgeTarget(model, dir, bridges)) continue;
      const { capability, canonicalName, catalog } = dir.classification;
      if (!capability || catalog?.legacy) continue;
      const actual = dir.rel.split('/')[0]!;
      if (actual === capability) continue;
      const target = expectedServicePath(model, capability, canonicalName);
      const named = canonicalName !== dir.name ? ` (${canonicalName})` : '';
      report({
        path: dir.abs,
        target,
        message: `Service '${dir.name}'${named} is in '${shown(model, path.join(model.root, actual))}'; it belongs in '${shown(model, target)}' (${decidingReason(dir)}).`,
        fix: `Move '${shown(model, dir.abs)}' to '${shown(model, target)}'.`,
      });
    }
    // Compose services defined in a capability's stack with no folder of their own.
    const capabilityByAbs = new Map(model.capabilityDirs.map((c) => [c.abs, c]));
    for (const service of model.services) {
      if (service.serviceDir || service.stack.archived) continue;
      const cap = capabilityByAbs.get(service.stack.dir);
      if (!cap) continue;
      // Image matching is left out here: a stack's own cache or database sidecar is not a misplaced service.
      const classification = classifyService({ name: service.name, labels: service.labels, ignoreImage: true }, model.policy);
      if (!classification.capability || classification.catalog?.legacy || classification.capability === cap.name) continue;
      if (isSharedInfrastructure(classification.catalog)) continue;
      const target = expectedServicePath(model, classification.capability, classification.canonicalName);
      report({
        loc: service.loc,
        path: service.stack.file,
        target,
        message: `Compose service '${service.name}' is defined in the '${cap.name}' stack; it belongs in '${shown(model, target)}' (${classification.reasons[0]?.text}).`,
        fix: `Move '${service.name}' to the stack of '${shown(model, path.join(model.root, classification.capability))}' (folder '${shown(model, target)}').`,
      });
    }
  },
);
