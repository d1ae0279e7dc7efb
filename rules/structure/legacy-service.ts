import { archiveName, defineRule, folderPlan, folderValue, legacyEntry } from '../../src/api';
import { removalCause } from '../support';

export default defineRule({
  meta: {
    id: 'legacy-service',
    group: 'structure',
    severity: 'warning',
    description: 'A superseded service (nginx-proxy, acme-companion) outside archive/',
    rationale: 'Legacy nginx-proxy was replaced by Traefik (2025-11-13) and Cloudflare handles SSL; superseded services go to archive/ (kept for rollback).',
    messages: {
      superseded: "'{{name}}' is a superseded service ({{reason}}) outside {{archive}}/.",
      moveTo: "Stop it and move '{{folder}}' to '{{target}}'.",
      moveToArchive: "Stop it and move '{{folder}}' into '{{archive}}/'.",
      supersededService: "Compose service '{{name}}' runs superseded {{product}} ({{reason}}).",
      stopsWithFolder: "It stops when '{{folder}}' moves to {{archive}}/ (keep its definition there).",
      removeDefinition: "Remove it from this stack and keep its definition under '{{archive}}/{{product}}/'.",
    },
  },
  check(context) {
    const { model, report, plan } = context;
    const archive = archiveName(model);
    const reported = new Set<string>();
    for (const dir of model.serviceDirs) {
      if (dir.symlink) continue;
      const entry = legacyEntry(model, dir);
      if (!entry) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === 'retire') continue; // duplicate-service's
      const target = folder?.fate === 'move' ? folder.to : null;
      reported.add(dir.abs);
      report({
        path: dir.abs,
        ...(target ? { target } : {}),
        messageId: 'superseded',
        fixId: target ? 'moveTo' : 'moveToArchive',
        data: { name: dir.name, reason: entry.reason, archive, folder: folderValue(dir.abs), target: target ? folderValue(target) : '' },
        cause: folder?.cause ?? undefined,
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry = context.catalogByImage(service.image);
      if (!entry?.legacy) continue;
      // A folder already reported as this legacy service is that finding; another legacy service in its stack is not.
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry)) continue;
      // In the stack of a folder the plan archives: archiving that folder stops it too (one cause).
      const cause = removalCause(context, service);
      report({
        loc: service.loc,
        path: service.stack.file,
        messageId: 'supersededService',
        fixId: cause && dir ? 'stopsWithFolder' : 'removeDefinition',
        data: { name: service.name, product: entry.name, reason: entry.reason, archive, folder: dir ? folderValue(dir.abs) : '' },
        cause,
        key: service.name,
      });
    }
  },
});
