// Traefik HTTP routers serve on the websecure (TLS) entrypoint only. HTTP is redirected to HTTPS
// once, in Traefik's static configuration; a router on `web` (or on no entrypoint at all, which
// means every entrypoint) serves the application over plain HTTP.
import { defineRule, type ComposeService, type Router, type RuleContext } from 'svclint';

export default defineRule({
  meta: {
    id: 'websecure-only',
    group: 'house',
    severity: 'error',
    description: 'A Traefik HTTP router that is not restricted to the websecure entrypoint',
    rationale:
      'HTTP is redirected to HTTPS in the static configuration; a router on `web`, or one without entrypoints (Traefik then attaches it to all of them), serves the application in clear text.',
    messages: {
      otherEntrypoint: "Router '{{router}}' of service '{{service}}' listens on {{entrypoints}}, not only on {{allowed}}.",
      noEntrypoint: "Router '{{router}}' of service '{{service}}' names no entrypoint, so Traefik attaches it to every entrypoint, plain HTTP included.",
      setEntrypoints: 'Set traefik.http.routers.{{router}}.entrypoints={{allowed}}.',
    },
    schema: {
      type: 'object',
      properties: { entrypoints: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { entrypoints: ['websecure'] },
  },
  check({ model, options, report, routers, labelLoc }) {
    const allowed = new Set(options.entrypoints);
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      for (const service of stack.services) {
        // routers() is empty for a service with traefik.enable=false.
        for (const router of routers(service)) {
          if (router.protocol !== 'http') continue;
          const outside = router.entrypoints.filter((e) => !allowed.has(e));
          if (router.entrypoints.length > 0 && outside.length === 0) continue;
          report({
            loc: entrypointsLoc(service, router, labelLoc) ?? service.loc,
            path: stack.file,
            messageId: router.entrypoints.length === 0 ? 'noEntrypoint' : 'otherEntrypoint',
            fixId: 'setEntrypoints',
            data: { router: router.name, service: service.name, entrypoints: router.entrypoints.join(','), allowed: options.entrypoints.join(',') },
            key: `${service.name}/${router.name}`,
          });
        }
      }
    }
  },
});

/** The router's `entrypoints` label when it has one, else the label that declares it. */
function entrypointsLoc(service: ComposeService, router: Router, labelLoc: RuleContext['labelLoc']) {
  const key = `traefik.http.routers.${router.name}.entrypoints`;
  return service.labels.has(key) ? labelLoc(service, key) : labelLoc(service, router.labelKey);
}
