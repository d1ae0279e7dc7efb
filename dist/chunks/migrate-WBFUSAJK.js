import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-VGLLDJT4.js";
import {
  UsageError,
  buildHostModel,
  buildPlacementPlan,
  defaultProjectName,
  documentFiles,
  effectiveProjectName,
  isInside,
  lintTarget,
  migrationChecks,
  moveMap,
  resolveTarget
} from "./chunk-WQESWAJB.js";
import "./chunk-3DAIKRF3.js";

// src/commands/migrate.ts
import { existsSync as existsSync3, realpathSync as realpathSync2 } from "node:fs";
import path15 from "node:path";

// src/migrate/apply.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync4, readFileSync as readFileSync3, realpathSync } from "node:fs";
import path5 from "node:path";

// src/migrate/edits.ts
import path from "node:path";
function lineCount(text) {
  return text === "" ? 0 : text.split("\n").length;
}
function plannedPathOf(file, actionsBefore) {
  let current = file;
  for (let i = actionsBefore.length - 1; i >= 0; i--) {
    const action = actionsBefore[i];
    if (action.op === "move" && isInside(action.to, current)) current = path.join(action.from, path.relative(action.to, current));
    else if (action.op === "symlink" && isInside(action.path, current)) current = path.join(action.target, path.relative(action.path, current));
  }
  return current;
}
function effectiveLines(actions) {
  const byFile = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  actions.forEach((action, index) => {
    if (action.op !== "edit") return;
    const key = plannedPathOf(action.file, actions.slice(0, index));
    const earlier = byFile.get(key) ?? [];
    const shift = earlier.filter((e) => e.line < action.line).reduce((n, e) => n + e.delta, 0);
    out.set(index, action.line + shift);
    earlier.push({ line: action.line, delta: lineCount(action.new) - 1 });
    byFile.set(key, earlier);
  });
  return out;
}
function applyLineEdit(text, line, action) {
  const lines = text.split(/(?<=\n)/);
  if (text === "") lines.length = 0;
  if (line < 1 || line > lines.length) return { ok: false, problem: `line ${line} does not exist (the file has ${lines.length})` };
  const current = lines[line - 1];
  const eol = current.endsWith("\r\n") ? "\r\n" : current.endsWith("\n") ? "\n" : "";
  const body = current.slice(0, current.length - eol.length);
  if (body !== action.old) return { ok: false, problem: `line ${line} reads '${clip(body)}', not '${clip(action.old)}' (changed since the plan)` };
  const fileEol = eol || (text.includes("\r\n") ? "\r\n" : "\n");
  let replacement = "";
  if (action.new !== "") {
    const parts = action.new.split("\n");
    replacement = parts.map((part, i) => part + (i < parts.length - 1 ? fileEol : eol)).join("");
  }
  lines[line - 1] = replacement;
  return { ok: true, text: lines.join("") };
}
function clip(text) {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// src/migrate/fsstate.ts
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path2 from "node:path";
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
function lstatOrNull(abs) {
  try {
    return lstatSync(abs);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}
function hashFile(abs) {
  try {
    return sha256(readFileSync(abs));
  } catch (error) {
    if (error.code === "EACCES") return null;
    throw error;
  }
}
function stateOf(abs) {
  const stats = lstatOrNull(abs);
  if (!stats) return { kind: "absent" };
  const mode = stats.mode & 4095;
  if (stats.isSymbolicLink()) return { kind: "link", target: readlinkSync(abs) };
  if (stats.isDirectory()) return { kind: "dir", mode };
  if (stats.isFile()) return { kind: "file", mode, size: stats.size, hash: hashFile(abs) };
  return { kind: "other", mode };
}
function manifestOf(abs) {
  const out = [];
  const walk = (dir, rel) => {
    const state = stateOf(dir);
    if (state.kind === "absent") return;
    out.push(toManifestEntry(rel, state));
    if (state.kind !== "dir") return;
    let names;
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      if (error.code === "EACCES") return;
      throw error;
    }
    for (const name of names) walk(path2.join(dir, name), rel === "" ? name : `${rel}/${name}`);
  };
  walk(abs, "");
  return out;
}
function toManifestEntry(rel, state) {
  switch (state.kind) {
    case "file":
      return { path: rel, kind: "file", mode: state.mode, hash: state.hash };
    case "dir":
      return { path: rel, kind: "dir", mode: state.mode };
    case "link":
      return { path: rel, kind: "link", target: state.target };
    case "other":
      return { path: rel, kind: "other", mode: state.mode };
    default:
      throw new Error(`no manifest entry for an absent path '${rel}'`);
  }
}
function diffManifests(before, after) {
  const key = (e) => JSON.stringify([e.kind, e.mode ?? null, e.hash ?? null, e.target ?? null]);
  const a = new Map(before.map((e) => [e.path, key(e)]));
  const b = new Map(after.map((e) => [e.path, key(e)]));
  const changed = /* @__PURE__ */ new Set();
  for (const [p, k] of a) if (b.get(p) !== k) changed.add(p);
  for (const p of b.keys()) if (!a.has(p)) changed.add(p);
  return [...changed].sort();
}
function describeState(state) {
  switch (state.kind) {
    case "absent":
      return "absent";
    case "file":
      return `a file (mode ${state.mode.toString(8)}, sha256 ${state.hash?.slice(0, 12) ?? "unreadable"})`;
    case "dir":
      return "a folder";
    case "link":
      return `a symlink to '${state.target}'`;
    default:
      return "a special file";
  }
}

// src/migrate/journal.ts
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync as readdirSync2, readFileSync as readFileSync2, renameSync, rmdirSync, rmSync, writeSync } from "node:fs";
import path3 from "node:path";
var JOURNAL_DIR = ".svclint";
var ABSENT = "";
var JOURNAL_FILE = "migration.json";
var JOURNAL_VERSION = 1;
function journalPath(scope) {
  return path3.join(scope, JOURNAL_DIR, JOURNAL_FILE);
}
function objectsDir(scope) {
  return path3.join(scope, JOURNAL_DIR, "objects");
}
function newJournal(scope, root, actions, createdDir) {
  const now = (/* @__PURE__ */ new Date()).toISOString();
  return {
    tool: "svclint",
    kind: "migration-journal",
    version: JOURNAL_VERSION,
    scope,
    root,
    created: now,
    updated: now,
    createdDir,
    actions,
    entries: [],
    checks: null
  };
}
function checksumOf(journal) {
  const { checksum: _ignored, ...rest } = journal;
  return sha256(JSON.stringify(rest));
}
function saveJournal(scope, journal) {
  journal.updated = (/* @__PURE__ */ new Date()).toISOString();
  journal.checksum = checksumOf(journal);
  writeFileDurably(journalPath(scope), `${JSON.stringify(journal, null, 1)}
`);
}
function loadJournal(scope, realScope) {
  const file = journalPath(scope);
  if (!existsSync(file)) return null;
  const shown = path3.join(JOURNAL_DIR, JOURNAL_FILE);
  let data;
  try {
    data = JSON.parse(readFileSync2(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${shown}: corrupted migration journal (${error.message}); restore it from a backup or remove it (its rollback is then lost)`);
  }
  const problem = validateJournal(data);
  if (problem) throw new UsageError(`${shown}: corrupted migration journal (${problem}); restore it from a backup or remove it (its rollback is then lost)`);
  const journal = data;
  if (journal.checksum !== checksumOf(journal)) {
    throw new UsageError(`${shown}: corrupted migration journal (checksum mismatch: it was edited or damaged); restore it from a backup or remove it (its rollback is then lost)`);
  }
  if (journal.scope !== realScope) {
    throw new UsageError(`${shown}: this migration journal belongs to another tree (${journal.scope}), not ${realScope}; run svclint there, or remove the journal`);
  }
  return journal;
}
var OPS = /* @__PURE__ */ new Set(["mkdir", "symlink", "move", "edit", "delete-empty", "manual"]);
var STEP_FIELDS = {
  mkdir: { path: "string" },
  rmdir: { path: "string", mode: "number" },
  symlink: { path: "string", target: "string" },
  unlink: { path: "string", target: "string" },
  rename: { from: "string", to: "string", manifest: "string" },
  write: { path: "string", before: "string", after: "string", mode: "number", uid: "number", gid: "number" }
};
function validateJournal(data) {
  if (!isObject(data)) return "not a JSON object";
  if (data.tool !== "svclint" || data.kind !== "migration-journal") return "not an svclint migration journal";
  if (data.version !== JOURNAL_VERSION) return `version ${String(data.version)} is not supported (expected ${JOURNAL_VERSION})`;
  for (const key of ["scope", "root", "created", "updated"]) if (typeof data[key] !== "string") return `'${key}' is missing`;
  if (typeof data.createdDir !== "boolean") return `'createdDir' is missing`;
  if (!Array.isArray(data.actions)) return `'actions' is not a list`;
  for (const [i, action] of data.actions.entries()) {
    if (!isObject(action) || !OPS.has(String(action.op)) || !isPhase(action.phase)) return `action ${i} is malformed`;
  }
  if (!Array.isArray(data.entries)) return `'entries' is not a list`;
  let previous = -1;
  for (const [i, entry] of data.entries.entries()) {
    if (!isObject(entry) || typeof entry.action !== "number" || !Number.isInteger(entry.action)) return `entry ${i} is malformed`;
    if (entry.action <= previous || entry.action >= data.actions.length) return `entry ${i} names action ${entry.action} out of order`;
    previous = entry.action;
    if (!["started", "done", "manual", "undoing"].includes(String(entry.state))) return `entry ${i} has an unknown state`;
    if (!Array.isArray(entry.steps)) return `entry ${i} has no steps`;
    for (const step of entry.steps) {
      const fields = isObject(step) ? STEP_FIELDS[step.op] : void 0;
      if (!fields || Object.entries(fields).some(([k, t]) => typeof step[k] !== t)) return `entry ${i} has a malformed step`;
    }
  }
  const started = data.entries.filter((e) => isObject(e) && e.state !== "done" && e.state !== "manual");
  if (started.length > 1) return "more than one action in flight";
  if (data.checks !== null && !isObject(data.checks)) return `'checks' is malformed`;
  return null;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isPhase(value) {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}
function writeFileDurably(file, content) {
  mkdirSync(path3.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, "w", 420);
  try {
    writeSync(fd, typeof content === "string" ? Buffer.from(content) : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
function putObject(scope, content) {
  const id = sha256(content);
  const file = path3.join(objectsDir(scope), id);
  if (!existsSync(file)) writeFileDurably(file, content);
  return id;
}
function getObject(scope, id) {
  const file = path3.join(objectsDir(scope), id);
  let content;
  try {
    content = readFileSync2(file);
  } catch {
    throw new UsageError(`${JOURNAL_DIR}/objects/${id}: missing from the migration journal's store; the journal cannot restore this content`);
  }
  if (sha256(content) !== id) throw new UsageError(`${JOURNAL_DIR}/objects/${id}: corrupted (content does not match its hash)`);
  return content;
}
function removeJournal(scope, journal) {
  rmSync(objectsDir(scope), { recursive: true, force: true });
  rmSync(journalPath(scope), { force: true });
  rmSync(path3.join(scope, JOURNAL_DIR, "migration.lock"), { force: true });
  removeStaleTemporaries(scope);
  if (journal.createdDir) {
    try {
      rmdirSync(path3.join(scope, JOURNAL_DIR));
    } catch {
    }
  }
}
function removeStaleTemporaries(scope) {
  const dir = path3.join(scope, JOURNAL_DIR);
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith(".tmp")) rmSync(path3.join(dir, name), { force: true });
}

// src/migrate/steps.ts
import { chmodSync, chownSync, closeSync as closeSync2, fsyncSync as fsyncSync2, mkdirSync as mkdirSync2, openSync as openSync2, readdirSync as readdirSync3, renameSync as renameSync2, rmdirSync as rmdirSync2, rmSync as rmSync2, symlinkSync, unlinkSync, writeSync as writeSync2 } from "node:fs";
import path4 from "node:path";
var StepConflict = class extends Error {
  constructor(path16, message) {
    super(message);
    this.path = path16;
    this.name = "StepConflict";
  }
  path;
};
function temporaryPath(file) {
  return path4.join(path4.dirname(file), `.${path4.basename(file)}.svclint-tmp`);
}
function forwardStep(scope, step) {
  const at = (p) => path4.join(scope, p);
  switch (step.op) {
    case "mkdir":
      return makeDir(at(step.path), null);
    case "rmdir":
      return removeEmptyDir(at(step.path));
    case "symlink":
      return makeLink(at(step.path), step.target);
    case "unlink":
      return removeLink(at(step.path), step.target);
    case "rename":
      return moveEntry(at(step.from), at(step.to));
    case "write":
      return writeContent(scope, at(step.path), step.before, step.after, step);
  }
}
function stepDone(scope, step) {
  const at = (p) => stateOf(path4.join(scope, p));
  switch (step.op) {
    case "mkdir":
      return at(step.path).kind === "dir";
    case "rmdir":
    case "unlink":
      return at(step.path).kind === "absent";
    case "symlink": {
      const state = at(step.path);
      return state.kind === "link" && state.target === step.target;
    }
    case "rename":
      return at(step.from).kind === "absent" && at(step.to).kind !== "absent";
    case "write": {
      const state = at(step.path);
      return step.after === ABSENT ? state.kind === "absent" : state.kind === "file" && state.hash === step.after;
    }
  }
}
function backwardStep(scope, step, force) {
  const at = (p) => path4.join(scope, p);
  try {
    switch (step.op) {
      case "mkdir":
        removeEmptyDir(at(step.path));
        return null;
      case "rmdir":
        makeDir(at(step.path), step.mode);
        return null;
      case "symlink":
        removeLink(at(step.path), step.target);
        return null;
      case "unlink":
        makeLink(at(step.path), step.target);
        return null;
      case "rename":
        moveBack(at(step.to), at(step.from));
        return null;
      case "write":
        writeContent(scope, at(step.path), step.after, step.before, step, force);
        return null;
    }
  } catch (error) {
    if (force && error instanceof StepConflict && (step.op === "mkdir" || step.op === "symlink")) {
      return `left ${step.path} in place: ${error.message}`;
    }
    throw error;
  }
}
function makeDir(abs, mode) {
  const state = stateOf(abs);
  if (state.kind === "dir") {
    if (mode !== null && state.mode !== mode) chmodSync(abs, mode);
    return;
  }
  if (state.kind !== "absent") throw new StepConflict(abs, `expected a folder or nothing at ${abs}, found ${describeState(state)}`);
  mkdirSync2(abs);
  if (mode !== null) chmodSync(abs, mode);
}
function removeEmptyDir(abs) {
  const state = stateOf(abs);
  if (state.kind === "absent") return;
  if (state.kind !== "dir") throw new StepConflict(abs, `expected an empty folder at ${abs}, found ${describeState(state)}`);
  const left = readdirSync3(abs);
  if (left.length > 0) throw new StepConflict(abs, `${abs} is not empty (holds ${left.sort().slice(0, 5).join(", ")}${left.length > 5 ? ", \u2026" : ""})`);
  rmdirSync2(abs);
}
function makeLink(abs, target) {
  const state = stateOf(abs);
  if (state.kind === "link" && state.target === target) return;
  if (state.kind !== "absent") throw new StepConflict(abs, `expected nothing at ${abs} (for a symlink to '${target}'), found ${describeState(state)}`);
  symlinkSync(target, abs);
}
function removeLink(abs, target) {
  const state = stateOf(abs);
  if (state.kind === "absent") return;
  if (state.kind !== "link" || state.target !== target) throw new StepConflict(abs, `expected the symlink to '${target}' at ${abs}, found ${describeState(state)}`);
  unlinkSync(abs);
}
function moveEntry(from, to) {
  const source = stateOf(from);
  const target = stateOf(to);
  if (source.kind === "absent" && target.kind !== "absent") return;
  if (source.kind === "absent") throw new StepConflict(from, `nothing to move at ${from}`);
  if (target.kind !== "absent") throw new StepConflict(to, `cannot move ${from}: ${to} already exists (${describeState(target)})`);
  try {
    renameSync2(from, to);
  } catch (error) {
    if (error.code === "EXDEV") throw new StepConflict(to, `cannot move ${from} to ${to}: they are on different file systems`);
    throw error;
  }
}
function moveBack(to, from) {
  if (stateOf(from).kind !== "absent") return;
  if (stateOf(to).kind === "absent") throw new StepConflict(to, `cannot move ${to} back to ${from}: it is gone`);
  renameSync2(to, from);
}
function writeContent(scope, abs, from, to, step, force = false) {
  const tmp = temporaryPath(abs);
  rmSync2(tmp, { force: true });
  const state = stateOf(abs);
  const hash = state.kind === "file" ? state.hash : state.kind === "absent" ? ABSENT : null;
  if (hash === to && (to === ABSENT || state.kind === "file" && state.mode === step.mode)) return;
  if (hash !== from && !(force && state.kind === "file")) {
    const expected = from === ABSENT ? "no file" : `sha256 ${from.slice(0, 12)}`;
    throw new StepConflict(abs, `${abs} changed since the plan: expected ${expected}, found ${describeState(state)}`);
  }
  if (to === ABSENT) {
    unlinkSync(abs);
    return;
  }
  const content = getObject(scope, to);
  const fd = openSync2(tmp, "wx", step.mode);
  try {
    writeSync2(fd, content);
    fsyncSync2(fd);
  } finally {
    closeSync2(fd);
  }
  chmodSync(tmp, step.mode);
  try {
    chownSync(tmp, step.uid, step.gid);
  } catch {
  }
  renameSync2(tmp, abs);
}

// src/migrate/apply.ts
var ActionRefused = class extends Error {
  constructor(action, phase, message) {
    super(message);
    this.action = action;
    this.phase = phase;
    this.name = "ActionRefused";
  }
  action;
  phase;
};
function absoluteActions(journal, scope) {
  return journal.actions.map((a) => mapActionPaths(a, (p) => path5.join(scope, p)));
}
function mapActionPaths(action, map) {
  switch (action.op) {
    case "mkdir":
    case "delete-empty":
    case "manual":
      return { ...action, path: map(action.path) };
    case "symlink":
      return { ...action, path: map(action.path), target: map(action.target) };
    case "move":
      return { ...action, from: map(action.from), to: map(action.to) };
    case "edit":
      return { ...action, file: map(action.file) };
  }
}
async function applyJournal(options) {
  const { scope, journal } = options;
  const interrupt = options.interrupt ?? (() => {
  });
  const log = options.log ?? (() => {
  });
  const actions = absoluteActions(journal, scope);
  const lines = effectiveLines(actions);
  const save = (point) => {
    interrupt(`journal: ${point}`);
    saveJournal(scope, journal);
  };
  const report = { done: 0, manual: 0, blocked: null };
  if (journal.entries.some((e) => e.state === "undoing")) {
    throw new ActionRefused(-1, 1, "a rollback was interrupted: finish it first (svclint migrate --rollback)");
  }
  const inFlight = journal.entries.find((e) => e.state === "started");
  if (inFlight) {
    runSteps(scope, inFlight, interrupt);
    inFlight.state = "done";
    save(`action ${inFlight.action} done (resumed)`);
    log(`resumed: ${describeAction(actions[inFlight.action], scope)}`);
    report.done++;
  }
  const recorded = new Set(journal.entries.map((e) => e.action));
  for (const phase of options.phases) {
    for (const [index, action] of actions.entries()) {
      if (action.phase !== phase || recorded.has(index)) continue;
      let entry;
      if (action.op === "manual") {
        entry = { action: index, phase, op: "manual", state: "manual", steps: [] };
        journal.entries.push(entry);
        save(`action ${index} manual`);
        report.manual++;
        continue;
      }
      let planned;
      try {
        planned = stepsFor(action, index, scope, lines);
      } catch (error) {
        if (error instanceof StepConflict) throw new ActionRefused(index, phase, error.message);
        throw error;
      }
      entry = { action: index, phase, op: action.op, state: "started", steps: planned.steps, ...planned.note ? { note: planned.note } : {} };
      journal.entries.push(entry);
      save(`action ${index} started`);
      runSteps(scope, entry, interrupt);
      entry.state = "done";
      save(`action ${index} done`);
      log(describeAction(action, scope) + (planned.note ? ` (${planned.note})` : ""));
      report.done++;
    }
    if (phase === 3 && options.runChecks) {
      journal.checks = await options.runChecks(journal);
      save("phase 3 checks");
      if (journal.checks.blocking.length > 0 && !options.force) {
        report.blocked = journal.checks.blocking;
        return report;
      }
    }
  }
  return report;
}
function runSteps(scope, entry, interrupt) {
  let first = 0;
  for (let i = entry.steps.length - 1; i >= 0; i--) {
    if (stepDone(scope, entry.steps[i])) {
      first = i + 1;
      break;
    }
  }
  for (const step of entry.steps.slice(first)) {
    interrupt(`step ${step.op} of action ${entry.action}`);
    forwardStep(scope, step);
  }
}
function stepsFor(action, index, scope, lines) {
  const rel = (abs) => path5.relative(scope, abs).split(path5.sep).join("/");
  const inScope = (abs) => {
    const real = physical(abs);
    if (!isInside(scope, real) || real === scope) throw new StepConflict(abs, `refusing to touch ${abs}: it lies outside the migrated tree (${scope})`);
    return real;
  };
  switch (action.op) {
    case "mkdir": {
      const target = inScope(action.path);
      const steps = missingDirs(target, scope).map((p) => ({ op: "mkdir", path: rel(p) }));
      return steps.length > 0 ? { steps } : { steps, note: "already there" };
    }
    case "symlink": {
      const link = inScope(action.path);
      let target;
      try {
        target = realpathSync(action.target);
      } catch {
        throw new StepConflict(action.target, `the bridge target ${action.target} does not exist`);
      }
      const text = linkText(link, target);
      const current = stateOf(link);
      if (current.kind === "link" && path5.resolve(path5.dirname(link), current.target) === path5.resolve(path5.dirname(link), text)) {
        return { steps: [], note: "the bridge is already there" };
      }
      if (current.kind !== "absent") throw new StepConflict(link, `cannot create the bridge ${action.path}: it already exists (${describeState(current)})`);
      const steps = missingDirs(path5.dirname(link), scope).map((p) => ({ op: "mkdir", path: rel(p) }));
      steps.push({ op: "symlink", path: rel(link), target: text });
      return { steps };
    }
    case "move": {
      const from = inScope(action.from);
      const to = inScope(action.to);
      const source = stateOf(from);
      if (source.kind === "absent") throw new StepConflict(action.from, `nothing to move at ${action.from}`);
      if (isInside(from, to)) throw new StepConflict(action.to, `cannot move ${action.from} into itself (${action.to})`);
      const steps = [];
      const target = stateOf(to);
      if (target.kind === "link" && physical(path5.resolve(path5.dirname(to), target.target)) === from) {
        steps.push({ op: "unlink", path: rel(to), target: target.target });
      } else if (target.kind !== "absent") {
        throw new StepConflict(action.to, `cannot move ${action.from} to ${action.to}: the target already exists with other content (${describeState(target)})`);
      } else {
        steps.push(...missingDirs(path5.dirname(to), scope).map((p) => ({ op: "mkdir", path: rel(p) })));
      }
      const manifest = putObject(scope, JSON.stringify(manifestOf(from)));
      steps.push({ op: "rename", from: rel(from), to: rel(to), manifest });
      return { steps };
    }
    case "edit": {
      if (action.whole === "create") return createFileSteps(action, scope, rel, inScope);
      let file = inScope(action.file);
      if (stateOf(file).kind === "link") file = inScope(realpathOrSelf(file));
      const stats = lstatSync2(file, { throwIfNoEntry: false });
      if (!stats?.isFile()) throw new StepConflict(action.file, `cannot edit ${action.file}: ${stats ? "not a regular file" : "it does not exist"}`);
      const before = readFileSync3(file);
      const line = lines.get(index) ?? action.line;
      const outcome = applyLineEdit(before.toString("utf8"), line, action);
      if (!outcome.ok) throw new StepConflict(action.file, `cannot edit ${action.file}: ${outcome.problem}`);
      const after = action.whole === "remove" ? null : Buffer.from(outcome.text, "utf8");
      if (after?.equals(before)) return { steps: [], note: "already as planned" };
      return {
        steps: [{
          op: "write",
          path: rel(file),
          before: putObject(scope, before),
          after: after ? putObject(scope, after) : ABSENT,
          mode: stats.mode & 4095,
          uid: stats.uid,
          gid: stats.gid
        }]
      };
    }
    case "delete-empty": {
      const dir = inScope(action.path);
      const state = stateOf(dir);
      if (state.kind === "absent") return { steps: [], note: "already gone" };
      if (state.kind !== "dir") throw new StepConflict(action.path, `cannot remove ${action.path}: it is ${describeState(state)}, not an empty folder`);
      const left = readdirSync4(dir).sort();
      if (left.length > 0) {
        throw new StepConflict(action.path, `cannot remove ${action.path}: it is not empty (holds ${left.slice(0, 5).join(", ")}${left.length > 5 ? ", \u2026" : ""}); move or remove what is left, then re-run`);
      }
      return { steps: [{ op: "rmdir", path: rel(dir), mode: state.mode }] };
    }
    case "manual":
      return { steps: [] };
  }
}
function createFileSteps(action, scope, rel, inScope) {
  const file = inScope(action.file);
  const state = stateOf(file);
  const content = Buffer.from(`${action.new}
`, "utf8");
  if (state.kind !== "absent") {
    throw new StepConflict(action.file, `cannot create ${action.file}: it already exists (${describeState(state)})`);
  }
  const steps = missingDirs(path5.dirname(file), scope).map((p) => ({ op: "mkdir", path: rel(p) }));
  const umask = process.umask();
  steps.push({ op: "write", path: rel(file), before: ABSENT, after: putObject(scope, content), mode: 438 & ~umask, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
  return { steps };
}
function physical(abs) {
  const rest = [path5.basename(abs)];
  let current = path5.dirname(abs);
  for (; ; ) {
    try {
      return path5.join(realpathSync(current), ...rest);
    } catch {
      const parent = path5.dirname(current);
      if (parent === current) return abs;
      rest.unshift(path5.basename(current));
      current = parent;
    }
  }
}
function linkText(link, target) {
  return path5.relative(path5.dirname(link), target) || ".";
}
function missingDirs(dir, scope) {
  const out = [];
  let current = dir;
  while (isInside(scope, current) && current !== scope) {
    const state = stateOf(current);
    if (state.kind === "dir") break;
    if (state.kind === "link") {
      if (stateOfFollowed(current) === "dir") break;
      throw new StepConflict(current, `${current} is a symlink that does not lead to a folder`);
    }
    if (state.kind !== "absent") throw new StepConflict(current, `cannot create the folder ${current}: ${describeState(state)} is in the way`);
    out.unshift(current);
    current = path5.dirname(current);
  }
  return out;
}
function realpathOrSelf(abs) {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}
function stateOfFollowed(abs) {
  try {
    return lstatSync2(realpathSync(abs)).isDirectory() ? "dir" : "other";
  } catch {
    return "other";
  }
}
function describeAction(action, base) {
  const r = (p) => path5.relative(base, p).split(path5.sep).join("/") || ".";
  switch (action.op) {
    case "mkdir":
      return `mkdir ${r(action.path)}`;
    case "symlink":
      return `symlink ${r(action.path)} -> ${r(action.target)}`;
    case "move":
      return `move ${r(action.from)} -> ${r(action.to)}`;
    case "edit":
      return `edit ${r(action.file)}:${action.line}`;
    case "delete-empty":
      return `delete-empty ${r(action.path)}`;
    case "manual":
      return `manual ${r(action.path)}: ${action.reason}`;
  }
}

// src/migrate/git.ts
import { spawnSync } from "node:child_process";
import path6 from "node:path";
function gitState(cwd, paths, scope) {
  const top = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8" });
  if (top.error) return { kind: "no-git" };
  if (top.status !== 0) return { kind: "not-a-repository" };
  const journal = path6.join(scope, JOURNAL_DIR);
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
import { closeSync as closeSync3, existsSync as existsSync2, mkdirSync as mkdirSync3, openSync as openSync3, readFileSync as readFileSync4, rmdirSync as rmdirSync3, rmSync as rmSync3, writeSync as writeSync3 } from "node:fs";
import path7 from "node:path";
function acquireLock(scope) {
  const file = path7.join(scope, JOURNAL_DIR, "migration.lock");
  const created = !existsSync2(path7.dirname(file));
  mkdirSync3(path7.dirname(file), { recursive: true });
  const release = () => {
    rmSync3(file, { force: true });
    if (!created) return;
    try {
      rmdirSync3(path7.dirname(file));
    } catch {
    }
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync3(file, "wx");
      writeSync3(fd, String(process.pid));
      closeSync3(fd);
      return release;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const pid = Number(readFileSync4(file, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new UsageError(`another svclint migrate (process ${pid}) is running on this tree (${path7.join(JOURNAL_DIR, "migration.lock")})`);
      }
      rmSync3(file, { force: true });
    }
  }
  throw new UsageError(`cannot take ${path7.join(JOURNAL_DIR, "migration.lock")}`);
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
import path9 from "node:path";

// src/migrate/shadow.ts
import { chmodSync as chmodSync2, copyFileSync, lstatSync as lstatSync3, mkdirSync as mkdirSync4, mkdtempSync, readdirSync as readdirSync5, readlinkSync as readlinkSync2, rmSync as rmSync4, symlinkSync as symlinkSync2, writeFileSync } from "node:fs";
import os from "node:os";
import path8 from "node:path";
var COPY_LIMIT = 1024 * 1024;
function makeShadow(options) {
  if (!isInside(options.scope, options.root)) throw new Error(`the services root ${options.root} is outside the migration's scope ${options.scope}`);
  const base = mkdtempSync(path8.join(os.tmpdir(), "svclint-migrate-"));
  const shadowScope = path8.join(base, path8.basename(options.scope) || "tree");
  const toShadow = (abs) => isInside(options.scope, abs) ? path8.join(shadowScope, path8.relative(options.scope, abs)) : abs;
  const toReal = (abs) => isInside(shadowScope, abs) ? path8.join(options.scope, path8.relative(shadowScope, abs)) : abs;
  const keepWhole = new Set(options.files);
  const copy = (abs) => {
    const stats = lstatSync3(abs, { throwIfNoEntry: false });
    if (!stats) return;
    const dest = toShadow(abs);
    mkdirSync4(path8.dirname(dest), { recursive: true });
    if (stats.isSymbolicLink()) {
      let text = readlinkSync2(abs);
      if (path8.isAbsolute(text) && isInside(options.scope, text)) text = toShadow(text);
      symlinkSync2(text, dest);
    } else if (stats.isDirectory()) {
      mkdirSync4(dest, { recursive: true });
      let names = [];
      try {
        names = readdirSync5(abs);
      } catch {
      }
      for (const name of names) copy(path8.join(abs, name));
      chmodSync2(dest, stats.mode & 4095 | 448);
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
      chmodSync2(dest, stats.mode & 4095 | 384);
    }
  };
  try {
    mkdirSync4(shadowScope, { recursive: true });
    copy(options.root);
    for (const file of options.files) if (isInside(options.scope, file) && !isInside(options.root, file)) copy(file);
    if (options.withJournal) copy(path8.join(options.scope, JOURNAL_DIR));
  } catch (error) {
    rmSync4(base, { recursive: true, force: true });
    throw error;
  }
  return { scope: shadowScope, toShadow, toReal, remove: () => rmSync4(base, { recursive: true, force: true }) };
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
    const shown = (f) => path9.relative(cwd, path9.join(scope, f.path)).split(path9.sep).join("/");
    const findings = lintAfter.findings.map((f) => ({ rule: f.rule, severity: f.severity, path: shown(f), line: f.line, message: f.message.split(shadow.scope).join(scope) }));
    const blocking = [];
    for (const rule of BREAKING_RULES) {
      const before = lintNow.findings.filter((f) => f.rule === rule && f.severity === "error").length;
      const news = findings.filter((f) => f.rule === rule && f.severity === "error");
      if (news.length > before) blocking.push(...news.map((f) => `${f.path}${f.line ? `:${f.line}` : ""}: ${f.message} (${rule})`));
    }
    const model = await buildHostModel(after.root, after.policy, shadow.scope, { database: false });
    const checks = migrationChecks(model, moveMap([]), [], /* @__PURE__ */ new Set());
    const compose = composeConfig(checks.stacks, (abs) => path9.relative(cwd, shadow.toReal(abs)).split(path9.sep).join("/"));
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
    const run = spawnSync2("docker", ["compose", "-f", file, "config", "-q"], { cwd: path9.dirname(file), encoding: "utf8", timeout: 6e4 });
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

// src/migrate/view.ts
import path10 from "node:path";
var PHASE_TITLES = {
  1: "New structure: capability folders and symlink bridges (nothing moves)",
  2: "Compose paths: project names kept, paths and stacks rewritten for the new layout",
  3: "Checks: lint the tree as it will stand, docker compose config per stack, the URLs to try",
  4: "Final moves: bridges replaced by the folders, emptied folders removed",
  5: "Documentation: paths rewritten in the config's docs"
};
function viewOfPlan(model, plan, scope) {
  const mm = moveMap(plan.actions);
  const pinned = new Set(plan.actions.filter((a) => a.op === "edit" && /^name: /.test(a.new) && a.line >= 1 && !a.whole).map((a) => a.file));
  const projects = [];
  for (const stack of model.stacks) {
    const to = mm.final(stack.file);
    const before = effectiveProjectName(stack);
    if (to === stack.file || before === null) continue;
    const named = stack.resolved.name !== void 0 || stack.env.has("COMPOSE_PROJECT_NAME");
    const after = named || pinned.has(stack.file) ? before : defaultProjectName(path10.dirname(to));
    projects.push({ stack: stack.file, to, before, after, kept: named ? "set" : pinned.has(stack.file) ? "pinned" : after === before ? "same-folder-name" : "changes" });
  }
  const created = new Set(plan.actions.filter((a) => a.op === "edit" && a.whole === "create").map((a) => a.file));
  for (const split of plan.stackSplits) {
    const stack = model.stacks.find((s) => s.file === split.file);
    const before = stack ? effectiveProjectName(stack) : null;
    for (const { name } of split.services) {
      const folder = stack?.services.find((s) => s.name === name)?.serviceDir;
      const file = folder ? path10.join(folder.abs, "docker-compose.yml") : null;
      if (!before || !file || !created.has(file)) continue;
      const to = mm.final(file);
      projects.push({ stack: split.file, to, before, after: defaultProjectName(path10.dirname(to)), kept: "changes" });
    }
  }
  return {
    root: model.root,
    scope,
    actions: plan.actions,
    states: null,
    checks: plan.checks ?? { stacks: [], urls: [] },
    projects: projects.sort((a, b) => a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0),
    moves: mm.moves
  };
}
function withJournal(view, journal) {
  const states = view.actions.map(() => "pending");
  for (const entry of journal.entries) states[entry.action] = entry.state === "done" ? "done" : entry.state === "manual" ? "manual" : "in-flight";
  return { ...view, states };
}
function shownPath(abs, cwd) {
  return path10.relative(cwd, abs).split(path10.sep).join("/") || ".";
}
function relativeAction(action, cwd) {
  const r = (p) => shownPath(p, cwd);
  switch (action.op) {
    case "mkdir":
    case "delete-empty":
    case "manual":
      return { ...action, path: r(action.path) };
    case "symlink":
      return { ...action, path: r(action.path), target: r(action.target) };
    case "move":
      return { ...action, from: r(action.from), to: r(action.to) };
    case "edit":
      return { ...action, file: r(action.file) };
  }
}
function treeBeforeAfter(model, view) {
  const depth = (rel) => rel.split("/").length;
  const visible = (rel, isDir) => depth(rel) <= 2 && (isDir || /^(docker-)?compose\.ya?ml$/.test(path10.posix.basename(rel)));
  const before = /* @__PURE__ */ new Set();
  for (const entry of model.tree.entries) {
    if (entry.name.startsWith(".") || entry.rel.split("/").some((p) => p.startsWith("."))) continue;
    const isDir = entry.kind === "dir" || entry.kind === "symlink" && entry.symlink?.targetKind === "dir";
    if (visible(entry.rel, isDir)) before.add(isDir ? `${entry.rel}/` : entry.rel);
  }
  const after = /* @__PURE__ */ new Set();
  const mm = moveMap(view.actions);
  const removed = /* @__PURE__ */ new Set();
  for (const a of view.actions) {
    if (a.op === "delete-empty") removed.add(a.path);
    else if (a.op === "edit" && a.whole === "remove") removed.add(a.file);
  }
  for (const item of before) {
    const abs = path10.join(model.root, item);
    if ([...removed].some((r) => r === abs.replace(/\/$/, ""))) continue;
    const end = mm.final(abs.replace(/\/$/, ""));
    if (!isInside(model.root, end)) continue;
    const rel = path10.relative(model.root, end).split(path10.sep).join("/");
    if (rel && visible(rel, item.endsWith("/"))) after.add(item.endsWith("/") ? `${rel}/` : rel);
  }
  for (const action of view.actions) {
    const added = action.op === "mkdir" ? `${action.path}/` : action.op === "edit" && action.whole === "create" ? mm.final(action.file) : action.op === "move" ? action.to + (model.tree.byRel.get(path10.relative(model.root, action.from))?.kind === "file" ? "" : "/") : null;
    if (!added) continue;
    const rel = path10.relative(model.root, added.replace(/\/$/, "")).split(path10.sep).join("/");
    if (rel && !rel.startsWith("..") && visible(rel, added.endsWith("/"))) after.add(added.endsWith("/") ? `${rel}/` : rel);
  }
  return { before: [...before].sort(), after: [...after].sort() };
}

// src/migrate/render/json.ts
function renderJson(view, cwd) {
  const phases = [1, 2, 3, 4, 5].map((phase) => ({
    phase,
    actions: view.actions.map((action, index) => ({ action, index })).filter(({ action }) => action.phase === phase).map(({ action, index }) => ({ ...relativeAction(action, cwd), ...view.states ? { state: view.states[index] } : {} }))
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
import path12 from "node:path";

// src/migrate/render/text.ts
import path11 from "node:path";
var MARK = { pending: " ", done: "\u2713", "in-flight": "\u2026", manual: "!" };
function describeStep(action, cwd) {
  const r = (p) => shownPath(p, cwd);
  switch (action.op) {
    case "mkdir":
      return `mkdir    ${r(action.path)}/`;
    case "symlink":
      return `symlink  ${r(action.path)} -> ${path11.relative(path11.dirname(action.path), action.target)}`;
    case "move":
      return `move     ${r(action.from)} -> ${r(action.to)}`;
    case "delete-empty":
      return `rmdir    ${r(action.path)}/ (empty)`;
    case "manual":
      return `manual   ${r(action.path)}: ${action.reason}`;
    case "edit":
      if (action.whole === "create") return `create   ${r(action.file)} (${action.new.split("\n").length} lines)`;
      if (action.whole === "remove") return `remove   ${r(action.file)}`;
      return `edit     ${r(action.file)}:${action.line}  ${diffText(action.old, action.new)}`;
  }
}
function diffText(old, next) {
  const lines = next.split("\n");
  if (lines.length > 1 && lines.includes(old)) return lines.filter((l) => l !== old).map((l) => `+ ${l.trim()}`).join("  ");
  if (next === "") return `- ${old.trim()}`;
  return `${old.trim()}  =>  ${next.trim()}`;
}
function renderText(view, cwd) {
  const out = [];
  const moves = view.actions.filter((a) => a.op === "move").length;
  const manual = view.actions.filter((a) => a.op === "manual").length;
  out.push(`svclint migrate: ${shownPath(view.root, cwd)}/ (${view.actions.length} steps: ${moves} moves, ${manual} manual)`);
  if (view.actions.length === 0) {
    out.push("", "Nothing to migrate: every service folder is where the plan puts it.");
    return `${out.join("\n")}
`;
  }
  for (const phase of [1, 2, 3, 4, 5]) {
    out.push("", `Phase ${phase}: ${PHASE_TITLES[phase]}`);
    const entries = view.actions.map((a, i) => ({ a, i })).filter(({ a }) => a.phase === phase);
    for (const { a, i } of entries) {
      const mark = view.states ? `${MARK[view.states[i]]} ` : "";
      out.push(`  ${mark}${describeStep(a, cwd)}`);
      if (a.op === "manual") for (const step of a.steps) out.push(`  ${view.states ? "  " : ""}           - ${step}`);
      else if (a.reason && (a.op === "edit" || a.op === "move")) out.push(`  ${view.states ? "  " : ""}           (${a.reason})`);
    }
    if (phase === 3) out.push(...checkLines(view).map((l) => `  ${l}`));
    else if (entries.length === 0) out.push("  (nothing)");
  }
  if (view.projects.length > 0) {
    out.push("", "Compose project names (volumes, networks and containers are named after them):");
    for (const p of view.projects) out.push(`  ${shownPath(p.stack, cwd)}: ${projectLine(p)}`);
  }
  out.push("", view.states ? "Resume with svclint migrate --apply, see --status, or undo with --rollback." : "Dry run: nothing changed. Apply with svclint migrate --apply --through 3, check the services, then --apply --through 5 (--rollback undoes).");
  return `${out.join("\n")}
`;
}
function projectLine(p) {
  if (p.kept === "set") return `'${p.before}' (set by name: or COMPOSE_PROJECT_NAME), unchanged`;
  if (p.kept === "pinned") return `'${p.before}' kept: name: ${p.before} is added before the folder is renamed`;
  if (p.kept === "same-folder-name") return `'${p.before}' unchanged (the folder keeps its name)`;
  return `'${p.before}' becomes '${p.after}' for the split-out stack ${path11.basename(path11.dirname(p.to))}/${path11.basename(p.to)} (volumes keep their names; restart commands in Phase 4)`;
}
function checkLines(view) {
  const lines = ["lint the tree as it will stand after Phase 5 (a copy with the remaining phases applied)"];
  if (view.checks.stacks.length > 0) lines.push(`docker compose -f FILE config -q, for each of ${view.checks.stacks.length} stacks (skipped, and said so, without a docker engine)`);
  for (const u of view.checks.urls) lines.push(`curl -I ${u.url}    (${u.service})`);
  if (view.checks.urls.length === 0) lines.push("no Traefik routes to try");
  return lines;
}

// src/migrate/render/markdown.ts
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
  out.push("", "### Before and after", "", "<table><tr><th>Before</th><th>After</th></tr><tr><td>", "", "```text", ...asciiTree(path12.basename(view.root), before), "```", "", "</td><td>", "", "```text", ...asciiTree(path12.basename(view.root), after), "```", "", "</td></tr></table>");
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
    out.push(`  ${node(`${path12.relative(view.root, move.from).split(path12.sep).join("/")}`)} --> ${node(`${path12.relative(view.root, move.to).split(path12.sep).join("/")}`)}`);
  }
  out.push("```");
  if (view.projects.length > 0) {
    out.push("", "### Compose project names", "", "Named volumes, networks and default container names are prefixed with the project name, so a folder rename must not change it.", "", "| stack | project | |", "| --- | --- | --- |");
    for (const p of view.projects) out.push(`| \`${shownPath(p.stack, cwd)}\` | \`${p.before}\` | ${escapeCell(projectLine(p))} |`);
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
import { readFileSync as readFileSync5 } from "node:fs";
import path13 from "node:path";
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
  if (first?.op === "move") lines.push(`[ -e ${q(first.from)} ] || fail ${shQuote(`${shownPath(first.from, cwd)} not found: run this from the folder svclint ran in`)}`);
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
      return [`absent ${q(action.path)}`, `mkdir -p -- ${q(path13.dirname(action.path))}`, `ln -s -- ${shQuote(text)} ${q(action.path)}`];
    }
    case "move": {
      const out = [];
      if (action.replacesBridge || bridges.has(action.to)) out.push(`if [ -L ${q(action.to)} ]; then rm -- ${q(action.to)}; fi`);
      out.push(`absent ${q(action.to)}`, `mkdir -p -- ${q(path13.dirname(action.to))}`, `mv -- ${q(action.from)} ${q(action.to)}`);
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
        return [`absent ${file}`, `mkdir -p -- ${q(path13.dirname(action.file))}`, `printf '%s' ${shQuote(text)} > ${file}`];
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
      lines.push(`  if [ -f ${shQuote(shownPath(now, cwd))} ]; then docker compose -f ${shQuote(shownPath(now, cwd))} config -q || fail ${shQuote(`docker compose config failed for ${shownPath(now, cwd)}`)}; fi`);
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
    return readFileSync5(abs, "utf8");
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
import { readdirSync as readdirSync6 } from "node:fs";
import path14 from "node:path";
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
    return path14.join(this.scope, current);
  }
  stateAt(rel) {
    return this.overrides.get(rel) ?? stateOf(this.diskPath(rel));
  }
  children(rel) {
    const names = /* @__PURE__ */ new Set();
    try {
      for (const name of readdirSync6(this.diskPath(rel))) names.add(name);
    } catch {
    }
    for (const key of this.overrides.keys()) if (path14.posix.dirname(key) === rel) names.add(path14.posix.basename(key));
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
        let problems = [];
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
  if ((options.format === "sh" || options.format === "markdown") && modes > 0) throw new UsageError(`--format ${options.format} renders the plan (the dry run); --apply, --status and --rollback print text or json`);
  const target = resolveTarget(options.path, options.cwd, options.config);
  const dir = path15.resolve(options.cwd, options.path);
  const scope = migrationScope(target);
  const context = { options, io, target, dir, scope };
  if (options.status) return status(context);
  if (options.rollback) return rollback(context);
  if (options.apply) return apply(context);
  return dryRun(context);
}
function migrationScope(target) {
  let scope = realpathSync2(target.policy.baseDir);
  const root = realpathSync2(target.root);
  while (!isInside(scope, root)) scope = path15.dirname(scope);
  return scope;
}
async function planFor(context) {
  const { target, options } = context;
  const model = await buildHostModel(target.root, target.policy, options.cwd, { database: true });
  if (model.serviceDirs.length === 0 && model.stacks.length === 0) {
    throw new UsageError(`${options.path}: not a services tree (no service folders or compose files under ${shownPath(target.root, options.cwd)}/)`);
  }
  const plan = buildPlacementPlan(model);
  return { model, plan, view: viewOfPlan(model, plan, context.scope) };
}
function journalView(context, journal) {
  const actions = absoluteActions(journal, context.scope);
  const view = {
    root: path15.join(context.scope, journal.root),
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
  const hadJournalDir = existsSync3(path15.join(scope, JOURNAL_DIR));
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
        throw new UsageError(`${JOURNAL_DIR}/${JOURNAL_FILE} holds a finished migration; roll it back (svclint migrate --rollback) or remove it before starting another`);
      }
      extraFiles = filesOutsideRoot(context, model, plan.actions);
      if (!options.force) refuseDirtyTree(context, extraFiles);
      const createdDir = !hadJournalDir;
      journal = newJournal(scope, path15.relative(scope, realpathSync2(context.target.root)).split(path15.sep).join("/"), plan.actions.map((a) => toScope(a, scope)), createdDir);
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
        throw new UsageError(`stopped at step ${error.action + 1} (phase ${error.phase}): ${relativeMessage(error.message, options.cwd)}; what was done is in ${JOURNAL_DIR}/${JOURNAL_FILE}: fix it and re-run --apply, or --rollback`);
      }
      throw error;
    }
    const pending = journal.entries.filter((e) => e.state === "manual").map((e) => actions[e.action]);
    if (options.format === "json") {
      io.stdout(`${JSON.stringify({ tool: "svclint", applied: phases, done: report.done, manual: pending.map((a) => describeAction(a, options.cwd)), checks: journal.checks, blocked: report.blocked }, null, 2)}
`);
    } else {
      const out = [`svclint migrate: applying phase${phases.length > 1 ? "s" : ""} ${phases.join(", ")} to ${shownPath(context.target.root, options.cwd)}/`, ...lines];
      if (phases.includes(3) && journal.checks) out.push(...checkReport(journal.checks));
      out.push("", `${report.done} step${report.done === 1 ? "" : "s"} done by this run; ${journal.entries.length} of ${journal.actions.length} recorded in ${JOURNAL_DIR}/${JOURNAL_FILE}.`);
      if (pending.length > 0) {
        out.push(`Manual steps (svclint does not do these; --status lists them again):`);
        for (const a of pending) if (a.op === "manual") out.push(`  ! ${shownPath(a.path, options.cwd)}: ${a.reason}`, ...a.steps.map((s) => `      - ${s}`));
      }
      if (report.blocked) out.push("", "Phase 3 found problems the moves would cause; Phase 4 was not started (fix them, or --force):", ...report.blocked.map((b) => `  \u2716 ${b}`));
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
    throw new UsageError(`phase ${options.phase} comes after phase ${phase}, which is not done: run svclint migrate --apply --through ${options.phase - 1} first`);
  }
}
function journalReached(journal, phase) {
  return journal.entries.some((e) => e.phase > phase);
}
async function preflight(context, journal, phases, files) {
  const shadow = makeShadow({ scope: context.scope, root: realpathSync2(context.target.root), files, withJournal: existsSync3(path15.join(context.scope, JOURNAL_DIR)) });
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
  const root = realpathSync2(context.target.root);
  const files = /* @__PURE__ */ new Set();
  if (context.target.config) files.add(realpathOr(context.target.config.file));
  if (model) for (const doc of documentFiles(model)) files.add(realpathOr(doc));
  for (const a of actions) if (a.op === "edit") files.add(realpathOr(a.file));
  return [...files].filter((f) => !isInside(root, f) && isInside(context.scope, f));
}
function realpathOr(abs) {
  try {
    return realpathSync2(abs);
  } catch {
    return abs;
  }
}
function refuseDirtyTree(context, extraFiles) {
  const state = gitState(context.scope, [realpathSync2(context.target.root), ...extraFiles], context.scope);
  if (state.kind !== "dirty") return;
  const shown = state.paths.slice(0, 5).join(", ") + (state.paths.length > 5 ? `, and ${state.paths.length - 5} more` : "");
  throw new UsageError(`--apply refuses to start: uncommitted changes under the tree (${shown}); commit or stash them first, or give --force`);
}
function toScope(action, scope) {
  return mapActionPaths(action, (p) => path15.relative(scope, p).split(path15.sep).join("/"));
}
function relativeMessage(message, cwd) {
  return message.replace(/\/[^\s:'",()]+/g, (abs) => path15.isAbsolute(abs) && isInside(cwd, abs) ? shownPath(abs, cwd) : abs);
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
    io.stdout(options.format === "json" ? `${JSON.stringify({ tool: "svclint", journal: null })}
` : `svclint migrate: no migration in progress (no ${JOURNAL_DIR}/${JOURNAL_FILE} in ${shownPath(scope, options.cwd)})
`);
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
    `Journal: ${shownPath(path15.join(scope, JOURNAL_DIR, JOURNAL_FILE), options.cwd)} (started ${journal.created}, last step ${journal.updated})`,
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
      io.stderr(`svclint: rollback refused: ${changed.length} path(s) changed since svclint recorded them (give --force to restore the recorded state anyway):
${changed.map((c) => `  ${c}`).join("\n")}
`);
      return 2;
    }
    const report = rollbackJournal({ scope, journal, toPhase, force: options.force, interrupt: faultInjection(io) });
    if (report.complete) released = true;
    const out = [`svclint migrate: rolled back ${report.undone} step${report.undone === 1 ? "" : "s"}${toPhase > 0 ? ` (phases after ${toPhase})` : ""}.`];
    if (report.complete) out.push("The tree is as it was before the migration; the journal is removed.");
    for (const left of report.left) out.push(`  left in place: ${relativeMessage(left, options.cwd)}`);
    io.stdout(options.format === "json" ? `${JSON.stringify({ tool: "svclint", undone: report.undone, complete: report.complete, left: report.left })}
` : `${out.join("\n")}
`);
    return 0;
  } finally {
    if (!released) release();
  }
}
export {
  MIGRATE_FORMATS,
  phaseFlag,
  runMigrate
};
