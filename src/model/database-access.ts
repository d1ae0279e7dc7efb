// Who can reach which database of the shared Postgres: the services that use it (their roles and
// databases, from their connections and the allocation table) against the databases the init
// scripts leave behind (owner, PUBLIC's CONNECT, roles of other services that were granted
// access). Plain, cwd-relative data for the JSON output's `databases` field and the HTML
// report's allocation view, read from the database model and its privilege matrix.
import { allocationsFor } from '../database/model';
import { displayPath } from '../engine/lint';
import type { ConnectVia } from '../database/initdb/types';
import type { SourceLoc } from '../files/types';
import type { HostModel } from './types';
import { appendTo, getOrCompute } from '../util/maps';

/** A position in a file, relative to the working directory. */
export interface AccessLoc {
  path: string;
  line: number;
}

export interface AccessGrant {
  role: string;
  /** How the role reaches the database: it owns it, holds CONNECT, or is a member of a role that does. */
  via: Extract<ConnectVia, 'owner' | 'grant' | 'membership'>;
  at: AccessLoc | null;
}

export interface AccessDatabase {
  name: string;
  /** Owner once the init scripts ran (the superuser when they never set one). */
  owner: string;
  /** Created by the init scripts (false: only allocated, connected to or granted on). */
  created: boolean;
  at: AccessLoc | null;
  /** PUBLIC may CONNECT: every role can reach it (null: no shared Postgres whose scripts tell). */
  public: boolean | null;
  /** The allocation table's entries for it. */
  allocated: { service: string; role: string }[];
  /** Roles other than its own (allocated or used by its services) and the superuser that can connect: cross-grants. */
  crossGrants: AccessGrant[];
}

export interface AccessClient {
  /** Compose service name (or the allocation entry's name when no service has it). */
  service: string;
  /** Its stack file; null for an allocation entry no service uses. */
  path: string | null;
  /** Roles it logs in with to the shared Postgres (connections), then the allocated ones. */
  roles: string[];
  /** Databases it connects to, then the allocated ones. */
  databases: string[];
  allocated: { database: string; role: string }[];
  /** It logs in as the superuser: it reaches every database. */
  superuser: boolean;
  /** Each (role, database) pair it uses or is allocated, and how the role reaches the database (null: it cannot, or unknown). */
  access: { role: string; database: string; via: ConnectVia | null }[];
  /** Where its connection settings are (user and database variables); only for the files `locateIn` names (locating builds a file's YAML positions). */
  at?: AccessLoc[];
}

export interface DatabaseAccess {
  /** The shared Postgres service and its stack file. */
  shared: { service: string; path: string } | null;
  /** The bootstrap superuser that runs the init scripts. */
  superuser: string | null;
  databases: AccessDatabase[];
  clients: AccessClient[];
}

export interface DatabaseAccessOptions {
  /** Stack files (cwd-relative) whose connection settings should be located (`at`). */
  locateIn?: ReadonlySet<string>;
}

export function databaseAccess(model: HostModel, options: DatabaseAccessOptions = {}): DatabaseAccess | null {
  const { shared, matrix, connections, superusers } = model.database;
  if (!shared && model.policy.database.allocations.length === 0) return null;
  // Paths shown relative to the cwd, each file once: thousands of databases sit in one init
  // script and thousands of services in a few hundred stack files (path.relative is not cheap).
  const shownPaths = new Map<string, string>();
  const shown = (file: string): string => {
    let shownPath = shownPaths.get(file);
    if (shownPath === undefined) shownPaths.set(file, (shownPath = displayPath(file, model.cwd)));
    return shownPath;
  };
  const rel = (loc: SourceLoc | null | undefined): AccessLoc | null => (loc ? { path: shown(loc.file), line: loc.line } : null);
  const superuserSet = new Set(superusers);

  const clients = new Map<string, AccessClient>();
  const clientFor = (key: string, make: () => AccessClient) => getOrCompute(clients, key, make);
  const pair = (client: AccessClient, role: string, database: string) => {
    if (!client.access.some((a) => a.role === role && a.database === database)) client.access.push({ role, database, via: null });
  };
  const toShared = new Map<unknown, typeof connections>();
  for (const c of connections) {
    if (c.toShared) appendTo(toShared, c.service, c);
  }
  const usedAllocations = new Set<number>();
  for (const service of model.services.filter((s) => !s.stack.archived)) {
    const own = toShared.get(service) ?? [];
    const entries = allocationsFor(service, model);
    if (own.length === 0 && entries.length === 0) continue;
    const client = clientFor(`${service.stack.file}\u0000${service.name}`, () => ({
      service: service.name,
      path: shown(service.stack.file),
      roles: [],
      databases: [],
      allocated: [],
      superuser: false,
      access: [],
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
      const at = (client.at ??= []);
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
    const client = clientFor(`\u0000${allocation.service}`, () => ({
      service: allocation.service,
      path: null,
      roles: [],
      databases: [],
      allocated: [],
      superuser: false,
      access: [],
    }));
    client.allocated.push({ database: allocation.database, role: allocation.role });
    addOnce(client.roles, allocation.role);
    addOnce(client.databases, allocation.database);
    pair(client, allocation.role, allocation.database);
  });

  // Databases: those the scripts touch, then those allocated or connected to.
  const names = new Set<string>();
  for (const db of matrix?.databases ?? []) if (db.created) names.add(db.name);
  for (const client of clients.values()) for (const db of client.databases) names.add(db);
  const ownRoles = new Map<string, Set<string>>();
  for (const client of clients.values()) {
    for (const { role, database } of client.access) {
      if (!superuserSet.has(role)) ownRoles.set(database, (ownRoles.get(database) ?? new Set<string>()).add(role));
    }
  }
  const allocatedTo = new Map<string, { service: string; role: string }[]>();
  for (const a of model.policy.database.allocations) {
    appendTo(allocatedTo, a.database, { service: a.service, role: a.role });
  }

  const byName = new Map((matrix?.databases ?? []).map((db) => [db.name, db]));
  const databases: AccessDatabase[] = [...names].map((name) => {
    const db = byName.get(name);
    const own = ownRoles.get(name) ?? new Set<string>();
    const crossGrants: AccessGrant[] = [];
    for (const role of matrix?.grantedConnectors(name) ?? []) {
      if (own.has(role) || superuserSet.has(role) || role === matrix?.superuser) continue;
      const answer = matrix!.canConnect(role, name);
      if (answer.via === 'owner' || answer.via === 'grant' || answer.via === 'membership') crossGrants.push({ role, via: answer.via, at: rel(answer.loc) });
    }
    return {
      name,
      owner: db?.owner ?? matrix?.superuser ?? 'postgres',
      created: db?.created ?? false,
      at: rel(db?.createdAt),
      public: matrix ? matrix.publicConnect(name).allowed : null,
      allocated: allocatedTo.get(name) ?? [],
      crossGrants,
    };
  });
  if (matrix) for (const client of clients.values()) for (const a of client.access) a.via = matrix.canConnect(a.role, a.database).via;
  return {
    shared: shared ? { service: shared.name, path: shown(shared.stack.file) } : null,
    superuser: matrix?.superuser ?? superusers.at(-1) ?? null,
    databases,
    clients: [...clients.values()],
  };
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
