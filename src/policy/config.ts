// Reads svclint.config.yaml / .svclintrc.{yaml,json}, validates it against
// schemas/svclint.config.schema.json and merges it onto the built-in recommended policy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigError } from '../errors';
import type { CatalogEntry, ExceptionPolicy, Policy, RuleLevel, SourceLoc } from '../types';
import { parseBytes } from '../util/bytes';
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

/** The config as written (after schema validation). */
export interface RawConfig {
  extends?: 'recommended' | 'none';
  root?: string;
  capabilities?: Record<string, { provides?: string[]; description?: string; inactive?: boolean } | null>;
  catchAll?: string[];
  technologyDirs?: string[];
  services?: Record<string, { capability: string; aliases?: string[]; images?: string[]; provides?: string[]; reason?: string; memory?: string | number; legacy?: boolean }>;
  systems?: Record<string, { capability: string; members: string[] }>;
  database?: {
    postgres?: { service: string; capability?: string };
    allocations?: { service: string; database: string; role: string }[];
    isolated?: { service: string; reason: string }[];
  };
  budget?: { memory?: string | number };
  rules?: Record<string, string | number>;
  exceptions?: { rule: string; path: string; reason: string }[];
  docs?: string[];
}

export interface LoadedConfig {
  file: string;
  raw: RawConfig;
  /** Position of a key path in the config (YAML files only). */
  locate(keyPath: (string | number)[]): SourceLoc | null;
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read config (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const isJson = file.endsWith('.json');
  let data: unknown;
  let doc: Document | null = null;
  const lineCounter = new LineCounter();
  if (isJson) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`${file}: config is not valid JSON (${(error as Error).message})`);
    }
  } else {
    const fast = isPlainYaml(text) ? fastLoadDocuments(text) : null;
    if (fast && fast.length <= 1) {
      data = fast[0];
    } else {
      doc = fullDocument(file, text, lineCounter);
      try {
        data = doc.toJS({ maxAliasCount: 1000 });
      } catch (error) {
        throw new ConfigError(`${file}: config could not be read: ${firstLine((error as Error).message)}`);
      }
    }
  }
  if (data === null || data === undefined) data = {};
  // Positions need the full document; a plain config builds it only when something is reported.
  const locate = (keyPath: (string | number)[]): SourceLoc | null => {
    if (isJson) return null;
    doc ??= fullDocument(file, text, lineCounter);
    const found = findNode(doc, keyPath);
    return nodeLoc(file, lineCounter, found?.key ?? found?.value ?? null);
  };
  const issues = validateConfigSchema(data);
  if (issues.length > 0) {
    const issue = issues[0]!;
    const loc = locate(issue.path) ?? locate(issue.path.slice(0, -1));
    const where = loc ? `${file}:${loc.line}:${loc.column}` : file;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new ConfigError(`${where}: invalid config: ${issue.message}${more}`);
  }
  return { file, raw: data as RawConfig, locate };
}

function fullDocument(file: string, text: string, lineCounter: LineCounter): Document {
  // logLevel 'error': a collection key is reported by the schema check, not as a Node warning on stderr.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`${file}:${line}:${col}: config is not valid YAML: ${firstLine(first.message)}`);
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
    const memory = value.memory === undefined ? previous?.memory : parseBytes(value.memory) ?? undefined;
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
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    const level = parseRuleLevel(value);
    if (level) rules.set(id, level);
  }

  const exceptions: ExceptionPolicy[] = (raw.exceptions ?? []).map((e, i) => ({
    rule: e.rule,
    path: e.path,
    reason: e.reason,
    loc: config?.locate(['exceptions', i]) ?? null,
  }));

  let memoryBudget: number | null = null;
  if (raw.budget?.memory !== undefined) {
    memoryBudget = parseBytes(raw.budget.memory);
    if (memoryBudget === null) {
      const loc = config?.locate(['budget', 'memory']);
      throw new ConfigError(`${file}${loc ? `:${loc.line}:${loc.column}` : ''}: invalid config: budget.memory '${String(raw.budget.memory)}' is not a size (use e.g. 4GiB, 512m)`);
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
        ? { service: raw.database.postgres.service, capability: raw.database.postgres.capability ?? RECOMMENDED_POSTGRES.capability }
        : recommended
          ? { ...RECOMMENDED_POSTGRES }
          : null,
      allocations: raw.database?.allocations ?? [],
      isolated: raw.database?.isolated ?? [],
    },
    budget: { memory: memoryBudget },
    rules,
    exceptions,
    docs: raw.docs ?? [],
    baseDir,
    locate: config ? config.locate : () => null,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
