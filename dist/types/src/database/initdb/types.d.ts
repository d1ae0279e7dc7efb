import type { SourceLoc } from '../../files/types';
export type { SourceLoc };
/** How a password was given. The text itself is never kept. */
export type PasswordKind = 
/** No PASSWORD clause, or PASSWORD NULL. */
'none'
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
    /** Role name as Postgres stores it (unquoted identifiers are lower-cased). `${VAR}` / `:var` when it comes from a variable. */
    role: string;
    /** CREATE USER implies LOGIN; CREATE ROLE implies NOLOGIN unless LOGIN is given. */
    login: boolean;
    superuser: boolean;
    password: PasswordKind;
    /** `IN ROLE x`: the new role becomes a member of x. */
    memberOf: string[];
    /** `ROLE x` / `ADMIN x`: x becomes a member of the new role. */
    members: string[];
}
export interface AlterRoleStatement extends StatementBase {
    kind: 'alter-role';
    role: string;
    /** null when the statement does not touch the password. */
    password: PasswordKind | null;
    /** null when the statement does not change it. */
    login: boolean | null;
    superuser: boolean | null;
}
export interface CreateDatabaseStatement extends StatementBase {
    kind: 'create-database';
    name: string;
    /** OWNER clause; null = the role running the script (POSTGRES_USER). */
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
    databases: string[];
    /** Role names; PUBLIC is 'public'; CURRENT_USER / SESSION_USER / CURRENT_ROLE as written in lower case. */
    grantees: string[];
}
export interface RoleMembershipStatement extends StatementBase {
    kind: 'grant-role' | 'revoke-role';
    /** The roles granted (GRANT <roles> TO ...). */
    roles: string[];
    /** Who becomes (or stops being) a member. */
    grantees: string[];
}
export interface CreateExtensionStatement extends StatementBase {
    kind: 'create-extension';
    name: string;
}
export interface OtherStatement extends StatementBase {
    kind: 'other';
    /** Parse node type, e.g. 'CreateStmt', 'SelectStmt', 'GrantStmt' (a grant on a schema or table). */
    node: string;
}
export type InitStatement = CreateRoleStatement | AlterRoleStatement | CreateDatabaseStatement | AlterDatabaseOwnerStatement | DatabaseGrantStatement | RoleMembershipStatement | CreateExtensionStatement | OtherStatement;
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
export type InitScriptFormat = 'sql' | 'sql.gz' | 'sh';
export interface ParsedInitScript {
    kind: InitScriptFormat;
    /** Absolute path. */
    file: string;
    statements: InitStatement[];
    placeholders: Placeholder[];
    literalPasswords: LiteralPassword[];
    metaCommands: MetaCommand[];
    /** psql variables used (`:var`, `:'var'`, `:"var"`): unknown values. */
    psqlVariables: Placeholder[];
    errors: InitScriptError[];
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
    /** Created by the scripts (false: only referenced, or the bootstrap superuser). */
    created: boolean;
    createdAt: SourceLoc | null;
    login: boolean;
    superuser: boolean;
    password: PasswordKind;
    /** Direct memberships (GRANT x TO name, IN ROLE x), in no particular order. */
    memberOf: {
        role: string;
        loc: SourceLoc | null;
    }[];
}
export interface MatrixGrant {
    /** Role name or 'public'. */
    grantee: string;
    privileges: DatabasePrivilege[];
    /** The GRANT that last added a privilege for this grantee; null for PUBLIC's implicit default. */
    loc: SourceLoc | null;
}
export interface MatrixDatabase {
    name: string;
    created: boolean;
    createdAt: SourceLoc | null;
    /** Owner after all scripts ran (POSTGRES_USER when created without OWNER or not created here). */
    owner: string;
    /** Where ownership was set (CREATE DATABASE ... OWNER or ALTER DATABASE ... OWNER TO). */
    ownerAt: SourceLoc | null;
    /** Privileges per grantee after all scripts ran (PUBLIC included, as 'public'). */
    acl: MatrixGrant[];
    extensions: {
        name: string;
        loc: SourceLoc;
    }[];
}
export interface MatrixEntry extends ConnectAnswer {
    role: string;
    database: string;
}
export interface PrivilegeMatrix {
    superuser: string;
    roles: MatrixRole[];
    databases: MatrixDatabase[];
    /** canConnect for every (role, database) pair of `roles` x `databases` (computed on first read). */
    readonly entries: MatrixEntry[];
    canConnect(role: string, database: string): ConnectAnswer;
    publicConnect(database: string): PublicConnectAnswer;
    /** Roles that reach the database by ownership, a CONNECT grant or membership (not PUBLIC, not superuser). */
    grantedConnectors(database: string): string[];
}
