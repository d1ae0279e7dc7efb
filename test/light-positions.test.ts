// Light positions (src/yaml/light-positions.ts) must give every finding the line and column the
// `yaml` document gives it. Differential: for every YAML file of the corpus, the examples and a
// generated tree, every node path the locators can be asked about (each key, value and sequence
// item, each path's missing child, the root), through the real locators, once with the light
// positions and once with the `yaml` documents they replace.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isSeq, type Document, type Node, type Pair } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseComposeFile } from '../src/compose/parse-file';
import { locateExact, locateIn } from '../src/compose/project';
import { locateInFile } from '../src/compose/locate-file';
import { serviceEntries } from '../src/compose/stack';
import { buildLightPositions } from '../src/yaml/light-positions';
import { isPlainYaml } from '../src/yaml/fast-load';
import { keyText, type KeyPath } from '../src/yaml/positions';
import type { ComposeFile } from '../src/compose/types';
import { corpusYamlFiles, exampleAndGeneratedYamlFiles } from './helpers/yaml-files';

/** Every key path of the documents, with a missing key and an out-of-range index below each collection. */
function pathsOf(documents: Document.Parsed[]): KeyPath[] {
  const out: KeyPath[] = [[], ['__missing__']];
  const walk = (node: unknown, at: KeyPath, depth: number) => {
    if (depth > 64) return;
    if (isMap(node)) {
      out.push([...at, '__missing__']);
      for (const pair of node.items as Pair[]) {
        const key = keyText(pair);
        if (key === null) continue;
        out.push([...at, key]);
        walk(pair.value, [...at, key], depth + 1);
      }
    } else if (isSeq(node)) {
      out.push([...at, node.items.length], [...at, 'x']);
      node.items.forEach((item, index) => {
        out.push([...at, index]);
        walk(item, [...at, index], depth + 1);
      });
    }
  };
  for (const doc of documents) walk(doc.contents as Node, [], 0);
  return out;
}

interface Compared {
  lightFiles: number;
  paths: number;
  differences: string[];
}

/** Compares the locators with and without light positions on one file's text. */
function compare(abs: string, text: string, into: Compared): void {
  const light = parseComposeFile(abs, text);
  const full: ComposeFile = parseComposeFile(abs, text);
  delete full.light;
  if (!isPlainYaml(text) && buildLightPositions(text) !== null) into.differences.push(`${abs}: light positions for a non-plain file`);
  if (!light.light?.()) return;
  into.lightFiles++;
  const differ = (what: string, a: unknown, b: unknown) => {
    const left = JSON.stringify(a);
    const right = JSON.stringify(b);
    if (left !== right && into.differences.length < 50) into.differences.push(`${abs} ${what}: light ${left}, yaml ${right}`);
  };
  for (const keyPath of pathsOf(full.documents)) {
    into.paths++;
    for (const atKey of [false, true]) {
      const what = `${JSON.stringify(keyPath)}${atKey ? ' key' : ''}`;
      differ(`locateExact ${what}`, locateExact(light, keyPath, atKey), locateExact(full, keyPath, atKey));
      differ(`locateIn ${what}`, locateIn(light, keyPath, atKey), locateIn(full, keyPath, atKey));
      differ(`locateInFile ${what}`, locateInFile(light, keyPath, atKey), locateInFile(full, keyPath, atKey));
    }
  }
  differ('serviceEntries', serviceEntries(light), serviceEntries(full));
}

function compareFiles(files: string[]): Compared {
  const result: Compared = { lightFiles: 0, paths: 0, differences: [] };
  for (const file of files) compare(file, readFileSync(file, 'utf8'), result);
  return result;
}

describe('light positions', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'svclint-lightpos-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('agree with the yaml documents on every YAML file of the corpus', () => {
    const files = corpusYamlFiles();
    expect(files.length).toBeGreaterThan(1900);
    const result = compareFiles(files);
    console.log(`light positions: ${result.lightFiles} of ${files.length} corpus files, ${result.paths} paths compared`);
    expect(result.differences).toEqual([]);
    expect(result.lightFiles).toBeGreaterThan(1000);
  });

  it('agree on the examples and a generated tree', () => {
    const files = exampleAndGeneratedYamlFiles(tmp);
    const result = compareFiles(files);
    expect(result.differences).toEqual([]);
    expect(result.lightFiles).toBeGreaterThan(100);
  });

  // Each form the locator can meet; the forms light positions cannot answer exactly must give null (the yaml documents answer).
  const forms: [string, string, 'light' | 'fallback'][] = [
    ['block mapping and sequence', 'services:\n  web:\n    image: a\n    ports:\n      - "80:80"\n      - 443\n', 'light'],
    ['sequence at the parent indent', 'services:\n  web:\n    command:\n    - a\n    - b\n', 'light'],
    ['block scalars', 'x-a: |\n  one\n  two\nx-b: >-\n  folded\nx-c: |+\n\nx-d: last\n', 'light'],
    ['flow collections', 'services: {web: {image: a, ports: ["80:80", 443]}, db: {}}\nx-e: []\n', 'light'],
    ['null values', 'x-a:\nx-b: # comment\nx-c:   \nx-d: ~\nx-e: null\nx-f:\n  x-g:\nx-h:\t\n', 'light'],
    ['multi-line scalars', 'x-a: one\n  two\nx-b: "q\n  r"\nx-c: \'s\n\n  t\'\n', 'light'],
    ['quoted values', 'x-a: "1"\nx-b: \'2\'\nx-c: "a\\tb"\n', 'light'],
    ['quoted keys (not plain)', '"x-a": "1"\n\'x b\': \'2\'\n"80": x\n', 'fallback'],
    ['comments everywhere', '# head\nservices: # c\n  # c\n  web: # c\n    image: a # c\n# tail\n', 'light'],
    ['CRLF', 'services:\r\n  web:\r\n    image: a\r\n    x:\r\n', 'light'],
    ['UTF-16 columns', 'x-a: "😀"\nx-b: { a: "😀", b: c }\n', 'light'],
    ['multi-document', 'services:\n  web:\n    image: a\n---\nservices:\n  web:\n    image: b\n', 'light'],
    ['document markers', '---\nservices:\n  web: {image: a}\n...\n---\nx-a: 1\n', 'light'],
    ['nested sequences and compact mappings', 'x-a:\n  - - a\n    - b\n  - k: 1\n    l: 2\n  - [c, {d: e}]\n  - {f: g}\n  - "h"\n', 'light'],
    ['flow collection as a mapping value in a sequence', 'x-a:\n  - k: [a, b]\n    l: {c: d}\n', 'light'],
    ['empty sequence item', 'x-a:\n  -\n  - b\n', 'fallback'],
    ['pair in a flow sequence', 'x-a: [a: b]\n', 'fallback'],
    ['flow mapping key without value', 'x-a: {a, b: c}\n', 'fallback'],
    ['empty document', 'x-a: 1\n---\n', 'fallback'],
    ['anchors and aliases', 'x-a: &a {image: b}\nservices:\n  web: *a\n', 'fallback'],
    ['merge keys', 'x-a: &a {image: b}\nservices:\n  web:\n    <<: *a\n', 'fallback'],
    ['comments only', '# nothing\n', 'fallback'],
    ['lone CR', 'x-a: 1\rx-b: 2\n', 'fallback'],
  ];
  it.each(forms)('%s', (_name, text, expected) => {
    const result: Compared = { lightFiles: 0, paths: 0, differences: [] };
    compare('/virtual/compose.yaml', text, result);
    expect(result.differences).toEqual([]);
    expect(result.lightFiles).toBe(expected === 'light' ? 1 : 0);
  });
});
