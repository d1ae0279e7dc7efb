// Reading a real server's catalog into the model the database rules judge: roles and their
// attributes, memberships (with the 16+ INHERIT / SET options), database owners and ACLs. One
// read-only query, readable by any role (pg_roles, pg_auth_members, pg_database), the same for
// --initdb-exec (through psql) and db-audit (through the pg driver), PostgreSQL 13 to 18.
import { ALL_PRIVILEGES, Catalog, PUBLIC, aclItem, newDatabase, newRole } from './initdb/catalog';
import type { DatabasePrivilege } from './initdb/types';

/** The catalog query for a server version (server_version_num, e.g. 150013). */
export function catalogQuery(versionNum: number): string {
  const options = versionNum >= 160000 ? ", 'inherit', a.inherit_option, 'set', a.set_option" : '';
  return `SELECT json_build_object(
  'version', current_setting('server_version_num')::int,
  'bootstrap', (SELECT rolname FROM pg_catalog.pg_roles WHERE oid = 10),
  'roles', (SELECT coalesce(json_agg(json_build_object('name', rolname, 'superuser', rolsuper, 'login', rolcanlogin, 'inherit', rolinherit, 'createdb', rolcreatedb, 'createrole', rolcreaterole) ORDER BY rolname), '[]'::json) FROM pg_catalog.pg_roles),
  'members', (SELECT coalesce(json_agg(json_build_object('role', r.rolname, 'member', m.rolname, 'admin', a.admin_option${options}) ORDER BY r.rolname, m.rolname), '[]'::json)
    FROM pg_catalog.pg_auth_members a JOIN pg_catalog.pg_roles r ON r.oid = a.roleid JOIN pg_catalog.pg_roles m ON m.oid = a.member),
  'databases', (SELECT coalesce(json_agg(json_build_object(
      'name', d.datname, 'owner', pg_catalog.pg_get_userbyid(d.datdba), 'allowConnections', d.datallowconn,
      'acl', CASE WHEN d.datacl IS NULL THEN NULL ELSE (SELECT coalesce(json_agg(json_build_object(
        'grantee', CASE WHEN x.grantee = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(x.grantee) END,
        'grantor', pg_catalog.pg_get_userbyid(x.grantor), 'privilege', x.privilege_type, 'grantable', x.is_grantable)), '[]'::json)
        FROM pg_catalog.aclexplode(d.datacl) x) END) ORDER BY d.datname), '[]'::json) FROM pg_catalog.pg_database d)
)`;
}

/** Extensions of the database the connection is on. */
export const EXTENSIONS_QUERY = `SELECT coalesce(json_agg(extname ORDER BY extname), '[]'::json) FROM pg_catalog.pg_extension`;

interface CatalogJson {
  version: number;
  bootstrap: string;
  roles: { name: string; superuser: boolean; login: boolean; inherit: boolean; createdb: boolean; createrole: boolean }[];
  members: { role: string; member: string; admin: boolean; inherit?: boolean; set?: boolean }[];
  databases: {
    name: string;
    owner: string;
    allowConnections: boolean;
    acl: { grantee: string; grantor: string; privilege: string; grantable: boolean }[] | null;
  }[];
}

const PRIVILEGES: Record<string, DatabasePrivilege> = { CONNECT: 'connect', CREATE: 'create', TEMPORARY: 'temp', TEMP: 'temp' };

/** The catalog query's JSON as the model (built-in roles and databases marked as such). */
export function catalogFromJson(json: unknown, builtinDatabases: ReadonlySet<string> = new Set(['postgres', 'template0', 'template1'])): Catalog {
  const data = json as CatalogJson;
  const major = Math.floor(data.version / 10000);
  const catalog = new Catalog(major, data.bootstrap);
  for (const r of data.roles) {
    const role = newRole(r.name, null);
    Object.assign(role, {
      superuser: r.superuser,
      login: r.login,
      inherit: r.inherit,
      createdb: r.createdb,
      createrole: r.createrole,
      builtin: r.name === data.bootstrap || r.name.startsWith('pg_'),
    });
    catalog.roles.set(r.name, role);
  }
  for (const m of data.members) {
    const member = catalog.roles.get(m.member);
    if (!member) continue;
    // From 16 a membership can be granted by several grantors: any grant's option counts.
    const before = member.memberOf.get(m.role);
    member.memberOf.set(m.role, {
      admin: m.admin || (before?.admin ?? false),
      inherit: (m.inherit ?? true) || (before?.inherit ?? false),
      set: (m.set ?? true) || (before?.set ?? false),
      loc: null,
    });
  }
  for (const d of data.databases) {
    const db = newDatabase(d.name, d.owner, null);
    db.builtin = builtinDatabases.has(d.name);
    db.allowConnections = d.allowConnections;
    if (d.acl) {
      db.acl = [];
      for (const entry of d.acl) {
        const grantee = entry.grantee === '' ? PUBLIC : entry.grantee;
        const privilege = PRIVILEGES[entry.privilege];
        if (!privilege) continue;
        let item = db.acl.find((i) => i.grantee === grantee && i.grantor === entry.grantor);
        if (!item) {
          item = aclItem(grantee, entry.grantor, [], null);
          db.acl.push(item);
        }
        item.privileges.add(privilege);
        if (entry.grantable) item.grantOptions.add(privilege);
      }
    }
    catalog.databases.set(d.name, db);
  }
  return catalog;
}

/**
 * Puts the positions of the statements that made each fact (from the static replay) on a
 * catalog read from a server: findings from the real catalog still point at the script line
 * when svclint can tell which statement did it, else at `fallback`.
 */
export function attachProvenance(truth: Catalog, replayed: Catalog, fallback: import('./initdb/types').SourceLoc | null): void {
  for (const role of truth.roles.values()) {
    const known = replayed.roles.get(role.name);
    if (role.builtin) continue;
    role.createdAt = known?.createdAt ?? fallback;
    role.superuserAt = role.superuser ? ((known?.superuser ? known.superuserAt : null) ?? role.createdAt) : null;
    for (const [parent, membership] of role.memberOf) membership.loc = known?.memberOf.get(parent)?.loc ?? fallback;
  }
  for (const db of truth.databases.values()) {
    const known = replayed.databases.get(db.name);
    if (db.builtin) continue;
    db.createdAt = known?.createdAt ?? fallback;
    db.ownerAt = known && known.owner === db.owner ? known.ownerAt : fallback;
    db.publicChangedAt = known?.publicChangedAt ?? null;
    db.extensions = db.extensions.map((e) => ({ ...e, loc: known?.extensions.find((k) => k.name === e.name)?.loc ?? e.loc }));
    for (const item of db.acl ?? []) {
      const match = known?.acl?.find((k) => k.grantee === item.grantee && k.grantor === item.grantor) ?? known?.acl?.find((k) => k.grantee === item.grantee);
      item.loc = match?.loc ?? fallback;
    }
    if (db.acl && known && !known.acl) db.publicChangedAt = fallback;
  }
}

export { ALL_PRIVILEGES };
