// Stack splits (issue 10): a compose service defined in a shared stack (services/docker/
// docker-compose.yml) whose folder goes elsewhere gets a stack of its own in its folder. Automated
// only when nothing is lost:
// - the file is one plain block-mapping document: no anchors, aliases, merge keys or `x-` fragments;
// - the service does not lean on its neighbours (depends_on, links, volumes_from, network_mode:
//   service:, extends in the same file), nor on configs or secrets;
// - its networks are external ones (carried as declarations); the project's default network is not
//   (its neighbours would lose it);
// - its named volumes are its own, carried with their Docker name pinned (`docker_postgres_data`),
//   so the data stays;
// - its paths are rewritten for the new folder; variables it interpolates come with the stack's
//   .env files, which can follow only one service.
// Otherwise the split is a `manual` step with the exact instructions and the reason. The service's
// Compose project changes either way (a shared project cannot be pinned in two files): the plan
// says so and gives the exact commands to restart it in its new project.
import path from 'node:path';
import { Scalar } from 'yaml';
import { COMPOSE_FILE_NAMES } from '../compose/stack';
import type { ComposeService, Stack } from '../compose/types';
import type { HostModel } from '../model/types';
import { defaultProjectName, pathReferences } from './compose-edits';
import { relativeReference, type MoveMap } from './moves';
import { splitPositions, type Block, type LocatedScalar, type SplitPositions } from './split-positions';
import type { EditAction, ManualAction, MoveAction, PlanAction, StackSplit } from './types';

export interface SplitSteps {
  /** Phase 2 (new stack files), Phase 4 (env files, the old definitions removed, restart notes). */
  actions: PlanAction[];
  /** Stack files the split creates (final paths) and removes (current paths). */
  created: string[];
  removed: string[];
  /** Lines of the old file that the leaving definitions occupy (other edits there are moot). */
  covered: Map<string, Set<number>>;
}

export type SplitOutcome = { automated: true; steps: SplitSteps } | { automated: false; why: string };

const ENV_FILES = ['.env', '.env.example'];

/** The effective Compose project name of a stack, as `docker compose` computes it with no -p flag; null when a variable decides it. */
export function effectiveProjectName(stack: Stack): string | null {
  const named = stack.resolved.name;
  if (typeof named === 'string' && named !== '') return named.includes('${') ? null : normalizeProjectName(named);
  const fromEnv = stack.env.get('COMPOSE_PROJECT_NAME');
  if (fromEnv) return fromEnv;
  return defaultProjectName(stack.dir);
}

/** compose-go's NormalizeProjectName: lower-cased, only [a-z0-9_-], no leading '_' or '-'. */
export function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

export function splitStack(model: HostModel, split: StackSplit, moves: MoveMap, taken: (abs: string) => boolean): SplitOutcome {
  const stack = model.stacks.find((s) => s.file === split.file);
  if (!stack) return { automated: false, why: 'the stack did not load' };
  if (stack.files.length > 1) return { automated: false, why: 'it has override files (definitions merged from several files)' };
  const file = stack.files[0]!;
  if (!file.data) return { automated: false, why: 'it is not one plain YAML document' };
  if (Object.keys(file.data).some((k) => k.startsWith('x-'))) return { automated: false, why: 'it has `x-` fragments the definitions may share' };
  const project = effectiveProjectName(stack);
  if (!project) return { automated: false, why: 'a variable sets its project name' };

  const leavingNames = new Set(split.services.map((s) => s.name));
  const staying = stack.services.filter((s) => !leavingNames.has(s.name));
  const usesVariables = new Map<string, boolean>();
  const steps: SplitSteps = { actions: [], created: [], removed: [], covered: new Map() };
  const creates: EditAction[] = [];
  const notes: ManualAction[] = [];
  const targets = new Map<string, string>();

  // First what the data tells (cheap), then what needs the file's positions.
  const lifted: { name: string; folder: NonNullable<ComposeService['serviceDir']>; finalDir: string; carried: string[] }[] = [];
  for (const { name } of split.services) {
    const service = stack.services.find((s) => s.name === name);
    if (!service) return { automated: false, why: `'${name}' is not defined in it` };
    const folder = service.serviceDir && service.serviceDir.stack === null ? service.serviceDir : null;
    if (!folder || folder.symlink) return { automated: false, why: `'${name}' has no folder of its own to hold its stack` };
    const finalDir = moves.final(folder.abs);
    if (COMPOSE_FILE_NAMES.some((n) => taken(path.join(folder.abs, n)) || taken(path.join(finalDir, n)))) {
      return { automated: false, why: `'${path.basename(finalDir)}/' already has a compose file` };
    }
    const problem = leansOnNeighbours(stack, service);
    if (problem) return { automated: false, why: problem };
    const carried = carriedDeclarations(stack, service, staying, project);
    if (typeof carried === 'string') return { automated: false, why: carried };
    lifted.push({ name, folder, finalDir, carried });
  }
  const positions = splitPositions(file);
  if (!positions.oneDocument()) return { automated: false, why: 'it is not one plain YAML document' };
  if (positions.usesAnchors()) return { automated: false, why: 'it uses YAML anchors, aliases or merge keys that the definitions share' };
  const lines = file.text.split('\n').map((l) => l.replace(/\r$/, ''));

  for (const { name, folder, finalDir, carried } of lifted) {
    const target = path.join(folder.abs, 'docker-compose.yml');
    const block = positions.serviceBlock(name);
    if (!block) return { automated: false, why: `the definition of '${name}' is not a block mapping svclint can lift` };
    const rewritten = rewriteBlockPaths(stack, positions, name, block, moves, finalDir, lines);
    if (typeof rewritten === 'string') return { automated: false, why: rewritten };
    usesVariables.set(name, /\$\{?[A-Za-z_]/.test(rewritten.join('\n')));
    const relFile = path.relative(model.root, split.file).split(path.sep).join('/');
    const content = [`# Split out of ${path.basename(model.root)}/${relFile} by svclint migrate.`, 'services:', ...rewritten, ...carried].join('\n');
    creates.push({
      op: 'edit',
      phase: 2,
      file: target,
      line: 1,
      old: '',
      new: content,
      whole: 'create',
      reason: `'${name}' gets a stack of its own in its folder (its definition leaves the shared stack ${relFile}).`,
    });
    targets.set(name, path.join(finalDir, 'docker-compose.yml'));
    const blockLines = steps.covered.get(split.file) ?? new Set<number>();
    for (let line = block.first; line <= block.last; line++) blockLines.add(line);
    steps.covered.set(split.file, blockLines);
    const newProject = defaultProjectName(finalDir);
    const shown = (abs: string) => path.relative(model.policy.baseDir, abs).split(path.sep).join('/');
    notes.push({
      op: 'manual',
      phase: 4,
      path: path.join(finalDir, 'docker-compose.yml'),
      reason: `'${name}' now runs in Compose project '${newProject}' instead of '${project}' (a shared project cannot be kept by two stack files); its volumes keep their Docker names, so its data stays.`,
      steps: [`docker compose -p ${project} rm --stop --force ${name}`, `docker compose -f ${shown(path.join(finalDir, 'docker-compose.yml'))} up -d`],
    });
  }

  // The stack's .env files follow the one service that interpolates variables (or the first one when none does).
  const envFiles = ENV_FILES.map((n) => path.join(stack.dir, n)).filter((abs) =>
    model.tree.byRel.has(path.relative(model.root, abs).split(path.sep).join('/')),
  );
  const envMoves: MoveAction[] = [];
  if (envFiles.length > 0) {
    const users = [...usesVariables].filter(([, uses]) => uses).map(([name]) => name);
    const remainingUse = staying.length > 0;
    if (users.length > 1)
      return {
        automated: false,
        why: `${users.map((u) => `'${u}'`).join(' and ')} both read variables from its .env, which svclint will not split (it holds secrets)`,
      };
    if (users.length === 1 && remainingUse) return { automated: false, why: `'${users[0]}' reads variables from the .env the services that stay also need` };
    if (!remainingUse) {
      const heir = users[0] ?? split.services[0]!.name;
      const heirDir = path.dirname(targets.get(heir)!);
      for (const env of envFiles) {
        const to = path.join(heirDir, path.basename(env));
        if (taken(to)) return { automated: false, why: `'${path.basename(heirDir)}/' already has ${path.basename(env)}` };
        envMoves.push({ op: 'move', phase: 4, from: env, to, reason: `The stack's ${path.basename(env)} goes with '${heir}', whose new stack reads it.` });
      }
    }
  }

  steps.actions.push(...creates);
  if (staying.length === 0) {
    steps.actions.push({
      op: 'edit',
      phase: 4,
      file: split.file,
      line: 1,
      old: lines[0] ?? '',
      new: '',
      whole: 'remove',
      reason: 'Every service it defined has a stack of its own now (the migration journal keeps the file for a rollback).',
    });
    steps.removed.push(split.file);
  } else {
    steps.actions.push(...removeBlocks(positions, lines, split));
  }
  steps.actions.push(...envMoves, ...notes);
  steps.created.push(...targets.values());
  return { automated: true, steps };
}

function leansOnNeighbours(stack: Stack, service: ComposeService): string | null {
  const c = service.config;
  const others = stack.services.filter((s) => s !== service).map((s) => s.name);
  const names = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v && typeof v === 'object' ? Object.keys(v) : []);
  const dependsOn = names(c.depends_on).filter((n) => others.includes(n));
  if (dependsOn.length > 0) return `'${service.name}' depends on ${dependsOn.map((n) => `'${n}'`).join(', ')} in the same file`;
  if (names(c.links).length > 0) return `'${service.name}' uses links`;
  if (names(c.volumes_from).length > 0) return `'${service.name}' uses volumes_from`;
  if (typeof c.network_mode === 'string' && c.network_mode.startsWith('service:')) return `'${service.name}' shares the network of another service`;
  const ext = c.extends;
  if (ext && (typeof ext === 'string' || (typeof ext === 'object' && !(ext as Record<string, unknown>).file)))
    return `'${service.name}' extends a service of the same file`;
  if (names(c.configs).length > 0 || names(c.secrets).length > 0) return `'${service.name}' uses configs or secrets declared in the file`;
  // The other way round: a neighbour that leans on it.
  for (const other of stack.services) {
    if (other === service) continue;
    const o = other.config;
    const mode = typeof o.network_mode === 'string' ? o.network_mode : '';
    if (
      [...names(o.depends_on), ...names(o.links).map((l) => l.split(':')[0]!), ...names(o.volumes_from).map((v) => v.split(':')[0]!)].includes(service.name) ||
      mode === `service:${service.name}`
    ) {
      return `'${other.name}' in the same file depends on '${service.name}'`;
    }
  }
  return null;
}

/** The definition's lines re-indented under a new `services:`, with its paths rewritten for the new folder. */
function rewriteBlockPaths(
  stack: Stack,
  positions: SplitPositions,
  name: string,
  block: Block,
  moves: MoveMap,
  finalDir: string,
  fileLines: string[],
): string[] | string {
  const file = stack.files[0]!;
  const lines = fileLines.slice(block.first - 1, block.last);
  const replacements: { line: number; column: number; source: string; text: string }[] = [];
  for (const ref of pathReferences(file.data)) {
    if (ref.keyPath[0] !== 'services' || ref.keyPath[1] !== name) continue;
    const scalar = positions.scalar(ref.keyPath);
    if (!scalar) return `a path of '${name}' (${ref.keyPath.slice(2).join('.')}) is not a one-line value`;
    const end = moves.final(path.resolve(stack.dir, ref.raw));
    const next = relativeReference(ref.raw, finalDir, end);
    if (next === ref.raw) continue;
    const value = scalar.value;
    if (!value.startsWith(ref.raw)) return `a path of '${name}' (${ref.keyPath.slice(2).join('.')}) is written in a way svclint does not rewrite`;
    replacements.push({ line: scalar.line, column: scalar.column, source: scalar.source, text: renderScalar(scalar, next + value.slice(ref.raw.length)) });
  }
  if (/\$\{[^}]*\}/.test(lines.join('\n')) && pathsWithVariables(stack, name)) return `a path of '${name}' comes from a variable`;
  for (const r of replacements.sort((a, b) => b.column - a.column)) {
    const i = r.line - block.first;
    const line = lines[i]!;
    lines[i] = line.slice(0, r.column - 1) + r.text + line.slice(r.column - 1 + r.source.length);
  }
  return lines.map((line) => (line.trim() === '' ? '' : `  ${line.slice(Math.min(block.indent, line.length - line.trimStart().length))}`));
}

const PLAIN_SAFE = /^[A-Za-z0-9_./~@+=,-][A-Za-z0-9_./~:@+=,-]*$/;

/** A scalar's new value in the style it was written (plain, single- or double-quoted). */
function renderScalar(node: Pick<LocatedScalar, 'type'>, value: string): string {
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (node.type === Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || value.includes(': ')) return JSON.stringify(value);
  return value;
}

/** Whether one of the service's path values holds `${...}` (svclint cannot know where it points). */
function pathsWithVariables(stack: Stack, name: string): boolean {
  const service = (stack.files[0]!.data?.services as Record<string, Record<string, unknown>> | undefined)?.[name] ?? {};
  const values: unknown[] = [
    service.build,
    (service.build as Record<string, unknown> | undefined)?.context,
    service.env_file,
    ...(Array.isArray(service.volumes) ? service.volumes : []),
  ];
  return values.some((v) => {
    if (typeof v === 'string') return v.includes('${') && (v.split(':')[0] ?? '').includes('${');
    if (v && typeof v === 'object') return JSON.stringify(v).includes('${');
    return false;
  });
}

/** Top-level `volumes:` and `networks:` entries the service needs, its volumes' Docker names pinned; or why it cannot be done. */
function carriedDeclarations(stack: Stack, service: ComposeService, staying: ComposeService[], project: string): string[] | string {
  const data = stack.files[0]!.data!;
  const declared = (section: string) =>
    data[section] && typeof data[section] === 'object' ? (data[section] as Record<string, Record<string, unknown> | null>) : {};
  const out: string[] = [];
  const volumes = namedVolumes(service);
  if (volumes.length > 0) {
    out.push('volumes:');
    for (const key of volumes) {
      if (staying.some((s) => namedVolumes(s).includes(key)) || stackServicesUsing(stack, key).length > 1)
        return `the volume '${key}' is shared with another service of the stack`;
      const decl = declared('volumes')[key] ?? {};
      const name = typeof decl?.name === 'string' ? decl.name : `${project}_${key}`;
      if (name.includes('${')) return `the name of volume '${key}' comes from a variable`;
      const rest = Object.keys(decl ?? {}).filter((k) => k !== 'name' && k !== 'external');
      if (rest.length > 0) return `the volume '${key}' has options (${rest.join(', ')}) svclint does not carry`;
      out.push(`  ${key}:`, `    name: ${name}`);
      if (decl?.external) out.push('    external: true');
    }
  }
  const networks = serviceNetworks(service);
  if (networks === null) {
    if (stack.services.length > 1 && typeof service.config.network_mode !== 'string')
      return `'${service.name}' is on the project's default network with its neighbours`;
  } else if (networks.length > 0) {
    out.push('networks:');
    for (const key of networks) {
      const decl = declared('networks')[key];
      if (!decl?.external) return `the network '${key}' belongs to the project (only external networks can be shared by two stacks)`;
      out.push(`  ${key}:`, '    external: true');
      if (typeof decl.name === 'string') out.push(`    name: ${decl.name}`);
    }
  }
  return out;
}

function namedVolumes(service: ComposeService): string[] {
  const list = Array.isArray(service.config.volumes) ? service.config.volumes : [];
  const names: string[] = [];
  for (const v of list) {
    const source =
      typeof v === 'string'
        ? v.includes(':')
          ? v.split(':')[0]!
          : ''
        : v && typeof v === 'object' && (v as Record<string, unknown>).type !== 'bind'
          ? String((v as Record<string, unknown>).source ?? '')
          : '';
    if (source && !/^[./~$]/.test(source)) names.push(source);
  }
  return names;
}

function stackServicesUsing(stack: Stack, volume: string): ComposeService[] {
  return stack.services.filter((s) => namedVolumes(s).includes(volume));
}

/** The networks a service joins by name; null when it has no `networks:` (the project's default network). */
function serviceNetworks(service: ComposeService): string[] | null {
  const n = service.config.networks;
  if (n === undefined || n === null) return null;
  return Array.isArray(n) ? n.map(String) : Object.keys(n as object);
}

/** For a stack some services stay in: delete the leaving definitions' lines (Phase 4, when the new stacks take over). */
function removeBlocks(positions: SplitPositions, lines: string[], split: StackSplit): EditAction[] {
  const edits: EditAction[] = [];
  for (const { name } of split.services) {
    const block = positions.serviceBlock(name);
    if (!block) continue;
    for (let line = block.first; line <= block.last; line++) {
      edits.push({
        op: 'edit',
        phase: 4,
        file: split.file,
        line,
        old: lines[line - 1]!,
        new: '',
        reason: `The definition of '${name}' moved to its own stack.`,
      });
    }
  }
  return edits;
}

/** The manual step for a split svclint will not automate: why, and exactly what to do. */
export function manualSplit(model: HostModel, split: StackSplit, moves: MoveMap, why: string): ManualAction {
  const rel = (abs: string) => path.relative(model.root, abs).split(path.sep).join('/') || '.';
  const stack = model.stacks.find((s) => s.file === split.file);
  const project = stack ? (effectiveProjectName(stack) ?? 'its current project') : 'its current project';
  const steps = split.services.map(({ name, to }) => {
    const service = stack?.services.find((s) => s.name === name);
    const home = service?.serviceDir ? moves.final(service.serviceDir.abs) : to;
    return `Move the definition of '${name}' from ${rel(split.file)} into ${rel(home)}/docker-compose.yml (create it), with the top-level volumes and networks it uses.`;
  });
  steps.push(
    `Keep each moved named volume's data: declare it with \`name: ${project}_<volume>\` (the name Docker gave it), or mark it external.`,
    'Give it external networks to reach the services it talked to on the old project network.',
    "Rewrite its relative paths (build, bind mounts, env_file) for the new folder, and give the new stack the variables it reads from the old stack's .env.",
    `Restart it in its new project: docker compose -p ${project} rm --stop --force <service>, then docker compose -f <new stack file> up -d.`,
  );
  return {
    op: 'manual',
    phase: 2,
    path: split.file,
    reason: `Its services go to ${new Set(split.services.map((s) => s.to)).size > 1 ? 'different capabilities' : 'another capability'}, and svclint will not split it automatically: ${why}.`,
    steps,
  };
}
