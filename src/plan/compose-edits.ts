// The compose edits a move needs (Phase 2 of the migration): a stack whose folder is renamed
// keeps its Compose project name (containers, networks and project-scoped volumes are named after
// it, so a new name would start the service with empty volumes).
import path from 'node:path';
import type { Stack } from '../types';
import type { EditAction } from './types';

/** Docker Compose's default project name for a folder: its name, lower-cased, [a-z0-9_-] only. */
export function defaultProjectName(dir: string): string {
  return path.basename(dir).toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[^a-z0-9]+/, '');
}

/** The project name a stack runs under today when nothing but its folder names it; null when `name:` or COMPOSE_PROJECT_NAME sets it. */
export function implicitProjectName(stack: Stack): string | null {
  if (stack.resolved.name !== undefined && stack.resolved.name !== null) return null;
  if (stack.env.has('COMPOSE_PROJECT_NAME')) return null;
  return defaultProjectName(stack.dir);
}

const YAML_WORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;

function yamlScalar(value: string): string {
  return /^[a-z][a-z0-9_-]*$/.test(value) && !YAML_WORDS.test(value) ? value : JSON.stringify(value);
}

/**
 * The edit that pins a stack's project name before its folder gets another name: `name: <old>`
 * inserted above the first line of content (after leading comments, so a first-line
 * `# svclint-disable` directive stays on line 1). Null when the name does not change or is set
 * already; a `manual` is needed instead when the file is a flow mapping (reported as `null` too, with `flow`).
 */
export function keepProjectName(stack: Stack, newDir: string): { edit: EditAction | null; flow: boolean } {
  const current = implicitProjectName(stack);
  if (current === null || current === defaultProjectName(newDir)) return { edit: null, flow: false };
  const file = stack.files[0]!;
  const lines = file.text.split('\n').map((line) => line.replace(/\r$/, ''));
  const index = lines.findIndex((line) => line.trim() !== '' && !/^\s*#/.test(line) && !/^(---|%)/.test(line));
  if (index < 0) return { edit: null, flow: false };
  if (lines[index]!.trimStart().startsWith('{')) return { edit: null, flow: true };
  return {
    edit: {
      op: 'edit',
      phase: 2,
      file: file.abs,
      line: index + 1,
      old: lines[index]!,
      new: `name: ${yamlScalar(current)}\n${lines[index]}`,
      reason: `Keep the Compose project name '${current}' when the folder becomes '${path.basename(newDir)}/' (containers, networks and volumes are named after it).`,
    },
    flow: false,
  };
}
