// The build bundles fdir (tinyglobby's crawler) with picomatch required on first use instead of when
// fdir's module is evaluated (scripts/fdir-patch.mjs). Checked here: the built CLI no longer loads
// an unbundled picomatch on a run that globs `docs:`, the patched fdir globs exactly as the
// original does, and the build refuses an fdir that does not read as the patch expects.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchFdir } from '../scripts/fdir-patch.mjs';
import { CLI, REPO_ROOT } from './helpers/cli';

const require = createRequire(import.meta.url);
const SOURCE_FILE = path.join(path.dirname(require.resolve('fdir/package.json')), 'dist', 'index.mjs');

/** The part of fdir's builder the test uses. */
interface Crawler {
  withRelativePaths(): Crawler;
  glob(...patterns: string[]): Crawler;
  crawl(root: string): { sync(): string[] };
}
type Fdir = new () => Crawler;

// Inside the repository's node_modules, so that fdir's own require finds picomatch as it does in place.
let tempDir = '';
const copies: Record<'original' | 'patched', string> = { original: '', patched: '' };

beforeAll(() => {
  const cache = path.join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  tempDir = mkdtempSync(path.join(cache, 'svclint-fdir-'));
  const source = readFileSync(SOURCE_FILE, 'utf8');
  copies.original = path.join(tempDir, 'original.mjs');
  copies.patched = path.join(tempDir, 'patched.mjs');
  writeFileSync(copies.original, source);
  writeFileSync(copies.patched, patchFdir(source, SOURCE_FILE));
});

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** How many modules of node_modules/picomatch a Node process has loaded when it exits. */
function picomatchModulesLoaded(args: string[]): number {
  const probe = path.join(tempDir, 'probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write(`picomatch modules: ${Object.keys(require.cache).filter((k) => /node_modules[\\\\/]picomatch[\\\\/]/.test(k)).length}\\n`));\n",
  );
  const run = spawnSync(process.execPath, ['-r', probe, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  const count = /picomatch modules: (\d+)/.exec(run.stderr);
  if (!count) throw new Error(`the probe printed nothing: ${run.stderr}`);
  return Number(count[1]);
}

describe('fdir patch', () => {
  it('the CLI lints the example, whose config globs docs:, without loading an unbundled picomatch', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'examples/droplet-current/svclint.config.yaml'), 'utf8')).toMatch(/^docs:/m);
    expect(picomatchModulesLoaded([CLI, 'examples/droplet-current', '--format', 'json'])).toBe(0);
  });

  it('the probe sees the require the patch defers (the original fdir loads picomatch when imported)', () => {
    const load = (file: string) => ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(file).href)});`];
    expect(picomatchModulesLoaded(load(copies.original))).toBeGreaterThan(0);
    expect(picomatchModulesLoaded(load(copies.patched))).toBe(0);
  });

  it('globs as the original does, picomatch then required on the first glob', async () => {
    const original = ((await import(pathToFileURL(copies.original).href)) as { fdir: Fdir }).fdir;
    const patched = ((await import(pathToFileURL(copies.patched).href)) as { fdir: Fdir }).fdir;
    const crawl = (Crawler: Fdir, ...patterns: string[]) =>
      new Crawler()
        .withRelativePaths()
        .glob(...patterns)
        .crawl(path.join(REPO_ROOT, 'docs'))
        .sync()
        .sort();
    for (const patterns of [['**/*.md'], ['*.md', '**/*.png'], ['nothing-*']]) {
      expect(crawl(patched, ...patterns)).toEqual(crawl(original, ...patterns));
    }
    expect(crawl(patched, '**/*.md').length).toBeGreaterThan(3);
  });

  it('stops the build when fdir does not read as the patch expects', () => {
    const source = readFileSync(SOURCE_FILE, 'utf8');
    expect(() => patchFdir(source.replace('pm = __require("picomatch");', 'pm = require("picomatch");'), 'fdir.mjs')).toThrow(/review the patch/);
    expect(() => patchFdir(source.replace('this.globFunction || pm', 'pm || this.globFunction'), 'fdir.mjs')).toThrow(/review the patch/);
    expect(() => patchFdir(`${source}\nexport const again = pm;\n`, 'fdir.mjs')).toThrow(/review the patch/);
  });
});
