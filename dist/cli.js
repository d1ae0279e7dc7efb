#!/usr/bin/env node
import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  checkWritable
} from "./chunks/chunk-UQHBPCUU.js";
import {
  nearest
} from "./chunks/chunk-2BCGQNUZ.js";
import {
  VERSION
} from "./chunks/chunk-VGLLDJT4.js";
import {
  UsageError
} from "./chunks/chunk-PYUSQKKC.js";
import "./chunks/chunk-3DAIKRF3.js";

// src/cli/main.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/cli/args.ts
var Flags = class {
  constructor(values) {
    this.values = values;
  }
  values;
  string(name) {
    const value = this.values.get(name);
    return typeof value === "string" ? value : void 0;
  }
  list(name) {
    const value = this.values.get(name);
    return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  }
  bool(name) {
    const value = this.values.get(name);
    return typeof value === "boolean" ? value : void 0;
  }
  has(name) {
    return this.values.has(name);
  }
};
var NUMBER = /^-\d+$/;
function parseArgs(argv, options) {
  const byName = new Map(options.map((o) => [o.name, o]));
  const byShort = new Map(options.filter((o) => o.short).map((o) => [o.short, o]));
  const positionals = [];
  const values = /* @__PURE__ */ new Map();
  const set = (option, value, shown) => {
    if (typeof value === "string" && option.choices && !option.choices.includes(value)) {
      const suggestion = nearest(value, option.choices);
      throw new UsageError(`${shown}: unknown value '${value}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (choose ${option.choices.join(", ")})`);
    }
    if (option.multiple && typeof value === "string") {
      const previous = values.get(option.name);
      values.set(option.name, [...Array.isArray(previous) ? previous : [], value]);
    } else {
      values.set(option.name, value);
    }
  };
  const takeValue = (option, inline, rest, index, shown) => {
    if (inline !== void 0) return [inline, index];
    const next = rest[index + 1];
    if (option.optional) {
      return next !== void 0 && option.optional.choices.includes(next) ? [next, index + 1] : [option.optional.default, index];
    }
    if (next === void 0 || next.startsWith("-") && next !== "-" && !NUMBER.test(next)) {
      throw new UsageError(`${shown} needs a value (${shown} ${option.value ?? "VALUE"})`);
    }
    return [next, index + 1];
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq === -1 ? void 0 : eq);
      const inline = eq === -1 ? void 0 : arg.slice(eq + 1);
      const option = byName.get(name);
      if (!option && name.startsWith("no-") && byName.get(name.slice(3))?.value === void 0 && byName.has(name.slice(3))) {
        if (inline !== void 0) throw new UsageError(`--${name} takes no value`);
        set(byName.get(name.slice(3)), false, `--${name}`);
        continue;
      }
      if (!option) throw unknownOption(`--${name}`, options);
      if (option.value === void 0) {
        if (inline !== void 0) throw new UsageError(`--${name} takes no value (got '${inline}')`);
        set(option, true, `--${name}`);
        continue;
      }
      const [value, next] = takeValue(option, inline, argv, i, `--${name}`);
      i = next;
      set(option, value, `--${name}`);
      continue;
    }
    if (arg.startsWith("-") && arg !== "-" && !NUMBER.test(arg)) {
      const long = arg.slice(1).split("=")[0];
      if (long.length > 2 && (byName.has(long) || long.startsWith("no-") && byName.has(long.slice(3)))) {
        throw new UsageError(`unknown option '${arg}'; did you mean '-${arg.split("=")[0]}'? (see svclint --help)`);
      }
      for (let j = 1; j < arg.length; j += 1) {
        const letter = arg[j];
        const option = byShort.get(letter);
        if (!option) throw unknownOption(`-${letter}`, options, arg);
        if (option.value === void 0) {
          set(option, true, `-${letter}`);
          continue;
        }
        const inline = j + 1 < arg.length ? arg.slice(j + 1).replace(/^=/, "") : void 0;
        const [value, next] = takeValue(option, inline, argv, i, `-${letter}`);
        i = next;
        set(option, value, `-${letter}`);
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, values };
}
function unknownOption(shown, options, whole) {
  const longNames = options.flatMap((o) => [`--${o.name}`, ...o.value === void 0 ? [`--no-${o.name}`] : []]);
  const suggestion = shown.startsWith("--") ? nearest(shown, longNames) : null;
  const hint = suggestion ? `; did you mean '${suggestion}'?` : "";
  return new UsageError(`unknown option '${whole ?? shown}'${hint} (see svclint --help)`);
}
function checkCommandOptions(command, parsed, options) {
  for (const name of parsed.values.keys()) {
    const option = options.find((o) => o.name === name);
    if (option?.commands && !option.commands.includes(command)) {
      const where = option.commands.map((c) => `'svclint ${c === "lint" ? "[paths]" : c}'`).join(", ");
      throw new UsageError(`--${name} is an option of ${where}, not of '${command === "lint" ? "svclint [paths]" : `svclint ${command}`}'`);
    }
  }
}

// src/cli/options.ts
var COMMANDS = [
  { name: "lint", usage: "[paths...] [options]", summary: "lint the services tree(s) (default: .; the default command)" },
  { name: "init", usage: "init [path] [--workflow] [--pre-commit] [--force]", summary: "write a svclint.config.yaml inferred from the tree" },
  {
    name: "place",
    usage: "place <name> [--image IMG] [--system S] [--provides KIND]",
    summary: "where does a new service go? (the decision tree, step by step)"
  },
  {
    name: "rules",
    usage: "rules [ID...] [--only GROUP]",
    summary: "list the rules (built-in and plugins) with id, configured severity and description; with ids, their docs in full"
  },
  {
    name: "migrate",
    usage: "migrate [path] [--apply [--phase N|--through N]] [--status] [--rollback [--to-phase N]]",
    summary: "the phased migration to the placement plan (dry run; --format text, json, sh, markdown)"
  },
  { name: "db-audit", usage: "db-audit --url URL", summary: "judge a live Postgres (roles, owners, ACLs) against the allocation table, read-only" }
];
var LINT = ["lint"];
var WITH_POLICY = ["lint", "place", "rules", "migrate", "db-audit"];
var REPORTS = ["lint", "db-audit"];
var MIGRATE = ["migrate"];
var PHASES = ["1", "2", "3", "4", "5"];
var OPTIONS = [
  { name: "config", short: "c", value: "FILE", commands: WITH_POLICY, help: "use this config instead of looking for svclint.config.yaml" },
  {
    name: "format",
    short: "f",
    value: "NAME",
    commands: WITH_POLICY,
    help: "stylish (default), json, sarif, github, junit, markdown, html; place and rules: text, json"
  },
  { name: "output-file", short: "o", value: "FILE", commands: WITH_POLICY, help: "write the report to FILE instead of stdout" },
  { name: "max-warnings", value: "N", commands: REPORTS, help: "exit 1 when there are more than N warnings (-1: no limit, the default)" },
  { name: "quiet", short: "q", commands: REPORTS, help: "report errors only" },
  { name: "rule", value: "ID:LEVEL", multiple: true, commands: ["lint", "rules", "db-audit"], help: "set a rule to off, warn or error (repeatable)" },
  {
    name: "only",
    value: "GROUP",
    multiple: true,
    commands: ["lint", "rules"],
    help: "only one rule group: structure, database, compose, or a plugin's (repeatable)"
  },
  {
    name: "initdb-exec",
    value: "MODE",
    optional: { default: "local", choices: ["local", "docker"] },
    choices: ["local", "docker"],
    commands: LINT,
    help: "run the repository's init scripts in a throwaway PostgreSQL (local, or docker: the stack's image) and judge the database rules on its catalog"
  },
  {
    name: "url",
    value: "URL",
    commands: ["db-audit"],
    help: "db-audit: the server, postgresql://USER@HOST:PORT/DATABASE (password from the URL or PGPASSWORD)"
  },
  { name: "print-config", commands: LINT, help: "print the resolved config and root of each tree, and lint nothing" },
  {
    name: "changed-since",
    value: "REF",
    commands: LINT,
    help: "report only what the change since git REF touches (commits, staged, unstaged, untracked); two-sided findings blame the changed side"
  },
  { name: "image", value: "IMG", commands: ["place"], help: "place: the image the service runs" },
  { name: "system", value: "S", commands: ["place"], help: "place: the declared system it joins" },
  { name: "provides", value: "KIND", commands: ["place"], help: "place: what it provides (a kind a capability declares)" },
  { name: "workflow", commands: ["init"], help: "init: also write .github/workflows/svclint.yml (the Action with SARIF upload)" },
  { name: "pre-commit", commands: ["init"], help: "init: also write a .pre-commit-config.yaml entry" },
  {
    name: "force",
    commands: ["init", "migrate"],
    help: "init: overwrite files that exist; migrate: apply over uncommitted changes, go past Phase 3 problems, roll back over changed files"
  },
  { name: "apply", commands: MIGRATE, help: "migrate: run the plan (all phases, or --phase N / --through N), journaled in .svclint/migration.json" },
  { name: "phase", value: "N", choices: PHASES, commands: MIGRATE, help: "migrate --apply: only phase N (the earlier ones must be done)" },
  { name: "through", value: "N", choices: PHASES, commands: MIGRATE, help: "migrate --apply: phases 1 to N" },
  { name: "status", commands: MIGRATE, help: "migrate: the journal's steps, their state, and what changed since" },
  { name: "rollback", commands: MIGRATE, help: "migrate: undo the journaled steps byte for byte (refused over files changed since, unless --force)" },
  { name: "to-phase", value: "N", choices: ["0", ...PHASES], commands: MIGRATE, help: "migrate --rollback: keep phases 1 to N" },
  { name: "color", help: "force colours (--no-color: none; default: on a terminal, unless NO_COLOR; FORCE_COLOR forces)" },
  { name: "debug", help: "print the config, the root and phase timings to stderr, and stack traces of internal errors" },
  { name: "help", short: "h", help: "this help" },
  { name: "version", short: "v", help: "the version" }
];

// src/cli/help.ts
function helpText(commands = COMMANDS, options = OPTIONS) {
  const usage = commands.map((c) => [`svclint ${c.usage}`, c.summary]);
  const flags = options.map((o) => {
    const short = o.short ? `-${o.short}, ` : "    ";
    const value = o.value ? o.optional ? ` [${o.value}]` : ` ${o.value}` : "";
    return [`${short}--${o.name}${value}`, o.help];
  });
  const column = (rows, indent) => {
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    return rows.map(([left, right]) => `${indent}${left.padEnd(width)}${right}`).join("\n");
  };
  return [
    "svclint \u2014 policy linter for self-hosted service trees",
    "",
    "Usage:",
    column(usage, "  "),
    "",
    "Options:",
    column(flags, "  "),
    "",
    "Environment: NO_COLOR (no colours), FORCE_COLOR (colours even when not on a terminal; 0 turns them off).",
    "Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or internal error.",
    ""
  ].join("\n");
}

// src/cli/output.ts
import { rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
function openOutput(file, io) {
  if (file === void 0) {
    return { file: null, write: (text) => text && io.stdout(text), color: (flag) => useColor(flag, io.env, io.isTTY), abandon: () => {
    } };
  }
  if (file === "") throw new UsageError("--output-file needs a file name");
  const abs = path.resolve(io.cwd, file);
  let created = false;
  try {
    created = checkWritable(abs);
  } catch (error) {
    throw new UsageError(`--output-file: cannot write ${file} (${error.code ?? error.message})`);
  }
  return {
    file,
    write(text) {
      try {
        writeFileSync(abs, text);
        created = false;
      } catch (error) {
        throw new UsageError(`--output-file: cannot write ${file} (${error.code ?? error.message})`);
      }
    },
    // A file gets colours only when asked for with --color.
    color: (flag) => flag === true,
    abandon() {
      if (created && statSync(abs, { throwIfNoEntry: false })?.size === 0) rmSync(abs, { force: true });
    }
  };
}
function useColor(flag, env, isTTY) {
  if (flag !== void 0) return flag;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY;
}

// src/cli/main.ts
var HANDLERS = {
  lint: async (c) => (await import("./chunks/lint-5XCSBZVO.js")).runLint(c),
  init: async (c) => (await import("./chunks/init-WLRPQ5J7.js")).runInit(c),
  place: async (c) => (await import("./chunks/place-WRETD4J3.js")).runPlace(c),
  rules: async (c) => (await import("./chunks/rules-OEJF4JKM.js")).runRules(c),
  migrate: async (c) => (await import("./chunks/migrate-IHWCU6ZW.js")).runMigrateCommand(c),
  "db-audit": async (c) => (await import("./chunks/db-audit-X7NVNKDI.js")).runDbAudit(c)
};
async function main(argv, io) {
  const debug = argv.includes("--debug");
  try {
    return await run(argv, io, debug);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`svclint: ${error.message}
`);
      for (const line of error.details) io.stderr(`svclint: ${line}
`);
      if (debug && error.stack) io.stderr(`${error.stack}
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
async function run(argv, io, debug) {
  const parsed = parseArgs(argv, OPTIONS);
  const flags = new Flags(parsed.values);
  if (flags.bool("help")) {
    io.stdout(helpText());
    return 0;
  }
  if (flags.bool("version")) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const [first, ...rest] = parsed.positionals;
  const known = first !== void 0 && Object.hasOwn(HANDLERS, first);
  const command = known ? first : "lint";
  const args = known ? rest : parsed.positionals;
  if (!known && first !== void 0) checkNotACommandTypo(first, io.cwd);
  checkCommandOptions(command, parsed, OPTIONS);
  const output = openOutput(flags.string("output-file"), io);
  const context = { args, flags, io, output, debug: (line) => debug && io.stderr(`svclint debug: ${line}
`) };
  try {
    return await HANDLERS[command](context);
  } catch (error) {
    output.abandon();
    throw error;
  }
}
function checkNotACommandTypo(word, cwd) {
  if (existsSync(path2.resolve(cwd, word))) return;
  const suggestion = nearest(
    word,
    COMMANDS.map((c) => c.name).filter((c) => c !== "lint")
  );
  if (suggestion) throw new UsageError(`${word}: no such file or directory; did you mean the command '${suggestion}'?`);
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
  columns: process.stdout.isTTY ? process.stdout.columns : void 0,
  env: process.env,
  cwd: process.cwd()
});
process.exitCode = code;
