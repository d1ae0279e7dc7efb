import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  oneOf,
  ruleGroups
} from "./chunk-ZVNIGVLX.js";
import {
  allRules,
  parseRuleFlags
} from "./chunk-N7BUY7P6.js";
import "./chunk-YTUJFJCZ.js";
import {
  displayPath,
  policyTarget
} from "./chunk-UD5R6TDC.js";
import "./chunk-3VKYS3HJ.js";
import "./chunk-HD7RUNM3.js";
import "./chunk-M2EK3JYW.js";
import {
  UsageError
} from "./chunk-TSAJO3IN.js";
import "./chunk-VFVSZFIG.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-3DAIKRF3.js";

// src/commands/rules.ts
async function runRules({ flags, io, output }) {
  const format = oneOf("--format", flags.string("format") ?? "text", ["text", "json"]);
  const groups = ruleGroups(flags.list("only"));
  const cli = parseRuleFlags(flags.list("rule"));
  const { policy } = policyTarget(io.cwd, flags.string("config") ?? null);
  const known = new Set(allRules.map((r) => r.meta.id));
  for (const id of cli.keys()) if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}'`);
  for (const id of policy.rules.keys()) {
    const loc = policy.locate(["rules", id]);
    if (!known.has(id)) throw new UsageError(`${loc ? `${displayPath(loc.file, io.cwd)}:${loc.line}:${loc.column}` : policy.configFile}: unknown rule '${id}'`);
  }
  const listed = allRules.map((r) => r.meta).filter((meta) => !groups || groups.includes(meta.group)).map((meta) => ({ ...meta, configured: shownLevel(cli.get(meta.id) ?? policy.rules.get(meta.id) ?? null, meta) }));
  output.write(format === "json" ? formatRulesJson(listed) : formatRulesText(listed));
  return 0;
}
function shownLevel(level, meta) {
  if (level === null) return meta.severity;
  return level === "warn" ? "warning" : level;
}
function formatRulesText(rules) {
  if (rules.length === 0) return "";
  const width = Math.max(...rules.map((r) => r.id.length));
  const levels = rules.map((r) => r.configured === r.severity ? r.configured : `${r.configured} (default ${r.severity})`);
  const levelWidth = Math.max(...levels.map((l) => l.length));
  const lines = [];
  let group = "";
  rules.forEach((rule, i) => {
    if (rule.group !== group) {
      group = rule.group;
      lines.push("", `${group[0].toUpperCase()}${group.slice(1)}`);
    }
    lines.push(`  ${rule.id.padEnd(width)}  ${levels[i].padEnd(levelWidth)}  ${rule.description}`);
  });
  return `${lines.join("\n").trimStart()}
`;
}
function formatRulesJson(rules) {
  const shown = rules.map(({ id, group, severity, configured, description, rationale, docs }) => ({ id, group, severity, configured, description, rationale, docs }));
  return `${JSON.stringify(shown, null, 2)}
`;
}
export {
  formatRulesJson,
  formatRulesText,
  runRules
};
