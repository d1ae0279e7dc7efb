import { defineRule } from '../../src/api';
import { databaseFor, initScriptHint, provisionSql, roleFor, setPiece, sharedConnections } from './support';

export default defineRule({
  meta: {
    id: 'postgres-superuser',
    group: 'database',
    severity: 'error',
    description: 'A service that connects to the shared Postgres as its superuser (postgres or the POSTGRES_USER value)',
    rationale: 'The seed: "Role isolation (prevent cross-service access)" — every service logs in with its own role, never the superuser.',
    messages: {
      superuser: "'{{service}}' connects to the shared Postgres as the superuser '{{user}}' ({{variable}}).",
      ownRole: '{{setUser}}; create the role {{where}} if it does not exist ({{sql}}){{tableHint}}.',
    },
  },
  check(context) {
    const { model, report } = context;
    const superusers = new Set(model.database.superusers);
    for (const connection of sharedConnections(model)) {
      const user = connection.user?.value;
      if (!user || !superusers.has(user)) continue;
      const service = connection.service;
      const role = roleFor(context, service);
      const database = databaseFor(context, service, connection);
      const allocated = context.allocations(service).length > 0;
      const tableHint =
        !allocated && model.policy.database.allocations.length > 0
          ? ` and add { service: ${[...context.serviceNames(service)][0]}, database: ${database}, role: ${role} } to database.allocations`
          : '';
      report({
        loc: connection.user!.loc ?? service.loc,
        path: service.stack.file,
        messageId: 'superuser',
        fixId: 'ownRole',
        data: {
          service: service.name,
          user,
          variable: connection.user!.variable,
          setUser: setPiece(connection, 'user', role),
          where: initScriptHint(model),
          sql: provisionSql(role, database),
          tableHint,
        },
      });
    }
  },
});
