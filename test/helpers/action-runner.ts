// A simulated GitHub runner for the bundled action: inputs as INPUT_* variables (defaults from
// action.yml, as the runner sets them), temporary GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an
// event payload, and a clean environment; plus real git repositories to run it in.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file's content. */
  summary: string;
  /** Workflow commands printed on stdout (`::error file=…::message`), unescaped. */
  commands: WorkflowCommand[];
}

export interface ActionRunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  /** The event payload (written to GITHUB_EVENT_PATH). */
  event?: unknown;
  eventName?: string;
  env?: Record<string, string>;
}

function unescape(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescape(match[3]!) });
  }
  return commands;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i += 1) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** The runner's environment variable for an input: INPUT_ + name uppercased, spaces as `_` (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function actionDefaults(actionDir: string): Record<string, string> {
  const meta = parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  return Object.fromEntries(Object.entries(meta.inputs).map(([name, input]) => [name, input.default === undefined ? '' : String(input.default)]));
}

/** Runs `node <actionDir>/<runs.main>` the way the runner does. */
export function runAction(actionDir: string, options: ActionRunOptions): ActionRun {
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-runner-'));
  try {
    const outputFile = path.join(runnerDir, 'output');
    const summaryFile = path.join(runnerDir, 'summary.md');
    fs.writeFileSync(outputFile, '');
    fs.writeFileSync(summaryFile, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: runnerDir,
      GIT_CONFIG_NOSYSTEM: '1',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerDir,
    };
    if (options.event !== undefined) {
      const eventFile = path.join(runnerDir, 'event.json');
      fs.writeFileSync(eventFile, JSON.stringify(options.event));
      env.GITHUB_EVENT_PATH = eventFile;
      env.GITHUB_EVENT_NAME = options.eventName ?? 'pull_request';
    }
    const inputs = { ...actionDefaults(actionDir), ...options.inputs };
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
    Object.assign(env, options.env);
    const meta = parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as { runs: { main: string } };
    const child = spawnSync(process.execPath, [path.join(actionDir, meta.runs.main)], {
      cwd: options.workspace,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (child.error) throw child.error;
    return {
      status: child.status ?? -1,
      stdout: child.stdout,
      stderr: child.stderr,
      outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
      summary: fs.readFileSync(summaryFile, 'utf8'),
      commands: parseWorkflowCommands(child.stdout),
    };
  } finally {
    fs.rmSync(runnerDir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ git

/** A hermetic git identity and config for test repositories. */
export const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'svclint test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'svclint test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: 'pipe' }).trim();
}

/** Commits everything in `dir` and returns the commit's sha. */
export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A git repository at `dir` with `base` committed, then `change` applied and committed as the head. */
export function makeRepo(dir: string, base: (dir: string) => void, change: (dir: string) => void): { base: string; head: string } {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  base(dir);
  const baseSha = commitAll(dir, 'base');
  git(dir, 'checkout', '-q', '-b', 'feature');
  change(dir);
  return { base: baseSha, head: commitAll(dir, 'head') };
}

export function pullRequestEvent(range: { base: string; head: string }): unknown {
  return { action: 'synchronize', number: 1, pull_request: { number: 1, base: { ref: 'main', sha: range.base }, head: { ref: 'feature', sha: range.head } } };
}
