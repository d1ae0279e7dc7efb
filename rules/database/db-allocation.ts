import { defineRule, pathValue, type PostgresConnectionView } from '../../src/api';
import { databaseFor, roleFor, setPiece } from './support';

export default defineRule({
  meta: {
    id: 'db-allocation',
    group: 'database',
    severity: 'error',
    description: 'A service whose database, role or host differs from the allocation table, or that uses the shared Postgres with no allocation entry',
    rationale: 'The seed keeps a Database Allocation Table: which service owns which database on which container. The compose files must agree with it.',
    messages: {
      noEntry: "'{{service}}' uses the shared Postgres ({{variable}}) but has no entry in database.allocations.",
      addEntry: 'Add { service: {{name}}, database: {{database}}, role: {{role}} } to database.allocations in {{config}}.',
      otherHost: "'{{service}}' connects to host '{{host}}', not the shared Postgres '{{shared}}' its allocation ({{database}}/{{role}}) is on.",
      otherDatabase: "'{{service}}' uses database '{{database}}', but the allocation table gives it '{{allocated}}'.",
      otherRole: "'{{service}}' logs in as '{{role}}', but the allocation table gives it role '{{allocated}}'.",
      setIt: '{{set}}.',
      setItOrTable: '{{set}} (or change its entry in database.allocations).',
    },
  },
  check(context) {
    const { model, report } = context;
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
    const byService = new Map<PostgresConnectionView['service'], PostgresConnectionView[]>();
    for (const c of model.database.connections) byService.set(c.service, [...(byService.get(c.service) ?? []), c]);
    for (const [service, connections] of byService) {
      const entries = context.allocations(service).map((e) => e.allocation);
      if (entries.length === 0) {
        const connection = connections.find((c) => c.toShared);
        if (!connection) continue;
        const role = connection.user?.value ?? null;
        if (role && (superusers.has(role) || (servicesByRole.get(role)?.size ?? 0) > 1)) continue;
        report({
          loc: connection.host?.loc ?? service.loc,
          path: service.stack.file,
          messageId: 'noEntry',
          fixId: 'addEntry',
          data: {
            service: service.name,
            variable: connection.host?.variable ?? connection.name,
            name: [...context.serviceNames(service)][0]!,
            database: databaseFor(context, service, connection),
            role: role ?? roleFor(context, service),
            config: model.policy.configFile ? pathValue(model.policy.configFile) : '?',
          },
        });
        continue;
      }
      for (const connection of connections) {
        if (connection.host?.value && !connection.toShared) {
          report({
            loc: connection.host.loc ?? service.loc,
            path: service.stack.file,
            messageId: 'otherHost',
            fixId: 'setIt',
            data: {
              service: service.name,
              host: connection.host.value,
              shared: sharedHost,
              database: entries[0]!.database,
              role: entries[0]!.role,
              set: setPiece(connection, 'host', sharedHost),
            },
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
            messageId: 'otherDatabase',
            fixId: 'setItOrTable',
            data: { service: service.name, database, allocated: entry.database, set: setPiece(connection, 'database', entry.database) },
          });
        }
        const role = connection.user?.value ?? null;
        if (role !== null && !superusers.has(role) && role !== entry.role) {
          report({
            loc: connection.user!.loc ?? service.loc,
            path: service.stack.file,
            messageId: 'otherRole',
            fixId: 'setItOrTable',
            data: { service: service.name, role, allocated: entry.role, set: setPiece(connection, 'user', entry.role) },
          });
        }
      }
    }
  },
});
