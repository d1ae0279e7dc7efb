import { blameOrder, defineRule, relatedSide, removalCause, serviceSide, where } from '../support';
import { allocationsFor } from '../../src/database/model';
import type { ComposeService, PostgresConnection } from '../../src/types';
import { databaseFor, provisionSql, roleFor, setPiece, sharedConnections } from './support';

export default defineRule(
  {
    id: 'shared-db-role',
    group: 'database',
    severity: 'error',
    description: 'Two services that use the same role, unless the allocation table gives them the same database and role',
    rationale: 'The seed: "Security: Mitigated by separate database users (SQL-level isolation)" — a shared role defeats it.',
  },
  (context) => {
    const { model, report } = context;
    const superusers = new Set(model.database.superusers);
    const byRole = new Map<string, PostgresConnection[]>();
    for (const connection of sharedConnections(model)) {
      const role = connection.user?.value;
      if (!role || superusers.has(role)) continue; // postgres-superuser reports those
      byRole.set(role, [...(byRole.get(role) ?? []), connection]);
    }
    for (const [role, connections] of byRole) {
      const services = [...new Set(connections.map((c) => c.service))];
      if (services.length < 2) continue;
      const entitled = (s: ComposeService) => allocationsFor(s, model).filter((a) => a.allocation.role === role);
      // The role's owner: the first service the table gives it to, else the first in path order.
      const owner = services.find((s) => entitled(s).length > 0) ?? services[0]!;
      const ownerConnection = connections.find((c) => c.service === owner)!;
      for (const service of services) {
        if (service === owner) continue;
        const own = allocationsFor(service, model);
        if (own.length > 0 && own.every((a) => a.allocation.role !== role)) continue; // db-allocation: the table names another role
        const ownerDatabases = new Set(entitled(owner).map((a) => a.allocation.database));
        if (entitled(service).some((a) => ownerDatabases.has(a.allocation.database))) continue; // the table shares it on purpose
        const connection = connections.find((c) => c.service === service)!;
        const wanted = entitled(service).length > 0 ? `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_user` : roleFor(service, model);
        const database = databaseFor(service, model, connection);
        // Blame: the change under review's side, else the one the allocation table does not give the role to.
        const [blamed, kept] = blameOrder(context, [
          serviceSide(context, owner, ownerConnection.user!.loc ?? owner.loc),
          serviceSide(context, service, connection.user!.loc ?? service.loc, ['not-allocated']),
        ]);
        report({
          loc: blamed!.loc,
          path: blamed!.path,
          related: [relatedSide(kept!, `'${kept!.item.name}' logs in as '${role}' too.`)],
          key: `${role}:${service.name}`,
          cause: removalCause(context, service),
          message: `'${service.name}' logs in as '${role}', the role '${owner.name}' also uses (${where(model, ownerConnection.user!.loc, owner.stack.file)}); either can reach the other's data.`,
          fix: `${blamed!.item === service ? '' : `In '${service.name}' (${where(model, connection.user!.loc, service.stack.file)}): `}${setPiece(connection, 'user', wanted)} and give it its own database: ${provisionSql(wanted, database)}`,
        });
      }
    }
  },
);
