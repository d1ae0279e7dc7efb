import path from 'node:path';
import { findCatalogByImage } from '../../src/policy/classify';
import { defineRule, shown } from '../support';

export default defineRule(
  {
    id: 'legacy-service',
    group: 'structure',
    severity: 'warning',
    description: 'A superseded service (nginx-proxy, acme-companion) outside archive/',
    rationale: 'Legacy nginx-proxy was replaced by Traefik (2025-11-13) and Cloudflare handles SSL; superseded services go to archive/ (kept for rollback).',
  },
  ({ model, report }) => {
    const archive = [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? 'archive';
    const reported = new Set<string>();
    for (const dir of model.serviceDirs) {
      const entry = dir.classification.catalog;
      if (!entry?.legacy || dir.capability?.inactive || dir.symlink) continue;
      // A folder named nginx that runs a plain nginx web server (not nginx-proxy) is not the legacy proxy.
      const image = dir.primary?.image;
      if (image && !image.includes('${') && !findCatalogByImage(model.policy, image)?.legacy) continue;
      const target = path.join(model.root, archive, entry.name);
      reported.add(dir.abs);
      report({
        path: dir.abs,
        target,
        message: `'${dir.name}' is a superseded service (${entry.reason}) outside ${archive}/.`,
        fix: `Stop it and move '${shown(model, dir.abs)}' to '${shown(model, target)}'.`,
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry = findCatalogByImage(model.policy, service.image);
      if (!entry?.legacy) continue;
      // A folder already reported as this legacy service is that finding; another legacy service in its stack is not.
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry)) continue;
      report({
        loc: service.loc,
        path: service.stack.file,
        message: `Compose service '${service.name}' runs superseded ${entry.name} (${entry.reason}).`,
        fix: `Remove it from this stack and keep its definition under '${archive}/${entry.name}/'.`,
      });
    }
  },
);
