// Positions the output needs and rules do not give: a file that stands for a folder (GitHub
// annotates and code scanning shows files, not folders), and the default stable key of a finding
// (the text of its line, as GitHub's own line hashes do) for SARIF fingerprints.
import path from 'node:path';
import type { ChangeSet } from '../api/types';
import type { FileCache } from '../files/cache';
import type { HostModel } from '../model/types';
import { isInside } from '../util/paths';

/** The trimmed text of a line, the default stable key of a finding on it. */
export function lineKey(files: FileCache, file: string, line: number | null): string | undefined {
  if (line === null) return undefined;
  const content = files.lines(file)?.[line - 1];
  return content === undefined ? undefined : `line:${content.trim()}`;
}

/**
 * A file (line 1) that stands for a path without a position: the path itself when it is a file
 * of the tree; for a folder, a changed file inside it (so a pull request sees it on its diff), its
 * stack file, or its first file; for anything else, its folder's. Null when the tree has no file there.
 */
export function anchorFor(model: HostModel, abs: string, changes: ChangeSet | null): { file: string; line: number } | null {
  if (!isInside(model.root, abs)) return null;
  const rel = path.relative(model.root, abs).split(path.sep).join('/');
  const entry = rel === '' ? null : model.tree.byRel.get(rel);
  if (entry?.kind === 'file') return { file: abs, line: 1 };
  if (rel !== '' && entry?.kind !== 'dir') return anchorFor(model, path.dirname(abs), changes);
  if (changes) {
    const changed = changes.files
      .filter((f) => isInside(abs, f) && model.tree.byRel.get(path.relative(model.root, f).split(path.sep).join('/'))?.kind === 'file')
      .sort()[0];
    if (changed) return { file: changed, line: 1 };
  }
  const stack = model.stacks.find((s) => s.dir === abs);
  if (stack) return { file: stack.file, line: 1 };
  const first = firstFile(model, rel);
  return first ? { file: first, line: 1 } : null;
}

/** The first file under a folder: its own files first (by name), then its folders' in name order. */
function firstFile(model: HostModel, rel: string): string | null {
  const children = [...(model.tree.children.get(rel) ?? [])]
    .filter((e) => !e.name.startsWith('.') || e.kind === 'file')
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const file = children.find((e) => e.kind === 'file' && !e.name.startsWith('.'));
  if (file) return file.abs;
  for (const child of children) {
    if (child.kind !== 'dir') continue;
    const found = firstFile(model, child.rel);
    if (found) return found;
  }
  return children.find((e) => e.kind === 'file')?.abs ?? null;
}
