import { defineRule } from '../support';
import { allocationsFor, serviceNames } from '../../src/database/model';
import { setPiece, initScriptHint, databaseFor, provisionSql, roleFor, sharedConnections } from './support';

export default defineRule(
  {
    id: 'postgres-superuser',
    group: 'database',
    severity: 'error',
    description: 'A service that connects to the shared Postgres as its superuser (postgres or the POSTGRES_USER value)',
    rationale: 'The seed: "Role isolation (prevent cross-service access)" — every service logs in with its own role, never the superuser.',
  },
  ({ model, report }) => {
    const superusers = new Set(model.database.superusers);
    for (const connection of sharedConnections(model)) {
      const user = connection.user?.value;
      if (!user || !superusers.has(user)) continue;
      const service = connection.service;
      const role = roleFor(service, model);
      const database = databaseFor(service, model, connection);
      const allocated = allocationsFor(service, model).length > 0;
      const tableHint =
        !allocated && model.policy.database.allocations.length > 0
          ? ` and add { service: ${[...serviceNames(service, model)][0]}, database: ${database}, role: ${role} } to database.allocations`
          : '';
      report({
        loc: connection.user!.loc ?? service.loc,
        path: service.stack.file,
        message: `'${service.name}' connects to the shared Postgres as the superuser '${user}' (${connection.user!.variable}).`,
        fix: `${setPiece(connection, 'user', role)}; create the role ${initScriptHint(model)} if it does not exist (${provisionSql(role, database)})${tableHint}.`,
      });
    }
  },
);
