import path from 'node:path';
import { defineRule, folderValue } from '../../src/api';
import { decidingReason, topFolder } from '../support';

export default defineRule({
  meta: {
    id: 'misplaced-service',
    group: 'structure',
    severity: 'error',
    description: 'A service whose capability is known (policy, label, catalog, image) but that sits in another directory',
    rationale:
      'The placement table and decision tree give each service one home ("Memory/planning/knowledge? -> memory-orchestration/", "User-facing UI? -> interfaces/", ...).',
    messages: {
      misplaced: "Service '{{name}}'{{canonical}} is in '{{actual}}'; it belongs in '{{target}}' ({{reason}}).",
      moveFolder: "Move '{{folder}}' to '{{target}}'.",
      misplacedDefinition: "Compose service '{{name}}' is defined in the '{{stack}}' stack; it belongs in '{{target}}' ({{reason}}).",
      moveDefinition: "Move '{{name}}' to the stack of '{{capability}}' (folder '{{target}}').",
    },
  },
  check({ model, report, plan }) {
    const byDir = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    for (const move of plan.moves) {
      const dir = byDir.get(move.dir)!;
      // Root-level services are service-outside-capability's; bridges migration-symlink's; legacy
      // legacy-service's; a rename inside its capability is non-canonical-name's.
      if (dir.parentKind === 'root' || move.bridged || move.kind === 'archive' || move.kind === 'rename') continue;
      const actual = topFolder(model, move.from);
      if (actual === topFolder(model, move.to)) continue;
      const { canonicalName } = dir.classification;
      report({
        path: dir.abs,
        target: move.to,
        messageId: 'misplaced',
        fixId: 'moveFolder',
        data: {
          name: dir.name,
          canonical: canonicalName !== dir.name ? ` (${canonicalName})` : '',
          actual: folderValue(path.join(model.root, actual)),
          target: folderValue(move.to),
          reason: decidingReason(dir),
          folder: folderValue(dir.abs),
        },
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
          messageId: 'misplacedDefinition',
          fixId: 'moveDefinition',
          data: {
            name: service.name,
            stack: path.basename(service.stack.dir),
            target: folderValue(target),
            reason: entry.reasons[0] ?? 'decision tree',
            capability: folderValue(entry.to),
          },
          cause: entry.cause,
          key: service.name,
        });
      }
    }
  },
});
