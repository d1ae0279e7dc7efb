// Reads svclint.config.yaml / .svclintrc.{yaml,json}, validates it against
// schemas/svclint.config.schema.json and merges it onto the built-in recommended policy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigError } from '../errors';
import type { SourceLoc } from '../files/types';
import type { CatalogEntry, ExceptionPolicy, Policy, RuleLevel } from './types';
import { parseBytes } from '../util/bytes';
import { displayPath } from '../util/paths';
import { fastLoadDocuments, isPlainYaml } from '../yaml/fast-load';
import { findNode, nodeLoc } from '../yaml/positions';
import {
  RECOMMENDED_CAPABILITIES,
  RECOMMENDED_CATALOG,
  RECOMMENDED_CATCH_ALL,
  RECOMMENDED_POSTGRES,
  RECOMMENDED_SYSTEMS,
  RECOMMENDED_TECHNOLOGY_DIRS,
} from './recommended';
import { validateConfigSchema } from './schema';

type RawLevel = string | number;

/** The config as written (after schema validation). */
export interface RawConfig {
  extends?: 'recommended' | 'none';
  root?: string;
  capabilities?: Record<string, { provides?: string[]; description?: string; inactive?: boolean } | null>;
  catchAll?: string[];
  technologyDirs?: string[];
  services?: Record<
    string,
    { capability: string; aliases?: string[]; images?: string[]; provides?: string[]; reason?: string; memory?: string | number; legacy?: boolean }
  >;
  systems?: Record<string, { capability: string; members: string[] }>;
  database?: {
    postgres?: { service: string; capability?: string };
    allocations?: { service: string; database: string; role: string }[];
    isolated?: { service: string; reason: string }[];
  };
  budget?: { memory?: string | number };
  rules?: Record<string, RawLevel | [RawLevel] | [RawLevel, Record<string, unknown>]>;
  plugins?: string[];
  exceptions?: { rule: string; path: string; reason: string }[];
  docs?: string[];
}

export interface LoadedConfig {
  /** Absolute path. */
  file: string;
  /** The file as messages show it (relative to the working directory). */
  shown: string;
  raw: RawConfig;
  /** Position of a key path in the config (YAML files only). */
  locate(keyPath: (string | number)[]): SourceLoc | null;
}

export function loadConfigFile(file: string, cwd?: string): LoadedConfig {
  const shown = cwd ? displayPath(file, cwd) : file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read config (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const isJson = file.endsWith('.json');
  let data: unknown;
  let doc: Document | null = null;
  const lineCounter = new LineCounter();
  if (isJson) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(
        `${shown}:${jsonErrorPosition(text, (error as Error).message)}: config is not valid JSON: ${jsonErrorText((error as Error).message)}`,
      );
    }
  } else {
    const fast = isPlainYaml(text) ? fastLoadDocuments(text) : null;
    if (fast && fast.length <= 1) {
      data = fast[0];
    } else {
      doc = fullDocument(shown, text, lineCounter);
      try {
        data = doc.toJS({ maxAliasCount: 1000 });
      } catch (error) {
        throw new ConfigError(`${shown}: config could not be read: ${firstLine((error as Error).message)}`);
      }
    }
  }
  if (data === null || data === undefined) data = {};
  // Positions need the full document (JSON is YAML too); a plain config builds it only when something is reported.
  const locate = (keyPath: (string | number)[]): SourceLoc | null => {
    try {
      doc ??= fullDocument(shown, text, lineCounter);
    } catch {
      return null;
    }
    const found = findNode(doc, keyPath);
    return nodeLoc(file, lineCounter, found?.key ?? found?.value ?? null);
  };
  const issues = validateConfigSchema(data);
  if (issues.length > 0) {
    const issue = issues[0]!;
    const loc = locate(issue.path) ?? locate(issue.path.slice(0, -1));
    const where = loc ? `${shown}:${loc.line}:${loc.column}` : shown;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new ConfigError(`${where}: invalid config: ${issue.message}${more}`);
  }
  return { file, shown, raw: data as RawConfig, locate };
}

/** `line:column` of a JSON.parse error (V8 names the character offset; the end of input has none). */
function jsonErrorPosition(text: string, message: string): string {
  const match = /at position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function jsonErrorText(message: string): string {
  return firstLine(message)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of the file');
}

function fullDocument(shown: string, text: string, lineCounter: LineCounter): Document {
  // logLevel 'error': a collection key is reported by the schema check, not as a Node warning on stderr.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`${shown}:${line}:${col}: config is not valid YAML: ${firstLine(first.message)}`);
  }
  return doc;
}

const LEVELS: Record<string, RuleLevel> = { off: 'off', '0': 'off', warn: 'warn', warning: 'warn', '1': 'warn', error: 'error', '2': 'error' };

export function parseRuleLevel(value: string | number): RuleLevel | null {
  return LEVELS[String(value)] ?? null;
}

/** The built-in recommended policy merged with a config (or alone). */
export function buildPolicy(config: LoadedConfig | null, fallbackBaseDir: string): Policy {
  const raw: RawConfig = config?.raw ?? {};
  const recommended = raw.extends !== 'none';
  const file = config?.file ?? null;
  const baseDir = file ? path.dirname(file) : fallbackBaseDir;

  const capabilities = new Map(recommended ? RECOMMENDED_CAPABILITIES.map((c) => [c.name, { ...c }]) : []);
  for (const [name, value] of Object.entries(raw.capabilities ?? {})) {
    const previous = capabilities.get(name);
    capabilities.set(name, {
      name,
      description: value?.description ?? previous?.description ?? '',
      provides: [...(previous?.provides ?? []), ...(value?.provides ?? [])],
      inactive: value?.inactive ?? previous?.inactive ?? name === 'archive',
    });
  }

  const catalog: CatalogEntry[] = recommended ? RECOMMENDED_CATALOG.map((e) => ({ ...e })) : [];
  for (const [name, value] of Object.entries(raw.services ?? {})) {
    const index = catalog.findIndex((e) => e.name === name);
    const previous = index >= 0 ? catalog[index] : undefined;
    const memory = value.memory === undefined ? previous?.memory : (parseBytes(value.memory) ?? undefined);
    const merged: CatalogEntry = {
      name,
      capability: value.capability,
      aliases: [...new Set([...(previous?.aliases ?? []), ...(value.aliases ?? [])])],
      images: [...new Set([...(previous?.images ?? []), ...(value.images ?? [])])],
      provides: value.provides ?? previous?.provides ?? [],
      reason: value.reason ?? `placement table in ${path.basename(file ?? 'config')}`,
      fromConfig: true,
      ...(memory !== undefined ? { memory } : {}),
      ...(value.legacy !== undefined ? { legacy: value.legacy } : previous?.legacy ? { legacy: true } : {}),
    };
    if (index >= 0) catalog[index] = merged;
    else catalog.push(merged);
  }

  const systems = recommended ? RECOMMENDED_SYSTEMS.map((s) => ({ ...s, members: [...s.members] })) : [];
  for (const [name, value] of Object.entries(raw.systems ?? {})) {
    const index = systems.findIndex((s) => s.name === name);
    const system = { name, capability: value.capability, members: value.members };
    if (index >= 0) systems[index] = system;
    else systems.push(system);
  }

  const rules = new Map<string, RuleLevel>();
  const ruleOptions = new Map<string, Record<string, unknown>>();
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    // `id: level` or, with options, `id: [level, { ... }]` (ESLint's form).
    const [levelValue, options] = Array.isArray(value) ? value : [value];
    const level = parseRuleLevel(levelValue);
    if (level) rules.set(id, level);
    if (options !== undefined) ruleOptions.set(id, options);
  }
  const plugins = (raw.plugins ?? []).map((spec, i) => ({ spec, loc: config?.locate(['plugins', i]) ?? null }));

  const exceptions: ExceptionPolicy[] = (raw.exceptions ?? []).map((e, i) => ({
    rule: e.rule,
    path: normaliseSlashes(e.path),
    reason: e.reason,
    loc: config?.locate(['exceptions', i]) ?? null,
  }));

  let memoryBudget: number | null = null;
  if (raw.budget?.memory !== undefined) {
    memoryBudget = parseBytes(raw.budget.memory);
    if (memoryBudget === null) {
      const loc = config?.locate(['budget', 'memory']);
      throw new ConfigError(
        `${config?.shown ?? file}${loc ? `:${loc.line}:${loc.column}` : ''}: invalid config: budget.memory '${String(raw.budget.memory)}' is not a size (use e.g. 4GiB, 512m)`,
      );
    }
  }

  return {
    configFile: file,
    capabilities,
    catchAll: [...new Set([...(recommended ? RECOMMENDED_CATCH_ALL : []), ...(raw.catchAll ?? [])].map((n) => n.toLowerCase()))],
    technologyDirs: [...new Set([...(recommended ? RECOMMENDED_TECHNOLOGY_DIRS : []), ...(raw.technologyDirs ?? [])].map((n) => n.toLowerCase()))],
    catalog,
    systems,
    database: {
      postgres: raw.database?.postgres
        ? { service: raw.database.postgres.service, capability: raw.database.postgres.capability ?? RECOMMENDED_POSTGRES.capability, declared: true }
        : recommended
          ? { ...RECOMMENDED_POSTGRES }
          : null,
      allocations: raw.database?.allocations ?? [],
      isolated: raw.database?.isolated ?? [],
    },
    budget: { memory: memoryBudget },
    rules,
    ruleOptions,
    plugins,
    exceptions,
    docs: (raw.docs ?? []).map(normaliseSlashes),
    baseDir,
    locate: config ? config.locate : () => null,
  };
}

/** Paths written on Windows (`services\\apps`) mean the same folder: `\\` is never an escape in config paths. */
export function normaliseSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
