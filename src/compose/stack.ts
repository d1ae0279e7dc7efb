// A stack: the main compose file plus its override files, merged and interpolated from the
// `.env` beside the main file, with a position for every service, environment entry and key.
// The process environment is never read: the same tree lints the same on every machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ComposeFile, ComposeService, EnvVar, SourceLoc, Stack } from '../types';
import { findNode, findNodeFrom, keyText, mappingPairs, nodeLoc, type KeyPath } from '../yaml/positions';
import { parseEnvEntries } from './env-file';
import { interpolate, interpolateTree, type Lookup } from './interpolate';
import { mergeComposeConfigs, removePaths } from './merge';
import { parseComposeFile } from './parse-file';

/** Compose file names in the order Docker Compose picks them in one folder (compose-go `DefaultFileNames`). */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;
/** Override file names in Compose's order (compose-go `DefaultOverrideFileNames`); the first present is merged. */
export const COMPOSE_OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

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
}

type Plain = Record<string, unknown>;

/** Loads, merges and interpolates a stack. Never throws: unreadable or broken files carry `errors`. */
export function loadStack(mainAbs: string, overrideAbs: readonly string[], options: LoadStackOptions): Stack {
  const read = options.readFile ?? ((abs: string) => readFileSync(abs));
  const readText = (abs: string): string | null => {
    try {
      const content = read(abs);
      return typeof content === 'string' ? content : content.toString('utf8');
    } catch {
      return null;
    }
  };
  const dir = path.dirname(mainAbs);
  const files = [mainAbs, ...overrideAbs].map((abs) => loadFile(abs, read));
  const envText = readText(path.join(dir, '.env'));
  const env = new Map<string, string>();
  if (envText !== null) for (const entry of parseEnvEntries(envText)) env.set(entry.key, entry.value);
  const lookup: Lookup = (name) => env.get(name);

  // A broken main file leaves the stack empty; a broken override is left out of the merge.
  const usable = isUsable(files[0]!) ? files.filter(isUsable) : [];
  let config: Plain = {};
  for (const file of usable) {
    config = mergeComposeConfigs(removePaths(config, (file.tagPaths ?? []).map((tag) => tag.path)), file.data!);
  }
  const resolved = interpolateTree(config, lookup) as Plain;

  const locateIn = (keyPath: KeyPath, which: 'key' | 'value'): SourceLoc | null => {
    for (let f = usable.length - 1; f >= 0; f--) {
      const file = usable[f]!;
      for (let d = file.documents.length - 1; d >= 0; d--) {
        const found = findNode(file.documents[d]!, keyPath);
        if (!found) continue;
        const first = which === 'key' ? found.key : found.value;
        const second = which === 'key' ? found.value : found.key;
        const loc = nodeLocOf(file, first) ?? nodeLocOf(file, second);
        if (loc) return loc;
      }
    }
    return null;
  };

  const stack: Stack = {
    file: mainAbs,
    dir,
    files,
    env,
    config,
    resolved,
    services: [],
    archived: options.archived,
    locate: (keyPath) => locateIn(keyPath, 'value'),
    locateKey: (keyPath) => locateIn(keyPath, 'key'),
  };
  stack.services = buildServices(stack, usable, lookup, readText);
  return stack;
}

function loadFile(abs: string, read: (abs: string) => Buffer | string): ComposeFile {
  let bytes: Buffer | string;
  try {
    bytes = read(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const message = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read file${code ? ` (${code})` : ''}`;
    return { abs, text: '', documents: [], errors: [{ message, line: 1, column: 1 }], data: null };
  }
  return parseComposeFile(abs, bytes);
}

function isUsable(file: ComposeFile): boolean {
  return file.errors.length === 0 && file.data !== null;
}

function nodeLocOf(file: ComposeFile, node: Node | null | undefined): SourceLoc | null {
  return file.lineCounter ? nodeLoc(file.abs, file.lineCounter, node) : null;
}

function buildServices(stack: Stack, usable: ComposeFile[], lookup: Lookup, readText: (abs: string) => string | null): ComposeService[] {
  const configs = asPlain(stack.config.services);
  const resolvedAll = asPlain(stack.resolved.services);
  // Positions come from the `yaml` documents, which plain files build only on first use (see
  // src/yaml/fast-load.ts): service and variable positions are therefore looked up when a finding asks.
  let sitesCache: Map<string, ServiceSite> | null = null;
  const sites = () => (sitesCache ??= serviceSites(usable));
  return Object.keys(configs).map((name) => {
    const config = asPlain(configs[name]);
    const resolved = asPlain(resolvedAll[name]);
    const service: ComposeService = {
      name,
      stack,
      loc: null,
      config,
      resolved,
      image: typeof resolved.image === 'string' ? resolved.image : null,
      containerName: typeof resolved.container_name === 'string' ? resolved.container_name : null,
      environment: [],
      labels: labelMap(resolved.labels),
      serviceDir: null,
    };
    Object.defineProperty(service, 'loc', { get: () => sites().get(name)?.loc ?? null, enumerable: true, configurable: true });
    const envFileVars = envFileVariables(resolved.env_file, stack.dir, lookup, readText);
    const inlineVars = environmentVariables(config.environment, lookup, () => sites().get(name)?.envLocs);
    service.environment = lastWins([...envFileVars, ...inlineVars]);
    return service;
  });
}

interface ServiceSite {
  /** Key of the service in the first file that declares it. */
  loc: SourceLoc | null;
  /** Environment entry name -> position, the last file/document defining it winning. */
  envLocs: Map<string, SourceLoc>;
}

/** One pass per document over `services:`, so a 20,000-service file stays linear. */
function serviceSites(usable: ComposeFile[]): Map<string, ServiceSite> {
  const sites = new Map<string, ServiceSite>();
  for (const file of usable) {
    for (const doc of file.documents) {
      const services = findNode(doc, ['services'])?.value;
      if (!isMap(services)) continue;
      for (const pair of mappingPairs(doc, services)) {
        const name = keyText(pair);
        if (name === null) continue;
        let site = sites.get(name);
        if (!site) sites.set(name, (site = { loc: nodeLocOf(file, pair.key as Node), envLocs: new Map() }));
        collectEnvLocs(doc, file, findNodeFrom(doc, pair.value, ['environment'])?.value ?? null, site.envLocs);
      }
    }
  }
  return sites;
}

function collectEnvLocs(doc: Document, file: ComposeFile, environment: Node | null, into: Map<string, SourceLoc>): void {
  if (isMap(environment)) {
    for (const pair of mappingPairs(doc, environment)) {
      const name = keyText(pair);
      const loc = nodeLocOf(file, pair.key as Node);
      if (name !== null && loc) into.set(name, loc);
    }
  } else if (isSeq(environment)) {
    for (const item of environment.items) {
      const node = findNodeFrom(doc, item, [])?.value ?? null;
      if (!isScalar(node)) continue;
      const loc = nodeLocOf(file, item as Node) ?? nodeLocOf(file, node);
      if (loc) into.set(splitAssignment(String(node.value))[0], loc);
    }
  }
}

/** `env_file:` (string, list, or long form `{path, required}`), relative to the stack folder; missing files are skipped. */
function envFileVariables(envFile: unknown, dir: string, lookup: Lookup, readText: (abs: string) => string | null): EnvVar[] {
  const entries = envFile === undefined || envFile === null ? [] : Array.isArray(envFile) ? envFile : [envFile];
  const vars: EnvVar[] = [];
  for (const entry of entries) {
    const relative = typeof entry === 'string' ? entry : typeof asPlain(entry).path === 'string' ? (asPlain(entry).path as string) : null;
    if (relative === null) continue;
    const abs = path.resolve(dir, relative);
    const text = readText(abs);
    if (text === null) continue;
    for (const item of parseEnvEntries(text, lookup)) {
      vars.push({
        name: item.key,
        raw: item.raw,
        value: item.unknown.length > 0 ? null : item.value,
        loc: { file: abs, line: item.line, column: 1 },
        envFile: abs,
      });
    }
  }
  return vars;
}

/** `environment:` in map or list form, values interpolated; `- FOO` / `FOO:` have no value. */
function environmentVariables(environment: unknown, lookup: Lookup, locs: () => Map<string, SourceLoc> | undefined): EnvVar[] {
  const pairs: [string, string | null][] = Array.isArray(environment)
    ? environment.map((item) => splitAssignment(String(item)))
    : Object.entries(asPlain(environment)).map(([name, raw]) => [name, raw === null || raw === undefined ? null : scalarText(raw)]);
  return pairs.map(([name, raw]) => {
    const result = raw === null ? null : interpolate(raw, lookup);
    const entry: EnvVar = {
      name,
      raw,
      value: result === null || result.unknown.length > 0 ? null : result.value,
      loc: null,
    };
    Object.defineProperty(entry, 'loc', { get: () => locs()?.get(name) ?? null, enumerable: true, configurable: true });
    return entry;
  });
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
