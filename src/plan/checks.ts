// Phase 3 of the migration, the checks: every active stack as it will stand (for
// `docker compose config -q`), and the URL of every Traefik route (the design document's
// `curl -I https://planner.bestviable.com/health` step).
import path from 'node:path';
import { isTraefikDisabled, routersOf } from '../compose/traefik';
import type { HostModel } from '../model/types';
import { archiveName } from './decide';
import { isInside } from '../util/paths';
import type { MoveMap } from './moves';
import type { MigrationChecks } from './types';

export function migrationChecks(model: HostModel, moves: MoveMap, created: readonly string[], removed: ReadonlySet<string>): MigrationChecks {
  const stacks = new Set<string>();
  const archive = path.join(model.root, archiveName(model));
  for (const stack of model.stacks) {
    if (stack.archived || removed.has(stack.file)) continue;
    const end = moves.final(stack.file);
    if (!isInside(archive, end)) stacks.add(end);
  }
  for (const file of created) stacks.add(file);
  const urls: MigrationChecks['urls'] = [];
  const seen = new Set<string>();
  for (const service of model.services) {
    if (service.stack.archived || isTraefikDisabled(service.labels)) continue;
    const labels = service.labels;
    for (const router of routersOf(labels)) {
      if (router.protocol !== 'http') continue;
      const tls = hasKeyStartingWith(labels, `traefik.http.routers.${router.name}.tls`);
      const secure = tls || router.entrypoints.some((e) => /secure|https|443/i.test(e));
      for (const route of router.routes) {
        const prefix = /PathPrefix\(([^)]*)\)/.exec(route.conditions)?.[1]?.split(',')[0]?.replace(/[`"']/g, '') ?? '';
        const url = `${secure ? 'https' : 'http'}://${route.host}${prefix.startsWith('/') ? prefix : ''}`;
        if (seen.has(url)) continue;
        seen.add(url);
        urls.push({ service: service.name, router: router.name, url });
      }
    }
  }
  return { stacks: [...stacks].sort(), urls: urls.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)) };
}

function hasKeyStartingWith(labels: ReadonlyMap<string, string>, prefix: string): boolean {
  for (const key of labels.keys()) if (key.startsWith(prefix)) return true;
  return false;
}
