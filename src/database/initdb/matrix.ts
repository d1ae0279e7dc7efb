// Who can connect to which database once the init scripts have run. Statements are replayed in
// order (a GRANT after a REVOKE re-opens), with Postgres's defaults: a new database is owned by
// the role running the script (POSTGRES_USER) unless OWNER says otherwise, and PUBLIC gets
// CONNECT and TEMP on it until revoked. The result is plain data so it can later be compared
// with a live server's catalog (pg_database.datacl, pg_auth_members).
import type {
  ConnectAnswer,
  DatabasePrivilege,
  InitStatement,
  MatrixDatabase,
  MatrixEntry,
  MatrixRole,
  PrivilegeMatrix,
  PublicConnectAnswer,
  SourceLoc,
} from './types';

export interface PrivilegeMatrixOptions {
  /** The bootstrap superuser that runs the scripts (POSTGRES_USER). Default 'postgres'. */
  superuser?: string;
  /** The entrypoint's default database (POSTGRES_DB), where statements without `\connect` run. Default: the superuser's name. */
  defaultDatabase?: string;
}

const PUBLIC = 'public';
/** Role keywords that mean "whoever runs the script". */
const SELF = new Set(['current_user', 'current_role', 'session_user']);

interface RoleState extends Omit<MatrixRole, 'memberOf'> {
  memberOf: Map<string, SourceLoc | null>;
}

interface DatabaseState extends Omit<MatrixDatabase, 'acl'> {
  acl: Map<string, Map<DatabasePrivilege, SourceLoc | null>>;
  publicChangedAt: SourceLoc | null;
}

export function computePrivilegeMatrix(statements: readonly InitStatement[], opts: PrivilegeMatrixOptions = {}): PrivilegeMatrix {
  const superuser = opts.superuser ?? 'postgres';
  const defaultDatabase = opts.defaultDatabase ?? superuser;
  const roles = new Map<string, RoleState>();
  const databases = new Map<string, DatabaseState>();
  const name = (role: string): string => (SELF.has(role) ? superuser : role);

  const role = (raw: string): RoleState => {
    const key = name(raw);
    let state = roles.get(key);
    if (!state) {
      const isSuper = key === superuser;
      state = { name: key, created: false, createdAt: null, login: isSuper, superuser: isSuper, password: 'none', memberOf: new Map() };
      roles.set(key, state);
    }
    return state;
  };
  const database = (dbName: string, loc: SourceLoc | null = null): DatabaseState => {
    let state = databases.get(dbName);
    if (!state) {
      state = newDatabase(dbName, superuser, loc);
      databases.set(dbName, state);
    }
    return state;
  };
  role(superuser);

  for (const statement of statements) {
    switch (statement.kind) {
      case 'create-role': {
        const state = role(statement.role);
        if (state.created) break; // a second CREATE fails on the server
        Object.assign(state, { created: true, createdAt: statement.loc, login: statement.login, superuser: statement.superuser, password: statement.password });
        for (const parent of statement.memberOf) state.memberOf.set(name(parent), statement.loc);
        for (const member of statement.members) role(member).memberOf.set(state.name, statement.loc);
        break;
      }
      case 'alter-role': {
        const state = role(statement.role);
        if (statement.login !== null) state.login = statement.login;
        if (statement.superuser !== null) state.superuser = statement.superuser;
        if (statement.password !== null) state.password = statement.password;
        break;
      }
      case 'create-database': {
        if (databases.get(statement.name)?.created) break;
        databases.delete(statement.name);
        const state = database(statement.name, statement.loc);
        Object.assign(state, { created: true, createdAt: statement.loc, owner: name(statement.owner ?? superuser), ownerAt: statement.loc });
        role(state.owner);
        break;
      }
      case 'alter-database-owner': {
        const state = database(statement.name);
        state.owner = name(statement.owner);
        state.ownerAt = statement.loc;
        role(state.owner);
        break;
      }
      case 'grant-database':
      case 'revoke-database':
        for (const dbName of statement.databases) {
          const state = database(dbName);
          for (const grantee of statement.grantees.map(name)) {
            if (grantee !== PUBLIC) role(grantee);
            const privileges = state.acl.get(grantee) ?? new Map<DatabasePrivilege, SourceLoc | null>();
            for (const privilege of statement.privileges) {
              if (statement.kind === 'grant-database') privileges.set(privilege, statement.loc);
              else privileges.delete(privilege);
            }
            state.acl.set(grantee, privileges);
            if (grantee === PUBLIC && statement.privileges.includes('connect')) state.publicChangedAt = statement.loc;
          }
        }
        break;
      case 'grant-role':
      case 'revoke-role':
        for (const grantee of statement.grantees) {
          const member = role(grantee);
          for (const granted of statement.roles.map(name)) {
            role(granted);
            if (statement.kind === 'grant-role') member.memberOf.set(granted, statement.loc);
            else member.memberOf.delete(granted);
          }
        }
        break;
      case 'create-extension':
        database(statement.database ?? defaultDatabase).extensions.push({ name: statement.name, loc: statement.loc });
        break;
      case 'other':
        break;
    }
  }

  const lookupDatabase = (dbName: string): DatabaseState => databases.get(dbName) ?? newDatabase(dbName, superuser, null);
  const hasConnect = (db: DatabaseState, who: string): { loc: SourceLoc | null } | null => {
    const privileges = db.acl.get(who);
    return privileges?.has('connect') ? { loc: privileges.get('connect') ?? null } : null;
  };

  const canConnect = (roleName: string, dbName: string): ConnectAnswer => {
    const who = name(roleName);
    const db = lookupDatabase(dbName);
    const state = roles.get(who);
    if (who === superuser || state?.superuser) return { allowed: true, via: 'superuser', loc: state?.createdAt ?? null };
    if (db.owner === who) return { allowed: true, via: 'owner', loc: db.ownerAt };
    const direct = hasConnect(db, who);
    if (direct) return { allowed: true, via: 'grant', loc: direct.loc };
    const inherited = viaMembership(who, roles, (ancestor) => db.owner === ancestor || hasConnect(db, ancestor) !== null);
    if (inherited) return { allowed: true, via: 'membership', loc: inherited.loc };
    const publicGrant = hasConnect(db, PUBLIC);
    if (publicGrant) return { allowed: true, via: 'public', loc: publicGrant.loc };
    return { allowed: false, via: null, loc: null };
  };

  const publicConnect = (dbName: string): PublicConnectAnswer => {
    const db = lookupDatabase(dbName);
    return { allowed: hasConnect(db, PUBLIC) !== null, createdAt: db.createdAt, changedAt: db.publicChangedAt };
  };

  const roleList: MatrixRole[] = [...roles.values()].map((r) => ({ ...r, memberOf: [...r.memberOf].map(([parent, loc]) => ({ role: parent, loc })) }));
  const databaseList: MatrixDatabase[] = [...databases.values()].map(({ publicChangedAt: _changed, acl, ...db }) => ({
    ...db,
    acl: [...acl]
      .filter(([, privileges]) => privileges.size > 0)
      .map(([grantee, privileges]) => ({ grantee, privileges: [...privileges.keys()].sort(), loc: latest([...privileges.values()]) })),
  }));
  /**
   * Roles that reach a database other than through PUBLIC or as superuser: its owner, its CONNECT
   * grantees, and (transitively) their members. Rules walk these instead of every role x database
   * pair, which a host with thousands of databases cannot afford.
   */
  const grantedConnectors = (dbName: string): string[] => {
    const db = lookupDatabase(dbName);
    const seeds = [db.owner, ...[...db.acl.keys()].filter((grantee) => grantee !== PUBLIC && hasConnect(db, grantee) !== null)];
    const membersOf = reverseMemberships(roles);
    const found = new Set<string>();
    const pending = seeds.filter((r): r is string => typeof r === 'string');
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...(membersOf.get(next) ?? []));
    }
    return [...found];
  };

  let entries: MatrixEntry[] | null = null;
  return {
    superuser,
    roles: roleList,
    databases: databaseList,
    // Every pair, computed on first read only (roles x databases is quadratic).
    get entries() {
      entries ??= roleList.flatMap((r) => databaseList.map((db) => ({ role: r.name, database: db.name, ...canConnect(r.name, db.name) })));
      return entries;
    },
    canConnect,
    publicConnect,
    grantedConnectors,
  };
}

/** A database as Postgres makes it: owned by the creator, PUBLIC may CONNECT and TEMP. */
function newDatabase(dbName: string, superuser: string, loc: SourceLoc | null): DatabaseState {
  return {
    name: dbName,
    created: false,
    createdAt: null,
    owner: superuser,
    ownerAt: null,
    acl: new Map([[PUBLIC, new Map<DatabasePrivilege, SourceLoc | null>([['connect', loc], ['temp', loc]])]]),
    publicChangedAt: null,
    extensions: [],
  };
}

/** Breadth-first over memberships (INHERIT is the default); the edge that reaches a privileged role. */
const reverseCache = new WeakMap<Map<string, RoleState>, Map<string, string[]>>();

/** role -> its direct members, computed once per matrix. */
function reverseMemberships(roles: Map<string, RoleState>): Map<string, string[]> {
  let reverse = reverseCache.get(roles);
  if (!reverse) {
    reverse = new Map();
    for (const state of roles.values()) {
      for (const parent of state.memberOf.keys()) reverse.set(parent, [...(reverse.get(parent) ?? []), state.name]);
    }
    reverseCache.set(roles, reverse);
  }
  return reverse;
}

function viaMembership(start: string, roles: Map<string, RoleState>, privileged: (role: string) => boolean): { loc: SourceLoc | null } | null {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const member of frontier) {
      for (const [parent, loc] of roles.get(member)?.memberOf ?? []) {
        if (seen.has(parent)) continue;
        if (privileged(parent)) return { loc };
        seen.add(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  return null;
}

function latest(locs: (SourceLoc | null)[]): SourceLoc | null {
  const known = locs.filter((loc): loc is SourceLoc => loc !== null);
  known.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : 0));
  return known.at(-1) ?? null;
}
