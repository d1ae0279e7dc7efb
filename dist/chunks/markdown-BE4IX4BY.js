import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allFindings,
  errorsFirst,
  findingLocation,
  findingText
} from "./chunk-PGUGCGIS.js";
import "./chunk-3DAIKRF3.js";

// src/format/markdown.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var MAX_CELL_CHARS = 2e3;
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function formatSize(size) {
  if (size % (1024 * 1024) === 0) return `${size / (1024 * 1024)} MiB`;
  if (size % 1024 === 0) return `${size / 1024} KiB`;
  return `${size.toLocaleString("en-US")} bytes`;
}
function plural(count, word) {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}
function escapeCell(text) {
  const clipped = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}\u2026` : text;
  return clipped.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, "<br>").trim();
}
function codeSpan(text) {
  const flat = text.replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function findingRow(finding, docs) {
  const url = docs.get(finding.rule);
  const rule = url && /^https?:\/\//.test(url) ? `[${finding.rule}](${url})` : codeSpan(finding.rule);
  return `| ${codeSpan(findingLocation(finding))} | ${rule} | ${finding.severity} | ${escapeCell(findingText(finding))} |`;
}
function layoutMoves(finding) {
  const moves = (finding.actions ?? []).flatMap((a) => a.op === "move" ? [{ from: a.from, to: a.to }] : []);
  if (moves.length > 0) return moves;
  return finding.target ? [{ from: finding.path, to: finding.target }] : [];
}
function expectedLayoutLines(findings) {
  const root = { children: /* @__PURE__ */ new Map(), from: [] };
  for (const { from, to } of findings.flatMap(layoutMoves)) {
    let node = root;
    for (const segment of to.split("/").filter(Boolean)) {
      let child = node.children.get(segment);
      if (!child) {
        child = { children: /* @__PURE__ */ new Map(), from: [] };
        node.children.set(segment, child);
      }
      node = child;
    }
    if (node !== root && !node.from.includes(from)) node.from.push(from);
  }
  const lines = [];
  const walk = (node, prefix) => {
    const entries = [...node.children.entries()].sort(([a], [b]) => a.localeCompare(b));
    entries.forEach(([name, child], index) => {
      const last = index === entries.length - 1;
      const label = child.children.size > 0 ? `${name}/` : name;
      const from = child.from.length > 0 ? `  \u2190 ${child.from.join(", ")}` : "";
      lines.push(`${prefix}${last ? "\u2514\u2500\u2500 " : "\u251C\u2500\u2500 "}${label}${from}`);
      walk(child, `${prefix}${last ? "    " : "\u2502   "}`);
    });
  };
  walk(root, "");
  return lines.map((line) => line.replace(/\r\n|\r|\n/g, " "));
}
function fenceFor(lines) {
  const longestRun = Math.max(0, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longestRun + 1));
}
function renderSummary(results, context, options = {}) {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const findings = errorsFirst(allFindings(results));
  const totals = results.reduce(
    (sum, result) => ({
      errors: sum.errors + result.summary.errors,
      warnings: sum.warnings + result.summary.warnings,
      services: sum.services + result.summary.services,
      stacks: sum.stacks + result.summary.stacks
    }),
    { errors: 0, warnings: 0, services: 0, stacks: 0 }
  );
  const docs = new Map(context.rules.map((rule) => [rule.id, rule.docs]));
  const status = totals.errors + totals.warnings === 0 ? "\u2714 no problems" : `\u2716 ${plural(totals.errors, "error")}, ${plural(totals.warnings, "warning")}`;
  const head = [
    `## svclint: ${status}`,
    "",
    "| Errors | Warnings | Services | Stacks |",
    "| ---: | ---: | ---: | ---: |",
    `| ${totals.errors} | ${totals.warnings} | ${totals.services} | ${totals.stacks} |`,
    ""
  ];
  const tableHead = ["### Findings", "", "| Path | Rule | Severity | Message |", "| --- | --- | --- | --- |"];
  const layout = expectedLayoutLines(findings);
  const layoutBlock = [];
  let layoutCut = 0;
  if (layout.length > 0) {
    const fence = fenceFor(layout);
    const intro = ["", "### Expected layout", "", "Where misplaced things belong (\u2190 where each one is now):", "", `${fence}text`];
    const layoutBudget = Math.floor(maxBytes / 4);
    let used2 = byteLength(`${[...intro, fence].join("\n")}
`);
    const kept = [];
    for (const line of layout) {
      const cost = byteLength(line) + 1;
      if (used2 + cost > layoutBudget) break;
      kept.push(line);
      used2 += cost;
    }
    layoutCut = layout.length - kept.length;
    layoutBlock.push(...intro, ...kept, fence);
  }
  const cutLine = (cutFindings2) => {
    const parts = [];
    if (cutFindings2 > 0) parts.push(`${plural(cutFindings2, "finding")} of ${findings.length.toLocaleString("en-US")}`);
    if (layoutCut > 0) parts.push(plural(layoutCut, "expected-layout line"));
    return `_Cut to stay under ${formatSize(maxBytes)}: ${parts.join(" and ")} not shown. Every finding is in the SARIF and JSON output._`;
  };
  const reserve = byteLength(`
${cutLine(findings.length)}
`);
  const fixed = [...head, ...findings.length > 0 ? tableHead : [], ...layoutBlock];
  let used = byteLength(`${fixed.join("\n")}
`) + reserve;
  const rows = [];
  for (const finding of findings) {
    const row = findingRow(finding, docs);
    const cost = byteLength(row) + 1;
    if (used + cost >= maxBytes) break;
    rows.push(row);
    used += cost;
  }
  const cutFindings = findings.length - rows.length;
  const lines = [...head];
  if (findings.length > 0) lines.push(...tableHead, ...rows);
  else lines.push("No findings.");
  lines.push(...layoutBlock);
  if (cutFindings > 0 || layoutCut > 0) lines.push("", cutLine(cutFindings));
  return `${lines.join("\n")}
`;
}
var formatMarkdown = (results, context) => renderSummary(results, context);
var markdown_default = formatMarkdown;
export {
  SUMMARY_LIMIT_BYTES,
  markdown_default as default,
  escapeCell,
  expectedLayoutLines,
  formatMarkdown,
  renderSummary
};
