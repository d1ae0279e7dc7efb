import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  defaultProjectName,
  effectiveProjectName,
  moveMap
} from "./chunk-PJS6FL45.js";
import {
  displayPath,
  isInside
} from "./chunk-ZXHC4XCV.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";

// src/migrate/journal.ts
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync as readdirSync2, readFileSync as readFileSync2, renameSync, rmdirSync, rmSync, writeSync } from "node:fs";
import path2 from "node:path";

// src/migrate/fsstate.ts
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
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
    for (const name of names) walk(path.join(dir, name), rel === "" ? name : `${rel}/${name}`);
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
var JOURNAL_DIR = ".svclint";
var ABSENT = "";
var JOURNAL_FILE = "migration.json";
var JOURNAL_VERSION = 1;
function journalPath(scope) {
  return path2.join(scope, JOURNAL_DIR, JOURNAL_FILE);
}
function objectsDir(scope) {
  return path2.join(scope, JOURNAL_DIR, "objects");
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
  const shown = path2.join(JOURNAL_DIR, JOURNAL_FILE);
  let data;
  try {
    data = JSON.parse(readFileSync2(file, "utf8"));
  } catch (error) {
    throw new UsageError(
      `${shown}: corrupted migration journal (${error.message}); restore it from a backup or remove it (its rollback is then lost)`
    );
  }
  const problem = validateJournal(data);
  if (problem) throw new UsageError(`${shown}: corrupted migration journal (${problem}); restore it from a backup or remove it (its rollback is then lost)`);
  const journal = data;
  if (journal.checksum !== checksumOf(journal)) {
    throw new UsageError(
      `${shown}: corrupted migration journal (checksum mismatch: it was edited or damaged); restore it from a backup or remove it (its rollback is then lost)`
    );
  }
  if (journal.scope !== realScope) {
    throw new UsageError(
      `${shown}: this migration journal belongs to another tree (${journal.scope}), not ${realScope}; run svclint there, or remove the journal`
    );
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
  mkdirSync(path2.dirname(file), { recursive: true });
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
  const file = path2.join(objectsDir(scope), id);
  if (!existsSync(file)) writeFileDurably(file, content);
  return id;
}
function getObject(scope, id) {
  const file = path2.join(objectsDir(scope), id);
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
  rmSync(path2.join(scope, JOURNAL_DIR, "migration.lock"), { force: true });
  removeStaleTemporaries(scope);
  if (journal.createdDir) {
    try {
      rmdirSync(path2.join(scope, JOURNAL_DIR));
    } catch {
    }
  }
}
function removeStaleTemporaries(scope) {
  const dir = path2.join(scope, JOURNAL_DIR);
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith(".tmp")) rmSync(path2.join(dir, name), { force: true });
}

// src/migrate/apply.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync4, readFileSync as readFileSync3, realpathSync } from "node:fs";
import path5 from "node:path";

// src/migrate/edits.ts
import path3 from "node:path";
function lineCount(text) {
  return text === "" ? 0 : text.split("\n").length;
}
function plannedPathOf(file, actionsBefore) {
  let current = file;
  for (let i = actionsBefore.length - 1; i >= 0; i--) {
    const action = actionsBefore[i];
    if (action.op === "move" && isInside(action.to, current)) current = path3.join(action.from, path3.relative(action.to, current));
    else if (action.op === "symlink" && isInside(action.path, current)) current = path3.join(action.target, path3.relative(action.path, current));
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

// src/migrate/steps.ts
import {
  chmodSync,
  chownSync,
  closeSync as closeSync2,
  fsyncSync as fsyncSync2,
  mkdirSync as mkdirSync2,
  openSync as openSync2,
  readdirSync as readdirSync3,
  renameSync as renameSync2,
  rmdirSync as rmdirSync2,
  rmSync as rmSync2,
  symlinkSync,
  unlinkSync,
  writeSync as writeSync2
} from "node:fs";
import path4 from "node:path";
var StepConflict = class extends Error {
  constructor(path8, message) {
    super(message);
    this.path = path8;
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
  if (state.kind !== "link" || state.target !== target)
    throw new StepConflict(abs, `expected the symlink to '${target}' at ${abs}, found ${describeState(state)}`);
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
        throw new StepConflict(
          action.to,
          `cannot move ${action.from} to ${action.to}: the target already exists with other content (${describeState(target)})`
        );
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
        steps: [
          {
            op: "write",
            path: rel(file),
            before: putObject(scope, before),
            after: after ? putObject(scope, after) : ABSENT,
            mode: stats.mode & 4095,
            uid: stats.uid,
            gid: stats.gid
          }
        ]
      };
    }
    case "delete-empty": {
      const dir = inScope(action.path);
      const state = stateOf(dir);
      if (state.kind === "absent") return { steps: [], note: "already gone" };
      if (state.kind !== "dir") throw new StepConflict(action.path, `cannot remove ${action.path}: it is ${describeState(state)}, not an empty folder`);
      const left = readdirSync4(dir).sort();
      if (left.length > 0) {
        throw new StepConflict(
          action.path,
          `cannot remove ${action.path}: it is not empty (holds ${left.slice(0, 5).join(", ")}${left.length > 5 ? ", \u2026" : ""}); move or remove what is left, then re-run`
        );
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
  steps.push({
    op: "write",
    path: rel(file),
    before: ABSENT,
    after: putObject(scope, content),
    mode: 438 & ~umask,
    uid: process.getuid?.() ?? 0,
    gid: process.getgid?.() ?? 0
  });
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

// src/migrate/view.ts
import path6 from "node:path";
var PHASE_TITLES = {
  1: "New structure: capability folders and symlink bridges (nothing moves)",
  2: "Compose paths: project names kept, paths and stacks rewritten for the new layout",
  3: "Checks: lint the tree as it will stand, docker compose config per stack, the URLs to try",
  4: "Final moves: bridges replaced by the folders, emptied folders removed",
  5: "Documentation: paths rewritten in the config's docs"
};
function viewOfPlan(model, plan, scope) {
  const mm = moveMap(plan.actions);
  const pinned = new Set(
    plan.actions.filter((a) => a.op === "edit" && /^name: /.test(a.new) && a.line >= 1 && !a.whole).map((a) => a.file)
  );
  const projects = [];
  for (const stack of model.stacks) {
    const to = mm.final(stack.file);
    const before = effectiveProjectName(stack);
    if (to === stack.file || before === null) continue;
    const named = stack.resolved.name !== void 0 || stack.env.has("COMPOSE_PROJECT_NAME");
    const after = named || pinned.has(stack.file) ? before : defaultProjectName(path6.dirname(to));
    projects.push({
      stack: stack.file,
      to,
      before,
      after,
      kept: named ? "set" : pinned.has(stack.file) ? "pinned" : after === before ? "same-folder-name" : "changes"
    });
  }
  const created = new Set(plan.actions.filter((a) => a.op === "edit" && a.whole === "create").map((a) => a.file));
  for (const split of plan.stackSplits) {
    const stack = model.stacks.find((s) => s.file === split.file);
    const before = stack ? effectiveProjectName(stack) : null;
    for (const { name } of split.services) {
      const folder = stack?.services.find((s) => s.name === name)?.serviceDir;
      const file = folder ? path6.join(folder.abs, "docker-compose.yml") : null;
      if (!before || !file || !created.has(file)) continue;
      const to = mm.final(file);
      projects.push({ stack: split.file, to, before, after: defaultProjectName(path6.dirname(to)), kept: "changes" });
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
var shownPath = displayPath;
function treeBeforeAfter(model, view) {
  const mm = moveMap(view.actions);
  const rel = (abs) => path6.relative(model.root, abs).split(path6.sep).join("/");
  const isStack = (name) => /^(docker-)?compose\.ya?ml$/.test(name);
  const before = /* @__PURE__ */ new Set();
  const serviceRels = new Set(model.serviceDirs.map((d) => d.rel));
  for (const entry of model.tree.entries) {
    if (entry.rel.split("/").some((p) => p.startsWith(".")) || entry.depth > 1) continue;
    const parent = path6.posix.dirname(entry.rel);
    if (entry.depth === 1 && serviceRels.has(parent)) continue;
    const isDir = entry.kind === "dir" || entry.kind === "symlink" && entry.symlink?.targetKind === "dir";
    if (isDir) before.add(`${entry.rel}/`);
    else if (isStack(entry.name)) before.add(entry.rel);
  }
  const removed = /* @__PURE__ */ new Set();
  for (const a of view.actions) {
    if (a.op === "delete-empty") removed.add(rel(a.path));
    else if (a.op === "edit" && a.whole === "remove") removed.add(rel(a.file));
  }
  const finalServices = new Set([...serviceRels].map((r) => rel(mm.final(path6.join(model.root, r)))));
  const after = /* @__PURE__ */ new Set();
  const place = (abs, isDir) => {
    const r = rel(abs);
    if (!r || r.startsWith("..") || r.split("/").length > 2 || removed.has(r)) return;
    if (r.split("/").length === 2 && finalServices.has(path6.posix.dirname(r))) return;
    after.add(isDir ? `${r}/` : r);
  };
  for (const item of before) {
    const isDir = item.endsWith("/");
    const abs = path6.join(model.root, item.replace(/\/$/, ""));
    if (removed.has(rel(abs))) continue;
    place(mm.final(abs), isDir);
  }
  for (const a of view.actions) {
    if (a.op === "mkdir") place(a.path, true);
    else if (a.op === "edit" && a.whole === "create") place(mm.final(a.file), false);
    else if (a.op === "move" && isStack(path6.basename(a.to))) place(a.to, false);
  }
  return { before: [...before].sort(), after: [...after].sort() };
}

// src/migrate/render/text.ts
import path7 from "node:path";
var MARK = { pending: " ", done: "\u2713", "in-flight": "\u2026", manual: "!" };
function describeStep(action, cwd) {
  const r = (p) => shownPath(p, cwd);
  switch (action.op) {
    case "mkdir":
      return `mkdir    ${r(action.path)}/`;
    case "symlink":
      return `symlink  ${r(action.path)} -> ${path7.relative(path7.dirname(action.path), action.target)}`;
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
  if (lines.length > 1 && lines.includes(old))
    return lines.filter((l) => l !== old).map((l) => `+ ${l.trim()}`).join("  ");
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
    for (const p of view.projects) if (p.kept !== "same-folder-name") out.push(`  ${shownPath(p.stack, cwd)}: ${projectLine(p)}`);
    const same = view.projects.filter((p) => p.kept === "same-folder-name").length;
    if (same > 0) out.push(`  ${same} other moving stack${same === 1 ? " keeps its" : "s keep their"} project name: the folder keeps its name.`);
  }
  out.push(
    "",
    view.states ? "Resume with svclint migrate --apply, see --status, or undo with --rollback." : "Dry run: nothing changed. Apply with svclint migrate --apply --through 3, check the services, then --apply --through 5 (--rollback undoes)."
  );
  return `${out.join("\n")}
`;
}
function projectLine(p) {
  if (p.kept === "set") return `'${p.before}' (set by name: or COMPOSE_PROJECT_NAME), unchanged`;
  if (p.kept === "pinned") return `'${p.before}' kept: name: ${p.before} is added before the folder is renamed`;
  if (p.kept === "same-folder-name") return `'${p.before}' unchanged (the folder keeps its name)`;
  return `'${p.before}' becomes '${p.after}' for the split-out stack ${path7.basename(path7.dirname(p.to))}/${path7.basename(p.to)} (volumes keep their names; restart commands in Phase 4)`;
}
function checkLines(view) {
  const lines = ["lint the tree as it will stand after Phase 5 (a copy with the remaining phases applied)"];
  if (view.checks.stacks.length > 0)
    lines.push(`docker compose -f FILE config -q, for each of ${view.checks.stacks.length} stacks (skipped, and said so, without a docker engine)`);
  for (const u of view.checks.urls) lines.push(`curl -I ${u.url}    (${u.service})`);
  if (view.checks.urls.length === 0) lines.push("no Traefik routes to try");
  return lines;
}

export {
  plannedPathOf,
  effectiveLines,
  applyLineEdit,
  stateOf,
  manifestOf,
  toManifestEntry,
  diffManifests,
  JOURNAL_DIR,
  ABSENT,
  JOURNAL_FILE,
  newJournal,
  saveJournal,
  loadJournal,
  getObject,
  removeJournal,
  removeStaleTemporaries,
  backwardStep,
  ActionRefused,
  absoluteActions,
  mapActionPaths,
  applyJournal,
  physical,
  linkText,
  describeAction,
  PHASE_TITLES,
  viewOfPlan,
  withJournal,
  shownPath,
  treeBeforeAfter,
  describeStep,
  renderText,
  projectLine,
  checkLines
};
