// The action under GitHub's own local runner for JavaScript actions (@github/local-action): it
// reads action.yml (input defaults, output names), stubs @actions/core, imports the entry's
// `run()` (TypeScript, through tsx) and prints the outputs the action set.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './helpers/cli';

const BIN = path.join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-local-action-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The environment of this test run without anything a real runner set (the .env file is the runner). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

describe('@github/local-action', () => {
  it('runs src/action/run.ts on droplet-current and reports the outputs', () => {
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(REPO_ROOT, 'examples/droplet-current'), workspace, { recursive: true });
    const summary = path.join(tmp, 'summary.md');
    fs.writeFileSync(summary, '');
    const dotenv = path.join(tmp, 'action.env');
    fs.writeFileSync(dotenv, [`GITHUB_WORKSPACE=${workspace}`, `GITHUB_STEP_SUMMARY=${summary}`, 'INPUT_SARIF-FILE=svclint.sarif', ''].join('\n'));

    const child = spawnSync(process.execPath, [BIN, 'run', REPO_ROOT, 'src/action/run.ts', dotenv], {
      cwd: REPO_ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = `${child.stdout}${child.stderr}`;
    expect(child.error).toBeUndefined();
    // local-action's own output: the inputs from action.yml, then the outputs table.
    expect(out).toContain("'fail-on'");
    // The CLI on the same tree is the oracle for the counts.
    const summaryOfCli = JSON.parse(runCli(['--format', 'json'], workspace).stdout).summary as { errors: number; warnings: number };
    const { errors, warnings } = summaryOfCli;
    expect(errors).toBeGreaterThan(0);
    const outputs = out.slice(out.indexOf('Action Outputs'));
    expect(outputs).toMatch(new RegExp(`│ 'errors'\\s+│ '${errors}'\\s+│`));
    expect(outputs).toMatch(new RegExp(`│ 'warnings'\\s+│ '${warnings}'\\s+│`));
    expect(outputs).toContain(`'${path.join(workspace, 'svclint.sarif')}'`);
    expect(out).toMatch(/::error title=postgres-superuser,file=services\/n8n\/docker-compose\.yml,line=13,/);
    expect(out).toContain(`svclint found ${errors} errors and ${warnings} warnings (fail-on: error).`);
    expect(fs.readFileSync(summary, 'utf8')).toContain(`## svclint: ✖ ${errors} errors, ${warnings} warnings`);
    expect(fs.existsSync(path.join(workspace, 'svclint.sarif'))).toBe(true);
  });
});
