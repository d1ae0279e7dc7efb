import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  buildDatabaseModel,
  emptyDatabaseModel,
  loadPgParser
} from "./chunk-4OPN2UTY.js";
import {
  isDirLike,
  scanTree
} from "./chunk-SY2KE2PQ.js";
import {
  classifyService,
  findCatalogByImage,
  findCatalogEntry,
  findComposeFiles,
  loadStack,
  parseBytes,
  require_dist
} from "./chunk-QLQ2YBG2.js";
import {
  isInside
} from "./chunk-ZXHC4XCV.js";
import {
  __toESM
} from "./chunk-3DAIKRF3.js";

// src/files/cache.ts
import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";

// src/files/comments.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var YAML_EXTENSIONS = /* @__PURE__ */ new Set([".yml", ".yaml"]);
var SQL_EXTENSIONS = /* @__PURE__ */ new Set([".sql", ".psql", ".pgsql"]);
function commentsOf(file, text, lines = text.split(/\r\n?|\n/)) {
  const ext = path.extname(file).toLowerCase();
  if (YAML_EXTENSIONS.has(ext)) return yamlComments(text);
  const gz = file.toLowerCase().endsWith(".sql.gz");
  return lineComments(lines, SQL_EXTENSIONS.has(ext) || gz ? "--" : "#");
}
function yamlComments(text) {
  const offsets = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const token = node;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      offsets.push({ offset: token.offset, source: token.source });
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== "source" && typeof value === "object") visit(value);
  };
  for (const token of new import_yaml.Parser().parse(text)) visit(token);
  if (offsets.length === 0) return [];
  const starts = lineStarts(text);
  return offsets.map(({ offset, source }) => {
    const line = lineAt(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1, body: source.replace(/^#/, "").trim() };
  });
}
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function lineAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
function lineComments(lines, marker) {
  const comments = [];
  lines.forEach((line, index) => {
    if (!line.includes("svclint-")) return;
    const found = findComment(line, marker);
    if (found) comments.push({ line: index + 1, column: found.column, body: found.body });
  });
  return comments;
}
function findComment(line, marker) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s:=[,{(]/.test(line[i - 1]))) {
      quote = ch;
      continue;
    }
    if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]))) return { body: line.slice(i + marker.length).trim(), column: i + 1 };
  }
  return null;
}

// src/directives/parse.ts
var DIRECTIVE = /^svclint-(disable-next-line|disable)(?=\s|$)(.*)$/;
function parseDirectives(file, text) {
  const lines = text.split(/\r\n?|\n/);
  const directives = [];
  let firstContent = lines.findIndex((l) => l.trim() !== "");
  if (firstContent >= 0 && lines[firstContent].trimStart().startsWith("#!")) {
    const next = lines.slice(firstContent + 1).findIndex((l) => l.trim() !== "");
    firstContent = next < 0 ? -1 : firstContent + 1 + next;
  }
  for (const comment of commentsOf(file, text, lines)) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const kind = match[1];
    const { rules, reason } = splitDirective(match[2]);
    const index = comment.line - 1;
    const directive = {
      kind,
      file,
      line: comment.line,
      column: comment.column,
      rules,
      reason,
      appliesTo: kind === "disable" ? null : comment.line + 1,
      problem: null
    };
    if (rules.length === 0) directive.problem = `names no rule (write svclint-${kind} RULE -- reason)`;
    else if (reason === null) directive.problem = 'has no reason: it is ignored until one is given after " -- "';
    else if (kind === "disable" && index !== firstContent) directive.problem = "only works on the first line of the file (use svclint-disable-next-line here)";
    directives.push(directive);
  }
  return directives;
}
function splitDirective(rest) {
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulePart = separator < 0 ? rest : rest.slice(0, separator);
  const reasonText = separator < 0 ? "" : rest.slice(separator).replace(/^\s*--/, "").trim();
  const rules = rulePart.split(/[,\s]+/).map((r) => r.trim()).filter(Boolean);
  return { rules, reason: reasonText === "" ? null : reasonText };
}

// src/files/cache.ts
var MAX_TEXT_READ = 1024 * 1024;
var FileCache = class {
  entries = /* @__PURE__ */ new Map();
  kinds = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new Map();
  reals = /* @__PURE__ */ new Map();
  /** Files read from disk, in order (each once). */
  readLog = [];
  entry(abs) {
    let entry = this.entries.get(abs);
    if (!entry) this.entries.set(abs, entry = {});
    return entry;
  }
  /** The file's bytes; null when it cannot be read (see `error`). */
  bytes(abs) {
    const entry = this.entry(abs);
    if (entry.released) return Buffer.from(entry.text ?? "", "utf8");
    if (entry.bytes === void 0) {
      try {
        this.readLog.push(abs);
        entry.bytes = readFileSync(abs);
      } catch (error) {
        entry.bytes = null;
        entry.error = error.code ?? "EIO";
      }
    }
    return entry.bytes;
  }
  /** The files read from disk so far, each once, in the order they were first read. */
  get readFiles() {
    return this.readLog;
  }
  /** Like fs.readFileSync: the bytes, or an error with the read's code. */
  read(abs) {
    const bytes = this.bytes(abs);
    if (bytes !== null) return bytes;
    const error = new Error(`cannot read ${abs}`);
    error.code = this.entry(abs).error;
    throw error;
  }
  /**
   * The text a loader decoded from a file it read here: kept as the file's text (keys, lines and
   * directives then use exactly what the loader parsed) and the bytes released, so a large tree is
   * not held twice in memory.
   */
  adopt(abs, text) {
    const entry = this.entry(abs);
    if (entry.bytes === null || entry.bytes === void 0) return;
    entry.text = text;
    entry.bytes = void 0;
    entry.released = true;
  }
  /** The read error's code (`ENOENT`, `EACCES`, `EISDIR`...), or null when the file was read. */
  error(abs) {
    this.bytes(abs);
    return this.entry(abs).error ?? null;
  }
  /** The file as UTF-8 text; null when it cannot be read. */
  text(abs) {
    const entry = this.entry(abs);
    if (entry.text === void 0) {
      const bytes = this.bytes(abs);
      entry.text = bytes === null ? null : bytes.toString("utf8");
    }
    return entry.text;
  }
  /**
   * The text of a file a finding points at, for its default key and its directives: only a regular
   * file up to MAX_TEXT_READ (a finding may point at a folder or a data file). The loaders' files are
   * in the cache already.
   */
  smallText(abs) {
    const entry = this.entries.get(abs);
    if (entry?.bytes !== void 0) return this.text(abs);
    if (this.kind(abs) !== "file" || (this.sizes.get(abs) ?? Infinity) > MAX_TEXT_READ) return null;
    return this.text(abs);
  }
  /** The text split into lines (`\r\n`, `\r` and `\n` end a line). */
  lines(abs) {
    const entry = this.entry(abs);
    if (entry.lines === void 0) {
      const text = this.smallText(abs);
      entry.lines = text === null ? null : text.split(/\r\n?|\n/);
    }
    return entry.lines;
  }
  /** A gzip file's text (`.sql.gz` init scripts); an error message when it cannot be read or decompressed. */
  gunzip(abs) {
    const entry = this.entry(abs);
    if (!entry.gunzipped) {
      const bytes = this.bytes(abs);
      if (bytes === null) entry.gunzipped = { error: entry.error ?? "EIO" };
      else {
        try {
          entry.gunzipped = { text: gunzipSync(bytes).toString("utf8") };
        } catch (error) {
          entry.gunzipped = { error: `cannot decompress: ${error.message.split("\n")[0]}` };
        }
      }
    }
    return entry.gunzipped;
  }
  /** What is at a path (links followed); null when nothing is. */
  kind(abs) {
    if (!this.kinds.has(abs)) {
      try {
        const stats = statSync(abs);
        this.kinds.set(abs, stats.isFile() ? "file" : stats.isDirectory() ? "dir" : "other");
        this.sizes.set(abs, stats.size);
      } catch {
        this.kinds.set(abs, null);
      }
    }
    return this.kinds.get(abs);
  }
  /** The path with every symlink resolved; itself when it does not resolve. */
  realPath(abs) {
    let real = this.reals.get(abs);
    if (real === void 0) {
      try {
        real = realpathSync(abs);
      } catch {
        real = abs;
      }
      this.reals.set(abs, real);
    }
    return real;
  }
  /** Remembers what the tree scan already knows about a path (no second stat). */
  knowKind(abs, kind) {
    if (!this.kinds.has(abs)) this.kinds.set(abs, kind);
  }
  /**
   * The suppression directives of a file: from its comments as the file's own syntax has them (YAML
   * comments from the parsed YAML, so text inside a block scalar is never a directive). `text` is the
   * text the loader read (a decompressed init script); default: the file's text.
   */
  directives(abs, text) {
    const entry = this.entry(abs);
    if (entry.directives === void 0) {
      const source = text !== void 0 ? text : this.smallText(abs);
      entry.directives = source !== null && source.includes("svclint-") ? parseDirectives(abs, source) : [];
    }
    return entry.directives;
  }
  /** sha256 of the file's bytes (the result cache's key); null when it cannot be read. */
  hash(abs) {
    const entry = this.entry(abs);
    if (entry.hash === void 0) {
      const bytes = this.bytes(abs);
      entry.hash = bytes === null ? null : createHash("sha256").update(bytes).digest("hex");
    }
    return entry.hash;
  }
};

// src/model/host.ts
import path3 from "node:path";

// src/model/stacks.ts
import path2 from "node:path";
function isInactivePath(rel, policy) {
  const top = rel.split("/")[0] ?? "";
  return policy.capabilities.get(top)?.inactive === true;
}
function loadStacks(tree, policy, files) {
  const stacks = [];
  for (const [dirRel, entries] of tree.children) {
    const fileNames = entries.filter((e) => e.kind === "file").map((e) => e.name);
    const { main, overrides } = findComposeFiles(fileNames);
    if (!main) continue;
    const dirAbs = dirRel === "" ? tree.root : path2.join(tree.root, dirRel);
    const stack = loadStack(
      path2.join(dirAbs, main),
      overrides.map((o) => path2.join(dirAbs, o)),
      { archived: isInactivePath(dirRel, policy), readFile: (abs) => files.read(abs), fileKind: (abs) => files.kind(abs) }
    );
    for (const file of [...stack.files, ...stack.imported ?? []]) if (file.text !== "") files.adopt(file.abs, file.text);
    stacks.push(stack);
  }
  stacks.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const mainFiles = new Set(stacks.map((stack) => stack.file));
  for (const stack of stacks) stack.services = stack.services.filter((service) => !service.includedFrom || !mainFiles.has(service.includedFrom));
  return stacks;
}

// src/model/host.ts
var NESTED_SEARCH_DEPTH = 4;
async function buildHostModel(root, policy, cwd, options = {}) {
  const files = options.files ?? new FileCache();
  const tree = scanTree(root);
  if (options.database !== false && tree.entries.some((e) => e.kind === "file" && /\.sql(\.gz)?$/.test(e.name))) {
    loadPgParser().catch(() => {
    });
  }
  const stacks = loadStacks(tree, policy, files);
  const stackByDir = new Map(stacks.map((s) => [path3.relative(root, s.dir).split(path3.sep).join("/"), s]));
  const services = stacks.flatMap((s) => s.services);
  const capabilityDirs = [];
  const groupDirs = [];
  const serviceDirs = [];
  const topLevel = (tree.children.get("") ?? []).filter((e) => isDirLike(e) && !e.name.startsWith("."));
  const addServiceDir = (entry, parentKind, parentRel, capability, why) => {
    const dir = {
      name: entry.name,
      abs: entry.abs,
      rel: entry.rel,
      capability,
      parentKind,
      parentRel,
      depth: entry.rel.split("/").length,
      symlink: entry.symlink ?? null,
      hasDockerfile: hasDockerfile(tree, entry.rel),
      stack: stackByDir.get(entry.rel) ?? null,
      composeServices: [],
      primary: null,
      classification: { capability: null, canonicalName: entry.name, reasons: [], catalog: null, system: null },
      why
    };
    serviceDirs.push(dir);
    return dir;
  };
  for (const entry of topLevel) {
    const lower = entry.name.toLowerCase();
    const declared = policy.capabilities.get(entry.name);
    if (declared) {
      const cap = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: true, inactive: declared.inactive === true };
      capabilityDirs.push(cap);
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, "capability", entry.rel, cap, "capability-child");
    } else if (policy.catchAll.includes(lower) || policy.technologyDirs.includes(lower)) {
      const kind = policy.catchAll.includes(lower) ? "catch-all" : "technology";
      groupDirs.push({ name: entry.name, abs: entry.abs, rel: entry.rel, kind });
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, kind, entry.rel, null, "capability-child");
    } else {
      const why = serviceEvidence(tree, entry, stackByDir.get(entry.rel) ?? null, policy);
      if (why) {
        addServiceDir(entry, "root", "", null, why);
      } else {
        const cap = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: false, inactive: false };
        capabilityDirs.push(cap);
        for (const child of childDirs(tree, entry.rel)) addServiceDir(child, "capability", entry.rel, cap, "capability-child");
      }
    }
  }
  for (const dir of [...serviceDirs]) {
    if (dir.symlink) continue;
    const names = new Set(dir.stack?.services.map((s) => s.name) ?? []);
    findNested(tree, dir.rel, names, stackByDir, policy, 1, (entry, why) => {
      addServiceDir(entry, "service", path3.posix.dirname(entry.rel), dir.capability, why);
    });
  }
  associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs);
  for (const dir of serviceDirs) {
    dir.primary = pickPrimary(dir, findCatalogEntry(policy, dir.name)?.entry.name ?? dir.name);
    dir.classification = classifyService(
      { name: dir.name, image: dir.primary?.image ?? null, labels: dir.primary?.labels ?? null, otherImages: dir.composeServices.map((s) => s.image) },
      policy
    );
  }
  serviceDirs.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const model = {
    root,
    cwd,
    files,
    tree,
    policy,
    capabilityDirs,
    groupDirs,
    serviceDirs,
    stacks,
    services,
    database: emptyDatabaseModel()
  };
  if (options.database !== false) model.database = await buildDatabaseModel(model);
  return model;
}
function childDirs(tree, rel) {
  return (tree.children.get(rel) ?? []).filter((e) => isDirLike(e) && !e.name.startsWith("."));
}
var DOCKERFILE = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/;
function hasDockerfile(tree, rel) {
  return (tree.children.get(rel) ?? []).some((e) => e.kind === "file" && DOCKERFILE.test(e.name));
}
function serviceEvidence(tree, entry, stack, policy) {
  if (entry.kind === "dir" && hasDockerfile(tree, entry.rel)) return "dockerfile";
  if (stack && stack.services.length > 0) {
    const canonical = findCatalogEntry(policy, entry.name)?.entry.name;
    if (stack.services.some((s) => s.name === entry.name || s.name === canonical || s.containerName === entry.name)) return "compose";
    const children = childDirs(tree, entry.rel);
    const ownedByChild = stack.services.some(
      (service) => children.some((child) => {
        const context = buildContextOf(service, stack.dir);
        return child.name === service.name || context !== null && isInside(child.abs, context);
      })
    );
    const known = stack.services.filter((service) => findCatalogEntry(policy, service.name)).length;
    if (!ownedByChild && known < 2) return "compose";
  }
  if (findCatalogEntry(policy, entry.name)) return "known-name";
  return null;
}
function findNested(tree, rel, composeNames, stackByDir, policy, level, add) {
  if (level > NESTED_SEARCH_DEPTH) return;
  for (const child of childDirs(tree, rel)) {
    if (child.kind !== "dir") continue;
    const stack = stackByDir.get(child.rel) ?? null;
    let why = null;
    if (stack && stack.services.length > 0) why = "compose";
    else if (composeNames.has(child.name) && hasDockerfile(tree, child.rel)) why = "dockerfile";
    else if (findCatalogEntry(policy, child.name)?.entry.name === child.name && (hasDockerfile(tree, child.rel) || composeNames.has(child.name))) why = "known-name";
    if (why) add(child, why);
    const names = why && stack ? new Set(stack.services.map((s) => s.name)) : composeNames;
    findNested(tree, child.rel, names, stackByDir, policy, level + 1, add);
  }
}
function associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs) {
  const byAbs = new Map(serviceDirs.map((d) => [d.abs, d]));
  const childrenOf = /* @__PURE__ */ new Map();
  for (const d of serviceDirs) {
    const parent = path3.dirname(d.abs);
    childrenOf.set(parent, [...childrenOf.get(parent) ?? [], d]);
  }
  const groupAbs = /* @__PURE__ */ new Set([root, ...capabilityDirs.map((c) => c.abs), ...groupDirs.map((g) => g.abs)]);
  for (const stack of stacks) {
    const own = nearestServiceDir(stack.dir, root, byAbs);
    const children = childrenOf.get(stack.dir) ?? [];
    for (const service of stack.services) {
      const dir = own && !groupAbs.has(stack.dir) ? own : matchChild(service, stack, children);
      service.serviceDir = dir;
      if (dir) dir.composeServices.push(service);
    }
  }
}
function nearestServiceDir(dir, root, byAbs) {
  let current = dir;
  while (current.length >= root.length) {
    const found = byAbs.get(current);
    if (found) return found;
    const parent = path3.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return null;
}
function matchChild(service, stack, children) {
  if (children.length === 0) return null;
  const byName = children.find((d) => d.name === service.name || d.name === service.containerName);
  if (byName) return byName;
  const paths = referencedPaths(service, stack.dir);
  return children.find((d) => paths.some((p) => isInside(d.abs, p))) ?? null;
}
function localBuild(service, stackDir) {
  const build = service.resolved.build;
  if (build === void 0 || build === null) return null;
  const context = typeof build === "string" ? build : isRecord(build) ? typeof build.context === "string" ? build.context : "." : null;
  if (context === null || !isLocalBuildContext(context)) return null;
  return { build, context, abs: path3.resolve(stackDir, context) };
}
function buildContextOf(service, stackDir) {
  return localBuild(service, stackDir)?.abs ?? null;
}
function referencedPaths(service, stackDir) {
  const out = [];
  const context = buildContextOf(service, stackDir);
  if (context) out.push(context);
  const volumes = Array.isArray(service.resolved.volumes) ? service.resolved.volumes : [];
  for (const volume of volumes) {
    const source = typeof volume === "string" ? volume.split(":")[0] ?? "" : isRecord(volume) && typeof volume.source === "string" ? volume.source : "";
    if (source.startsWith(".") || source.startsWith("/")) out.push(path3.resolve(stackDir, source));
  }
  return out;
}
function isLocalBuildContext(context) {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith("git@") && !context.includes("${");
}
function pickPrimary(dir, canonical) {
  const services = dir.composeServices;
  if (services.length === 0) return null;
  return services.find((s) => s.name === dir.name || s.name === canonical || s.containerName === dir.name) ?? (services.length === 1 ? services[0] : null) ?? services.find((s) => referencedPaths(s, s.stack.dir).includes(dir.abs)) ?? null;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/compose/profiles.ts
function serviceProfiles(service) {
  const profiles = service.resolved.profiles;
  return Array.isArray(profiles) ? profiles.map(String) : [];
}
function mayRunTogether(a, b) {
  if (a.stack !== b.stack) return true;
  const pa = serviceProfiles(a);
  const pb = serviceProfiles(b);
  if (pa.length === 0 || pb.length === 0) return true;
  return pa.some((p) => pb.includes(p));
}

// src/model/memory.ts
function memoryBudget(model) {
  const usages = model.stacks.filter((stack) => !stack.archived).flatMap((stack) => stack.services).filter((s) => serviceProfiles(s).length === 0).map((s) => memoryUsage(s, model.policy));
  const declared = sumBytes(usages.filter((u) => u.declared));
  const estimated = sumBytes(usages.filter((u) => !u.declared));
  return { budget: model.policy.budget.memory, usages, declared, estimated, total: declared + estimated };
}
function memoryUsage(service, policy) {
  const replicas = replicaCount(service);
  const limit = declaredLimit(service);
  if (limit !== null) return { service, bytes: limit * replicas, declared: true, replicas };
  const entry = findCatalogEntry(policy, service.name)?.entry ?? (service.image ? findCatalogByImage(policy, service.image) : null);
  const estimate = entry?.memory ?? null;
  return { service, bytes: estimate === null ? null : estimate * replicas, declared: false, replicas };
}
function sumBytes(usages) {
  return usages.reduce((total, u) => total + (u.bytes ?? 0), 0);
}
function declaredLimit(service) {
  const deploy = record(service.resolved.deploy);
  const fromDeploy = parseBytes(record(record(deploy.resources).limits).memory);
  return fromDeploy ?? parseBytes(service.resolved.mem_limit);
}
function replicaCount(service) {
  const raw = record(service.resolved.deploy).replicas ?? service.resolved.scale;
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : 1;
  return Number.isInteger(n) && n >= 0 ? n : 1;
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function memoryJson(budget, displayPath) {
  return {
    budget: budget.budget,
    total: budget.total,
    declared: budget.declared,
    estimated: budget.estimated,
    services: budget.usages.map((u) => ({ service: u.service.name, path: displayPath(u.service.stack.file), bytes: u.bytes, limit: u.declared, replicas: u.replicas }))
  };
}

export {
  FileCache,
  buildHostModel,
  localBuild,
  referencedPaths,
  serviceProfiles,
  mayRunTogether,
  memoryBudget,
  memoryJson
};
