import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allRules,
  causeByKey,
  placementPlan,
  selectRules
} from "./chunk-N7BUY7P6.js";
import {
  buildHostModel
} from "./chunk-YTUJFJCZ.js";
import {
  discoverTargets,
  displayPath,
  isInside
} from "./chunk-UD5R6TDC.js";
import {
  UsageError
} from "./chunk-TSAJO3IN.js";

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
    summary: { ...result.summary, errors: findings.filter((f) => f.severity === "error").length, warnings: findings.filter((f) => f.severity === "warning").length }
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

// src/engine/lint.ts
import path5 from "node:path";

// src/engine/anchors.ts
import { readFileSync, statSync } from "node:fs";
import path2 from "node:path";
var MAX_READ = 1024 * 1024;
var FileTexts = class {
  texts = /* @__PURE__ */ new Map();
  constructor(model) {
    for (const stack of model.stacks) for (const file of stack.files) this.texts.set(file.abs, file.text);
    for (const script of model.database.initScripts) if (script.text !== null) this.texts.set(script.file, script.text);
  }
  /** Whether the loaders already read it (their files are known to be text). */
  has(file) {
    return this.texts.has(file);
  }
  get(file) {
    if (this.texts.has(file)) return this.texts.get(file);
    let text = null;
    try {
      const stats = statSync(file);
      if (stats.isFile() && stats.size <= MAX_READ) text = readFileSync(file, "utf8");
    } catch {
      text = null;
    }
    this.texts.set(file, text);
    return text;
  }
};
function lineKey(texts, file, line) {
  if (line === null) return void 0;
  const text = texts.get(file);
  if (text === null) return void 0;
  const content = text.split("\n")[line - 1];
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
    const own = { path: member.path, line: member.line, column: member.column, message: `${member.rule}: ${member.message}` };
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
import path4 from "node:path";

// src/directives/parse.ts
import path3 from "node:path";
function commentMarkers(file) {
  const ext = path3.extname(file).toLowerCase();
  return ext === ".sql" || ext === ".psql" || ext === ".pgsql" ? ["--"] : ["#"];
}
var DIRECTIVE = /^svclint-(disable-next-line|disable)(?=\s|$)(.*)$/;
function parseDirectives(file, text) {
  const markers = commentMarkers(file);
  const lines = text.split(/\r\n?|\n/);
  const directives = [];
  let firstContent = lines.findIndex((l) => l.trim() !== "");
  if (firstContent >= 0 && lines[firstContent].trimStart().startsWith("#!")) {
    const next = lines.slice(firstContent + 1).findIndex((l) => l.trim() !== "");
    firstContent = next < 0 ? -1 : firstContent + 1 + next;
  }
  lines.forEach((lineText, index) => {
    if (!lineText.includes("svclint-")) return;
    const comment = findComment(lineText, markers);
    if (!comment) return;
    const match = DIRECTIVE.exec(comment.body);
    if (!match) return;
    const kind = match[1];
    const { rules, reason } = splitDirective(match[2]);
    const directive = {
      kind,
      file,
      line: index + 1,
      column: comment.column,
      rules,
      reason,
      appliesTo: kind === "disable" ? null : index + 2,
      problem: null
    };
    if (rules.length === 0) directive.problem = `names no rule (write svclint-${kind} RULE -- reason)`;
    else if (reason === null) directive.problem = 'has no reason: it is ignored until one is given after " -- "';
    else if (kind === "disable" && index !== firstContent) directive.problem = "only works on the first line of the file (use svclint-disable-next-line here)";
    directives.push(directive);
  });
  return directives;
}
function splitDirective(rest) {
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulePart = separator < 0 ? rest : rest.slice(0, separator);
  const reasonText = separator < 0 ? "" : rest.slice(separator).replace(/^\s*--/, "").trim();
  const rules = rulePart.split(/[,\s]+/).map((r) => r.trim()).filter(Boolean);
  return { rules, reason: reasonText === "" ? null : reasonText };
}
function findComment(line, markers) {
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
    for (const marker of markers) {
      if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]))) {
        return { body: line.slice(i + marker.length).trim(), column: i + 1 };
      }
    }
  }
  return null;
}

// src/engine/suppress.ts
var UNUSED_DIRECTIVE = "unused-directive";
function applySuppressions(findings, model, selection, texts = new FileTexts(model)) {
  const ran = new Set((selection ?? allRules.map((rule) => ({ rule }))).map((s) => s.rule.meta.id));
  const known = new Set(allRules.map((rule) => rule.meta.id));
  const unusedSeverity = selection ? selection.find((s) => s.rule.meta.id === UNUSED_DIRECTIVE)?.severity ?? null : allRules.find((r) => r.meta.id === UNUSED_DIRECTIVE)?.meta.severity ?? "warning";
  const byFile = /* @__PURE__ */ new Map();
  const load = (file, text) => {
    if (!byFile.has(file)) byFile.set(file, parseDirectives(file, text).map((directive) => ({ directive, used: /* @__PURE__ */ new Set() })));
  };
  for (const stack of model.stacks) for (const file of stack.files) load(file.abs, file.text);
  for (const script of model.database.initScripts) if (script.text !== null) load(script.file, script.text);
  const loadFor = (finding) => {
    if (byFile.has(finding.path)) return;
    const text = texts.get(finding.path);
    load(finding.path, text !== null && text.includes("svclint-") ? text : "");
  };
  for (const finding of findings) {
    loadFor(finding);
    for (const member of finding.members ?? []) loadFor(member);
  }
  const exceptions = model.policy.exceptions.map((exception) => ({
    exception,
    abs: path4.resolve(model.policy.baseDir, exception.path),
    used: false
  }));
  const suppressed = (finding) => {
    const directive = (byFile.get(finding.path) ?? []).find(({ directive: d }) => d.problem === null && d.rules.includes(finding.rule) && (d.appliesTo === null || d.appliesTo === finding.line));
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
  const report = (file, line, column, message, fix) => kept.push({ rule: UNUSED_DIRECTIVE, severity: unusedSeverity, path: file, line, column: line === null ? null : column, message, fix });
  for (const tracked of [...byFile.values()].flat()) {
    const { directive: d } = tracked;
    const name = `svclint-${d.kind}`;
    if (d.problem !== null) {
      report(d.file, d.line, d.column, `Directive ${name} ${d.problem}.`, d.reason === null && d.rules.length > 0 ? `Say why after " -- ": # ${name} ${d.rules.join(", ")} -- <reason>.` : `Write it as: # ${d.kind === "disable" ? `${name} RULE -- <reason> on the first line` : `${name} RULE -- <reason>`}.`);
      continue;
    }
    for (const rule of d.rules) {
      if (rule === UNUSED_DIRECTIVE) {
        report(d.file, d.line, d.column, `Directive ${name} cannot suppress ${UNUSED_DIRECTIVE}: those reports are made after suppression.`, `Remove '${rule}' from the directive, and remove or fix the directive it is about.`);
      } else if (!known.has(rule)) {
        report(d.file, d.line, d.column, `Directive ${name} names unknown rule '${rule}'.`, "Use a rule id from `svclint rules`, or remove the directive.");
      } else if (ran.has(rule) && !tracked.used.has(rule)) {
        const scope = d.appliesTo === null ? "in this file" : `on line ${d.appliesTo}`;
        report(d.file, d.line, d.column, `Directive ${name} ${rule} suppressed nothing: no ${rule} finding ${scope}.`, `Remove '${rule}' from the directive${d.rules.length > 1 ? "" : " (delete the comment)"}; the problem it was written for is gone or moved.`);
      }
    }
  }
  for (const { exception, used } of exceptions) {
    const loc = exception.loc;
    const file = loc?.file ?? model.policy.configFile ?? model.policy.baseDir;
    if (!known.has(exception.rule)) {
      report(file, loc?.line ?? null, loc?.column ?? null, `Config exception names unknown rule '${exception.rule}'.`, "Use a rule id from `svclint rules`, or remove the exception.");
    } else if (!used && ran.has(exception.rule)) {
      report(file, loc?.line ?? null, loc?.column ?? null, `Config exception for ${exception.rule} at '${exception.path}' suppressed nothing: no ${exception.rule} finding is at or inside that path.`, "Remove the exception from exceptions:; the problem it was written for is gone or moved.");
    }
  }
  return kept;
}

// src/engine/lint.ts
async function lint(options) {
  const phase = phaseTimer(options.onPhase);
  const targets = discoverTargets(options.paths, options.cwd, options.configFile);
  phase("find config and root");
  const results = [];
  for (const target of targets) {
    const result = await lintTarget(target, options);
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
async function lintTarget(target, options) {
  const { policy } = target;
  const selection = selectRules(allRules, policy.rules, options.ruleLevels ?? /* @__PURE__ */ new Map(), options.groups ?? null, (id) => {
    const loc = policy.locate(["rules", id]);
    return loc ? `${path5.relative(options.cwd, loc.file)}:${loc.line}:${loc.column}` : String(policy.configFile);
  });
  const phase = phaseTimer(options.onPhase);
  const model = await buildHostModel(target.root, policy, options.cwd, {
    database: selection.some(({ rule }) => rule.meta.group === "database"),
    initdbExec: options.initdbExec ?? null
  });
  phase("scan tree and build host model");
  let changes = options.changed ? makeChangeSet(options.changed) : null;
  let scope;
  if (changes && policy.configFile && changes.touches(policy.configFile)) {
    scope = { changedFiles: changes.files.length, reported: 0, total: 0, everything: `the svclint config ${displayPath(policy.configFile, options.cwd)} changed, so every finding is reported` };
    changes = null;
  }
  const raw = await runRules(model, selection, changes);
  phase("run rules");
  const texts = new FileTexts(model);
  let kept = applySuppressions(groupByCause(raw), model, selection, texts).map(foldMembers);
  if (changes) kept = kept.map((f) => placeOnChangedSide(f, changes));
  const total = kept.length;
  if (changes && options.onlyChanged) kept = kept.filter((f) => belongsToChange(f, changes));
  if (options.changed) scope ??= { changedFiles: options.changed.length, reported: kept.length, total };
  if (scope) scope.reported = kept.length;
  if (scope) scope.total = total;
  const findings = kept.map((f) => finishFinding(f, model, texts, changes, options.cwd)).sort(compareFindings);
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
    ...scope ? { scope } : {}
  };
}
async function runRules(model, selection, changed = null) {
  const raw = [];
  for (const { rule, severity } of selection) {
    const context = {
      model,
      changed,
      report: (r) => {
        raw.push(toRawFinding(rule.meta.id, severity, r, model));
      },
      get plan() {
        return placementPlan(model);
      }
    };
    try {
      await rule.check(context);
    } catch (error) {
      throw new Error(`rule ${rule.meta.id} failed: ${error.message}`, { cause: error });
    }
  }
  return raw;
}
function toRawFinding(rule, severity, r, model) {
  const finding = {
    rule,
    severity,
    path: r.loc?.file ?? r.path ?? model.root,
    line: r.loc?.line ?? r.line ?? null,
    column: r.loc?.column ?? r.column ?? null,
    message: r.message,
    fix: r.fix ?? null
  };
  if (r.target) finding.target = r.target;
  if (r.related && r.related.length > 0) {
    finding.related = r.related.map((x) => ({ path: x.loc?.file ?? x.path ?? model.root, line: x.loc?.line ?? null, column: x.loc?.column ?? null, message: x.message }));
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
    message: f.message,
    fix: f.fix
  };
  if (f.also && f.also.length > 0) finding.also = [...f.also];
  if (f.related && f.related.length > 0) {
    finding.related = f.related.map((r) => ({ path: displayPath(r.path, cwd), line: r.line, column: r.line === null ? null : r.column, message: r.message }));
  }
  if (f.actions && f.actions.length > 0) finding.actions = f.actions.map((a) => displayAction(a, cwd));
  if (f.key !== void 0) finding.key = f.key;
  if (f.target) finding.target = displayPath(f.target, cwd);
  return finding;
}
function finishFinding(f, model, texts, changes, cwd) {
  const finding = toFinding(f, cwd);
  finding.key ??= lineKey(texts, f.path, f.line);
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
  changedSince,
  lint,
  lintTarget,
  runRules,
  displayAction
};
