// The fast path (js-yaml data, lazy yaml positions) must give exactly what the full `yaml` path
// gives, on every plain compose file of the real-world corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parseAllDocuments } from 'yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastLoadDocuments, isPlainYaml } from '../src/yaml/fast-load';
import { parseComposeFile } from '../src/compose/parse-file';
import { corpusDir } from './helpers/cli';

function fullData(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.2', schema: 'core', merge: true, uniqueKeys: false }).map((d) => d.toJS({ maxAliasCount: -1 }));
}

describe('compose fast path', () => {
  const files = globSync(['**/*compose*.{yml,yaml}'], { cwd: corpusDir(), absolute: true }).sort();

  it('agrees with the yaml package on every plain corpus file', () => {
    let plain = 0;
    const disagreements: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      if (!isPlainYaml(text)) continue;
      const fast = fastLoadDocuments(text);
      if (fast === null) continue; // js-yaml refused: the full path decides
      plain++;
      let full: unknown[];
      try {
        full = fullData(text);
      } catch {
        disagreements.push(`${file}: yaml throws, js-yaml loads`);
        continue;
      }
      try {
        expect(fast.filter((d) => d !== null && d !== undefined)).toEqual(full.filter((d) => d !== null && d !== undefined));
      } catch {
        disagreements.push(path.relative(corpusDir(), file));
      }
    }
    expect(disagreements).toEqual([]);
    expect(plain).toBeGreaterThan(1000);
  });

  it('positions are built on first use and point at the right line', () => {
    const file = parseComposeFile('/virtual/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      A: "1"\n');
    expect(file.errors).toEqual([]);
    expect(file.data).toEqual({ services: { web: { image: 'nginx:1.27', environment: { A: '1' } } } });
    const doc = file.documents[0]!;
    const node = doc.getIn(['services', 'web', 'image'], true) as { range: [number, number, number] };
    expect(file.lineCounter!.linePos(node.range[0])).toEqual({ line: 3, col: 12 });
  });

  it('anchors, tags, merge keys and odd keys take the full path', () => {
    expect(isPlainYaml('x-a: &a {image: x}\nservices:\n  web: *a\n')).toBe(false);
    expect(isPlainYaml('services:\n  web: !reset {}\n')).toBe(false);
    expect(isPlainYaml('services:\n  web:\n    <<: {image: x}\n')).toBe(false);
    expect(isPlainYaml('services:\n  123:\n    image: x\n')).toBe(false);
    expect(isPlainYaml('services:\n  web:\n    image: x\n    ports: ["80:80"]\n')).toBe(true);
    // A duplicate key: js-yaml refuses, the full path reports it with its position.
    const dup = parseComposeFile('/virtual/compose.yaml', 'services:\n  web:\n    image: a\n    image: b\n');
    expect(dup.errors[0]).toMatchObject({ line: 4, column: 5 });
  });

  // The block-key check matches indentation and `- ` indicators atomically (no backtracking); this
  // is the plain regex it replaced, to show both give the same answer.
  const NON_STRING_KEY = String.raw`(?:[-+]?\.?[0-9][0-9a-z_.+-]*|[-+]?\.[a-z]+|true|false|null|~)`;
  const BACKTRACKING_FORM = new RegExp(
    [
      String.raw`(?:^|[\s[{,:-])[&*!][^\s]`,
      '<<',
      '^%',
      String.raw`(?:^|[\s[{,])\?(?:[ \t]|$)`,
      String.raw`^[ \t]*(?:-[ \t]+)*(?:${NON_STRING_KEY}|"[^"]*"|'[^']*')?[ \t]*:(?:[ \t]|$)`,
      String.raw`[[{,][ \t]*${NON_STRING_KEY}?[ \t]*:(?:[ \t]|$)`,
    ].join('|'),
    'im',
  );

  // The one expression isPlainYaml answers (its block-key check matches indentation and `- `
  // indicators atomically: a lookahead's capture, then a backreference).
  const ATOMIC_FORM = new RegExp(
    [
      String.raw`(?:^|[\s[{,:-])[&*!][^\s]`,
      '<<',
      '^%',
      String.raw`(?:^|[\s[{,])\?(?:[ \t]|$)`,
      String.raw`^(?=([ \t]*))\1(?=((?:-[ \t]+)*))\2(?:${NON_STRING_KEY}|"[^"]*"|'[^']*')?[ \t]*:(?:[ \t]|$)`,
      String.raw`[[{,][ \t]*${NON_STRING_KEY}?[ \t]*:(?:[ \t]|$)`,
    ].join('|'),
    'im',
  );
  const agreesWith = (form: RegExp) => (text: string) => isPlainYaml(text) === !form.test(text);

  it('isPlainYaml agrees with the one expression on texts of the characters that matter', () => {
    // Every character the expression names, the white space and line breaks around them, and a few others.
    const pieces = [...' \t\n\r\u2028\u2029\u00a0\u3000\v-+.:,[]{}&*!<%?"\'~_0159aezAEZtrueTRUEfalsenullNULL#/='];
    pieces.push('true', 'False', 'nULL', '- ', ': ', '-.', '+.', '.inf', '0x1F', '"a"', "'b'", '\r\n');
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, agreesWith(ATOMIC_FORM)), { numRuns: 200_000 });
  });

  it('isPlainYaml agrees with the one expression beside every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const texts = [
        `a${c}&b`,
        `a${c}*b`,
        `a${c}!b`,
        `a: &${c}`,
        `a${c}? b`,
        `a: ?${c}`,
        `a${c}%`,
        `a${c}1: b`,
        `a: [${c}1: b]`,
        `${c}: b`,
        `a${c}x: b`,
        `a: 1${c}`,
      ];
      if (!texts.every(agreesWith(ATOMIC_FORM))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it('the atomic block-key check agrees with the backtracking form', () => {
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    // Every line of up to four pieces drawn from indentation, indicators, keys and separators.
    const pieces = [' ', '\t', '- ', '-\t', '-', '1', '-1', '.5', '-.x', 'true', 'True', 'tRuE', 'nul', 'null', '~', '"q"', "'q'", 'k', ':', ': ', ':x'];
    const lines: string[] = [''];
    for (let length = 0; length < 4; length++) for (const line of [...lines]) for (const piece of pieces) lines.push(line + piece);
    for (const line of lines) texts.push(`a: 1\n${line}\nb: 2\n`, `${line}\n`);
    const disagreements = texts.filter((text) => isPlainYaml(text) === BACKTRACKING_FORM.test(text));
    expect(disagreements).toEqual([]);
    expect(texts.length).toBeGreaterThan(300_000);
  });

  it('plain scalars resolve as the yaml package resolves them', () => {
    const scalars = [
      '',
      '~',
      'null',
      'Null',
      'NULL',
      'nULL',
      'true',
      'True',
      'TRUE',
      'tRUE',
      'false',
      'FALSE',
      'yes',
      'on',
      '0',
      '-0',
      '+12',
      '012',
      '0o17',
      '0o8',
      '0x1F',
      '0X1F',
      '+0x1F',
      '0b101',
    ];
    scalars.push(
      '1.5',
      '-.5',
      '+.5',
      '.5',
      '5.',
      '1e3',
      '1.5E-3',
      '.inf',
      '-.Inf',
      '+.INF',
      '.nan',
      '.NaN',
      '-.nan',
      '.x',
      '-',
      '+',
      '1.2.3',
      '12:30',
      'nginx:1.27',
      'tcp',
      '~x',
      // Non-ASCII first characters (the types look the first one up in an ASCII table).
      '\uff11\uff12',
      '\u0131',
      '\u0174rue',
      '\u012e1',
    );
    const refused: string[] = [];
    for (const scalar of scalars) {
      const text = `k: ${scalar}\n`;
      const fast = fastLoadDocuments(text);
      // null: js-yaml refuses (`-`), and the full path decides.
      if (fast !== null) expect(fast, scalar).toEqual(fullData(text));
      else refused.push(scalar);
    }
    expect(refused).toEqual(['-']);
  });
});
