// Line edits as the plan gives them: line numbers count in the file as it was planned, before any
// edit of the plan ran. Shared by the executor and the `sh` rendering, so both write the same bytes.
import path from 'node:path';
import type { EditAction, PlanAction } from '../plan/types';
import { isInside } from '../util/paths';

/** Lines a replacement text occupies ('' deletes the line). */
function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length;
}

/**
 * Where a path was when the plan was made: undoes the moves and bridges of the actions before it,
 * so edits of one file reached under two names (its folder, the bridge to it) count as one file.
 */
export function plannedPathOf(file: string, actionsBefore: readonly PlanAction[]): string {
  let current = file;
  for (let i = actionsBefore.length - 1; i >= 0; i--) {
    const action = actionsBefore[i]!;
    if (action.op === 'move' && isInside(action.to, current)) current = path.join(action.from, path.relative(action.to, current));
    else if (action.op === 'symlink' && isInside(action.path, current)) current = path.join(action.target, path.relative(action.path, current));
  }
  return current;
}

/** For every edit action (by index), the line it replaces now, after the earlier edits of the same file. */
export function effectiveLines(actions: readonly PlanAction[]): Map<number, number> {
  const byFile = new Map<string, { line: number; delta: number }[]>();
  const out = new Map<number, number>();
  actions.forEach((action, index) => {
    if (action.op !== 'edit') return;
    const key = plannedPathOf(action.file, actions.slice(0, index));
    const earlier = byFile.get(key) ?? [];
    const shift = earlier.filter((e) => e.line < action.line).reduce((n, e) => n + e.delta, 0);
    out.set(index, action.line + shift);
    earlier.push({ line: action.line, delta: lineCount(action.new) - 1 });
    byFile.set(key, earlier);
  });
  return out;
}

export type EditOutcome = { ok: true; text: string } | { ok: false; problem: string };

/** Replaces line `line` (1-based) of `text`, which must read `old`; keeps the file's line endings. */
export function applyLineEdit(text: string, line: number, action: Pick<EditAction, 'old' | 'new'>): EditOutcome {
  const lines = text.split(/(?<=\n)/);
  if (text === '') lines.length = 0;
  if (line < 1 || line > lines.length) return { ok: false, problem: `line ${line} does not exist (the file has ${lines.length})` };
  const current = lines[line - 1]!;
  const eol = current.endsWith('\r\n') ? '\r\n' : current.endsWith('\n') ? '\n' : '';
  const body = current.slice(0, current.length - eol.length);
  if (body !== action.old) return { ok: false, problem: `line ${line} reads '${clip(body)}', not '${clip(action.old)}' (changed since the plan)` };
  // A CRLF file keeps CRLF on inserted lines; the last line keeps its missing final newline.
  const fileEol = eol || (text.includes('\r\n') ? '\r\n' : '\n');
  let replacement = '';
  if (action.new !== '') {
    const parts = action.new.split('\n');
    replacement = parts.map((part, i) => part + (i < parts.length - 1 ? fileEol : eol)).join('');
  }
  lines[line - 1] = replacement;
  return { ok: true, text: lines.join('') };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
