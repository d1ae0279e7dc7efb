// The benchmark generator must produce the tree it promises: a wrong tree makes every number
// in bench/README.md meaningless. Real files in a temp directory, parsed with the real `yaml`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { CATCH_ALL_DIRS, generateTree, MIN_SERVICES, type GeneratedTree } from '../bench/generate.mjs';

const SERVICES = 120;
const SEED_CAPABILITIES = ['core-infra', 'memory-orchestration', 'automation', 'interfaces', 'integrations', 'monitoring', 'archive'];

interface ComposeService {
  image?: string;
  build?: { context: string };
  container_name?: string;
  environment?: Record<string, string> | string[];
  ports?: string[];
  labels?: Record<string, string> | string[];
  volumes?: string[];
  networks?: string[];
  depends_on?: string[];
  deploy?: { resources?: { limits?: { memory?: string } } };
}

interface Stack {
  file: string;
  capability: string;
  services: Record<string, ComposeService>;
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-bench-gen-'));
  tempDirs.push(dir);
  return dir;
}

function toMap(entries: Record<string, string> | string[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (Array.isArray(entries)) {
    for (const entry of entries) {
      const eq = entry.indexOf('=');
      map.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
  } else if (entries) {
    for (const [key, value] of Object.entries(entries)) map.set(key, String(value));
  }
  return map;
}

/** `${NAME:-default}` -> default, as Docker Compose resolves it when NAME is unset. */
function withDefaults(value: string): string {
  return value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.push(path.relative(dir, abs));
    }
  };
  walk(dir);
  return out.sort();
}

function listDirs(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      out.push(path.relative(dir, path.join(d, entry.name)));
      walk(path.join(d, entry.name));
    }
  };
  walk(dir);
  return out;
}

describe('bench/generate.mjs generateTree', () => {
  let root: string;
  let tree: GeneratedTree;
  let stacks: Stack[];

  beforeAll(() => {
    root = path.join(tempDir(), 'tree');
    tree = generateTree(root, { services: SERVICES, seed: 7 });
    stacks = tree.composeFiles.map((file) => {
      const doc = parseDocument(fs.readFileSync(file, 'utf8'));
      expect(doc.errors, file).toEqual([]);
      const data = doc.toJS() as { services: Record<string, ComposeService> };
      return { file, capability: path.basename(path.dirname(file)), services: data.services };
    });
  });

  afterAll(() => {
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  const allServices = () => stacks.flatMap((s) => Object.entries(s.services).map(([name, svc]) => ({ name, svc, stack: s })));

  it('writes one parseable docker-compose.yml per capability directory, 5 to 20 services each', () => {
    const onDisk = fs.readdirSync(tree.servicesDir).sort();
    expect(onDisk).toEqual([...tree.capabilities].sort());
    expect(tree.composeFiles.map((f) => path.relative(tree.servicesDir, f)).sort()).toEqual(onDisk.map((c) => `${c}/docker-compose.yml`));
    for (const stack of stacks) {
      const count = Object.keys(stack.services).length;
      expect(count, stack.file).toBeGreaterThanOrEqual(5);
      expect(count, stack.file).toBeLessThanOrEqual(20);
    }
    for (const capability of SEED_CAPABILITIES) expect(onDisk).toContain(capability);
  });

  it('generates exactly N services, each with its own folder, a pinned-or-planted image and a memory limit', () => {
    const services = allServices();
    expect(services).toHaveLength(SERVICES);
    expect(tree.services).toBe(SERVICES);
    for (const { name, svc, stack } of services) {
      expect(fs.statSync(path.join(tree.servicesDir, stack.capability, name)).isDirectory()).toBe(true);
      expect(svc.image, name).toMatch(/\S/);
      expect(svc.deploy?.resources?.limits?.memory, name).toMatch(/^\d+M$/);
      if (svc.build) expect(fs.existsSync(path.join(path.dirname(stack.file), svc.build.context, 'Dockerfile')), name).toBe(true);
      for (const dep of svc.depends_on ?? []) expect(Object.keys(stack.services), `${name} depends_on ${dep}`).toContain(dep);
    }
    expect(services.some(({ svc }) => svc.build)).toBe(true);
    expect(services.some(({ svc }) => (svc.volumes ?? []).some((v) => v.endsWith(':ro') && v.startsWith('./')))).toBe(true);
  });

  it('keeps container names, host ports, router names and Host() rules unique across the host', () => {
    const services = allServices();
    const containerNames = services.map(({ svc }) => svc.container_name);
    expect(new Set(containerNames).size).toBe(services.length);
    for (const { name, svc } of services) expect(svc.container_name).toBe(name);

    const hostPorts = services.flatMap(({ svc }) =>
      (svc.ports ?? []).map((p) => {
        const parts = p.split(':');
        return parts.length === 3 ? `${parts[0]}:${parts[1]}` : `0.0.0.0:${parts[0]}`;
      }),
    );
    expect(hostPorts.length).toBeGreaterThan(0);
    expect(new Set(hostPorts.map((p) => p.split(':')[1])).size).toBe(hostPorts.length);

    const routers: string[] = [];
    const hosts: string[] = [];
    for (const { svc } of services) {
      for (const [key, value] of toMap(svc.labels)) {
        const router = /^traefik\.http\.routers\.([^.]+)\.rule$/.exec(key);
        if (router) {
          routers.push(router[1]!);
          hosts.push(value);
        }
      }
    }
    expect(routers.length).toBeGreaterThan(10);
    expect(new Set(routers).size).toBe(routers.length);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^Host\(`[a-z0-9.-]+`\)$/);
  });

  it('has one Postgres, in core-infra, whose init script creates every database and role with REVOKE and GRANT', () => {
    const postgres = allServices().filter(({ svc }) => /^postgres:/.test(svc.image ?? ''));
    expect(postgres.map(({ stack, name }) => `${stack.capability}/${name}`)).toEqual(['core-infra/postgres']);
    const mount = postgres[0]!.svc.volumes?.find((v) => v.includes('/docker-entrypoint-initdb.d'));
    expect(mount).toBe('./postgres/init-scripts:/docker-entrypoint-initdb.d:ro');
    const sql = fs.readFileSync(path.join(tree.servicesDir, 'core-infra/postgres/init-scripts/01-init.sql'), 'utf8');
    expect(sql).not.toMatch(/\$\{/);

    const used: { service: string; database: string; role: string }[] = [];
    for (const { name, svc } of allServices()) {
      const env = toMap(svc.environment);
      const url = env.get('DATABASE_URL');
      const match = url ? /^postgresql:\/\/([^:]+):[^@]+@postgres:5432\/(\w+)$/.exec(url) : null;
      const database = match?.[2] ?? env.get('DB_NAME') ?? env.get('DB_POSTGRESDB_DATABASE');
      const role = match?.[1] ?? env.get('DB_USER') ?? env.get('DB_POSTGRESDB_USER');
      if (!database || !role) continue;
      used.push({ service: name, database: withDefaults(database), role: withDefaults(role) });
      for (const [key, value] of env) {
        if (/PASSWORD/.test(key)) expect(value, `${name} ${key}`).toMatch(/^\$\{[A-Z0-9_]+\}$/);
      }
    }
    expect(used.length).toBe(tree.dbServices);
    expect(used.length).toBeGreaterThan(10);
    for (const { database, role } of used) {
      expect(sql).toContain(`CREATE ROLE ${role} LOGIN;`);
      expect(sql).toContain(`CREATE DATABASE ${database} OWNER ${role};`);
      expect(sql).toContain(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC;`);
      expect(sql).toContain(`GRANT ALL PRIVILEGES ON DATABASE ${database} TO ${role};`);
    }
    // Both DB_* forms are exercised: ${VAR:-default} and literal.
    const rawNames = allServices()
      .map(({ svc }) => toMap(svc.environment).get('DB_NAME'))
      .filter(Boolean) as string[];
    expect(rawNames.some((v) => v.startsWith('${'))).toBe(true);
    expect(rawNames.some((v) => !v.startsWith('${'))).toBe(true);

    const config = parse(fs.readFileSync(path.join(root, 'svclint.config.yaml'), 'utf8'));
    const byService = (a: { service: string }, b: { service: string }) => a.service.localeCompare(b.service);
    expect([...config.database.allocations].sort(byService)).toEqual([...used].sort(byService));
    expect(config.database.postgres).toEqual({ service: 'postgres', capability: 'core-infra' });
  });

  it('declares every extra capability in svclint.config.yaml and names every folder in kebab-case', () => {
    const config = parse(fs.readFileSync(path.join(root, 'svclint.config.yaml'), 'utf8'));
    expect(config.root).toBe('services');
    const declared = new Set([...SEED_CAPABILITIES, ...Object.keys(config.capabilities ?? {})]);
    for (const capability of tree.capabilities) {
      if (!CATCH_ALL_DIRS.includes(capability)) expect(declared.has(capability), capability).toBe(true);
    }
    expect(tree.capabilities.filter((c) => !declared.has(c))).toEqual(tree.problems.catchAll);
    for (const dir of listDirs(tree.servicesDir)) {
      for (const part of dir.split(path.sep)) expect(part).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('plants the promised problems: a catch-all stack, misplaced services, unpinned images, a version key', () => {
    expect(tree.problems.catchAll).toEqual(['misc']);
    expect(fs.existsSync(path.join(tree.servicesDir, 'misc', 'docker-compose.yml'))).toBe(true);
    expect(tree.problems.misplaced).toContain('interfaces/dozzle');
    expect(tree.problems.misplaced.length).toBeGreaterThanOrEqual(2);
    const labelled = allServices().filter(({ svc }) => toMap(svc.labels).has('svclint.capability'));
    expect(labelled.length).toBe(tree.problems.misplaced.length - 1);
    for (const { svc, stack } of labelled) expect(toMap(svc.labels).get('svclint.capability')).not.toBe(stack.capability);
    expect(tree.problems.unpinned.length).toBeGreaterThanOrEqual(1);
    for (const entry of tree.problems.unpinned) {
      const [capability, name] = entry.split('/');
      const image = stacks.find((s) => s.capability === capability)!.services[name!]!.image!;
      expect(image).toMatch(/(^[^:]+$)|(:latest$)/);
    }
    const pinned = allServices().filter(({ stack, name }) => !tree.problems.unpinned.includes(`${stack.capability}/${name}`));
    for (const { svc } of pinned) expect(svc.image).toMatch(/:[^:/]+$/);
    expect(tree.problems.obsoleteVersion.length).toBeGreaterThanOrEqual(1);
    for (const file of tree.problems.obsoleteVersion) {
      expect(parse(fs.readFileSync(path.join(tree.servicesDir, file), 'utf8')).version).toBe('3.8');
    }
  });

  it('lists every unset variable the stacks use in .env.example, with no values', () => {
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
    const listed = new Set(
      example
        .split('\n')
        .filter((l) => /^[A-Z]/.test(l))
        .map((l) => l.split('=')[0]),
    );
    for (const file of tree.composeFiles) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\$\{([A-Z0-9_]+)\}/g)) expect(listed.has(match[1]), match[1]).toBe(true);
    }
    for (const line of example.split('\n')) if (/PASSWORD|TOKEN|KEY/.test(line)) expect(line).toMatch(/=$/);
  });

  it('writes the ls-lint configs the runner uses', () => {
    const config = parse(fs.readFileSync(path.join(root, '.ls-lint.yml'), 'utf8'));
    expect(config.ls.services['.dir']).toBe('kebab-case');
    const banKey = Object.keys(config.ls).find((k) => k.startsWith('services/**/'));
    expect(banKey).toBeDefined();
    for (const name of CATCH_ALL_DIRS) expect(banKey).toContain(name);
    expect(config.ls[banKey!]['.dir']).toBe('exists:0');
    expect(parse(fs.readFileSync(path.join(root, '.ls-lint.kebab-only.yml'), 'utf8'))).toEqual({ ls: { services: { '.dir': 'kebab-case' } } });
  });

  it('is deterministic: the same seed gives the same bytes, another seed another tree', () => {
    const again = path.join(tempDir(), 'tree');
    generateTree(again, { services: SERVICES, seed: 7 });
    const files = listFiles(root);
    expect(listFiles(again)).toEqual(files);
    for (const file of files) expect(fs.readFileSync(path.join(again, file), 'utf8'), file).toBe(fs.readFileSync(path.join(root, file), 'utf8'));

    const other = path.join(tempDir(), 'tree');
    generateTree(other, { services: SERVICES, seed: 8 });
    const core = (dir: string) => fs.readFileSync(path.join(dir, 'services/core-infra/docker-compose.yml'), 'utf8');
    expect(core(other)).not.toBe(core(root));
  });

  it('adds declared extra capabilities as the tree grows and refuses sizes it cannot lay out', () => {
    const big = generateTree(path.join(tempDir(), 'tree'), { services: 600, seed: 1 });
    const extras = big.capabilities.filter((c) => !SEED_CAPABILITIES.includes(c) && !CATCH_ALL_DIRS.includes(c));
    expect(extras.length).toBeGreaterThan(20);
    expect(extras).toContain('communications-2');
    const count = big.composeFiles.reduce((sum, file) => sum + Object.keys(parse(fs.readFileSync(file, 'utf8')).services).length, 0);
    expect(count).toBe(600);
    expect(() => generateTree(path.join(tempDir(), 'tree'), { services: MIN_SERVICES - 1 })).toThrow(/services must be/);
  });
});
