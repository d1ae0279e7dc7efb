// The inputs of a run, for the whole-result cache (--cache): every file system call the run makes
// (its own, and its libraries': the docs globs walk folders through tinyglobby, plugins import
// files), with what it saw. A finding can span files, so a cached result stands only while every
// one of these calls would see the same again; `changedInput` replays them to find out.
//
// Recording wraps node:fs's synchronous readers for the length of the run (every read svclint
// makes is synchronous) and, for an ES module bundle (the Action), re-syncs the named exports.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

/**
 * One call: [operation, path, a variant (the encoding of a read, a listing with types), what it saw,
 * the path's stamp before a read or listing (see `stampOf`), '' when it had none].
 */
export type InputCall = [op: InputOp, path: string, variant: string, seen: string, stamp: string];
type InputOp = 'read' | 'list' | 'stat' | 'lstat' | 'exists' | 'realpath' | 'readlink' | 'access';

const hash = (data: Buffer | string): string => createHash('sha1').update(data).digest('base64');

function errorOf(error: unknown): string {
  return `!${(error as NodeJS.ErrnoException)?.code ?? 'EIO'}`;
}

function statSeen(stats: fs.Stats | fs.BigIntStats | undefined): string {
  if (!stats) return '!ENOENT';
  const kind = stats.isFile() ? 'f' : stats.isDirectory() ? 'd' : stats.isSymbolicLink() ? 'l' : 'o';
  // A folder's size is the file system's business (its entries are listed where they matter); mtimes are not content.
  return `${kind}:${Number(stats.mode)}${kind === 'f' ? `:${Number(stats.size)}` : ''}`;
}

/**
 * A file's or folder's inode, size, and modification and change times in nanoseconds: while they
 * are the same, the content is (a write, a rename, a chmod or an entry added or removed changes
 * them). A different stamp is not a change yet: the content is compared then (a checkout that
 * rewrites a file as it was still finds the result).
 */
function stampOf(abs: string): string {
  return stampOfStats(fs.statSync(abs, { throwIfNoEntry: false }));
}

function stampOfStats(stats: fs.Stats | undefined): string {
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : '';
}

function pathOf(value: unknown): string | null {
  if (typeof value === 'string') return path.resolve(value);
  if (Buffer.isBuffer(value)) return path.resolve(value.toString('utf8'));
  if (value instanceof URL && value.protocol === 'file:') return path.resolve(decodeURIComponent(value.pathname));
  return null;
}

/**
 * What a folder listing saw: the names (and kinds, when asked with types), sorted, minus names we ignore.
 * Names are compared as their bytes (latin1 of the UTF-8), whether a listing asked for strings or
 * Buffers: the tree scan lists as strings, a replay lists as Buffers.
 */
function listSeen(entries: readonly (string | Buffer | fs.Dirent | fs.Dirent<Buffer>)[], ignored: ReadonlySet<string>): string {
  const ignoredBytes = new Set([...ignored].map(asBytes));
  const names = entries
    .map((entry) => {
      if (typeof entry === 'string') return asBytes(entry);
      if (Buffer.isBuffer(entry)) return entry.toString('latin1');
      const name = typeof entry.name === 'string' ? asBytes(entry.name) : entry.name.toString('latin1');
      const kind = entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : entry.isSymbolicLink() ? 'l' : 'o';
      return `${name}/${kind}`;
    })
    .filter((name) => !ignoredBytes.has(name.replace(/\/[dflo]$/, '')))
    .sort();
  return hash(names.join('\0'));
}

/** A name's UTF-8 bytes as a latin1 string (what a Buffer listing's name gives). */
function asBytes(name: string): string {
  return Buffer.from(name, 'utf8').toString('latin1');
}

/** The calls one replay of `call` would see now. */
function seeAgain(
  op: InputOp,
  abs: string,
  variant: string,
  ignored: ReadonlyMap<string, ReadonlySet<string>>,
  stat: (abs: string) => fs.Stats | undefined,
): string {
  try {
    switch (op) {
      case 'read':
        return hash(variant ? fs.readFileSync(abs, variant as BufferEncoding) : fs.readFileSync(abs));
      case 'list':
        return listSeen(
          variant === 'types' ? fs.readdirSync(abs, { withFileTypes: true, encoding: 'buffer' }) : fs.readdirSync(abs, { encoding: 'buffer' }),
          ignored.get(abs) ?? new Set(),
        );
      case 'stat':
        return statSeen(stat(abs));
      case 'lstat':
        return statSeen(fs.lstatSync(abs, { throwIfNoEntry: false }));
      case 'exists':
        return String(fs.existsSync(abs));
      case 'realpath':
        return fs.realpathSync(abs);
      case 'readlink':
        return fs.readlinkSync(abs);
      case 'access':
        fs.accessSync(abs, Number(variant));
        return 'ok';
    }
  } catch (error) {
    return errorOf(error);
  }
}

/**
 * Records the file system calls made between `start` and `stop`. `ignore` names files that are not
 * inputs although a folder listing shows them (the cache file itself, the report being written).
 */
export class InputRecorder {
  private readonly calls = new Map<string, InputCall>();
  private readonly restore: (() => void)[] = [];
  private readonly ignored = new Map<string, Set<string>>();

  constructor(ignore: readonly string[] = []) {
    for (const file of ignore) {
      const dir = path.dirname(path.resolve(file));
      if (!this.ignored.has(dir)) this.ignored.set(dir, new Set());
      this.ignored.get(dir)!.add(path.basename(file));
    }
  }

  private note(op: InputOp, target: unknown, variant: string, seen: () => string, stamp = ''): void {
    const abs = pathOf(target);
    if (abs === null) return;
    const id = `${op}\0${abs}\0${variant}`;
    if (!this.calls.has(id)) this.calls.set(id, [op, abs, variant, seen(), stamp]);
  }

  /** The stamp of a path about to be read or listed, when this call is not recorded yet (taken before, so a change during the read shows). */
  private stampBefore(op: InputOp, target: unknown, variant: string): string {
    const abs = pathOf(target);
    if (abs === null || this.calls.has(`${op}\0${abs}\0${variant}`)) return '';
    try {
      return stampOf(abs);
    } catch {
      return '';
    }
  }

  private wrap<K extends keyof typeof fs>(name: K, wrapped: (original: (typeof fs)[K]) => (typeof fs)[K]): void {
    const original = fs[name];
    (fs as Record<string, unknown>)[name] = wrapped(original);
    this.restore.push(() => ((fs as Record<string, unknown>)[name] = original));
  }

  start(): void {
    this.wrap(
      'readFileSync',
      (original) =>
        ((file: fs.PathOrFileDescriptor, options?: unknown) => {
          if (typeof file === 'number') return (original as (...args: unknown[]) => unknown)(file, options);
          const encoding = typeof options === 'string' ? options : ((options as { encoding?: string } | undefined)?.encoding ?? '');
          const stamp = this.stampBefore('read', file, encoding);
          try {
            const result = (original as (...args: unknown[]) => string | Buffer)(file, options);
            this.note('read', file, encoding, () => hash(result), stamp);
            return result;
          } catch (error) {
            this.note('read', file, encoding, () => errorOf(error));
            throw error;
          }
        }) as (typeof fs)['readFileSync'],
    );
    this.wrap(
      'readdirSync',
      (original) =>
        ((dir: fs.PathLike, options?: { withFileTypes?: boolean }) => {
          const variant = typeof options === 'object' && options?.withFileTypes ? 'types' : '';
          const stamp = this.stampBefore('list', dir, variant);
          try {
            const result = (original as (...args: unknown[]) => (string | Buffer | fs.Dirent)[])(dir, options);
            this.note('list', dir, variant, () => listSeen(result, this.ignored.get(pathOf(dir)!) ?? new Set()), stamp);
            return result;
          } catch (error) {
            this.note('list', dir, variant, () => errorOf(error));
            throw error;
          }
        }) as (typeof fs)['readdirSync'],
    );
    for (const [name, op] of [
      ['statSync', 'stat'],
      ['lstatSync', 'lstat'],
    ] as const) {
      this.wrap(
        name,
        (original) =>
          ((target: fs.PathLike, options?: unknown) => {
            try {
              const result = (original as (...args: unknown[]) => fs.Stats | undefined)(target, options);
              this.note(op, target, '', () => statSeen(result));
              return result;
            } catch (error) {
              this.note(op, target, '', () => errorOf(error));
              throw error;
            }
          }) as (typeof fs)[typeof name],
      );
    }
    this.wrap(
      'existsSync',
      (original) =>
        ((target: fs.PathLike) => {
          const result = original(target);
          this.note('exists', target, '', () => String(result));
          return result;
        }) as (typeof fs)['existsSync'],
    );
    this.wrap(
      'readlinkSync',
      (original) =>
        ((target: fs.PathLike, options?: unknown) => {
          try {
            const result = (original as (...args: unknown[]) => string | Buffer)(target, options);
            this.note('readlink', target, '', () => String(result));
            return result;
          } catch (error) {
            this.note('readlink', target, '', () => errorOf(error));
            throw error;
          }
        }) as (typeof fs)['readlinkSync'],
    );
    this.wrap(
      'accessSync',
      (original) =>
        ((target: fs.PathLike, mode?: number) => {
          try {
            original(target, mode);
            this.note('access', target, String(mode ?? fs.constants.F_OK), () => 'ok');
          } catch (error) {
            this.note('access', target, String(mode ?? fs.constants.F_OK), () => errorOf(error));
            throw error;
          }
        }) as (typeof fs)['accessSync'],
    );
    this.wrap('realpathSync', (original) => {
      const recorded = (through: (...args: unknown[]) => string | Buffer) => (target: fs.PathLike, options?: unknown) => {
        try {
          const result = through(target, options);
          this.note('realpath', target, '', () => String(result));
          return result;
        } catch (error) {
          this.note('realpath', target, '', () => errorOf(error));
          throw error;
        }
      };
      const wrapped = recorded(original as (...args: unknown[]) => string) as unknown as (typeof fs)['realpathSync'];
      wrapped.native = recorded(original.native as (...args: unknown[]) => string) as unknown as (typeof fs)['realpathSync']['native'];
      return wrapped;
    });
    syncBuiltinESMExports();
  }

  /** Stops recording; the calls made, each once. */
  stop(): InputCall[] {
    for (const restore of this.restore.reverse()) restore();
    this.restore.length = 0;
    syncBuiltinESMExports();
    return [...this.calls.values()];
  }
}

function safeStamp(abs: string, stat: (abs: string) => fs.Stats | undefined): string {
  try {
    return stampOfStats(stat(abs));
  } catch {
    return '';
  }
}

/** The first recorded call that would now see something else, or null when every input is unchanged. */
export function changedInput(calls: readonly InputCall[], ignore: readonly string[] = []): InputCall | null {
  const ignored = new Map<string, Set<string>>();
  for (const file of ignore) {
    const dir = path.dirname(path.resolve(file));
    if (!ignored.has(dir)) ignored.set(dir, new Set());
    ignored.get(dir)!.add(path.basename(file));
  }
  // One stat per path (a folder is listed and stat'ed, a file read and stat'ed).
  const stats = new Map<string, fs.Stats | undefined>();
  const stat = (abs: string): fs.Stats | undefined => {
    if (!stats.has(abs)) stats.set(abs, fs.statSync(abs, { throwIfNoEntry: false }));
    return stats.get(abs);
  };
  for (const call of calls) {
    const [op, abs, variant, seen, stamp] = call;
    if (stamp !== '' && safeStamp(abs, stat) === stamp) continue;
    if (seeAgain(op, abs, variant, ignored, stat) !== seen) return call;
  }
  return null;
}
