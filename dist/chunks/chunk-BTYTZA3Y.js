import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allRules,
  selectRules
} from "./chunk-PGFFV3JU.js";
import {
  buildHostModel
} from "./chunk-BCHPNC3E.js";
import {
  discoverTargets,
  displayPath,
  isInside
} from "./chunk-GKQ4KUJI.js";
import {
  escapeRegex
} from "./chunk-HD7RUNM3.js";
import {
  UsageError
} from "./chunk-TSAJO3IN.js";

// src/engine/lint.ts
import path3 from "node:path";

// src/action/changed.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
function makeChangedTest(files) {
  const changed = new Set(files);
  const dirsWithChanges = /* @__PURE__ */ new Set();
  for (const file of files) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i += 1) dirsWithChanges.add(parts.slice(0, i).join("/"));
  }
  return (findingPath) => {
    if (findingPath === "." || findingPath === "") return changed.size > 0;
    if (changed.has(findingPath) || dirsWithChanges.has(findingPath)) return true;
    const parts = findingPath.split("/");
    for (let i = 1; i < parts.length; i += 1) if (changed.has(parts.slice(0, i).join("/"))) return true;
    return false;
  };
}
function filterResults(results, keep) {
  return results.map((result) => {
    const findings = result.findings.filter((finding) => keep(finding.path));
    return {
      ...result,
      findings,
      summary: {
        ...result.summary,
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length
      }
    };
  });
}

// src/engine/suppress.ts
import { readFileSync, statSync } from "node:fs";
import path2 from "node:path";

// src/directives/parse.ts
import path from "node:path";
function commentMarkers(file) {
  const ext = path.extname(file).toLowerCase();
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
var MAX_DIRECTIVE_FILE = 1024 * 1024;
function applySuppressions(findings, model, selection) {
  const ran = new Set((selection ?? allRules.map((rule) => ({ rule }))).map((s) => s.rule.meta.id));
  const known = new Set(allRules.map((rule) => rule.meta.id));
  const unusedSeverity = selection ? selection.find((s) => s.rule.meta.id === UNUSED_DIRECTIVE)?.severity ?? null : allRules.find((r) => r.meta.id === UNUSED_DIRECTIVE)?.meta.severity ?? "warning";
  const byFile = /* @__PURE__ */ new Map();
  const load = (file, text) => {
    if (!byFile.has(file)) byFile.set(file, parseDirectives(file, text).map((directive) => ({ directive, used: /* @__PURE__ */ new Set() })));
  };
  for (const stack of model.stacks) for (const file of stack.files) load(file.abs, file.text);
  for (const script of model.database.initScripts) if (script.text !== null) load(script.file, script.text);
  for (const finding of findings) if (!byFile.has(finding.path)) load(finding.path, readSmallFile(finding.path) ?? "");
  const exceptions = model.policy.exceptions.map((exception) => ({
    exception,
    abs: path2.resolve(model.policy.baseDir, exception.path),
    used: false
  }));
  const kept = [];
  for (const finding of findings) {
    const directive = (byFile.get(finding.path) ?? []).find(({ directive: d }) => d.problem === null && d.rules.includes(finding.rule) && (d.appliesTo === null || d.appliesTo === finding.line));
    if (directive) {
      directive.used.add(finding.rule);
      continue;
    }
    const exception = exceptions.find((e) => e.exception.rule === finding.rule && isInside(e.abs, finding.path));
    if (exception) {
      exception.used = true;
      continue;
    }
    kept.push(finding);
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
function readSmallFile(file) {
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_DIRECTIVE_FILE) return null;
    const text = readFileSync(file, "utf8");
    return text.includes("svclint-") ? text : null;
  } catch {
    return null;
  }
}

// src/engine/lint.ts
async function lint(options) {
  const phase = phaseTimer(options.onPhase);
  const targets = discoverTargets(options.paths, options.cwd, options.configFile);
  phase("find config and root");
  const results = [];
  for (const target of targets) {
    const result = await lintTarget(target, options);
    const only = target.only?.map((p) => displayPath(p, options.cwd));
    results.push(only ? filterResults([result], makeChangedTest(only))[0] : result);
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
    return loc ? `${path3.relative(options.cwd, loc.file)}:${loc.line}:${loc.column}` : String(policy.configFile);
  });
  const phase = phaseTimer(options.onPhase);
  const model = await buildHostModel(target.root, policy, options.cwd, {
    database: selection.some(({ rule }) => rule.meta.group === "database"),
    initdbExec: options.initdbExec ?? null
  });
  phase("scan tree and build host model");
  const raw = await runRules(model, selection);
  phase("run rules");
  const kept = applySuppressions(raw, model, selection);
  const findings = kept.map((f) => toFinding(f, options.cwd)).sort(compareFindings);
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
    model
  };
}
async function runRules(model, selection) {
  const raw = [];
  for (const { rule, severity } of selection) {
    const report = (r) => raw.push(toRawFinding(rule.meta.id, severity, r, model));
    try {
      await rule.check({ model, report });
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
  return finding;
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
  if (f.target) finding.target = displayPath(f.target, cwd);
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

// src/format/json.ts
var formatJson = (results, context) => {
  const findings = results.flatMap((r) => r.findings).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    message: f.message,
    fix: f.fix
  }));
  const sum = (key) => results.reduce((n, r) => n + r.summary[key], 0);
  const roots = results.map((r) => displayPath(r.root, context.cwd));
  const output = {
    tool: "svclint",
    version: context.version,
    root: roots[0] ?? null,
    summary: { errors: sum("errors"), warnings: sum("warnings"), services: sum("services"), stacks: sum("stacks") },
    findings
  };
  if (roots.length > 1) output.roots = roots;
  return `${JSON.stringify(output, null, 2)}
`;
};

// src/format/stylish.ts
var ansi = (code) => (text, on) => on ? `\x1B[${code}m${text}\x1B[0m` : text;
var red = ansi("31");
var yellow = ansi("33");
var dim = ansi("2");
var bold = ansi("1");
var underline = ansi("4");
var DEFAULT_WIDTH = 200;
var ELLIPSIS = "\u2026";
var formatStylish = (results, context) => {
  const color = context.color;
  const width = Math.max(40, context.width ?? DEFAULT_WIDTH);
  const findings = results.flatMap((r) => r.findings);
  const several = results.length > 1;
  if (findings.length === 0 && !several) return "";
  const out = [];
  let cut = 0;
  for (const result of results) {
    const root = displayPath(result.root, context.cwd);
    if (result.findings.length === 0) {
      out.push("", `${bold(rootHeading(root), color)}`, "  no problems");
      continue;
    }
    out.push("", bold(rootHeading(root), color));
    const shorten = relativeToRoot(root);
    for (const [file, list] of groupByPath(result)) {
      out.push("", underline(file, color));
      const locWidth = Math.max(...list.map((f) => position(f).length));
      const sevWidth = Math.max(...list.map((f) => f.severity.length));
      for (const f of list) {
        const loc = position(f).padEnd(locWidth);
        const sevPad = " ".repeat(sevWidth - f.severity.length);
        const message = shorten(f.message);
        const fix = f.fix ? ` Fix: ${shorten(f.fix)}` : "";
        const fixed = `  ${loc}  ${f.severity}${sevPad}  `;
        const room = width - fixed.length - 2 - f.rule.length;
        let text = `${message}${fix}`;
        if (text.length > room) {
          text = `${text.slice(0, Math.max(0, room - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
          cut += 1;
        }
        const shownMessage = text.length > message.length ? `${message}${dim(text.slice(message.length), color)}` : text;
        const severity = f.severity === "error" ? red(f.severity, color) : yellow(f.severity, color);
        out.push(`  ${loc}  ${severity}${sevPad}  ${shownMessage}  ${dim(f.rule, color)}`);
      }
    }
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (findings.length === 0) {
    out.push("", `no problems in ${plural(results.length, "tree")}`, "");
    return out.join("\n");
  }
  const summary = `\u2716 ${plural(findings.length, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  out.push("", bold(errors > 0 ? red(summary, color) : yellow(summary, color), color));
  out.push(...wrap(`by rule: ${perRule(findings)}`, width, "  "));
  if (cut > 0) out.push(dim(`  ${plural(cut, "line")} cut at ${width} characters: --format json has the full messages`, color));
  out.push("");
  return out.join("\n");
};
function rootHeading(root) {
  return `${root === "." ? "." : root}/ (root; paths in messages are relative to it)`;
}
function position(f) {
  return f.line === null ? "" : `${f.line}:${f.column ?? 0}`;
}
function groupByPath(result) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  return byPath;
}
function relativeToRoot(root) {
  if (root === ".") return (text) => text;
  const before = `(^|[\\s'"\`(\\[,])`;
  const inside = new RegExp(`${before}${escapeRegex(root)}/(?=[^\\s'"\`),\\]])`, "g");
  const itself = new RegExp(`${before}${escapeRegex(root)}/?(?=$|[\\s'"\`),\\].:;])`, "g");
  return (text) => text.replace(inside, "$1").replace(itself, "$1./");
}
function perRule(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`).join(", ");
}
function wrap(text, width, indent) {
  const lines = [];
  let line = indent;
  for (const word of text.split(" ")) {
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}  ${word}`;
    } else {
      line = line.length > indent.length ? `${line} ${word}` : `${line}${word}`;
    }
  }
  lines.push(line);
  return lines;
}

// src/format/index.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "markdown"];
async function getFormatter(name) {
  switch (name) {
    case "stylish":
      return formatStylish;
    case "json":
      return formatJson;
    case "sarif":
      return (await import("./sarif-FTD6CAIR.js")).formatSarif;
    case "github":
      return (await import("./github-QPVL775M.js")).formatGithub;
    case "junit":
      return (await import("./junit-T573CW3X.js")).formatJunit;
    case "markdown":
      return (await import("./markdown-QHWPZOBR.js")).formatMarkdown;
    default:
      throw new UsageError(`--format: unknown format '${name}' (choose ${FORMAT_NAMES.join(", ")})`);
  }
}

export {
  lint,
  runRules,
  FORMAT_NAMES,
  getFormatter
};
