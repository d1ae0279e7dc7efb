import { defineRule, where } from '../support';
import { allocationsFor, serviceNames } from '../../src/database/model';
import type { PostgresConnection } from '../../src/types';
import { databaseFor, roleFor, setPiece } from './support';

export default defineRule(
  {
    id: 'db-allocation',
    group: 'database',
    severity: 'error',
    description: "A service whose database, role or host differs from the allocation table, or that uses the shared Postgres with no allocation entry",
    rationale: 'The seed keeps a Database Allocation Table: which service owns which database on which container. The compose files must agree with it.',
  },
  ({ model, report }) => {
    const { allocations } = model.policy.database;
    const shared = model.database.shared;
    if (allocations.length === 0 || !shared) return; // no table: nothing to compare with (documented)
    const superusers = new Set(model.database.superusers);
    const sharedHost = shared.containerName ?? shared.name;
    // Roles two services log in with are shared-db-role's finding, not a missing entry.
    const servicesByRole = new Map<string, Set<unknown>>();
    for (const c of model.database.connections) {
      if (c.toShared && c.user?.value) servicesByRole.set(c.user.value, (servicesByRole.get(c.user.value) ?? new Set()).add(c.service));
    }
    const byService = new Map<PostgresConnection['service'], PostgresConnection[]>();
    for (const c of model.database.connections) byService.set(c.service, [...(byService.get(c.service) ?? []), c]);

    for (const [service, connections] of byService) {
      const entries = allocationsFor(service, model).map((e) => e.allocation);
      if (entries.length === 0) {
        const connection = connections.find((c) => c.toShared);
        if (!connection) continue;
        const role = connection.user?.value ?? null;
        if (role && (superusers.has(role) || (servicesByRole.get(role)?.size ?? 0) > 1)) continue;
        const database = databaseFor(service, model, connection);
        report({
          loc: connection.host?.loc ?? service.loc,
          path: service.stack.file,
          message: `'${service.name}' uses the shared Postgres (${connection.host?.variable ?? connection.name}) but has no entry in database.allocations.`,
          fix: `Add { service: ${[...serviceNames(service, model)][0]}, database: ${database}, role: ${role ?? roleFor(service, model)} } to database.allocations in ${where(model, null, model.policy.configFile ?? undefined)}.`,
        });
        continue;
      }
      for (const connection of connections) {
        if (connection.host?.value && !connection.toShared) {
          report({
            loc: connection.host.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' connects to host '${connection.host.value}', not the shared Postgres '${sharedHost}' its allocation (${entries[0]!.database}/${entries[0]!.role}) is on.`,
            fix: `${setPiece(connection, 'host', sharedHost)}.`,
          });
          continue;
        }
        if (!connection.toShared) continue;
        const database = connection.database?.value ?? null;
        const entry = entries.find((e) => e.database === database) ?? entries[0]!;
        if (database !== null && !entries.some((e) => e.database === database)) {
          report({
            loc: connection.database!.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' uses database '${database}', but the allocation table gives it '${entry.database}'.`,
            fix: `${setPiece(connection, 'database', entry.database)} (or change its entry in database.allocations).`,
          });
        }
        const role = connection.user?.value ?? null;
        if (role !== null && !superusers.has(role) && role !== entry.role) {
          report({
            loc: connection.user!.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' logs in as '${role}', but the allocation table gives it role '${entry.role}'.`,
            fix: `${setPiece(connection, 'user', entry.role)} (or change its entry in database.allocations).`,
          });
        }
      }
    }
  },
);
