import { findCatalogByImage } from '../../src/policy/classify';
import { archiveName, folderPlan, legacyEntry } from '../../src/plan';
import { defineRule, removalCause, shown } from '../support';

export default defineRule(
  {
    id: 'legacy-service',
    group: 'structure',
    severity: 'warning',
    description: 'A superseded service (nginx-proxy, acme-companion) outside archive/',
    rationale: 'Legacy nginx-proxy was replaced by Traefik (2025-11-13) and Cloudflare handles SSL; superseded services go to archive/ (kept for rollback).',
  },
  (context) => {
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
        message: `'${dir.name}' is a superseded service (${entry.reason}) outside ${archive}/.`,
        fix: target ? `Stop it and move '${shown(model, dir.abs)}' to '${shown(model, target)}'.` : `Stop it and move '${shown(model, dir.abs)}' into '${archive}/'.`,
        cause: folder?.cause ?? undefined,
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry = findCatalogByImage(model.policy, service.image);
      if (!entry?.legacy) continue;
      // A folder already reported as this legacy service is that finding; another legacy service in its stack is not.
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry)) continue;
      // In the stack of a folder the plan archives: archiving that folder stops it too (one cause).
      const cause = removalCause(context, service);
      report({
        loc: service.loc,
        path: service.stack.file,
        message: `Compose service '${service.name}' runs superseded ${entry.name} (${entry.reason}).`,
        fix: cause && dir
          ? `It stops when '${shown(model, dir.abs)}' moves to ${archive}/ (keep its definition there).`
          : `Remove it from this stack and keep its definition under '${archive}/${entry.name}/'.`,
        cause,
        key: service.name,
      });
    }
  },
);
