import { defineRule, placeValue, type ComposeService, type Router, type SourceLoc } from '../../src/api';
import { blameOrder, blameWhy, relatedSide, removalCause, serviceSide, whyText } from '../support';
import { activeStacks, lazyLoc } from './shared';

interface Seen {
  service: ComposeService;
  router: Router;
  loc: () => SourceLoc | null;
}

export default defineRule({
  meta: {
    id: 'duplicate-router',
    group: 'compose',
    severity: 'error',
    description: 'One Traefik router name, or one Host() rule, used by two services',
    rationale: 'Traefik keeps one router per name and one route per host: the other service silently gets no traffic, or traffic flips between the two.',
    messages: {
      sameName:
        "Traefik router '{{router}}' of service '{{service}}' is also defined by service '{{other}}' at {{where}}; Traefik merges or drops one of them.",
      renameRouter: "Rename the router in '{{service}}''s labels (e.g. traefik.{{protocol}}.routers.{{service}}.rule) so each service has its own{{why}}.",
      definesToo: "Service '{{service}}' defines router '{{router}}' too.",
      sameHost:
        "Host '{{host}}'{{on}} is routed to service '{{service}}' by router '{{router}}' and to service '{{other}}' by router '{{otherRouter}}' at {{where}}; only one of them gets the traffic.",
      otherHost:
        "Give '{{service}}' another host, or tell the two apart with a PathPrefix() in its rule (or set traefik.enable=false on it if it should not be routed){{why}}.",
      routedToo: "Service '{{service}}' is routed for host '{{host}}' too (router '{{router}}').",
    },
  },
  check(context) {
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
        for (const router of context.routers(service)) {
          const loc = lazyLoc(() => context.labelLoc(service, router.labelKey));
          const current: Seen = { service, router, loc };
          const nameKey = `${router.protocol}.${router.name}`;
          const sameName = byName.get(nameKey);
          if (sameName && sameName.service !== service) {
            const [blamed, kept] = sidesOf(sameName, current);
            const mine = blamed!.seen.service;
            report({
              loc: blamed!.loc,
              path: blamed!.path,
              messageId: 'sameName',
              fixId: 'renameRouter',
              data: {
                router: router.name,
                service: mine.name,
                other: kept!.seen.service.name,
                where: placeValue(kept!.loc, kept!.path),
                protocol: router.protocol,
                why: whyText(blameWhy(context, blamed!), ' (this side should change: ', ')'),
              },
              related: [relatedSide(kept!, 'definesToo', { service: kept!.seen.service.name, router: router.name })],
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
              report({
                loc: blamed!.loc,
                path: blamed!.path,
                messageId: 'sameHost',
                fixId: 'otherHost',
                data: {
                  host: route.host,
                  on,
                  service: mine.service.name,
                  router: mine.router.name,
                  other: theirs.service.name,
                  otherRouter: theirs.router.name,
                  where: placeValue(kept!.loc, kept!.path),
                  why: whyText(blameWhy(context, blamed!), '; this side should change: '),
                },
                related: [relatedSide(kept!, 'routedToo', { service: theirs.service.name, host: route.host, router: theirs.router.name })],
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
});

/** Routers that name their entrypoints and share none never see the same request. */
function entrypointsMeet(a: Router, b: Router): boolean {
  if (a.entrypoints.length === 0 || b.entrypoints.length === 0) return true;
  return a.entrypoints.some((e) => b.entrypoints.includes(e));
}
