// Compose Specification schema validation with errors a person can act on: each issue names the
// key, points at the key or the value, and collapses ajv's per-branch noise into one message.
// The validator is precompiled (scripts/build-schemas.mjs); nothing is compiled at run time.
import type { ErrorObject } from 'ajv';
import validate from './validate-compose.generated';
import { nearest } from './suggest';

export interface ComposeSchemaIssue {
  /** Key path of what is wrong: for an unknown key, the path of that key. */
  path: (string | number)[];
  /** Dotted form of `path`, e.g. `services.web.enviroment` or `services.web.ports[0]`. */
  keyPath: string;
  /** One line naming the key, e.g. `services.web: unknown key 'enviroment' (did you mean 'environment'?)`. */
  message: string;
  /** Point at the key of the last path segment (unknown or incomplete mapping entry) rather than at its value. */
  atKey: boolean;
  /** The nearest allowed key or value, when there is a near one. */
  suggestion: string | null;
}

/** Validates a compose document (parsed YAML, before interpolation) against the Compose Specification. */
export function validateComposeSchema(data: unknown): ComposeSchemaIssue[] {
  const errors = collapseAlternatives(validateWithInterpolation(data));
  const seen = new Set<string>();
  const issues: ComposeSchemaIssue[] = [];
  for (const error of errors) {
    const issue = toIssue(error, data);
    const identity = `${issue.keyPath}\u0000${issue.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    issues.push(issue);
  }
  return issues;
}

// ---------------------------------------------------------------- interpolation

/**
 * True when Compose would interpolate the string (`${VAR}`, `${VAR:-x}`, `$VAR`); `$$` is a literal `$`.
 * Such a value's type is only known after interpolation, so it may stand for a number or a boolean.
 */
export function isInterpolated(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length - 1; i++) {
    if (value[i] !== '$') continue;
    const next = value[i + 1]!;
    if (next === '$') i++;
    else if (next === '{' || /[A-Za-z_]/.test(next)) return true;
  }
  return false;
}

const NO_STAND_IN = Symbol('no stand-in');
/** Keywords an interpolated string may fail before interpolation yet satisfy after it. */
const SCALAR_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
]);

/**
 * Compose interpolates first and validates the result; svclint validates the document as written.
 * Where an interpolated string sits in a place that wants a number, boolean or enum value, the
 * string is replaced by a value of that kind (a stand-in) and the document validated again, so a
 * `oneOf` that would accept the interpolated value passes as a whole. Remaining errors about an
 * interpolated string that a scalar could satisfy (pattern, range) are dropped; an interpolated
 * string where a mapping or a list is required stays an error, as it is for Compose.
 */
function validateWithInterpolation(data: unknown): ErrorObject[] {
  let subject = data;
  let copied = false;
  const replaced = new Set<string>();
  for (let round = 0; ; round++) {
    validate(subject);
    const errors = validate.errors ?? [];
    let changed = false;
    if (round < 8) {
      for (const error of errors) {
        if (replaced.has(error.instancePath) || !isInterpolated(valueAt(data, error.instancePath))) continue;
        const standIn = standInFor(error);
        if (standIn === NO_STAND_IN) continue;
        if (!copied) {
          subject = structuredClone(data);
          copied = true;
        }
        setAt(subject, error.instancePath, standIn);
        replaced.add(error.instancePath);
        changed = true;
      }
    }
    if (!changed) return errors.filter((error) => !satisfiableByInterpolation(error, data));
  }
}

function standInFor(error: ErrorObject): unknown {
  if (error.keyword === 'enum') return (error.params as { allowedValues: unknown[] }).allowedValues[0];
  if (error.keyword === 'const') return (error.params as { allowedValue: unknown }).allowedValue;
  if (error.keyword !== 'type') return NO_STAND_IN;
  const types = typeList(error);
  if (types.includes('boolean')) return true;
  if (types.includes('integer') || types.includes('number')) {
    const minimum = (error.parentSchema as { minimum?: unknown } | undefined)?.minimum;
    return typeof minimum === 'number' ? Math.max(0, minimum) : 0;
  }
  return NO_STAND_IN;
}

function satisfiableByInterpolation(error: ErrorObject, data: unknown): boolean {
  if (!SCALAR_KEYWORDS.has(error.keyword) || !isInterpolated(valueAt(data, error.instancePath))) return false;
  if (error.keyword !== 'type') return true;
  return typeList(error).some((type) => ['string', 'number', 'integer', 'boolean'].includes(type));
}

function typeList(error: ErrorObject): string[] {
  const type = (error.params as { type: string | string[] }).type;
  return Array.isArray(type) ? type : String(type).split(',');
}

// ---------------------------------------------------------------- oneOf / anyOf

/**
 * ajv reports every failed branch of a `oneOf` and then the `oneOf` itself. The branch errors of a
 * `oneOf` are exactly the errors emitted just before it at or below its instance (no compose-spec
 * schema object combines `oneOf` with other keywords, so nothing else sits in between), and nested
 * alternatives are reported before their parent, so one pass with a stack reduces them inside out.
 * From the branch errors the most specific are kept: errors from branches whose type matched
 * (unknown key, missing key, bad enum value...) win over type mismatches; among type mismatches,
 * the deepest wins (the branch that got furthest into the data), and the types expected there are
 * merged into one message.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const error of errors) {
    const isAlternative = error.keyword === 'oneOf' || error.keyword === 'anyOf';
    if (!isAlternative || (error.params as { passingSchemas?: unknown }).passingSchemas) {
      out.push(error);
      continue;
    }
    const branchErrors: ErrorObject[] = [];
    while (out.length > 0 && isWithin(out[out.length - 1]!.instancePath, error.instancePath)) branchErrors.unshift(out.pop()!);
    // No branch error left means a branch was excused (interpolation): the alternative holds.
    out.push(...mostSpecific(branchErrors));
  }
  return out;
}

function mostSpecific(branchErrors: ErrorObject[]): ErrorObject[] {
  const content = branchErrors.filter((error) => error.keyword !== 'type');
  if (content.length > 0) return content;
  if (branchErrors.length === 0) return [];
  const depth = Math.max(...branchErrors.map((error) => pointerSegments(error.instancePath).length));
  const deepest = branchErrors.filter((error) => pointerSegments(error.instancePath).length === depth);
  const byInstance = new Map<string, ErrorObject[]>();
  for (const error of deepest) byInstance.set(error.instancePath, [...(byInstance.get(error.instancePath) ?? []), error]);
  return [...byInstance.values()].map((group) => {
    const types = [...new Set(group.flatMap(typeList))];
    return { ...group[0]!, params: { type: types } };
  });
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

// ---------------------------------------------------------------- messages

function toIssue(error: ErrorObject, data: unknown): ComposeSchemaIssue {
  const base = typedPath(data, pointerSegments(error.instancePath));
  const value = error.data;
  const at = (path: (string | number)[], atKey: boolean, label: (string | number)[], text: string, suggestion: string | null = null): ComposeSchemaIssue => ({
    path,
    keyPath: formatKeyPath(path),
    message: `${formatKeyPath(label) || 'top level'}: ${text}`,
    atKey,
    suggestion,
  });
  const valueIsKeyed = typeof base[base.length - 1] === 'string';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const parent = (error.parentSchema ?? {}) as { properties?: Record<string, unknown>; patternProperties?: Record<string, unknown> };
      const allowed = Object.keys(parent.properties ?? {});
      if (allowed.length === 0) {
        const patterns = Object.keys(parent.patternProperties ?? {}).join(' or ');
        return at([...base, key], true, base, `key '${key}' is not allowed${patterns ? ` (names must match ${patterns})` : ''}`);
      }
      const suggestion = nearest(key, allowed);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
      return at([...base, key], true, base, `unknown key '${key}'${hint}`, suggestion);
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return at(base, valueIsKeyed, base, `missing required key '${missing}'`);
    }
    case 'type':
      return at(base, false, base, `expected ${joinOr(typeList(error).map(typeName))}, got ${describe(value)}`);
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const suggestion = typeof value === 'string' ? nearest(value, allowed) : null;
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
      return at(base, false, base, `'${String(value)}' is not one of ${allowed.join(', ')}${hint}`, suggestion);
    }
    case 'const':
      return at(base, false, base, `must be '${String((error.params as { allowedValue: unknown }).allowedValue)}'`);
    case 'uniqueItems': {
      // Only the indexes: items may be `KEY=secret` environment entries. ajv reports the pair in
      // either order depending on the item type; the later item is the duplicate.
      const { i, j } = error.params as { i: number; j: number };
      const duplicate = [...base, Math.max(i, j)];
      return at(duplicate, false, duplicate, `duplicate of item ${Math.min(i, j)}`);
    }
    case 'pattern':
      return at(base, false, base, `'${String(value)}' does not match ${(error.params as { pattern: string }).pattern}`);
    case 'oneOf':
      return at(base, false, base, 'matches more than one allowed form');
    default:
      return at(base, false, base, error.message ?? `fails ${error.keyword}`);
  }
}

function typeName(type: string): string {
  if (type === 'object') return 'mapping';
  if (type === 'array') return 'list';
  return type;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

function joinOr(words: string[]): string {
  const unique = [...new Set(words)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

/** `services.web.ports[0]`; keys that are not plain words are quoted: `labels["traefik.enable"]`. */
export function formatKeyPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

// ---------------------------------------------------------------- JSON pointers

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Segments with array indexes as numbers, as `findNode` and `Stack.locate` expect. */
function typedPath(data: unknown, segments: string[]): (string | number)[] {
  const path: (string | number)[] = [];
  let current = data;
  for (const segment of segments) {
    const index = Array.isArray(current) ? Number(segment) : NaN;
    path.push(Number.isInteger(index) ? index : segment);
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const segment of pointerSegments(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function setAt(data: unknown, pointer: string, value: unknown): void {
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  const parent = valueAt(data, segments.length ? `/${segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` : '');
  if (last !== undefined && parent !== null && typeof parent === 'object') (parent as Record<string, unknown>)[last] = value;
}
