// Places inside a message's data: the engine renders them relative to where the user stands.
import type { SourceLoc } from '../files/types';
import type { PathValue, TextValue } from './types';

/** A file (or any path) in a message: rendered `services/core-infra/compose.yaml`. */
export function pathValue(abs: string): PathValue {
  return { $path: abs };
}

/** A folder in a message: rendered with a trailing `/` (`services/apps/`). */
export function folderValue(abs: string): PathValue {
  return { $path: abs, folder: true };
}

/** A position in a message: rendered `path:line:column`; the file alone when there is no position. */
export function placeValue(loc: SourceLoc | null | undefined, fallbackFile: string): PathValue {
  return loc ? { $path: loc.file, line: loc.line, column: loc.column } : { $path: fallbackFile };
}

export function isPathValue(value: unknown): value is PathValue {
  return typeof value === 'object' && value !== null && '$path' in value && typeof (value as PathValue).$path === 'string';
}

/** Text and places as one message value: the parts are rendered and concatenated. */
export function textValue(...parts: (string | number | boolean | PathValue)[]): TextValue {
  return { $text: parts };
}

export function isTextValue(value: unknown): value is TextValue {
  return typeof value === 'object' && value !== null && '$text' in value && Array.isArray((value as TextValue).$text);
}
