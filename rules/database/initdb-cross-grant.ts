import { defineRule, type HostModel, type SourceLoc } from '../../src/api';
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

export default defineRule({
  meta: {
    id: 'initdb-cross-grant',
    group: 'database',
    severity: 'error',
    description:
      "A role other than a database's allocated role (including roles not in the table, and superuser service roles) that holds a privilege on it (CONNECT, CREATE, TEMP, ownership, membership)",
    rationale: 'The seed: "Role isolation (prevent cross-service access)": a role reaches its own service\'s database only.',
    messages: {
      superuserRole: 'Service role {{role}} is a superuser: it can reach every database on the shared Postgres.',
      removeSuperuser: "Remove SUPERUSER here (or add: ALTER ROLE {{sqlRole}} NOSUPERUSER;) and give it its own database's privileges only.",
      crossGrant: "Role {{role}} {{what}} database '{{database}}', which is {{owners}}.",
      ownOwner: "Make the database's own role its owner: ALTER DATABASE {{sqlDatabase}} OWNER TO {{sqlOwn}};",
      someOwner: 'Give the database an owner role of its own: ALTER DATABASE {{sqlDatabase}} OWNER TO <its role>;',
      revokeMembership: "Remove the membership that gives '{{holder}}' the access: REVOKE {{sqlThrough}} FROM {{sqlRole}};",
      revokeGrant: 'Remove this grant, or add: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM {{sqlRole}};',
    },
  },
  check({ model, report }) {
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
        messageId: 'superuserRole',
        fixId: 'removeSuperuser',
        data: { role: describe(role.name), sqlRole: sqlIdent(role.name) },
      });
    }
    // Roles by name: a linear find per holder was quadratic (3,500 roles x 3,500 databases).
    const roleByName = new Map<string, (typeof matrix.roles)[number]>();
    for (const role of matrix.roles) if (!roleByName.has(role.name)) roleByName.set(role.name, role);
    for (const database of matrix.databases) {
      if (!database.created) continue; // postgres and the templates
      const allocated = rolesOf.get(database.name);
      for (const holder of matrix.holders(database.name)) {
        const role = roleByName.get(holder.role);
        if (role?.superuser) continue; // reported once above (or an administrator's own role)
        // A database in the table: every role but its own. Any other database: the roles of other services.
        if (allocated ? allocated.has(holder.role) : !serviceRoles.has(holder.role)) continue;
        const what =
          holder.via === 'owner'
            ? 'owns'
            : holder.via === 'membership'
              ? `reaches (as a member of '${holder.through}')`
              : `holds ${holder.privileges.map((p) => p.toUpperCase()).join(', ') || 'privileges'} on`;
        const own = allocated ? [...allocated][0]! : null;
        report({
          loc: holder.loc ?? fallback,
          messageId: 'crossGrant',
          fixId: holder.via === 'owner' ? (own ? 'ownOwner' : 'someOwner') : holder.via === 'membership' ? 'revokeMembership' : 'revokeGrant',
          data: {
            role: describe(holder.role),
            what,
            database: database.name,
            owners: allocated ? `allocated to ${[...(servicesOf.get(database.name) ?? [])].join(', ')}` : 'not allocated to it',
            sqlDatabase: sqlIdent(database.name),
            sqlOwn: own ? sqlIdent(own) : '',
            holder: holder.role,
            sqlThrough: holder.through ? sqlIdent(holder.through) : '',
            sqlRole: sqlIdent(holder.role),
          },
        });
      }
    }
  },
});
