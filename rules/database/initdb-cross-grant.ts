import { defineRule } from '../support';
import type { HostModel } from '../../src/types';
import { sqlIdent } from './support';

/**
 * Which roles belong to which database: the allocation table when there is one, else what the
 * services actually log in with (role -> database from their connections to the shared Postgres).
 */
function ownership(model: HostModel): { rolesOf: Map<string, Set<string>>; servicesOf: Map<string, Set<string>> } {
  const rolesOf = new Map<string, Set<string>>();
  const servicesOf = new Map<string, Set<string>>();
  const add = (database: string, role: string, service: string) => {
    rolesOf.set(database, (rolesOf.get(database) ?? new Set()).add(role));
    servicesOf.set(database, (servicesOf.get(database) ?? new Set()).add(service));
  };
  const { allocations } = model.policy.database;
  if (allocations.length > 0) {
    for (const a of allocations) add(a.database, a.role, a.service);
  } else {
    const superusers = new Set(model.database.superusers);
    for (const c of model.database.connections) {
      const role = c.user?.value;
      const database = c.database?.value;
      if (c.toShared && role && database && !superusers.has(role)) add(database, role, c.service.name);
    }
  }
  return { rolesOf, servicesOf };
}

export default defineRule(
  {
    id: 'initdb-cross-grant',
    group: 'database',
    severity: 'error',
    description: 'A role granted privileges on a database allocated to another service',
    rationale: 'The seed: "Role isolation (prevent cross-service access)": a role reaches its own service\'s database only.',
  },
  ({ model, report }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const { rolesOf, servicesOf } = ownership(model);
    const serviceRoles = new Set([...rolesOf.values()].flatMap((roles) => [...roles]));
    for (const [database, own] of rolesOf) {
      // Only roles with a grant, ownership or membership can be cross-granted (PUBLIC is another rule's).
      for (const role of matrix.grantedConnectors(database)) {
        if (own.has(role) || !serviceRoles.has(role)) continue;
        const answer = matrix.canConnect(role, database);
        // PUBLIC's default CONNECT is initdb-public-connect's finding; the superuser reaches everything by design.
        if (!answer.allowed || answer.via === 'public' || answer.via === 'superuser' || !answer.loc) continue;
        const services = [...(servicesOf.get(database) ?? [])].join(', ');
        const how = answer.via === 'owner' ? 'owns' : answer.via === 'membership' ? 'can connect (through role membership) to' : 'is granted CONNECT on';
        const fix =
          answer.via === 'owner'
            ? `Make the database's own role its owner: ALTER DATABASE ${sqlIdent(database)} OWNER TO ${sqlIdent([...own][0]!)};`
            : answer.via === 'membership'
              ? `Remove the membership that gives '${role}' the access (REVOKE <role> FROM ${sqlIdent(role)};) at this line.`
              : `Remove this grant, or add: REVOKE ALL ON DATABASE ${sqlIdent(database)} FROM ${sqlIdent(role)};`;
        report({
          loc: answer.loc,
          message: `Role '${role}' ${how} database '${database}', which is allocated to ${services}.`,
          fix,
        });
      }
    }
  },
);
