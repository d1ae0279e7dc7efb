#!/usr/bin/env node
// Deterministic synthetic service trees for the benchmark suite.
//
//   node bench/generate.mjs <outDir> --services N [--seed S]
//
// The tree follows the seed design document (capability directories under `services/`, one
// compose stack per capability, one shared Postgres in core-infra with an init script) and
// carries a small, fixed fraction of realistic problems so the rules have work to do.
// YAML is written as text (no serializer) because 10,000 services must take seconds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output changes, so cached trees in `.bench-trees/` are regenerated. */
export const GENERATOR_VERSION = 2;

export const MIN_SERVICES = 40;
// Host ports are 10000 + service index, so they must stay below 65536.
export const MAX_SERVICES = 50_000;
const HOST_PORT_BASE = 10_000;

/** Names svclint's recommended policy treats as catch-all or technology folders (SPEC.md). */
export const CATCH_ALL_DIRS = ['misc', 'apps', 'other', 'stuff', 'general', 'tmp'];
export const TECHNOLOGY_DIRS = ['docker', 'containers', 'compose', 'stacks'];

// Problem rates: small and fixed, so every size has findings in proportion.
/** One in UNPINNED_EVERY generated services has a moving tag or no tag (the first one early, so small trees have one). */
export const UNPINNED_EVERY = 97;
/** One in MISPLACED_EVERY generated services (besides dozzle) carries a `svclint.capability` label naming another capability. */
export const MISPLACED_EVERY = 500;
/** One catch-all stack at root per CATCH_ALL_EVERY services (at least one, at most CATCH_ALL_DIRS.length). */
export const CATCH_ALL_EVERY = 2000;
/** Every OBSOLETE_VERSION_EVERY-th stack keeps a top-level `version:` key. */
export const OBSOLETE_VERSION_EVERY = 20;

const CATCH_ALL_SIZE = 5;
const ARCHIVE_SIZE = 5;
const STACK_MIN = 5;
const STACK_MAX = 20;

/** The seed's seven capabilities with the services the design document places in them. */
const SEED_CAPABILITIES = [
  { name: 'core-infra', services: ['traefik', 'postgres', 'valkey'] },
  { name: 'memory-orchestration', services: ['memory-gateway', 'planner-api', 'archon-server', 'archon-mcp', 'archon-ui'] },
  { name: 'automation', services: ['n8n'] },
  // dozzle belongs in monitoring/ (seed table): placed here on purpose, the classic mistake.
  { name: 'interfaces', services: ['open-webui', 'uptime-kuma', 'dozzle'] },
  { name: 'integrations', services: ['coda-mcp', 'litellm'] },
  { name: 'monitoring', services: [] },
  { name: 'archive', services: ['nginx', 'acme-companion'] },
];

/** Extra capability names, declared in the generated config; suffixed `-2`, `-3`… when reused. */
const EXTRA_CAPABILITIES = [
  'communications',
  'analytics',
  'media',
  'storage',
  'search',
  'security',
  'billing',
  'identity',
  'notifications',
  'data-pipelines',
  'backups',
  'documentation',
  'dev-tools',
  'home-automation',
  'finance',
  'learning',
  'scheduling',
  'publishing',
  'geo',
  'commerce',
];

const ROLES = ['api', 'worker', 'web', 'scheduler', 'indexer', 'exporter', 'relay', 'bridge', 'sync', 'importer', 'renderer', 'notifier'];
const MEMORY_LIMITS = [64, 128, 256, 512];
const DOMAIN = 'example.com';

/** Fixed definitions of the seed's services (images pinned, databases per the allocation table). */
const SEED_SERVICES = {
  traefik: {
    image: 'traefik:v3.0.4',
    ports: ['80:80'],
    memory: 128,
    folder: 'config',
    configFile: 'traefik.yml',
    mount: '/etc/traefik/traefik.yml',
    docker: true,
  },
  postgres: { image: 'postgres:16.4-alpine', memory: 512, folder: 'postgres' },
  valkey: { image: 'valkey/valkey:7.2.5-alpine', memory: 128, folder: 'readme', dataPath: '/data' },
  'memory-gateway': {
    build: true,
    image: 'ghcr.io/bestviable/memory-gateway:0.4.1',
    memory: 256,
    db: { database: 'bestviable_erp', role: 'erp_user' },
    port: 8000,
    extraEnv: { VALKEY_URL: 'redis://valkey:6379/0', ZEP_API_KEY: '${ZEP_API_KEY}' },
  },
  'planner-api': { build: true, image: 'ghcr.io/bestviable/planner-api:0.6.0', memory: 256, db: { database: 'bestviable_erp', role: 'erp_user' }, port: 8000 },
  'archon-server': {
    image: 'ghcr.io/coleam00/archon-server:0.1.2',
    memory: 512,
    port: 8181,
    extraEnv: { SUPABASE_URL: '${SUPABASE_URL}', SUPABASE_SERVICE_KEY: '${SUPABASE_SERVICE_KEY}' },
  },
  'archon-mcp': { image: 'ghcr.io/coleam00/archon-mcp:0.1.2', memory: 128, port: 8051 },
  'archon-ui': { image: 'ghcr.io/coleam00/archon-ui:0.1.2', memory: 128, port: 3737 },
  n8n: { image: 'n8nio/n8n:1.64.3', memory: 512, db: { database: 'n8n', role: 'n8n_user', style: 'n8n' }, port: 5678, dataPath: '/home/node/.n8n' },
  'open-webui': {
    image: 'ghcr.io/open-webui/open-webui:v0.3.32',
    memory: 512,
    db: { database: 'openwebui', role: 'openwebui_user', style: 'url' },
    port: 8080,
    dataPath: '/app/backend/data',
  },
  'uptime-kuma': { image: 'louislam/uptime-kuma:1.23.15', memory: 192, port: 3001, dataPath: '/app/data' },
  dozzle: { image: 'amir20/dozzle:v8.6.1', memory: 64, port: 8080, docker: true },
  'coda-mcp': { build: true, image: 'ghcr.io/bestviable/coda-mcp:0.2.0', memory: 128, port: 8080, extraEnv: { CODA_API_TOKEN: '${CODA_API_TOKEN}' } },
  litellm: { image: 'ghcr.io/berriai/litellm:main-v1.50.2', memory: 512, port: 4000, folder: 'config', configFile: 'config.yaml', mount: '/app/config.yaml' },
  nginx: { image: 'nginxproxy/nginx-proxy:1.6.0', memory: 64, archived: true, docker: true },
  'acme-companion': { image: 'nginxproxy/acme-companion:2.4.0', memory: 64, archived: true, docker: true },
};

// ------------------------------------------------------------------ randomness

/** mulberry32: tiny, fast, deterministic. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ------------------------------------------------------------------ naming helpers

const envName = (name) => name.toUpperCase().replace(/-/g, '_');
const snakeName = (name) => name.replace(/-/g, '_');
/** YAML double-quoted scalar; JSON strings are valid YAML for the ASCII we emit. */
const q = (value) => JSON.stringify(String(value));

function extraCapabilityName(index) {
  const base = EXTRA_CAPABILITIES[index % EXTRA_CAPABILITIES.length];
  const round = Math.floor(index / EXTRA_CAPABILITIES.length);
  return round === 0 ? base : `${base}-${round + 1}`;
}

// ------------------------------------------------------------------ model

/**
 * Decide the capability directories and how many services each stack holds, summing to `total`.
 * Seed capabilities first, then catch-all stacks, then declared extras.
 */
function planStacks(total, random) {
  const stacks = SEED_CAPABILITIES.map((cap) => {
    const min = Math.max(STACK_MIN, cap.services.length);
    const size = cap.name === 'archive' ? ARCHIVE_SIZE : Math.max(min, random.int(STACK_MIN, STACK_MAX));
    return {
      name: cap.name,
      kind: cap.name === 'archive' ? 'archive' : 'seed',
      seedServices: cap.services,
      size,
      min: cap.name === 'archive' ? ARCHIVE_SIZE : min,
    };
  });
  const catchAllCount = Math.min(CATCH_ALL_DIRS.length, 1 + Math.floor(total / CATCH_ALL_EVERY));
  for (let i = 0; i < catchAllCount; i++) {
    stacks.push({ name: CATCH_ALL_DIRS[i], kind: 'catch-all', seedServices: [], size: CATCH_ALL_SIZE, min: CATCH_ALL_SIZE });
  }
  let planned = stacks.reduce((sum, s) => sum + s.size, 0);
  // Small trees: shrink the seed stacks towards their minimum.
  while (planned > total) {
    const shrinkable = stacks.filter((s) => s.size > s.min).sort((a, b) => b.size - a.size)[0];
    if (!shrinkable) throw new Error(`--services must be at least ${planned} for this layout`);
    shrinkable.size--;
    planned--;
  }
  let remaining = total - planned;
  let extraIndex = 0;
  while (remaining >= STACK_MIN) {
    let size = Math.min(random.int(STACK_MIN, STACK_MAX), remaining);
    const left = remaining - size;
    if (left > 0 && left < STACK_MIN) size = remaining <= STACK_MAX ? remaining : remaining - STACK_MIN;
    stacks.push({ name: extraCapabilityName(extraIndex++), kind: 'extra', seedServices: [], size, min: STACK_MIN });
    remaining -= size;
  }
  // Fewer than STACK_MIN left over: give them to stacks with room.
  for (const stack of stacks) {
    if (remaining === 0) break;
    if (stack.kind === 'catch-all' || stack.kind === 'archive') continue;
    const room = Math.min(STACK_MAX - stack.size, remaining);
    stack.size += room;
    remaining -= room;
  }
  if (remaining !== 0) throw new Error(`could not place ${remaining} services`);
  return stacks;
}

function stemOf(capability) {
  return capability.replace(/-\d+$/, '');
}

/** Build the full in-memory model: stacks with their services, all attributes decided. */
function buildModel(total, seed) {
  const random = createRandom(seed);
  const plans = planStacks(total, random);
  const declaredCapabilities = plans.filter((p) => p.kind === 'seed' || p.kind === 'archive' || p.kind === 'extra').map((p) => p.name);
  const extraCapabilities = plans.filter((p) => p.kind === 'extra').map((p) => p.name);
  let index = 0; // global service index: unique host ports and names
  let generated = 0; // generated (non-seed) services: drives the problem rates
  // A problem is due at a fixed rate and lands on the next service it fits (not built, not archived).
  const due = { unpinned: 0, misplaced: 0 };
  const problems = { catchAll: [], misplaced: ['interfaces/dozzle'], unpinned: [], obsoleteVersion: [] };
  const stacks = plans.map((plan, stackIndex) => {
    const services = [];
    for (const seedName of plan.seedServices) {
      services.push(seedService(seedName, index++, plan));
    }
    while (services.length < plan.size) {
      generated++;
      if (generated % UNPINNED_EVERY === 1) due.unpinned++;
      if (generated % MISPLACED_EVERY === 3) due.misplaced++;
      const svc = generatedService(plan, index++, generated, random, services, declaredCapabilities, due);
      if (svc.unpinned) problems.unpinned.push(`${plan.name}/${svc.name}`);
      if (svc.capabilityLabel) problems.misplaced.push(`${plan.name}/${svc.name}`);
      services.push(svc);
    }
    const obsoleteVersion = stackIndex % OBSOLETE_VERSION_EVERY === 3;
    if (obsoleteVersion) problems.obsoleteVersion.push(`${plan.name}/docker-compose.yml`);
    if (plan.kind === 'catch-all') problems.catchAll.push(plan.name);
    return { name: plan.name, kind: plan.kind, services, obsoleteVersion };
  });
  return { stacks, declaredCapabilities, extraCapabilities, problems };
}

function seedService(name, index, plan) {
  const def = SEED_SERVICES[name];
  return {
    name,
    index,
    image: def.image,
    build: Boolean(def.build),
    folder: def.folder ?? (def.build ? 'dockerfile' : 'readme'),
    configFile: def.configFile ?? null,
    configMount: def.mount ?? null,
    memory: def.memory,
    db: def.db ? { ...def.db, style: def.db.style ?? 'map-var' } : null,
    containerPort: def.port ?? null,
    hostPorts: def.ports ?? [],
    routed: Boolean(def.port) && plan.kind !== 'archive',
    dataPath: def.dataPath ?? null,
    dockerSocket: Boolean(def.docker),
    extraEnv: def.extraEnv ?? {},
    dependsOn: [],
    envList: false,
    labelList: false,
    unpinned: false,
    capabilityLabel: null,
    archived: plan.kind === 'archive',
  };
}

function generatedService(plan, index, generated, random, siblings, declaredCapabilities, due) {
  const role = random.pick(ROLES);
  const prefix = plan.kind === 'archive' ? 'legacy' : stemOf(plan.name);
  const name = `${prefix}-${role}-${String(index).padStart(5, '0')}`;
  const archived = plan.kind === 'archive';
  const folderRoll = index % 3;
  const folder = folderRoll === 0 ? 'dockerfile' : folderRoll === 1 ? 'config' : 'readme';
  const unpinned = due.unpinned > 0 && folder !== 'dockerfile';
  if (unpinned) due.unpinned--;
  const version = `${random.int(0, 4)}.${random.int(0, 30)}.${random.int(0, 12)}`;
  const repo = `ghcr.io/acme-infra/${name}`;
  const image = unpinned ? (index % 2 === 0 ? repo : `${repo}:latest`) : `${repo}:${version}`;
  let capabilityLabel = null;
  if (due.misplaced > 0 && !archived) {
    due.misplaced--;
    const others = declaredCapabilities.filter((c) => c !== plan.name && c !== 'archive');
    capabilityLabel = others[generated % others.length];
  }
  const containerPort = random.pick([3000, 8000, 8080, 9000]);
  const dependsOn = [];
  if (siblings.length > 0 && random.chance(0.4)) dependsOn.push(random.pick(siblings).name);
  return {
    name,
    index,
    image,
    build: folder === 'dockerfile',
    folder,
    configFile: folder === 'config' ? 'config.yaml' : null,
    configMount: folder === 'config' ? `/etc/${name}/config.yaml` : null,
    memory: random.pick(MEMORY_LIMITS),
    db:
      !archived && random.chance(0.35)
        ? { database: snakeName(name), role: `${snakeName(name)}_user`, style: random.chance(0.5) ? 'map-var' : 'list-literal' }
        : null,
    containerPort,
    hostPorts: random.chance(0.3) ? [`127.0.0.1:${HOST_PORT_BASE + index}:${containerPort}`] : [],
    routed: !archived && random.chance(0.5),
    dataPath: random.chance(0.5) ? '/data' : null,
    dockerSocket: false,
    extraEnv: {},
    dependsOn,
    envList: random.chance(0.3),
    labelList: random.chance(0.4),
    unpinned,
    capabilityLabel,
    archived,
  };
}

// ------------------------------------------------------------------ rendering

function renderEnvironment(svc, lines, envExample) {
  const entries = [['TZ', 'UTC']];
  const db = svc.db;
  if (db) {
    const pw = `${envName(svc.name)}_DB_PASSWORD`;
    envExample.push(`${pw}=`);
    if (db.style === 'n8n') {
      entries.push(
        ['DB_TYPE', 'postgresdb'],
        ['DB_POSTGRESDB_HOST', 'postgres'],
        ['DB_POSTGRESDB_PORT', '5432'],
        ['DB_POSTGRESDB_DATABASE', db.database],
        ['DB_POSTGRESDB_USER', db.role],
        ['DB_POSTGRESDB_PASSWORD', `\${${pw}}`],
      );
    } else if (db.style === 'url') {
      entries.push(['DATABASE_URL', `postgresql://${db.role}:\${${pw}}@postgres:5432/${db.database}`]);
    } else if (db.style === 'map-var') {
      const prefix = envName(svc.name);
      envExample.push(`${prefix}_DB_NAME=${db.database}`, `${prefix}_DB_USER=${db.role}`);
      entries.push(
        ['DB_HOST', 'postgres'],
        ['DB_PORT', '5432'],
        ['DB_NAME', `\${${prefix}_DB_NAME:-${db.database}}`],
        ['DB_USER', `\${${prefix}_DB_USER:-${db.role}}`],
        ['DB_PASSWORD', `\${${pw}}`],
      );
    } else {
      entries.push(['DB_HOST', 'postgres'], ['DB_PORT', '5432'], ['DB_NAME', db.database], ['DB_USER', db.role], ['DB_PASSWORD', `\${${pw}}`]);
    }
  }
  for (const [key, value] of Object.entries(svc.extraEnv)) {
    entries.push([key, value]);
    const ref = /^\$\{(\w+)\}$/.exec(value);
    if (ref) envExample.push(`${ref[1]}=`);
  }
  lines.push('    environment:');
  for (const [key, value] of entries) {
    lines.push(svc.envList || svc.db?.style === 'list-literal' ? `      - ${q(`${key}=${value}`)}` : `      ${key}: ${q(value)}`);
  }
}

function renderLabels(svc, lines) {
  const labels = [];
  if (svc.routed) {
    labels.push(
      ['traefik.enable', 'true'],
      [`traefik.http.routers.${svc.name}.rule`, `Host(\`${svc.name}.${DOMAIN}\`)`],
      [`traefik.http.routers.${svc.name}.entrypoints`, 'web'],
      [`traefik.http.services.${svc.name}.loadbalancer.server.port`, String(svc.containerPort)],
    );
  } else if (svc.archived) {
    labels.push(['traefik.enable', 'false']);
  }
  if (svc.capabilityLabel) labels.push(['svclint.capability', svc.capabilityLabel]);
  if (labels.length === 0) return;
  lines.push('    labels:');
  for (const [key, value] of labels) {
    lines.push(svc.labelList ? `      - ${q(`${key}=${value}`)}` : `      ${key}: ${q(value)}`);
  }
}

function renderService(svc, stack, lines, envExample, namedVolumes) {
  lines.push(`  ${svc.name}:`);
  lines.push(`    image: ${svc.image}`);
  if (svc.build) {
    lines.push('    build:', `      context: ./${svc.name}`, '      dockerfile: Dockerfile');
  }
  lines.push(`    container_name: ${svc.name}`);
  lines.push('    restart: unless-stopped');
  if (svc.name === 'postgres') {
    envExample.push('POSTGRES_PASSWORD=');
    lines.push('    environment:', '      POSTGRES_USER: postgres', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}');
  } else {
    renderEnvironment(svc, lines, envExample);
  }
  if (svc.hostPorts.length > 0) {
    lines.push('    ports:');
    for (const port of svc.hostPorts) lines.push(`      - ${q(port)}`);
  }
  renderLabels(svc, lines);
  const volumes = [];
  if (svc.name === 'postgres') {
    volumes.push('postgres-data:/var/lib/postgresql/data', './postgres/init-scripts:/docker-entrypoint-initdb.d:ro');
    namedVolumes.push('postgres-data');
  } else if (svc.dataPath) {
    volumes.push(`${svc.name}-data:${svc.dataPath}`);
    namedVolumes.push(`${svc.name}-data`);
  }
  if (svc.configFile) volumes.push(`./${svc.name}/${svc.configFile}:${svc.configMount}:ro`);
  if (svc.dockerSocket) volumes.push('/var/run/docker.sock:/var/run/docker.sock:ro');
  if (volumes.length > 0) {
    lines.push('    volumes:');
    for (const volume of volumes) lines.push(`      - ${volume}`);
  }
  const networks = [];
  if (svc.archived) networks.push('legacy');
  else {
    if (svc.routed || svc.name === 'traefik') networks.push('proxy');
    if (svc.db || svc.name === 'postgres' || svc.name === 'valkey') networks.push('db');
    if (networks.length === 0) networks.push('internal');
  }
  lines.push('    networks:');
  for (const network of networks) lines.push(`      - ${network}`);
  if (svc.dependsOn.length > 0) {
    lines.push('    depends_on:');
    for (const dep of svc.dependsOn) lines.push(`      - ${dep}`);
  }
  lines.push('    deploy:', '      resources:', '        limits:', `          memory: ${svc.memory}M`);
  stack.memory += svc.memory;
}

function renderStack(stack, envExample) {
  const lines = [`# ${stack.name} stack (generated by bench/generate.mjs)`];
  if (stack.obsoleteVersion) lines.push("version: '3.8'");
  lines.push(`name: ${stack.name}`, '', 'services:');
  const namedVolumes = [];
  stack.memory = 0;
  for (const svc of stack.services) renderService(svc, stack, lines, envExample, namedVolumes);
  lines.push('', 'networks:');
  if (stack.kind === 'archive') {
    lines.push('  legacy:', '    name: legacy');
  } else if (stack.name === 'core-infra') {
    lines.push('  proxy:', '    name: proxy', '  db:', '    name: core-db', '    internal: true', '  internal:', '    name: core-infra-internal');
  } else {
    lines.push(
      '  proxy:',
      '    external: true',
      '    name: proxy',
      '  db:',
      '    external: true',
      '    name: core-db',
      '  internal:',
      `    name: ${stack.name}-internal`,
    );
  }
  if (namedVolumes.length > 0) {
    lines.push('', 'volumes:');
    for (const volume of namedVolumes) lines.push(`  ${volume}: {}`);
  }
  return lines.join('\n') + '\n';
}

function renderInitSql(allocations) {
  const lines = [
    '-- One database and one role per allocation (docker-entrypoint-initdb.d, first start only).',
    '-- Passwords are set out of band (ALTER ROLE ... PASSWORD) from the secret store, never here.',
    '',
  ];
  const roles = new Set();
  const databases = new Set();
  for (const { database, role } of allocations) {
    if (!roles.has(role)) {
      roles.add(role);
      lines.push(`CREATE ROLE ${role} LOGIN;`);
    }
    if (!databases.has(database)) {
      databases.add(database);
      lines.push(
        `CREATE DATABASE ${database} OWNER ${role};`,
        `REVOKE ALL ON DATABASE ${database} FROM PUBLIC;`,
        `GRANT ALL PRIVILEGES ON DATABASE ${database} TO ${role};`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

function renderConfig(model, allocations, totalMemoryMiB, total, seed) {
  const budgetGiB = Math.max(4, Math.ceil((totalMemoryMiB * 1.25) / 1024));
  const lines = [`# Generated by bench/generate.mjs (services: ${total}, seed: ${seed})`, 'extends: recommended', 'root: services'];
  if (model.extraCapabilities.length > 0) {
    lines.push('capabilities:');
    for (const name of model.extraCapabilities) {
      const stem = stemOf(name);
      lines.push(`  ${name}: { provides: [${stem}], description: ${q(`${stem} services`)} }`);
    }
  }
  lines.push('database:', '  postgres: { service: postgres, capability: core-infra }', '  allocations:');
  for (const a of allocations) lines.push(`    - { service: ${a.service}, database: ${a.database}, role: ${a.role} }`);
  lines.push(`budget: { memory: ${budgetGiB}GiB }`);
  return lines.join('\n') + '\n';
}

/**
 * The ls-lint config equivalent to svclint's folder-naming structure checks: every directory
 * under `services/` kebab-case, and no directory anywhere below it named like a catch-all or a
 * technology folder. ls-lint joins rules with `|` as "or", so the ban is a separate glob key
 * whose `.dir: exists:0` counts the matched directory itself. (A single regex without
 * lookaround expressing both runs about 3x slower in ls-lint 2.3, which compiles it per
 * directory, so the glob form is the fair one.)
 */
export function lsLintConfig(forbidden = [...CATCH_ALL_DIRS, ...TECHNOLOGY_DIRS], { kebabOnly = false } = {}) {
  const lines = [
    kebabOnly
      ? '# Written by bench/generate.mjs: directories kebab-case (lower bound: no catch-all ban).'
      : `# Written by bench/generate.mjs: directories kebab-case, none named ${forbidden.join(', ')}.`,
    'ls:',
    '  services:',
    '    .dir: kebab-case',
  ];
  if (!kebabOnly) lines.push(`  services/**/{${forbidden.join(',')}}:`, '    .dir: exists:0');
  return lines.join('\n') + '\n';
}

/**
 * Write a synthetic tree of `services` services into `dir` (created; must be empty or absent).
 * Returns what was generated, for the runner and the tests.
 */
export function generateTree(dir, { services, seed = 1 }) {
  if (!Number.isInteger(services) || services < MIN_SERVICES || services > MAX_SERVICES) {
    throw new Error(`services must be an integer from ${MIN_SERVICES} to ${MAX_SERVICES}`);
  }
  const model = buildModel(services, seed);
  const servicesDir = path.join(dir, 'services');
  fs.mkdirSync(servicesDir, { recursive: true });
  const envExample = ['# Copy to .env and fill in. Generated by bench/generate.mjs.'];
  const allocations = [];
  const composeFiles = [];
  const dirs = [];
  let totalMemoryMiB = 0;
  let dbServices = 0;
  for (const stack of model.stacks) {
    const stackDir = path.join(servicesDir, stack.name);
    fs.mkdirSync(stackDir);
    dirs.push(stackDir);
    for (const svc of stack.services) {
      if (svc.db) {
        dbServices++;
        allocations.push({ service: svc.name, database: svc.db.database, role: svc.db.role });
      }
      writeServiceFolder(stackDir, svc, dirs);
    }
    const composeFile = path.join(stackDir, 'docker-compose.yml');
    fs.writeFileSync(composeFile, renderStack(stack, envExample));
    composeFiles.push(composeFile);
    totalMemoryMiB += stack.memory;
  }
  fs.writeFileSync(path.join(servicesDir, 'core-infra', 'postgres', 'init-scripts', '01-init.sql'), renderInitSql(allocations));
  fs.writeFileSync(path.join(dir, 'svclint.config.yaml'), renderConfig(model, allocations, totalMemoryMiB, services, seed));
  fs.writeFileSync(path.join(dir, '.env.example'), [...new Set(envExample)].join('\n') + '\n');
  fs.writeFileSync(path.join(dir, '.ls-lint.yml'), lsLintConfig());
  fs.writeFileSync(path.join(dir, '.ls-lint.kebab-only.yml'), lsLintConfig(undefined, { kebabOnly: true }));
  return {
    root: dir,
    servicesDir,
    services,
    seed,
    capabilities: model.stacks.map((s) => s.name),
    declaredCapabilities: model.declaredCapabilities,
    composeFiles,
    directories: dirs.length,
    dbServices,
    allocations,
    problems: model.problems,
  };
}

function writeServiceFolder(stackDir, svc, dirs) {
  const folder = path.join(stackDir, svc.name);
  fs.mkdirSync(folder);
  dirs.push(folder);
  if (svc.folder === 'dockerfile') {
    fs.writeFileSync(
      path.join(folder, 'Dockerfile'),
      'FROM node:20.18-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm install --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
    );
  } else if (svc.folder === 'config') {
    const body =
      svc.name === 'traefik'
        ? 'entryPoints:\n  web:\n    address: ":80"\nproviders:\n  docker:\n    exposedByDefault: false\n    network: proxy\n'
        : `# ${svc.name} settings\nlog_level: info\nlisten: "0.0.0.0:${svc.containerPort ?? 8080}"\n`;
    fs.writeFileSync(path.join(folder, svc.configFile), body);
  } else if (svc.folder === 'postgres') {
    const init = path.join(folder, 'init-scripts');
    fs.mkdirSync(init);
    dirs.push(init);
  } else {
    fs.writeFileSync(path.join(folder, 'README.md'), `# ${svc.name}\n\nRuns from the stack file one level up.\n`);
  }
}

// ------------------------------------------------------------------ CLI

function parseArgs(argv) {
  const args = { outDir: null, services: null, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--services') args.services = Number(argv[++i]);
    else if (arg === '--seed') args.seed = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.outDir === null) args.outDir = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  return args;
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(2);
  }
  if (args.help || !args.outDir || args.services === null) {
    console.error('usage: node bench/generate.mjs <outDir> --services N [--seed S]');
    process.exit(args.help ? 0 : 2);
  }
  const outDir = path.resolve(args.outDir);
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) {
    console.error(`generate: ${outDir} is not empty`);
    process.exit(2);
  }
  try {
    const started = performance.now();
    const result = generateTree(outDir, { services: args.services, seed: args.seed });
    const ms = Math.round(performance.now() - started);
    console.log(`${result.services} services, ${result.composeFiles.length} stacks, ${result.dbServices} with a database -> ${outDir} (${ms} ms)`);
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
