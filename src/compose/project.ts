// The model Docker Compose builds from a stack's files, in compose-go's order (loader.go
// loadYamlFile): each file is interpolated and converted on its own, then its `include:`
// projects are loaded (with their own `.env`) and imported, then `extends:` is applied, then the
// file is merged onto what came before. Every step keeps "layers" (which file, under which
// service name) so a key of the merged model can be traced back to the file and line it comes from.
// Never throws: what Compose refuses becomes an issue with a position.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ComposeFile, ComposeIssue, ComposeStage } from './types';
import type { SourceLoc } from '../files/types';
import { findNode, nodeLoc, type KeyPath } from '../yaml/positions';
import { lightLocate } from './locate-file';
import { castTree } from './cast';
import { parseDotEnv } from './env-file';
import { interpolateTree, type Lookup, type TreeInterpolationError } from './interpolate';
import { mergeComposeConfigs, removePaths } from './merge';
import { EMPTY_COMPOSE_FILE, parseComposeFile } from './parse-file';
import { withLazyLoc } from '../util/lazy';

type Plain = Record<string, unknown>;

/** A file the model reads keys from; `rename` maps a service of the file onto another name (extends). */
export interface Layer {
  file: ComposeFile;
  rename?: { from: string; to: string };
}

/** The same model before interpolation (`raw`, what the files say) and after (`resolved`). */
interface Model {
  raw: Plain;
  resolved: Plain;
}

export interface LoadedProject extends Model {
  /** Most recent first: the position of a key is looked up in this order. */
  layers: Layer[];
  stages: ComposeStage[];
  /** Per service (by name) of the resolved model: the included file it comes from. */
  includedFrom: Map<string, string>;
}

/** What one stack's loading shares: the reader, parsed files, issues. */
export class LoadContext {
  readonly parsed = new Map<string, ComposeFile>();
  readonly imported: ComposeFile[] = [];
  readonly issues: ComposeIssue[] = [];
  private readonly resolvedFiles = new Map<string, Model | null>();

  constructor(
    private readonly read: (abs: string) => Buffer | string,
    /** The stack's main file and overrides: parsed by the caller, not counted as imported. */
    own: ComposeFile[],
    /** What is at a path (the run's file cache; default: a stat). */
    private readonly kind: (abs: string) => 'file' | 'dir' | 'other' | null = statKind,
    /** A text reader that says null instead of throwing (the run's file cache): no exception per missing `.env`. */
    private readonly textOrNull?: (abs: string) => string | null,
  ) {
    for (const file of own) this.parsed.set(file.abs, file);
  }

  isFile(abs: string): boolean {
    return this.kind(abs) === 'file';
  }

  file(abs: string): ComposeFile {
    let file = this.parsed.get(abs);
    if (!file) {
      file = loadFile(abs, this.read);
      this.parsed.set(abs, file);
      // A file that could not be read is reported where it is named (include, extends), not as a file.
      if (file.text !== '' || file.errors.length === 0 || file.errors[0]!.message === EMPTY_COMPOSE_FILE) this.imported.push(file);
    }
    return file;
  }

  readText(abs: string): string | null {
    if (this.textOrNull) return this.textOrNull(abs);
    try {
      const content = this.read(abs);
      return typeof content === 'string' ? content : content.toString('utf8');
    } catch {
      return null;
    }
  }

  issue(rule: ComposeIssue['rule'], message: string, loc: () => SourceLoc | null): void {
    this.issues.push(withLazyLoc({ rule, message }, loc));
  }

  /**
   * A file interpolated with `lookup` and converted as compose-go does, once per file and lookup
   * key; interpolation errors and failed conversions become issues at their position.
   */
  resolve(file: ComposeFile, lookup: Lookup, lookupKey: string): Model | null {
    const key = `${lookupKey}\u0000${file.abs}`;
    if (this.resolvedFiles.has(key)) return this.resolvedFiles.get(key)!;
    let model: Model | null = null;
    if (file.errors.length === 0 && file.data !== null) {
      const errors: TreeInterpolationError[] = [];
      const interpolated = interpolateTree(file.data, lookup, new Set(), errors) as Plain;
      for (const error of errors) {
        const where = dotted(error.path);
        this.issue(
          'compose-parse',
          `${where}: ${error.message === 'invalid template' ? `invalid interpolation format ${JSON.stringify(snippet(error.text, error.offset))} (write a literal $ as $$)` : error.message}`,
          () => offsetLoc(file, error.path, error.text, error.offset),
        );
      }
      const castErrors: { path: (string | number)[]; message: string }[] = [];
      const resolved = castTree(interpolated, castErrors);
      for (const error of castErrors) this.issue('compose-schema', `${dotted(error.path)}: ${error.message}`, () => locateIn(file, error.path, false));
      model = { raw: file.data, resolved };
    }
    this.resolvedFiles.set(key, model);
    return model;
  }
}

export function loadFile(abs: string, read: (abs: string) => Buffer | string): ComposeFile {
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

/** An override or included file with nothing in it: Compose merges nothing and says nothing. */
export function isEmptyFile(file: ComposeFile): boolean {
  return file.errors.length === 1 && file.errors[0]!.message === EMPTY_COMPOSE_FILE;
}

/**
 * Loads a project: `files` (main first, then overrides) merged in order. `workingDir` resolves
 * relative include and extends paths; `chain` holds the files including this project (cycles).
 */
export function loadProject(ctx: LoadContext, files: string[], lookup: Lookup, lookupKey: string, workingDir: string, chain: string[]): LoadedProject {
  const project: LoadedProject = { raw: {}, resolved: {}, layers: [], stages: [], includedFrom: new Map() };
  let broken = false;
  files.forEach((abs, index) => {
    if (broken) return;
    const file = ctx.file(abs);
    if (index > 0 && isEmptyFile(file)) return;
    const model = ctx.resolve(file, lookup, lookupKey);
    // A broken main file leaves the project empty; a broken override is left out of the merge.
    if (!model) {
      broken = index === 0;
      return;
    }
    const own: Model = { raw: model.raw, resolved: model.resolved };
    const layers: Layer[] = [{ file }];
    const included = applyIncludes(ctx, own, file, lookup, workingDir, [...chain, abs], layers, project.includedFrom);
    applyExtends(ctx, own, file, lookup, lookupKey, workingDir, layers);
    if (project.stages.length === 0) {
      // The first file is the model (its own !reset tags were applied when it was parsed).
      project.raw = own.raw;
      project.resolved = own.resolved;
    } else {
      const tags = (file.tagPaths ?? []).map((tag) => tag.path);
      project.raw = mergeComposeConfigs(removePaths(project.raw, tags), own.raw);
      project.resolved = mergeComposeConfigs(removePaths(project.resolved, tags), own.resolved);
    }
    project.layers = [...layers, ...included, ...project.layers];
    const stageLayers = project.layers;
    project.stages.push({ file: abs, resolved: project.resolved, locate: (keyPath, atKey) => locateInLayers(stageLayers, keyPath, atKey) });
  });
  return project;
}

/** Position of a key path in layers, the first layer holding it winning; the nearest ancestor when none does. */
export function locateInLayers(layers: readonly Layer[], keyPath: KeyPath, atKey: boolean): SourceLoc | null {
  for (let length = keyPath.length; length >= 1; length--) {
    const prefix = keyPath.slice(0, length);
    for (const layer of layers) {
      const inFile = layerPath(layer, prefix);
      if (!inFile) continue;
      const loc = locateExact(layer.file, inFile, atKey || length < keyPath.length);
      if (loc) return loc;
    }
  }
  const first = layers[layers.length - 1];
  return first ? { file: first.file.abs, line: 1, column: 1 } : null;
}

function layerPath(layer: Layer, keyPath: KeyPath): KeyPath | null {
  if (!layer.rename) return keyPath;
  if (keyPath[0] !== 'services' || keyPath[1] !== layer.rename.to) return null;
  return ['services', layer.rename.from, ...keyPath.slice(2)];
}

/** Position of the key (or value) at exactly `keyPath` in the file; null when the file does not hold it. */
export function locateExact(file: ComposeFile, keyPath: KeyPath, atKey: boolean): SourceLoc | null {
  if (file.errors.length > 0) return null;
  const light = lightLocate(file, keyPath, atKey);
  if (light !== undefined) return light;
  if (!file.lineCounter) return null;
  for (let d = file.documents.length - 1; d >= 0; d--) {
    const found = findNode(file.documents[d]!, keyPath);
    if (!found) continue;
    const first = atKey ? found.key : found.value;
    const second = atKey ? found.value : found.key;
    const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
    if (loc) return loc;
  }
  return null;
}

/** Like locateExact, falling back to the nearest ancestor, then to the file's first line. */
export function locateIn(file: ComposeFile, keyPath: KeyPath, atKey: boolean): SourceLoc {
  for (let length = keyPath.length; length >= 0; length--) {
    const loc = locateExact(file, keyPath.slice(0, length), atKey || length < keyPath.length);
    if (loc) return loc;
  }
  return { file: file.abs, line: 1, column: 1 };
}

/** The position of character `offset` of a string value: exact when the scalar is written on one line as is. */
function offsetLoc(file: ComposeFile, keyPath: KeyPath, text: string, offset: number): SourceLoc {
  const loc = locateIn(file, keyPath, false);
  const line = file.text.split('\n', loc.line)[loc.line - 1] ?? '';
  const start = line.indexOf(text, loc.column - 1);
  return start >= 0 ? { ...loc, column: start + offset + 1 } : loc;
}

function snippet(text: string, offset: number): string {
  const rest = text.slice(offset).split('\n')[0]!;
  return rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
}

export function dotted(keyPath: KeyPath): string {
  let out = '';
  for (const segment of keyPath) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += /^[A-Za-z0-9_-]+$/.test(segment) ? `${out ? '.' : ''}${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// ---------------------------------------------------------------- include

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|oci:)/i;
const IMPORTED_RESOURCES = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];

/** compose-go's ApplyInclude: each included project loaded and its resources imported into `own`. Returns their layers. */
function applyIncludes(
  ctx: LoadContext,
  own: Model,
  file: ComposeFile,
  lookup: Lookup,
  workingDir: string,
  chain: string[],
  layers: Layer[],
  includedFrom: Map<string, string>,
): Layer[] {
  const includes = own.resolved.include;
  if (!Array.isArray(includes)) return [];
  const out: Layer[] = [];
  includes.forEach((entry, index) => {
    const at =
      (...rest: (string | number)[]) =>
      () =>
        locateIn(file, ['include', index, ...rest], false);
    const spec = typeof entry === 'string' ? { path: entry } : isPlain(entry) ? entry : null;
    if (!spec) return;
    const paths = (Array.isArray(spec.path) ? spec.path : [spec.path]).filter((p): p is string => typeof p === 'string');
    if (paths.length === 0 || paths.some((p) => REMOTE.test(p) || p.includes('${'))) return; // remote or unknown: not followed
    const abs = paths.map((p) => path.resolve(workingDir, p));
    const main = abs[0]!;
    if (chain.includes(main)) {
      const cycle = [...chain.slice(chain.indexOf(main)), main].map((f) => path.relative(workingDir, f) || path.basename(f));
      ctx.issue('compose-schema', `include[${index}]: include cycle detected: ${cycle.join(' includes ')}`, at());
      return;
    }
    const missing = abs.find((f) => !ctx.isFile(f));
    if (missing) {
      ctx.issue('compose-schema', `include[${index}]: included file ${path.relative(workingDir, missing) || missing} not found`, at('path'));
      return;
    }
    const projectDir = typeof spec.project_directory === 'string' ? path.resolve(workingDir, spec.project_directory) : path.dirname(main);
    const envFiles =
      spec.env_file === undefined
        ? ctx.isFile(path.join(projectDir, '.env'))
          ? [path.join(projectDir, '.env')]
          : []
        : (Array.isArray(spec.env_file) ? spec.env_file : [spec.env_file])
            .filter((f): f is string => typeof f === 'string' && f !== '/dev/null')
            .map((f) => path.resolve(workingDir, f));
    const env = new Map<string, string>();
    for (const envFile of envFiles) {
      const text = ctx.readText(envFile);
      if (text === null) {
        ctx.issue('compose-schema', `include[${index}].env_file: env file ${path.relative(workingDir, envFile)} not found`, at('env_file'));
        continue;
      }
      const parsed = parseDotEnv(text, (name) => lookup(name) ?? env.get(name));
      for (const item of parsed.entries) env.set(item.key, item.value);
      if (parsed.error) {
        const error = parsed.error;
        ctx.issue('compose-parse', `${path.basename(envFile)}: ${error.message}`, () => ({ file: envFile, line: error.line, column: error.column }));
      }
    }
    // The including project's variables win over the included project's own .env (compose-go Mapping.Merge).
    const included = loadProject(ctx, abs, (name) => lookup(name) ?? env.get(name), `${abs.join('|')}`, projectDir, chain);
    for (const key of IMPORTED_RESOURCES) {
      importResource(own, included, key);
      if (key === 'services' && isPlain(included.resolved.services)) {
        for (const name of Object.keys(included.resolved.services))
          if (!includedFrom.has(name)) includedFrom.set(name, included.includedFrom.get(name) ?? main);
      }
    }
    out.push(...included.layers);
  });
  return out;
}

/** compose-go's importResource: a resource the including file also defines is merged, the including file winning. */
function importResource(own: Model, included: Model, key: string): void {
  for (const side of ['raw', 'resolved'] as const) {
    const from = included[side][key];
    if (!isPlain(from)) continue;
    const to: Plain = isPlain(own[side][key]) ? { ...(own[side][key] as Plain) } : {};
    for (const [name, value] of Object.entries(from)) {
      to[name] = name in to ? (mergeComposeConfigs({ [key]: { [name]: value } }, { [key]: { [name]: to[name] } })[key] as Plain)[name] : value;
    }
    own[side] = { ...own[side], [key]: to };
  }
}

// ---------------------------------------------------------------- extends

interface ServiceRef {
  file: ComposeFile;
  model: Model;
  dir: string;
  name: string;
}

/** compose-go's ApplyExtends: every service of `own` with `extends:` becomes its base merged with it. */
function applyExtends(ctx: LoadContext, own: Model, file: ComposeFile, lookup: Lookup, lookupKey: string, dir: string, layers: Layer[]): void {
  const services = own.resolved.services;
  if (!isPlain(services) || !Object.values(services).some((s) => isPlain(s) && 'extends' in s)) return;
  own.raw = { ...own.raw, services: { ...(isPlain(own.raw.services) ? own.raw.services : {}) } };
  own.resolved = { ...own.resolved, services: { ...services } };
  const done = new Set<string>();
  for (const name of Object.keys(services)) {
    const extended = resolveExtends(ctx, { file, model: own, dir, name }, lookup, lookupKey, [], done);
    for (const layer of extended) layers.push({ file: layer.file, rename: { from: layer.rename!.from, to: name } });
  }
}

/**
 * Resolves `extends` of one service in place (its model's services are replaced by the merged
 * service) and returns the base layers, nearest first. `trail` holds the services on the way (cycles).
 */
function resolveExtends(ctx: LoadContext, ref: ServiceRef, lookup: Lookup, lookupKey: string, trail: string[], done: Set<string>): Layer[] {
  const id = `${ref.file.abs}#${ref.name}`;
  const services = ref.model.resolved.services as Plain;
  const service = services[ref.name];
  if (!isPlain(service) || !('extends' in service)) return [];
  const at =
    (...rest: string[]) =>
    () =>
      locateIn(ref.file, ['services', ref.name, 'extends', ...rest], false);
  if (trail.includes(id)) {
    const names = [...trail.slice(trail.indexOf(id)), id].map((t) => t.split('#').pop());
    ctx.issue('compose-schema', `services.${ref.name}.extends: extends cycle detected: ${names.join(' extends ')}`, at());
    return [];
  }
  const extendsValue = service.extends;
  const baseName =
    typeof extendsValue === 'string' ? extendsValue : isPlain(extendsValue) && typeof extendsValue.service === 'string' ? extendsValue.service : null;
  if (baseName === null) return []; // the schema reports a missing `service`
  const fileName = isPlain(extendsValue) && typeof extendsValue.file === 'string' ? extendsValue.file : null;
  let base: ServiceRef;
  if (fileName !== null) {
    if (REMOTE.test(fileName) || fileName.includes('${')) return [];
    const abs = path.resolve(ref.dir, fileName);
    const baseFile = ctx.file(abs);
    const model = baseFile.errors.length === 0 ? ctx.resolve(baseFile, lookup, lookupKey) : null;
    if (!model) {
      ctx.issue(
        'compose-schema',
        `services.${ref.name}.extends.file: cannot read ${fileName}${baseFile.errors[0] ? ` (${baseFile.errors[0].message})` : ''}`,
        at('file'),
      );
      return [];
    }
    const cached = ctx.parsed.get(abs)!;
    const baseModel = extendsModels.get(cached) ?? {
      raw: { ...model.raw, services: { ...(isPlain(model.raw.services) ? model.raw.services : {}) } },
      resolved: { ...model.resolved, services: { ...(isPlain(model.resolved.services) ? model.resolved.services : {}) } },
    };
    extendsModels.set(cached, baseModel);
    if (!isPlain(baseModel.resolved.services) || !isPlain((baseModel.resolved.services as Plain)[baseName])) {
      ctx.issue(
        'compose-schema',
        `services.${ref.name}.extends: cannot extend service '${ref.name}': service '${baseName}' not found in ${fileName}`,
        at('service'),
      );
      return [];
    }
    base = { file: baseFile, model: baseModel, dir: path.dirname(abs), name: baseName };
  } else {
    if (!isPlain(services[baseName])) {
      ctx.issue(
        'compose-schema',
        `services.${ref.name}.extends: cannot extend service '${ref.name}': service '${baseName}' not found`,
        typeof extendsValue === 'string' ? at() : at('service'),
      );
      return [];
    }
    base = { ...ref, name: baseName };
  }
  const nested = done.has(`${base.file.abs}#${base.name}`) ? [] : resolveExtends(ctx, base, lookup, lookupKey, [...trail, id], done);
  done.add(`${base.file.abs}#${base.name}`);
  const baseService = (base.model.resolved.services as Plain)[base.name];
  if (!isPlain(baseService)) return [];
  const rebased = base.file === ref.file ? baseService : withAbsoluteEnvFiles(baseService, base.dir);
  const merged = mergeComposeConfigs({ services: { x: rebased } }, { services: { x: service } }) as { services: { x: Plain } };
  const { extends: _resolvedExtends, ...resolved } = merged.services.x;
  services[ref.name] = resolved;
  const rawServices = (isPlain(ref.model.raw.services) ? ref.model.raw.services : {}) as Plain;
  const rawBase = (isPlain(base.model.raw.services) ? base.model.raw.services : {}) as Plain;
  if (isPlain(rawBase[base.name]) && isPlain(rawServices[ref.name])) {
    const rawMerged = mergeComposeConfigs({ services: { x: rawBase[base.name] } }, { services: { x: rawServices[ref.name] } }) as { services: { x: Plain } };
    const { extends: _rawExtends, ...raw } = rawMerged.services.x;
    rawServices[ref.name] = raw;
  }
  return [
    { file: base.file, rename: { from: base.name, to: ref.name } },
    ...nested.map((layer) => ({ file: layer.file, rename: { from: layer.rename!.from, to: ref.name } })),
  ];
}

/** Working copies of files used as extends bases (their services get resolved in place). */
const extendsModels = new WeakMap<ComposeFile, Model>();

/** compose-go resolves a base service's relative paths against the base file's folder; env_file is the one svclint reads. */
function withAbsoluteEnvFiles(service: Plain, dir: string): Plain {
  const envFile = service.env_file;
  if (envFile === undefined) return service;
  const absolute = (entry: unknown): unknown =>
    typeof entry === 'string'
      ? path.resolve(dir, entry)
      : isPlain(entry) && typeof entry.path === 'string'
        ? { ...entry, path: path.resolve(dir, entry.path) }
        : entry;
  return { ...service, env_file: Array.isArray(envFile) ? envFile.map(absolute) : absolute(envFile) };
}

function statKind(abs: string): 'file' | 'dir' | 'other' | null {
  try {
    const stats = statSync(abs);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
  } catch {
    return null;
  }
}

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
