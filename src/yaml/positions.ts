// Positions of YAML nodes by key path, so every finding about a compose file or config
// points at a real line and column.
import { isMap, isSeq, isPair, isScalar, isAlias, LineCounter, type Document, type Node, type Pair } from 'yaml';
import type { SourceLoc } from '../types';

export type KeyPath = readonly (string | number)[];

/** A located node: the value node and, for mapping entries, the key node. */
export interface FoundNode {
  key: Node | null;
  value: Node | null;
}

/** Text of a mapping key; a `<<` merge key (a Symbol when parsed with `merge: true`) is '<<'. */
export function keyText(pair: Pair): string | null {
  const key = pair.key;
  if (isScalar(key)) return typeof key.value === 'symbol' ? (key.value.description ?? null) : String(key.value);
  if (key === null || key === undefined) return null;
  return typeof key === 'object' ? null : String(key);
}

/**
 * Walks a parsed document along a key path without resolving aliases into copies
 * (aliases are followed to their anchor so a merged value still has a position).
 * Merge keys (`<<`) are searched after the mapping's own keys, as YAML merge gives own keys precedence.
 */
export function findNode(doc: Document, path: KeyPath): FoundNode | null {
  let current: unknown = doc.contents;
  let key: Node | null = null;
  for (const segment of path) {
    current = deref(doc, current);
    if (isMap(current)) {
      const pair = findPair(doc, current.items as Pair[], String(segment), 0);
      if (!pair) return null;
      key = (pair.key as Node) ?? null;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
      key = null;
      if (current === undefined) return null;
    } else {
      return null;
    }
  }
  const value = deref(doc, current);
  return { key, value: (value as Node) ?? null };
}

function deref(doc: Document, node: unknown): unknown {
  let seen = 0;
  while (isAlias(node) && seen++ < 32) node = node.resolve(doc) ?? null;
  return node;
}

function findPair(doc: Document, items: Pair[], wanted: string, depth: number): Pair | null {
  if (depth > 16) return null;
  for (const pair of items) {
    if (isPair(pair) && keyText(pair) === wanted) return pair;
  }
  for (const pair of items) {
    if (!isPair(pair) || keyText(pair) !== '<<') continue;
    const sources = isSeq(deref(doc, pair.value)) ? (deref(doc, pair.value) as { items: unknown[] }).items : [pair.value];
    for (const source of sources) {
      const map = deref(doc, source);
      if (isMap(map)) {
        const found = findPair(doc, map.items as Pair[], wanted, depth + 1);
        if (found) return found;
      }
    }
  }
  return null;
}

/** 1-based location of a character offset. */
export function offsetToLoc(file: string, lineCounter: LineCounter, offset: number): SourceLoc {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}

/** Location of a node's start, or null when the node has no range (synthesised nodes). */
export function nodeLoc(file: string, lineCounter: LineCounter, node: Node | null | undefined): SourceLoc | null {
  const range = node?.range;
  if (!range) return null;
  return offsetToLoc(file, lineCounter, range[0]);
}
