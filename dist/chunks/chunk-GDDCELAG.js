import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  VECTOR_GRAPH_EXTENSIONS,
  archiveName,
  causeOf,
  defineRule,
  folderPlan,
  folderValue,
  formatBytes,
  groupingFolders,
  isKebabCase,
  isLiteralSecret,
  isSecretName,
  legacyEntry,
  pathValue,
  placeValue,
  postgresVectorProduct,
  sameData,
  textValue,
  toKebab,
  urlPasswordOffset
} from "./chunk-2IBUJSS7.js";
import {
  parseImage
} from "./chunk-ZHP37DL2.js";
import {
  hasUnknown
} from "./chunk-YZODILJP.js";
import {
  isInside
} from "./chunk-BDF6BVKZ.js";

// rules/structure/archived-service-active.ts
import path from "node:path";

// rules/compose/shared.ts
function lazyLoc(compute) {
  let done = false;
  let value = null;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
function activeStacks(model) {
  return model.stacks.filter((stack) => !stack.archived);
}
function firstTime() {
  const seen = /* @__PURE__ */ new Set();
  return (loc, message) => {
    const identity = `${loc?.file}:${loc?.line}:${loc?.column}\0${message}`;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// rules/structure/archived-service-active.ts
function namedDependencies(service) {
  const out = [];
  const r = service.resolved;
  const dependsOn = r.depends_on;
  if (Array.isArray(dependsOn)) for (const d of dependsOn) out.push({ name: String(d), key: "depends_on" });
  else if (isRecord(dependsOn)) for (const d of Object.keys(dependsOn)) out.push({ name: d, key: "depends_on" });
  if (Array.isArray(r.links)) for (const l of r.links) out.push({ name: String(l).split(":")[0], key: "links" });
  if (Array.isArray(r.volumes_from))
    for (const v of r.volumes_from)
      out.push({
        name: String(v).replace(/^service:/, "").split(":")[0],
        key: "volumes_from"
      });
  for (const key of ["network_mode", "pid", "ipc"]) {
    const value = r[key];
    if (typeof value === "string" && value.startsWith("service:")) out.push({ name: value.slice(8), key });
  }
  return out;
}
var archived_service_active_default = defineRule({
  meta: {
    id: "archived-service-active",
    group: "structure",
    severity: "error",
    description: "A service under archive/ that an active stack still references or that still routes traffic",
    rationale: "archive/ holds deprecated services kept for rollback (nginx replaced by Traefik, acme-companion by Cloudflare); an archived service that is still referenced or routed is not archived.",
    messages: {
      includesArchived: "Active stack includes '{{file}}' from archive/.",
      removeInclude: "Remove this include; archived services must not run.",
      dependsOnArchived: "'{{service}}' depends on '{{dependency}}' ({{key}}), which is archived in '{{folder}}'.",
      pointAtReplacement: "Point '{{service}}' at the active replacement and remove '{{dependency}}' from {{key}}.",
      usesArchivedPath: "'{{service}}' mounts or builds from '{{source}}' inside archive/.",
      copyIntoOwnFolder: "Copy what it needs into its own service folder; archived folders must not be used by running services.",
      stillRouted: "Archived service '{{service}}' still has Traefik routing enabled (traefik.enable=true).",
      disableRouting: "Set traefik.enable=false (or remove its router labels) so an accidental start does not take traffic."
    }
  },
  check({ model, report, referencedPaths }) {
    const archiveDirs = model.capabilityDirs.filter((c) => c.inactive);
    if (archiveDirs.length === 0) return;
    const archivedServices = /* @__PURE__ */ new Map();
    for (const s of model.services) if (s.stack.archived) archivedServices.set(s.name, s);
    const activeNames = new Set(model.services.filter((s) => !s.stack.archived).map((s) => s.name));
    const inArchive = (p) => archiveDirs.some((a) => isInside(a.abs, p));
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const include = stack.resolved.include;
      if (Array.isArray(include)) {
        include.forEach((item, i) => {
          const files = typeof item === "string" ? [item] : isRecord(item) ? [].concat(item.path ?? []) : [];
          for (const file of files) {
            if (typeof file !== "string" || file.includes("${")) continue;
            const abs = path.resolve(stack.dir, file);
            if (!inArchive(abs)) continue;
            report({
              loc: stack.locate(["include", i]),
              path: stack.file,
              messageId: "includesArchived",
              fixId: "removeInclude",
              data: { file: pathValue(abs) }
            });
          }
        });
      }
      for (const service of stack.services) {
        for (const dep of namedDependencies(service)) {
          const archived = archivedServices.get(dep.name);
          if (!archived || activeNames.has(dep.name)) continue;
          report({
            loc: stack.locate(["services", service.name, dep.key]) ?? service.loc,
            path: stack.file,
            messageId: "dependsOnArchived",
            fixId: "pointAtReplacement",
            data: { service: service.name, dependency: dep.name, key: dep.key, folder: folderValue(archived.stack.dir) }
          });
        }
        for (const source of referencedPaths(service)) {
          if (!inArchive(source)) continue;
          report({
            loc: stack.locate(["services", service.name, "volumes"]) ?? stack.locate(["services", service.name, "build"]) ?? service.loc,
            path: stack.file,
            messageId: "usesArchivedPath",
            fixId: "copyIntoOwnFolder",
            data: { service: service.name, source: pathValue(source) }
          });
        }
      }
    }
    for (const service of archivedServices.values()) {
      if (service.labels.get("traefik.enable")?.toLowerCase() !== "true") continue;
      report({
        loc: service.stack.locate(["services", service.name, "labels"]) ?? service.loc,
        path: service.stack.file,
        messageId: "stillRouted",
        fixId: "disableRouting",
        data: { service: service.name }
      });
    }
  }
});

// rules/structure/broken-symlink.ts
var broken_symlink_default = defineRule({
  meta: {
    id: "broken-symlink",
    group: "structure",
    severity: "error",
    description: "A dangling or looping symlink",
    rationale: "Migration bridges are symlinks (Phase 1); a bridge whose target moved or loops breaks the service it stands for and the rollback it exists for.",
    messages: {
      loops: "Symlink '{{link}}' -> '{{target}}' loops.",
      dangling: "Symlink '{{link}}' -> '{{target}}' points to nothing.",
      fixLink: "Remove the link, or point it at an existing folder (Phase 4: replace a bridge by the moved folder)."
    }
  },
  check({ model, report }) {
    for (const entry of model.tree.entries) {
      const link = entry.symlink;
      if (!link || link.status === "ok") continue;
      report({
        path: entry.abs,
        messageId: link.status === "loop" ? "loops" : "dangling",
        fixId: "fixLink",
        data: { link: pathValue(entry.abs), target: link.target }
      });
    }
  }
});

// rules/structure/build-context.ts
import path2 from "node:path";
var build_context_default = defineRule({
  meta: {
    id: "build-context",
    group: "structure",
    severity: "error",
    description: "A compose build context or Dockerfile that does not exist, or that escapes its capability directory",
    rationale: 'Phase 2 of the migration updates compose paths ("build: ./memory-gateway \u2014 relative path within new structure"); a context that points elsewhere breaks on the next build or ties a capability to another one.',
    messages: {
      missingContext: "Build context '{{context}}' of '{{service}}' does not exist ('{{folder}}').",
      pointAtFolder: "Point build.context at the service folder (e.g. ./{{service}}) or create it.",
      escapes: "Build context '{{context}}' of '{{service}}' escapes its capability directory '{{capability}}'.",
      moveSources: "Move the sources into '{{target}}' and use build: ./{{relative}}.",
      missingDockerfile: "Dockerfile '{{dockerfile}}' for '{{service}}' does not exist.",
      addDockerfile: "Add the Dockerfile or set build.dockerfile to the file that exists."
    }
  },
  check({ model, report, pathKind, localBuild }) {
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const top = path2.relative(model.root, stack.dir).split(path2.sep)[0] ?? "";
      const capability = model.capabilityDirs.find((c) => c.name === top) ?? null;
      for (const service of stack.services) {
        const found = localBuild(service);
        if (!found) continue;
        const { build, context, abs } = found;
        const keyPath = typeof build === "string" ? ["services", service.name, "build"] : ["services", service.name, "build", "context"];
        const where = () => stack.locate(keyPath) ?? stack.locate(["services", service.name, "build"]) ?? service.loc;
        if (pathKind(abs) !== "dir") {
          report({
            loc: where(),
            path: stack.file,
            messageId: "missingContext",
            fixId: "pointAtFolder",
            data: { context, service: service.name, folder: folderValue(abs) }
          });
          continue;
        }
        if (capability && !isInside(capability.abs, abs)) {
          const target = path2.join(capability.abs, service.name);
          report({
            loc: where(),
            path: stack.file,
            messageId: "escapes",
            fixId: "moveSources",
            data: {
              context,
              service: service.name,
              capability: folderValue(capability.abs),
              target: folderValue(target),
              relative: path2.relative(stack.dir, target).split(path2.sep).join("/") || "."
            }
          });
          continue;
        }
        if (isRecord(build) && typeof build.dockerfile_inline === "string") continue;
        const dockerfile = isRecord(build) && typeof build.dockerfile === "string" ? build.dockerfile : "Dockerfile";
        if (dockerfile.includes("${")) continue;
        const dockerfileAbs = path2.resolve(abs, dockerfile);
        if (pathKind(dockerfileAbs) === null) {
          report({
            loc: isRecord(build) && typeof build.dockerfile === "string" ? stack.locate(["services", service.name, "build", "dockerfile"]) ?? where() : where(),
            path: stack.file,
            messageId: "missingDockerfile",
            fixId: "addDockerfile",
            data: { dockerfile: pathValue(dockerfileAbs), service: service.name }
          });
        }
      }
    }
  }
});

// rules/support.ts
import path3 from "node:path";
function topFolder(model, abs) {
  return path3.relative(model.root, abs).split(path3.sep)[0] ?? "";
}
function decidingReason(dir) {
  return dir.classification.reasons[0]?.text ?? "no rule places it";
}
function isSharedInfrastructure(entry) {
  return !!entry && entry.provides.some((kind) => kind === "database" || kind === "cache");
}
var ODD_REASONS = ["legacy", "outside-capability", "not-shared", "archived"];
function oddRank(reason) {
  const index = ODD_REASONS.indexOf(reason);
  return index < 0 ? ODD_REASONS.length : index;
}
function isSharedInstance(model, service) {
  if (service === model.database.shared) return true;
  return model.database.stores.some((s) => s.kind === "cache" && s.service === service && topFolder(model, service.stack.dir) === "core-infra");
}
function serviceSide(context, service, loc, extra = []) {
  const { model } = context;
  const odd = [];
  const image = service.image && !service.image.includes("${") ? context.catalogByImage(service.image) : null;
  if (image?.legacy || service.serviceDir && service.serviceDir.primary === service && legacyEntry(model, service.serviceDir)) odd.push("legacy");
  const folder = service.serviceDir ? folderPlan(context.plan, service.serviceDir.abs) : null;
  if (folder && folder.fate !== "stay" || causeOf(context.plan, service)?.kind === "compose-service") odd.push("outside-capability");
  if (service.stack.archived) odd.push("archived");
  odd.push(...extra);
  return { item: service, loc, path: service.stack.file, folder: service.serviceDir?.abs ?? null, odd };
}
function folderSide(context, dir, extra = []) {
  const odd = [];
  if (legacyEntry(context.model, dir)) odd.push("legacy");
  const plan = folderPlan(context.plan, dir.abs);
  if (plan && plan.fate !== "stay") odd.push("outside-capability");
  if (dir.capability?.inactive) odd.push("archived");
  odd.push(...extra);
  return { item: dir, loc: null, path: dir.abs, folder: dir.abs, odd };
}
function blameOrder(context, sides) {
  const { model, changed } = context;
  const shared = sides.map((s) => isServiceLike(s.item) && isSharedInstance(model, s.item));
  const ranked = sides.map((side, index) => {
    const odd = shared.some(Boolean) && !shared[index] && !side.odd.includes("not-shared") ? [...side.odd, "not-shared"] : side.odd;
    const touched = changed !== null && (changed.touches(side.loc?.file ?? side.path) || !!side.folder && changed.touches(side.folder));
    return { side: { ...side, odd }, index, touched, ranks: odd.map(oddRank).sort((a, b) => a - b) };
  });
  ranked.sort((a, b) => Number(b.touched) - Number(a.touched) || compareOdd(a.ranks, b.ranks) || b.index - a.index);
  return ranked.map((r) => r.side);
}
function compareOdd(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return b.length - a.length;
}
function isServiceLike(item) {
  return typeof item === "object" && item !== null && "stack" in item && "resolved" in item;
}
function blameWhy(context, side) {
  if (context.changed && (context.changed.touches(side.loc?.file ?? side.path) || !!side.folder && context.changed.touches(side.folder)))
    return "the change under review touches it";
  const reason = side.odd[0];
  switch (reason) {
    case void 0:
      return null;
    case "legacy":
      return "it is a superseded service";
    case "outside-capability":
      return "it is not where the placement plan keeps it";
    case "not-shared":
      return "the other is the shared instance";
    case "archived":
      return "it is archived";
    default:
      return reason.replace(/-/g, " ");
  }
}
function relatedSide(side, messageId, data) {
  return { path: side.loc?.file ?? side.path, loc: side.loc, messageId, data };
}
function removalCause(context, service) {
  const dir = service.serviceDir;
  if (!dir) return void 0;
  const folder = folderPlan(context.plan, dir.abs);
  if (!folder?.cause) return void 0;
  if (folder.fate === "retire") return folder.cause;
  if (folder.fate === "move" && context.plan.moves.some((m) => m.dir === dir.abs && m.kind === "archive")) return folder.cause;
  return void 0;
}
function moveCause(context, service, capability) {
  const dir = service.serviceDir;
  if (!dir || dir.primary !== service) return void 0;
  const folder = folderPlan(context.plan, dir.abs);
  if (folder?.fate !== "move" || !folder.to || !folder.cause) return void 0;
  return topFolder(context.model, folder.to) === capability ? folder.cause : void 0;
}
function whyText(why, before, after = "") {
  return why ? `${before}${why}${after}` : "";
}

// rules/structure/duplicate-service.ts
var duplicate_service_default = defineRule({
  meta: {
    id: "duplicate-service",
    group: "structure",
    severity: "error",
    description: "The same service in two places (postgres/ and docker/postgres/, or one compose service defined in two stacks)",
    rationale: 'The seed finds "postgres/ \u2014 duplicate or misplaced?": one service, one folder, one definition.',
    messages: {
      twoFolders: "Service '{{name}}' is in two places: '{{kept}}' and '{{retired}}'.",
      removeCopy: "Keep '{{kept}}' (the placement plan's copy): move anything only this copy has into it, then remove '{{retired}}'.",
      keepThis: "Keep this folder (the placement plan's copy): move anything only '{{retired}}' has into it, then remove '{{retired}}'.",
      keptCopy: "The copy of '{{name}}' the placement plan keeps.",
      retiredCopy: "The second copy of '{{name}}', which the placement plan retires.",
      twoDefinitions: "Compose service '{{name}}' is defined in two stacks: '{{first}}' and '{{second}}'.",
      removeDefinition: "Remove this definition of '{{name}}' and keep the one in '{{other}}' (define a service once, in the stack of its capability directory).",
      otherDefinition: "The other definition of '{{name}}'."
    }
  },
  check(context) {
    const { model, report, plan } = context;
    const byAbs = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    const reportedDirs = /* @__PURE__ */ new Set();
    for (const folder of plan.folders) {
      if (folder.fate !== "retire" || !folder.keep) continue;
      const retired = byAbs.get(folder.dir);
      const kept = byAbs.get(folder.keep);
      reportedDirs.add(retired).add(kept);
      const [blamed, other] = blameOrder(context, [folderSide(context, kept), folderSide(context, retired, ["second-copy"])]);
      const name = retired.classification.canonicalName;
      const blamedIsCopy = blamed.item === retired;
      report({
        path: blamed.path,
        messageId: "twoFolders",
        fixId: blamedIsCopy ? "removeCopy" : "keepThis",
        data: { name, kept: folderValue(kept.abs), retired: folderValue(retired.abs) },
        related: [relatedSide(other, blamedIsCopy ? "keptCopy" : "retiredCopy", { name })],
        cause: folder.cause ?? void 0,
        key: name
      });
    }
    const byName = /* @__PURE__ */ new Map();
    const knownAs = /* @__PURE__ */ new Map();
    for (const entry of model.policy.catalog) for (const name of [entry.name, ...entry.aliases]) if (!knownAs.has(name)) knownAs.set(name, entry);
    for (const service of model.services) {
      if (service.stack.archived) continue;
      const known = knownAs.get(service.name);
      if (!known || isSharedInfrastructure(known)) continue;
      if (known.images.length > 0 && (!service.image || context.catalogByImage(service.image) !== known)) continue;
      const services = byName.get(known.name);
      if (services) services.push(service);
      else byName.set(known.name, [service]);
    }
    for (const [name, services] of byName) {
      const stacks = new Set(services.map((s) => s.stack.file));
      if (stacks.size < 2) continue;
      const first = services[0];
      for (const service of services.slice(1)) {
        if (service.stack.file === first.stack.file) continue;
        if (service.serviceDir && first.serviceDir && reportedDirs.has(service.serviceDir) && reportedDirs.has(first.serviceDir)) continue;
        if (service.serviceDir && service.serviceDir === first.serviceDir) continue;
        const [blamed, other] = blameOrder(context, [serviceSide(context, first, first.loc), serviceSide(context, service, service.loc)]);
        report({
          loc: blamed.loc,
          path: blamed.path,
          messageId: "twoDefinitions",
          fixId: "removeDefinition",
          data: { name, first: pathValue(first.stack.file), second: pathValue(service.stack.file), other: pathValue(other.path) },
          related: [relatedSide(other, "otherDefinition", { name })],
          cause: removalCause(context, blamed.item),
          key: name
        });
      }
    }
  }
});

// rules/structure/legacy-service.ts
var legacy_service_default = defineRule({
  meta: {
    id: "legacy-service",
    group: "structure",
    severity: "warning",
    description: "A superseded service (nginx-proxy, acme-companion) outside archive/",
    rationale: "Legacy nginx-proxy was replaced by Traefik (2025-11-13) and Cloudflare handles SSL; superseded services go to archive/ (kept for rollback).",
    messages: {
      superseded: "'{{name}}' is a superseded service ({{reason}}) outside {{archive}}/.",
      moveTo: "Stop it and move '{{folder}}' to '{{target}}'.",
      moveToArchive: "Stop it and move '{{folder}}' into '{{archive}}/'.",
      supersededService: "Compose service '{{name}}' runs superseded {{product}} ({{reason}}).",
      stopsWithFolder: "It stops when '{{folder}}' moves to {{archive}}/ (keep its definition there).",
      removeDefinition: "Remove it from this stack and keep its definition under '{{archive}}/{{product}}/'."
    }
  },
  check(context) {
    const { model, report, plan } = context;
    const archive = archiveName(model);
    const reported = /* @__PURE__ */ new Set();
    for (const dir of model.serviceDirs) {
      if (dir.symlink) continue;
      const entry = legacyEntry(model, dir);
      if (!entry) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire") continue;
      const target = folder?.fate === "move" ? folder.to : null;
      reported.add(dir.abs);
      report({
        path: dir.abs,
        ...target ? { target } : {},
        messageId: "superseded",
        fixId: target ? "moveTo" : "moveToArchive",
        data: { name: dir.name, reason: entry.reason, archive, folder: folderValue(dir.abs), target: target ? folderValue(target) : "" },
        cause: folder?.cause ?? void 0
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry = context.catalogByImage(service.image);
      if (!entry?.legacy) continue;
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry)) continue;
      const cause = removalCause(context, service);
      report({
        loc: service.loc,
        path: service.stack.file,
        messageId: "supersededService",
        fixId: cause && dir ? "stopsWithFolder" : "removeDefinition",
        data: { name: service.name, product: entry.name, reason: entry.reason, archive, folder: dir ? folderValue(dir.abs) : "" },
        cause,
        key: service.name
      });
    }
  }
});

// rules/structure/migration-symlink.ts
var migration_symlink_default = defineRule({
  meta: {
    id: "migration-symlink",
    group: "structure",
    severity: "warning",
    description: "A service directory that is a symlink bridge (Phase 1 of the migration): finish Phase 4",
    rationale: "Symlinks allow a zero-downtime, reversible migration; once stable for a week, Phase 4 removes each symlink and moves the real directory.",
    messages: {
      bridge: "'{{link}}' is a migration bridge to '{{target}}' (Phase 1).",
      phase4: "Phase 4: rm '{{link}}' && mv '{{from}}' '{{link}}'."
    }
  },
  check({ report, plan }) {
    for (const move of plan.moves) {
      if (!move.bridged) continue;
      report({
        path: move.dir,
        messageId: "bridge",
        fixId: "phase4",
        data: { link: pathValue(move.dir), target: folderValue(move.from), from: pathValue(move.from) },
        cause: move.cause
      });
    }
  }
});

// rules/structure/misplaced-service.ts
import path4 from "node:path";
var misplaced_service_default = defineRule({
  meta: {
    id: "misplaced-service",
    group: "structure",
    severity: "error",
    description: "A service whose capability is known (policy, label, catalog, image) but that sits in another directory",
    rationale: 'The placement table and decision tree give each service one home ("Memory/planning/knowledge? -> memory-orchestration/", "User-facing UI? -> interfaces/", ...).',
    messages: {
      misplaced: "Service '{{name}}'{{canonical}} is in '{{actual}}'; it belongs in '{{target}}' ({{reason}}).",
      moveFolder: "Move '{{folder}}' to '{{target}}'.",
      misplacedDefinition: "Compose service '{{name}}' is defined in the '{{stack}}' stack; it belongs in '{{target}}' ({{reason}}).",
      moveDefinition: "Move '{{name}}' to the stack of '{{capability}}' (folder '{{target}}')."
    }
  },
  check({ model, report, plan }) {
    const byDir = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    for (const move of plan.moves) {
      const dir = byDir.get(move.dir);
      if (dir.parentKind === "root" || move.bridged || move.kind === "archive" || move.kind === "rename") continue;
      const actual = topFolder(model, move.from);
      if (actual === topFolder(model, move.to)) continue;
      const { canonicalName } = dir.classification;
      report({
        path: dir.abs,
        target: move.to,
        messageId: "misplaced",
        fixId: "moveFolder",
        data: {
          name: dir.name,
          canonical: canonicalName !== dir.name ? ` (${canonicalName})` : "",
          actual: folderValue(path4.join(model.root, actual)),
          target: folderValue(move.to),
          reason: decidingReason(dir),
          folder: folderValue(dir.abs)
        },
        cause: move.cause
      });
    }
    for (const split of plan.stackSplits) {
      for (const entry of split.services) {
        if (!entry.cause.startsWith("compose-service:")) continue;
        const service = model.services.find((s) => s.stack.file === split.file && s.name === entry.name);
        if (!service) continue;
        const target = path4.join(entry.to, service.name);
        report({
          loc: service.loc,
          path: service.stack.file,
          target,
          messageId: "misplacedDefinition",
          fixId: "moveDefinition",
          data: {
            name: service.name,
            stack: path4.basename(service.stack.dir),
            target: folderValue(target),
            reason: entry.reasons[0] ?? "decision tree",
            capability: folderValue(entry.to)
          },
          cause: entry.cause,
          key: service.name
        });
      }
    }
  }
});

// rules/structure/missing-stack-file.ts
var missing_stack_file_default = defineRule({
  meta: {
    id: "missing-stack-file",
    group: "structure",
    severity: "warning",
    description: "A capability directory with services but no stack compose file at its top",
    rationale: 'Each capability directory carries its own stack (core-infra/docker-compose.yml: "Core infrastructure stack"), so related services share one compose project.',
    messages: {
      noStack: "Capability directory '{{folder}}' holds {{count}} service(s) but no stack compose file at its top.",
      addStack: "Add '{{folder}}docker-compose.yml' defining (or including) {{services}}."
    }
  },
  check({ model, report }) {
    const stackDirs = new Set(model.stacks.map((s) => s.dir));
    const servicesOf = /* @__PURE__ */ new Map();
    for (const d of model.serviceDirs) {
      if (d.capability && d.parentKind === "capability") servicesOf.set(d.capability.abs, [...servicesOf.get(d.capability.abs) ?? [], d.name]);
    }
    for (const cap of model.capabilityDirs) {
      if (cap.inactive || stackDirs.has(cap.abs)) continue;
      const services = servicesOf.get(cap.abs) ?? [];
      if (services.length === 0) continue;
      report({
        path: cap.abs,
        messageId: "noStack",
        fixId: "addStack",
        data: { folder: folderValue(cap.abs), count: services.length, services: services.join(", ") }
      });
    }
  }
});

// rules/structure/grouping-fix.ts
import path5 from "node:path";
function movesOutOf(plan, folder) {
  const cause = causeOf(plan, folder);
  return plan.moves.filter((m) => m.cause === cause?.key && isInside(folder, m.from)).map((m) => `${path5.basename(m.from)} -> ${path5.relative(plan.root, m.to).split(path5.sep).join("/")}/`);
}

// rules/structure/no-catch-all-dir.ts
var no_catch_all_dir_default = defineRule({
  meta: {
    id: "no-catch-all-dir",
    group: "structure",
    severity: "error",
    description: "A directory named like a catch-all (apps, misc, other, stuff, general, tmp, ...)",
    rationale: '"apps" is an antipattern: a catch-all directory mixes unrelated services (chat interface \u2260 log viewer \u2260 LLM proxy). When in doubt, create a capability-specific directory; do not dump in "apps" or "misc".',
    messages: {
      catchAll: "'{{folder}}' is a catch-all directory: group services by what they do (capability), not in '{{name}}/'.",
      moveServices: "Move its services to their capability directories ({{moves}}) and remove '{{name}}/'.",
      moveEach: "Move each service into a capability-specific directory (e.g. communications/) and remove '{{name}}/'."
    },
    docs: {
      examples: {
        valid: [
          {
            description: "services grouped by capability",
            files: { "services/interfaces/open-webui/compose.yaml": "services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n" }
          }
        ],
        invalid: [
          {
            description: "an apps/ folder",
            files: { "services/apps/openweb/compose.yaml": "services:\n  openweb:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n" }
          }
        ]
      }
    }
  },
  check({ model, report, plan }) {
    for (const folder of groupingFolders(model).filter((f) => f.kind === "catch-all")) {
      const { entry } = folder;
      const moves = movesOutOf(plan, entry.abs);
      report({
        path: entry.abs,
        messageId: "catchAll",
        fixId: moves.length > 0 ? "moveServices" : "moveEach",
        data: { folder: folderValue(entry.abs), name: entry.name, moves: moves.join(", ") },
        cause: causeOf(plan, entry.abs)?.key
      });
    }
  }
});

// rules/structure/no-technology-dir.ts
var no_technology_dir_default = defineRule({
  meta: {
    id: "no-technology-dir",
    group: "structure",
    severity: "error",
    description: "A directory that groups services by what they are (docker, containers, compose, stacks, ...) instead of what they do",
    rationale: "Services should be grouped by what they do (capability/domain), not what they are (technology stack).",
    messages: {
      byTechnology: "'{{folder}}' groups services by technology: group them by capability instead.",
      moveServices: "Move its services to their capability directories ({{moves}}) and remove '{{name}}/'.",
      moveEach: "Move each service into the capability directory of what it does and remove '{{name}}/'."
    }
  },
  check({ model, report, plan }) {
    for (const folder of groupingFolders(model).filter((f) => f.kind === "technology")) {
      const { entry } = folder;
      const moves = movesOutOf(plan, entry.abs);
      report({
        path: entry.abs,
        messageId: "byTechnology",
        fixId: moves.length > 0 ? "moveServices" : "moveEach",
        data: { folder: folderValue(entry.abs), name: entry.name, moves: moves.join(", ") },
        cause: causeOf(plan, entry.abs)?.key
      });
    }
  }
});

// rules/structure/non-canonical-name.ts
import path6 from "node:path";
var non_canonical_name_default = defineRule({
  meta: {
    id: "non-canonical-name",
    group: "structure",
    severity: "warning",
    description: "A service folder named by an alias (openweb -> open-webui) or a folder not in kebab-case",
    rationale: 'The placement table renames aliases ("openweb -> interfaces/open-webui/, rename from openweb") so documentation references stay consistent.',
    messages: {
      alias: "Folder '{{name}}' is an alias; the canonical name is '{{canonical}}'.",
      notKebab: "Service folder '{{name}}' is not in kebab-case.",
      capabilityNotKebab: "Capability folder '{{name}}' is not in kebab-case.",
      renameTo: "Rename '{{folder}}' to '{{target}}'{{oneStep}}.",
      renameWhenMoved: "Rename it to '{{expected}}' when you move it into its capability directory.",
      renameCapability: "Rename it to '{{expected}}'."
    }
  },
  check({ model, report, plan }) {
    for (const dir of model.serviceDirs) {
      const alias = dir.classification.reasons.find((r) => r.kind === "catalog-alias");
      const canonical = dir.classification.canonicalName;
      const misnamed = !!alias && canonical !== dir.name;
      if (!misnamed && isKebabCase(dir.name)) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire" || folder?.fate === "stay") continue;
      report({
        path: dir.abs,
        ...folder?.to ? { target: folder.to } : {},
        messageId: misnamed ? "alias" : "notKebab",
        fixId: folder?.to ? "renameTo" : "renameWhenMoved",
        data: {
          name: dir.name,
          canonical,
          folder: folderValue(dir.abs),
          target: folder?.to ? folderValue(folder.to) : "",
          oneStep: folder?.to && path6.dirname(folder.to) !== path6.dirname(dir.abs) ? " (its move and rename are one step)" : "",
          expected: misnamed ? canonical : toKebab(dir.name)
        },
        cause: folder?.cause ?? void 0
      });
    }
    for (const cap of model.capabilityDirs) {
      if (isKebabCase(cap.name)) continue;
      report({ path: cap.abs, messageId: "capabilityNotKebab", fixId: "renameCapability", data: { name: cap.name, expected: toKebab(cap.name) } });
    }
  }
});

// rules/structure/service-outside-capability.ts
var service_outside_capability_default = defineRule({
  meta: {
    id: "service-outside-capability",
    group: "structure",
    severity: "error",
    description: "A service directory directly under the services root (e.g. n8n/, traefik/)",
    rationale: 'Every service lives in the capability directory of what it does, so "where is the planning service?" has one answer: memory-orchestration/planner-api/.',
    messages: {
      secondCopy: "Service '{{name}}' sits directly under the services root, and '{{kept}}' holds the copy the placement plan keeps.",
      mergeIntoKept: "Move anything only '{{folder}}' has into '{{kept}}', then remove it.",
      belongsIn: "Service '{{name}}' sits directly under the services root; it belongs in '{{target}}' ({{reason}}).",
      moveTo: "Move '{{folder}}' to '{{target}}'.",
      outside: "Service '{{name}}' sits directly under the services root, outside any capability directory.",
      placeIt: "Run `svclint place {{name}}` and move it into the capability directory it names (or a new capability-specific one, never apps/ or misc/)."
    }
  },
  check({ model, report, plan }) {
    for (const dir of model.serviceDirs) {
      if (dir.parentKind !== "root") continue;
      const folder = folderPlan(plan, dir.abs);
      if (!folder || folder.fate === "stay") continue;
      const cause = folder.cause ?? void 0;
      if (folder.fate === "retire" && folder.keep) {
        report({
          path: dir.abs,
          messageId: "secondCopy",
          fixId: "mergeIntoKept",
          data: { name: dir.name, kept: folderValue(folder.keep), folder: folderValue(dir.abs) },
          cause
        });
        continue;
      }
      if (folder.fate === "move" && folder.to) {
        if (plan.moves.some((m) => m.bridged && m.from === dir.abs)) continue;
        report({
          path: dir.abs,
          target: folder.to,
          messageId: "belongsIn",
          fixId: "moveTo",
          data: { name: dir.name, target: folderValue(folder.to), reason: decidingReason(dir), folder: folderValue(dir.abs) },
          cause
        });
      } else {
        report({ path: dir.abs, messageId: "outside", fixId: "placeIt", data: { name: dir.name }, cause });
      }
    }
  }
});

// rules/structure/split-system.ts
import path7 from "node:path";
var split_system_default = defineRule({
  meta: {
    id: "split-system",
    group: "structure",
    severity: "error",
    description: "Members of one system in different capability directories",
    rationale: `"Is this part of an existing system? Yes -> add to that system's directory." Related services are co-located (planner + memory + archon together) so they share configs, compose files and documentation.`,
    messages: {
      split: "System '{{system}}' is split across {{count}} directories: {{where}}. All its members belong in '{{home}}'.",
      moveMembers: "Move {{moves}}."
    }
  },
  check({ model, report, plan }) {
    for (const system of model.policy.systems) {
      const members = model.serviceDirs.filter((d) => !d.symlink && system.members.includes(d.classification.canonicalName));
      const homeOf = (m) => m.parentKind === "root" ? "" : m.rel.split("/")[0];
      const homes = /* @__PURE__ */ new Map();
      for (const member of members) homes.set(homeOf(member), [...homes.get(homeOf(member)) ?? [], member]);
      if (homes.size < 2) continue;
      const where = [];
      [...homes.entries()].forEach(([home2, list], i) => {
        if (i > 0) where.push("; ");
        where.push(folderValue(path7.join(model.root, home2)), ` (${list.map((m) => m.name).join(", ")})`);
      });
      const away = members.filter((m) => homeOf(m) !== system.capability);
      const first = away[0];
      const home = path7.join(model.root, system.capability);
      const moves = [];
      away.forEach((member, i) => {
        const to = folderPlan(plan, member.abs)?.to ?? null;
        if (i > 0) moves.push(", ");
        moves.push("'", folderValue(member.abs), to ? "' to '" : "' into '", folderValue(to ?? home), "'");
      });
      const firstPlan = folderPlan(plan, first.abs);
      report({
        path: first.abs,
        ...firstPlan?.to ? { target: firstPlan.to } : {},
        messageId: "split",
        fixId: "moveMembers",
        data: { system: system.name, count: homes.size, where: textValue(...where), home: folderValue(home), moves: textValue(...moves) },
        cause: firstPlan?.cause ?? void 0,
        key: system.name
      });
    }
  }
});

// rules/structure/stale-doc-path.ts
var stale_doc_path_default = defineRule({
  meta: {
    id: "stale-doc-path",
    group: "structure",
    severity: "warning",
    description: "A document (config docs: globs) that names a services path that does not exist",
    rationale: 'Phase 5 of the migration updates documentation; success means "documentation references consistent (all docs point to same paths)".',
    messages: {
      missing: "'{{path}}' does not exist in the services tree.",
      update: "Update the path (e.g. from `svclint place {{name}}`) or remove the reference."
    }
  },
  check({ report, docReferences }) {
    for (const ref of docReferences()) {
      if (ref.exists) continue;
      report({
        loc: { file: ref.file, line: ref.line, column: ref.column },
        messageId: "missing",
        fixId: "update",
        data: { path: ref.text, name: ref.rel.split("/").pop() ?? ref.rel }
      });
    }
  }
});

// rules/structure/too-deep.ts
var too_deep_default = defineRule({
  meta: {
    id: "too-deep",
    group: "structure",
    severity: "warning",
    description: "A service directory deeper than capability/service/",
    rationale: "Capability grouping adds exactly one level (core-infra/postgres/ vs postgres/); deeper nesting hides services and lengthens compose paths.",
    messages: {
      tooDeep: "Service '{{name}}' is {{depth}} levels deep ('{{folder}}'); services sit at capability/service/.",
      moveTo: "Move it to '{{target}}'.",
      place: "Move it to the capability directory of what it does (`svclint place {{name}}`), one level below it."
    }
  },
  check({ model, report, plan }) {
    for (const dir of model.serviceDirs) {
      if (dir.depth <= 2) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire") continue;
      const to = folder?.fate === "move" ? folder.to : null;
      report({
        path: dir.abs,
        ...to ? { target: to } : {},
        messageId: "tooDeep",
        fixId: to ? "moveTo" : "place",
        data: { name: dir.name, depth: dir.depth, folder: folderValue(dir.abs), target: to ? folderValue(to) : "" },
        cause: folder?.cause ?? void 0
      });
    }
  }
});

// rules/structure/undeclared-capability.ts
var undeclared_capability_default = defineRule({
  meta: {
    id: "undeclared-capability",
    group: "structure",
    severity: "warning",
    description: "A capability directory the policy does not declare",
    rationale: 'The decision tree allows new capability directories ("create a capability-specific directory, e.g. communications/"), but each one is a decision: declare it so the next service has an obvious home.',
    messages: {
      undeclared: "'{{folder}}' is not a declared capability directory (declared: {{declared}}).",
      moveOut: "Its services all belong in declared capabilities: move them ({{moves}}) and remove '{{name}}/'.",
      declare: "Declare it in svclint.config.yaml (capabilities: { {{name}}: { provides: [...], description: ... } }), or move its services into a declared capability."
    }
  },
  check({ model, report, plan }) {
    for (const cap of model.capabilityDirs) {
      if (cap.declared) continue;
      const cause = causeOf(plan, cap.abs)?.key;
      report({
        path: cap.abs,
        messageId: "undeclared",
        fixId: cause ? "moveOut" : "declare",
        data: {
          folder: folderValue(cap.abs),
          declared: [...model.policy.capabilities.keys()].join(", "),
          name: cap.name,
          moves: cause ? movesOutOf(plan, cap.abs).join(", ") : ""
        },
        // When the plan moves every service out of it, it is the cause of those moves.
        cause
      });
    }
  }
});

// rules/database/single-postgres.ts
import path8 from "node:path";
var single_postgres_default = defineRule({
  meta: {
    id: "single-postgres",
    group: "database",
    severity: "error",
    description: "More than one Postgres-family container across active stacks (unless declared in database.isolated), or the shared one outside core-infra/",
    rationale: 'The seed: "One Postgres container, multiple databases" in core-infra/ \u2014 1 Postgres process (~150MB) vs 4 processes (~600MB).',
    messages: {
      outside: "The shared Postgres '{{name}}' runs outside {{capability}}/.",
      moveIt: "Move it, with its init scripts, to '{{target}}' and define it in the {{capability}}/ stack.",
      second: "'{{name}}' is a second Postgres-family container ({{image}}) besides the shared '{{shared}}' ({{sharedAt}}).",
      mergeIntoShared: "Give the data of '{{name}}' a database and role in the shared Postgres (CREATE ROLE \u2026 LOGIN; CREATE DATABASE \u2026 OWNER \u2026; in its init script), point the clients at host '{{host}}', and remove the '{{name}}' container; or declare it in database.isolated with a reason.",
      noneShared: "'{{name}}' is one of {{count}} Postgres-family containers ({{image}}), and none is the shared one.",
      declareShared: "No Postgres is in {{capability}}/ and none is declared the shared one: declare it (database.postgres: { service: NAME } in the config) or keep one in {{capability}}/, then move this one's data there and remove it; or declare it in database.isolated with a reason.",
      secondRelated: "The second Postgres-family container '{{name}}' ({{image}}).",
      sharedRelated: "The shared Postgres '{{shared}}'."
    }
  },
  check(context) {
    const { model, report } = context;
    const { postgres, shared } = model.database;
    const policy = model.policy.database;
    const isolated = (name) => policy.isolated.some((i) => i.service === name && i.reason.trim() !== "");
    const capability = policy.postgres?.capability ?? "core-infra";
    if (shared) {
      const top = path8.relative(model.root, shared.stack.dir).split(path8.sep)[0];
      if (top !== capability && shared.serviceDir?.capability?.name !== capability) {
        const target = path8.join(model.root, capability, policy.postgres?.service ?? "postgres");
        report({
          loc: shared.loc,
          path: shared.stack.file,
          target,
          messageId: "outside",
          fixId: "moveIt",
          data: { name: shared.name, capability, target: folderValue(target) },
          key: shared.name,
          // The placement plan's move of its folder into the capability is this finding's cause.
          cause: moveCause(context, shared, capability)
        });
      }
    }
    for (const service of postgres) {
      if (service === shared || isolated(service.name) || isolated(service.containerName)) continue;
      const loc = service.stack.locate(["services", service.name, "image"]) ?? service.loc;
      const image = String(service.image);
      if (!shared) {
        report({
          loc,
          path: service.stack.file,
          messageId: "noneShared",
          fixId: "declareShared",
          data: { name: service.name, count: postgres.length, image, capability },
          key: service.name,
          cause: removalCause(context, service)
        });
        continue;
      }
      const [blamed, kept] = blameOrder(context, [serviceSide(context, shared, shared.loc), serviceSide(context, service, loc)]);
      const atShared = blamed.item === shared;
      report({
        loc: atShared ? blamed.loc : loc,
        path: atShared ? blamed.path : service.stack.file,
        related: [atShared ? relatedSide(kept, "secondRelated", { name: service.name, image }) : relatedSide(kept, "sharedRelated", { shared: shared.name })],
        key: service.name,
        cause: removalCause(context, service),
        messageId: "second",
        fixId: "mergeIntoShared",
        data: {
          name: service.name,
          image,
          shared: shared.name,
          sharedAt: placeValue(shared.loc, shared.stack.file),
          host: shared.containerName ?? shared.name
        }
      });
    }
  }
});

// rules/database/support.ts
var SQL_KEYWORDS = /* @__PURE__ */ new Set([
  "all",
  "user",
  "public",
  "role",
  "group",
  "order",
  "table",
  "select",
  "grant",
  "database",
  "default",
  "to",
  "from",
  "with",
  "owner"
]);
function sqlIdent(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !SQL_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function ownRole(service) {
  return `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_user`;
}
function roleFor(context, service) {
  return context.allocations(service)[0]?.allocation.role ?? ownRole(service);
}
function databaseFor(context, service, connection) {
  return context.allocations(service)[0]?.allocation.database ?? connection?.database?.value ?? service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}
function sharedConnections(model) {
  return model.database.connections.filter((c) => c.toShared);
}
function initScriptHint(model) {
  const first = model.database.initScripts.find((s) => s.postgres === model.database.shared);
  if (first) return textValue("in '", pathValue(first.file), "'");
  return "in an init script mounted at /docker-entrypoint-initdb.d";
}
function provisionSql(role, database) {
  const r = sqlIdent(role);
  const d = sqlIdent(database);
  return `CREATE ROLE ${r} WITH LOGIN PASSWORD '\u2026'; CREATE DATABASE ${d} OWNER ${r}; REVOKE ALL ON DATABASE ${d} FROM PUBLIC;`;
}
function setPiece(connection, piece, value) {
  const variable = connection[piece]?.variable ?? connection.name;
  return connection.source === "url" ? `Use '${value}' as the ${piece} in ${variable}` : `Set ${variable} to '${value}'`;
}
function initScriptLoc(model) {
  const shared = model.database.shared;
  if (!shared) return null;
  const mount = model.database.initMounts.find((m) => m.postgres === shared && m.files.length > 0) ?? model.database.initMounts.find((m) => m.postgres === shared);
  return mount?.loc ?? shared.loc;
}

// rules/database/postgres-superuser.ts
var postgres_superuser_default = defineRule({
  meta: {
    id: "postgres-superuser",
    group: "database",
    severity: "error",
    description: "A service that connects to the shared Postgres as its superuser (postgres or the POSTGRES_USER value)",
    rationale: 'The seed: "Role isolation (prevent cross-service access)" \u2014 every service logs in with its own role, never the superuser.',
    messages: {
      superuser: "'{{service}}' connects to the shared Postgres as the superuser '{{user}}' ({{variable}}).",
      ownRole: "{{setUser}}; create the role {{where}} if it does not exist ({{sql}}){{tableHint}}."
    }
  },
  check(context) {
    const { model, report } = context;
    const superusers = new Set(model.database.superusers);
    for (const connection of sharedConnections(model)) {
      const user = connection.user?.value;
      if (!user || !superusers.has(user)) continue;
      const service = connection.service;
      const role = roleFor(context, service);
      const database = databaseFor(context, service, connection);
      const allocated = context.allocations(service).length > 0;
      const tableHint = !allocated && model.policy.database.allocations.length > 0 ? ` and add { service: ${[...context.serviceNames(service)][0]}, database: ${database}, role: ${role} } to database.allocations` : "";
      report({
        loc: connection.user.loc ?? service.loc,
        path: service.stack.file,
        messageId: "superuser",
        fixId: "ownRole",
        data: {
          service: service.name,
          user,
          variable: connection.user.variable,
          setUser: setPiece(connection, "user", role),
          where: initScriptHint(model),
          sql: provisionSql(role, database),
          tableHint
        }
      });
    }
  }
});

// rules/database/shared-db-role.ts
var shared_db_role_default = defineRule({
  meta: {
    id: "shared-db-role",
    group: "database",
    severity: "error",
    description: "Two services that use the same role, unless the allocation table gives them the same database and role",
    rationale: 'The seed: "Security: Mitigated by separate database users (SQL-level isolation)" \u2014 a shared role defeats it.',
    messages: {
      sharedRole: "'{{service}}' logs in as '{{role}}', the role '{{owner}}' also uses ({{ownerAt}}); either can reach the other's data.",
      ownRoleAndDatabase: "{{where}}{{setUser}} and give it its own database: {{sql}}",
      alsoLogsIn: "'{{service}}' logs in as '{{role}}' too."
    }
  },
  check(context) {
    const { model, report } = context;
    const superusers = new Set(model.database.superusers);
    const byRole = /* @__PURE__ */ new Map();
    for (const connection of sharedConnections(model)) {
      const role = connection.user?.value;
      if (!role || superusers.has(role)) continue;
      byRole.set(role, [...byRole.get(role) ?? [], connection]);
    }
    for (const [role, connections] of byRole) {
      const services = [...new Set(connections.map((c) => c.service))];
      if (services.length < 2) continue;
      const entitled = (s) => context.allocations(s).filter((a) => a.allocation.role === role);
      const owner = services.find((s) => entitled(s).length > 0) ?? services[0];
      const ownerConnection = connections.find((c) => c.service === owner);
      for (const service of services) {
        if (service === owner) continue;
        const own = context.allocations(service);
        if (own.length > 0 && own.every((a) => a.allocation.role !== role)) continue;
        const ownerDatabases = new Set(entitled(owner).map((a) => a.allocation.database));
        if (entitled(service).some((a) => ownerDatabases.has(a.allocation.database))) continue;
        const connection = connections.find((c) => c.service === service);
        const wanted = entitled(service).length > 0 ? ownRole(service) : roleFor(context, service);
        const database = databaseFor(context, service, connection);
        const [blamed, kept] = blameOrder(context, [
          serviceSide(context, owner, ownerConnection.user.loc ?? owner.loc),
          serviceSide(context, service, connection.user.loc ?? service.loc, ["not-allocated"])
        ]);
        report({
          loc: blamed.loc,
          path: blamed.path,
          related: [relatedSide(kept, "alsoLogsIn", { service: kept.item.name, role })],
          key: `${role}:${service.name}`,
          cause: removalCause(context, service),
          messageId: "sharedRole",
          fixId: "ownRoleAndDatabase",
          data: {
            service: service.name,
            role,
            owner: owner.name,
            ownerAt: placeValue(ownerConnection.user.loc, owner.stack.file),
            where: blamed.item === service ? "" : textValue(`In '${service.name}' (`, placeValue(connection.user.loc, service.stack.file), "): "),
            setUser: setPiece(connection, "user", wanted),
            sql: provisionSql(wanted, database)
          }
        });
      }
    }
  }
});

// rules/database/db-allocation.ts
var db_allocation_default = defineRule({
  meta: {
    id: "db-allocation",
    group: "database",
    severity: "error",
    description: "A service whose database, role or host differs from the allocation table, or that uses the shared Postgres with no allocation entry",
    rationale: "The seed keeps a Database Allocation Table: which service owns which database on which container. The compose files must agree with it.",
    messages: {
      noEntry: "'{{service}}' uses the shared Postgres ({{variable}}) but has no entry in database.allocations.",
      addEntry: "Add { service: {{name}}, database: {{database}}, role: {{role}} } to database.allocations in {{config}}.",
      otherHost: "'{{service}}' connects to host '{{host}}', not the shared Postgres '{{shared}}' its allocation ({{database}}/{{role}}) is on.",
      otherDatabase: "'{{service}}' uses database '{{database}}', but the allocation table gives it '{{allocated}}'.",
      otherRole: "'{{service}}' logs in as '{{role}}', but the allocation table gives it role '{{allocated}}'.",
      setIt: "{{set}}.",
      setItOrTable: "{{set}} (or change its entry in database.allocations)."
    }
  },
  check(context) {
    const { model, report } = context;
    const { allocations } = model.policy.database;
    const shared = model.database.shared;
    if (allocations.length === 0 || !shared) return;
    const superusers = new Set(model.database.superusers);
    const sharedHost = shared.containerName ?? shared.name;
    const servicesByRole = /* @__PURE__ */ new Map();
    for (const c of model.database.connections) {
      if (c.toShared && c.user?.value) servicesByRole.set(c.user.value, (servicesByRole.get(c.user.value) ?? /* @__PURE__ */ new Set()).add(c.service));
    }
    const byService = /* @__PURE__ */ new Map();
    for (const c of model.database.connections) byService.set(c.service, [...byService.get(c.service) ?? [], c]);
    for (const [service, connections] of byService) {
      const entries = context.allocations(service).map((e) => e.allocation);
      if (entries.length === 0) {
        const connection = connections.find((c) => c.toShared);
        if (!connection) continue;
        const role = connection.user?.value ?? null;
        if (role && (superusers.has(role) || (servicesByRole.get(role)?.size ?? 0) > 1)) continue;
        report({
          loc: connection.host?.loc ?? service.loc,
          path: service.stack.file,
          messageId: "noEntry",
          fixId: "addEntry",
          data: {
            service: service.name,
            variable: connection.host?.variable ?? connection.name,
            name: [...context.serviceNames(service)][0],
            database: databaseFor(context, service, connection),
            role: role ?? roleFor(context, service),
            config: model.policy.configFile ? pathValue(model.policy.configFile) : "?"
          }
        });
        continue;
      }
      for (const connection of connections) {
        if (connection.host?.value && !connection.toShared) {
          report({
            loc: connection.host.loc ?? service.loc,
            path: service.stack.file,
            messageId: "otherHost",
            fixId: "setIt",
            data: {
              service: service.name,
              host: connection.host.value,
              shared: sharedHost,
              database: entries[0].database,
              role: entries[0].role,
              set: setPiece(connection, "host", sharedHost)
            }
          });
          continue;
        }
        if (!connection.toShared) continue;
        const database = connection.database?.value ?? null;
        const entry = entries.find((e) => e.database === database) ?? entries[0];
        if (database !== null && !entries.some((e) => e.database === database)) {
          report({
            loc: connection.database.loc ?? service.loc,
            path: service.stack.file,
            messageId: "otherDatabase",
            fixId: "setItOrTable",
            data: { service: service.name, database, allocated: entry.database, set: setPiece(connection, "database", entry.database) }
          });
        }
        const role = connection.user?.value ?? null;
        if (role !== null && !superusers.has(role) && role !== entry.role) {
          report({
            loc: connection.user.loc ?? service.loc,
            path: service.stack.file,
            messageId: "otherRole",
            fixId: "setItOrTable",
            data: { service: service.name, role, allocated: entry.role, set: setPiece(connection, "user", entry.role) }
          });
        }
      }
    }
  }
});

// rules/database/unused-allocation.ts
var unused_allocation_default = defineRule({
  meta: {
    id: "unused-allocation",
    group: "database",
    severity: "warning",
    description: "An allocation entry no service uses",
    rationale: "The allocation table documents what runs; an entry for a service that does not connect is stale (or the service is not wired up yet).",
    messages: {
      noService: "Allocation '{{service}}' (database {{database}}, role {{role}}) names no active compose service.",
      fixName: "Remove the entry, or fix its service name to the compose service that uses database '{{database}}'.",
      noConnection: "Allocation '{{service}}' (database {{database}}, role {{role}}): the service has no Postgres connection in its environment.",
      connectIt: "Point '{{service}}' at the shared Postgres (e.g. DATABASE_URL=postgresql://{{role}}:${\u2026}@{{host}}:5432/{{database}}), or remove the entry."
    }
  },
  check(context) {
    const { model, report } = context;
    const active = model.services.filter((s) => !s.stack.archived);
    const byName = /* @__PURE__ */ new Map();
    for (const service of active) {
      for (const name of context.serviceNames(service)) {
        const services = byName.get(name);
        if (services) services.push(service);
        else byName.set(name, [service]);
      }
    }
    const connected = new Set(model.database.connections.map((c) => c.service));
    model.policy.database.allocations.forEach((entry, index) => {
      const services = byName.get(entry.service) ?? [];
      if (services.some((service) => connected.has(service))) return;
      const loc = model.policy.locate(["database", "allocations", index]);
      const none = services.length === 0;
      report({
        loc,
        path: loc?.file ?? model.policy.configFile ?? model.root,
        messageId: none ? "noService" : "noConnection",
        fixId: none ? "fixName" : "connectIt",
        data: {
          service: entry.service,
          database: entry.database,
          role: entry.role,
          host: model.database.shared?.containerName ?? model.database.shared?.name ?? "postgres"
        }
      });
    });
  }
});

// rules/database/initdb-missing.ts
var initdb_missing_default = defineRule({
  meta: {
    id: "initdb-missing",
    group: "database",
    severity: "error",
    description: "An allocated database or role that the init scripts (mounted at /docker-entrypoint-initdb.d) never create",
    rationale: 'The seed: "Databases created via init script" \u2014 each allocated database and role must exist when the shared Postgres first starts.',
    messages: {
      stops: "Init script {{verb}}: {{error}}. The image stops at the first error: nothing after it runs, so what follows is never created.",
      fixStatement: "Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it, or use svclint --initdb-exec).",
      scriptError: "Init script error: {{error}}. The image stops at the first error, so nothing after it is created.",
      fixScriptError: "Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it).",
      uncommitted: "BEGIN without COMMIT: {{error}}, so none of it is created.",
      addCommit: "Add COMMIT; after the statements of this transaction.",
      missingRole: "Role '{{role}}' (allocated to {{service}}) {{absent}}.",
      createRole: "{{verb}} {{into}}: CREATE ROLE {{sqlRole}} WITH LOGIN PASSWORD '\u2026';",
      noLogin: "Role '{{role}}' (allocated to {{service}}) is created without LOGIN, so the service cannot log in with it.",
      addLogin: "Write CREATE ROLE {{sqlRole}} WITH LOGIN \u2026 (or add ALTER ROLE {{sqlRole}} LOGIN;).",
      missingDatabase: "Database '{{database}}' (allocated to {{service}}) {{absent}}.",
      createDatabase: "{{verb}} {{into}}: CREATE DATABASE {{sqlDatabase}} OWNER {{sqlRole}}; REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC;"
    }
  },
  check({ model, report }) {
    const { shared, matrix } = model.database;
    if (!shared || !matrix) return;
    const scripts = model.database.initScripts.filter((s) => s.postgres === shared);
    const mounts = model.database.initMounts.filter((m) => m.postgres === shared);
    const reported = /* @__PURE__ */ new Set();
    const at = (loc2) => `${loc2.file}:${loc2.line}:${loc2.column}`;
    if (matrix.stop) {
      reported.add(at(matrix.stop.loc));
      report({
        loc: matrix.stop.loc,
        messageId: "stops",
        fixId: "fixStatement",
        data: { verb: matrix.source === "server" ? "fails on a real server (--initdb-exec)" : "fails", error: matrix.stop.message }
      });
    }
    for (const { script } of scripts) {
      if (script.kind === "ignored" || script.kind === "unsupported" || script.errors.length === 0) continue;
      const inRuns = new Set(script.runs.flatMap((run) => run.steps.filter((s) => s.kind === "syntax-error").map((s) => at(s.loc))));
      const firsts = new Set(
        script.runs.map((run) => run.steps.find((s) => s.kind === "syntax-error")).filter((s) => s !== void 0).map((s) => at(s.loc))
      );
      for (const error of script.errors) {
        if (reported.has(at(error.loc)) || inRuns.has(at(error.loc)) && !firsts.has(at(error.loc))) continue;
        reported.add(at(error.loc));
        report({ loc: error.loc, messageId: "scriptError", fixId: "fixScriptError", data: { error: error.message } });
      }
    }
    for (const lost of matrix.lost) report({ loc: lost.loc, messageId: "uncommitted", fixId: "addCommit", data: { error: lost.message } });
    const allocations = model.policy.database.allocations;
    if (allocations.length === 0) return;
    const unknowable = matrix.unevaluated.length > 0 || mounts.some((m) => m.kind === "volume");
    if (unknowable) return;
    const mount = mounts.find((m) => m.files.length > 0) ?? mounts[0] ?? null;
    const loc = mount?.loc ?? shared.loc;
    const firstScript = scripts[0]?.file;
    const audit = model.database.audit !== void 0;
    const into = audit ? "on the server" : firstScript ? textValue("to '", pathValue(firstScript), "'") : "to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'";
    const skipped = [];
    mounts.flatMap((m) => m.skippedDirs).forEach((d, i) => skipped.push(...i > 0 ? [", "] : [], pathValue(d)));
    const absent = audit ? "does not exist on the server" : skipped.length > 0 ? textValue("is never created by the shared Postgres's init scripts (the image does not run scripts inside sub-directories: ", ...skipped, ")") : "is never created by the shared Postgres's init scripts";
    const verb = audit ? "Run" : "Add";
    const seenDb = /* @__PURE__ */ new Set();
    const seenRole = /* @__PURE__ */ new Set();
    const createdRoles = new Map(matrix.roles.filter((r) => r.created).map((r) => [r.name, r]));
    const createdDatabases = new Set(matrix.databases.filter((d) => d.created).map((d) => d.name));
    for (const entry of allocations) {
      if (!seenRole.has(entry.role)) {
        seenRole.add(entry.role);
        const role = createdRoles.get(entry.role);
        if (!role) {
          report({
            loc,
            path: shared.stack.file,
            messageId: "missingRole",
            fixId: "createRole",
            data: { role: entry.role, service: entry.service, absent, verb, into, sqlRole: sqlIdent(entry.role) }
          });
        } else if (!role.login && !role.superuser) {
          report({
            loc: role.createdAt ?? loc,
            messageId: "noLogin",
            fixId: "addLogin",
            data: { role: entry.role, service: entry.service, sqlRole: sqlIdent(entry.role) }
          });
        }
      }
      if (!seenDb.has(entry.database)) {
        seenDb.add(entry.database);
        if (!createdDatabases.has(entry.database)) {
          report({
            loc,
            path: shared.stack.file,
            messageId: "missingDatabase",
            fixId: "createDatabase",
            data: {
              database: entry.database,
              service: entry.service,
              absent,
              verb,
              into,
              sqlDatabase: sqlIdent(entry.database),
              sqlRole: sqlIdent(entry.role)
            }
          });
        }
      }
    }
  }
});

// rules/database/initdb-public-connect.ts
var initdb_public_connect_default = defineRule({
  meta: {
    id: "initdb-public-connect",
    group: "database",
    severity: "error",
    description: "A database created without REVOKE ALL (or CONNECT) ON DATABASE \u2026 FROM PUBLIC: every role can connect to it by default",
    rationale: `Postgres grants CONNECT on a new database to PUBLIC; the seed's "Role isolation (prevent cross-service access)" holds only once it is revoked.`,
    messages: {
      openOnServer: "Database '{{database}}' is open to PUBLIC: every role can connect to it.",
      revokeOnServer: "Run: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC; (then GRANT CONNECT to its own role if it needs one).",
      reopened: "GRANT \u2026 TO PUBLIC on database '{{database}}' lets every role connect to it.",
      removeGrant: "Remove this GRANT and grant CONNECT to the database's own role only.",
      byEntrypoint: "Database '{{database}}' (POSTGRES_DB, created by the image before the init scripts run) is open to PUBLIC: every role can connect to it.",
      revokeInScript: "Add to an init script: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC;",
      notRevoked: "Database '{{database}}' is created without revoking PUBLIC's CONNECT: every role can connect to it.",
      revokeAfter: "Add after it: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC;"
    }
  },
  check({ model, report, envValue }) {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const postgresDb = model.database.shared ? envValue(model.database.shared, "POSTGRES_DB") : null;
    for (const database of matrix.databases) {
      if (!database.created || !database.createdAt) continue;
      const answer = matrix.publicConnect(database.name);
      if (!answer.allowed) continue;
      const data = { database: database.name, sqlDatabase: sqlIdent(database.name) };
      if (model.database.audit) {
        report({ loc: database.createdAt, messageId: "openOnServer", fixId: "revokeOnServer", data });
        continue;
      }
      if (answer.changedAt !== null) report({ loc: answer.changedAt, messageId: "reopened", fixId: "removeGrant", data });
      else if (database.name === postgresDb) report({ loc: database.createdAt, messageId: "byEntrypoint", fixId: "revokeInScript", data });
      else report({ loc: database.createdAt, messageId: "notRevoked", fixId: "revokeAfter", data });
    }
  }
});

// rules/database/initdb-cross-grant.ts
function ownership(model) {
  const rolesOf = /* @__PURE__ */ new Map();
  const servicesOf = /* @__PURE__ */ new Map();
  const serviceRoles = /* @__PURE__ */ new Map();
  const add = (database, role, service) => {
    rolesOf.set(database, (rolesOf.get(database) ?? /* @__PURE__ */ new Set()).add(role));
    servicesOf.set(database, (servicesOf.get(database) ?? /* @__PURE__ */ new Set()).add(service));
    serviceRoles.set(role, (serviceRoles.get(role) ?? /* @__PURE__ */ new Set()).add(service));
  };
  const { allocations } = model.policy.database;
  const superusers = new Set(model.database.superusers);
  if (allocations.length > 0) {
    for (const a of allocations) add(a.database, a.role, a.service);
  } else {
    for (const c of model.database.connections) {
      const role = c.user?.value;
      const database = c.database?.value;
      if (c.toShared && role && database && !superusers.has(role)) add(database, role, c.service.name);
    }
  }
  for (const c of model.database.connections) {
    const role = c.user?.value;
    if (c.toShared && role && !superusers.has(role) && !serviceRoles.has(role)) serviceRoles.set(role, /* @__PURE__ */ new Set([c.service.name]));
  }
  return { rolesOf, servicesOf, serviceRoles };
}
var initdb_cross_grant_default = defineRule({
  meta: {
    id: "initdb-cross-grant",
    group: "database",
    severity: "error",
    description: "A role other than a database's allocated role (including roles not in the table, and superuser service roles) that holds a privilege on it (CONNECT, CREATE, TEMP, ownership, membership)",
    rationale: `The seed: "Role isolation (prevent cross-service access)": a role reaches its own service's database only.`,
    messages: {
      superuserRole: "Service role {{role}} is a superuser: it can reach every database on the shared Postgres.",
      removeSuperuser: "Remove SUPERUSER here (or add: ALTER ROLE {{sqlRole}} NOSUPERUSER;) and give it its own database's privileges only.",
      crossGrant: "Role {{role}} {{what}} database '{{database}}', which is {{owners}}.",
      ownOwner: "Make the database's own role its owner: ALTER DATABASE {{sqlDatabase}} OWNER TO {{sqlOwn}};",
      someOwner: "Give the database an owner role of its own: ALTER DATABASE {{sqlDatabase}} OWNER TO <its role>;",
      revokeMembership: "Remove the membership that gives '{{holder}}' the access: REVOKE {{sqlThrough}} FROM {{sqlRole}};",
      revokeGrant: "Remove this grant, or add: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM {{sqlRole}};"
    }
  },
  check({ model, report }) {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const { rolesOf, servicesOf, serviceRoles } = ownership(model);
    const fallback = initScriptLoc(model);
    const describe2 = (role) => {
      const services = serviceRoles.get(role);
      return services ? `'${role}' (${[...services].join(", ")})` : `'${role}'`;
    };
    for (const role of matrix.roles) {
      if (!role.superuser || role.name === matrix.superuser || !serviceRoles.has(role.name)) continue;
      report({
        loc: role.superuserAt ?? role.createdAt ?? fallback,
        messageId: "superuserRole",
        fixId: "removeSuperuser",
        data: { role: describe2(role.name), sqlRole: sqlIdent(role.name) }
      });
    }
    const roleByName = /* @__PURE__ */ new Map();
    for (const role of matrix.roles) if (!roleByName.has(role.name)) roleByName.set(role.name, role);
    for (const database of matrix.databases) {
      if (!database.created) continue;
      const allocated = rolesOf.get(database.name);
      for (const holder of matrix.holders(database.name)) {
        const role = roleByName.get(holder.role);
        if (role?.superuser) continue;
        if (allocated ? allocated.has(holder.role) : !serviceRoles.has(holder.role)) continue;
        const what = holder.via === "owner" ? "owns" : holder.via === "membership" ? `reaches (as a member of '${holder.through}')` : `holds ${holder.privileges.map((p) => p.toUpperCase()).join(", ") || "privileges"} on`;
        const own = allocated ? [...allocated][0] : null;
        report({
          loc: holder.loc ?? fallback,
          messageId: "crossGrant",
          fixId: holder.via === "owner" ? own ? "ownOwner" : "someOwner" : holder.via === "membership" ? "revokeMembership" : "revokeGrant",
          data: {
            role: describe2(holder.role),
            what,
            database: database.name,
            owners: allocated ? `allocated to ${[...servicesOf.get(database.name) ?? []].join(", ")}` : "not allocated to it",
            sqlDatabase: sqlIdent(database.name),
            sqlOwn: own ? sqlIdent(own) : "",
            holder: holder.role,
            sqlThrough: holder.through ? sqlIdent(holder.through) : "",
            sqlRole: sqlIdent(holder.role)
          }
        });
      }
    }
  }
});

// rules/database/initdb-env-placeholder.ts
var initdb_env_placeholder_default = defineRule({
  meta: {
    id: "initdb-env-placeholder",
    group: "database",
    severity: "error",
    description: "${VAR} in a .sql init file: the image does not interpolate .sql files, so the literal text becomes the password",
    rationale: "The seed's init script writes PASSWORD '${N8N_DB_PASSWORD}' in SQL; psql sends it as is, and the role's password is that text.",
    messages: {
      inSql: "'${{{name}}}' in a .{{kind}} init script is not interpolated: Postgres receives the text '${{{name}}}' itself (as the password, if it is one).",
      useGetenv: "Read it from the container's environment with psql: add '\\getenv {{psqlVar}} {{name}}' before the statement and write :'{{psqlVar}}' instead of '${{{name}}}' (pass {{name}} in the postgres service's environment); or move the statement to a .sh script with an unquoted here-document.",
      inShell: "'${{{name}}}' is in a quoted here-document or single-quoted argument: the shell does not expand it, so Postgres receives the text itself.",
      unquote: "Use an unquoted here-document (<<EOSQL, not <<'EOSQL') or double quotes so the shell expands ${{{name}}} (pass {{name}} in the postgres service's environment)."
    }
  },
  check({ model, report }) {
    for (const { script } of model.database.initScripts) {
      if (script.kind !== "sql" && script.kind !== "sql.gz" && script.kind !== "sh") continue;
      for (const placeholder of script.placeholders) {
        const inSql = script.kind !== "sh";
        report({
          loc: placeholder.loc,
          messageId: inSql ? "inSql" : "inShell",
          fixId: inSql ? "useGetenv" : "unquote",
          data: { name: placeholder.name, kind: script.kind, psqlVar: placeholder.name.toLowerCase() }
        });
      }
    }
  }
});

// rules/database/initdb-unevaluated.ts
var initdb_unevaluated_default = defineRule({
  meta: {
    id: "initdb-unevaluated",
    group: "database",
    severity: "warning",
    description: "An init-script statement whose effect svclint cannot know without running it (dynamic SQL, \\gexec with format(), \\if, \\i, SQL in shell variables): run with --initdb-exec",
    rationale: "The database rules judge what the init scripts do; where that cannot be known statically, svclint says so instead of guessing.",
    messages: {
      unevaluated: "svclint cannot evaluate this statically: {{reason}}. The database rules do not count what it does.",
      runExec: "Run svclint --initdb-exec to execute the init scripts in a throwaway PostgreSQL and judge the database rules on the real catalog (it runs the repository's scripts)."
    }
  },
  check({ model, report }) {
    const matrix = model.database.matrix;
    if (!matrix) return;
    for (const item of matrix.unevaluated) report({ loc: item.loc, messageId: "unevaluated", fixId: "runExec", data: { reason: item.reason } });
  }
});

// rules/database/plaintext-secret.ts
var plaintext_secret_default = defineRule({
  meta: {
    id: "plaintext-secret",
    group: "database",
    severity: "error",
    description: "A literal password, token or key in a compose file or init script (use ${VAR}, env_file or *_FILE secrets)",
    rationale: "The seed keeps every password as ${VAR} (POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}); a literal in a tracked file is a leaked secret.",
    messages: {
      urlPassword: "{{variable}} of '{{service}}' holds a URL with a literal password.",
      urlVariable: "Write the password as ${{{variable}}_PASSWORD} (or another variable) and set it in the stack's .env, which stays out of git.",
      literal: "{{variable}} of '{{service}}' is a literal secret in the compose file.",
      useVariable: "Write {{variable}}: ${{{variable}}} and set it in the stack's .env (kept out of git), or use {{variable}}_FILE with a Docker secret where the image supports it.",
      scriptPassword: "The password of role '{{role}}' is written literally in the init script.",
      shellVariable: "Use a variable from the container's environment: PASSWORD '${{{env}}}' in an unquoted here-document, with {{env}} passed in the postgres service's environment.",
      psqlGetenv: "Read it with psql: '\\getenv {{role}}_password {{env}}' and PASSWORD :'{{role}}_password', with {{env}} passed in the postgres service's environment."
    }
  },
  check({ model, report, valueLoc }) {
    for (const service of model.services) {
      for (const variable of service.environment) {
        if (variable.envFile) continue;
        const raw = variable.raw;
        if (raw === null) continue;
        const data = { variable: variable.name, service: service.name };
        const urlAt = urlPasswordOffset(raw);
        if (urlAt >= 0) {
          report({ loc: valueLoc(service, variable, urlAt) ?? service.loc, path: service.stack.file, messageId: "urlPassword", fixId: "urlVariable", data });
          continue;
        }
        if (!isSecretName(variable.name) || !isLiteralSecret(raw)) continue;
        report({ loc: valueLoc(service, variable) ?? service.loc, path: service.stack.file, messageId: "literal", fixId: "useVariable", data });
      }
    }
    for (const { script } of model.database.initScripts) {
      if (script.kind !== "sql" && script.kind !== "sql.gz" && script.kind !== "sh") continue;
      for (const literal of script.literalPasswords) {
        report({
          loc: literal.loc,
          messageId: "scriptPassword",
          fixId: script.kind === "sh" ? "shellVariable" : "psqlGetenv",
          data: { role: literal.role, env: `${literal.role.toUpperCase()}_PASSWORD` }
        });
      }
    }
  }
});

// rules/database/isolated-store.ts
var isolated_store_default = defineRule({
  meta: {
    id: "isolated-store",
    group: "database",
    severity: "error",
    description: "A vector or graph store that is not isolated: vector/graph data in the shared Postgres, or a store sharing a container or volume with another service",
    rationale: 'The seed: Qdrant (vector) and Neo4j (graph) are "Isolated \u2705" \u2014 different resource profile and query patterns than Postgres OLTP.',
    messages: {
      vectorImage: "The shared Postgres runs {{image}} ({{product}}): vector/graph data would live in the operational database.",
      plainImage: "Use the plain image (e.g. postgres:16-alpine) for the shared Postgres and run the vector store in its own container (e.g. qdrant/qdrant in memory-orchestration/qdrant/).",
      extension: "CREATE EXTENSION {{extension}} puts {{product}} vector/graph data in the shared Postgres.",
      removeExtension: "Remove this statement and keep the {{keep}}.",
      sharedContainer: "{{product}} ('{{service}}') shares a container with '{{other}}' ({{how}}).",
      ownContainer: "Give '{{service}}' its own container: remove {{how}} and connect over the network instead.",
      otherSide: "'{{service}}' is the other side of {{how}}.",
      sharedVolume: "{{product}} ('{{service}}') shares {{mount}} with '{{other}}' ({{otherAt}}).",
      ownVolume: "Give '{{service}}' a volume of its own (e.g. {{service}}_data:{{target}}) and keep '{{other}}' off it.",
      sameData: "'{{service}}' mounts the same data."
    }
  },
  check(context) {
    const { model, report } = context;
    const { shared, matrix } = model.database;
    if (shared) {
      const product = postgresVectorProduct(shared.image);
      if (product) {
        report({
          loc: shared.stack.locate(["services", shared.name, "image"]) ?? shared.loc,
          path: shared.stack.file,
          messageId: "vectorImage",
          fixId: "plainImage",
          data: { image: String(shared.image), product }
        });
      }
      for (const database of matrix?.databases ?? []) {
        for (const extension of database.extensions) {
          const name = VECTOR_GRAPH_EXTENSIONS.get(extension.name);
          if (!name) continue;
          report({
            loc: extension.loc,
            messageId: "extension",
            fixId: "removeExtension",
            data: {
              extension: extension.name,
              product: name,
              keep: extension.name === "age" ? "graph in its own store (e.g. neo4j)" : "embeddings in their own store (e.g. qdrant)"
            }
          });
        }
      }
    }
    const stores = model.database.stores.filter((s) => s.kind === "vector" || s.kind === "graph");
    const storeServices = new Set(stores.map((s) => s.service));
    const reportedPairs = /* @__PURE__ */ new Set();
    for (const store of stores) {
      const service = store.service;
      for (const other of model.services) {
        if (other === service || other.stack.archived) continue;
        const link = containerLink(service, other);
        if (!link) continue;
        const pair = [service.name, other.name, service.stack.file, other.stack.file].join("|");
        if (reportedPairs.has(pair)) continue;
        reportedPairs.add(pair);
        const holder = link.at;
        const peer = holder === service ? other : service;
        const [blamed, kept] = blameOrder(context, [serviceSide(context, peer, peer.loc), serviceSide(context, holder, link.loc ?? holder.loc)]);
        report({
          loc: blamed.loc,
          path: blamed.path,
          related: [relatedSide(kept, "otherSide", { service: kept.item.name, how: link.how })],
          key: `container:${service.name}:${other.name}`,
          cause: removalCause(context, blamed.item),
          messageId: "sharedContainer",
          fixId: "ownContainer",
          data: { product: store.product, service: service.name, other: other.name, how: link.how }
        });
      }
      for (const mount of model.database.volumes.filter((v) => v.service === service)) {
        for (const other of model.database.volumes) {
          if (other.service === service || !sameData(mount, other) || mount.readOnly && other.readOnly) continue;
          const key = [mount.loc?.file, mount.loc?.line, other.service.name].join("|");
          const reverse = [other.loc?.file, other.loc?.line, service.name].join("|");
          if (reportedPairs.has(key) || storeServices.has(other.service) && reportedPairs.has(reverse)) continue;
          reportedPairs.add(key);
          const [blamed, kept] = blameOrder(context, [
            serviceSide(context, other.service, other.loc ?? other.service.loc),
            serviceSide(context, service, mount.loc ?? service.loc)
          ]);
          report({
            loc: blamed.loc,
            path: blamed.path,
            related: [relatedSide(kept, "sameData", { service: kept.item.name })],
            key: `volume:${service.name}:${mount.source}`,
            cause: removalCause(context, blamed.item),
            messageId: "sharedVolume",
            fixId: "ownVolume",
            data: {
              product: store.product,
              service: service.name,
              mount: describe(mount),
              other: other.service.name,
              otherAt: placeValue(other.loc, other.service.stack.file),
              target: mount.target
            }
          });
        }
      }
    }
  }
});
function describe(mount) {
  return mount.kind === "volume" ? `volume '${mount.source}'` : `bind path '${mount.source}'`;
}
function containerLink(store, other) {
  const names = (s) => [`service:${s.name}`, ...s.containerName ? [`container:${s.containerName}`] : []];
  for (const [from, to] of [
    [other, store],
    [store, other]
  ]) {
    if (from.stack !== to.stack && !names(to).some((n) => n.startsWith("container:"))) continue;
    const mode = from.resolved.network_mode;
    if (typeof mode === "string" && names(to).includes(mode) && (mode.startsWith("container:") || from.stack === to.stack)) {
      return { how: `network_mode: ${mode} on '${from.name}'`, loc: from.stack.locate(["services", from.name, "network_mode"]), at: from };
    }
    const volumesFrom = from.resolved.volumes_from;
    if (Array.isArray(volumesFrom)) {
      const index = volumesFrom.findIndex((v) => {
        const ref = String(v).split(":")[0];
        return from.stack === to.stack && ref === to.name || ref === `container:${to.containerName}` || ref === `service:${to.name}`;
      });
      if (index >= 0) return { how: `volumes_from on '${from.name}'`, loc: from.stack.locate(["services", from.name, "volumes_from", index]), at: from };
    }
  }
  return null;
}

// rules/database/single-cache.ts
import path9 from "node:path";
var CORE = "core-infra";
var single_cache_default = defineRule({
  meta: {
    id: "single-cache",
    group: "database",
    severity: "warning",
    description: "More than one Valkey/Redis-compatible cache, or the shared one outside core-infra/",
    rationale: 'The seed: "Valkey (Cache) \u2014 Shared \u2705 \u2014 Lightweight, key-value only", one instance in core-infra/valkey/.',
    messages: {
      noneShared: "'{{service}}' is one of {{count}} {{kind}} caches, and none is the shared one in {{core}}/.",
      keepOne: "Keep one shared cache in '{{target}}' and point this service at it (a database number or key prefix of its own, e.g. redis://valkey:6379/1), then remove this container.",
      outside: "The shared cache '{{service}}' ({{product}}) runs outside {{core}}/.",
      moveIt: "Move it to '{{target}}' and define it in the {{core}}/ stack.",
      another: "'{{service}}' is another {{product}} cache besides the shared '{{shared}}' ({{sharedAt}}).",
      useShared: "Point '{{service}}''s clients at the shared cache with a database number or key prefix of its own (e.g. redis://{{host}}:6379/1) and remove the '{{service}}' container.",
      sharedRelated: "The shared cache '{{shared}}'.",
      otherRelated: "The other {{product}} cache '{{service}}'."
    }
  },
  check(context) {
    const { model, report } = context;
    const caches = model.database.stores.filter((s) => s.kind === "cache");
    if (caches.length === 0) return;
    const inCore = (s) => path9.relative(model.root, s.stack.dir).split(path9.sep)[0] === CORE;
    const shared = caches.find((c) => inCore(c.service)) ?? (caches.length === 1 ? caches[0] : null);
    if (!shared) {
      for (const cache of caches) {
        const service = cache.service;
        report({
          loc: service.stack.locate(["services", service.name, "image"]) ?? service.loc,
          path: service.stack.file,
          messageId: "noneShared",
          fixId: "keepOne",
          data: {
            service: service.name,
            count: caches.length,
            kind: cache.product === "redis" ? "Redis" : "Valkey/Redis",
            core: CORE,
            target: folderValue(path9.join(model.root, CORE, "valkey"))
          }
        });
      }
      return;
    }
    if (!inCore(shared.service)) {
      const target = path9.join(model.root, CORE, shared.product === "redis" ? "redis" : "valkey");
      report({
        loc: shared.service.loc,
        path: shared.service.stack.file,
        target,
        messageId: "outside",
        fixId: "moveIt",
        data: { service: shared.service.name, product: shared.product, core: CORE, target: folderValue(target) },
        key: shared.service.name,
        // The placement plan's move of its folder into core-infra/ is this finding's cause.
        cause: moveCause(context, shared.service, CORE)
      });
    }
    for (const cache of caches) {
      if (cache === shared) continue;
      const service = cache.service;
      const loc = service.stack.locate(["services", service.name, "image"]) ?? service.loc;
      const [blamed, kept] = blameOrder(context, [serviceSide(context, shared.service, shared.service.loc), serviceSide(context, service, loc)]);
      report({
        loc: blamed.loc,
        path: blamed.path,
        related: [
          kept.item === shared.service ? relatedSide(kept, "sharedRelated", { shared: shared.service.name }) : relatedSide(kept, "otherRelated", { product: cache.product, service: service.name })
        ],
        key: service.name,
        cause: removalCause(context, service),
        messageId: "another",
        fixId: "useShared",
        data: {
          service: service.name,
          product: cache.product,
          shared: shared.service.name,
          sharedAt: placeValue(shared.service.loc, shared.service.stack.file),
          host: shared.service.containerName ?? shared.service.name
        }
      });
    }
  }
});

// rules/compose/compose-parse.ts
import path10 from "node:path";
var COMPOSE_NAMES = /* @__PURE__ */ new Set([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_FILE_NAMES]);
var compose_parse_default = defineRule({
  meta: {
    id: "compose-parse",
    group: "compose",
    severity: "error",
    description: "A compose file (or its `.env`, an env_file, an included or extended file) that does not parse: YAML, an invalid `${...}` template, `.env` syntax (line and column of the error); or a compose file Docker Compose never reads",
    rationale: "A stack that does not load does not start; every other compose file is still linted, so one broken file does not hide the rest.",
    messages: {
      doesNotLoad: "Compose file does not load: {{error}}.",
      fixYaml: "Fix the YAML at this position (indent with spaces, quote values holding `: ` or `#`, close every quote and bracket); `docker compose config` shows the same error.",
      fixTemplate: "Write `${NAME}`, `${NAME:-default}`, `${NAME:?error}` or `${NAME:+alternative}` (a name of letters, digits and _), or `$$` for a literal `$`.",
      fixRequired: "Give the variable a value in `.env`, or a default with `${NAME:-default}`.",
      fixEnvFile: "Fix the line as Docker Compose reads env files: `KEY=value`, quotes closed, no space in the key, `$$` for a literal `$`.",
      ignored: "Docker Compose ignores {{name}}: in this folder it reads {{reads}}.",
      mergeOverride: "Merge {{name}} into {{override}} and delete it.",
      mergeMain: "Merge what {{name}} adds into {{main}} and delete {{name}} (or pass it with -f, under a name Compose does not pick up by itself)."
    }
  },
  check({ model, report }) {
    const used = /* @__PURE__ */ new Set();
    const once = firstTime();
    for (const stack of model.stacks) {
      for (const file of [...stack.files, ...stack.imported ?? []]) {
        used.add(file.abs);
        for (const error of file.errors) {
          const loc = { file: file.abs, line: error.line, column: error.column };
          if (!once(loc, error.message)) continue;
          report({ loc, messageId: "doesNotLoad", fixId: "fixYaml", data: { error: error.message } });
        }
      }
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== "compose-parse" || !once(issue.loc, issue.message)) continue;
        report({
          loc: issue.loc,
          path: stack.file,
          messageId: "doesNotLoad",
          fixId: /interpolation|template/.test(issue.message) ? "fixTemplate" : /required variable/.test(issue.message) ? "fixRequired" : "fixEnvFile",
          data: { error: issue.message }
        });
      }
    }
    for (const stack of model.stacks) {
      const names = new Set((model.tree.children.get(relDir(model.root, stack.dir)) ?? []).filter((e) => e.kind === "file").map((e) => e.name));
      const main = path10.basename(stack.file);
      const overrides = stack.files.slice(1).map((f) => path10.basename(f.abs));
      for (const name of names) {
        if (!COMPOSE_NAMES.has(name) || used.has(path10.join(stack.dir, name))) continue;
        const isOverride = COMPOSE_OVERRIDE_FILE_NAMES.includes(name);
        report({
          loc: { file: path10.join(stack.dir, name), line: 1, column: 1 },
          messageId: "ignored",
          fixId: isOverride ? "mergeOverride" : "mergeMain",
          data: { name, reads: isOverride ? `${main} with ${overrides.join(", ")}` : main, override: overrides[0] ?? "the override file in use", main }
        });
      }
    }
  }
});
function relDir(root, dir) {
  return path10.relative(root, dir).split(path10.sep).join("/");
}

// rules/compose/compose-schema.ts
var compose_schema_default = defineRule({
  meta: {
    id: "compose-schema",
    group: "compose",
    severity: "error",
    description: "A compose file Docker Compose would refuse: the Compose Specification schema (on the merged model) and the checks its loader runs after it; the message names the key and its line",
    rationale: "Docker Compose refuses a file with an unknown or mistyped key, a value it cannot convert, an extends or include it cannot follow, or a dependency cycle; otherwise that only shows on the host, at deploy time.",
    messages: {
      refused: "{{problem}}.",
      changeIt: "Change it to what Docker Compose accepts; `docker compose config` shows the same error.",
      suggestion: "Write '{{suggestion}}' here instead.",
      changeKey: "Change '{{keyPath}}' to what Docker Compose accepts (https://github.com/compose-spec/compose-spec/blob/main/spec.md); `docker compose config` shows the same error."
    }
  },
  async check({ model, report, schemaProblems }) {
    const stacks = model.stacks.filter((stack) => (stack.stages ?? []).length > 0 || (stack.issues ?? []).length > 0);
    if (stacks.length === 0) return;
    const once = firstTime();
    for (const stack of stacks) {
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== "compose-schema" || !once(issue.loc, issue.message)) continue;
        report({ loc: issue.loc, path: stack.file, messageId: "refused", fixId: "changeIt", data: { problem: issue.message } });
      }
      for (const problem of await schemaProblems(stack)) {
        if (!once(problem.loc, problem.message)) continue;
        report({
          loc: problem.loc,
          path: stack.file,
          messageId: "refused",
          fixId: problem.suggestion ? "suggestion" : "changeKey",
          data: { problem: problem.message, suggestion: problem.suggestion ?? "", keyPath: problem.keyPath || "the top level" }
        });
      }
    }
  }
});

// rules/compose/duplicate-container-name.ts
var duplicate_container_name_default = defineRule({
  meta: {
    id: "duplicate-container-name",
    group: "compose",
    severity: "error",
    description: "One container_name used twice on the host, across all stacks",
    rationale: 'Container names are global on a Docker host: the second stack fails with "container name already in use", which per-file linters cannot see.',
    messages: {
      taken: "Container name '{{name}}' of service '{{service}}' is already used by {{other}} at {{where}}; the second container fails to start.",
      rename: "Give '{{service}}' a unique container_name (e.g. '{{suggestion}}'){{why}}, or remove it if it is the same service.",
      alsoUses: "Service '{{service}}' also uses container name '{{name}}'."
    }
  },
  check(context) {
    const { model, report } = context;
    const byName = /* @__PURE__ */ new Map();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        const name = service.containerName;
        if (!name || hasUnknown(name)) continue;
        const list = byName.get(name);
        if (list) list.push(service);
        else byName.set(name, [service]);
      }
    }
    for (const [name, services] of byName) {
      if (services.length < 2) continue;
      const sides = services.map((s) => serviceSide(context, s, s.stack.locate(["services", s.name, "container_name"]) ?? s.loc));
      const ordered = blameOrder(context, sides);
      ordered.forEach((side, index) => {
        const others = ordered.slice(index + 1).filter((o) => context.mayRunTogether(o.item, side.item));
        if (others.length === 0) return;
        const service = side.item;
        const first = others[others.length - 1];
        report({
          loc: side.loc,
          path: side.path,
          messageId: "taken",
          fixId: "rename",
          data: {
            name,
            service: service.name,
            other: first.item.stack === service.stack ? `service '${first.item.name}' of this stack` : `service '${first.item.name}'`,
            where: placeValue(first.loc, first.item.stack.file),
            suggestion: service.name === name ? `${name}-2` : service.name,
            why: whyText(blameWhy(context, side), " (this side should change: ", ")")
          },
          related: others.map((o) => relatedSide(o, "alsoUses", { service: o.item.name, name })),
          key: name,
          cause: removalCause(context, service)
        });
      });
    }
  }
});

// rules/compose/duplicate-host-port.ts
var duplicate_host_port_default = defineRule({
  meta: {
    id: "duplicate-host-port",
    group: "compose",
    severity: "error",
    description: "One host port (same host IP and protocol) published twice on the host, across all stacks",
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.',
    messages: {
      replicas: `Host port {{port}} of service '{{service}}' is published by each of its {{replicas}} containers (scale/deploy.replicas); the second fails with "port is already allocated".`,
      publishRange: "Publish a host port range as large as the replica count (e.g. '{{range}}:<container port>'), or run one container.",
      poolFull: `Every host port of {{port}} (the range of service '{{service}}') is already published, by {{others}}; the container fails with "port is already allocated".`,
      taken: `Host port {{port}} of service '{{service}}' is already published by {{others}}; the second container fails with "port is already allocated".`,
      freePort: "Publish '{{service}}' on a free host port (change the host side of '{{entry}}'){{why}}, bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.",
      alsoPublishes: "Service '{{service}}' publishes host port {{port}} too ('{{entry}}')."
    }
  },
  check(context) {
    const { report } = context;
    const locOf = (use) => lazyLoc(() => use.service.stack.locate(["services", use.service.name, "ports", use.port.index]) ?? use.service.loc);
    for (const group of context.portClashes()) {
      const shared = group.description;
      if (group.kind === "replicas") {
        const [use] = group.uses;
        report({
          loc: locOf(use)(),
          path: use.service.stack.file,
          messageId: "replicas",
          fixId: "publishRange",
          data: { port: shared, service: use.service.name, replicas: use.replicas, range: `${group.ports.start}-${group.ports.start + use.replicas - 1}` },
          key: `${shared}:replicas`
        });
        continue;
      }
      const sides = group.uses.map((use) => ({ ...serviceSide(context, use.service, locOf(use)()), use }));
      const ordered = group.kind === "pool" ? [sides.at(-1), ...sides.slice(0, -1)] : blameOrder(context, sides);
      const kept = group.kind === "pool" ? sides.slice(0, -1) : ordered.slice(-1);
      for (const side of group.kind === "pool" ? ordered.slice(0, 1) : ordered.slice(0, -1)) {
        const { use } = side;
        const others = kept.filter((o) => o !== side);
        const named = [];
        others.forEach(
          (o, i) => named.push(
            i > 0 ? ", " : "",
            o.use.service === use.service ? "this service" : `service '${o.use.service.name}'`,
            " at ",
            placeValue(o.loc, o.use.service.stack.file)
          )
        );
        const why = group.kind === "pool" ? null : blameWhy(context, side);
        report({
          loc: side.loc,
          path: use.service.stack.file,
          messageId: group.kind === "pool" ? "poolFull" : "taken",
          fixId: "freePort",
          data: {
            port: shared,
            service: use.service.name,
            others: textValue(...named),
            entry: use.port.text,
            why: whyText(why, " (this side should change: ", ")")
          },
          related: others.map((o) => relatedSide(o, "alsoPublishes", { service: o.use.service.name, port: shared, entry: o.use.port.text })),
          key: shared,
          cause: removalCause(context, use.service)
        });
      }
    }
  }
});

// rules/compose/duplicate-router.ts
var duplicate_router_default = defineRule({
  meta: {
    id: "duplicate-router",
    group: "compose",
    severity: "error",
    description: "One Traefik router name, or one Host() rule, used by two services",
    rationale: "Traefik keeps one router per name and one route per host: the other service silently gets no traffic, or traffic flips between the two.",
    messages: {
      sameName: "Traefik router '{{router}}' of service '{{service}}' is also defined by service '{{other}}' at {{where}}; Traefik merges or drops one of them.",
      renameRouter: "Rename the router in '{{service}}''s labels (e.g. traefik.{{protocol}}.routers.{{service}}.rule) so each service has its own{{why}}.",
      definesToo: "Service '{{service}}' defines router '{{router}}' too.",
      sameHost: "Host '{{host}}'{{on}} is routed to service '{{service}}' by router '{{router}}' and to service '{{other}}' by router '{{otherRouter}}' at {{where}}; only one of them gets the traffic.",
      otherHost: "Give '{{service}}' another host, or tell the two apart with a PathPrefix() in its rule (or set traefik.enable=false on it if it should not be routed){{why}}.",
      routedToo: "Service '{{service}}' is routed for host '{{host}}' too (router '{{router}}')."
    }
  },
  check(context) {
    const { model, report } = context;
    const sidesOf = (earlier, later) => blameOrder(context, [
      { ...serviceSide(context, earlier.service, earlier.loc()), seen: earlier },
      { ...serviceSide(context, later.service, later.loc()), seen: later }
    ]);
    const byName = /* @__PURE__ */ new Map();
    const byHost = /* @__PURE__ */ new Map();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        for (const router of context.routers(service)) {
          const loc = lazyLoc(() => context.labelLoc(service, router.labelKey));
          const current = { service, router, loc };
          const nameKey = `${router.protocol}.${router.name}`;
          const sameName = byName.get(nameKey);
          if (sameName && sameName.service !== service) {
            const [blamed, kept] = sidesOf(sameName, current);
            const mine = blamed.seen.service;
            report({
              loc: blamed.loc,
              path: blamed.path,
              messageId: "sameName",
              fixId: "renameRouter",
              data: {
                router: router.name,
                service: mine.name,
                other: kept.seen.service.name,
                where: placeValue(kept.loc, kept.path),
                protocol: router.protocol,
                why: whyText(blameWhy(context, blamed), " (this side should change: ", ")")
              },
              related: [relatedSide(kept, "definesToo", { service: kept.seen.service.name, router: router.name })],
              key: `router:${router.protocol}.${router.name}`,
              cause: removalCause(context, mine)
            });
          } else if (!sameName) {
            byName.set(nameKey, current);
          }
          for (const route of router.routes) {
            const hostKey = `${route.host}\0${route.conditions}`;
            const earlier = byHost.get(hostKey) ?? [];
            const clash = earlier.find((e) => e.service !== service && entrypointsMeet(e.router, router));
            if (clash) {
              const on = route.conditions ? ` with ${route.conditions}` : "";
              const [blamed, kept] = sidesOf(clash, current);
              const mine = blamed.seen;
              const theirs = kept.seen;
              report({
                loc: blamed.loc,
                path: blamed.path,
                messageId: "sameHost",
                fixId: "otherHost",
                data: {
                  host: route.host,
                  on,
                  service: mine.service.name,
                  router: mine.router.name,
                  other: theirs.service.name,
                  otherRouter: theirs.router.name,
                  where: placeValue(kept.loc, kept.path),
                  why: whyText(blameWhy(context, blamed), "; this side should change: ")
                },
                related: [relatedSide(kept, "routedToo", { service: theirs.service.name, host: route.host, router: theirs.router.name })],
                key: `host:${route.host}${on}`,
                cause: removalCause(context, mine.service)
              });
            }
            if (!earlier.includes(current)) byHost.set(hostKey, [...earlier, current]);
          }
        }
      }
    }
  }
});
function entrypointsMeet(a, b) {
  if (a.entrypoints.length === 0 || b.entrypoints.length === 0) return true;
  return a.entrypoints.some((e) => b.entrypoints.includes(e));
}

// rules/compose/obsolete-version.ts
var obsolete_version_default = defineRule({
  meta: {
    id: "obsolete-version",
    group: "compose",
    severity: "warning",
    description: "A top-level `version:` key",
    rationale: "The Compose Specification made `version:` obsolete: Docker Compose ignores it and warns on every run.",
    messages: {
      obsolete: "Top-level 'version: {{version}}' is obsolete: Docker Compose ignores it and warns \"the attribute `version` is obsolete\".",
      deleteIt: "Delete the 'version:' line (set a top-level 'name:' if you want a fixed project name)."
    },
    docs: {
      examples: {
        valid: [{ description: "no version key", files: { "services/core-infra/compose.yaml": "services:\n  traefik:\n    image: traefik:v3.0\n" } }],
        invalid: [
          { description: "version: '3.8'", files: { "services/core-infra/compose.yaml": "version: '3.8'\nservices:\n  traefik:\n    image: traefik:v3.0\n" } }
        ]
      }
    }
  },
  check({ model, report, locateInFile }) {
    for (const stack of model.stacks) {
      for (const file of stack.files) {
        if (!file.data || !Object.hasOwn(file.data, "version")) continue;
        report({ loc: locateInFile(file, ["version"], true), messageId: "obsolete", fixId: "deleteIt", data: { version: String(file.data.version) } });
      }
    }
  }
});

// rules/compose/unpinned-image.ts
var MOVING_TAGS = /* @__PURE__ */ new Set([
  "latest",
  "stable",
  "edge",
  "nightly",
  "dev",
  "develop",
  "development",
  "canary",
  "lts",
  "main",
  "master",
  "rolling",
  "beta",
  "alpha",
  "next",
  "unstable",
  "testing",
  "preview",
  "mainline",
  "current",
  "release"
]);
var BARE_VARIANTS = /* @__PURE__ */ new Set(["alpine", "slim"]);
function movingTag(tag) {
  if (tag === null) return "has no tag (Docker pulls :latest)";
  const lower = tag.toLowerCase();
  if (MOVING_TAGS.has(lower)) return `uses the moving tag ':${tag}'`;
  if (BARE_VARIANTS.has(lower)) return `uses ':${tag}', the latest ${tag} build`;
  const [head, ...rest] = lower.split("-");
  if (MOVING_TAGS.has(head) && rest.length > 0 && !/\d/.test(rest.join("-"))) return `uses the moving tag ':${tag}'`;
  return null;
}
var unpinned_image_default = defineRule({
  meta: {
    id: "unpinned-image",
    group: "compose",
    severity: "warning",
    description: "An image with no tag or a moving tag (`latest`, `stable`, \u2026) and no digest",
    rationale: "A moving tag changes what runs on the next pull or host rebuild: upgrades happen unplanned and a rollback has no version to return to.",
    messages: {
      unpinned: "Image '{{image}}' of service '{{service}}' {{why}}: it changes on the next pull.",
      pin: "Pin a version tag ({{repository}}:<version>, the release you run now) or a digest (@sha256:\u2026), and upgrade on purpose."
    }
  },
  check({ model, report }) {
    for (const stack of model.stacks) {
      const built = new Set(stack.services.filter((s) => s.resolved.build !== void 0 && s.image).map((s) => s.image));
      for (const service of stack.services) {
        const image = service.image;
        if (!image || service.resolved.build !== void 0 || built.has(image)) continue;
        if (service.resolved.pull_policy === "never" || service.resolved.pull_policy === "build") continue;
        const ref = parseImage(image);
        if (ref.digest !== null) continue;
        if (ref.tag !== null ? ref.tag.includes("${") : image.includes("${")) continue;
        const why = movingTag(ref.tag);
        if (!why) continue;
        report({
          loc: stack.locate(["services", service.name, "image"]) ?? service.loc,
          path: stack.file,
          messageId: "unpinned",
          fixId: "pin",
          data: { image, service: service.name, why, repository: withoutTag(image, ref.tag) }
        });
      }
    }
  }
});
function withoutTag(image, tag) {
  return tag === null ? image.trim() : image.trim().slice(0, -(tag.length + 1));
}

// rules/compose/memory-budget.ts
var memory_budget_default = defineRule({
  meta: {
    id: "memory-budget",
    group: "compose",
    severity: "warning",
    description: "Declared memory limits (or the catalog's estimates) that add up past budget.memory, listing services with no limit",
    rationale: 'The seed plans a 4 GB droplet ("fits easily within 4GB droplet budget"): past the budget the kernel OOM-kills whichever container it picks.',
    messages: {
      overBudget: "Memory adds up to {{total}}, over budget.memory {{budget}}: {{parts}}.",
      setLimits: "Set deploy.resources.limits.memory on every service{{noLimit}} and lower the largest limits until they add up to at most {{budget}}, or raise budget.memory if the host has more memory."
    }
  },
  check({ model, report, memoryBudget }) {
    const { budget, usages, declared, estimated, total } = memoryBudget();
    if (budget === null || total <= budget) return;
    const declaredList = summarise(
      usages.filter((u) => u.declared),
      ""
    );
    const estimatedList = summarise(
      usages.filter((u) => !u.declared && u.bytes !== null),
      "~"
    );
    const unknownList = summarise(
      usages.filter((u) => u.bytes === null),
      ""
    );
    const parts = [declaredList ? `declared limits ${formatBytes(declared)} (${declaredList})` : "no service declares a limit"];
    if (estimatedList) parts.push(`no limit, counted at the catalog's estimate: ${formatBytes(estimated)} (${estimatedList})`);
    if (unknownList) parts.push(`no limit and no estimate, not counted: ${unknownList}`);
    const noLimit = [...new Set(usages.filter((u) => !u.declared).map((u) => u.service.name))];
    report({
      ...budgetLocation(model, activeStacks(model), usages),
      messageId: "overBudget",
      fixId: "setLimits",
      data: {
        total: formatBytes(total),
        budget: formatBytes(budget),
        parts: parts.join("; "),
        noLimit: noLimit.length ? ` (${noLimit.length} have none)` : ""
      }
    });
  }
});
function summarise(usages, approx) {
  const groups = /* @__PURE__ */ new Map();
  for (const u of usages) {
    const each = u.bytes === null ? null : u.bytes / Math.max(1, u.replicas);
    const key = `${u.service.name}\0${each}`;
    const group = groups.get(key) ?? { bytes: each, count: 0 };
    group.count += Math.max(1, u.replicas);
    groups.set(key, group);
  }
  return [...groups.entries()].sort((a, b) => (b[1].bytes ?? 0) * b[1].count - (a[1].bytes ?? 0) * a[1].count || (a[0] < b[0] ? -1 : 1)).map(([key, g]) => `${key.split("\0")[0]}${g.bytes === null ? "" : ` ${approx}${formatBytes(g.bytes)}`}${g.count > 1 ? ` \xD7${g.count}` : ""}`).join(", ");
}
function budgetLocation(model, stacks, usages) {
  const { policy } = model;
  const loc = policy.locate(["budget", "memory"]);
  if (loc) return { loc };
  const perStack = /* @__PURE__ */ new Map();
  for (const u of usages) perStack.set(u.service.stack, (perStack.get(u.service.stack) ?? 0) + (u.bytes ?? 0));
  const largest = [...perStack].sort((a, b) => b[1] - a[1])[0]?.[0] ?? stacks[0];
  if (!largest) return { path: policy.configFile ?? policy.baseDir };
  return { loc: { file: largest.file, line: 1, column: 1 } };
}

// rules/meta/unreadable-path.ts
var unreadable_path_default = defineRule({
  meta: {
    id: "unreadable-path",
    group: "meta",
    severity: "warning",
    description: "A folder or file svclint could not read (permissions, non-UTF-8 name, depth limit)",
    rationale: "A linter that silently skips part of the tree gives a false all-clear; what was not read is said.",
    messages: {
      notLinted: "Not linted: {{problem}}.",
      fixIt: "Fix the permissions or rename it; then run svclint again."
    }
  },
  check({ model, report }) {
    for (const problem of model.tree.problems) report({ path: problem.abs, messageId: "notLinted", fixId: "fixIt", data: { problem: problem.message } });
  }
});

// rules/meta/unused-directive.ts
var unused_directive_default = defineRule({
  meta: {
    id: "unused-directive",
    group: "meta",
    severity: "warning",
    description: "An inline svclint-disable directive or a config exception that suppressed nothing, is malformed, or has no reason",
    rationale: "A suppression outlives the problem it was written for unless someone is told; a reason says why it is there.",
    // The engine's suppression pass (src/engine/suppress.ts) reports with these messages.
    messages: {
      malformed: "Directive {{name}} {{problem}}.",
      addReason: 'Say why after " -- ": # {{name}} {{rules}} -- <reason>.',
      writeDisable: "Write it as: # {{name}} RULE -- <reason> on the first line.",
      writeNextLine: "Write it as: # {{name}} RULE -- <reason>.",
      cannotSuppressItself: "Directive {{name}} cannot suppress unused-directive: those reports are made after suppression.",
      removeSelf: "Remove 'unused-directive' from the directive, and remove or fix the directive it is about.",
      unknownRule: "Directive {{name}} names unknown rule '{{rule}}'.",
      useKnownRule: "Use a rule id from `svclint rules`, or remove the directive.",
      unused: "Directive {{name}} {{rule}} suppressed nothing: no {{rule}} finding {{scope}}.",
      removeRule: "Remove '{{rule}}' from the directive; the problem it was written for is gone or moved.",
      removeDirective: "Remove '{{rule}}' from the directive (delete the comment); the problem it was written for is gone or moved.",
      exceptionUnknownRule: "Config exception names unknown rule '{{rule}}'.",
      useKnownRuleInException: "Use a rule id from `svclint rules`, or remove the exception.",
      exceptionUnused: "Config exception for {{rule}} at '{{path}}' suppressed nothing: no {{rule}} finding is at or inside that path.",
      removeException: "Remove the exception from exceptions:; the problem it was written for is gone or moved."
    }
  },
  // The work happens in the engine's suppression pass, after every rule ran: only then is it known
  // what each directive suppressed.
  check() {
  }
});

// src/engine/registry.ts
var DOCS_BASE = "https://github.com/svclint/svclint/blob/main/docs/rules.md";
function ruleInfo(rule, plugin) {
  const { meta } = rule;
  const id = plugin ? `${plugin.name}/${meta.id}` : meta.id;
  const info = {
    id,
    group: meta.group,
    severity: meta.severity,
    description: meta.description,
    rationale: meta.rationale,
    docs: meta.docs?.url ?? (plugin ? "" : `${DOCS_BASE}#${meta.id}`),
    messages: meta.messages
  };
  if (meta.schema) info.schema = meta.schema;
  if (meta.defaultOptions) info.defaultOptions = meta.defaultOptions;
  if (meta.docs?.examples) info.examples = meta.docs.examples;
  if (plugin) {
    info.plugin = plugin.name;
    info.source = plugin.source;
  }
  return info;
}

export {
  ruleInfo
};
