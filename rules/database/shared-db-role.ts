import { defineRule, placeValue, textValue, type ComposeService, type PostgresConnectionView } from '../../src/api';
import { blameOrder, relatedSide, removalCause, serviceSide } from '../support';
import { databaseFor, ownRole, provisionSql, roleFor, setPiece, sharedConnections } from './support';

export default defineRule({
  meta: {
    id: 'shared-db-role',
    group: 'database',
    severity: 'error',
    description: 'Two services that use the same role, unless the allocation table gives them the same database and role',
    rationale: 'The seed: "Security: Mitigated by separate database users (SQL-level isolation)" — a shared role defeats it.',
    messages: {
      sharedRole: "'{{service}}' logs in as '{{role}}', the role '{{owner}}' also uses ({{ownerAt}}); either can reach the other's data.",
      ownRoleAndDatabase: '{{where}}{{setUser}} and give it its own database: {{sql}}',
      alsoLogsIn: "'{{service}}' logs in as '{{role}}' too.",
    },
  },
  check(context) {
    const { model, report } = context;
    const superusers = new Set(model.database.superusers);
    const byRole = new Map<string, PostgresConnectionView[]>();
    for (const connection of sharedConnections(model)) {
      const role = connection.user?.value;
      if (!role || superusers.has(role)) continue; // postgres-superuser reports those
      byRole.set(role, [...(byRole.get(role) ?? []), connection]);
    }
    for (const [role, connections] of byRole) {
      const services = [...new Set(connections.map((c) => c.service))];
      if (services.length < 2) continue;
      const entitled = (s: ComposeService) => context.allocations(s).filter((a) => a.allocation.role === role);
      // The role's owner: the first service the table gives it to, else the first in path order.
      const owner = services.find((s) => entitled(s).length > 0) ?? services[0]!;
      const ownerConnection = connections.find((c) => c.service === owner)!;
      for (const service of services) {
        if (service === owner) continue;
        const own = context.allocations(service);
        if (own.length > 0 && own.every((a) => a.allocation.role !== role)) continue; // db-allocation: the table names another role
        const ownerDatabases = new Set(entitled(owner).map((a) => a.allocation.database));
        if (entitled(service).some((a) => ownerDatabases.has(a.allocation.database))) continue; // the table shares it on purpose
        const connection = connections.find((c) => c.service === service)!;
        const wanted = entitled(service).length > 0 ? ownRole(service) : roleFor(context, service);
        const database = databaseFor(context, service, connection);
        // Blame: the change under review's side, else the one the allocation table does not give the role to.
        const [blamed, kept] = blameOrder(context, [
          serviceSide(context, owner, ownerConnection.user!.loc ?? owner.loc),
          serviceSide(context, service, connection.user!.loc ?? service.loc, ['not-allocated']),
        ]);
        report({
          loc: blamed!.loc,
          path: blamed!.path,
          related: [relatedSide(kept!, 'alsoLogsIn', { service: kept!.item.name, role })],
          key: `${role}:${service.name}`,
          cause: removalCause(context, service),
          messageId: 'sharedRole',
          fixId: 'ownRoleAndDatabase',
          data: {
            service: service.name,
            role,
            owner: owner.name,
            ownerAt: placeValue(ownerConnection.user!.loc, owner.stack.file),
            where: blamed!.item === service ? '' : textValue(`In '${service.name}' (`, placeValue(connection.user!.loc, service.stack.file), '): '),
            setUser: setPiece(connection, 'user', wanted),
            sql: provisionSql(wanted, database),
          },
        });
      }
    }
  },
});
