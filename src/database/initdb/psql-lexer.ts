// What psql does to a script before the server sees it, done just far enough for the real
// PostgreSQL parser: backslash commands are removed (blanked, so positions hold), psql variables
// (`:var`, `:'var'`, `:"var"`) become same-named quoted stand-ins, and shell expansions that land
// outside SQL quotes become quoted identifiers. Strings, quoted identifiers, dollar quotes and
// comments are respected, so `::casts`, `'$1'` and `$body$` are left alone.
import { OffsetMap, type SqlSource, type Span } from './source';
import { UNKNOWN } from './types';
import { firstAtOrAfter, lastAtOrBefore } from '../../util/search';

/** What psql knows when it reads the script: its variables (null = set, value unknown), the environment for `\getenv`. */
export interface PsqlState {
  variables: Map<string, string | null>;
  /** The container's environment: a value, null when set but unknown; absent names are unknown too. */
  env: ReadonlyMap<string, string | null>;
  /** After `\gset`: any variable not known otherwise may have been set by the query. */
  gset: boolean;
}

export function newPsqlState(env: ReadonlyMap<string, string | null>, variables: [string, string | null][] = []): PsqlState {
  return { variables: new Map(variables), env, gset: false };
}

/** Something psql does between statements, at an index of the prepared text. */
export type PsqlEvent =
  | { kind: 'connect'; at: number; offset: number; database: string | null; user: string | null }
  | { kind: 'unevaluated'; at: number; offset: number; reason: string }
  | { kind: 'on-error-stop'; at: number; offset: number; value: boolean | null }
  | { kind: 'quit'; at: number; offset: number };

export interface PreparedSql {
  /** Text handed to libpg-query. */
  text: string;
  /** File byte offset of each UTF-16 unit of `text` (+ end). */
  origin: PreparedOrigin;
  /** Indexes in `text` of statement terminators (`;`, and `\g`-family commands, which send the buffer). */
  statementEnds: number[];
  /** `\connect` commands: from index `at` on, statements run in `database` ('-' keeps the current one). */
  connects: { at: number; database: string }[];
  /** Terminator indexes that came from `\gexec` (the query's output is run as SQL). */
  gexecEnds: Set<number>;
  /** Terminator indexes of `\gdesc` (the query is described, not run). */
  describeEnds: Set<number>;
  metaCommands: { name: string; offset: number }[];
  /** psql variables; `at` is the index of the value or stand-in in `text`. */
  psqlVariables: { name: string; at: number; offset: number }[];
  /** `\${VAR}` / `$VAR` written in the script (not produced by a shell expansion). */
  placeholders: { name: string; offset: number }[];
  /** psql actions between statements, in order. */
  events: PsqlEvent[];
  /** Indexes of shell `$$` expansions (the shell puts its process id there). */
  pidExpansions: number[];
  /** Anything besides whitespace, comments and backslash commands. */
  hasSql: boolean;
}

const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const PSQL_VAR = /^[A-Za-z_][A-Za-z0-9_]*/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
/** `${VAR}`, `${VAR:-default}`, `$VAR`: shell syntax that Postgres takes literally. */
const SHELL_VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
/** Meta-commands that send the query buffer, like `;` does. */
const SENDS_BUFFER = /^(g|gx|gexec|gset|gdesc|crosstabview|watch)$/;

type EventBody = PsqlEvent extends infer E ? (E extends PsqlEvent ? Omit<E, 'at' | 'offset'> : never) : never;

/**
 * Characters the main loop of preparePsql handles (`-` `/` quotes `$` `:` `\\` `;`); the rest is
 * copied as is. Found by a regular expression (sticky to no position: `lastIndex` says where to
 * start): the scan passes over every character of the script (~1 MB at 10,000 services), which
 * the regexp engine does natively, ~3x faster than a loop over a table by character code.
 */
const STARTS_SOMETHING_SEARCH = /[-/'"$:\\;]/g;

/** psql's automatic variables whose value svclint cannot know. */
const AUTOMATIC_UNKNOWN = new Set([
  'HOST',
  'PORT',
  'ENCODING',
  'VERSION',
  'VERSION_NAME',
  'VERSION_NUM',
  'SERVER_VERSION_NAME',
  'SERVER_VERSION_NUM',
  'LASTOID',
  'ERROR',
  'SQLSTATE',
  'ROW_COUNT',
  'LAST_ERROR_MESSAGE',
  'LAST_ERROR_SQLSTATE',
  'PID',
]);

/** Prepared text index -> file byte offset: through the index in the source text it came from. */
export class PreparedOrigin {
  constructor(
    /** Prepared text index -> source text index. */
    private readonly toSource: OffsetMap,
    private readonly source: OffsetMap,
  ) {}

  /** Indexes covered: the prepared text's length + 1 (its end). */
  get length(): number {
    return this.toSource.length;
  }

  at(index: number): number {
    return this.source.at(this.toSource.at(index));
  }
}

export function preparePsql(source: SqlSource, state: PsqlState = newPsqlState(new Map())): PreparedSql {
  const src = source.text;
  // The prepared text in pieces, and for each of its indexes the index of `src` it comes from.
  const out: string[] = [];
  let outLength = 0;
  const toSource = new OffsetMap();
  const result: PreparedSql = {
    text: '',
    origin: new PreparedOrigin(toSource, source.origin),
    statementEnds: [],
    connects: [],
    gexecEnds: new Set(),
    describeEnds: new Set(),
    metaCommands: [],
    psqlVariables: [],
    placeholders: [],
    events: [],
    pidExpansions: [],
    hasSql: false,
  };
  const expansionAt = new Map<number, Span>(source.expansions.map((span) => [span.start, span]));
  const hasExpansions = source.expansions.length > 0;
  const expansionStarts = source.expansions.map((span) => span.start).sort((a, b) => a - b);
  const inExpansion = (index: number): boolean => {
    // Spans are sorted: the last start at or before index.
    const found = lastAtOrBefore(expansionStarts, index);
    if (found < 0) return false;
    const span = expansionAt.get(expansionStarts[found]!)!;
    return index < span.end;
  };
  /** `\if` nesting: whether each level's current branch runs, and whether one already ran. */
  const conditionals: { active: boolean; taken: boolean; parentActive: boolean }[] = [];
  const active = (): boolean => conditionals.every((c) => c.active);

  // Text copied as is from adjacent ranges of `src` (nearly all of a plain .sql file) is one
  // pending run, sliced once when something else comes: 28,000 slices and a 1 MB join at 10,000
  // services become none when nothing is replaced (a slice of all of `src` is `src` itself).
  let runFrom = 0;
  let runTo = 0;
  const flushRun = (): void => {
    if (runTo > runFrom) out.push(src.slice(runFrom, runTo));
    runFrom = runTo = 0;
  };
  const append = (text: string, from: number, step: 0 | 1): void => {
    flushRun();
    out.push(text);
    outLength += text.length;
    toSource.push(text.length, from, step);
  };
  /** Text psql does not send (an inactive `\if` branch): spaces, newlines kept so positions hold. */
  const blank = (text: string, from: number): void => append(text.replace(/[^\r\n]/g, ' '), from, 1);
  const emitAt = (text: string, at: number): void => append(text, at, 0);
  const copy = (from: number, to: number): void => {
    if (!active()) return blank(src.slice(from, to), from);
    if (to <= from) return;
    if (runTo === from && runTo > runFrom) runTo = to;
    else {
      flushRun();
      runFrom = from;
      runTo = to;
    }
    outLength += to - from;
    toSource.push(to - from, from, 1);
  };
  /**
   * Quoted text (a string, a quoted name, a dollar-quoted body) as the shell left it: an
   * expansion inside is its value when known, else its text marked UNKNOWN (never a real name).
   */
  const copyQuoted = (from: number, to: number): void => {
    if (source.expansions.length === 0 || !active()) return copy(from, to);
    let k = from;
    for (const span of source.expansions) {
      if (span.end <= k || span.start >= to) continue;
      copy(k, span.start);
      if (span.value !== undefined && span.value !== null) emitAt(span.value, span.start);
      else {
        emitAt(UNKNOWN, span.start);
        copy(span.start, span.end);
      }
      k = span.end;
    }
    copy(k, to);
  };
  /** Records `$VAR` / `${VAR}` written into [from, to) outside shell expansions. */
  const scanPlaceholders = (from: number, to: number): void => {
    if (!active()) return;
    const chunk = src.slice(from, to);
    if (!chunk.includes('$')) return;
    for (const match of chunk.matchAll(SHELL_VAR)) {
      const at = from + match.index;
      if (inExpansion(at)) continue;
      result.placeholders.push({ name: (match[1] ?? match[2])!, offset: source.origin.at(at) });
    }
  };
  const sql = (): void => {
    if (active()) result.hasSql = true;
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    const prev = i > 0 ? src[i - 1]! : '';

    const span = expansionAt.get(i);
    if (span) {
      // A shell value in SQL code position: the shell pastes its value; an unknown one becomes a
      // quoted stand-in marked UNKNOWN, so the statement still parses and is never taken for a name.
      if (active()) {
        if (span.value !== undefined && span.value !== null) {
          if (span.pid) result.pidExpansions.push(outLength);
          emitAt(span.value, span.start);
        } else {
          emitAt(`"${UNKNOWN}`, i);
          copy(span.start, span.end);
          emitAt('"', span.end - 1);
        }
        sql();
      } else blank(src.slice(span.start, span.end), span.start);
      i = span.end;
      continue;
    }
    if (c === '-' && next === '-') {
      const end = indexOrEnd(src, '\n', i);
      copy(i, end);
      i = end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = blockCommentEnd(src, i);
      copy(i, end);
      i = end;
      continue;
    }
    if (c === "'") {
      const escapes = (prev === 'e' || prev === 'E') && !(i > 1 && IDENT_CHAR.test(src[i - 2]!));
      const end = quotedEnd(src, i, "'", escapes);
      scanPlaceholders(i, end);
      copyQuoted(i, end);
      sql();
      i = end;
      continue;
    }
    if (c === '"') {
      const end = quotedEnd(src, i, '"', false);
      scanPlaceholders(i, end);
      copyQuoted(i, end);
      sql();
      i = end;
      continue;
    }
    if (c === '$') {
      const tag = IDENT_CHAR.test(prev) ? null : DOLLAR_TAG.exec(src.slice(i, i + 64));
      if (tag) {
        const close = src.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? src.length : close + tag[0].length;
        scanPlaceholders(i + tag[0].length, close < 0 ? end : close);
        copyQuoted(i, end);
        sql();
        i = end;
        continue;
      }
      const match = IDENT_CHAR.test(prev) ? null : /^\$\{[^}\n]*\}|^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
      if (match) {
        scanPlaceholders(i, i + match[0].length);
        copy(i, i + match[0].length);
        sql();
        i += match[0].length;
        continue;
      }
    }
    if (c === ':' && next !== ':' && prev !== ':') {
      const substituted = substituteVariable(src, i, state);
      if (substituted) {
        if (active()) {
          result.psqlVariables.push({ name: substituted.name, at: outLength, offset: source.origin.at(i) });
          emitAt(substituted.text, i);
          sql();
        } else blank(src.slice(i, i + substituted.length), i);
        i += substituted.length;
        continue;
      }
    }
    if (c === '\\') {
      i = metaCommand(src, i);
      continue;
    }
    if (c === ';') {
      if (active()) result.statementEnds.push(outLength);
      sql();
      copy(i, i + 1);
      i++;
      continue;
    }
    // Plain text up to the next character that may start something: copied in one piece.
    STARTS_SOMETHING_SEARCH.lastIndex = i + 1;
    let j = STARTS_SOMETHING_SEARCH.test(src) ? STARTS_SOMETHING_SEARCH.lastIndex - 1 : src.length;
    if (hasExpansions) {
      const nextExpansion = firstAtOrAfter(expansionStarts, i + 1);
      if (nextExpansion >= 0) j = Math.min(j, expansionStarts[nextExpansion]!);
    }
    if (!result.hasSql && /\S/.test(src.slice(i, j))) sql();
    copy(i, j);
    i = j;
  }
  toSource.push(1, src.length, 0);
  flushRun();
  result.text = out.length === 1 ? out[0]! : out.join('');
  return result;

  /** A backslash command: recorded, then blanked (a `;` for those that send the query buffer). */
  function metaCommand(text: string, start: number): number {
    let end = indexOrEnd(text, '\n', start);
    const separator = text.indexOf('\\\\', start + 1);
    if (separator >= 0 && separator < end) end = separator + 2;
    const body = text.slice(start + 1, end);
    const name = /^[A-Za-z]+/.exec(body)?.[0] ?? body.slice(0, 1);
    const args = substituteArgs(body.slice(name.length).replace(/\\\\$/, ''), state);
    const offset = source.origin.at(start);
    const event = (e: EventBody): void => {
      result.events.push({ ...e, at: outLength, offset } as PsqlEvent);
    };
    const wasActive = active();
    if (name === 'if' || name === 'elif' || name === 'else' || name === 'endif') {
      conditional(name, args.text, args.unknown, event);
    } else if (wasActive) {
      result.metaCommands.push({ name, offset });
      const sends = SENDS_BUFFER.test(name);
      if (sends) {
        result.statementEnds.push(outLength);
        if (name === 'gexec') result.gexecEnds.add(outLength);
        if (name === 'gdesc') result.describeEnds.add(outLength);
      }
      const words = splitArgs(args.text);
      if (name === 'c' || name === 'connect') {
        const database = connectTarget(args.text);
        if (database !== null) result.connects.push({ at: outLength, database });
        const user = words[1] && !words[1].startsWith('-reuse') ? words[1] : null;
        if (args.unknown) event({ kind: 'unevaluated', reason: `\\${name} with a psql variable svclint cannot know` });
        else event({ kind: 'connect', database: database === '-' ? null : database, user: user === '-' ? null : user });
        if (database !== null && database !== '-') state.variables.set('DBNAME', database);
        if (user && user !== '-') state.variables.set('USER', user);
      } else if (name === 'set') {
        if (words[0]) {
          // `\set v `echo "$VAR"`` (supabase's idiom) is the environment's value; other backticks run commands.
          const echoed = /^\s*\S+\s+`\s*echo\s+"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?\s*`\s*$/.exec(args.text)?.[1];
          const value = echoed !== undefined ? (state.env.get(echoed) ?? null) : args.unknown || /`/.test(body) ? null : words.slice(1).join('');
          state.variables.set(words[0], value);
          if (words[0] === 'ON_ERROR_STOP') event({ kind: 'on-error-stop', value: value === null ? null : psqlBool(value === '' ? 'on' : value) });
        }
      } else if (name === 'unset') {
        if (words[0]) state.variables.delete(words[0]);
        if (words[0] === 'ON_ERROR_STOP') event({ kind: 'on-error-stop', value: false });
      } else if (name === 'getenv') {
        if (words[0]) state.variables.set(words[0], words[1] ? (state.env.get(words[1]) ?? null) : null);
      } else if (name === 'gset') {
        state.gset = true;
      } else if (name === 'i' || name === 'include' || name === 'ir' || name === 'include_relative') {
        event({ kind: 'unevaluated', reason: `\\${name} runs another file, which svclint does not follow` });
      } else if (name === 'q' || name === 'quit') {
        event({ kind: 'quit' });
        // Nothing after \q is read.
        blank(text.slice(start), start);
        return text.length;
      } else if (name === '!' || name === 'o' || name === 'out') {
        // Shell escapes and output files do not change roles or databases.
      }
      // Blanked (a `;` in its first place when it sends the buffer), each place at its own character.
      const blanked = text.slice(start, end).replace(/[^\r\n]/g, ' ');
      append(sends ? `;${blanked.slice(1)}` : blanked, start, 1);
      return end;
    }
    blank(text.slice(start, end), start);
    return end;
  }

  function conditional(name: string, condition: string, unknown: boolean, event: (e: EventBody) => void): void {
    const evaluate = (): boolean => {
      const value = unknown ? null : psqlBool(condition.trim());
      if (value === null) {
        event({
          kind: 'unevaluated',
          reason: `\\${name} ${unknown ? 'on a psql variable svclint cannot know' : 'with a condition svclint cannot evaluate'} (svclint reads the first branch)`,
        });
        return true;
      }
      return value;
    };
    if (name === 'if') {
      const parentActive = active();
      const value = parentActive ? evaluate() : false;
      conditionals.push({ active: parentActive && value, taken: parentActive && value, parentActive });
    } else if (name === 'elif') {
      const top = conditionals.at(-1);
      if (!top) return;
      if (top.taken || !top.parentActive) top.active = false;
      else {
        top.active = evaluate();
        top.taken = top.active;
      }
    } else if (name === 'else') {
      const top = conditionals.at(-1);
      if (!top) return;
      top.active = top.parentActive && !top.taken;
      top.taken = true;
    } else conditionals.pop();
  }
}

/**
 * `:var`, `:'var'`, `:"var"`, `:{?var}` as psql substitutes them: a known value is pasted (quoted
 * for `:'…'` / `:"…"`), an unknown one becomes a stand-in marked UNKNOWN, an undefined one is
 * left as written (psql sends `:var` itself). Null when this is not a variable reference.
 */
function substituteVariable(src: string, i: number, state: PsqlState): { name: string; text: string; length: number } | null {
  const next = src[i + 1];
  if (next === '{' && src[i + 2] === '?') {
    const m = /^:\{\?([A-Za-z_][A-Za-z0-9_]*)\}/.exec(src.slice(i, i + 260));
    if (!m) return null;
    const known = state.variables.has(m[1]!) ? 'TRUE' : state.gset ? null : 'FALSE';
    return { name: m[1]!, text: known ?? `${UNKNOWN}:{?${m[1]}}`, length: m[0].length };
  }
  const quote = next === "'" || next === '"' ? next : '';
  const name = PSQL_VAR.exec(src.slice(i + 1 + quote.length, i + 256));
  if (!name || (quote && src[i + 1 + quote.length + name[0].length] !== quote)) return null;
  const length = 1 + name[0].length + quote.length * 2;
  const value = lookup(state, name[0]);
  if (value === undefined) return null;
  if (value === null) {
    const standIn = quote === "'" ? `'${UNKNOWN}:${name[0]}'` : `"${UNKNOWN}:${name[0]}"`;
    return { name: name[0], text: standIn, length };
  }
  const text = quote === "'" ? `'${value.replace(/'/g, "''")}'` : quote === '"' ? `"${value.replace(/"/g, '""')}"` : value;
  return { name: name[0], text, length };
}

/** A variable's value; null when set but unknown; undefined when not set. */
function lookup(state: PsqlState, name: string): string | null | undefined {
  if (state.variables.has(name)) return state.variables.get(name)!;
  if (AUTOMATIC_UNKNOWN.has(name) || state.gset) return null;
  return undefined;
}

/** Meta-command arguments after psql's variable substitution; `unknown` when one could not be known. */
function substituteArgs(args: string, state: PsqlState): { text: string; unknown: boolean } {
  let unknown = false;
  const defined = args.replace(/:\{\?([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, name: string) => {
    if (state.variables.has(name)) return 'TRUE';
    if (state.gset) unknown = true;
    return 'FALSE';
  });
  const text = defined.replace(/:(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g, (whole, _quote: string, name: string) => {
    const value = lookup(state, name);
    if (value === undefined) return whole;
    if (value === null) {
      unknown = true;
      return whole;
    }
    return value;
  });
  return { text, unknown };
}

/** Meta-command arguments as psql splits them: whitespace-separated, quotes removed. */
function splitArgs(args: string): string[] {
  return [...args.matchAll(/'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\S+)/g)].map((m) => m[1]?.replace(/''/g, "'") ?? m[2]?.replace(/""/g, '"') ?? m[3]!);
}

/** psql's boolean: on/off, true/false, yes/no (unique prefixes), 1/0; null when it is none of them. */
export function psqlBool(text: string): boolean | null {
  const value = text.toLowerCase();
  if (value === '') return null;
  if ('true'.startsWith(value) || 'yes'.startsWith(value) || value === 'on' || value === '1') return true;
  if ('false'.startsWith(value) || 'no'.startsWith(value) || (value.length >= 2 && 'off'.startsWith(value)) || value === '0') return false;
  return null;
}

/** Database named by `\connect` arguments: `db`, `"db"`, `dbname=db ...`, `postgresql://.../db`, `-`. */
export function connectTarget(args: string): string | null {
  const words = [...args.matchAll(/'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\S+)/g)]
    .map((m) => m[1]?.replace(/''/g, "'") ?? m[2]?.replace(/""/g, '"') ?? m[3]!)
    .filter((w) => !w.startsWith('-reuse-previous'));
  const first = words[0];
  if (first === undefined) return null;
  const uri = /^postgres(?:ql)?:\/\/[^/]*\/([^?]+)/.exec(first);
  if (uri) return decodeURIComponent(uri[1]!);
  if (first.includes('=')) return /(?:^|\s)dbname\s*=\s*'?([^'\s]+)/.exec(first)?.[1] ?? '-';
  return first;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}

function blockCommentEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return text.length;
}

/** End (exclusive) of a quoted string starting at `start`; a doubled quote continues it. */
function quotedEnd(text: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (backslashEscapes && c === '\\') {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}

/**
 * The `--` comments of a SQL script, as psql reads it: not inside quotes, quoted identifiers,
 * dollar-quoted bodies or block comments (where a directive-like text is text). Offsets are
 * string offsets; the body is the text after `--`, trimmed.
 */
export function sqlComments(text: string): { offset: number; body: string }[] {
  const out: { offset: number; body: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '-' && next === '-') {
      const end = indexOrEnd(text, '\n', i);
      out.push({ offset: i, body: text.slice(i + 2, end).trim() });
      i = end;
    } else if (c === '/' && next === '*') {
      i = blockCommentEnd(text, i);
    } else if (c === "'" || c === '"') {
      const prev = i > 0 ? text[i - 1]! : '';
      i = quotedEnd(text, i, c, c === "'" && (prev === 'e' || prev === 'E') && !(i > 1 && IDENT_CHAR.test(text[i - 2]!)));
    } else if (c === '$' && !(i > 0 && IDENT_CHAR.test(text[i - 1]!))) {
      const tag = DOLLAR_TAG.exec(text.slice(i, i + 64));
      if (!tag) {
        i++;
        continue;
      }
      const close = text.indexOf(tag[0], i + tag[0].length);
      i = close < 0 ? text.length : close + tag[0].length;
    } else {
      i++;
    }
  }
  return out;
}
