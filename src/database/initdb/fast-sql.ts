// The init-SQL fast path: a small recognizer for the plain statement forms init scripts are made
// of (CREATE DATABASE / ROLE / USER, ALTER ROLE, ALTER DATABASE ... OWNER TO, GRANT and REVOKE on
// databases and roles), producing the very parse tree libpg-query would. Loading the real parser
// (1.7 MB of WebAssembly) costs more than linting a small tree; a script made only of these forms
// does not need it. Anything else — another statement, an option this file does not know, a
// keyword used as a name, an escape string, a name PostgreSQL would truncate — is not recognized,
// and the caller hands the text to libpg-query, which stays the authority. test/initdb-fast-sql
// checks agreement with libpg-query (a differential fuzz and every init script of the corpus).
import { SQL_KEYWORDS } from './sql-keywords.generated';

type Node = Record<string, unknown>;

/** A recognized statement: libpg-query's node type and node, and where the statement sits in the chunk. */
export interface FastStatement {
  type: string;
  node: Node;
  /** Index of its first token. */
  start: number;
  /** Index of its terminating `;`, or the chunk's end when it has none. */
  end: number;
}

/**
 * One token. Every kind has every field (one object shape: the reader's property reads stay
 * monomorphic over the ~100,000 tokens of a 14,000-statement script).
 */
interface Token {
  kind: 'word' | 'string' | 'int' | 'punct';
  start: number;
  end: number;
  /** A word (lower-cased unless quoted), a string's value, a punctuation character; '' for an int. */
  text: string;
  /** A quoted identifier. */
  quoted: boolean;
  /** An unquoted word that is an SQL keyword. */
  keyword: boolean;
  /** An int's value; 0 for the other kinds. */
  value: number;
}

/**
 * The tokens of the statement being read, in Token objects reused from one statement to the next:
 * a statement's tokens live only while it is recognized (its tree keeps strings and offsets, never
 * a token), and a 14,000-statement script made ~100,000 of them (~6 MB). Holds the last
 * statement's strings until the next call.
 */
class TokenList {
  readonly items: Token[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  last(): Token | undefined {
    return this.length > 0 ? this.items[this.length - 1] : undefined;
  }

  push(kind: Token['kind'], start: number, end: number, text: string, quoted = false, keyword = false, value = 0): void {
    const reused = this.items[this.length];
    if (reused) {
      reused.kind = kind;
      reused.start = start;
      reused.end = end;
      reused.text = text;
      reused.quoted = quoted;
      reused.keyword = keyword;
      reused.value = value;
    } else this.items.push({ kind, start, end, text, quoted, keyword, value });
    this.length++;
  }
}

const statementTokens = new TokenList();

/** PostgreSQL truncates longer names (NAMEDATALEN - 1 bytes); such a name goes to the real parser. */
const MAX_NAME_BYTES = 63;
const INT_MAX = 2147483647;

/**
 * Tokens of `text[from, to)`, or null at anything the recognizer does not read (an operator,
 * a dollar quote, a parameter, a non-ASCII name, an E'' string...).
 */
function tokenize(text: string, from: number, to: number): TokenList | null {
  const tokens = statementTokens;
  tokens.clear();
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
    } else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl > to ? to : nl + 1;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42) {
      let depth = 0;
      let j = i;
      while (j < to) {
        if (text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
          depth++;
          j += 2;
        } else if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
          depth--;
          j += 2;
          if (depth === 0) break;
        } else j++;
      }
      if (depth !== 0) return null;
      i = j;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
      let j = i + 1;
      while (j < to && isIdentChar(text.charCodeAt(j))) j++;
      // A quote or a non-ASCII character glued to a word: E'...', U&"...", an identifier PostgreSQL reads differently.
      if (j < to && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 34 || text.charCodeAt(j) > 127)) return null;
      const keyword = keywordIn(text, i, j);
      if (keyword === null && j - i > MAX_NAME_BYTES) return null;
      tokens.push('word', i, j, keyword ?? text.slice(i, j).toLowerCase(), false, keyword !== null);
      i = j;
    } else if (c === 34 /* " */) {
      const end = quotedEnd(text, i, to, 34);
      if (end < 0) return null;
      const name = text.slice(i + 1, end - 1).replaceAll('""', '"');
      if (name === '' || Buffer.byteLength(name) > MAX_NAME_BYTES || name.includes('\0')) return null;
      tokens.push('word', i, end, name, true);
      i = end;
    } else if (c === 39 /* ' */) {
      const end = quotedEnd(text, i, to, 39);
      if (end < 0) return null;
      // Adjacent string constants separated by a newline are one constant: not read here.
      const previous = tokens.last();
      if (previous?.kind === 'string') return null;
      tokens.push('string', i, end, text.slice(i + 1, end - 1).replaceAll("''", "'"));
      i = end;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      // 1.5, 1e3, 0x1F, 1_000, 12abc: other constants (or errors).
      if (j < to && (isIdentChar(text.charCodeAt(j)) || text.charCodeAt(j) === 46 || text.charCodeAt(j) > 127)) return null;
      const value = Number(text.slice(i, j));
      if (value > INT_MAX) return null;
      tokens.push('int', i, j, '', false, false, value);
      i = j;
    } else if (c === 59 || c === 44) {
      tokens.push('punct', i, i + 1, c === 59 ? ';' : ',');
      i++;
    } else if (c === 61 || c === 45 || c === 43) {
      // `=`, and a sign before a number. Any other operator character next to them makes a longer operator.
      const next = text.charCodeAt(i + 1);
      const comment = (next === 45 && text.charCodeAt(i + 2) === 45) || (next === 47 && text.charCodeAt(i + 2) === 42);
      if (!comment && isOperatorChar(next) && !(c === 61 && (next === 45 || next === 43))) return null;
      tokens.push('punct', i, i + 1, c === 61 ? '=' : c === 45 ? '-' : '+');
      i++;
    } else {
      return null;
    }
  }
  return tokens;
}

/**
 * The grammar's keywords in an open-addressing table by a hash of their characters: a word is
 * looked up where it stands, so a keyword (half the ~100,000 words of a 14,000-statement script)
 * is neither sliced, lower-cased nor hashed again as a new string, and its token holds the one
 * shared keyword string. Slots hold indexes into KEYWORD_LIST (-1: empty); ~25 % are used.
 */
const KEYWORD_LIST = [...SQL_KEYWORDS];
const KEYWORD_SLOT_MASK = 2047;
const KEYWORD_SLOTS = new Int16Array(KEYWORD_SLOT_MASK + 1).fill(-1);
KEYWORD_LIST.forEach((keyword, index) => {
  let slot = wordHash(keyword, 0, keyword.length) & KEYWORD_SLOT_MASK;
  while (KEYWORD_SLOTS[slot] !== -1) slot = (slot + 1) & KEYWORD_SLOT_MASK;
  KEYWORD_SLOTS[slot] = index;
});

/** A hash of the ASCII word `text[start, end)`, the same for any mix of upper and lower case. */
function wordHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + (text.charCodeAt(k) | 32)) | 0;
  return hash;
}

/** The keyword (lower case) that the ASCII word `text[start, end)` is, in any case; null when it is none. */
export function keywordIn(text: string, start: number, end: number): string | null {
  for (let slot = wordHash(text, start, end) & KEYWORD_SLOT_MASK; KEYWORD_SLOTS[slot] !== -1; slot = (slot + 1) & KEYWORD_SLOT_MASK) {
    const keyword = KEYWORD_LIST[KEYWORD_SLOTS[slot]!]!;
    if (keyword.length !== end - start) continue;
    let k = 0;
    while (k < keyword.length && lowerAscii(text.charCodeAt(start + k)) === keyword.charCodeAt(k)) k++;
    if (k === keyword.length) return keyword;
  }
  return null;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

function isOperatorChar(c: number): boolean {
  return (
    c === 126 ||
    c === 33 ||
    c === 64 ||
    c === 35 ||
    c === 94 ||
    c === 38 ||
    c === 124 ||
    c === 96 ||
    c === 63 ||
    c === 43 ||
    c === 45 ||
    c === 42 ||
    c === 47 ||
    c === 37 ||
    c === 60 ||
    c === 62 ||
    c === 61
  );
}

/** Index after the closing quote (a doubled quote continues the text); -1 when it does not close before `to`. */
function quotedEnd(text: string, start: number, to: number, quote: number): number {
  let i = start + 1;
  while (i < to) {
    if (text.charCodeAt(i) === quote) {
      if (text.charCodeAt(i + 1) === quote && i + 1 < to) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return -1;
}

/** Reads tokens; every method returns null (via `fail`) when the statement is not one of the forms. */
class Reader {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    /** Tokens read: tokens[0, end) (the statement without its `;`). */
    private readonly end: number,
    /** Byte offset (libpg-query's `location`) of a character index. */
    readonly byteAt: (index: number) => number,
  ) {}

  get done(): boolean {
    return this.at >= this.end;
  }

  peek(offset = 0): Token | undefined {
    return this.at + offset < this.end ? this.tokens[this.at + offset] : undefined;
  }

  /** The next token if it is this keyword (unquoted). */
  keyword(word: string): Token | null {
    const token = this.peek();
    if (token?.kind === 'word' && !token.quoted && token.text === word) {
      this.at++;
      return token;
    }
    return null;
  }

  punct(text: string): boolean {
    const token = this.peek();
    if (token?.kind === 'punct' && token.text === text) {
      this.at++;
      return true;
    }
    return false;
  }

  /** A name that is no keyword of any kind (keywords may be names in some places; the real parser decides those). */
  name(): Token | null {
    const token = this.peek();
    if (token?.kind !== 'word' || token.keyword) return null;
    this.at++;
    return token;
  }

  string(): string | null {
    const token = this.peek();
    if (token?.kind !== 'string') return null;
    this.at++;
    return token.text;
  }

  /** [+|-] integer. */
  integer(): number | null {
    const sign = this.punct('-') ? -1 : (this.punct('+'), 1);
    const token = this.peek();
    if (token?.kind !== 'int') return null;
    this.at++;
    return sign * token.value;
  }

  location(token: { start: number }): number {
    return this.byteAt(token.start);
  }
}

// The nodes below are built field by field where libpg-query leaves a field out when unset: a
// conditional spread (`...(x ? { x } : {})`) costs ~3 µs a call, ~45 ms over 14,000 statements.
// Fields are added in libpg-query's order.

function defElem(defname: string, arg: Node | undefined, location: number): Node {
  const elem: Node = { defname };
  if (arg) elem.arg = arg;
  elem.defaction = 'DEFELEM_UNSPEC';
  elem.location = location;
  return { DefElem: elem };
}
const stringNode = (sval: string): Node => ({ String: { sval } });
const integerNode = (ival: number): Node => ({ Integer: ival === 0 ? {} : { ival } });
const booleanNode = (boolval: boolean): Node => ({ Boolean: { boolval } });

/** A role as GRANT, REVOKE and OWNER TO name it: `public` is PUBLIC. */
function roleSpec(reader: Reader): Node | null {
  const name = reader.name();
  if (!name) return null;
  if (name.text === 'none') return null;
  const location = reader.location(name);
  return name.text === 'public' ? { roletype: 'ROLESPEC_PUBLIC', location } : { roletype: 'ROLESPEC_CSTRING', rolename: name.text, location };
}

function roleSpecList(reader: Reader): Node[] | null {
  const roles: Node[] = [];
  do {
    const role = roleSpec(reader);
    if (!role) return null;
    roles.push({ RoleSpec: role });
  } while (reader.punct(','));
  return roles;
}

function nameList(reader: Reader): string[] | null {
  const names: string[] = [];
  do {
    const name = reader.name();
    if (!name) return null;
    names.push(name.text);
  } while (reader.punct(','));
  return names;
}

/** A role name that CREATE ROLE accepts (PUBLIC and NONE are reserved). */
function newRoleName(reader: Reader): string | null {
  const name = reader.name();
  return name && name.text !== 'public' && name.text !== 'none' ? name.text : null;
}

/** Flags written as plain words (PostgreSQL's AlterOptRoleElem IDENT cases) and INHERIT. */
const ROLE_FLAGS: Record<string, [string, boolean]> = {
  superuser: ['superuser', true],
  nosuperuser: ['superuser', false],
  createrole: ['createrole', true],
  nocreaterole: ['createrole', false],
  replication: ['isreplication', true],
  noreplication: ['isreplication', false],
  createdb: ['createdb', true],
  nocreatedb: ['createdb', false],
  login: ['canlogin', true],
  nologin: ['canlogin', false],
  bypassrls: ['bypassrls', true],
  nobypassrls: ['bypassrls', false],
  inherit: ['inherit', true],
  noinherit: ['inherit', false],
};

/** One option of CREATE/ALTER ROLE; `create` allows the membership options. */
function roleOption(reader: Reader, create: boolean): Node | null {
  const first = reader.peek();
  if (first?.kind !== 'word' || first.quoted) return null;
  const location = reader.location(first);
  const flag = ROLE_FLAGS[first.text];
  if (flag) {
    reader.keyword(first.text);
    return defElem(flag[0], booleanNode(flag[1]), location);
  }
  if (reader.keyword('encrypted')) {
    if (!reader.keyword('password')) return null;
    const value = reader.string();
    return value === null ? null : defElem('password', stringNode(value), location);
  }
  if (reader.keyword('password')) {
    if (reader.keyword('null')) return defElem('password', undefined, location);
    const value = reader.string();
    return value === null ? null : defElem('password', stringNode(value), location);
  }
  if (reader.keyword('connection')) {
    if (!reader.keyword('limit')) return null;
    const value = reader.integer();
    return value === null ? null : defElem('connectionlimit', integerNode(value), location);
  }
  if (reader.keyword('valid')) {
    if (!reader.keyword('until')) return null;
    const value = reader.string();
    return value === null ? null : defElem('validUntil', stringNode(value), location);
  }
  if (!create) return null;
  const members = (defname: string): Node | null => {
    const roles = roleSpecList(reader);
    return roles ? defElem(defname, { List: { items: roles } }, location) : null;
  };
  if (reader.keyword('in')) return reader.keyword('role') ? members('addroleto') : null;
  if (reader.keyword('role') || reader.keyword('user')) return members('rolemembers');
  if (reader.keyword('admin')) return members('adminmembers');
  return null;
}

function roleOptions(reader: Reader, create: boolean): Node[] | null {
  reader.keyword('with');
  const options: Node[] = [];
  while (!reader.done) {
    const option = roleOption(reader, create);
    if (!option) return null;
    options.push(option);
  }
  return options;
}

/** CREATE DATABASE options: name [=] value, value a name, a string, an integer or DEFAULT. */
const CREATEDB_OPTIONS = new Set(['owner', 'template', 'encoding', 'lc_collate', 'lc_ctype', 'locale', 'connection']);

function createdbOption(reader: Reader): Node | null {
  const first = reader.peek();
  if (first?.kind !== 'word' || first.quoted || !CREATEDB_OPTIONS.has(first.text)) return null;
  const location = reader.location(first);
  reader.keyword(first.text);
  let defname = first.text;
  if (defname === 'connection') {
    if (!reader.keyword('limit')) return null;
    defname = 'connection_limit';
  }
  reader.punct('=');
  if (reader.keyword('default')) return defElem(defname, undefined, location);
  const next = reader.peek();
  if (next?.kind === 'int' || (next?.kind === 'punct' && (next.text === '-' || next.text === '+'))) {
    const value = reader.integer();
    return value === null ? null : defElem(defname, integerNode(value), location);
  }
  const text = reader.string() ?? reader.name()?.text ?? null;
  return text === null ? null : defElem(defname, stringNode(text), location);
}

function createDatabase(reader: Reader): FastBody | null {
  const name = reader.name();
  if (!name) return null;
  reader.keyword('with');
  const options: Node[] = [];
  while (!reader.done) {
    const option = createdbOption(reader);
    if (!option) return null;
    options.push(option);
  }
  const node: Node = { dbname: name.text };
  if (options.length > 0) node.options = options;
  return { type: 'CreatedbStmt', node };
}

const PRIVILEGES = new Set(['connect', 'create', 'temp', 'temporary']);

/** GRANT/REVOKE ... ON DATABASE, or of roles (the word after GRANT/REVOKE decides). */
function grant(reader: Reader, isGrant: boolean, location: number): FastBody | null {
  let optionFor = false;
  let adminOptionFor: number | null = null;
  if (!isGrant) {
    const first = reader.peek();
    if (reader.keyword('grant')) {
      if (!reader.keyword('option') || !reader.keyword('for')) return null;
      optionFor = true;
    } else if (first && reader.keyword('admin')) {
      if (!reader.keyword('option') || !reader.keyword('for')) return null;
      adminOptionFor = reader.location(first);
    }
  }
  // Privileges on a database: ALL [PRIVILEGES] or a list of CONNECT/CREATE/TEMP[ORARY] (keywords), then ON.
  let privileges: Node[] | null = null;
  let all = false;
  if (reader.keyword('all')) {
    reader.keyword('privileges');
    all = true;
  } else {
    const first = reader.peek();
    if (first?.kind === 'word' && !first.quoted && PRIVILEGES.has(first.text)) {
      privileges = [];
      do {
        const token = reader.peek();
        if (token?.kind !== 'word' || token.quoted || !PRIVILEGES.has(token.text)) return null;
        reader.keyword(token.text);
        privileges.push({ AccessPriv: { priv_name: token.text } });
      } while (reader.punct(','));
    }
  }
  if (all || privileges) {
    if (adminOptionFor !== null) return null;
    if (!reader.keyword('on') || !reader.keyword('database')) return null;
    const objects = nameList(reader);
    if (!objects || !(isGrant ? reader.keyword('to') : reader.keyword('from'))) return null;
    const grantees = roleSpecList(reader);
    if (!grantees) return null;
    let grantOption = optionFor;
    if (isGrant && reader.keyword('with')) {
      if (!reader.keyword('grant') || !reader.keyword('option')) return null;
      grantOption = true;
    }
    const behavior = isGrant ? 'DROP_RESTRICT' : dropBehavior(reader);
    if (!reader.done || behavior === null) return null;
    const node: Node = {};
    if (isGrant) node.is_grant = true;
    node.targtype = 'ACL_TARGET_OBJECT';
    node.objtype = 'OBJECT_DATABASE';
    node.objects = objects.map(stringNode);
    if (privileges) node.privileges = privileges;
    node.grantees = grantees;
    if (grantOption) node.grant_option = true;
    node.behavior = behavior;
    return { type: 'GrantStmt', node };
  }
  if (optionFor) return null;
  // Membership: GRANT role[, ...] TO role[, ...] [WITH ADMIN OPTION]; REVOKE [ADMIN OPTION FOR] role[, ...] FROM role[, ...].
  const granted = nameList(reader);
  if (!granted || !(isGrant ? reader.keyword('to') : reader.keyword('from'))) return null;
  const grantees = roleSpecList(reader);
  if (!grantees) return null;
  let opt: Node[] | null = adminOptionFor !== null ? [defElem('admin', booleanNode(false), adminOptionFor)] : null;
  if (isGrant) {
    const withToken = reader.peek();
    if (withToken && reader.keyword('with')) {
      const adminToken = reader.peek();
      if (!adminToken || !reader.keyword('admin') || !reader.keyword('option')) return null;
      opt = [defElem('admin', booleanNode(true), reader.location(adminToken))];
    }
  }
  const behavior = isGrant ? 'DROP_RESTRICT' : dropBehavior(reader);
  if (!reader.done || behavior === null) return null;
  void location;
  const node: Node = { granted_roles: granted.map((priv_name) => ({ AccessPriv: { priv_name } })), grantee_roles: grantees };
  if (isGrant) node.is_grant = true;
  if (opt) node.opt = opt;
  node.behavior = behavior;
  return { type: 'GrantRoleStmt', node };
}

function dropBehavior(reader: Reader): string | null {
  if (reader.keyword('cascade')) return 'DROP_CASCADE';
  reader.keyword('restrict');
  return 'DROP_RESTRICT';
}

interface FastBody {
  type: string;
  node: Node;
}

/** One statement's tokens (no `;`) -> its parse tree, or null. */
function statement(reader: Reader): FastBody | null {
  const first = reader.peek();
  if (!first) return null;
  if (reader.keyword('create')) {
    if (reader.keyword('database')) return createDatabase(reader);
    const kind = reader.keyword('role') ? 'ROLESTMT_ROLE' : reader.keyword('user') ? 'ROLESTMT_USER' : reader.keyword('group') ? 'ROLESTMT_GROUP' : null;
    if (!kind) return null;
    const role = newRoleName(reader);
    if (role === null) return null;
    const options = roleOptions(reader, true);
    if (!options) return null;
    const node: Node = { stmt_type: kind, role };
    if (options.length > 0) node.options = options;
    return { type: 'CreateRoleStmt', node };
  }
  if (reader.keyword('alter')) {
    if (reader.keyword('database')) {
      const name = reader.name();
      if (!name || !reader.keyword('owner') || !reader.keyword('to')) return null;
      const owner = roleSpec(reader);
      if (!owner || !reader.done) return null;
      return { type: 'AlterOwnerStmt', node: { objectType: 'OBJECT_DATABASE', object: stringNode(name.text), newowner: owner } };
    }
    if (!reader.keyword('role') && !reader.keyword('user')) return null;
    const role = roleSpec(reader);
    if (!role || role.roletype !== 'ROLESPEC_CSTRING') return null;
    const options = roleOptions(reader, false);
    if (!options) return null;
    const node: Node = { role };
    if (options.length > 0) node.options = options;
    node.action = 1;
    return { type: 'AlterRoleStmt', node };
  }
  if (reader.keyword('grant')) return grant(reader, true, reader.location(first));
  if (reader.keyword('revoke')) return grant(reader, false, reader.location(first));
  return null;
}

/**
 * The statement in `text[from, to)` — trivia, one statement, then its `;` or the end — as
 * libpg-query would parse it; 'empty' when there is none (only comments, or a lone `;`); null
 * when the recognizer does not read it (the real parser must).
 */
export function recognizeStatement(text: string, from: number, to: number, byteAt: (index: number) => number): FastStatement | 'empty' | null {
  const list = tokenize(text, from, to);
  if (!list) return null;
  const tokens = list.items;
  // One `;` at most, and only last: the body is what comes before it.
  let bodyLength = list.length;
  for (let k = 0; k < list.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'punct' || token.text !== ';') continue;
    if (k !== list.length - 1) return null;
    bodyLength = k;
  }
  if (bodyLength === 0) return 'empty';
  const parsed = statement(new Reader(tokens, bodyLength, byteAt));
  if (!parsed) return null;
  return { type: parsed.type, node: parsed.node, start: tokens[0]!.start, end: bodyLength < list.length ? tokens[bodyLength]!.start : to };
}
