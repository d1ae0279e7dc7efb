// The database view of the host: Postgres-family containers and which one is the shared
// instance, how every service connects to Postgres, the shared instance's init scripts and the
// privilege matrix they give, and the vector/graph/cache stores with their volumes.
import path from 'node:path';
import type { ComposeService, Stack } from '../compose/types';
import type { DatabaseModel, InitMount, InitScriptFile, PostgresConnection } from './types';
import type { HostModel } from '../model/types';
import type { Allocation } from '../policy/types';
import { imageName } from '../util/image';
import { readConnections } from './connections';
import { findInitMounts, readInitScripts } from './init-mounts';
import { evaluateInit, matrixOf, LATEST_MAJOR, type ScriptEnv } from './initdb';
import { imageMajorVersion } from './initdb/order';
import { isSecretName } from './secrets';
import { buildStores, serviceHostNames, serviceNetworks, serviceVolumes } from './stores';
import { findCatalogEntry } from '../policy/classify';
import { appendTo, getOrCompute } from '../util/maps';

/** Postgres-family images (normalised by parseImage: no docker.io/, no library/, no tag). */
const POSTGRES_IMAGES = [
  /^postgres$/,
  /^postgis\/postgis$/,
  /^pgvector\/pgvector$/,
  /^timescale\/timescaledb(-ha|-postgis)?$/,
  /^supabase\/postgres$/,
  /^bitnami\/postgresql(-repmgr)?$/,
  /^ankane\/pgvector$/,
  /^tensorchord\/pgvecto-rs$/,
  /^(ghcr\.io\/)?cloudnative-pg\/postgresql$/,
  /^apache\/age$/,
  /^paradedb\/paradedb$/,
];

/** Connection poolers and backup jobs for Postgres (they log in for every database by design). */
const POSTGRES_INFRASTRUCTURE =
  /(^|\/)(pgbouncer|pgcat|pgpool(-ii)?|odyssey|supavisor|pgbackrest|wal-g|postgres-backup(-local|-s3)?|pg-backup[\w-]*|pgbackweb)$/;

export function isPostgresInfrastructure(image: string | null): boolean {
  if (!image || image.includes('${')) return false;
  return POSTGRES_INFRASTRUCTURE.test(imageName(image));
}

export function isPostgresImage(image: string | null): boolean {
  if (!image || image.includes('${')) return false;
  const name = imageName(image);
  return POSTGRES_IMAGES.some((re) => re.test(name));
}

/** A model with nothing in it, for hosts not built yet. */
export function emptyDatabaseModel(): DatabaseModel {
  return { postgres: [], shared: null, superusers: [], connections: [], initMounts: [], initScripts: [], matrix: null, exec: null, stores: [], volumes: [] };
}

export interface DatabaseModelOptions {
  /** --initdb-exec: run the init scripts in a throwaway PostgreSQL (local binaries, or the stack's image in Docker). */
  initdbExec?: 'local' | 'docker' | null;
}

export async function buildDatabaseModel(model: HostModel, options: DatabaseModelOptions = {}): Promise<DatabaseModel> {
  const active = model.services.filter((s) => !s.stack.archived);
  const postgres = active.filter((s) => isPostgresImage(s.image));
  // Poolers and backup jobs serve every database: they are not clients, and a client that
  // connects through a pooler reaches the Postgres the pooler points at.
  const infrastructure = active.filter((s) => isPostgresInfrastructure(s.image));
  const poolerTargets = new Map<ComposeService, ComposeService | null>();
  for (const pooler of infrastructure) {
    const own =
      readConnections(pooler)
        .map((c) => resolveTarget(c, postgres))
        .find((t) => t !== null) ?? null;
    poolerTargets.set(pooler, own);
  }
  const connections = active.filter((s) => !postgres.includes(s) && !poolerTargets.has(s)).flatMap(readConnections);
  for (const connection of connections) {
    connection.target = resolveTarget(connection, postgres);
    if (!connection.target) {
      const pooler = resolveTarget(connection, [...poolerTargets.keys()]);
      if (pooler) connection.target = poolerTargets.get(pooler) ?? null;
    }
  }
  const shared = pickShared(model, postgres, connections);
  for (const connection of connections) connection.toShared = shared !== null && connection.target === shared;

  const initMounts = postgres.flatMap(findInitMounts);
  const initScripts = await readInitScripts(initMounts, scriptEnv, model.files);
  const superusers = shared ? superusersOf(shared) : [];
  let matrix = null;
  let exec: InitdbExecReport | null = null;
  if (shared) {
    const env = scriptEnv(shared);
    const superuser = env.get('POSTGRES_USER') ?? 'postgres';
    const files = initScripts.filter((s) => s.postgres === shared);
    const imageVersion = imageMajorVersion(shared.image);
    const outcome = evaluateInit(
      files.map((s) => s.script),
      {
        superuser,
        defaultDatabase: env.get('POSTGRES_DB') ?? superuser,
        version: imageVersion ?? LATEST_MAJOR,
        defaultDatabaseLoc: explicitDefaultDatabaseLoc(shared),
      },
    );
    matrix = matrixOf(outcome, 'scripts');
    if (options.initdbExec) {
      const result = await runInitdbExec(options.initdbExec, shared, files, env, outcome.catalog, initMounts);
      // The server's catalog is the truth; the static replay only lends it positions.
      matrix = matrixOf({ catalog: result.catalog, stop: result.stop, lost: [], unevaluated: [] }, 'server');
      exec = { mode: options.initdbExec, serverVersion: result.serverVersion, imageVersion, image: shared.image, millis: result.millis };
    }
  }
  return {
    postgres,
    shared,
    superusers,
    connections,
    initMounts,
    initScripts,
    matrix,
    exec,
    stores: buildStores(active, postgres),
    volumes: active.flatMap(serviceVolumes),
  };
}

/** What --initdb-exec ran, for the note about versions. */
export interface InitdbExecReport {
  mode: 'local' | 'docker';
  serverVersion: number;
  imageVersion: number | null;
  image: string | null;
  millis: number;
}

async function runInitdbExec(
  mode: 'local' | 'docker',
  shared: ComposeService,
  files: InitScriptFile[],
  env: ScriptEnv,
  replayed: import('./initdb').Catalog,
  mounts: InitMount[],
) {
  const mount = mounts.find((m) => m.postgres === shared && m.files.length > 0) ?? mounts.find((m) => m.postgres === shared);
  const input = {
    files: files.map((f) => ({
      file: f.file,
      name: f.mount.kind === 'file' && f.mount.target ? path.posix.basename(f.mount.target) : path.basename(f.file),
      script: f.script,
      text: f.text,
    })),
    env,
    replayed,
    fallback: mount?.loc ?? shared.loc,
    processEnv: process.env,
  };
  if (mode === 'docker') {
    const { executeInitDocker } = await import('./exec/docker');
    return executeInitDocker({ ...input, image: shared.image ?? 'postgres' });
  }
  const { executeInit } = await import('./exec/run');
  return executeInit(input);
}

/** A literal (or `.env`-resolved) environment value of a service; null when unset or unknown. */
export function envValue(service: ComposeService, name: string): string | null {
  const variable = service.environment.find((v) => v.name === name);
  return variable?.value && !variable.value.includes('${') ? variable.value : null;
}

/**
 * The environment a Postgres container's init scripts see, as far as svclint knows it:
 * POSTGRES_USER (default postgres) and POSTGRES_DB (default POSTGRES_USER) as the entrypoint sets
 * them, and every other variable of the service with its value, except secrets (never read into
 * the model) and values Compose cannot resolve here, which are unknown (null).
 */
export function scriptEnv(postgres: ComposeService): ScriptEnv {
  const env = new Map<string, string | null>();
  for (const variable of postgres.environment) {
    const value = variable.value !== null && !variable.value.includes('${') && !isSecretName(variable.name) ? variable.value : null;
    env.set(variable.name, value);
  }
  const user = env.has('POSTGRES_USER') ? env.get('POSTGRES_USER')! : 'postgres';
  env.set('POSTGRES_USER', user || 'postgres');
  if (!env.get('POSTGRES_DB') && !(env.has('POSTGRES_DB') && env.get('POSTGRES_DB') === null)) env.set('POSTGRES_DB', user || 'postgres');
  return env;
}

/** Where POSTGRES_DB is set, when it names a database of its own (not `postgres`). */
function explicitDefaultDatabaseLoc(postgres: ComposeService): import('../files/types').SourceLoc | null {
  const variable = postgres.environment.find((v) => v.name === 'POSTGRES_DB');
  if (!variable?.value || variable.value === 'postgres' || variable.value.includes('${')) return null;
  return variable.loc ?? postgres.loc;
}

/** 'postgres' plus the image's POSTGRES_USER when it is known (the entrypoint's bootstrap superuser). */
function superusersOf(shared: ComposeService): string[] {
  const user = envValue(shared, 'POSTGRES_USER');
  return user && user !== 'postgres' ? ['postgres', user] : ['postgres'];
}

/**
 * A service's networks, computed once per service: resolveTarget asks for the client's and each
 * candidate's for every connection (at 10,000 services, ~90 ms rebuilding the same maps and sets).
 * Keyed by the service object, which a run builds fresh and does not change once loaded.
 */
const networksCache = new WeakMap<ComposeService, Set<string>>();
function networksOf(service: ComposeService): Set<string> {
  return getOrCompute(networksCache, service, networksInStack);
}

function networksInStack(service: ComposeService): Set<string> {
  return serviceNetworks(service, servicesByName(service.stack));
}

/** A stack's services by name, once per stack (not once per service of it). */
const servicesByNameCache = new WeakMap<Stack, Map<string, ComposeService>>();
function servicesByName(stack: Stack): Map<string, ComposeService> {
  return getOrCompute(servicesByNameCache, stack, indexServicesByName);
}

function indexServicesByName(stack: Stack): Map<string, ComposeService> {
  return new Map(stack.services.map((x) => [x.name, x]));
}

/** The names a Postgres service answers to, once per service: asked for every connection. */
const hostNamesCache = new WeakMap<ComposeService, Set<string>>();
function hostNamesOf(service: ComposeService): Set<string> {
  return getOrCompute(hostNamesCache, service, serviceHostNames);
}

/**
 * The Postgres a host name reaches, as Docker's DNS does: a service name, container name,
 * hostname or alias on a network both services are on. When no network is shared (networks
 * declared differently in each stack), a name only one instance has still counts.
 */
function resolveTarget(connection: PostgresConnection, postgres: ComposeService[]): ComposeService | null {
  const host = connection.host?.value?.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  const named = postgres.filter((p) => hostNamesOf(p).has(host));
  if (named.length === 0) return null;
  const clientNets = networksOf(connection.service);
  const reachable = named.filter((p) => {
    for (const n of networksOf(p)) if (clientNets.has(n)) return true;
    return false;
  });
  if (reachable.length > 0) return reachable[0]!;
  return named.length === 1 ? named[0]! : null;
}

/**
 * The shared instance: the one the config declares (database.postgres), else the policy's service
 * in its capability (core-infra/), else the single one there, else the only one, else the one more
 * stacks connect to than to any other (at least two). Never a pick among equals (an app catalog
 * where each app has its own Postgres): then there is none, and single-postgres says to declare it.
 * Instances declared isolated are never the shared one.
 */
function pickShared(model: HostModel, postgres: ComposeService[], connections: PostgresConnection[]): ComposeService | null {
  const isolated = new Set(model.policy.database.isolated.map((i) => i.service));
  const candidates = postgres.filter((s) => !isolated.has(s.name) && !(s.containerName && isolated.has(s.containerName)));
  if (candidates.length === 0) return null;
  const wanted = model.policy.database.postgres;
  const capability = wanted?.capability ?? 'core-infra';
  const inCapability = (s: ComposeService) => topDir(model, s) === capability;
  const users = (s: ComposeService) => new Set(connections.filter((c) => c.target === s).map((c) => c.service)).size;
  const hasInit = (s: ComposeService) => findInitMounts(s).length > 0;
  const best = (list: ComposeService[]): ComposeService =>
    [...list].sort((a, b) => Number(inCapability(b)) - Number(inCapability(a)) || users(b) - users(a) || Number(hasInit(b)) - Number(hasInit(a)))[0]!;
  const named = wanted ? candidates.filter((s) => s.name === wanted.service || s.containerName === wanted.service) : [];
  if (wanted?.declared && named.length > 0) return best(named);
  const namedThere = named.filter(inCapability);
  if (namedThere.length > 0) return best(namedThere);
  const there = candidates.filter(inCapability);
  if (there.length > 0) return best(there);
  if (candidates.length === 1) return candidates[0]!;
  // Shared means used across stacks: an app whose server and worker use its own database is not it.
  const stacksUsing = (s: ComposeService) => new Set(connections.filter((c) => c.target === s).map((c) => c.service.stack)).size;
  const [first, second] = [...candidates].sort((a, b) => stacksUsing(b) - stacksUsing(a));
  return stacksUsing(first!) >= 2 && stacksUsing(first!) > stacksUsing(second!) ? first! : null;
}

function topDir(model: HostModel, service: ComposeService): string {
  if (service.serviceDir?.capability) return service.serviceDir.capability.name;
  const rel = service.stack.dir.slice(model.root.length + 1);
  return rel.split(/[\\/]/)[0] ?? '';
}

const serviceNamesCache = new WeakMap<HostModel, WeakMap<ComposeService, ReadonlySet<string>>>();

/**
 * Names an allocation entry may use for a compose service: its name, container name, folder, and
 * catalog name. Kept per model and service: the allocation rules, unused-allocation and the JSON
 * output's database view each ask for every one of 10,000 services.
 */
export function serviceNames(service: ComposeService, model: HostModel): ReadonlySet<string> {
  const byService = getOrCompute(serviceNamesCache, model, () => new WeakMap<ComposeService, ReadonlySet<string>>());
  return getOrCompute(byService, service, (s) => namesOf(s, model));
}

function namesOf(service: ComposeService, model: HostModel): Set<string> {
  const names = new Set([service.name]);
  if (service.containerName) names.add(service.containerName);
  if (service.serviceDir?.primary === service) names.add(service.serviceDir.name);
  for (const name of [...names]) {
    const entry = findCatalogEntry(model.policy, name);
    if (entry) names.add(entry.entry.name);
  }
  return names;
}

type IndexedAllocation = { allocation: Allocation; index: number };
const allocationIndex = new WeakMap<HostModel, Map<string, IndexedAllocation[]>>();

/** Allocation entries by the service name they give, built once per model (thousands of entries, thousands of services). */
function allocationsByName(model: HostModel): Map<string, IndexedAllocation[]> {
  return getOrCompute(allocationIndex, model, (m) => {
    const index = new Map<string, IndexedAllocation[]>();
    m.policy.database.allocations.forEach((allocation, i) => appendTo(index, allocation.service, { allocation, index: i }));
    return index;
  });
}

/** Allocation entries (with their index in the config) that name this service, in config order. */
export function allocationsFor(service: ComposeService, model: HostModel): IndexedAllocation[] {
  const byName = allocationsByName(model);
  const found: IndexedAllocation[] = [];
  for (const name of serviceNames(service, model)) {
    const entries = byName.get(name);
    if (entries) found.push(...entries);
  }
  // Most services have no entry or one (10,000 services: no Set and sort for those).
  if (found.length <= 1) return found;
  return [...new Set(found)].sort((a, b) => a.index - b.index);
}
