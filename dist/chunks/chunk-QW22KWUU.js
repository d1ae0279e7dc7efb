import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allocationsFor
} from "./chunk-6H6MFZHV.js";
import {
  displayPath
} from "./chunk-ZXHC4XCV.js";

// src/model/database-access.ts
function databaseAccess(model, options = {}) {
  const { shared, matrix, connections, superusers } = model.database;
  if (!shared && model.policy.database.allocations.length === 0) return null;
  const rel = (loc) => loc ? { path: displayPath(loc.file, model.cwd), line: loc.line } : null;
  const superuserSet = new Set(superusers);
  const clients = /* @__PURE__ */ new Map();
  const clientFor = (key, make) => {
    let client = clients.get(key);
    if (!client) clients.set(key, client = make());
    return client;
  };
  const pair = (client, role, database) => {
    if (!client.access.some((a) => a.role === role && a.database === database)) client.access.push({ role, database, via: null });
  };
  const toShared = /* @__PURE__ */ new Map();
  for (const c of connections) if (c.toShared) toShared.set(c.service, [...toShared.get(c.service) ?? [], c]);
  const usedAllocations = /* @__PURE__ */ new Set();
  for (const service of model.services.filter((s) => !s.stack.archived)) {
    const own = toShared.get(service) ?? [];
    const entries = allocationsFor(service, model);
    if (own.length === 0 && entries.length === 0) continue;
    const client = clientFor(`${service.stack.file}\0${service.name}`, () => ({
      service: service.name,
      path: displayPath(service.stack.file, model.cwd),
      roles: [],
      databases: [],
      allocated: [],
      superuser: false,
      access: []
    }));
    const locate = client.path !== null && options.locateIn?.has(client.path) === true;
    for (const c of own) {
      const role = c.user?.value;
      const database = c.database?.value;
      if (role) addOnce(client.roles, role);
      if (role && superuserSet.has(role)) client.superuser = true;
      if (database) addOnce(client.databases, database);
      if (role && database) pair(client, role, database);
      if (!locate) continue;
      const at = client.at ??= [];
      for (const loc of [c.user?.loc, c.database?.loc].map(rel)) {
        if (loc && !at.some((a) => a.path === loc.path && a.line === loc.line)) at.push(loc);
      }
    }
    for (const { allocation, index } of entries) {
      usedAllocations.add(index);
      client.allocated.push({ database: allocation.database, role: allocation.role });
      addOnce(client.roles, allocation.role);
      addOnce(client.databases, allocation.database);
      pair(client, allocation.role, allocation.database);
    }
  }
  model.policy.database.allocations.forEach((allocation, index) => {
    if (usedAllocations.has(index)) return;
    const client = clientFor(`\0${allocation.service}`, () => ({
      service: allocation.service,
      path: null,
      roles: [],
      databases: [],
      allocated: [],
      superuser: false,
      access: []
    }));
    client.allocated.push({ database: allocation.database, role: allocation.role });
    addOnce(client.roles, allocation.role);
    addOnce(client.databases, allocation.database);
    pair(client, allocation.role, allocation.database);
  });
  const names = /* @__PURE__ */ new Set();
  for (const db of matrix?.databases ?? []) if (db.created) names.add(db.name);
  for (const client of clients.values()) for (const db of client.databases) names.add(db);
  const ownRoles = /* @__PURE__ */ new Map();
  for (const client of clients.values()) {
    for (const { role, database } of client.access) {
      if (!superuserSet.has(role)) ownRoles.set(database, (ownRoles.get(database) ?? /* @__PURE__ */ new Set()).add(role));
    }
  }
  const allocatedTo = /* @__PURE__ */ new Map();
  for (const a of model.policy.database.allocations)
    allocatedTo.set(a.database, [...allocatedTo.get(a.database) ?? [], { service: a.service, role: a.role }]);
  const byName = new Map((matrix?.databases ?? []).map((db) => [db.name, db]));
  const databases = [...names].map((name) => {
    const db = byName.get(name);
    const own = ownRoles.get(name) ?? /* @__PURE__ */ new Set();
    const crossGrants = [];
    for (const role of matrix?.grantedConnectors(name) ?? []) {
      if (own.has(role) || superuserSet.has(role) || role === matrix?.superuser) continue;
      const answer = matrix.canConnect(role, name);
      if (answer.via === "owner" || answer.via === "grant" || answer.via === "membership") crossGrants.push({ role, via: answer.via, at: rel(answer.loc) });
    }
    return {
      name,
      owner: db?.owner ?? matrix?.superuser ?? "postgres",
      created: db?.created ?? false,
      at: rel(db?.createdAt),
      public: matrix ? matrix.publicConnect(name).allowed : null,
      allocated: allocatedTo.get(name) ?? [],
      crossGrants
    };
  });
  if (matrix) for (const client of clients.values()) for (const a of client.access) a.via = matrix.canConnect(a.role, a.database).via;
  return {
    shared: shared ? { service: shared.name, path: displayPath(shared.stack.file, model.cwd) } : null,
    superuser: matrix?.superuser ?? superusers.at(-1) ?? null,
    databases,
    clients: [...clients.values()]
  };
}
function addOnce(list, value) {
  if (!list.includes(value)) list.push(value);
}

export {
  databaseAccess
};
