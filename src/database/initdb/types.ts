// The model of Postgres init scripts (files mounted at /docker-entrypoint-initdb.d) that the
// database rules read. Pure data: no parser objects leak out, and no password text is kept.
import type { SourceLoc } from '../../files/types';

export type { SourceLoc };

/** How a password was given. The text itself is never kept. */
export type PasswordKind =
  /** No PASSWORD clause, or PASSWORD NULL. */
  | 'none'
  /** A literal string: a secret written into the script. */
  | 'literal'
  /** A `${VAR}` / `$VAR` / `$(cmd)` / psql `:'var'` inside the value: filled in (or not) at run time. */
  | 'placeholder';

export type DatabasePrivilege = 'connect' | 'create' | 'temp';

/** Fields every statement carries. */
interface StatementBase {
  /** Position of the statement's first token (in a `.sh` script: the line and column in the `.sh` file). */
  loc: SourceLoc;
  /**
   * Database the statement runs in: from `\connect` or `psql -d`; null = the entrypoint's
   * default database (POSTGRES_DB, which defaults to POSTGRES_USER).
   */
  database: string | null;
}

export interface CreateRoleStatement extends StatementBase {
  kind: 'create-role';
  /** Role name as Postgres stores it (unquoted identifiers are lower-cased). A name from an unknown variable contains UNKNOWN. */
  role: string;
  /** CREATE USER implies LOGIN; CREATE ROLE implies NOLOGIN unless LOGIN is given. */
  login: boolean;
  superuser: boolean;
  /** INHERIT is the default; NOINHERIT turns it off. */
  inherit: boolean;
  createdb: boolean;
  createrole: boolean;
  password: PasswordKind;
  /** `IN ROLE x`: the new role becomes a member of x. */
  memberOf: string[];
  /** `ROLE x` / `ADMIN x`: x becomes a member of the new role. */
  members: string[];
  /** `ADMIN x`: x becomes a member with the admin option (also listed in `members`). */
  admins: string[];
}

export interface AlterRoleStatement extends StatementBase {
  kind: 'alter-role';
  role: string;
  /** null when the statement does not touch the password. */
  password: PasswordKind | null;
  /** null when the statement does not change it. */
  login: boolean | null;
  superuser: boolean | null;
  inherit: boolean | null;
  createdb: boolean | null;
  createrole: boolean | null;
}

export interface CreateDatabaseStatement extends StatementBase {
  kind: 'create-database';
  name: string;
  /** OWNER clause; null = the role running the statement (POSTGRES_USER, or the role set by SET ROLE). */
  owner: string | null;
  template: string | null;
}

export interface AlterDatabaseOwnerStatement extends StatementBase {
  kind: 'alter-database-owner';
  name: string;
  owner: string;
}

export interface DatabaseGrantStatement extends StatementBase {
  kind: 'grant-database' | 'revoke-database';
  /** ALL [PRIVILEGES] expands to all three. */
  privileges: DatabasePrivilege[];
  /** Privilege words that are not database privileges (GRANT SELECT ON DATABASE): the server refuses the statement. */
  invalidPrivileges: string[];
  databases: string[];
  /** Role names; PUBLIC is 'public'; CURRENT_USER / SESSION_USER / CURRENT_ROLE as written in lower case. */
  grantees: string[];
  /** GRANT ... WITH GRANT OPTION. */
  grantOption: boolean;
  /** REVOKE GRANT OPTION FOR ...: only the grant option goes, the privilege stays. */
  grantOptionOnly: boolean;
  /** REVOKE ... CASCADE. */
  cascade: boolean;
}

export interface RoleMembershipStatement extends StatementBase {
  kind: 'grant-role' | 'revoke-role';
  /** The roles granted (GRANT <roles> TO ...). */
  roles: string[];
  /** Who becomes (or stops being) a member. */
  grantees: string[];
  /**
   * Membership options given (GRANT ... WITH ADMIN OPTION / WITH INHERIT FALSE / WITH SET TRUE);
   * for REVOKE: the option named by REVOKE <option> OPTION FOR, the membership itself stays.
   */
  options: { admin?: boolean; inherit?: boolean; set?: boolean };
  /** REVOKE <option> OPTION FOR: which option is revoked (null: the membership itself). */
  optionOnly: 'admin' | 'inherit' | 'set' | null;
  /** The statement uses PostgreSQL 16+ syntax (WITH INHERIT / SET, REVOKE INHERIT|SET OPTION FOR). */
  since16: boolean;
}

export interface CreateExtensionStatement extends StatementBase {
  kind: 'create-extension';
  name: string;
}

export interface DropRoleStatement extends StatementBase {
  kind: 'drop-role';
  roles: string[];
  missingOk: boolean;
}

export interface DropDatabaseStatement extends StatementBase {
  kind: 'drop-database';
  name: string;
  missingOk: boolean;
}

export interface RenameStatement extends StatementBase {
  kind: 'rename-role' | 'rename-database';
  from: string;
  to: string;
}

export interface OwnedStatement extends StatementBase {
  /** REASSIGN OWNED BY roles TO newOwner; DROP OWNED BY roles. */
  kind: 'reassign-owned' | 'drop-owned';
  roles: string[];
  newOwner: string | null;
}

export interface SetRoleStatement extends StatementBase {
  /** SET [LOCAL] ROLE r / RESET ROLE / SET ROLE NONE; SET SESSION AUTHORIZATION r / DEFAULT. */
  kind: 'set-role' | 'set-session-authorization';
  /** null: back to the session's (or the login's) role. */
  role: string | null;
  local: boolean;
}

export interface TransactionStatement extends StatementBase {
  kind: 'transaction';
  action: 'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollback-to' | 'prepare';
  savepoint: string | null;
}

/** psql's `\connect [db [user]]`: a new connection; '-' or null keeps the current value. */
export interface ConnectStatement extends StatementBase {
  kind: 'connect';
  target: string | null;
  user: string | null;
}

/** A condition svclint can evaluate against the catalog as it is at that point. */
export type Condition =
  | { kind: 'const'; value: boolean }
  | { kind: 'not'; arg: Condition }
  | { kind: 'and' | 'or'; args: Condition[] }
  | { kind: 'exists'; catalog: 'role' | 'database'; name: string }
  | { kind: 'unknown'; text: string };

/** `SELECT 'SQL' [WHERE condition] \gexec`: each cell of the one row is run as a query string. */
export interface GexecStatement extends StatementBase {
  kind: 'gexec';
  condition: Condition;
  /** One entry per cell, in order: the statements its text holds. */
  cells: InitStep[][];
}

/** A step of a PL/pgSQL body (DO block). */
export type PlStep =
  | { kind: 'sql'; step: InitStep }
  | { kind: 'if'; loc: SourceLoc; branches: { condition: Condition; body: PlStep[] }[]; otherwise: PlStep[] }
  | { kind: 'block'; loc: SourceLoc; body: PlStep[]; handlers: { conditions: string[]; body: PlStep[] }[] }
  | { kind: 'raise'; loc: SourceLoc; message: string }
  | { kind: 'return'; loc: SourceLoc }
  | { kind: 'unevaluated'; loc: SourceLoc; reason: string };

export interface DoStatement extends StatementBase {
  kind: 'do';
  /** null when the body is not PL/pgSQL svclint can read (another language, a syntax error). */
  body: PlStep[] | null;
  /** The body's compile error (a syntax error inside it): the server refuses the DO. */
  error: string | null;
}

export interface OtherStatement extends StatementBase {
  kind: 'other';
  /** Parse node type, e.g. 'CreateStmt', 'SelectStmt', 'GrantStmt' (a grant on a schema or table). */
  node: string;
  /** Roles and databases it names that must exist (ALTER ROLE r SET ..., COMMENT ON DATABASE d, GRANT ... TO r). */
  roles?: string[];
  databases?: string[];
  /** Roles it names as grantee or owner of other objects: dependencies DROP ROLE refuses to leave behind. */
  dependents?: string[];
}

export type InitStatement =
  | CreateRoleStatement
  | AlterRoleStatement
  | CreateDatabaseStatement
  | AlterDatabaseOwnerStatement
  | DatabaseGrantStatement
  | RoleMembershipStatement
  | CreateExtensionStatement
  | DropRoleStatement
  | DropDatabaseStatement
  | RenameStatement
  | OwnedStatement
  | SetRoleStatement
  | TransactionStatement
  | ConnectStatement
  | GexecStatement
  | DoStatement
  | OtherStatement;

/** Something psql does not send as a statement but that decides what runs. */
export type InitStep =
  | InitStatement
  /** A statement the server refuses to parse. */
  | { kind: 'syntax-error'; loc: SourceLoc; database: string | null; message: string }
  /** Something whose effect svclint cannot know statically: dynamic SQL, an unknown `\if`, `\i`, a name from an unknown variable. */
  | { kind: 'unevaluated'; loc: SourceLoc; database: string | null; reason: string; statement?: InitStatement }
  /** `\set ON_ERROR_STOP …`: null when the value is unknown. */
  | { kind: 'on-error-stop'; loc: SourceLoc; database: string | null; value: boolean | null }
  /** `\q`: psql stops reading. */
  | { kind: 'quit'; loc: SourceLoc; database: string | null };

/** Marks text that comes from a value svclint does not know (a psql or shell variable): never a real name. */
export const UNKNOWN = '\uE000';

/** One psql process: a `.sql` file, or one psql call of a `.sh` script. */
export interface PsqlRun {
  loc: SourceLoc;
  /** The role psql logs in as; null = POSTGRES_USER. */
  user: string | null;
  /** The database psql connects to; null = POSTGRES_DB. */
  database: string | null;
  /** -v ON_ERROR_STOP=1 (the image's docker_process_sql and every .sql file). */
  onErrorStop: boolean;
  /** `-c` strings (each sent as one query string, an implicit transaction) instead of a script. */
  mode: 'script' | 'command';
  /** -1 / --single-transaction. */
  singleTransaction: boolean;
  /** Steps in order; for `-c` runs, `commands` groups them per query string. */
  steps: InitStep[];
  /** For `-c` runs: the steps of each `-c`, in order. */
  commands?: InitStep[][];
  /** Why svclint cannot know whether (or how often) this psql call runs: shell control flow, unknown connection values. */
  uncertain: string | null;
  /** The shell's errexit (`set -e`) is on at this call (always for sourced scripts: the entrypoint runs with `set -e`). */
  errexit: boolean;
  /** The call is the script's last top-level command (an executed script's exit status is its status). */
  last: boolean;
  /** The command is not available where the script runs (`docker_process_sql` in an executed script): it fails. */
  missingCommand?: boolean;
  /** The connection fails for sure (`-h localhost`: the init server listens on its socket only). */
  unreachable?: string;
}

/** A problem reading the script: a SQL or shell syntax error, an unreadable file. Never fatal. */
export interface InitScriptError {
  message: string;
  loc: SourceLoc;
}

/** `${VAR}` / `$VAR` that reaches Postgres as literal text (a `.sql` file, a quoted here-document). */
export interface Placeholder {
  name: string;
  loc: SourceLoc;
}

/** A password given as a literal (no variable): the position of the literal, never its text. */
export interface LiteralPassword {
  role: string;
  loc: SourceLoc;
}

/** A psql backslash command (`\connect`, `\set`, `\gexec`, ...). Arguments are not kept (they may hold secrets). */
export interface MetaCommand {
  /** Without the backslash: 'connect', 'c', 'set', 'gexec'. */
  name: string;
  loc: SourceLoc;
}

export type InitScriptFormat = 'sql' | 'sql.gz' | 'sql.xz' | 'sql.zst' | 'sh';

export interface ParsedInitScript {
  kind: InitScriptFormat;
  /** Absolute path. */
  file: string;
  statements: InitStatement[];
  placeholders: Placeholder[];
  literalPasswords: LiteralPassword[];
  metaCommands: MetaCommand[];
  /** psql variables used (`:var`, `:'var'`, `:"var"`). */
  psqlVariables: Placeholder[];
  errors: InitScriptError[];
  /** The psql processes the script starts, in order (a `.sql` file is one). */
  runs: PsqlRun[];
  /** Things svclint cannot evaluate outside psql runs (shell `eval`, `createdb`, `psql -f`...). */
  unevaluated: { loc: SourceLoc; reason: string }[];
  /** `--` comments of the SQL a `.sh` script hands to psql (here-documents, `-c`), at their place in the script: suppression directives. */
  sqlComments?: { line: number; column: number; body: string }[];
}

/** A file the Postgres image would run that svclint cannot read (`.sql.xz`, `.sql.zst`). */
export interface UnsupportedInitScript {
  kind: 'unsupported';
  file: string;
  format: 'sql.xz' | 'sql.zst';
  reason: string;
}

/** A file the Postgres image ignores (README, .conf, ...). */
export interface IgnoredInitScript {
  kind: 'ignored';
  file: string;
}

export type InitScript = ParsedInitScript | UnsupportedInitScript | IgnoredInitScript;

// ---------------------------------------------------------------- privilege matrix

export type ConnectVia = 'owner' | 'grant' | 'public' | 'membership' | 'superuser';

export interface ConnectAnswer {
  allowed: boolean;
  via: ConnectVia | null;
  /** The statement that gives the access (CREATE/ALTER DATABASE, GRANT, GRANT role); null when implicit. */
  loc: SourceLoc | null;
}

export interface PublicConnectAnswer {
  allowed: boolean;
  /** Where the database is created; null when the scripts never create it. */
  createdAt: SourceLoc | null;
  /** The last GRANT/REVOKE that changed PUBLIC's CONNECT, if any. */
  changedAt: SourceLoc | null;
}

export interface MatrixRole {
  name: string;
  /** Created by the scripts (false: the bootstrap superuser and predefined roles). */
  created: boolean;
  createdAt: SourceLoc | null;
  login: boolean;
  superuser: boolean;
  /** Where SUPERUSER was given. */
  superuserAt: SourceLoc | null;
  inherit: boolean;
  /** Direct memberships (GRANT x TO name, IN ROLE x), in no particular order. */
  memberOf: { role: string; loc: SourceLoc | null; admin: boolean; inherit: boolean; set: boolean }[];
}

export interface MatrixGrant {
  /** Role name or 'public'. */
  grantee: string;
  grantor: string;
  privileges: DatabasePrivilege[];
  grantOptions: DatabasePrivilege[];
  /** The GRANT that last added to this item; null for the default ACL. */
  loc: SourceLoc | null;
}

export interface MatrixDatabase {
  name: string;
  created: boolean;
  createdAt: SourceLoc | null;
  /** Owner after all scripts ran (POSTGRES_USER when created without OWNER). */
  owner: string;
  /** Where ownership was set (CREATE DATABASE ... OWNER, ALTER DATABASE ... OWNER TO, REASSIGN OWNED). */
  ownerAt: SourceLoc | null;
  /** The ACL as the server applies it (the default one, PUBLIC: CONNECT+TEMP and the owner: all, until changed). */
  acl: MatrixGrant[];
  /** The ACL was never changed (datacl is NULL). */
  defaultAcl: boolean;
  extensions: { name: string; loc: SourceLoc }[];
}

export interface MatrixEntry extends ConnectAnswer {
  role: string;
  database: string;
}

/** A role that reaches a database other than through PUBLIC: how, and where that was given. */
export interface DatabaseHolder {
  role: string;
  via: 'owner' | 'grant' | 'membership';
  /** Privileges it holds (has_database_privilege); ownership and membership may give none directly. */
  privileges: DatabasePrivilege[];
  /** For membership: the role it is a member of. */
  through: string | null;
  loc: SourceLoc | null;
}

export interface InitProblem {
  loc: SourceLoc;
  message: string;
}

export interface PrivilegeMatrix {
  /** 'scripts': replayed statically; 'server': read from a real server's catalog (--initdb-exec, db-audit). */
  source: 'scripts' | 'server';
  superuser: string;
  /** The PostgreSQL major version the answers are for. */
  version: number;
  roles: MatrixRole[];
  databases: MatrixDatabase[];
  /** The error that stopped the init scripts: nothing after it ran. */
  stop: InitProblem | null;
  /** Work rolled back without an error (a transaction never committed). */
  lost: InitProblem[];
  /** What svclint could not evaluate statically (empty for a server's catalog). */
  unevaluated: { loc: SourceLoc; reason: string }[];
  /** canConnect for every (role, database) pair of `roles` x `databases` (computed on first read). */
  readonly entries: MatrixEntry[];
  canConnect(role: string, database: string): ConnectAnswer;
  /** has_database_privilege(role, database, p) for each privilege. */
  privileges(role: string, database: string): DatabasePrivilege[];
  publicConnect(database: string): PublicConnectAnswer;
  /** Roles that reach the database by ownership, a CONNECT grant or membership (not PUBLIC, not superuser). */
  grantedConnectors(database: string): string[];
  /** Every role (not the bootstrap superuser) that owns, holds a privilege on, or is a member of a role that does. */
  holders(database: string): DatabaseHolder[];
}
