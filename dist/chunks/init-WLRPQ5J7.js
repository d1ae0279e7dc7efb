import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  writeFileMakingDirs
} from "./chunk-UQHBPCUU.js";
import {
  buildHostModel,
  memoryBudget
} from "./chunk-6H6MFZHV.js";
import {
  CONFIG_FILE_NAMES,
  buildPolicy,
  findServicesTrees
} from "./chunk-NPUTOQXD.js";
import "./chunk-JYVNWJNS.js";
import {
  formatBytes,
  require_dist
} from "./chunk-XJRKILKQ.js";
import "./chunk-3VKYS3HJ.js";
import {
  escapeRegex
} from "./chunk-HD7RUNM3.js";
import "./chunk-M2EK3JYW.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-VFVSZFIG.js";
import {
  VERSION
} from "./chunk-VGLLDJT4.js";
import {
  displayPath
} from "./chunk-ZXHC4XCV.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";
import {
  __toESM
} from "./chunk-3DAIKRF3.js";

// src/commands/init.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readdirSync, readFileSync, statSync } from "node:fs";
import path2 from "node:path";

// src/policy/infer.ts
import { existsSync } from "node:fs";
import path from "node:path";
function inferConfig(model, configDir) {
  const builtInCapabilities = [];
  const newCapabilities = [];
  const notCapabilities = [];
  const servicesIn = (name) => model.serviceDirs.filter((d) => d.capability?.name === name && d.parentKind === "capability");
  for (const cap of model.capabilityDirs) {
    const dirs = servicesIn(cap.name);
    const services = dirs.map((d) => d.name);
    const stackServices = model.stacks.filter((s) => s.dir === cap.abs).flatMap((s) => s.services.map((c) => c.name));
    if (cap.declared) {
      builtInCapabilities.push({ name: cap.name, services, stackServices });
      continue;
    }
    const elsewhere = dirs.filter((d) => d.classification.capability !== null && d.classification.capability !== cap.name);
    if (dirs.length > 0 && elsewhere.length === dirs.length) {
      const targets = [...new Set(elsewhere.map((d) => d.classification.capability))];
      notCapabilities.push({ name: cap.name, reason: `its services belong in ${targets.map((t) => `${t}/`).join(", ")} (placement table)` });
    } else {
      newCapabilities.push({ name: cap.name, services, stackServices });
    }
  }
  const newNames = new Set(newCapabilities.map((c) => c.name));
  const recognised = /* @__PURE__ */ new Map();
  const placed = [];
  const unplaced = [];
  for (const dir of model.serviceDirs) {
    const { capability, canonicalName } = dir.classification;
    if (capability !== null && dir.classification.catalog) recognised.set(canonicalName, capability);
    else if (capability === null && dir.capability && newNames.has(dir.capability.name) && dir.parentKind === "capability")
      placed.push({ name: dir.name, capability: dir.capability.name });
    else if (capability === null && (dir.parentKind === "root" || dir.parentKind === "catch-all" || dir.parentKind === "technology")) unplaced.push(dir.rel);
  }
  const { postgres, postgresNote } = sharedPostgres(model);
  const { allocations, notes } = inferAllocations(model);
  const docsDir = path.join(configDir, "docs");
  return {
    root: displayPath(model.root, configDir),
    builtInCapabilities,
    newCapabilities,
    notCapabilities,
    recognised: [...recognised].map(([name, capability]) => ({ name, capability })).sort((a, b) => a.name < b.name ? -1 : 1),
    placed,
    unplaced,
    systems: inferSystems(model, /* @__PURE__ */ new Set([...newNames, ...builtInCapabilities.map((c) => c.name)])),
    postgres,
    postgresNote,
    allocations,
    allocationNotes: notes,
    memory: memoryTotals(model),
    docs: existsSync(docsDir) ? ["docs/**/*.md"] : []
  };
}
function sharedPostgres(model) {
  const { shared, postgres } = model.database;
  if (!shared) {
    if (postgres.length === 0) return { postgres: null, postgresNote: null };
    const names = postgres.slice(0, 5).map((p) => `${p.name} in ${displayPath(p.stack.dir, model.root)}/`).join(", ") + (postgres.length > 5 ? ", \u2026" : "");
    return {
      postgres: null,
      postgresNote: `${postgres.length} Postgres containers (${names}) and none is the shared one in core-infra/: declare the one that is (database.postgres), or move it there`
    };
  }
  const capability = model.policy.database.postgres?.capability ?? "core-infra";
  const where = displayPath(shared.stack.file, model.root);
  return { postgres: { service: shared.name, capability, note: `found in ${where}` }, postgresNote: null };
}
function inferAllocations(model) {
  const { connections, matrix, superusers } = model.database;
  const createdRoles = new Set(matrix?.roles.filter((r) => r.created).map((r) => r.name) ?? []);
  const createdDatabases = new Set(matrix?.databases.filter((d) => d.created).map((d) => d.name) ?? []);
  const scripts = [...new Set(model.database.initScripts.filter((s) => s.postgres === model.database.shared).map((s) => path.basename(s.file)))];
  const scriptNames = scripts.length > 0 ? scripts.join(", ") : "no init script";
  const allocations = [];
  const notes = [];
  const seen = /* @__PURE__ */ new Set();
  const usedDatabases = /* @__PURE__ */ new Set();
  for (const connection of connections) {
    if (!connection.toShared) continue;
    const service = allocationName(connection.service);
    const role = connection.user?.value ?? null;
    if (role !== null && superusers.includes(role)) {
      const database2 = connection.database?.value ?? null;
      if (database2 !== null) usedDatabases.add(database2);
      const own = (database2 !== null ? matrix?.grantedConnectors(database2) ?? [] : []).filter((r) => !superusers.includes(r));
      notes.push(
        own.length === 1 ? `${service} connects${database2 ? ` to ${database2}` : ""} as the superuser '${role}' (postgres-superuser); the init scripts give ${own[0]} access to it: switch ${service} to that role and add - { service: ${service}, database: ${database2}, role: ${own[0]} }` : `${service} connects${database2 ? ` to ${database2}` : ""} as the superuser '${role}' (postgres-superuser): give it a role of its own, then its entry`
      );
      continue;
    }
    if (role === null) {
      notes.push(
        `${service}: the role comes from ${connection.user ? `\${${connection.user.variable}}` : "nowhere svclint can read"} (not known here): add its entry`
      );
      continue;
    }
    const { database, defaulted } = databaseOf(connection, role);
    if (database === null) {
      notes.push(`${service}: the database comes from \${${connection.database.variable}} (not known here): add its entry`);
      continue;
    }
    const key = `${service}\0${database}\0${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const variables = [...new Set([connection.user?.variable, connection.database?.variable].filter(Boolean))].join(", ") || connection.name;
    const inScripts = createdRoles.has(role) && createdDatabases.has(database);
    const missing = [!createdRoles.has(role) && `role ${role}`, !createdDatabases.has(database) && `database ${database}`].filter(Boolean).join(" and ");
    allocations.push({
      service,
      database,
      role,
      source: inScripts ? `${variables} of ${service}; created in ${scriptNames}` : `${variables} of ${service}${defaulted ? ` (database defaults to the role)` : ""}; ${scriptNames === "no init script" ? "no init script creates it" : `${scriptNames} does not create ${missing}`}`,
      guess: !inScripts || defaulted
    });
  }
  for (const a of allocations) usedDatabases.add(a.database);
  for (const database of createdDatabases) {
    if (usedDatabases.has(database)) continue;
    const owner = matrix?.databases.find((d) => d.name === database)?.owner;
    notes.push(
      `database ${database}${owner ? ` (owner ${owner})` : ""} is created by ${scriptNames}, but no service connects to it: add its entry when one does`
    );
  }
  const byRole = /* @__PURE__ */ new Map();
  for (const a of allocations) byRole.set(a.role, [...byRole.get(a.role) ?? [], a]);
  for (const [role, list2] of byRole) {
    if (new Set(list2.map((a) => a.service)).size < 2) continue;
    for (const a of list2) {
      a.guess = true;
      a.source += `; shares role ${role} with ${list2.filter((o) => o !== a).map((o) => o.service).join(", ")}: keep both entries only if they are meant to share it`;
    }
  }
  return { allocations, notes };
}
function allocationName(service) {
  const dir = service.serviceDir;
  return dir && dir.primary === service ? dir.classification.canonicalName : service.name;
}
function databaseOf(connection, role) {
  if (!connection.database) return { database: role, defaulted: true };
  return { database: connection.database.value, defaulted: false };
}
function inferSystems(model, capabilities) {
  const present = new Set(model.serviceDirs.map((d) => d.classification.canonicalName));
  const systems = model.policy.systems.filter((s) => s.members.some((m) => present.has(m))).map((s) => ({ name: s.name, capability: s.capability, members: s.members.filter((m) => present.has(m)), builtIn: true }));
  const inSystem = new Set(model.policy.systems.flatMap((s) => s.members));
  const groups = /* @__PURE__ */ new Map();
  for (const dir of model.serviceDirs) {
    if (dir.parentKind !== "capability" || !dir.capability || !capabilities.has(dir.capability.name)) continue;
    const prefix = /^([a-z0-9]+)-[a-z0-9-]+$/.exec(dir.name)?.[1];
    if (!prefix || inSystem.has(dir.classification.canonicalName)) continue;
    const key = `${dir.capability.name}/${prefix}`;
    const group = groups.get(key) ?? { capability: dir.capability.name, prefix, members: [] };
    group.members.push(dir.name);
    groups.set(key, group);
  }
  const taken = new Set(systems.map((s) => s.name));
  for (const group of groups.values()) {
    if (group.members.length < 2 || taken.has(group.prefix)) continue;
    taken.add(group.prefix);
    systems.push({ name: group.prefix, capability: group.capability, members: group.members.sort(), builtIn: false });
  }
  return systems;
}
function memoryTotals(model) {
  const { usages, declared, estimated, total } = memoryBudget(model);
  if (usages.length === 0) return null;
  const unknown = usages.filter((u) => u.bytes === null).map((u) => u.service.name);
  return { declared, estimated, total, unknown };
}

// src/commands/init.ts
var CONFIG_NAME = CONFIG_FILE_NAMES[0];
var WORKFLOW = ".github/workflows/svclint.yml";
var PRE_COMMIT = ".pre-commit-config.yaml";
async function runInit({ args, flags, io }) {
  if (args.length > 1) throw new UsageError("usage: svclint init [path] [--workflow] [--pre-commit] [--force]");
  const arg = args[0] ?? ".";
  const { configDir, root } = locateTree(arg, io.cwd);
  const force = flags.bool("force") === true;
  const repoDir = gitRoot(configDir) ?? configDir;
  const shown = (abs) => displayPath(abs, io.cwd);
  const configFile = path2.join(configDir, CONFIG_NAME);
  const existing = CONFIG_FILE_NAMES.map((name) => path2.join(configDir, name)).filter((f) => existsSync2(f));
  const workflowFile = path2.join(repoDir, WORKFLOW);
  const refused = [...existing.length > 0 && !force ? existing : [], ...flags.bool("workflow") && existsSync2(workflowFile) && !force ? [workflowFile] : []];
  if (refused.length > 0)
    throw new UsageError(`${refused.map(shown).join(", ")} already exist${refused.length === 1 ? "s" : ""}: not overwritten (use --force to replace)`);
  const policy = buildPolicy(null, configDir);
  const model = await buildHostModel(root, policy, io.cwd, { database: true });
  const inferred = inferConfig(model, configDir);
  writeFileMakingDirs(configFile, renderConfig(inferred, shown(root)));
  const written = [`${shown(configFile)} (${summary(inferred)})`];
  const shadowed = existing.filter((f) => f !== configFile);
  if (shadowed.length > 0)
    io.stderr(`svclint: note: ${shadowed.map(shown).join(", ")} ${shadowed.length === 1 ? "is" : "are"} now shadowed by ${CONFIG_NAME} (it is found first)
`);
  const treePath = displayPath(configDir, repoDir);
  if (flags.bool("workflow")) {
    writeFileMakingDirs(workflowFile, renderWorkflow(treePath));
    written.push(shown(workflowFile));
  }
  if (flags.bool("pre-commit")) written.push(addPreCommitHook(path2.join(repoDir, PRE_COMMIT), displayPath(root, repoDir), treePath, force, shown));
  io.stdout(
    `svclint init: wrote ${written.join("; ")}
Next: read the config (lines marked "guess" need a look), then run: svclint${arg === "." ? "" : ` ${arg}`}
`
  );
  return 0;
}
function locateTree(arg, cwd) {
  const dir = path2.resolve(cwd, arg);
  const stats = statSync(dir, { throwIfNoEntry: false });
  if (!stats) throw new UsageError(`${arg}: no such directory`);
  if (!stats.isDirectory()) throw new UsageError(`${arg}: not a directory (give the folder holding services/)`);
  if (statSync(path2.join(dir, "services"), { throwIfNoEntry: false })?.isDirectory()) return { configDir: dir, root: path2.join(dir, "services") };
  if (path2.basename(dir) === "services") return { configDir: path2.dirname(dir), root: dir };
  const hosts = findServicesTrees(dir, 3);
  if (hosts.length > 1) {
    const list2 = hosts.map((h) => displayPath(path2.dirname(h), cwd)).join(", ");
    throw new UsageError(`${arg} holds ${hosts.length} services trees: run svclint init in each host folder (${list2})`);
  }
  if (hosts.length === 1) return { configDir: path2.dirname(hosts[0]), root: hosts[0] };
  if (holdsCompose(dir)) return { configDir: dir, root: dir };
  throw new UsageError(`no services tree found in ${arg} (looked for services/ and compose files)`);
}
function holdsCompose(dir) {
  const isCompose = (name) => /^(docker-)?compose\.ya?ml$/.test(name);
  const names = safeList(dir);
  return names.some(isCompose) || names.some((name) => safeList(path2.join(dir, name)).some(isCompose));
}
function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
function gitRoot(dir) {
  let current = dir;
  for (; ; ) {
    if (existsSync2(path2.join(current, ".git"))) return current;
    const parent = path2.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
function summary(inferred) {
  const guesses = inferred.allocations.filter((a) => a.guess).length;
  const parts = [
    `${inferred.newCapabilities.length} new capabilit${inferred.newCapabilities.length === 1 ? "y" : "ies"}`,
    `${inferred.allocations.length} allocation${inferred.allocations.length === 1 ? "" : "s"}${guesses ? ` (${guesses} marked guess)` : ""}`
  ];
  if (inferred.memory) parts.push(`budget ${budgetValue(inferred.memory.total)}`);
  return parts.join(", ");
}
function scalar(value) {
  const plain = /^[\w./][\w./*-]*$/.test(value) && !/^[-+]?\.?\d/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
var list = (values) => `[${values.map(scalar).join(", ")}]`;
function budgetValue(bytes) {
  const step = 256 * 1024 ** 2;
  const rounded = Math.max(step, Math.ceil(bytes / step) * step);
  return rounded % 1024 ** 3 === 0 ? `${rounded / 1024 ** 3}GiB` : `${rounded / 1024 ** 2}MiB`;
}
function renderConfig(inferred, rootShown) {
  const out = [
    `# svclint config, written by \`svclint init\` (svclint ${VERSION}) from the tree in ${rootShown}/.`,
    "# It starts from the built-in recommended policy (SERVICE_DIRECTORY_STRUCTURE.md) and adds what",
    '# the tree shows. Lines marked "guess" come from one side only: check them, then drop the word.',
    "# Reference: https://github.com/svclint/svclint#configuration",
    "extends: recommended",
    `root: ${scalar(inferred.root)}`,
    "",
    '# Capability folders (decision tree step 1: "What capability does this provide?").'
  ];
  for (const cap of inferred.builtInCapabilities) out.push(`#   ${cap.name}/ (built in): ${cap.services.join(", ") || "empty"}`);
  for (const cap of inferred.notCapabilities) out.push(`#   ${cap.name}/ is left undeclared: ${cap.reason}`);
  if (inferred.newCapabilities.length > 0) {
    out.push("capabilities:");
    for (const cap of inferred.newCapabilities) {
      const holds = cap.services.length > 0 ? cap.services.join(", ") : cap.stackServices.length > 0 ? `a stack (${cap.stackServices.join(", ")})` : "nothing yet";
      out.push(`  ${scalar(cap.name)}:  # holds ${holds}`);
      out.push(`    description: ""  # TODO: what it holds (svclint place shows it)`);
      out.push(`    provides: []  # TODO: the kinds it answers for svclint place --provides`);
    }
  } else {
    out.push("# (no folder beyond the built-in capabilities)");
  }
  out.push(
    "",
    "# Placement table: the built-in catalog already knows",
    `#   ${inferred.recognised.map((r) => `${r.name} -> ${r.capability}/`).join(", ") || "(none of these services)"}`
  );
  if (inferred.unplaced.length > 0) out.push(`# No rule places these yet (give each a capability folder): ${inferred.unplaced.join(", ")}`);
  if (inferred.placed.length > 0) {
    out.push("services:");
    for (const s of inferred.placed) out.push(`  ${scalar(s.name)}: { capability: ${scalar(s.capability)} }`);
  }
  out.push("", "# Systems: services that belong together share one capability folder.");
  const builtIn = inferred.systems.filter((s) => s.builtIn);
  for (const s of builtIn) out.push(`#   ${s.name} (built in, -> ${s.capability}/): ${s.members.join(", ")} found`);
  const guessed = inferred.systems.filter((s) => !s.builtIn);
  if (guessed.length > 0) {
    out.push("systems:");
    for (const s of guessed) out.push(`  ${scalar(s.name)}: { capability: ${scalar(s.capability)}, members: ${list(s.members)} }  # guess: one name prefix`);
  } else if (builtIn.length === 0) {
    out.push("#   (none recognised)");
  }
  out.push("", "database:");
  if (inferred.postgres)
    out.push(`  postgres: { service: ${scalar(inferred.postgres.service)}, capability: ${scalar(inferred.postgres.capability)} }  # ${inferred.postgres.note}`);
  else if (inferred.postgresNote) out.push(`  # postgres: { service: NAME, capability: core-infra }  # ${inferred.postgresNote}`);
  else out.push("  # no Postgres container found");
  out.push("  # The allocation table: which service owns which database and role in the shared Postgres,");
  out.push("  # from the connections in the compose files and the databases and roles the init scripts create.");
  if (inferred.allocations.length > 0) {
    out.push("  allocations:");
    for (const a of inferred.allocations) {
      out.push(`    - { service: ${scalar(a.service)}, database: ${scalar(a.database)}, role: ${scalar(a.role)} }  # ${a.guess ? "guess: " : ""}${a.source}`);
    }
  } else {
    out.push("  allocations: []  # no service connects to a shared Postgres with a role svclint can read");
  }
  for (const note of inferred.allocationNotes) out.push(`  # not in the table: ${note}`);
  out.push("");
  if (inferred.memory && inferred.memory.total > 0) {
    const m = inferred.memory;
    const parts = [`declared limits ${formatBytes(m.declared)}`, `catalog estimates ${formatBytes(m.estimated)} for services with no limit`];
    out.push(
      `# The stacks add up to ${formatBytes(m.total)} (${parts.join(", ")}${m.unknown.length ? `; ${m.unknown.length} with neither are not counted` : ""}).`
    );
    out.push("# Set the host's memory instead if you know it (the seed plans a 4GiB droplet).");
    out.push(`budget: { memory: ${budgetValue(m.total)} }`);
  } else {
    out.push("# budget: { memory: 4GiB }  # no service declares a memory limit: set the host's memory");
  }
  if (inferred.docs.length > 0) out.push("", "# Documents checked by stale-doc-path (services paths they name must exist).", `docs: ${list(inferred.docs)}`);
  out.push("");
  return out.join("\n");
}
function renderWorkflow(treePath) {
  return `name: svclint
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read          # check out the repository
  security-events: write  # upload SARIF to code scanning
  actions: read           # upload-sarif reads the workflow run (needed in private repositories)

jobs:
  svclint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # only-changed needs the pull request's base commit

      - name: svclint
        id: svclint
        uses: svclint/svclint@v1
        with:
          path: ${scalar(treePath)}
          fail-on: error
          only-changed: false
          sarif-file: svclint.sarif

      - name: Upload SARIF to code scanning
        if: \${{ always() && steps.svclint.outputs.sarif-file != '' }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: \${{ steps.svclint.outputs.sarif-file }}
          category: svclint
`;
}
function addPreCommitHook(file, rootFromRepo, treePath, force, shown) {
  const at = treePath === "." ? "" : `${treePath}/`;
  const files = `^(${escapeRegex(`${rootFromRepo}/`)}|${escapeRegex(at)}docs/|${escapeRegex(`${at}${CONFIG_NAME}`)}$|${escapeRegex(`${at}.svclintrc`)})`;
  const hook = {
    id: "svclint",
    name: "svclint",
    entry: treePath === "." ? "svclint --quiet" : `svclint --quiet ${treePath}`,
    language: "system",
    pass_filenames: false,
    // svclint checks the tree as a whole (one stack can break another)
    ...rootFromRepo === "." ? {} : { files }
  };
  if (!existsSync2(file)) {
    const doc2 = (0, import_yaml.parseDocument)("repos: []\n");
    doc2.set("repos", doc2.createNode([{ repo: "local", hooks: [hook] }]));
    writeFileMakingDirs(
      file,
      `# pre-commit hooks (https://pre-commit.com); svclint's is a local hook: svclint must be on PATH.
${doc2.toString({ lineWidth: 0 })}`
    );
    return shown(file);
  }
  const doc = (0, import_yaml.parseDocument)(readFileSync(file, "utf8"));
  if (doc.errors.length > 0)
    throw new UsageError(`${shown(file)}: not valid YAML (${doc.errors[0].message.split("\n")[0]}); add the hook by hand (README, Pre-commit hook)`);
  let repos = doc.get("repos");
  if (!(0, import_yaml.isSeq)(repos)) {
    doc.set("repos", doc.createNode([]));
    repos = doc.get("repos");
  }
  const seq = repos;
  for (const repo of seq.items) {
    if (!(0, import_yaml.isMap)(repo)) continue;
    const hooks = repo.get("hooks");
    if (!(0, import_yaml.isSeq)(hooks)) continue;
    const index = hooks.items.findIndex((h) => (0, import_yaml.isMap)(h) && h.get("id") === "svclint");
    if (index === -1) continue;
    if (!force) return `${shown(file)} (it has an svclint hook already: left as is; --force replaces it)`;
    hooks.items[index] = doc.createNode(hook);
    writeFileMakingDirs(file, doc.toString({ lineWidth: 0 }));
    return `${shown(file)} (svclint hook replaced)`;
  }
  seq.items.push(doc.createNode({ repo: "local", hooks: [hook] }));
  writeFileMakingDirs(file, doc.toString({ lineWidth: 0 }));
  return `${shown(file)} (svclint hook added)`;
}
export {
  renderConfig,
  renderWorkflow,
  runInit
};
