// The fast path for plain YAML (compose files, the config). The `yaml` package builds a full
// document (every node with its range), which costs ~8x what js-yaml needs to build the data; at
// 10,000 services that is seconds and hundreds of MB. Most files use no anchors, aliases, tags or odd
// keys, and for those both parsers give the same data under the YAML 1.2 core schema. Such a file is
// loaded with js-yaml, and its `yaml` document (needed only for positions) is built lazily, the first
// time a finding or an error asks where something is. Anything unusual, and any js-yaml error, goes
// the full `yaml` way, which stays the authority on what is valid.
import jsYaml from 'js-yaml';
import { CARRIAGE_RETURN, COLON, COMMA, DASH, LINE_SEPARATOR, NEWLINE, OPEN_BRACE, OPEN_BRACKET, PARAGRAPH_SEPARATOR, SPACE, TAB } from '../util/char-codes';

/**
 * Anchors, aliases, tags, merge keys, directives, explicit `?` keys, and keys that YAML 1.2 core
 * resolves to a non-string (numbers, booleans, null, `.inf`; in block or flow mappings): not for
 * the fast path. js-yaml would stringify such a key silently where the full path reports it.
 *
 * This is one regular expression (flags `im`), the alternatives of BLOCK_KEY, FLOW_KEY and
 *
 *     (?:^|[\s[{,:-])[&*!][^\s]      anchor, alias, tag
 *     <<  |  ^%                       merge key, directive
 *     (?:^|[\s[{,])\?(?:[ \t]|$)      explicit key
 *
 * These last four are checked in code, at each of their rare characters (found by indexOf): in the
 * one expression, their leading `(?:^|[\s...])` made V8 try every alternative at every offset, ~40 ms
 * for the 7 MB of YAML at 10,000 services; the two left as expressions take ~15.
 * test/compose-fast-path.test.ts holds the one expression and checks both agree.
 */
export function isPlainYaml(text: string): boolean {
  return !(
    BLOCK_KEY.test(text) ||
    FLOW_KEY.test(text) ||
    someOccurrence(text, '&', nodePropertyAt) ||
    someOccurrence(text, '*', nodePropertyAt) ||
    someOccurrence(text, '!', nodePropertyAt) ||
    someOccurrence(text, '?', explicitKeyAt) ||
    someOccurrence(text, '%', directiveAt) ||
    text.includes('<<')
  );
}

const NON_STRING_KEY = String.raw`(?:[-+]?\.?[0-9][0-9a-z_.+-]*|[-+]?\.[a-z]+|true|false|null|~)`;
/**
 * A block key that is not a plain string (or is empty). The indentation and the `- ` indicators are
 * matched atomically (a lookahead's capture, then a backreference): giving any of it back can never
 * make a match, only cost the backtracking.
 */
const BLOCK_KEY = new RegExp(String.raw`^(?=([ \t]*))\1(?=((?:-[ \t]+)*))\2(?:${NON_STRING_KEY}|"[^"]*"|'[^']*')?[ \t]*:(?:[ \t]|$)`, 'im');
const FLOW_KEY = new RegExp(String.raw`[[{,][ \t]*${NON_STRING_KEY}?[ \t]*:(?:[ \t]|$)`, 'im');

/** Whether `matches` holds at some offset of `character` in the text. */
function someOccurrence(text: string, character: string, matches: (text: string, at: number) => boolean): boolean {
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) if (matches(text, at)) return true;
  return false;
}

/** `(?:^|[\s[{,:-])[&*!][^\s]` at the `&`, `*` or `!`. */
function nodePropertyAt(text: string, at: number): boolean {
  if (at > 0) {
    const previous = text.charCodeAt(at - 1);
    if (!isSpace(previous) && !isFlowIndicator(previous) && previous !== COLON && previous !== DASH) return false;
  }
  return at + 1 < text.length && !isSpace(text.charCodeAt(at + 1));
}

/** `(?:^|[\s[{,])\?(?:[ \t]|$)` at the `?` (multiline `$`: the end of the text or of a line). */
function explicitKeyAt(text: string, at: number): boolean {
  if (at > 0) {
    const previous = text.charCodeAt(at - 1);
    if (!isSpace(previous) && !isFlowIndicator(previous)) return false;
  }
  if (at + 1 >= text.length) return true;
  const next = text.charCodeAt(at + 1);
  return next === SPACE || next === TAB || isLineBreak(next);
}

/** `^%` at the `%` (multiline `^`: the start of the text or of a line). */
function directiveAt(text: string, at: number): boolean {
  return at === 0 || isLineBreak(text.charCodeAt(at - 1));
}

/** A line terminator, where `^` and `$` match in multiline mode. */
function isLineBreak(code: number): boolean {
  return code === NEWLINE || code === CARRIAGE_RETURN || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;
}

/** JavaScript's `\s`: white space and line terminators. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === LINE_SEPARATOR ||
    code === PARAGRAPH_SEPARATOR ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `[[{,]` */
function isFlowIndicator(code: number): boolean {
  return code === OPEN_BRACKET || code === OPEN_BRACE || code === COMMA;
}

/**
 * A js-yaml implicit scalar type: the first matching `[test, construct]` of the `yaml` package's core tag wins.
 * js-yaml tries every implicit type on every plain scalar, keys included; `starts` (the characters a
 * match can begin with) turns the common case, a plain string, away without running a regex.
 */
function coreType(tag: string, starts: string, forms: [RegExp, (source: string) => unknown][]): jsYaml.Type {
  // An index loop, not forms.find: a callback closing over `source` was allocated for every plain
  // scalar that starts like a match (keys included: ~7 MB at 10,000 services).
  const find = (source: string) => {
    for (let i = 0; i < forms.length; i++) if (forms[i]![0].test(source)) return forms[i];
    return undefined;
  };
  // The first character's code looked up in a table: `starts.includes(text[0])` cost ~4 % of js-yaml's
  // time (every plain scalar meets four types). The starts are ASCII; any other code is not among them.
  const startsWith = new Uint8Array(128);
  for (const code of Array.from(starts, (c) => c.charCodeAt(0))) {
    if (code >= startsWith.length) throw new Error(`coreType ${tag}: start ${JSON.stringify(starts)} is not ASCII`);
    startsWith[code] = 1;
  }
  return new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (source: string | null) => {
      const text = source ?? '';
      const first = text.charCodeAt(0);
      return (text === '' || (first < startsWith.length && startsWith[first] === 1)) && find(text) !== undefined;
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
