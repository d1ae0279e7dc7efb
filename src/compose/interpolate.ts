// Compose variable interpolation: $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e},
// ${VAR:+a}, ${VAR+a}, nested defaults, `$$` for a literal `$`.
// A variable that is not set and has no default is never invented: it stays as `${VAR}` text
// and is listed in `unknown`. Malformed templates are kept as written. Never throws.

export type Lookup = (name: string) => string | undefined;

export interface Interpolated {
  value: string;
  /** Names of variables that were needed but not set (each once, in order of appearance). */
  unknown: string[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
/** Nesting depth of `${A:-${B:-...}}` we follow before keeping the rest as text. */
const MAX_DEPTH = 32;

export function interpolate(text: string, lookup: Lookup): Interpolated {
  if (!text.includes('$')) return { value: text, unknown: [] };
  const unknown = new Set<string>();
  const value = expand(text, lookup, unknown, 0);
  return { value, unknown: [...unknown] };
}

/** Whether a resolved string still holds an unresolved `${VAR}`. */
export function hasUnknown(value: string): boolean {
  return value.includes('${');
}

/**
 * Interpolates every string of a plain JS tree (mapping keys are not interpolated, as in
 * Compose). The input is not modified; subtrees without a `$` come back as the same objects
 * (a host's compose data is held once, not twice), so treat both trees as read-only.
 * `unknown` collects unset names.
 */
export function interpolateTree(value: unknown, lookup: Lookup, unknown: Set<string> = new Set()): unknown {
  if (typeof value === 'string') {
    if (!value.includes('$')) return value;
    const result = interpolate(value, lookup);
    for (const name of result.unknown) unknown.add(name);
    return result.value;
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = interpolateTree(item, lookup, unknown);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (value !== null && typeof value === 'object') {
    let out: Record<string, unknown> | null = null;
    const entries = Object.entries(value);
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i]!;
      const next = interpolateTree(item, lookup, unknown);
      if (next !== item && out === null) {
        out = {};
        for (let j = 0; j < i; j++) out[entries[j]![0]] = entries[j]![1];
      }
      if (out !== null) out[key] = next;
    }
    return out ?? value;
  }
  return value;
}

function expand(text: string, lookup: Lookup, unknown: Set<string>, depth: number): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
    } else if (next === '{') {
      const end = matchingBrace(text, dollar + 2);
      const resolved = end < 0 || depth >= MAX_DEPTH ? null : expandBraced(text.slice(dollar + 2, end), lookup, unknown, depth);
      if (resolved === null) {
        // Malformed (unterminated, bad name, too deep): keep the text as written.
        const stop = end < 0 ? text.length : end + 1;
        out += text.slice(dollar, stop);
        i = stop;
      } else {
        out += resolved;
        i = end + 1;
      }
    } else if (next !== undefined && NAME_START.test(next)) {
      let end = dollar + 2;
      while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
      const name = text.slice(dollar + 1, end);
      out += valueOrPlaceholder(name, lookup, unknown);
      i = end;
    } else {
      out += '$';
      i = dollar + 1;
    }
  }
  return out;
}

/** The body of `${...}`: name, optional operator and argument. Null when malformed. */
function expandBraced(body: string, lookup: Lookup, unknown: Set<string>, depth: number): string | null {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body);
  if (!match) return null;
  const name = match[1]!;
  const operator = match[2];
  const argument = match[3] ?? '';
  const value = lookup(name);
  const argumentValue = () => expand(argument, lookup, unknown, depth + 1);
  switch (operator) {
    case undefined:
      return valueOrPlaceholder(name, lookup, unknown);
    case ':-':
      return value === undefined || value === '' ? argumentValue() : value;
    case '-':
      return value === undefined ? argumentValue() : value;
    case ':?':
      return value === undefined || value === '' ? placeholder(name, unknown) : value;
    case '?':
      return value === undefined ? placeholder(name, unknown) : value;
    case ':+':
      return value === undefined || value === '' ? '' : argumentValue();
    case '+':
      return value === undefined ? '' : argumentValue();
    default:
      return null;
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

/** Index of the `}` closing a `${` whose body starts at `from`, skipping nested `${...}` and `$$`. */
function matchingBrace(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '$') i++;
    else if (ch === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
