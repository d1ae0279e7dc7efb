import { type Directive } from '../directives/parse';
import type { Comment } from './comments';
export type PathKind = 'file' | 'dir' | 'other';
/** Files larger than this are not read for keys or directives (a finding may point at a data file). */
export declare const MAX_TEXT_READ: number;
export declare class FileCache {
    private readonly entries;
    private readonly kinds;
    private readonly sizes;
    private readonly reals;
    /** Files read from disk, in order (each once). */
    private readonly readLog;
    private entry;
    /** The file's bytes; null when it cannot be read (see `error`). */
    bytes(abs: string): Buffer | null;
    /** The files read from disk so far, each once, in the order they were first read. */
    get readFiles(): readonly string[];
    /** Like fs.readFileSync: the bytes, or an error with the read's code. */
    read(abs: string): Buffer;
    /**
     * The text a loader decoded from a file it read here: kept as the file's text (keys, lines and
     * directives then use exactly what the loader parsed) and the bytes released, so a large tree is
     * not held twice in memory.
     */
    adopt(abs: string, text: string): void;
    /** The read error's code (`ENOENT`, `EACCES`, `EISDIR`...), or null when the file was read. */
    error(abs: string): string | null;
    /** The file as UTF-8 text; null when it cannot be read. */
    text(abs: string): string | null;
    /**
     * The text of a file a finding points at, for its default key and its directives: only a regular
     * file up to MAX_TEXT_READ (a finding may point at a folder or a data file). The loaders' files are
     * in the cache already.
     */
    smallText(abs: string): string | null;
    /** The text split into lines (`\r\n`, `\r` and `\n` end a line). */
    lines(abs: string): string[] | null;
    /** A gzip file's text (`.sql.gz` init scripts); an error message when it cannot be read or decompressed. */
    gunzip(abs: string): {
        text: string;
    } | {
        error: string;
    };
    /** What is at a path (links followed); null when nothing is. */
    kind(abs: string): PathKind | null;
    /** The path with every symlink resolved; itself when it does not resolve. */
    realPath(abs: string): string;
    /** A file's size in bytes (a stat when the scan told only its kind); Infinity when it cannot be read. */
    private size;
    /**
     * Remembers what the tree scan found at a path (links followed), so the checks of build contexts,
     * bind mounts and documented paths need no stat of their own (~20,000 at 10k services).
     */
    knowKind(abs: string, kind: PathKind | null): void;
    /**
     * Remembers that the tree scan found nothing at a path (no read is tried: a failed open costs an
     * exception per stack folder without a `.env`).
     */
    knowAbsent(abs: string): void;
    /**
     * The suppression directives of a file: from its comments as the file's own syntax has them (YAML
     * comments from the parsed YAML, so text inside a block scalar is never a directive). `text` is the
     * text the loader read (a decompressed init script); default: the file's text.
     */
    directives(abs: string, text?: string | null): Directive[];
    /** The comments of a file as its loader's lexer read them (before its directives are first asked for). */
    setComments(abs: string, comments: Comment[]): void;
    /** sha256 of the file's bytes (the result cache's key); null when it cannot be read. */
    hash(abs: string): string | null;
}
