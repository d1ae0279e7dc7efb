import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  databaseAccess
} from "./chunk-QW22KWUU.js";
import {
  memoryBudget,
  memoryJson
} from "./chunk-6H6MFZHV.js";
import {
  displayPath
} from "./chunk-ZXHC4XCV.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";

// src/format/json.ts
var formatJson = (results, context) => {
  const findings = results.flatMap((r) => r.findings).map((f) => {
    const finding = {
      rule: f.rule,
      severity: f.severity,
      path: f.path,
      line: f.line,
      column: f.column,
      message: f.message,
      fix: f.fix
    };
    if (f.also && f.also.length > 0) finding.also = f.also;
    if (f.related && f.related.length > 0) finding.related = f.related.map((r) => ({ path: r.path, line: r.line, column: r.column, message: r.message }));
    if (f.actions && f.actions.length > 0) finding.actions = f.actions;
    return finding;
  });
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
  const model = results[0]?.model;
  if (model) {
    output.memory = memoryJson(memoryBudget(model), (abs) => displayPath(abs, context.cwd));
    const access = databaseAccess(model);
    if (access) output.databases = access;
  }
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
    for (const [file, list] of groupByPath(result)) {
      out.push("", underline(file, color));
      const locWidth = Math.max(...list.map((f) => position(f).length));
      const sevWidth = Math.max(...list.map((f) => f.severity.length));
      for (const f of list) {
        const loc = position(f).padEnd(locWidth);
        const sevPad = " ".repeat(sevWidth - f.severity.length);
        const message = f.inRoot?.message ?? f.message;
        const fixText = f.inRoot ? f.inRoot.fix : f.fix;
        const fix = fixText ? ` Fix: ${fixText}` : "";
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
        if (f.also && f.also.length > 0) {
          const indent = " ".repeat(fixed.length);
          out.push(...wrap(`also: ${f.also.join(", ")}`, width, indent).map((line) => dim(line, color)));
        }
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
var FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "markdown", "html"];
async function getFormatter(name) {
  switch (name) {
    case "stylish":
      return formatStylish;
    case "json":
      return formatJson;
    case "sarif":
      return (await import("./sarif-QCNL7W5S.js")).formatSarif;
    case "github":
      return (await import("./github-U7JUFG6B.js")).formatGithub;
    case "junit":
      return (await import("./junit-UOP5RMQI.js")).formatJunit;
    case "markdown":
      return (await import("./markdown-V6Q6H5L7.js")).formatMarkdown;
    case "html":
      return (await import("./html-XEDZGYD4.js")).formatHtml;
    default:
      throw new UsageError(`--format: unknown format '${name}' (choose ${FORMAT_NAMES.join(", ")})`);
  }
}

export {
  FORMAT_NAMES,
  getFormatter
};
