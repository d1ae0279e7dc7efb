// Property-based fuzzing of Compose interpolation and `.env` parsing: never a throw, never an
// invented value, `$$` always a literal `$`, every entry on a real line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnvEntries, parseEnvFile } from '../src/compose/env-file';
import { interpolate, interpolateAnyTemplate, type Lookup } from '../src/compose/interpolate';

const NAMES = ['A', 'B', 'HOME', 'DB_PASSWORD', '_X1', 'EMPTY'];
/** Values are drawn from a private alphabet (¤ plus digits) that no template below contains. */
const value = fc.stringMatching(/^¤[0-9]{0,4}$/);
const environment = fc.dictionary(fc.constantFrom(...NAMES), fc.oneof(value, fc.constant('')), { maxKeys: NAMES.length });

/** Template pieces: every syntax form, malformed ones, nesting, and stray braces and dollars. */
const piece = fc.oneof(
  fc
    .constantFrom(...NAMES)
    .chain((n) => fc.constantFrom(`$${n}`, `\${${n}}`, `\${${n}:-`, `\${${n}-`, `\${${n}:?`, `\${${n}?`, `\${${n}:+`, `\${${n}+`, `\${${n}:=x}`, `\${${n}`)),
  fc.constantFrom('$', '$$', '$$$', '${', '}', '{', '${}', '${1A}', '${ A}', '$-', '$1', 'text', ' ', '\n', 'é', '😀', '\\'),
);
const template = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));
const textWithoutDollar = fc.string({ maxLength: 60 }).map((s) => s.replace(/\$/g, ''));

function lookupOf(env: Record<string, string>, asked: string[]): Lookup {
  return (name) => {
    asked.push(name);
    return Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined;
  };
}

describe('interpolate', () => {
  it('never throws and never invents: every character comes from the template or a looked-up value', () => {
    fc.assert(
      fc.property(template, environment, (text, env) => {
        const asked: string[] = [];
        const result = interpolate(text, lookupOf(env, asked));
        const allowed = new Set([...text, ...asked.flatMap((name) => [...(env[name] ?? '')])]);
        // An unset variable is kept as `${NAME}` (even when written `$NAME`): the one thing added.
        const rest = result.unknown.reduce((out, name) => out.split(`\${${name}}`).join(''), result.value);
        for (const ch of rest) expect(allowed.has(ch), `${JSON.stringify(text)} -> ${JSON.stringify(result.value)}`).toBe(true);
        // Only names written in the template are looked up or reported unknown.
        for (const name of [...asked, ...result.unknown]) expect(text).toContain(name);
        // Unknown names are unset (or empty for :?) and each reported once.
        expect(new Set(result.unknown).size).toBe(result.unknown.length);
        for (const name of result.unknown) expect(env[name] ?? '').toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('a value appears in the output only where the template names its variable', () => {
    fc.assert(
      fc.property(template, environment, (text, env) => {
        const result = interpolate(text, lookupOf(env, []));
        // The private alphabet only enters through a value: no ¤ without a lookup of a set name.
        if (result.value.includes('¤')) expect(NAMES.some((n) => env[n] && text.includes(n))).toBe(true);
        if (!text.includes('$')) expect(result).toEqual({ value: text, unknown: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('escaping every $ as $$ gives back the text, with no lookup', () => {
    fc.assert(
      fc.property(fc.oneof(template, fc.string({ maxLength: 80 })), (text) => {
        const asked: string[] = [];
        const result = interpolate(text.replace(/\$/g, '$$$$'), lookupOf({ A: '¤1' }, asked));
        expect(result).toEqual({ value: text, unknown: [] });
        expect(asked).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('a set variable is replaced by exactly its value, an unset one kept as ${NAME}', () => {
    fc.assert(
      fc.property(textWithoutDollar, fc.constantFrom(...NAMES), fc.option(value, { nil: undefined }), textWithoutDollar, (before, name, set, after) => {
        const env: Record<string, string> = set === undefined ? {} : { [name]: set };
        for (const form of [`\${${name}}`, `$${name}`]) {
          // `$NAME` ends at the first non-name character, so the text after must not continue the name.
          const tail = form.startsWith('${') ? after : ` ${after}`;
          const result = interpolate(`${before}${form}${tail}`, lookupOf(env, []));
          expect(result.value).toBe(`${before}${set ?? `\${${name}}`}${tail}`);
          expect(result.unknown).toEqual(set === undefined ? [name] : []);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('deep nesting of defaults is followed or kept as text, never a stack overflow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (depth) => {
        const text = '${A:-'.repeat(depth) + 'x' + '}'.repeat(depth);
        const result = interpolate(text, () => undefined);
        expect(typeof result.value).toBe('string');
        expect(result.value.endsWith('}') || result.value === 'x').toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('interpolate: the simple-template shortcut', () => {
  // Texts near the shortcut's edges: one template with a prefix and a suffix that may hold braces,
  // line breaks, a second `$`, operators in the default, and names that only case folding makes valid.
  const name = fc.constantFrom(...NAMES, 'a_b', 'ſ1', '\u212a', '1A', '');
  const fallback = fc.constantFrom('', 'x', 'x?y', ':-', '-', ':+z', '{', '}', 'a}b', '$', '$$', '\n', '\r', 'é😀');
  const operator = fc.constantFrom('', ':-', '-', ':?', '?', ':+', '+', ':');
  const around = fc.constantFrom('', 'pre', 'a{', '}', '{x}', '\n', 'x\ny}', '$', '$$', ' tail', 'é');
  const simpleish = fc
    .tuple(around, name, operator, fallback, around)
    .map(([before, n, op, def, after]) => `${before}\${${n}${op}${op === '' ? '' : def}}${after}`);
  const text = fc.oneof(simpleish, template);

  it('gives exactly what the general path gives', () => {
    fc.assert(
      fc.property(text, environment, (input, env) => {
        const asked: string[] = [];
        const generalAsked: string[] = [];
        expect(interpolate(input, lookupOf(env, asked))).toEqual(interpolateAnyTemplate(input, lookupOf(env, generalAsked)));
        expect(asked).toEqual(generalAsked);
      }),
      { numRuns: 20_000 },
    );
  });

  it('resolves the common forms', () => {
    const lookup: Lookup = (n) => ({ A: 'a', E: '' })[n];
    expect(interpolate('${A}', lookup)).toEqual({ value: 'a', unknown: [] });
    expect(interpolate('x ${U} y', lookup)).toEqual({ value: 'x ${U} y', unknown: ['U'] });
    expect(interpolate('${E:-d}/${A', lookup)).toEqual(interpolateAnyTemplate('${E:-d}/${A', lookup));
    expect(interpolate('${E:-d}', lookup)).toEqual({ value: 'd', unknown: [] });
    expect(interpolate('${E-d}', lookup)).toEqual({ value: '', unknown: [] });
    expect(interpolate('${U-d}', lookup)).toEqual({ value: 'd', unknown: [] });
  });
});

describe('env files', () => {
  const envLine = fc.oneof(
    fc.tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/), fc.stringMatching(/^[a-z0-9 ]{0,10}$/)).map(([k, v]) => `${k}=${v}`),
    fc.constantFrom(
      '# comment',
      'export A=1',
      'B: 2',
      'C="multi\nline"',
      "D='lit ${A}'",
      'E="esc \\n \\$ \\""',
      'F=a #c',
      'G="unterminated',
      "H='open",
      '=novalue',
      'I',
      ' ',
      '\r',
      '\uFEFFJ=1',
      '\t K = v ',
    ),
    fc.string({ maxLength: 30 }),
  );
  const envText = fc.oneof(
    fc.array(envLine, { maxLength: 20 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol))),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  );

  it('never throws; every entry has a valid key and a line inside the file', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const lines = text
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n')
          .split('\n').length;
        const entries = parseEnvEntries(text, (name) => (name === 'OUTSIDE' ? 'o' : undefined));
        for (const entry of entries) {
          // compose-go's key alphabet: letters, digits, _ . - [ ] (and the empty key of a `=value` line).
          expect(entry.key).toMatch(/^[\p{L}\p{N}_.\-[\]\t\v\f\r\u0085\u00A0]*$/u);
          expect(entry.line).toBeGreaterThanOrEqual(1);
          expect(entry.line).toBeLessThanOrEqual(lines);
          expect(typeof entry.value).toBe('string');
        }
        // Entry lines never go backwards.
        for (let i = 1; i < entries.length; i++) expect(entries[i]!.line).toBeGreaterThanOrEqual(entries[i - 1]!.line);
        parseEnvFile(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('plain KEY=value lines read back exactly, last one wins', () => {
    const pair = fc.tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/), fc.stringMatching(/^[a-zA-Z0-9_./:@+-]{0,12}$/));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 15 }), fc.constantFrom('\n', '\r\n'), (pairs, eol) => {
        const expected = new Map<string, string>();
        for (const [k, v] of pairs) expected.set(k, v);
        expect(parseEnvFile(pairs.map(([k, v]) => `${k}=${v}`).join(eol))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
