// The command line: parse arguments, dispatch to a command, print, and choose the exit code.
// Exit codes (spec): 0 clean, 1 lint errors or too many warnings, 2 usage/config/internal failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allRules } from '../../rules';
import type { MigrateFormat } from '../commands/migrate';
import { formatPlaceText, placeService } from '../commands/place';
import type { MigrationPhase } from '../plan/types';
import { formatRulesJson, formatRulesText } from '../commands/rules';
import { parseRuleFlags } from '../engine/levels';
import { lint, resolveTarget } from '../engine/lint';
import { changedSince } from '../engine/changes';
import { UsageError } from '../errors';
import { FORMAT_NAMES, getFormatter } from '../format';
import type { LintResult, RuleGroup } from '../types';
import { HELP_TEXT } from './help';
import { VERSION } from '../version';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const COMMANDS = new Set(['lint', 'place', 'rules', 'migrate', 'init', 'db-audit']);
const GROUPS: RuleGroup[] = ['structure', 'database', 'compose'];

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`svclint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`svclint: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        rule: { type: 'string', multiple: true },
        only: { type: 'string', multiple: true },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        debug: { type: 'boolean' },
        image: { type: 'string' },
        system: { type: 'string' },
        provides: { type: 'string' },
        'changed-since': { type: 'string' },
        apply: { type: 'boolean' },
        phase: { type: 'string' },
        through: { type: 'string' },
        status: { type: 'boolean' },
        rollback: { type: 'boolean' },
        'to-phase': { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see svclint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP_TEXT);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = positionals[0] !== undefined && COMMANDS.has(positionals[0]) ? positionals[0] : 'lint';
  const args = command === 'lint' && positionals[0] !== 'lint' ? positionals : positionals.slice(1);
  const format = values.format ?? 'stylish';
  if (command !== 'migrate' && !(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`--format: unknown format '${format}' (choose ${FORMAT_NAMES.join(', ')})`);
  }
  const emit = (text: string) => {
    if (values['output-file']) {
      const file = path.resolve(io.cwd, values['output-file']);
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      } catch (error) {
        throw new UsageError(`--output-file: cannot write ${values['output-file']} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    } else if (text) {
      io.stdout(text);
    }
  };

  switch (command) {
    case 'rules': {
      const metas = allRules.map((r) => r.meta);
      emit(format === 'json' ? formatRulesJson(metas) : formatRulesText(metas));
      return 0;
    }
    case 'place': {
      const name = args[0];
      if (!name || args.length > 1) throw new UsageError('usage: svclint place <name> [--image IMG] [--system S] [--provides KIND]');
      const target = resolveTarget('.', io.cwd, values.config ?? null);
      if (values.system && !target.policy.systems.some((s) => s.name === values.system)) {
        throw new UsageError(`--system: unknown system '${values.system}' (declared: ${target.policy.systems.map((s) => s.name).join(', ') || 'none'})`);
      }
      const answer = placeService({ name, image: values.image, system: values.system, provides: values.provides }, target.policy, target.root, io.cwd);
      if (format === 'json') {
        emit(`${JSON.stringify({ service: answer.service, capability: answer.capability, path: answer.path, reasons: answer.reasons }, null, 2)}\n`);
      } else {
        emit(formatPlaceText(answer, name));
      }
      return 0;
    }
    case 'migrate': {
      const { MIGRATE_FORMATS, phaseFlag, runMigrate } = await import('../commands/migrate');
      if (args.length > 1) throw new UsageError('usage: svclint migrate [path] [--apply [--phase N | --through N]] [--status] [--rollback [--to-phase N]] [--format text|json|sh|markdown]');
      return runMigrate(
        {
          path: args[0] ?? '.',
          cwd: io.cwd,
          config: values.config ?? null,
          format: migrateFormat(values.format, MIGRATE_FORMATS),
          apply: values.apply === true,
          phase: phaseFlag('--phase', values.phase, 1) as MigrationPhase | null,
          through: phaseFlag('--through', values.through, 1) as MigrationPhase | null,
          status: values.status === true,
          rollback: values.rollback === true,
          toPhase: phaseFlag('--to-phase', values['to-phase'], 0),
          force: values.force === true,
        },
        { stdout: emit, stderr: io.stderr, env: io.env },
      );
    }
    case 'init':
    case 'db-audit':
      throw new UsageError(`'${command}' is not available in this version of svclint (see README, "Not built yet")`);
    default:
      return runLint(args, values, format, io, emit);
  }
}

function migrateFormat(format: string | undefined, formats: readonly string[]): MigrateFormat {
  const name = format === undefined || format === 'stylish' ? 'text' : format;
  if (!formats.includes(name)) throw new UsageError(`--format: migrate prints ${formats.join(', ')}, not '${format}'`);
  return name as MigrateFormat;
}

async function runLint(
  paths: string[],
  values: { config?: string; quiet?: boolean; rule?: string[]; only?: string[]; color?: boolean; 'no-color'?: boolean; 'max-warnings'?: string; 'output-file'?: string; 'changed-since'?: string },
  format: string,
  io: Io,
  emit: (text: string) => void,
): Promise<number> {
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings expects a whole number, got '${values['max-warnings']}'`);
    maxWarnings = Number(values['max-warnings']);
  }
  const groups = values.only?.flatMap((g) => g.split(',')).map((g) => g.trim()) ?? null;
  for (const g of groups ?? []) {
    if (!(GROUPS as string[]).includes(g)) throw new UsageError(`--only: unknown rule group '${g}' (choose ${GROUPS.join(', ')})`);
  }
  const formatter = await getFormatter(format);
  const ref = values['changed-since'];
  if (ref !== undefined && ref.trim() === '') throw new UsageError('--changed-since expects a git revision (e.g. origin/main)');
  // --changed-since REF: report what the change since REF touches (the Action's only-changed, for pre-commit use).
  const changed = ref !== undefined ? changedSince(ref, path.resolve(io.cwd, paths[0] ?? '.'), io.cwd) : null;
  let results: LintResult[] = await lint({
    cwd: io.cwd,
    paths,
    configFile: values.config ?? null,
    ruleLevels: parseRuleFlags(values.rule ?? []),
    groups: groups as RuleGroup[] | null,
    changed,
    onlyChanged: changed !== null,
  });
  if (values.quiet) {
    results = results.map((r) => {
      const findings = r.findings.filter((f) => f.severity === 'error');
      return { ...r, findings, summary: { ...r.summary, warnings: 0 } };
    });
  }
  const color = !values['no-color'] && !values['output-file'] && (values.color === true || (io.isTTY && !io.env.NO_COLOR));
  emit(formatter(results, { cwd: io.cwd, version: VERSION, rules: allRules.map((r) => r.meta), color }));
  const errors = results.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = results.reduce((n, r) => n + r.summary.warnings, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`svclint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}
