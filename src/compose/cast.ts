// compose-go converts strings at some paths to the type the schema wants, while interpolating
// (loader/interpolate.go, interpolateTypeCastMapping): `privileged: "true"`, `required: no`,
// `replicas: "3"`, `ports[].target: "80"` are accepted; a string it cannot convert
// (`privileged: maybe`, `scale: two`) makes it refuse the file. The same here, on a resolved tree:
// a value still holding an unknown `${VAR}` is left alone (its type is not known).
import { hasUnknown } from './interpolate';

export type Cast = (text: string) => unknown;

/** A string at `path` that compose-go cannot convert; it is kept as written. */
export interface CastError {
  path: (string | number)[];
  message: string;
}

/** Go's strconv.Atoi / ParseInt(s, 10, 64): optional sign, decimal digits, no spaces. */
const toInt: Cast = (text) => {
  if (!/^[+-]?[0-9]+$/.test(text)) throw new Error(`invalid syntax: ${JSON.stringify(text)} is not an integer`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${JSON.stringify(text)} is out of range`);
  return value;
};

/** Go's strconv.ParseFloat: decimal or hexadecimal float, `inf`/`infinity`/`nan`, `_` between digits. */
const FLOAT =
  /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?|0[xX](?:_?[0-9a-fA-F])*(?:\.(?:[0-9a-fA-F](?:_?[0-9a-fA-F])*)?)?[pP][+-]?[0-9](?:_?[0-9])*|inf|infinity|nan)$/i;
const toFloat: Cast = (text) => {
  if (!FLOAT.test(text) || !/[0-9]|inf|nan/i.test(text) || /^[+-]?\.?(?:[eE]|$)/.test(text))
    throw new Error(`invalid syntax: ${JSON.stringify(text)} is not a number`);
  const plain = text.replace(/_/g, '').toLowerCase();
  if (/inf/.test(plain)) return plain.startsWith('-') ? -Infinity : Infinity;
  if (plain.endsWith('nan')) return NaN;
  return plain.includes('0x') ? hexFloat(plain) : Number(plain);
};

function hexFloat(text: string): number {
  const match = /^([+-]?)0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?[0-9]+)$/.exec(text)!;
  const mantissa = parseInt(`${match[2] || '0'}${match[3] ?? ''}`, 16) / 16 ** (match[3]?.length ?? 0);
  return (match[1] === '-' ? -1 : 1) * mantissa * 2 ** Number(match[4]);
}

/** compose-go's toBoolean: the YAML 1.1 words too (with a warning there). */
const toBoolean: Cast = (text) => {
  const lower = text.toLowerCase();
  if (['true', 'y', 'yes', 'on'].includes(lower)) return true;
  if (['false', 'n', 'no', 'off'].includes(lower)) return false;
  throw new Error(`invalid boolean: ${JSON.stringify(text)}`);
};

const kinds = { int: toInt, float: toFloat, boolean: toBoolean };
type Kind = keyof typeof kinds;

/** compose-go's interpolateTypeCastMapping (`*` any key, `[]` any list item). */
const CASTS: [pattern: string, kind: Kind][] = [
  ['services.*.cpu_count', 'int'],
  ['services.*.cpu_percent', 'float'],
  ['services.*.cpu_period', 'int'],
  ['services.*.cpu_quota', 'int'],
  ['services.*.cpu_rt_period', 'int'],
  ['services.*.cpu_rt_runtime', 'int'],
  ['services.*.cpus', 'float'],
  ['services.*.cpu_shares', 'int'],
  ['services.*.init', 'boolean'],
  ['services.*.depends_on.*.required', 'boolean'],
  ['services.*.depends_on.*.restart', 'boolean'],
  ['services.*.deploy.replicas', 'int'],
  ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.update_config.max_failure_ratio', 'float'],
  ['services.*.deploy.rollback_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
  ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'],
  ['services.*.healthcheck.retries', 'int'],
  ['services.*.healthcheck.disable', 'boolean'],
  ['services.*.oom_kill_disable', 'boolean'],
  ['services.*.oom_score_adj', 'int'],
  ['services.*.pids_limit', 'int'],
  ['services.*.ports.[].target', 'int'],
  ['services.*.privileged', 'boolean'],
  ['services.*.read_only', 'boolean'],
  ['services.*.scale', 'int'],
  ['services.*.stdin_open', 'boolean'],
  ['services.*.tty', 'boolean'],
  ['services.*.ulimits.*', 'int'],
  ['services.*.ulimits.*.hard', 'int'],
  ['services.*.ulimits.*.soft', 'int'],
  ['services.*.volumes.[].read_only', 'boolean'],
  ['services.*.volumes.[].volume.nocopy', 'boolean'],
  ['networks.*.external', 'boolean'],
  ['networks.*.internal', 'boolean'],
  ['networks.*.attachable', 'boolean'],
  ['networks.*.enable_ipv4', 'boolean'],
  ['networks.*.enable_ipv6', 'boolean'],
  ['volumes.*.external', 'boolean'],
  ['secrets.*.external', 'boolean'],
  ['configs.*.external', 'boolean'],
];

interface TrieNode {
  kind?: Kind;
  children: Map<string, TrieNode>;
}
const TRIE: TrieNode = { children: new Map() };
for (const [pattern, kind] of CASTS) {
  let node = TRIE;
  for (const segment of pattern.split('.')) {
    let next = node.children.get(segment);
    if (!next) node.children.set(segment, (next = { children: new Map() }));
    node = next;
  }
  node.kind = kind;
}

/**
 * The tree with every string at a cast path converted; subtrees with nothing to convert come back
 * as the same objects. Strings that cannot be converted stay and are listed in `errors`.
 */
export function castTree(tree: Record<string, unknown>, errors: CastError[]): Record<string, unknown> {
  return visit(tree, TRIE, [], errors) as Record<string, unknown>;
}

function visitChild(item: unknown, key: string | number, child: TrieNode, path: (string | number)[], errors: CastError[]): unknown {
  path.push(key);
  const next = visit(item, child, path, errors);
  path.pop();
  return next;
}

function visit(value: unknown, node: TrieNode, path: (string | number)[], errors: CastError[]): unknown {
  if (typeof value === 'string') {
    if (!node.kind || hasUnknown(value)) return value;
    try {
      return kinds[node.kind](value);
    } catch (error) {
      errors.push({
        path: [...path],
        message: `cannot convert '${value}' to ${node.kind === 'int' ? 'an integer' : node.kind === 'float' ? 'a number' : 'a boolean'} (${(error as Error).message})`,
      });
      return value;
    }
  }
  if (node.children.size === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const child = node.children.get('[]');
    if (!child) return value;
    let out: unknown[] | null = null;
    for (let index = 0; index < value.length; index++) {
      const next = visitChild(value[index], index, child, path, errors);
      if (next === value[index]) continue;
      out ??= [...value];
      out[index] = next;
    }
    return out ?? value;
  }
  // Keys, not entries: no pair array per key (this walks every file of a large run).
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(record)) {
    const child = node.children.get(key) ?? node.children.get('*');
    if (!child) continue;
    const next = visitChild(record[key], key, child, path, errors);
    if (next === record[key]) continue;
    out ??= { ...record };
    out[key] = next;
  }
  return out ?? value;
}
