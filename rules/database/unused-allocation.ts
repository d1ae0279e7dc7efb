import { defineRule, type ComposeService } from '../../src/api';

export default defineRule({
  meta: {
    id: 'unused-allocation',
    group: 'database',
    severity: 'warning',
    description: 'An allocation entry no service uses',
    rationale: 'The allocation table documents what runs; an entry for a service that does not connect is stale (or the service is not wired up yet).',
    messages: {
      noService: "Allocation '{{service}}' (database {{database}}, role {{role}}) names no active compose service.",
      fixName: "Remove the entry, or fix its service name to the compose service that uses database '{{database}}'.",
      noConnection: "Allocation '{{service}}' (database {{database}}, role {{role}}): the service has no Postgres connection in its environment.",
      connectIt: "Point '{{service}}' at the shared Postgres (e.g. DATABASE_URL=postgresql://{{role}}:${…}@{{host}}:5432/{{database}}), or remove the entry.",
    },
  },
  check(context) {
    const { model, report } = context;
    const active = model.services.filter((s) => !s.stack.archived);
    // Services by every name an allocation entry may use for them (one pass, not one per entry).
    const byName = new Map<string, ComposeService[]>();
    for (const service of active) {
      for (const name of context.serviceNames(service)) {
        const services = byName.get(name);
        if (services) services.push(service);
        else byName.set(name, [service]);
      }
    }
    const connected = new Set(model.database.connections.map((c) => c.service));
    model.policy.database.allocations.forEach((entry, index) => {
      const services = byName.get(entry.service) ?? [];
      // A connection whose pieces are unknown (DATABASE_URL=${DATABASE_URL}) still counts as use: never guessed.
      if (services.some((service) => connected.has(service))) return;
      const loc = model.policy.locate(['database', 'allocations', index]);
      const none = services.length === 0;
      report({
        loc,
        path: loc?.file ?? model.policy.configFile ?? model.root,
        messageId: none ? 'noService' : 'noConnection',
        fixId: none ? 'fixName' : 'connectIt',
        data: {
          service: entry.service,
          database: entry.database,
          role: entry.role,
          host: model.database.shared?.containerName ?? model.database.shared?.name ?? 'postgres',
        },
      });
    });
  },
});
