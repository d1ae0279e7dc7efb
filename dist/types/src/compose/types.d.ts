import type { SourceLoc } from '../files/types';
/** One compose file parsed with positions. */
export interface ComposeFile {
    abs: string;
    text: string;
    /** Parse errors: the file is reported by `compose-parse` and left out of the model. */
    errors: {
        message: string;
        line: number;
        column: number;
    }[];
    /** Plain JS value of the file before interpolation (after anchors/merge keys). */
    data: Record<string, unknown> | null;
    /** Key paths tagged `!reset` / `!override`; merging this file first removes them from what came before. */
    tagPaths?: ComposeTagPath[];
}
/** A `!reset` or `!override` tag found at a key path (through anchors and merge keys). */
export interface ComposeTagPath {
    path: string[];
    tag: 'reset' | 'override';
}
/** A stack: one compose file plus the override files Docker Compose merges onto it. */
export interface Stack {
    /** Absolute path of the main compose file. */
    file: string;
    /** Directory holding it. */
    dir: string;
    /** Main file first, then overrides in merge order. */
    files: ComposeFile[];
    /** Variables from the `.env` beside the main file (never printed). */
    env: Map<string, string>;
    /** Merged document before interpolation. */
    config: Record<string, unknown>;
    /** Merged document after interpolation; unknown variables stay as `${VAR}` text. */
    resolved: Record<string, unknown>;
    services: ComposeService[];
    /** The stack sits under `archive/` (or another inactive capability). */
    archived: boolean;
    /** Files read through `include:` and `extends: {file}` (each once), after `files`' own. */
    imported?: ComposeFile[];
    /**
     * What Docker Compose refuses that the loader found while reading the stack: invalid templates and
     * `.env` syntax (`compose-parse`); include/extends targets, cycles, conversions, missing env files
     * (`compose-schema`).
     */
    issues?: ComposeIssue[];
    /** The merged model after each file (main, then each override), as compose-go validates it. */
    stages?: ComposeStage[];
    /** Position of a value node by key path (['services','n8n','image']); the last file defining it wins. */
    locate(path: readonly (string | number)[]): SourceLoc | null;
    /** Position of the key of a mapping entry by key path; the last file defining it wins. */
    locateKey(path: readonly (string | number)[]): SourceLoc | null;
    /** The lines of a file the stack was loaded from (compose files, `.env`, env files), through the loader's reader (the run's file cache). */
    lines(abs: string): string[] | null;
}
/** A problem the compose loader found, reported by `rule`. */
export interface ComposeIssue {
    rule: 'compose-parse' | 'compose-schema';
    /** One line naming the key, e.g. `services.web.privileged: cannot convert 'maybe' to a boolean`. */
    message: string;
    /** Where it comes from (computed on first use). */
    loc: SourceLoc | null;
}
/** The merged, interpolated model of a stack after one of its files, with positions into every file it came from. */
export interface ComposeStage {
    /** The main file or the override whose merge gave this model. */
    file: string;
    resolved: Record<string, unknown>;
    /** Position of a key path in the files this model came from (the latest first, through include and extends). */
    locate(path: readonly (string | number)[], atKey: boolean): SourceLoc | null;
}
export interface EnvVar {
    name: string;
    /** Value before interpolation; null when the entry has no value (`- FOO`). */
    raw: string | null;
    /** Interpolated value; null when unknown (a variable that is not set anywhere we can read). */
    value: string | null;
    loc: SourceLoc | null;
    /** Set when the variable came from an `env_file`. */
    envFile?: string;
}
export interface ComposeService {
    name: string;
    stack: Stack;
    /** Position of the service key. */
    loc: SourceLoc | null;
    /** Merged service mapping before interpolation. */
    config: Record<string, unknown>;
    /** Merged service mapping after interpolation. */
    resolved: Record<string, unknown>;
    image: string | null;
    containerName: string | null;
    /** environment: and env_file: entries (env_file first, environment overrides). */
    environment: EnvVar[];
    /** Labels as a map (list form normalised). */
    labels: Map<string, string>;
    /** Set for a service that comes from an `include:`d file: that file (absolute). */
    includedFrom?: string;
}
