// Property-based fuzzing of the compose loader: whatever the bytes, parseComposeFile and loadStack
// return (never throw), every error points inside the text, and the js-yaml fast path never
// disagrees with the authoritative `yaml` path.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { loadStack } from '../src/compose';
import { fastLoadDocuments, isPlainYaml } from '../src/yaml/fast-load';
import { parseComposeFile } from '../src/compose/parse-file';
import type { ComposeFile } from '../src/compose/types';
import { corpusDir } from './helpers/cli';
import { tempDir } from './helpers/tree';

/** Every error of a loaded file lies inside its (decoded) text: 1-based, at most one past a line's end. */
function expectErrorsInside(file: ComposeFile): void {
  const lines = file.text.split('\n');
  for (const error of file.errors) {
    expect(error.message.length, brief(file, error)).toBeGreaterThan(0);
    expect(Number.isInteger(error.line) && Number.isInteger(error.column), brief(file, error)).toBe(true);
    expect(error.line, brief(file, error)).toBeGreaterThanOrEqual(1);
    expect(error.column, brief(file, error)).toBeGreaterThanOrEqual(1);
    expect(error.line, brief(file, error)).toBeLessThanOrEqual(lines.length);
    expect(error.column, brief(file, error)).toBeLessThanOrEqual(lines[error.line - 1]!.length + 1);
  }
  // A file is either loaded (data) or refused (errors), never both, never neither.
  expect(file.errors.length > 0, file.text.slice(0, 200)).toBe(file.data === null);
}

function brief(file: ComposeFile, error: { message: string; line: number; column: number }): string {
  const line = file.text.split('\n')[error.line - 1];
  return `${error.line}:${error.column} ${error.message} (line: ${JSON.stringify(line?.slice(0, 120))})`;
}

/** The loaded file, with its lazily built position documents forced, as a lint rule would. */
function parseAndTouch(text: string | Buffer): ComposeFile {
  const file = parseComposeFile('/virtual/compose.yaml', text);
  void file.documents.length;
  void file.lineCounter;
  return file;
}

// ---- generators ---------------------------------------------------------------------------------

/** Plain scalars that YAML 1.1, YAML 1.2 core, js-yaml and `yaml` are known to read differently. */
const trickyScalar = fc.constantFrom(
  '0b101',
  '-.5',
  '+.5',
  '.5',
  '+0x1F',
  '-0o7',
  '0o17',
  '0x1f',
  '0X1F',
  '1_000',
  '012',
  '08',
  '1e3',
  '1E+03',
  '1.',
  '-0',
  '+12',
  '.inf',
  '-.Inf',
  '.NaN',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  'False',
  'TRUE',
  'null',
  'Null',
  '~',
  '2001-12-14',
  '1:20',
  '12:30:45',
  '0x',
  '0b',
  '0o',
  '=',
  '<<',
  'nginx:1.27',
  '80:80',
  '127.0.0.1:5432:5432',
  '${VAR:-x}',
  '$$HOME',
  'a b',
  'é',
  '😀',
);
const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const number = fc.oneof(
  fc.stringMatching(/^[-+]?[0-9._]{1,6}(?:[eE][-+]?[0-9]{1,2})?$/),
  fc.stringMatching(/^[-+]?0[xXoObB][0-9a-fA-F_]{1,5}$/),
  fc.stringMatching(/^[-+]?\.[0-9]{1,3}$/),
);
const plainScalar = fc.oneof(trickyScalar, word, number);
const quotedScalar = fc.oneof(
  plainScalar.map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''").replace(/\n/g, ' ')}'`),
);
const key = fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: trickyScalar }, { weight: 1, arbitrary: number });

/** A block-style YAML mapping, as text, built from keys, scalars, nested mappings and lists. */
const yamlishMapping: fc.Arbitrary<string> = fc.letrec<{ map: string; value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plainScalar.map((s) => ` ${s}`),
    quotedScalar.map((s) => ` ${s}`),
    fc.array(fc.oneof(plainScalar, quotedScalar), { maxLength: 3 }).map((items) => ` [${items.join(', ')}]`),
    fc.array(fc.oneof(plainScalar, quotedScalar), { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `\n- ${i}`).join('')),
    tie('map').map((m) => `\n${m}`),
  ),
  map: fc
    .array(fc.tuple(key, tie('value')), { minLength: 1, maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${k}:${v.replace(/\n/g, '\n  ')}`).join('\n')),
})).map;

/** Fragments of YAML syntax glued at random: indicators, anchors, tags, quotes, directives, odd whitespace. */
const yamlFragment = fc.constantFrom(
  'services:',
  '\n',
  '  ',
  '    ',
  '\t',
  '- ',
  ': ',
  ':',
  '? ',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '!reset ',
  '!override ',
  '!!str ',
  '!!binary ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '|',
  '>',
  '|-',
  '>+2',
  '#',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n',
  'image: nginx',
  'web',
  'x-a',
  '${A}',
  '$$',
  '\\',
  '\r\n',
  '\r',
  '\uFEFF',
  '\u0085',
  '\u2028',
  'é',
  '😀',
  '\uD800',
  '0b1',
  '-.5',
  '~',
);
const yamlishText = fc.array(yamlFragment, { maxLength: 60 }).map((parts) => parts.join(''));

// ---- the corpus ---------------------------------------------------------------------------------

const corpusFiles = globSync(['**/*compose*.{yml,yaml}'], { cwd: corpusDir(), absolute: true }).sort();
const corpusText = fc.constantFrom(...corpusFiles).map((abs) => readFileSync(abs, 'utf8'));

/** One edit of a real file: cut a span, insert a fragment, duplicate or drop a line, swap two lines, truncate. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(yamlFragment, fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('dup-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    const lines = out.split('\n');
    const line = lines.length === 0 ? 0 : edit.at % lines.length;
    switch (edit.kind) {
      case 'cut':
        out = out.slice(0, at) + out.slice(at + edit.length);
        break;
      case 'insert':
        out = out.slice(0, at) + edit.text + out.slice(at);
        break;
      case 'dup-line':
        lines.splice(line, 0, lines[line] ?? '');
        out = lines.join('\n');
        break;
      case 'drop-line':
        lines.splice(line, 1);
        out = lines.join('\n');
        break;
      case 'swap-lines': {
        const other = edit.other % lines.length;
        [lines[line], lines[other]] = [lines[other]!, lines[line]!];
        out = lines.join('\n');
        break;
      }
      case 'truncate':
        out = out.slice(0, at);
        break;
    }
  }
  return out;
}

// ---- properties ---------------------------------------------------------------------------------

describe('parseComposeFile on hostile text', () => {
  it('arbitrary unicode strings: returns, errors inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectErrorsInside(parseAndTouch(text))),
      { numRuns: 400 },
    );
  });

  it('arbitrary bytes: returns, errors inside the text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectErrorsInside(parseAndTouch(Buffer.from(bytes)))),
      { numRuns: 300 },
    );
  });

  it('YAML-ish fragments (anchors, tags, directives, odd line breaks): returns, errors inside the text', () => {
    fc.assert(
      fc.property(yamlishText, (text) => expectErrorsInside(parseAndTouch(text))),
      { numRuns: 600 },
    );
  });

  it('mutations of real corpus compose files: returns, errors inside the text', () => {
    expect(corpusFiles.length).toBeGreaterThan(1000);
    fc.assert(
      fc.property(corpusText, fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, edits) => {
        expectErrorsInside(parseAndTouch(mutate(text, edits)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fast path (js-yaml) vs full path (yaml)', () => {
  // `%YAML 1.2` sends a file down the full path without changing its data, so the same text,
  // loaded both ways, must give the same data and the same verdict.
  const fullPath = (text: string) => parseComposeFile('/virtual/compose.yaml', `%YAML 1.2\n---\n${text}`);

  it('generated plain mappings: same data, same verdict', () => {
    fc.assert(
      fc.property(yamlishMapping, (text) => {
        const fast = parseComposeFile('/virtual/compose.yaml', text);
        const full = fullPath(text);
        expect({ data: fast.data, failed: fast.errors.length > 0 }, text).toEqual({ data: full.data, failed: full.errors.length > 0 });
      }),
      {
        numRuns: 600,
        examples: [
          // Each of these once loaded differently on the fast path (see docs/robustness.md).
          ['a: 0b101'],
          ['a: -.5'],
          ['a: +.5'],
          ['a: +0x1F'],
          ['a: -0o7'],
          ['a:\n- -.5'],
          ['a: [+.5]'],
          ['services:\n  ? [a]\n  : {image: x}'],
          ['.inf: a'],
          ['.5: a'],
          ['-.5: a'],
          ['.NaN: a'],
        ],
      },
    );
  });

  it('fastLoadDocuments agrees with yaml whenever the fast path takes a generated mapping', () => {
    fc.assert(
      fc.property(yamlishMapping, (text) => {
        if (!isPlainYaml(text)) return;
        const fast = fastLoadDocuments(text);
        if (fast === null) return; // js-yaml refused: the full path decides
        const full = fullPath(text);
        if (full.errors.length > 0) return; // compared by the verdict property above
        expect(fast.filter((d) => d !== null && d !== undefined)[0] ?? null, text).toEqual(full.data);
      }),
      { numRuns: 400 },
    );
  });
});

describe('loadStack on hostile files', () => {
  it('main, override and .env with fuzzed content: returns, positions inside the text', () => {
    const dir = tempDir('svclint-fuzz-stack-');
    const content = fc.oneof(
      yamlishMapping,
      yamlishText,
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.tuple(corpusText, fc.array(mutation, { maxLength: 3 })).map(([text, edits]) => mutate(text, edits)),
    );
    const bytes = fc.oneof(
      { weight: 5, arbitrary: content.map((t) => Buffer.from(t)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
    );
    let run = 0;
    fc.assert(
      fc.property(bytes, fc.option(bytes), fc.option(bytes), (main, override, env) => {
        const stackDir = path.join(dir, String(run++));
        const mainAbs = path.join(stackDir, 'compose.yaml');
        const overrideAbs = path.join(stackDir, 'compose.override.yaml');
        writeTreeFiles(stackDir, { 'compose.yaml': main, 'compose.override.yaml': override, '.env': env });
        const stack = loadStack(mainAbs, override ? [overrideAbs] : [], { archived: false });
        for (const file of stack.files) expectErrorsInside(file);
        for (const service of stack.services) {
          const texts = new Map(stack.files.map((f) => [f.abs, f.text]));
          for (const loc of [service.loc, ...service.environment.map((v) => v.loc)]) {
            if (!loc) continue;
            expect(loc.line).toBeGreaterThanOrEqual(1);
            expect(loc.column).toBeGreaterThanOrEqual(1);
            const text = texts.get(loc.file);
            if (text !== undefined) expect(loc.line).toBeLessThanOrEqual(text.split('\n').length);
          }
        }
        stack.locate(['services']);
        stack.locateKey(['services', 'web', 'image']);
      }),
      { numRuns: 150 },
    );
  });
});

function writeTreeFiles(dir: string, files: Record<string, Buffer | null>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    if (bytes === null) continue;
    const abs = path.join(dir, name);
    writeFileSync(abs, bytes, { flag: 'w' });
  }
}
