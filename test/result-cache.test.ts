// --cache and --cache-location, through the built CLI on copies of the droplet example: a warm run
// prints exactly what a run without the cache prints, and any change to an input (a file's content,
// a folder's entries, the config, the options) is a full run.
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './helpers/cli';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of examples/droplet-current in a temp folder; its path. */
function droplet(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svclint-result-cache-'));
  temps.push(dir);
  cpSync(path.join(REPO_ROOT, 'examples/droplet-current'), dir, { recursive: true });
  return dir;
}

const cacheState = (stderr: string): string => /svclint debug: cache: (\w+)/.exec(stderr)?.[1] ?? 'none';

/** Runs with --cache (and --debug, which says hit or miss); also without the cache, to compare. */
function cached(dir: string, extra: string[] = []) {
  const withCache = runCli(['--format', 'json', '--cache', '--debug', ...extra], dir);
  const without = runCli(['--format', 'json', ...extra.filter((a, i, all) => a !== '--cache-location' && all[i - 1] !== '--cache-location')], dir);
  expect(withCache.stdout).toBe(without.stdout);
  expect(withCache.status).toBe(without.status);
  return { state: cacheState(withCache.stderr), run: withCache };
}

describe('--cache', () => {
  it('a warm run prints what an uncached run prints, and says it was a hit', () => {
    const dir = droplet();
    const first = cached(dir);
    expect(first.state).toBe('miss');
    expect(first.run.status).toBe(1);
    expect(JSON.parse(first.run.stdout).findings.length).toBeGreaterThan(10);
    // The default file, in the working folder (here the tree's own folder: it is not an input).
    expect(existsSync(path.join(dir, '.svclintcache'))).toBe(true);
    expect(cached(dir).state).toBe('hit');
    expect(cached(dir).state).toBe('hit');
  });

  it('a tree with non-ASCII names is a hit too (the scan lists names as strings, a replay as bytes)', () => {
    const dir = droplet();
    mkdirSync(path.join(dir, 'services/valkey/café-notes'));
    writeFileSync(path.join(dir, 'services/valkey/café-notes/ñ.md'), 'notes\n');
    expect(cached(dir).state).toBe('miss');
    expect(cached(dir).state).toBe('hit');
    // New times on the folders: their listings are replayed, and must see the same names.
    const later = new Date(Date.now() + 60_000);
    for (const folder of ['services/valkey', 'services/valkey/café-notes']) utimesSync(path.join(dir, folder), later, later);
    expect(cached(dir).state).toBe('hit');
    writeFileSync(path.join(dir, 'services/valkey/café-notes/ü.md'), 'more\n');
    expect(cached(dir).state).toBe('miss');
  });

  it.each([
    ['a compose file changes', (dir: string) => appendFileSync(path.join(dir, 'services/valkey/docker-compose.yml'), '\n# changed\n')],
    ['a service folder is added', (dir: string) => mkdirSync(path.join(dir, 'services/grafana'))],
    ['a file the run found missing appears', (dir: string) => writeFileSync(path.join(dir, 'services/valkey/.env'), 'X=1\n')],
    ['the config changes', (dir: string) => appendFileSync(path.join(dir, 'svclint.config.yaml'), 'rules:\n  memory-budget: off\n')],
    [
      'an init script changes',
      (dir: string) => appendFileSync(path.join(dir, 'services/docker/postgres/init-scripts/01-create-databases.sql'), 'CREATE DATABASE extra;\n'),
    ],
    ['a document changes', (dir: string) => appendFileSync(path.join(dir, 'docs/system/architecture/SERVICE_INVENTORY.md'), '\nSee services/nowhere/ too.\n')],
    ['a file a build context needs is removed', (dir: string) => rmSync(path.join(dir, 'services/archon/archon-ui/Dockerfile'))],
  ])('a full run when %s, and the new result is kept', (_what, change) => {
    const dir = droplet();
    expect(cached(dir).state).toBe('miss');
    expect(cached(dir).state).toBe('hit');
    change(dir);
    expect(cached(dir).state).toBe('miss');
    expect(cached(dir).state).toBe('hit');
  });

  it('a file rewritten with the same content (new mtime) is still a hit; a changed mode is not', () => {
    const dir = droplet();
    cached(dir);
    const compose = path.join(dir, 'services/n8n/docker-compose.yml');
    writeFileSync(compose, readFileSync(compose));
    utimesSync(compose, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    expect(cached(dir).state).toBe('hit');
    // The Postgres entrypoint runs an executable .sh and sources any other: the mode is an input.
    const script = path.join(dir, 'services/docker/postgres/init-scripts/01-create-databases.sql');
    chmodSync(script, 0o755);
    expect(cached(dir).state).toBe('miss');
  });

  it('other options are another key: --format, --only and --rule each get their own result', () => {
    const dir = droplet();
    expect(cached(dir).state).toBe('miss');
    expect(cached(dir, ['--only', 'structure']).state).toBe('miss');
    expect(cached(dir, ['--only', 'structure']).state).toBe('hit');
    expect(cached(dir, ['--rule', 'memory-budget:off', '--only', 'structure']).state).toBe('miss');
    const stylish = runCli(['--cache', '--debug'], dir);
    expect(cacheState(stylish.stderr)).toBe('miss');
    expect(stylish.stdout).toBe(runCli([], dir).stdout);
  });

  it('a corrupt or foreign cache file is ignored and rewritten, never an error', () => {
    const dir = droplet();
    const file = path.join(dir, '.svclintcache');
    for (const content of [
      '',
      'garbage',
      '{"format":"svclint-result-cache","version":1}\n',
      `${JSON.stringify({ format: 'svclint-result-cache', version: 1, key: 'other', inputs: [], value: {} })}\ntext`,
      Buffer.from([0xff, 0x00, 0x0a, 0x01]),
    ]) {
      writeFileSync(file, content);
      const run = cached(dir);
      expect(run.state).toBe('miss');
      expect(run.run.stderr).not.toMatch(/Error|at .*\.js/);
      expect(cached(dir).state).toBe('hit');
    }
    // Truncated inputs (the header says more than is there): a miss too.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.indexOf('\n') / 2)));
    expect(cached(dir).state).toBe('miss');
  });

  it('--cache-location: a file, or a folder that holds a file named after the working folder', () => {
    const dir = droplet();
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'svclint-result-cache-at-'));
    temps.push(elsewhere);
    const file = path.join(elsewhere, 'my-cache');
    expect(cached(dir, ['--cache-location', file]).state).toBe('miss');
    expect(existsSync(file)).toBe(true);
    expect(cached(dir, ['--cache-location', file]).state).toBe('hit');
    const folder = path.join(elsewhere, 'folder') + path.sep;
    expect(cached(dir, ['--cache-location', folder]).state).toBe('miss');
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^\.svclintcache-[0-9a-f]{12}$/)]);
    expect(cached(dir, ['--cache-location', folder]).state).toBe('hit');
    expect(existsSync(path.join(dir, '.svclintcache'))).toBe(false);
  });

  it('a plugin rule file and the local files it imports are inputs', () => {
    const dir = droplet();
    mkdirSync(path.join(dir, 'svclint-rules'));
    writeFileSync(path.join(dir, 'svclint-rules', 'text.mjs'), "export const word = 'found';\n");
    writeFileSync(
      path.join(dir, 'svclint-rules', 'house.mjs'),
      "import { word } from './text.mjs';\nexport default { meta: { id: 'house', group: 'house', severity: 'warning', description: 'd', rationale: 'r', messages: { m: `traefik {{w}}` } }, check({ model, report }) { for (const s of model.services) if (s.name === 'traefik') report({ loc: s.loc, messageId: 'm', data: { w: word } }); } };\n",
    );
    appendFileSync(path.join(dir, 'svclint.config.yaml'), 'plugins: [./svclint-rules/house.mjs]\n');
    const first = cached(dir);
    expect(first.state).toBe('miss');
    expect(first.run.stdout).toContain('traefik found');
    expect(cached(dir).state).toBe('hit');
    writeFileSync(path.join(dir, 'svclint-rules', 'text.mjs'), "export const word = 'seen';\n");
    const changed = cached(dir);
    expect(changed.state).toBe('miss');
    expect(changed.run.stdout).toContain('traefik seen');
    expect(cached(dir).state).toBe('hit');
  });

  it('is not used with --changed-since (the result depends on git), and says so', () => {
    const dir = droplet();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'tree');
    const run = runCli(['--cache', '--debug', '--changed-since', 'HEAD'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/cache: not used with --changed-since/);
    expect(existsSync(path.join(dir, '.svclintcache'))).toBe(false);
  });
});
