// Docker Compose `.env` / `env_file` syntax (compose-go dotenv): KEY=VALUE, `export KEY=...`,
// `KEY: VALUE`, comments, single quotes (literal), double quotes (escapes, multi-line),
// unquoted values with inline ` #` comments, CRLF. Like Compose, unquoted and double-quoted
// values may refer to keys defined earlier in the same file (`${A}`); single-quoted ones are literal.
import { readFileSync } from 'node:fs';
import { interpolate, type Lookup } from './interpolate';

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

const KEY = /^[A-Za-z_][A-Za-z0-9_.\-\[\]]*$/;
const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'", $: '$$' };

/**
 * Parses env-file text into entries in file order (a key defined twice appears twice; the
 * last one wins in `parseEnvFile`). Lines that are not assignments are skipped, never thrown on.
 * `fallback` is consulted for `${VAR}` references to keys not defined earlier in the file.
 */
export function parseEnvEntries(text: string, fallback?: Lookup): EnvEntry[] {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const entries: EnvEntry[] = [];
  const defined = new Map<string, string>();
  const lookup: Lookup = (name) => defined.get(name) ?? fallback?.(name);
  let pos = 0;
  let line = 1;
  while (pos < src.length) {
    const lineEnd = indexOrEnd(src, '\n', pos);
    const startLine = line;
    const assignment = /^\s*(?:export\s+)?([^\s=:#]+)\s*[=:]\s?/.exec(src.slice(pos, lineEnd));
    const key = assignment?.[1];
    if (!assignment || key === undefined || !KEY.test(key) || /^\s*#/.test(src.slice(pos, lineEnd))) {
      pos = lineEnd + 1;
      line++;
      continue;
    }
    let valueStart = pos + assignment[0].length;
    while (src[valueStart] === ' ' || src[valueStart] === '\t') valueStart++;
    const quote = src[valueStart];
    let raw: string;
    let expand: boolean;
    let next: number;
    const close = quote === '"' || quote === "'" ? findClosingQuote(src, valueStart + 1, quote) : -1;
    if (close >= 0) {
      const body = src.slice(valueStart + 1, close);
      raw = quote === '"' ? unescapeDoubleQuoted(body) : body;
      expand = quote === '"';
      next = indexOrEnd(src, '\n', close) + 1;
      line += countNewlines(src, pos, next);
    } else {
      raw = stripInlineComment(src.slice(valueStart, lineEnd)).trim();
      expand = true;
      next = lineEnd + 1;
      line++;
    }
    const { value, unknown } = expand ? interpolate(raw, lookup) : { value: raw, unknown: [] };
    // `$$` in double quotes came from an escaped `\$`; interpolation turned it back into `$`.
    entries.push({ key, raw, value, unknown, line: startLine });
    defined.set(key, value);
    pos = next;
  }
  return entries;
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

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to && i < text.length; i++) if (text[i] === '\n') count++;
  return Math.max(count, 1);
}

/** Index of the closing quote; double quotes skip backslash escapes. -1 when unterminated. */
function findClosingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function unescapeDoubleQuoted(body: string): string {
  // `\$` is kept as `$$` so the later interpolation step yields a literal `$`.
  return body.replace(/\\(.)/gs, (whole, ch: string) => DOUBLE_QUOTE_ESCAPES[ch] ?? whole);
}

/** ` #` (whitespace then #) starts a comment in an unquoted value; `a#b` does not. */
function stripInlineComment(value: string): string {
  const match = /[ \t]#/.exec(value);
  return match ? value.slice(0, match.index) : value;
}
