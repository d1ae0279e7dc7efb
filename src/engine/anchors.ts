// Positions the output needs and rules do not give: a file that stands for a folder (GitHub
// annotates and code scanning shows files, not folders), and the default stable key of a finding
// (the text of its line, as GitHub's own line hashes do) for SARIF fingerprints.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ChangeSet, HostModel } from '../types';
import { isInside } from '../util/paths';

/** Files larger than this are not read for keys or directives (a finding may point at a data file). */
const MAX_READ = 1024 * 1024;

/** The run's file texts: what the loaders read, then small files read once on demand. */
export class FileTexts {
  private readonly texts = new Map<string, string | null>();
  constructor(model: HostModel) {
    for (const stack of model.stacks) for (const file of stack.files) this.texts.set(file.abs, file.text);
    for (const script of model.database.initScripts) if (script.text !== null) this.texts.set(script.file, script.text);
  }
  /** Whether the loaders already read it (their files are known to be text). */
  has(file: string): boolean {
    return this.texts.has(file);
  }
  get(file: string): string | null {
    if (this.texts.has(file)) return this.texts.get(file)!;
    let text: string | null = null;
    try {
      const stats = statSync(file);
      if (stats.isFile() && stats.size <= MAX_READ) text = readFileSync(file, 'utf8');
    } catch {
      text = null;
    }
    this.texts.set(file, text);
    return text;
  }
}

/** The trimmed text of a line, the default stable key of a finding on it. */
export function lineKey(texts: FileTexts, file: string, line: number | null): string | undefined {
  if (line === null) return undefined;
  const text = texts.get(file);
  if (text === null) return undefined;
  const content = text.split('\n')[line - 1];
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
    const changed = changes.files.filter((f) => isInside(abs, f) && model.tree.byRel.get(path.relative(model.root, f).split(path.sep).join('/'))?.kind === 'file').sort()[0];
    if (changed) return { file: changed, line: 1 };
  }
  const stack = model.stacks.find((s) => s.dir === abs);
  if (stack) return { file: stack.file, line: 1 };
  const first = firstFile(model, rel);
  return first ? { file: first, line: 1 } : null;
}

/** The first file under a folder: its own files first (by name), then its folders' in name order. */
function firstFile(model: HostModel, rel: string): string | null {
  const children = [...(model.tree.children.get(rel) ?? [])].filter((e) => !e.name.startsWith('.') || e.kind === 'file').sort((a, b) => (a.name < b.name ? -1 : 1));
  const file = children.find((e) => e.kind === 'file' && !e.name.startsWith('.'));
  if (file) return file.abs;
  for (const child of children) {
    if (child.kind !== 'dir') continue;
    const found = firstFile(model, child.rel);
    if (found) return found;
  }
  return children.find((e) => e.kind === 'file')?.abs ?? null;
}
