// The positions a stack split reads (src/plan/split-positions.ts) must be the `yaml` document's
// wherever the light positions answer instead. Differential: for every YAML file of the corpus,
// the examples and a generated tree, each service's definition lines and every scalar a split can
// ask about, once through the light positions (and the document where they cannot answer) and
// once through the document alone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isSeq, type Document, type Node, type Pair } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseComposeFile } from '../../src/compose/parse-file';
import type { ComposeFile } from '../../src/compose/types';
import { lightSplitPositions, splitPositions } from '../../src/plan/split-positions';
import { keyText, type KeyPath } from '../../src/yaml/positions';
import { corpusYamlFiles, exampleAndGeneratedYamlFiles } from '../helpers/yaml-files';

/** Every key path of the documents that leads to a scalar. */
function scalarPaths(documents: Document.Parsed[]): KeyPath[] {
  const out: KeyPath[] = [];
  const walk = (node: unknown, at: KeyPath, depth: number) => {
    if (depth > 64) return;
    if (isMap(node)) {
      for (const pair of node.items as Pair[]) {
        const key = keyText(pair);
        if (key !== null) walk(pair.value, [...at, key], depth + 1);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...at, index], depth + 1));
    else out.push(at);
  };
  for (const doc of documents) walk(doc.contents as Node, [], 0);
  return out;
}

interface Compared {
  files: number;
  lightBlocks: number;
  lightScalars: number;
  differences: string[];
}

function compare(abs: string, text: string, into: Compared): void {
  const light = parseComposeFile(abs, text);
  if (!light.data) return;
  const full: ComposeFile = parseComposeFile(abs, text);
  delete full.light;
  into.files++;
  const differ = (what: string, a: unknown, b: unknown) => {
    const left = JSON.stringify(a);
    const right = JSON.stringify(b);
    if (left !== right && into.differences.length < 50) into.differences.push(`${abs} ${what}: light ${left}, yaml ${right}`);
  };
  const withLight = splitPositions(light);
  const documentOnly = splitPositions(full);
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const lightOnly = lightSplitPositions(light, lines);
  differ('oneDocument', withLight.oneDocument(), documentOnly.oneDocument());
  if (!documentOnly.oneDocument()) return;
  differ('usesAnchors', withLight.usesAnchors(), documentOnly.usesAnchors());
  const services = light.data.services;
  const names = services && typeof services === 'object' && !Array.isArray(services) ? Object.keys(services) : [];
  for (const name of [...names, '__missing__']) {
    differ(`serviceBlock ${name}`, withLight.serviceBlock(name), documentOnly.serviceBlock(name));
    if (lightOnly?.serviceBlock(name)) into.lightBlocks++;
  }
  for (const keyPath of scalarPaths(full.documents)) {
    differ(`scalar ${JSON.stringify(keyPath)}`, withLight.scalar(keyPath), documentOnly.scalar(keyPath));
    if (lightOnly?.scalar(keyPath)) into.lightScalars++;
  }
}

function compareFiles(files: string[]): Compared {
  const result: Compared = { files: 0, lightBlocks: 0, lightScalars: 0, differences: [] };
  for (const file of files) compare(file, readFileSync(file, 'utf8'), result);
  return result;
}

describe('split positions', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'svclint-splitpos-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('agree with the yaml documents on every YAML file of the corpus', () => {
    const files = corpusYamlFiles();
    expect(files.length).toBeGreaterThan(1900);
    const result = compareFiles(files);
    console.log(`split positions: ${result.files} corpus files, ${result.lightBlocks} definitions and ${result.lightScalars} scalars answered light`);
    expect(result.differences).toEqual([]);
    expect(result.lightBlocks).toBeGreaterThan(500);
    expect(result.lightScalars).toBeGreaterThan(5000);
  });

  it('agree on the examples and a generated tree', () => {
    const files = exampleAndGeneratedYamlFiles(tmp);
    const result = compareFiles(files);
    expect(result.differences).toEqual([]);
    expect(result.lightBlocks).toBeGreaterThan(100);
  });

  // Each form a definition can take; the ones light positions cannot answer exactly go to the document.
  const forms: [string, string, 'light' | 'document'][] = [
    ['plain definitions', 'services:\n  a:\n    image: x\n    volumes:\n      - ./a:/a\n  b:\n    image: "y"\n', 'light'],
    ['blank lines between and after', 'services:\n  a:\n    image: x\n\n\n  b:\n    image: y\n\nvolumes:\n  v: {}\n', 'light'],
    ['a quoted last value', 'services:\n  a:\n    volumes:\n      - \'./a b:/a\'\n      - "./c:/c"\nx-z: 1\n', 'light'],
    ['a trailing comment inside', 'services:\n  a:\n    image: x\n    # note\n  b:\n    image: y\n', 'document'],
    ['a comment at the top level after', 'services:\n  a:\n    image: x\n# end\n', 'document'],
    ['a comment between definitions', 'services:\n  a:\n    image: x\n  # b next\n  b:\n    image: y\n', 'document'],
    ['a block scalar last', 'services:\n  a:\n    command: |\n      run\n\n  b:\n    image: y\n', 'document'],
    ['a multi-line plain scalar last', 'services:\n  a:\n    command: run\n      more\n  b:\n    image: y\n', 'document'],
    ['a multi-line flow sequence last', 'services:\n  a:\n    command: [\n      run\n    ]\n  b:\n    image: y\n', 'document'],
    ['a sequence at the key indent', 'services:\n  a:\n    ports:\n    - "80:80"\n  b:\n    image: y\n', 'light'],
    ['an empty value last', 'services:\n  a:\n    image: x\n    environment:\n  b:\n    image: y\n', 'document'],
    ['a number last', 'services:\n  a:\n    image: x\n    stop_grace_period: 10\n', 'document'],
    ['escapes in a double-quoted value', 'services:\n  a:\n    volumes:\n      - "./a\\u0062:/a"\n', 'document'],
    ['a flow definition', 'services:\n  a: {image: x}\n  b:\n    image: y\n', 'document'],
    ['CRLF', 'services:\r\n  a:\r\n    image: x\r\n  b:\r\n    image: y\r\n', 'document'],
    ['tabs after a value', 'services:\n  a:\n    image: x\t\n', 'document'],
    ['trailing spaces', 'services:\n  a:\n    image: x   \n  b:\n    image: y  \n', 'light'],
    ['a non-ASCII value', 'services:\n  a:\n    image: x\n    environment:\n      - "NAME=\u00e9t\u00e9"\n', 'document'],
    ['document end', 'services:\n  a:\n    image: x\n...\n', 'document'],
    ['two documents', 'services:\n  a:\n    image: x\n---\nservices:\n  b:\n    image: y\n', 'document'],
    ['anchors', 'x-a: &a x\nservices:\n  a:\n    image: *a\n', 'document'],
  ];
  it.each(forms)('%s', (_name, text, expected) => {
    const result: Compared = { files: 0, lightBlocks: 0, lightScalars: 0, differences: [] };
    compare('/virtual/compose.yaml', text, result);
    expect(result.files).toBe(1);
    expect(result.differences).toEqual([]);
    // Who answers for the first definition, 'a'.
    const file = parseComposeFile('/virtual/compose.yaml', text);
    const light = lightSplitPositions(file, text.split('\n'))?.serviceBlock('a') ?? null;
    expect(light === null ? 'document' : 'light').toBe(expected);
  });
});
