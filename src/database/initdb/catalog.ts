// The part of a PostgreSQL catalog the database rules read: roles (attributes, memberships) and
// databases (owner, ACL), with the server's own rules for privileges: ACL items per grantee and
// grantor, the default ACL of a new database, ACL rewriting on a change of owner, and privilege
// inheritance through memberships (the member's INHERIT attribute before 16, the grant's INHERIT
// option from 16 on). Filled by replaying init scripts (evaluate.ts), by a real server's catalog
// (--initdb-exec, db-audit), and read by the matrix the rules query.
import type { DatabasePrivilege, SourceLoc } from './types';

export const PUBLIC = 'public';
export const ALL_PRIVILEGES: readonly DatabasePrivilege[] = ['connect', 'create', 'temp'];

export interface Membership {
  admin: boolean;
  /** 16+: the grant's INHERIT option. Before 16 the member's INHERIT attribute decides. */
  inherit: boolean;
  /** 16+: the grant's SET option. */
  set: boolean;
  loc: SourceLoc | null;
}

export interface CatalogRole {
  name: string;
  superuser: boolean;
  login: boolean;
  inherit: boolean;
  createdb: boolean;
  createrole: boolean;
  /** Direct memberships: parent role -> options. */
  memberOf: Map<string, Membership>;
  /** Built in (the bootstrap superuser, pg_* roles): not created by the scripts. */
  builtin: boolean;
  createdAt: SourceLoc | null;
  /** Where SUPERUSER was last given (CREATE ROLE ... SUPERUSER or ALTER ROLE ... SUPERUSER). */
  superuserAt: SourceLoc | null;
  /** Where LOGIN was last changed. */
  loginAt: SourceLoc | null;
  /** Named as grantee or owner by statements outside the model (GRANT ON SCHEMA ...): DROP ROLE fails. */
  otherDependencies: boolean;
}

export interface AclItem {
  /** Role name, or 'public'. */
  grantee: string;
  grantor: string;
  privileges: Set<DatabasePrivilege>;
  grantOptions: Set<DatabasePrivilege>;
  /** The GRANT that last added to this item (null: the default ACL). */
  loc: SourceLoc | null;
}

export interface CatalogDatabase {
  name: string;
  owner: string;
  /** null: the default ACL (PUBLIC: CONNECT, TEMP; the owner: all), as a new database has. */
  acl: AclItem[] | null;
  builtin: boolean;
  createdAt: SourceLoc | null;
  ownerAt: SourceLoc | null;
  /** The last GRANT/REVOKE that changed PUBLIC's CONNECT. */
  publicChangedAt: SourceLoc | null;
  extensions: { name: string; loc: SourceLoc }[];
  /** datallowconn (false for template0). */
  allowConnections: boolean;
}

/** Predefined roles (pg_*) by the version that added them. */
const PREDEFINED: [string, number][] = [
  ['pg_database_owner', 14],
  ['pg_read_all_data', 14],
  ['pg_write_all_data', 14],
  ['pg_monitor', 10],
  ['pg_read_all_settings', 10],
  ['pg_read_all_stats', 10],
  ['pg_stat_scan_tables', 10],
  ['pg_read_server_files', 11],
  ['pg_write_server_files', 11],
  ['pg_execute_server_program', 11],
  ['pg_signal_backend', 9],
  ['pg_checkpoint', 15],
  ['pg_use_reserved_connections', 16],
  ['pg_create_subscription', 16],
  ['pg_maintain', 17],
  ['pg_signal_autovacuum_worker', 18],
];

export class Catalog {
  readonly roles = new Map<string, CatalogRole>();
  readonly databases = new Map<string, CatalogDatabase>();

  /** `version`: the server's major version (membership semantics changed in 16). */
  constructor(
    readonly version: number,
    readonly bootstrap: string,
  ) {}

  /** A fresh cluster as initdb leaves it: the bootstrap superuser, the predefined roles, postgres and the templates. */
  static initdb(version: number, bootstrap: string): Catalog {
    const catalog = new Catalog(version, bootstrap);
    catalog.roles.set(bootstrap, { ...newRole(bootstrap, null), superuser: true, login: true, createdb: true, createrole: true, builtin: true });
    for (const [name, since] of PREDEFINED) if (version >= since) catalog.roles.set(name, { ...newRole(name, null), builtin: true });
    for (const name of ['postgres', 'template1', 'template0']) {
      const db = newDatabase(name, bootstrap, null);
      db.builtin = true;
      if (name === 'template0') {
        db.allowConnections = false;
        db.acl = [aclItem(PUBLIC, bootstrap, ['connect'], null), aclItem(bootstrap, bootstrap, ALL_PRIVILEGES, null, ALL_PRIVILEGES)];
      }
      catalog.databases.set(name, db);
    }
    return catalog;
  }

  clone(): Catalog {
    const copy = new Catalog(this.version, this.bootstrap);
    for (const [name, role] of this.roles) {
      copy.roles.set(name, { ...role, memberOf: new Map([...role.memberOf].map(([parent, m]) => [parent, { ...m }])) });
    }
    for (const [name, db] of this.databases) {
      copy.databases.set(name, { ...db, acl: db.acl ? db.acl.map(copyItem) : null, extensions: [...db.extensions] });
    }
    return copy;
  }

  isSuperuser(role: string): boolean {
    return this.roles.get(role)?.superuser === true;
  }

  /** The ACL as the server applies it: the default when none was set. */
  effectiveAcl(db: CatalogDatabase): AclItem[] {
    return db.acl ?? defaultAcl(db.owner);
  }

  /** Roles whose privileges `role` uses without SET ROLE (itself first), as has_privs_of_role. */
  privilegeRoles(role: string): string[] {
    const out = [role];
    // Made on the first membership: most roles have none (thousands of calls while the rules read the matrix).
    let seen: Set<string> | null = null;
    for (let i = 0; i < out.length; i++) {
      const current = this.roles.get(out[i]!);
      if (!current) continue;
      // Before 16 a NOINHERIT role stops the walk; from 16 each grant's INHERIT option does.
      if (this.version < 16 && !current.inherit) continue;
      for (const [parent, membership] of current.memberOf) {
        if (this.version >= 16 && !membership.inherit) continue;
        seen ??= new Set(out);
        if (!seen.has(parent)) {
          seen.add(parent);
          out.push(parent);
        }
      }
    }
    return out;
  }

  /** Every role `role` is a member of, directly or not (itself included), as is_member_of_role. */
  memberRoles(role: string): Set<string> {
    const seen = new Set([role]);
    const pending = [role];
    while (pending.length > 0) {
      for (const parent of this.roles.get(pending.pop()!)?.memberOf.keys() ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          pending.push(parent);
        }
      }
    }
    return seen;
  }

  /** Whether `role` may SET ROLE to `target` (superusers always; 16+: through grants with the SET option). */
  canSetRole(role: string, target: string): boolean {
    if (role === target || this.isSuperuser(role)) return true;
    if (this.version < 16) return this.memberRoles(role).has(target);
    const seen = new Set([role]);
    const pending = [role];
    while (pending.length > 0) {
      for (const [parent, membership] of this.roles.get(pending.pop()!)?.memberOf ?? []) {
        if (!membership.set || seen.has(parent)) continue;
        if (parent === target) return true;
        seen.add(parent);
        pending.push(parent);
      }
    }
    return false;
  }

  /** has_database_privilege(role, db, privilege) for each privilege. */
  privilegesOn(role: string, dbName: string): Set<DatabasePrivilege> {
    const db = this.databases.get(dbName);
    if (!db || !this.roles.has(role)) return new Set();
    if (this.isSuperuser(role)) return new Set(ALL_PRIVILEGES);
    const holders = new Set(this.privilegeRoles(role));
    const out = new Set<DatabasePrivilege>();
    for (const item of this.effectiveAcl(db)) if (item.grantee === PUBLIC || holders.has(item.grantee)) for (const p of item.privileges) out.add(p);
    return out;
  }

  /** Privileges PUBLIC holds on a database. */
  publicPrivileges(dbName: string): Set<DatabasePrivilege> {
    const db = this.databases.get(dbName);
    const out = new Set<DatabasePrivilege>();
    if (!db) return out;
    for (const item of this.effectiveAcl(db)) if (item.grantee === PUBLIC) for (const p of item.privileges) out.add(p);
    return out;
  }
}

export function newRole(name: string, loc: SourceLoc | null): CatalogRole {
  return {
    name,
    superuser: false,
    login: false,
    inherit: true,
    createdb: false,
    createrole: false,
    memberOf: new Map(),
    builtin: false,
    createdAt: loc,
    superuserAt: null,
    loginAt: null,
    otherDependencies: false,
  };
}

export function newDatabase(name: string, owner: string, loc: SourceLoc | null): CatalogDatabase {
  return { name, owner, acl: null, builtin: false, createdAt: loc, ownerAt: loc, publicChangedAt: null, extensions: [], allowConnections: true };
}

export function aclItem(
  grantee: string,
  grantor: string,
  privileges: Iterable<DatabasePrivilege>,
  loc: SourceLoc | null,
  grantOptions: Iterable<DatabasePrivilege> = [],
): AclItem {
  return { grantee, grantor, privileges: new Set(privileges), grantOptions: new Set(grantOptions), loc };
}

function copyItem(item: AclItem): AclItem {
  return { ...item, privileges: new Set(item.privileges), grantOptions: new Set(item.grantOptions) };
}

/** acldefault for a database: PUBLIC may CONNECT and create TEMP tables; the owner has everything. */
export function defaultAcl(owner: string): AclItem[] {
  return [aclItem(PUBLIC, owner, ['connect', 'temp'], null), aclItem(owner, owner, ALL_PRIVILEGES, null)];
}

/** GRANT: adds privileges (and grant options) to the (grantee, grantor) item, materialising the default ACL first. */
export function aclGrant(
  db: CatalogDatabase,
  grantee: string,
  grantor: string,
  privileges: readonly DatabasePrivilege[],
  grantOption: boolean,
  loc: SourceLoc | null,
): void {
  const acl = (db.acl ??= defaultAcl(db.owner));
  let item = acl.find((i) => i.grantee === grantee && i.grantor === grantor);
  if (!item) {
    item = aclItem(grantee, grantor, [], loc);
    acl.push(item);
  }
  for (const p of privileges) {
    item.privileges.add(p);
    if (grantOption) item.grantOptions.add(p);
  }
  item.loc = loc;
}

/**
 * REVOKE: removes privileges (or only their grant options) from the (grantee, grantor) item.
 * Privileges the grantee passed on with its grant option go too with CASCADE; without it, the
 * server refuses (returns the error).
 */
export function aclRevoke(
  db: CatalogDatabase,
  grantee: string,
  grantor: string,
  privileges: readonly DatabasePrivilege[],
  grantOptionOnly: boolean,
  cascade: boolean,
): string | null {
  const acl = (db.acl ??= defaultAcl(db.owner));
  const item = acl.find((i) => i.grantee === grantee && i.grantor === grantor);
  if (!item) return null;
  const losing = privileges.filter((p) => item.grantOptions.has(p));
  // The owner's own grant options are implicit: what it granted does not depend on its item.
  if (losing.length > 0 && grantee !== db.owner && grantee !== PUBLIC) {
    const dependent = acl.some((i) => i.grantor === grantee && i !== item && losing.some((p) => i.privileges.has(p)));
    if (dependent && !cascade) return 'dependent privileges exist';
    if (dependent) for (const i of [...acl]) if (i.grantor === grantee && i !== item) aclRevoke(db, i.grantee, grantee, losing, false, true);
  }
  for (const p of privileges) {
    item.grantOptions.delete(p);
    if (!grantOptionOnly) item.privileges.delete(p);
  }
  if (item.privileges.size === 0) acl.splice(acl.indexOf(item), 1);
  return null;
}

/** aclnewowner: the old owner's items (as grantee and as grantor) become the new owner's, merged. */
export function aclNewOwner(db: CatalogDatabase, oldOwner: string, newOwner: string): void {
  if (!db.acl) return;
  const merged: AclItem[] = [];
  for (const item of db.acl) {
    const grantee = item.grantee === oldOwner ? newOwner : item.grantee;
    const grantor = item.grantor === oldOwner ? newOwner : item.grantor;
    const same = merged.find((i) => i.grantee === grantee && i.grantor === grantor);
    if (same) {
      for (const p of item.privileges) same.privileges.add(p);
      for (const p of item.grantOptions) same.grantOptions.add(p);
    } else merged.push({ ...copyItem(item), grantee, grantor });
  }
  db.acl = merged;
}

/** Renames a role everywhere it is referenced (the catalog refers by OID, we by name). */
export function renameRoleEverywhere(catalog: Catalog, from: string, to: string): void {
  const role = catalog.roles.get(from);
  if (!role) return;
  catalog.roles.delete(from);
  role.name = to;
  catalog.roles.set(to, role);
  for (const other of catalog.roles.values()) {
    const membership = other.memberOf.get(from);
    if (membership) {
      other.memberOf.delete(from);
      other.memberOf.set(to, membership);
    }
  }
  for (const db of catalog.databases.values()) {
    if (db.owner === from) db.owner = to;
    for (const item of db.acl ?? []) {
      if (item.grantee === from) item.grantee = to;
      if (item.grantor === from) item.grantor = to;
    }
  }
}

/** A database's ACL as comparable data: sorted `grantee=privs/grantor` with `*` after a privilege held with grant option. */
export function aclText(catalog: Catalog, db: CatalogDatabase): string[] | null {
  if (!db.acl) return null;
  const letter: Record<DatabasePrivilege, string> = { create: 'C', temp: 'T', connect: 'c' };
  return db.acl
    .map((item) => {
      const privileges = ALL_PRIVILEGES.filter((p) => item.privileges.has(p))
        .sort((a, b) => 'CTc'.indexOf(letter[a]) - 'CTc'.indexOf(letter[b]))
        .map((p) => letter[p] + (item.grantOptions.has(p) ? '*' : ''))
        .join('');
      return `${item.grantee === PUBLIC ? '' : item.grantee}=${privileges}/${item.grantor}`;
    })
    .filter((text) => !/^[^=]*=\//.test(text))
    .sort();
}
