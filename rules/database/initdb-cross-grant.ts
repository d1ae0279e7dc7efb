import { defineRule } from '../support';
import type { HostModel, SourceLoc } from '../../src/types';
import { initScriptLoc, sqlIdent } from './support';

/**
 * Which roles belong to which database: the allocation table when there is one, else what the
 * services actually log in with (role -> database from their connections to the shared Postgres).
 */
function ownership(model: HostModel): { rolesOf: Map<string, Set<string>>; servicesOf: Map<string, Set<string>>; serviceRoles: Map<string, Set<string>> } {
  const rolesOf = new Map<string, Set<string>>();
  const servicesOf = new Map<string, Set<string>>();
  const serviceRoles = new Map<string, Set<string>>();
  const add = (database: string, role: string, service: string) => {
    rolesOf.set(database, (rolesOf.get(database) ?? new Set()).add(role));
    servicesOf.set(database, (servicesOf.get(database) ?? new Set()).add(service));
    serviceRoles.set(role, (serviceRoles.get(role) ?? new Set()).add(service));
  };
  const { allocations } = model.policy.database;
  const superusers = new Set(model.database.superusers);
  if (allocations.length > 0) {
    for (const a of allocations) add(a.database, a.role, a.service);
  } else {
    for (const c of model.database.connections) {
      const role = c.user?.value;
      const database = c.database?.value;
      if (c.toShared && role && database && !superusers.has(role)) add(database, role, c.service.name);
    }
  }
  // Roles services log in with count as service roles even without a database of their own.
  for (const c of model.database.connections) {
    const role = c.user?.value;
    if (c.toShared && role && !superusers.has(role) && !serviceRoles.has(role)) serviceRoles.set(role, new Set([c.service.name]));
  }
  return { rolesOf, servicesOf, serviceRoles };
}

export default defineRule(
  {
    id: 'initdb-cross-grant',
    group: 'database',
    severity: 'error',
    description: "A role other than a database's allocated role (including roles not in the table, and superuser service roles) that holds a privilege on it (CONNECT, CREATE, TEMP, ownership, membership)",
    rationale: 'The seed: "Role isolation (prevent cross-service access)": a role reaches its own service\'s database only.',
  },
  ({ model, report }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const { rolesOf, servicesOf, serviceRoles } = ownership(model);
    const fallback: SourceLoc | null = initScriptLoc(model);
    const describe = (role: string) => {
      const services = serviceRoles.get(role);
      return services ? `'${role}' (${[...services].join(', ')})` : `'${role}'`;
    };
    // A service role that is a superuser reaches every database: one finding, where SUPERUSER is given.
    for (const role of matrix.roles) {
      if (!role.superuser || role.name === matrix.superuser || !serviceRoles.has(role.name)) continue;
      report({
        loc: role.superuserAt ?? role.createdAt ?? fallback,
        message: `Service role ${describe(role.name)} is a superuser: it can reach every database on the shared Postgres.`,
        fix: `Remove SUPERUSER here (or add: ALTER ROLE ${sqlIdent(role.name)} NOSUPERUSER;) and give it its own database's privileges only.`,
      });
    }
    for (const database of matrix.databases) {
      if (!database.created) continue; // postgres and the templates
      const allocated = rolesOf.get(database.name);
      for (const holder of matrix.holders(database.name)) {
        const role = matrix.roles.find((r) => r.name === holder.role);
        if (role?.superuser) continue; // reported once above (or an administrator's own role)
        // A database in the table: every role but its own. Any other database: the roles of other services.
        if (allocated ? allocated.has(holder.role) : !serviceRoles.has(holder.role)) continue;
        const owners = allocated ? `allocated to ${[...(servicesOf.get(database.name) ?? [])].join(', ')}` : 'not allocated to it';
        const what =
          holder.via === 'owner'
            ? 'owns'
            : holder.via === 'membership'
              ? `reaches (as a member of '${holder.through}')`
              : `holds ${holder.privileges.map((p) => p.toUpperCase()).join(', ') || 'privileges'} on`;
        const own = allocated ? [...allocated][0]! : null;
        const fix =
          holder.via === 'owner'
            ? own
              ? `Make the database's own role its owner: ALTER DATABASE ${sqlIdent(database.name)} OWNER TO ${sqlIdent(own)};`
              : `Give the database an owner role of its own: ALTER DATABASE ${sqlIdent(database.name)} OWNER TO <its role>;`
            : holder.via === 'membership'
              ? `Remove the membership that gives '${holder.role}' the access: REVOKE ${sqlIdent(holder.through!)} FROM ${sqlIdent(holder.role)};`
              : `Remove this grant, or add: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM ${sqlIdent(holder.role)};`;
        report({
          loc: holder.loc ?? fallback,
          message: `Role ${describe(holder.role)} ${what} database '${database.name}', which is ${owners}.`,
          fix,
        });
      }
    }
  },
);
