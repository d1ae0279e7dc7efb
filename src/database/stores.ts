// Data stores by image (vector, graph, cache), and the volumes, bind paths and networks of every
// compose service, resolved to their identity on the host so sharing can be compared across stacks.
import path from 'node:path';
import type { ComposeService, Stack } from '../compose/types';
import type { DataStore, StoreKind, VolumeMount } from './types';
import type { SourceLoc } from '../files/types';
import { imageName } from '../util/image';
import { withLazyLoc } from '../util/lazy';
import { getOrCompute } from '../util/maps';

const STORE_IMAGES: { kind: Exclude<StoreKind, 'postgres'>; product: string; pattern: RegExp }[] = [
  { kind: 'vector', product: 'qdrant', pattern: /^qdrant\/qdrant$/ },
  { kind: 'vector', product: 'weaviate', pattern: /^(cr\.weaviate\.io\/)?semitechnologies\/weaviate$/ },
  { kind: 'vector', product: 'milvus', pattern: /^milvusdb\/milvus$/ },
  { kind: 'vector', product: 'chroma', pattern: /^(chromadb\/chroma|ghcr\.io\/chroma-core\/chroma)$/ },
  { kind: 'graph', product: 'neo4j', pattern: /^neo4j$/ },
  { kind: 'graph', product: 'memgraph', pattern: /^memgraph\/memgraph(-platform|-mage)?$/ },
  { kind: 'graph', product: 'arangodb', pattern: /^(arangodb|arangodb\/arangodb)$/ },
  { kind: 'cache', product: 'valkey', pattern: /^(valkey\/valkey|valkey|bitnami\/valkey)$/ },
  { kind: 'cache', product: 'redis', pattern: /^(redis|bitnami\/redis|redis\/redis-stack(-server)?)$/ },
  { kind: 'cache', product: 'keydb', pattern: /^eqalpha\/keydb$/ },
  {
    kind: 'cache',
    product: 'dragonfly',
    pattern: /^(docker\.dragonflydb\.io\/dragonflydb\/dragonfly|dragonflydb\/dragonfly|ghcr\.io\/dragonflydb\/dragonfly)$/,
  },
];

/** Postgres images that carry vector or graph extensions: data of a vector/graph store inside Postgres. */
const POSTGRES_VECTOR_IMAGES: { product: string; pattern: RegExp }[] = [
  { product: 'pgvector', pattern: /^(pgvector\/pgvector|ankane\/pgvector)$/ },
  { product: 'pgvecto.rs', pattern: /^tensorchord\/pgvecto-rs$/ },
  { product: 'Apache AGE', pattern: /^apache\/age$/ },
];

/** Extensions that put vector or graph data in Postgres. */
export const VECTOR_GRAPH_EXTENSIONS = new Map([
  ['vector', 'pgvector'],
  ['vectors', 'pgvecto.rs'],
  ['vectorscale', 'pgvectorscale'],
  ['vchord', 'VectorChord'],
  ['age', 'Apache AGE'],
]);

export function storeOf(image: string | null): { kind: Exclude<StoreKind, 'postgres'>; product: string } | null {
  if (!image || image.includes('${')) return null;
  const name = imageName(image);
  const found = STORE_IMAGES.find((s) => s.pattern.test(name));
  return found ? { kind: found.kind, product: found.product } : null;
}

/** The vector/graph product a Postgres image bundles (pgvector/pgvector -> 'pgvector'), or null. */
export function postgresVectorProduct(image: string | null): string | null {
  if (!image || image.includes('${')) return null;
  const name = imageName(image);
  return POSTGRES_VECTOR_IMAGES.find((p) => p.pattern.test(name))?.product ?? null;
}

export function buildStores(active: ComposeService[], postgres: ComposeService[]): DataStore[] {
  const stores: DataStore[] = postgres.map((service) => ({ service, kind: 'postgres', product: postgresVectorProduct(service.image) ?? 'postgres' }));
  for (const service of active) {
    const store = storeOf(service.image);
    if (store) stores.push({ service, ...store });
  }
  return stores;
}

// ---------------------------------------------------------------- volumes

/** Project names by stack: every named volume and network of a stack asks for it. */
const projectNames = new WeakMap<Stack, string>();

/** Docker Compose's project name: the stack's `name:`, else its folder name, normalised. */
export function projectName(stack: Stack): string {
  return getOrCompute(projectNames, stack, normalisedProjectName);
}

function normalisedProjectName(stack: Stack): string {
  const declared = typeof stack.resolved.name === 'string' && !stack.resolved.name.includes('${') ? stack.resolved.name : path.basename(stack.dir);
  return declared.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The Docker name of a top-level volume key: `name:` or external keep their name, others get the project prefix. */
function volumeName(stack: Stack, key: string): string {
  const declared = asRecord(asRecord(stack.resolved.volumes)[key]);
  if (typeof declared.name === 'string') return declared.name;
  if (declared.external === true || asRecord(declared.external).name !== undefined) return String(asRecord(declared.external).name ?? key);
  return `${projectName(stack)}_${key}`;
}

/** One `volumes:` entry (short or long syntax) of a service, with its source resolved; null for anonymous volumes and tmpfs. */
export function readVolume(service: ComposeService, entry: unknown, index: number): VolumeMount | null {
  const locate = (): SourceLoc | null => service.stack.locate(['services', service.name, 'volumes', index]);
  let source: string;
  let target: string;
  let readOnly: boolean;
  let type: string | null = null;
  if (typeof entry === 'string') {
    const parts = splitShortVolume(entry);
    if (parts.length < 2) return null;
    source = parts[0]!;
    target = parts[1]!;
    readOnly = parts.length > 2 && hasMountOption(parts[2]!, 'ro');
  } else {
    const long = asRecord(entry);
    if (typeof long.source !== 'string' || typeof long.target !== 'string') return null;
    source = long.source;
    target = long.target;
    readOnly = long.read_only === true;
    type = typeof long.type === 'string' ? long.type : null;
  }
  if (type === 'tmpfs' || type === 'npipe' || source === '') return null;
  const isBind = type === 'bind' || (type === null && /^[./~]/.test(source));
  if (isBind) {
    const key = source.startsWith('~') ? source : path.resolve(service.stack.dir, source);
    return withLazyLoc({ service, kind: 'bind' as const, key, source, target, readOnly }, locate);
  }
  return withLazyLoc({ service, kind: 'volume' as const, key: volumeName(service.stack, source), source, target, readOnly }, locate);
}

/** Whether the comma-separated `mode` of a short volume lists `option` (without splitting it: this runs for every volume). */
function hasMountOption(mode: string, option: string): boolean {
  for (let at = mode.indexOf(option); at >= 0; at = mode.indexOf(option, at + 1)) {
    const end = at + option.length;
    if ((at === 0 || mode[at - 1] === ',') && (end === mode.length || mode[end] === ',')) return true;
  }
  return false;
}

/** `src:dst[:mode]`, leaving Windows drive letters (`C:\x`) alone. */
function splitShortVolume(text: string): string[] {
  const parts = text.split(':');
  if (parts.length > 1 && parts[0]!.length === 1 && /^[A-Za-z]$/.test(parts[0]!) && /^[\\/]/.test(parts[1] ?? ''))
    parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  return parts;
}

export function serviceVolumes(service: ComposeService): VolumeMount[] {
  const entries = service.resolved.volumes;
  const mounts: VolumeMount[] = [];
  if (!Array.isArray(entries)) return mounts;
  for (let i = 0; i < entries.length; i++) {
    const mount = readVolume(service, entries[i], i);
    if (mount !== null) mounts.push(mount);
  }
  return mounts;
}

/** Host paths that are not data (the Docker socket, time zone, system folders). */
export function isSystemPath(abs: string): boolean {
  return /^\/(etc|run|var\/run|sys|proc|dev|usr\/share\/zoneinfo|lib\/modules)(\/|$)/.test(abs) || abs === '/';
}

/** Whether two mounts reach the same data: the same named volume, or bind paths where one holds the other. */
export function sameData(a: VolumeMount, b: VolumeMount): boolean {
  if (a.kind !== b.kind) return false;
  // An unresolved ${VAR} is unknown: the same text means the same data only inside one stack.
  if (a.key.includes('${') || b.key.includes('${')) return a.service.stack === b.service.stack && a.key === b.key;
  if (a.kind === 'volume') return a.key === b.key;
  if (isSystemPath(a.key) || isSystemPath(b.key)) return false;
  return a.key === b.key || a.key.startsWith(`${b.key}/`) || b.key.startsWith(`${a.key}/`);
}

// ---------------------------------------------------------------- networks

/** Docker names of the networks a service is attached to (its project's default network when none is listed). */
export function serviceNetworks(service: ComposeService, byName: Map<string, ComposeService>): Set<string> {
  const mode = typeof service.resolved.network_mode === 'string' ? service.resolved.network_mode : null;
  if (mode?.startsWith('service:')) {
    const other = byName.get(mode.slice('service:'.length));
    return other && other !== service ? serviceNetworks(other, new Map([...byName].filter(([, s]) => s !== service))) : new Set();
  }
  if (mode) return new Set(mode.startsWith('container:') ? [] : [`mode:${mode}`]);
  const declared = service.resolved.networks;
  const keys = Array.isArray(declared) ? declared.map(String) : Object.keys(asRecord(declared));
  const stack = service.stack;
  const top = asRecord(stack.resolved.networks);
  const name = (key: string): string => {
    const net = asRecord(top[key]);
    if (typeof net.name === 'string') return net.name;
    if (net.external === true) return key;
    return `${projectName(stack)}_${key}`;
  };
  return new Set((keys.length > 0 ? keys : ['default']).map(name));
}

/** Names other services can reach it by: service name, container_name, hostname, network aliases. */
export function serviceHostNames(service: ComposeService): Set<string> {
  const names = new Set<string>([service.name.toLowerCase()]);
  if (service.containerName) names.add(service.containerName.toLowerCase());
  if (typeof service.resolved.hostname === 'string') names.add(service.resolved.hostname.toLowerCase());
  for (const net of Object.values(asRecord(service.resolved.networks))) {
    const aliases = asRecord(net).aliases;
    if (Array.isArray(aliases)) for (const alias of aliases) names.add(String(alias).toLowerCase());
  }
  return names;
}
