// Every service in the listed capability directories declares a healthcheck: `depends_on:
// condition: service_healthy`, Traefik and the reader of `docker ps` all rely on it, and the core
// services are the ones everything else waits for.
import { defineRule } from 'svclint';

export default defineRule({
  meta: {
    id: 'require-healthcheck',
    group: 'house',
    severity: 'error',
    description: 'A service in a listed capability directory (default: core-infra) without a healthcheck',
    rationale:
      'Other services wait for the core ones with `depends_on: { condition: service_healthy }`; without a healthcheck Docker cannot tell when they are ready, and a hung proxy or database looks "Up".',
    messages: {
      missing: "Service '{{service}}' in {{capability}}/ has no healthcheck.",
      disabled: "Service '{{service}}' in {{capability}}/ disables its healthcheck.",
      addOne: "Add a healthcheck to '{{service}}' (healthcheck: { test: [CMD, ...] }), or list it under this rule's `except` option.",
    },
    schema: {
      type: 'object',
      properties: {
        capabilities: { type: 'array', items: { type: 'string' }, minItems: 1 },
        except: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    defaultOptions: { capabilities: ['core-infra'], except: [] as string[] },
    docs: {
      examples: {
        valid: [
          {
            description: 'postgres with a healthcheck',
            files: {
              'services/core-infra/docker-compose.yml':
                'services:\n  postgres:\n    image: postgres:16.4\n    healthcheck:\n      test: [CMD-SHELL, pg_isready]\n',
            },
          },
        ],
        invalid: [
          { description: 'valkey without one', files: { 'services/core-infra/docker-compose.yml': 'services:\n  valkey:\n    image: valkey/valkey:8.0\n' } },
        ],
      },
    },
  },
  check({ model, options, report, capabilityOf }) {
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      for (const service of stack.services) {
        const capability = capabilityOf(service)?.name;
        if (!capability || !options.capabilities.includes(capability) || options.except.includes(service.name)) continue;
        const healthcheck = service.resolved.healthcheck as { disable?: unknown } | undefined;
        if (healthcheck && healthcheck.disable !== true) continue;
        report({
          // At the service's key; at `healthcheck:` when it is there but disabled.
          loc: (healthcheck ? stack.locateKey(['services', service.name, 'healthcheck']) : null) ?? service.loc,
          path: stack.file,
          messageId: healthcheck ? 'disabled' : 'missing',
          fixId: 'addOne',
          data: { service: service.name, capability },
          key: service.name,
        });
      }
    }
  },
});
