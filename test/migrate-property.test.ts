// Property tests of the migration over many trees: the benchmark generator's trees (with their
// planted problems), both examples, and random trees (services at the root, in catch-all and
// technology folders, nested, under aliases, in shared compose files, with symlinks, odd modes,
// empty folders, references between stacks and documents). For every tree T:
// - rollback(apply(T)) is T byte for byte (contents, modes, links, empty folders);
// - after apply through Phase 5, lint reports none of the structure findings the plan fixes in full;
// - every stack that still exists keeps its effective Compose project name (computed here as
//   Compose does, from the files: `name:`, COMPOSE_PROJECT_NAME in .env, the folder's name);
// - an apply interrupted after k steps (every k for the examples), then re-run, gives the same tree;
// - an apply interrupted after k steps, then rolled back (itself interrupted once), gives T.
// The executor runs in-process with its interruption hook (the CLI tests kill the real process).
import { chmodSync, cpSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateTree } from '../bench/generate.mjs';
import { lint, resolveTarget } from '../src/engine/lint';
import { applyJournal, mapActionPaths } from '../src/migrate/apply';
import { loadJournal, newJournal, saveJournal } from '../src/migrate/journal';
import { rollbackJournal } from '../src/migrate/rollback';
import { buildHostModel } from '../src/model/host';
import { buildPlacementPlan, type PlacementPlan } from '../src/plan';
import { moveMap } from '../src/plan/moves';
import type { MigrationPhase } from '../src/plan/types';
import type { Finding } from '../src/engine/types';
import { REPO_ROOT } from './helpers/cli';
import { fastTempDir, treeSnapshot } from './helpers/snapshot';
import { writeTree, type TreeSpec } from './helpers/tree';

const ALL: MigrationPhase[] = [1, 2, 3, 4, 5];
class Interrupted extends Error {}

async function planOf(dir: string): Promise<{ scope: string; plan: PlacementPlan }> {
  const target = resolveTarget('.', dir, null);
  const model = await buildHostModel(target.root, target.policy, dir);
  return { scope: realpathSync(target.policy.baseDir), plan: buildPlacementPlan(model) };
}

type RelativeActions = ReturnType<typeof newJournal>['actions'];

/** Where to interrupt: at the `at`-th interruption point (journal write or file-system step), or after `actions` actions (mid-action: at its first step). */
type Stop = { at: number } | { actions: number; midAction: boolean } | null;

/** Starts a journal with the plan (scope-relative actions) and applies it, interrupted where `stop` says. */
async function startApply(dir: string, actions: RelativeActions, stop: Stop): Promise<{ points: number; interrupted: boolean }> {
  const scope = realpathSync(dir);
  const journal = newJournal(scope, 'services', actions, true);
  saveJournal(scope, journal);
  let points = 0;
  let recorded = 0;
  const interrupt = (label: string) => {
    const point = points++;
    if (stop === null) return;
    if ('at' in stop) {
      if (point === stop.at) throw new Interrupted();
      return;
    }
    if (/^journal: action \d+ (started|manual)$/.test(label) && recorded++ === stop.actions && !stop.midAction) throw new Interrupted();
    if (stop.midAction && recorded === stop.actions + 1 && label.startsWith('step ')) throw new Interrupted();
  };
  try {
    await applyJournal({ scope, journal, phases: ALL, interrupt });
  } catch (error) {
    if (error instanceof Interrupted) return { points, interrupted: true };
    throw error;
  }
  return { points, interrupted: false };
}

async function resume(dir: string): Promise<void> {
  const scope = realpathSync(dir);
  await applyJournal({ scope, journal: loadJournal(scope, scope)!, phases: ALL });
}

function rollback(dir: string, stopAt: number | null = null): void {
  const scope = realpathSync(dir);
  let points = 0;
  try {
    rollbackJournal({
      scope,
      journal: loadJournal(scope, scope)!,
      toPhase: 0,
      force: false,
      interrupt: () => {
        if (points++ === stopAt) throw new Interrupted();
      },
    });
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    rollbackJournal({ scope, journal: loadJournal(scope, scope)!, toPhase: 0, force: false });
  }
}

async function findings(dir: string): Promise<Finding[]> {
  const [result] = await lint({ cwd: dir, paths: ['.'] });
  return result!.findings;
}

const STRUCTURE = new Set([
  'no-catch-all-dir',
  'no-technology-dir',
  'service-outside-capability',
  'undeclared-capability',
  'misplaced-service',
  'split-system',
  'non-canonical-name',
  'duplicate-service',
  'missing-stack-file',
  'too-deep',
  'archived-service-active',
  'legacy-service',
  'broken-symlink',
  'migration-symlink',
  'build-context',
  'stale-doc-path',
]);

/** The effective Compose project name of a stack file, read here from the files as `docker compose` reads them. */
function projectName(file: string): string {
  const data = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const normalize = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '')
      .replace(/^[_-]+/, '');
  if (typeof data.name === 'string' && data.name !== '') return normalize(data.name);
  const env = path.join(path.dirname(file), '.env');
  const fromEnv = existsSync(env) ? /^COMPOSE_PROJECT_NAME=(.*)$/m.exec(readFileSync(env, 'utf8'))?.[1] : undefined;
  if (fromEnv) return fromEnv.trim();
  return normalize(path.basename(path.dirname(file)));
}

/** Every stack's main compose file under a folder (Compose's file-name order). */
function stackFiles(root: string, snapshot: string[]): string[] {
  const names = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
  const files = snapshot.filter((l) => l.includes(' file ')).map((l) => l.slice(0, l.indexOf(' file ')));
  const byDir = new Map<string, string>();
  for (const f of files) {
    const base = path.posix.basename(f);
    if (!names.includes(base) || !f.startsWith('services/')) continue;
    const dir = path.posix.dirname(f);
    const known = byDir.get(dir);
    if (!known || names.indexOf(base) < names.indexOf(path.posix.basename(known))) byDir.set(dir, f);
  }
  return [...byDir.values()].map((f) => path.join(root, f));
}

/** Every property on one tree, copied from `source` (a folder) or written from a spec. */
async function checkTree(make: () => string, label: string, options: { everyK?: boolean; k?: number } = {}): Promise<void> {
  // rollback(apply(T)) = T, lint after apply, project names.
  const dir = make();
  const original = treeSnapshot(dir);
  const before = await findings(dir);
  const stacksBefore = stackFiles(dir, original).map((f) => ({ f, name: projectName(f) }));
  const { scope, plan } = await planOf(dir);
  const actions = plan.actions.map((a) => mapActionPaths(a, (p) => path.relative(scope, p)));
  const { points } = await startApply(dir, actions, null);
  expect(points).toBeGreaterThanOrEqual(actions.length);
  if (process.env.MIGRATE_PROPERTY_STATS)
    console.log(
      `${label.slice(0, 40)}: ${actions.length} actions (${actions.filter((a) => a.op === 'manual').length} manual, ${actions.filter((a) => a.op === 'edit' && a.whole).length} whole-file), ${claimedCount(before)} findings fixed in full`,
    );
  const applied = treeSnapshot(dir);
  const mm = moveMap(plan.actions);

  const after = await findings(dir);
  const claimed = before.filter(fixedInFull);
  for (const f of claimed) {
    const abs = path.resolve(dir, f.path);
    const still = after.filter((g) => g.rule === f.rule && (path.resolve(dir, g.path) === abs || path.resolve(dir, g.path) === mm.final(abs)));
    expect(still, `${label}: ${f.rule} at ${f.path} is still reported after the migration that fixes it`).toEqual([]);
  }
  // Nor does it leave a structure error the plan does not own up to: each one left was reported
  // before and waits on a manual step, or sits where a manual step of the plan says to act.
  const waiting = new Set(before.filter((f) => STRUCTURE.has(f.rule) && !fixedInFull(f)).map((f) => `${f.rule} ${mm.final(path.resolve(dir, f.path))}`));
  const manualPaths = plan.actions.filter((a) => a.op === 'manual').map((a) => mm.final((a as { path: string }).path));
  for (const g of after.filter((x) => STRUCTURE.has(x.rule) && x.severity === 'error')) {
    const abs = path.resolve(dir, g.path);
    const owned = waiting.has(`${g.rule} ${abs}`) || manualPaths.some((m) => m === abs || abs.startsWith(`${m}/`));
    expect(owned, `${label}: a structure error no step of the plan owns: ${g.rule} at ${g.path}: ${g.message}`).toBe(true);
  }
  for (const { f, name } of stacksBefore) {
    const end = mm.final(f);
    if (!existsSync(end)) continue; // a split stack's old file: its services' new projects are stated by the plan
    expect(projectName(end), `${label}: project of ${path.relative(dir, f)} (now ${path.relative(dir, end)})`).toBe(name);
  }
  rollback(dir);
  expect(treeSnapshot(dir), `${label}: rollback(apply(T))`).toEqual(original);

  // Interrupted after k actions (every k, alternately between actions and inside one) or at a
  // sampled point: re-run gives the same tree; rolled back (itself interrupted once) gives T.
  const stops: Stop[] = options.everyK ? actions.map((_, k) => ({ actions: k, midAction: k % 2 === 1 })) : [{ at: (options.k ?? 0) % Math.max(points, 1) }];
  for (const [i, stop] of stops.entries()) {
    const resumed = make();
    const run = await startApply(resumed, actions, stop);
    if (!run.interrupted) continue; // a mid-action stop on an action with no step
    await resume(resumed);
    expect(treeSnapshot(resumed), `${label}: interrupted (${JSON.stringify(stop)}), then re-run`).toEqual(applied);
    if (options.everyK && i % 3 !== 0) continue;
    const undone = make();
    await startApply(undone, actions, stop);
    rollback(undone, i % 7);
    expect(treeSnapshot(undone), `${label}: interrupted (${JSON.stringify(stop)}), then rolled back`).toEqual(original);
  }
}

function copyOf(source: string): () => string {
  return () => {
    const dir = path.join(fastTempDir(), 'infra');
    cpSync(source, dir, { recursive: true, verbatimSymlinks: true });
    return dir;
  };
}

describe('migration properties on the examples (every interruption point)', () => {
  it.each(['droplet-current', 'droplet-recommended'])(
    '%s',
    async (name) => {
      await checkTree(copyOf(path.join(REPO_ROOT, 'examples', name)), name, { everyK: true });
    },
    600_000,
  );
});

describe('migration properties on generated trees (bench/generate.mjs with its planted problems)', () => {
  it('holds for random seeds and sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 40, max: 70 }), fc.nat(), async (seed, services, k) => {
        const source = path.join(fastTempDir(), 'generated');
        generateTree(source, { services, seed });
        await checkTree(copyOf(source), `generated ${services} seed ${seed}`, { k });
      }),
      { numRuns: Math.ceil(Number(process.env.MIGRATE_PROPERTY_RUNS ?? 15) / 4) },
    );
  }, 600_000);
});

// ---------------------------------------------------------------- random trees

const CATALOG: Record<string, string> = {
  traefik: 'core-infra',
  valkey: 'core-infra',
  n8n: 'automation',
  'open-webui': 'interfaces',
  'uptime-kuma': 'interfaces',
  dozzle: 'monitoring',
  litellm: 'integrations',
  'coda-mcp': 'integrations',
  qdrant: 'memory-orchestration',
  'memory-gateway': 'memory-orchestration',
  'planner-api': 'memory-orchestration',
  nginx: 'archive',
};
const NAMES = Object.keys(CATALOG);
const CAPABILITIES = [...new Set(Object.values(CATALOG))].filter((c) => c !== 'archive');

type Place = 'root' | 'catch-all' | 'technology' | 'right' | 'wrong' | 'nested';
interface RandomService {
  name: string;
  place: Place;
  alias: boolean;
  /** In the group folder's shared compose file rather than a stack of its own. */
  shared: boolean;
  mode: 0o600 | 0o644 | 0o755;
  crlf: boolean;
  /** Refers to the first service's folder (a bind mount from another stack). */
  refersToFirst: boolean;
}

const randomService = fc.record({
  name: fc.constantFrom(...NAMES),
  place: fc.constantFrom<Place>('root', 'catch-all', 'technology', 'right', 'wrong', 'nested'),
  alias: fc.boolean(),
  shared: fc.boolean(),
  mode: fc.constantFrom(0o600 as const, 0o644 as const, 0o755 as const),
  crlf: fc.boolean(),
  refersToFirst: fc.boolean(),
});

const randomTree = fc.record({
  services: fc.uniqueArray(randomService, { minLength: 2, maxLength: 7, selector: (s) => s.name }),
  catchAll: fc.constantFrom('apps', 'misc'),
  technology: fc.constantFrom('docker', 'stacks'),
  sharedUnsafe: fc.boolean(),
  docs: fc.boolean(),
});

type RandomTree = typeof randomTree extends fc.Arbitrary<infer T> ? T : never;

/** The tree a random description stands for (folders, stacks, shared stacks, symlinks, documents). */
function buildRandom(tree: RandomTree): { spec: TreeSpec; folders: Map<string, string> } {
  const services: TreeSpec = { 'shared.env': 'TZ=UTC\n' };
  const put = (rel: string, value: TreeSpec[string]) => {
    const parts = rel.split('/');
    let node = services;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as TreeSpec;
    node[parts.at(-1)!] = value;
  };
  const folderOf = new Map<string, string>();
  const shared = new Map<string, RandomService[]>();
  const first = tree.services[0]!;
  const host = tree.services.find((s) => s.place === 'right' && s.name !== first.name) ?? null;
  for (const s of tree.services as RandomService[]) {
    const folder = s.alias && s.name === 'open-webui' ? 'openweb' : s.name;
    const wrong = CAPABILITIES.find((c) => c !== CATALOG[s.name])!;
    let rel: string;
    let group: string | null = null;
    switch (s.place) {
      case 'root':
        rel = folder;
        break;
      case 'catch-all':
        rel = `${tree.catchAll}/${folder}`;
        group = tree.catchAll;
        break;
      case 'technology':
        rel = `${tree.technology}/${folder}`;
        group = tree.technology;
        break;
      case 'right':
        rel = `${CATALOG[s.name]}/${folder}`;
        group = CATALOG[s.name]!;
        break;
      case 'wrong':
        rel = `${wrong}/${folder}`;
        group = wrong;
        break;
      case 'nested':
        rel = host && host !== s ? `${CATALOG[host.name]}/${host.name}/${folder}` : folder;
        break;
    }
    folderOf.set(s.name, rel);
    put(`${rel}/config/app.conf`, `mode=${s.mode.toString(8)}\n`);
    put(`${rel}/data/empty`, {});
    put(`${rel}/current`, { symlink: 'config' });
    if (s.shared && group) {
      shared.set(group, [...(shared.get(group) ?? []), s]);
    } else {
      const eol = s.crlf ? '\r\n' : '\n';
      const lines = [
        'services:',
        `  ${s.name}:`,
        `    image: example/${s.name}:1.0`,
        `    container_name: ${s.name}`,
        '    env_file: ' + path.posix.relative(rel, 'shared.env'),
        '    volumes:',
        '      - ./config:/config:ro',
      ];
      if (s.refersToFirst && s !== first) lines.push(`      - ${path.posix.relative(rel, `${folderOf.get(first.name) ?? first.name}/config`)}:/first:ro`);
      put(`${rel}/docker-compose.yml`, lines.join(eol) + eol);
    }
  }
  for (const [group, members] of shared) {
    const lines = ['services:'];
    for (const s of members) {
      const folder = path.posix.basename(folderOf.get(s.name)!);
      lines.push(
        `  ${s.name}:`,
        `    image: example/${s.name}:1.0`,
        `    container_name: ${s.name}`,
        '    volumes:',
        `      - ./${folder}/config:/config:ro`,
        `      - ${s.name}_data:/data`,
        '    networks: [edge]',
      );
      if (tree.sharedUnsafe && members.length > 1 && s === members[0]) lines.push(`    depends_on: [${members[1]!.name}]`);
    }
    lines.push('volumes:', ...members.map((s) => `  ${s.name}_data:`), 'networks:', '  edge:', '    external: true', '');
    put(`${group}/docker-compose.yml`, lines.join('\n'));
  }
  const spec: TreeSpec & { services: TreeSpec } = { 'svclint.config.yaml': 'extends: recommended\nroot: services\ndocs:\n  - docs/**/*.md\n', services };
  if (tree.docs) spec.docs = { 'SERVICES.md': ['# Services', ...[...folderOf].map(([name, rel]) => `- ${name}: \`services/${rel}/\``), ''].join('\n') };
  return { spec, folders: folderOf };
}

describe('migration properties on random trees', () => {
  it('hold for random nestings, aliases, symlinks, modes and shared compose files', async () => {
    await fc.assert(
      fc.asyncProperty(randomTree, fc.nat(), async (tree, k) => {
        const { spec, folders } = buildRandom(tree);
        const make = () => {
          const dir = path.join(fastTempDir(), 'infra');
          writeTree(dir, spec);
          for (const s of tree.services as RandomService[]) chmodSync(path.join(dir, 'services', folders.get(s.name)!, 'config', 'app.conf'), s.mode);
          return dir;
        };
        await checkTree(make, `random ${JSON.stringify(tree)}`, { k });
      }),
      { numRuns: Number(process.env.MIGRATE_PROPERTY_RUNS ?? 15) },
    );
  }, 600_000);
});

function claimedCount(found: Finding[]): number {
  return found.filter(fixedInFull).length;
}

/**
 * A structure finding the plan fixes in full: it carries steps, and every manual one among them is
 * only an operational note (the `docker compose` commands that restart a split-out service in its
 * new project), not a change to the tree left to the user.
 */
function fixedInFull(f: Finding): boolean {
  if (!STRUCTURE.has(f.rule) || !f.actions?.some((a) => a.op !== 'manual')) return false;
  return f.actions.every((a) => a.op !== 'manual' || a.steps.every((step) => step.startsWith('docker compose ')));
}
