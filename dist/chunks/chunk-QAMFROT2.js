import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/database/initdb/messages.ts
function safeMessage(message, textBefore) {
  const near = /^(.*?) at or near "(.*)"$/s.exec(message);
  if (!near) return oneLine(message);
  const token = near[2];
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$|^[^\s\w'"$]{1,3}$/.test(token);
  return plain && !/PASSWORD\s*$/i.test(textBefore) ? `${oneLine(near[1])} at or near "${token}"` : oneLine(near[1]);
}
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim();
}

// src/database/initdb/catalog.ts
var PUBLIC = "public";
var ALL_PRIVILEGES = ["connect", "create", "temp"];
var PREDEFINED = [
  ["pg_database_owner", 14],
  ["pg_read_all_data", 14],
  ["pg_write_all_data", 14],
  ["pg_monitor", 10],
  ["pg_read_all_settings", 10],
  ["pg_read_all_stats", 10],
  ["pg_stat_scan_tables", 10],
  ["pg_read_server_files", 11],
  ["pg_write_server_files", 11],
  ["pg_execute_server_program", 11],
  ["pg_signal_backend", 9],
  ["pg_checkpoint", 15],
  ["pg_use_reserved_connections", 16],
  ["pg_create_subscription", 16],
  ["pg_maintain", 17],
  ["pg_signal_autovacuum_worker", 18]
];
var Catalog = class _Catalog {
  /** `version`: the server's major version (membership semantics changed in 16). */
  constructor(version, bootstrap) {
    this.version = version;
    this.bootstrap = bootstrap;
  }
  version;
  bootstrap;
  roles = /* @__PURE__ */ new Map();
  databases = /* @__PURE__ */ new Map();
  /** A fresh cluster as initdb leaves it: the bootstrap superuser, the predefined roles, postgres and the templates. */
  static initdb(version, bootstrap) {
    const catalog = new _Catalog(version, bootstrap);
    catalog.roles.set(bootstrap, { ...newRole(bootstrap, null), superuser: true, login: true, createdb: true, createrole: true, builtin: true });
    for (const [name, since] of PREDEFINED) if (version >= since) catalog.roles.set(name, { ...newRole(name, null), builtin: true });
    for (const name of ["postgres", "template1", "template0"]) {
      const db = newDatabase(name, bootstrap, null);
      db.builtin = true;
      if (name === "template0") {
        db.allowConnections = false;
        db.acl = [aclItem(PUBLIC, bootstrap, ["connect"], null), aclItem(bootstrap, bootstrap, ALL_PRIVILEGES, null, ALL_PRIVILEGES)];
      }
      catalog.databases.set(name, db);
    }
    return catalog;
  }
  clone() {
    const copy = new _Catalog(this.version, this.bootstrap);
    for (const [name, role] of this.roles) {
      copy.roles.set(name, { ...role, memberOf: new Map([...role.memberOf].map(([parent, m]) => [parent, { ...m }])) });
    }
    for (const [name, db] of this.databases) {
      copy.databases.set(name, { ...db, acl: db.acl ? db.acl.map(copyItem) : null, extensions: [...db.extensions] });
    }
    return copy;
  }
  isSuperuser(role) {
    return this.roles.get(role)?.superuser === true;
  }
  /** The ACL as the server applies it: the default when none was set. */
  effectiveAcl(db) {
    return db.acl ?? defaultAcl(db.owner);
  }
  /** Roles whose privileges `role` uses without SET ROLE (itself first), as has_privs_of_role. */
  privilegeRoles(role) {
    const out = [role];
    let seen = null;
    for (let i = 0; i < out.length; i++) {
      const current = this.roles.get(out[i]);
      if (!current) continue;
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
  memberRoles(role) {
    const seen = /* @__PURE__ */ new Set([role]);
    const pending = [role];
    while (pending.length > 0) {
      for (const parent of this.roles.get(pending.pop())?.memberOf.keys() ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          pending.push(parent);
        }
      }
    }
    return seen;
  }
  /** Whether `role` may SET ROLE to `target` (superusers always; 16+: through grants with the SET option). */
  canSetRole(role, target) {
    if (role === target || this.isSuperuser(role)) return true;
    if (this.version < 16) return this.memberRoles(role).has(target);
    const seen = /* @__PURE__ */ new Set([role]);
    const pending = [role];
    while (pending.length > 0) {
      for (const [parent, membership] of this.roles.get(pending.pop())?.memberOf ?? []) {
        if (!membership.set || seen.has(parent)) continue;
        if (parent === target) return true;
        seen.add(parent);
        pending.push(parent);
      }
    }
    return false;
  }
  /** has_database_privilege(role, db, privilege) for each privilege. */
  privilegesOn(role, dbName) {
    const db = this.databases.get(dbName);
    if (!db || !this.roles.has(role)) return /* @__PURE__ */ new Set();
    if (this.isSuperuser(role)) return new Set(ALL_PRIVILEGES);
    const holders = new Set(this.privilegeRoles(role));
    const out = /* @__PURE__ */ new Set();
    for (const item of this.effectiveAcl(db)) if (item.grantee === PUBLIC || holders.has(item.grantee)) for (const p of item.privileges) out.add(p);
    return out;
  }
  /** Privileges PUBLIC holds on a database. */
  publicPrivileges(dbName) {
    const db = this.databases.get(dbName);
    const out = /* @__PURE__ */ new Set();
    if (!db) return out;
    for (const item of this.effectiveAcl(db)) if (item.grantee === PUBLIC) for (const p of item.privileges) out.add(p);
    return out;
  }
};
function newRole(name, loc) {
  return {
    name,
    superuser: false,
    login: false,
    inherit: true,
    createdb: false,
    createrole: false,
    memberOf: /* @__PURE__ */ new Map(),
    builtin: false,
    createdAt: loc,
    superuserAt: null,
    loginAt: null,
    otherDependencies: false
  };
}
function newDatabase(name, owner, loc) {
  return { name, owner, acl: null, builtin: false, createdAt: loc, ownerAt: loc, publicChangedAt: null, extensions: [], allowConnections: true };
}
function aclItem(grantee, grantor, privileges, loc, grantOptions = []) {
  return { grantee, grantor, privileges: new Set(privileges), grantOptions: new Set(grantOptions), loc };
}
function copyItem(item) {
  return { ...item, privileges: new Set(item.privileges), grantOptions: new Set(item.grantOptions) };
}
function defaultAcl(owner) {
  return [aclItem(PUBLIC, owner, ["connect", "temp"], null), aclItem(owner, owner, ALL_PRIVILEGES, null)];
}
function aclGrant(db, grantee, grantor, privileges, grantOption, loc) {
  const acl = db.acl ??= defaultAcl(db.owner);
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
function aclRevoke(db, grantee, grantor, privileges, grantOptionOnly, cascade) {
  const acl = db.acl ??= defaultAcl(db.owner);
  const item = acl.find((i) => i.grantee === grantee && i.grantor === grantor);
  if (!item) return null;
  const losing = privileges.filter((p) => item.grantOptions.has(p));
  if (losing.length > 0 && grantee !== db.owner && grantee !== PUBLIC) {
    const dependent = acl.some((i) => i.grantor === grantee && i !== item && losing.some((p) => i.privileges.has(p)));
    if (dependent && !cascade) return "dependent privileges exist";
    if (dependent) {
      for (const i of [...acl]) if (i.grantor === grantee && i !== item) aclRevoke(db, i.grantee, grantee, losing, false, true);
    }
  }
  for (const p of privileges) {
    item.grantOptions.delete(p);
    if (!grantOptionOnly) item.privileges.delete(p);
  }
  if (item.privileges.size === 0) acl.splice(acl.indexOf(item), 1);
  return null;
}
function aclNewOwner(db, oldOwner, newOwner) {
  if (!db.acl) return;
  const merged = [];
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
function renameRoleEverywhere(catalog, from, to) {
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

export {
  safeMessage,
  oneLine,
  PUBLIC,
  ALL_PRIVILEGES,
  Catalog,
  newRole,
  newDatabase,
  aclItem,
  aclGrant,
  aclRevoke,
  aclNewOwner,
  renameRoleEverywhere
};
