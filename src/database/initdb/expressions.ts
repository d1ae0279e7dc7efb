// The few SQL expressions init scripts use to decide what runs, read from parse trees: constant
// text (`'CREATE DATABASE x'`, `||` chains, format() / quote_ident() / concat() with constant
// arguments) and conditions on the catalog (`NOT EXISTS (SELECT FROM pg_roles WHERE rolname =
// 'x')`, true/false, AND/OR/NOT). Anything else is unknown: the caller reports it as unevaluated.
import type { Condition } from './types';
import { UNKNOWN } from './types';

type Node = Record<string, unknown>;

/** Relations that list roles or databases, and the column holding the name. */
const NAME_COLUMNS: Record<string, { catalog: 'role' | 'database'; columns: string[] }> = {
  pg_roles: { catalog: 'role', columns: ['rolname'] },
  pg_authid: { catalog: 'role', columns: ['rolname'] },
  pg_user: { catalog: 'role', columns: ['usename'] },
  pg_shadow: { catalog: 'role', columns: ['usename'] },
  pg_group: { catalog: 'role', columns: ['groname'] },
  pg_database: { catalog: 'database', columns: ['datname'] },
};

/** The value of a constant text expression, or null when it is not constant (or not text). */
export function constantText(node: Node | undefined): string | null {
  if (!node) return null;
  const constant = node.A_Const as { sval?: { sval?: string }; ival?: { ival?: number }; isnull?: boolean } | undefined;
  if (constant) {
    if (constant.isnull) return null;
    if (constant.sval) return typeof constant.sval.sval === 'string' ? constant.sval.sval : '';
    if (constant.ival) return String(constant.ival.ival ?? 0);
    return null;
  }
  const cast = node.TypeCast as { arg?: Node } | undefined;
  if (cast) return constantText(cast.arg);
  const expr = node.A_Expr as { kind?: string; name?: { String?: { sval?: string } }[]; lexpr?: Node; rexpr?: Node } | undefined;
  if (expr && expr.name?.[0]?.String?.sval === '||') {
    const left = constantText(expr.lexpr);
    const right = constantText(expr.rexpr);
    return left === null || right === null ? null : left + right;
  }
  const call = node.FuncCall as { funcname?: { String?: { sval?: string } }[]; args?: Node[] } | undefined;
  if (call) {
    const name = call.funcname?.at(-1)?.String?.sval;
    const args = (call.args ?? []).map((a) => constantText(a));
    if (args.some((a) => a === null)) return null;
    const values = args as string[];
    switch (name) {
      case 'format':
        return values.length > 0 ? format(values[0]!, values.slice(1)) : null;
      case 'quote_ident':
        return values.length === 1 ? quoteIdent(values[0]!) : null;
      case 'quote_literal':
        return values.length === 1 ? quoteLiteral(values[0]!) : null;
      case 'concat':
        return values.join('');
      case 'lower':
        return values.length === 1 ? values[0]!.toLowerCase() : null;
    }
  }
  return null;
}

/** PostgreSQL's format(): %s, %I, %L, %%, with optional `n$` positions. */
function format(template: string, args: string[]): string | null {
  let next = 0;
  let failed = false;
  const text = template.replace(/%(?:(\d+)\$)?([sIL%])/g, (_whole, position: string | undefined, type: string) => {
    if (type === '%') return '%';
    const index = position ? Number(position) - 1 : next;
    next = index + 1;
    const value = args[index];
    if (value === undefined) {
      failed = true;
      return '';
    }
    return type === 'I' ? quoteIdent(value) : type === 'L' ? quoteLiteral(value) : value;
  });
  return failed ? null : text;
}

/** Always quoted: the same name as quote_ident's output once parsed. */
function quoteIdent(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  const body = value.replace(/'/g, "''");
  return value.includes('\\') ? `E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

/** A WHERE clause or an IF condition as a Condition (unknown parts stay unknown, with their kind). */
export function conditionOf(node: Node | undefined | null, text: string): Condition {
  if (!node) return { kind: 'const', value: true };
  const constant = node.A_Const as { boolval?: { boolval?: boolean }; isnull?: boolean } | undefined;
  if (constant?.boolval) return { kind: 'const', value: constant.boolval.boolval === true };
  const cast = node.TypeCast as { arg?: Node; typeName?: { names?: { String?: { sval?: string } }[] } } | undefined;
  if (cast) {
    const type = cast.typeName?.names?.at(-1)?.String?.sval;
    const value = constantText(cast.arg);
    if (type === 'bool' && value !== null && /^(t|true|f|false)$/i.test(value)) return { kind: 'const', value: /^t/i.test(value) };
  }
  const bool = node.BoolExpr as { boolop?: string; args?: Node[] } | undefined;
  if (bool) {
    const args = (bool.args ?? []).map((a) => conditionOf(a, text));
    if (bool.boolop === 'NOT_EXPR') return { kind: 'not', arg: args[0] ?? { kind: 'unknown', text } };
    return { kind: bool.boolop === 'AND_EXPR' ? 'and' : 'or', args };
  }
  const sublink = node.SubLink as { subLinkType?: string; subselect?: Node } | undefined;
  if (sublink?.subLinkType === 'EXISTS_SUBLINK') {
    const lookup = catalogLookup((sublink.subselect?.SelectStmt ?? {}) as Node);
    if (lookup) return { kind: 'exists', ...lookup };
  }
  return { kind: 'unknown', text };
}

/** `SELECT … FROM pg_roles WHERE rolname = 'x'` (pg_user, pg_database, …): which catalog and name. */
function catalogLookup(select: Node): { catalog: 'role' | 'database'; name: string } | null {
  const from = (select.fromClause ?? []) as Node[];
  if (from.length !== 1) return null;
  const range = from[0]!.RangeVar as { relname?: string; schemaname?: string } | undefined;
  if (!range?.relname || (range.schemaname && range.schemaname !== 'pg_catalog')) return null;
  const relation = NAME_COLUMNS[range.relname];
  if (!relation) return null;
  const where = select.whereClause as Node | undefined;
  const eq = where?.A_Expr as { kind?: string; name?: { String?: { sval?: string } }[]; lexpr?: Node; rexpr?: Node } | undefined;
  if (!eq || eq.kind !== 'AEXPR_OP' || eq.name?.[0]?.String?.sval !== '=') return null;
  const column = (n: Node | undefined): string | null => {
    const fields = ((n?.ColumnRef as { fields?: Node[] } | undefined)?.fields ?? []) as Node[];
    const last = fields.at(-1)?.String as { sval?: string } | undefined;
    return last?.sval ?? null;
  };
  const [colNode, valueNode] = column(eq.lexpr) ? [eq.lexpr, eq.rexpr] : [eq.rexpr, eq.lexpr];
  const col = column(colNode);
  const value = constantText(valueNode);
  if (!col || !relation.columns.includes(col) || value === null || value.includes(UNKNOWN)) return null;
  return { catalog: relation.catalog, name: value };
}
