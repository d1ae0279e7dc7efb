// Positions inside one compose file (not the merged stack): findings about what a file itself
// says (its schema, its `version:` key) point into that file, override files included.
import type { ComposeFile } from './types';
import type { SourceLoc } from '../files/types';
import { findNode, nodeLoc, type KeyPath } from '../yaml/positions';

/**
 * Position of the key (atKey) or value at `path` in the file; when the path is not in the file
 * (a missing key), the nearest ancestor that is. The last document defining it wins, as in merging.
 */
export function locateInFile(file: ComposeFile, path: KeyPath, atKey: boolean): SourceLoc | null {
  if (!file.lineCounter) return null;
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    for (let d = file.documents.length - 1; d >= 0; d--) {
      const found = findNode(file.documents[d]!, prefix);
      if (!found) continue;
      const preferKey = atKey || length < path.length;
      const first = preferKey ? found.key : found.value;
      const second = preferKey ? found.value : found.key;
      const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
      if (loc) return loc;
    }
  }
  return { file: file.abs, line: 1, column: 1 };
}
