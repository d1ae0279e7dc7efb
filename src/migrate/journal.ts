// The migration journal, `.svclint/migration.json` beside the config (the migration's scope):
// the plan being executed and, for every action started, the primitive file-system steps it took
// with the state before and after each one (content hashes, modes, link targets). Contents a
// rollback must restore are kept, content-addressed, in `.svclint/objects/`.
//
// Written atomically (temporary file, fsync, rename) before and after every action, so a kill at
// any point leaves a journal that describes the tree: at most one action is in flight, and its
// steps are each atomic, so resuming or rolling back can tell which of them happened.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import type { MigrationPhase, PlanAction } from '../plan/types';
import { sha256 } from './fsstate';

export const JOURNAL_DIR = '.svclint';
/** A `write` step's content id for "no file": the step creates or removes it. */
export const ABSENT = '';
export const JOURNAL_FILE = 'migration.json';
const JOURNAL_VERSION = 1;

/** One primitive, atomic file-system step. Paths are relative to the scope, `/` separators. */
export type Step =
  | { op: 'mkdir'; path: string }
  | { op: 'rmdir'; path: string; mode: number }
  | { op: 'symlink'; path: string; target: string }
  | { op: 'unlink'; path: string; target: string }
  /** `manifest`: object id of the folder's manifest at the time of the move (what a rollback checks). */
  | { op: 'rename'; from: string; to: string; manifest: string }
  /** Replace a file's content: `before`/`after` are object ids (sha256 of the content), ABSENT for no file (created, removed). */
  | { op: 'write'; path: string; before: string; after: string; mode: number; uid: number; gid: number };

export type EntryState = 'started' | 'done' | 'manual' | 'undoing';

export interface JournalEntry {
  /** Index of the action in `actions`. */
  action: number;
  phase: MigrationPhase;
  op: PlanAction['op'];
  state: EntryState;
  steps: Step[];
  /** Why the action needed no step (the folder already existed, the bridge was already there). */
  note?: string;
}

/** Phase 3's automated checks, as they ran. */
export interface CheckResults {
  at: string;
  /** Lint of the tree as it will stand after the migration (a copy with the remaining phases applied). */
  lint: {
    errors: number;
    warnings: number;
    structureErrors: number;
    findings: { rule: string; severity: string; path: string; line: number | null; message: string }[];
  };
  /** `docker compose config -q` per stack, or why it was skipped. */
  compose: { skipped: string | null; results: { file: string; ok: boolean; message: string }[] };
  urls: string[];
  /** Problems that stop Phase 4 (unless --force). */
  blocking: string[];
}

export interface Journal {
  tool: 'svclint';
  kind: 'migration-journal';
  version: number;
  /** Absolute real path of the scope when the journal was started: a journal belongs to one tree. */
  scope: string;
  /** The services root, relative to the scope. */
  root: string;
  created: string;
  updated: string;
  /** The journal created `.svclint/` (a full rollback removes it again). */
  createdDir: boolean;
  /** The plan, paths relative to the scope. */
  actions: PlanAction[];
  entries: JournalEntry[];
  checks: CheckResults | null;
  /** sha256 of the rest of the document: a hand edit or a torn write is refused as corrupt. */
  checksum?: string;
}

export function journalPath(scope: string): string {
  return path.join(scope, JOURNAL_DIR, JOURNAL_FILE);
}

export function objectsDir(scope: string): string {
  return path.join(scope, JOURNAL_DIR, 'objects');
}

export function newJournal(scope: string, root: string, actions: PlanAction[], createdDir: boolean): Journal {
  const now = new Date().toISOString();
  return {
    tool: 'svclint',
    kind: 'migration-journal',
    version: JOURNAL_VERSION,
    scope,
    root,
    created: now,
    updated: now,
    createdDir,
    actions,
    entries: [],
    checks: null,
  };
}

function checksumOf(journal: Journal): string {
  const { checksum: _ignored, ...rest } = journal;
  return sha256(JSON.stringify(rest));
}

export function saveJournal(scope: string, journal: Journal): void {
  journal.updated = new Date().toISOString();
  journal.checksum = checksumOf(journal);
  writeFileDurably(journalPath(scope), `${JSON.stringify(journal, null, 1)}\n`);
}

/** Reads and validates the journal; null when there is none. Bad journals are one-line usage errors. */
export function loadJournal(scope: string, realScope: string): Journal | null {
  const file = journalPath(scope);
  if (!existsSync(file)) return null;
  const shown = path.join(JOURNAL_DIR, JOURNAL_FILE);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `${shown}: corrupted migration journal (${(error as Error).message}); restore it from a backup or remove it (its rollback is then lost)`,
    );
  }
  const problem = validateJournal(data);
  if (problem) throw new UsageError(`${shown}: corrupted migration journal (${problem}); restore it from a backup or remove it (its rollback is then lost)`);
  const journal = data as Journal;
  if (journal.checksum !== checksumOf(journal)) {
    throw new UsageError(
      `${shown}: corrupted migration journal (checksum mismatch: it was edited or damaged); restore it from a backup or remove it (its rollback is then lost)`,
    );
  }
  if (journal.scope !== realScope) {
    throw new UsageError(
      `${shown}: this migration journal belongs to another tree (${journal.scope}), not ${realScope}; run svclint there, or remove the journal`,
    );
  }
  return journal;
}

const OPS = new Set(['mkdir', 'symlink', 'move', 'edit', 'delete-empty', 'manual']);
const STEP_FIELDS: Record<Step['op'], Record<string, 'string' | 'number'>> = {
  mkdir: { path: 'string' },
  rmdir: { path: 'string', mode: 'number' },
  symlink: { path: 'string', target: 'string' },
  unlink: { path: 'string', target: 'string' },
  rename: { from: 'string', to: 'string', manifest: 'string' },
  write: { path: 'string', before: 'string', after: 'string', mode: 'number', uid: 'number', gid: 'number' },
};

function validateJournal(data: unknown): string | null {
  if (!isObject(data)) return 'not a JSON object';
  if (data.tool !== 'svclint' || data.kind !== 'migration-journal') return 'not an svclint migration journal';
  if (data.version !== JOURNAL_VERSION) return `version ${String(data.version)} is not supported (expected ${JOURNAL_VERSION})`;
  for (const key of ['scope', 'root', 'created', 'updated']) if (typeof data[key] !== 'string') return `'${key}' is missing`;
  if (typeof data.createdDir !== 'boolean') return `'createdDir' is missing`;
  if (!Array.isArray(data.actions)) return `'actions' is not a list`;
  for (const [i, action] of data.actions.entries()) {
    if (!isObject(action) || !OPS.has(String(action.op)) || !isPhase(action.phase)) return `action ${i} is malformed`;
  }
  if (!Array.isArray(data.entries)) return `'entries' is not a list`;
  let previous = -1;
  for (const [i, entry] of data.entries.entries()) {
    if (!isObject(entry) || typeof entry.action !== 'number' || !Number.isInteger(entry.action)) return `entry ${i} is malformed`;
    if (entry.action <= previous || entry.action >= data.actions.length) return `entry ${i} names action ${entry.action} out of order`;
    previous = entry.action;
    if (!['started', 'done', 'manual', 'undoing'].includes(String(entry.state))) return `entry ${i} has an unknown state`;
    if (!Array.isArray(entry.steps)) return `entry ${i} has no steps`;
    for (const step of entry.steps) {
      const fields = isObject(step) ? STEP_FIELDS[step.op as Step['op']] : undefined;
      if (!fields || Object.entries(fields).some(([k, t]) => typeof (step as Record<string, unknown>)[k] !== t)) return `entry ${i} has a malformed step`;
    }
  }
  const started = data.entries.filter((e) => isObject(e) && e.state !== 'done' && e.state !== 'manual');
  if (started.length > 1) return 'more than one action in flight';
  if (data.checks !== null && !isObject(data.checks)) return `'checks' is malformed`;
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPhase(value: unknown): value is MigrationPhase {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

// ---------------------------------------------------------------- durable writes and objects

/** Writes a file so that a crash leaves either the old or the new content: temporary file, fsync, rename. */
export function writeFileDurably(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Stores content under its sha256 (once) and returns the id. */
export function putObject(scope: string, content: Buffer | string): string {
  const id = sha256(content);
  const file = path.join(objectsDir(scope), id);
  if (!existsSync(file)) writeFileDurably(file, content);
  return id;
}

export function getObject(scope: string, id: string): Buffer {
  const file = path.join(objectsDir(scope), id);
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    throw new UsageError(`${JOURNAL_DIR}/objects/${id}: missing from the migration journal's store; the journal cannot restore this content`);
  }
  if (sha256(content) !== id) throw new UsageError(`${JOURNAL_DIR}/objects/${id}: corrupted (content does not match its hash)`);
  return content;
}

/** Removes the journal and its objects (after a complete rollback), and `.svclint/` when the journal created it and it is empty. */
export function removeJournal(scope: string, journal: Journal): void {
  rmSync(objectsDir(scope), { recursive: true, force: true });
  rmSync(journalPath(scope), { force: true });
  rmSync(path.join(scope, JOURNAL_DIR, 'migration.lock'), { force: true });
  removeStaleTemporaries(scope);
  if (journal.createdDir) {
    try {
      rmdirSync(path.join(scope, JOURNAL_DIR));
    } catch {
      // something else lives there now: leave it
    }
  }
}

/** Temporary files a killed run left in `.svclint/` (ours by name: `*.tmp`). */
export function removeStaleTemporaries(scope: string): void {
  const dir = path.join(scope, JOURNAL_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.tmp')) rmSync(path.join(dir, name), { force: true });
}
