// The bundled GitHub Action (dist/action.js), run as a child process under a simulated runner from
// a copy of action.yml + dist/ with no node_modules anywhere near it, as the runner has it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedAnnotation } from '../src/format/annotations';
import { SUMMARY_LIMIT_BYTES } from '../src/format/markdown';
import type { Finding } from '../src/engine/types';
import { REPO_ROOT, runCli } from './helpers/cli';
import { git, makeRepo, pullRequestEvent, runAction, type ActionRun, type WorkflowCommand } from './helpers/action-runner';
import { sarifValidatorBinary, validateSarif } from './helpers/sarif-validator';
import { skipWithoutTool } from './helpers/tools';

const CURRENT = path.join(REPO_ROOT, 'examples/droplet-current');
const RECOMMENDED = path.join(REPO_ROOT, 'examples/droplet-recommended');
const NGINX_STACK = 'services/docker/nginx/docker-compose.yml';
const skipValidator = skipWithoutTool(
  '@microsoft/sarif-multitool',
  sarifValidatorBinary() !== null,
  "the action's SARIF was not validated by Microsoft's validator",
);

let tmp: string;
let actionDir: string;
let counter = 0;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-action-'));
  actionDir = path.join(tmp, 'svclint-action');
  fs.mkdirSync(actionDir);
  fs.copyFileSync(path.join(REPO_ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
  fs.cpSync(path.join(REPO_ROOT, 'dist'), path.join(actionDir, 'dist'), { recursive: true });
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function freshDir(name: string): string {
  counter += 1;
  return path.join(tmp, `${name}-${counter}`);
}

function copyExample(example: string): (dir: string) => void {
  return (dir) => fs.cpSync(example, dir, { recursive: true });
}

function appendLine(file: string, line: string): (dir: string) => void {
  return (dir) => fs.appendFileSync(path.join(dir, file), `${line}\n`);
}

/** Whether a place is in a change of one file: the file itself, or a folder holding it. */
function touches(file: string, p: { path: string }): boolean {
  return file === p.path || file.startsWith(`${p.path}/`);
}

/** Findings a change of one file touches: one of its places (own or related) is the file or a folder holding it. */
function inChange(findings: Finding[], file: string): Finding[] {
  return findings.filter((f) => [f, ...(f.related ?? [])].some((p) => touches(file, p)));
}

function totals(findings: Finding[]): { errors: string; warnings: string } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors: String(errors), warnings: String(findings.length - errors) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function cliFindings(workspace: string, args: string[] = []): Finding[] {
  const run = runCli(['--format', 'json', ...args], workspace);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

/** `::error` lines of a step, setFailed's included: GitHub keeps 10. */
function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'));
}

function annotationsOf(run: ActionRun): PlannedAnnotation[] {
  return run.commands
    .filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.title)
    .map((c) => {
      const annotation: PlannedAnnotation = {
        level: c.command as PlannedAnnotation['level'],
        message: c.message,
        file: c.properties.file ?? '',
        title: c.properties.title!,
      };
      if (c.properties.line) annotation.startLine = Number(c.properties.line);
      if (c.properties.col) annotation.startColumn = Number(c.properties.col);
      return annotation;
    });
}

/** setFailed's line: an `::error::` without properties. */
function failures(run: ActionRun): WorkflowCommand[] {
  return run.commands.filter((c) => c.command === 'error' && Object.keys(c.properties).length === 0);
}

function notices(run: ActionRun, title: string): WorkflowCommand[] {
  return run.commands.filter((c) => c.command === 'notice' && c.properties.title === title);
}

describe('droplet-current (the problem tree)', () => {
  let workspace: string;
  let run: ActionRun;
  let expected: Finding[];

  beforeAll(() => {
    workspace = freshDir('current');
    makeRepo(workspace, copyExample(CURRENT), () => {});
    run = runAction(actionDir, { workspace, inputs: { 'sarif-file': 'reports/svclint.sarif', 'html-file': 'reports/svclint.html' } });
    expected = cliFindings(workspace);
  });

  it('fails the step with exit code 1 and one failure line', () => {
    expect(run.status).toBe(1);
    const { errors, warnings } = totals(expected);
    expect(Number(errors)).toBeGreaterThan(10);
    expect(failures(run).map((c) => c.message)).toEqual([`svclint found ${errors} errors and ${warnings} warnings (fail-on: error).`]);
    expect(run.stderr).toBe('');
  });

  it('sets the outputs', () => {
    expect(run.outputs).toEqual({
      ...totals(expected),
      'sarif-file': path.join(workspace, 'reports/svclint.sarif'),
      'html-file': path.join(workspace, 'reports/svclint.html'),
    });
  });

  it('annotates 9 errors (file/line first), then the warnings, then one notice; setFailed is the 10th ::error', () => {
    const annotations = annotationsOf(run);
    const errorAnnotations = annotations.filter((a) => a.level === 'error');
    expect(errorAnnotations).toHaveLength(9);
    // GitHub keeps 10 error annotations per step: the failure message is the 10th and last.
    const lines = errorLines(run);
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^::error::svclint found \d+ errors/);
    const { errors, warnings } = totals(expected);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(Math.min(10, Number(warnings)));
    expect(annotations.findIndex((a) => a.level === 'warning')).toBe(9);
    // File/line errors first: the superuser finding the old order never reached is annotated.
    const lined = expected.filter((f) => f.severity === 'error' && f.line !== null).length;
    expect(errorAnnotations.slice(0, Math.min(9, lined)).every((a) => a.startColumn !== undefined)).toBe(true);
    expect(annotations).toContainEqual(
      expect.objectContaining({ level: 'error', title: 'postgres-superuser', file: 'services/n8n/docker-compose.yml', startLine: 13, startColumn: 28 }),
    );
    const [more] = notices(run, 'svclint: more findings');
    expect(more!.message).toMatch(
      new RegExp(
        `^svclint: ${Number(errors) - 9} more errors? .*not annotated .* See the job summary for every finding, or the SARIF file in code scanning\\.$`,
      ),
    );
    expect(run.stdout).toContain('::warning title=stale-doc-path,file=docs/system/architecture/SERVICE_INVENTORY.md,line=20,col=15::');
  });

  it('writes the job summary: counts, every finding, the expected layout, under 1 MiB', () => {
    expect(Buffer.byteLength(run.summary)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    const { errors, warnings } = totals(expected);
    expect(run.summary.startsWith(`## svclint: ✖ ${errors} errors, ${warnings} warnings\n`)).toBe(true);
    expect(run.summary).toContain(`| ${errors} | ${warnings} | 17 | 14 |`);
    const rows = run.summary.split('\n').filter((line) => /^\| `[^`]+` \| /.test(line));
    expect(rows).toHaveLength(expected.length);
    expect(run.summary).toContain('### Expected layout');
    // From the plan's moves: the shared Postgres moves (its split-out stack's .env.example with it);
    // the stray copy is retired to archive/ (svclint migrate archives it, never deletes it).
    expect(run.summary).toMatch(/core-infra\/\n[^\n]*postgres\/? {2}← services\/docker\/postgres\n/);
    expect(run.summary).toMatch(/archive\/\n(?:[^\n]*\n)*?[^\n]*postgres {2}← services\/postgres\n/);
  });

  it('writes the HTML report (html-file) with every finding, and the planned moves as mermaid in the summary', () => {
    const html = fs.readFileSync(path.join(workspace, 'reports/svclint.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n[^]*<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-/);
    const data = JSON.parse(/<script type="application\/json" id="svclint-data">([^<]*)<\/script>/.exec(html)![1]!) as {
      roots: { findings: { rule: string; path: string }[] }[];
    };
    expect(data.roots[0]!.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(expected.map((f) => `${f.rule} ${f.path}`));
    expect(run.summary).toMatch(/### Planned moves\n\n```mermaid\nflowchart LR\n[^`]*-->\|"openweb → open-webui, uptime-kuma"\|[^`]*```\n/);
  });

  it("writes SARIF with every finding, each located on a file, which Microsoft's validator accepts with no warning", () => {
    const text = fs.readFileSync(path.join(workspace, 'reports/svclint.sarif'), 'utf8');
    const log = JSON.parse(text) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[];
    };
    const results = log.runs[0]!.results;
    expect(results.map((r) => r.ruleId)).toEqual(expected.map((f) => f.rule));
    for (const [i, r] of results.entries()) {
      const { uri } = r.locations[0]!.physicalLocation.artifactLocation;
      // A folder finding is shown at a file inside the folder.
      expect(uri === expected[i]!.path || uri.startsWith(`${expected[i]!.path}/`)).toBe(true);
      expect(fs.statSync(path.join(workspace, decodeURIComponent(uri))).isFile()).toBe(true);
      expect(r.locations[0]!.physicalLocation.region!.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it.skipIf(skipValidator)("Microsoft's validator: 0 errors, 0 warnings", () => {
    const text = fs.readFileSync(path.join(workspace, 'reports/svclint.sarif'), 'utf8');
    expect(validateSarif(sarifValidatorBinary()!, text)).toEqual([]);
  });
});

describe('droplet-recommended (the target tree)', () => {
  it('passes with no annotations and a clean summary', () => {
    const workspace = freshDir('recommended');
    makeRepo(workspace, copyExample(RECOMMENDED), () => {});
    const run = runAction(actionDir, { workspace });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ errors: '0', warnings: '0', 'sarif-file': '', 'html-file': '' });
    expect(annotationsOf(run)).toEqual([]);
    expect(failures(run)).toEqual([]);
    expect(run.summary).toContain('## svclint: ✔ no problems');
    expect(run.summary).toContain('No findings.');
  });
});

describe('fail-on', () => {
  let workspace: string;
  beforeAll(() => {
    // The target tree plus one warning: a document naming a services path that does not exist.
    workspace = freshDir('fail-on');
    makeRepo(workspace, copyExample(RECOMMENDED), appendLine('docs/SERVICE_INVENTORY.md', '\nOld notes live in `services/apps/openweb`.'));
  });

  it.each([
    ['error', 0, []],
    ['warning', 1, ['svclint found 0 errors and 1 warning (fail-on: warning).']],
    ['never', 0, []],
    ['Warning', 1, ['svclint found 0 errors and 1 warning (fail-on: warning).']],
  ])('fail-on=%s with one warning exits %i', (failOn, status, failureLines) => {
    const run = runAction(actionDir, { workspace, inputs: { 'fail-on': failOn } });
    expect(run.status).toBe(status);
    expect(failures(run).map((c) => c.message)).toEqual(failureLines);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(annotationsOf(run)).toEqual([
      expect.objectContaining({ level: 'warning', title: 'stale-doc-path', file: 'docs/SERVICE_INVENTORY.md', startLine: 47, startColumn: 20 }),
    ]);
  });

  it('fail-on=never passes on the problem tree but still reports everything', () => {
    const current = freshDir('never');
    makeRepo(current, copyExample(CURRENT), () => {});
    const run = runAction(actionDir, { workspace: current, inputs: { 'fail-on': 'never' } });
    expect(run.status).toBe(0);
    expect(failures(run)).toEqual([]);
    const all = cliFindings(current);
    expect(run.outputs).toMatchObject(totals(all));
    // Passing: no failure line to leave room for, so 10 error annotations.
    expect(annotationsOf(run).filter((a) => a.level === 'error')).toHaveLength(Math.min(10, all.filter((f) => f.severity === 'error').length));
    expect(notices(run, 'svclint: more findings')[0]!.message).toMatch(/See the job summary for every finding\.$/);
  });
});

describe('invalid input and failures', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = freshDir('inputs');
    makeRepo(workspace, copyExample(CURRENT), () => {});
  });

  it.each([
    [{ 'fail-on': 'maybe' }, "svclint: input 'fail-on' must be one of error, warning, never; got 'maybe'"],
    [{ 'only-changed': 'yes please' }, "svclint: input 'only-changed' must be true or false; got 'yes please'"],
    [{ path: 'no/such/dir' }, 'svclint: no/such/dir: no such file or directory'],
    [{ config: 'missing.yaml' }, expect.stringMatching(/^svclint: .*missing\.yaml/)],
  ])('%o fails the step with one line, no stack and no outputs', (inputs, message) => {
    const run = runAction(actionDir, { workspace, inputs });
    expect(run.status).toBe(1);
    expect(failures(run).map((c) => c.message)).toEqual([message]);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toHaveLength(1);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it('an internal failure is one line; the stack only with debug logging on', () => {
    // A runner whose summary file is missing: @actions/core refuses to write the summary.
    const env = { GITHUB_STEP_SUMMARY: path.join(workspace, 'no-such-dir', 'summary.md') };
    const quiet = runAction(actionDir, { workspace, env });
    expect(quiet.status).toBe(1);
    expect(failures(quiet).map((c) => c.message)).toEqual([
      expect.stringMatching(/^svclint: internal error: Unable to access summary file: .* \(re-run with debug logging for details\)$/),
    ]);
    expect(quiet.commands.filter((c) => c.command === 'debug')).toEqual([]);
    expect(`${quiet.stdout}${quiet.stderr}`).not.toMatch(/\n\s+at /);

    const debug = runAction(actionDir, { workspace, env: { ...env, RUNNER_DEBUG: '1' } });
    expect(failures(debug).map((c) => c.message)).toEqual([expect.stringMatching(/^svclint: internal error: Unable to access summary file: [^(]*$/)]);
    expect(debug.commands.filter((c) => c.command === 'debug').map((c) => c.message)).toEqual([
      expect.stringMatching(/^Error: Unable to access summary file[^]*\n\s+at /),
    ]);
  });

  it('an unwritable sarif-file is one line too', () => {
    fs.writeFileSync(path.join(workspace, 'blocker'), 'a file, not a directory');
    const run = runAction(actionDir, { workspace, inputs: { 'sarif-file': 'blocker/svclint.sarif' } });
    expect(run.status).toBe(1);
    expect(failures(run).map((c) => c.message)).toEqual([expect.stringMatching(/^svclint: sarif-file: cannot write blocker\/svclint\.sarif \(E\w+\)$/)]);
  });
});

/** The new service of the pull request: it takes the shared cache's container name and Traefik's port. */
const CLASHING_SERVICE = [
  '  webhook-relay:',
  '    image: example/webhook-relay:1.4.2',
  '    container_name: valkey',
  '    ports:',
  '      - "80:8080"',
  '',
].join('\n');

function addToAutomationStack(dir: string): void {
  const file = path.join(dir, 'services/automation/docker-compose.yml');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('\nservices:\n', `\nservices:\n${CLASHING_SERVICE}`));
}

describe('only-changed', () => {
  it('the pull request that breaks another stack fails, with both errors annotated on its changed lines', () => {
    const workspace = freshDir('breaks-another-stack');
    const range = makeRepo(workspace, copyExample(RECOMMENDED), addToAutomationStack);
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: pullRequestEvent(range) });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '0' });
    const annotations = annotationsOf(run).map((a) => `${a.level} ${a.title} ${a.file}:${a.startLine}:${a.startColumn}`);
    // Both on the changed file, at the new service's lines: not on the unchanged core-infra stack.
    expect(annotations).toEqual([
      'error duplicate-container-name services/automation/docker-compose.yml:8:21',
      'error duplicate-host-port services/automation/docker-compose.yml:10:9',
    ]);
    const texts = annotationsOf(run).map((a) => a.message);
    expect(texts[0]).toMatch(/Give 'webhook-relay' a unique container_name/);
    expect(texts[1]).toMatch(/Publish 'webhook-relay' on a free host port/);
    expect(failures(run).map((c) => c.message)).toEqual(['svclint found 2 errors and 0 warnings (fail-on: error).']);
    expect(run.summary).toContain('_only-changed: 2 of 2 findings touch the 1 path this pull request changes');
  });

  it('a pull request that moves a service into apps/ fails', () => {
    const workspace = freshDir('into-apps');
    const range = makeRepo(workspace, copyExample(RECOMMENDED), (dir) => {
      fs.mkdirSync(path.join(dir, 'services/apps'));
      git(dir, 'mv', 'services/monitoring/dozzle', 'services/apps/dozzle');
    });
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: pullRequestEvent(range) });
    expect(run.status).toBe(1);
    const annotations = annotationsOf(run);
    expect(annotations).toContainEqual(
      expect.objectContaining({ level: 'error', title: 'no-catch-all-dir', file: 'services/apps/dozzle/users.yml.example', startLine: 1 }),
    );
    expect(annotations.find((a) => a.title === 'no-catch-all-dir')!.message).toMatch(/'services\/apps\/' is a catch-all.*dozzle -> monitoring\/dozzle\//s);
  });

  it('a pull request that only edits a README passes on a tree with old findings', () => {
    const workspace = freshDir('readme');
    const range = makeRepo(workspace, copyExample(CURRENT), (dir) => fs.writeFileSync(path.join(dir, 'README.md'), '# infra\n\nNotes.\n'));
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: pullRequestEvent(range) });
    expect(cliFindings(workspace).length).toBeGreaterThan(10);
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(annotationsOf(run)).toEqual([]);
  });

  it('reports every finding one of whose places is in the change, as the CLI does with --changed-since', () => {
    const workspace = freshDir('changed');
    const range = makeRepo(workspace, copyExample(CURRENT), appendLine(NGINX_STACK, '# retire after the Traefik move'));
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true', 'sarif-file': 'svclint.sarif' }, event: pullRequestEvent(range) });
    const all = cliFindings(workspace);
    const kept = inChange(all, NGINX_STACK);
    // The technology folder holding the file (its merged finding names the legacy proxy's clash with traefik) and the file's own finding.
    expect(kept.map((f) => `${f.rule} ${f.path}`)).toEqual(['no-technology-dir services/docker', `obsolete-version ${NGINX_STACK}`]);
    expect(cliFindings(workspace, ['--changed-since', range.base]).map((f) => `${f.rule} ${f.path}`)).toEqual(kept.map((f) => `${f.rule} ${f.path}`));
    const annotations = annotationsOf(run);
    // The folder finding is annotated on the changed file inside it.
    expect(annotations.map((a) => `${a.level} ${a.title} ${a.file}:${a.startLine}`)).toEqual([
      'error no-technology-dir services/docker/nginx/docker-compose.yml:1',
      `warning obsolete-version ${NGINX_STACK}:1`,
    ]);
    const { errors, warnings } = totals(kept);
    expect(run.outputs).toMatchObject({ errors, warnings });
    expect(run.status).toBe(1);
    expect(failures(run).map((c) => c.message)).toEqual([
      `svclint found ${plural(Number(errors), 'error')} and ${plural(Number(warnings), 'warning')} (fail-on: error).`,
    ]);
    expect(run.summary).toContain(
      `_only-changed: ${kept.length} of ${all.length} findings touch the 1 path this pull request changes (${range.base.slice(0, 7)}...${range.head.slice(0, 7)}); the whole tree was analysed._`,
    );
    expect(run.summary.split('\n').filter((line) => /^\| `[^`]+` \| /.test(line))).toHaveLength(kept.length);
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'svclint.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(kept.length);
    expect(notices(run, 'svclint: only-changed')).toEqual([]);
  });

  it('passes when the pull request only touches clean paths', () => {
    const workspace = freshDir('clean-change');
    const range = makeRepo(workspace, copyExample(CURRENT), (dir) => fs.writeFileSync(path.join(dir, 'NOTES.md'), 'notes\n'));
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: pullRequestEvent(range) });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(annotationsOf(run)).toEqual([]);
  });

  it('a move reports the findings at the old path too (git diff --no-renames), placed on the moved files', () => {
    const workspace = freshDir('move');
    const range = makeRepo(workspace, copyExample(CURRENT), (dir) => {
      git(dir, 'mv', 'services/valkey', 'services/docker/valkey');
    });
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: pullRequestEvent(range) });
    const files = annotationsOf(run).map((a) => `${a.title} ${a.file}`);
    expect(files).toContain('no-technology-dir services/docker/valkey/docker-compose.yml');
    expect(run.status).toBe(1);
  });

  it('works with push events (before/after)', () => {
    const workspace = freshDir('push');
    const range = makeRepo(workspace, copyExample(CURRENT), appendLine(NGINX_STACK, '# push'));
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: { before: range.base, after: range.head }, eventName: 'push' });
    expect(run.outputs).toMatchObject(totals(inChange(cliFindings(workspace), NGINX_STACK)));
  });

  it('a shallow clone without the base commit: a notice, then everything is reported', () => {
    const origin = freshDir('origin');
    const range = makeRepo(origin, copyExample(CURRENT), appendLine(NGINX_STACK, '# shallow'));
    const workspace = freshDir('shallow');
    git(tmp, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
    expect(() => git(workspace, 'cat-file', '-e', `${range.base}^{commit}`)).toThrow();
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: pullRequestEvent(range) });
    const [notice] = notices(run, 'svclint: only-changed');
    expect(notice!.message).toBe(
      `only-changed: the pull request's base commit ${range.base.slice(0, 12)} is not in this checkout (a shallow clone?), so every finding is reported. ` +
        'Check out with `fetch-depth: 0` (actions/checkout) so the base commit is there.',
    );
    expect(run.outputs).toMatchObject(totals(cliFindings(workspace)));
    expect(annotationsOf(run).filter((a) => a.level === 'error')).toHaveLength(9);
    expect(errorLines(run)).toHaveLength(10);
    expect(run.summary).toContain(`_${notice!.message}_`);
    expect(run.status).toBe(1);
  });

  it('a changed config reports everything', () => {
    const workspace = freshDir('config');
    const range = makeRepo(workspace, copyExample(CURRENT), appendLine('svclint.config.yaml', '# reviewed'));
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: pullRequestEvent(range) });
    expect(notices(run, 'svclint: only-changed').map((n) => n.message)).toEqual([
      'only-changed: the svclint config svclint.config.yaml changed, so every finding is reported.',
    ]);
    expect(run.outputs).toMatchObject(totals(cliFindings(workspace)));
  });

  it('an event without commits (workflow_dispatch) reports everything with a notice', () => {
    const workspace = freshDir('dispatch');
    makeRepo(workspace, copyExample(CURRENT), () => {});
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true' }, event: { inputs: {} }, eventName: 'workflow_dispatch' });
    expect(notices(run, 'svclint: only-changed')[0]!.message).toMatch(/^only-changed: the workflow_dispatch event has no base and head commits/);
    expect(run.outputs).toMatchObject(totals(cliFindings(workspace)));
  });

  it('compares git paths (repository-relative) with findings (workspace-relative) when the checkout sits in a subfolder', () => {
    // actions/checkout with `path: infra`: the repository is $GITHUB_WORKSPACE/infra, the tree is in infra/host/.
    const workspace = freshDir('subfolder');
    const repo = path.join(workspace, 'infra');
    const range = makeRepo(repo, (dir) => fs.cpSync(CURRENT, path.join(dir, 'host'), { recursive: true }), appendLine(`host/${NGINX_STACK}`, '# moved'));
    const run = runAction(actionDir, { workspace, inputs: { 'only-changed': 'true', path: 'infra/host' }, event: pullRequestEvent(range) });
    const kept = inChange(cliFindings(path.join(repo, 'host')), NGINX_STACK);
    expect(annotationsOf(run).map((a) => `${a.title} ${a.file}`)).toEqual([
      'no-technology-dir infra/host/services/docker/nginx/docker-compose.yml',
      `obsolete-version infra/host/${NGINX_STACK}`,
    ]);
    expect(run.outputs).toMatchObject(totals(kept));
  });
});

describe('a summary that would pass 1 MiB', () => {
  it('is cut below the limit with a line saying what was cut', () => {
    const workspace = freshDir('huge');
    for (let i = 1; i <= 2000; i += 1) fs.mkdirSync(path.join(workspace, 'services', `group-${i}`, 'thing'), { recursive: true });
    const run = runAction(actionDir, { workspace, inputs: { 'fail-on': 'never', 'sarif-file': 'out.sarif' } });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '4000' });
    const size = Buffer.byteLength(run.summary);
    expect(size).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(size).toBeGreaterThan(SUMMARY_LIMIT_BYTES * 0.95);
    expect(run.summary.trimEnd().split('\n').at(-1)).toMatch(/^_Cut to stay under 1 MiB: [\d,]+ findings of 4,000 not shown\./);
    expect(annotationsOf(run).filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(notices(run, 'svclint: more findings')[0]!.message).toMatch(/^svclint: 3990 more warnings not annotated/);
    expect((JSON.parse(fs.readFileSync(path.join(workspace, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(4000);
  });
});

describe('cache', () => {
  it('a run with a restored cache folder reports exactly what a fresh run reports; a change is a full run', () => {
    const workspace = freshDir('cache');
    makeRepo(workspace, copyExample(CURRENT), () => {});
    const cacheDir = path.join(freshDir('cache-folder'), 'svclint-cache') + path.sep;
    const inputs = { cache: 'true', 'cache-location': cacheDir, 'sarif-file': 'reports/svclint.sarif', 'html-file': 'reports/svclint.html' };
    const stable = (run: ActionRun) => ({
      ...run,
      stdout: run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('svclint: cache:'))
        .join('\n'),
    });
    const files = () => ['reports/svclint.sarif', 'reports/svclint.html'].map((f) => fs.readFileSync(path.join(workspace, f), 'utf8'));
    const uncached = runAction(actionDir, { workspace, inputs: { 'sarif-file': 'reports/svclint.sarif', 'html-file': 'reports/svclint.html' } });
    const uncachedFiles = files();
    const first = runAction(actionDir, { workspace, inputs });
    expect(first.stdout).toMatch(/^svclint: cache: miss \(no cache file yet\)$/m);
    expect(fs.readdirSync(cacheDir)).toHaveLength(1);
    const warm = runAction(actionDir, { workspace, inputs });
    expect(warm.stdout).toMatch(/^svclint: cache: hit/m);
    for (const run of [first, warm]) {
      expect(stable(run).stdout).toBe(uncached.stdout);
      expect({ status: run.status, outputs: run.outputs, summary: run.summary, stderr: run.stderr }).toEqual({
        status: uncached.status,
        outputs: uncached.outputs,
        summary: uncached.summary,
        stderr: uncached.stderr,
      });
      expect(files()).toEqual(uncachedFiles);
    }
    fs.appendFileSync(path.join(workspace, 'services/valkey/docker-compose.yml'), '    container_name: valkey-2\n');
    const changed = runAction(actionDir, { workspace, inputs });
    expect(changed.stdout).toMatch(/^svclint: cache: miss \(.*valkey\/docker-compose\.yml changed/m);
    expect(stable(changed).stdout).toBe(
      runAction(actionDir, { workspace, inputs: { 'sarif-file': 'reports/svclint.sarif', 'html-file': 'reports/svclint.html' } }).stdout,
    );
  });
});

describe('the bundle is self-contained', () => {
  it('loads libpg-query (with its .wasm) and mvdan-sh from dist/ with no node_modules', () => {
    const child = spawnSync(process.execPath, [path.join(actionDir, 'dist/action.js'), '--self-check'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ libpgQuery: { statements: 2 }, mvdanSh: { commands: 2 } });
  });

  it('needs the .wasm copied beside it (the check is not passing by accident)', () => {
    const broken = path.join(tmp, 'broken');
    fs.cpSync(path.join(actionDir, 'dist'), path.join(broken, 'dist'), { recursive: true });
    fs.rmSync(path.join(broken, 'dist/libpg-query.wasm'));
    const child = spawnSync(process.execPath, [path.join(broken, 'dist/action.js'), '--self-check'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(child.status).not.toBe(0);
    expect(child.stderr).toMatch(/libpg-query\.wasm/);
  });

  it('action.yml runs dist/action.js on node24 and declares the inputs and outputs', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(text).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/action\.js$/m);
    for (const name of ['path', 'config', 'fail-on', 'only-changed', 'sarif-file', 'cache', 'cache-location', 'errors', 'warnings'])
      expect(text).toContain(`  ${name}:\n`);
  });
});
