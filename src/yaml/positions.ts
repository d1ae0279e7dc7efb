// Positions of YAML nodes by key path, so every finding about a compose file or config
// points at a real line and column.
import { isMap, isSeq, isPair, isScalar, isAlias, visit, LineCounter, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourceLoc } from '../files/types';
import { getOrCompute } from '../util/maps';

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
  return findNodeFrom(doc, doc.contents, path);
}

/** Like findNode, starting at a node of `doc` instead of its root. */
export function findNodeFrom(doc: Document, start: unknown, path: KeyPath): FoundNode | null {
  let current: unknown = start;
  let key: Node | null = null;
  for (const segment of path) {
    current = deref(doc, current);
    if (isMap(current)) {
      const pair = findPair(doc, current, String(segment), 0);
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

/**
 * The entries of a mapping as YAML merge sees them: its own pairs, then pairs merged in by
 * `<<` whose key the mapping (or an earlier source) does not already have.
 */
export function mappingPairs(doc: Document, map: unknown): Pair[] {
  const out: Pair[] = [];
  const seen = new Set<string>();
  const collect = (node: unknown, depth: number) => {
    const current = deref(doc, node);
    if (!isMap(current) || depth > 16) return;
    const merges: unknown[] = [];
    for (const pair of current.items as Pair[]) {
      const key = keyText(pair);
      if (key === null) continue;
      if (key === '<<') {
        const value = deref(doc, pair.value);
        merges.push(...(isSeq(value) ? value.items : [value]));
      } else if (!seen.has(key)) {
        seen.add(key);
        out.push(pair);
      }
    }
    for (const source of merges) collect(source, depth + 1);
  };
  collect(map, 0);
  return out;
}

/** Alias -> anchored node for a whole document, built once (Alias.resolve walks the document each call). */
const aliasTargetsByDoc = new WeakMap<Document, Map<Alias, unknown>>();

function aliasTargets(doc: Document): Map<Alias, unknown> {
  return getOrCompute(aliasTargetsByDoc, doc, findAliasTargets);
}

function findAliasTargets(doc: Document): Map<Alias, unknown> {
  const targets = new Map<Alias, unknown>();
  const anchors = new Map<string, unknown>();
  // Pre-order, document order: an alias refers to the last anchor of its name before it.
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, anchors.get(node.source) ?? null);
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

function deref(doc: Document, node: unknown): unknown {
  let seen = 0;
  while (isAlias(node) && seen++ < 32) node = aliasTargets(doc).get(node) ?? null;
  return node;
}

/** Mappings this large get a key index, so locating each of 20,000 services stays linear. */
const INDEX_FROM = 32;
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function ownPair(map: YAMLMap, wanted: string): Pair | null {
  const items = map.items as Pair[];
  if (items.length < INDEX_FROM) {
    for (const pair of items) if (isPair(pair) && keyText(pair) === wanted) return pair;
    return null;
  }
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of items) {
      const key = isPair(pair) ? keyText(pair) : null;
      if (key !== null && !index.has(key)) index.set(key, pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(wanted) ?? null;
}

function findPair(doc: Document, map: YAMLMap, wanted: string, depth: number): Pair | null {
  if (depth > 16) return null;
  const own = ownPair(map, wanted);
  if (own) return own;
  for (const pair of map.items as Pair[]) {
    if (!isPair(pair) || keyText(pair) !== '<<') continue;
    const value = deref(doc, pair.value);
    const sources = isSeq(value) ? value.items : [pair.value];
    for (const source of sources) {
      const merged = deref(doc, source);
      if (isMap(merged)) {
        const found = findPair(doc, merged, wanted, depth + 1);
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
