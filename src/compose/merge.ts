// Compose override merge (compose-spec "merge" rules, as compose-go's override package does):
// mappings merge recursively, a few keys replace, map-like keys merge by key even in list form,
// sequences append and de-duplicate by an identity (a mount's target, a port mapping...).
// Inputs are never modified (parsed YAML shares objects between aliases).

type Plain = Record<string, unknown>;
type Strategy = (base: unknown, override: unknown, path: string[]) => unknown;

/** Path patterns (`*` = any one segment) with the strategy merging the value at that path. */
const RULES: [pattern: string, strategy: Strategy][] = [
  ['services.*.command', replace],
  ['services.*.entrypoint', replace],
  ['services.*.healthcheck.test', replace],
  ['services.*.environment', keyValue('=')],
  ['services.*.labels', keyValue('=')],
  ['services.*.annotations', keyValue('=')],
  ['services.*.sysctls', keyValue('=')],
  ['services.*.extra_hosts', keyValue('=:')],
  ['services.*.build.args', keyValue('=')],
  ['services.*.build.labels', keyValue('=')],
  ['services.*.build.extra_hosts', keyValue('=:')],
  ['services.*.build.additional_contexts', keyValue('=')],
  ['services.*.deploy.labels', keyValue('=')],
  ['networks.*.labels', keyValue('=')],
  ['volumes.*.labels', keyValue('=')],
  ['services.*.ulimits.*', ulimit],
  ['services.*.build', build],
  ['services.*.logging', logging],
  ['services.*.depends_on', namedEntries({ condition: 'service_started' })],
  ['services.*.networks', namedEntries(null)],
  ['services.*.ports', uniqueList(portKey)],
  ['services.*.volumes', uniqueList(mountTargetKey)],
  ['services.*.devices', uniqueList(mountTargetKey)],
  ['services.*.secrets', uniqueList(fileMountKey('/run/secrets/'))],
  ['services.*.configs', uniqueList(fileMountKey('/'))],
  ['services.*.env_file', uniqueList(envFileKey)],
];

const RULES_BY_LAST = new Map<string, [string[], Strategy][]>();
for (const [pattern, strategy] of RULES) {
  const segments = pattern.split('.');
  const last = segments[segments.length - 1]!;
  RULES_BY_LAST.set(last, [...(RULES_BY_LAST.get(last) ?? []), [segments, strategy]]);
}

/** Merges an override compose mapping onto a base one; returns a new mapping. */
export function mergeComposeConfigs(base: Plain, override: Plain): Plain {
  return mergeMappings(base, override, []);
}

/**
 * Removes the value at each path (Compose `!reset` / `!override`, applied to the base before
 * merging). Copy-on-write. With `sequences`, a numeric segment removes a list item (used to
 * drop `!reset` items from a file's own data; pass paths in reverse document order).
 */
export function removePaths(config: Plain, paths: readonly (readonly string[])[], sequences = false): Plain {
  let out = config;
  for (const path of paths) out = withoutPath(out, path, sequences) as Plain;
  return out;
}

function withoutPath(value: unknown, path: readonly string[], sequences: boolean): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value) && sequences && /^\d+$/.test(head)) {
    const index = Number(head);
    if (index >= value.length) return value;
    const copy = [...value];
    if (rest.length === 0) copy.splice(index, 1);
    else copy[index] = withoutPath(value[index], rest, sequences);
    return copy;
  }
  if (!isPlain(value) || !(head in value)) return value;
  const copy = { ...value };
  if (rest.length === 0) delete copy[head];
  else copy[head] = withoutPath(value[head], rest, sequences);
  return copy;
}

function mergeAt(base: unknown, override: unknown, path: string[]): unknown {
  const strategy = strategyFor(path);
  if (strategy) return strategy(base, override, path);
  return mergeDefault(base, override, path);
}

function strategyFor(path: string[]): Strategy | null {
  for (const last of [path[path.length - 1]!, '*']) {
    for (const [segments, strategy] of RULES_BY_LAST.get(last) ?? []) if (matches(path, segments)) return strategy;
  }
  return null;
}

function matches(path: string[], segments: string[]): boolean {
  return path.length === segments.length && segments.every((segment, i) => segment === '*' || segment === path[i]);
}

function mergeDefault(base: unknown, override: unknown, path: string[]): unknown {
  if (override === null || override === undefined) return base;
  if (isPlain(base) && isPlain(override)) return mergeMappings(base, override, path);
  if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], scalarKey);
  return override;
}

function mergeMappings(base: Plain, override: Plain, path: string[]): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // Extension fields (`x-...`) are replaced whole, as compose-go does.
    out[key] = key in base && !key.startsWith('x-') ? mergeAt(base[key], value, [...path, key]) : value;
  }
  return out;
}

function replace(base: unknown, override: unknown): unknown {
  return override === undefined ? base : override;
}

/** Map-like keys (environment, labels...): list entries `K=V` are keyed by K. */
function keyValue(separators: string): Strategy {
  const keyOf = (entry: unknown) => {
    const text = String(entry);
    let cut = text.length;
    for (const sep of separators) {
      const at = text.indexOf(sep);
      if (at >= 0 && at < cut) cut = at;
    }
    return text.slice(0, cut);
  };
  return (base, override) => {
    if (override === null || override === undefined) return base;
    if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], keyOf);
    const split = (entry: unknown): [string, unknown] => {
      const text = String(entry);
      const key = keyOf(text);
      return [key, key.length < text.length ? text.slice(key.length + 1) : null];
    };
    const asMap = (value: unknown): Plain => (Array.isArray(value) ? Object.fromEntries(value.map(split)) : isPlain(value) ? value : {});
    return { ...asMap(base), ...asMap(override) };
  };
}

/** depends_on / service networks: list form is a set of names, map form carries options. */
function namedEntries(listDefault: unknown): Strategy {
  return (base, override, path) => {
    if (override === null || override === undefined) return base;
    if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], scalarKey);
    const asMap = (value: unknown): Plain =>
      Array.isArray(value) ? Object.fromEntries(value.map((name) => [String(name), listDefault])) : isPlain(value) ? value : {};
    return mergeMappings(asMap(base), asMap(override), path);
  };
}

function build(base: unknown, override: unknown, path: string[]): unknown {
  const asMap = (value: unknown): unknown => (typeof value === 'string' ? { context: value } : value);
  return mergeDefault(asMap(base), asMap(override), path);
}

/** A different logging driver replaces the whole block; the same driver merges options. */
function logging(base: unknown, override: unknown, path: string[]): unknown {
  if (isPlain(base) && isPlain(override) && override.driver !== undefined && base.driver !== undefined && override.driver !== base.driver) {
    return override;
  }
  return mergeDefault(base, override, path);
}

function ulimit(base: unknown, override: unknown, path: string[]): unknown {
  return isPlain(base) && isPlain(override) ? mergeMappings(base, override, path) : replace(base, override);
}

function uniqueList(keyOf: (entry: unknown) => string): Strategy {
  return (base, override, path) => {
    if (Array.isArray(base) && Array.isArray(override)) return dedupe([...base, ...override], keyOf);
    return mergeDefault(base, override, path);
  };
}

/** Keeps the first position of each key and the last value for it (compose-go's unicity). */
function dedupe(entries: unknown[], keyOf: (entry: unknown) => string): unknown[] {
  const out: unknown[] = [];
  const at = new Map<string, number>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, out.length);
      out.push(entry);
    } else {
      out[index] = entry;
    }
  }
  return out;
}

function scalarKey(entry: unknown): string {
  return entry !== null && typeof entry === 'object' ? JSON.stringify(entry) : `${typeof entry}:${String(entry)}`;
}

function portKey(entry: unknown): string {
  if (!isPlain(entry)) return String(entry);
  const { host_ip: ip = '', published = '', target = '', protocol = 'tcp' } = entry;
  return `${String(ip)}:${String(published)}:${String(target)}/${String(protocol)}`;
}

/** Volumes and devices: identified by their target (`src:target[:mode]` or long form). */
function mountTargetKey(entry: unknown): string {
  if (isPlain(entry)) return String(entry.target ?? JSON.stringify(entry));
  const parts = String(entry).split(':');
  return parts.length >= 2 ? parts[1]! : parts[0]!;
}

/** Secrets and configs: identified by the path they are mounted at. */
function fileMountKey(defaultDir: string): (entry: unknown) => string {
  return (entry) => {
    if (!isPlain(entry)) return defaultDir + String(entry);
    const target = entry.target ?? entry.source;
    const text = String(target);
    return text.startsWith('/') ? text : defaultDir + text;
  };
}

function envFileKey(entry: unknown): string {
  return isPlain(entry) ? String(entry.path) : String(entry);
}

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
