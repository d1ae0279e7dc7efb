// Phase 2 of the migration, the compose paths: every relative (or in-tree absolute) path a compose
// file holds — build contexts, bind mounts, env_file, extends and include files, configs and
// secrets files — rewritten for where the file and the path's target will be after the moves.
// This covers references from stacks that do not move themselves. Paths are read from the raw
// data (cheap); only files that need an edit get their YAML positions.
import path from 'node:path';
import { isScalar, Scalar, type Node } from 'yaml';
import { findNode, type KeyPath } from '../yaml/positions';
import type { ComposeFile, HostModel, Stack } from '../types';
import { isInside } from '../util/paths';
import { relativeReference, type MoveMap } from './moves';
import type { EditAction, ManualAction, MigrationPhase } from './types';

/** One path a compose file holds. */
export interface PathRef {
  file: ComposeFile;
  keyPath: (string | number)[];
  /** The path itself (for `./data:/data:ro`, the part before the first ':'). */
  path: string;
  /** Folder the path is relative to today. */
  base: string;
  /** Folder it is relative to after the moves. */
  newBase: string;
}

export interface RewriteSteps {
  /** Edits, keyed by their phase: 2 when the file and the path's target both answer at their new place in Phase 2, else 4 (after the moves). */
  edits: EditAction[];
  manual: ManualAction[];
}

/** Edits for every path that needs one; `skip` leaves out paths other steps take care of (a split's lifted definitions). */
export function pathRewrites(model: HostModel, moves: MoveMap, skip: (file: string, keyPath: (string | number)[]) => boolean = () => false): RewriteSteps {
  const out: RewriteSteps = { edits: [], manual: [] };
  if (moves.moves.length === 0) return out;
  for (const stack of model.stacks) {
    const changes = new Map<ComposeFile, { ref: PathRef; next: string; phase: MigrationPhase }[]>();
    for (const ref of pathRefs(stack, moves)) {
      if (skip(ref.file.abs, ref.keyPath)) continue;
      const next = rewritten(ref, model.root, moves);
      if (next === null) continue;
      const target = path.resolve(ref.base, ref.path);
      const phase: MigrationPhase = moves.reachableEarly(ref.file.abs) && moves.reachableEarly(target) ? 2 : 4;
      const list = changes.get(ref.file) ?? [];
      list.push({ ref, next, phase });
      changes.set(ref.file, list);
    }
    for (const [file, list] of changes) editsFor(file, list, moves, out);
  }
  return out;
}

/** The path as it must read after the moves, or null when it stays valid. */
function rewritten(ref: PathRef, root: string, moves: MoveMap): string | null {
  if (path.isAbsolute(ref.path)) {
    if (!isInside(root, ref.path)) return null;
    const end = moves.final(ref.path);
    return end === ref.path ? null : end;
  }
  const target = path.resolve(ref.base, ref.path);
  const end = moves.final(target);
  if (path.relative(ref.base, target) === path.relative(ref.newBase, end)) return null;
  return relativeReference(ref.path, ref.newBase, end);
}

function editsFor(file: ComposeFile, list: { ref: PathRef; next: string; phase: MigrationPhase }[], moves: MoveMap, out: RewriteSteps): void {
  const lines = file.text.split('\n').map((l) => l.replace(/\r$/, ''));
  const byLine = new Map<number, { column: number; source: string; replacement: string; phase: MigrationPhase }[]>();
  for (const { ref, next, phase } of list) {
    const scalar = locateScalar(file, ref.keyPath);
    const where = `${ref.keyPath.join('.')}`;
    const instruction = `In ${file.abs}, change the path '${ref.path}' (${where}) to '${next}'.`;
    if (!scalar) {
      out.manual.push(manualRewrite(file, phase, `svclint cannot place an edit on '${where}' (a multi-line or merged value)`, instruction));
      continue;
    }
    const value = String(scalar.node.value);
    const replacement = renderScalar(scalar.node, next + value.slice(ref.path.length));
    const entries = byLine.get(scalar.line) ?? [];
    entries.push({ column: scalar.column, source: scalar.source, replacement, phase });
    byLine.set(scalar.line, entries);
  }
  for (const [line, entries] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const old = lines[line - 1] ?? '';
    let text = old;
    for (const e of [...entries].sort((a, b) => b.column - a.column)) {
      text = text.slice(0, e.column - 1) + e.replacement + text.slice(e.column - 1 + e.source.length);
    }
    const phase: MigrationPhase = entries.some((e) => e.phase === 4) ? 4 : 2;
    out.edits.push({
      op: 'edit',
      phase,
      // A Phase 4 edit runs after the moves: the file is at its new place by then.
      file: phase === 4 ? moves.final(file.abs) : file.abs,
      line,
      old,
      new: text,
      reason: 'A path this compose file holds points into a folder that moves: it is rewritten for the new layout.',
    });
  }
}

function manualRewrite(file: ComposeFile, phase: MigrationPhase, reason: string, instruction: string): ManualAction {
  return { op: 'manual', phase, path: file.abs, reason, steps: [instruction] };
}

/** A single-line scalar at a key path: its node, 1-based line and column, and its source text. */
export function locateScalar(file: ComposeFile, keyPath: KeyPath): { node: Scalar; line: number; column: number; source: string } | null {
  let found: Node | null = null;
  for (const doc of file.documents) {
    const hit = findNode(doc, keyPath);
    if (hit?.value) found = hit.value;
  }
  if (!found || !isScalar(found) || !found.range || typeof found.value !== 'string') return null;
  if (found.type !== Scalar.PLAIN && found.type !== Scalar.QUOTE_DOUBLE && found.type !== Scalar.QUOTE_SINGLE) return null;
  const source = file.text.slice(found.range[0], found.range[1]);
  if (source.includes('\n')) return null;
  const pos = file.lineCounter!.linePos(found.range[0]);
  return { node: found, line: pos.line, column: pos.col, source };
}

const PLAIN_SAFE = /^[A-Za-z0-9_./~@+=,-][A-Za-z0-9_./~:@+=,-]*$/;

export function renderScalar(node: Scalar, value: string): string {
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (node.type === Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || value.includes(': ')) return JSON.stringify(value);
  return value;
}

// ---------------------------------------------------------------- where compose files hold paths

export function pathRefs(stack: Stack, moves: MoveMap): PathRef[] {
  const refs: PathRef[] = [];
  const projectDir = stack.dir;
  const newProjectDir = path.dirname(moves.final(stack.file));
  for (const file of stack.files) {
    const data = file.data;
    if (!data) continue;
    const fileDir = path.dirname(file.abs);
    const newFileDir = path.dirname(moves.final(file.abs));
    const add = (keyPath: (string | number)[], value: unknown, relativeTo: 'project' | 'file', part: (v: string) => string | null = (v) => v) => {
      if (typeof value !== 'string') return;
      const p = part(value);
      if (p === null || p === '' || p.includes('${') || p.startsWith('~') || p.includes('$')) return;
      refs.push({
        file,
        keyPath,
        path: p,
        base: relativeTo === 'project' ? projectDir : fileDir,
        newBase: relativeTo === 'project' ? newProjectDir : newFileDir,
      });
    };
    const services = record(data.services);
    for (const [name, raw] of Object.entries(services)) {
      const service = record(raw);
      const at = (...rest: (string | number)[]) => ['services', name, ...rest];
      if (typeof service.build === 'string') add(at('build'), service.build, 'project', localPath);
      else add(at('build', 'context'), record(service.build).context, 'project', localPath);
      list(service.volumes).forEach((volume, i) => {
        if (typeof volume === 'string') add(at('volumes', i), volume, 'project', bindSource);
        else add(at('volumes', i, 'source'), record(volume).source, 'project', (v) => (record(volume).type === 'bind' || /^[./]/.test(v) ? v : null));
      });
      const envFiles = service.env_file;
      if (typeof envFiles === 'string') add(at('env_file'), envFiles, 'project');
      else list(envFiles).forEach((entry, i) => (typeof entry === 'string' ? add(at('env_file', i), entry, 'project') : add(at('env_file', i, 'path'), record(entry).path, 'project')));
      add(at('extends', 'file'), record(service.extends).file, 'file');
    }
    list(data.include).forEach((entry, i) => {
      if (typeof entry === 'string') return add(['include', i], entry, 'file');
      const item = record(entry);
      if (typeof item.path === 'string') add(['include', i, 'path'], item.path, 'file');
      else list(item.path).forEach((p, j) => add(['include', i, 'path', j], p, 'file'));
      add(['include', i, 'project_directory'], item.project_directory, 'file');
      if (typeof item.env_file === 'string') add(['include', i, 'env_file'], item.env_file, 'file');
      else list(item.env_file).forEach((p, j) => add(['include', i, 'env_file', j], p, 'file'));
    });
    for (const section of ['configs', 'secrets'] as const) {
      for (const [key, raw] of Object.entries(record(data[section]))) add([section, key, 'file'], record(raw).file, 'project');
    }
  }
  return refs;
}

/** A build context on this disk (not a URL or git remote). */
function localPath(value: string): string | null {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('git@') ? null : value;
}

/** The host side of a short-syntax bind mount (`./data:/data:ro`), or null for a named volume. */
function bindSource(value: string): string | null {
  const source = value.split(':')[0] ?? '';
  return source.startsWith('.') || source.startsWith('/') ? source : null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
