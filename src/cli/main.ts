// The command line: parse arguments against the option table, dispatch to a command, and turn
// failures into exit codes. Exit codes (spec): 0 clean, 1 lint errors or too many warnings,
// 2 usage/config/internal failure (one line; the stack trace only with --debug).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nearest } from '../compose/schema/suggest';
import { UsageError } from '../errors';
import { VERSION } from '../version';
import { checkCommandOptions, Flags, parseArgs } from './args';
import { helpText } from './help';
import { COMMANDS, OPTIONS } from './options';
import { openOutput, type Output } from './output';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Terminal width when stdout is a terminal. */
  columns?: number;
}

/** What every command receives. */
export interface CommandContext {
  /** Positional arguments after the command name. */
  args: string[];
  flags: Flags;
  io: Io;
  /** stdout, or the --output-file (checked before any work). */
  output: Output;
  /** --debug: a line on stderr. */
  debug: (line: string) => void;
}

type Handler = (context: CommandContext) => Promise<number>;

/** Thin dispatch into src/commands/*, loaded on demand. */
const HANDLERS: Record<string, Handler> = {
  lint: async (c) => (await import('../commands/lint')).runLint(c),
  init: async (c) => (await import('../commands/init')).runInit(c),
  place: async (c) => (await import('../commands/place')).runPlace(c),
  rules: async (c) => (await import('../commands/rules')).runRules(c),
  migrate: async (c) => (await import('../commands/migrate')).runMigrateCommand(c),
  'db-audit': async (c) => (await import('../commands/db-audit')).runDbAudit(c),
};

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io, debug);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`svclint: ${error.message}\n`);
      for (const line of error.details) io.stderr(`svclint: ${line}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`svclint: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io, debug: boolean): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS);
  const flags = new Flags(parsed.values);
  if (flags.bool('help')) {
    io.stdout(helpText());
    return 0;
  }
  if (flags.bool('version')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [first, ...rest] = parsed.positionals;
  const known = first !== undefined && Object.hasOwn(HANDLERS, first);
  const command = known ? first : 'lint';
  const args = known ? rest : parsed.positionals;
  if (!known && first !== undefined) checkNotACommandTypo(first, io.cwd);
  checkCommandOptions(command, parsed, OPTIONS);
  const output = openOutput(flags.string('output-file'), io);
  const context: CommandContext = { args, flags, io, output, debug: (line) => debug && io.stderr(`svclint debug: ${line}\n`) };
  try {
    return await HANDLERS[command]!(context);
  } catch (error) {
    output.abandon();
    throw error;
  }
}

/** `svclint plcae grafana`: a first word that is no path but is near a command. */
function checkNotACommandTypo(word: string, cwd: string): void {
  if (existsSync(path.resolve(cwd, word))) return;
  const suggestion = nearest(
    word,
    COMMANDS.map((c) => c.name).filter((c) => c !== 'lint'),
  );
  if (suggestion) throw new UsageError(`${word}: no such file or directory; did you mean the command '${suggestion}'?`);
}
