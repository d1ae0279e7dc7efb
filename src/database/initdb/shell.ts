// `.sh` init scripts: the SQL they hand to psql, read with a real shell parser (mvdan-sh, the
// GopherJS build of mvdan.cc/sh). Sources: here-documents and here-strings on a psql command,
// `-c` / `--command` arguments, and `echo ... | psql` / `cat <<EOF | psql` pipes. The database
// comes from `-d` / `--dbname` or the first positional argument. Every SQL character keeps its
// byte offset in the `.sh` file, so statements and errors are reported at the line and column
// of the script.
import { createRequire } from 'node:module';
import type { ShNode, ShSyntax } from 'mvdan-sh';
import { LineIndex, SourceBuilder, type SqlSource } from './source';
import { emptyScript, oneLine, readSqlInto } from './sql';
import type { ParsedInitScript } from './types';

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
    const { syntax } = (require('mvdan-sh') as { syntax: ShSyntax });
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

/** psql options that take a value (short letters and long names). */
const SHORT_WITH_VALUE = new Set('cdfUhpvoLTFRP'.split(''));
const LONG_WITH_VALUE = new Set(['command', 'dbname', 'file', 'username', 'host', 'port', 'set', 'variable', 'output', 'log-file', 'table-attr', 'field-separator', 'record-separator', 'pset']);
/** Commands that run SQL like psql does: psql itself, the image's helper, `"${psql[@]}"`. */
const PSQL_COMMANDS = new Set(['psql', 'docker_process_sql']);
/** `-d "$POSTGRES_DB"` is the entrypoint's default database: modelled as null. */
const DEFAULT_DATABASE_VARIABLES = new Set(['POSTGRES_DB']);

/** Parses a shell init script's text. Never throws. */
export async function parseInitShell(abs: string, text: string): Promise<ParsedInitScript> {
  const script = emptyScript('sh', abs);
  const bytes = Buffer.from(text, 'utf8');
  const lines = new LineIndex(abs, bytes);
  let shell: Shell;
  let file: ShNode;
  try {
    shell = await loadShell();
  } catch (error) {
    script.errors.push({ message: `could not load the shell parser: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  try {
    file = shell.syntax.NewParser(shell.syntax.KeepComments(false), shell.syntax.Variant(shell.syntax.LangBash)).Parse(text, abs);
  } catch (error) {
    const problem = error as { Text?: string; Pos?: { Offset?: () => number } };
    const offset = typeof problem.Pos?.Offset === 'function' ? problem.Pos.Offset() : 0;
    script.errors.push({ message: `shell syntax error: ${problem.Text ?? oneLine(error)}`, loc: lines.loc(offset) });
    return script;
  }
  const reader = new ShellReader(shell, bytes, lines);
  const sources: SqlSource[] = [];
  try {
    shell.syntax.Walk(file, (node) => {
      if (node) sources.push(...reader.sourcesOf(node));
      return true;
    });
  } catch (error) {
    // The reader relies on mvdan-sh node shapes; a surprise there must not become a crash.
    script.errors.push({ message: `could not read the shell script: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  for (const source of sources) {
    if (onlyExpansions(source)) continue;
    await readSqlInto(script, source);
  }
  return script;
}

/** SQL that is nothing but a shell variable (`psql -c "$SQL"`) cannot be read: skip it. */
function onlyExpansions(source: SqlSource): boolean {
  let rest = source.text;
  for (const span of [...source.expansions].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return rest.trim() === '';
}

interface PsqlCall {
  commands: ShNode[];
  /** `--command=SQL`: the value starts after this many bytes of the word. */
  commandPrefix: Map<ShNode, number>;
  database: string | null;
}

class ShellReader {
  private readonly t: (node: unknown) => string;

  constructor(private readonly shell: Shell, private readonly bytes: Buffer, private readonly lines: LineIndex) {
    this.t = (node) => shell.syntax.NodeType(node);
  }

  /** SQL sources a statement hands to psql, in order. */
  sourcesOf(node: ShNode): SqlSource[] {
    const type = this.t(node);
    if (type === 'BinaryCmd' && Number(node.Op) === this.shell.ops.pipe) return this.pipeSources(node);
    if (type !== 'Stmt') return [];
    const call = this.psqlCall(node);
    if (!call) return [];
    if (call.commands.length > 0) {
      return call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0));
    }
    return this.redirectSources(node, call.database);
  }

  /** `echo "SQL" | psql`, `cat <<EOF | psql`. */
  private pipeSources(node: ShNode): SqlSource[] {
    const right = node.Y as ShNode;
    const left = node.X as ShNode;
    const call = this.psqlCall(right);
    if (!call || call.commands.length > 0 || this.redirectSources(right, null).length > 0) return [];
    const args = this.args(left);
    const name = args[0] ? this.literal(args[0]) : null;
    if (name === 'cat') return this.redirectSources(left, call.database);
    if (name === 'echo' || name === 'printf') {
      const words = args.slice(1).filter((word) => !/^-[neE]+$/.test(this.literal(word) ?? ''));
      return words.map((word) => this.wordSource(word, call.database, 0));
    }
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
    const call: PsqlCall = { commands: [], commandPrefix: new Map(), database: null };
    const positional: ShNode[] = [];
    let explicitDatabase: ShNode | null = null;
    for (let i = index + 1; i < args.length; i++) {
      const word = args[i]!;
      const literal = this.literal(word);
      // A word like -c"SQL $X" is not literal as a whole: read the option from its leading Lit.
      const head = literal ?? this.leadingLit(word);
      if (head === null || !head.startsWith('-') || head === '-') {
        positional.push(word);
        continue;
      }
      const whole = literal !== null;
      let option: string;
      let prefix: number | null;
      if (head.startsWith('--')) {
        const eq = head.indexOf('=');
        option = eq < 0 ? head.slice(2) : head.slice(2, eq);
        prefix = eq >= 0 ? eq + 1 : whole ? null : head.length;
        if (!LONG_WITH_VALUE.has(option)) continue;
      } else {
        const flags = head.slice(1);
        const at = [...flags].findIndex((flag) => SHORT_WITH_VALUE.has(flag));
        if (at < 0) continue;
        option = flags[at]!;
        prefix = at + 2 < head.length || !whole ? at + 2 : null;
      }
      let value: ShNode | null = word;
      if (prefix === null) value = args[++i] ?? null;
      else call.commandPrefix.set(word, Buffer.byteLength(head.slice(0, prefix)));
      if (!value) continue;
      if (option === 'c' || option === 'command') call.commands.push(value);
      else if (option === 'd' || option === 'dbname') {
        explicitDatabase = value;
        call.database = this.databaseOf(value, call.commandPrefix.get(value) ?? 0);
      }
    }
    if (!explicitDatabase && positional[0]) call.database = this.databaseOf(positional[0], 0);
    return call;
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

  private databaseOf(word: ShNode, prefixBytes: number): string | null {
    const literal = this.literal(word);
    if (literal !== null) return literal.slice(prefixBytes) || null;
    const parts = this.flatParts(word);
    if (parts.length === 1 && this.t(parts[0]) === 'ParamExp') {
      const name = String((parts[0]!.Param as ShNode | null)?.Value ?? '');
      if (DEFAULT_DATABASE_VARIABLES.has(name)) return null;
    }
    // Unknown at lint time: keep the word as written, without its outer double quotes.
    return this.bytes.toString('utf8', word.Pos().Offset() + prefixBytes, word.End().Offset()).replace(/^"(.*)"$/s, '$1');
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
      else if (type === 'SglQuoted') this.appendRange(builder, Math.max(start, part.Pos().Offset() + (part.Dollar ? 2 : 1)), end - 1, { mode: 'verbatim', stripTabs: false, expansions: [] });
      else if (type === 'DblQuoted') {
        const open = part.Pos().Offset() + (part.Dollar ? 2 : 1);
        this.appendRange(builder, Math.max(start, open), end - 1, { mode: 'double', stripTabs: false, expansions: this.expansionParts(part) });
      } else builder.appendAt(this.bytes.toString('utf8', start, end), start, true);
    }
    return builder.build(this.lines, database, word.End().Offset());
  }

  /** Byte ranges of the expansions ($VAR, ${VAR}, $(cmd), `cmd`, $((n))) among a node's parts. */
  private expansionParts(node: ShNode): { start: number; end: number }[] {
    return ((node.Parts as ShNode[] | null) ?? [])
      .filter((part) => this.t(part) !== 'Lit')
      .map((part) => ({ start: part.Pos().Offset(), end: part.End().Offset() }));
  }

  /**
   * Copies file bytes [start, end) as the shell would pass them on: `<<-` strips leading tabs,
   * backslash escapes are removed where the shell removes them, expansions become marked spans.
   */
  private appendRange(builder: SourceBuilder, start: number, end: number, how: { mode: 'verbatim' | 'heredoc' | 'double' | 'unquoted'; stripTabs: boolean; expansions: { start: number; end: number }[] }): void {
    const expansionAt = new Map(how.expansions.map((span) => [span.start, span.end]));
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
      const spanEnd = expansionAt.get(i);
      if (spanEnd !== undefined) {
        flush(i);
        builder.appendAt(this.bytes.toString('utf8', i, spanEnd), i, true);
        i = runStart = spanEnd;
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
