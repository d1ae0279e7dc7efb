// Who can reach which database once the init scripts have run: the rules' view of a catalog,
// whether it was replayed from the scripts (evaluate.ts) or read from a real server. Privileges
// are the server's own (has_database_privilege: ACL items, PUBLIC, inheritance through
// memberships, superusers); "holders" adds ownership and membership, which give control even
// when they give no privilege directly.
import { ALL_PRIVILEGES, Catalog, PUBLIC } from './catalog';
import { evaluateInit, type InitOutcome } from './evaluate';
import type {
  ConnectAnswer,
  DatabaseHolder,
  DatabasePrivilege,
  InitStatement,
  MatrixDatabase,
  MatrixEntry,
  MatrixRole,
  ParsedInitScript,
  PrivilegeMatrix,
  PublicConnectAnswer,
  SourceLoc,
} from './types';
import { appendTo } from '../../util/maps';

export interface PrivilegeMatrixOptions {
  /** The bootstrap superuser that runs the scripts (POSTGRES_USER). Default 'postgres'. */
  superuser?: string;
  /** The entrypoint's default database (POSTGRES_DB). Default: the superuser's name. */
  defaultDatabase?: string;
  version?: number;
}

/** Replays statements (one psql run, as a `.sql` file) and returns the matrix. */
export function computePrivilegeMatrix(statements: readonly InitStatement[], opts: PrivilegeMatrixOptions = {}): PrivilegeMatrix {
  const superuser = opts.superuser ?? 'postgres';
  const file = statements[0]?.loc.file ?? '/init.sql';
  const script: ParsedInitScript = {
    kind: 'sql',
    file,
    statements: [...statements],
    placeholders: [],
    literalPasswords: [],
    metaCommands: [],
    psqlVariables: [],
    errors: [],
    unevaluated: [],
    runs: [
      {
        loc: { file, line: 1, column: 1 },
        user: null,
        database: null,
        onErrorStop: true,
        mode: 'script',
        singleTransaction: false,
        steps: [...statements],
        uncertain: null,
        errexit: true,
        last: true,
      },
    ],
  };
  const outcome = evaluateInit([script], { superuser, defaultDatabase: opts.defaultDatabase ?? superuser, ...(opts.version ? { version: opts.version } : {}) });
  return matrixOf(outcome, 'scripts');
}

/** The rules' view of a catalog and what happened while it was built. */
export function matrixOf(outcome: Pick<InitOutcome, 'catalog' | 'stop' | 'lost' | 'unevaluated'>, source: PrivilegeMatrix['source']): PrivilegeMatrix {
  const catalog = outcome.catalog;
  const superuser = catalog.bootstrap;
  const roles: MatrixRole[] = [...catalog.roles.values()]
    .filter((r) => !r.name.startsWith('pg_'))
    .map((r) => ({
      name: r.name,
      created: !r.builtin,
      createdAt: r.createdAt,
      login: r.login,
      superuser: r.superuser,
      superuserAt: r.superuserAt,
      inherit: r.inherit,
      memberOf: [...r.memberOf].map(([role, m]) => ({ role, loc: m.loc, admin: m.admin, inherit: m.inherit, set: m.set })),
    }));
  const databases: MatrixDatabase[] = [...catalog.databases.values()]
    .filter((db) => db.name !== 'template0' && db.name !== 'template1')
    .map((db) => ({
      name: db.name,
      created: !db.builtin,
      createdAt: db.createdAt,
      owner: db.owner,
      ownerAt: db.ownerAt,
      defaultAcl: db.acl === null,
      acl: catalog.effectiveAcl(db).map((item) => ({
        grantee: item.grantee,
        grantor: item.grantor,
        privileges: sortedPrivileges(item.privileges),
        grantOptions: sortedPrivileges(item.grantOptions),
        loc: item.loc ?? (db.acl === null ? db.createdAt : null),
      })),
      extensions: db.extensions,
    }));

  const privileges = (role: string, database: string): DatabasePrivilege[] => sortedPrivileges(catalog.privilegesOn(role, database));

  const canConnect = (role: string, database: string): ConnectAnswer => {
    const db = catalog.databases.get(database);
    const state = catalog.roles.get(role);
    if (!db || !state) return { allowed: false, via: null, loc: null };
    if (state.superuser) return { allowed: true, via: 'superuser', loc: state.superuserAt ?? state.createdAt };
    const acl = catalog.effectiveAcl(db);
    const own = acl.find((i) => i.grantee === role && i.privileges.has('connect'));
    if (own)
      return { allowed: true, via: own.grantor === role && db.owner === role ? 'owner' : 'grant', loc: own.loc ?? (own.grantor === role ? db.ownerAt : null) };
    for (const parent of catalog.privilegeRoles(role).slice(1)) {
      if (acl.some((i) => i.grantee === parent && i.privileges.has('connect')))
        return { allowed: true, via: 'membership', loc: membershipLoc(catalog, role, parent) };
    }
    const pub = acl.find((i) => i.grantee === PUBLIC && i.privileges.has('connect'));
    if (pub) return { allowed: true, via: 'public', loc: db.publicChangedAt ?? pub.loc ?? db.createdAt };
    return { allowed: false, via: null, loc: null };
  };

  const publicConnect = (database: string): PublicConnectAnswer => {
    const db = catalog.databases.get(database);
    if (!db) return { allowed: false, createdAt: null, changedAt: null };
    return { allowed: catalog.publicPrivileges(database).has('connect'), createdAt: db.createdAt, changedAt: db.publicChangedAt };
  };

  // Role -> the roles granted it directly, built on first use: walking down from a database's few
  // holders, instead of up from every role for every database (quadratic: 3,500 roles x 3,500 databases).
  let directMembers: Map<string, string[]> | null = null;
  const roleOrder = new Map<string, number>();
  /** The roles that are members of any of `roots`, directly or not, in the catalog's order. */
  const membersOf = (roots: readonly string[]): string[] => {
    if (!directMembers) {
      directMembers = new Map();
      for (const role of catalog.roles.values()) {
        roleOrder.set(role.name, roleOrder.size);
        for (const parent of role.memberOf.keys()) {
          appendTo(directMembers, parent, role.name);
        }
      }
    }
    const reached = new Set<string>();
    const pending = [...roots];
    while (pending.length > 0) {
      for (const member of directMembers.get(pending.pop()!) ?? []) {
        if (!reached.has(member)) {
          reached.add(member);
          pending.push(member);
        }
      }
    }
    if (reached.size === 0) return [];
    return [...reached].sort((a, b) => roleOrder.get(a)! - roleOrder.get(b)!);
  };

  /** Who holds a database (owner, grantees, their members), in that order, without their privileges. */
  const holdingRoles = (database: string): HoldingRole[] => {
    const db = catalog.databases.get(database);
    if (!db) return [];
    const out = new Map<string, HoldingRole>();
    const add = (holder: HoldingRole): void => {
      if (holder.role === superuser || holder.role === PUBLIC || out.has(holder.role)) return;
      out.set(holder.role, holder);
    };
    add({ role: db.owner, via: 'owner', through: null, loc: db.ownerAt });
    for (const item of catalog.effectiveAcl(db)) {
      if (item.grantee !== PUBLIC && item.privileges.size > 0) add({ role: item.grantee, via: 'grant', through: null, loc: item.loc });
    }
    // Members of a holder reach the database through it (with its privileges, or by SET ROLE).
    const direct = [...out.keys()];
    for (const name of membersOf(direct)) {
      if (out.has(name) || name === superuser) continue;
      const parents = catalog.memberRoles(name);
      const via = direct.find((holder) => parents.has(holder));
      if (via) add({ role: name, via: 'membership', through: via, loc: membershipLoc(catalog, name, via) });
    }
    return [...out.values()];
  };

  const holders = (database: string): DatabaseHolder[] =>
    holdingRoles(database).map(({ role, via, through, loc }) => ({ role, via, privileges: privileges(role, database), through, loc }));

  // Only whether each holder may CONNECT: its privilege set is not listed and sorted (the JSON
  // output asks this for each of 3,500 databases).
  const grantedConnectors = (database: string): string[] =>
    holdingRoles(database)
      .filter((h) => h.via === 'owner' || catalog.privilegesOn(h.role, database).has('connect'))
      .map((h) => h.role);

  let entries: MatrixEntry[] | null = null;
  return {
    source,
    superuser,
    version: catalog.version,
    roles,
    databases,
    stop: outcome.stop,
    lost: outcome.lost,
    unevaluated: outcome.unevaluated,
    get entries() {
      entries ??= roles.flatMap((r) => databases.map((db) => ({ role: r.name, database: db.name, ...canConnect(r.name, db.name) })));
      return entries;
    },
    canConnect,
    privileges,
    publicConnect,
    grantedConnectors,
    holders,
  };
}

/** A database holder before its privileges are read. */
type HoldingRole = Omit<DatabaseHolder, 'privileges'>;

/**
 * A privilege set as a sorted list. ALL_PRIVILEGES is in sorted order: filtering it gives the
 * sorted list without sorting (Array.prototype.sort allocated ~12 MB over the holders of 3,500
 * databases); a set holding anything else is sorted as it is.
 */
export function sortedPrivileges(set: ReadonlySet<DatabasePrivilege>): DatabasePrivilege[] {
  const known = ALL_PRIVILEGES.filter((p) => set.has(p));
  return known.length === set.size ? known : [...set].sort();
}

/** The membership edge (from `role` up) on the way to `target`. */
function membershipLoc(catalog: Catalog, role: string, target: string): SourceLoc | null {
  const seen = new Set([role]);
  let frontier: { name: string; first: SourceLoc | null }[] = [{ name: role, first: null }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { name, first } of frontier) {
      for (const [parent, membership] of catalog.roles.get(name)?.memberOf ?? []) {
        if (seen.has(parent)) continue;
        const loc = first ?? membership.loc;
        if (parent === target) return loc;
        seen.add(parent);
        next.push({ name: parent, first: loc });
      }
    }
    frontier = next;
  }
  return null;
}
