// End-to-end: the built CLI as a child process on real trees.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, runCli } from './helpers/cli';
import { makeTree } from './helpers/tree';

describe('svclint CLI basics', () => {
  it('--help and --version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/svclint place <name>/);
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown flag is a usage error (exit 2, one line, no stack)', () => {
    const run = runCli(['--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing path exits 2', () => {
    const run = runCli(['does/not/exist']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/does\/not\/exist: no such file or directory/);
  });

  it('rules lists every rule with its default severity', () => {
    const run = runCli(['rules']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no-catch-all-dir\s+error/);
    expect(run.stdout).toMatch(/undeclared-capability\s+warning/);
    const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string }[];
    expect(json.map((r) => r.id)).toContain('misplaced-service');
  });
});

describe('config errors exit 2 naming file, key and line', () => {
  it('an unknown key', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'extends: recommended\ncapabilites:\n  comms: {}\n', services: { 'core-infra': {} } });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/svclint.config.yaml:2:1: invalid config: unknown key 'capabilites'/);
  });

  it('a bad rule level and an unknown rule', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'rules:\n  unpinned-image: loud\n', services: {} });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/svclint.config.yaml:2:\d+: invalid config: rules.unpinned-image must be one of/);
    const unknown = makeTree({ 'svclint.config.yaml': 'rules:\n  no-such-rule: off\n', services: {} });
    const run2 = runCli([], unknown);
    expect(run2.status).toBe(2);
    expect(run2.stderr).toMatch(/svclint.config.yaml:2:3: unknown rule 'no-such-rule'/);
  });

  it('a config that is not YAML', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'root: [services\n', services: {} });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/svclint.config.yaml:\d+:\d+: config is not valid YAML/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('--rule with an unknown id', () => {
    const dir = makeTree({ services: {} });
    const run = runCli(['--rule', 'nope:off'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--rule: unknown rule 'nope'/);
  });
});

describe('severity, exit codes and flags', () => {
  const tree = { services: { apps: { dozzle: {} }, monitoring: { dozzle2: {} } } };

  it('errors exit 1, --rule can turn them off, --max-warnings counts warnings', () => {
    const dir = makeTree(tree);
    const run = runCli(['--format', 'json'], dir);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toContain('no-catch-all-dir');
    const off = runCli(['--rule', 'no-catch-all-dir:off', '--rule', 'misplaced-service:off', '--format', 'json'], dir);
    const offOut = JSON.parse(off.stdout);
    expect(offOut.summary.errors).toBe(0);
    expect(offOut.summary.warnings).toBeGreaterThan(0);
    expect(off.status).toBe(0);
    const strict = runCli(['--rule', 'no-catch-all-dir:off', '--rule', 'misplaced-service:off', '--max-warnings', '0'], dir);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/too many warnings \(maximum: 0\)/);
  });

  it('--quiet prints errors only; stylish groups by file with a summary line', () => {
    const dir = makeTree(tree);
    const quiet = runCli(['--quiet'], dir);
    expect(quiet.stdout).not.toMatch(/ warning /);
    expect(quiet.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/);
    const stylish = runCli([], dir);
    expect(stylish.stdout).toMatch(/^services\/apps$/m);
    expect(stylish.stdout).toMatch(/ error {2}.*no-catch-all-dir$/m);
    expect(stylish.stdout).not.toMatch(/\u001b\[/);
  });

  it('--output-file writes the report', () => {
    const dir = makeTree(tree);
    const run = runCli(['--format', 'json', '--output-file', 'out/report.json'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(`${dir}/out/report.json`, 'utf8')).tool).toBe('svclint');
  });
});

describe('svclint place', () => {
  it('places a known service by the decision tree', () => {
    const run = runCli(['place', 'grafana'], makeTree({ services: {} }));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1\. What capability does this provide\?\n {3}-> placement table: grafana -> monitoring\//);
    expect(run.stdout).toMatch(/Answer: services\/monitoring\/grafana\//);
  });

  it('json for an alias, an image, a system and a provided kind', () => {
    const dir = makeTree({ services: {} });
    const alias = JSON.parse(runCli(['place', 'openweb', '--format', 'json'], dir).stdout);
    expect(alias).toEqual({
      service: 'open-webui',
      capability: 'interfaces',
      path: 'services/interfaces/open-webui/',
      reasons: [expect.stringMatching(/alias of open-webui/)],
    });
    const image = JSON.parse(runCli(['place', 'my-logs', '--image', 'amir20/dozzle:v8', '--format', 'json'], dir).stdout);
    expect(image.capability).toBe('monitoring');
    const system = JSON.parse(runCli(['place', 'observer-agent', '--system', 'planner-memory', '--format', 'json'], dir).stdout);
    expect(system.path).toBe('services/memory-orchestration/observer-agent/');
    const provides = JSON.parse(runCli(['place', 'tiny-ui', '--provides', 'ui', '--format', 'json'], dir).stdout);
    expect(provides.capability).toBe('interfaces');
  });

  it('an unknown service gets the seed advice and capability null', () => {
    const dir = makeTree({ services: {} });
    const text = runCli(['place', 'mail-relay'], dir);
    expect(text.stdout).toMatch(/create a capability-specific directory .*do not dump it in apps\/ or misc\//);
    const json = JSON.parse(runCli(['place', 'mail-relay', '--format', 'json'], dir).stdout);
    expect(json).toEqual({ service: 'mail-relay', capability: null, path: null, reasons: [] });
  });

  it('uses the config: a declared capability that provides email', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'capabilities:\n  communications: { provides: [email], description: Messaging relays }\n', services: {} });
    const json = JSON.parse(runCli(['place', 'postal', '--provides', 'email', '--format', 'json'], dir).stdout);
    expect(json.path).toBe('services/communications/postal/');
  });
});

describe('a reader that stops early (svclint ... | head)', () => {
  it('ends quietly: no EPIPE stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [CLI, 'examples/droplet-current', '--format', 'sarif'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code === 0 || code === 1).toBe(true);
  });
});
