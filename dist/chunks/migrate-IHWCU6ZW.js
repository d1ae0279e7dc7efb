import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  ABSENT,
  ActionRefused,
  JOURNAL_DIR,
  JOURNAL_FILE,
  PHASE_TITLES,
  absoluteActions,
  applyJournal,
  applyLineEdit,
  backwardStep,
  describeAction,
  describeStep,
  diffManifests,
  effectiveLines,
  getObject,
  linkText,
  loadJournal,
  manifestOf,
  mapActionPaths,
  newJournal,
  physical,
  plannedPathOf,
  projectLine,
  removeJournal,
  removeStaleTemporaries,
  renderText,
  saveJournal,
  shownPath,
  stateOf,
  toManifestEntry,
  treeBeforeAfter,
  viewOfPlan,
  withJournal
} from "./chunk-ZT2RXWUD.js";
import {
  displayAction,
  lintTarget
} from "./chunk-U3ZUPJMP.js";
import "./chunk-ML5GNFYX.js";
import {
  buildHostModel
} from "./chunk-6H6MFZHV.js";
import {
  resolveTarget
} from "./chunk-NPUTOQXD.js";
import {
  buildPlacementPlan,
  documentFiles,
  migrationChecks,
  moveMap
} from "./chunk-PJS6FL45.js";
import "./chunk-JYVNWJNS.js";
import "./chunk-XJRKILKQ.js";
import "./chunk-3VKYS3HJ.js";
import "./chunk-HD7RUNM3.js";
import "./chunk-M2EK3JYW.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-VFVSZFIG.js";
import {
  VERSION
} from "./chunk-VGLLDJT4.js";
import {
  isInside
} from "./chunk-ZXHC4XCV.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/commands/migrate.ts
import { existsSync as existsSync2, realpathSync } from "node:fs";
import path8 from "node:path";

// src/migrate/git.ts
import { spawnSync } from "node:child_process";
import path from "node:path";
function gitState(cwd, paths, scope) {
  const top = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8" });
  if (top.error) return { kind: "no-git" };
  if (top.status !== 0) return { kind: "not-a-repository" };
  const journal = path.join(scope, JOURNAL_DIR);
  const status2 = spawnSync("git", ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths, `:(exclude)${journal}`], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  });
  if (status2.status !== 0) return { kind: "not-a-repository" };
  const changed = status2.stdout.split("\0").filter((entry) => entry.length > 3).map((entry) => entry.slice(3));
  return changed.length > 0 ? { kind: "dirty", paths: changed } : { kind: "clean" };
}

// src/migrate/lock.ts
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, writeSync } from "node:fs";
import path2 from "node:path";
function acquireLock(scope) {
  const file = path2.join(scope, JOURNAL_DIR, "migration.lock");
  const created = !existsSync(path2.dirname(file));
  mkdirSync(path2.dirname(file), { recursive: true });
  const release = () => {
    rmSync(file, { force: true });
    if (!created) return;
    try {
      rmdirSync(path2.dirname(file));
    } catch {
    }
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return release;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const pid = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new UsageError(`another svclint migrate (process ${pid}) is running on this tree (${path2.join(JOURNAL_DIR, "migration.lock")})`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new UsageError(`cannot take ${path2.join(JOURNAL_DIR, "migration.lock")}`);
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/migrate/phase3.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import path4 from "node:path";

// src/migrate/shadow.ts
import { chmodSync, copyFileSync, lstatSync, mkdirSync as mkdirSync2, mkdtempSync, readdirSync, readlinkSync, rmSync as rmSync2, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path3 from "node:path";
var COPY_LIMIT = 1024 * 1024;
function makeShadow(options) {
  if (!isInside(options.scope, options.root)) throw new Error(`the services root ${options.root} is outside the migration's scope ${options.scope}`);
  const base = mkdtempSync(path3.join(os.tmpdir(), "svclint-migrate-"));
  const shadowScope = path3.join(base, path3.basename(options.scope) || "tree");
  const toShadow = (abs) => isInside(options.scope, abs) ? path3.join(shadowScope, path3.relative(options.scope, abs)) : abs;
  const toReal = (abs) => isInside(shadowScope, abs) ? path3.join(options.scope, path3.relative(shadowScope, abs)) : abs;
  const keepWhole = new Set(options.files);
  const copy = (abs) => {
    const stats = lstatSync(abs, { throwIfNoEntry: false });
    if (!stats) return;
    const dest = toShadow(abs);
    mkdirSync2(path3.dirname(dest), { recursive: true });
    if (stats.isSymbolicLink()) {
      let text = readlinkSync(abs);
      if (path3.isAbsolute(text) && isInside(options.scope, text)) text = toShadow(text);
      symlinkSync(text, dest);
    } else if (stats.isDirectory()) {
      mkdirSync2(dest, { recursive: true });
      let names = [];
      try {
        names = readdirSync(abs);
      } catch {
      }
      for (const name of names) copy(path3.join(abs, name));
      chmodSync(dest, stats.mode & 4095 | 448);
    } else if (stats.isFile()) {
      if (stats.size <= COPY_LIMIT || keepWhole.has(abs)) {
        try {
          copyFileSync(abs, dest);
        } catch {
          writeFileSync(dest, "");
        }
      } else {
        writeFileSync(dest, "");
      }
      chmodSync(dest, stats.mode & 4095 | 384);
    }
  };
  try {
    mkdirSync2(shadowScope, { recursive: true });
    copy(options.root);
    for (const file of options.files) if (isInside(options.scope, file) && !isInside(options.root, file)) copy(file);
    if (options.withJournal) copy(path3.join(options.scope, JOURNAL_DIR));
  } catch (error) {
    rmSync2(base, { recursive: true, force: true });
    throw error;
  }
  return { scope: shadowScope, toShadow, toReal, remove: () => rmSync2(base, { recursive: true, force: true }) };
}

// src/migrate/phase3.ts
var BREAKING_RULES = ["build-context", "broken-symlink", "compose-parse", "compose-schema"];
async function runPhase3(context, journal) {
  const { scope, target, cwd } = context;
  const shadow = makeShadow({ scope, root: target.root, files: context.files, withJournal: true });
  try {
    const copy = { ...structuredClone(journal), scope: shadow.scope };
    saveJournal(shadow.scope, copy);
    await applyJournal({ scope: shadow.scope, journal: copy, phases: [4, 5] });
    const after = resolveTarget(shadow.toShadow(context.dir), shadow.scope, target.config ? shadow.toShadow(target.config.file) : null);
    const lintAfter = await lintTarget(after, { cwd: shadow.scope, paths: [] });
    const lintNow = await lintTarget(target, { cwd: scope, paths: [] });
    const shown = (f) => path4.relative(cwd, path4.join(scope, f.path)).split(path4.sep).join("/");
    const findings = lintAfter.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      path: shown(f),
      line: f.line,
      message: f.message.split(shadow.scope).join(scope)
    }));
    const blocking = [];
    for (const rule of BREAKING_RULES) {
      const before = lintNow.findings.filter((f) => f.rule === rule && f.severity === "error").length;
      const news = findings.filter((f) => f.rule === rule && f.severity === "error");
      if (news.length > before) blocking.push(...news.map((f) => `${f.path}${f.line ? `:${f.line}` : ""}: ${f.message} (${rule})`));
    }
    const model = await buildHostModel(after.root, after.policy, shadow.scope, { database: false });
    const checks = migrationChecks(model, moveMap([]), [], /* @__PURE__ */ new Set());
    const compose = composeConfig(checks.stacks, (abs) => path4.relative(cwd, shadow.toReal(abs)).split(path4.sep).join("/"));
    for (const r of compose.results) if (!r.ok) blocking.push(`${r.file}: docker compose config failed: ${r.message}`);
    return {
      at: (/* @__PURE__ */ new Date()).toISOString(),
      lint: {
        errors: lintAfter.summary.errors,
        warnings: lintAfter.summary.warnings,
        structureErrors: lintAfter.findings.filter((f) => f.severity === "error" && isStructure(f.rule)).length,
        findings
      },
      compose,
      urls: checks.urls.map((u) => u.url),
      blocking
    };
  } finally {
    shadow.remove();
  }
}
var STRUCTURE = /* @__PURE__ */ new Set([
  "no-catch-all-dir",
  "no-technology-dir",
  "service-outside-capability",
  "undeclared-capability",
  "misplaced-service",
  "split-system",
  "non-canonical-name",
  "duplicate-service",
  "missing-stack-file",
  "too-deep",
  "archived-service-active",
  "legacy-service",
  "broken-symlink",
  "migration-symlink",
  "build-context",
  "stale-doc-path"
]);
function isStructure(rule) {
  return STRUCTURE.has(rule);
}
function composeConfig(stacks, shown) {
  const skipped = dockerMissing();
  if (skipped) return { skipped, results: [] };
  const results = stacks.map((file) => {
    const run = spawnSync2("docker", ["compose", "-f", file, "config", "-q"], { cwd: path4.dirname(file), encoding: "utf8", timeout: 6e4 });
    const message = (run.stderr || run.stdout || "").trim().split("\n").pop() ?? "";
    return { file: shown(file), ok: run.status === 0, message: run.status === 0 ? "ok" : message || `exit ${run.status}` };
  });
  return { skipped: null, results };
}
function dockerMissing() {
  const info = spawnSync2("docker", ["info", "--format", "{{.ServerVersion}}"], { encoding: "utf8", timeout: 2e4 });
  if (info.error) return "no docker CLI on PATH";
  if (info.status !== 0) return "the docker CLI is here but no engine answers (docker info failed)";
  const compose = spawnSync2("docker", ["compose", "version"], { encoding: "utf8", timeout: 2e4 });
  if (compose.status !== 0) return "the docker compose plugin is missing";
  return null;
}

// src/migrate/render/json.ts
function renderJson(view, cwd) {
  const phases = [1, 2, 3, 4, 5].map((phase) => ({
    phase,
    actions: view.actions.map((action, index) => ({ action, index })).filter(({ action }) => action.phase === phase).map(({ action, index }) => ({ ...displayAction(action, cwd), ...view.states ? { state: view.states[index] } : {} }))
  }));
  const doc = {
    tool: "svclint",
    version: VERSION,
    root: shownPath(view.root, cwd),
    journal: view.states ? shownPath(`${view.scope}/.svclint/migration.json`, cwd) : null,
    summary: {
      actions: view.actions.length,
      moves: view.actions.filter((a) => a.op === "move").length,
      edits: view.actions.filter((a) => a.op === "edit").length,
      manual: view.actions.filter((a) => a.op === "manual").length,
      ...view.states ? { done: view.states.filter((s) => s === "done" || s === "manual").length } : {}
    },
    phases,
    projects: view.projects.map((p) => ({ stack: shownPath(p.stack, cwd), to: shownPath(p.to, cwd), before: p.before, after: p.after, kept: p.kept })),
    checks: {
      stacks: view.checks.stacks.map((s) => shownPath(s, cwd)),
      urls: view.checks.urls
    }
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

// src/migrate/render/markdown.ts
import path5 from "node:path";
function renderMarkdown(view, model, cwd) {
  const root = shownPath(view.root, cwd);
  const folderMoves = view.actions.filter((a) => a.op === "move" && model.serviceDirs.some((d) => d.abs === a.from));
  const manual = view.actions.filter((a) => a.op === "manual");
  const out = [
    `## Move \`${root}/\` to capability folders (svclint migrate)`,
    "",
    `${folderMoves.length} service folders move to their capability folders, in the design document's five phases (${view.actions.length} steps, ${manual.length} of them manual). Generated by \`svclint migrate --format markdown\`; apply with \`svclint migrate --apply\`, undo with \`svclint migrate --rollback\`.`
  ];
  if (view.actions.length === 0) return `${out.join("\n")}

Nothing to migrate: every service folder is where the plan puts it.
`;
  const { before, after } = treeBeforeAfter(model, view);
  out.push(
    "",
    "### Before and after",
    "",
    "<table><tr><th>Before</th><th>After</th></tr><tr><td>",
    "",
    "```text",
    ...asciiTree(path5.basename(view.root), before),
    "```",
    "",
    "</td><td>",
    "",
    "```text",
    ...asciiTree(path5.basename(view.root), after),
    "```",
    "",
    "</td></tr></table>"
  );
  out.push("", "### Moves", "", "```mermaid", "flowchart LR");
  const ids = /* @__PURE__ */ new Map();
  const node = (label) => {
    let id = ids.get(label);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(label, id);
    }
    return `${id}["${label.replace(/"/g, "#quot;")}"]`;
  };
  for (const move of view.actions) {
    if (move.op !== "move") continue;
    out.push(
      `  ${node(`${path5.relative(view.root, move.from).split(path5.sep).join("/")}`)} --> ${node(`${path5.relative(view.root, move.to).split(path5.sep).join("/")}`)}`
    );
  }
  out.push("```");
  if (view.projects.length > 0) {
    const telling = view.projects.filter((p) => p.kept !== "same-folder-name");
    const same = view.projects.length - telling.length;
    out.push(
      "",
      "### Compose project names",
      "",
      "Named volumes, networks and default container names are prefixed with the project name, so a move must not change it."
    );
    if (telling.length > 0) {
      out.push("", "| stack | project | |", "| --- | --- | --- |");
      for (const p of telling) out.push(`| \`${shownPath(p.stack, cwd)}\` | \`${p.before}\` | ${escapeCell(projectLine(p))} |`);
    }
    if (same > 0) out.push("", `${same} other moving stack${same === 1 ? " keeps its" : "s keep their"} project name: the folder keeps its name.`);
  }
  for (const phase of [1, 2, 3, 4, 5]) {
    out.push("", `### Phase ${phase}: ${PHASE_TITLES[phase]}`, "");
    const steps = view.actions.map((a, i) => ({ a, i })).filter(({ a }) => a.phase === phase);
    if (phase === 3) {
      out.push("- [ ] `svclint` on the tree as it will stand (`svclint migrate --apply --phase 3` runs it)");
      for (const stack of view.checks.stacks) out.push(`- [ ] \`docker compose -f ${shownPath(stack, cwd)} config -q\``);
      for (const u of view.checks.urls) out.push(`- [ ] \`curl -I ${u.url}\` (${u.service})`);
    } else if (steps.length === 0) {
      out.push("Nothing to do.");
    }
    for (const { a, i } of steps) {
      const done = view.states && view.states[i] === "done" ? "x" : " ";
      out.push(`- [${done}] \`${describeStep(a, cwd).replace(/\s+/g, " ").replace(/`/g, "'")}\``);
      if (a.op === "manual") for (const s of a.steps) out.push(`  - ${s}`);
      else if (a.op === "edit" && a.whole === "create") out.push("", "  ```yaml", ...a.new.split("\n").map((l) => `  ${l}`), "  ```", "");
      else if (a.reason && a.op !== "mkdir" && a.op !== "symlink") out.push(`  - ${a.reason}`);
    }
  }
  out.push(
    "",
    "### Rollback",
    "",
    "Every step is in the journal (`.svclint/migration.json`): `svclint migrate --rollback` restores the tree byte for byte (contents, modes, symlinks, empty folders), `--rollback --to-phase N` keeps phases up to N. It refuses, listing them, when files changed since (`--force` restores anyway)."
  );
  return `${out.join("\n")}
`;
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|");
}
function asciiTree(name, entries) {
  const top = { children: /* @__PURE__ */ new Map(), dir: true };
  for (const entry of entries) {
    const dir = entry.endsWith("/");
    const parts = entry.replace(/\/$/, "").split("/");
    let node = top;
    parts.forEach((part, i) => {
      let child = node.children.get(part);
      if (!child) node.children.set(part, child = { children: /* @__PURE__ */ new Map(), dir: i < parts.length - 1 || dir });
      node = child;
    });
  }
  const lines = [`${name}/`];
  const walk = (node, prefix) => {
    const kids = [...node.children].sort(([a, x], [b, y]) => Number(y.dir) - Number(x.dir) || (a < b ? -1 : 1));
    kids.forEach(([label, child], i) => {
      const last = i === kids.length - 1;
      lines.push(`${prefix}${last ? "\u2514\u2500\u2500 " : "\u251C\u2500\u2500 "}${label}${child.dir ? "/" : ""}`);
      walk(child, `${prefix}${last ? "    " : "\u2502   "}`);
    });
  };
  walk(top, "");
  return lines;
}

// src/migrate/render/sh.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path6 from "node:path";
function shQuote(text) {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function renderSh(view, cwd) {
  const q = (abs) => shQuote(shownPath(abs, cwd));
  const lines = [
    "#!/bin/sh",
    `# svclint migrate ${VERSION}: the migration of ${shownPath(view.root, cwd)}/ as a POSIX sh script.`,
    `# Run it from the folder svclint ran in (${shownPath(cwd, cwd)}, paths below are relative to it).`,
    "# It stops at the first step whose input is not as planned. It keeps no journal: for resume",
    "# after an interruption and a byte-for-byte rollback, use `svclint migrate --apply` instead.",
    "set -eu",
    `fail() { printf 'svclint migrate: %s\\n' "$1" >&2; exit 1; }`,
    'same_sum() { [ "$(cksum < "$1")" = "$2" ] || fail "$1 changed since the plan (cksum differs): re-run svclint migrate"; }',
    'absent() { if [ -e "$1" ] || [ -L "$1" ]; then fail "$1 already exists"; fi; }'
  ];
  const first = view.actions.find((a) => a.op === "move");
  if (first?.op === "move")
    lines.push(`[ -e ${q(first.from)} ] || fail ${shQuote(`${shownPath(first.from, cwd)} not found: run this from the folder svclint ran in`)}`);
  const contents = /* @__PURE__ */ new Map();
  const effective = effectiveLines(view.actions);
  const bridges = new Set(view.actions.filter((a) => a.op === "symlink").map((a) => a.path));
  const mm = moveMap(view.actions);
  const manual = [];
  for (const phase of [1, 2, 3, 4, 5]) {
    lines.push("", `# Phase ${phase}: ${PHASE_TITLES[phase]}`);
    if (phase === 3) lines.push(...phase3(view, cwd, mm));
    view.actions.forEach((action, index) => {
      if (action.phase !== phase) return;
      if (action.reason && action.op !== "manual") lines.push(`# ${oneLine(action.reason)}`);
      lines.push(...stepCommands(action, index, view, cwd, contents, effective, bridges));
      if (action.op === "manual") manual.push(`${shownPath(action.path, cwd)}: ${oneLine(action.reason)}`);
    });
  }
  lines.push("");
  if (manual.length > 0) {
    lines.push(`echo ${shQuote(`svclint migrate: done; ${manual.length} manual step(s) remain (see the comments above):`)}`);
    for (const m of manual) lines.push(`echo ${shQuote(`  - ${m}`)}`);
  } else {
    lines.push(`echo ${shQuote("svclint migrate: done")}`);
  }
  return `${lines.join("\n")}
`;
}
function stepCommands(action, index, view, cwd, contents, effective, bridges) {
  const q = (abs) => shQuote(shownPath(abs, cwd));
  switch (action.op) {
    case "mkdir":
      return [`mkdir -p -- ${q(action.path)}`];
    case "symlink": {
      const text = linkText(physical(action.path), physical(action.target));
      return [`absent ${q(action.path)}`, `mkdir -p -- ${q(path6.dirname(action.path))}`, `ln -s -- ${shQuote(text)} ${q(action.path)}`];
    }
    case "move": {
      const out = [];
      if (action.replacesBridge || bridges.has(action.to)) out.push(`if [ -L ${q(action.to)} ]; then rm -- ${q(action.to)}; fi`);
      out.push(`absent ${q(action.to)}`, `mkdir -p -- ${q(path6.dirname(action.to))}`, `mv -- ${q(action.from)} ${q(action.to)}`);
      return out;
    }
    case "delete-empty":
      return [`if [ -d ${q(action.path)} ]; then rmdir -- ${q(action.path)} || fail ${shQuote(`${shownPath(action.path, cwd)} is not empty`)}; fi`];
    case "manual":
      return [`# MANUAL (${oneLine(action.reason)})`, ...action.steps.map((s) => `#   - ${oneLine(s)}`)];
    case "edit": {
      const key = plannedPathOf(action.file, view.actions.slice(0, index));
      const file = q(action.file);
      if (action.whole === "create") {
        const text = `${action.new}
`;
        contents.set(key, text);
        return [`absent ${file}`, `mkdir -p -- ${q(path6.dirname(action.file))}`, `printf '%s' ${shQuote(text)} > ${file}`];
      }
      const before = contents.get(key) ?? readText(key);
      const outcome = applyLineEdit(before, effective.get(index) ?? action.line, action);
      if (!outcome.ok) throw new UsageError(`${shownPath(action.file, cwd)}: ${outcome.problem}`);
      const sum = `${cksum(Buffer.from(before, "utf8"))} ${Buffer.byteLength(before, "utf8")}`;
      if (action.whole === "remove") {
        contents.set(key, "");
        return [`same_sum ${file} ${shQuote(sum)}`, `rm -- ${file}`];
      }
      contents.set(key, outcome.text);
      return [`same_sum ${file} ${shQuote(sum)}`, `printf '%s' ${shQuote(outcome.text)} > ${file}`];
    }
  }
}
function phase3(view, cwd, mm) {
  const lines = [];
  if (view.checks.stacks.length > 0) {
    lines.push("if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then");
    for (const stack of view.checks.stacks) {
      const now = mm.reachableEarly(mm.original(stack)) ? stack : mm.original(stack);
      lines.push(
        `  if [ -f ${shQuote(shownPath(now, cwd))} ]; then docker compose -f ${shQuote(shownPath(now, cwd))} config -q || fail ${shQuote(`docker compose config failed for ${shownPath(now, cwd)}`)}; fi`
      );
    }
    lines.push("else", "  echo 'svclint migrate: docker compose config skipped (no docker engine here)'", "fi");
  }
  if (view.checks.urls.length > 0) {
    lines.push("echo 'svclint migrate: check that these answer (curl -I URL):'");
    for (const u of view.checks.urls) lines.push(`echo ${shQuote(`  ${u.url}  (${u.service})`)}`);
  }
  return lines;
}
function readText(abs) {
  try {
    return readFileSync2(abs, "utf8");
  } catch {
    throw new UsageError(`${abs}: cannot read it to plan its edit`);
  }
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ");
}
function cksum(data) {
  let crc = 0;
  const step = (byte) => {
    crc ^= byte << 24;
    for (let i = 0; i < 8; i++) crc = crc & 2147483648 ? (crc << 1 ^ 79764919) >>> 0 : crc << 1 >>> 0;
  };
  for (const byte of data) step(byte);
  for (let n = data.length; n > 0; n = Math.floor(n / 256)) step(n & 255);
  return ~crc >>> 0;
}

// src/migrate/rollback.ts
import { readdirSync as readdirSync2 } from "node:fs";
import path7 from "node:path";
function entriesToUndo(journal, toPhase) {
  return journal.entries.filter((e) => e.phase > toPhase).reverse();
}
function changedSince(scope, journal, toPhase) {
  const sim = new SimulatedTree(scope);
  const problems = [];
  for (const entry of entriesToUndo(journal, toPhase)) {
    for (const step of [...entry.steps].reverse()) problems.push(...sim.undo(step, entry.state !== "done"));
  }
  return [...new Set(problems)];
}
function rollbackJournal(options) {
  const { scope, journal, toPhase, force } = options;
  const interrupt = options.interrupt ?? (() => {
  });
  const save = (point) => {
    interrupt(`journal: ${point}`);
    saveJournal(scope, journal);
  };
  const report = { undone: 0, left: [], complete: false };
  for (const entry of entriesToUndo(journal, toPhase)) {
    if (entry.state !== "undoing") {
      entry.state = "undoing";
      save(`undoing action ${entry.action}`);
    }
    for (const step of [...entry.steps].reverse()) {
      interrupt(`undo ${step.op} of action ${entry.action}`);
      const left = backwardStep(scope, step, force);
      if (left) report.left.push(left);
    }
    journal.entries.splice(journal.entries.indexOf(entry), 1);
    if (entry.phase <= 3 && toPhase < 3) journal.checks = null;
    save(`undid action ${entry.action}`);
    options.log?.(`undone: action ${entry.action + 1} (${entry.op})`);
    report.undone++;
  }
  if (toPhase < 3) journal.checks = null;
  if (toPhase === 0 && journal.entries.length === 0 && report.left.length === 0) {
    interrupt("journal: remove");
    removeJournal(scope, journal);
    report.complete = true;
  } else {
    save("rollback finished");
  }
  return report;
}
var SimulatedTree = class {
  constructor(scope) {
    this.scope = scope;
  }
  scope;
  overrides = /* @__PURE__ */ new Map();
  /** Undone renames, oldest undo first: sim paths under `from` are on disk under `to`. */
  renames = [];
  reported = /* @__PURE__ */ new Set();
  diskPath(rel) {
    let current = rel;
    for (let k = this.renames.length - 1; k >= 0; k--) {
      const { from, to } = this.renames[k];
      if (current === from || current.startsWith(`${from}/`)) current = to + current.slice(from.length);
    }
    return path7.join(this.scope, current);
  }
  stateAt(rel) {
    return this.overrides.get(rel) ?? stateOf(this.diskPath(rel));
  }
  children(rel) {
    const names = /* @__PURE__ */ new Set();
    try {
      for (const name of readdirSync2(this.diskPath(rel))) names.add(name);
    } catch {
    }
    for (const key of this.overrides.keys()) if (path7.posix.dirname(key) === rel) names.add(path7.posix.basename(key));
    return [...names].filter((name) => this.stateAt(`${rel}/${name}`).kind !== "absent").sort();
  }
  /**
   * Checks that the step's result is still on disk, then records the state before it. Returns what
   * changed. `inFlight`: the step belongs to an action a kill interrupted, so it may not have happened.
   */
  undo(step, inFlight) {
    const problems = this.undoStep(step, inFlight);
    return problems.filter((line) => {
      const disk = this.diskPath(line.slice(0, line.indexOf(": ")));
      if (this.reported.has(disk)) return false;
      this.reported.add(disk);
      return true;
    });
  }
  undoStep(step, inFlight) {
    switch (step.op) {
      case "mkdir": {
        const state = this.stateAt(step.path);
        if (state.kind === "absent") return [];
        if (state.kind !== "dir" && state.kind !== "present") return [`${step.path}: a folder svclint created is now ${kindName(state)}`];
        const left = this.children(step.path);
        this.overrides.set(step.path, { kind: "absent" });
        return left.length > 0 ? [`${step.path}: holds ${left.slice(0, 5).join(", ")}${left.length > 5 ? ", \u2026" : ""}, added since (svclint created this folder empty)`] : [];
      }
      case "rmdir": {
        const state = this.stateAt(step.path);
        this.overrides.set(step.path, { kind: "dir", mode: step.mode });
        return state.kind === "absent" || state.kind === "dir" ? [] : [`${step.path}: removed by svclint as an empty folder, now ${kindName(state)}`];
      }
      case "symlink": {
        const state = this.stateAt(step.path);
        this.overrides.set(step.path, { kind: "absent" });
        if (state.kind === "absent" || state.kind === "link" && state.target === step.target) return [];
        return [`${step.path}: the bridge svclint created (-> ${step.target}) is now ${kindName(state)}`];
      }
      case "unlink": {
        const state = this.stateAt(step.path);
        this.overrides.set(step.path, { kind: "link", target: step.target });
        if (state.kind === "absent" || state.kind === "link" && state.target === step.target) return [];
        if (inFlight) return [];
        return [`${step.path}: svclint removed a bridge here; it now holds ${kindName(state)}`];
      }
      case "write": {
        const state = this.stateAt(step.path);
        const hash = state.kind === "file" ? state.hash : state.kind === "absent" ? ABSENT : null;
        this.overrides.set(step.path, step.before === ABSENT ? { kind: "absent" } : { kind: "file", mode: step.mode, size: 0, hash: step.before });
        const modeOk = state.kind !== "file" || state.mode === step.mode;
        if ((hash === step.after || hash === step.before) && modeOk) return [];
        return [`${step.path}: changed since svclint ${step.before === ABSENT ? "created" : "edited"} it (${kindName(state)})`];
      }
      case "rename": {
        const target = this.stateAt(step.to);
        const source = this.stateAt(step.from);
        if (inFlight && source.kind !== "absent") return [];
        let problems;
        if (target.kind === "absent") {
          problems = source.kind === "absent" ? [`${step.to}: the moved folder is gone`] : [];
        } else if (source.kind !== "absent") {
          problems = [`${step.from}: something new is in the way of moving ${step.to} back`];
        } else {
          const recorded = JSON.parse(getObject(this.scope, step.manifest).toString("utf8"));
          const current = this.currentManifest(step.to);
          problems = diffManifests(recorded, current).map((p) => `${p === "" ? step.to : `${step.to}/${p}`}: changed since svclint moved it`);
        }
        for (const key of [...this.overrides.keys()]) {
          if (key === step.to || key.startsWith(`${step.to}/`)) {
            this.overrides.set(step.from + key.slice(step.to.length), this.overrides.get(key));
            this.overrides.delete(key);
          }
        }
        this.renames.push({ from: step.from, to: step.to });
        this.overrides.delete(step.from);
        this.overrides.set(step.to, { kind: "absent" });
        return problems;
      }
    }
  }
  /** The manifest of a folder as the simulation sees it: the disk, with the undone steps inside it applied. */
  currentManifest(rel) {
    const disk = manifestOf(this.diskPath(rel));
    const byPath = new Map(disk.map((e) => [e.path, e]));
    for (const [key, state] of this.overrides) {
      if (key !== rel && !key.startsWith(`${rel}/`)) continue;
      const inner = key === rel ? "" : key.slice(rel.length + 1);
      if (state.kind === "absent") {
        for (const p of [...byPath.keys()]) if (p === inner || p.startsWith(`${inner}/`)) byPath.delete(p);
      } else if (state.kind !== "present") {
        byPath.set(inner, toManifestEntry(inner, state));
      }
    }
    return [...byPath.values()];
  }
};
function kindName(state) {
  switch (state.kind) {
    case "absent":
      return "missing";
    case "file":
      return `a file with other content${state.hash ? ` (sha256 ${state.hash.slice(0, 12)})` : ""}`;
    case "dir":
    case "present":
      return "a folder";
    case "link":
      return `a symlink to '${state.target}'`;
    default:
      return "a special file";
  }
}

// src/commands/migrate.ts
var MIGRATE_FORMATS = ["text", "json", "sh", "markdown"];
async function runMigrateCommand(context) {
  const { args, flags, io, output } = context;
  if (args.length > 1)
    throw new UsageError(
      `usage: svclint migrate [path] [--apply [--phase N|--through N]] [--status] [--rollback [--to-phase N]] (one path, got ${args.length})`
    );
  const format = flags.string("format");
  const name = format === void 0 || format === "stylish" ? "text" : format;
  if (!MIGRATE_FORMATS.includes(name)) throw new UsageError(`--format: migrate prints ${MIGRATE_FORMATS.join(", ")}, not '${format}'`);
  return runMigrate(
    {
      path: args[0] ?? ".",
      cwd: io.cwd,
      config: flags.string("config") ?? null,
      format: name,
      apply: flags.bool("apply") === true,
      phase: phaseFlag("--phase", flags.string("phase"), 1),
      through: phaseFlag("--through", flags.string("through"), 1),
      status: flags.bool("status") === true,
      rollback: flags.bool("rollback") === true,
      toPhase: phaseFlag("--to-phase", flags.string("to-phase"), 0),
      force: flags.bool("force") === true
    },
    { stdout: (text) => output.write(text), stderr: io.stderr, env: io.env }
  );
}
function phaseFlag(flag, value, min) {
  if (value === void 0) return null;
  if (!/^\d$/.test(value) || Number(value) < min || Number(value) > 5) throw new UsageError(`${flag} expects a phase number ${min}-5, got '${value}'`);
  return Number(value);
}
async function runMigrate(options, io) {
  const modes = [options.apply, options.status, options.rollback].filter(Boolean).length;
  if (modes > 1) throw new UsageError("--apply, --status and --rollback are separate steps: give one");
  if ((options.phase !== null || options.through !== null) && !options.apply) throw new UsageError("--phase and --through go with --apply");
  if (options.phase !== null && options.through !== null) throw new UsageError("give --phase N or --through N, not both");
  if (options.toPhase !== null && !options.rollback) throw new UsageError("--to-phase goes with --rollback");
  if ((options.format === "sh" || options.format === "markdown") && modes > 0)
    throw new UsageError(`--format ${options.format} renders the plan (the dry run); --apply, --status and --rollback print text or json`);
  const target = resolveTarget(options.path, options.cwd, options.config);
  const dir = path8.resolve(options.cwd, options.path);
  const scope = migrationScope(target);
  const context = { options, io, target, dir, scope };
  if (options.status) return status(context);
  if (options.rollback) return rollback(context);
  if (options.apply) return apply(context);
  return dryRun(context);
}
function migrationScope(target) {
  let scope = realpathSync(target.policy.baseDir);
  const root = realpathSync(target.root);
  while (!isInside(scope, root)) scope = path8.dirname(scope);
  return scope;
}
async function planFor(context) {
  const { target, options } = context;
  let model = await buildHostModel(target.root, target.policy, options.cwd, { database: false });
  if (model.serviceDirs.length === 0 && model.stacks.length === 0) {
    throw new UsageError(`${options.path}: not a services tree (no service folders or compose files under ${shownPath(target.root, options.cwd)}/)`);
  }
  let plan = buildPlacementPlan(model);
  if (plan.folders.some((f) => f.fate === "retire")) {
    model = await buildHostModel(target.root, target.policy, options.cwd, { database: true });
    plan = buildPlacementPlan(model);
  }
  return { model, plan, view: viewOfPlan(model, plan, context.scope) };
}
function journalView(context, journal) {
  const actions = absoluteActions(journal, context.scope);
  const view = {
    root: path8.join(context.scope, journal.root),
    scope: context.scope,
    actions,
    states: null,
    checks: { stacks: [], urls: (journal.checks?.urls ?? []).map((url) => ({ service: "", router: "", url })) },
    projects: [],
    moves: []
  };
  return withJournal(view, journal);
}
function isComplete(journal) {
  return journal.entries.length === journal.actions.length && journal.entries.every((e) => e.state === "done" || e.state === "manual");
}
async function dryRun(context) {
  const { options, io } = context;
  const journal = loadJournal(context.scope, context.scope);
  if (journal && !isComplete(journal) && options.format !== "sh" && options.format !== "markdown") {
    io.stdout(options.format === "json" ? renderJson(journalView(context, journal), options.cwd) : renderText(journalView(context, journal), options.cwd));
    return 0;
  }
  const { model, view } = await planFor(context);
  switch (options.format) {
    case "json":
      io.stdout(renderJson(view, options.cwd));
      break;
    case "sh":
      io.stdout(renderSh(view, options.cwd));
      break;
    case "markdown":
      io.stdout(renderMarkdown(view, model, options.cwd));
      break;
    default:
      io.stdout(renderText(view, options.cwd));
  }
  return 0;
}
async function apply(context) {
  const { options, io, scope } = context;
  const hadJournalDir = existsSync2(path8.join(scope, JOURNAL_DIR));
  const release = acquireLock(scope);
  try {
    removeStaleTemporaries(scope);
    let journal = loadJournal(scope, scope);
    let fresh = false;
    const phases = selectedPhases(options);
    let extraFiles;
    if (!journal || isComplete(journal)) {
      const { plan, model } = await planFor(context);
      if (plan.actions.length === 0) {
        io.stdout(`svclint migrate: nothing to migrate in ${shownPath(context.target.root, options.cwd)}/
`);
        return 0;
      }
      if (journal) {
        throw new UsageError(
          `${JOURNAL_DIR}/${JOURNAL_FILE} holds a finished migration; roll it back (svclint migrate --rollback) or remove it before starting another`
        );
      }
      extraFiles = filesOutsideRoot(context, model, plan.actions);
      if (!options.force) refuseDirtyTree(context, extraFiles);
      const createdDir = !hadJournalDir;
      journal = newJournal(
        scope,
        path8.relative(scope, realpathSync(context.target.root)).split(path8.sep).join("/"),
        plan.actions.map((a) => toScope(a, scope)),
        createdDir
      );
      fresh = true;
    } else {
      extraFiles = filesOutsideRoot(context, null, absoluteActions(journal, scope));
    }
    requireEarlierPhases(journal, options);
    await preflight(context, journal, phases, extraFiles);
    if (fresh) saveJournal(scope, journal);
    const actions = absoluteActions(journal, scope);
    const lines = [];
    let report;
    try {
      report = await applyJournal({
        scope,
        journal,
        phases,
        force: options.force,
        interrupt: faultInjection(io),
        log: (line) => lines.push(`  \u2713 ${line}`),
        runChecks: (j) => runPhase3({ scope, dir: context.dir, target: context.target, cwd: options.cwd, files: extraFiles }, j)
      });
    } catch (error) {
      io.stdout(lines.join("\n") + (lines.length ? "\n" : ""));
      if (error instanceof ActionRefused) {
        throw new UsageError(
          `stopped at step ${error.action + 1} (phase ${error.phase}): ${relativeMessage(error.message, options.cwd)}; what was done is in ${JOURNAL_DIR}/${JOURNAL_FILE}: fix it and re-run --apply, or --rollback`
        );
      }
      throw error;
    }
    const pending = journal.entries.filter((e) => e.state === "manual").map((e) => actions[e.action]);
    if (options.format === "json") {
      io.stdout(
        `${JSON.stringify({ tool: "svclint", applied: phases, done: report.done, manual: pending.map((a) => describeAction(a, options.cwd)), checks: journal.checks, blocked: report.blocked }, null, 2)}
`
      );
    } else {
      const out = [
        `svclint migrate: applying phase${phases.length > 1 ? "s" : ""} ${phases.join(", ")} to ${shownPath(context.target.root, options.cwd)}/`,
        ...lines
      ];
      if (phases.includes(3) && journal.checks) out.push(...checkReport(journal.checks));
      out.push(
        "",
        `${report.done} step${report.done === 1 ? "" : "s"} done by this run; ${journal.entries.length} of ${journal.actions.length} recorded in ${JOURNAL_DIR}/${JOURNAL_FILE}.`
      );
      if (pending.length > 0) {
        out.push(`Manual steps (svclint does not do these; --status lists them again):`);
        for (const a of pending) if (a.op === "manual") out.push(`  ! ${shownPath(a.path, options.cwd)}: ${a.reason}`, ...a.steps.map((s) => `      - ${s}`));
      }
      if (report.blocked)
        out.push("", "Phase 3 found problems the moves would cause; Phase 4 was not started (fix them, or --force):", ...report.blocked.map((b) => `  \u2716 ${b}`));
      else if (!isComplete(journal)) out.push(`Next: svclint migrate --apply --through 5 (or --rollback to undo).`);
      else out.push("Migration complete. svclint migrate --rollback undoes it while the journal is kept.");
      io.stdout(`${out.join("\n")}
`);
    }
    return report.blocked ? 1 : 0;
  } finally {
    release();
  }
}
function selectedPhases(options) {
  if (options.phase !== null) return [options.phase];
  const through = options.through ?? 5;
  return [1, 2, 3, 4, 5].filter((p) => p <= through);
}
function requireEarlierPhases(journal, options) {
  if (options.phase === null || options.phase === 1) return;
  const recorded = new Set(journal.entries.map((e) => e.action));
  const missing = journal.actions.findIndex((a, i) => a.phase < options.phase && !recorded.has(i));
  if (missing >= 0 || options.phase > 3 && !journal.checks && journal.actions.length > 0 && !journalReached(journal, 3)) {
    const phase = missing >= 0 ? journal.actions[missing].phase : 3;
    throw new UsageError(
      `phase ${options.phase} comes after phase ${phase}, which is not done: run svclint migrate --apply --through ${options.phase - 1} first`
    );
  }
}
function journalReached(journal, phase) {
  return journal.entries.some((e) => e.phase > phase);
}
async function preflight(context, journal, phases, files) {
  const shadow = makeShadow({
    scope: context.scope,
    root: realpathSync(context.target.root),
    files,
    withJournal: existsSync2(path8.join(context.scope, JOURNAL_DIR))
  });
  try {
    const copy = { ...structuredClone(journal), scope: shadow.scope };
    saveJournal(shadow.scope, copy);
    await applyJournal({ scope: shadow.scope, journal: copy, phases: phases.filter((p) => p !== 3) });
  } catch (error) {
    if (error instanceof ActionRefused) {
      const message = relativeMessage(error.message.split(shadow.scope).join(context.scope), context.options.cwd);
      throw new UsageError(`refused before touching anything: step ${error.action + 1} (phase ${error.phase}) cannot run: ${message}`);
    }
    throw error;
  } finally {
    shadow.remove();
  }
}
function filesOutsideRoot(context, model, actions) {
  const root = realpathSync(context.target.root);
  const files = /* @__PURE__ */ new Set();
  if (context.target.config) files.add(realpathOr(context.target.config.file));
  if (model) for (const doc of documentFiles(model)) files.add(realpathOr(doc));
  for (const a of actions) if (a.op === "edit") files.add(realpathOr(a.file));
  return [...files].filter((f) => !isInside(root, f) && isInside(context.scope, f));
}
function realpathOr(abs) {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}
function refuseDirtyTree(context, extraFiles) {
  const state = gitState(context.scope, [realpathSync(context.target.root), ...extraFiles], context.scope);
  if (state.kind !== "dirty") return;
  const shown = state.paths.slice(0, 5).join(", ") + (state.paths.length > 5 ? `, and ${state.paths.length - 5} more` : "");
  throw new UsageError(`--apply refuses to start: uncommitted changes under the tree (${shown}); commit or stash them first, or give --force`);
}
function toScope(action, scope) {
  return mapActionPaths(action, (p) => path8.relative(scope, p).split(path8.sep).join("/"));
}
function relativeMessage(message, cwd) {
  return message.replace(/\/[^\s:'",()]+/g, (abs) => path8.isAbsolute(abs) && isInside(cwd, abs) ? shownPath(abs, cwd) : abs);
}
function checkReport(checks) {
  const out = ["", "Phase 3 checks on the tree as it will stand:"];
  out.push(`  svclint: ${checks.lint.errors} errors (${checks.lint.structureErrors} structure), ${checks.lint.warnings} warnings`);
  for (const f of checks.lint.findings.filter((x) => x.severity === "error")) out.push(`    ${f.path}${f.line ? `:${f.line}` : ""}  ${f.rule}`);
  if (checks.compose.skipped) out.push(`  docker compose config: skipped (${checks.compose.skipped})`);
  for (const r of checks.compose.results) out.push(`  docker compose config ${r.file}: ${r.ok ? "ok" : r.message}`);
  if (checks.urls.length > 0) out.push("  Try each route (curl -I URL):", ...checks.urls.map((u) => `    ${u}`));
  return out;
}
function faultInjection(io) {
  const at = io.env.SVCLINT_MIGRATE_KILL_AT;
  if (at === void 0 || !/^\d+$/.test(at)) return void 0;
  let count = 0;
  return () => {
    if (count++ === Number(at)) process.kill(process.pid, "SIGKILL");
  };
}
async function status(context) {
  const { options, io, scope } = context;
  const journal = loadJournal(scope, scope);
  if (!journal) {
    io.stdout(
      options.format === "json" ? `${JSON.stringify({ tool: "svclint", journal: null })}
` : `svclint migrate: no migration in progress (no ${JOURNAL_DIR}/${JOURNAL_FILE} in ${shownPath(scope, options.cwd)})
`
    );
    return 0;
  }
  const view = journalView(context, journal);
  const changed = changedSince(scope, journal, 0);
  if (options.format === "json") {
    const doc = JSON.parse(renderJson(view, options.cwd));
    io.stdout(`${JSON.stringify({ ...doc, complete: isComplete(journal), changedSince: changed, checks: journal.checks }, null, 2)}
`);
    return 0;
  }
  const head = [
    `Journal: ${shownPath(path8.join(scope, JOURNAL_DIR, JOURNAL_FILE), options.cwd)} (started ${journal.created}, last step ${journal.updated})`,
    isComplete(journal) ? "State: complete (--rollback undoes it)" : `State: ${journal.entries.length} of ${journal.actions.length} steps recorded`,
    changed.length === 0 ? "Tree: as svclint left it (a rollback restores it exactly)" : `Tree: ${changed.length} path(s) changed since svclint recorded them (a rollback refuses unless --force):`,
    ...changed.map((c) => `  ${c}`),
    ""
  ];
  io.stdout(head.join("\n") + renderText(view, options.cwd) + (journal.checks ? `${checkReport(journal.checks).join("\n")}
` : ""));
  return 0;
}
async function rollback(context) {
  const { options, io, scope } = context;
  if (!loadJournal(scope, scope)) throw new UsageError(`nothing to roll back: no ${JOURNAL_DIR}/${JOURNAL_FILE} in ${shownPath(scope, options.cwd)}`);
  const release = acquireLock(scope);
  let released = false;
  try {
    const journal = loadJournal(scope, scope);
    const toPhase = options.toPhase ?? 0;
    const changed = changedSince(scope, journal, toPhase);
    if (changed.length > 0 && !options.force) {
      io.stderr(
        `svclint: rollback refused: ${changed.length} path(s) changed since svclint recorded them (give --force to restore the recorded state anyway):
${changed.map((c) => `  ${c}`).join("\n")}
`
      );
      return 2;
    }
    const report = rollbackJournal({ scope, journal, toPhase, force: options.force, interrupt: faultInjection(io) });
    if (report.complete) released = true;
    const out = [`svclint migrate: rolled back ${report.undone} step${report.undone === 1 ? "" : "s"}${toPhase > 0 ? ` (phases after ${toPhase})` : ""}.`];
    if (report.complete) out.push("The tree is as it was before the migration; the journal is removed.");
    for (const left of report.left) out.push(`  left in place: ${relativeMessage(left, options.cwd)}`);
    io.stdout(
      options.format === "json" ? `${JSON.stringify({ tool: "svclint", undone: report.undone, complete: report.complete, left: report.left })}
` : `${out.join("\n")}
`
    );
    return 0;
  } finally {
    if (!released) release();
  }
}
export {
  MIGRATE_FORMATS,
  phaseFlag,
  runMigrate,
  runMigrateCommand
};
