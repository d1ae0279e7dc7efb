// The `svclint` command (built to dist/cli.cjs, CommonJS so Node starts it without its ES module
// loader): sets the V8 flags svclint runs with, then compiles the CLI bundle (dist/cli-main.js, one
// function expression) with a V8 code cache, so a run does not parse and compile 2 MB of
// JavaScript again. The cache is written after the first run (when the functions that ran are
// compiled) to node_modules/.cache/svclint/, or the user's cache folder when that is not writable.
//
// Keyed by the V8 version and the bundle's hash (computed at build time); a file that is corrupt
// (its checksum), foreign (another key) or that V8 rejects is ignored and rewritten, never trusted:
// V8 does not verify code caches in release builds. SVCLINT_CODE_CACHE=off disables the cache,
// SVCLINT_CODE_CACHE=<folder> puts it there.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { V8_FLAGS } from './flags';
import { IMPORT_GLOBAL } from './import';

declare const __SVCLINT_BUNDLE__: { file: string; hash: string; size: number };

// Before anything is compiled: a code cache records the flags it was made under, and V8 rejects
// it when they differ (so no flag may change between this point and the cache being written).
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const MAGIC = 'svclint-v8-code-cache\n';
const bundle = __SVCLINT_BUNDLE__;
const bundleFile = path.join(__dirname, bundle.file);
const key = `${process.versions.v8}|${process.arch}|${bundle.hash}`;
const cacheName = `cli-${bundle.hash.slice(0, 16)}.v8cache`;

/** Folders the cache may live in, in order: node_modules/.cache/svclint, then the user cache folder. */
function cacheFolders(): string[] {
  const setting = process.env.SVCLINT_CODE_CACHE;
  if (setting === 'off' || setting === '0') return [];
  if (setting) return [path.resolve(setting)];
  const folders: string[] = [];
  // Installed: <project>/node_modules/svclint/dist -> <project>/node_modules/.cache/svclint.
  // A checkout: <repo>/dist -> <repo>/node_modules/.cache/svclint.
  let nodeModules: string | null = null;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'node_modules') {
      nodeModules = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  folders.push(path.join(nodeModules ?? path.join(path.dirname(__dirname), 'node_modules'), '.cache', 'svclint'));
  folders.push(userCacheFolder());
  return folders;
}

function userCacheFolder(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'svclint', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'svclint');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'svclint');
}

/**
 * How much of svclint a run compiles, roughly: a cache holds the functions of the run that wrote it,
 * so one written by `--version` is replaced by a lint run's. 0: --help, --version, rules, place,
 * init; 1: migrate, db-audit, a lint of some rules (`--only`); 2: lint. A lint of the example with
 * the cache an `--only structure` run wrote compiled the other rules on every run: ~30 ms more.
 */
function runRank(argv: readonly string[]): number {
  if (argv.some((arg) => arg === '--help' || arg === '-h' || arg === '--version')) return 0;
  const command = argv.find((arg) => COMMAND_RANKS.has(arg));
  if (command !== undefined) return COMMAND_RANKS.get(command)!;
  return argv.some((arg) => arg === '--only' || arg.startsWith('--only=')) ? 1 : 2;
}
const COMMAND_RANKS = new Map([
  ['init', 0],
  ['place', 0],
  ['rules', 0],
  ['migrate', 1],
  ['db-audit', 1],
]);

interface CacheFile {
  data: Buffer;
  /** runRank of the run that wrote it. */
  rank: number;
  file: string;
}

/** The cache file in `folder`: ours and intact, or why it cannot be used; null when there is none. */
function readCache(folder: string): CacheFile | { problem: 'corrupt' | 'foreign'; file: string } | null {
  const file = path.join(folder, cacheName);
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return null;
  }
  const corrupt = { problem: 'corrupt' as const, file };
  if (content.length < MAGIC.length + 4 || content.toString('latin1', 0, MAGIC.length) !== MAGIC) return corrupt;
  const headerEnd = MAGIC.length + 4 + content.readUInt32LE(MAGIC.length);
  if (headerEnd > content.length) return corrupt;
  let header: { key?: unknown; size?: unknown; crc?: unknown; rank?: unknown };
  try {
    header = JSON.parse(content.toString('utf8', MAGIC.length + 4, headerEnd)) as typeof header;
  } catch {
    return corrupt;
  }
  if (header.key !== key) return { problem: 'foreign', file };
  const data = content.subarray(headerEnd);
  if (header.size !== data.length || header.crc !== crc32(data)) return corrupt;
  return { data, rank: typeof header.rank === 'number' ? header.rank : 0, file };
}

/** Writes the cache to the first folder that takes it (atomically: a reader sees the old file or the new one). */
function writeCache(folders: readonly string[], data: Buffer, rank: number): string | null {
  const header = Buffer.from(JSON.stringify({ key, size: data.length, crc: crc32(data), rank }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const content = Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, header, data]);
  for (const folder of folders) {
    const target = path.join(folder, cacheName);
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(temporary, content);
      renameSync(temporary, target);
      removeStale(folder);
      return target;
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // The folder itself is unusable (a file in its place): nothing was written there.
      }
    }
  }
  return null;
}

/** Caches of other svclint builds not used for a day (an upgrade leaves one behind). */
function removeStale(folder: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(folder)) {
    if (name === cacheName || !/^cli-[0-9a-f]{16}\.v8cache$/.test(name)) continue;
    const file = path.join(folder, name);
    if (statSync(file).atimeMs < dayAgo && statSync(file).mtimeMs < dayAgo) rmSync(file, { force: true });
  }
}

function start(): void {
  const argv = process.argv.slice(2);
  const debug = argv.includes('--debug') ? (line: string) => process.stderr.write(`svclint debug: code cache: ${line}\n`) : null;
  // The bundle is ASCII (esbuild escapes the rest), so latin1 reads it exactly and fastest.
  const source = readFileSync(bundleFile, 'latin1');
  const folders = source.length === bundle.size ? cacheFolders() : [];
  let cached: CacheFile | null = null;
  for (const folder of folders) {
    const found = readCache(folder);
    if (found && 'problem' in found) debug?.(`${found.problem} file ignored: ${found.file}`);
    else if (found) {
      cached = found;
      break;
    }
  }
  const script = new Script(source, { filename: bundleFile, ...(cached ? { cachedData: cached.data } : {}) });
  const rejected = cached !== null && script.cachedDataRejected === true;
  if (debug) debug(folders.length === 0 ? 'off' : !cached ? 'none' : rejected ? `rejected by V8: ${cached.file}` : `used: ${cached.file}`);
  const rank = runRank(argv);
  if (folders.length > 0 && (!cached || rejected || rank > cached.rank)) {
    // After the run, when the functions it used are compiled too; 'exit' also follows process.exit().
    process.once('exit', () => {
      try {
        const written = writeCache(folders, script.createCachedData(), rank);
        debug?.(written ? `written: ${written}` : `not written (no writable folder: ${folders.join(', ')})`);
      } catch {
        // A cache is an optimisation: never a reason to fail.
      }
    });
  }
  // The bundle's import() of a plugin file (see import.ts).
  (globalThis as Record<string, unknown>)[IMPORT_GLOBAL] = (url: string) => import(url);
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(bundleFile), module, bundleFile, __dirname);
}

start();
