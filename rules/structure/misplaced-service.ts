import path from 'node:path';
import { decidingReason, defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'misplaced-service',
    group: 'structure',
    severity: 'error',
    description: 'A service whose capability is known (policy, label, catalog, image) but that sits in another directory',
    rationale: 'The placement table and decision tree give each service one home ("Memory/planning/knowledge? -> memory-orchestration/", "User-facing UI? -> interfaces/", ...).',
  },
  ({ model, report, plan }) => {
    const byDir = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    for (const move of plan.moves) {
      const dir = byDir.get(move.dir)!;
      // Root-level services are service-outside-capability's; bridges migration-symlink's; legacy
      // legacy-service's; a rename inside its capability is non-canonical-name's.
      if (dir.parentKind === 'root' || move.bridged || move.kind === 'archive' || move.kind === 'rename') continue;
      const actual = path.relative(model.root, move.from).split(path.sep)[0]!;
      if (actual === path.relative(model.root, move.to).split(path.sep)[0]) continue;
      const { canonicalName } = dir.classification;
      const named = canonicalName !== dir.name ? ` (${canonicalName})` : '';
      report({
        path: dir.abs,
        target: move.to,
        message: `Service '${dir.name}'${named} is in '${shown(model, path.join(model.root, actual))}'; it belongs in '${shown(model, move.to)}' (${decidingReason(dir)}).`,
        fix: `Move '${shown(model, dir.abs)}' to '${shown(model, move.to)}'.`,
        cause: move.cause,
      });
    }
    // Compose services defined in a capability's stack with no folder of their own: the plan moves their definition.
    for (const split of plan.stackSplits) {
      for (const entry of split.services) {
        if (!entry.cause.startsWith('compose-service:')) continue;
        const service = model.services.find((s) => s.stack.file === split.file && s.name === entry.name);
        if (!service) continue;
        const target = path.join(entry.to, service.name);
        report({
          loc: service.loc,
          path: service.stack.file,
          target,
          message: `Compose service '${service.name}' is defined in the '${path.basename(service.stack.dir)}' stack; it belongs in '${shown(model, target)}' (${entry.reasons[0] ?? 'decision tree'}).`,
          fix: `Move '${service.name}' to the stack of '${shown(model, entry.to)}' (folder '${shown(model, target)}').`,
          cause: entry.cause,
          key: service.name,
        });
      }
    }
  },
);
