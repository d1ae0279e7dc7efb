// The run's one file cache: every file svclint reads (compose files, `.env` and env files, init
// scripts, documents, the files findings point at) is read here once, and everything derived from
// its bytes (text, lines, decompressed text, directives, hash) is computed once.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { parseDirectives, type Directive } from '../directives/parse';
import type { Comment } from './comments';
import { getOrCompute } from '../util/maps';

// node:crypto only when a hash is asked for (SARIF fingerprints, plugins): ~6 ms of a small run.
const require = createRequire(import.meta.url);

export type PathKind = 'file' | 'dir' | 'other';

/** Files larger than this are not read for keys or directives (a finding may point at a data file). */
export const MAX_TEXT_READ = 1024 * 1024;

/** A file's size in bytes; Infinity when it cannot be stat'ed (never read as text then). */
function statSize(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return Infinity;
  }
}

interface Entry {
  bytes?: Buffer | null;
  /** The loader kept the text and released the bytes (they are the text's UTF-8 again when asked). */
  released?: boolean;
  /** The read error's code when reading failed. */
  error?: string;
  text?: string | null;
  lines?: string[] | null;
  gunzipped?: { text: string } | { error: string };
  directives?: Directive[];
  /** Comments a loader read with the file's own lexer (SQL, shell init scripts). */
  comments?: Comment[];
  hash?: string | null;
}

export class FileCache {
  private readonly entries = new Map<string, Entry>();
  private readonly kinds = new Map<string, PathKind | null>();
  private readonly sizes = new Map<string, number>();
  private readonly reals = new Map<string, string>();
  /** Files read from disk, in order (each once). */
  private readonly readLog: string[] = [];

  private entry(abs: string): Entry {
    let entry = this.entries.get(abs);
    if (!entry) this.entries.set(abs, (entry = {}));
    return entry;
  }

  /** The file's bytes; null when it cannot be read (see `error`). */
  bytes(abs: string): Buffer | null {
    const entry = this.entry(abs);
    if (entry.released) return Buffer.from(entry.text ?? '', 'utf8');
    if (entry.bytes === undefined) {
      try {
        this.readLog.push(abs);
        entry.bytes = readFileSync(abs);
      } catch (error) {
        entry.bytes = null;
        entry.error = (error as NodeJS.ErrnoException).code ?? 'EIO';
      }
    }
    return entry.bytes;
  }

  /** The files read from disk so far, each once, in the order they were first read. */
  get readFiles(): readonly string[] {
    return this.readLog;
  }

  /** Like fs.readFileSync: the bytes, or an error with the read's code. */
  read(abs: string): Buffer {
    const bytes = this.bytes(abs);
    if (bytes !== null) return bytes;
    const error = new Error(`cannot read ${abs}`) as NodeJS.ErrnoException;
    error.code = this.entry(abs).error;
    throw error;
  }

  /**
   * The text a loader decoded from a file it read here: kept as the file's text (keys, lines and
   * directives then use exactly what the loader parsed) and the bytes released, so a large tree is
   * not held twice in memory.
   */
  adopt(abs: string, text: string): void {
    const entry = this.entry(abs);
    if (entry.bytes === null || entry.bytes === undefined) return;
    entry.text = text;
    entry.bytes = undefined;
    entry.released = true;
  }

  /** The read error's code (`ENOENT`, `EACCES`, `EISDIR`...), or null when the file was read. */
  error(abs: string): string | null {
    this.bytes(abs);
    return this.entry(abs).error ?? null;
  }

  /** The file as UTF-8 text; null when it cannot be read. */
  text(abs: string): string | null {
    const entry = this.entry(abs);
    if (entry.text === undefined) {
      const bytes = this.bytes(abs);
      entry.text = bytes === null ? null : bytes.toString('utf8');
    }
    return entry.text;
  }

  /**
   * The text of a file a finding points at, for its default key and its directives: only a regular
   * file up to MAX_TEXT_READ (a finding may point at a folder or a data file). The loaders' files are
   * in the cache already.
   */
  smallText(abs: string): string | null {
    const entry = this.entries.get(abs);
    if (entry?.bytes !== undefined) return this.text(abs);
    if (this.kind(abs) !== 'file' || this.size(abs) > MAX_TEXT_READ) return null;
    return this.text(abs);
  }

  /** The text split into lines (`\r\n`, `\r` and `\n` end a line). */
  lines(abs: string): string[] | null {
    const entry = this.entry(abs);
    if (entry.lines === undefined) {
      const text = this.smallText(abs);
      entry.lines = text === null ? null : text.split(/\r\n?|\n/);
    }
    return entry.lines;
  }

  /** A gzip file's text (`.sql.gz` init scripts); an error message when it cannot be read or decompressed. */
  gunzip(abs: string): { text: string } | { error: string } {
    const entry = this.entry(abs);
    if (!entry.gunzipped) {
      const bytes = this.bytes(abs);
      if (bytes === null) entry.gunzipped = { error: entry.error ?? 'EIO' };
      else {
        try {
          entry.gunzipped = { text: gunzipSync(bytes).toString('utf8') };
        } catch (error) {
          entry.gunzipped = { error: `cannot decompress: ${(error as Error).message.split('\n')[0]}` };
        }
      }
    }
    return entry.gunzipped;
  }

  /** What is at a path (links followed); null when nothing is. */
  kind(abs: string): PathKind | null {
    if (!this.kinds.has(abs)) {
      try {
        const stats = statSync(abs);
        this.kinds.set(abs, stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other');
        this.sizes.set(abs, stats.size);
      } catch {
        this.kinds.set(abs, null);
      }
    }
    return this.kinds.get(abs)!;
  }

  /** The path with every symlink resolved; itself when it does not resolve. */
  realPath(abs: string): string {
    let real = this.reals.get(abs);
    if (real === undefined) {
      try {
        real = realpathSync(abs);
      } catch {
        real = abs;
      }
      this.reals.set(abs, real);
    }
    return real;
  }

  /** A file's size in bytes (a stat when the scan told only its kind); Infinity when it cannot be read. */
  private size(abs: string): number {
    return getOrCompute(this.sizes, abs, statSize);
  }

  /**
   * Remembers what the tree scan found at a path (links followed), so the checks of build contexts,
   * bind mounts and documented paths need no stat of their own (~20,000 at 10k services).
   */
  knowKind(abs: string, kind: PathKind | null): void {
    if (!this.kinds.has(abs)) this.kinds.set(abs, kind);
  }

  /**
   * Remembers that the tree scan found nothing at a path (no read is tried: a failed open costs an
   * exception per stack folder without a `.env`).
   */
  knowAbsent(abs: string): void {
    const entry = this.entry(abs);
    if (entry.bytes !== undefined || entry.released) return;
    entry.bytes = null;
    entry.error = 'ENOENT';
    if (!this.kinds.has(abs)) this.kinds.set(abs, null);
  }

  /**
   * The suppression directives of a file: from its comments as the file's own syntax has them (YAML
   * comments from the parsed YAML, so text inside a block scalar is never a directive). `text` is the
   * text the loader read (a decompressed init script); default: the file's text.
   */
  directives(abs: string, text?: string | null): Directive[] {
    const entry = this.entry(abs);
    if (entry.directives === undefined) {
      const source = text !== undefined ? text : this.smallText(abs);
      entry.directives = source !== null && source.includes('svclint-') ? parseDirectives(abs, source, entry.comments) : [];
    }
    return entry.directives;
  }

  /** The comments of a file as its loader's lexer read them (before its directives are first asked for). */
  setComments(abs: string, comments: Comment[]): void {
    this.entry(abs).comments = comments;
  }

  /** sha256 of the file's bytes (the result cache's key); null when it cannot be read. */
  hash(abs: string): string | null {
    const entry = this.entry(abs);
    if (entry.hash === undefined) {
      const bytes = this.bytes(abs);
      entry.hash = bytes === null ? null : (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
    }
    return entry.hash;
  }
}
