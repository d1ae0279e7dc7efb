// The build bundles js-yaml with the patches of scripts/js-yaml-patches.mjs. They must change nothing
// js-yaml returns, throws, warns or tells a listener: the patched module and the original are both
// loaded here and run side by side over every YAML file of the corpus, inputs made for each patch
// (merge keys, duplicate keys, __proto__, tags, anchors, non-printable characters, errors) and random
// YAML-like texts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type jsYamlModule from 'js-yaml';
import { JS_YAML_PATCHES, patchJsYaml } from '../scripts/js-yaml-patches.mjs';
import { corpusDir } from './helpers/cli';

type JsYaml = typeof jsYamlModule;

const require = createRequire(import.meta.url);
const SOURCE_FILE = path.join(path.dirname(require.resolve('js-yaml/package.json')), 'dist', 'js-yaml.mjs');

let tempDir = '';
let original: JsYaml;
let patched: JsYaml;

beforeAll(async () => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'svclint-js-yaml-'));
  const source = readFileSync(SOURCE_FILE, 'utf8');
  const load = async (name: string, text: string) => {
    const file = path.join(tempDir, name);
    writeFileSync(file, text);
    return ((await import(pathToFileURL(file).href)) as { default: JsYaml }).default;
  };
  original = await load('original.mjs', source);
  patched = await load('patched.mjs', patchJsYaml(source, SOURCE_FILE));
});

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** The data as plain JSON-able terms: prototypes, own keys (`__proto__` included), shared nodes, NaN and -0 kept apart. */
function canonical(value: unknown, seen: Map<object, number> = new Map()): unknown {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Object.is(value, -0) ? '-0' : value;
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return value;
  const shared = seen.get(value);
  if (shared !== undefined) return { shared };
  seen.set(value, seen.size);
  if (Array.isArray(value)) return value.map((item) => canonical(item, seen));
  if (value instanceof Date) return { date: value.getTime() };
  if (value instanceof Uint8Array) return { bytes: [...value] };
  const proto = Object.getPrototypeOf(value) as object | null;
  return {
    proto: proto === Object.prototype ? 'Object' : proto === null ? 'null' : String(proto.constructor?.name),
    keys: Reflect.ownKeys(value).map((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
      return [String(key), descriptor.enumerable, descriptor.writable, canonical(descriptor.value, seen)];
    }),
  };
}

type Options = (yaml: JsYaml) => jsYamlModule.LoadOptions;
const OPTION_SETS: [string, Options][] = [
  ['default schema', () => ({})],
  ['core schema', (yaml) => ({ schema: yaml.CORE_SCHEMA })],
  ['json', () => ({ json: true })],
  ['failsafe schema', (yaml) => ({ schema: yaml.FAILSAFE_SCHEMA })],
  ['few merge keys', () => ({ maxTotalMergeKeys: 3 }) as jsYamlModule.LoadOptions],
];

/** All that loading `text` shows: documents, or the error with its position; warnings; and each listener event. */
function outcome(yaml: JsYaml, text: string, options: Options): unknown {
  const warnings: unknown[] = [];
  const events: unknown[] = [];
  const listener = (event: string, state: { position: number; line: number; kind: string | null; tag?: string | null; result: unknown }) => {
    events.push([
      event,
      state.position,
      state.line,
      state.kind,
      state.tag,
      event === 'close' && typeof state.result !== 'object' ? canonical(state.result) : null,
    ]);
  };
  const documents: unknown[] = [];
  let error: unknown = null;
  try {
    yaml.loadAll(text, (doc) => documents.push(doc), {
      ...options(yaml),
      listener,
      onWarning: (warning: jsYamlModule.YAMLException) => warnings.push([warning.message, warning.mark?.position]),
    } as jsYamlModule.LoadOptions);
  } catch (thrown) {
    const exception = thrown as jsYamlModule.YAMLException;
    error = [exception.name, exception.message, exception.mark?.position, exception.mark?.line, exception.mark?.column];
  }
  return { documents: canonical(documents), error, warnings, events };
}

/** The texts on which the patched module does not do what the original does (names only). */
function disagreements(texts: [string, string][]): string[] {
  const found: string[] = [];
  for (const [name, text] of texts) {
    for (const [optionsName, options] of OPTION_SETS) {
      try {
        expect(outcome(patched, text, options)).toEqual(outcome(original, text, options));
      } catch {
        found.push(`${name} (${optionsName})`);
      }
    }
  }
  return found;
}

/** Inputs for each patch: where its shortcut is taken and where it must not be. */
const MADE: [string, string][] = [
  ['duplicate key', 'a: 1\nb: 2\na: 3\n'],
  ['duplicate key in flow', '{a: 1, a: 2}\n'],
  ['duplicate key, one quoted', 'x: 1\n"x": 2\n'],
  ['merge then override', 'base: &b {a: 1, b: 2}\nuse:\n  <<: *b\n  a: 3\n'],
  ['merge then duplicate', 'base: &b {a: 1}\nuse:\n  <<: *b\n  a: 3\n  a: 4\n'],
  ['override then merge', 'base: &b {a: 1}\nuse:\n  a: 3\n  <<: *b\n'],
  ['merge list', 'x: &x {a: 1}\ny: &y {b: 2}\nz:\n  <<: [*x, *y]\n  b: 3\n'],
  ['merge in flow', 'x: &x {a: 1}\nz: {<<: *x, a: 2}\n'],
  ['merge in second document only', 'a: 1\na: 2\n---\nx: &x {a: 1}\nz: {<<: *x, a: 2}\n'],
  ['merge, then a duplicate in a later mapping', 'x: &x {a: 1}\nz: {<<: *x, a: 2}\nw:\n  k: 1\n  k: 2\n'],
  ['merge of a non-mapping', 'x: 1\nz:\n  <<: *x\n'],
  ['too many merge keys', 'x: &x {a: 1, b: 2, c: 3}\nz:\n  <<: *x\n'],
  ['__proto__ key', '__proto__: {polluted: true}\nother: 1\n'],
  ['__proto__ twice', '__proto__: 1\n__proto__: 2\n'],
  ['__proto__ merged', 'x: &x {__proto__: {a: 1}}\nz:\n  <<: *x\n  __proto__: 2\n'],
  ['constructor and toString keys', 'constructor: 1\ntoString: 2\nhasOwnProperty: 3\n'],
  ['tag on a new line', 'a:\n  !!str\n  b\n'],
  ['anchor on a new line before a mapping', 'a:\n  &x\n  b: 1\nc: *x\n'],
  ['anchor and tag', 'a: !!map &m\n  b: 1\nc: *m\n'],
  ['tag then anchor then mapping', '--- !!map &r\na: 1\n'],
  ['property on a sequence item', '- &i one\n- !!str two\n- *i\n'],
  ['duplicate tag', 'a: !!str !!str b\n'],
  ['duplicate anchor', 'a: &x &y b\n'],
  ['verbatim tag', 'a: !<tag:yaml.org,2002:str> 1\n'],
  ['unknown tag', 'a: !nope 1\n'],
  ['ampersand and bang inside scalars', 'a: b&c\nd: e!f\ng: "&h"\n'],
  ['control character in a plain scalar', 'a: b\x01c\n'],
  ['DEL in a plain scalar', 'a: b\x7fc\n'],
  ['C1 control in a plain scalar', 'a: b\x90c\n'],
  ['NEL in a plain scalar', 'a: b\x85c\n'],
  ['U+FFFE in a plain scalar', 'a: b\ufffec\n'],
  ['U+FFFF in a double-quoted scalar', 'a: "b\uffffc"\n'],
  ['lone high surrogate', 'a: b\ud800c\n'],
  ['lone low surrogate', 'a: b\udc00c\n'],
  ['low surrogate first', '\udc00: 1\n'],
  ['surrogate pair', 'a: b\ud83d\ude00c\n'],
  ['private use and BMP text', 'a: \ue000 \u00e9\u4e2d\ufffd\n'],
  ['control character in a comment', 'a: b # \x01\n'],
  ['control character in a block scalar', 'a: |\n  b\x02c\n'],
  ['control character in a single-quoted scalar', "a: 'b\x03c'\n"],
  ['tab in a plain scalar', 'a: b\tc\n'],
  ['folded plain scalar', 'a: b\n  c\n\n  d\n'],
  ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
  ['null byte', 'a: b\0c\n'],
  ['BOM and no final newline', '\ufeffa: 1'],
  ['CR line breaks', 'a: 1\rb: 2\r'],
  ['explicit keys', '? a\n: 1\n? [b]\n: 2\n? c\n'],
  ['complex keys', '[a, b]: 1\n{c: d}: 2\n'],
  ['empty', ''],
  ['several documents', 'a: 1\n---\n- b\n...\n--- c\n'],
  ['directive', '%YAML 1.2\n---\na: 1\n'],
  ['sets and pairs', 'a: !!set {b, c}\nd: !!omap [{e: 1}]\nf: !!pairs [{g: 1}]\n'],
  ['timestamps and binary', 'a: 2001-12-14t21:59:43.10-05:00\nb: !!binary aGVsbG8=\n'],
];

/** Random texts of YAML's indicators, keys and odd characters. */
const FRAGMENTS = [
  'a',
  'key',
  ': ',
  ':',
  '\n',
  '  ',
  '- ',
  '<<',
  '__proto__',
  '&x ',
  '*x',
  '!!str ',
  '!',
  '&',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '"',
  "'",
  '#',
  '? ',
  ' ',
  '\t',
  '\x01',
  '\x85',
  '\x9f',
  '\ud800',
  '\udc00',
  '\ufffe',
  '1',
  'true',
  '~',
  '---\n',
  '...\n',
  '|\n',
  '>\n',
  '%YAML 1.2\n',
  '\r',
];

describe('js-yaml patches', () => {
  it('all apply to the installed js-yaml', () => {
    const source = readFileSync(SOURCE_FILE, 'utf8');
    expect(JS_YAML_PATCHES.length).toBeGreaterThan(0);
    expect(patchJsYaml(source, SOURCE_FILE)).not.toBe(source);
    expect(() => patchJsYaml(source.replace('PATTERN_NON_PRINTABLE.test(_result)', 'PATTERN_NON_PRINTABLE.exec(_result)'), SOURCE_FILE)).toThrow(
      /captureSegment is not as scripts\/js-yaml-patches\.mjs expects/,
    );
  });

  it('change nothing on inputs made for them', () => {
    expect(disagreements(MADE)).toEqual([]);
    // The inputs reach the paths they are made for.
    expect(outcome(original, 'a: 1\na: 2\n', OPTION_SETS[0]![1])).toMatchObject({
      error: expect.arrayContaining([expect.stringMatching(/duplicated mapping key/)]),
    });
    expect(outcome(original, 'a: b\x01c\n', OPTION_SETS[0]![1])).toMatchObject({ error: expect.arrayContaining([expect.stringMatching(/non-printable/)]) });
    expect(outcome(original, 'a: b\ud800c\n', OPTION_SETS[0]![1])).toMatchObject({ error: expect.arrayContaining([expect.stringMatching(/non-printable/)]) });
  });

  it('change nothing on any YAML file of the corpus', () => {
    const files = globSync(['**/*.{yml,yaml}'], { cwd: corpusDir(), absolute: true }).sort();
    expect(files.length).toBeGreaterThan(100);
    expect(disagreements(files.map((file): [string, string] => [path.relative(corpusDir(), file), readFileSync(file, 'utf8')]))).toEqual([]);
  });

  it('change nothing on random YAML-like texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(disagreements([[JSON.stringify(text), text]])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
