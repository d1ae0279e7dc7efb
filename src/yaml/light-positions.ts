// Light position nodes for plain files (src/yaml/fast-load.ts): the start offset of every key and
// value, built from js-yaml's own open/close events instead of a full `yaml` document (which costs
// ~10x the time and most of the allocation of a 10,000-service run). Each start is the offset the
// `yaml` package gives the same node (range[0]), so a finding's line and column do not change;
// test/yaml/light-positions.test.ts checks that against `yaml` for every file of the corpus.
//
// Only what can be answered exactly is answered: any structure the events do not map one to one
// onto the data (an empty sequence item, a single-pair mapping inside a flow sequence, an empty
// document, a lone CR line break, ...) makes the builder return null, and the caller falls back to
// the `yaml` document. A wrong position is never given.
import jsYaml from 'js-yaml';
import type { KeyPath } from './positions';
import { isPlainYaml, YAML_1_2_CORE } from './fast-load';
import { lineAndColumn, newlineStarts } from '../util/search';

/** One node: where it starts, and its children for mappings and sequences. */
export type LightNode =
  | { kind: 'scalar'; start: number; value: unknown }
  | { kind: 'map'; start: number; entries: LightEntry[]; byKey: Map<string, LightEntry> }
  | { kind: 'seq'; start: number; items: LightNode[] };

/** A mapping entry: the key's start and the value node (a null value starts where `yaml` puts its empty scalar). */
export interface LightEntry {
  key: string;
  keyStart: number;
  value: LightNode;
}

export interface LightPositions {
  /** One root mapping per document, in order. */
  documents: LightNode[];
  /** 1-based line and column of an offset, as the `yaml` LineCounter gives them. */
  linePos(offset: number): { line: number; col: number };
}

/** The light positions of a plain file, or null when they could differ from the `yaml` document's. */
export function buildLightPositions(text: string): LightPositions | null {
  return isPlainYaml(text) ? buildPlainLightPositions(text) : null;
}

/**
 * buildLightPositions for a text isPlainYaml has accepted already (a compose file loaded by the fast
 * path): the check is not run again (~15 % of the cost).
 */
export function buildPlainLightPositions(text: string): LightPositions | null {
  // Anchors, aliases, merge keys and tags (isPlainYaml): `yaml` locates an alias at its anchor,
  // js-yaml's events cannot tell. And js-yaml breaks lines at a lone CR, `yaml` does not.
  if (/\r(?!\n)/.test(text)) return null;
  const builder = new Builder(text);
  const data: unknown[] = [];
  try {
    jsYaml.loadAll(text, (doc) => data.push(doc), { schema: YAML_1_2_CORE, json: false, listener: (event, state) => builder.event(event, state) });
  } catch {
    return null;
  }
  if (builder.failed || builder.roots.length !== data.length) return null;
  const documents: LightNode[] = [];
  for (let d = 0; d < data.length; d++) {
    const root = builder.roots[d]!;
    if (root.node?.kind !== 'map' || root.result !== data[d]) return null;
    documents.push(root.node);
  }
  let lineStarts: number[] | null = null;
  const linePos = (offset: number) => {
    lineStarts ??= newlineStarts(text);
    const { line, column } = lineAndColumn(lineStarts, offset);
    return { line, col: column };
  };
  return { documents, linePos };
}

/** The key's start (null for the root and sequence items) and the value node at `path`; null when the document does not hold it. */
export function findLight(root: LightNode, path: KeyPath): { key: number | null; value: LightNode } | null {
  let current = root;
  let key: number | null = null;
  for (const segment of path) {
    if (current.kind === 'map') {
      const entry = current.byKey.get(String(segment));
      if (!entry) return null;
      key = entry.keyStart;
      current = entry.value;
    } else if (current.kind === 'seq' && typeof segment === 'number') {
      const item = current.items[segment];
      if (!item) return null;
      key = null;
      current = item;
    } else {
      return null;
    }
  }
  return { key, value: current };
}

/** A node closed by js-yaml: its span, what js-yaml made of it, and its light node (null when it read nothing). */
interface Closed {
  start: number;
  end: number;
  result: unknown;
  node: LightNode | null;
}

interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
}

/** The children of a node that closed none (most nodes are scalars). */
const NO_CHILDREN: readonly Closed[] = [];

class Builder {
  roots: Closed[] = [];
  failed = false;
  /** The open nodes, innermost last: where each opened, and the nodes closed inside it (null until one is). */
  private readonly openAt: number[] = [];
  private readonly openChildren: (Closed[] | null)[] = [];

  constructor(private readonly text: string) {}

  event(event: 'open' | 'close', state: ListenerState): void {
    if (event === 'open') {
      this.openAt.push(state.position);
      this.openChildren.push(null);
      return;
    }
    const at = this.openAt.pop()!;
    const closed = this.close(at, this.openChildren.pop() ?? NO_CHILDREN, state);
    const parent = this.openChildren.length - 1;
    if (parent < 0) this.roots.push(closed);
    else (this.openChildren[parent] ??= []).push(closed);
  }

  private close(at: number, children: readonly Closed[], state: ListenerState): Closed {
    const start = skipSeparation(this.text, at);
    const closed: Closed = { start, end: state.position, result: state.result, node: null };
    // A block mapping probe that read a flow collection as a would-be key keeps that node as its own.
    const only = children.length === 1 ? children[0]! : null;
    if (only?.node && only.node.kind !== 'scalar' && only.start === start && only.result === state.result) closed.node = only.node;
    else if (state.kind === 'scalar') closed.node = { kind: 'scalar', start, value: state.result };
    else if (state.kind === 'mapping') closed.node = this.mapping(start, children, state.result as Record<string, unknown>);
    else if (state.kind === 'sequence') closed.node = this.sequence(start, children, state.result as unknown[]);
    return closed;
  }

  /**
   * The children that read something alternate key, value; a key (a string scalar followed by `:`)
   * without a value node has a null value.
   */
  private mapping(start: number, children: readonly Closed[], result: Record<string, unknown>): LightNode | null {
    const entries: LightEntry[] = [];
    const byKey = new Map<string, LightEntry>();
    for (let i = nextRead(children, 0); i < children.length;) {
      const key = children[i]!;
      const colon = colonAfter(this.text, key.end);
      if (key.node!.kind !== 'scalar' || typeof key.result !== 'string' || colon < 0) return this.fail();
      const following = nextRead(children, i + 1);
      const next = children[following];
      let value: LightNode;
      let valueResult: unknown;
      if (next && colonAfter(this.text, next.end) < 0) {
        value = next.node!;
        valueResult = next.result;
        i = nextRead(children, following + 1);
      } else {
        value = { kind: 'scalar', start: emptyValueStart(this.text, colon), value: null };
        valueResult = null;
        i = following;
      }
      if (byKey.has(key.result) || !Object.hasOwn(result, key.result) || !Object.is(result[key.result], valueResult)) return this.fail();
      const entry = { key: key.result, keyStart: key.start, value };
      entries.push(entry);
      byKey.set(key.result, entry);
    }
    if (entries.length !== Object.keys(result).length) return this.fail();
    return { kind: 'map', start, entries, byKey };
  }

  /** The children that read something are the items, each what js-yaml made of it. */
  private sequence(start: number, children: readonly Closed[], result: unknown[]): LightNode | null {
    const items: LightNode[] = [];
    for (const child of children) {
      if (child.node === null) continue;
      if (items.length >= result.length || !Object.is(child.result, result[items.length])) return this.fail();
      items.push(child.node);
    }
    if (items.length !== result.length) return this.fail();
    return { kind: 'seq', start, items };
  }

  private fail(): null {
    this.failed = true;
    return null;
  }
}

/** Index of the first child from `from` on that read something (a node), or children.length. */
function nextRead(children: readonly Closed[], from: number): number {
  let i = from;
  while (i < children.length && children[i]!.node === null) i++;
  return i;
}

/** Past spaces, tabs, line breaks and comments: where js-yaml's node reading starts. */
function skipSeparation(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') i++;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else break;
  }
  return i;
}

/** Offset of the `:` right after a key (spaces and tabs between), or -1. */
function colonAfter(text: string, end: number): number {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' ? i : -1;
}

/** Where `yaml` puts the empty scalar of `key:`: after the colon and the spaces that follow it. */
function emptyValueStart(text: string, colon: number): number {
  let i = colon + 1;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}
