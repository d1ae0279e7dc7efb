// Parse-tree nodes (libpg-query JSON) -> the InitStatement model. Only the statements the database
// rules need are modelled; the rest become 'other' with their node type.
import type { RawStatement } from './pg-parser';
import { UNKNOWN, type DatabasePrivilege, type InitStatement, type PasswordKind, type SourceLoc, type TransactionStatement } from './types';

type Node = Record<string, unknown>;

export interface StatementContext {
  /** The prepared text the statement was parsed from (for locating tokens). */
  text: string;
  loc(at: number): SourceLoc;
  database: string | null;
  /** A psql variable stand-in starts at this index. */
  psqlVariableAt(at: number): boolean;
}

export interface ModelledStatement {
  statement: InitStatement;
  /** Index of a literal password's opening quote, when the statement has one. */
  literalPasswordAt: number | null;
}

/** `${VAR}`, `$VAR`, `$(cmd)`, backticks: a value filled in at run time (or meant to be). */
const VARIABLE_TEXT = /\$\{|\$[A-Za-z_]|\$\(|`/;
const ALL_PRIVILEGES: DatabasePrivilege[] = ['connect', 'create', 'temp'];

export function modelStatement(raw: RawStatement, ctx: StatementContext): ModelledStatement {
  // `loc` and `database` lead every statement, written out in each literal: a `...base` spread
  // copied base's two-property shape, and each further property then grew an out-of-object store
  // (at 14,000 statements ~40 MB of garbage and objects whose shapes made the evaluator's reads slow).
  const loc = ctx.loc(skipTrivia(ctx.text, raw.start, raw.end));
  const passwords: PasswordReading = { raw, ctx, literalAt: null };
  const statement = statementOf(raw, loc, ctx.database, passwords);
  return { statement, literalPasswordAt: passwords.literalAt };
}

/** What reading a statement's passwords needs, and the literal one it found. */
interface PasswordReading {
  raw: RawStatement;
  ctx: StatementContext;
  /** Index of a literal password's opening quote. */
  literalAt: number | null;
}

function passwordOf(option: Node, reading: PasswordReading): PasswordKind {
  const value = (option.arg as Node | undefined)?.String as Node | undefined;
  if (value === undefined || typeof value.sval !== 'string') return 'none';
  const { raw, ctx } = reading;
  const quoteAt = passwordLiteralAt(ctx.text, raw.at(Number(option.location ?? 0)), raw.end);
  if (VARIABLE_TEXT.test(value.sval) || value.sval.includes(UNKNOWN) || (quoteAt !== null && ctx.psqlVariableAt(quoteAt))) return 'placeholder';
  reading.literalAt = quoteAt ?? raw.at(Number(option.location ?? 0));
  return 'literal';
}

/**
 * The statement's model. Top-level functions, not closures: modelStatement runs once per statement
 * (14,000 at 10,000 services), and its closures (and the context they share) were made each time.
 */
function statementOf(raw: RawStatement, loc: SourceLoc, database: string | null, passwords: PasswordReading): InitStatement {
  const node = raw.node;
  switch (raw.type) {
    case 'CreateRoleStmt': {
      const options = defElems(node.options);
      const isUser = node.stmt_type === 'ROLESTMT_USER';
      const passwordOption = options.find((o) => o.defname === 'password');
      const admins = roleListOption(options, 'adminmembers');
      return {
        loc,
        database,
        kind: 'create-role',
        role: String(node.role ?? ''),
        login: booleanOption(options, 'canlogin') ?? isUser,
        superuser: booleanOption(options, 'superuser') ?? false,
        inherit: booleanOption(options, 'inherit') ?? true,
        createdb: booleanOption(options, 'createdb') ?? false,
        createrole: booleanOption(options, 'createrole') ?? false,
        password: passwordOption ? passwordOf(passwordOption, passwords) : 'none',
        memberOf: roleListOption(options, 'addroleto'),
        members: [...roleListOption(options, 'rolemembers'), ...admins],
        admins,
      };
    }
    case 'AlterRoleStmt': {
      const options = defElems(node.options);
      const members = options.find((o) => o.defname === 'rolemembers');
      if (members) {
        // ALTER GROUP g ADD USER a, b / DROP USER a: membership, as GRANT g TO a, b.
        return {
          loc,
          database,
          kind: Number(node.action ?? 1) < 0 ? 'revoke-role' : 'grant-role',
          roles: [roleName(node.role)],
          grantees: roleListOption(options, 'rolemembers'),
          options: {},
          optionOnly: null,
          since16: false,
        };
      }
      const passwordOption = options.find((o) => o.defname === 'password');
      return {
        loc,
        database,
        kind: 'alter-role',
        role: roleName(node.role),
        password: passwordOption ? passwordOf(passwordOption, passwords) : null,
        login: booleanOption(options, 'canlogin'),
        superuser: booleanOption(options, 'superuser'),
        inherit: booleanOption(options, 'inherit'),
        createdb: booleanOption(options, 'createdb'),
        createrole: booleanOption(options, 'createrole'),
      };
    }
    case 'CreatedbStmt': {
      const options = defElems(node.options);
      return {
        loc,
        database,
        kind: 'create-database',
        name: String(node.dbname ?? ''),
        owner: createdbText(options, 'owner'),
        template: createdbText(options, 'template'),
      };
    }
    case 'AlterOwnerStmt':
      if (node.objectType !== 'OBJECT_DATABASE')
        return otherStatement(raw.type, loc, database, { roles: [roleName(node.newowner)], dependents: [roleName(node.newowner)] });
      return { loc, database, kind: 'alter-database-owner', name: stringValue(node.object as Node) ?? '', owner: roleName(node.newowner) };
    case 'GrantStmt': {
      const grantees = list(node.grantees).map((g) => roleName(g.RoleSpec ?? g));
      if (node.objtype !== 'OBJECT_DATABASE' || node.targtype !== 'ACL_TARGET_OBJECT') {
        const named = grantees.filter((g) => g !== 'public');
        return otherStatement(raw.type, loc, database, {
          roles: named,
          dependents: node.is_grant === true && node.targtype === 'ACL_TARGET_OBJECT' ? named : [],
        });
      }
      const { privileges, invalid } = databasePrivileges(node.privileges);
      const isGrant = node.is_grant === true;
      return {
        loc,
        database,
        kind: isGrant ? 'grant-database' : 'revoke-database',
        privileges,
        invalidPrivileges: invalid,
        databases: list(node.objects).map((o) => stringValue(o) ?? ''),
        grantees,
        grantOption: isGrant && node.grant_option === true,
        grantOptionOnly: !isGrant && node.grant_option === true,
        cascade: node.behavior === 'DROP_CASCADE',
      };
    }
    case 'GrantRoleStmt': {
      const opts = defElems(node.opt);
      const options: { admin?: boolean; inherit?: boolean; set?: boolean } = {};
      for (const o of opts)
        if (o.defname === 'admin' || o.defname === 'inherit' || o.defname === 'set') options[o.defname] = booleanOption(opts, o.defname as string) ?? true;
      const isGrant = node.is_grant === true;
      const optionOnly = isGrant ? null : ((opts[0]?.defname as 'admin' | 'inherit' | 'set' | undefined) ?? null);
      return {
        loc,
        database,
        kind: isGrant ? 'grant-role' : 'revoke-role',
        roles: list(node.granted_roles).map((r) => String((r.AccessPriv as Node | undefined)?.priv_name ?? '')),
        grantees: list(node.grantee_roles).map((g) => roleName(g.RoleSpec ?? g)),
        options: isGrant ? options : {},
        optionOnly,
        since16: opts.some((o) => o.defname === 'inherit' || o.defname === 'set'),
      };
    }
    case 'CreateExtensionStmt':
      return { loc, database, kind: 'create-extension', name: String(node.extname ?? '') };
    case 'DropRoleStmt':
      return { loc, database, kind: 'drop-role', roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), missingOk: node.missing_ok === true };
    case 'DropdbStmt':
      return { loc, database, kind: 'drop-database', name: String(node.dbname ?? ''), missingOk: node.missing_ok === true };
    case 'RenameStmt':
      if (node.renameType === 'OBJECT_DATABASE')
        return { loc, database, kind: 'rename-database', from: String(node.subname ?? ''), to: String(node.newname ?? '') };
      if (node.renameType === 'OBJECT_ROLE') return { loc, database, kind: 'rename-role', from: String(node.subname ?? ''), to: String(node.newname ?? '') };
      break;
    case 'ReassignOwnedStmt':
      return { loc, database, kind: 'reassign-owned', roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), newOwner: roleName(node.newrole) };
    case 'DropOwnedStmt':
      return { loc, database, kind: 'drop-owned', roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), newOwner: null };
    case 'VariableSetStmt': {
      const name = String(node.name ?? '');
      if (name !== 'role' && name !== 'session_authorization') break;
      const value = node.kind === 'VAR_SET_VALUE' ? stringValue(((list(node.args)[0] ?? {}).A_Const as Node | undefined)?.sval as Node | undefined) : null;
      const role = value === null || (name === 'role' && value === 'none') ? null : value;
      if (node.kind === 'VAR_RESET_ALL') break;
      return { loc, database, kind: name === 'role' ? 'set-role' : 'set-session-authorization', role, local: node.is_local === true };
    }
    case 'TransactionStmt': {
      const kinds: Record<string, TransactionStatement['action']> = {
        TRANS_STMT_BEGIN: 'begin',
        TRANS_STMT_START: 'begin',
        TRANS_STMT_COMMIT: 'commit',
        TRANS_STMT_ROLLBACK: 'rollback',
        TRANS_STMT_SAVEPOINT: 'savepoint',
        TRANS_STMT_RELEASE: 'release',
        TRANS_STMT_ROLLBACK_TO: 'rollback-to',
        TRANS_STMT_PREPARE: 'prepare',
        TRANS_STMT_COMMIT_PREPARED: 'prepare',
        TRANS_STMT_ROLLBACK_PREPARED: 'prepare',
      };
      const action = kinds[String(node.kind)];
      if (!action) break;
      return { loc, database, kind: 'transaction', action, savepoint: typeof node.savepoint_name === 'string' ? node.savepoint_name : null };
    }
    case 'AlterRoleSetStmt':
      return otherStatement(raw.type, loc, database, { roles: node.role ? [roleName(node.role)] : [] });
    case 'AlterDatabaseSetStmt':
    case 'AlterDatabaseStmt':
      return otherStatement(raw.type, loc, database, { databases: [String(node.dbname ?? '')] });
    case 'CommentStmt':
      if (node.objtype === 'OBJECT_DATABASE') return otherStatement(raw.type, loc, database, { databases: [stringValue(node.object as Node) ?? ''] });
      if (node.objtype === 'OBJECT_ROLE') return otherStatement(raw.type, loc, database, { roles: [stringValue(node.object as Node) ?? ''] });
      break;
    case 'CreateSchemaStmt':
      if (node.authrole) return otherStatement(raw.type, loc, database, { roles: [roleName(node.authrole)], dependents: [roleName(node.authrole)] });
      break;
    case 'AlterDefaultPrivilegesStmt': {
      const forRoles = roleListOption(defElems(node.options), 'roles');
      const action = (node.action ?? {}) as Node;
      const grantees = list(action.grantees)
        .map((g) => roleName(g.RoleSpec ?? g))
        .filter((g) => g !== 'public');
      return otherStatement(raw.type, loc, database, { roles: [...forRoles, ...grantees], dependents: [...forRoles, ...grantees] });
    }
  }
  return otherStatement(raw.type, loc, database, {});
}

interface OtherRefs {
  roles?: string[];
  databases?: string[];
  dependents?: string[];
}

function otherStatement(type: string, loc: SourceLoc, database: string | null, refs: OtherRefs): InitStatement {
  const statement: InitStatement = { loc, database, kind: 'other', node: type };
  if (refs.roles?.length) statement.roles = refs.roles;
  if (refs.databases?.length) statement.databases = refs.databases;
  if (refs.dependents?.length) statement.dependents = refs.dependents;
  return statement;
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : [];
}

function defElems(options: unknown): Node[] {
  return list(options).map((o) => (o.DefElem ?? {}) as Node);
}

/** A CREATE DATABASE option's value: a role (OWNER) or a name or string. */
function createdbText(options: Node[], name: string): string | null {
  const arg = options.find((o) => o.defname === name)?.arg as Node | undefined;
  if (!arg) return null;
  const role = arg.RoleSpec as Node | undefined;
  return role ? roleName(role) : stringValue(arg);
}

function booleanOption(options: Node[], name: string): boolean | null {
  const option = options.find((o) => o.defname === name);
  if (!option) return null;
  const arg = option.arg as Node | undefined;
  const value = (arg?.Boolean as Node | undefined)?.boolval;
  return value === true;
}

function roleListOption(options: Node[], name: string): string[] {
  const arg = options.find((o) => o.defname === name)?.arg as Node | undefined;
  return list((arg?.List as Node | undefined)?.items).map((item) => roleName(item.RoleSpec ?? item));
}

/** A RoleSpec as a name: PUBLIC is 'public', CURRENT_USER and friends their lower-case keyword. */
function roleName(spec: unknown): string {
  const role = (spec ?? {}) as Node;
  switch (role.roletype) {
    case 'ROLESPEC_PUBLIC':
      return 'public';
    case 'ROLESPEC_CURRENT_USER':
      return 'current_user';
    case 'ROLESPEC_CURRENT_ROLE':
      return 'current_role';
    case 'ROLESPEC_SESSION_USER':
      return 'session_user';
    default:
      return String(role.rolename ?? '');
  }
}

/** String / identifier value of a node (`{String: {sval}}`, `{sval}` or an A_Const). */
function stringValue(node: Node | undefined): string | null {
  if (!node) return null;
  const inner = (node.String ?? node) as Node;
  return typeof inner.sval === 'string' ? inner.sval : null;
}

function databasePrivileges(privileges: unknown): { privileges: DatabasePrivilege[]; invalid: string[] } {
  const names = list(privileges).map((p) => String((p.AccessPriv as Node | undefined)?.priv_name ?? '').toLowerCase());
  // A missing list means ALL [PRIVILEGES].
  if (names.length === 0 || names.includes('all')) return { privileges: [...ALL_PRIVILEGES], invalid: [] };
  const out = new Set<DatabasePrivilege>();
  const invalid: string[] = [];
  for (const name of names) {
    if (name === 'connect') out.add('connect');
    else if (name === 'create') out.add('create');
    else if (name === 'temp' || name === 'temporary') out.add('temp');
    else invalid.push(name);
  }
  return { privileges: [...out], invalid };
}

/** First index at or after `from` that is not whitespace or a comment. */
export function skipTrivia(text: string, from: number, to = text.length): number {
  let i = from;
  while (i < to) {
    if (/\s/.test(text[i]!)) i++;
    else if (text.startsWith('--', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? to : nl + 1;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? to : close + 2;
    } else return i;
  }
  return Math.min(from, text.length);
}

/** The opening quote of the literal after `[ENCRYPTED] PASSWORD` at `keywordAt`, or null. */
function passwordLiteralAt(text: string, keywordAt: number, end: number): number | null {
  let at = keywordAt;
  for (let words = 0; words < 2; words++) {
    const word = /^[A-Za-z]+/.exec(text.slice(at, at + 16))?.[0];
    if (!word || /^E$/i.test(word)) break;
    at = skipTrivia(text, at + word.length, end);
  }
  if (text[at] === "'") return at;
  if ((text[at] === 'E' || text[at] === 'e') && text[at + 1] === "'") return at;
  return null;
}
