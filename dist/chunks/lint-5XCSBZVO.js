import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  FORMAT_NAMES,
  getFormatter
} from "./chunk-P3NLY5N3.js";
import {
  maxWarnings,
  oneOf,
  ruleGroups
} from "./chunk-YAE3XJKI.js";
import "./chunk-QW22KWUU.js";
import {
  changedSince,
  describeFailure,
  lint,
  parseRuleFlags,
  rulesFor,
  rulesOfResults
} from "./chunk-U3ZUPJMP.js";
import "./chunk-ML5GNFYX.js";
import {
  FileCache
} from "./chunk-6H6MFZHV.js";
import {
  discoverTargets
} from "./chunk-NPUTOQXD.js";
import "./chunk-PJS6FL45.js";
import "./chunk-JYVNWJNS.js";
import {
  require_dist
} from "./chunk-XJRKILKQ.js";
import "./chunk-3VKYS3HJ.js";
import "./chunk-HD7RUNM3.js";
import "./chunk-M2EK3JYW.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-VFVSZFIG.js";
import {
  VERSION
} from "./chunk-VGLLDJT4.js";
import {
  displayPath
} from "./chunk-ZXHC4XCV.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";
import {
  __toESM
} from "./chunk-3DAIKRF3.js";

// src/commands/lint.ts
import path from "node:path";

// src/commands/initdb-exec.ts
function initdbExecNotes(results) {
  const notes = [];
  for (const result of results) {
    const exec = result.model?.database.exec;
    if (!exec) continue;
    const where = exec.mode === "docker" ? `in ${exec.image}` : `on a local PostgreSQL ${exec.serverVersion}`;
    notes.push(`svclint: --initdb-exec ran the init scripts ${where} in ${Math.round(exec.millis)} ms`);
    if (exec.mode === "local" && exec.imageVersion !== null && exec.imageVersion !== exec.serverVersion) {
      notes.push(
        `svclint: warning: the compose file runs ${exec.image} (PostgreSQL ${exec.imageVersion}) but the local server is PostgreSQL ${exec.serverVersion}: results can differ where the versions do (e.g. role membership options, 16+); use --initdb-exec docker or a matching PG_BIN`
      );
    }
  }
  return notes;
}

// src/commands/print-config.ts
var import_yaml = __toESM(require_dist(), 1);
function formatPrintedConfig(targets, rules, options) {
  const printed = targets.map((target, i) => resolvedConfig(target, rules[i], options));
  if (options.json) return `${JSON.stringify(printed, null, 2)}
`;
  return printed.map((p) => `# the resolved config of ${p.root} (from ${p.configFile ?? "the built-in recommended policy"})
${(0, import_yaml.stringify)(p, { lineWidth: 0 })}`).join("---\n");
}
function resolvedConfig({ root, config, policy, only }, rules, { cwd, ruleLevels }) {
  const levels = Object.fromEntries(
    rules.map(({ info }) => {
      const level = ruleLevels.get(info.id) ?? policy.rules.get(info.id) ?? (info.severity === "error" ? "error" : "warn");
      const options = policy.ruleOptions.get(info.id);
      return [info.id, options ? [level, options] : level];
    })
  );
  return {
    root: displayPath(root, cwd),
    configFile: config ? displayPath(config.file, cwd) : null,
    ...only ? { only: only.map((p) => displayPath(p, cwd)) } : {},
    extends: config?.raw.extends ?? "recommended",
    capabilities: Object.fromEntries(
      [...policy.capabilities.values()].map((c) => [c.name, { description: c.description, provides: c.provides, ...c.inactive ? { inactive: true } : {} }])
    ),
    catchAll: policy.catchAll,
    technologyDirs: policy.technologyDirs,
    services: Object.fromEntries(
      policy.catalog.map((e) => [
        e.name,
        {
          capability: e.capability,
          ...e.aliases.length ? { aliases: e.aliases } : {},
          ...e.images.length ? { images: e.images } : {},
          ...e.provides.length ? { provides: e.provides } : {},
          reason: e.reason,
          ...e.memory !== void 0 ? { memory: e.memory } : {},
          ...e.legacy ? { legacy: true } : {}
        }
      ])
    ),
    systems: Object.fromEntries(policy.systems.map((s) => [s.name, { capability: s.capability, members: s.members }])),
    database: policy.database,
    budget: policy.budget,
    ...policy.plugins.length > 0 ? { plugins: policy.plugins.map((p) => p.spec) } : {},
    rules: levels,
    exceptions: policy.exceptions.map(({ rule, path: path2, reason }) => ({ rule, path: path2, reason })),
    docs: policy.docs
  };
}

// src/commands/lint.ts
async function runLint({ args, flags, io, output, debug }) {
  const format = oneOf("--format", flags.string("format") ?? "stylish", FORMAT_NAMES);
  const maxWarnings2 = maxWarnings(flags.string("max-warnings"));
  const groups = ruleGroups(flags.list("only"));
  const ruleLevels = parseRuleFlags(flags.list("rule"));
  const configFile = flags.string("config") ?? null;
  if (flags.bool("print-config")) {
    const targets = discoverTargets(args, io.cwd, configFile);
    const files = new FileCache();
    const rules = await Promise.all(targets.map((t) => rulesFor(t.policy, { cwd: io.cwd, files })));
    output.write(formatPrintedConfig(targets, rules, { cwd: io.cwd, ruleLevels, json: format === "json" }));
    return 0;
  }
  const ref = flags.string("changed-since");
  if (ref !== void 0 && ref.trim() === "") throw new UsageError("--changed-since expects a git revision (e.g. origin/main)");
  const changed = ref !== void 0 ? changedSince(ref, path.resolve(io.cwd, args[0] ?? "."), io.cwd) : null;
  const started = performance.now();
  const timings = [];
  const formatter = await getFormatter(format);
  let results = await lint({
    cwd: io.cwd,
    paths: args,
    configFile,
    ruleLevels,
    groups,
    onPhase: (phase, ms) => timings.push(`${phase} ${ms.toFixed(0)} ms`),
    changed,
    onlyChanged: changed !== null,
    initdbExec: flags.string("initdb-exec") ?? null
  });
  for (const note of initdbExecNotes(results)) io.stderr(`${note}
`);
  for (const result of results) {
    const config = result.model?.policy.configFile;
    debug(`root ${displayPath(result.root, io.cwd)}; config ${config ? displayPath(config, io.cwd) : "none (the built-in recommended policy)"}`);
  }
  if (flags.bool("quiet")) {
    results = results.map((r) => {
      const findings = r.findings.filter((f) => f.severity === "error");
      return { ...r, findings, summary: { ...r.summary, warnings: 0 } };
    });
  }
  const formatStart = performance.now();
  const text = formatter(results, {
    cwd: io.cwd,
    version: VERSION,
    rules: rulesOfResults(results),
    color: output.color(flags.bool("color")),
    width: output.file === null && io.isTTY && io.columns ? io.columns : void 0
  });
  timings.push(`format ${(performance.now() - formatStart).toFixed(0)} ms`);
  output.write(text);
  debug(`timings: ${timings.join(", ")}; total ${(performance.now() - started).toFixed(0)} ms`);
  const failures = results.flatMap((r) => r.failures);
  for (const failure of failures) {
    io.stderr(`svclint: ${describeFailure(failure, io.cwd)}${flags.bool("debug") ? "" : " (run with --debug for details)"}
`);
    if (failure.error instanceof Error && failure.error.stack) debug(failure.error.stack);
  }
  if (failures.length > 0) return 2;
  const errors = results.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = results.reduce((n, r) => n + r.summary.warnings, 0);
  if (errors > 0) return 1;
  if (maxWarnings2 >= 0 && warnings > maxWarnings2) {
    io.stderr(`svclint found too many warnings (maximum: ${maxWarnings2}).
`);
    return 1;
  }
  return 0;
}
export {
  runLint
};
