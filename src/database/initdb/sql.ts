// SQL (a `.sql` file, or SQL pulled out of a shell script) -> the steps psql runs, in order:
// statements, syntax errors, `\connect`s, and what svclint cannot evaluate, each at its position
// in the file; plus placeholders and literal passwords.
import { conditionOf, constantText } from './expressions';
import { oneLine, safeMessage } from './messages';
import { parseStatements, type RawStatement } from './pg-parser';
import { readDoBody } from './plpgsql';
import { newPsqlState, preparePsql, type PreparedSql, type PsqlState } from './psql-lexer';
import { OffsetMap, sqlFileSource, type SqlSource } from './source';
import { modelStatement, type StatementContext } from './statements';
import { UNKNOWN, type InitScriptFormat, type InitStatement, type InitStep, type ParsedInitScript, type PlStep, type SourceLoc } from './types';
import { firstAtOrAfter, lastAtOrBefore } from '../../util/search';

export { oneLine, safeMessage };

/** The container's environment as svclint knows it: a value, or null when set but unknown. */
export type ScriptEnv = ReadonlyMap<string, string | null>;

export function emptyScript(kind: InitScriptFormat, file: string): ParsedInitScript {
  return { kind, file, statements: [], placeholders: [], literalPasswords: [], metaCommands: [], psqlVariables: [], errors: [], runs: [], unevaluated: [] };
}

/** POSTGRES_USER defaults to postgres and POSTGRES_DB to POSTGRES_USER, as the entrypoint sets them. */
export function withEntrypointDefaults(env: ScriptEnv): ScriptEnv {
  if (env.has('POSTGRES_USER') && env.has('POSTGRES_DB')) return env;
  const out = new Map(env);
  if (!out.has('POSTGRES_USER')) out.set('POSTGRES_USER', 'postgres');
  if (!out.has('POSTGRES_DB')) out.set('POSTGRES_DB', out.get('POSTGRES_USER') ?? 'postgres');
  return out;
}

/** The variables psql has when the image runs a file: -v ON_ERROR_STOP=1, and who it is connected as. */
export function imagePsqlVariables(env: ScriptEnv, user: string | null, database: string | null): [string, string | null][] {
  const superuser = env.has('POSTGRES_USER') ? env.get('POSTGRES_USER')! : 'postgres';
  const defaultDb = env.has('POSTGRES_DB') ? env.get('POSTGRES_DB')! : superuser;
  return [
    ['ON_ERROR_STOP', '1'],
    ['USER', user ?? superuser],
    ['DBNAME', database ?? defaultDb],
  ];
}

/** Parses a `.sql` file's text (already decompressed for `.sql.gz`). Never throws. */
export async function parseInitSql(abs: string, text: string, origin: 'sql' | 'sql.gz' = 'sql', given: ScriptEnv = new Map()): Promise<ParsedInitScript> {
  const script = emptyScript(origin, abs);
  const env = withEntrypointDefaults(given);
  // A byte-order mark is not SQL; blank it so the first statement keeps its column.
  const source = sqlFileSource(abs, text.replace(/^\uFEFF/, ' '));
  const steps = await readSqlInto(script, source, newPsqlState(env, imagePsqlVariables(env, null, null)));
  script.runs.push({
    loc: { file: abs, line: 1, column: 1 },
    user: null,
    database: null,
    onErrorStop: true,
    mode: 'script',
    singleTransaction: false,
    steps,
    uncertain: null,
    errexit: true,
    last: true,
  });
  return script;
}

interface ReadOptions {
  /** SQL found inside other SQL (\gexec output): sent to the server as is, without psql; not scanned again for placeholders. */
  nested?: boolean;
}

/** Adds what `source` holds to `script` and returns the steps psql takes, in order. */
export async function readSqlInto(script: ParsedInitScript, source: SqlSource, psql: PsqlState, options: ReadOptions = {}): Promise<InitStep[]> {
  let prepared: PreparedSql;
  try {
    prepared = preparePsql(source, psql);
  } catch (error) {
    const loc = source.lines.loc(source.origin.at(0));
    script.errors.push({ message: `could not read SQL: ${oneLine(error)}`, loc });
    return [{ kind: 'syntax-error', loc, database: source.database, message: `could not read SQL: ${oneLine(error)}` }];
  }
  const locOf = (at: number): SourceLoc => source.lines.loc(prepared.origin.at(at));
  const byOffset = (offset: number): SourceLoc => source.lines.loc(offset);

  if (!options.nested) {
    script.metaCommands.push(...prepared.metaCommands.map((m) => ({ name: m.name, loc: byOffset(m.offset) })));
    script.psqlVariables.push(...prepared.psqlVariables.map((v) => ({ name: v.name, loc: byOffset(v.offset) })));
    script.placeholders.push(...prepared.placeholders.map((p) => ({ name: p.name, loc: byOffset(p.offset) })));
  }
  const databaseAt = connectedDatabase(prepared.connects, source.database);
  const psqlVariableAt = (at: number): boolean => variableAt(prepared, at);
  // Each psql event, syntax error and statement is one step, put in text order at the end.
  const positioned = new PositionedSteps();
  for (const event of prepared.events) {
    const loc = byOffset(event.offset);
    const database = databaseAt(event.at);
    if (event.kind === 'connect') positioned.add(event.at, { kind: 'connect', loc, database, target: event.database, user: event.user });
    else if (event.kind === 'unevaluated') positioned.add(event.at, { kind: 'unevaluated', loc, database, reason: event.reason });
    else if (event.kind === 'on-error-stop') positioned.add(event.at, { kind: 'on-error-stop', loc, database, value: event.value });
    else positioned.add(event.at, { kind: 'quit', loc, database });
  }

  if (prepared.hasSql) {
    let parsed;
    try {
      parsed = await parseStatements(prepared.text, prepared.statementEnds);
    } catch (error) {
      script.errors.push({ message: `could not load the PostgreSQL parser: ${oneLine(error)}`, loc: locOf(0) });
      return [];
    }
    for (const error of parsed.errors) {
      let message = safeMessage(error.message, prepared.text.slice(0, error.at));
      if (prepared.pidExpansions.some((p) => p <= error.at && error.at - p < 400)) {
        message += " (the shell replaced '$$' with its process id: write \\$\\$ in an unquoted here-document, or quote it: <<'EOSQL')";
      }
      const loc = locOf(error.at);
      if (!options.nested) script.errors.push({ message, loc });
      positioned.add(error.at, { kind: 'syntax-error', loc, database: databaseAt(error.at), message });
    }
    for (const raw of parsed.statements) {
      const terminator = terminatorOf(prepared, raw);
      if (terminator !== null && prepared.describeEnds.has(terminator)) continue; // \gdesc describes, it does not run
      const ctx: StatementContext = { text: prepared.text, loc: locOf, database: databaseAt(raw.start), psqlVariableAt };
      let step: InitStep;
      if (terminator !== null && prepared.gexecEnds.has(terminator)) step = await readGexec(script, raw, ctx, prepared, source);
      else if (raw.type === 'DoStmt') step = await readDo(script, raw, ctx, prepared);
      else step = record(script, raw, ctx);
      positioned.add(raw.start, step);
    }
  }
  return positioned.inTextOrder();
}

/**
 * Steps with the index each starts at, in text order at the end (a stable sort: steps at one
 * index keep the order they came in). Statements come in order, and a plain script has nothing
 * else: then there is nothing to sort, and no wrapper object per step (14,000 at 10,000 services).
 */
class PositionedSteps {
  private readonly ats: number[] = [];
  private readonly steps: InitStep[] = [];
  private ordered = true;

  add(at: number, step: InitStep): void {
    if (this.ats.length > 0 && at < this.ats[this.ats.length - 1]!) this.ordered = false;
    this.ats.push(at);
    this.steps.push(step);
  }

  inTextOrder(): InitStep[] {
    if (this.ordered) return this.steps;
    const order = this.steps.map((_, k) => k).sort((a, b) => this.ats[a]! - this.ats[b]!);
    return order.map((k) => this.steps[k]!);
  }
}

/**
 * The database psql is connected to at an index of the prepared text: the last `\connect` at or
 * before it names it ('-' keeps the one before), else the one it started in. A binary search: a
 * script that connects to each database in turn has thousands of `\connect`s and statements.
 */
export function connectedDatabase(connects: readonly { at: number; database: string }[], initial: string | null): (at: number) => string | null {
  const starts = connects.map((c) => c.at);
  const databases: (string | null)[] = [];
  let database = initial;
  for (const connect of connects) {
    if (connect.database !== '-') database = connect.database;
    databases.push(database);
  }
  return (at) => {
    const index = lastAtOrBefore(starts, at);
    return index < 0 ? initial : databases[index]!;
  };
}

function variableAt(prepared: PreparedSql, at: number): boolean {
  return prepared.psqlVariables.some((v) => v.at === at);
}

/** A modelled statement, or an unevaluated step when it names something through an unknown value. */
function record(script: ParsedInitScript, raw: RawStatement, ctx: StatementContext): InitStep {
  const { statement, literalPasswordAt } = modelStatement(raw, ctx);
  script.statements.push(statement);
  if (literalPasswordAt !== null && 'role' in statement && typeof statement.role === 'string')
    script.literalPasswords.push({ role: statement.role, loc: ctx.loc(literalPasswordAt) });
  return guard(statement);
}

/** Statements that name a role or database through a value svclint cannot know are not evaluated. */
export function guard(statement: InitStatement): InitStep {
  if (statement.kind === 'gexec' || statement.kind === 'do') return statement;
  // Serialised only when a name holds the marker (14,000 statements: the common case stays cheap).
  if (!fieldsHoldUnknown(statement, 'loc')) return statement;
  const names = JSON.stringify({ ...statement, loc: null });
  if (!names.includes(UNKNOWN)) return statement;
  const variable = /\uE000(:[A-Za-z_][A-Za-z0-9_]*|\$\{?[A-Za-z_0-9@*#?$!-]+\}?)/.exec(names)?.[1];
  const what = variable?.startsWith(':') ? `the psql variable ${variable}` : variable ? `the shell expansion ${variable}` : 'a variable';
  return {
    kind: 'unevaluated',
    loc: statement.loc,
    database: statement.database,
    reason: `a name comes from ${what}, whose value svclint cannot know`,
    statement,
  };
}

/** Whether a string inside `value` holds the UNKNOWN marker (what JSON.stringify(value).includes(UNKNOWN) tells, without the text). */
function holdsUnknown(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(UNKNOWN);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsUnknown);
  if (Object.getPrototypeOf(value) !== Object.prototype) return JSON.stringify(value).includes(UNKNOWN);
  return fieldsHoldUnknown(value as Record<string, unknown>, null);
}

/**
 * Whether a plain object's field (a key, or a string inside its value) holds the marker; `skip`
 * names a field left out. A for-in over the keys: Object.entries built an array of pairs for each
 * of the 14,000 statements of a large script.
 */
function fieldsHoldUnknown(object: object, skip: string | null): boolean {
  for (const key in object) {
    if (key === skip) continue;
    if (key.includes(UNKNOWN) || holdsUnknown((object as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** The terminator index right after a statement (its `;` or `\g...`), if any. */
function terminatorOf(prepared: PreparedSql, raw: RawStatement): number | null {
  const ends = prepared.statementEnds;
  const index = firstAtOrAfter(ends, raw.end - 1);
  return index < 0 ? null : ends[index]!;
}

/**
 * `SELECT 'CREATE DATABASE x' WHERE NOT EXISTS (...)\gexec` runs the text it selects: the idiom
 * for an idempotent CREATE DATABASE. Select-list items that are constant text (string constants,
 * `||` chains, format() with constant arguments) are read as SQL located at the item; the WHERE
 * clause is kept as a condition on the catalog. Rows from a table are unevaluated.
 */
async function readGexec(script: ParsedInitScript, raw: RawStatement, ctx: StatementContext, prepared: PreparedSql, source: SqlSource): Promise<InitStep> {
  const loc = ctx.loc(raw.start);
  const base = { loc, database: ctx.database };
  const node = raw.node;
  const unevaluated = (reason: string): InitStep => ({ kind: 'unevaluated', ...base, reason });
  if (raw.type !== 'SelectStmt') return unevaluated('\\gexec runs the output of a statement svclint cannot evaluate');
  if ((node.fromClause as unknown[] | undefined)?.length || node.groupClause || node.havingClause || (node.op && node.op !== 'SETOP_NONE') || node.limitCount) {
    return unevaluated('\\gexec runs SQL built from query results (rows svclint cannot know)');
  }
  const whereText = prepared.text.slice(raw.start, raw.end);
  const condition = conditionOf(node.whereClause as Record<string, unknown> | undefined, whereText.replace(/^[\s\S]*?\bWHERE\b/i, '').trim());
  const cells: InitStep[][] = [];
  const statement: InitStatement = { kind: 'gexec', ...base, condition, cells };
  script.statements.push(statement);
  for (const target of (node.targetList ?? []) as { ResTarget?: { val?: Record<string, unknown>; location?: number } }[]) {
    const sql = constantText(target.ResTarget?.val);
    if (sql === null) return unevaluated('\\gexec runs SQL built by an expression svclint cannot evaluate (use --initdb-exec)');
    if (sql.trim() === '') continue;
    const offset = prepared.origin.at(raw.at(Number(target.ResTarget?.location ?? 0)));
    const origin = OffsetMap.constant(offset, sql.length + 1);
    cells.push(
      await readSqlInto(script, { lines: source.lines, text: sql, origin, expansions: [], database: ctx.database }, newPsqlState(new Map()), { nested: true }),
    );
  }
  return statement;
}

/** A DO block: its PL/pgSQL body, read with PL/pgSQL's own parser. */
async function readDo(script: ParsedInitScript, raw: RawStatement, ctx: StatementContext, prepared: PreparedSql): Promise<InitStep> {
  const statementText = prepared.text.slice(raw.start, raw.end);
  const locate = (index: number): SourceLoc => ctx.loc(raw.start + index);
  const statement: InitStatement = { kind: 'do', loc: ctx.loc(raw.start), database: ctx.database, body: null, error: null };
  script.statements.push(statement);
  const { body, error } = await readDoBody(statementText, locate, async (inner, text, at): Promise<PlStep[]> => {
    const innerCtx: StatementContext = { text, loc: (i) => locate(at(i)), database: ctx.database, psqlVariableAt: () => false };
    const { statement, literalPasswordAt } = modelStatement(inner, innerCtx);
    script.statements.push(statement);
    if (literalPasswordAt !== null && 'role' in statement && typeof statement.role === 'string')
      script.literalPasswords.push({ role: statement.role, loc: innerCtx.loc(literalPasswordAt) });
    return [{ kind: 'sql', step: guard(statement) }];
  });
  return Object.assign(statement, { body, error });
}
