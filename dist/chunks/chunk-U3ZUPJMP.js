import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  builtInRules
} from "./chunk-ML5GNFYX.js";
import {
  FileCache,
  allocationsFor,
  buildHostModel,
  envValue,
  localBuild,
  mayRunTogether,
  memoryBudget,
  referencedPaths,
  serviceNames,
  serviceProfiles,
  valueLoc
} from "./chunk-6H6MFZHV.js";
import {
  discoverTargets
} from "./chunk-NPUTOQXD.js";
import {
  causeByKey,
  docReferences,
  isPathValue,
  isTextValue,
  isTraefikDisabled,
  placementPlan,
  traefikRouters
} from "./chunk-PJS6FL45.js";
import {
  findCatalogByImage,
  findCatalogEntry,
  findNode,
  nodeLoc
} from "./chunk-XJRKILKQ.js";
import {
  nearest
} from "./chunk-2BCGQNUZ.js";
import {
  displayPath,
  isInside
} from "./chunk-ZXHC4XCV.js";
import {
  ConfigError,
  UsageError
} from "./chunk-PYUSQKKC.js";

// src/engine/levels.ts
function unknownRule(id, known) {
  const suggestion = nearest(id, known);
  return `unknown rule '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (see \`svclint rules\`)`;
}
function selectRules(rules, sources) {
  const ids = rules.map((r) => r.info.id);
  const known = new Set(ids);
  for (const id of /* @__PURE__ */ new Set([...sources.configLevels.keys(), ...sources.configOptions.keys()])) {
    if (!known.has(id)) throw new UsageError(`${sources.describeConfigKey(id)}: ${unknownRule(id, ids)}`);
  }
  for (const id of sources.cliLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`--rule: ${unknownRule(id, ids)}`);
  }
  if (sources.groups) {
    const groups = [...new Set(rules.map((r) => r.info.group).filter((g) => g !== "meta"))];
    for (const group of sources.groups) {
      if (!groups.includes(group)) {
        const suggestion = nearest(group, groups);
        throw new UsageError(`--only: unknown value '${group}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (choose ${groups.join(", ")})`);
      }
    }
  }
  const selected = [];
  for (const registered of rules) {
    const { info } = registered;
    if (sources.groups && info.group !== "meta" && !sources.groups.includes(info.group)) continue;
    const level = sources.cliLevels.get(info.id) ?? sources.configLevels.get(info.id) ?? (info.severity === "error" ? "error" : "warn");
    if (level === "off") continue;
    const configured = sources.configOptions.get(info.id) ?? null;
    selected.push({
      registered,
      severity: level === "error" ? "error" : "warning",
      options: { ...info.defaultOptions ?? {}, ...configured ?? {} },
      configured
    });
  }
  return selected;
}
function parseRuleFlags(values) {
  const levels = /* @__PURE__ */ new Map();
  for (const value of values) {
    const match = /^((?:@[a-z0-9._-]+\/)?(?:[a-z0-9._-]+\/)?[a-z0-9-]+):(off|warn|warning|error|0|1|2)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule expects ID:off|warn|error, got '${value}'`);
    const raw = match[2];
    levels.set(match[1], raw === "off" || raw === "0" ? "off" : raw === "error" || raw === "2" ? "error" : "warn");
  }
  return levels;
}

// src/engine/changes.ts
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import path from "node:path";
function makeChangeSet(files) {
  const changed = new Set(files);
  const holders = /* @__PURE__ */ new Set();
  for (const file of files) {
    for (let dir = path.dirname(file); !holders.has(dir); dir = path.dirname(dir)) {
      holders.add(dir);
      if (path.dirname(dir) === dir) break;
    }
  }
  return {
    files,
    touches(abs) {
      if (changed.has(abs) || holders.has(abs)) return true;
      for (let dir = path.dirname(abs); dir !== path.dirname(dir); dir = path.dirname(dir)) if (changed.has(dir)) return true;
      return false;
    }
  };
}
function belongsToChange(finding, changes) {
  return changes.touches(finding.path) || (finding.related ?? []).some((r) => changes.touches(r.path));
}
function placeOnChangedSide(finding, changes) {
  if (changes.touches(finding.path)) return finding;
  const related = finding.related ?? [];
  const index = [...related.keys()].filter((i) => changes.touches(related[i].path)).sort((a, b) => (related[a].line === null ? 1 : 0) - (related[b].line === null ? 1 : 0) || a - b)[0];
  if (index === void 0) return finding;
  const place = related[index];
  const rest = related.filter((_, i) => i !== index);
  return {
    ...finding,
    path: place.path,
    line: place.line,
    column: place.column,
    related: [{ path: finding.path, line: finding.line, column: finding.column, message: finding.message }, ...rest]
  };
}
function keepPart(result, part, cwd) {
  const set = makeChangeSet(part.map((p) => path.resolve(cwd, p)));
  const inside = (p) => {
    const abs = path.resolve(cwd, p.path);
    return set.touches(abs) || part.some((q) => abs === q || abs.startsWith(`${q}${path.sep}`));
  };
  const findings = result.findings.filter((f) => [f, ...f.related ?? []].some(inside));
  return {
    ...result,
    findings,
    summary: {
      ...result.summary,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length
    }
  };
}
function git(cwd, args) {
  return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}
function gitError(error) {
  const stderr = String(error.stderr ?? "").trim();
  return (stderr || error.message || String(error)).split("\n")[0].replace(/^fatal:\s*/, "");
}
function realpathOr(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
function changedSince(ref, dir, cwd) {
  let toplevel;
  try {
    toplevel = git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch (error) {
    throw new UsageError(`--changed-since: ${path.relative(cwd, dir) || "."} is not in a git repository (${gitError(error)})`);
  }
  try {
    git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--changed-since: unknown revision '${ref}' (a branch, tag or commit of this repository)`);
  }
  let base = ref;
  try {
    base = git(dir, ["merge-base", ref, "HEAD"]).trim() || ref;
  } catch {
  }
  let names;
  try {
    const tracked = git(dir, ["diff", "--name-only", "--no-renames", "-z", base, "--"]);
    const untracked = git(dir, ["ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"]);
    names = [...tracked.split("\0"), ...untracked.split("\0")].filter(Boolean);
  } catch (error) {
    throw new UsageError(`--changed-since: git cannot list the changes since '${ref}' (${gitError(error)})`);
  }
  const top = realpathOr(toplevel);
  const realCwd = realpathOr(cwd);
  return [...new Set(names)].map((name) => path.join(cwd, path.relative(realCwd, path.join(top, name))));
}

// src/engine/options.ts
async function validateOptions(selection, describeConfigKey) {
  const withOptions = selection.filter((s) => s.configured !== null);
  if (withOptions.length === 0) return;
  for (const s of withOptions) {
    if (!s.registered.info.schema) throw new ConfigError(`${describeConfigKey(s.registered.info.id)}: rule '${s.registered.info.id}' takes no options`);
  }
  const { default: Ajv } = await import("./ajv-AXXKZNOC.js");
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
  for (const s of withOptions) {
    const { id, schema } = s.registered.info;
    let validate;
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      throw new ConfigError(`rule '${id}' has an invalid options schema: ${error.message}`);
    }
    if (!validate(s.configured)) {
      const issue = validate.errors?.[0];
      const where = issue?.instancePath ? `options${issue.instancePath.replace(/\//g, ".")}` : "options";
      const more = (validate.errors?.length ?? 0) > 1 ? ` (and ${validate.errors.length - 1} more)` : "";
      const allowed = issue?.keyword === "additionalProperties" ? ` '${String(issue.params.additionalProperty)}'` : "";
      throw new ConfigError(`${describeConfigKey(id)}: invalid options for rule '${id}': ${where} ${issue?.message ?? "is invalid"}${allowed}${more}`);
    }
  }
}

// src/engine/render.ts
var PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
function placeholders(template) {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
function renderValue(value, cwd) {
  if (Array.isArray(value)) return value.map((v) => renderValue(v, cwd)).join(", ");
  if (isTextValue(value)) return value.$text.map((part) => renderValue(part, cwd)).join("");
  if (isPathValue(value)) {
    const rel = displayPath(value.$path, cwd);
    if (value.line !== void 0) return `${rel}:${value.line}${value.column !== void 0 ? `:${value.column}` : ""}`;
    return value.folder && !rel.endsWith("/") ? `${rel}/` : rel;
  }
  return String(value);
}
function renderTemplate(template, data, cwd) {
  return template.replace(PLACEHOLDER, (whole, name) => Object.hasOwn(data, name) ? renderValue(data[name], cwd) : whole);
}
function renderMessage(message, cwd) {
  return renderTemplate(message.template, message.data, cwd);
}
function renderData(data, cwd) {
  const out = {};
  for (const [name, value] of Object.entries(data)) {
    out[name] = typeof value === "number" || typeof value === "boolean" ? value : renderValue(value, cwd);
  }
  return out;
}

// src/engine/lint.ts
import path4 from "node:path";

// src/compose/locate-file.ts
function locateInFile(file, path5, atKey) {
  if (!file.lineCounter) return null;
  for (let length = path5.length; length >= 0; length--) {
    const prefix = path5.slice(0, length);
    for (let d = file.documents.length - 1; d >= 0; d--) {
      const found = findNode(file.documents[d], prefix);
      if (!found) continue;
      const preferKey = atKey || length < path5.length;
      const first = preferKey ? found.key : found.value;
      const second = preferKey ? found.value : found.key;
      const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
      if (loc) return loc;
    }
  }
  return { file: file.abs, line: 1, column: 1 };
}

// src/compose/ports.ts
import { isIP } from "node:net";
function publishedPorts(ports) {
  if (!Array.isArray(ports)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  ports.forEach((entry, index) => {
    const parsed = typeof entry === "string" || typeof entry === "number" ? parseShort(String(entry)) : parseLong(entry);
    if (!parsed) return;
    const identity = `${parsed.hostIp || "0.0.0.0"}:${parsed.start}-${parsed.end}:${parsed.target}/${parsed.protocol}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    const text = typeof entry === "object" && entry !== null ? `published: ${String(entry.published)}` : String(entry);
    const { target: _target, ...port } = parsed;
    out.push({ ...port, index, text });
  });
  return out;
}
function parseShort(text) {
  if (text.includes("${")) return null;
  let rest = text.trim();
  let protocol = "tcp";
  const slash = rest.lastIndexOf("/");
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase() || "tcp";
    rest = rest.slice(0, slash);
  }
  let hostIp = "";
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return null;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 1).replace(/^:/, "");
  }
  const parts = rest.split(":");
  if (parts.length < 2) return null;
  const container = parts.pop().trim();
  const host = parts.pop();
  if (parts.length > 0) hostIp = parts.join(":");
  if (host === "" || !/^\d+(-\d+)?$/.test(container)) return null;
  const range = parseRange(host);
  const containerRange = parseRange(container);
  if (!range || !containerRange) return null;
  const address = canonicalIp(hostIp);
  if (address === null) return null;
  const pool = range.end > range.start && containerRange.end === containerRange.start;
  return { hostIp: address, ...range, protocol, pool, target: container };
}
function parseLong(entry) {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return null;
  const record = entry;
  const published = record.published;
  if (published === void 0 || published === null || published === "") return null;
  const text = String(published);
  if (text.includes("${")) return null;
  const range = parseRange(text);
  if (!range) return null;
  const rawIp = typeof record.host_ip === "string" ? record.host_ip : "";
  if (rawIp.includes("${")) return null;
  const hostIp = canonicalIp(rawIp);
  if (hostIp === null) return null;
  const protocol = typeof record.protocol === "string" && record.protocol ? record.protocol.toLowerCase() : "tcp";
  return { hostIp, ...range, protocol, pool: range.end > range.start, target: String(record.target) };
}
function parseRange(text) {
  const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === void 0 ? start : Number(match[2]);
  if (start < 1 || end < start || end > 65535) return null;
  return { start, end };
}
function canonicalIp(ip) {
  let text = ip.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  if (text === "") return "";
  text = text.replace(/%.*$/, "");
  const kind = isIP(text);
  if (kind === 4) return text;
  if (kind !== 6) return null;
  const compressed = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (mapped) {
    const high = parseInt(mapped[1], 16);
    const low = parseInt(mapped[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return compressed;
}
function isWildcardIp(ip) {
  return ip === "" || ip === "0.0.0.0" || ip === "::";
}
function addressesConflict(a, b) {
  if (a === "" || b === "") return true;
  const v6a = a.includes(":");
  const v6b = b.includes(":");
  if (v6a !== v6b) return false;
  return a === b || isWildcardIp(a) || isWildcardIp(b);
}
var INDEXED_RANGE = 1024;
function clashGroups(uses, mayRunTogether2 = () => true) {
  const groups = [];
  const fixed = new FixedIndex();
  const sameGroup = /* @__PURE__ */ new Map();
  const position = new Map(uses.map((use, i) => [use, i]));
  const compatible = (a, b) => a.port.protocol === b.port.protocol && addressesConflict(a.port.hostIp, b.port.hostIp) && (a.service === b.service || mayRunTogether2(a.service, b.service));
  for (const use of uses) {
    if (use.port.pool) continue;
    if (use.replicas > 1)
      groups.push({ kind: "replicas", ports: { start: use.port.start, end: use.port.end }, protocol: use.port.protocol, hostIp: use.port.hostIp, uses: [use] });
    const earlier = fixed.candidates(use.port).filter((other) => compatible(other, use) && overlap(other.port, use.port));
    const first = earlier[0];
    if (first) {
      const shared = overlap(first.port, use.port);
      const key = `${position.get(first)}|${shared.start}-${shared.end}|${use.port.protocol}`;
      let group = sameGroup.get(key);
      if (!group) {
        group = { kind: "same-port", ports: shared, protocol: use.port.protocol, hostIp: use.port.hostIp || first.port.hostIp, uses: [first] };
        sameGroup.set(key, group);
        groups.push(group);
      }
      group.uses.push(use);
    }
    fixed.add(use);
  }
  const taken = [];
  for (const use of uses) {
    if (!use.port.pool) continue;
    for (let replica = 0; replica < use.replicas; replica++) {
      const holders = (port) => [
        ...fixed.candidates({ ...use.port, start: port, end: port }).filter((other) => compatible(other, use) && port >= other.port.start && port <= other.port.end),
        ...taken.filter((t) => t.port === port && compatible(t.use, use)).map((t) => t.use)
      ];
      let free = null;
      for (let port = use.port.start; port <= use.port.end && free === null; port++) if (holders(port).length === 0) free = port;
      if (free !== null) {
        taken.push({ use, port: free });
        continue;
      }
      const others = [];
      for (let port = use.port.start; port <= use.port.end; port++) for (const holder of holders(port)) if (!others.includes(holder)) others.push(holder);
      groups.push({
        kind: "pool",
        ports: { start: use.port.start, end: use.port.end },
        protocol: use.port.protocol,
        hostIp: use.port.hostIp,
        uses: [...others, use]
      });
      break;
    }
  }
  return groups;
}
function overlap(a, b) {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}
var FixedIndex = class {
  byPort = /* @__PURE__ */ new Map();
  wide = [];
  all = [];
  order = /* @__PURE__ */ new Map();
  add(use) {
    this.order.set(use, this.all.length);
    this.all.push(use);
    const { start, end, protocol } = use.port;
    if (end - start >= INDEXED_RANGE) {
      this.wide.push(use);
      return;
    }
    for (let port = start; port <= end; port++) {
      const key = `${protocol}/${port}`;
      const list = this.byPort.get(key);
      if (list) list.push(use);
      else this.byPort.set(key, [use]);
    }
  }
  /** Bindings that may share a port with `port`, in the order they were added. */
  candidates(port) {
    if (port.end - port.start >= INDEXED_RANGE) return this.all.slice();
    const found = new Set(this.wide);
    for (let p = port.start; p <= port.end; p++) for (const use of this.byPort.get(`${port.protocol}/${p}`) ?? []) found.add(use);
    return [...found].sort((a, b) => this.order.get(a) - this.order.get(b));
  }
};
function describePort(range, protocol, hostIp = "") {
  const ports = range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
  const ip = hostIp === "" ? "" : `${hostIp.includes(":") ? `[${hostIp}]` : hostIp}:`;
  return `${ip}${ports}/${protocol}`;
}

// src/model/facts.ts
var factsOf = /* @__PURE__ */ new WeakMap();
function modelFacts(model) {
  let facts = factsOf.get(model);
  if (!facts) factsOf.set(model, facts = buildFacts(model));
  return facts;
}
var real = (service) => service;
function buildFacts(model) {
  const { files } = model;
  let clashes = null;
  let docs = null;
  let budget = null;
  const portsOf = (service) => publishedPorts(service.resolved.ports);
  return {
    fileText: (abs) => files.smallText(abs),
    pathKind: (abs) => files.kind(abs),
    realPath: (abs) => files.realPath(abs),
    publishedPorts: (service) => portsOf(real(service)),
    portClashes: () => {
      if (!clashes) {
        const uses = [];
        for (const stack of model.stacks) {
          if (stack.archived) continue;
          for (const service of stack.services) for (const port of portsOf(service)) uses.push({ service, port, replicas: replicasOf(service) });
        }
        clashes = clashGroups(uses, mayRunTogether).map((group) => ({ ...group, description: describePort(group.ports, group.protocol, group.hostIp) }));
      }
      return clashes;
    },
    routers: (service) => isTraefikDisabled(real(service).labels) ? [] : traefikRouters(real(service).labels),
    labelLoc: (service, key) => labelLoc(real(service), key),
    connections: (service) => service ? model.database.connections.filter((c) => c.service === real(service)) : model.database.connections,
    allocations: (service) => allocationsFor(real(service), model),
    serviceNames: (service) => serviceNames(real(service), model),
    envValue: (service, name) => envValue(real(service), name),
    valueLoc: (service, variable, offset) => valueLoc(real(service), variable, offset),
    docReferences: () => docs ??= docReferences(model),
    catalogByImage: (image) => findCatalogByImage(model.policy, image),
    catalogByName: (name) => findCatalogEntry(model.policy, name),
    capabilityOf: (service) => {
      const own = real(service).serviceDir?.capability;
      if (own) return own;
      return model.capabilityDirs.find((c) => isInside(c.abs, real(service).stack.dir)) ?? null;
    },
    localBuild: (service) => localBuild(real(service), real(service).stack.dir),
    referencedPaths: (service) => referencedPaths(real(service), real(service).stack.dir),
    profiles: (service) => serviceProfiles(real(service)),
    mayRunTogether: (a, b) => mayRunTogether(real(a), real(b)),
    memoryBudget: () => budget ??= memoryBudget(model),
    schemaProblems: async (stack) => {
      const { validateStack } = await import("./stack-YUMJOKQ2.js");
      return validateStack(stack);
    },
    locateInFile: (file, keyPath, atKey) => locateInFile(file, [...keyPath], atKey)
  };
}
function replicasOf(service) {
  const { scale, deploy } = service.resolved;
  const count = typeof scale === "number" ? scale : typeof deploy?.replicas === "number" ? deploy.replicas : 1;
  return Number.isInteger(count) && count > 1 ? count : 1;
}
function labelLoc(service, key) {
  const labels = service.resolved.labels;
  const stack = service.stack;
  if (Array.isArray(labels)) {
    const index = labels.findIndex((item) => String(item).split("=")[0] === key);
    if (index >= 0) return stack.locate(["services", service.name, "labels", index]) ?? service.loc;
  } else if (labels && typeof labels === "object") {
    return stack.locateKey(["services", service.name, "labels", key]) ?? service.loc;
  }
  return service.loc;
}

// src/engine/anchors.ts
import path2 from "node:path";
function lineKey(files, file, line) {
  if (line === null) return void 0;
  const content = files.lines(file)?.[line - 1];
  return content === void 0 ? void 0 : `line:${content.trim()}`;
}
function anchorFor(model, abs, changes) {
  if (!isInside(model.root, abs)) return null;
  const rel = path2.relative(model.root, abs).split(path2.sep).join("/");
  const entry = rel === "" ? null : model.tree.byRel.get(rel);
  if (entry?.kind === "file") return { file: abs, line: 1 };
  if (rel !== "" && entry?.kind !== "dir") return anchorFor(model, path2.dirname(abs), changes);
  if (changes) {
    const changed = changes.files.filter((f) => isInside(abs, f) && model.tree.byRel.get(path2.relative(model.root, f).split(path2.sep).join("/"))?.kind === "file").sort()[0];
    if (changed) return { file: changed, line: 1 };
  }
  const stack = model.stacks.find((s) => s.dir === abs);
  if (stack) return { file: stack.file, line: 1 };
  const first = firstFile(model, rel);
  return first ? { file: first, line: 1 } : null;
}
function firstFile(model, rel) {
  const children = [...model.tree.children.get(rel) ?? []].filter((e) => !e.name.startsWith(".") || e.kind === "file").sort((a, b) => a.name < b.name ? -1 : 1);
  const file = children.find((e) => e.kind === "file" && !e.name.startsWith("."));
  if (file) return file.abs;
  for (const child of children) {
    if (child.kind !== "dir") continue;
    const found = firstFile(model, child.rel);
    if (found) return found;
  }
  return children.find((e) => e.kind === "file")?.abs ?? null;
}

// src/engine/merge.ts
var SPECIFICITY = [
  "no-catch-all-dir",
  "no-technology-dir",
  "split-system",
  "undeclared-capability",
  "single-postgres",
  "single-cache",
  "isolated-store",
  "legacy-service",
  "duplicate-service",
  "migration-symlink",
  "misplaced-service",
  "service-outside-capability",
  "too-deep",
  "non-canonical-name",
  "duplicate-container-name",
  "duplicate-host-port",
  "duplicate-router",
  "shared-db-role"
];
function specificity(rule) {
  const index = SPECIFICITY.indexOf(rule);
  return index < 0 ? SPECIFICITY.length : index;
}
function comparePrimary(a, b) {
  return specificity(a.rule) - specificity(b.rule) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.line === null ? 1 : 0) - (b.line === null ? 1 : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}
function groupByCause(findings) {
  const byCause = /* @__PURE__ */ new Map();
  const out = [];
  for (const finding of findings) {
    if (!finding.cause) {
      out.push(finding);
      continue;
    }
    const list = byCause.get(finding.cause);
    if (list) list.push(finding);
    else byCause.set(finding.cause, [finding]);
  }
  for (const list of byCause.values()) {
    const [primary, ...members] = [...list].sort(comparePrimary);
    out.push(members.length > 0 ? { ...primary, members } : primary);
  }
  return out;
}
var SEVERITY_RANK = { error: 2, warning: 1 };
function foldMembers(finding) {
  const { members, ...primary } = finding;
  if (!members || members.length === 0) return primary;
  const also = [...primary.also ?? []];
  const related = [...primary.related ?? []];
  const place = (p) => `${p.path}\0${p.line ?? ""}\0${p.column ?? ""}`;
  const seen = /* @__PURE__ */ new Set([place(primary), ...related.map(place)]);
  let severity = primary.severity;
  for (const member of members) {
    if (member.rule !== primary.rule && !also.includes(member.rule)) also.push(member.rule);
    if (SEVERITY_RANK[member.severity] > SEVERITY_RANK[severity]) severity = member.severity;
    const own = { path: member.path, line: member.line, column: member.column, message: member.message, prefix: member.rule };
    for (const r of [own, ...member.related ?? []]) {
      if (seen.has(place(r))) continue;
      seen.add(place(r));
      related.push(r);
    }
  }
  const merged = { ...primary, severity };
  if (also.length > 0) merged.also = also;
  if (related.length > 0) merged.related = related;
  if (!merged.actions) {
    const withActions = members.find((m) => m.actions && m.actions.length > 0);
    if (withActions) merged.actions = withActions.actions;
  }
  if (!merged.target) {
    const withTarget = members.find((m) => m.target);
    if (withTarget) merged.target = withTarget.target;
  }
  return merged;
}

// src/engine/suppress.ts
import path3 from "node:path";
var UNUSED_DIRECTIVE = "unused-directive";
function applySuppressions(findings, model, run = {}) {
  const { selection } = run;
  const rules = run.rules ?? builtInRules();
  const ran = new Set((selection ?? rules.map((registered) => ({ registered }))).map((s) => s.registered.info.id));
  const known = new Set(rules.map((r) => r.info.id));
  const unusedRule = rules.find((r) => r.info.id === UNUSED_DIRECTIVE).info;
  const unusedSeverity = selection ? selection.find((s) => s.registered.info.id === UNUSED_DIRECTIVE)?.severity ?? null : unusedRule.severity;
  const message = (id, data = {}) => ({ id, template: unusedRule.messages[id], data });
  const byFile = /* @__PURE__ */ new Map();
  const load = (file, text) => {
    if (!byFile.has(file))
      byFile.set(
        file,
        model.files.directives(file, text).map((directive) => ({ directive, used: /* @__PURE__ */ new Set() }))
      );
  };
  for (const stack of model.stacks) for (const file of stack.files) load(file.abs, file.text);
  for (const script of model.database.initScripts) if (script.text !== null) load(script.file, script.text);
  const loadFor = (finding) => load(finding.path);
  for (const finding of findings) {
    loadFor(finding);
    for (const member of finding.members ?? []) loadFor(member);
  }
  const exceptions = model.policy.exceptions.map((exception) => ({
    exception,
    abs: path3.resolve(model.policy.baseDir, exception.path),
    used: false
  }));
  const suppressed = (finding) => {
    const directive = (byFile.get(finding.path) ?? []).find(
      ({ directive: d }) => d.problem === null && d.rules.includes(finding.rule) && (d.appliesTo === null || d.appliesTo === finding.line)
    );
    if (directive) {
      directive.used.add(finding.rule);
      return true;
    }
    const exception = exceptions.find((e) => e.exception.rule === finding.rule && isInside(e.abs, finding.path));
    if (exception) {
      exception.used = true;
      return true;
    }
    return false;
  };
  const kept = [];
  for (const finding of findings) {
    const members = (finding.members ?? []).filter((member) => !suppressed(member));
    if (suppressed(finding)) continue;
    kept.push(finding.members ? { ...finding, members } : finding);
  }
  if (unusedSeverity === null) return kept;
  const report = (file, line, column, what, fix) => kept.push({ rule: UNUSED_DIRECTIVE, severity: unusedSeverity, path: file, line, column: line === null ? null : column, message: what, fix });
  for (const tracked of [...byFile.values()].flat()) {
    const { directive: d } = tracked;
    const name = `svclint-${d.kind}`;
    if (d.problem !== null) {
      const fix = d.reason === null && d.rules.length > 0 ? message("addReason", { name, rules: d.rules.join(", ") }) : message(d.kind === "disable" ? "writeDisable" : "writeNextLine", { name });
      report(d.file, d.line, d.column, message("malformed", { name, problem: d.problem }), fix);
      continue;
    }
    for (const rule of d.rules) {
      if (rule === UNUSED_DIRECTIVE) {
        report(d.file, d.line, d.column, message("cannotSuppressItself", { name }), message("removeSelf"));
      } else if (!known.has(rule)) {
        report(d.file, d.line, d.column, message("unknownRule", { name, rule }), message("useKnownRule"));
      } else if (ran.has(rule) && !tracked.used.has(rule)) {
        const scope = d.appliesTo === null ? "in this file" : `on line ${d.appliesTo}`;
        report(d.file, d.line, d.column, message("unused", { name, rule, scope }), message(d.rules.length > 1 ? "removeRule" : "removeDirective", { rule }));
      }
    }
  }
  for (const { exception, used } of exceptions) {
    const loc = exception.loc;
    const file = loc?.file ?? model.policy.configFile ?? model.policy.baseDir;
    if (!known.has(exception.rule)) {
      report(file, loc?.line ?? null, loc?.column ?? null, message("exceptionUnknownRule", { rule: exception.rule }), message("useKnownRuleInException"));
    } else if (!used && ran.has(exception.rule)) {
      report(
        file,
        loc?.line ?? null,
        loc?.column ?? null,
        message("exceptionUnused", { rule: exception.rule, path: exception.path }),
        message("removeException")
      );
    }
  }
  return kept;
}

// src/engine/lint.ts
async function lint(options) {
  const phase = phaseTimer(options.onPhase);
  const files = options.files ?? new FileCache();
  const targets = discoverTargets(options.paths, options.cwd, options.configFile);
  phase("find config and root");
  const results = [];
  for (const target of targets) {
    const result = await lintTarget(target, { ...options, files });
    results.push(target.only ? keepPart(result, target.only, options.cwd) : result);
  }
  return results;
}
function phaseTimer(onPhase) {
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    onPhase?.(name, now - last);
    last = now;
  };
}
async function rulesFor(policy, options) {
  if (policy.plugins.length === 0) return builtInRules();
  const { loadPlugins } = await import("./load-ZO6O7D56.js");
  const plugins = await loadPlugins(policy, {
    cwd: options.cwd,
    files: options.files,
    onCompile: (file, ms) => options.onPhase?.(`type-check ${displayPath(file, options.cwd)}`, ms)
  });
  return [...builtInRules(), ...plugins];
}
function rulesOfResults(results) {
  const byId = new Map(builtInRules().map((r) => [r.info.id, r.info]));
  for (const result of results) for (const info of result.rules) if (!byId.has(info.id)) byId.set(info.id, info);
  return [...byId.values()];
}
function describeFailure(failure, cwd) {
  const source = failure.source ? ` (${displayPath(failure.source, cwd)})` : "";
  return `internal error: rule ${failure.rule}${source} failed: ${failure.message.split("\n")[0]}`;
}
function configKeyDescriber(policy, cwd) {
  return (id) => {
    const loc = policy.locate(["rules", id]);
    return loc ? `${path4.relative(cwd, loc.file)}:${loc.line}:${loc.column}` : String(policy.configFile);
  };
}
async function lintTarget(target, options) {
  const { policy } = target;
  const files = options.files ?? new FileCache();
  const phase = phaseTimer(options.onPhase);
  const rules = await rulesFor(policy, { cwd: options.cwd, files, onPhase: options.onPhase });
  if (policy.plugins.length > 0) phase("load plugins");
  const describe = configKeyDescriber(policy, options.cwd);
  const selection = selectRules(rules, {
    configLevels: policy.rules,
    configOptions: policy.ruleOptions,
    cliLevels: options.ruleLevels ?? /* @__PURE__ */ new Map(),
    groups: options.groups ?? null,
    describeConfigKey: describe
  });
  await validateOptions(selection, describe);
  const model = await buildHostModel(target.root, policy, options.cwd, {
    // Plugin rules may read anything of the model; built-in ones say so by their group.
    database: selection.some(({ registered }) => registered.info.group === "database" || registered.info.plugin !== void 0),
    files,
    initdbExec: options.initdbExec ?? null
  });
  phase("scan tree and build host model");
  let changes = options.changed ? makeChangeSet(options.changed) : null;
  let scope;
  if (changes && policy.configFile && changes.touches(policy.configFile)) {
    scope = {
      changedFiles: changes.files.length,
      reported: 0,
      total: 0,
      everything: `the svclint config ${displayPath(policy.configFile, options.cwd)} changed, so every finding is reported`
    };
    changes = null;
  }
  const { findings: raw, failures } = await runRules(model, selection, changes);
  phase("run rules");
  let kept = applySuppressions(groupByCause(raw), model, { selection, rules }).map(foldMembers);
  if (changes) kept = kept.map((f) => placeOnChangedSide(f, changes));
  const total = kept.length;
  if (changes && options.onlyChanged) kept = kept.filter((f) => belongsToChange(f, changes));
  if (options.changed) scope ??= { changedFiles: options.changed.length, reported: kept.length, total };
  if (scope) scope.reported = kept.length;
  if (scope) scope.total = total;
  const findings = kept.map((f) => finishFinding(f, model, changes, options.cwd)).sort(compareFindings);
  phase("directives and exceptions");
  return {
    root: target.root,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      services: countServices(model),
      stacks: model.stacks.length
    },
    model,
    failures,
    rules: rules.map((r) => r.info),
    ...scope ? { scope } : {}
  };
}
async function runRules(model, selection, changed = null) {
  const findings = [];
  const failures = [];
  const facts = modelFacts(model);
  for (const { registered, severity, options } of selection) {
    const { info, rule } = registered;
    const own = [];
    const context = {
      ...facts,
      id: info.id,
      options,
      model,
      changed,
      report: (descriptor) => {
        own.push(toRawFinding(info, severity, descriptor, model));
      },
      get plan() {
        return placementPlan(model);
      }
    };
    try {
      await rule.check(context);
      findings.push(...own);
    } catch (error) {
      failures.push({ rule: info.id, source: info.source ?? null, message: error instanceof Error ? error.message : String(error), error });
    }
  }
  return { findings, failures };
}
function messageOf(info, id, data) {
  const template = Object.hasOwn(info.messages, id) ? info.messages[id] : void 0;
  if (typeof template !== "string")
    throw new Error(`reported messageId '${id}', which meta.messages does not define (it has ${Object.keys(info.messages).join(", ")})`);
  return { id, template, data: data ?? {} };
}
function toRawFinding(info, severity, r, model) {
  const finding = {
    rule: info.id,
    severity,
    path: r.loc?.file ?? r.path ?? model.root,
    line: r.loc?.line ?? null,
    column: r.loc?.column ?? null,
    message: messageOf(info, r.messageId, r.data),
    fix: r.fixId === void 0 ? null : messageOf(info, r.fixId, r.data)
  };
  if (r.target) finding.target = r.target;
  if (r.related && r.related.length > 0) {
    finding.related = r.related.map((x) => ({
      path: x.loc?.file ?? x.path ?? model.root,
      line: x.loc?.line ?? null,
      column: x.loc?.column ?? null,
      message: messageOf(info, x.messageId, x.data)
    }));
  }
  if (r.key !== void 0) finding.key = r.key;
  if (r.cause) finding.cause = r.cause;
  const actions = r.actions ?? (r.cause ? causeByKey(placementPlan(model), r.cause)?.actions : void 0);
  if (actions && actions.length > 0) finding.actions = actions;
  return finding;
}
function displayAction(action, cwd) {
  switch (action.op) {
    case "move":
      return { ...action, from: displayPath(action.from, cwd), to: displayPath(action.to, cwd) };
    case "symlink":
      return { ...action, path: displayPath(action.path, cwd), target: displayPath(action.target, cwd) };
    case "edit":
      return { ...action, file: displayPath(action.file, cwd) };
    default:
      return { ...action, path: displayPath(action.path, cwd) };
  }
}
function toFinding(f, cwd) {
  const finding = {
    rule: f.rule,
    severity: f.severity,
    path: displayPath(f.path, cwd),
    line: f.line,
    column: f.line === null ? null : f.column,
    message: renderMessage(f.message, cwd),
    fix: f.fix ? renderMessage(f.fix, cwd) : null,
    messageId: f.message.id
  };
  if (Object.keys(f.message.data).length > 0) finding.data = renderData(f.message.data, cwd);
  if (f.also && f.also.length > 0) finding.also = [...f.also];
  if (f.related && f.related.length > 0) {
    finding.related = f.related.map((r) => ({
      path: displayPath(r.path, cwd),
      line: r.line,
      column: r.line === null ? null : r.column,
      message: `${r.prefix ? `${r.prefix}: ` : ""}${renderMessage(r.message, cwd)}`
    }));
  }
  if (f.actions && f.actions.length > 0) finding.actions = f.actions.map((a) => displayAction(a, cwd));
  if (f.key !== void 0) finding.key = f.key;
  if (f.target) finding.target = displayPath(f.target, cwd);
  return finding;
}
function finishFinding(f, model, changes, cwd) {
  const finding = toFinding(f, cwd);
  finding.key ??= lineKey(model.files, f.path, f.line);
  if (model.root !== cwd) {
    const message = renderMessage(f.message, model.root);
    const fix = f.fix ? renderMessage(f.fix, model.root) : null;
    if (message !== finding.message || fix !== finding.fix) finding.inRoot = { message, fix };
  }
  const anchor = (abs, line) => {
    if (line !== null) return null;
    const found = anchorFor(model, abs, changes);
    return found ? { path: displayPath(found.file, cwd), line: found.line } : null;
  };
  finding.anchor = anchor(f.path, f.line);
  if (f.related) finding.relatedAnchors = f.related.map((r) => anchor(r.path, r.line));
  return finding;
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.column ?? 0;
  const cb = b.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function countServices(model) {
  const loose = model.services.filter((s) => !s.serviceDir && !s.stack.archived).length;
  return model.serviceDirs.length + loose;
}

export {
  unknownRule,
  selectRules,
  parseRuleFlags,
  changedSince,
  validateOptions,
  placeholders,
  renderMessage,
  renderData,
  lint,
  rulesFor,
  rulesOfResults,
  describeFailure,
  configKeyDescriber,
  lintTarget,
  runRules,
  displayAction,
  toFinding,
  compareFindings
};
