// The whole-result cache (--cache, as ESLint's): a run's result is kept with the run's settings and
// inputs (every file system call it made, see inputs.ts). The next run with the same settings
// replays those calls; when every one sees the same, the kept result is the run's result. Any
// change (a file's content, a folder's entries, the config, a plugin, svclint itself) means a full
// run, because findings span files. A corrupt, foreign or unreadable cache is a miss, never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version';
import { changedInput, InputRecorder, type InputCall } from './inputs';

const FORMAT = 'svclint-result-cache';
const FORMAT_VERSION = 1;
/** The default cache file, in the working folder (as ESLint's .eslintcache). */
export const DEFAULT_CACHE_FILE = '.svclintcache';

/** A kept result: its report text, and the rest (small) as JSON. */
export interface Kept {
  text: string;
}

/**
 * The file: one line of JSON (format, version, key, inputs, the result but its text), then the
 * report text as it is (a 10,000-service JSON report is megabytes: not parsed twice).
 */
interface CacheHeader<T> {
  format: typeof FORMAT;
  version: number;
  key: string;
  inputs: InputCall[];
  value: Omit<T, 'text'>;
}

/**
 * The cache file for --cache-location (ESLint's rules): a file, or, for an existing folder or a
 * path ending in a separator, a file in it named after the working folder (so one folder can
 * hold the caches of several projects).
 */
export function cacheFileOf(location: string | undefined, cwd: string): string {
  const given = location ?? DEFAULT_CACHE_FILE;
  const abs = path.resolve(cwd, given);
  const isFolder = /[\\/]$/.test(given) || statSync(abs, { throwIfNoEntry: false })?.isDirectory() === true;
  return isFolder ? path.join(abs, `.svclintcache-${createHash('sha1').update(cwd).digest('hex').slice(0, 12)}`) : abs;
}

let buildId: string | null = null;
/** svclint's version and a hash of the running code (a rebuild with the same version is another svclint). */
function svclintBuild(): string {
  if (buildId === null) {
    let code: string;
    try {
      code = createHash('sha1')
        .update(readFileSync(fileURLToPath(import.meta.url)))
        .digest('hex');
    } catch {
      code = 'unknown';
    }
    buildId = `${VERSION}+${code}`;
  }
  return buildId;
}

/** The key of a run: svclint's build, Node's version and the settings that shape the result. */
export function cacheKey(settings: unknown): string {
  return (
    createHash('sha1')
      // Maps and Sets as their entries (JSON.stringify would write {} and lose them).
      .update(
        JSON.stringify({ svclint: svclintBuild(), node: process.version, settings }, (_key, value: unknown) =>
          value instanceof Map || value instanceof Set ? [...value] : value,
        ),
      )
      .digest('hex')
  );
}

export interface CachedRunOptions<T extends Kept> {
  file: string;
  key: string;
  /** Files a folder listing shows that are not inputs (the report being written). The cache file is one. */
  ignore?: readonly string[];
  /** Whether a result may be kept (not a run where a rule failed). */
  keep: (value: T) => boolean;
  debug: (line: string) => void;
}

/** The kept result when every input is unchanged; else runs `run`, records its inputs and keeps its result. */
export async function cachedRun<T extends Kept>(options: CachedRunOptions<T>, run: () => Promise<T>): Promise<T> {
  const ignore = [options.file, ...(options.ignore ?? [])];
  const hit = readCache<T>(options.file, options.key, ignore);
  if ('value' in hit) {
    options.debug(`cache: hit (${options.file})`);
    return hit.value;
  }
  options.debug(`cache: miss (${hit.miss})`);
  const recorder = new InputRecorder(ignore);
  recorder.start();
  let value: T;
  let inputs: InputCall[];
  try {
    value = await run();
  } finally {
    inputs = recorder.stop();
  }
  if (options.keep(value)) {
    const { text, ...rest } = value;
    const written = writeCache(options.file, { format: FORMAT, version: FORMAT_VERSION, key: options.key, inputs, value: rest }, text);
    options.debug(written === null ? `cache: written (${inputs.length} inputs)` : `cache: not written (${written})`);
  }
  return value;
}

function readCache<T extends Kept>(file: string, key: string, ignore: readonly string[]): { value: T } | { miss: string } {
  let content: CacheHeader<T>;
  let text: string;
  try {
    const bytes = readFileSync(file);
    const end = bytes.indexOf(10);
    if (end < 0) throw new Error('no header');
    content = JSON.parse(bytes.toString('utf8', 0, end)) as CacheHeader<T>;
    text = bytes.toString('utf8', end + 1);
  } catch (error) {
    return { miss: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache file yet' : 'the cache file is unreadable or corrupt; it is rewritten' };
  }
  if (
    content?.format !== FORMAT ||
    content.version !== FORMAT_VERSION ||
    !Array.isArray(content.inputs) ||
    typeof content.value !== 'object' ||
    content.value === null
  ) {
    return { miss: 'not a svclint cache file of this version; it is rewritten' };
  }
  if (content.key !== key) return { miss: 'another svclint, Node or other options' };
  if (!content.inputs.every((call) => Array.isArray(call) && call.length === 5 && call.every((part) => typeof part === 'string'))) {
    return { miss: 'the cache file is corrupt; it is rewritten' };
  }
  const changed = changedInput(content.inputs, ignore);
  if (changed) return { miss: `${changed[1]} changed (${changed[0]})` };
  return { value: { ...content.value, text } as T };
}

/** Writes atomically (a reader sees the old file or the new); null when written, else the reason. */
function writeCache<T>(file: string, header: CacheHeader<T>, text: string): string | null {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // JSON.stringify escapes line breaks: the header is one line.
    writeFileSync(temporary, `${JSON.stringify(header)}\n${text}`);
    renameSync(temporary, file);
    return null;
  } catch (error) {
    rmSync(temporary, { force: true });
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}
