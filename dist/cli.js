#!/usr/bin/env node
import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  databaseAccess
} from "./chunks/chunk-UNMTV3A5.js";
import {
  VERSION
} from "./chunks/chunk-VGLLDJT4.js";
import {
  UsageError,
  allRules,
  changedSince,
  classifyService,
  displayPath,
  lint,
  memoryBudget,
  memoryJson,
  parseRuleFlags,
  resolveTarget
} from "./chunks/chunk-HMONLCT4.js";
import "./chunks/chunk-VFVSZFIG.js";
import "./chunks/chunk-3DAIKRF3.js";

// src/cli/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/commands/place.ts
import path from "node:path";
function placeService(request, policy, root, cwd) {
  const classification = classifyService(
    { name: request.name, image: request.image ?? null, system: request.system ?? null, provides: request.provides ?? null },
    policy
  );
  const { capability, canonicalName, reasons, system } = classification;
  const capabilityReasons = reasons.filter((r) => r.kind !== "system");
  const steps = [];
  steps.push({
    question: "What capability does this provide?",
    answer: capabilityReasons.length > 0 ? capabilityReasons.map((r) => r.text).join("; ") : "not known from the placement table, labels or image (give --provides KIND or --image IMG)"
  });
  steps.push({
    question: "Is this part of an existing system?",
    answer: system ? `yes: ${system.name} (${system.members.join(", ")}) -> add to that system's directory, ${system.capability}/` : "no"
  });
  const rootShown = path.relative(cwd, root).split(path.sep).join("/");
  const prefix = rootShown === "" ? "" : `${rootShown}/`;
  const target = capability ? `${prefix}${capability}/${canonicalName}/` : null;
  if (target) {
    steps.push({ question: "Where does it go?", answer: target });
  } else {
    steps.push({
      question: "When in doubt?",
      answer: `create a capability-specific directory (e.g. ${prefix}communications/ for an email service), declare it in svclint.config.yaml, and put the service there; do not dump it in apps/ or misc/`
    });
  }
  return { service: canonicalName, capability, path: target, reasons: reasons.map((r) => r.text), steps };
}
function formatPlaceText(answer, requestedName) {
  const lines = [`Where does '${requestedName}' go?`, ""];
  answer.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.question}`, `   -> ${step.answer}`);
  });
  lines.push("");
  lines.push(answer.path ? `Answer: ${answer.path}` : "Answer: no rule places it (see step 3)");
  if (answer.service !== requestedName) lines.push(`(canonical name: ${answer.service})`);
  return `${lines.join("\n")}
`;
}

// src/commands/rules.ts
function formatRulesText(rules) {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = [];
  let group = "";
  for (const rule of rules) {
    if (rule.group !== group) {
      group = rule.group;
      lines.push("", `${group[0].toUpperCase()}${group.slice(1)}`);
    }
    lines.push(`  ${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}`);
  }
  return `${lines.join("\n").trimStart()}
`;
}
function formatRulesJson(rules) {
  return `${JSON.stringify(rules.map(({ id, group, severity, description, rationale, docs }) => ({ id, group, severity, description, rationale, docs })), null, 2)}
`;
}

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
var ansi = (code2) => (text, on) => on ? `\x1B[${code2}m${text}\x1B[0m` : text;
var red = ansi("31");
var yellow = ansi("33");
var dim = ansi("2");
var bold = ansi("1");
var underline = ansi("4");
var formatStylish = (results, context) => {
  const findings = results.flatMap((r) => r.findings);
  const color = context.color;
  if (findings.length === 0) return "";
  const byPath = /* @__PURE__ */ new Map();
  for (const f of findings) byPath.set(f.path, [...byPath.get(f.path) ?? [], f]);
  const out = [];
  for (const [file, list] of byPath) {
    out.push("", underline(file, color));
    const rows = list.map((f) => [
      f.line === null ? "" : `${f.line}:${f.column ?? 0}`,
      f.severity === "error" ? red("error", color) : yellow("warning", color),
      f.fix ? `${f.message} ${dim(`Fix: ${f.fix}`, color)}` : f.message,
      dim(f.rule, color)
    ]);
    const width0 = Math.max(...rows.map((r) => r[0].length));
    const width1 = Math.max(...list.map((f) => f.severity === "error" ? 5 : 7));
    for (const [i, r] of rows.entries()) {
      const sevPad = " ".repeat(width1 - (list[i].severity === "error" ? 5 : 7));
      out.push(`  ${r[0].padEnd(width0)}  ${r[1]}${sevPad}  ${r[2]}  ${r[3]}`);
    }
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const summary = `\u2716 ${findings.length} problem${findings.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  out.push("", bold(errors > 0 ? red(summary, color) : yellow(summary, color), color), "");
  return out.join("\n");
};

// src/format/index.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github", "junit", "markdown", "html"];
async function getFormatter(name) {
  switch (name) {
    case "stylish":
      return formatStylish;
    case "json":
      return formatJson;
    case "sarif":
      return (await import("./chunks/sarif-C5LGBHC4.js")).formatSarif;
    case "github":
      return (await import("./chunks/github-FJSO3AWM.js")).formatGithub;
    case "junit":
      return (await import("./chunks/junit-UOP5RMQI.js")).formatJunit;
    case "markdown":
      return (await import("./chunks/markdown-CNXUQXQ7.js")).formatMarkdown;
    case "html":
      return (await import("./chunks/html-23YORZWE.js")).formatHtml;
    default:
      throw new UsageError(`--format: unknown format '${name}' (choose ${FORMAT_NAMES.join(", ")})`);
  }
}

// src/cli/help.ts
var HELP_TEXT = `svclint \u2014 policy linter for self-hosted service trees

Usage:
  svclint [paths...] [options]          lint the services tree(s) (default: .)
  svclint place <name> [--image IMG] [--system S] [--provides KIND]
                                        where does a new service go? (the decision tree, step by step)
  svclint rules                         list the rules with id, default severity, description
  svclint migrate [path]                the phased migration to the placement plan (dry run; --format json|sh|markdown)
          [--apply [--phase N|--through N]] [--status] [--rollback [--to-phase N]] [--force]

Options:
  -c, --config FILE        use this config instead of looking for svclint.config.yaml
  -f, --format NAME        stylish (default), json, sarif, github, junit, markdown, html
  -o, --output-file FILE   write the report to FILE instead of stdout
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --rule ID:LEVEL      set a rule to off, warn or error (repeatable)
      --only GROUP         run only one rule group: structure, database, compose (repeatable)
      --changed-since REF  report only what the change since git REF touches (commits, staged,
                           unstaged and untracked files); two-sided findings blame the changed side
      --no-color           no colours (colours are used on a terminal only)
      --debug              show stack traces of internal errors
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or internal error.
`;

// src/cli/main.ts
var COMMANDS = /* @__PURE__ */ new Set(["lint", "place", "rules", "migrate", "init", "db-audit"]);
var GROUPS = ["structure", "database", "compose"];
async function main(argv, io) {
  const debug = argv.includes("--debug");
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`svclint: ${error.message}
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`svclint: internal error: ${message}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function run(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        rule: { type: "string", multiple: true },
        only: { type: "string", multiple: true },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        debug: { type: "boolean" },
        image: { type: "string" },
        system: { type: "string" },
        provides: { type: "string" },
        "changed-since": { type: "string" },
        apply: { type: "boolean" },
        phase: { type: "string" },
        through: { type: "string" },
        status: { type: "boolean" },
        rollback: { type: "boolean" },
        "to-phase": { type: "string" },
        force: { type: "boolean" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message.split("\n")[0]} (see svclint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP_TEXT);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const command = positionals[0] !== void 0 && COMMANDS.has(positionals[0]) ? positionals[0] : "lint";
  const args = command === "lint" && positionals[0] !== "lint" ? positionals : positionals.slice(1);
  const format = values.format ?? "stylish";
  if (command !== "migrate" && !FORMAT_NAMES.includes(format)) {
    throw new UsageError(`--format: unknown format '${format}' (choose ${FORMAT_NAMES.join(", ")})`);
  }
  const emit = (text) => {
    if (values["output-file"]) {
      const file = path2.resolve(io.cwd, values["output-file"]);
      try {
        mkdirSync(path2.dirname(file), { recursive: true });
        writeFileSync(file, text);
      } catch (error) {
        throw new UsageError(`--output-file: cannot write ${values["output-file"]} (${error.code ?? String(error)})`);
      }
    } else if (text) {
      io.stdout(text);
    }
  };
  switch (command) {
    case "rules": {
      const metas = allRules.map((r) => r.meta);
      emit(format === "json" ? formatRulesJson(metas) : formatRulesText(metas));
      return 0;
    }
    case "place": {
      const name = args[0];
      if (!name || args.length > 1) throw new UsageError("usage: svclint place <name> [--image IMG] [--system S] [--provides KIND]");
      const target = resolveTarget(".", io.cwd, values.config ?? null);
      if (values.system && !target.policy.systems.some((s) => s.name === values.system)) {
        throw new UsageError(`--system: unknown system '${values.system}' (declared: ${target.policy.systems.map((s) => s.name).join(", ") || "none"})`);
      }
      const answer = placeService({ name, image: values.image, system: values.system, provides: values.provides }, target.policy, target.root, io.cwd);
      if (format === "json") {
        emit(`${JSON.stringify({ service: answer.service, capability: answer.capability, path: answer.path, reasons: answer.reasons }, null, 2)}
`);
      } else {
        emit(formatPlaceText(answer, name));
      }
      return 0;
    }
    case "migrate": {
      const { MIGRATE_FORMATS, phaseFlag, runMigrate } = await import("./chunks/migrate-H2RMSCXJ.js");
      if (args.length > 1) throw new UsageError("usage: svclint migrate [path] [--apply [--phase N | --through N]] [--status] [--rollback [--to-phase N]] [--format text|json|sh|markdown]");
      return runMigrate(
        {
          path: args[0] ?? ".",
          cwd: io.cwd,
          config: values.config ?? null,
          format: migrateFormat(values.format, MIGRATE_FORMATS),
          apply: values.apply === true,
          phase: phaseFlag("--phase", values.phase, 1),
          through: phaseFlag("--through", values.through, 1),
          status: values.status === true,
          rollback: values.rollback === true,
          toPhase: phaseFlag("--to-phase", values["to-phase"], 0),
          force: values.force === true
        },
        { stdout: emit, stderr: io.stderr, env: io.env }
      );
    }
    case "init":
    case "db-audit":
      throw new UsageError(`'${command}' is not available in this version of svclint (see README, "Not built yet")`);
    default:
      return runLint(args, values, format, io, emit);
  }
}
function migrateFormat(format, formats) {
  const name = format === void 0 || format === "stylish" ? "text" : format;
  if (!formats.includes(name)) throw new UsageError(`--format: migrate prints ${formats.join(", ")}, not '${format}'`);
  return name;
}
async function runLint(paths, values, format, io, emit) {
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(values["max-warnings"])) throw new UsageError(`--max-warnings expects a whole number, got '${values["max-warnings"]}'`);
    maxWarnings = Number(values["max-warnings"]);
  }
  const groups = values.only?.flatMap((g) => g.split(",")).map((g) => g.trim()) ?? null;
  for (const g of groups ?? []) {
    if (!GROUPS.includes(g)) throw new UsageError(`--only: unknown rule group '${g}' (choose ${GROUPS.join(", ")})`);
  }
  const formatter = await getFormatter(format);
  const ref = values["changed-since"];
  if (ref !== void 0 && ref.trim() === "") throw new UsageError("--changed-since expects a git revision (e.g. origin/main)");
  const changed = ref !== void 0 ? changedSince(ref, path2.resolve(io.cwd, paths[0] ?? "."), io.cwd) : null;
  let results = await lint({
    cwd: io.cwd,
    paths,
    configFile: values.config ?? null,
    ruleLevels: parseRuleFlags(values.rule ?? []),
    groups,
    changed,
    onlyChanged: changed !== null
  });
  if (values.quiet) {
    results = results.map((r) => {
      const findings = r.findings.filter((f) => f.severity === "error");
      return { ...r, findings, summary: { ...r.summary, warnings: 0 } };
    });
  }
  const color = !values["no-color"] && !values["output-file"] && (values.color === true || io.isTTY && !io.env.NO_COLOR);
  emit(formatter(results, { cwd: io.cwd, version: VERSION, rules: allRules.map((r) => r.meta), color }));
  const errors = results.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = results.reduce((n, r) => n + r.summary.warnings, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`svclint found too many warnings (maximum: ${maxWarnings}).
`);
    return 1;
  }
  return 0;
}

// src/cli.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd()
});
process.exitCode = code;
