// The positions a stack split (split.ts) reads in the file it splits: the lines of a service's
// definition and the one-line scalars of its paths. The `yaml` document answers every case, but a
// plain file (src/yaml/fast-load.ts) has none until asked, and building it is a full parse by a
// parser nothing else in a lint run uses (~55 ms at 10,000 services, for five 10 KB stacks). The
// light positions answer the common case exactly: a definition in block style whose lines hold no
// comment and no block scalar, with one-line path values. Whatever they cannot answer beyond doubt
// goes to the document, so every answer is the one the document gives
// (test/plan/split-positions.test.ts compares the two on the corpus).
import { isAlias, isMap, isPair, isScalar, Scalar, visit, type Document, type Node, type Pair } from 'yaml';
import type { ComposeFile } from '../compose/types';
import { findLight, type LightNode, type LightPositions } from '../yaml/light-positions';
import { findNode, type KeyPath } from '../yaml/positions';

/** A service's definition: its key line to the last line of its value (1-based), and the key's indent. */
export interface Block {
  first: number;
  last: number;
  indent: number;
}

/** A one-line scalar: how it is written, its value, its 1-based line and column, and its source text. */
export interface LocatedScalar {
  type: typeof Scalar.PLAIN | typeof Scalar.QUOTE_DOUBLE | typeof Scalar.QUOTE_SINGLE;
  value: string;
  line: number;
  column: number;
  source: string;
}

/** The positions of one compose file for a split (its main file: `stack.files[0]`). */
export interface SplitPositions {
  /** Whether the file is one YAML document. */
  oneDocument(): boolean;
  /** Whether it uses anchors, aliases or merge keys. */
  usesAnchors(): boolean;
  /**
   * The definition of service `name` when it is a block mapping entry, else null. Lines are counted
   * in the file's own text, where the document's offsets point (CRLF included).
   */
  serviceBlock(name: string): Block | null;
  /** The scalar at `keyPath` when it is a one-line plain or quoted string, else null. */
  scalar(keyPath: KeyPath): LocatedScalar | null;
}

export function splitPositions(file: ComposeFile): SplitPositions {
  const lines = file.text.split('\n').map((l) => l.replace(/\r$/, ''));
  const light = lightSplitPositions(file, lines);
  const doc = () => file.documents[0]!;
  return {
    // A light answer means one document without anchors, aliases or merge keys.
    oneDocument: () => light !== null || file.documents.length === 1,
    usesAnchors: () => light === null && /[&*]|<</.test(file.text) && documentUsesAnchors(doc()),
    serviceBlock: (name) => light?.serviceBlock(name) ?? documentServiceBlock(doc(), file.text, lines, name),
    scalar: (keyPath) => light?.scalar(keyPath) ?? documentScalar(file, keyPath),
  };
}

/**
 * The light answers (null where the document must answer); null for a file they cannot serve: it
 * needs one document with no anchors, aliases or merge keys (none of their characters), and LF
 * line ends (the document's lines are counted in CR-stripped text).
 */
export function lightSplitPositions(file: ComposeFile, lines: string[]): Pick<SplitPositions, 'serviceBlock' | 'scalar'> | null {
  const light = !/[&*\r]|<</.test(file.text) ? file.light?.() : null;
  if (!light || light.documents.length !== 1) return null;
  const root = light.documents[0]!;
  return {
    serviceBlock: (name) => lightServiceBlock(root, light, file.text, lines, name),
    scalar: (keyPath) => lightScalar(root, light, file.text, keyPath),
  };
}

// ---------------------------------------------------------------- from the `yaml` document

function documentUsesAnchors(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor) found = true;
    },
    Pair(_key, pair) {
      if ((pair.key as { value?: unknown } | null)?.value === '<<' || String((pair.key as { value?: unknown } | null)?.value) === 'Symbol(<<)') found = true;
    },
  });
  return found;
}

/** The lines of a service's definition: its key line to the end of its value (block style only). */
function documentServiceBlock(doc: Document, text: string, lines: string[], name: string): Block | null {
  const services = findNode(doc, ['services'])?.value;
  if (!isMap(services) || services.flow) return null;
  const pair = (services.items as Pair[]).find((p) => isPair(p) && String((p.key as { value?: unknown }).value) === name);
  const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  const valueRange = (pair?.value as { range?: [number, number, number] } | undefined)?.range;
  if (!pair || !keyRange || !valueRange) return null;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const first = lineOf(keyRange[0]);
  let last = lineOf(Math.max(valueRange[1] - 1, keyRange[0]));
  while (last > first && (lines[last - 1] ?? '').trim() === '') last--;
  return { first, last, indent: indentOf(lines[first - 1] ?? '') };
}

/** A single-line scalar at a key path (the last document holding it). */
function documentScalar(file: ComposeFile, keyPath: KeyPath): LocatedScalar | null {
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
  return { type: found.type, value: found.value, line: pos.line, column: pos.col, source };
}

// ---------------------------------------------------------------- from the light positions (null: ask the document)

/**
 * The definition's lines where they are beyond doubt: its value is a block mapping whose last node
 * is a one-line scalar, no line from its key to the next entry holds a comment, a tab or a block
 * scalar, and the last of those lines that is not blank is that scalar's line.
 */
function lightServiceBlock(root: LightNode, light: LightPositions, text: string, lines: string[], name: string): Block | null {
  const services = findLight(root, ['services'])?.value;
  if (services?.kind !== 'map' || text[services.start] === '{') return null;
  const index = services.entries.findIndex((entry) => entry.key === name);
  const entry = services.entries[index];
  if (!entry || entry.value.kind !== 'map' || text[entry.value.start] === '{') return null;
  const first = light.linePos(entry.keyStart).line;
  const indent = indentOf(lines[first - 1]!);
  // Where the definition's text ends: the next line indented no deeper than its key.
  let end = first;
  while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) > indent)) end++;
  const next = services.entries[index + 1];
  // That line is the next service's key, or (for the last service) the next top-level key, or there is none.
  const after = next ?? (root.kind === 'map' ? root.entries[root.entries.findIndex((e) => e.key === 'services') + 1] : undefined);
  if (after ? light.linePos(after.keyStart).line !== end + 1 : end < lines.length) return null;
  // No comment, tab, block scalar or character outside printable ASCII (JavaScript's trim and YAML differ on some).
  for (let line = first; line <= end; line++) if (/[#\t|>]|[^\x20-\x7e]/.test(lines[line - 1]!)) return null;
  let last = end;
  while (last > first && lines[last - 1]!.trim() === '') last--;
  const tail = lastNode(entry.value);
  const located = tail.kind === 'scalar' ? lightScalarAt(tail, light, text) : null;
  if (!located || located.line !== last) return null;
  return { first, last, indent };
}

function lightScalar(root: LightNode, light: LightPositions, text: string, keyPath: KeyPath): LocatedScalar | null {
  const node = findLight(root, keyPath)?.value;
  return node?.kind === 'scalar' ? lightScalarAt(node, light, text) : null;
}

/** A string scalar written on one line, when its source reads back as exactly its value. */
function lightScalarAt(node: Extract<LightNode, { kind: 'scalar' }>, light: LightPositions, text: string): LocatedScalar | null {
  if (typeof node.value !== 'string') return null;
  const lineEnd = text.indexOf('\n', node.start);
  const rest = text.slice(node.start, lineEnd < 0 ? text.length : lineEnd);
  const quote = rest[0];
  let type: LocatedScalar['type'];
  let source: string;
  let value: string;
  if (quote === "'") {
    const close = /^'((?:[^']|'')*)'/.exec(rest);
    if (!close) return null;
    type = Scalar.QUOTE_SINGLE;
    source = close[0];
    value = close[1]!.replace(/''/g, "'");
  } else if (quote === '"') {
    // Escapes are left to the document.
    const close = /^"([^"\\]*)"/.exec(rest);
    if (!close) return null;
    type = Scalar.QUOTE_DOUBLE;
    source = close[0];
    value = close[1]!;
  } else {
    // A plain scalar that is all of the rest of its line (no comment, no flow punctuation after it).
    if (quote === '|' || quote === '>') return null;
    type = Scalar.PLAIN;
    source = rest.trimEnd();
    value = source;
  }
  if (value !== node.value) return null;
  const { line, col } = light.linePos(node.start);
  return { type, value, line, column: col, source };
}

/** The last node of a collection, depth first. */
function lastNode(node: LightNode): LightNode {
  let current = node;
  for (;;) {
    const children = current.kind === 'map' ? current.entries.map((e) => e.value) : current.kind === 'seq' ? current.items : [];
    if (children.length === 0) return current;
    current = children[children.length - 1]!;
  }
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
