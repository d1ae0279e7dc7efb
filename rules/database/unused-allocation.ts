import { defineRule } from '../support';
import { serviceNames } from '../../src/database/model';

export default defineRule(
  {
    id: 'unused-allocation',
    group: 'database',
    severity: 'warning',
    description: 'An allocation entry no service uses',
    rationale: 'The allocation table documents what runs; an entry for a service that does not connect is stale (or the service is not wired up yet).',
  },
  ({ model, report }) => {
    const active = model.services.filter((s) => !s.stack.archived);
    // Services by every name an allocation entry may use for them (one pass, not one per entry).
    const byName = new Map<string, typeof active>();
    for (const service of active) for (const name of serviceNames(service, model)) byName.set(name, [...(byName.get(name) ?? []), service]);
    const connected = new Set(model.database.connections.map((c) => c.service));
    model.policy.database.allocations.forEach((entry, index) => {
      const services = byName.get(entry.service) ?? [];
      // A connection whose pieces are unknown (DATABASE_URL=${DATABASE_URL}) still counts as use: never guessed.
      const used = services.some((service) => connected.has(service));
      if (used) return;
      const loc = model.policy.locate(['database', 'allocations', index]);
      report({
        loc,
        path: loc?.file ?? model.policy.configFile ?? model.root,
        message:
          services.length === 0
            ? `Allocation '${entry.service}' (database ${entry.database}, role ${entry.role}) names no active compose service.`
            : `Allocation '${entry.service}' (database ${entry.database}, role ${entry.role}): the service has no Postgres connection in its environment.`,
        fix:
          services.length === 0
            ? `Remove the entry, or fix its service name to the compose service that uses database '${entry.database}'.`
            : `Point '${entry.service}' at the shared Postgres (e.g. DATABASE_URL=postgresql://${entry.role}:\${…}@${model.database.shared?.containerName ?? model.database.shared?.name ?? 'postgres'}:5432/${entry.database}), or remove the entry.`,
      });
    });
  },
);
