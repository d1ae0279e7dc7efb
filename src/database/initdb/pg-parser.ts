// The real PostgreSQL parser (libpg-query, WASM), loaded once and only when there is SQL to read.
// A file is parsed whole; when that fails it is parsed statement by statement, so one bad
// statement reports its own position and does not hide the others.
import { setFlagsFromString } from 'node:v8';
import { byteToCharIndex, codePointToCharIndex } from './source';

type ParseSync = (query: string) => { stmts?: { stmt?: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[] };
type ParsePlpgsqlSync = (query: string) => { plpgsql_funcs?: Record<string, unknown>[] };

let loading: Promise<ParseSync> | null = null;
let plpgsql: ParsePlpgsqlSync | null = null;
/** 50x V8's default (1,800,000 "bytes executed"). */
const WASM_TIERING_BUDGET = 90_000_000;
let loadMillis: number | null = null;

/** Loads libpg-query's WASM module on first use. */
export function loadPgParser(): Promise<ParseSync> {
  loading ??= (async () => {
    const started = performance.now();
    // V8 tiers hot WebAssembly functions up to TurboFan after a small budget of work, and that
    // compile blocked the main thread for ~80 ms after the first parse: more than the whole lint of a
    // small tree. Init scripts are short, so the baseline code is fast enough; a large budget still
    // lets a big workload tier up. The flag only concerns WebAssembly.
    setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
    const pg = await import('libpg-query');
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

/** Statements parsed per call: a 14,000-statement init script parsed whole held ~100 MB of parse tree at once. */
const BATCH_STATEMENTS = 256;

/**
 * Parses `text` (never throws). `statementEnds` are terminator indexes: the text is parsed in
 * batches of statements cut there, and a batch that does not parse is parsed statement by
 * statement, so each error has its own position and hides nothing else.
 */
export async function parseStatements(text: string, statementEnds: readonly number[]): Promise<ParseOutcome> {
  const parse = await loadPgParser();
  const outcome: ParseOutcome = { statements: [], errors: [] };
  const cuts = [...[...statementEnds].sort((a, b) => a - b).map((end) => Math.min(text.length, end + 1)), text.length];
  let from = 0;
  for (let i = 0; i < cuts.length && from < text.length; i += BATCH_STATEMENTS) {
    const batch = cuts.slice(i, i + BATCH_STATEMENTS).filter((cut) => cut > from);
    const to = batch.at(-1) ?? from;
    if (to <= from) continue;
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
