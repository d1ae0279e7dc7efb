import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  oneOf,
  ruleGroups
} from "./chunk-YAE3XJKI.js";
import {
  configKeyDescriber,
  parseRuleFlags,
  rulesFor,
  selectRules,
  unknownRule
} from "./chunk-U3ZUPJMP.js";
import "./chunk-ML5GNFYX.js";
import {
  FileCache
} from "./chunk-6H6MFZHV.js";
import {
  policyTarget
} from "./chunk-NPUTOQXD.js";
import "./chunk-PJS6FL45.js";
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
import {
  UsageError
} from "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/commands/rules.ts
async function runRules({ args, flags, io, output }) {
  const format = oneOf("--format", flags.string("format") ?? "text", ["text", "json"]);
  const groups = ruleGroups(flags.list("only"));
  const cli = parseRuleFlags(flags.list("rule"));
  const { policy } = policyTarget(io.cwd, flags.string("config") ?? null);
  const rules = await rulesFor(policy, { cwd: io.cwd, files: new FileCache() });
  selectRules(rules, {
    configLevels: policy.rules,
    configOptions: policy.ruleOptions,
    cliLevels: cli,
    groups,
    describeConfigKey: configKeyDescriber(policy, io.cwd)
  });
  const ids = rules.map((r) => r.info.id);
  for (const id of args) if (!ids.includes(id)) throw new UsageError(unknownRule(id, ids));
  const listed = rules.map((r) => r.info).filter((info) => !groups || groups.includes(info.group)).filter((info) => args.length === 0 || args.includes(info.id)).map((info) => {
    const options = policy.ruleOptions.get(info.id);
    return { ...info, configured: shownLevel(cli.get(info.id) ?? policy.rules.get(info.id) ?? null, info), ...options ? { options } : {} };
  });
  if (format === "json") output.write(formatRulesJson(listed, io.cwd));
  else output.write(args.length > 0 ? formatRuleDocs(listed, io.cwd) : formatRulesText(listed, io.cwd));
  return 0;
}
function shownLevel(level, info) {
  if (level === null) return info.severity;
  return level === "warn" ? "warning" : level;
}
function formatRulesText(rules, cwd = process.cwd()) {
  if (rules.length === 0) return "";
  const width = Math.max(...rules.map((r) => r.id.length));
  const levels = rules.map((r) => r.configured === r.severity ? r.configured : `${r.configured} (default ${r.severity})`);
  const levelWidth = Math.max(...levels.map((l) => l.length));
  const lines = [];
  let heading = "";
  rules.forEach((rule, i) => {
    const title = `${rule.group[0].toUpperCase()}${rule.group.slice(1)}${rule.source ? ` (plugin ${rule.plugin}: ${displayPath(rule.source, cwd)})` : ""}`;
    if (title !== heading) {
      heading = title;
      lines.push("", title);
    }
    lines.push(`  ${rule.id.padEnd(width)}  ${levels[i].padEnd(levelWidth)}  ${rule.description}`);
  });
  if (rules.some((r) => r.source)) lines.push("", "svclint rules ID shows a rule in full (why, options, messages, examples).");
  return `${lines.join("\n").trimStart()}
`;
}
function formatRuleDocs(rules, cwd = process.cwd()) {
  const blocks = rules.map((rule) => {
    const lines = [
      `${rule.id}  (${rule.group}, ${rule.configured === rule.severity ? rule.severity : `${rule.configured}; default ${rule.severity}`})`,
      "",
      `  ${rule.description}`,
      "",
      `  Why: ${rule.rationale}`
    ];
    if (rule.source) lines.push("", `  Plugin: ${rule.plugin} (${displayPath(rule.source, cwd)})`);
    if (rule.docs) lines.push("", `  Docs: ${rule.docs}`);
    if (rule.schema) lines.push("", "  Options (JSON Schema):", ...indent(JSON.stringify(rule.schema, null, 2), 4));
    if (rule.defaultOptions) lines.push("", `  Default options: ${JSON.stringify(rule.defaultOptions)}`);
    if (rule.options) lines.push("", `  Configured options: ${JSON.stringify(rule.options)}`);
    lines.push("", "  Messages:", ...Object.entries(rule.messages).map(([id, text]) => `    ${id}: ${text}`));
    for (const kind of ["valid", "invalid"]) {
      for (const example of rule.examples?.[kind] ?? []) {
        lines.push("", `  Example (${kind}): ${example.description}`);
        if (example.options) lines.push(`    options: ${JSON.stringify(example.options)}`);
        for (const [file, text] of Object.entries(example.files)) lines.push(`    ${file}:`, ...indent(text.replace(/\n$/, ""), 6));
      }
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}
`;
}
function indent(text, spaces) {
  return text.split("\n").map((line) => `${" ".repeat(spaces)}${line}`);
}
function formatRulesJson(rules, cwd = process.cwd()) {
  const shown = rules.map(
    ({ id, group, severity, configured, description, rationale, docs, messages, schema, defaultOptions, options, examples, plugin, source }) => ({
      id,
      group,
      severity,
      configured,
      description,
      rationale,
      docs,
      messages,
      ...schema ? { schema } : {},
      ...defaultOptions ? { defaultOptions } : {},
      ...options ? { options } : {},
      ...examples ? { examples } : {},
      ...plugin ? { plugin, source: displayPath(source, cwd) } : {}
    })
  );
  return `${JSON.stringify(shown, null, 2)}
`;
}
export {
  formatRuleDocs,
  formatRulesJson,
  formatRulesText,
  runRules
};
