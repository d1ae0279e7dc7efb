// `.env` / `env_file` syntax exactly as compose-go's dotenv parser reads it (dotenv/parser.go):
// KEY=VALUE, `export KEY=...`, `KEY: VALUE`, comments, single quotes (literal but for `\'`),
// double quotes (escapes \a \b \f \n \r \t \v \\ \" \$ \0NNN, several lines), unquoted values
// with an inline ` #` comment, a bare `KEY` line (inherited from the environment). Values are
// interpolated with compose-go's template rules; a variable is looked up outside the file first
// (`fallback`), then among the keys defined above it. What compose-go refuses (an unterminated
// quote, a key with a space or a character outside [letters digits _ . - [ ]], an invalid template)
// is an error at its line: the entries before it are still returned. Never throws.
import { readFileSync } from 'node:fs';
import { interpolate, type Lookup } from './interpolate';
import { lineAndColumn, newlineStarts } from '../util/search';

export interface EnvEntry {
  key: string;
  /** Value after unquoting and escape processing, before `${VAR}` expansion. */
  raw: string;
  /** Value after expansion; unknown variables stay as `${VAR}` text. */
  value: string;
  /** Variables the value refers to that nothing defines. */
  unknown: string[];
  /** 1-based line of the key. */
  line: number;
}

export interface EnvFileError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedEnvFile {
  entries: EnvEntry[];
  /** What makes compose-go refuse the file; null when it reads it. */
  error: EnvFileError | null;
}

/** Go's unicode.IsSpace. */
const UNICODE_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/u;
/** compose-go's isSpace: a space but not a line break. */
const INLINE_SPACE = new Set(['\t', '\v', '\f', '\r', ' ', '\u0085', '\u00A0']);
/** Go's `^export\s+` (RE2 `\s` is ASCII: tab, newline, form feed, carriage return, space). */
const EXPORT = /^export[\t\n\f\r ]+/;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** compose-go's escapeSeqRegex. */
const ESCAPE = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };

const isUnicodeSpace = (ch: string) => UNICODE_SPACE.test(ch);

class EnvSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses env-file text into entries in file order (a key defined twice appears twice) and the error compose-go would give. */
export function parseDotEnv(text: string, fallback?: Lookup): ParsedEnvFile {
  const src = text.replace(/^\uFEFF/, '');
  const lineStarts = newlineStarts(src);
  const position = (offset: number) => lineAndColumn(lineStarts, offset);
  const entries: EnvEntry[] = [];
  const defined = new Map<string, string>();
  const lookup: Lookup = (name) => fallback?.(name) ?? defined.get(name);
  let pos = 0;
  try {
    for (;;) {
      pos = statementStart(src, pos);
      if (pos >= src.length) break;
      const start = pos;
      const { key, valueAt, inherited } = keyName(src, pos);
      if (key.includes(' ')) throw new EnvSyntaxError('key cannot contain a space', start);
      if (inherited) {
        const value = lookup(key);
        if (value !== undefined) {
          entries.push({ key, raw: value, value, unknown: [], line: position(start).line });
          defined.set(key, value);
        }
        pos = valueAt;
        continue;
      }
      const extracted = extractValue(src, valueAt, lookup);
      entries.push({ key, ...extracted.value, line: position(start).line });
      defined.set(key, extracted.value.value);
      pos = extracted.next;
    }
    return { entries, error: null };
  } catch (error) {
    if (!(error instanceof EnvSyntaxError)) throw error;
    return { entries, error: { message: error.message, ...position(error.offset) } };
  }
}

/** Entries of an env file in order, up to anything compose-go refuses. */
export function parseEnvEntries(text: string, fallback?: Lookup): EnvEntry[] {
  return parseDotEnv(text, fallback).entries;
}

/** Variables of an env file; a key defined twice keeps its last value. */
export function parseEnvFile(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const entry of parseEnvEntries(text)) env.set(entry.key, entry.value);
  return env;
}

/** Reads and parses an env file; null when it is missing or unreadable. Never throws. */
export function readEnvFile(abs: string): Map<string, string> | null {
  const text = readTextOrNull(abs);
  return text === null ? null : parseEnvFile(text);
}

/** Reads a file as UTF-8 text; null when it is missing, unreadable or a directory. */
export function readTextOrNull(abs: string): string | null {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return null;
  }
}

/** compose-go's getStatementStart: skips white space (line breaks included) and `#` comment lines. */
function statementStart(src: string, from: number): number {
  let pos = from;
  for (;;) {
    while (pos < src.length) {
      const ch = String.fromCodePoint(src.codePointAt(pos)!);
      if (!isUnicodeSpace(ch)) break;
      pos += ch.length;
    }
    if (pos >= src.length || src[pos] !== '#') return pos;
    const end = src.indexOf('\n', pos);
    if (end < 0) return src.length;
    pos = end;
  }
}

/** compose-go's locateKeyName: the key up to `=`, `:` or a line break (a bare key is inherited). */
function keyName(src: string, start: number): { key: string; valueAt: number; inherited: boolean } {
  let from = start;
  const exported = EXPORT.exec(src.slice(start, start + 64));
  if (exported) {
    from = start + 'export'.length;
    while (from < src.length && INLINE_SPACE.has(src[from]!)) from++;
  }
  let key = '';
  let offset = from;
  let inherited = false;
  for (let i = from; i < src.length;) {
    const ch = String.fromCodePoint(src.codePointAt(i)!);
    if (ch === '=' || ch === ':' || ch === '\n') {
      key = src.slice(from, i);
      offset = i + 1;
      inherited = ch === '\n';
      break;
    }
    if (!INLINE_SPACE.has(ch) && !'_.-[]'.includes(ch) && !LETTER_OR_NUMBER.test(ch)) {
      const end = src.indexOf('\n', from);
      const firstLine = src.slice(from, end < 0 ? src.length : end);
      throw new EnvSyntaxError(`unexpected character ${JSON.stringify(ch)} in variable name ${JSON.stringify(firstLine)}`, i);
    }
    i += ch.length;
  }
  key = trimEndUnicodeSpace(key);
  let valueAt = offset;
  while (valueAt < src.length && INLINE_SPACE.has(src[valueAt]!)) valueAt++;
  return { key, valueAt, inherited };
}

/** compose-go's extractVarValue: an unquoted value up to the line break, or a quoted one. */
function extractValue(src: string, at: number, lookup: Lookup): { value: Omit<EnvEntry, 'key' | 'line'>; next: number } {
  const quote = src[at];
  if (quote !== '"' && quote !== "'") {
    const end = src.indexOf('\n', at);
    let raw = src.slice(at, end < 0 ? src.length : end);
    const comment = raw.indexOf(' #');
    if (comment >= 0) raw = raw.slice(0, comment);
    raw = trimEndUnicodeSpace(raw);
    return { value: expand(raw, lookup, at), next: end < 0 ? src.length : end + 1 };
  }
  let chars = '';
  let escaped = false;
  for (let i = at + 1; i < src.length; i++) {
    const ch = src[i]!;
    if (ch !== quote) {
      if (!escaped && ch === '\\') {
        escaped = true;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += '\\';
      }
      chars += ch;
      continue;
    }
    if (escaped) {
      // An escaped quote of the kind that opened the value is the quote itself.
      escaped = false;
      chars += ch;
      continue;
    }
    if (quote === "'") return { value: { raw: chars, value: chars, unknown: [] }, next: i + 1 };
    return { value: expand(expandEscapes(chars), lookup, at), next: i + 1 };
  }
  const end = src.indexOf('\n', at);
  throw new EnvSyntaxError(`unterminated quoted value ${src.slice(at, end < 0 ? src.length : end)}`, at);
}

function expand(raw: string, lookup: Lookup, at: number): Omit<EnvEntry, 'key' | 'line'> {
  const result = interpolate(raw, lookup);
  if (result.error) throw new EnvSyntaxError(result.error.message, at);
  return { raw, value: result.value, unknown: result.unknown };
}

/** compose-go's expandEscapes: `\$` becomes `$$` (a literal `$` for interpolation), `\0NNN` is octal. */
function expandEscapes(text: string): string {
  return text.replace(ESCAPE, (match) => {
    if (match === '\\$') return '$$';
    if (match.startsWith('\\0')) {
      // Go's UnquoteChar on `\NNN`: exactly three octal digits, at most 255; otherwise kept as written.
      const digits = match.slice(2);
      return /^[0-7]{3}$/.test(digits) && parseInt(digits, 8) <= 255 ? String.fromCodePoint(parseInt(digits, 8)) : match;
    }
    return SIMPLE_ESCAPES[match[1]!] ?? match;
  });
}

function trimEndUnicodeSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isUnicodeSpace(text[end - 1]!)) end--;
  return text.slice(0, end);
}
