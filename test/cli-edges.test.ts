// CLI edges an ESLint user trips over, end to end through the built CLI: flags, colours, --debug,
// config errors, -o, the stylish layout, `rules`, and `place`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../src/format/stylish';
import type { Finding, LintResult } from '../src/engine/types';
import { CLI, REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { makeTree } from './helpers/tree';
import { skipWithoutTool } from './helpers/tools';

const ESC = '\u001b[';
const tree = { services: { apps: { dozzle: {} }, monitoring: { dozzle2: {} } } };

describe('flags', () => {
  it.each([
    [['--formt', 'json'], "svclint: unknown option '--formt'; did you mean '--format'? (see svclint --help)\n"],
    [['--max-warning', '3'], "svclint: unknown option '--max-warning'; did you mean '--max-warnings'? (see svclint --help)\n"],
    [['-format', 'json'], "svclint: unknown option '-format'; did you mean '--format'? (see svclint --help)\n"],
    [['--frobnicate'], "svclint: unknown option '--frobnicate' (see svclint --help)\n"],
    [['-x'], "svclint: unknown option '-x' (see svclint --help)\n"],
    [['--format'], 'svclint: --format needs a value (--format NAME)\n'],
    [['--format', 'sarf'], "svclint: --format: unknown value 'sarf'; did you mean 'sarif'? (choose stylish, json, sarif, github, junit, markdown, html)\n"],
    [['--quiet=yes'], "svclint: --quiet takes no value (got 'yes')\n"],
    [['--image', 'nginx'], "svclint: --image is an option of 'svclint place', not of 'svclint [paths]'\n"],
    [['plcae', 'grafana'], "svclint: plcae: no such file or directory; did you mean the command 'place'?\n"],
    [['--max-warnings', 'many'], "svclint: --max-warnings expects a whole number or -1 (no limit), got 'many'\n"],
    [['--only', 'databse'], "svclint: --only: unknown value 'databse'; did you mean 'database'? (choose structure, database, compose)\n"],
  ])('%j: one friendly line, exit 2', (args, stderr) => {
    const run = runCli(args, makeTree(tree));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(stderr);
    expect(run.stdout).toBe('');
  });

  it("--max-warnings -1 and --max-warnings=-1 mean no limit (ESLint's default); 0 still counts", () => {
    const dir = makeTree(tree);
    const off = ['--rule', 'no-catch-all-dir:off', '--rule', 'misplaced-service:off'];
    for (const flag of [['--max-warnings', '-1'], ['--max-warnings=-1']]) expect(runCli([...off, ...flag], dir).status).toBe(0);
    expect(runCli([...off, '--max-warnings=0'], dir).status).toBe(1);
  });

  it('-fjson, -qf json and -- work as in other CLIs', () => {
    const dir = makeTree(tree);
    expect(JSON.parse(runCli(['-fjson'], dir).stdout).tool).toBe('svclint');
    const quiet = JSON.parse(runCli(['-qf', 'json'], dir).stdout);
    expect(quiet.findings.every((f: JsonFinding) => f.severity === 'error')).toBe(true);
    expect(runCli(['--', '--not-a-flag'], dir).stderr).toBe('svclint: --not-a-flag: no such file or directory\n');
  });

  it('--help lists every option, --color among them', () => {
    const help = runCli(['--help']).stdout;
    for (const flag of ['--color', '--debug', '--print-config', '--workflow', '--pre-commit', '--force', '--max-warnings N', '-o, --output-file FILE'])
      expect(help).toContain(flag);
    expect(help).toMatch(/FORCE_COLOR/);
  });
});

describe('colours', () => {
  const dir = makeTree(tree);
  const colored = (env: NodeJS.ProcessEnv, args: string[] = []) =>
    runCli(args, dir, { NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }).stdout.includes(ESC);
  it.each([
    ['not a terminal', {}, [], false],
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR= (empty: on, as in Node)', { FORCE_COLOR: '' }, [], true],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, [], false],
    ['NO_COLOR=1', { NO_COLOR: '1' }, [], false],
    ['FORCE_COLOR beats NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, [], true],
    ['--color', {}, ['--color'], true],
    ['--no-color beats FORCE_COLOR', { FORCE_COLOR: '1' }, ['--no-color'], false],
  ] as const)('%s', (_name, env, args, expected) => {
    expect(colored(env, [...args])).toBe(expected);
  });
});

describe('--debug', () => {
  it('prints the config, the root and phase timings to stderr; stdout is the report', () => {
    const run = runCli(['examples/droplet-current', '--debug', '--format', 'json'], REPO_ROOT);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).tool).toBe('svclint');
    expect(run.stderr).toMatch(/^svclint debug: root examples\/droplet-current\/services; config examples\/droplet-current\/svclint\.config\.yaml$/m);
    expect(run.stderr).toMatch(
      /^svclint debug: timings: find config and root \d+ ms, scan tree and build host model \d+ ms, run rules \d+ ms, directives and exceptions \d+ ms, format \d+ ms; total \d+ ms$/m,
    );
  });

  it('a usage error with --debug has its stack; without, one line', () => {
    expect(runCli(['nope', '--debug']).stderr).toMatch(/\n\s+at /);
    expect(runCli(['nope']).stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('config errors: the key, line:column, the path as written', () => {
  it('an unknown key suggests the near one', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'extends: recommended\nrulez:\n  unpinned-image: off\n', services: {} });
    expect(runCli([], dir).stderr).toBe("svclint: svclint.config.yaml:2:1: invalid config: unknown key 'rulez'; did you mean 'rules'?\n");
    const nested = makeTree({ 'svclint.config.yaml': 'database:\n  allocation:\n    - { service: a, database: a, role: a }\n', services: {} });
    expect(runCli([], nested).stderr).toBe(
      "svclint: svclint.config.yaml:2:3: invalid config: unknown key 'database.allocation'; did you mean 'allocations'?\n",
    );
  });

  it('a config found in a parent folder is named relative to the working directory', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'rulez: {}\n', infra: { services: {} } });
    expect(runCli(['services'], path.join(dir, 'infra')).stderr).toBe(
      "svclint: ../svclint.config.yaml:1:1: invalid config: unknown key 'rulez'; did you mean 'rules'?\n",
    );
  });

  it('.svclintrc.json: a syntax error by line:column, a schema error by line:column', () => {
    const broken = makeTree({ '.svclintrc.json': '{\n  "rules": {\n    "unpinned-image": "off",\n  }\n}\n', services: {} });
    // The position is ours (V8 gives a character offset); the wording after it is V8's.
    expect(runCli([], broken).stderr).toMatch(/^svclint: \.svclintrc\.json:4:3: config is not valid JSON: \S.*\n$/);
    const truncated = makeTree({ '.svclintrc.json': '{\n  "rules": {\n', services: {} });
    expect(runCli([], truncated).stderr).toMatch(/^svclint: \.svclintrc\.json:3:1: config is not valid JSON: \S.*\n$/);
    const schema = makeTree({ '.svclintrc.json': '{\n  "extends": "recommended",\n  "rulez": {}\n}\n', services: {} });
    expect(runCli([], schema).stderr).toBe("svclint: .svclintrc.json:3:3: invalid config: unknown key 'rulez'; did you mean 'rules'?\n");
  });

  it('backslashes in config paths are folder separators (exceptions, docs)', () => {
    const dir = makeTree({
      'svclint.config.yaml': 'exceptions:\n  - { rule: no-catch-all-dir, path: "services\\\\apps", reason: "moving next week" }\ndocs: ["docs\\\\*.md"]\n',
      services: { apps: { x: {} } },
      docs: { 'a.md': 'See services/nowhere/ for it.\n' },
    });
    const rules = (JSON.parse(runCli(['--format', 'json'], dir).stdout).findings as JsonFinding[]).map((f) => f.rule);
    expect(rules).not.toContain('no-catch-all-dir');
    expect(rules).not.toContain('unused-directive');
    expect(rules).toContain('stale-doc-path');
  });
});

describe('-o, --output-file', () => {
  it.skipIf(!existsSync('/proc/self'))('a folder that cannot be created fails at once (it hung at 100 % CPU under /proc)', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, [CLI, 'examples/droplet-current', '-o', '/proc/svclint-test/report.json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('svclint: --output-file: cannot write /proc/svclint-test/report.json (ENOENT)\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a path through a file is ENOTDIR, before the lint; a good path is written', () => {
    const dir = makeTree({ ...tree, 'file.txt': 'x\n' });
    const bad = runCli(['-o', 'file.txt/report.json', '--debug'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^svclint: --output-file: cannot write file\.txt\/report\.json \(ENOTDIR\)$/m);
    expect(bad.stderr).not.toMatch(/timings/); // failed before any lint work
    const good = runCli(['-o', 'out/deep/report.txt'], dir);
    expect(good.status).toBe(1);
    expect(existsSync(path.join(dir, 'out/deep/report.txt'))).toBe(true);
  });

  it('a failed run leaves no empty report behind', () => {
    const dir = makeTree(tree);
    expect(runCli(['nowhere', '-o', 'report.json'], dir).status).toBe(2);
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
  });
});

describe('stylish', () => {
  it('each path once: the root heads the section, messages are relative to it; lines capped at 200; a count per rule', () => {
    const run = runCli(['examples/droplet-current'], REPO_ROOT);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe('examples/droplet-current/services/ (root; paths in messages are relative to it)');
    expect(run.stdout).toMatch(
      /^examples\/droplet-current\/services\/n8n\n {4}error {2}Service 'n8n' sits directly under the services root; it belongs in 'automation\/n8n\/' /m,
    );
    // The group header is the only place the full path appears.
    for (const line of lines.filter((l) => l.startsWith('  '))) expect(line).not.toContain('examples/droplet-current/services/');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(200);
    // One cause, one finding: the placement problems are merged (the catch-all with its moves...).
    expect(run.stdout).toMatch(/^ {2}by rule: initdb-public-connect 4, obsolete-version 4, initdb-env-placeholder 3, service-outside-capability 2, /m);
    expect(run.stdout).toMatch(/^ {2}\d+ lines cut at 200 characters: --format json has the full messages$/m);
    // The json format has the message in full.
    const full = JSON.parse(runCli(['examples/droplet-current', '-f', 'json'], REPO_ROOT).stdout).findings as JsonFinding[];
    expect(Math.max(...full.map((f) => f.message.length + (f.fix?.length ?? 0)))).toBeGreaterThan(200);
  });

  const skipScript = skipWithoutTool(
    'script(1) (util-linux)',
    spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0,
    'the terminal-width test did not run',
    false,
  );
  it.skipIf(skipScript)('on a terminal, lines are cut at its width (a real pseudo-terminal, 100 columns)', () => {
    const command = `stty cols 100; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} examples/droplet-current`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    const lines = run.stdout.replace(/\r/g, '').split('\n');
    expect(lines.some((l) => l.includes('service-outside-capability'))).toBe(true);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(run.stdout).toMatch(/lines cut at 100 characters/);
  });

  it('cuts at the terminal width (formatter, width 80)', () => {
    const finding: Finding = {
      rule: 'misplaced-service',
      severity: 'error',
      path: 'srv/services/apps/x',
      line: null,
      column: null,
      message: `Service 'x' is in 'srv/services/apps/'; ${'very long reason '.repeat(10)}`,
      fix: "Move 'srv/services/apps/x/' to 'srv/services/monitoring/x/'.",
      // What the engine renders for the root's section: places relative to the root.
      inRoot: {
        message: `Service 'x' is in 'apps/'; ${'very long reason '.repeat(10)}`,
        fix: "Move 'apps/x/' to 'monitoring/x/'.",
      },
    };
    const result: LintResult = {
      root: '/w/srv/services',
      findings: [finding],
      summary: { errors: 1, warnings: 0, services: 1, stacks: 0 },
      model: null,
      failures: [],
      rules: [],
    };
    const out = formatStylish([result], { cwd: '/w', version: '0', rules: [], color: false, width: 80 });
    const row = out.split('\n').find((l) => l.includes('misplaced-service') && l.startsWith('    '))!;
    expect(row.length).toBeLessThanOrEqual(80);
    expect(row.length).toBeGreaterThan(75);
    expect(row).toMatch(/^ {4}error {2}Service 'x' is in 'apps\/'; very long .*… {2}misplaced-service$/);
  });

  it("never rewrites a message's own words or the user's values, and names the rules a finding merged", () => {
    // The root is `services`, and the user's compose value is `../services/x`: only the engine's
    // rendering of places (inRoot) is relative to the root; text without it is printed as is.
    const finding: Finding = {
      rule: 'build-context',
      severity: 'error',
      path: 'services/a/docker-compose.yml',
      line: 3,
      column: 12,
      message: "Build context '../services/x' of service 'a' does not exist: group services by what they do.",
      fix: null,
      also: ['misplaced-service', 'non-canonical-name'],
    };
    const result: LintResult = {
      root: '/w/services',
      findings: [finding],
      summary: { errors: 1, warnings: 0, services: 1, stacks: 1 },
      model: null,
      failures: [],
      rules: [],
    };
    const lines = formatStylish([result], { cwd: '/w', version: '0', rules: [], color: false, width: 200 }).split('\n');
    const row = lines.findIndex((l) => l.includes('build-context'));
    expect(lines[row]).toBe("  3:12  error  Build context '../services/x' of service 'a' does not exist: group services by what they do.  build-context");
    expect(lines[row + 1]).toBe('               also: misplaced-service, non-canonical-name');
  });
});

describe('svclint rules', () => {
  it('--only GROUP lists that group; the configured severity is shown, with the default when it differs', () => {
    const dir = makeTree({ 'svclint.config.yaml': 'rules:\n  unpinned-image: off\n  obsolete-version: error\n', services: {} });
    const db = runCli(['rules', '--only', 'database'], dir).stdout;
    expect(db).toMatch(/^Database$/m);
    expect(db).not.toMatch(/^Structure$|no-catch-all-dir/m);
    const compose = runCli(['rules', '--only', 'compose', '--rule', 'memory-budget:error'], dir).stdout;
    expect(compose).toMatch(/^ {2}unpinned-image +off \(default warning\) +/m);
    expect(compose).toMatch(/^ {2}obsolete-version +error \(default warning\) +/m);
    expect(compose).toMatch(/^ {2}memory-budget +error \(default warning\) +/m);
    expect(compose).toMatch(/^ {2}duplicate-host-port +error {2,}/m);
    const json = JSON.parse(runCli(['rules', '--format', 'json', '--only', 'compose'], dir).stdout) as { id: string; severity: string; configured: string }[];
    expect(json.find((r) => r.id === 'unpinned-image')).toMatchObject({ severity: 'warning', configured: 'off' });
    expect(new Set(json.map((r) => r.id)).has('no-catch-all-dir')).toBe(false);
    expect(runCli(['rules', '--format', 'sarif'], dir).status).toBe(2);
  });
});

describe('svclint place', () => {
  const dir = makeTree({ services: {} });
  const place = (...args: string[]) => JSON.parse(runCli(['place', ...args, '--format', 'json'], dir).stdout);

  it("the README's examples work with the recommended policy", () => {
    expect(place('mail-relay', '--provides', 'email').path).toBe('services/communications/mail-relay/');
    expect(place('grafana').path).toBe('services/monitoring/grafana/');
    expect(place('observer-agent', '--system', 'planner-memory').path).toBe('services/memory-orchestration/observer-agent/');
    expect(place('tiny', '--provides', 'metrics').capability).toBe('monitoring');
    expect(place('flow', '--provides', 'workflow').capability).toBe('automation');
  });

  it('an unknown --provides kind is exit 2, listing the declared kinds', () => {
    const run = runCli(['place', 'thing', '--provides', 'bogus'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^svclint: --provides: no capability declares 'bogus'\. Declared kinds: proxy \(core-infra\), .*email \(communications\).*\. To add one: capabilities: \{ NAME: \{ provides: \[bogus\] \} \} in svclint\.config\.yaml\n$/,
    );
    expect(run.stderr).not.toMatch(/deprecated/); // archive/ is not a place for new services
  });

  it('a plain web server is placed by what it serves; only nginx-proxy is the legacy one', () => {
    for (const name of ['nginx', 'caddy', 'httpd']) {
      const answer = place(name);
      expect(answer.capability, name).toBeNull();
      expect(answer.reasons[0]).toMatch(/is a web server: it goes where what it serves goes/);
    }
    expect(place('nginx', '--provides', 'ui').path).toBe('services/interfaces/nginx/');
    expect(place('caddy', '--provides', 'proxy').path).toBe('services/core-infra/caddy/');
    expect(place('site', '--image', 'nginx:1.27').capability).toBeNull();
    expect(place('nginx-proxy').path).toBe('services/archive/nginx/');
    expect(place('proxy', '--image', 'nginxproxy/nginx-proxy:1.6').capability).toBe('archive');
    const text = runCli(['place', 'nginx'], dir).stdout;
    expect(text).toMatch(
      /3\. Where does it go\?\n {3}-> with what it serves: run again with --provides KIND \(e\.g\. --provides ui -> services\/interfaces\/nginx\/, --provides proxy -> services\/core-infra\/nginx\/\)/,
    );
  });

  it('--format accepts text and json only', () => {
    const run = runCli(['place', 'grafana', '-f', 'sarif'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("svclint: --format: unknown value 'sarif' (choose text, json)\n");
    expect(runCli(['place', 'grafana', '-f', 'text'], dir).stdout).toMatch(/^Answer: services\/monitoring\/grafana\/$/m);
  });
});

describe('no core-infra/: the shared Postgres and cache are never a pick among equals', () => {
  const app = (name: string) => ({
    'docker-compose.yml': [
      'services:',
      `  ${name}:`,
      `    image: example/${name}:1`,
      '    environment:',
      `      DATABASE_URL: postgres://${name}:\${PW}@${name}-db:5432/${name}`,
      `  ${name}-db:`,
      '    image: postgres:16.4',
      `  ${name}-cache:`,
      '    image: redis:7.4',
      '',
    ].join('\n'),
  });
  const apps = { services: { automation: { planka: app('planka') }, interfaces: { wiki: app('wiki') } } };

  it('none declared: each Postgres and cache is told to declare (or keep) the shared one, none is named shared', () => {
    const findings = JSON.parse(runCli(['--format', 'json', '--only', 'database'], makeTree(apps)).stdout).findings as JsonFinding[];
    const postgres = findings.filter((f) => f.rule === 'single-postgres');
    expect(postgres.map((f) => f.message)).toEqual([
      "'planka-db' is one of 2 Postgres-family containers (postgres:16.4), and none is the shared one.",
      "'wiki-db' is one of 2 Postgres-family containers (postgres:16.4), and none is the shared one.",
    ]);
    expect(postgres[0]!.fix).toMatch(
      /^No Postgres is in core-infra\/ and none is declared the shared one: declare it \(database\.postgres: \{ service: NAME \} in the config\)/,
    );
    const caches = findings.filter((f) => f.rule === 'single-cache');
    expect(caches.map((f) => f.message)).toEqual([
      "'planka-cache' is one of 2 Redis caches, and none is the shared one in core-infra/.",
      "'wiki-cache' is one of 2 Redis caches, and none is the shared one in core-infra/.",
    ]);
  });

  it('declared in the config: that one is the shared one', () => {
    const dir = makeTree({ ...apps, 'svclint.config.yaml': 'database:\n  postgres: { service: wiki-db, capability: interfaces }\n' });
    const findings = JSON.parse(runCli(['--format', 'json', '--only', 'database'], dir).stdout).findings as JsonFinding[];
    const postgres = findings.filter((f) => f.rule === 'single-postgres');
    expect(postgres.map((f) => f.message)).toEqual([
      expect.stringMatching(/^'planka-db' is a second Postgres-family container \(postgres:16\.4\) besides the shared 'wiki-db' /),
    ]);
  });
});

it('the recommended capabilities declare every kind their catalog entries provide', async () => {
  const { RECOMMENDED_CAPABILITIES, RECOMMENDED_CATALOG } = await import('../src/policy/recommended');
  for (const entry of RECOMMENDED_CATALOG) {
    const capability = RECOMMENDED_CAPABILITIES.find((c) => c.name === entry.capability)!;
    for (const kind of entry.provides) expect(capability.provides, `${entry.name} provides ${kind}`).toContain(kind);
  }
});
