// Hostile input, end to end through the built CLI (a real child process, bounded by the spawn
// timeout): alias bombs, binary and empty compose files, huge files, symlink loops and escapes,
// deep and non-UTF-8 trees, unreadable folders, broken configs. Every run exits 0/1 (2 for a bad
// config), prints no stack trace, and the rest of the tree is still linted.
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, runCli } from './helpers/cli';
import { makeTree, type TreeSpec } from './helpers/tree';
import { expectUsageError, lintJson, type JsonReport } from './robustness-support';

const API_COMPOSE = 'services:\n  api:\n    image: nginx:1.27\n';

/** A small healthy tree around the hostile part; `.git` stops config discovery at the temp folder. */
function hostileTree(extra: TreeSpec = {}, web: TreeSpec = {}): string {
  return makeTree({
    '.git': {},
    services: {
      'core-infra': { api: { 'compose.yaml': API_COMPOSE }, web },
      misc: { thing: { 'README.md': 'a catch-all folder, so every run has one known error\n' } },
    },
    ...extra,
  });
}

/** The healthy part was linted too: the catch-all folder is reported. */
function expectRestLinted(report: JsonReport): void {
  expect(report.findings.filter((f) => f.rule === 'no-catch-all-dir').map((f) => f.path)).toEqual(['services/misc']);
}

/** The compose-parse finding for a broken compose file. */
function expectComposeParse(report: JsonReport, file: string, message: RegExp, at?: { line: number; column: number }): void {
  const found = report.findings.filter((f) => f.rule === 'compose-parse' && f.path === file);
  expect(found.map((f) => f.message).join('\n'), JSON.stringify(report.findings.slice(0, 5))).toMatch(message);
  if (at) expect(found[0]).toMatchObject(at);
}

function expectNoComposeParse(report: JsonReport): void {
  expect(report.findings.filter((f) => f.rule === 'compose-parse')).toEqual([]);
}

const WEB = 'services/core-infra/web/docker-compose.yml';
/** Run times of the big inputs, printed for docs/robustness.md. */
const timings: string[] = [];
afterAll(() => {
  if (timings.length > 0) console.log(`robustness timings:\n  ${timings.join('\n  ')}`);
});

describe('hostile compose files', () => {
  const extracted = (name: string) => path.join(corpusDir(), 'compose-spec__compose-go/_extracted_from_go_tests', name);

  it.each([
    ['loader__reset__L00196__TestAliasBombPrevented.yaml', { line: 13, column: 10 }],
    ['loader__reset__L00217__TestAliasBombPrevented.yaml', { line: 12, column: 10 }],
  ])('YAML alias bomb %s: excessive aliasing, no expansion', (name, at) => {
    const dir = hostileTree();
    copyFileSync(extracted(name), path.join(dir, WEB));
    const { report } = lintJson(dir);
    expectComposeParse(report, WEB, /excessive aliasing/, at);
    expectRestLinted(report);
  });

  it('a recursive alias', () => {
    const dir = hostileTree({}, { 'docker-compose.yml': 'services:\n  web: &w\n    image: nginx:1.27\n    extra: *w\n' });
    const { report } = lintJson(dir);
    expectComposeParse(report, WEB, /recursive alias/, { line: 4, column: 12 });
    expectRestLinted(report);
  });

  it('a binary file named docker-compose.yml (random bytes with NULs)', () => {
    const bytes = Buffer.alloc(64 * 1024);
    let seed = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16;
    bytes[100] = 0;
    const dir = hostileTree({}, { 'docker-compose.yml': bytes });
    const { report } = lintJson(dir);
    expectComposeParse(report, WEB, /binary/, { line: 1, column: 1 });
    expectRestLinted(report);
  });

  it('an empty docker-compose.yml', () => {
    const dir = hostileTree({}, { 'docker-compose.yml': '' });
    const { report } = lintJson(dir);
    expectComposeParse(report, WEB, /empty compose file/, { line: 1, column: 1 });
    expectRestLinted(report);
  });

  it('CRLF line endings and a BOM: a valid file loads, a broken one is reported on the right line', () => {
    const valid = hostileTree({}, { 'docker-compose.yml': '\uFEFFservices:\r\n  web:\r\n    image: nginx:1.27\r\n    ports:\r\n      - "8080:80"\r\n' });
    const ok = lintJson(valid).report;
    expectNoComposeParse(ok);
    expectRestLinted(ok);
    const broken = hostileTree(
      {},
      {
        'docker-compose.yml': '\uFEFFservices:\r\n  web:\r\n    image: nginx:1.27\r\n    ports: ["80:80"\r\n  db:\r\n    image: postgres:16\r\n',
      },
    );
    const { report } = lintJson(broken);
    expectComposeParse(report, WEB, /Flow sequence/, { line: 5, column: 3 });
    expectRestLinted(report);
  });

  it('a 20,000-service compose file', () => {
    let text = 'services:\n';
    for (let i = 0; i < 20_000; i++) text += `  svc-${i}:\n    image: nginx:1.27\n    environment:\n      INDEX: "${i}"\n`;
    const dir = hostileTree({}, { 'docker-compose.yml': text });
    const { report, ms } = lintJson(dir);
    timings.push(`20,000-service compose file (${(text.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms`);
    expectNoComposeParse(report);
    expect(report.summary.stacks).toBe(2);
    expectRestLinted(report);
  });

  it('a 10 MB compose file on one line', () => {
    const entries: string[] = [];
    for (let size = 0, i = 0; size < 10 * 1024 * 1024; i++) {
      const entry = `VAR_${i}: "${'x'.repeat(60)}"`;
      entries.push(entry);
      size += entry.length + 2;
    }
    const text = `services: {web: {image: "nginx:1.27", environment: {${entries.join(', ')}}}}`;
    expect(text.includes('\n')).toBe(false);
    const dir = hostileTree({}, { 'docker-compose.yml': text });
    const { report, ms } = lintJson(dir);
    timings.push(`10 MB single-line compose file: ${ms.toFixed(0)} ms`);
    expectNoComposeParse(report);
    expectRestLinted(report);
  });

  it('a .env with binary content beside a compose file that reads it: refused at its line, as compose-go does, the rest linted', () => {
    const env = Buffer.concat([Buffer.from('TAG=1.27\n'), Buffer.from([0, 0xff, 0xfe, 0x0a, 0x80, 0x3d, 0x00]), Buffer.from('\nPASSWORD=\0\n')]);
    const dir = hostileTree(
      {},
      {
        'docker-compose.yml': 'services:\n  web:\n    image: nginx:${TAG}\n    env_file: .env\n',
        '.env': env,
      },
    );
    const { report } = lintJson(dir);
    // The NUL byte starts a key: compose-go's dotenv parser refuses the character (parser.go locateKeyName).
    expectComposeParse(report, 'services/core-infra/web/.env', /\.env: unexpected character "\\u0000" in variable name/, { line: 2, column: 1 });
    expect(report.findings.filter((f) => f.rule === 'compose-parse')).toHaveLength(1);
    expectRestLinted(report);
  });
});

describe('hostile trees', () => {
  it('a symlink loop (a -> b -> a) is a broken-symlink finding, not a hang', () => {
    const dir = hostileTree();
    symlinkSync('b', path.join(dir, 'services/core-infra/a'));
    symlinkSync('a', path.join(dir, 'services/core-infra/b'));
    const { report } = lintJson(dir);
    const broken = report.findings.filter((f) => f.rule === 'broken-symlink').map((f) => f.path);
    expect(broken).toEqual(['services/core-infra/a', 'services/core-infra/b']);
    expectRestLinted(report);
  });

  it('symlinks to .. and to / are not followed (neither by the scanner nor by the docs globs)', () => {
    const dir = hostileTree({
      'svclint.config.yaml': 'docs: ["**/*.md"]\n',
      docs: { 'runbook.md': 'Restart services/core-infra/api after an update.\nOld: services/core-infra/gone\n' },
    });
    symlinkSync('..', path.join(dir, 'services/core-infra/up'));
    symlinkSync('/', path.join(dir, 'services/core-infra/rootlink'));
    const { report } = lintJson(dir);
    const throughLinks = report.findings.filter((f) => /(^|\/)(up|rootlink)\//.test(f.path));
    expect(throughLinks.map((f) => `${f.rule} ${f.path}`).slice(0, 5)).toEqual([]);
    // The one stale path of the real docs is found.
    expect(report.findings.filter((f) => f.rule === 'stale-doc-path').map((f) => `${f.path}:${f.line}`)).toEqual(['docs/runbook.md:2']);
    expectRestLinted(report);
  });

  it('folders 60 deep are scanned without a finding about depth', () => {
    const dir = hostileTree();
    const deep = path.join(dir, 'services/core-infra/deep', ...Array.from({ length: 60 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, 'compose.yaml'), 'services:\n  leaf:\n    image: nginx:1.27\n');
    const { report } = lintJson(dir);
    expect(report.findings.filter((f) => f.rule === 'unreadable-path')).toEqual([]);
    expectRestLinted(report);
  });

  it('folders 70 deep: the scanner stops at 64 levels and says so', () => {
    const dir = hostileTree();
    mkdirSync(path.join(dir, 'services/core-infra/deep', ...Array.from({ length: 70 }, (_, i) => `d${i}`)), { recursive: true });
    const { report } = lintJson(dir);
    const unreadable = report.findings.filter((f) => f.rule === 'unreadable-path');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.message).toMatch(/deeper than 64 levels/);
    expectRestLinted(report);
  });

  it('non-UTF-8 file and folder names are reported, not crashed on', () => {
    const dir = hostileTree();
    const capability = Buffer.from(path.join(dir, 'services/core-infra/'));
    mkdirSync(Buffer.concat([capability, Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('-dir')]));
    writeFileSync(Buffer.concat([capability, Buffer.from('api/n'), Buffer.from([0xe4]), Buffer.from('me.yml')]), 'x: 1\n');
    writeFileSync(Buffer.concat([capability, Buffer.from([0xff, 0xfe]), Buffer.from('.env')]), 'A=1\n');
    const { report } = lintJson(dir);
    const unreadable = report.findings.filter((f) => f.rule === 'unreadable-path');
    expect(unreadable).toHaveLength(3);
    for (const finding of unreadable) expect(finding.message).toMatch(/not valid UTF-8/);
    expectRestLinted(report);
  });

  // chmod 000 does not stop root (CI runs as root in its container): there is nothing to test then.
  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)('an unreadable folder (chmod 000) is reported (skipped as root: root reads it anyway)', () => {
    const dir = hostileTree();
    const locked = path.join(dir, 'services/core-infra/web');
    mkdirSync(locked, { recursive: true });
    writeFileSync(path.join(locked, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
    chmodSync(locked, 0o000);
    try {
      const { report } = lintJson(dir);
      const unreadable = report.findings.filter((f) => f.rule === 'unreadable-path');
      expect(unreadable.map((f) => f.path)).toEqual(['services/core-infra/web']);
      expect(unreadable[0]!.message).toMatch(/EACCES/);
      expectRestLinted(report);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('hostile configs', () => {
  const withConfig = (text: string, name = 'svclint.config.yaml') => hostileTree({ [name]: text });

  it('a config that is not YAML: exit 2, one line with its position', () => {
    expectUsageError(runCli(['.'], withConfig('rules: {{{\n  - : ]\n')), /svclint\.config\.yaml:\d+:\d+: config is not valid YAML/);
  });

  it('a config that is YAML but a list: exit 2', () => {
    expectUsageError(runCli(['.'], withConfig('- rules\n- docs\n')), /invalid config: \(top level\) must be object/);
  });

  it('a config that is binary: exit 2', () => {
    expectUsageError(runCli(['.'], withConfig('\0\u0001\u0002\n\0', '.svclintrc.json')), /config is not valid JSON/);
  });

  it('huge numbers: exit 2 with a one-line message, or accepted', () => {
    expectUsageError(runCli(['.'], withConfig('budget:\n  memory: 1e400\n')), /budget\.memory 'Infinity' is not a size/);
    expectUsageError(runCli(['.'], withConfig(`budget:\n  memory: ${'9'.repeat(400)}\n`)), /budget\.memory 'Infinity' is not a size/);
    // A finite but absurd budget is a budget.
    lintJson(withConfig('budget:\n  memory: 1e300\n'));
  });

  it('a collection as a key: exit 2, one line, no Node warning', () => {
    expectUsageError(runCli(['.'], withConfig('? [a, b]\n: 1\n')), /unknown key/);
  });

  it('a key with a line break: the message stays one line', () => {
    expectUsageError(runCli(['.'], withConfig('"evil\\nkey": 1\n')), /unknown key 'evil\\nkey'/);
  });
});
