// The fast path for plain YAML (compose files, the config). The `yaml` package builds a full
// document (every node with its range), which costs ~8x what js-yaml needs to build the data; at
// 10,000 services that is seconds and hundreds of MB. Most files use no anchors, aliases, tags or odd
// keys, and for those both parsers give the same data under the YAML 1.2 core schema. Such a file is
// loaded with js-yaml, and its `yaml` document (needed only for positions) is built lazily, the first
// time a finding or an error asks where something is. Anything unusual, and any js-yaml error, goes
// the full `yaml` way, which stays the authority on what is valid.
import jsYaml from 'js-yaml';

/**
 * Anchors, aliases, tags, merge keys, directives, explicit `?` keys, and keys that YAML 1.2 core
 * resolves to a non-string (numbers, booleans, null, `.inf`; in block or flow mappings): not for
 * the fast path. js-yaml would stringify such a key silently where the full path reports it.
 */
const NON_STRING_KEY = String.raw`(?:[-+]?\.?[0-9][0-9a-z_.+-]*|[-+]?\.[a-z]+|true|false|null|~)`;
const NEEDS_FULL_PARSE = new RegExp(
  [
    String.raw`(?:^|[\s[{,:-])[&*!][^\s]`, // anchor, alias, tag
    '<<',
    '^%',
    String.raw`(?:^|[\s[{,])\?(?:[ \t]|$)`, // explicit key
    // block key; the indentation and the `- ` indicators are matched atomically (a lookahead's capture,
    // then a backreference): giving any of it back can never make a match, only cost the backtracking.
    String.raw`^(?=([ \t]*))\1(?=((?:-[ \t]+)*))\2(?:${NON_STRING_KEY}|"[^"]*"|'[^']*')?[ \t]*:(?:[ \t]|$)`,
    String.raw`[[{,][ \t]*${NON_STRING_KEY}?[ \t]*:(?:[ \t]|$)`, // flow key
  ].join('|'),
  'im',
);

export function isPlainYaml(text: string): boolean {
  return !NEEDS_FULL_PARSE.test(text);
}

/**
 * A js-yaml implicit scalar type: the first matching `[test, construct]` of the `yaml` package's core tag wins.
 * js-yaml tries every implicit type on every plain scalar, keys included; `starts` (the characters a
 * match can begin with) turns the common case, a plain string, away without running a regex.
 */
function coreType(tag: string, starts: string, forms: [RegExp, (source: string) => unknown][]): jsYaml.Type {
  const find = (source: string) => forms.find(([test]) => test.test(source));
  return new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (source: string | null) => {
      const text = source ?? '';
      return (text === '' || starts.includes(text[0]!)) && find(text) !== undefined;
    },
    construct: (source: string | null) => find(source ?? '')![1](source ?? ''),
  });
}

const SIGNS_AND_DIGITS = '+-0123456789';

/**
 * js-yaml's own CORE_SCHEMA is not YAML 1.2 core: it reads `0b101`, `+0x1F`, `-0o7` as numbers and
 * `-.5` as a string. These types copy the `yaml` package's core tests (schema/core/*.js) so both
 * paths give the same data. (js-yaml keeps one type per tag, hence the forms.)
 */
export const YAML_1_2_CORE = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    coreType('null', '~nN', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    coreType('bool', 'tTfF', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    coreType('int', SIGNS_AND_DIGITS, [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    coreType('float', `${SIGNS_AND_DIGITS}.`, [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ]),
  ],
});

/**
 * Documents of a plain file, or null when js-yaml disagrees with anything (the caller then takes
 * the full path). Never throws.
 */
export function fastLoadDocuments(text: string): unknown[] | null {
  try {
    const documents: unknown[] = [];
    jsYaml.loadAll(text, (doc) => documents.push(doc), { schema: YAML_1_2_CORE, json: false });
    return documents;
  } catch {
    return null;
  }
}
