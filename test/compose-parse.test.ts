import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseComposeFile } from '../src/compose';
import { corpusFile } from './compose-fixtures';

const extracted = (name: string) => corpusFile(`compose-spec__compose-go/_extracted_from_go_tests/${name}`);
const parseCorpus = (name: string) => {
  const abs = extracted(name);
  return parseComposeFile(abs, fs.readFileSync(abs));
};

describe('parseComposeFile: hostile input becomes a positioned error', () => {
  it('alias bomb (compose-go TestAliasBombPrevented) is an error, not an OOM or a hang', () => {
    const file = parseCorpus('loader__reset__L00217__TestAliasBombPrevented.yaml');
    expect(file.data).toBeNull();
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]!.message).toMatch(/^excessive aliasing/);
    expect(file.errors[0]).toMatchObject({ line: 12, column: 10 });
  });

  it('recursive alias (compose-go TestResetCycle) is an error at the alias', () => {
    const file = parseCorpus('loader__reset__L00163__TestResetCycle.yaml');
    expect(file.errors).toEqual([{ message: 'recursive alias: *healthcheck refers to a node that contains it', line: 5, column: 9 }]);
  });

  it('duplicate key (compose-go Test_DuplicateReset) is an error at the second key', () => {
    const file = parseCorpus('loader__merge_reset__L00070__Test_DuplicateReset.yaml');
    expect(file.errors).toEqual([{ message: 'duplicate key "command" (mapping key already defined)', line: 6, column: 6 }]);
  });

  it('merge of a scalar (compose-go TestMergeKeyAliasToScalarRejected) is an error', () => {
    const file = parseCorpus('loader__reset__L00504__TestMergeKeyAliasToScalarRejected.yaml');
    expect(file.errors).toEqual([{ message: 'merge key << requires a mapping or a list of mappings', line: 6, column: 9 }]);
  });

  it('binary content (NUL byte, invalid UTF-8) is "not a text file" at 1:1', () => {
    for (const bytes of [Buffer.from([0x73, 0x3a, 0x00, 0x01]), Buffer.from([0xff, 0xfe, 0x41, 0xc3, 0x28]), Buffer.from('services:\n  a: {}\n\0')]) {
      expect(parseComposeFile('/x/docker-compose.yml', bytes).errors).toEqual([{ message: 'not a text file (binary content)', line: 1, column: 1 }]);
    }
  });

  it('a UTF-8 BOM is not binary', () => {
    const file = parseComposeFile('/x/compose.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('services:\n  a:\n    image: x\n')]));
    expect(file.errors).toEqual([]);
    expect(file.data).toEqual({ services: { a: { image: 'x' } } });
  });

  it.each(['', '   \n\n', '# only a comment\n# and another\n', '---\n', '~\n'])('empty file %j is "empty compose file" at 1:1', (text) => {
    expect(parseComposeFile('/x/compose.yaml', text).errors).toEqual([{ message: 'empty compose file', line: 1, column: 1 }]);
  });

  it.each([
    ['a list', '- a\n- b\n', 'a list'],
    ['a string', 'just text\n', 'a string value'],
    ['a number', '\n\n42\n', 'a number value'],
  ])('top level %s is an error at its position', (_name, text, what) => {
    const errors = parseComposeFile('/x/compose.yaml', text).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(`the top level of a compose file must be a mapping, not ${what}`);
    expect(errors[0]!.line).toBe(text.startsWith('\n') ? 3 : 1);
  });

  it('non-string keys are errors with position (compose-go TestNonStringKeys)', () => {
    const file = parseCorpus('loader__loader__L00499__TestNonStringKeys.yaml');
    expect(file.errors).toEqual([{ message: 'non-string key: 1 (compose keys must be strings; quote it)', line: 6, column: 7 }]);
  });

  it('a YAML syntax error keeps its line and column', () => {
    const errors = parseComposeFile('/x/compose.yaml', 'services:\n  a:\n    image: [x\n  b: {}\n').errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.line).toBeGreaterThanOrEqual(3);
    expect(errors[0]!.column).toBeGreaterThanOrEqual(1);
  });

  it('unknown anchor is an error, not an exception', () => {
    expect(parseComposeFile('/x/compose.yaml', 'services:\n  a: *nope\n').errors[0]).toMatchObject({ line: 2, column: 6 });
  });

  it('very deep flow nesting is an error before the parser recurses', () => {
    const deep = 'services:\n  a: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n';
    expect(parseComposeFile('/x/compose.yaml', deep).errors).toEqual([{ message: 'nesting too deep (more than 256 levels)', line: 2, column: 6 + 256 }]);
  });

  it('very deep block nesting is an error', () => {
    let deep = '';
    for (let i = 0; i < 400; i++) deep += `${' '.repeat(i)}k${i}:\n`;
    expect(parseComposeFile('/x/compose.yaml', deep).errors).toEqual([{ message: 'nesting too deep (more than 256 levels)', line: 257, column: 257 }]);
  });

  it('nesting right at the limit is fine, one more level is not (block with "- ", and flow)', () => {
    const block = (levels: number) => Array.from({ length: levels }, (_, i) => `${'- '.repeat(i)}k${i}:`).join('\n') + '\n';
    expect(parseComposeFile('/x/compose.yaml', block(257)).errors).toEqual([{ message: 'nesting too deep (more than 256 levels)', line: 257, column: 513 }]);
    expect(parseComposeFile('/x/compose.yaml', block(256)).errors.map((e) => e.message)).not.toContain('nesting too deep (more than 256 levels)');
    const flow = (levels: number) => `services:\n  a: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    expect(parseComposeFile('/x/compose.yaml', flow(257)).errors).toEqual([{ message: 'nesting too deep (more than 256 levels)', line: 2, column: 6 + 256 }]);
    expect(parseComposeFile('/x/compose.yaml', flow(256)).errors).toEqual([]);
  });

  it('brackets inside quotes and comments do not count as nesting', () => {
    const text = `services:\n  a:\n    command: "${'['.repeat(300)}" # ${'{'.repeat(300)}\n`;
    expect(parseComposeFile('/x/compose.yaml', text).errors).toEqual([]);
  });

  it('many legitimate aliases of one anchor are not an alias bomb', () => {
    let text = 'x-base: &base\n  restart: unless-stopped\n  environment: {TZ: UTC}\nservices:\n';
    for (let i = 0; i < 2000; i++) text += `  s${i}:\n    <<: *base\n    image: app:${i}\n`;
    const file = parseComposeFile('/x/compose.yaml', text);
    expect(file.errors).toEqual([]);
    expect((file.data!.services as Record<string, Record<string, unknown>>).s1999).toEqual({
      restart: 'unless-stopped',
      environment: { TZ: 'UTC' },
      image: 'app:1999',
    });
  });
});

describe('parseComposeFile: YAML 1.2, tags, documents', () => {
  it('uses the YAML 1.2 core schema as compose-go does (yes/on stay strings)', () => {
    const file = parseComposeFile('/x/compose.yaml', 'a: yes\nb: on\nc: true\nd: 010\ne: 0o10\nf: ~\ng: 1.5\n');
    expect(file.data).toEqual({ a: 'yes', b: 'on', c: true, d: 10, e: 8, f: null, g: 1.5 });
  });

  it('accepts !reset and !override without errors and applies !reset to the file itself', () => {
    const file = parseCorpus('loader__merge_reset__L00044__Test_LoadWithReset.yaml');
    expect(file.errors).toEqual([]);
    expect(file.data).toEqual({ services: { foo: { image: 'foo', environment: {} } } });
    expect(file.tagPaths).toEqual([
      { path: ['services', 'foo', 'build'], tag: 'reset' },
      { path: ['services', 'foo', 'environment', 'FOO'], tag: 'reset' },
    ]);
  });

  it('follows tags through aliases and merge keys', () => {
    const file = parseCorpus('loader__reset__L00367__TestNestedAliasReset.yaml');
    expect(file.tagPaths).toContainEqual({ path: ['services', 'svc', 'ports'], tag: 'reset' });
    expect(file.data).toEqual({ 'x-inner': {}, 'x-outer': {}, services: { svc: {} } });
  });

  it('merges multiple documents in order (compose-go TestLoadMulmtiDocumentYaml)', () => {
    const file = parseCorpus('loader__loader__L02526__TestLoadMulmtiDocumentYaml.yaml');
    expect(file.documents).toHaveLength(2);
    expect(file.data).toEqual({ name: 'load-multi-docs', services: { test: { image: 'nginx:override' } } });
  });

  it('resolves anchors and merge keys in data', () => {
    const file = parseComposeFile('/x/compose.yaml', 'x-env: &env\n  A: "1"\nservices:\n  a:\n    environment:\n      <<: *env\n      B: "2"\n');
    expect(file.data).toEqual({ 'x-env': { A: '1' }, services: { a: { environment: { A: '1', B: '2' } } } });
  });
});
