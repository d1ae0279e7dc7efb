// A throwaway copy of the migrated tree in a temporary folder: the remaining actions are run on it
// first (a refused action means the real tree is never touched), and Phase 3 lints it as the tree
// will stand after the migration. It holds the services root, the config and the documents;
// large files become empty placeholders (no rule reads their content), symlinks into the tree
// point into the copy.
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isInside } from '../util/paths';
import { JOURNAL_DIR } from './journal';

/** Files above this size are copied as empty placeholders (unless an edit needs them). */
const COPY_LIMIT = 1024 * 1024;

export interface Shadow {
  /** The copy's scope (mirrors the real scope). */
  scope: string;
  toShadow(abs: string): string;
  toReal(abs: string): string;
  remove(): void;
}

export interface ShadowOptions {
  /** Real path of the scope. */
  scope: string;
  /** Real path of the services root. */
  root: string;
  /** Other files to copy (config, documents, edited files), absolute. */
  files: string[];
  /** `.svclint/` as well (resuming a journal in the copy). */
  withJournal?: boolean;
}

export function makeShadow(options: ShadowOptions): Shadow {
  if (!isInside(options.scope, options.root)) throw new Error(`the services root ${options.root} is outside the migration's scope ${options.scope}`);
  const base = mkdtempSync(path.join(os.tmpdir(), 'svclint-migrate-'));
  const shadowScope = path.join(base, path.basename(options.scope) || 'tree');
  const toShadow = (abs: string) => (isInside(options.scope, abs) ? path.join(shadowScope, path.relative(options.scope, abs)) : abs);
  const toReal = (abs: string) => (isInside(shadowScope, abs) ? path.join(options.scope, path.relative(shadowScope, abs)) : abs);
  const keepWhole = new Set(options.files);
  const copy = (abs: string) => {
    const stats = lstatSync(abs, { throwIfNoEntry: false });
    if (!stats) return;
    const dest = toShadow(abs);
    mkdirSync(path.dirname(dest), { recursive: true });
    if (stats.isSymbolicLink()) {
      let text = readlinkSync(abs);
      if (path.isAbsolute(text) && isInside(options.scope, text)) text = toShadow(text);
      symlinkSync(text, dest);
    } else if (stats.isDirectory()) {
      mkdirSync(dest, { recursive: true });
      let names: string[] = [];
      try {
        names = readdirSync(abs);
      } catch {
        // unreadable: it moves as a whole, its content does not matter here
      }
      for (const name of names) copy(path.join(abs, name));
      chmodSync(dest, (stats.mode & 0o7777) | 0o700);
    } else if (stats.isFile()) {
      if (stats.size <= COPY_LIMIT || keepWhole.has(abs)) {
        try {
          copyFileSync(abs, dest);
        } catch {
          writeFileSync(dest, '');
        }
      } else {
        writeFileSync(dest, '');
      }
      chmodSync(dest, (stats.mode & 0o7777) | 0o600);
    }
    // sockets, fifos and devices are left out
  };
  try {
    mkdirSync(shadowScope, { recursive: true });
    copy(options.root);
    for (const file of options.files) if (isInside(options.scope, file) && !isInside(options.root, file)) copy(file);
    if (options.withJournal) copy(path.join(options.scope, JOURNAL_DIR));
  } catch (error) {
    rmSync(base, { recursive: true, force: true });
    throw error;
  }
  return { scope: shadowScope, toShadow, toReal, remove: () => rmSync(base, { recursive: true, force: true }) };
}
