// Plugins (config `plugins:`): local rule files, globs and folders (rule ids `local/<id>`), and npm
// packages (`<plugin>/<id>`). `.js`/`.mjs` files load directly; `.ts` files are type-checked
// against the public API and transpiled once (src/plugins/typescript.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';
import type { Rule } from '../api/types';
import { ruleInfo } from '../engine/registry';
import type { RegisteredRule } from '../engine/types';
import { ConfigError } from '../errors';
import type { FileCache } from '../files/cache';
import type { PluginSpec, Policy } from '../policy/types';
import { displayPath } from '../util/paths';
import { importUrl } from '../loader/import';
import { checkRule, pluginShape } from './validate';

/** Extensions of rule files a glob or folder picks up. */
const RULE_FILE = /\.(ts|mts|js|mjs)$/;
/** Never rule files: declarations, tests, fixtures of a test runner. */
const NOT_A_RULE_FILE = /\.d\.[mc]?ts$|\.(test|spec)\.[mc]?[jt]s$/;

export interface LoadPluginsOptions {
  cwd: string;
  files: FileCache;
  /** Called with the time a TypeScript plugin's check took (cache misses only). */
  onCompile?: (file: string, ms: number) => void;
}

/** The rules of the policy's plugins, ids prefixed; config errors name the `plugins:` entry. */
export async function loadPlugins(policy: Policy, options: LoadPluginsOptions): Promise<RegisteredRule[]> {
  const rules: RegisteredRule[] = [];
  const seen = new Map<string, string>();
  // A file or package named twice (a file and a glob matching it, a package listed twice) is loaded once.
  const loaded = new Set<string>();
  const add = (rule: Rule, plugin: string, source: string) => {
    const info = ruleInfo(rule, { name: plugin, source });
    const earlier = seen.get(info.id);
    if (earlier !== undefined) {
      throw new ConfigError(`${displayPath(source, options.cwd)}: plugin rule '${info.id}' is also defined by ${displayPath(earlier, options.cwd)}`);
    }
    seen.set(info.id, source);
    rules.push({ rule, info });
  };
  for (const spec of policy.plugins) {
    const where = describeSpec(spec, policy, options.cwd);
    if (isLocalSpec(spec.spec)) {
      const files = localFiles(spec.spec, policy.baseDir);
      if (files.length === 0) throw new ConfigError(`${where}: plugin '${spec.spec}' matches no rule file (.ts, .mts, .js, .mjs)`);
      for (const file of files) {
        if (loaded.has(file)) continue;
        loaded.add(file);
        const exported = await importRuleFile(file, policy.baseDir, options);
        for (const rule of rulesOf(exported, file, options.cwd).rules) add(rule, 'local', file);
      }
    } else {
      const { entry, name } = resolvePackage(spec.spec, policy.baseDir, where);
      if (loaded.has(entry)) continue;
      loaded.add(entry);
      const exported = await importModule(entry, spec.spec, options.files);
      const plugin = rulesOf(exported, entry, options.cwd);
      for (const rule of plugin.rules) add(rule, plugin.name ?? name, entry);
    }
  }
  return rules;
}

function describeSpec(spec: PluginSpec, policy: Policy, cwd: string): string {
  const loc = spec.loc;
  if (loc) return `${displayPath(loc.file, cwd)}:${loc.line}:${loc.column}`;
  return policy.configFile ? displayPath(policy.configFile, cwd) : 'plugins';
}

/** `./rules/x.ts`, `../shared/*.ts`, `/abs/dir`, `rules/**` (a glob): files; anything else is an npm package. */
export function isLocalSpec(spec: string): boolean {
  return spec.startsWith('.') || path.isAbsolute(spec) || /[*?{[]/.test(spec);
}

/** The rule files a local spec names: a file, the rule files directly in a folder, or a glob's matches. */
export function localFiles(spec: string, baseDir: string): string[] {
  const abs = path.resolve(baseDir, spec);
  if (!/[*?{[]/.test(spec) && existsSync(abs)) {
    if (statSync(abs).isDirectory()) {
      return globSync('*', { cwd: abs, absolute: true, onlyFiles: true })
        .filter((f) => RULE_FILE.test(f) && !NOT_A_RULE_FILE.test(f))
        .sort();
    }
    return [abs];
  }
  return globSync(spec.replace(/\\/g, '/'), { cwd: baseDir, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] })
    .filter((f) => RULE_FILE.test(f) && !NOT_A_RULE_FILE.test(f))
    .map((f) => path.normalize(f))
    .sort();
}

async function importRuleFile(file: string, baseDir: string, options: LoadPluginsOptions): Promise<unknown> {
  if (/\.m?ts$/.test(file)) {
    const { compileTypeScriptPlugin } = await import('./typescript');
    const compiled = await compileTypeScriptPlugin(file, { baseDir, cwd: options.cwd, files: options.files, onCompile: options.onCompile });
    return importModule(compiled, displayPath(file, options.cwd), options.files);
  }
  return importModule(file, displayPath(file, options.cwd), options.files);
}

async function importModule(file: string, shown: string, files: FileCache): Promise<unknown> {
  readModuleSources(file, files);
  try {
    return await importUrl(pathToFileURL(file).href);
  } catch (error) {
    const at = error instanceof SyntaxError ? await syntaxErrorPlace(file) : '';
    throw new ConfigError(`${shown}${at}: cannot load plugin: ${firstLine(error)}`);
  }
}

/**
 * Reads a module and the local files it imports (relative specifiers, followed) through the run's
 * file cache before Node imports them: Node's module loader reads them on its own, and these reads
 * are what makes them inputs of the run (--cache keeps a result only while its inputs are unchanged).
 */
function readModuleSources(entry: string, files: FileCache): void {
  const queue = [entry];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || seen.size > 500) continue;
    seen.add(file);
    const text = files.text(file);
    if (text === null) continue;
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      queue.push(path.resolve(path.dirname(file), match[1]!));
    }
  }
}

/**
 * `:line:column` of a JavaScript syntax error: Node's import() does not give it (its stack is the
 * loader's), `node --check` does. Only on this error path, so a normal run never pays for it.
 */
async function syntaxErrorPlace(file: string): Promise<string> {
  const { spawnSync } = await import('node:child_process');
  const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  const lines = (check.stderr ?? '').split('\n');
  const head = /:(\d+)$/.exec(lines[0] ?? '');
  if (!head) return '';
  const caret = (lines[2] ?? '').indexOf('^');
  return caret >= 0 ? `:${head[1]}:${caret + 1}` : `:${head[1]}`;
}

/**
 * The rules a plugin module exports: a default export that is a rule, a list of rules or a plugin
 * (`{ name, rules }`); without a default export, every named export that is a rule.
 */
function rulesOf(exported: unknown, file: string, cwd: string): { name?: string; rules: Rule[] } {
  const shown = displayPath(file, cwd);
  const module = exported as Record<string, unknown>;
  const value = 'default' in module ? module.default : Object.values(module).filter((v) => typeof v === 'object' && v !== null && 'meta' in v);
  const shape = pluginShape(value);
  if (!shape) throw new ConfigError(`${shown}: a plugin must export (as default) a rule made with defineRule, a list of rules, or { name, rules }`);
  shape.rules.forEach((rule, index) => checkRule(rule, `${shown}${shape.rules.length > 1 ? ` (rule ${index + 1})` : ''}`));
  return shape as { name?: string; rules: Rule[] };
}

/** An npm package's entry, resolved from the config's folder, and its rule id prefix. */
function resolvePackage(spec: string, baseDir: string, where: string): { entry: string; name: string } {
  const require = createRequire(path.join(baseDir, 'noop.js'));
  let manifestFile: string;
  try {
    manifestFile = require.resolve(`${spec}/package.json`);
  } catch {
    manifestFile = findPackageJson(spec, baseDir) ?? '';
    if (!manifestFile) throw new ConfigError(`${where}: plugin package '${spec}' is not installed (run npm install --save-dev ${spec})`);
  }
  const dir = path.dirname(manifestFile);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { exports?: unknown; module?: string; main?: string };
  const entry = path.resolve(dir, packageEntry(manifest));
  return { entry, name: pluginName(spec) };
}

/** `node_modules/<spec>/package.json` from `baseDir` upwards (a package whose `exports` hides its package.json). */
function findPackageJson(spec: string, baseDir: string): string | null {
  let dir = baseDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', spec, 'package.json');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The ESM entry of a package: `exports['.']` (import, then default), else `module`, else `main`, else index.js. */
function packageEntry(manifest: { exports?: unknown; module?: string; main?: string }): string {
  const pick = (value: unknown): string | null => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(pick).find((v) => v !== null) ?? null;
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ('.' in record) return pick(record['.']);
      for (const condition of ['import', 'node', 'default']) if (condition in record) return pick(record[condition]);
    }
    return null;
  };
  return pick(manifest.exports) ?? manifest.module ?? manifest.main ?? 'index.js';
}

/** ESLint's naming: `svclint-plugin-acme` → `acme`, `@acme/svclint-plugin` → `@acme`, `@acme/svclint-plugin-infra` → `@acme/infra`. */
export function pluginName(spec: string): string {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(spec);
  if (scoped) {
    const [, scope, rest] = scoped as unknown as [string, string, string];
    if (rest === 'svclint-plugin') return scope;
    return `${scope}/${rest.replace(/^svclint-plugin-/, '')}`;
  }
  return spec.replace(/^svclint-plugin-/, '');
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}
