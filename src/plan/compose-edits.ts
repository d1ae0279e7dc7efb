// The compose edits a move needs (Phase 2 of the migration): a stack whose folder is renamed
// keeps its Compose project name (containers, networks and project-scoped volumes are named after
// it, so a new name would start the service with empty volumes).
import path from 'node:path';
import type { Stack } from '../compose/types';
import type { EditAction } from './types';
import { getOrCompute } from '../util/maps';

/** Docker Compose's default project name for a folder: its name, lower-cased, [a-z0-9_-] only. */
export function defaultProjectName(dir: string): string {
  return path
    .basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[^a-z0-9]+/, '');
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

// ---------------------------------------------------------------- relative paths

/** A relative path a compose file gives (build context, bind mount, env_file, extends, include, secret/config file). */
interface PathReference {
  /** Key path of the value in the compose document. */
  keyPath: (string | number)[];
  /** The path as written (for a short volume, its source part). */
  raw: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Relative, static and local: `./x`, `../x`, `x/y` (not `${VAR}`, absolute, `~`, or a URL). */
function isRelativePath(raw: string): boolean {
  return raw !== '' && !raw.includes('${') && !raw.startsWith('/') && !raw.startsWith('~') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !raw.startsWith('git@');
}

const referencesOf = new WeakMap<Record<string, unknown>, readonly PathReference[]>();

/**
 * Relative path references of one compose file's own document (before interpolation). Found once
 * per document: the path edits, the archive reads and a stack split each go through them.
 */
export function pathReferences(data: Record<string, unknown> | null): readonly PathReference[] {
  if (!data) return [];
  return getOrCompute(referencesOf, data, findPathReferences);
}

function findPathReferences(data: Record<string, unknown>): PathReference[] {
  const out: PathReference[] = [];
  const add = (keyPath: (string | number)[], value: unknown) => {
    if (typeof value === 'string' && isRelativePath(value)) out.push({ keyPath, raw: value });
  };
  const listOrOne = (keyPath: (string | number)[], value: unknown, objectKey: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => (isRecord(item) ? add([...keyPath, i, objectKey], item[objectKey]) : add([...keyPath, i], item)));
    else if (isRecord(value)) add([...keyPath, objectKey], value[objectKey]);
    else add(keyPath, value);
  };
  const services = isRecord(data.services) ? data.services : {};
  // Key paths are written out (not spread from a base): this runs for every service of the tree.
  for (const [name, service] of Object.entries(services)) {
    if (!isRecord(service)) continue;
    if (typeof service.build === 'string') add(['services', name, 'build'], service.build);
    else if (isRecord(service.build)) add(['services', name, 'build', 'context'], service.build.context);
    if (Array.isArray(service.volumes)) {
      const volumes: unknown[] = service.volumes;
      for (let i = 0; i < volumes.length; i++) {
        const volume = volumes[i];
        if (typeof volume === 'string') {
          const colon = volume.indexOf(':');
          const source = colon < 0 ? volume : volume.slice(0, colon);
          // A short volume whose source is a path (not a named volume): it starts with `.` or contains `/`.
          if ((source.startsWith('.') || source.includes('/')) && isRelativePath(source)) out.push({ keyPath: ['services', name, 'volumes', i], raw: source });
        } else if (isRecord(volume) && volume.type === 'bind') {
          add(['services', name, 'volumes', i, 'source'], volume.source);
        }
      }
    }
    if (service.env_file !== undefined) listOrOne(['services', name, 'env_file'], service.env_file, 'path');
    if (isRecord(service.extends)) add(['services', name, 'extends', 'file'], service.extends.file);
  }
  if (data.include !== undefined) {
    const items = Array.isArray(data.include) ? data.include : [data.include];
    items.forEach((item, i) => {
      const keyPath = Array.isArray(data.include) ? ['include', i] : ['include'];
      if (typeof item === 'string') add(keyPath, item);
      else if (isRecord(item)) listOrOne([...keyPath, 'path'], item.path, 'path');
    });
  }
  for (const section of ['secrets', 'configs'] as const) {
    const entries = isRecord(data[section]) ? data[section] : {};
    for (const [key, entry] of Object.entries(entries)) if (isRecord(entry)) add([section, key, 'file'], entry.file);
  }
  return out;
}

/** `rel` written the way the original was: `./` kept, a trailing `/` kept. */
function spell(rel: string, original: string): string {
  let out = rel.split(path.sep).join('/') || '.';
  if ((original.startsWith('./') || original === '.') && !out.startsWith('.')) out = `./${out}`;
  if (original.endsWith('/') && !out.endsWith('/')) out = `${out}/`;
  return out;
}

export interface PathEdit {
  edit: EditAction | null;
  /** Set when the reference moves but its line cannot be edited safely (written twice on the line, or not found). */
  manual: { file: string; line: number | null; raw: string; next: string } | null;
  /** The absolute path the reference points to today. */
  target: string;
}

/**
 * The edits that keep a stack's relative paths pointing at the same things once the plan's moves
 * are done: `finalOf` maps a path to where it ends up (itself when it does not move). Paths are
 * written for the stack's final folder (Phase 2 runs stacks from the new structure, through the
 * Phase 1 bridges).
 */
export function relativePathEdits(stack: Stack, finalOf: (abs: string) => string): PathEdit[] {
  const newDir = finalOf(stack.dir);
  const out: PathEdit[] = [];
  for (const file of stack.files) {
    let split: string[] | null = null;
    // Split into lines only for a file with an edit (most files have none).
    const linesOf = () => (split ??= file.text.split('\n').map((line) => line.replace(/\r$/, '')));
    for (const ref of pathReferences(file.data)) {
      const target = path.resolve(stack.dir, ref.raw);
      const end = finalOf(target);
      const fromNewDir = newDir === stack.dir ? target : path.resolve(newDir, ref.raw);
      if (fromNewDir === end) continue; // still right from the new folder
      const next = spell(path.relative(newDir, end), ref.raw);
      // The line: the only one that holds the path (no YAML positions needed), else the value's position.
      const lines = linesOf();
      const holding = lines.flatMap((line, index) => (line.includes(ref.raw) ? [index + 1] : []));
      const loc = holding.length === 1 ? null : stack.locate(ref.keyPath);
      const lineNo = holding.length === 1 ? holding[0]! : loc && loc.file === file.abs ? loc.line : null;
      const text = lineNo === null ? undefined : lines[lineNo - 1];
      if (text === undefined || text.split(ref.raw).length !== 2) {
        out.push({ edit: null, manual: { file: file.abs, line: lineNo, raw: ref.raw, next }, target });
        continue;
      }
      out.push({
        edit: {
          op: 'edit',
          phase: 2,
          file: file.abs,
          line: lineNo!,
          old: text,
          new: text.replace(ref.raw, next),
          reason: `'${ref.raw}' must still reach '${path.basename(target)}' once the moves are done ('${next}' from the new folder).`,
        },
        manual: null,
        target,
      });
    }
  }
  return out;
}
