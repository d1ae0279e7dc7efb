import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  VECTOR_GRAPH_EXTENSIONS,
  activeStacks,
  allocationsFor,
  archiveName,
  blameOrder,
  blameWhy,
  causeOf,
  decidingReason,
  defineRule,
  envValue,
  firstTime,
  folderPlan,
  folderSide,
  globSync,
  groupingFolders,
  isKebabCase,
  isLiteralSecret,
  isLocalBuildContext,
  isRecord,
  isSecretName,
  isSharedInfrastructure,
  isTraefikDisabled,
  lazyLoc,
  legacyEntry,
  mayRunTogether,
  memory_budget_default,
  moveCause,
  placementPlan,
  postgresVectorProduct,
  referencedPaths,
  relatedSide,
  removalCause,
  sameData,
  serviceNames,
  serviceSide,
  shown,
  toKebab,
  traefikRouters,
  urlPasswordOffset,
  valueLoc,
  where
} from "./chunk-NMYWBKCH.js";
import {
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  findCatalogByImage,
  findNode,
  isInside,
  nodeLoc
} from "./chunk-GKQ4KUJI.js";
import {
  escapeRegex,
  parseImage
} from "./chunk-HD7RUNM3.js";
import {
  UsageError
} from "./chunk-TSAJO3IN.js";
import {
  hasUnknown
} from "./chunk-VFVSZFIG.js";

// rules/structure/archived-service-active.ts
import path from "node:path";
function namedDependencies(service) {
  const out = [];
  const r = service.resolved;
  const dependsOn = r.depends_on;
  if (Array.isArray(dependsOn)) for (const d of dependsOn) out.push({ name: String(d), key: "depends_on" });
  else if (isRecord(dependsOn)) for (const d of Object.keys(dependsOn)) out.push({ name: d, key: "depends_on" });
  if (Array.isArray(r.links)) for (const l of r.links) out.push({ name: String(l).split(":")[0], key: "links" });
  if (Array.isArray(r.volumes_from)) for (const v of r.volumes_from) out.push({ name: String(v).replace(/^service:/, "").split(":")[0], key: "volumes_from" });
  for (const key of ["network_mode", "pid", "ipc"]) {
    const value = r[key];
    if (typeof value === "string" && value.startsWith("service:")) out.push({ name: value.slice(8), key });
  }
  return out;
}
var archived_service_active_default = defineRule(
  {
    id: "archived-service-active",
    group: "structure",
    severity: "error",
    description: "A service under archive/ that an active stack still references or that still routes traffic",
    rationale: "archive/ holds deprecated services kept for rollback (nginx replaced by Traefik, acme-companion by Cloudflare); an archived service that is still referenced or routed is not archived."
  },
  ({ model, report }) => {
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
              message: `Active stack includes '${shown(model, abs, false)}' from archive/.`,
              fix: `Remove this include; archived services must not run.`
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
            message: `'${service.name}' depends on '${dep.name}' (${dep.key}), which is archived in '${shown(model, archived.stack.dir)}'.`,
            fix: `Point '${service.name}' at the active replacement and remove '${dep.name}' from ${dep.key}.`
          });
        }
        for (const source of referencedPaths(service, stack.dir)) {
          if (!inArchive(source)) continue;
          report({
            loc: stack.locate(["services", service.name, "volumes"]) ?? stack.locate(["services", service.name, "build"]) ?? service.loc,
            path: stack.file,
            message: `'${service.name}' mounts or builds from '${shown(model, source, false)}' inside archive/.`,
            fix: `Copy what it needs into its own service folder; archived folders must not be used by running services.`
          });
        }
      }
    }
    for (const service of archivedServices.values()) {
      if (service.labels.get("traefik.enable")?.toLowerCase() !== "true") continue;
      report({
        loc: service.stack.locate(["services", service.name, "labels"]) ?? service.loc,
        path: service.stack.file,
        message: `Archived service '${service.name}' still has Traefik routing enabled (traefik.enable=true).`,
        fix: `Set traefik.enable=false (or remove its router labels) so an accidental start does not take traffic.`
      });
    }
  }
);

// rules/structure/broken-symlink.ts
var broken_symlink_default = defineRule(
  {
    id: "broken-symlink",
    group: "structure",
    severity: "error",
    description: "A dangling or looping symlink",
    rationale: "Migration bridges are symlinks (Phase 1); a bridge whose target moved or loops breaks the service it stands for and the rollback it exists for."
  },
  ({ model, report }) => {
    for (const entry of model.tree.entries) {
      const link = entry.symlink;
      if (!link || link.status === "ok") continue;
      report({
        path: entry.abs,
        message: link.status === "loop" ? `Symlink '${shown(model, entry.abs, false)}' -> '${link.target}' loops.` : `Symlink '${shown(model, entry.abs, false)}' -> '${link.target}' points to nothing.`,
        fix: `Remove the link, or point it at an existing folder (Phase 4: replace a bridge by the moved folder).`
      });
    }
  }
);

// rules/structure/build-context.ts
import { existsSync, statSync } from "node:fs";
import path2 from "node:path";
var build_context_default = defineRule(
  {
    id: "build-context",
    group: "structure",
    severity: "error",
    description: "A compose build context or Dockerfile that does not exist, or that escapes its capability directory",
    rationale: 'Phase 2 of the migration updates compose paths ("build: ./memory-gateway \u2014 relative path within new structure"); a context that points elsewhere breaks on the next build or ties a capability to another one.'
  },
  ({ model, report }) => {
    for (const stack of model.stacks) {
      if (stack.archived) continue;
      const top = path2.relative(model.root, stack.dir).split(path2.sep)[0] ?? "";
      const capability = model.capabilityDirs.find((c) => c.name === top) ?? null;
      for (const service of stack.services) {
        const build = service.resolved.build;
        if (build === void 0 || build === null) continue;
        const context = typeof build === "string" ? build : isRecord(build) ? typeof build.context === "string" ? build.context : "." : null;
        if (context === null || !isLocalBuildContext(context)) continue;
        const keyPath = typeof build === "string" ? ["services", service.name, "build"] : ["services", service.name, "build", "context"];
        const where2 = () => stack.locate(keyPath) ?? stack.locate(["services", service.name, "build"]) ?? service.loc;
        const abs = path2.resolve(stack.dir, context);
        if (!isDirectory(abs)) {
          report({
            loc: where2(),
            path: stack.file,
            message: `Build context '${context}' of '${service.name}' does not exist ('${shown(model, abs)}').`,
            fix: `Point build.context at the service folder (e.g. ./${service.name}) or create it.`
          });
          continue;
        }
        if (capability && !isInside(capability.abs, abs)) {
          report({
            loc: where2(),
            path: stack.file,
            message: `Build context '${context}' of '${service.name}' escapes its capability directory '${shown(model, capability.abs)}'.`,
            fix: `Move the sources into '${shown(model, path2.join(capability.abs, service.name))}' and use build: ./${path2.relative(stack.dir, path2.join(capability.abs, service.name)).split(path2.sep).join("/") || "."}.`
          });
          continue;
        }
        if (isRecord(build) && typeof build.dockerfile_inline === "string") continue;
        const dockerfile = isRecord(build) && typeof build.dockerfile === "string" ? build.dockerfile : "Dockerfile";
        if (dockerfile.includes("${")) continue;
        const dockerfileAbs = path2.resolve(abs, dockerfile);
        if (!existsSync(dockerfileAbs)) {
          report({
            loc: isRecord(build) && typeof build.dockerfile === "string" ? stack.locate(["services", service.name, "build", "dockerfile"]) ?? where2() : where2(),
            path: stack.file,
            message: `Dockerfile '${shown(model, dockerfileAbs, false)}' for '${service.name}' does not exist.`,
            fix: `Add the Dockerfile or set build.dockerfile to the file that exists.`
          });
        }
      }
    }
  }
);
function isDirectory(abs) {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

// rules/structure/duplicate-service.ts
var duplicate_service_default = defineRule(
  {
    id: "duplicate-service",
    group: "structure",
    severity: "error",
    description: "The same service in two places (postgres/ and docker/postgres/, or one compose service defined in two stacks)",
    rationale: 'The seed finds "postgres/ \u2014 duplicate or misplaced?": one service, one folder, one definition.'
  },
  (context) => {
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
        message: `Service '${name}' is in two places: '${shown(model, kept.abs)}' and '${shown(model, retired.abs)}'.`,
        fix: blamedIsCopy ? `Keep '${shown(model, kept.abs)}' (the placement plan's copy): move anything only this copy has into it, then remove '${shown(model, retired.abs)}'.` : `Keep this folder (the placement plan's copy): move anything only '${shown(model, retired.abs)}' has into it, then remove '${shown(model, retired.abs)}'.`,
        related: [relatedSide(other, blamedIsCopy ? `The copy of '${name}' the placement plan keeps.` : `The second copy of '${name}', which the placement plan retires.`)],
        cause: folder.cause ?? void 0,
        key: name
      });
    }
    const byName = /* @__PURE__ */ new Map();
    for (const service of model.services) {
      if (service.stack.archived) continue;
      const known = model.policy.catalog.find((e) => e.name === service.name || e.aliases.includes(service.name));
      if (!known || isSharedInfrastructure(known)) continue;
      if (known.images.length > 0 && (!service.image || findCatalogByImage(model.policy, service.image) !== known)) continue;
      byName.set(known.name, [...byName.get(known.name) ?? [], service]);
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
          message: `Compose service '${name}' is defined in two stacks: '${shown(model, first.stack.file, false)}' and '${shown(model, service.stack.file, false)}'.`,
          fix: `Remove this definition of '${name}' and keep the one in '${shown(model, other.path, false)}' (define a service once, in the stack of its capability directory).`,
          related: [relatedSide(other, `The other definition of '${name}'.`)],
          cause: removalCause(context, blamed.item),
          key: name
        });
      }
    }
  }
);

// rules/structure/legacy-service.ts
var legacy_service_default = defineRule(
  {
    id: "legacy-service",
    group: "structure",
    severity: "warning",
    description: "A superseded service (nginx-proxy, acme-companion) outside archive/",
    rationale: "Legacy nginx-proxy was replaced by Traefik (2025-11-13) and Cloudflare handles SSL; superseded services go to archive/ (kept for rollback)."
  },
  (context) => {
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
        message: `'${dir.name}' is a superseded service (${entry.reason}) outside ${archive}/.`,
        fix: target ? `Stop it and move '${shown(model, dir.abs)}' to '${shown(model, target)}'.` : `Stop it and move '${shown(model, dir.abs)}' into '${archive}/'.`,
        cause: folder?.cause ?? void 0
      });
    }
    for (const service of model.services) {
      if (service.stack.archived || !service.image) continue;
      const entry = findCatalogByImage(model.policy, service.image);
      if (!entry?.legacy) continue;
      const dir = service.serviceDir;
      if (dir && reported.has(dir.abs) && (dir.primary === service || dir.classification.catalog === entry)) continue;
      const cause = removalCause(context, service);
      report({
        loc: service.loc,
        path: service.stack.file,
        message: `Compose service '${service.name}' runs superseded ${entry.name} (${entry.reason}).`,
        fix: cause && dir ? `It stops when '${shown(model, dir.abs)}' moves to ${archive}/ (keep its definition there).` : `Remove it from this stack and keep its definition under '${archive}/${entry.name}/'.`,
        cause,
        key: service.name
      });
    }
  }
);

// rules/structure/migration-symlink.ts
var migration_symlink_default = defineRule(
  {
    id: "migration-symlink",
    group: "structure",
    severity: "warning",
    description: "A service directory that is a symlink bridge (Phase 1 of the migration): finish Phase 4",
    rationale: "Symlinks allow a zero-downtime, reversible migration; once stable for a week, Phase 4 removes each symlink and moves the real directory."
  },
  ({ model, report, plan }) => {
    for (const move of plan.moves) {
      if (!move.bridged) continue;
      report({
        path: move.dir,
        message: `'${shown(model, move.dir, false)}' is a migration bridge to '${shown(model, move.from)}' (Phase 1).`,
        fix: `Phase 4: rm '${shown(model, move.dir, false)}' && mv '${shown(model, move.from, false)}' '${shown(model, move.dir, false)}'.`,
        cause: move.cause
      });
    }
  }
);

// rules/structure/misplaced-service.ts
import path3 from "node:path";
var misplaced_service_default = defineRule(
  {
    id: "misplaced-service",
    group: "structure",
    severity: "error",
    description: "A service whose capability is known (policy, label, catalog, image) but that sits in another directory",
    rationale: 'The placement table and decision tree give each service one home ("Memory/planning/knowledge? -> memory-orchestration/", "User-facing UI? -> interfaces/", ...).'
  },
  ({ model, report, plan }) => {
    const byDir = new Map(model.serviceDirs.map((d) => [d.abs, d]));
    for (const move of plan.moves) {
      const dir = byDir.get(move.dir);
      if (dir.parentKind === "root" || move.bridged || move.kind === "archive" || move.kind === "rename") continue;
      const actual = path3.relative(model.root, move.from).split(path3.sep)[0];
      if (actual === path3.relative(model.root, move.to).split(path3.sep)[0]) continue;
      const { canonicalName } = dir.classification;
      const named = canonicalName !== dir.name ? ` (${canonicalName})` : "";
      report({
        path: dir.abs,
        target: move.to,
        message: `Service '${dir.name}'${named} is in '${shown(model, path3.join(model.root, actual))}'; it belongs in '${shown(model, move.to)}' (${decidingReason(dir)}).`,
        fix: `Move '${shown(model, dir.abs)}' to '${shown(model, move.to)}'.`,
        cause: move.cause
      });
    }
    for (const split of plan.stackSplits) {
      for (const entry of split.services) {
        if (!entry.cause.startsWith("compose-service:")) continue;
        const service = model.services.find((s) => s.stack.file === split.file && s.name === entry.name);
        if (!service) continue;
        const target = path3.join(entry.to, service.name);
        report({
          loc: service.loc,
          path: service.stack.file,
          target,
          message: `Compose service '${service.name}' is defined in the '${path3.basename(service.stack.dir)}' stack; it belongs in '${shown(model, target)}' (${entry.reasons[0] ?? "decision tree"}).`,
          fix: `Move '${service.name}' to the stack of '${shown(model, entry.to)}' (folder '${shown(model, target)}').`,
          cause: entry.cause,
          key: service.name
        });
      }
    }
  }
);

// rules/structure/missing-stack-file.ts
var missing_stack_file_default = defineRule(
  {
    id: "missing-stack-file",
    group: "structure",
    severity: "warning",
    description: "A capability directory with services but no stack compose file at its top",
    rationale: 'Each capability directory carries its own stack (core-infra/docker-compose.yml: "Core infrastructure stack"), so related services share one compose project.'
  },
  ({ model, report }) => {
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
        message: `Capability directory '${shown(model, cap.abs)}' holds ${services.length} service(s) but no stack compose file at its top.`,
        fix: `Add '${shown(model, cap.abs)}docker-compose.yml' defining (or including) ${services.join(", ")}.`
      });
    }
  }
);

// rules/structure/grouping-fix.ts
import path4 from "node:path";
function movesOutOf(model, folder) {
  const plan = placementPlan(model);
  const cause = causeOf(plan, folder);
  return plan.moves.filter((m) => m.cause === cause?.key && isInside(folder, m.from)).map((m) => `${path4.basename(m.from)} -> ${path4.relative(model.root, m.to).split(path4.sep).join("/")}/`);
}
function groupingFix(model, folder, otherwise) {
  const moves = movesOutOf(model, folder.entry.abs);
  const name = folder.entry.name;
  return moves.length > 0 ? `Move its services to their capability directories (${moves.join(", ")}) and remove '${name}/'.` : `${otherwise} and remove '${name}/'.`;
}

// rules/structure/no-catch-all-dir.ts
var no_catch_all_dir_default = defineRule(
  {
    id: "no-catch-all-dir",
    group: "structure",
    severity: "error",
    description: "A directory named like a catch-all (apps, misc, other, stuff, general, tmp, ...)",
    rationale: '"apps" is an antipattern: a catch-all directory mixes unrelated services (chat interface \u2260 log viewer \u2260 LLM proxy). When in doubt, create a capability-specific directory; do not dump in "apps" or "misc".'
  },
  ({ model, report, plan }) => {
    for (const folder of groupingFolders(model).filter((f) => f.kind === "catch-all")) {
      const { entry } = folder;
      report({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' is a catch-all directory: group services by what they do (capability), not in '${entry.name}/'.`,
        fix: groupingFix(model, folder, "Move each service into a capability-specific directory (e.g. communications/)"),
        cause: causeOf(plan, entry.abs)?.key
      });
    }
  }
);

// rules/structure/no-technology-dir.ts
var no_technology_dir_default = defineRule(
  {
    id: "no-technology-dir",
    group: "structure",
    severity: "error",
    description: "A directory that groups services by what they are (docker, containers, compose, stacks, ...) instead of what they do",
    rationale: "Services should be grouped by what they do (capability/domain), not what they are (technology stack)."
  },
  ({ model, report, plan }) => {
    for (const folder of groupingFolders(model).filter((f) => f.kind === "technology")) {
      const { entry } = folder;
      report({
        path: entry.abs,
        message: `'${shown(model, entry.abs)}' groups services by technology: group them by capability instead.`,
        fix: groupingFix(model, folder, "Move each service into the capability directory of what it does"),
        cause: causeOf(plan, entry.abs)?.key
      });
    }
  }
);

// rules/structure/non-canonical-name.ts
import path5 from "node:path";
var non_canonical_name_default = defineRule(
  {
    id: "non-canonical-name",
    group: "structure",
    severity: "warning",
    description: "A service folder named by an alias (openweb -> open-webui) or a folder not in kebab-case",
    rationale: 'The placement table renames aliases ("openweb -> interfaces/open-webui/, rename from openweb") so documentation references stay consistent.'
  },
  ({ model, report, plan }) => {
    for (const dir of model.serviceDirs) {
      const alias = dir.classification.reasons.find((r) => r.kind === "catalog-alias");
      const canonical = dir.classification.canonicalName;
      const misnamed = alias && canonical !== dir.name;
      if (!misnamed && isKebabCase(dir.name)) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire" || folder?.fate === "stay") continue;
      const cause = folder?.cause ?? void 0;
      const fix = folder?.to ? `Rename '${shown(model, dir.abs)}' to '${shown(model, folder.to)}'${path5.dirname(folder.to) !== path5.dirname(dir.abs) ? " (its move and rename are one step)" : ""}.` : `Rename it to '${misnamed ? canonical : toKebab(dir.name)}' when you move it into its capability directory.`;
      report({
        path: dir.abs,
        ...folder?.to ? { target: folder.to } : {},
        message: misnamed ? `Folder '${dir.name}' is an alias; the canonical name is '${canonical}'.` : `Service folder '${dir.name}' is not in kebab-case.`,
        fix,
        cause
      });
    }
    for (const cap of model.capabilityDirs) {
      if (isKebabCase(cap.name)) continue;
      report({
        path: cap.abs,
        message: `Capability folder '${cap.name}' is not in kebab-case.`,
        fix: `Rename it to '${toKebab(cap.name)}'.`
      });
    }
  }
);

// rules/structure/service-outside-capability.ts
var service_outside_capability_default = defineRule(
  {
    id: "service-outside-capability",
    group: "structure",
    severity: "error",
    description: "A service directory directly under the services root (e.g. n8n/, traefik/)",
    rationale: 'Every service lives in the capability directory of what it does, so "where is the planning service?" has one answer: memory-orchestration/planner-api/.'
  },
  ({ model, report, plan }) => {
    for (const dir of model.serviceDirs) {
      if (dir.parentKind !== "root") continue;
      const folder = folderPlan(plan, dir.abs);
      if (!folder || folder.fate === "stay") continue;
      if (folder.fate === "retire" && folder.keep) {
        report({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, and '${shown(model, folder.keep)}' holds the copy the placement plan keeps.`,
          fix: `Move anything only '${shown(model, dir.abs)}' has into '${shown(model, folder.keep)}', then remove it.`,
          cause: folder.cause ?? void 0
        });
        continue;
      }
      if (folder.fate === "move" && folder.to) {
        if (plan.moves.some((m) => m.bridged && m.from === dir.abs)) continue;
        report({
          path: dir.abs,
          target: folder.to,
          message: `Service '${dir.name}' sits directly under the services root; it belongs in '${shown(model, folder.to)}' (${decidingReason(dir)}).`,
          fix: `Move '${shown(model, dir.abs)}' to '${shown(model, folder.to)}'.`,
          cause: folder.cause ?? void 0
        });
      } else {
        report({
          path: dir.abs,
          message: `Service '${dir.name}' sits directly under the services root, outside any capability directory.`,
          fix: `Run \`svclint place ${dir.name}\` and move it into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`,
          cause: folder.cause ?? void 0
        });
      }
    }
  }
);

// rules/structure/split-system.ts
import path6 from "node:path";
var split_system_default = defineRule(
  {
    id: "split-system",
    group: "structure",
    severity: "error",
    description: "Members of one system in different capability directories",
    rationale: `"Is this part of an existing system? Yes -> add to that system's directory." Related services are co-located (planner + memory + archon together) so they share configs, compose files and documentation.`
  },
  ({ model, report, plan }) => {
    for (const system of model.policy.systems) {
      const members = model.serviceDirs.filter(
        (d) => !d.symlink && system.members.includes(d.classification.canonicalName)
      );
      const homeOf = (m) => m.parentKind === "root" ? "" : m.rel.split("/")[0];
      const homes = /* @__PURE__ */ new Map();
      for (const member of members) homes.set(homeOf(member), [...homes.get(homeOf(member)) ?? [], member]);
      if (homes.size < 2) continue;
      const where2 = [...homes.entries()].map(([home2, list]) => `${shown(model, path6.join(model.root, home2))} (${list.map((m) => m.name).join(", ")})`).join("; ");
      const away = members.filter((m) => homeOf(m) !== system.capability);
      const first = away[0];
      const home = path6.join(model.root, system.capability);
      const targets = away.map((m) => ({ member: m, to: folderPlan(plan, m.abs)?.to ?? null }));
      const firstPlan = folderPlan(plan, first.abs);
      report({
        path: first.abs,
        ...firstPlan?.to ? { target: firstPlan.to } : {},
        message: `System '${system.name}' is split across ${homes.size} directories: ${where2}. All its members belong in '${shown(model, home)}'.`,
        fix: `Move ${targets.map(({ member, to }) => `'${shown(model, member.abs)}' ${to ? `to '${shown(model, to)}'` : `into '${shown(model, home)}'`}`).join(", ")}.`,
        cause: firstPlan?.cause ?? void 0,
        key: system.name
      });
    }
  }
);

// rules/structure/stale-doc-path.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import path7 from "node:path";
var stale_doc_path_default = defineRule(
  {
    id: "stale-doc-path",
    group: "structure",
    severity: "warning",
    description: "A document (config docs: globs) that names a services path that does not exist",
    rationale: 'Phase 5 of the migration updates documentation; success means "documentation references consistent (all docs point to same paths)".'
  },
  ({ model, report }) => {
    const { docs, baseDir } = model.policy;
    if (docs.length === 0) return;
    const files = globSync(docs, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ["**/node_modules/**", "**/.git/**"] }).sort();
    const rootName = path7.basename(model.root);
    const mention = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegex(rootName)}/((?:[A-Za-z0-9_.-]+/?)+)`, "g");
    for (const file of files) {
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      const lines = text.split(/\r?\n/);
      lines.forEach((line, index) => {
        for (const match of line.matchAll(mention)) {
          const rel = match[1].replace(/[./]+$/, "");
          if (!rel || rel.includes("{") || rel.includes("*")) continue;
          if (existsSync2(path7.join(model.root, rel))) continue;
          report({
            path: file,
            line: index + 1,
            column: match.index + 1,
            message: `'${rootName}/${rel}' does not exist in the services tree.`,
            fix: `Update the path (e.g. from \`svclint place ${rel.split("/").pop()}\`) or remove the reference.`
          });
        }
      });
    }
  }
);

// rules/structure/too-deep.ts
var too_deep_default = defineRule(
  {
    id: "too-deep",
    group: "structure",
    severity: "warning",
    description: "A service directory deeper than capability/service/",
    rationale: "Capability grouping adds exactly one level (core-infra/postgres/ vs postgres/); deeper nesting hides services and lengthens compose paths."
  },
  ({ model, report, plan }) => {
    for (const dir of model.serviceDirs) {
      if (dir.depth <= 2) continue;
      const folder = folderPlan(plan, dir.abs);
      if (folder?.fate === "retire") continue;
      const to = folder?.fate === "move" ? folder.to : null;
      report({
        path: dir.abs,
        ...to ? { target: to } : {},
        message: `Service '${dir.name}' is ${dir.depth} levels deep ('${shown(model, dir.abs)}'); services sit at capability/service/.`,
        fix: to ? `Move it to '${shown(model, to)}'.` : `Move it to the capability directory of what it does (\`svclint place ${dir.name}\`), one level below it.`,
        cause: folder?.cause ?? void 0
      });
    }
  }
);

// rules/structure/undeclared-capability.ts
var undeclared_capability_default = defineRule(
  {
    id: "undeclared-capability",
    group: "structure",
    severity: "warning",
    description: "A capability directory the policy does not declare",
    rationale: 'The decision tree allows new capability directories ("create a capability-specific directory, e.g. communications/"), but each one is a decision: declare it so the next service has an obvious home.'
  },
  ({ model, report, plan }) => {
    for (const cap of model.capabilityDirs) {
      if (cap.declared) continue;
      const cause = causeOf(plan, cap.abs)?.key;
      report({
        path: cap.abs,
        message: `'${shown(model, cap.abs)}' is not a declared capability directory (declared: ${[...model.policy.capabilities.keys()].join(", ")}).`,
        fix: cause ? `Its services all belong in declared capabilities: move them (${movesOutOf(model, cap.abs).join(", ")}) and remove '${cap.name}/'.` : `Declare it in svclint.config.yaml (capabilities: { ${cap.name}: { provides: [...], description: ... } }), or move its services into a declared capability.`,
        // When the plan moves every service out of it, it is the cause of those moves.
        cause
      });
    }
  }
);

// rules/database/single-postgres.ts
import path8 from "node:path";
var single_postgres_default = defineRule(
  {
    id: "single-postgres",
    group: "database",
    severity: "error",
    description: "More than one Postgres-family container across active stacks (unless declared in database.isolated), or the shared one outside core-infra/",
    rationale: 'The seed: "One Postgres container, multiple databases" in core-infra/ \u2014 1 Postgres process (~150MB) vs 4 processes (~600MB).'
  },
  (context) => {
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
          message: `The shared Postgres '${shared.name}' runs outside ${capability}/.`,
          fix: `Move it, with its init scripts, to '${shown(model, target)}' and define it in the ${capability}/ stack.`,
          key: shared.name,
          // The placement plan's move of its folder into the capability is this finding's cause.
          cause: moveCause(context, shared, capability)
        });
      }
    }
    for (const service of postgres) {
      if (service === shared || isolated(service.name) || isolated(service.containerName)) continue;
      const loc = service.stack.locate(["services", service.name, "image"]) ?? service.loc;
      const other = shared ? `the shared '${shared.name}' (${where(model, shared.loc, shared.stack.file)})` : "";
      const [blamed, kept] = shared ? blameOrder(context, [serviceSide(context, shared, shared.loc), serviceSide(context, service, loc)]) : [null, null];
      const atShared = blamed?.item === shared;
      report({
        loc: atShared ? blamed.loc : loc,
        path: atShared ? blamed.path : service.stack.file,
        ...shared ? { related: [atShared ? relatedSide(kept, `The second Postgres-family container '${service.name}' (${service.image}).`) : relatedSide(kept, `The shared Postgres '${shared.name}'.`)] } : {},
        key: service.name,
        cause: removalCause(context, service),
        message: shared ? `'${service.name}' is a second Postgres-family container (${service.image}) besides ${other}.` : `'${service.name}' is one of ${postgres.length} Postgres-family containers (${service.image}), and none is the shared one.`,
        fix: shared ? `Give the data of '${service.name}' a database and role in the shared Postgres (CREATE ROLE \u2026 LOGIN; CREATE DATABASE \u2026 OWNER \u2026; in its init script), point the clients at host '${shared.containerName ?? shared.name}', and remove the '${service.name}' container; or declare it in database.isolated with a reason.` : `No Postgres is in ${capability}/ and none is declared the shared one: declare it (database.postgres: { service: NAME } in the config) or keep one in ${capability}/, then move this one's data there and remove it; or declare it in database.isolated with a reason.`
      });
    }
  }
);

// rules/database/support.ts
var SQL_KEYWORDS = /* @__PURE__ */ new Set(["all", "user", "public", "role", "group", "order", "table", "select", "grant", "database", "default", "to", "from", "with", "owner"]);
function sqlIdent(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !SQL_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function roleFor(service, model) {
  return allocationsFor(service, model)[0]?.allocation.role ?? `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_user`;
}
function databaseFor(service, model, connection) {
  return allocationsFor(service, model)[0]?.allocation.database ?? connection?.database?.value ?? service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}
function sharedConnections(model) {
  return model.database.connections.filter((c) => c.toShared);
}
function initScriptHint(model) {
  const first = model.database.initScripts.find((s) => s.postgres === model.database.shared);
  if (first) return `in '${where(model, null, first.file)}'`;
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
var postgres_superuser_default = defineRule(
  {
    id: "postgres-superuser",
    group: "database",
    severity: "error",
    description: "A service that connects to the shared Postgres as its superuser (postgres or the POSTGRES_USER value)",
    rationale: 'The seed: "Role isolation (prevent cross-service access)" \u2014 every service logs in with its own role, never the superuser.'
  },
  ({ model, report }) => {
    const superusers = new Set(model.database.superusers);
    for (const connection of sharedConnections(model)) {
      const user = connection.user?.value;
      if (!user || !superusers.has(user)) continue;
      const service = connection.service;
      const role = roleFor(service, model);
      const database = databaseFor(service, model, connection);
      const allocated = allocationsFor(service, model).length > 0;
      const tableHint = !allocated && model.policy.database.allocations.length > 0 ? ` and add { service: ${[...serviceNames(service, model)][0]}, database: ${database}, role: ${role} } to database.allocations` : "";
      report({
        loc: connection.user.loc ?? service.loc,
        path: service.stack.file,
        message: `'${service.name}' connects to the shared Postgres as the superuser '${user}' (${connection.user.variable}).`,
        fix: `${setPiece(connection, "user", role)}; create the role ${initScriptHint(model)} if it does not exist (${provisionSql(role, database)})${tableHint}.`
      });
    }
  }
);

// rules/database/shared-db-role.ts
var shared_db_role_default = defineRule(
  {
    id: "shared-db-role",
    group: "database",
    severity: "error",
    description: "Two services that use the same role, unless the allocation table gives them the same database and role",
    rationale: 'The seed: "Security: Mitigated by separate database users (SQL-level isolation)" \u2014 a shared role defeats it.'
  },
  (context) => {
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
      const entitled = (s) => allocationsFor(s, model).filter((a) => a.allocation.role === role);
      const owner = services.find((s) => entitled(s).length > 0) ?? services[0];
      const ownerConnection = connections.find((c) => c.service === owner);
      for (const service of services) {
        if (service === owner) continue;
        const own = allocationsFor(service, model);
        if (own.length > 0 && own.every((a) => a.allocation.role !== role)) continue;
        const ownerDatabases = new Set(entitled(owner).map((a) => a.allocation.database));
        if (entitled(service).some((a) => ownerDatabases.has(a.allocation.database))) continue;
        const connection = connections.find((c) => c.service === service);
        const wanted = entitled(service).length > 0 ? `${service.name.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_user` : roleFor(service, model);
        const database = databaseFor(service, model, connection);
        const [blamed, kept] = blameOrder(context, [
          serviceSide(context, owner, ownerConnection.user.loc ?? owner.loc),
          serviceSide(context, service, connection.user.loc ?? service.loc, ["not-allocated"])
        ]);
        report({
          loc: blamed.loc,
          path: blamed.path,
          related: [relatedSide(kept, `'${kept.item.name}' logs in as '${role}' too.`)],
          key: `${role}:${service.name}`,
          cause: removalCause(context, service),
          message: `'${service.name}' logs in as '${role}', the role '${owner.name}' also uses (${where(model, ownerConnection.user.loc, owner.stack.file)}); either can reach the other's data.`,
          fix: `${blamed.item === service ? "" : `In '${service.name}' (${where(model, connection.user.loc, service.stack.file)}): `}${setPiece(connection, "user", wanted)} and give it its own database: ${provisionSql(wanted, database)}`
        });
      }
    }
  }
);

// rules/database/db-allocation.ts
var db_allocation_default = defineRule(
  {
    id: "db-allocation",
    group: "database",
    severity: "error",
    description: "A service whose database, role or host differs from the allocation table, or that uses the shared Postgres with no allocation entry",
    rationale: "The seed keeps a Database Allocation Table: which service owns which database on which container. The compose files must agree with it."
  },
  ({ model, report }) => {
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
      const entries = allocationsFor(service, model).map((e) => e.allocation);
      if (entries.length === 0) {
        const connection = connections.find((c) => c.toShared);
        if (!connection) continue;
        const role = connection.user?.value ?? null;
        if (role && (superusers.has(role) || (servicesByRole.get(role)?.size ?? 0) > 1)) continue;
        const database = databaseFor(service, model, connection);
        report({
          loc: connection.host?.loc ?? service.loc,
          path: service.stack.file,
          message: `'${service.name}' uses the shared Postgres (${connection.host?.variable ?? connection.name}) but has no entry in database.allocations.`,
          fix: `Add { service: ${[...serviceNames(service, model)][0]}, database: ${database}, role: ${role ?? roleFor(service, model)} } to database.allocations in ${where(model, null, model.policy.configFile ?? void 0)}.`
        });
        continue;
      }
      for (const connection of connections) {
        if (connection.host?.value && !connection.toShared) {
          report({
            loc: connection.host.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' connects to host '${connection.host.value}', not the shared Postgres '${sharedHost}' its allocation (${entries[0].database}/${entries[0].role}) is on.`,
            fix: `${setPiece(connection, "host", sharedHost)}.`
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
            message: `'${service.name}' uses database '${database}', but the allocation table gives it '${entry.database}'.`,
            fix: `${setPiece(connection, "database", entry.database)} (or change its entry in database.allocations).`
          });
        }
        const role = connection.user?.value ?? null;
        if (role !== null && !superusers.has(role) && role !== entry.role) {
          report({
            loc: connection.user.loc ?? service.loc,
            path: service.stack.file,
            message: `'${service.name}' logs in as '${role}', but the allocation table gives it role '${entry.role}'.`,
            fix: `${setPiece(connection, "user", entry.role)} (or change its entry in database.allocations).`
          });
        }
      }
    }
  }
);

// rules/database/unused-allocation.ts
var unused_allocation_default = defineRule(
  {
    id: "unused-allocation",
    group: "database",
    severity: "warning",
    description: "An allocation entry no service uses",
    rationale: "The allocation table documents what runs; an entry for a service that does not connect is stale (or the service is not wired up yet)."
  },
  ({ model, report }) => {
    const active = model.services.filter((s) => !s.stack.archived);
    const byName = /* @__PURE__ */ new Map();
    for (const service of active) for (const name of serviceNames(service, model)) byName.set(name, [...byName.get(name) ?? [], service]);
    const connected = new Set(model.database.connections.map((c) => c.service));
    model.policy.database.allocations.forEach((entry, index) => {
      const services = byName.get(entry.service) ?? [];
      const used = services.some((service) => connected.has(service));
      if (used) return;
      const loc = model.policy.locate(["database", "allocations", index]);
      report({
        loc,
        path: loc?.file ?? model.policy.configFile ?? model.root,
        message: services.length === 0 ? `Allocation '${entry.service}' (database ${entry.database}, role ${entry.role}) names no active compose service.` : `Allocation '${entry.service}' (database ${entry.database}, role ${entry.role}): the service has no Postgres connection in its environment.`,
        fix: services.length === 0 ? `Remove the entry, or fix its service name to the compose service that uses database '${entry.database}'.` : `Point '${entry.service}' at the shared Postgres (e.g. DATABASE_URL=postgresql://${entry.role}:\${\u2026}@${model.database.shared?.containerName ?? model.database.shared?.name ?? "postgres"}:5432/${entry.database}), or remove the entry.`
      });
    });
  }
);

// rules/database/initdb-missing.ts
import path9 from "node:path";
var initdb_missing_default = defineRule(
  {
    id: "initdb-missing",
    group: "database",
    severity: "error",
    description: "An allocated database or role that the init scripts (mounted at /docker-entrypoint-initdb.d) never create",
    rationale: 'The seed: "Databases created via init script" \u2014 each allocated database and role must exist when the shared Postgres first starts.'
  },
  ({ model, report }) => {
    const { shared, matrix } = model.database;
    if (!shared || !matrix) return;
    const scripts = model.database.initScripts.filter((s) => s.postgres === shared);
    const mounts = model.database.initMounts.filter((m) => m.postgres === shared);
    const reported = /* @__PURE__ */ new Set();
    const at = (loc2) => `${loc2.file}:${loc2.line}:${loc2.column}`;
    const verb = matrix.source === "server" ? "fails on a real server (--initdb-exec)" : "fails";
    if (matrix.stop) {
      reported.add(at(matrix.stop.loc));
      report({
        loc: matrix.stop.loc,
        message: `Init script ${verb}: ${matrix.stop.message}. The image stops at the first error: nothing after it runs, so what follows is never created.`,
        fix: "Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it, or use svclint --initdb-exec)."
      });
    }
    for (const { script } of scripts) {
      if (script.kind === "ignored" || script.kind === "unsupported") continue;
      const inRuns = new Set(script.runs.flatMap((run) => run.steps.filter((s) => s.kind === "syntax-error").map((s) => at(s.loc))));
      const firsts = new Set(script.runs.map((run) => run.steps.find((s) => s.kind === "syntax-error")).filter((s) => s !== void 0).map((s) => at(s.loc)));
      for (const error of script.errors) {
        if (reported.has(at(error.loc)) || inRuns.has(at(error.loc)) && !firsts.has(at(error.loc))) continue;
        reported.add(at(error.loc));
        report({
          loc: error.loc,
          message: `Init script error: ${error.message}. The image stops at the first error, so nothing after it is created.`,
          fix: "Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it)."
        });
      }
    }
    for (const lost of matrix.lost) {
      report({
        loc: lost.loc,
        message: `BEGIN without COMMIT: ${lost.message}, so none of it is created.`,
        fix: "Add COMMIT; after the statements of this transaction."
      });
    }
    const allocations = model.policy.database.allocations;
    if (allocations.length === 0) return;
    const unknowable = matrix.unevaluated.length > 0 || mounts.some((m) => m.kind === "volume");
    if (unknowable) return;
    const mount = mounts.find((m) => m.files.length > 0) ?? mounts[0] ?? null;
    const loc = mount?.loc ?? shared.loc;
    const firstScript = scripts[0]?.file;
    let into = firstScript ? `to '${where(model, null, firstScript)}'` : `to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'`;
    const skipped = mounts.flatMap((m) => m.skippedDirs).map((d) => path9.relative(model.cwd, d).split(path9.sep).join("/"));
    const skippedNote = skipped.length > 0 ? ` (the image does not run scripts inside sub-directories: ${skipped.join(", ")})` : "";
    const audit = model.database.audit !== void 0;
    const absent = audit ? "does not exist on the server" : `is never created by the shared Postgres's init scripts${skippedNote}`;
    if (audit) into = "on the server";
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
            message: `Role '${entry.role}' (allocated to ${entry.service}) ${absent}.`,
            fix: `${audit ? "Run" : "Add"} ${into}: CREATE ROLE ${sqlIdent(entry.role)} WITH LOGIN PASSWORD '\u2026';`
          });
        } else if (!role.login && !role.superuser) {
          report({
            loc: role.createdAt ?? loc,
            message: `Role '${entry.role}' (allocated to ${entry.service}) is created without LOGIN, so the service cannot log in with it.`,
            fix: `Write CREATE ROLE ${sqlIdent(entry.role)} WITH LOGIN \u2026 (or add ALTER ROLE ${sqlIdent(entry.role)} LOGIN;).`
          });
        }
      }
      if (!seenDb.has(entry.database)) {
        seenDb.add(entry.database);
        if (!createdDatabases.has(entry.database)) {
          report({
            loc,
            path: shared.stack.file,
            message: `Database '${entry.database}' (allocated to ${entry.service}) ${absent}.`,
            fix: `${audit ? "Run" : "Add"} ${into}: CREATE DATABASE ${sqlIdent(entry.database)} OWNER ${sqlIdent(entry.role)}; REVOKE ALL ON DATABASE ${sqlIdent(entry.database)} FROM PUBLIC;`
          });
        }
      }
    }
  }
);

// rules/database/initdb-public-connect.ts
var initdb_public_connect_default = defineRule(
  {
    id: "initdb-public-connect",
    group: "database",
    severity: "error",
    description: "A database created without REVOKE ALL (or CONNECT) ON DATABASE \u2026 FROM PUBLIC: every role can connect to it by default",
    rationale: `Postgres grants CONNECT on a new database to PUBLIC; the seed's "Role isolation (prevent cross-service access)" holds only once it is revoked.`
  },
  ({ model, report }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const postgresDb = model.database.shared ? envValue(model.database.shared, "POSTGRES_DB") : null;
    for (const database of matrix.databases) {
      if (!database.created || !database.createdAt) continue;
      const answer = matrix.publicConnect(database.name);
      if (!answer.allowed) continue;
      if (model.database.audit) {
        report({
          loc: database.createdAt,
          message: `Database '${database.name}' is open to PUBLIC: every role can connect to it.`,
          fix: `Run: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC; (then GRANT CONNECT to its own role if it needs one).`
        });
        continue;
      }
      const reopened = answer.changedAt !== null;
      const byEntrypoint = database.name === postgresDb;
      report({
        loc: reopened ? answer.changedAt : database.createdAt,
        message: reopened ? `GRANT \u2026 TO PUBLIC on database '${database.name}' lets every role connect to it.` : byEntrypoint ? `Database '${database.name}' (POSTGRES_DB, created by the image before the init scripts run) is open to PUBLIC: every role can connect to it.` : `Database '${database.name}' is created without revoking PUBLIC's CONNECT: every role can connect to it.`,
        fix: reopened ? `Remove this GRANT and grant CONNECT to the database's own role only.` : byEntrypoint ? `Add to an init script: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;` : `Add after it: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;`
      });
    }
  }
);

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
var initdb_cross_grant_default = defineRule(
  {
    id: "initdb-cross-grant",
    group: "database",
    severity: "error",
    description: "A role other than a database's allocated role (including roles not in the table, and superuser service roles) that holds a privilege on it (CONNECT, CREATE, TEMP, ownership, membership)",
    rationale: `The seed: "Role isolation (prevent cross-service access)": a role reaches its own service's database only.`
  },
  ({ model, report }) => {
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
        message: `Service role ${describe2(role.name)} is a superuser: it can reach every database on the shared Postgres.`,
        fix: `Remove SUPERUSER here (or add: ALTER ROLE ${sqlIdent(role.name)} NOSUPERUSER;) and give it its own database's privileges only.`
      });
    }
    for (const database of matrix.databases) {
      if (!database.created) continue;
      const allocated = rolesOf.get(database.name);
      for (const holder of matrix.holders(database.name)) {
        const role = matrix.roles.find((r) => r.name === holder.role);
        if (role?.superuser) continue;
        if (allocated ? allocated.has(holder.role) : !serviceRoles.has(holder.role)) continue;
        const owners = allocated ? `allocated to ${[...servicesOf.get(database.name) ?? []].join(", ")}` : "not allocated to it";
        const what = holder.via === "owner" ? "owns" : holder.via === "membership" ? `reaches (as a member of '${holder.through}')` : `holds ${holder.privileges.map((p) => p.toUpperCase()).join(", ") || "privileges"} on`;
        const own = allocated ? [...allocated][0] : null;
        const fix = holder.via === "owner" ? own ? `Make the database's own role its owner: ALTER DATABASE ${sqlIdent(database.name)} OWNER TO ${sqlIdent(own)};` : `Give the database an owner role of its own: ALTER DATABASE ${sqlIdent(database.name)} OWNER TO <its role>;` : holder.via === "membership" ? `Remove the membership that gives '${holder.role}' the access: REVOKE ${sqlIdent(holder.through)} FROM ${sqlIdent(holder.role)};` : `Remove this grant, or add: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM ${sqlIdent(holder.role)};`;
        report({
          loc: holder.loc ?? fallback,
          message: `Role ${describe2(holder.role)} ${what} database '${database.name}', which is ${owners}.`,
          fix
        });
      }
    }
  }
);

// rules/database/initdb-env-placeholder.ts
var initdb_env_placeholder_default = defineRule(
  {
    id: "initdb-env-placeholder",
    group: "database",
    severity: "error",
    description: "${VAR} in a .sql init file: the image does not interpolate .sql files, so the literal text becomes the password",
    rationale: "The seed's init script writes PASSWORD '${N8N_DB_PASSWORD}' in SQL; psql sends it as is, and the role's password is that text."
  },
  ({ model, report }) => {
    for (const { script } of model.database.initScripts) {
      if (script.kind !== "sql" && script.kind !== "sql.gz" && script.kind !== "sh") continue;
      for (const placeholder of script.placeholders) {
        const inSql = script.kind !== "sh";
        const name = placeholder.name;
        const psqlVar = name.toLowerCase();
        report({
          loc: placeholder.loc,
          message: inSql ? `'\${${name}}' in a .${script.kind} init script is not interpolated: Postgres receives the text '\${${name}}' itself (as the password, if it is one).` : `'\${${name}}' is in a quoted here-document or single-quoted argument: the shell does not expand it, so Postgres receives the text itself.`,
          fix: inSql ? `Read it from the container's environment with psql: add '\\getenv ${psqlVar} ${name}' before the statement and write :'${psqlVar}' instead of '\${${name}}' (pass ${name} in the postgres service's environment); or move the statement to a .sh script with an unquoted here-document.` : `Use an unquoted here-document (<<EOSQL, not <<'EOSQL') or double quotes so the shell expands \${${name}} (pass ${name} in the postgres service's environment).`
        });
      }
    }
  }
);

// rules/database/initdb-unevaluated.ts
var initdb_unevaluated_default = defineRule(
  {
    id: "initdb-unevaluated",
    group: "database",
    severity: "warning",
    description: "An init-script statement whose effect svclint cannot know without running it (dynamic SQL, \\gexec with format(), \\if, \\i, SQL in shell variables): run with --initdb-exec",
    rationale: "The database rules judge what the init scripts do; where that cannot be known statically, svclint says so instead of guessing."
  },
  ({ model, report }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    for (const item of matrix.unevaluated) {
      report({
        loc: item.loc,
        message: `svclint cannot evaluate this statically: ${item.reason}. The database rules do not count what it does.`,
        fix: "Run svclint --initdb-exec to execute the init scripts in a throwaway PostgreSQL and judge the database rules on the real catalog (it runs the repository's scripts)."
      });
    }
  }
);

// rules/database/plaintext-secret.ts
var plaintext_secret_default = defineRule(
  {
    id: "plaintext-secret",
    group: "database",
    severity: "error",
    description: "A literal password, token or key in a compose file or init script (use ${VAR}, env_file or *_FILE secrets)",
    rationale: "The seed keeps every password as ${VAR} (POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}); a literal in a tracked file is a leaked secret."
  },
  ({ model, report }) => {
    for (const service of model.services) {
      for (const variable of service.environment) {
        if (variable.envFile) continue;
        const raw = variable.raw;
        if (raw === null) continue;
        const urlAt = urlPasswordOffset(raw);
        if (urlAt >= 0) {
          report({
            loc: valueLoc(service, variable, urlAt) ?? service.loc,
            path: service.stack.file,
            message: `${variable.name} of '${service.name}' holds a URL with a literal password.`,
            fix: `Write the password as \${${variable.name}_PASSWORD} (or another variable) and set it in the stack's .env, which stays out of git.`
          });
          continue;
        }
        if (!isSecretName(variable.name) || !isLiteralSecret(raw)) continue;
        report({
          loc: valueLoc(service, variable) ?? service.loc,
          path: service.stack.file,
          message: `${variable.name} of '${service.name}' is a literal secret in the compose file.`,
          fix: `Write ${variable.name}: \${${variable.name}} and set it in the stack's .env (kept out of git), or use ${variable.name}_FILE with a Docker secret where the image supports it.`
        });
      }
    }
    for (const { script } of model.database.initScripts) {
      if (script.kind !== "sql" && script.kind !== "sql.gz" && script.kind !== "sh") continue;
      for (const literal of script.literalPasswords) {
        report({
          loc: literal.loc,
          message: `The password of role '${literal.role}' is written literally in the init script.`,
          fix: script.kind === "sh" ? `Use a variable from the container's environment: PASSWORD '\${${literal.role.toUpperCase()}_PASSWORD}' in an unquoted here-document, with ${literal.role.toUpperCase()}_PASSWORD passed in the postgres service's environment.` : `Read it with psql: '\\getenv ${literal.role}_password ${literal.role.toUpperCase()}_PASSWORD' and PASSWORD :'${literal.role}_password', with ${literal.role.toUpperCase()}_PASSWORD passed in the postgres service's environment.`
        });
      }
    }
  }
);

// rules/database/isolated-store.ts
var isolated_store_default = defineRule(
  {
    id: "isolated-store",
    group: "database",
    severity: "error",
    description: "A vector or graph store that is not isolated: vector/graph data in the shared Postgres, or a store sharing a container or volume with another service",
    rationale: 'The seed: Qdrant (vector) and Neo4j (graph) are "Isolated \u2705" \u2014 different resource profile and query patterns than Postgres OLTP.'
  },
  (context) => {
    const { model, report } = context;
    const { shared, matrix } = model.database;
    if (shared) {
      const product = postgresVectorProduct(shared.image);
      if (product) {
        report({
          loc: shared.stack.locate(["services", shared.name, "image"]) ?? shared.loc,
          path: shared.stack.file,
          message: `The shared Postgres runs ${shared.image} (${product}): vector/graph data would live in the operational database.`,
          fix: `Use the plain image (e.g. postgres:16-alpine) for the shared Postgres and run the vector store in its own container (e.g. qdrant/qdrant in memory-orchestration/qdrant/).`
        });
      }
      for (const database of matrix?.databases ?? []) {
        for (const extension of database.extensions) {
          const name = VECTOR_GRAPH_EXTENSIONS.get(extension.name);
          if (!name) continue;
          report({
            loc: extension.loc,
            message: `CREATE EXTENSION ${extension.name} puts ${name} vector/graph data in the shared Postgres.`,
            fix: `Remove this statement and keep the ${extension.name === "age" ? "graph in its own store (e.g. neo4j)" : "embeddings in their own store (e.g. qdrant)"}.`
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
          related: [relatedSide(kept, `'${kept.item.name}' is the other side of ${link.how}.`)],
          key: `container:${service.name}:${other.name}`,
          cause: removalCause(context, blamed.item),
          message: `${store.product} ('${service.name}') shares a container with '${other.name}' (${link.how}).`,
          fix: `Give '${service.name}' its own container: remove ${link.how} and connect over the network instead.`
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
            related: [relatedSide(kept, `'${kept.item.name}' mounts the same data.`)],
            key: `volume:${service.name}:${mount.source}`,
            cause: removalCause(context, blamed.item),
            message: `${store.product} ('${service.name}') shares ${describe(mount)} with '${other.service.name}' (${where(model, other.loc, other.service.stack.file)}).`,
            fix: `Give '${service.name}' a volume of its own (e.g. ${service.name}_data:${mount.target}) and keep '${other.service.name}' off it.`
          });
        }
      }
    }
  }
);
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
import path10 from "node:path";
var CORE = "core-infra";
var single_cache_default = defineRule(
  {
    id: "single-cache",
    group: "database",
    severity: "warning",
    description: "More than one Valkey/Redis-compatible cache, or the shared one outside core-infra/",
    rationale: 'The seed: "Valkey (Cache) \u2014 Shared \u2705 \u2014 Lightweight, key-value only", one instance in core-infra/valkey/.'
  },
  (context) => {
    const { model, report } = context;
    const caches = model.database.stores.filter((s) => s.kind === "cache");
    if (caches.length === 0) return;
    const inCore = (s) => path10.relative(model.root, s.stack.dir).split(path10.sep)[0] === CORE;
    const shared = caches.find((c) => inCore(c.service)) ?? (caches.length === 1 ? caches[0] : null);
    if (!shared) {
      for (const cache of caches) {
        const service = cache.service;
        report({
          loc: service.stack.locate(["services", service.name, "image"]) ?? service.loc,
          path: service.stack.file,
          message: `'${service.name}' is one of ${caches.length} ${cache.product === "redis" ? "Redis" : "Valkey/Redis"} caches, and none is the shared one in ${CORE}/.`,
          fix: `Keep one shared cache in '${shown(model, path10.join(model.root, CORE, "valkey"))}' and point this service at it (a database number or key prefix of its own, e.g. redis://valkey:6379/1), then remove this container.`
        });
      }
      return;
    }
    if (!inCore(shared.service)) {
      const target = path10.join(model.root, CORE, shared.product === "redis" ? "redis" : "valkey");
      report({
        loc: shared.service.loc,
        path: shared.service.stack.file,
        target,
        message: `The shared cache '${shared.service.name}' (${shared.product}) runs outside ${CORE}/.`,
        fix: `Move it to '${shown(model, target)}' and define it in the ${CORE}/ stack.`,
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
        related: [relatedSide(kept, kept.item === shared.service ? `The shared cache '${shared.service.name}'.` : `The other ${cache.product} cache '${service.name}'.`)],
        key: service.name,
        cause: removalCause(context, service),
        message: `'${service.name}' is another ${cache.product} cache besides the shared '${shared.service.name}' (${where(model, shared.service.loc, shared.service.stack.file)}).`,
        fix: `Point '${service.name}''s clients at the shared cache with a database number or key prefix of its own (e.g. redis://${shared.service.containerName ?? shared.service.name}:6379/1) and remove the '${service.name}' container.`
      });
    }
  }
);

// rules/compose/compose-parse.ts
import path11 from "node:path";
var COMPOSE_NAMES = /* @__PURE__ */ new Set([...COMPOSE_FILE_NAMES, ...COMPOSE_OVERRIDE_FILE_NAMES]);
var compose_parse_default = defineRule(
  {
    id: "compose-parse",
    group: "compose",
    severity: "error",
    description: "A compose file (or its `.env`, an env_file, an included or extended file) that does not parse: YAML, an invalid `${...}` template, `.env` syntax (line and column of the error); or a compose file Docker Compose never reads",
    rationale: "A stack that does not load does not start; every other compose file is still linted, so one broken file does not hide the rest."
  },
  ({ model, report }) => {
    const used = /* @__PURE__ */ new Set();
    const once = firstTime();
    for (const stack of model.stacks) {
      for (const file of [...stack.files, ...stack.imported ?? []]) {
        used.add(file.abs);
        for (const error of file.errors) {
          const loc = { file: file.abs, line: error.line, column: error.column };
          if (!once(loc, error.message)) continue;
          report({
            loc,
            message: `Compose file does not load: ${error.message}.`,
            fix: "Fix the YAML at this position (indent with spaces, quote values holding `: ` or `#`, close every quote and bracket); `docker compose config` shows the same error."
          });
        }
      }
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== "compose-parse" || !once(issue.loc, issue.message)) continue;
        report({
          loc: issue.loc,
          path: stack.file,
          message: `Compose file does not load: ${issue.message}.`,
          fix: /interpolation|template/.test(issue.message) ? "Write `${NAME}`, `${NAME:-default}`, `${NAME:?error}` or `${NAME:+alternative}` (a name of letters, digits and _), or `$$` for a literal `$`." : /required variable/.test(issue.message) ? "Give the variable a value in `.env`, or a default with `${NAME:-default}`." : "Fix the line as Docker Compose reads env files: `KEY=value`, quotes closed, no space in the key, `$$` for a literal `$`."
        });
      }
    }
    for (const stack of model.stacks) {
      const names = new Set((model.tree.children.get(relDir(model.root, stack.dir)) ?? []).filter((e) => e.kind === "file").map((e) => e.name));
      const main = path11.basename(stack.file);
      const overrides = stack.files.slice(1).map((f) => path11.basename(f.abs));
      for (const name of names) {
        if (!COMPOSE_NAMES.has(name) || used.has(path11.join(stack.dir, name))) continue;
        const isOverride = COMPOSE_OVERRIDE_FILE_NAMES.includes(name);
        const reads = isOverride ? `${main} with ${overrides.join(", ")}` : main;
        report({
          loc: { file: path11.join(stack.dir, name), line: 1, column: 1 },
          message: `Docker Compose ignores ${name}: in this folder it reads ${reads}.`,
          fix: isOverride ? `Merge ${name} into ${overrides[0] ?? "the override file in use"} and delete it.` : `Merge what ${name} adds into ${main} and delete ${name} (or pass it with -f, under a name Compose does not pick up by itself).`
        });
      }
    }
  }
);
function relDir(root, dir) {
  return path11.relative(root, dir).split(path11.sep).join("/");
}

// rules/compose/compose-schema.ts
var compose_schema_default = defineRule(
  {
    id: "compose-schema",
    group: "compose",
    severity: "error",
    description: "A compose file Docker Compose would refuse: the Compose Specification schema (on the merged model) and the checks its loader runs after it; the message names the key and its line",
    rationale: "Docker Compose refuses a file with an unknown or mistyped key, a value it cannot convert, an extends or include it cannot follow, or a dependency cycle; otherwise that only shows on the host, at deploy time."
  },
  async ({ model, report }) => {
    const stacks = model.stacks.filter((stack) => (stack.stages ?? []).length > 0 || (stack.issues ?? []).length > 0);
    if (stacks.length === 0) return;
    const { validateStack } = await import("./stack-7UA4S72C.js");
    const once = firstTime();
    for (const stack of stacks) {
      for (const issue of stack.issues ?? []) {
        if (issue.rule !== "compose-schema" || !once(issue.loc, issue.message)) continue;
        report({ loc: issue.loc, path: stack.file, message: `${issue.message}.`, fix: "Change it to what Docker Compose accepts; `docker compose config` shows the same error." });
      }
      for (const problem of validateStack(stack)) {
        if (!once(problem.loc, problem.message)) continue;
        report({
          loc: problem.loc,
          path: stack.file,
          message: `${problem.message}.`,
          fix: problem.suggestion ? `Write '${problem.suggestion}' here instead.` : `Change '${problem.keyPath || "the top level"}' to what Docker Compose accepts (https://github.com/compose-spec/compose-spec/blob/main/spec.md); \`docker compose config\` shows the same error.`
        });
      }
    }
  }
);

// rules/compose/duplicate-container-name.ts
var duplicate_container_name_default = defineRule(
  {
    id: "duplicate-container-name",
    group: "compose",
    severity: "error",
    description: "One container_name used twice on the host, across all stacks",
    rationale: 'Container names are global on a Docker host: the second stack fails with "container name already in use", which per-file linters cannot see.'
  },
  (context) => {
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
        const others = ordered.slice(index + 1).filter((o) => mayRunTogether(o.item, side.item));
        if (others.length === 0) return;
        const service = side.item;
        const first = others[others.length - 1];
        const other = first.item.stack === service.stack ? `service '${first.item.name}' of this stack` : `service '${first.item.name}'`;
        const why = blameWhy(context, side);
        report({
          loc: side.loc,
          path: side.path,
          message: `Container name '${name}' of service '${service.name}' is already used by ${other} at ${where(model, first.loc, first.item.stack.file)}; the second container fails to start.`,
          fix: `Give '${service.name}' a unique container_name (e.g. '${service.name === name ? `${name}-2` : service.name}')${why ? ` (this side should change: ${why})` : ""}, or remove it if it is the same service.`,
          related: others.map((o) => relatedSide(o, `Service '${o.item.name}' also uses container name '${name}'.`)),
          key: name,
          cause: removalCause(context, service)
        });
      });
    }
  }
);

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
    if (use.replicas > 1) groups.push({ kind: "replicas", ports: { start: use.port.start, end: use.port.end }, protocol: use.port.protocol, hostIp: use.port.hostIp, uses: [use] });
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
      groups.push({ kind: "pool", ports: { start: use.port.start, end: use.port.end }, protocol: use.port.protocol, hostIp: use.port.hostIp, uses: [...others, use] });
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

// rules/compose/duplicate-host-port.ts
var duplicate_host_port_default = defineRule(
  {
    id: "duplicate-host-port",
    group: "compose",
    severity: "error",
    description: "One host port (same host IP and protocol) published twice on the host, across all stacks",
    rationale: 'A host port can be bound once: the second stack fails with "port is already allocated", which per-file linters cannot see.'
  },
  (context) => {
    const { model, report } = context;
    const uses = [];
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        for (const port of publishedPorts(service.resolved.ports)) uses.push({ service, port, replicas: replicasOf(service) });
      }
    }
    const locOf = (use) => lazyLoc(() => use.service.stack.locate(["services", use.service.name, "ports", use.port.index]) ?? use.service.loc);
    for (const group of clashGroups(uses, mayRunTogether)) {
      const shared = describePort(group.ports, group.protocol, group.hostIp);
      if (group.kind === "replicas") {
        const [use] = group.uses;
        report({
          loc: locOf(use)(),
          path: use.service.stack.file,
          message: `Host port ${shared} of service '${use.service.name}' is published by each of its ${use.replicas} containers (scale/deploy.replicas); the second fails with "port is already allocated".`,
          fix: `Publish a host port range as large as the replica count (e.g. '${group.ports.start}-${group.ports.start + use.replicas - 1}:<container port>'), or run one container.`,
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
        const named = others.map((o) => `${o.use.service === use.service ? "this service" : `service '${o.use.service.name}'`} at ${where(model, o.loc, o.use.service.stack.file)}`).join(", ");
        const why = group.kind === "pool" ? null : blameWhy(context, side);
        report({
          loc: side.loc,
          path: use.service.stack.file,
          message: group.kind === "pool" ? `Every host port of ${shared} (the range of service '${use.service.name}') is already published, by ${named}; the container fails with "port is already allocated".` : `Host port ${shared} of service '${use.service.name}' is already published by ${named}; the second container fails with "port is already allocated".`,
          fix: `Publish '${use.service.name}' on a free host port (change the host side of '${use.port.text}')${why ? ` (this side should change: ${why})` : ""}, bind the two to different host IPs, or let the reverse proxy route to it and drop the published port.`,
          related: others.map((o) => relatedSide(o, `Service '${o.use.service.name}' publishes host port ${shared} too ('${o.use.port.text}').`)),
          key: shared,
          cause: removalCause(context, use.service)
        });
      }
    }
  }
);
function replicasOf(service) {
  const { scale, deploy } = service.resolved;
  const count = typeof scale === "number" ? scale : typeof deploy?.replicas === "number" ? deploy.replicas : 1;
  return Number.isInteger(count) && count > 1 ? count : 1;
}

// rules/compose/duplicate-router.ts
var duplicate_router_default = defineRule(
  {
    id: "duplicate-router",
    group: "compose",
    severity: "error",
    description: "One Traefik router name, or one Host() rule, used by two services",
    rationale: "Traefik keeps one router per name and one route per host: the other service silently gets no traffic, or traffic flips between the two."
  },
  (context) => {
    const { model, report } = context;
    const sidesOf = (earlier, later) => blameOrder(context, [
      { ...serviceSide(context, earlier.service, earlier.loc()), seen: earlier },
      { ...serviceSide(context, later.service, later.loc()), seen: later }
    ]);
    const byName = /* @__PURE__ */ new Map();
    const byHost = /* @__PURE__ */ new Map();
    for (const stack of activeStacks(model)) {
      for (const service of stack.services) {
        if (isTraefikDisabled(service.labels)) continue;
        for (const router of traefikRouters(service.labels)) {
          const loc = lazyLoc(() => labelLoc(service, router.labelKey));
          const current = { service, router, loc };
          const nameKey = `${router.protocol}.${router.name}`;
          const sameName = byName.get(nameKey);
          if (sameName && sameName.service !== service) {
            const [blamed, kept] = sidesOf(sameName, current);
            const mine = blamed.seen.service;
            const why = blameWhy(context, blamed);
            report({
              loc: blamed.loc,
              path: blamed.path,
              message: `Traefik router '${router.name}' of service '${mine.name}' is also defined by service '${kept.seen.service.name}' at ${where(model, kept.loc, kept.path)}; Traefik merges or drops one of them.`,
              fix: `Rename the router in '${mine.name}''s labels (e.g. traefik.${router.protocol}.routers.${mine.name}.rule) so each service has its own${why ? ` (this side should change: ${why})` : ""}.`,
              related: [relatedSide(kept, `Service '${kept.seen.service.name}' defines router '${router.name}' too.`)],
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
              const why = blameWhy(context, blamed);
              report({
                loc: blamed.loc,
                path: blamed.path,
                message: `Host '${route.host}'${on} is routed to service '${mine.service.name}' by router '${mine.router.name}' and to service '${theirs.service.name}' by router '${theirs.router.name}' at ${where(model, kept.loc, kept.path)}; only one of them gets the traffic.`,
                fix: `Give '${mine.service.name}' another host, or tell the two apart with a PathPrefix() in its rule (or set traefik.enable=false on it if it should not be routed)${why ? `; this side should change: ${why}` : ""}.`,
                related: [relatedSide(kept, `Service '${theirs.service.name}' is routed for host '${route.host}' too (router '${theirs.router.name}').`)],
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
);
function entrypointsMeet(a, b) {
  if (a.entrypoints.length === 0 || b.entrypoints.length === 0) return true;
  return a.entrypoints.some((e) => b.entrypoints.includes(e));
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

// src/compose/locate-file.ts
function locateInFile(file, path12, atKey) {
  if (!file.lineCounter) return null;
  for (let length = path12.length; length >= 0; length--) {
    const prefix = path12.slice(0, length);
    for (let d = file.documents.length - 1; d >= 0; d--) {
      const found = findNode(file.documents[d], prefix);
      if (!found) continue;
      const preferKey = atKey || length < path12.length;
      const first = preferKey ? found.key : found.value;
      const second = preferKey ? found.value : found.key;
      const loc = nodeLoc(file.abs, file.lineCounter, first) ?? nodeLoc(file.abs, file.lineCounter, second);
      if (loc) return loc;
    }
  }
  return { file: file.abs, line: 1, column: 1 };
}

// rules/compose/obsolete-version.ts
var obsolete_version_default = defineRule(
  {
    id: "obsolete-version",
    group: "compose",
    severity: "warning",
    description: "A top-level `version:` key",
    rationale: "The Compose Specification made `version:` obsolete: Docker Compose ignores it and warns on every run."
  },
  ({ model, report }) => {
    for (const stack of model.stacks) {
      for (const file of stack.files) {
        if (!file.data || !Object.hasOwn(file.data, "version")) continue;
        report({
          loc: locateInFile(file, ["version"], true),
          message: `Top-level 'version: ${String(file.data.version)}' is obsolete: Docker Compose ignores it and warns "the attribute \`version\` is obsolete".`,
          fix: `Delete the 'version:' line (set a top-level 'name:' if you want a fixed project name).`
        });
      }
    }
  }
);

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
var unpinned_image_default = defineRule(
  {
    id: "unpinned-image",
    group: "compose",
    severity: "warning",
    description: "An image with no tag or a moving tag (`latest`, `stable`, \u2026) and no digest",
    rationale: "A moving tag changes what runs on the next pull or host rebuild: upgrades happen unplanned and a rollback has no version to return to."
  },
  ({ model, report }) => {
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
          message: `Image '${image}' of service '${service.name}' ${why}: it changes on the next pull.`,
          fix: `Pin a version tag (${withoutTag(image, ref.tag)}:<version>, the release you run now) or a digest (@sha256:\u2026), and upgrade on purpose.`
        });
      }
    }
  }
);
function withoutTag(image, tag) {
  return tag === null ? image.trim() : image.trim().slice(0, -(tag.length + 1));
}

// rules/meta/unreadable-path.ts
var unreadable_path_default = defineRule(
  {
    id: "unreadable-path",
    group: "meta",
    severity: "warning",
    description: "A folder or file svclint could not read (permissions, non-UTF-8 name, depth limit)",
    rationale: "A linter that silently skips part of the tree gives a false all-clear; what was not read is said."
  },
  ({ model, report }) => {
    for (const problem of model.tree.problems) {
      report({ path: problem.abs, message: `Not linted: ${problem.message}.`, fix: "Fix the permissions or rename it; then run svclint again." });
    }
  }
);

// rules/meta/unused-directive.ts
var unused_directive_default = defineRule(
  {
    id: "unused-directive",
    group: "meta",
    severity: "warning",
    description: "An inline svclint-disable directive or a config exception that suppressed nothing, is malformed, or has no reason",
    rationale: "A suppression outlives the problem it was written for unless someone is told; a reason says why it is there."
  },
  // The work happens in the engine's suppression pass (src/engine/suppress.ts), after every rule
  // ran: only then is it known what each directive suppressed.
  () => {
  }
);

// rules/index.ts
var allRules = [
  // Structure
  no_catch_all_dir_default,
  no_technology_dir_default,
  service_outside_capability_default,
  undeclared_capability_default,
  misplaced_service_default,
  split_system_default,
  non_canonical_name_default,
  duplicate_service_default,
  missing_stack_file_default,
  too_deep_default,
  archived_service_active_default,
  legacy_service_default,
  broken_symlink_default,
  migration_symlink_default,
  build_context_default,
  stale_doc_path_default,
  // Database
  single_postgres_default,
  postgres_superuser_default,
  shared_db_role_default,
  db_allocation_default,
  unused_allocation_default,
  initdb_missing_default,
  initdb_public_connect_default,
  initdb_cross_grant_default,
  initdb_env_placeholder_default,
  plaintext_secret_default,
  isolated_store_default,
  single_cache_default,
  initdb_unevaluated_default,
  // Compose
  compose_parse_default,
  compose_schema_default,
  duplicate_container_name_default,
  duplicate_host_port_default,
  duplicate_router_default,
  obsolete_version_default,
  unpinned_image_default,
  memory_budget_default,
  // Meta
  unreadable_path_default,
  unused_directive_default
];

// src/engine/levels.ts
function selectRules(rules, configLevels, cliLevels, groups, describeConfigKey) {
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of configLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`${describeConfigKey(id)}: unknown rule '${id}' (see \`svclint rules\`)`);
  }
  for (const id of cliLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}' (see \`svclint rules\`)`);
  }
  const selected = [];
  for (const rule of rules) {
    if (groups && rule.meta.group !== "meta" && !groups.includes(rule.meta.group)) continue;
    const level = cliLevels.get(rule.meta.id) ?? configLevels.get(rule.meta.id) ?? (rule.meta.severity === "error" ? "error" : "warn");
    if (level === "off") continue;
    selected.push({ rule, severity: level === "error" ? "error" : "warning" });
  }
  return selected;
}
function parseRuleFlags(values) {
  const levels = /* @__PURE__ */ new Map();
  for (const value of values) {
    const match = /^([a-z0-9-]+):(off|warn|warning|error|0|1|2)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule expects ID:off|warn|error, got '${value}'`);
    const raw = match[2];
    levels.set(match[1], raw === "off" || raw === "0" ? "off" : raw === "error" || raw === "2" ? "error" : "warn");
  }
  return levels;
}

export {
  allRules,
  selectRules,
  parseRuleFlags
};
