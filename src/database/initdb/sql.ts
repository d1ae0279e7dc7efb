// SQL (a `.sql` file, or SQL pulled out of a shell script) -> statements, placeholders, literal
// passwords and errors, each at its position in the file.
import { parseStandalone, parseStatements, type RawStatement } from './pg-parser';
import { preparePsql, type PreparedSql } from './psql-lexer';
import { sqlFileSource, type SqlSource } from './source';
import { modelStatement, type StatementContext } from './statements';
import type { InitScriptFormat, ParsedInitScript, SourceLoc } from './types';

export function emptyScript(kind: InitScriptFormat, file: string): ParsedInitScript {
  return { kind, file, statements: [], placeholders: [], literalPasswords: [], metaCommands: [], psqlVariables: [], errors: [] };
}

/** Parses a `.sql` file's text (already decompressed for `.sql.gz`). Never throws. */
export async function parseInitSql(abs: string, text: string, origin: 'sql' | 'sql.gz' = 'sql'): Promise<ParsedInitScript> {
  const script = emptyScript(origin, abs);
  // A byte-order mark is not SQL; blank it so the first statement keeps its column.
  await readSqlInto(script, sqlFileSource(abs, text.replace(/^\uFEFF/, ' ')));
  return script;
}

/** Adds what `source` holds to `script`. */
export async function readSqlInto(script: ParsedInitScript, source: SqlSource): Promise<void> {
  let prepared: PreparedSql;
  try {
    prepared = preparePsql(source);
  } catch (error) {
    script.errors.push({ message: `could not read SQL: ${oneLine(error)}`, loc: source.lines.loc(source.origin[0] ?? 0) });
    return;
  }
  const locOf = (at: number): SourceLoc => source.lines.loc(prepared.origin[Math.max(0, Math.min(at, prepared.origin.length - 1))]!);
  const byOffset = (offset: number): SourceLoc => source.lines.loc(offset);

  script.metaCommands.push(...prepared.metaCommands.map((m) => ({ name: m.name, loc: byOffset(m.offset) })));
  script.psqlVariables.push(...prepared.psqlVariables.map((v) => ({ name: v.name, loc: byOffset(v.offset) })));
  script.placeholders.push(...prepared.placeholders.map((p) => ({ name: p.name, loc: byOffset(p.offset) })));
  if (!prepared.hasSql) return;

  let parsed;
  try {
    parsed = await parseStatements(prepared.text, prepared.statementEnds);
  } catch (error) {
    script.errors.push({ message: `could not load the PostgreSQL parser: ${oneLine(error)}`, loc: locOf(0) });
    return;
  }
  for (const error of parsed.errors) script.errors.push({ message: error.message, loc: locOf(error.at) });

  const variableStarts = new Set(prepared.psqlVariables.map((v) => v.at));
  const databaseAt = (at: number): string | null => {
    let database = source.database;
    for (const connect of prepared.connects) {
      if (connect.at > at) break;
      if (connect.database !== '-') database = connect.database;
    }
    return database;
  };

  for (const raw of parsed.statements) {
    const ctx: StatementContext = {
      text: prepared.text,
      loc: locOf,
      database: databaseAt(raw.start),
      psqlVariableAt: (at) => variableStarts.has(at),
    };
    record(script, raw, ctx);
    const terminator = terminatorOf(prepared, raw);
    if (terminator !== null && prepared.gexecEnds.has(terminator)) await readGexec(script, raw, ctx);
  }
}

function record(script: ParsedInitScript, raw: RawStatement, ctx: StatementContext): void {
  const { statement, literalPasswordAt } = modelStatement(raw, ctx);
  script.statements.push(statement);
  if (literalPasswordAt !== null && 'role' in statement) script.literalPasswords.push({ role: statement.role, loc: ctx.loc(literalPasswordAt) });
}

/** The terminator index right after a statement (its `;` or `\g...`), if any. */
function terminatorOf(prepared: PreparedSql, raw: RawStatement): number | null {
  for (const end of prepared.statementEnds) if (end >= raw.end - 1) return end;
  return null;
}

/**
 * `SELECT 'CREATE DATABASE x' WHERE NOT EXISTS (...)\gexec` runs the string it selects: the
 * idiom for an idempotent CREATE DATABASE. String constants in the select list are read as SQL,
 * located at the constant.
 */
async function readGexec(script: ParsedInitScript, raw: RawStatement, ctx: StatementContext): Promise<void> {
  if (raw.type !== 'SelectStmt') return;
  const targets = (raw.node.targetList ?? []) as { ResTarget?: { val?: { A_Const?: { sval?: { sval?: string }; location?: number } } } }[];
  for (const target of targets) {
    const constant = target.ResTarget?.val?.A_Const;
    const sql = constant?.sval?.sval;
    if (typeof sql !== 'string' || sql.trim() === '') continue;
    const at = raw.at(constant?.location ?? 0);
    const inner = await parseStandalone(sql);
    for (const error of inner.errors) script.errors.push({ message: `in the \\gexec query: ${error.message}`, loc: ctx.loc(at) });
    for (const statement of inner.statements) {
      record(script, statement, { ...ctx, text: sql, loc: () => ctx.loc(at), psqlVariableAt: () => false });
    }
  }
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
