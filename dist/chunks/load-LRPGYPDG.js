import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  ruleInfo
} from "./chunk-GDDCELAG.js";
import {
  globSync
} from "./chunk-2IBUJSS7.js";
import "./chunk-ZHP37DL2.js";
import "./chunk-YZODILJP.js";
import {
  displayPath
} from "./chunk-BDF6BVKZ.js";
import {
  ConfigError
} from "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/plugins/load.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

// src/loader/import.ts
var IMPORT_GLOBAL = "__svclintImport";
function importUrl(url) {
  const lent = globalThis[IMPORT_GLOBAL];
  return lent ? lent(url) : import(url);
}

// src/plugins/validate.ts
var RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
function pluginShape(value) {
  if (Array.isArray(value)) return value.length > 0 ? { rules: value } : null;
  if (typeof value !== "object" || value === null) return null;
  if ("meta" in value && "check" in value) return { rules: [value] };
  if ("rules" in value) {
    const { name, rules } = value;
    const list = Array.isArray(rules) ? rules : typeof rules === "object" && rules !== null ? Object.values(rules) : null;
    if (!list) return null;
    return typeof name === "string" && name !== "" ? { name, rules: list } : { rules: list };
  }
  return null;
}
function checkRule(value, where) {
  const fail = (what) => {
    throw new ConfigError(`${where}: invalid rule: ${what}`);
  };
  if (typeof value !== "object" || value === null) fail("not an object made with defineRule");
  const rule = value;
  if (typeof rule.check !== "function") fail("check(context) is not a function");
  const meta = rule.meta;
  if (typeof meta !== "object" || meta === null) fail("meta is missing");
  const m = meta;
  if (typeof m.id !== "string" || !RULE_ID.test(m.id)) fail(`meta.id ${JSON.stringify(m.id)} is not a kebab-case id (e.g. require-healthcheck)`);
  const id = m.id;
  if (typeof m.group !== "string" || m.group === "") fail(`${id}: meta.group must be a non-empty string`);
  if (m.severity !== "error" && m.severity !== "warning") fail(`${id}: meta.severity must be 'error' or 'warning'`);
  for (const key of ["description", "rationale"])
    if (typeof m[key] !== "string" || m[key] === "") fail(`${id}: meta.${key} must be a non-empty string`);
  const messages = m.messages;
  if (typeof messages !== "object" || messages === null || Object.keys(messages).length === 0) fail(`${id}: meta.messages must map message ids to templates`);
  for (const [key, template] of Object.entries(messages)) if (typeof template !== "string") fail(`${id}: meta.messages.${key} must be a string`);
  if (m.schema !== void 0 && (typeof m.schema !== "object" || m.schema === null)) fail(`${id}: meta.schema must be a JSON Schema object`);
  if (m.defaultOptions !== void 0 && (typeof m.defaultOptions !== "object" || m.defaultOptions === null || Array.isArray(m.defaultOptions)))
    fail(`${id}: meta.defaultOptions must be an object`);
}

// src/plugins/load.ts
var RULE_FILE = /\.(ts|mts|js|mjs)$/;
var NOT_A_RULE_FILE = /\.d\.[mc]?ts$|\.(test|spec)\.[mc]?[jt]s$/;
async function loadPlugins(policy, options) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  const loaded = /* @__PURE__ */ new Set();
  const add = (rule, plugin, source) => {
    const info = ruleInfo(rule, { name: plugin, source });
    const earlier = seen.get(info.id);
    if (earlier !== void 0) {
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
        for (const rule of rulesOf(exported, file, options.cwd).rules) add(rule, "local", file);
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
function describeSpec(spec, policy, cwd) {
  const loc = spec.loc;
  if (loc) return `${displayPath(loc.file, cwd)}:${loc.line}:${loc.column}`;
  return policy.configFile ? displayPath(policy.configFile, cwd) : "plugins";
}
function isLocalSpec(spec) {
  return spec.startsWith(".") || path.isAbsolute(spec) || /[*?{[]/.test(spec);
}
function localFiles(spec, baseDir) {
  const abs = path.resolve(baseDir, spec);
  if (!/[*?{[]/.test(spec) && existsSync(abs)) {
    if (statSync(abs).isDirectory()) {
      return globSync("*", { cwd: abs, absolute: true, onlyFiles: true }).filter((f) => RULE_FILE.test(f) && !NOT_A_RULE_FILE.test(f)).sort();
    }
    return [abs];
  }
  return globSync(spec.replace(/\\/g, "/"), { cwd: baseDir, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**"] }).filter((f) => RULE_FILE.test(f) && !NOT_A_RULE_FILE.test(f)).map((f) => path.normalize(f)).sort();
}
async function importRuleFile(file, baseDir, options) {
  if (/\.m?ts$/.test(file)) {
    const { compileTypeScriptPlugin } = await import("./typescript-NHYANK7T.js");
    const compiled = await compileTypeScriptPlugin(file, { baseDir, cwd: options.cwd, files: options.files, onCompile: options.onCompile });
    return importModule(compiled, displayPath(file, options.cwd), options.files);
  }
  return importModule(file, displayPath(file, options.cwd), options.files);
}
async function importModule(file, shown, files) {
  readModuleSources(file, files);
  try {
    return await importUrl(pathToFileURL(file).href);
  } catch (error) {
    const at = error instanceof SyntaxError ? await syntaxErrorPlace(file) : "";
    throw new ConfigError(`${shown}${at}: cannot load plugin: ${firstLine(error)}`);
  }
}
function readModuleSources(entry, files) {
  const queue = [entry];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || seen.size > 500) continue;
    seen.add(file);
    const text = files.text(file);
    if (text === null) continue;
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      queue.push(path.resolve(path.dirname(file), match[1]));
    }
  }
}
async function syntaxErrorPlace(file) {
  const { spawnSync } = await import("node:child_process");
  const check = spawnSync(process.execPath, ["--check", file], { encoding: "utf8" });
  const lines = (check.stderr ?? "").split("\n");
  const head = /:(\d+)$/.exec(lines[0] ?? "");
  if (!head) return "";
  const caret = (lines[2] ?? "").indexOf("^");
  return caret >= 0 ? `:${head[1]}:${caret + 1}` : `:${head[1]}`;
}
function rulesOf(exported, file, cwd) {
  const shown = displayPath(file, cwd);
  const module = exported;
  const value = "default" in module ? module.default : Object.values(module).filter((v) => typeof v === "object" && v !== null && "meta" in v);
  const shape = pluginShape(value);
  if (!shape) throw new ConfigError(`${shown}: a plugin must export (as default) a rule made with defineRule, a list of rules, or { name, rules }`);
  shape.rules.forEach((rule, index) => checkRule(rule, `${shown}${shape.rules.length > 1 ? ` (rule ${index + 1})` : ""}`));
  return shape;
}
function resolvePackage(spec, baseDir, where) {
  const require2 = createRequire(path.join(baseDir, "noop.js"));
  let manifestFile;
  try {
    manifestFile = require2.resolve(`${spec}/package.json`);
  } catch {
    manifestFile = findPackageJson(spec, baseDir) ?? "";
    if (!manifestFile) throw new ConfigError(`${where}: plugin package '${spec}' is not installed (run npm install --save-dev ${spec})`);
  }
  const dir = path.dirname(manifestFile);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  const entry = path.resolve(dir, packageEntry(manifest));
  return { entry, name: pluginName(spec) };
}
function findPackageJson(spec, baseDir) {
  let dir = baseDir;
  for (; ; ) {
    const candidate = path.join(dir, "node_modules", spec, "package.json");
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function packageEntry(manifest) {
  const pick = (value) => {
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return value.map(pick).find((v) => v !== null) ?? null;
    if (value && typeof value === "object") {
      const record = value;
      if ("." in record) return pick(record["."]);
      for (const condition of ["import", "node", "default"]) if (condition in record) return pick(record[condition]);
    }
    return null;
  };
  return pick(manifest.exports) ?? manifest.module ?? manifest.main ?? "index.js";
}
function pluginName(spec) {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(spec);
  if (scoped) {
    const [, scope, rest] = scoped;
    if (rest === "svclint-plugin") return scope;
    return `${scope}/${rest.replace(/^svclint-plugin-/, "")}`;
  }
  return spec.replace(/^svclint-plugin-/, "");
}
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].trim();
}
export {
  isLocalSpec,
  loadPlugins,
  localFiles,
  pluginName
};
