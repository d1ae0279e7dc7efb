// One compose file -> ComposeFile: YAML 1.2 core schema (as compose-go), `<<` merge keys,
// `!reset` / `!override` tags, multi-document files merged in order. Hostile input (binary,
// alias bombs, recursive aliases, huge nesting) becomes an error with a position; never a throw.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Alias, type Document, type Node, type Pair, type Scalar, type Tags } from 'yaml';
import type { ComposeFile, ComposeTagPath } from './types';
import { keyText } from '../yaml/positions';
import { fastLoadDocuments, isPlainYaml } from '../yaml/fast-load';
import { buildPlainLightPositions } from '../yaml/light-positions';
import { memo } from '../util/lazy';
import { mergeComposeConfigs, removePaths } from './merge';
import { BACKSLASH, CARRIAGE_RETURN, CLOSE_BRACE, CLOSE_BRACKET, DASH, DOUBLE_QUOTE, HASH, NEWLINE, OPEN_BRACE, OPEN_BRACKET, SPACE } from '../util/char-codes';

export interface LoadError {
  message: string;
  line: number;
  column: number;
}

/** Compose's own tags; the value is kept as written, the tag drives merging. */
const COMPOSE_TAGS: Tags = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (source: string) => source },
  { tag, collection: 'map' as const },
  { tag, collection: 'seq' as const },
]);

/** Aliases may add this many nodes beyond the file's own before it counts as an alias bomb. */
const MIN_ALIAS_EXPANSION = 100_000;
const ALIAS_EXPANSION_FACTOR = 10;
const MAX_ERRORS_PER_FILE = 20;
/** The error of a file with no content; an override or included file may be empty. */
export const EMPTY_COMPOSE_FILE = 'empty compose file';

export function parseComposeFile(abs: string, bytes: Buffer | string): ComposeFile {
  const lineCounter = new LineCounter();
  const file: ComposeFile = { abs, text: '', documents: [], errors: [], data: null, lineCounter, tagPaths: [] };
  const text = decodeText(bytes);
  if (text === null) return failed(file, 'not a text file (binary content)');
  file.text = text;
  const tooDeep = nestingLimitOffset(text);
  if (tooDeep >= 0) {
    file.errors.push({ message: `nesting too deep (more than ${MAX_NESTING} levels)`, ...positionAt(text, tooDeep) });
    return file;
  }
  if (isPlainYaml(text) && loadPlain(file)) return file;
  try {
    loadDocuments(file, lineCounter);
  } catch (error) {
    // Deep nesting overflows the stack of the YAML parser; anything else is a parser bug.
    const reason = error instanceof RangeError ? 'nesting too deep' : error instanceof Error ? error.message : String(error);
    file.data = null;
    file.errors.push({ message: `cannot load YAML: ${reason}`, line: 1, column: 1 });
  }
  return file;
}

function parseDocuments(text: string, lineCounter: LineCounter): Document.Parsed[] {
  return parseAllDocuments(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: true,
    // yaml's own check scans the mapping for every key (quadratic on 20,000 services); analyseDocument does it with a Set.
    uniqueKeys: false,
    prettyErrors: false,
    customTags: COMPOSE_TAGS,
  }) as Document.Parsed[];
}

/**
 * A plain file (see src/yaml/fast-load.ts): data from js-yaml; light positions, and the position documents
 * where those cannot answer, built on first use.
 * False when the file is not a clean single mapping per document; the full path then decides.
 */
function loadPlain(file: ComposeFile): boolean {
  const documents = fastLoadDocuments(file.text);
  if (!documents) return false;
  const filled = documents.filter((doc) => doc !== null && doc !== undefined);
  if (filled.length === 0 || !filled.every((doc) => typeof doc === 'object' && !Array.isArray(doc))) return false;
  let data: Record<string, unknown> = {};
  for (const doc of filled) data = filled.length === 1 ? (doc as Record<string, unknown>) : mergeComposeConfigs(data, doc as Record<string, unknown>);
  file.data = data;
  let parsed: { documents: Document.Parsed[]; lineCounter: LineCounter } | null = null;
  const positions = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { documents: parseDocuments(file.text, lineCounter), lineCounter };
    }
    return parsed;
  };
  Object.defineProperty(file, 'documents', { get: () => positions().documents, enumerable: true, configurable: true });
  Object.defineProperty(file, 'lineCounter', { get: () => positions().lineCounter, enumerable: true, configurable: true });
  // Locating reads these first; the `yaml` documents above are built only where they cannot answer.
  file.light = memo(() => buildPlainLightPositions(file.text));
  return true;
}

function loadDocuments(file: ComposeFile, lineCounter: LineCounter): void {
  const documents = parseDocuments(file.text, lineCounter);
  file.documents = documents;
  // Positions from the text itself: after a stream-level parse error the yaml LineCounter can miss
  // a line break (inside a block scalar) and place later errors past the end of their line.
  const report = (message: string, offset: number) => {
    if (file.errors.length >= MAX_ERRORS_PER_FILE) return;
    file.errors.push({ message, ...positionAt(file.text, offset) });
  };

  for (const doc of documents) {
    for (const error of doc.errors) report(yamlErrorMessage(error.message), error.pos[0]);
  }
  if (file.errors.length > 0) return;

  const filled = documents.filter((doc) => !isEmptyContents(doc.contents));
  if (filled.length === 0) return void report(EMPTY_COMPOSE_FILE, 0);

  let data: Record<string, unknown> = {};
  const tagPaths: ComposeTagPath[] = [];
  for (const doc of filled) {
    const contents = doc.contents as Node;
    if (!isMap(contents)) {
      report(`the top level of a compose file must be a mapping, not ${describe(contents)}`, contents.range?.[0] ?? 0);
      continue;
    }
    const analysis = analyseDocument(contents, report);
    if (file.errors.length > 0) continue;
    let own = doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown>;
    const docTags = analysis.hasTags ? collectTagPaths(contents, analysis.aliasTargets) : [];
    const resets = docTags.filter((t) => t.tag === 'reset').map((t) => t.path);
    own = removePaths(own, [...resets].reverse(), true);
    data = mergeComposeConfigs(
      removePaths(
        data,
        docTags.map((t) => t.path),
      ),
      own,
    );
    tagPaths.push(...docTags);
  }
  if (file.errors.length > 0) return;
  file.data = data;
  file.tagPaths = tagPaths;
}

/**
 * The YAML parser recurses once per nesting level, and V8 may abort the whole process (not throw)
 * when that overflows the stack; so a file nested deeper than this is rejected before parsing.
 */
const MAX_NESTING = 256;

/**
 * Block nesting deeper than MAX_NESTING needs a line indented by at least MAX_NESTING columns (each
 * level is indented further than the one it is in); flow nesting needs more than MAX_NESTING brackets.
 */
const DEEP_INDENT = new RegExp(`^[ -]{${MAX_NESTING}}`, 'm');

/** Whether a text has more than `limit` of the flow brackets `[` and `{` (quoted or not). */
function hasMoreBrackets(text: string, limit: number): boolean {
  let count = 0;
  for (const bracket of ['[', '{']) {
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) if (++count > limit) return true;
  }
  return false;
}

/** Offset where flow (`[{`) or block (indentation) nesting first exceeds MAX_NESTING; -1 if never. */
function nestingLimitOffset(text: string): number {
  // Almost every file is far from the limit; the exact walk below reads every character.
  if (!DEEP_INDENT.test(text) && !hasMoreBrackets(text, MAX_NESTING)) return -1;
  // Character codes, not one-character strings: this reads every character of every compose file.
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (lineStart) {
      lineStart = false;
      let column = 0;
      let j = i;
      // Leading spaces and `- ` sequence indicators both open a block level.
      while (j < text.length && (text.charCodeAt(j) === SPACE || (text.charCodeAt(j) === DASH && text.charCodeAt(j + 1) === SPACE))) {
        j++;
        column++;
      }
      const rest = text.charCodeAt(j); // NaN at the end
      if (rest !== NEWLINE && rest !== CARRIAGE_RETURN && rest !== HASH && j < text.length && flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop();
        indents.push(column);
        if (indents.length > MAX_NESTING) return j;
      }
    }
    if (ch === NEWLINE) lineStart = true;
    else if (ch === HASH && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if (ch === DOUBLE_QUOTE) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== DOUBLE_QUOTE) j += text.charCodeAt(j) === BACKSLASH ? 2 : 1;
      i = j;
    } else if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
      if (++flow > MAX_NESTING) return i;
    } else if ((ch === CLOSE_BRACKET || ch === CLOSE_BRACE) && flow > 0) flow--;
  }
  return -1;
}

function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function failed(file: ComposeFile, message: string): ComposeFile {
  file.errors.push({ message, line: 1, column: 1 });
  return file;
}

/** UTF-8 text without a BOM, or null for binary content (a NUL byte or invalid UTF-8). */
function decodeText(bytes: Buffer | string): string | null {
  if (typeof bytes === 'string') return bytes.includes('\0') ? null : bytes.replace(/^\uFEFF/, '');
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isEmptyContents(contents: unknown): boolean {
  return contents === null || contents === undefined || (isScalar(contents) && contents.value === null && !contents.tag);
}

function describe(node: Node): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'null' : `a ${typeof node.value} value`;
  return 'an alias';
}

function yamlErrorMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

interface Analysis {
  hasTags: boolean;
  /** Each alias node and the anchored node it refers to (the last anchor of that name before it). */
  aliasTargets: Map<Alias, Node>;
}

/**
 * One pass over the node tree, in document order: resolves every alias to its anchor, rejects
 * unknown and recursive aliases, duplicate and non-string keys and `<<` of a non-mapping, and measures the
 * size the aliases expand the document to, so an alias bomb is an error before any expansion.
 */
function analyseDocument(root: Node, report: (message: string, offset: number) => void): Analysis {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const aliasTargets = new Map<Alias, Node>();
  let ownNodes = 0;
  let hasTags = false;
  let biggestAlias: { node: Alias; size: number } | null = null;
  const offset = (node: { range?: unknown } | null | undefined) => (node?.range as number[] | undefined)?.[0] ?? 0;

  const measure = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return (report(`unknown anchor: *${node.source} is used before any &${node.source}`, offset(node)), 1);
      const size = sizes.get(target);
      if (size === undefined) return (report(`recursive alias: *${node.source} refers to a node that contains it`, offset(node)), 1);
      aliasTargets.set(node, target);
      if (!biggestAlias || size > biggestAlias.size) biggestAlias = { node, size };
      return size;
    }
    const current = node as Node;
    ownNodes++;
    if (current.anchor) anchors.set(current.anchor, current);
    if (current.tag === '!reset' || current.tag === '!override') hasTags = true;
    let size = 1;
    if (isMap(current)) {
      const seen = new Set<string>();
      for (const pair of current.items as Pair[]) {
        checkKey(pair);
        const key = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : null;
        if (key !== null && seen.has(key)) report(`duplicate key "${key}" (mapping key already defined)`, offset(pair.key as Node));
        if (key !== null) seen.add(key);
        size += measure(pair.key) + measure(pair.value);
        if (keyText(pair) === '<<' && isScalar(pair.key) && typeof pair.key.value === 'symbol') checkMergeSources(pair);
      }
    } else if (isSeq(current)) {
      for (const item of current.items) size += measure(item);
    }
    sizes.set(current, size);
    return size;
  };

  const checkKey = (pair: Pair) => {
    const key = pair.key as Node | null;
    if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'symbol')) return;
    const shown = isScalar(key) ? String(key.value) : isAlias(key) ? `*${key.source}` : 'a collection';
    report(`non-string key: ${shown} (compose keys must be strings; quote it)`, offset(key ?? (pair.value as Node | null)));
  };

  const resolve = (node: unknown): unknown => (isAlias(node) ? (aliasTargets.get(node) ?? null) : node);
  const checkMergeSources = (pair: Pair) => {
    if (isAlias(pair.value) && !aliasTargets.has(pair.value)) return; // already reported
    const value = resolve(pair.value);
    const sources = isSeq(value) ? value.items.map(resolve) : [value];
    if (!sources.every((source) => isMap(source))) report('merge key << requires a mapping or a list of mappings', offset(pair.value as Node));
  };

  const expanded = measure(root);
  const limit = Math.max(MIN_ALIAS_EXPANSION, ALIAS_EXPANSION_FACTOR * ownNodes);
  const found = biggestAlias as { node: Alias; size: number } | null;
  if (expanded - ownNodes > limit && found) {
    report(`excessive aliasing: aliases expand the document to ${count(expanded)} nodes (limit ${count(limit)}); a YAML alias bomb?`, offset(found.node));
  }
  return { hasTags, aliasTargets };
}

function count(n: number): string {
  return n < 1e12 ? n.toLocaleString('en-US') : n.toExponential(1);
}

/** Paths of `!reset`/`!override` nodes; `<<` merge sources count at the merging mapping's level. */
function collectTagPaths(root: Node, aliasTargets: Map<Alias, Node>): ComposeTagPath[] {
  const out: ComposeTagPath[] = [];
  const visit = (node: unknown, path: string[]): void => {
    const current = isAlias(node) ? aliasTargets.get(node) : (node as Node | null);
    if (!current) return;
    if (current.tag === '!reset' || current.tag === '!override') {
      out.push({ path, tag: current.tag === '!reset' ? 'reset' : 'override' });
      return;
    }
    if (isMap(current)) {
      for (const pair of current.items as Pair[]) {
        const key = keyText(pair);
        if (key === null) continue;
        if (key === '<<' && typeof (pair.key as Scalar).value === 'symbol') {
          const source = isAlias(pair.value) ? aliasTargets.get(pair.value) : pair.value;
          for (const item of isSeq(source) ? source.items : [source]) visit(item, path);
        } else {
          visit(pair.value, [...path, key]);
        }
      }
    } else if (isSeq(current)) {
      current.items.forEach((item, index) => visit(item, [...path, String(index)]));
    }
  };
  visit(root, []);
  return out;
}
