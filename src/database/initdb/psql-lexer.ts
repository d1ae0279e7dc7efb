// What psql does to a script before the server sees it, done just far enough for the real
// PostgreSQL parser: backslash commands are removed (blanked, so positions hold), psql variables
// (`:var`, `:'var'`, `:"var"`) become same-named quoted stand-ins, and shell expansions that land
// outside SQL quotes become quoted identifiers. Strings, quoted identifiers, dollar quotes and
// comments are respected, so `::casts`, `'$1'` and `$body$` are left alone.
import type { SqlSource, Span } from './source';

export interface PreparedSql {
  /** Text handed to libpg-query. */
  text: string;
  /** File byte offset for each UTF-16 unit of `text` (+ end). */
  origin: number[];
  /** Indexes in `text` of statement terminators (`;`, and `\g`-family commands, which send the buffer). */
  statementEnds: number[];
  /** `\connect` commands: from index `at` on, statements run in `database` ('-' keeps the current one). */
  connects: { at: number; database: string }[];
  /** Terminator indexes that came from `\gexec` (the query's output is run as SQL). */
  gexecEnds: Set<number>;
  metaCommands: { name: string; offset: number }[];
  /** psql variables; `at` is the index of the stand-in in `text`. */
  psqlVariables: { name: string; at: number; offset: number }[];
  /** `${VAR}` / `$VAR` written in the script (not produced by a shell expansion). */
  placeholders: { name: string; offset: number }[];
  /** Anything besides whitespace, comments and backslash commands. */
  hasSql: boolean;
}

const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const PSQL_VAR = /^[A-Za-z_][A-Za-z0-9_]*/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
/** `${VAR}`, `${VAR:-default}`, `$VAR`: shell syntax that Postgres takes literally. */
const SHELL_VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
/** Meta-commands that send the query buffer, like `;` does. */
const SENDS_BUFFER = /^(g|gx|gexec|gset|gdesc|crosstabview|watch|bind|bind_named)$/;

export function preparePsql(source: SqlSource): PreparedSql {
  const src = source.text;
  const out: string[] = [];
  const origin: number[] = [];
  const result: PreparedSql = {
    text: '',
    origin,
    statementEnds: [],
    connects: [],
    gexecEnds: new Set(),
    metaCommands: [],
    psqlVariables: [],
    placeholders: [],
    hasSql: false,
  };
  const expansionAt = new Map<number, Span>(source.expansions.map((span) => [span.start, span]));
  const inExpansion = (index: number): boolean => source.expansions.some((span) => index >= span.start && index < span.end);

  const emit = (text: string, from: number): void => {
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]!);
      origin.push(source.origin[Math.min(from + k, src.length)]!);
    }
  };
  const emitAt = (text: string, at: number): void => {
    for (const ch of text) {
      out.push(ch);
      origin.push(source.origin[at]!);
    }
  };
  const copy = (from: number, to: number): void => emit(src.slice(from, to), from);
  /** Records `$VAR` / `${VAR}` written into [from, to) outside shell expansions. */
  const scanPlaceholders = (from: number, to: number): void => {
    const chunk = src.slice(from, to);
    for (const match of chunk.matchAll(SHELL_VAR)) {
      const at = from + match.index;
      if (inExpansion(at)) continue;
      result.placeholders.push({ name: (match[1] ?? match[2])!, offset: source.origin[at]! });
    }
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    const prev = i > 0 ? src[i - 1]! : '';

    const span = expansionAt.get(i);
    if (span) {
      // A shell value in SQL code position: make it one quoted identifier so the statement parses.
      emitAt('"', i);
      copy(span.start, span.end);
      emitAt('"', span.end - 1);
      result.hasSql = true;
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
      copy(i, end);
      result.hasSql = true;
      i = end;
      continue;
    }
    if (c === '"') {
      const end = quotedEnd(src, i, '"', false);
      scanPlaceholders(i, end);
      copy(i, end);
      result.hasSql = true;
      i = end;
      continue;
    }
    if (c === '$') {
      const tag = IDENT_CHAR.test(prev) ? null : DOLLAR_TAG.exec(src.slice(i, i + 64));
      if (tag) {
        const close = src.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? src.length : close + tag[0].length;
        scanPlaceholders(i + tag[0].length, close < 0 ? end : close);
        copy(i, end);
        result.hasSql = true;
        i = end;
        continue;
      }
      const match = IDENT_CHAR.test(prev) ? null : /^\$\{[^}\n]*\}|^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
      if (match) {
        scanPlaceholders(i, i + match[0].length);
        copy(i, i + match[0].length);
        result.hasSql = true;
        i += match[0].length;
        continue;
      }
    }
    if (c === ':' && next !== ':' && prev !== ':') {
      const quote = next === "'" || next === '"' ? next : '';
      const name = PSQL_VAR.exec(src.slice(i + 1 + quote.length, i + 256));
      if (name && (!quote || src[i + 1 + quote.length + name[0].length] === quote)) {
        const written = 1 + name[0].length + quote.length * 2;
        const standIn = quote === "'" ? `':${name[0]}'` : `":${name[0]}"`;
        result.psqlVariables.push({ name: name[0], at: out.length, offset: source.origin[i]! });
        emitAt(standIn, i);
        result.hasSql = true;
        i += written;
        continue;
      }
    }
    if (c === '\\') {
      i = metaCommand(src, i, result, out, origin, source);
      continue;
    }
    if (c === ';') result.statementEnds.push(out.length);
    if (!/\s/.test(c)) result.hasSql = true;
    copy(i, i + 1);
    i++;
  }
  origin.push(source.origin[src.length]!);
  result.text = out.join('');
  return result;
}

/** A backslash command: recorded, then blanked (a `;` for those that send the query buffer). */
function metaCommand(src: string, start: number, result: PreparedSql, out: string[], origin: number[], source: SqlSource): number {
  let end = indexOrEnd(src, '\n', start);
  const separator = src.indexOf('\\\\', start + 1);
  if (separator >= 0 && separator < end) end = separator + 2;
  const body = src.slice(start + 1, end);
  const name = /^[A-Za-z]+/.exec(body)?.[0] ?? body.slice(0, 1);
  result.metaCommands.push({ name, offset: source.origin[start]! });
  const sends = SENDS_BUFFER.test(name);
  if (sends) {
    result.statementEnds.push(out.length);
    if (name === 'gexec') result.gexecEnds.add(out.length);
  }
  if (name === 'c' || name === 'connect') {
    const database = connectTarget(body.slice(name.length));
    if (database !== null) result.connects.push({ at: out.length, database });
  }
  for (let k = start; k < end; k++) {
    const ch = src[k]!;
    out.push(k === start && sends ? ';' : ch === '\n' || ch === '\r' ? ch : ' ');
    origin.push(source.origin[k]!);
  }
  return end;
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
