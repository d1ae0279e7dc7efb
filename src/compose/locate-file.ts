// Positions inside one compose file (not the merged stack): findings about what a file itself
// says (its schema, its `version:` key) point into that file, override files included.
import type { ComposeFile } from './types';
import type { SourceLoc } from '../files/types';
import { findNode, nodeLoc, type KeyPath } from '../yaml/positions';
import { findLight } from '../yaml/light-positions';

/**
 * Position of the key (atKey) or value at `path` in the file; when the path is not in the file
 * (a missing key), the nearest ancestor that is. The last document defining it wins, as in merging.
 */
export function locateInFile(file: ComposeFile, path: KeyPath, atKey: boolean): SourceLoc | null {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const preferKey = atKey || length < path.length;
    const light = lightLocate(file, prefix, preferKey);
    if (light) return light;
    if (light === null) continue;
    if (!file.lineCounter) return null;
    for (let d = file.documents.length - 1; d >= 0; d--) {
      const found = findNode(file.documents[d]!, prefix);
      if (!found) continue;
      const first = preferKey ? found.key : found.value;
      const second = preferKey ? found.value : found.key;
      const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
      if (loc) return loc;
    }
  }
  return { file: file.abs, line: 1, column: 1 };
}

/**
 * Position of the key (atKey; the value where there is no key) or value at exactly `path`, from the
 * file's light positions, the last document holding it winning: null when the file does not hold
 * it, undefined when the file has no light positions (its `yaml` documents must answer).
 */
export function lightLocate(file: ComposeFile, path: KeyPath, atKey: boolean): SourceLoc | null | undefined {
  const light = file.light?.();
  if (!light) return undefined;
  for (let d = light.documents.length - 1; d >= 0; d--) {
    const found = findLight(light.documents[d]!, path);
    if (!found) continue;
    const { line, col } = light.linePos(atKey ? (found.key ?? found.value.start) : found.value.start);
    return { file: file.abs, line, column: col };
  }
  return null;
}
