// Parse-tree nodes (libpg-query JSON) -> the InitStatement model. Only the statements the database
// rules need are modelled; the rest become 'other' with their node type.
import type { RawStatement } from './pg-parser';
import type { DatabasePrivilege, InitStatement, PasswordKind, SourceLoc } from './types';

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
  const base = { loc: ctx.loc(skipTrivia(ctx.text, raw.start, raw.end)), database: ctx.database };
  const node = raw.node;
  let literalPasswordAt: number | null = null;
  const password = (option: Node): PasswordKind => {
    const value = (option.arg as Node | undefined)?.String as Node | undefined;
    if (value === undefined || typeof value.sval !== 'string') return 'none';
    const quoteAt = passwordLiteralAt(ctx.text, raw.at(Number(option.location ?? 0)), raw.end);
    if (VARIABLE_TEXT.test(value.sval) || (quoteAt !== null && ctx.psqlVariableAt(quoteAt))) return 'placeholder';
    literalPasswordAt = quoteAt ?? raw.at(Number(option.location ?? 0));
    return 'literal';
  };
  const statement = ((): InitStatement => {
    switch (raw.type) {
      case 'CreateRoleStmt': {
        const options = defElems(node.options);
        const flag = (name: string): boolean | null => booleanOption(options, name);
        const isUser = node.stmt_type === 'ROLESTMT_USER';
        const passwordOption = options.find((o) => o.defname === 'password');
        return {
          ...base,
          kind: 'create-role',
          role: String(node.role ?? ''),
          login: flag('canlogin') ?? isUser,
          superuser: flag('superuser') ?? false,
          password: passwordOption ? password(passwordOption) : 'none',
          memberOf: roleListOption(options, 'addroleto'),
          members: [...roleListOption(options, 'rolemembers'), ...roleListOption(options, 'adminmembers')],
        };
      }
      case 'AlterRoleStmt': {
        const options = defElems(node.options);
        const passwordOption = options.find((o) => o.defname === 'password');
        return {
          ...base,
          kind: 'alter-role',
          role: roleName(node.role),
          password: passwordOption ? password(passwordOption) : null,
          login: booleanOption(options, 'canlogin'),
          superuser: booleanOption(options, 'superuser'),
        };
      }
      case 'CreatedbStmt': {
        const options = defElems(node.options);
        const text = (name: string): string | null => {
          const arg = options.find((o) => o.defname === name)?.arg as Node | undefined;
          return arg ? stringValue(arg) : null;
        };
        return { ...base, kind: 'create-database', name: String(node.dbname ?? ''), owner: text('owner'), template: text('template') };
      }
      case 'AlterOwnerStmt':
        if (node.objectType !== 'OBJECT_DATABASE') break;
        return { ...base, kind: 'alter-database-owner', name: stringValue(node.object as Node) ?? '', owner: roleName(node.newowner) };
      case 'GrantStmt': {
        if (node.objtype !== 'OBJECT_DATABASE' || node.targtype !== 'ACL_TARGET_OBJECT') break;
        return {
          ...base,
          kind: node.is_grant === true ? 'grant-database' : 'revoke-database',
          privileges: databasePrivileges(node.privileges),
          databases: list(node.objects).map((o) => stringValue(o) ?? ''),
          grantees: list(node.grantees).map((g) => roleName(g.RoleSpec ?? g)),
        };
      }
      case 'GrantRoleStmt':
        return {
          ...base,
          kind: node.is_grant === true ? 'grant-role' : 'revoke-role',
          roles: list(node.granted_roles).map((r) => String((r.AccessPriv as Node | undefined)?.priv_name ?? '')),
          grantees: list(node.grantee_roles).map((g) => roleName(g.RoleSpec ?? g)),
        };
      case 'CreateExtensionStmt':
        return { ...base, kind: 'create-extension', name: String(node.extname ?? '') };
    }
    return { ...base, kind: 'other', node: raw.type };
  })();
  return { statement, literalPasswordAt };
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : [];
}

function defElems(options: unknown): Node[] {
  return list(options).map((o) => (o.DefElem ?? {}) as Node);
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

function databasePrivileges(privileges: unknown): DatabasePrivilege[] {
  const names = list(privileges).map((p) => String((p.AccessPriv as Node | undefined)?.priv_name ?? '').toLowerCase());
  // A missing list means ALL [PRIVILEGES].
  if (names.length === 0 || names.includes('all')) return [...ALL_PRIVILEGES];
  const out = new Set<DatabasePrivilege>();
  for (const name of names) {
    if (name === 'connect') out.add('connect');
    else if (name === 'create') out.add('create');
    else if (name === 'temp' || name === 'temporary') out.add('temp');
  }
  return [...out];
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
