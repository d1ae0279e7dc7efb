// The real PostgreSQL parser (libpg-query, WASM), loaded once and only when there is SQL to read.
// A file is parsed whole; when that fails it is parsed statement by statement, so one bad
// statement reports its own position and does not hide the others.
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { WASM_TIERING_BUDGET_FLAG } from '../../loader/flags';
import { recognizeStatement } from './fast-sql';
import { byteToCharIndex, charToByteIndex, codePointToCharIndex } from './source';

type ParseSync = (query: string) => { stmts?: { stmt?: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[] };
type ParsePlpgsqlSync = (query: string) => { plpgsql_funcs?: Record<string, unknown>[] };

const require = createRequire(import.meta.url);

let loading: Promise<ParseSync> | null = null;
let plpgsql: ParsePlpgsqlSync | null = null;
let loadMillis: number | null = null;

/** Loads libpg-query's WASM module on first use. */
export function loadPgParser(): Promise<ParseSync> {
  loading ??= (async () => {
    const started = performance.now();
    // The CLI's loader set it before compiling (src/loader/flags.ts); this is for library use (the
    // same value again leaves V8's flag hash, hence the code cache, as it was).
    setFlagsFromString(WASM_TIERING_BUDGET_FLAG);
    // require, not import(): import() of this CommonJS package first runs Node's export scan over it.
    const pg = require('libpg-query') as typeof import('libpg-query');
    await pg.loadModule();
    loadMillis = performance.now() - started;
    plpgsql = pg.parsePlPgSQLSync as unknown as ParsePlpgsqlSync;
    return pg.parseSync as unknown as ParseSync;
  })();
  return loading;
}

/** PL/pgSQL's own parser (a DO block's body), from the same module; throws on a body that does not compile. */
export async function parsePlpgsql(statement: string): Promise<Record<string, unknown> | null> {
  await loadPgParser();
  const tree = plpgsql!(statement);
  const fn = tree.plpgsql_funcs?.[0]?.PLpgSQL_function as Record<string, unknown> | undefined;
  return fn ?? null;
}

/** One statement's parse tree (a condition or expression wrapped in SELECT), or null when it does not parse. */
export async function parseOne(sql: string): Promise<Record<string, unknown> | null> {
  const parse = await loadPgParser();
  try {
    const stmt = parse(sql).stmts?.[0]?.stmt;
    return stmt ?? null;
  } catch {
    return null;
  }
}

/** Milliseconds the first load took (import + WASM instantiation), null before it. */
export function pgParserLoadMillis(): number | null {
  return loadMillis;
}

/** One parsed statement: its node and where it sits in the parsed text (UTF-16 indexes). */
export interface RawStatement {
  /** Node type, e.g. 'CreateRoleStmt'. */
  type: string;
  node: Record<string, unknown>;
  start: number;
  end: number;
  /** Converts a byte `location` inside this statement's parse tree to an index in the whole text. */
  at(location: number): number;
}

export interface ParseOutcome {
  statements: RawStatement[];
  errors: { message: string; at: number }[];
}

/** What the init-SQL fast path took and left since the process started (for --debug and the tests). */
export const sqlFastPath = { enabled: true, batches: 0, statements: 0, fallbackBatches: 0 };

/** Statements parsed per call: a 14,000-statement init script parsed whole held ~100 MB of parse tree at once. */
const BATCH_STATEMENTS = 256;

/**
 * Parses `text` (never throws). `statementEnds` are terminator indexes: the text is parsed in
 * batches of statements cut there, and a batch that does not parse is parsed statement by
 * statement, so each error has its own position and hides nothing else.
 */
export async function parseStatements(text: string, statementEnds: readonly number[], options: { fastPath?: boolean } = {}): Promise<ParseOutcome> {
  const outcome: ParseOutcome = { statements: [], errors: [] };
  const cuts = [...[...statementEnds].sort((a, b) => a - b).map((end) => Math.min(text.length, end + 1)), text.length];
  let from = 0;
  for (let i = 0; i < cuts.length && from < text.length; i += BATCH_STATEMENTS) {
    const batch = cuts.slice(i, i + BATCH_STATEMENTS).filter((cut) => cut > from);
    const to = batch.at(-1) ?? from;
    if (to <= from) continue;
    // The fast path takes a batch only when it reads every statement of it: then libpg-query would
    // parse the batch to exactly these trees (see fast-sql.ts); else the batch goes to libpg-query whole.
    const fast = (options.fastPath ?? sqlFastPath.enabled) ? recognizeBatch(text, from, batch) : null;
    if (fast) {
      sqlFastPath.batches++;
      sqlFastPath.statements += fast.length;
      outcome.statements.push(...fast);
      from = to;
      continue;
    }
    sqlFastPath.fallbackBatches++;
    const parse = await loadPgParser();
    const whole = parseChunk(parse, text.slice(from, to), from);
    if (!('error' in whole)) {
      outcome.statements.push(...whole.statements);
    } else {
      let start = from;
      for (const cut of batch) {
        if (cut <= start) continue;
        const chunk = text.slice(start, cut);
        if (chunk.trim() !== '') {
          const result = parseChunk(parse, chunk, start);
          if ('error' in result) outcome.errors.push(result.error);
          else outcome.statements.push(...result.statements);
        }
        start = cut;
      }
    }
    from = to;
  }
  return outcome;
}

/** A character that takes more than one UTF-8 byte (searched natively: a loop over the batch's characters cost ~1.5 ms at 10,000 services). */
const NON_ASCII = /[^\x00-\x7f]/;

/** The batch's statements from the fast path (positions as parseChunk gives them), or null when it does not read one of them. */
function recognizeBatch(text: string, from: number, cuts: readonly number[]): RawStatement[] | null {
  const to = cuts.at(-1)!;
  // libpg-query's locations are UTF-8 byte offsets from the batch start.
  const ascii = !NON_ASCII.test(text.slice(from, to));
  let toChar: ((byte: number) => number) | null = null;
  let byteOf: ((index: number) => number) | null = null;
  if (!ascii) {
    const chunk = text.slice(from, to);
    toChar = byteToCharIndex(chunk);
    byteOf = charToByteIndex(chunk);
  }
  const byteAt = (index: number): number => (byteOf ? byteOf(index - from) : index - from);
  const at = (location: number): number => from + (toChar ? toChar(location) : Math.max(0, Math.min(location, to - from)));
  const statements: RawStatement[] = [];
  let start = from;
  for (const cut of cuts) {
    if (cut <= start) continue;
    const found = recognizeStatement(text, start, cut, byteAt);
    if (found === null) return null;
    if (found !== 'empty') statements.push({ type: found.type, node: found.node, start: found.start, end: found.end, at });
    start = cut;
  }
  return statements;
}

function parseChunk(parse: ParseSync, chunk: string, base: number): { statements: RawStatement[] } | { error: { message: string; at: number } } {
  let tree: ReturnType<ParseSync>;
  try {
    tree = parse(chunk);
  } catch (error) {
    const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    const message = error instanceof Error ? error.message : String(error);
    // Postgres error cursors count characters (code points), not bytes.
    const at = base + codePointToCharIndex(chunk, details?.cursorPosition ?? 0);
    return { error: { message, at } };
  }
  const toChar = byteToCharIndex(chunk);
  const statements: RawStatement[] = [];
  for (const raw of tree.stmts ?? []) {
    const [type, node] = Object.entries(raw.stmt ?? {})[0] ?? ['Unknown', {}];
    const startByte = raw.stmt_location ?? 0;
    const start = base + toChar(startByte);
    const end = raw.stmt_len ? base + toChar(startByte + raw.stmt_len) : base + chunk.length;
    statements.push({ type, node: node as Record<string, unknown>, start, end, at: (location) => base + toChar(location) });
  }
  return { statements };
}
