// `.sh` init scripts: the SQL they hand to psql, read with a real shell parser (mvdan-sh, the
// GopherJS build of mvdan.cc/sh). Sources: here-documents and here-strings on a psql command,
// `-c` / `--command` arguments, and `echo ... | psql` / `cat <<EOF | psql` pipes. The database
// comes from `-d` / `--dbname` or the first positional argument. Every SQL character keeps its
// byte offset in the `.sh` file, so statements and errors are reported at the line and column
// of the script.
import { createRequire } from 'node:module';
import type { ShNode, ShSyntax } from 'mvdan-sh';
import { LineIndex, SourceBuilder, type SqlSource } from './source';
import { newPsqlState, sqlComments } from './psql-lexer';
import { emptyScript, oneLine, readSqlInto, withEntrypointDefaults, type ScriptEnv } from './sql';
import type { InitStep, ParsedInitScript, PsqlRun } from './types';

interface Shell {
  syntax: ShSyntax;
  ops: { hdoc: number; dashHdoc: number; hereString: number; pipe: number };
}

const require = createRequire(import.meta.url);

let loading: Promise<Shell> | null = null;

/** Loads mvdan-sh (1.5 MB of JavaScript) on first use and learns its operator codes by parsing probes. */
function loadShell(): Promise<Shell> {
  loading ??= (async () => {
    // require, not import(): mvdan-sh is 1.5 MB of CommonJS, and import() would first run Node's
    // CommonJS export scan over all of it (~100 ms); require just loads it.
    const { syntax } = require('mvdan-sh') as { syntax: ShSyntax };
    const probe = syntax.NewParser().Parse('a <<x\nx\na <<-x\nx\na <<<x\na | a\n', 'probe.sh');
    const ops: number[] = [];
    let pipe = -1;
    syntax.Walk(probe, (node) => {
      if (node && syntax.NodeType(node) === 'Redirect') ops.push(Number(node.Op));
      if (node && syntax.NodeType(node) === 'BinaryCmd') pipe = Number(node.Op);
      return true;
    });
    return { syntax, ops: { hdoc: ops[0]!, dashHdoc: ops[1]!, hereString: ops[2]!, pipe } };
  })();
  return loading;
}

/**
 * The `#` comments of a shell script as bash reads it (mvdan-sh keeps them): not inside quotes or
 * here-documents, where a directive-like text is text. Positions are 1-based, columns in UTF-16
 * units; the body is the text after `#`, trimmed.
 */
export async function shellComments(abs: string, text: string): Promise<{ line: number; column: number; body: string }[] | null> {
  try {
    const { syntax } = await loadShell();
    const file = syntax.NewParser(syntax.KeepComments(true), syntax.Variant(syntax.LangBash)).Parse(text, abs);
    const lines = new LineIndex(abs, Buffer.from(text, 'utf8'));
    const out: { line: number; column: number; body: string }[] = [];
    syntax.Walk(file, (node) => {
      if (node && syntax.NodeType(node) === 'Comment') {
        const comment = node as unknown as { Hash: { Offset(): number }; Text: string };
        const loc = lines.loc(comment.Hash.Offset());
        out.push({ line: loc.line, column: loc.column, body: String(comment.Text).trim() });
      }
      return true;
    });
    return out;
  } catch {
    // A script the shell parser refuses has its syntax error reported; its comments are read line by line.
    return null;
  }
}

/** psql options that take a value (short letters and long names). */
const SHORT_WITH_VALUE = new Set('cdfUhpvoLTFRP'.split(''));
const LONG_WITH_VALUE = new Set([
  'command',
  'dbname',
  'file',
  'username',
  'host',
  'port',
  'set',
  'variable',
  'output',
  'log-file',
  'table-attr',
  'field-separator',
  'record-separator',
  'pset',
]);
/** Commands that run SQL like psql does: psql itself, the image's helper, `"${psql[@]}"`. */
const PSQL_COMMANDS = new Set(['psql', 'docker_process_sql']);
/** What bash puts for `$$`: some process id (svclint uses a fixed one). */
const SHELL_PID = '4242';

/** An expansion's byte range and, when svclint knows it, the value the shell puts there. */
interface Expansion {
  start: number;
  end: number;
  known?: { value: string | null; pid?: boolean };
}

export interface ShellOptions {
  /** The container's environment (known values; null = set but unknown). */
  env?: ScriptEnv;
  /** The file is executable: the image runs it (a process of its own) instead of sourcing it. */
  executable?: boolean;
}

/** A psql process a script starts, as the shell reader sees it. */
interface CallRun {
  stmt: ShNode;
  sources: SqlSource[];
  call: PsqlCall;
  uncertain: string | null;
  errexit: boolean;
  last: boolean;
}

/** Parses a shell init script's text. Never throws. */
export async function parseInitShell(abs: string, text: string, options: ShellOptions = {}): Promise<ParsedInitScript> {
  const script = emptyScript('sh', abs);
  const env = withEntrypointDefaults(options.env ?? new Map());
  let shell: Shell;
  try {
    shell = await loadShell();
  } catch (error) {
    script.errors.push({ message: `could not load the shell parser: ${oneLine(error)}`, loc: new LineIndex(abs, Buffer.from(text, 'utf8')).loc(0) });
    return script;
  }
  // bash runs a here-document whose terminator line is not exact (`EOF ` with a space) to the end
  // of the file, with a warning; mvdan-sh refuses it. Close it at the end of the file, as bash does.
  let source = text;
  let file: ShNode | null = null;
  for (let attempt = 0; attempt < 8 && !file; attempt++) {
    try {
      file = shell.syntax.NewParser(shell.syntax.KeepComments(false), shell.syntax.Variant(shell.syntax.LangBash)).Parse(source, abs);
    } catch (error) {
      const problem = error as { Text?: string; Pos?: { Offset?: () => number } };
      const unclosed = /^unclosed here-document '(.*)'$/.exec(problem.Text ?? '');
      if (unclosed && attempt < 7) {
        source += `${source.endsWith('\n') ? '' : '\n'}${unclosed[1]!.replace(/^['"]|['"]$/g, '')}\n`;
        continue;
      }
      const offset = typeof problem.Pos?.Offset === 'function' ? problem.Pos.Offset() : 0;
      script.errors.push({ message: `shell syntax error: ${problem.Text ?? oneLine(error)}`, loc: new LineIndex(abs, Buffer.from(text, 'utf8')).loc(offset) });
      return script;
    }
  }
  const bytes = Buffer.from(source, 'utf8');
  const lines = new LineIndex(abs, bytes);
  const reader = new ShellReader(shell, bytes, lines, env, options.executable === true);
  let calls: CallRun[];
  try {
    calls = reader.topLevel(file!, firstLine(text));
  } catch (error) {
    // The reader relies on mvdan-sh node shapes; a surprise there must not become a crash.
    script.errors.push({ message: `could not read the shell script: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  script.unevaluated.push(...reader.unevaluated);
  for (const run of calls) {
    const { call } = run;
    const state = newPsqlState(env, call.variables);
    const steps: InitStep[] = [];
    const commands: InitStep[][] = [];
    for (const sql of run.sources) {
      if (onlyExpansions(sql)) {
        const unevaluated: InitStep = {
          kind: 'unevaluated',
          loc: lines.loc(sql.origin.at(0)),
          database: call.database,
          reason: 'SQL in a shell variable, which svclint cannot read',
        };
        steps.push(unevaluated);
        commands.push([unevaluated]);
        continue;
      }
      // SQL comments inside the here-document are where a directive for its statements is written.
      if (sql.text.includes('svclint-')) {
        for (const comment of sqlComments(sql.text)) {
          const loc = sql.lines.loc(sql.origin.at(comment.offset));
          (script.sqlComments ??= []).push({ line: loc.line, column: loc.column, body: comment.body });
        }
      }
      const read = await readSqlInto(script, sql, state);
      steps.push(...read);
      commands.push(read);
    }
    const loc = lines.loc(run.stmt.Pos().Offset());
    const psqlRun: PsqlRun = {
      loc,
      user: call.user,
      database: call.database,
      onErrorStop: call.onErrorStop,
      mode: call.commands.length > 0 ? 'command' : 'script',
      singleTransaction: call.singleTransaction,
      steps,
      uncertain: run.uncertain ?? call.uncertain,
      errexit: run.errexit,
      last: run.last,
    };
    if (psqlRun.mode === 'command') psqlRun.commands = commands;
    if (call.missingCommand) psqlRun.missingCommand = true;
    if (call.unreachable) psqlRun.unreachable = call.unreachable;
    script.runs.push(psqlRun);
  }
  return script;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** SQL that is nothing but a shell variable (`psql -c "$SQL"`) cannot be read. */
function onlyExpansions(source: SqlSource): boolean {
  let rest = source.text;
  for (const span of [...source.expansions].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return source.expansions.length > 0 && rest.trim() === '';
}

interface PsqlCall {
  commands: ShNode[];
  /** `--command=SQL`: the value starts after this many bytes of the word. */
  commandPrefix: Map<ShNode, number>;
  /** null = POSTGRES_USER. */
  user: string | null;
  /** null = POSTGRES_DB. */
  database: string | null;
  variables: [string, string | null][];
  onErrorStop: boolean;
  singleTransaction: boolean;
  missingCommand: boolean;
  uncertain: string | null;
  /** Why the connection fails (`-h localhost`: the image's init server has no TCP). */
  unreachable?: string;
}

/** Commands that run SQL svclint does not read. */
const OTHER_SQL_COMMANDS = new Set([
  'createdb',
  'createuser',
  'dropdb',
  'dropuser',
  'pg_restore',
  'pg_dump',
  'pg_dumpall',
  'eval',
  'su',
  'gosu',
  'runuser',
  'sudo',
  'sh',
  'bash',
]);

/** Why a command nested in a compound one may not run, or run several times. */
const COMPOUND_REASONS: Record<string, string> = {
  IfClause: 'inside an if',
  WhileClause: 'inside a loop',
  ForClause: 'inside a loop',
  CaseClause: 'inside a case',
  FuncDecl: 'inside a shell function',
  BinaryCmd: 'in a && / || list',
  CmdSubst: 'inside a command substitution',
  ProcSubst: 'inside a process substitution',
};

class ShellReader {
  private readonly t: (node: unknown) => string;
  readonly unevaluated: { loc: import('./types').SourceLoc; reason: string }[] = [];

  constructor(
    private readonly shell: Shell,
    private readonly bytes: Buffer,
    private readonly lines: LineIndex,
    private readonly env: ScriptEnv,
    private readonly executable: boolean,
  ) {
    this.t = (node) => shell.syntax.NodeType(node);
  }

  /** The psql processes of a script, in order, with the shell state each runs in. */
  topLevel(file: ShNode, shebang: string): CallRun[] {
    const runs: CallRun[] = [];
    // A sourced script runs inside the entrypoint, which has `set -Eeo pipefail`.
    let errexit = !this.executable || /^#!\S*(?:\s+\S+)*\s+-\w*e/.test(shebang);
    const stmts = (file.Stmts as ShNode[] | null) ?? [];
    const visit = (list: ShNode[], topIndexLast: boolean): void => {
      list.forEach((stmt, index) => {
        const last = topIndexLast && index === list.length - 1;
        const cmd = stmt.Cmd as ShNode | null;
        const type = cmd ? this.t(cmd) : '';
        if (type === 'CallExpr') {
          const flag = this.errexitChange(stmt);
          if (flag !== null) errexit = flag;
        }
        if (type === 'Block' || type === 'Subshell') {
          visit((cmd!.Stmts as ShNode[] | null) ?? [], last);
          return;
        }
        const pipe = type === 'BinaryCmd' && Number(cmd!.Op) === this.shell.ops.pipe;
        if (type === 'CallExpr' || pipe) {
          const own = this.callOf(stmt);
          if (own) runs.push({ ...own, uncertain: null, errexit, last });
          else this.noteOtherSql(stmt);
          // psql inside a command substitution of this command's arguments.
          this.nested(stmt, own?.stmt ?? null, COMPOUND_REASONS.CmdSubst!, runs, errexit);
          return;
        }
        this.nested(stmt, null, COMPOUND_REASONS[type] ?? 'inside a compound command', runs, errexit);
      });
    };
    visit(stmts, true);
    return runs;
  }

  /** psql calls anywhere inside `node` (except `skip`), all uncertain for `reason`. */
  private nested(node: ShNode, skip: ShNode | null, reason: string, runs: CallRun[], errexit: boolean): void {
    // GopherJS hands out a new wrapper per visit: compare nodes by position, not identity.
    const same = (a: ShNode, b: ShNode | null): boolean =>
      b !== null && this.t(a) === this.t(b) && a.Pos().Offset() === b.Pos().Offset() && a.End().Offset() === b.End().Offset();
    this.shell.syntax.Walk(node, (child) => {
      if (!child || same(child, node)) return true;
      if (same(child, skip)) return false;
      const type = this.t(child);
      if (type === 'Stmt' || (type === 'BinaryCmd' && Number(child.Op) === this.shell.ops.pipe)) {
        const own = this.callOf(child);
        if (own) {
          runs.push({ ...own, uncertain: reason, errexit: false, last: false });
          return type !== 'BinaryCmd';
        }
        if (type === 'Stmt') this.noteOtherSql(child);
      }
      return true;
    });
    void errexit;
  }

  /** `set -e`, `set +e`, `set -o errexit`, `set -euo pipefail`: the new errexit, or null. */
  private errexitChange(stmt: ShNode): boolean | null {
    const args = this.args(stmt).map((w) => this.literal(w) ?? '');
    if (args[0] !== 'set') return null;
    let value: boolean | null = null;
    for (let i = 1; i < args.length; i++) {
      const arg = args[i]!;
      if (/^[-+]o$/.test(arg) && args[i + 1] === 'errexit') value = arg === '-o';
      else if (/^[-+][a-zA-Z]*e/.test(arg)) value = arg.startsWith('-');
    }
    return value;
  }

  /** createdb, createuser, eval, su -c ...: SQL svclint does not read. */
  private noteOtherSql(stmt: ShNode): void {
    const name = this.args(stmt)[0];
    const text = name ? this.literal(name)?.split('/').pop() : null;
    if (text && OTHER_SQL_COMMANDS.has(text)) {
      const words = this.args(stmt).map((w) => this.literal(w) ?? '');
      if (
        ['su', 'gosu', 'runuser', 'sudo', 'sh', 'bash', 'eval'].includes(text) &&
        !words.some((w) => /\b(psql|createdb|createuser|dropdb|dropuser)\b/.test(w))
      )
        return;
      this.unevaluated.push({ loc: this.lines.loc(stmt.Pos().Offset()), reason: `'${text}' runs SQL svclint does not read` });
    }
  }

  /** The psql call of a statement or pipe, with its SQL sources. */
  private callOf(node: ShNode): { stmt: ShNode; sources: SqlSource[]; call: PsqlCall } | null {
    const type = this.t(node);
    if (type === 'BinaryCmd' && Number(node.Op) === this.shell.ops.pipe) {
      const right = node.Y as ShNode;
      const call = this.psqlCall(right);
      if (!call) return null;
      return { stmt: node, sources: this.pipeSources(node, call), call };
    }
    if (type !== 'Stmt') return null;
    const cmd = node.Cmd as ShNode | null;
    if (cmd && this.t(cmd) === 'BinaryCmd' && Number(cmd.Op) === this.shell.ops.pipe) return this.callOf(cmd);
    const call = this.psqlCall(node);
    if (!call) return null;
    if (call.commands.length > 0)
      return { stmt: node, sources: call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0)), call };
    return { stmt: node, sources: this.redirectSources(node, call.database), call };
  }

  /** `echo "SQL" | psql`, `cat <<EOF | psql`. */
  private pipeSources(node: ShNode, call: PsqlCall): SqlSource[] {
    const right = node.Y as ShNode;
    const left = node.X as ShNode;
    if (call.commands.length > 0) return call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0));
    const own = this.redirectSources(right, call.database);
    if (own.length > 0) return own;
    const args = this.args(left);
    const name = args[0] ? this.literal(args[0]) : null;
    if (name === 'cat') return this.redirectSources(left, call.database);
    if (name === 'echo' || name === 'printf') {
      const words = args.slice(1).filter((word) => !/^-[neE]+$/.test(this.literal(word) ?? ''));
      return words.map((word) => this.wordSource(word, call.database, 0));
    }
    call.uncertain ??= 'psql reads SQL from a command svclint does not evaluate';
    return [];
  }

  private args(stmt: ShNode): ShNode[] {
    const cmd = stmt.Cmd as ShNode | null;
    if (!cmd || this.t(cmd) !== 'CallExpr') return [];
    return (cmd.Args as ShNode[] | null) ?? [];
  }

  private psqlCall(stmt: ShNode): PsqlCall | null {
    const args = this.args(stmt);
    const index = args.findIndex((word) => this.isPsql(word));
    if (index < 0) return null;
    const head = this.literal(args[index]!);
    // The image's helper: `psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname "$POSTGRES_DB"`.
    const helper = head === 'docker_process_sql' || head === null;
    const call: PsqlCall = {
      commands: [],
      commandPrefix: new Map(),
      user: helper ? null : (this.env.get('PGUSER') ?? 'postgres'),
      database: null,
      variables: [],
      onErrorStop: helper,
      singleTransaction: false,
      // docker_process_sql and the psql array exist only in the entrypoint's shell.
      missingCommand: helper && this.executable,
      uncertain: null,
    };
    if (helper) call.variables.push(['ON_ERROR_STOP', '1']);
    const positional: ShNode[] = [];
    let database: ShNode | null = null;
    let databasePrefix = 0;
    for (let i = index + 1; i < args.length; i++) {
      const word = args[i]!;
      const literal = this.literal(word);
      // A word like -c"SQL $X" is not literal as a whole: read the option from its leading Lit.
      const lead = literal ?? this.leadingLit(word);
      if (lead === null || !lead.startsWith('-') || lead === '-') {
        positional.push(word);
        continue;
      }
      const whole = literal !== null;
      let option: string;
      let prefix: number | null;
      if (lead.startsWith('--')) {
        const eq = lead.indexOf('=');
        option = eq < 0 ? lead.slice(2) : lead.slice(2, eq);
        prefix = eq >= 0 ? eq + 1 : whole ? null : lead.length;
        if (option === 'single-transaction') call.singleTransaction = true;
        if (!LONG_WITH_VALUE.has(option)) continue;
      } else {
        const flags = lead.slice(1);
        if (flags.includes('1') && [...flags].every((f) => !SHORT_WITH_VALUE.has(f) || flags.indexOf(f) > flags.indexOf('1'))) call.singleTransaction = true;
        const at = [...flags].findIndex((flag) => SHORT_WITH_VALUE.has(flag));
        if (at < 0) continue;
        option = flags[at]!;
        prefix = at + 2 < lead.length || !whole ? at + 2 : null;
      }
      let value: ShNode | null = word;
      let valuePrefix = 0;
      if (prefix === null) value = args[++i] ?? null;
      else {
        valuePrefix = Buffer.byteLength(lead.slice(0, prefix));
        call.commandPrefix.set(word, valuePrefix);
      }
      if (!value) continue;
      if (option === 'c' || option === 'command') call.commands.push(value);
      else if (option === 'd' || option === 'dbname') {
        database = value;
        databasePrefix = valuePrefix;
      } else if (option === 'U' || option === 'username') {
        const user = this.resolve(value, valuePrefix, 'POSTGRES_USER');
        if (user === undefined) call.uncertain = 'psql logs in as a user svclint cannot know';
        else call.user = user;
      } else if (option === 'v' || option === 'set' || option === 'variable') {
        const text = this.literal(value)?.slice(valuePrefix) ?? null;
        const eq = text?.indexOf('=') ?? -1;
        if (text !== null && eq > 0) call.variables.push([text.slice(0, eq), text.slice(eq + 1)]);
        else {
          const raw = this.bytes.toString('utf8', value.Pos().Offset() + valuePrefix, value.End().Offset());
          const name = /^["']?([A-Za-z_][A-Za-z0-9_]*)=/.exec(raw)?.[1];
          if (name) call.variables.push([name, null]);
        }
      } else if (option === 'h' || option === 'host') {
        const host = this.literal(value)?.slice(valuePrefix) ?? null;
        if (host === null) call.uncertain ??= 'psql connects to a host svclint cannot know';
        else if (!host.startsWith('/') && host !== '') {
          call.unreachable = `connection to server at "${host}" failed: the image runs init scripts on a server that listens on its Unix socket only (no TCP): drop -h`;
        }
      } else if (option === 'f' || option === 'file') {
        call.uncertain = 'psql -f runs a file svclint does not follow';
      }
    }
    for (const [name, value] of call.variables) if (name === 'ON_ERROR_STOP') call.onErrorStop = value !== null && /^(1|on|true|yes|t|y)$/i.test(value);
    const dbWord = database ?? positional[0] ?? null;
    if (dbWord) {
      const db = this.resolve(dbWord, database ? databasePrefix : 0, 'POSTGRES_DB');
      if (db === undefined) call.uncertain ??= 'psql connects to a database svclint cannot know';
      else call.database = db;
    } else if (!helper) {
      // libpq's default database is the user name.
      const user = call.user;
      call.database = user === null ? (this.env.get('POSTGRES_USER') ?? 'postgres') : (this.env.get('PGDATABASE') ?? user);
    }
    if (!helper && call.user !== null && call.user === this.env.get('POSTGRES_USER')) call.user = null;
    if (!helper && call.database !== null && call.database === this.env.get('POSTGRES_DB')) call.database = null;
    return call;
  }

  /**
   * A word's value: a literal, `$POSTGRES_USER`/`$POSTGRES_DB` (null: the entrypoint's), a known
   * environment value; undefined when it cannot be known.
   */
  private resolve(word: ShNode, prefixBytes: number, entrypointVariable: string): string | null | undefined {
    const literal = this.literal(word);
    if (literal !== null) return literal.slice(prefixBytes) || null;
    const parts = this.flatParts(word);
    if (parts.length === 1 && this.t(parts[0]) === 'ParamExp') {
      const name = String((parts[0]!.Param as ShNode | null)?.Value ?? '');
      if (name === entrypointVariable) return null;
      const value = this.env.get(name);
      return value ?? undefined;
    }
    return undefined;
  }

  private isPsql(word: ShNode): boolean {
    const text = this.literal(word);
    if (text !== null) return PSQL_COMMANDS.has(text.split('/').pop()!);
    // "${psql[@]}" (the image's documented array) or $PSQL.
    const parts = this.flatParts(word);
    return parts.length === 1 && this.t(parts[0]) === 'ParamExp' && /^psql$/i.test(String((parts[0]!.Param as ShNode | null)?.Value ?? ''));
  }

  /** Text of a word's first part when it is an unquoted literal (`-c` in `-c"SQL"`). */
  private leadingLit(word: ShNode): string | null {
    const first = ((word.Parts as ShNode[] | null) ?? [])[0];
    return first && this.t(first) === 'Lit' ? String(first.Value) : null;
  }

  /** Parts of a word, with one level of double quotes opened. */
  private flatParts(word: ShNode): ShNode[] {
    const parts = (word.Parts as ShNode[] | null) ?? [];
    return parts.flatMap((part) => (this.t(part) === 'DblQuoted' ? ((part.Parts as ShNode[] | null) ?? []) : [part]));
  }

  /** The word's value when it has no expansions, else null. */
  private literal(word: ShNode): string | null {
    let out = '';
    for (const part of (word.Parts as ShNode[] | null) ?? []) {
      const type = this.t(part);
      if (type === 'Lit') out += String(part.Value).replace(/\\(.)/gs, '$1');
      else if (type === 'SglQuoted') out += String(part.Value);
      else if (type === 'DblQuoted') {
        for (const inner of (part.Parts as ShNode[] | null) ?? []) {
          if (this.t(inner) !== 'Lit') return null;
          out += String(inner.Value).replace(/\\([$`"\\\n])/g, '$1');
        }
      } else return null;
    }
    return out;
  }

  /** Here-documents and here-strings on a statement. */
  private redirectSources(stmt: ShNode, database: string | null): SqlSource[] {
    const sources: SqlSource[] = [];
    for (const redirect of (stmt.Redirs as ShNode[] | null) ?? []) {
      const op = Number(redirect.Op);
      if (op === this.shell.ops.hereString) sources.push(this.wordSource(redirect.Word as ShNode, database, 0));
      else if ((op === this.shell.ops.hdoc || op === this.shell.ops.dashHdoc) && redirect.Hdoc) {
        sources.push(this.heredocSource(redirect, op === this.shell.ops.dashHdoc, database));
      }
    }
    return sources;
  }

  private heredocSource(redirect: ShNode, stripTabs: boolean, database: string | null): SqlSource {
    const body = redirect.Hdoc as ShNode;
    const delimiterWord = redirect.Word as ShNode;
    const delimiter = this.literal(delimiterWord) ?? '';
    const quoted = ((delimiterWord.Parts as ShNode[] | null) ?? []).some((p) => this.t(p) !== 'Lit' || String(p.Value).includes('\\'));
    const start = body.Pos().Offset();
    let end = body.End().Offset();
    // mvdan-sh's here-document node ends after the terminator line: cut it off.
    const lastLineStart = this.bytes.lastIndexOf(0x0a, end - 1) + 1;
    const lastLine = this.bytes.toString('utf8', Math.max(start, lastLineStart), end).replace(/\n$/, '');
    if (lastLineStart >= start && (stripTabs ? lastLine.replace(/^\t+/, '') : lastLine) === delimiter) end = lastLineStart;
    const expansions = quoted ? [] : this.expansionParts(body);
    const builder = new SourceBuilder(this.bytes);
    this.appendRange(builder, start, end, { mode: quoted ? 'verbatim' : 'heredoc', stripTabs, expansions });
    return builder.build(this.lines, database, end);
  }

  /** A word (a `-c` argument, an echo argument, a here-string) as SQL, after `prefixBytes` of option text. */
  private wordSource(word: ShNode, database: string | null, prefixBytes: number): SqlSource {
    const builder = new SourceBuilder(this.bytes);
    const wordStart = word.Pos().Offset() + prefixBytes;
    for (const part of (word.Parts as ShNode[] | null) ?? []) {
      const start = Math.max(part.Pos().Offset(), wordStart);
      const end = part.End().Offset();
      if (end <= start) continue;
      const type = this.t(part);
      if (type === 'Lit') this.appendRange(builder, start, end, { mode: 'unquoted', stripTabs: false, expansions: [] });
      else if (type === 'SglQuoted')
        this.appendRange(builder, Math.max(start, part.Pos().Offset() + (part.Dollar ? 2 : 1)), end - 1, {
          mode: 'verbatim',
          stripTabs: false,
          expansions: [],
        });
      else if (type === 'DblQuoted') {
        const open = part.Pos().Offset() + (part.Dollar ? 2 : 1);
        this.appendRange(builder, Math.max(start, open), end - 1, { mode: 'double', stripTabs: false, expansions: this.expansionParts(part) });
      } else builder.appendAt(this.bytes.toString('utf8', start, end), start, true, this.knownValue(part));
    }
    return builder.build(this.lines, database, word.End().Offset());
  }

  /** Byte ranges of the expansions ($VAR, ${VAR}, $(cmd), `cmd`, $((n))) among a node's parts. */
  private expansionParts(node: ShNode): Expansion[] {
    return ((node.Parts as ShNode[] | null) ?? [])
      .filter((part) => this.t(part) !== 'Lit')
      .map((part) => ({ start: part.Pos().Offset(), end: part.End().Offset(), known: this.knownValue(part) }));
  }

  /** `$$`, and `$NAME` / `${NAME}` with a known value (POSTGRES_USER, POSTGRES_DB, a compose value that is no secret). */
  private knownValue(part: ShNode): { value: string | null; pid?: boolean } {
    if (this.t(part) !== 'ParamExp') return { value: null };
    const name = String((part.Param as ShNode | null)?.Value ?? '');
    if (name === '$') return { value: SHELL_PID, pid: true };
    const plain = !part.Exp && !part.Repl && !part.Slice && !part.Index && !part.Length && !part.Excl && !part.Width;
    return { value: plain ? (this.env.get(name) ?? null) : null };
  }

  /**
   * Copies file bytes [start, end) as the shell would pass them on: `<<-` strips leading tabs,
   * backslash escapes are removed where the shell removes them, expansions become marked spans.
   */
  private appendRange(
    builder: SourceBuilder,
    start: number,
    end: number,
    how: { mode: 'verbatim' | 'heredoc' | 'double' | 'unquoted'; stripTabs: boolean; expansions: Expansion[] },
  ): void {
    const expansionAt = new Map(how.expansions.map((span) => [span.start, span]));
    const escapable = how.mode === 'heredoc' ? '$`\\\n' : how.mode === 'double' ? '$`"\\\n' : null;
    let runStart = start;
    let lineStart = true;
    let i = start;
    const flush = (to: number): void => builder.appendBytes(runStart, to);
    while (i < end) {
      if (how.stripTabs && lineStart) {
        flush(i);
        while (i < end && this.bytes[i] === 0x09) i++;
        runStart = i;
      }
      lineStart = false;
      const span = expansionAt.get(i);
      if (span !== undefined) {
        flush(i);
        builder.appendAt(this.bytes.toString('utf8', i, span.end), i, true, span.known);
        i = runStart = span.end;
        continue;
      }
      const byte = this.bytes[i]!;
      if (byte === 0x5c /* \ */ && how.mode !== 'verbatim' && i + 1 < end) {
        const next = String.fromCharCode(this.bytes[i + 1]!);
        if (how.mode === 'unquoted' || escapable!.includes(next)) {
          flush(i);
          const width = next === '\n' ? 1 : utf8Width(this.bytes[i + 1]!);
          if (next !== '\n') builder.appendBytes(i + 1, i + 1 + width);
          i += 1 + width;
          runStart = i;
          continue;
        }
      }
      if (byte === 0x0a) lineStart = true;
      i++;
    }
    flush(end);
  }
}

/** Bytes in the UTF-8 sequence that starts with `lead`. */
function utf8Width(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}
