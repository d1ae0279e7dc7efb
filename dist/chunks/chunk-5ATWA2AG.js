import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  isDirLike
} from "./chunk-SY2KE2PQ.js";
import {
  classifyService,
  findCatalogByImage
} from "./chunk-6AD5VCO5.js";
import {
  isInside
} from "./chunk-IL5DDJ2D.js";

// src/api/define.ts
function defineRule(rule) {
  return rule;
}
function definePlugin(plugin) {
  return plugin;
}

// src/api/values.ts
function pathValue(abs) {
  return { $path: abs };
}
function folderValue(abs) {
  return { $path: abs, folder: true };
}
function placeValue(loc, fallbackFile) {
  return loc ? { $path: loc.file, line: loc.line, column: loc.column } : { $path: fallbackFile };
}
function isPathValue(value) {
  return typeof value === "object" && value !== null && "$path" in value && typeof value.$path === "string";
}
function textValue(...parts) {
  return { $text: parts };
}
function isTextValue(value) {
  return typeof value === "object" && value !== null && "$text" in value && Array.isArray(value.$text);
}

// src/plan/index.ts
import path3 from "node:path";

// src/plan/compose-edits.ts
import path from "node:path";
function defaultProjectName(dir) {
  return path.basename(dir).toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[^a-z0-9]+/, "");
}
function implicitProjectName(stack) {
  if (stack.resolved.name !== void 0 && stack.resolved.name !== null) return null;
  if (stack.env.has("COMPOSE_PROJECT_NAME")) return null;
  return defaultProjectName(stack.dir);
}
var YAML_WORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
function yamlScalar(value) {
  return /^[a-z][a-z0-9_-]*$/.test(value) && !YAML_WORDS.test(value) ? value : JSON.stringify(value);
}
function keepProjectName(stack, newDir) {
  const current = implicitProjectName(stack);
  if (current === null || current === defaultProjectName(newDir)) return { edit: null, flow: false };
  const file = stack.files[0];
  const lines = file.text.split("\n").map((line) => line.replace(/\r$/, ""));
  const index = lines.findIndex((line) => line.trim() !== "" && !/^\s*#/.test(line) && !/^(---|%)/.test(line));
  if (index < 0) return { edit: null, flow: false };
  if (lines[index].trimStart().startsWith("{")) return { edit: null, flow: true };
  return {
    edit: {
      op: "edit",
      phase: 2,
      file: file.abs,
      line: index + 1,
      old: lines[index],
      new: `name: ${yamlScalar(current)}
${lines[index]}`,
      reason: `Keep the Compose project name '${current}' when the folder becomes '${path.basename(newDir)}/' (containers, networks and volumes are named after it).`
    },
    flow: false
  };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isRelativePath(raw) {
  return raw !== "" && !raw.includes("${") && !raw.startsWith("/") && !raw.startsWith("~") && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !raw.startsWith("git@");
}
function pathReferences(data) {
  if (!data) return [];
  const out = [];
  const add = (keyPath, value) => {
    if (typeof value === "string" && isRelativePath(value)) out.push({ keyPath, raw: value });
  };
  const listOrOne = (keyPath, value, objectKey) => {
    if (Array.isArray(value)) value.forEach((item, i) => isRecord(item) ? add([...keyPath, i, objectKey], item[objectKey]) : add([...keyPath, i], item));
    else if (isRecord(value)) add([...keyPath, objectKey], value[objectKey]);
    else add(keyPath, value);
  };
  const services = isRecord(data.services) ? data.services : {};
  for (const [name, service] of Object.entries(services)) {
    if (!isRecord(service)) continue;
    const base = ["services", name];
    if (typeof service.build === "string") add([...base, "build"], service.build);
    else if (isRecord(service.build)) add([...base, "build", "context"], service.build.context);
    if (Array.isArray(service.volumes)) {
      service.volumes.forEach((volume, i) => {
        if (typeof volume === "string") {
          const source = volume.split(":")[0];
          if ((source.startsWith(".") || source.includes("/")) && isRelativePath(source)) out.push({ keyPath: [...base, "volumes", i], raw: source });
        } else if (isRecord(volume) && volume.type === "bind") {
          add([...base, "volumes", i, "source"], volume.source);
        }
      });
    }
    if (service.env_file !== void 0) listOrOne([...base, "env_file"], service.env_file, "path");
    if (isRecord(service.extends)) add([...base, "extends", "file"], service.extends.file);
  }
  if (data.include !== void 0) {
    const items = Array.isArray(data.include) ? data.include : [data.include];
    items.forEach((item, i) => {
      const keyPath = Array.isArray(data.include) ? ["include", i] : ["include"];
      if (typeof item === "string") add(keyPath, item);
      else if (isRecord(item)) listOrOne([...keyPath, "path"], item.path, "path");
    });
  }
  for (const section of ["secrets", "configs"]) {
    const entries = isRecord(data[section]) ? data[section] : {};
    for (const [key, entry] of Object.entries(entries)) if (isRecord(entry)) add([section, key, "file"], entry.file);
  }
  return out;
}
function spell(rel, original) {
  let out = rel.split(path.sep).join("/") || ".";
  if ((original.startsWith("./") || original === ".") && !out.startsWith(".")) out = `./${out}`;
  if (original.endsWith("/") && !out.endsWith("/")) out = `${out}/`;
  return out;
}
function relativePathEdits(stack, finalOf) {
  const newDir = finalOf(stack.dir);
  const out = [];
  for (const file of stack.files) {
    let split = null;
    const linesOf = () => split ??= file.text.split("\n").map((line) => line.replace(/\r$/, ""));
    for (const ref of pathReferences(file.data)) {
      const target = path.resolve(stack.dir, ref.raw);
      const next = spell(path.relative(newDir, finalOf(target)), ref.raw);
      if (path.resolve(newDir, ref.raw) === finalOf(target)) continue;
      const lines = linesOf();
      const holding = lines.flatMap((line, index) => line.includes(ref.raw) ? [index + 1] : []);
      const loc = holding.length === 1 ? null : stack.locate(ref.keyPath);
      const lineNo = holding.length === 1 ? holding[0] : loc && loc.file === file.abs ? loc.line : null;
      const text = lineNo === null ? void 0 : lines[lineNo - 1];
      if (text === void 0 || text.split(ref.raw).length !== 2) {
        out.push({ edit: null, manual: { file: file.abs, line: lineNo, raw: ref.raw, next }, target });
        continue;
      }
      out.push({
        edit: {
          op: "edit",
          phase: 2,
          file: file.abs,
          line: lineNo,
          old: text,
          new: text.replace(ref.raw, next),
          reason: `'${ref.raw}' must still reach '${path.basename(target)}' once the moves are done ('${next}' from the new folder).`
        },
        manual: null,
        target
      });
    }
  }
  return out;
}

// src/plan/decide.ts
import { realpathSync } from "node:fs";
import path2 from "node:path";
function isKebabCase(name) {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}
function toKebab(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "service";
}
function archiveName(model2) {
  return [...model2.policy.capabilities.values()].find((c) => c.inactive)?.name ?? "archive";
}
function legacyEntry(model2, dir) {
  const entry = dir.classification.catalog;
  if (!entry?.legacy || dir.capability?.inactive) return null;
  const image = dir.primary?.image;
  if (image && !image.includes("${") && !findCatalogByImage(model2.policy, image)?.legacy) return null;
  return entry;
}
function isBridge(model2, dir) {
  const link = dir.symlink;
  return !!link && link.status === "ok" && link.targetKind === "dir" && !!link.resolved && !!dir.capability && isInside(realRoot(model2), link.resolved);
}
var realRoots = /* @__PURE__ */ new WeakMap();
function realRoot(model2) {
  let root = realRoots.get(model2);
  if (root === void 0) {
    root = realAbs(model2.root);
    realRoots.set(model2, root);
  }
  return root;
}
function realAbs(abs) {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}
function canonicalFolderName(dir) {
  const name = dir.classification.canonicalName;
  return isKebabCase(name) ? name : toKebab(name);
}
function decideFolder(model2, dir, bridgeTargets, holderCapability = null) {
  if (dir.symlink) {
    if (!isBridge(model2, dir)) return { fate: "skip" };
    const from = fromRoot(model2, dir.symlink.resolved);
    return { fate: "move", from, to: dir.abs, kind: "place", reasons: [`'${dir.name}' is a Phase 1 bridge to the folder it replaces`], bridged: true };
  }
  if (bridgeTargets.size > 0 && bridgeTargets.has(realAbs(dir.abs))) return { fate: "skip" };
  if (dir.capability?.inactive) return { fate: "stay" };
  const legacy = legacyEntry(model2, dir);
  if (legacy) {
    const to = path2.join(model2.root, archiveName(model2), legacy.name);
    return to === dir.abs ? { fate: "stay" } : { fate: "move", from: dir.abs, to, kind: "archive", reasons: [`superseded: ${legacy.reason}`], bridged: false };
  }
  const name = canonicalFolderName(dir);
  const reasons = dir.classification.reasons.map((r) => r.text);
  const capability = dir.classification.capability ?? (dir.parentKind === "service" ? holderCapability : null);
  if (capability) {
    const to = path2.join(model2.root, capability, name);
    if (to === dir.abs) return { fate: "stay" };
    const kind = dir.parentKind === "service" ? "flatten" : path2.dirname(to) === path2.dirname(dir.abs) ? "rename" : "place";
    if (kind === "flatten") reasons.push("services sit at capability/service/");
    if (kind === "rename") reasons.unshift(name !== dir.name && dir.classification.catalog ? `'${dir.name}' is an alias of ${name}` : `folder names are kebab-case`);
    return { fate: "move", from: dir.abs, to, kind, reasons, bridged: false };
  }
  if (dir.parentKind === "capability") {
    if (name === dir.name) return { fate: "stay" };
    return { fate: "move", from: dir.abs, to: path2.join(path2.dirname(dir.abs), name), kind: "rename", reasons: ["folder names are kebab-case"], bridged: false };
  }
  return { fate: "unplaced", reasons: [`no rule says what '${dir.name}' provides`] };
}
function fromRoot(model2, real) {
  return path2.join(model2.root, path2.relative(realRoot(model2), real));
}

// src/plan/groups.ts
function groupingFolders(model2) {
  const catchAll = new Set(model2.policy.catchAll);
  const technology = new Set(model2.policy.technologyDirs);
  const serviceParents = new Set(model2.serviceDirs.map((d) => d.parentRel));
  const found = [];
  for (const entry of model2.tree.entries) {
    if (!isDirLike(entry)) continue;
    const name = entry.name.toLowerCase();
    const kind = catchAll.has(name) ? "catch-all" : technology.has(name) ? "technology" : null;
    if (!kind) continue;
    if (entry.depth > 1 && !serviceParents.has(entry.rel)) continue;
    found.push({ entry, kind });
  }
  return found;
}

// src/plan/index.ts
var groupKey = (abs) => `group:${abs}`;
var systemKey = (name) => `system:${name}`;
var folderKey = (abs) => `folder:${abs}`;
var composeServiceKey = (service) => `compose-service:${service.stack.file}#${service.name}`;
var Causes = class {
  parent = /* @__PURE__ */ new Map();
  add(key) {
    if (!this.parent.has(key)) this.parent.set(key, key);
    return key;
  }
  find(key) {
    let root = this.add(key);
    while (this.parent.get(root) !== root) root = this.parent.get(root);
    this.parent.set(key, root);
    return root;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = rank(ra) <= rank(rb) ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
  }
};
function rank(key) {
  const order = key.startsWith("group:") ? 0 : key.startsWith("system:") ? 1 : key.startsWith("folder:") ? 2 : 3;
  return `${order}${key}`;
}
function buildPlacementPlan(model2) {
  const bridgeTargets = /* @__PURE__ */ new Set();
  for (const dir of model2.serviceDirs) if (isBridge(model2, dir)) bridgeTargets.add(realAbs(dir.symlink.resolved));
  const groups = groupingFolders(model2);
  const groupRels = new Set(groups.map((g) => g.entry.rel));
  const decisions = /* @__PURE__ */ new Map();
  const byAbs = new Map(model2.serviceDirs.map((d) => [d.abs, d]));
  const decide = (dir) => {
    const known = decisions.get(dir);
    if (known) return known;
    let decision;
    if (groupRels.has(dir.rel)) decision = { fate: "stay" };
    else decision = decideFolder(model2, dir, bridgeTargets, dir.parentKind === "service" ? holderCapability(dir) : null);
    decisions.set(dir, decision);
    return decision;
  };
  const holderCapability = (dir) => {
    for (let parent = path3.dirname(dir.abs); isInside(model2.root, parent) && parent !== model2.root; parent = path3.dirname(parent)) {
      const holder = byAbs.get(parent);
      if (!holder) continue;
      const decision = decide(holder);
      const final = decision.fate === "move" ? decision.to : holder.abs;
      const parts = relOf(model2, final).split("/");
      return parts.length >= 2 ? parts[0] : null;
    }
    return dir.capability?.name ?? null;
  };
  for (const dir of model2.serviceDirs) decide(dir);
  const byFinal = /* @__PURE__ */ new Map();
  for (const [dir, decision] of decisions) {
    const final = decision.fate === "move" ? decision.to : decision.fate === "stay" && !dir.symlink && !groupRels.has(dir.rel) ? dir.abs : null;
    if (final === null) continue;
    if (decision.fate === "stay" && !dir.classification.catalog && !dir.primary) continue;
    const list = byFinal.get(final);
    if (list) list.push(dir);
    else byFinal.set(final, [dir]);
  }
  const retired = /* @__PURE__ */ new Map();
  for (const dirs of byFinal.values()) {
    if (dirs.length < 2) continue;
    const [keep, ...rest] = [...dirs].sort((a, b) => compareKeep(model2, decisions, a, b));
    for (const dir of rest) retired.set(dir, keep);
  }
  const existing = (abs) => abs === model2.root || model2.tree.byRel.has(relOf(model2, abs));
  const causes = new Causes();
  const folderCause = /* @__PURE__ */ new Map();
  for (const [dir, decision] of decisions) {
    if (decision.fate === "move" || decision.fate === "unplaced" || retired.has(dir)) folderCause.set(dir, causes.add(folderKey(dir.abs)));
  }
  if (bridgeTargets.size > 0) {
    const realDirs = new Map(model2.serviceDirs.filter((d) => !d.symlink).map((d) => [realAbs(d.abs), d]));
    for (const dir of model2.serviceDirs) {
      if (!isBridge(model2, dir)) continue;
      const real = realDirs.get(realAbs(dir.symlink.resolved));
      if (!real) continue;
      folderCause.set(real, causes.add(folderKey(real.abs)));
      causes.union(folderKey(dir.abs), folderKey(real.abs));
    }
  }
  for (const group of groups) {
    const key = causes.add(groupKey(group.entry.abs));
    for (const [dir, cause] of folderCause) if (dir.abs !== group.entry.abs && isInside(group.entry.abs, dir.abs)) causes.union(key, cause);
  }
  const emptied = new Set(groups.map((g) => g.entry.abs));
  const byCapability = /* @__PURE__ */ new Map();
  for (const d of model2.serviceDirs) {
    if (!d.capability) continue;
    const list = byCapability.get(d.capability.abs);
    if (list) list.push(d);
    else byCapability.set(d.capability.abs, [d]);
  }
  for (const cap of model2.capabilityDirs) {
    if (cap.declared) continue;
    const inside = byCapability.get(cap.abs) ?? [];
    const isBridgeTarget = (d) => bridgeTargets.size > 0 && bridgeTargets.has(realAbs(d.abs));
    if (inside.length === 0 || !inside.every((d) => retired.has(d) || decisions.get(d).fate === "move" || isBridgeTarget(d))) continue;
    const key = causes.add(groupKey(cap.abs));
    emptied.add(cap.abs);
    for (const dir of inside) if (folderCause.has(dir)) causes.union(key, folderCause.get(dir));
  }
  for (const system of model2.policy.systems) {
    const members = model2.serviceDirs.filter((d) => !d.symlink && system.members.includes(d.classification.canonicalName));
    const homes = new Set(members.map((m) => m.parentKind === "root" ? "" : m.rel.split("/")[0]));
    if (homes.size < 2) continue;
    const key = causes.add(systemKey(system.name));
    for (const member of members) if (folderCause.has(member)) causes.union(key, folderCause.get(member));
  }
  for (const [dir, cause] of folderCause) {
    if (dir.parentKind !== "service") continue;
    const holder = [...folderCause.keys()].find((d) => d !== dir && d.parentKind !== "service" && isInside(d.abs, dir.abs));
    if (holder) causes.union(folderCause.get(holder), cause);
  }
  const stackSplits = [];
  const stackMoves = [];
  const finalOf = (dir) => {
    if (!dir) return null;
    const keep = retired.get(dir);
    if (keep) return finalOf(keep);
    const decision = decisions.get(dir);
    return decision.fate === "move" ? decision.to : decision.fate === "stay" ? dir.abs : null;
  };
  const capabilityOf = (abs) => abs && isInside(model2.root, abs) && abs !== model2.root ? path3.join(model2.root, relOf(model2, abs).split("/")[0]) : null;
  const stackDirs = new Set(model2.stacks.map((s) => s.dir));
  for (const groupAbs of emptied) {
    const stack = model2.stacks.find((s) => s.dir === groupAbs);
    const key = causes.find(groupKey(groupAbs));
    if (!stack) continue;
    const targets = stack.services.map((service) => ({ service, to: capabilityOf(finalOf(service.serviceDir)) }));
    const capabilities = new Set(targets.map((t) => t.to));
    const only = capabilities.size === 1 ? [...capabilities][0] : null;
    const loose = (model2.tree.children.get(relOf(model2, groupAbs)) ?? []).filter((entry) => !model2.serviceDirs.some((d) => d.abs === entry.abs)).map((entry) => entry.abs);
    const clash = only && loose.some((abs) => existing(path3.join(only, path3.basename(abs))));
    if (only && !stackDirs.has(only) && !clash) {
      stackMoves.push({ stack, group: groupAbs, to: only, loose });
    } else {
      stackSplits.push({
        file: stack.file,
        services: targets.map(({ service, to }) => {
          const decision = service.serviceDir ? decisions.get(service.serviceDir) : void 0;
          return { name: service.name, to: to ?? groupAbs, cause: key, reasons: decision && "reasons" in decision ? decision.reasons : [] };
        }),
        cause: key
      });
    }
  }
  const capabilityByAbs = new Map(model2.capabilityDirs.map((c) => [c.abs, c]));
  for (const service of model2.services) {
    if (service.serviceDir || service.stack.archived) continue;
    const cap = capabilityByAbs.get(service.stack.dir);
    if (!cap) continue;
    const target = composeServiceTarget(model2, service, cap.name);
    if (!target) continue;
    const key = causes.add(composeServiceKey(service));
    stackSplits.push({ file: service.stack.file, services: [{ name: service.name, to: target.to, cause: key, reasons: target.reasons }], cause: key });
  }
  const moves = [];
  for (const [dir, decision] of decisions) {
    if (decision.fate !== "move" || retired.has(dir)) continue;
    moves.push({ dir: dir.abs, from: decision.from, to: decision.to, reasons: decision.reasons, kind: decision.kind, bridged: decision.bridged, cause: causes.find(folderCause.get(dir)) });
  }
  moves.sort((a, b) => depth(b.from) - depth(a.from) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const tagged = [];
  const mkdirs = /* @__PURE__ */ new Map();
  const add = (action, cause) => {
    tagged.push({ action, causes: /* @__PURE__ */ new Set([cause]) });
  };
  const mkdir = (abs, cause) => {
    if (existing(abs)) return;
    const known = mkdirs.get(abs);
    if (known) {
      known.causes.add(cause);
      return;
    }
    const entry = { action: { op: "mkdir", phase: 1, path: abs, reason: "New capability directory." }, causes: /* @__PURE__ */ new Set([cause]) };
    mkdirs.set(abs, entry);
    tagged.push(entry);
  };
  for (const move of moves) {
    if (move.bridged) continue;
    mkdir(path3.dirname(move.to), move.cause);
    add({ op: "symlink", phase: 1, path: move.to, target: move.from, reason: `Bridge: '${path3.basename(move.to)}' answers at its new place while the folder stays where it is.` }, move.cause);
  }
  for (const { to, group } of stackMoves) mkdir(to, causes.find(groupKey(group)));
  for (const move of moves) {
    const stack = stackIn(model2, move.from);
    if (!stack) continue;
    const { edit, flow } = keepProjectName(stack, move.to);
    if (edit) add(edit, move.cause);
    else if (flow) add(manualProjectName(stack, move.to), move.cause);
  }
  for (const { stack, group, to } of stackMoves) {
    const { edit, flow } = keepProjectName(stack, to);
    if (edit) add(edit, causes.find(groupKey(group)));
    else if (flow) add(manualProjectName(stack, to), causes.find(groupKey(group)));
  }
  const relocations = [
    ...moves.map((m) => ({ from: m.from, to: m.to, cause: m.cause })),
    ...stackMoves.flatMap(({ group, to, loose }) => loose.map((abs) => ({ from: abs, to: path3.join(to, path3.basename(abs)), cause: causes.find(groupKey(group)) })))
  ].sort((a, b) => depth(b.from) - depth(a.from));
  const relocationOf = (abs) => relocations.length === 0 ? null : relocations.find((r) => abs === r.from || abs.startsWith(`${r.from}${path3.sep}`)) ?? null;
  const finalPath = (abs) => {
    const r = relocationOf(abs);
    return r ? path3.join(r.to, path3.relative(r.from, abs)) : abs;
  };
  const retiredDirs = [...retired.keys()].map((d) => d.abs);
  for (const stack of relocations.length > 0 ? model2.stacks : []) {
    if (retiredDirs.some((abs) => isInside(abs, stack.dir))) continue;
    const finalOfStack = (abs) => abs === stack.dir ? path3.dirname(finalPath(stack.file)) : finalPath(abs);
    for (const { edit, manual, target } of relativePathEdits(stack, finalOfStack)) {
      const cause = relocationOf(stack.file)?.cause ?? relocationOf(target)?.cause;
      if (!cause) continue;
      if (edit) add(edit, cause);
      else if (manual) add(manualPathEdit(model2, manual), cause);
    }
  }
  mergeSameLineEdits(tagged);
  for (const split of stackSplits) add(splitAction(model2, split), causes.find(split.cause));
  for (const move of moves) {
    const action = { op: "move", phase: 4, from: move.from, to: move.to, reason: move.reasons[0] ?? "decision tree" };
    if (move.bridged) action.replacesBridge = true;
    add(action, move.cause);
  }
  for (const { group, to, loose } of stackMoves) {
    for (const abs of loose) add({ op: "move", phase: 4, from: abs, to: path3.join(to, path3.basename(abs)), reason: `The stack of '${path3.basename(group)}/' follows its services to '${path3.basename(to)}/'.` }, causes.find(groupKey(group)));
  }
  for (const [dir, keep] of retired) add(retireAction(model2, dir, keep), causes.find(folderCause.get(dir)));
  for (const [dir, decision] of decisions) {
    if (decision.fate !== "unplaced" || retired.has(dir)) continue;
    add(unplacedAction(model2, dir, decision.reasons), causes.find(folderCause.get(dir)));
  }
  const emptiedOrder = [...emptied].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
  for (const abs of emptiedOrder) add({ op: "delete-empty", phase: 4, path: abs, reason: "Nothing is left in it once its services have moved." }, causes.find(groupKey(abs)));
  for (const t of tagged) t.causes = new Set([...t.causes].map((c) => causes.find(c)));
  const ordered = orderTagged(tagged);
  const actions = ordered.map((t) => t.action);
  const folders = model2.serviceDirs.map((dir) => {
    const decision = decisions.get(dir);
    const cause = folderCause.has(dir) ? causes.find(folderCause.get(dir)) : null;
    const keep = retired.get(dir);
    if (keep) return { dir: dir.abs, fate: "retire", to: null, keep: keep.abs, cause };
    if (decision.fate === "move") return { dir: dir.abs, fate: "move", to: decision.to, keep: null, cause };
    if (decision.fate === "unplaced") return { dir: dir.abs, fate: "unplaced", to: null, keep: null, cause };
    const bridge = bridgeTargets.size > 0 && !dir.symlink && bridgeTargets.has(realAbs(dir.abs)) ? moves.find((m) => realAbs(m.from) === realAbs(dir.abs)) : void 0;
    if (bridge) return { dir: dir.abs, fate: "move", to: bridge.to, keep: null, cause: bridge.cause };
    return { dir: dir.abs, fate: "stay", to: null, keep: null, cause: null };
  });
  const causeKeys = /* @__PURE__ */ new Set();
  for (const t of ordered) for (const c of t.causes) causeKeys.add(c);
  for (const f of folders) if (f.cause) causeKeys.add(f.cause);
  const causeList = [...causeKeys].sort().map((key) => ({
    key,
    kind: key.startsWith("group:") ? "group" : key.startsWith("system:") ? "system" : key.startsWith("folder:") ? "folder" : "compose-service",
    path: causePath(model2, key),
    folders: folders.filter((f) => f.cause === key).map((f) => f.dir),
    actions: ordered.filter((t) => t.causes.has(key)).map((t) => t.action)
  }));
  return { root: model2.root, moves, actions, folders, causes: causeList, stackSplits };
}
function orderTagged(tagged) {
  return tagged.map((t, index) => ({ t, index })).sort((a, b) => a.t.action.phase - b.t.action.phase || a.index - b.index).map(({ t }) => t);
}
function causePath(model2, key) {
  if (key.startsWith("system:")) {
    const system = model2.policy.systems.find((s) => s.name === key.slice(7));
    return path3.join(model2.root, system?.capability ?? "");
  }
  if (key.startsWith("compose-service:")) return key.slice(16, key.lastIndexOf("#"));
  return key.slice(key.indexOf(":") + 1);
}
function compareKeep(model2, decisions, a, b) {
  const score = (d) => [
    decisions.get(d).fate === "stay" ? 0 : 1,
    d.primary && d.primary === model2.database.shared ? 0 : 1,
    d.capability?.declared ? 0 : 1
  ];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] - sb[i];
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}
function composeServiceTarget(model2, service, current) {
  const classification = classifyService({ name: service.name, labels: service.labels, ignoreImage: true }, model2.policy);
  if (!classification.capability || classification.catalog?.legacy || classification.capability === current) return null;
  if (classification.catalog?.provides.some((kind) => kind === "database" || kind === "cache")) return null;
  return { to: path3.join(model2.root, classification.capability), reasons: classification.reasons.map((r) => r.text) };
}
function stackIn(model2, abs) {
  return model2.stacks.find((s) => s.dir === abs) ?? null;
}
function relOf(model2, abs) {
  return path3.relative(model2.root, abs).split(path3.sep).join("/");
}
function depth(abs) {
  return abs.split(path3.sep).length;
}
function shownRel(model2, abs) {
  return relOf(model2, abs) || ".";
}
function manualProjectName(stack, to) {
  return {
    op: "manual",
    phase: 2,
    path: stack.file,
    reason: "The compose file is a flow mapping ({...}); svclint edits block mappings only.",
    steps: [`Add name: ${path3.basename(stack.dir)} at the top level of the compose file, so the project keeps its name when the folder becomes '${path3.basename(to)}/'.`]
  };
}
function manualPathEdit(model2, manual) {
  return {
    op: "manual",
    phase: 2,
    path: manual.file,
    reason: `'${manual.raw}' is written so that svclint cannot edit it safely (${manual.line === null ? "its line is not known" : `line ${manual.line} holds it more than once`}).`,
    steps: [`Change '${manual.raw}' to '${manual.next}' in '${shownRel(model2, manual.file)}'${manual.line === null ? "" : ` (line ${manual.line})`}.`]
  };
}
function mergeSameLineEdits(tagged) {
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i];
    if (t.action.op !== "edit") continue;
    const key = `${t.action.file}\0${t.action.line}`;
    const first = seen.get(key);
    if (!first || first.action.op !== "edit") {
      seen.set(key, t);
      continue;
    }
    const original = first.action.old;
    const changed = t.action.new;
    first.action.new = first.action.new.replace(original, changed);
    first.action.reason = `${first.action.reason ?? ""} ${t.action.reason ?? ""}`.trim();
    for (const c of t.causes) first.causes.add(c);
    tagged.splice(i, 1);
    i--;
  }
}
function splitAction(model2, split) {
  const steps = split.services.map(({ name, to }) => `Move the definition of '${name}' into the stack of '${shownRel(model2, to)}/' (create ${shownRel(model2, to)}/docker-compose.yml if it has none).`);
  steps.push("Keep project-scoped volume names: give each moved volume `name: <old project>_<volume>` (or mark it external) so its data stays.");
  steps.push("Fix the relative paths of moved definitions (build contexts, bind mounts, env_file) for their new stack folder.");
  return {
    op: "manual",
    phase: 2,
    path: split.file,
    reason: `Its services go to ${new Set(split.services.map((s) => s.to)).size > 1 ? "different capabilities" : "another capability"}: the definitions must be split between stacks (svclint does not yet rewrite stacks).`,
    steps
  };
}
function retireAction(model2, dir, keep) {
  return {
    op: "manual",
    phase: 4,
    path: dir.abs,
    reason: `'${shownRel(model2, dir.abs)}/' is a second copy of '${dir.classification.canonicalName}' (kept: '${shownRel(model2, keep.abs)}/'); what to keep from it is a judgement call.`,
    steps: [
      `Compare '${shownRel(model2, dir.abs)}/' with '${shownRel(model2, keep.abs)}/' and move anything only it has (config, init scripts, data) into the kept copy.`,
      ...dir.stack ? [`Stop its stack (docker compose -f ${shownRel(model2, dir.stack.file)} down) once its clients use the kept service.`] : [],
      `Remove '${shownRel(model2, dir.abs)}/'.`
    ]
  };
}
function unplacedAction(model2, dir, reasons) {
  return {
    op: "manual",
    phase: 4,
    path: dir.abs,
    reason: `${reasons[0] ?? "No rule places it"}, so svclint cannot choose its capability directory.`,
    steps: [
      `Run \`svclint place ${dir.name}\` (with --provides KIND or --system NAME), or declare it under services: in the config.`,
      `Move '${shownRel(model2, dir.abs)}/' into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`
    ]
  };
}
var plans = /* @__PURE__ */ new WeakMap();
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(plan2) {
  let index = indexes.get(plan2);
  if (!index) {
    const byPath = /* @__PURE__ */ new Map();
    for (const cause of plan2.causes) if (cause.kind === "group" || cause.kind === "folder") byPath.set(cause.path, cause);
    index = { folders: new Map(plan2.folders.map((f) => [f.dir, f])), causes: new Map(plan2.causes.map((c) => [c.key, c])), byPath };
    indexes.set(plan2, index);
  }
  return index;
}
function placementPlan(model2) {
  let plan2 = plans.get(model2);
  if (!plan2) {
    plan2 = buildPlacementPlan(model2);
    plans.set(model2, plan2);
  }
  return plan2;
}
function causeByKey(plan2, key) {
  return indexOf(plan2).causes.get(key) ?? null;
}
function folderPlan(plan2, abs) {
  return indexOf(plan2).folders.get(abs) ?? null;
}
function causeOf(plan2, subject) {
  const index = indexOf(plan2);
  if (typeof subject !== "string") {
    const own = index.causes.get(composeServiceKey(subject));
    if (own) return own;
    return subject.serviceDir ? causeOf(plan2, subject.serviceDir.abs) : null;
  }
  const folder = index.folders.get(subject);
  if (folder?.cause) return index.causes.get(folder.cause) ?? null;
  return index.byPath.get(subject) ?? null;
}

// src/api/helpers.ts
var model = (view) => view;
var plan = (view) => view;
function causeOf2(view, subject) {
  return causeOf(plan(view), subject);
}
function causeByKey2(view, key) {
  return causeByKey(plan(view), key);
}
function folderPlan2(view, abs) {
  return folderPlan(plan(view), abs);
}
function groupingFolders2(view) {
  return groupingFolders(model(view));
}
function legacyEntry2(view, dir) {
  return legacyEntry(model(view), dir);
}
function archiveName2(view) {
  return archiveName(model(view));
}

export {
  isKebabCase,
  toKebab,
  placementPlan,
  causeByKey,
  defineRule,
  definePlugin,
  pathValue,
  folderValue,
  placeValue,
  isPathValue,
  textValue,
  isTextValue,
  causeOf2 as causeOf,
  causeByKey2,
  folderPlan2 as folderPlan,
  groupingFolders2 as groupingFolders,
  legacyEntry2 as legacyEntry,
  archiveName2 as archiveName
};
