import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  FORMAT_NAMES,
  getFormatter
} from "./chunk-P3NLY5N3.js";
import {
  maxWarnings,
  oneOf
} from "./chunk-YAE3XJKI.js";
import "./chunk-QW22KWUU.js";
import {
  configKeyDescriber,
  describeFailure,
  parseRuleFlags,
  renderData,
  renderMessage,
  runRules,
  selectRules
} from "./chunk-U3ZUPJMP.js";
import {
  builtInRules
} from "./chunk-ML5GNFYX.js";
import {
  emptyDatabaseModel,
  matrixOf
} from "./chunk-6H6MFZHV.js";
import {
  resolveTarget
} from "./chunk-NPUTOQXD.js";
import "./chunk-PJS6FL45.js";
import "./chunk-JYVNWJNS.js";
import "./chunk-XJRKILKQ.js";
import "./chunk-3VKYS3HJ.js";
import "./chunk-HD7RUNM3.js";
import {
  EXTENSIONS_QUERY,
  attachProvenance,
  catalogFromJson,
  catalogQuery
} from "./chunk-XSXOJXFT.js";
import {
  Catalog
} from "./chunk-M2EK3JYW.js";
import "./chunk-2BCGQNUZ.js";
import "./chunk-VFVSZFIG.js";
import {
  VERSION
} from "./chunk-VGLLDJT4.js";
import "./chunk-ZXHC4XCV.js";
import {
  UsageError
} from "./chunk-PYUSQKKC.js";
import "./chunk-3DAIKRF3.js";

// src/commands/db-audit.ts
var AUDIT_RULES = ["initdb-missing", "initdb-public-connect", "initdb-cross-grant", "isolated-store"];
var STATEMENT_TIMEOUT_MS = 1e4;
var CONNECT_TIMEOUT_MS = 1e4;
var MAX_EXTENSION_DATABASES = 200;
async function runDbAudit({ args, flags, io, output }) {
  const url = flags.string("url");
  if (!url || args.length > 0) throw new UsageError("usage: svclint db-audit --url postgresql://USER@HOST:PORT/DATABASE (password from the URL or PGPASSWORD)");
  const format = oneOf("--format", flags.string("format") ?? "stylish", FORMAT_NAMES);
  const maxWarnings2 = maxWarnings(flags.string("max-warnings"));
  const target = resolveTarget(".", io.cwd, flags.string("config") ?? null);
  const server = describeServer(url);
  const catalog = await readServer(url, io.env, server);
  const model = auditModel(catalog, server, target.policy, io.cwd);
  const levels = parseRuleFlags(flags.list("rule"));
  const rules = builtInRules();
  const selection = selectRules(rules, {
    configLevels: target.policy.rules,
    configOptions: /* @__PURE__ */ new Map(),
    cliLevels: levels,
    groups: null,
    describeConfigKey: configKeyDescriber(target.policy, io.cwd)
  }).filter(({ registered }) => AUDIT_RULES.includes(registered.info.id));
  const { findings: raw, failures } = await runRules(model, selection);
  for (const failure of failures) throw new Error(describeFailure(failure, io.cwd));
  let findings = raw.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    // A server finding's path is the server (user@host:port/database), not a file: kept as it is.
    path: f.path,
    // Server findings have no line: they are about a role or a database, not a file.
    line: f.line ? f.line : null,
    column: f.line ? f.column : null,
    message: renderMessage(f.message, io.cwd),
    fix: f.fix ? renderMessage(f.fix, io.cwd) : null,
    messageId: f.message.id,
    ...Object.keys(f.message.data).length > 0 ? { data: renderData(f.message.data, io.cwd) } : {}
  }));
  findings.sort(
    (a, b) => a.path === b.path ? a.rule === b.rule ? a.message.localeCompare(b.message) : a.rule.localeCompare(b.rule) : a.path.localeCompare(b.path)
  );
  if (flags.bool("quiet")) findings = findings.filter((f) => f.severity === "error");
  const result = {
    root: server.display,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      services: 0,
      stacks: 0
    },
    // No tree: the formats' tree, plan and memory views have nothing to show.
    model: null,
    failures: [],
    rules: rules.map((r) => r.info)
  };
  const formatter = await getFormatter(format);
  output.write(formatter([result], { cwd: io.cwd, version: VERSION, rules: rules.map((r) => r.info), color: output.color(flags.bool("color")) }));
  if (result.summary.errors > 0) return 1;
  if (maxWarnings2 >= 0 && result.summary.warnings > maxWarnings2) {
    io.stderr(`svclint found too many warnings (maximum: ${maxWarnings2}).
`);
    return 1;
  }
  return 0;
}
function parseUrl(url) {
  const m = /^postgres(?:ql)?:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)(?:\/([^?]*))?(?:\?(.*))?$/.exec(url.trim());
  if (!m) return null;
  const decode = (text) => {
    try {
      return decodeURIComponent(text ?? "");
    } catch {
      return text ?? "";
    }
  };
  const params = new URLSearchParams(m[5] ?? "");
  return {
    user: decode(m[1]) || params.get("user") || "",
    password: decode(m[2]),
    host: decode(m[3]) || params.get("host") || "localhost",
    database: decode(m[4]) || params.get("dbname") || ""
  };
}
function describeServer(url) {
  const parts = parseUrl(url);
  if (!parts) throw new UsageError("db-audit: --url must be a postgresql:// URL (postgresql://USER@HOST:PORT/DATABASE)");
  const cluster = `${parts.user ? `${parts.user}@` : ""}${parts.host}`;
  return { display: `${cluster}/${parts.database || parts.user || "postgres"}`, cluster };
}
async function readServer(url, env, server) {
  const { default: pg } = await import("./esm-ZSZXGBZY.js");
  const connect = async (database) => {
    const config = {
      connectionString: url,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      query_timeout: STATEMENT_TIMEOUT_MS + 2e3,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: "svclint db-audit"
    };
    if (database) config.database = database;
    if (!parseUrl(url)?.password && env.PGPASSWORD) config.password = env.PGPASSWORD;
    const client2 = new pg.Client(config);
    client2.on("error", () => {
    });
    await client2.connect();
    await client2.query("SET default_transaction_read_only = on");
    return client2;
  };
  let client;
  try {
    client = await connect(null);
  } catch (error) {
    throw new UsageError(`db-audit: cannot connect to ${server.display}: ${oneLine(error, url)}`);
  }
  try {
    const version = Number((await client.query("SHOW server_version_num")).rows[0].server_version_num);
    if (version < 13e4) throw new UsageError(`db-audit: ${server.display} runs PostgreSQL ${Math.floor(version / 1e4)}; db-audit supports 13 to 18`);
    const json = (await client.query(catalogQuery(version))).rows[0].json_build_object;
    const catalog = catalogFromJson(json);
    const databases = [...catalog.databases.values()].filter((db) => db.allowConnections && !db.builtin).slice(0, MAX_EXTENSION_DATABASES);
    for (const db of databases) {
      let other = null;
      try {
        other = await connect(db.name);
        const names = (await other.query(EXTENSIONS_QUERY)).rows[0].coalesce;
        db.extensions = names.filter((n) => n !== "plpgsql").map((name) => ({ name, loc: null }));
      } catch {
      } finally {
        await other?.end().catch(() => void 0);
      }
    }
    return catalog;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`db-audit: reading the catalog of ${server.display} failed: ${oneLine(error, url)}`);
  } finally {
    await client.end().catch(() => void 0);
  }
}
function oneLine(error, url) {
  let message = (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
  const password = parseUrl(url)?.password ?? "";
  if (password) message = message.split(password).join("***");
  return message || "connection refused";
}
function auditModel(catalog, server, policy, cwd) {
  const at = (file) => ({ file, line: 0, column: 0 });
  const replayed = new Catalog(catalog.version, catalog.bootstrap);
  for (const role of catalog.roles.values())
    replayed.roles.set(role.name, {
      ...role,
      createdAt: at(server.cluster),
      superuserAt: at(server.cluster),
      memberOf: new Map([...role.memberOf].map(([p, m]) => [p, { ...m, loc: at(server.cluster) }]))
    });
  for (const db of catalog.databases.values()) {
    const here = at(`${server.cluster}/${db.name}`);
    replayed.databases.set(db.name, {
      ...db,
      createdAt: here,
      ownerAt: here,
      publicChangedAt: here,
      acl: db.acl?.map((i) => ({ ...i, loc: here })) ?? null,
      extensions: db.extensions.map((e) => ({ ...e, loc: here }))
    });
  }
  attachProvenance(catalog, replayed, at(server.cluster));
  const pseudo = {
    name: "postgres",
    loc: at(server.cluster),
    image: null,
    stack: { file: server.cluster, dir: cwd, archived: false, services: [], locate: () => null },
    environment: []
  };
  const database = {
    ...emptyDatabaseModel(),
    postgres: [pseudo],
    shared: pseudo,
    superusers: [catalog.bootstrap],
    matrix: matrixOf({ catalog, stop: null, lost: [], unevaluated: [] }, "server"),
    audit: { server: server.display }
  };
  return { root: cwd, cwd, policy, services: [], stacks: [], serviceDirs: [], database };
}
export {
  AUDIT_RULES,
  describeServer,
  runDbAudit
};
