import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allFindings,
  errorsFirst,
  findingLocation,
  findingText
} from "./chunk-PGUGCGIS.js";
import "./chunk-U3ZUPJMP.js";
import "./chunk-ML5GNFYX.js";
import "./chunk-6H6MFZHV.js";
import "./chunk-NPUTOQXD.js";
import {
  placementPlan
} from "./chunk-PJS6FL45.js";
import "./chunk-JYVNWJNS.js";
import "./chunk-XJRKILKQ.js";
import "./chunk-3VKYS3HJ.js";
import "./chunk-HD7RUNM3.js";
import "./chunk-M2EK3JYW.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-VFVSZFIG.js";
import {
  displayPath
} from "./chunk-ZXHC4XCV.js";
import "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/format/mermaid.ts
var MOVES_DIAGRAM_MAX_BYTES = 4e4;
function mermaidLabel(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\|/g, "#124;").replace(/`/g, "#96;").replace(/\[/g, "#91;").replace(/\]/g, "#93;");
}
function parentOf(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "." : p.slice(0, i);
}
function baseName(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function movesDiagramLines(moves, root, options = {}) {
  if (moves.length === 0) return [];
  const maxBytes = options.maxBytes ?? MOVES_DIAGRAM_MAX_BYTES;
  const maxEdges = options.maxEdges ?? 60;
  const namesPerEdge = options.namesPerEdge ?? 4;
  const short = (folder) => {
    if (root !== null && root !== "." && (folder === root || folder.startsWith(`${root}/`))) return `${folder.slice(root.length + 1) || baseName(root)}/`;
    return `${folder}/`;
  };
  const edges = /* @__PURE__ */ new Map();
  for (const move of moves) {
    const from = parentOf(move.from);
    const to = parentOf(move.to);
    const key = `${from}\0${to}`;
    const edge = edges.get(key) ?? { from, to, names: [] };
    const name = baseName(move.from) === baseName(move.to) ? baseName(move.from) : `${baseName(move.from)} \u2192 ${baseName(move.to)}`;
    edge.names.push(name);
    edges.set(key, edge);
  }
  const ordered = [...edges.values()].sort((a, b) => b.names.length - a.names.length);
  const head = ["### Planned moves", "", "```mermaid", "flowchart LR"];
  const tail = ["```"];
  const ids = /* @__PURE__ */ new Map();
  const lines = [];
  let bytes = Buffer.byteLength([...head, ...tail].join("\n"), "utf8") + 200;
  let drawn = 0;
  let movesDrawn = 0;
  for (const edge of ordered) {
    if (drawn >= maxEdges) break;
    const fresh = [];
    const nodeId = (folder, side) => {
      const key = `${side}:${folder}`;
      const known = ids.get(key) ?? fresh.find(([k]) => k === key)?.[1];
      if (known) return known;
      const id = `${side}${ids.size + fresh.length}`;
      fresh.push([key, id, folder]);
      return id;
    };
    const from = nodeId(edge.from, "f");
    const to = nodeId(edge.to, "t");
    const listed = edge.names.slice(0, namesPerEdge).join(", ");
    const more = edge.names.length > namesPerEdge ? ` +${edge.names.length - namesPerEdge} more` : "";
    const add = [...fresh.map(([, id, folder]) => `  ${id}["${mermaidLabel(short(folder))}"]`), `  ${from} -->|"${mermaidLabel(listed + more)}"| ${to}`];
    const cost = Buffer.byteLength(add.join("\n"), "utf8") + 1;
    if (bytes + cost > maxBytes) break;
    for (const [key, id] of fresh) ids.set(key, id);
    lines.push(...add);
    bytes += cost;
    drawn++;
    movesDrawn += edge.names.length;
  }
  const left = ordered.length - drawn;
  const note = left > 0 ? [
    `_The diagram shows ${movesDrawn} of ${moves.length} moves (${drawn} of ${ordered.length} folder pairs); every move is in the JSON output and the HTML report._`,
    ""
  ] : [];
  return [...head, ...lines, ...tail, "", ...note];
}

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
function plannedMoves(results, findings, cwd) {
  const reported = new Set(findings.flatMap((f) => (f.actions ?? []).flatMap((a) => a.op === "move" ? [a.from] : [])));
  const moves = [];
  for (const result of results) {
    if (!result.model) continue;
    for (const move of placementPlan(result.model).moves) {
      const from = displayPath(move.from, cwd);
      if (reported.has(from)) moves.push({ from, to: displayPath(move.to, cwd) });
    }
  }
  if (results.some((r) => r.model)) return moves;
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (!f.target || f.line !== null || seen.has(f.path)) continue;
    seen.add(f.path);
    moves.push({ from: f.path, to: f.target });
  }
  return moves;
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
    "",
    // The planned moves as a mermaid diagram: at most an eighth of the budget.
    ...movesDiagramLines(plannedMoves(results, findings, context.cwd), results[0] ? displayPath(results[0].root, context.cwd) : null, {
      maxBytes: Math.min(MOVES_DIAGRAM_MAX_BYTES, Math.floor(maxBytes / 8))
    })
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
