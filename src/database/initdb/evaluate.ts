// Replays init scripts the way the official image runs them, on a model of the catalog: the
// entrypoint creates POSTGRES_DB, then runs each file in order (a `.sql` through psql with
// ON_ERROR_STOP, a `.sh` sourced under `set -e` or executed on its own); psql sends statements one
// by one (a `-c` string as one implicit transaction), and the server checks each one as PostgreSQL
// does: names that must (not) exist, transaction blocks, who may do what, ACL grantors, role
// membership cycles. The first error that stops the entrypoint ends the replay: what follows
// never runs. What cannot be known statically is listed, never guessed silently.
import { ALL_PRIVILEGES, Catalog, PUBLIC, aclGrant, aclNewOwner, aclRevoke, newDatabase, newRole, renameRoleEverywhere, type CatalogDatabase } from './catalog';
import type {
  Condition,
  DatabaseGrantStatement,
  DatabasePrivilege,
  InitScript,
  InitStatement,
  InitStep,
  PlStep,
  PsqlRun,
  RoleMembershipStatement,
  SourceLoc,
} from './types';

export interface EvaluateOptions {
  /** POSTGRES_USER: the bootstrap superuser that runs the scripts. */
  superuser: string;
  /** POSTGRES_DB (defaults to POSTGRES_USER): created by the entrypoint before the scripts run. */
  defaultDatabase?: string;
  /** The server's major version (membership options and syntax differ before 16). */
  version?: number;
  /** Where POSTGRES_DB is set (the compose file), for findings about that database. */
  defaultDatabaseLoc?: SourceLoc | null;
}

export interface InitProblem {
  loc: SourceLoc;
  message: string;
}

export interface InitOutcome {
  catalog: Catalog;
  /** The error that stopped the entrypoint: nothing after it ran. */
  stop: InitProblem | null;
  /** Work the server rolled back without an error (a transaction left open when psql ended). */
  lost: InitProblem[];
  /** Statements whose effect svclint cannot know statically. */
  unevaluated: { loc: SourceLoc; reason: string }[];
}

/** A newest major version: what `postgres:latest` runs. */
export const LATEST_MAJOR = 18;

interface SqlError {
  message: string;
  /** PL/pgSQL condition name (EXCEPTION WHEN …). */
  condition: string;
  loc: SourceLoc;
}

interface Transaction {
  snapshot: Catalog;
  session: SessionRoles;
  savepoints: { name: string; snapshot: Catalog; session: SessionRoles }[];
  aborted: boolean;
  /** SET LOCAL ROLE: the roles to go back to when the transaction ends. */
  localRestore: SessionRoles | null;
  loc: SourceLoc;
}

interface SessionRoles {
  sessionUser: string;
  currentRole: string;
}

interface Session extends SessionRoles {
  /** The role psql logged in as. */
  login: string;
  database: string;
  connected: boolean;
  tx: Transaction | null;
  onErrorStop: boolean;
  /** Inside a DO block or a multi-statement query string. */
  inFunction: boolean;
  inImplicitBlock: boolean;
}

class Stop {
  constructor(readonly kind: 'return' | 'quit') {}
}

const fail = (message: string, condition: string, loc: SourceLoc): SqlError => ({ message, condition, loc });

export function evaluateInit(files: readonly InitScript[], options: EvaluateOptions): InitOutcome {
  return new Evaluator(options).run(files);
}

class Evaluator {
  catalog: Catalog;
  readonly superuser: string;
  readonly defaultDatabase: string;
  readonly version: number;
  readonly outcome: InitOutcome;
  private readonly unevaluatedSeen = new Set<string>();

  constructor(private readonly options: EvaluateOptions) {
    this.superuser = options.superuser;
    this.defaultDatabase = options.defaultDatabase ?? options.superuser;
    this.version = options.version ?? LATEST_MAJOR;
    this.catalog = Catalog.initdb(this.version, this.superuser);
    this.outcome = { catalog: this.catalog, stop: null, lost: [], unevaluated: [] };
  }

  run(files: readonly InitScript[]): InitOutcome {
    // docker_setup_db: CREATE DATABASE :"POSTGRES_DB" unless it exists (`postgres` does).
    if (!this.catalog.databases.has(this.defaultDatabase)) {
      this.catalog.databases.set(this.defaultDatabase, newDatabase(this.defaultDatabase, this.superuser, this.options.defaultDatabaseLoc ?? null));
    }
    for (const script of files) {
      if (script.kind === 'ignored') continue;
      if (script.kind === 'unsupported') {
        this.note({ file: script.file, line: 1, column: 1 }, `${script.reason}; what it does is not known (run with --initdb-exec)`);
        continue;
      }
      for (const item of script.unevaluated) this.note(item.loc, item.reason);
      if (script.runs.length === 0 && script.errors.length > 0 && script.kind === 'sh') {
        // A shell script that does not parse: bash stops at the syntax error.
        const error = script.errors[0]!;
        this.outcome.stop = { loc: error.loc, message: error.message };
        break;
      }
      if (this.runScript(script.kind === 'sh', script.runs)) break;
    }
    this.outcome.catalog = this.catalog;
    return this.outcome;
  }

  /** Runs one file's psql processes; true when the entrypoint stops. */
  private runScript(shell: boolean, runs: readonly PsqlRun[]): boolean {
    for (const run of runs) {
      if (run.uncertain) this.note(run.loc, `a psql call ${run.uncertain}: whether and how often it runs is not known`);
      const error = this.runPsql(run);
      if (!error) continue;
      const stops = !shell || (!run.uncertain && (run.errexit || run.last));
      if (stops) {
        this.outcome.stop = { loc: error.loc, message: error.message };
        return true;
      }
    }
    return false;
  }

  /** One psql process; the error that makes it exit non-zero, if any. */
  private runPsql(run: PsqlRun): SqlError | null {
    if (run.unreachable) return fail(run.unreachable, 'connection_failure', run.loc);
    if (run.missingCommand)
      return fail(
        'docker_process_sql and the psql array exist only in a sourced script: this executable script cannot call them (the command is not found)',
        'undefined_function',
        run.loc,
      );
    const session: Session = {
      login: run.user ?? this.superuser,
      sessionUser: run.user ?? this.superuser,
      currentRole: run.user ?? this.superuser,
      database: run.database ?? this.defaultDatabase,
      connected: false,
      tx: null,
      onErrorStop: run.onErrorStop,
      inFunction: false,
      inImplicitBlock: false,
    };
    const refused = this.loginError(session.login, session.database);
    if (refused) return fail(`connection failed: ${refused}`, 'connection_failure', run.loc);
    session.connected = true;
    let status: SqlError | null = null;
    try {
      if (run.mode === 'command') {
        for (const command of run.commands ?? [run.steps]) {
          const error = this.runQueryString(command, session);
          status = error;
          if (error && session.onErrorStop) return error;
        }
        return status;
      }
      if (run.singleTransaction) this.begin(session, run.loc);
      for (const step of run.steps) {
        const error = this.step(step, session);
        if (error) {
          if (session.tx) session.tx.aborted = true;
          if (session.onErrorStop) {
            this.endSession(session, false);
            return error;
          }
        }
      }
      if (run.singleTransaction && session.tx) this.commit(session);
    } catch (signal) {
      if (!(signal instanceof Stop)) throw signal;
    }
    this.endSession(session, true);
    return null;
  }

  /** psql closes the connection: an open transaction is rolled back. */
  private endSession(session: Session, report: boolean): void {
    if (session.tx) {
      if (report && !session.tx.aborted)
        this.outcome.lost.push({
          loc: session.tx.loc,
          message: 'this transaction is never committed: when psql ends, the server rolls back everything since BEGIN',
        });
      this.rollbackTo(session, session.tx.snapshot, session.tx.session);
      session.tx = null;
    }
  }

  /** One `-c` string (or `\gexec` cell): several statements are one implicit transaction. */
  private runQueryString(steps: readonly InitStep[], session: Session): SqlError | null {
    // The server parses a whole query string before running any of it: a syntax error runs nothing.
    const syntax = steps.find((s) => s.kind === 'syntax-error');
    if (syntax && session.connected) return this.step(syntax, session);
    const statements = steps.filter((s) => s.kind !== 'on-error-stop');
    const implicit = statements.length > 1 && !session.tx && !statements.some((s) => s.kind === 'transaction');
    if (!implicit) {
      for (const step of steps) {
        const error = this.step(step, session);
        if (error) {
          if (session.tx) session.tx.aborted = true;
          return error;
        }
      }
      return null;
    }
    const snapshot = this.catalog.clone();
    const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
    session.inImplicitBlock = true;
    try {
      for (const step of steps) {
        const error = this.step(step, session);
        if (error) {
          this.rollbackTo(session, snapshot, roles);
          return error;
        }
      }
    } finally {
      session.inImplicitBlock = false;
    }
    return null;
  }

  private note(loc: SourceLoc, reason: string): void {
    const key = `${loc.file}:${loc.line}:${loc.column}:${reason}`;
    if (this.unevaluatedSeen.has(key)) return;
    this.unevaluatedSeen.add(key);
    this.outcome.unevaluated.push({ loc, reason });
  }

  // ------------------------------------------------------------------ steps

  private step(step: InitStep, session: Session): SqlError | null {
    switch (step.kind) {
      case 'syntax-error':
        return fail(step.message, 'syntax_error', step.loc);
      case 'unevaluated':
        this.note(step.loc, step.reason);
        return null;
      case 'on-error-stop':
        if (step.value === null) this.note(step.loc, 'ON_ERROR_STOP is set from a value svclint cannot know');
        else session.onErrorStop = step.value;
        return null;
      case 'quit':
        throw new Stop('quit');
      case 'connect':
        return this.connect(step, session);
    }
    if (!session.connected) return fail('you are currently not connected to a database', 'connection_does_not_exist', step.loc);
    const tx = session.tx;
    if (tx?.aborted && !(step.kind === 'transaction' && (step.action === 'rollback' || step.action === 'commit' || step.action === 'rollback-to'))) {
      return fail('current transaction is aborted, commands ignored until end of transaction block', 'in_failed_sql_transaction', step.loc);
    }
    return this.statement(step, session);
  }

  private connect(step: Extract<InitStep, { kind: 'connect' }>, session: Session): SqlError | null {
    const database = step.target ?? session.database;
    const user = step.user ?? session.login;
    this.endSession(session, true);
    const refused = this.loginError(user, database);
    if (refused) {
      session.connected = false;
      return fail(`\\connect: connection failed: ${refused}`, 'connection_failure', step.loc);
    }
    Object.assign(session, { login: user, sessionUser: user, currentRole: user, database, connected: true, tx: null });
    return null;
  }

  /** Why the server refuses a login, or null. */
  private loginError(user: string, database: string): string | null {
    const db = this.catalog.databases.get(database);
    if (!db) return `database "${database}" does not exist`;
    const role = this.catalog.roles.get(user);
    if (!role) return `role "${user}" does not exist`;
    if (!role.login) return `role "${user}" is not permitted to log in`;
    if (!db.allowConnections) return `database "${database}" is not currently accepting connections`;
    if (!this.catalog.privilegesOn(user, database).has('connect')) return `permission denied for database "${database}"`;
    return null;
  }

  private statement(statement: InitStatement, session: Session): SqlError | null {
    const loc = statement.loc;
    const cur = session.currentRole;
    const superuser = this.catalog.isSuperuser(cur);
    const unchecked = (): SqlError | null => {
      this.note(loc, `'${cur}' is not a superuser here: svclint does not check what it may do for this statement`);
      return null;
    };
    switch (statement.kind) {
      case 'transaction':
        return this.transaction(statement, session);
      case 'set-role':
        return this.setRole(statement.role, statement.local, session, loc);
      case 'set-session-authorization': {
        if (!this.catalog.isSuperuser(session.login)) return fail('permission denied to set session authorization', 'insufficient_privilege', loc);
        const role = statement.role === null ? session.login : this.roleName(statement.role, session);
        if (!this.catalog.roles.has(role)) return fail(`role "${role}" does not exist`, 'undefined_object', loc);
        session.sessionUser = role;
        session.currentRole = role;
        return null;
      }
      case 'create-role':
        if (!superuser) return unchecked();
        return this.createRole(statement, session);
      case 'alter-role': {
        const name = this.roleName(statement.role, session);
        const role = this.catalog.roles.get(name);
        if (!role) return fail(`role "${name}" does not exist`, 'undefined_object', loc);
        if (!superuser) return unchecked();
        if (statement.superuser !== null && name === this.superuser && !statement.superuser)
          return fail('permission denied to alter role: the bootstrap superuser must stay a superuser', 'insufficient_privilege', loc);
        if (statement.login !== null) {
          role.login = statement.login;
          role.loginAt = loc;
        }
        if (statement.superuser !== null) {
          role.superuser = statement.superuser;
          role.superuserAt = statement.superuser ? loc : null;
        }
        if (statement.inherit !== null) role.inherit = statement.inherit;
        if (statement.createdb !== null) role.createdb = statement.createdb;
        if (statement.createrole !== null) role.createrole = statement.createrole;
        return null;
      }
      case 'create-database':
        return this.createDatabase(statement, session);
      case 'alter-database-owner':
        return this.alterOwner(statement.name, this.roleName(statement.owner, session), session, loc);
      case 'grant-database':
      case 'revoke-database':
        return this.grantDatabase(statement, session);
      case 'grant-role':
      case 'revoke-role':
        if (statement.since16 && this.version < 16)
          return fail(
            `syntax error at or near "${statement.options.inherit !== undefined || statement.optionOnly === 'inherit' ? 'INHERIT' : 'SET'}" (WITH INHERIT / SET options need PostgreSQL 16)`,
            'syntax_error',
            loc,
          );
        if (!superuser) return unchecked();
        return this.grantRole(statement, session);
      case 'create-extension': {
        const db = this.catalog.databases.get(session.database);
        if (db && !db.extensions.some((e) => e.name === statement.name)) db.extensions.push({ name: statement.name, loc });
        return null;
      }
      case 'drop-role':
        if (!superuser) return unchecked();
        return this.dropRole(
          statement.roles.map((r) => this.roleName(r, session)),
          statement.missingOk,
          session,
          loc,
        );
      case 'drop-database':
        return this.dropDatabase(statement.name, statement.missingOk, session, loc);
      case 'rename-database':
        return this.renameDatabase(statement.from, statement.to, session, loc);
      case 'rename-role':
        if (!superuser) return unchecked();
        return this.renameRole(this.roleName(statement.from, session), statement.to, session, loc);
      case 'reassign-owned':
      case 'drop-owned':
        if (!superuser) return unchecked();
        return this.owned(
          statement.kind,
          statement.roles.map((r) => this.roleName(r, session)),
          statement.newOwner ? this.roleName(statement.newOwner, session) : null,
          loc,
        );
      case 'connect':
        return this.connect(statement, session);
      case 'gexec':
        return this.gexec(statement, session);
      case 'do':
        return this.doBlock(statement, session);
      case 'other': {
        for (const role of statement.roles ?? []) {
          const name = this.roleName(role, session);
          if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, 'undefined_object', loc);
        }
        for (const database of statement.databases ?? []) {
          if (!this.catalog.databases.has(database)) return fail(`database "${database}" does not exist`, 'invalid_catalog_name', loc);
        }
        for (const role of statement.dependents ?? []) {
          const state = this.catalog.roles.get(this.roleName(role, session));
          if (state) state.otherDependencies = true;
        }
        // Objects created while another role is current belong to it: DROP ROLE refuses to drop it.
        if (cur !== this.superuser && /^(Create|Alter|Define|Comment|Index|View|Rule|Composite)/.test(statement.node)) {
          const state = this.catalog.roles.get(cur);
          if (state) state.otherDependencies = true;
        }
        return null;
      }
    }
  }

  /** CURRENT_USER, SESSION_USER, CURRENT_ROLE as the role they name. */
  private roleName(name: string, session: SessionRoles): string {
    if (name === 'current_user' || name === 'current_role') return session.currentRole;
    if (name === 'session_user') return session.sessionUser;
    return name;
  }

  // ------------------------------------------------------------------ transactions

  private begin(session: Session, loc: SourceLoc): void {
    session.tx = {
      snapshot: this.catalog.clone(),
      session: { sessionUser: session.sessionUser, currentRole: session.currentRole },
      savepoints: [],
      aborted: false,
      localRestore: null,
      loc,
    };
  }

  private commit(session: Session): void {
    const tx = session.tx!;
    if (tx.aborted) this.rollbackTo(session, tx.snapshot, tx.session);
    else if (tx.localRestore) Object.assign(session, tx.localRestore);
    session.tx = null;
  }

  private rollbackTo(session: Session, snapshot: Catalog, roles: SessionRoles): void {
    this.catalog = snapshot;
    session.sessionUser = roles.sessionUser;
    session.currentRole = roles.currentRole;
  }

  private transaction(statement: Extract<InitStatement, { kind: 'transaction' }>, session: Session): SqlError | null {
    const loc = statement.loc;
    const tx = session.tx;
    switch (statement.action) {
      case 'begin':
        if (session.inFunction) return fail('BEGIN is not allowed in a DO block', 'invalid_transaction_termination', loc);
        if (!tx) this.begin(session, loc);
        return null;
      case 'commit':
        if (tx) this.commit(session);
        return null;
      case 'rollback':
        if (tx) {
          this.rollbackTo(session, tx.snapshot, tx.session);
          session.tx = null;
        }
        return null;
      case 'savepoint':
        if (!tx) return fail('SAVEPOINT can only be used in transaction blocks', 'no_active_sql_transaction', loc);
        tx.savepoints.push({
          name: statement.savepoint ?? '',
          snapshot: this.catalog.clone(),
          session: { sessionUser: session.sessionUser, currentRole: session.currentRole },
        });
        return null;
      case 'release':
      case 'rollback-to': {
        if (!tx)
          return fail(
            `${statement.action === 'release' ? 'RELEASE SAVEPOINT' : 'ROLLBACK TO SAVEPOINT'} can only be used in transaction blocks`,
            'no_active_sql_transaction',
            loc,
          );
        const index = tx.savepoints.map((s) => s.name).lastIndexOf(statement.savepoint ?? '');
        if (index < 0) return fail(`savepoint "${statement.savepoint}" does not exist`, 'invalid_savepoint_specification', loc);
        const savepoint = tx.savepoints[index]!;
        if (statement.action === 'release') tx.savepoints.splice(index);
        else {
          tx.savepoints.splice(index + 1);
          this.rollbackTo(session, savepoint.snapshot.clone(), savepoint.session);
          tx.aborted = false;
        }
        return null;
      }
      case 'prepare':
        this.note(loc, 'prepared transactions are not evaluated');
        return null;
    }
  }

  private setRole(role: string | null, local: boolean, session: Session, loc: SourceLoc): SqlError | null {
    const target = role === null ? session.sessionUser : this.roleName(role, session);
    if (role !== null) {
      if (!this.catalog.roles.has(target)) return fail(`role "${target}" does not exist`, 'undefined_object', loc);
      if (!this.catalog.canSetRole(session.sessionUser, target)) return fail(`permission denied to set role "${target}"`, 'insufficient_privilege', loc);
    }
    if (local) {
      if (!session.tx) return null; // SET LOCAL outside a transaction block has no effect (a warning)
      session.tx.localRestore ??= { sessionUser: session.sessionUser, currentRole: session.currentRole };
    }
    session.currentRole = target;
    return null;
  }

  // ------------------------------------------------------------------ roles

  private createRole(statement: Extract<InitStatement, { kind: 'create-role' }>, session: Session): SqlError | null {
    const loc = statement.loc;
    const name = statement.role;
    if (/^pg_/.test(name)) return fail(`role name "${name}" is reserved`, 'reserved_name', loc);
    if (this.catalog.roles.has(name)) return fail(`role "${name}" already exists`, 'duplicate_object', loc);
    const parents = statement.memberOf.map((r) => this.roleName(r, session));
    const members = statement.members.map((r) => this.roleName(r, session));
    for (const other of [...parents, ...members]) {
      if (other === name || !this.catalog.roles.has(other)) return fail(`role "${other}" does not exist`, 'undefined_object', loc);
    }
    const role = newRole(name, loc);
    Object.assign(role, {
      login: statement.login,
      superuser: statement.superuser,
      inherit: statement.inherit,
      createdb: statement.createdb,
      createrole: statement.createrole,
    });
    if (statement.superuser) role.superuserAt = loc;
    if (statement.login) role.loginAt = loc;
    this.catalog.roles.set(name, role);
    for (const parent of parents) role.memberOf.set(parent, this.newMembership(role.inherit, false, loc));
    const admins = new Set(statement.admins.map((r) => this.roleName(r, session)));
    for (const member of members) {
      const state = this.catalog.roles.get(member)!;
      state.memberOf.set(name, this.newMembership(state.inherit, admins.has(member), loc));
    }
    return null;
  }

  private newMembership(memberInherits: boolean, admin: boolean, loc: SourceLoc, options: { inherit?: boolean; set?: boolean } = {}) {
    return { admin, inherit: options.inherit ?? (this.version >= 16 ? memberInherits : true), set: options.set ?? true, loc };
  }

  private grantRole(statement: RoleMembershipStatement, session: Session): SqlError | null {
    const loc = statement.loc;
    const roles = statement.roles.map((r) => this.roleName(r, session));
    const members = statement.grantees.map((r) => this.roleName(r, session));
    for (const name of [...roles, ...members]) {
      if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, 'undefined_object', loc);
    }
    if (statement.kind === 'revoke-role') {
      for (const role of roles) {
        for (const member of members) {
          const state = this.catalog.roles.get(member)!;
          const membership = state.memberOf.get(role);
          if (!membership) continue; // WARNING: role is not a member
          if (statement.optionOnly === null) state.memberOf.delete(role);
          else membership[statement.optionOnly] = false;
        }
      }
      return null;
    }
    // Check every pair before changing anything: one statement, all or nothing.
    for (const role of roles) {
      for (const member of members) {
        if (this.catalog.memberRoles(role).has(member)) return fail(`role "${role}" is a member of role "${member}"`, 'invalid_grant_operation', loc);
      }
    }
    for (const role of roles) {
      for (const member of members) {
        const state = this.catalog.roles.get(member)!;
        const existing = state.memberOf.get(role);
        if (!existing) {
          state.memberOf.set(role, this.newMembership(state.inherit, statement.options.admin === true, loc, statement.options));
          continue;
        }
        // Already a member: the options given are updated (a NOTICE when nothing changes).
        if (statement.options.admin === true && !existing.admin) existing.admin = true;
        if (this.version >= 16) {
          if (statement.options.inherit !== undefined) existing.inherit = statement.options.inherit;
          if (statement.options.set !== undefined) existing.set = statement.options.set;
        }
      }
    }
    return null;
  }

  private dropRole(names: string[], missingOk: boolean, session: Session, loc: SourceLoc): SqlError | null {
    const dropping: string[] = [];
    for (const name of names) {
      const role = this.catalog.roles.get(name);
      if (!role) {
        if (missingOk) continue;
        return fail(`role "${name}" does not exist`, 'undefined_object', loc);
      }
      if (name === session.sessionUser) return fail('session user cannot be dropped', 'object_in_use', loc);
      if (name === session.currentRole) return fail('current user cannot be dropped', 'object_in_use', loc);
      if (role.builtin) return fail(`cannot drop role ${name} because it is required by the database system`, 'dependent_objects_still_exist', loc);
      dropping.push(name);
    }
    for (const name of dropping) {
      const role = this.catalog.roles.get(name)!;
      const dependent =
        role.otherDependencies ||
        [...this.catalog.databases.values()].some((db) => db.owner === name || (db.acl ?? []).some((i) => i.grantee === name || i.grantor === name));
      if (dependent) return fail(`role "${name}" cannot be dropped because some objects depend on it`, 'dependent_objects_still_exist', loc);
    }
    for (const name of dropping) {
      this.catalog.roles.delete(name);
      for (const other of this.catalog.roles.values()) other.memberOf.delete(name);
    }
    return null;
  }

  private renameRole(from: string, to: string, session: Session, loc: SourceLoc): SqlError | null {
    const role = this.catalog.roles.get(from);
    if (!role) return fail(`role "${from}" does not exist`, 'undefined_object', loc);
    if (from === session.sessionUser) return fail('session user cannot be renamed', 'feature_not_supported', loc);
    if (from === session.currentRole) return fail('current user cannot be renamed', 'feature_not_supported', loc);
    if (role.builtin && from !== this.superuser) return fail(`role name "${from}" is reserved`, 'reserved_name', loc);
    if (/^pg_/.test(to)) return fail(`role name "${to}" is reserved`, 'reserved_name', loc);
    if (this.catalog.roles.has(to)) return fail(`role "${to}" already exists`, 'duplicate_object', loc);
    renameRoleEverywhere(this.catalog, from, to);
    return null;
  }

  private owned(kind: 'reassign-owned' | 'drop-owned', roles: string[], newOwner: string | null, loc: SourceLoc): SqlError | null {
    for (const name of [...roles, ...(newOwner ? [newOwner] : [])]) {
      if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, 'undefined_object', loc);
    }
    if (roles.includes(this.superuser)) {
      return fail(
        `cannot ${kind === 'reassign-owned' ? 'reassign ownership of' : 'drop'} objects owned by role ${this.superuser} because they are required by the database system`,
        'dependent_objects_still_exist',
        loc,
      );
    }
    for (const db of this.catalog.databases.values()) {
      if (kind === 'reassign-owned') {
        if (roles.includes(db.owner) && newOwner && db.owner !== newOwner) {
          aclNewOwner(db, db.owner, newOwner);
          db.owner = newOwner;
          db.ownerAt = loc;
        }
      } else if (db.acl) {
        // DROP OWNED revokes the privileges granted to the roles (and what they passed on) on
        // databases they do not own; an owner's own entry is no grant (and databases are not dropped).
        for (const role of roles) {
          if (db.owner === role) continue;
          for (const item of [...db.acl].filter((i) => i.grantee === role)) aclRevoke(db, role, item.grantor, ALL_PRIVILEGES, false, true);
        }
      }
    }
    if (kind === 'drop-owned') for (const role of roles) this.catalog.roles.get(role)!.otherDependencies = false;
    return null;
  }

  // ------------------------------------------------------------------ databases

  private blockError(what: string, session: Session, loc: SourceLoc): SqlError | null {
    if (session.inFunction) return fail(`${what} cannot be executed from a function`, 'active_sql_transaction', loc);
    if (session.tx || session.inImplicitBlock) return fail(`${what} cannot run inside a transaction block`, 'active_sql_transaction', loc);
    return null;
  }

  private createDatabase(statement: Extract<InitStatement, { kind: 'create-database' }>, session: Session): SqlError | null {
    const loc = statement.loc;
    const blocked = this.blockError('CREATE DATABASE', session, loc);
    if (blocked) return blocked;
    const cur = session.currentRole;
    const creator = this.catalog.roles.get(cur);
    const superuser = this.catalog.isSuperuser(cur);
    if (!superuser && !creator?.createdb) return fail('permission denied to create database', 'insufficient_privilege', loc);
    const owner = statement.owner === null ? cur : this.roleName(statement.owner, session);
    if (!this.catalog.roles.has(owner)) return fail(`role "${owner}" does not exist`, 'undefined_object', loc);
    if (!superuser && !this.catalog.canSetRole(cur, owner)) {
      return fail(this.version >= 16 ? `must be able to SET ROLE "${owner}"` : `must be member of role "${owner}"`, 'insufficient_privilege', loc);
    }
    const template = statement.template ?? 'template1';
    const source = this.catalog.databases.get(template);
    if (!source) return fail(`template database "${template}" does not exist`, 'undefined_database', loc);
    if (!superuser && !['template0', 'template1'].includes(template) && !this.catalog.privilegeRoles(cur).includes(source.owner)) {
      return fail(`permission denied to copy database "${template}"`, 'insufficient_privilege', loc);
    }
    if (this.catalog.databases.has(statement.name)) return fail(`database "${statement.name}" already exists`, 'duplicate_database', loc);
    this.catalog.databases.set(statement.name, newDatabase(statement.name, owner, loc));
    return null;
  }

  private mustOwn(db: CatalogDatabase, session: Session, loc: SourceLoc): SqlError | null {
    const cur = session.currentRole;
    if (this.catalog.isSuperuser(cur) || this.catalog.privilegeRoles(cur).includes(db.owner)) return null;
    return fail(`must be owner of database ${db.name}`, 'insufficient_privilege', loc);
  }

  private alterOwner(name: string, owner: string, session: Session, loc: SourceLoc): SqlError | null {
    const db = this.catalog.databases.get(name);
    if (!db) return fail(`database "${name}" does not exist`, 'invalid_catalog_name', loc);
    if (!this.catalog.roles.has(owner)) return fail(`role "${owner}" does not exist`, 'undefined_object', loc);
    if (db.owner === owner) return null;
    const cur = session.currentRole;
    if (!this.catalog.isSuperuser(cur)) {
      const notOwner = this.mustOwn(db, session, loc);
      if (notOwner) return notOwner;
      if (!this.catalog.canSetRole(cur, owner))
        return fail(this.version >= 16 ? `must be able to SET ROLE "${owner}"` : `must be member of role "${owner}"`, 'insufficient_privilege', loc);
      if (!this.catalog.roles.get(cur)?.createdb) return fail('permission denied to change owner of database', 'insufficient_privilege', loc);
    }
    aclNewOwner(db, db.owner, owner);
    db.owner = owner;
    db.ownerAt = loc;
    return null;
  }

  private dropDatabase(name: string, missingOk: boolean, session: Session, loc: SourceLoc): SqlError | null {
    const blocked = this.blockError('DROP DATABASE', session, loc);
    if (blocked) return blocked;
    const db = this.catalog.databases.get(name);
    if (!db) return missingOk ? null : fail(`database "${name}" does not exist`, 'invalid_catalog_name', loc);
    const notOwner = this.mustOwn(db, session, loc);
    if (notOwner) return notOwner;
    if (name === 'template0' || name === 'template1') return fail('cannot drop a template database', 'wrong_object_type', loc);
    if (name === session.database) return fail('cannot drop the currently open database', 'object_in_use', loc);
    this.catalog.databases.delete(name);
    return null;
  }

  private renameDatabase(from: string, to: string, session: Session, loc: SourceLoc): SqlError | null {
    const db = this.catalog.databases.get(from);
    if (!db) return fail(`database "${from}" does not exist`, 'invalid_catalog_name', loc);
    if (this.catalog.databases.has(to)) return fail(`database "${to}" already exists`, 'duplicate_database', loc);
    if (from === session.database) return fail('current database cannot be renamed', 'feature_not_supported', loc);
    if (!this.catalog.isSuperuser(session.currentRole)) {
      const notOwner = this.mustOwn(db, session, loc);
      if (notOwner) return notOwner;
      if (!this.catalog.roles.get(session.currentRole)?.createdb) return fail('permission denied to rename database', 'insufficient_privilege', loc);
    }
    this.catalog.databases.delete(from);
    db.name = to;
    this.catalog.databases.set(to, db);
    return null;
  }

  private grantDatabase(statement: DatabaseGrantStatement, session: Session): SqlError | null {
    const loc = statement.loc;
    const isGrant = statement.kind === 'grant-database';
    if (statement.invalidPrivileges.length > 0)
      return fail(`invalid privilege type ${statement.invalidPrivileges[0]!.toUpperCase()} for database`, 'invalid_grant_operation', loc);
    const databases: CatalogDatabase[] = [];
    for (const name of statement.databases) {
      const db = this.catalog.databases.get(name);
      if (!db) return fail(`database "${name}" does not exist`, 'invalid_catalog_name', loc);
      databases.push(db);
    }
    const grantees = statement.grantees.map((g) => (g === PUBLIC ? PUBLIC : this.roleName(g, session)));
    for (const grantee of grantees) {
      if (grantee !== PUBLIC && !this.catalog.roles.has(grantee)) return fail(`role "${grantee}" does not exist`, 'undefined_object', loc);
    }
    if (isGrant && statement.grantOption && grantees.includes(PUBLIC))
      return fail('grant options can only be granted to roles', 'invalid_grant_operation', loc);
    // Work on copies: a REVOKE that fails half-way (dependent privileges) changes nothing. One
    // database and one grantee (nearly every GRANT/REVOKE of an init script; 7,000 at 10,000
    // services) has no half-way: every check comes before its one change (a failing aclRevoke may
    // only have made a default ACL explicit: put back). So it works on the database itself.
    const inPlace = databases.length === 1 && grantees.length === 1;
    const updated = inPlace ? null : new Map<CatalogDatabase, CatalogDatabase>();
    for (const db of databases) {
      const aclBefore = db.acl;
      const target: CatalogDatabase = inPlace
        ? db
        : { ...db, acl: db.acl ? db.acl.map((i) => ({ ...i, privileges: new Set(i.privileges), grantOptions: new Set(i.grantOptions) })) : null };
      const grantor = this.bestGrantor(target, session.currentRole, statement.privileges);
      if (grantor.error) return fail(grantor.error, 'insufficient_privilege', loc);
      if (grantor.privileges.length === 0) continue; // WARNING: no privileges were granted / could be revoked
      for (const grantee of grantees) {
        if (isGrant) {
          // The owner always holds grant options: granting them back to it is no circle.
          if (statement.grantOption && grantee === grantor.role && grantor.role !== target.owner)
            return fail('grant options cannot be granted back to your own grantor', 'invalid_grant_operation', loc);
          aclGrant(target, grantee, grantor.role, grantor.privileges, statement.grantOption, loc);
        } else {
          const error = aclRevoke(target, grantee, grantor.role, grantor.privileges, statement.grantOptionOnly, statement.cascade);
          if (error) {
            if (inPlace) db.acl = aclBefore;
            return fail(error, 'dependent_privileges_exist', loc);
          }
        }
        if (grantee === PUBLIC && grantor.privileges.includes('connect') && !statement.grantOptionOnly) target.publicChangedAt = loc;
      }
      updated?.set(db, target);
    }
    if (updated) for (const [db, copy] of updated) Object.assign(db, { acl: copy.acl, publicChangedAt: copy.publicChangedAt });
    return null;
  }

  /**
   * select_best_grantor: the owner when the current role has the owner's privileges (superusers
   * too); else the role among those it has privileges of that holds the most grant options.
   */
  private bestGrantor(db: CatalogDatabase, cur: string, wanted: DatabasePrivilege[]): { role: string; privileges: DatabasePrivilege[]; error?: string } {
    // A superuser first: its roles are not needed then (init scripts run as one, thousands of grants).
    if (this.catalog.isSuperuser(cur)) return { role: db.owner, privileges: wanted };
    const roles = this.catalog.privilegeRoles(cur);
    if (roles.includes(db.owner)) return { role: db.owner, privileges: wanted };
    let best: { role: string; options: DatabasePrivilege[] } | null = null;
    for (const role of roles) {
      const options = new Set<DatabasePrivilege>();
      for (const item of this.catalog.effectiveAcl(db)) if (item.grantee === role) for (const p of item.grantOptions) options.add(p);
      const usable = wanted.filter((p) => options.has(p));
      if (!best || usable.length > best.options.length) best = { role, options: usable };
    }
    if (best && best.options.length > 0) return { role: best.role, privileges: best.options };
    if (this.catalog.privilegesOn(cur, db.name).size > 0) return { role: cur, privileges: [] };
    return { role: cur, privileges: [], error: `permission denied for database ${db.name}` };
  }

  // ------------------------------------------------------------------ psql \gexec and DO

  private condition(condition: Condition, loc: SourceLoc): boolean {
    switch (condition.kind) {
      case 'const':
        return condition.value;
      case 'not':
        return !this.condition(condition.arg, loc);
      case 'and':
        return condition.args.every((c) => this.condition(c, loc));
      case 'or':
        return condition.args.some((c) => this.condition(c, loc));
      case 'exists':
        return condition.catalog === 'role' ? this.catalog.roles.has(condition.name) : this.catalog.databases.has(condition.name);
      case 'unknown':
        this.note(loc, `a condition svclint cannot evaluate (${condition.text.replace(/\s+/g, ' ').slice(0, 80)}); svclint assumes it holds`);
        return true;
    }
  }

  private gexec(statement: Extract<InitStatement, { kind: 'gexec' }>, session: Session): SqlError | null {
    if (!this.condition(statement.condition, statement.loc)) return null;
    for (const cell of statement.cells) {
      const error = this.runQueryString(cell, session);
      if (error) return error;
    }
    return null;
  }

  private doBlock(statement: Extract<InitStatement, { kind: 'do' }>, session: Session): SqlError | null {
    if (statement.error) return fail(statement.error, 'syntax_error', statement.loc);
    if (!statement.body) {
      this.note(statement.loc, 'a DO block svclint cannot read');
      return null;
    }
    const snapshot = this.catalog.clone();
    const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
    const wasInFunction = session.inFunction;
    session.inFunction = true;
    try {
      const error = this.plSteps(statement.body, session);
      if (error) {
        this.rollbackTo(session, snapshot, roles);
        return error;
      }
    } catch (signal) {
      if (!(signal instanceof Stop && signal.kind === 'return')) throw signal;
    } finally {
      session.inFunction = wasInFunction;
    }
    return null;
  }

  private plSteps(steps: readonly PlStep[], session: Session): SqlError | null {
    for (const step of steps) {
      const error = this.plStep(step, session);
      if (error) return error;
    }
    return null;
  }

  private plStep(step: PlStep, session: Session): SqlError | null {
    switch (step.kind) {
      case 'sql':
        return this.step(step.step, session);
      case 'unevaluated':
        this.note(step.loc, step.reason);
        return null;
      case 'raise':
        return fail(step.message, 'raise_exception', step.loc);
      case 'return':
        throw new Stop('return');
      case 'if': {
        for (const branch of step.branches) if (this.condition(branch.condition, step.loc)) return this.plSteps(branch.body, session);
        return this.plSteps(step.otherwise, session);
      }
      case 'block': {
        if (step.handlers.length === 0) return this.plSteps(step.body, session);
        const snapshot = this.catalog.clone();
        const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
        const error = this.plSteps(step.body, session);
        if (!error) return null;
        const handler = step.handlers.find((h) => h.conditions.some((c) => c === error.condition || (c === 'others' && error.condition !== 'query_canceled')));
        if (!handler) return error;
        this.rollbackTo(session, snapshot, roles);
        return this.plSteps(handler.body, session);
      }
    }
  }
}
