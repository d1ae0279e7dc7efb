// DO blocks, read with PL/pgSQL's own parser (libpg-query's parsePlPgSQL): the statements a body
// runs, under which IF conditions and EXCEPTION handlers, each at its line in the file. The body's
// SQL statements are parsed in one batch, so a body of thousands of GRANTs is read in linear time.
// Loops, CASE, dynamic EXECUTE of non-constant text and the like become unevaluated steps.
import { conditionOf, constantText } from './expressions';
import { parseOne, parsePlpgsql, parseStatements, type RawStatement } from './pg-parser';
import { safeMessage } from './messages';
import type { PlStep, SourceLoc } from './types';
import { lastAtOrBefore } from '../../util/search';

type Node = Record<string, unknown>;

/** An SQL statement of the body, before it is parsed. */
export interface BodySql {
  /** Index in the DO statement's text where the statement starts. */
  at: number;
  query: string;
  /** Filled after the batch parse. */
  steps: PlStep[];
}

export interface DoBody {
  body: PlStep[] | null;
  error: string | null;
}

/** The keyword a PL/pgSQL statement starts with, to put its position on it. */
const KEYWORDS: Record<string, RegExp> = {
  PLpgSQL_stmt_if: /\bIF\b/i,
  PLpgSQL_stmt_dynexecute: /\bEXECUTE\b/i,
  PLpgSQL_stmt_raise: /\bRAISE\b/i,
  PLpgSQL_stmt_loop: /\bLOOP\b/i,
  PLpgSQL_stmt_while: /\bWHILE\b/i,
  PLpgSQL_stmt_fori: /\bFOR\b/i,
  PLpgSQL_stmt_fors: /\bFOR\b/i,
  PLpgSQL_stmt_dynfors: /\bFOR\b/i,
  PLpgSQL_stmt_foreach_a: /\bFOREACH\b/i,
  PLpgSQL_stmt_case: /\bCASE\b/i,
  PLpgSQL_stmt_call: /\bCALL\b/i,
};

/** RAISE levels at or above ERROR abort the block. */
const ERROR_LEVEL = 21;

/**
 * Reads a DO statement (its whole text, `DO $$ … $$`). `locate(index)` maps an index in that
 * text to the file; `model(raw, text, locate)` turns a parsed statement into steps.
 */
export async function readDoBody(
  statement: string,
  locate: (index: number) => SourceLoc,
  model: (raw: RawStatement, text: string, at: (index: number) => number) => Promise<PlStep[]>,
): Promise<DoBody> {
  if (/\bLANGUAGE\s+(?!'?plpgsql\b)/i.test(statement.slice(0, 200)))
    return { body: [{ kind: 'unevaluated', loc: locate(0), reason: 'a DO block in a language other than PL/pgSQL' }], error: null };
  let fn: Node | null;
  try {
    fn = await parsePlpgsql(statement);
  } catch (error) {
    return { body: null, error: safeMessage(error instanceof Error ? error.message : String(error), '') };
  }
  if (!fn) return { body: null, error: null };
  const lineStarts = [0];
  for (let i = 0; i < statement.length; i++) if (statement.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (lineno: unknown): number => lineStarts[Math.max(0, Math.min(Number(lineno ?? 1) - 1, lineStarts.length - 1))]!;
  const sqls: BodySql[] = [];

  const convert = async (list: unknown): Promise<PlStep[]> => {
    const out: PlStep[] = [];
    for (const item of (list ?? []) as Node[]) {
      const [type, node] = Object.entries(item)[0] ?? ['', {}];
      const stmt = node as Node;
      const lineStart = lineAt(stmt.lineno);
      // The statement's keyword on its line (several statements can share one).
      const keyword = KEYWORDS[type];
      const found = keyword ? statement.slice(lineStart).search(keyword) : -1;
      const at = found >= 0 ? lineStart + found : lineStart;
      const loc = locate(at);
      switch (type) {
        case 'PLpgSQL_stmt_block': {
          const handlers = [];
          const exceptions = ((stmt.exceptions as Node | undefined)?.PLpgSQL_exception_block as Node | undefined)?.exc_list as Node[] | undefined;
          for (const entry of exceptions ?? []) {
            const handler = entry.PLpgSQL_exception as Node;
            const names = ((handler.conditions ?? []) as Node[]).map((c) => String((c.PLpgSQL_condition as Node | undefined)?.condname ?? ''));
            handlers.push({ conditions: names, body: await convert(handler.action) });
          }
          out.push({ kind: 'block', loc, body: await convert(stmt.body), handlers });
          break;
        }
        case 'PLpgSQL_stmt_if': {
          const branches = [{ condition: await condition(stmt.cond), body: await convert(stmt.then_body) }];
          for (const elsif of (stmt.elsif_list ?? []) as Node[]) {
            const branch = elsif.PLpgSQL_if_elsif as Node;
            branches.push({ condition: await condition(branch.cond), body: await convert(branch.stmts) });
          }
          out.push({ kind: 'if', loc, branches, otherwise: await convert(stmt.else_body) });
          break;
        }
        case 'PLpgSQL_stmt_execsql': {
          const query = String(((stmt.sqlstmt as Node | undefined)?.PLpgSQL_expr as Node | undefined)?.query ?? '');
          if (stmt.into) break; // SELECT … INTO: reads, changes nothing the rules look at
          const found = statement.indexOf(query, at);
          const entry: BodySql = { at: found >= 0 ? found : at, query, steps: [] };
          sqls.push(entry);
          out.push({ kind: 'sql', step: { kind: 'unevaluated', loc, database: null, reason: 'pending' } });
          // Replaced by the parsed steps once the batch is parsed (below).
          (out[out.length - 1] as { entry?: BodySql }).entry = entry;
          break;
        }
        case 'PLpgSQL_stmt_dynexecute': {
          const expr = String(((stmt.query as Node | undefined)?.PLpgSQL_expr as Node | undefined)?.query ?? '');
          const tree = await parseOne(`SELECT ${expr}`);
          const target = ((tree?.SelectStmt as Node | undefined)?.targetList as Node[] | undefined)?.[0]?.ResTarget as Node | undefined;
          const text = constantText(target?.val as Node | undefined);
          if (text === null || stmt.into || stmt.params) {
            out.push({ kind: 'unevaluated', loc, reason: 'EXECUTE of dynamic SQL in a DO block' });
            break;
          }
          const entry: BodySql = { at, query: text, steps: [] };
          sqls.push(entry);
          out.push({ kind: 'sql', step: { kind: 'unevaluated', loc, database: null, reason: 'pending' } });
          (out[out.length - 1] as { entry?: BodySql; constant?: boolean }).entry = entry;
          (out[out.length - 1] as { constant?: boolean }).constant = true;
          break;
        }
        case 'PLpgSQL_stmt_raise': {
          const level = Number(stmt.elog_level ?? ERROR_LEVEL);
          if (!stmt.condname && !stmt.message && stmt.elog_level === undefined)
            out.push({ kind: 'unevaluated', loc, reason: 'RAISE without arguments (re-raise) in a DO block' });
          else if (level >= ERROR_LEVEL) out.push({ kind: 'raise', loc, message: String(stmt.message ?? stmt.condname ?? 'exception raised') });
          break;
        }
        case 'PLpgSQL_stmt_return':
          if (stmt.expr) out.push({ kind: 'unevaluated', loc, reason: 'RETURN with a value in a DO block' });
          else out.push({ kind: 'return', loc });
          break;
        case 'PLpgSQL_stmt_assign':
        case 'PLpgSQL_stmt_perform':
        case 'PLpgSQL_stmt_getdiag':
        case 'PLpgSQL_stmt_assert':
          break;
        default:
          out.push({
            kind: 'unevaluated',
            loc,
            reason: `${type.replace(/^PLpgSQL_stmt_/, '').toUpperCase()} in a DO block (loops, CASE, cursors and transaction control are not evaluated)`,
          });
      }
    }
    return out;
  };
  const condition = async (expr: unknown) => {
    const text = String(((expr as Node | undefined)?.PLpgSQL_expr as Node | undefined)?.query ?? '');
    const tree = await parseOne(`SELECT ${text}`);
    const target = ((tree?.SelectStmt as Node | undefined)?.targetList as Node[] | undefined)?.[0]?.ResTarget as Node | undefined;
    return conditionOf(target?.val as Node | undefined, text);
  };

  const action = ((fn.action as Node | undefined)?.PLpgSQL_stmt_block ?? {}) as Node;
  const body = await convert([{ PLpgSQL_stmt_block: action }]);

  // One parse for all SQL statements of the body (linear time, whatever the size).
  if (sqls.length > 0) {
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let length = 0;
    for (const sql of sqls) {
      starts.push(length);
      parts.push(sql.query, ';\n');
      length += sql.query.length;
      ends.push(length);
      length += 2;
    }
    const joined = parts.join('');
    const parsed = await parseStatements(joined, ends);
    const chunkOf = (index: number): number => Math.max(0, lastAtOrBefore(starts, index));
    const toStatement = (index: number): number => {
      const k = chunkOf(index);
      return sqls[k]!.at + Math.min(index - starts[k]!, sqls[k]!.query.length);
    };
    // PL/pgSQL checks the syntax of every statement when the block is compiled: nothing runs.
    const first = parsed.errors[0];
    if (first) return { body: null, error: safeMessage(first.message, joined.slice(0, first.at)) };
    for (const raw of parsed.statements) sqls[chunkOf(raw.start)]!.steps.push(...(await model(raw, joined, toStatement)));
  }
  return { body: expand(body), error: null };
}

/** Puts each parsed statement in place of its pending placeholder. */
function expand(steps: PlStep[]): PlStep[] {
  const out: PlStep[] = [];
  for (const step of steps) {
    const entry = (step as { entry?: BodySql }).entry;
    if (entry) out.push(...entry.steps);
    else if (step.kind === 'if') out.push({ ...step, branches: step.branches.map((b) => ({ ...b, body: expand(b.body) })), otherwise: expand(step.otherwise) });
    else if (step.kind === 'block') out.push({ ...step, body: expand(step.body), handlers: step.handlers.map((h) => ({ ...h, body: expand(h.body) })) });
    else out.push(step);
  }
  return out;
}
