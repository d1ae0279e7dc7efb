import { findCatalogByImage } from '../../src/policy/classify';
import { bridgedTargets, defineRule, isBridgeTarget, isSharedInfrastructure, shown } from '../support';
import type { ComposeService, ServiceDir } from '../../src/types';

export default defineRule(
  {
    id: 'duplicate-service',
    group: 'structure',
    severity: 'error',
    description: 'The same service in two places (postgres/ and docker/postgres/, or one compose service defined in two stacks)',
    rationale: 'The seed finds "postgres/ — duplicate or misplaced?": one service, one folder, one definition.',
  },
  ({ model, report }) => {
    const bridges = bridgedTargets(model);
    const dirsByName = new Map<string, ServiceDir[]>();
    for (const dir of model.serviceDirs) {
      if (dir.symlink || isBridgeTarget(model, dir, bridges)) continue;
      if (dir.capability?.inactive) continue; // archive/ keeps old copies for rollback on purpose
      if (!dir.classification.catalog && !dir.primary) continue; // helper folders (config/, scripts/) are not services
      const key = dir.classification.canonicalName;
      dirsByName.set(key, [...(dirsByName.get(key) ?? []), dir]);
    }
    const reportedDirs = new Set<ServiceDir>();
    for (const [name, dirs] of dirsByName) {
      if (dirs.length < 2) continue;
      for (const dir of dirs.slice(1)) {
        reportedDirs.add(dir);
        reportedDirs.add(dirs[0]!);
        report({
          path: dir.abs,
          message: `Service '${name}' is in two places: '${shown(model, dirs[0]!.abs)}' and '${shown(model, dir.abs)}'.`,
          fix: `Keep one folder (the one in its capability directory) and remove or archive the other.`,
        });
      }
    }
    // One compose service defined in two active stacks (only services the catalog knows: `db` in two
    // projects is two services, `traefik` in two stacks is one service defined twice). A second
    // Postgres or cache is the database rules' finding.
    const byName = new Map<string, ComposeService[]>();
    for (const service of model.services) {
      if (service.stack.archived) continue;
      const known = model.policy.catalog.find((e) => e.name === service.name || e.aliases.includes(service.name));
      if (!known || isSharedInfrastructure(known)) continue;
      // A generic name running another image (a plain `nginx` web server is not nginx-proxy) is not that service.
      if (known.images.length > 0 && (!service.image || findCatalogByImage(model.policy, service.image) !== known)) continue;
      byName.set(known.name, [...(byName.get(known.name) ?? []), service]);
    }
    for (const [name, services] of byName) {
      const stacks = new Set(services.map((s) => s.stack.file));
      if (stacks.size < 2) continue;
      const first = services[0]!;
      for (const service of services.slice(1)) {
        if (service.stack.file === first.stack.file) continue;
        if (service.serviceDir && first.serviceDir && reportedDirs.has(service.serviceDir) && reportedDirs.has(first.serviceDir)) continue;
        if (service.serviceDir && service.serviceDir === first.serviceDir) continue;
        report({
          loc: service.loc,
          path: service.stack.file,
          message: `Compose service '${name}' is defined in two stacks: '${shown(model, first.stack.file, false)}' and '${shown(model, service.stack.file, false)}'.`,
          fix: `Define '${name}' once, in the stack of its capability directory, and remove the other definition.`,
        });
      }
    }
  },
);
