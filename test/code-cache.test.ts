// The CLI's V8 code cache (src/loader/cli.ts, built to dist/cli.cjs): written after the first run,
// used by the next, and a corrupt, foreign or rejected file is ignored and rewritten — the run's
// output never changes and it never crashes. Real CLI processes on real files; no timing here (the
// speed is bench/'s business).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/cli';
import { tempDir } from './helpers/tree';

const LOADER = path.join(REPO_ROOT, 'dist', 'cli.cjs');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'droplet-current');

function run(args: string[], env: NodeJS.ProcessEnv, options: { loader?: string; nodeArgs?: string[] } = {}) {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), options.loader ?? LOADER, ...args, '--debug'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  const cacheLines = result.stderr
    .split('\n')
    .filter((l) => l.startsWith('svclint debug: code cache: '))
    .map((l) => l.slice('svclint debug: code cache: '.length));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, cache: cacheLines };
}

function cacheFiles(folder: string): string[] {
  return fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.v8cache'))
        .map((f) => path.join(folder, f))
    : [];
}

describe('the V8 code cache', () => {
  it('is written by the first run, used by the next, and the output is the same with it, without it and when it is off', () => {
    const folder = tempDir('svclint-code-cache-');
    const first = run([EXAMPLE, '--format', 'json'], { SVCLINT_CODE_CACHE: folder });
    expect(first.status, first.stderr).toBe(1);
    expect(first.cache[0]).toBe('none');
    expect(first.cache.at(-1)).toMatch(/^written: /);
    const [file] = cacheFiles(folder);
    expect(file).toBeDefined();
    expect(fs.readFileSync(file!).subarray(0, 22).toString('latin1')).toBe('svclint-v8-code-cache\n');
    const written = fs.statSync(file!).mtimeMs;

    const second = run([EXAMPLE, '--format', 'json'], { SVCLINT_CODE_CACHE: folder });
    expect(second.cache).toEqual([`used: ${file}`]);
    expect(fs.statSync(file!).mtimeMs).toBe(written);
    expect(second.stdout).toBe(first.stdout);

    const off = run([EXAMPLE, '--format', 'json'], { SVCLINT_CODE_CACHE: 'off' });
    expect(off.cache).toEqual(['off']);
    expect(off.stdout).toBe(first.stdout);
  });

  it('a cache written by a small run (--version) is replaced by a lint run, not the other way round', () => {
    const folder = tempDir('svclint-code-cache-');
    expect(run(['--version'], { SVCLINT_CODE_CACHE: folder }).cache.at(-1)).toMatch(/^written: /);
    const small = fs.statSync(cacheFiles(folder)[0]!).size;
    const lint = run([EXAMPLE], { SVCLINT_CODE_CACHE: folder });
    expect(lint.cache[0]).toMatch(/^used: /);
    expect(lint.cache.at(-1)).toMatch(/^written: /);
    expect(fs.statSync(cacheFiles(folder)[0]!).size).toBeGreaterThan(small);
    expect(run(['--version'], { SVCLINT_CODE_CACHE: folder }).cache).toHaveLength(1);
  });

  it('a cache written by a lint of some rules (--only) is replaced by a lint of all, not the other way round', () => {
    const folder = tempDir('svclint-code-cache-');
    expect(run([EXAMPLE, '--only', 'structure'], { SVCLINT_CODE_CACHE: folder }).cache.at(-1)).toMatch(/^written: /);
    const some = fs.statSync(cacheFiles(folder)[0]!).size;
    const all = run([EXAMPLE], { SVCLINT_CODE_CACHE: folder });
    expect(all.cache[0]).toMatch(/^used: /);
    expect(all.cache.at(-1)).toMatch(/^written: /);
    expect(fs.statSync(cacheFiles(folder)[0]!).size).toBeGreaterThan(some);
    expect(run([EXAMPLE, '--only=structure'], { SVCLINT_CODE_CACHE: folder }).cache).toHaveLength(1);
  });

  const damaged: [string, (bytes: Buffer) => Buffer, string][] = [
    [
      'a flipped byte in the code',
      (b) => Buffer.concat([b.subarray(0, b.length - 1000), Buffer.from([b[b.length - 1000]! ^ 0xff]), b.subarray(b.length - 999)]),
      'corrupt',
    ],
    ['a truncated file', (b) => b.subarray(0, Math.floor(b.length / 2)), 'corrupt'],
    ['an empty file', () => Buffer.alloc(0), 'corrupt'],
    ['random bytes', (b) => Buffer.from(Array.from({ length: b.length }, (_, i) => (i * 7919) % 251)), 'corrupt'],
    ['a broken header', (b) => Buffer.concat([b.subarray(0, 26), Buffer.from('{not json'), b.subarray(35)]), 'corrupt'],
    // Same length, another V8 version in the key.
    [
      'another build or V8 (the key)',
      (b) =>
        Buffer.from(
          b.toString('latin1').replace(/"key":"(\d)/, (_m, d: string) => `"key":"${d === '9' ? '8' : '9'}`),
          'latin1',
        ),
      'foreign',
    ],
  ];
  for (const [what, damage, problem] of damaged) {
    it(`${what}: ignored (${problem}), the run is unchanged, the file rewritten`, () => {
      const folder = tempDir('svclint-code-cache-');
      const clean = run([EXAMPLE, '--format', 'json'], { SVCLINT_CODE_CACHE: folder });
      const file = cacheFiles(folder)[0]!;
      fs.writeFileSync(file, damage(fs.readFileSync(file)));
      const after = run([EXAMPLE, '--format', 'json'], { SVCLINT_CODE_CACHE: folder });
      expect(after.status, after.stderr).toBe(clean.status);
      expect(after.stdout).toBe(clean.stdout);
      expect(after.cache[0]).toBe(`${problem} file ignored: ${file}`);
      expect(after.cache.at(-1)).toBe(`written: ${file}`);
      expect(run([EXAMPLE, '--format', 'json'], { SVCLINT_CODE_CACHE: folder }).cache).toEqual([`used: ${file}`]);
    });
  }

  it('a cache V8 rejects (made under other V8 flags) is rewritten', () => {
    const folder = tempDir('svclint-code-cache-');
    run([EXAMPLE], { SVCLINT_CODE_CACHE: folder }, { nodeArgs: ['--no-opt'] });
    const file = cacheFiles(folder)[0]!;
    const after = run([EXAMPLE], { SVCLINT_CODE_CACHE: folder });
    expect(after.cache).toEqual([`rejected by V8: ${file}`, `written: ${file}`]);
    expect(run([EXAMPLE], { SVCLINT_CODE_CACHE: folder }).cache).toEqual([`used: ${file}`]);
  });

  it('stays valid after a run that loaded the PostgreSQL parser (its V8 flag is set before compiling)', () => {
    const folder = tempDir('svclint-code-cache-');
    const tree = tempDir('svclint-code-cache-tree-');
    fs.cpSync(EXAMPLE, tree, { recursive: true });
    const sql = path.join(tree, 'services/docker/postgres/init-scripts/01-create-databases.sql');
    expect(fs.existsSync(sql)).toBe(true);
    // A statement only libpg-query reads.
    fs.appendFileSync(sql, '\nCREATE TABLE audit (id int);\n');
    const first = run([tree, '--only', 'database'], { SVCLINT_CODE_CACHE: folder });
    expect(first.status, first.stderr).toBe(1);
    const file = cacheFiles(folder)[0]!;
    expect(run([tree, '--only', 'database'], { SVCLINT_CODE_CACHE: folder }).cache).toEqual([`used: ${file}`]);
  });

  it('lives in node_modules/.cache/svclint, or the user cache folder when that cannot be written', () => {
    // An installed copy: <project>/node_modules/svclint/dist.
    const project = tempDir('svclint-code-cache-project-');
    const dist = path.join(project, 'node_modules', 'svclint', 'dist');
    fs.mkdirSync(dist, { recursive: true });
    for (const name of ['cli.cjs', 'cli-main.js']) fs.copyFileSync(path.join(REPO_ROOT, 'dist', name), path.join(dist, name));
    const env = { SVCLINT_CODE_CACHE: '', XDG_CACHE_HOME: path.join(project, 'xdg') };
    const tree = path.join(REPO_ROOT, 'examples', 'droplet-recommended');
    const installed = run([tree, '--only', 'structure'], env, { loader: path.join(dist, 'cli.cjs') });
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.cache.at(-1)).toMatch(new RegExp(`^written: ${path.join(project, 'node_modules', '.cache', 'svclint')}/cli-[0-9a-f]{16}\\.v8cache$`));

    // node_modules/.cache is a file here, so nothing can be created under it: the user cache folder.
    fs.rmSync(path.join(project, 'node_modules', '.cache'), { recursive: true });
    fs.writeFileSync(path.join(project, 'node_modules', '.cache'), 'not a folder');
    const fallback = run([tree, '--only', 'structure'], env, { loader: path.join(dist, 'cli.cjs') });
    expect(fallback.status, fallback.stderr).toBe(0);
    expect(fallback.cache.at(-1)).toMatch(new RegExp(`^written: ${path.join(project, 'xdg', 'svclint')}/cli-[0-9a-f]{16}\\.v8cache$`));
    expect(run([tree, '--only', 'structure'], env, { loader: path.join(dist, 'cli.cjs') }).cache[0]).toMatch(/^used: .*xdg/);
  });
});
