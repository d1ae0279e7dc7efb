import { isTraefikDisabled, traefikRouters, type TraefikRouter } from '../../src/compose/traefik';
import type { ComposeService, SourceLoc } from '../../src/types';
import { blameOrder, blameWhy, defineRule, relatedSide, removalCause, serviceSide, where } from '../support';
import { activeStacks, lazyLoc } from './shared';

interface Seen {
  service: ComposeService;
  router: TraefikRouter;
  loc: () => SourceLoc | null;
}

export default defineRule(
  {
    id: 'duplicate-router',
    group: 'compose',
    severity: 'error',
    description: 'One Traefik router name, or one Host() rule, used by two services',
    rationale: 'Traefik keeps one router per name and one route per host: the other service silently gets no traffic, or traffic flips between the two.',
  },
  (context) => {
    const { model, report } = context;
    /** The two sides of a clash, the one to change first. */
    const sidesOf = (earlier: Seen, later: Seen) =>
      blameOrder(context, [
        { ...serviceSide(context, earlier.service, earlier.loc()), seen: earlier },
        { ...serviceSide(context, later.service, later.loc()), seen: later },
      ]);
    const byName = new Map<string, Seen>();
    const byHost = new Map<string, Seen[]>();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        if (isTraefikDisabled(service.labels)) continue;
        for (const router of traefikRouters(service.labels)) {
          const loc = lazyLoc(() => labelLoc(service, router.labelKey));
          const current: Seen = { service, router, loc };
          const nameKey = `${router.protocol}.${router.name}`;
          const sameName = byName.get(nameKey);
          if (sameName && sameName.service !== service) {
            const [blamed, kept] = sidesOf(sameName, current);
            const mine = blamed!.seen.service;
            const why = blameWhy(context, blamed!);
            report({
              loc: blamed!.loc,
              path: blamed!.path,
              message: `Traefik router '${router.name}' of service '${mine.name}' is also defined by service '${kept!.seen.service.name}' at ${where(model, kept!.loc, kept!.path)}; Traefik merges or drops one of them.`,
              fix: `Rename the router in '${mine.name}''s labels (e.g. traefik.${router.protocol}.routers.${mine.name}.rule) so each service has its own${why ? ` (this side should change: ${why})` : ''}.`,
              related: [relatedSide(kept!, `Service '${kept!.seen.service.name}' defines router '${router.name}' too.`)],
              key: `router:${router.protocol}.${router.name}`,
              cause: removalCause(context, mine),
            });
          } else if (!sameName) {
            byName.set(nameKey, current);
          }
          for (const route of router.routes) {
            const hostKey = `${route.host}\u0000${route.conditions}`;
            const earlier = byHost.get(hostKey) ?? [];
            const clash = earlier.find((e) => e.service !== service && entrypointsMeet(e.router, router));
            if (clash) {
              const on = route.conditions ? ` with ${route.conditions}` : '';
              const [blamed, kept] = sidesOf(clash, current);
              const mine = blamed!.seen;
              const theirs = kept!.seen;
              const why = blameWhy(context, blamed!);
              report({
                loc: blamed!.loc,
                path: blamed!.path,
                message: `Host '${route.host}'${on} is routed to service '${mine.service.name}' by router '${mine.router.name}' and to service '${theirs.service.name}' by router '${theirs.router.name}' at ${where(model, kept!.loc, kept!.path)}; only one of them gets the traffic.`,
                fix: `Give '${mine.service.name}' another host, or tell the two apart with a PathPrefix() in its rule (or set traefik.enable=false on it if it should not be routed)${why ? `; this side should change: ${why}` : ''}.`,
                related: [relatedSide(kept!, `Service '${theirs.service.name}' is routed for host '${route.host}' too (router '${theirs.router.name}').`)],
                key: `host:${route.host}${on}`,
                cause: removalCause(context, mine.service),
              });
            }
            if (!earlier.includes(current)) byHost.set(hostKey, [...earlier, current]);
          }
        }
      }
    }
  },
);

/** Routers that name their entrypoints and share none never see the same request. */
function entrypointsMeet(a: TraefikRouter, b: TraefikRouter): boolean {
  if (a.entrypoints.length === 0 || b.entrypoints.length === 0) return true;
  return a.entrypoints.some((e) => b.entrypoints.includes(e));
}

/** Position of a label: the list item `key=value` or the mapping key. */
function labelLoc(service: ComposeService, key: string): SourceLoc | null {
  const labels = service.resolved.labels;
  const stack = service.stack;
  if (Array.isArray(labels)) {
    const index = labels.findIndex((item) => String(item).split('=')[0] === key);
    if (index >= 0) return stack.locate(['services', service.name, 'labels', index]) ?? service.loc;
  } else if (labels && typeof labels === 'object') {
    return stack.locateKey(['services', service.name, 'labels', key]) ?? service.loc;
  }
  return service.loc;
}
