// A stack: the main compose file plus its override files, merged and interpolated from the
// `.env` beside the main file, `include:` and `extends:` followed, with a position for every
// service, environment entry and key in the file it comes from.
// The process environment is never read: the same tree lints the same on every machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ComposeFile, ComposeService, EnvVar, Stack } from './types';
import type { SourceLoc } from '../files/types';
import { findNode, findNodeFrom, keyText, mappingPairs, nodeLoc, type KeyPath } from '../yaml/positions';
import { findLight, type LightPositions } from '../yaml/light-positions';
import { parseDotEnv } from './env-file';
import { interpolate, type Lookup } from './interpolate';
import { dotted, isEmptyFile, LoadContext, loadFile, loadProject, locateExact, type Layer, type LoadedProject } from './project';
import { COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_FILE_NAMES } from './file-names';
import { withLazyLoc } from '../util/lazy';

export { COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_FILE_NAMES };

/**
 * The files `docker compose` uses in a folder when given no -f: the first main name present,
 * then the first override name present (any family, as compose-go does). No main file: none.
 */
export function findComposeFiles(fileNames: readonly string[]): { main: string | null; overrides: string[] } {
  const present = new Set(fileNames);
  const main = COMPOSE_FILE_NAMES.find((name) => present.has(name)) ?? null;
  if (!main) return { main: null, overrides: [] };
  const override = COMPOSE_OVERRIDE_FILE_NAMES.find((name) => present.has(name));
  return { main, overrides: override ? [override] : [] };
}

export interface LoadStackOptions {
  /** The stack sits under an inactive capability (archive/). */
  archived: boolean;
  /** Reads a file; throws when it cannot (defaults to fs.readFileSync). */
  readFile?: (abs: string) => Buffer | string;
  /** What is at a path (defaults to a stat). */
  fileKind?: (abs: string) => 'file' | 'dir' | 'other' | null;
  /** A file's UTF-8 text, null when it cannot be read (defaults to `readFile`, its error caught). */
  readText?: (abs: string) => string | null;
}

type Plain = Record<string, unknown>;

/**
 * Loads a stack as Docker Compose does (see project.ts): each file interpolated from the `.env`
 * beside the main file and converted, `include:` and `extends:` followed, overrides merged.
 * Never throws: unreadable or broken files carry `errors`, what Compose refuses later is in `issues`.
 */
export function loadStack(mainAbs: string, overrideAbs: readonly string[], options: LoadStackOptions): Stack {
  const read = options.readFile ?? ((abs: string) => readFileSync(abs));
  const dir = path.dirname(mainAbs);
  const files = [mainAbs, ...overrideAbs].map((abs) => loadFile(abs, read));
  // An empty or comment-only override is fine: Compose merges nothing.
  for (const file of files.slice(1)) {
    if (!isEmptyFile(file)) continue;
    file.errors = [];
    file.data = {};
  }
  const ctx = new LoadContext(read, files, options.fileKind, options.readText);
  const envAbs = path.join(dir, '.env');
  const envText = ctx.readText(envAbs);
  const env = new Map<string, string>();
  if (envText !== null) {
    const parsed = parseDotEnv(envText);
    for (const entry of parsed.entries) env.set(entry.key, entry.value);
    const error = parsed.error;
    if (error) ctx.issue('compose-parse', `.env: ${error.message}`, () => ({ file: envAbs, line: error.line, column: error.column }));
  }
  const lookup: Lookup = (name) => env.get(name);
  const project = loadProject(ctx, [mainAbs, ...overrideAbs], lookup, '', dir, []);

  const stack: Stack = {
    file: mainAbs,
    dir,
    files,
    imported: ctx.imported,
    issues: ctx.issues,
    stages: project.stages,
    env,
    config: project.raw,
    resolved: project.resolved,
    services: [],
    archived: options.archived,
    locate: (keyPath) => locateExactInLayers(project.layers, keyPath, false),
    locateKey: (keyPath) => locateExactInLayers(project.layers, keyPath, true),
    lines: (abs) => {
      const own = files.find((f) => f.abs === abs) ?? ctx.imported.find((f) => f.abs === abs);
      const text = own ? own.text : ctx.readText(abs);
      return text === null ? null : text.split(/\r?\n/);
    },
  };
  stack.services = buildServices(stack, project, lookup, ctx);
  return stack;
}

function locateExactInLayers(layers: readonly Layer[], keyPath: KeyPath, atKey: boolean): SourceLoc | null {
  for (const layer of layers) {
    const inFile = layer.rename
      ? keyPath[0] === 'services' && keyPath[1] === layer.rename.to
        ? ['services', layer.rename.from, ...keyPath.slice(2)]
        : null
      : keyPath;
    const loc = inFile ? locateExact(layer.file, inFile, atKey) : null;
    if (loc) return loc;
  }
  return null;
}

function buildServices(stack: Stack, project: LoadedProject, lookup: Lookup, ctx: LoadContext): ComposeService[] {
  const configs = asPlain(stack.config.services);
  const resolvedAll = asPlain(stack.resolved.services);
  // Positions come from the `yaml` documents, which plain files build only on first use (see
  // src/yaml/fast-load.ts): service and variable positions are therefore looked up when a finding asks.
  let sitesCache: Map<string, ServiceSite> | null = null;
  const sites = () => (sitesCache ??= serviceSites(project.layers));
  return Object.keys(configs).map((name) => {
    const config = asPlain(configs[name]);
    const resolved = asPlain(resolvedAll[name]);
    const fields: Omit<ComposeService, 'loc'> = {
      name,
      stack,
      config,
      resolved,
      image: typeof resolved.image === 'string' ? resolved.image : null,
      containerName: typeof resolved.container_name === 'string' ? resolved.container_name : null,
      environment: [],
      labels: labelMap(resolved.labels),
      serviceDir: null,
    };
    const service: ComposeService = withLazyLoc(fields, () => sites().get(name)?.loc ?? null);
    const includedFrom = project.includedFrom.get(name);
    if (includedFrom) service.includedFrom = includedFrom;
    const envFileVars =
      resolved.env_file === undefined || resolved.env_file === null
        ? []
        : envFileVariables(name, resolved.env_file, includedFrom ? path.dirname(includedFrom) : stack.dir, lookup, ctx, stack);
    const inlineVars = environmentVariables(config.environment, lookup, () => sites().get(name)?.envLocs);
    // A mapping's names are unique: with no env_file there is nothing for lastWins to replace.
    service.environment = envFileVars.length === 0 && !Array.isArray(config.environment) ? inlineVars : lastWins([...envFileVars, ...inlineVars]);
    return service;
  });
}

interface ServiceSite {
  /** Key of the service in the first file that declares it. */
  loc: SourceLoc | null;
  /** Environment entry name -> position, the last file/document defining it winning. */
  envLocs: Map<string, SourceLoc>;
}

/**
 * One pass per document over `services:`, so a 20,000-service file stays linear. Layers are read
 * from the oldest (included files, extends bases, the main file) to the newest (overrides): the
 * service key is the first one declared under the service's own name, environment positions the last.
 */
function serviceSites(layers: readonly Layer[]): Map<string, ServiceSite> {
  const sites = new Map<string, ServiceSite>();
  for (let l = layers.length - 1; l >= 0; l--) {
    const { file, rename } = layers[l]!;
    if (file.errors.length > 0) continue;
    for (const entry of serviceEntries(file)) {
      if (rename && entry.name !== rename.from) continue;
      const name = rename ? rename.to : entry.name;
      let site = sites.get(name);
      if (!site) sites.set(name, (site = { loc: null, envLocs: new Map() }));
      if (!rename && !site.loc) site.loc = entry.loc;
      for (const [variable, loc] of entry.env) site.envLocs.set(variable, loc);
    }
  }
  return sites;
}

/** A service under a file's `services:`: its key's position and its environment entries' (name, position), in file order. */
export interface ServiceEntry {
  name: string;
  loc: SourceLoc | null;
  env: [string, SourceLoc][];
}

/** The file's service entries, every document in order: from the light positions, or from the `yaml` documents where those cannot answer. */
export function serviceEntries(file: ComposeFile): ServiceEntry[] {
  const light = file.light?.();
  return light ? lightServiceEntries(file.abs, light) : documentServiceEntries(file);
}

function lightServiceEntries(abs: string, light: LightPositions): ServiceEntry[] {
  const out: ServiceEntry[] = [];
  const locOf = (offset: number): SourceLoc => {
    const { line, col } = light.linePos(offset);
    return { file: abs, line, column: col };
  };
  for (const doc of light.documents) {
    const services = findLight(doc, ['services'])?.value;
    if (services?.kind !== 'map') continue;
    for (const { key, keyStart, value } of services.entries) {
      const env: [string, SourceLoc][] = [];
      const environment = findLight(value, ['environment'])?.value;
      if (environment?.kind === 'map') {
        for (const variable of environment.entries) env.push([variable.key, locOf(variable.keyStart)]);
      } else if (environment?.kind === 'seq') {
        for (const item of environment.items) if (item.kind === 'scalar') env.push([splitAssignment(String(item.value))[0], locOf(item.start)]);
      }
      out.push({ name: key, loc: locOf(keyStart), env });
    }
  }
  return out;
}

function documentServiceEntries(file: ComposeFile): ServiceEntry[] {
  const out: ServiceEntry[] = [];
  for (const doc of file.documents) {
    const services = findNode(doc, ['services'])?.value;
    if (!isMap(services)) continue;
    for (const pair of mappingPairs(doc, services)) {
      const name = keyText(pair);
      if (name === null) continue;
      const env: [string, SourceLoc][] = [];
      collectEnvLocs(doc, file, findNodeFrom(doc, pair.value, ['environment'])?.value ?? null, env);
      out.push({ name, loc: nodeLocOf(file, pair.key as Node), env });
    }
  }
  return out;
}

function collectEnvLocs(doc: Document, file: ComposeFile, environment: Node | null, into: [string, SourceLoc][]): void {
  if (isMap(environment)) {
    for (const pair of mappingPairs(doc, environment)) {
      const name = keyText(pair);
      const loc = nodeLocOf(file, pair.key as Node);
      if (name !== null && loc) into.push([name, loc]);
    }
  } else if (isSeq(environment)) {
    for (const item of environment.items) {
      const node = findNodeFrom(doc, item, [])?.value ?? null;
      if (!isScalar(node)) continue;
      const loc = nodeLocOf(file, item as Node) ?? nodeLocOf(file, node);
      if (loc) into.push([splitAssignment(String(node.value))[0], loc]);
    }
  }
}

/**
 * `env_file:` (string, list, or long form `{path, required, format}`), relative to the stack folder.
 * A missing file Compose requires (the default) and a file it cannot parse are issues; the rest is read.
 */
function envFileVariables(service: string, envFile: unknown, dir: string, lookup: Lookup, ctx: LoadContext, stack: Stack): EnvVar[] {
  const entries = envFile === undefined || envFile === null ? [] : Array.isArray(envFile) ? envFile : [envFile];
  const vars: EnvVar[] = [];
  entries.forEach((entry, index) => {
    const long = asPlain(entry);
    const relative = typeof entry === 'string' ? entry : typeof long.path === 'string' ? long.path : null;
    if (relative === null || relative.includes('${')) return;
    const abs = path.resolve(dir, relative);
    const text = ctx.readText(abs);
    const keyPath = ['services', service, 'env_file', ...(Array.isArray(envFile) ? [index] : [])];
    const at = () =>
      stack.locate(typeof entry === 'string' ? keyPath : [...keyPath, 'path']) ?? stack.locate(keyPath) ?? stack.locateKey(['services', service]);
    if (text === null) {
      // Only an explicit `required: true`: Compose's default is required too, but env files hold
      // secrets and are usually not committed, so a linted checkout rarely has them.
      if (isRequired(long.required)) ctx.issue('compose-schema', `${dotted(keyPath)}: env file ${relative} not found (it is marked required)`, at);
      return;
    }
    const parsed = parseDotEnv(text, lookup);
    const error = parsed.error;
    if (error && long.format !== 'raw')
      ctx.issue('compose-parse', `${path.basename(abs)}: ${error.message}`, () => ({ file: abs, line: error.line, column: error.column }));
    for (const item of parsed.entries) {
      vars.push({
        name: item.key,
        raw: item.raw,
        value: item.unknown.length > 0 ? null : item.value,
        loc: { file: abs, line: item.line, column: 1 },
        envFile: abs,
      });
    }
  });
  return vars;
}

function isRequired(required: unknown): boolean {
  return required === true || (typeof required === 'string' && ['true', 'yes', 'on', 'y'].includes(required.toLowerCase()));
}

/** `environment:` in map or list form, values interpolated; `- FOO` / `FOO:` have no value. */
function environmentVariables(environment: unknown, lookup: Lookup, locs: () => Map<string, SourceLoc> | undefined): EnvVar[] {
  const variable = (name: string, raw: string | null): EnvVar => {
    const result = raw === null ? null : interpolate(raw, lookup);
    const value = result === null || result.unknown.length > 0 ? null : result.value;
    return withLazyLoc({ name, raw, value }, () => locs()?.get(name) ?? null);
  };
  const vars: EnvVar[] = [];
  if (Array.isArray(environment)) {
    for (const item of environment) {
      const [name, raw] = splitAssignment(String(item));
      vars.push(variable(name, raw));
    }
  } else {
    const entries = asPlain(environment);
    for (const name of Object.keys(entries)) {
      const raw = entries[name];
      vars.push(variable(name, raw === null || raw === undefined ? null : scalarText(raw)));
    }
  }
  return vars;
}

/** Later entries of the same name replace earlier ones (environment over env_file). */
function lastWins(vars: EnvVar[]): EnvVar[] {
  const byName = new Map<string, EnvVar>();
  for (const entry of vars) {
    byName.delete(entry.name);
    byName.set(entry.name, entry);
  }
  return [...byName.values()];
}

function labelMap(labels: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(labels)) {
    for (const item of labels) {
      const [key, value] = splitAssignment(String(item));
      out.set(key, value ?? '');
    }
  } else {
    for (const [key, value] of Object.entries(asPlain(labels))) out.set(key, value === null || value === undefined ? '' : scalarText(value));
  }
  return out;
}

function splitAssignment(text: string): [string, string | null] {
  const at = text.indexOf('=');
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

function scalarText(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function asPlain(value: unknown): Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Plain) : {};
}

function nodeLocOf(file: ComposeFile, node: Node | null | undefined): SourceLoc | null {
  return file.lineCounter ? nodeLoc(file.abs, file.lineCounter, node) : null;
}
