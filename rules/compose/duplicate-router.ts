import { isTraefikDisabled, traefikRouters, type TraefikRouter } from '../../src/compose/traefik';
import type { ComposeService, SourceLoc } from '../../src/types';
import { defineRule, where } from '../support';
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
  ({ model, report }) => {
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
            report({
              loc: loc(),
              path: stack.file,
              message: `Traefik router '${router.name}' of service '${service.name}' is also defined by service '${sameName.service.name}' at ${where(model, sameName.loc(), sameName.service.stack.file)}; Traefik merges or drops one of them.`,
              fix: `Rename the router in '${service.name}''s labels (e.g. traefik.${router.protocol}.routers.${service.name}.rule) so each service has its own.`,
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
              report({
                loc: loc(),
                path: stack.file,
                message: `Host '${route.host}'${on} is routed to service '${service.name}' by router '${router.name}' and to service '${clash.service.name}' by router '${clash.router.name}' at ${where(model, clash.loc(), clash.service.stack.file)}; only one of them gets the traffic.`,
                fix: `Give one of the two services another host, or tell them apart with a PathPrefix() in its rule (or set traefik.enable=false on the one that should not be routed).`,
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
