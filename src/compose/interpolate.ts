// Compose variable interpolation, as compose-go's `template` package does it (Substitute with
// DefaultPattern): `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+a}`,
// `${VAR+a}`, nested templates in the argument, `$$` for a literal `$`; anything else after `${`
// is an invalid template, which makes Docker Compose refuse the file.
//
// One deliberate difference: a variable that is not set and has no default is never invented
// (compose-go reads it as ""). It stays in the output as the text `${VAR}` and is listed in
// `unknown`; so does `${VAR:?err}` with VAR unset. Never throws.

export type Lookup = (name: string) => string | undefined;

export interface InterpolationError {
  /** `invalid template` or `required variable X is missing a value: reason`. */
  message: string;
  /** UTF-16 offset in the interpolated text where the offending `$` stands. */
  offset: number;
}

export interface Interpolated {
  value: string;
  /** Names of variables that were needed but not set (each once, in order of appearance). */
  unknown: string[];
  /** Set when Docker Compose refuses the text; `value` is then the text as written. */
  error?: InterpolationError;
}

/**
 * compose-go's DefaultPattern: `\$(?i:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|{(?:(?P<braced>[_a-z][_a-z0-9]*(?::?[-+?](.*))?)}|(?P<invalid>)))`.
 * Go's `.` stops at `\n` only (JS's also at `\r`, U+2028/9), and its case folding matches `ſ` and
 * the Kelvin sign like JS's `iu`.
 */
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?][^\n]*)?)\}|()))/giu;
/** The same, anchored, for the re-match of a truncated substring (FindStringSubmatch). */
const ANCHORED = new RegExp(`^(?:${PATTERN.source})`, 'iu');
/** Operators in compose-go's order; the one found first in the substring is used. */
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'] as const;
type Operator = (typeof OPERATORS)[number];
/** Nested templates (defaults of defaults) followed before the rest is refused as too deep. */
const MAX_DEPTH = 500;
const INVALID = 'invalid template';

class TemplateError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function interpolate(text: string, lookup: Lookup): Interpolated {
  if (!text.includes('$')) return { value: text, unknown: [] };
  return simpleTemplate(text, lookup) ?? interpolateAnyTemplate(text, lookup);
}

/**
 * The one template of most compose values, `${NAME}`, `${NAME:-default}` or `${NAME-default}`, as the
 * only `$` of the text, with a default free of `$`, braces and line breaks and no `}` after it. What
 * the general path below does for it is plain (one match, no nesting, no error), so it is done
 * directly: a third of the cost, on ~30,000 values at 10,000 services. Null for any other text.
 */
const SIMPLE_TEMPLATE = /^([^$]*)\$\{([_a-z][_a-z0-9]*)(?:(:?-)([^${}\n]*))?\}([^$}]*)$/iu;

function simpleTemplate(text: string, lookup: Lookup): Interpolated | null {
  const match = SIMPLE_TEMPLATE.exec(text);
  if (!match) return null;
  const [, before, name, operator, fallback, after] = match as unknown as [string, string, string, string | undefined, string | undefined, string];
  const value = lookup(name);
  if (operator === undefined) {
    return value === undefined ? { value: `${before}\${${name}}${after}`, unknown: [name] } : { value: before + value + after, unknown: [] };
  }
  const useFallback = value === undefined || (operator === ':-' && value === '');
  return { value: before + (useFallback ? fallback! : value) + after, unknown: [] };
}

/** Interpolation of any text, without the shortcut for the simple template (exported for the test that compares both). */
export function interpolateAnyTemplate(text: string, lookup: Lookup): Interpolated {
  const unknown = new Set<string>();
  try {
    const value = substitute(text, 0, lookup, unknown, 0);
    return { value, unknown: [...unknown] };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return { value: text, unknown: [], error: { message: error.message, offset: error.offset } };
  }
}

/** Whether a resolved string still holds an unresolved `${VAR}`. */
export function hasUnknown(value: string): boolean {
  return value.includes('${');
}

/** Where an interpolation error was found in a tree: the key path of the string holding it. */
export type TreeInterpolationError = InterpolationError & { path: (string | number)[]; text: string };

/**
 * Interpolates every string of a plain JS tree (mapping keys are not interpolated, as in
 * Compose). The input is not modified; subtrees without a `$` come back as the same objects
 * (a host's compose data is held once, not twice), so treat both trees as read-only.
 * `unknown` collects unset names; `errors` (when given) the strings Compose refuses, which keep their text.
 */
export function interpolateTree(value: unknown, lookup: Lookup, unknown: Set<string> = new Set(), errors?: TreeInterpolationError[]): unknown {
  return walk(value, lookup, unknown, errors, []);
}

function walk(value: unknown, lookup: Lookup, unknown: Set<string>, errors: TreeInterpolationError[] | undefined, path: (string | number)[]): unknown {
  if (typeof value === 'string') {
    if (!value.includes('$')) return value;
    const result = interpolate(value, lookup);
    for (const name of result.unknown) unknown.add(name);
    if (result.error && errors) errors.push({ ...result.error, path: [...path], text: value });
    return result.value;
  }
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const next = walk(value[i], lookup, unknown, errors, path);
      path.pop();
      if (next !== value[i] && out === null) out = value.slice(0, i);
      if (out !== null) out.push(next);
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    // Keys, not entries: a pair array per key was a tenth of a large run's garbage.
    const record = value as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const item = record[key];
      path.push(key);
      const next = walk(item, lookup, unknown, errors, path);
      path.pop();
      if (next !== item && out === null) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
      }
      if (out !== null) out[key] = next;
    }
    return out ?? value;
  }
  return value;
}

/**
 * compose-go's SubstituteWithOptions: every match of the pattern replaced in turn; the first error
 * wins. `base` is the offset of `template` in the top-level text, for error positions.
 */
function substitute(template: string, base: number, lookup: Lookup, unknown: Set<string>, depth: number): string {
  if (depth > MAX_DEPTH) throw new TemplateError(`template nested more than ${MAX_DEPTH} levels deep`, base);
  if (!template.includes('$')) return template;
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PATTERN)) {
    const at = match.index;
    out += template.slice(last, at) + replacement(match[0], base + at, lookup, unknown, depth);
    last = at + match[0].length;
  }
  return out + template.slice(last);
}

/** compose-go's DefaultReplacementAppliedFunc for one match. */
function replacement(matched: string, base: number, lookup: Lookup, unknown: Set<string>, depth: number): string {
  const operator = firstOperator(matched);
  const closing = firstBraceClosingIndex(matched);
  let substring = matched;
  let rest = '';
  if (closing > -1) {
    rest = matched.slice(closing + 1);
    substring = matched.slice(0, closing + 1);
  }
  const groups = ANCHORED.exec(substring);
  if (!groups) throw new TemplateError(INVALID, base);
  if (groups[1] !== undefined) return '$';
  const named = groups[2];
  const braced = groups[3];
  const name = named ?? braced;
  if (!name) throw new TemplateError(INVALID, base);
  if (braced !== undefined) {
    const applied = applyOperator(operator, braced, base + 2, lookup, unknown, depth);
    if (applied !== null) return applied + substitute(rest, base + closing + 1, lookup, unknown, depth + 1);
  }
  return valueOrPlaceholder(name, lookup, unknown);
}

/** The operator of the six whose first occurrence in the substring comes first (compose-go's getSubstitutionFunctionForTemplate). */
function firstOperator(substring: string): Operator {
  let best: Operator = OPERATORS[0];
  let bestAt = Infinity;
  for (const operator of OPERATORS) {
    const at = substring.indexOf(operator);
    if (at >= 0 && at < bestAt) {
      best = operator;
      bestAt = at;
    }
  }
  return best;
}

/** compose-go's getFirstBraceClosingIndex: a `{` also skips the character after it. */
function firstBraceClosingIndex(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (text[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

/**
 * One of compose-go's six substitution functions on `NAME<op>argument`; null when the operator
 * is not in the substitution (compose-go's "not applied"). `base` is the offset of the substitution.
 */
function applyOperator(operator: Operator, substitution: string, base: number, lookup: Lookup, unknown: Set<string>, depth: number): string | null {
  const at = substitution.indexOf(operator);
  if (at < 0) return null;
  const name = substitution.slice(0, at);
  const argumentBase = base + at + operator.length;
  const argument = substitution.slice(at + operator.length);
  const value = lookup(name);
  const nested = () => substitute(argument, argumentBase, lookup, unknown, depth + 1);
  switch (operator) {
    case ':-':
      return value === undefined || value === '' ? nested() : value;
    case '-':
      return value === undefined ? nested() : value;
    case ':+':
      return value !== undefined && value !== '' ? nested() : '';
    case '+':
      return value !== undefined ? nested() : '';
    case ':?':
    case '?': {
      if (value !== undefined && (operator === '?' || value !== '')) return value;
      // compose-go interpolates the message too (an invalid template in it is refused); its unknowns do not count.
      const reason = substitute(argument, argumentBase, lookup, new Set(), depth + 1);
      // Unset: unknown, as everywhere (not invented, not an error). Set but empty: Compose refuses.
      if (value === undefined) return placeholder(name, unknown);
      throw new TemplateError(`required variable ${name} is missing a value${reason ? `: ${reason}` : ''}`, base - 2);
    }
  }
}

function valueOrPlaceholder(name: string, lookup: Lookup, unknown: Set<string>): string {
  const value = lookup(name);
  return value === undefined ? placeholder(name, unknown) : value;
}

function placeholder(name: string, unknown: Set<string>): string {
  unknown.add(name);
  return '${' + name + '}';
}
