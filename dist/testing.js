import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  compareInitFiles,
  imageMajorVersion,
  initFileOrder
} from "./chunks/chunk-PPLLI4B4.js";
import {
  ALL_PRIVILEGES,
  Catalog,
  PUBLIC,
  aclGrant,
  aclNewOwner,
  aclRevoke,
  newDatabase,
  newRole,
  oneLine,
  renameRoleEverywhere,
  safeMessage
} from "./chunks/chunk-QAMFROT2.js";
import {
  nearest
} from "./chunks/chunk-2BCGQNUZ.js";
import {
  ruleInfo
} from "./chunks/chunk-GDDCELAG.js";
import {
  RECOMMENDED_CAPABILITIES,
  RECOMMENDED_CATALOG,
  RECOMMENDED_CATCH_ALL,
  RECOMMENDED_POSTGRES,
  RECOMMENDED_SYSTEMS,
  RECOMMENDED_TECHNOLOGY_DIRS,
  buildStores,
  causeByKey,
  classifyService,
  docReferences,
  fastLoadDocuments,
  findCatalogByImage,
  findCatalogEntry,
  findComposeFiles,
  findNode,
  firstAtOrAfter,
  isDirLike,
  isPathValue,
  isPlainYaml,
  isSecretName,
  isTextValue,
  isTraefikDisabled,
  lastAtOrBefore,
  lineAndColumn,
  loadStack,
  locateInFile,
  nodeLoc,
  parseBytes,
  placementPlan,
  readVolume,
  require_dist,
  routersOf,
  scanTree,
  serviceHostNames,
  serviceNetworks,
  serviceVolumes,
  withLazyLoc
} from "./chunks/chunk-2IBUJSS7.js";
import {
  appendTo,
  getOrCompute,
  imageName
} from "./chunks/chunk-ZHP37DL2.js";
import {
  interpolate
} from "./chunks/chunk-YZODILJP.js";
import {
  displayPath,
  isInside
} from "./chunks/chunk-BDF6BVKZ.js";
import {
  ConfigError,
  UsageError
} from "./chunks/chunk-PYUSQKKC.js";
import {
  __toESM
} from "./chunks/chunk-3DAIKRF3.js";

// src/api/testing.ts
var import_yaml3 = __toESM(require_dist(), 1);
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path9 from "node:path";

// src/files/cache.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";

// src/files/comments.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var YAML_EXTENSIONS = /* @__PURE__ */ new Set([".yml", ".yaml"]);
var SQL_EXTENSIONS = /* @__PURE__ */ new Set([".sql", ".psql", ".pgsql"]);
function commentsOf(file, text, lines = text.split(/\r\n?|\n/)) {
  const ext = path.extname(file).toLowerCase();
  if (YAML_EXTENSIONS.has(ext)) return yamlComments(text);
  const gz = file.toLowerCase().endsWith(".sql.gz");
  return lineComments(lines, SQL_EXTENSIONS.has(ext) || gz ? "--" : "#");
}
function yamlComments(text) {
  const offsets = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const token = node;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      offsets.push({ offset: token.offset, source: token.source });
      return;
    }
    for (const [key, value] of Object.entries(node)) if (key !== "source" && typeof value === "object") visit(value);
  };
  for (const token of new import_yaml.Parser().parse(text)) visit(token);
  if (offsets.length === 0) return [];
  const starts = lineStarts(text);
  return offsets.map(({ offset, source }) => ({ ...lineAndColumn(starts, offset), body: source.replace(/^#/, "").trim() }));
}
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function lineComments(lines, marker) {
  const comments = [];
  lines.forEach((line, index) => {
    if (!line.includes("svclint-")) return;
    const found = findComment(line, marker);
    if (found) comments.push({ line: index + 1, column: found.column, body: found.body });
  });
  return comments;
}
function findComment(line, marker) {
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
    if (line.startsWith(marker, i) && (i === 0 || /\s/.test(line[i - 1]))) return { body: line.slice(i + marker.length).trim(), column: i + 1 };
  }
  return null;
}

// src/directives/parse.ts
var DIRECTIVE = /^svclint-(disable-next-line|disable)(?=\s|$)(.*)$/;
function parseDirectives(file, text, comments) {
  const lines = text.split(/\r\n?|\n/);
  const directives = [];
  let firstContent = lines.findIndex((l) => l.trim() !== "");
  if (firstContent >= 0 && lines[firstContent].trimStart().startsWith("#!")) {
    const next = lines.slice(firstContent + 1).findIndex((l) => l.trim() !== "");
    firstContent = next < 0 ? -1 : firstContent + 1 + next;
  }
  for (const comment of comments ?? commentsOf(file, text, lines)) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const kind = match[1];
    const { rules, reason } = splitDirective(match[2]);
    const index = comment.line - 1;
    const directive = {
      kind,
      file,
      line: comment.line,
      column: comment.column,
      rules,
      reason,
      appliesTo: kind === "disable" ? null : comment.line + 1,
      problem: null
    };
    if (rules.length === 0) directive.problem = `names no rule (write svclint-${kind} RULE -- reason)`;
    else if (reason === null) directive.problem = 'has no reason: it is ignored until one is given after " -- "';
    else if (kind === "disable" && index !== firstContent) directive.problem = "only works on the first line of the file (use svclint-disable-next-line here)";
    directives.push(directive);
  }
  return directives;
}
function splitDirective(rest) {
  const separator = rest.search(/(^|\s)--(\s|$)/);
  const rulePart = separator < 0 ? rest : rest.slice(0, separator);
  const reasonText = separator < 0 ? "" : rest.slice(separator).replace(/^\s*--/, "").trim();
  const rules = rulePart.split(/[,\s]+/).map((r) => r.trim()).filter(Boolean);
  return { rules, reason: reasonText === "" ? null : reasonText };
}

// src/files/cache.ts
var require2 = createRequire(import.meta.url);
var MAX_TEXT_READ = 1024 * 1024;
function statSize(abs) {
  try {
    return statSync(abs).size;
  } catch {
    return Infinity;
  }
}
var FileCache = class {
  entries = /* @__PURE__ */ new Map();
  kinds = /* @__PURE__ */ new Map();
  sizes = /* @__PURE__ */ new Map();
  reals = /* @__PURE__ */ new Map();
  /** Files read from disk, in order (each once). */
  readLog = [];
  entry(abs) {
    let entry = this.entries.get(abs);
    if (!entry) this.entries.set(abs, entry = {});
    return entry;
  }
  /** The file's bytes; null when it cannot be read (see `error`). */
  bytes(abs) {
    const entry = this.entry(abs);
    if (entry.released) return Buffer.from(entry.text ?? "", "utf8");
    if (entry.bytes === void 0) {
      try {
        this.readLog.push(abs);
        entry.bytes = readFileSync(abs);
      } catch (error) {
        entry.bytes = null;
        entry.error = error.code ?? "EIO";
      }
    }
    return entry.bytes;
  }
  /** The files read from disk so far, each once, in the order they were first read. */
  get readFiles() {
    return this.readLog;
  }
  /** Like fs.readFileSync: the bytes, or an error with the read's code. */
  read(abs) {
    const bytes = this.bytes(abs);
    if (bytes !== null) return bytes;
    const error = new Error(`cannot read ${abs}`);
    error.code = this.entry(abs).error;
    throw error;
  }
  /**
   * The text a loader decoded from a file it read here: kept as the file's text (keys, lines and
   * directives then use exactly what the loader parsed) and the bytes released, so a large tree is
   * not held twice in memory.
   */
  adopt(abs, text) {
    const entry = this.entry(abs);
    if (entry.bytes === null || entry.bytes === void 0) return;
    entry.text = text;
    entry.bytes = void 0;
    entry.released = true;
  }
  /** The read error's code (`ENOENT`, `EACCES`, `EISDIR`...), or null when the file was read. */
  error(abs) {
    this.bytes(abs);
    return this.entry(abs).error ?? null;
  }
  /** The file as UTF-8 text; null when it cannot be read. */
  text(abs) {
    const entry = this.entry(abs);
    if (entry.text === void 0) {
      const bytes = this.bytes(abs);
      entry.text = bytes === null ? null : bytes.toString("utf8");
    }
    return entry.text;
  }
  /**
   * The text of a file a finding points at, for its default key and its directives: only a regular
   * file up to MAX_TEXT_READ (a finding may point at a folder or a data file). The loaders' files are
   * in the cache already.
   */
  smallText(abs) {
    const entry = this.entries.get(abs);
    if (entry?.bytes !== void 0) return this.text(abs);
    if (this.kind(abs) !== "file" || this.size(abs) > MAX_TEXT_READ) return null;
    return this.text(abs);
  }
  /** The text split into lines (`\r\n`, `\r` and `\n` end a line). */
  lines(abs) {
    const entry = this.entry(abs);
    if (entry.lines === void 0) {
      const text = this.smallText(abs);
      entry.lines = text === null ? null : text.split(/\r\n?|\n/);
    }
    return entry.lines;
  }
  /** A gzip file's text (`.sql.gz` init scripts); an error message when it cannot be read or decompressed. */
  gunzip(abs) {
    const entry = this.entry(abs);
    if (!entry.gunzipped) {
      const bytes = this.bytes(abs);
      if (bytes === null) entry.gunzipped = { error: entry.error ?? "EIO" };
      else {
        try {
          entry.gunzipped = { text: gunzipSync(bytes).toString("utf8") };
        } catch (error) {
          entry.gunzipped = { error: `cannot decompress: ${error.message.split("\n")[0]}` };
        }
      }
    }
    return entry.gunzipped;
  }
  /** What is at a path (links followed); null when nothing is. */
  kind(abs) {
    if (!this.kinds.has(abs)) {
      try {
        const stats = statSync(abs);
        this.kinds.set(abs, stats.isFile() ? "file" : stats.isDirectory() ? "dir" : "other");
        this.sizes.set(abs, stats.size);
      } catch {
        this.kinds.set(abs, null);
      }
    }
    return this.kinds.get(abs);
  }
  /** The path with every symlink resolved; itself when it does not resolve. */
  realPath(abs) {
    let real2 = this.reals.get(abs);
    if (real2 === void 0) {
      try {
        real2 = realpathSync(abs);
      } catch {
        real2 = abs;
      }
      this.reals.set(abs, real2);
    }
    return real2;
  }
  /** A file's size in bytes (a stat when the scan told only its kind); Infinity when it cannot be read. */
  size(abs) {
    return getOrCompute(this.sizes, abs, statSize);
  }
  /**
   * Remembers what the tree scan found at a path (links followed), so the checks of build contexts,
   * bind mounts and documented paths need no stat of their own (~20,000 at 10k services).
   */
  knowKind(abs, kind) {
    if (!this.kinds.has(abs)) this.kinds.set(abs, kind);
  }
  /**
   * Remembers that the tree scan found nothing at a path (no read is tried: a failed open costs an
   * exception per stack folder without a `.env`).
   */
  knowAbsent(abs) {
    const entry = this.entry(abs);
    if (entry.bytes !== void 0 || entry.released) return;
    entry.bytes = null;
    entry.error = "ENOENT";
    if (!this.kinds.has(abs)) this.kinds.set(abs, null);
  }
  /**
   * The suppression directives of a file: from its comments as the file's own syntax has them (YAML
   * comments from the parsed YAML, so text inside a block scalar is never a directive). `text` is the
   * text the loader read (a decompressed init script); default: the file's text.
   */
  directives(abs, text) {
    const entry = this.entry(abs);
    if (entry.directives === void 0) {
      const source = text !== void 0 ? text : this.smallText(abs);
      entry.directives = source !== null && source.includes("svclint-") ? parseDirectives(abs, source, entry.comments) : [];
    }
    return entry.directives;
  }
  /** The comments of a file as its loader's lexer read them (before its directives are first asked for). */
  setComments(abs, comments) {
    this.entry(abs).comments = comments;
  }
  /** sha256 of the file's bytes (the result cache's key); null when it cannot be read. */
  hash(abs) {
    const entry = this.entry(abs);
    if (entry.hash === void 0) {
      const bytes = this.bytes(abs);
      entry.hash = bytes === null ? null : require2("node:crypto").createHash("sha256").update(bytes).digest("hex");
    }
    return entry.hash;
  }
};

// src/model/host.ts
import path6 from "node:path";

// src/database/model.ts
import path4 from "node:path";

// src/database/env.ts
function partialValue(service, variable) {
  if (variable.value !== null) return variable.value;
  if (variable.raw === null) return null;
  return interpolate(variable.raw, (name) => service.stack.env.get(name)).value;
}
function hasVariable(text) {
  return /(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(text);
}
function valueLoc(service, variable, offset = 0) {
  const loc = variable.loc;
  if (!loc) return null;
  const raw = variable.raw;
  const line = service.stack.lines(loc.file)?.[loc.line - 1];
  if (raw === null || raw === "" || line === void 0) return loc;
  const at = line.indexOf(raw, Math.max(0, loc.column - 1 + (line.slice(loc.column - 1).startsWith(variable.name) ? variable.name.length : 0)));
  if (at < 0) return loc;
  return { file: loc.file, line: loc.line, column: at + 1 + offset };
}

// src/database/connections.ts
var FIELD_SUFFIXES = [
  ["DATABASE_NAME", "database"],
  ["SERVER_HOST", "host"],
  ["HOSTNAME", "host"],
  ["PASSWORD", "password"],
  ["USERNAME", "user"],
  ["DATABASE", "database"],
  ["DB_NAME", "database"],
  ["CONNECTION", "type"],
  ["PROVIDER", "type"],
  ["ADDRESS", "host"],
  ["BACKEND", "type"],
  ["DIALECT", "type"],
  ["DBNAME", "database"],
  ["PASSWD", "password"],
  ["SERVER", "host"],
  ["CLIENT", "type"],
  ["DRIVER", "type"],
  ["ENGINE", "type"],
  ["ADDR", "host"],
  ["HOST", "host"],
  ["PORT", "port"],
  ["USER", "user"],
  ["NAME", "database"],
  ["PASS", "password"],
  ["TYPE", "type"],
  ["PWD", "password"],
  ["DB", "database"]
].sort((a, b) => b[0].length - a[0].length);
var DB_WORDS = /* @__PURE__ */ new Set(["DB", "PG", "PGSQL", "PSQL", "POSTGRES", "POSTGRESQL", "POSTGRESDB", "DATABASE", "SQL", "TYPEORM"]);
var OTHER_ENGINES = /* @__PURE__ */ new Set([
  "MYSQL",
  "MARIADB",
  "MONGO",
  "MONGODB",
  "REDIS",
  "VALKEY",
  "CLICKHOUSE",
  "COUCHDB",
  "COUCH",
  "INFLUX",
  "INFLUXDB",
  "ELASTIC",
  "ELASTICSEARCH",
  "MSSQL",
  "ORACLE",
  "CASSANDRA",
  "NEO4J",
  "QDRANT",
  "MEMCACHED",
  "RABBITMQ",
  "AMQP",
  "NATS",
  "KAFKA",
  "MINIO",
  "S3",
  "SMTP",
  "MAIL",
  "LDAP",
  "SQLITE"
]);
var POSTGRES_TYPE = /postgres|pgsql|psycopg|cockroach|^pg$|^psql$/i;
var OTHER_TYPE = /sqlite|mysql|maria|mssql|sqlserver|oracle|mongo|cassandra|redis|^h2$|derby|^memory$|^none$|^file$/i;
var URL_NAME = /(^|_)(DATABASE|DB|POSTGRES|POSTGRESQL|PG|PGSQL)_(URL|URI|DSN)$|^(DATABASE|DB|POSTGRES|PG)_CONNECTION(_STRING|_URL)?$/;
var WHOLE_VARIABLE = /^\$\{[^}]*\}$|^\$[A-Za-z_]\w*$/;
function readConnections(service) {
  const out = [];
  const fields = [];
  for (const variable of service.environment) {
    const value = partialValue(service, variable);
    const url = value === null ? null : parsePostgresUrl(value);
    if (url) {
      out.push(urlConnection(service, variable, value, url));
      continue;
    }
    if (URL_NAME.test(variable.name) && !isOtherEngineName(variable.name) && (value === null || WHOLE_VARIABLE.test(value.trim()))) {
      out.push(emptyConnection(service, "url", variable.name));
      continue;
    }
    const split = splitFieldName(variable.name);
    if (split) fields.push({ prefix: split.prefix, field: split.field, variable, value: value === null || value.trim() === "" ? null : value.trim() });
  }
  if (fields.length > 0) out.push(...groupConnections(service, fields));
  return out;
}
function isOtherEngineName(name) {
  return name.split("_").some((word) => OTHER_ENGINES.has(word));
}
var splitNames = /* @__PURE__ */ new Map();
function splitFieldName(name) {
  return getOrCompute(splitNames, name, splitName);
}
function splitName(name) {
  const upper = name.toUpperCase();
  for (const [suffix, field] of FIELD_SUFFIXES) {
    if (!upper.endsWith(suffix)) continue;
    const head = upper.slice(0, -suffix.length);
    const prefix = head.replace(/_+$/, "");
    if (prefix === "") continue;
    const glued = head === prefix;
    if (glued && !(prefix === "PG" || /(^|_)DB$/.test(prefix))) continue;
    const words = prefix.split("_").filter(Boolean);
    if (words.some((w) => OTHER_ENGINES.has(w))) return null;
    if (!words.some((w) => DB_WORDS.has(w) || /DB$/.test(w))) continue;
    return { prefix, field };
  }
  return null;
}
function groupConnections(service, vars) {
  const groups = /* @__PURE__ */ new Map();
  for (const v of vars) {
    let group = groups.get(v.prefix);
    if (!group) groups.set(v.prefix, group = /* @__PURE__ */ new Map());
    group.set(v.field, v);
  }
  const prefixes = [...groups.keys()];
  const out = [];
  for (const prefix of prefixes) {
    const own = groups.get(prefix);
    if (!own.has("user") && prefixes.some((p) => p !== prefix && p.startsWith(`${prefix}_`))) continue;
    const ancestors = prefixes.filter((p) => p !== prefix && prefix.startsWith(`${p}_`)).sort((a, b) => b.length - a.length).map((p) => groups.get(p));
    const pick = (field, inherit) => {
      const mine = own.get(field);
      if (mine || !inherit) return mine ?? null;
      for (const parent of ancestors) if (parent.has(field)) return parent.get(field);
      return null;
    };
    const type = pick("type", true);
    if (type?.value && !POSTGRES_TYPE.test(type.value) && OTHER_TYPE.test(type.value)) continue;
    const host = pick("host", true);
    const user = pick("user", false);
    const database = pick("database", true);
    if (!host && !user && !database) continue;
    const password = pick("password", false);
    out.push({
      service,
      source: "fields",
      name: prefix,
      host: host ? hostPiece(service, host) : null,
      port: piece(service, pick("port", true)),
      user: piece(service, user),
      database: piece(service, database),
      password: password ? withLazyLoc(
        { kind: password.value === null || hasVariable(password.variable.raw ?? "") ? "variable" : "literal" },
        () => valueLoc(service, password.variable)
      ) : { kind: "none", loc: null },
      target: null,
      toShared: false
    });
  }
  return out;
}
function piece(service, v) {
  if (!v) return null;
  return withLazyLoc({ value: known(v.value), variable: v.variable.name }, () => valueLoc(service, v.variable));
}
function hostPiece(service, v) {
  const value = known(v.value);
  return withLazyLoc({ value: value === null ? null : value.replace(/:\d+$/, ""), variable: v.variable.name }, () => valueLoc(service, v.variable));
}
function known(value) {
  return value === null || value.includes("${") || value === "" ? null : value;
}
function emptyConnection(service, source, name) {
  return { service, source, name, host: null, port: null, user: null, database: null, password: { kind: "none", loc: null }, target: null, toShared: false };
}
var URL_SCHEME = /^(?:jdbc:)?(?:postgres|postgresql|pgsql)(?:\+[a-z0-9_]+)?:\/\//i;
var DSN_HOST = /(^|\s)host\s*=/;
var DSN_USER_OR_DBNAME = /(^|\s)(user|dbname)\s*=/;
function parsePostgresUrl(text) {
  if (!text.includes("://") && !text.includes("=")) return null;
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  const scheme = URL_SCHEME.exec(trimmed);
  if (scheme) return shift(parseUrlBody(trimmed, scheme[0].length), lead);
  if (DSN_HOST.test(trimmed) && DSN_USER_OR_DBNAME.test(trimmed)) return shift(parseKeywordDsn(trimmed), lead);
  return null;
}
function shift(url, by) {
  const move = (p) => p ? { value: p.value, offset: p.offset + by } : null;
  return { host: move(url.host), port: move(url.port), user: move(url.user), database: move(url.database), password: move(url.password) };
}
function parseUrlBody(text, start) {
  const result = { host: null, port: null, user: null, database: null, password: null };
  const rest = text.slice(start);
  const queryAt = rest.indexOf("?");
  const pathAt = rest.indexOf("/");
  const authorityEnd = Math.min(...[pathAt, queryAt, rest.length].filter((n) => n >= 0));
  const authority = rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf("@");
  let hostStart = 0;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(":");
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    if (user) result.user = { value: decode(user), offset: start };
    if (colon >= 0 && colon + 1 < userinfo.length) result.password = { value: userinfo.slice(colon + 1), offset: start + colon + 1 };
    hostStart = at + 1;
  }
  const hostPort = authority.slice(hostStart).split(",")[0];
  const portMatch = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort);
  if (portMatch[1]) result.host = { value: decode(portMatch[1]), offset: start + hostStart };
  if (portMatch[2]) result.port = { value: portMatch[2], offset: start + hostStart + portMatch[1].length + 1 };
  if (pathAt >= 0 && (queryAt < 0 || pathAt < queryAt)) {
    const dbEnd = queryAt >= 0 ? queryAt : rest.length;
    const db = rest.slice(pathAt + 1, dbEnd);
    if (db) result.database = { value: decode(db), offset: start + pathAt + 1 };
  }
  if (queryAt >= 0) {
    let offset = start + queryAt + 1;
    for (const param of rest.slice(queryAt + 1).split("&")) {
      const eq = param.indexOf("=");
      const key = eq >= 0 ? param.slice(0, eq) : param;
      const value = { value: decode(param.slice(eq + 1)), offset: offset + eq + 1 };
      if (eq >= 0 && value.value !== "") {
        if (key === "user") result.user = value;
        else if (key === "password") result.password = value;
        else if (key === "host") result.host = value;
        else if (key === "port") result.port = value;
        else if (key === "dbname") result.database = value;
      }
      offset += param.length + 1;
    }
  }
  return result;
}
function parseKeywordDsn(text) {
  const result = { host: null, port: null, user: null, database: null, password: null };
  const pair = /(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) {
    const quoted = m[2].startsWith("'");
    const value = { value: quoted ? m[2].slice(1, -1) : m[2], offset: m.index + m[0].length - m[2].length + (quoted ? 1 : 0) };
    const key = m[1].toLowerCase();
    if (key === "host") result.host = value;
    else if (key === "port") result.port = value;
    else if (key === "user") result.user = value;
    else if (key === "dbname") result.database = value;
    else if (key === "password") result.password = value;
  }
  return result;
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function urlConnection(service, variable, value, url) {
  const raw = variable.raw ?? "";
  const locOf = (part) => {
    if (!part) return null;
    const sameSoFar = raw.slice(0, part.offset + part.value.length) === value.slice(0, part.offset + part.value.length);
    const rawUrl = sameSoFar ? null : parsePostgresUrl(raw);
    const rawPart = rawUrl ? rawUrl[partName(url, part)] : null;
    if (sameSoFar) return valueLoc(service, variable, part.offset);
    if (rawPart) return valueLoc(service, variable, rawPart.offset);
    return valueLoc(service, variable);
  };
  const pieceOf = (part) => part ? withLazyLoc({ value: known(part.value), variable: variable.name }, () => locOf(part)) : null;
  const password = url.password;
  return {
    service,
    source: "url",
    name: variable.name,
    host: pieceOf(url.host),
    port: pieceOf(url.port),
    user: pieceOf(url.user),
    database: pieceOf(url.database),
    password: password ? withLazyLoc(
      { kind: password.value.includes("${") || hasVariable(rawPasswordText(raw) ?? password.value) ? "variable" : "literal" },
      () => locOf(password)
    ) : { kind: "none", loc: null },
    target: null,
    toShared: false
  };
}
function partName(url, part) {
  return Object.keys(url).find((k) => url[k] === part);
}
function rawPasswordText(raw) {
  return parsePostgresUrl(raw)?.password?.value ?? null;
}

// src/database/init-mounts.ts
import { readdirSync, statSync as statSync3 } from "node:fs";
import path3 from "node:path";

// src/database/initdb/types.ts
var UNKNOWN = "\uE000";

// src/database/initdb/read.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { createRequire as createRequire4 } from "node:module";
import path2 from "node:path";
import { gunzipSync as gunzipSync2 } from "node:zlib";

// src/database/initdb/shell.ts
import { createRequire as createRequire3 } from "node:module";

// src/database/initdb/source.ts
import { isAscii } from "node:buffer";
var LineIndex = class {
  constructor(file, bytes) {
    this.file = file;
    this.bytes = bytes;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) this.starts.push(i + 1);
    this.ascii = isAscii(bytes);
  }
  file;
  bytes;
  starts = [0];
  /** One byte per UTF-16 unit: a column is a byte difference (no decoding per location). */
  ascii;
  /** 1-based line and column (UTF-16 units, as editors count) of a byte offset. */
  loc(byteOffset) {
    const offset = Math.max(0, Math.min(byteOffset, this.bytes.length));
    const lo = Math.max(0, lastAtOrBefore(this.starts, offset));
    const lineStart = this.starts[lo];
    const column = (this.ascii ? offset - lineStart : this.bytes.toString("utf8", lineStart, offset).length) + 1;
    return { file: this.file, line: lo + 1, column };
  }
  /** Byte offset of a 1-based line and byte column (mvdan-sh reports those). */
  offsetOf(line, byteColumn) {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return start + Math.max(0, byteColumn - 1);
  }
};
var OffsetMap = class _OffsetMap {
  starts = [];
  bases = [];
  steps = [];
  size = 0;
  /** A map of `length` indexes that all point at `offset`. */
  static constant(offset, length) {
    const map = new _OffsetMap();
    map.push(length, offset, 0);
    return map;
  }
  /** Indexes covered: [0, length). */
  get length() {
    return this.size;
  }
  /** Appends `count` indexes pointing at offset, offset + 1, ... (step 1) or all at offset (step 0). */
  push(count, offset, step) {
    if (count <= 0) return;
    const last = this.starts.length - 1;
    if (last >= 0 && this.steps[last] === step && this.bases[last] + (this.size - this.starts[last]) * step === offset) {
      this.size += count;
      return;
    }
    this.starts.push(this.size);
    this.bases.push(offset);
    this.steps.push(step);
    this.size += count;
  }
  /** The offset of an index (clamped to the map, as the last entry stands for the end). */
  at(index) {
    const i = Math.max(0, Math.min(index, this.size - 1));
    const lo = Math.max(0, lastAtOrBefore(this.starts, i));
    return this.bases[lo] + (i - this.starts[lo]) * this.steps[lo];
  }
};
var SourceBuilder = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  parts = [];
  origin = new OffsetMap();
  expansions = [];
  length = 0;
  /** Copy bytes [start, end) of the file verbatim. */
  appendBytes(start, end) {
    if (end <= start) return;
    const text = this.bytes.toString("utf8", start, end);
    if (isAscii(this.bytes.subarray(start, end))) {
      this.origin.push(end - start, start, 1);
      this.parts.push(text);
      this.length += text.length;
      return;
    }
    let offset = start;
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && text.charCodeAt(j) < 128) j++;
      this.origin.push(j - i, offset, 1);
      offset += j - i;
      if (j >= text.length) break;
      const code = text.codePointAt(j);
      const units = code > 65535 ? 2 : 1;
      this.origin.push(units, offset, 0);
      offset += code < 2048 ? 2 : code <= 65535 ? 3 : 4;
      i = j + units;
    }
    this.parts.push(text);
    this.length += text.length;
  }
  /** Text that stands for something at `byteOffset` (an expansion, or an escaped character). */
  appendAt(text, byteOffset, expansion, known2) {
    if (text === "") return;
    this.origin.push(text.length, byteOffset, 0);
    if (expansion)
      this.expansions.push({
        start: this.length,
        end: this.length + text.length,
        ...known2 ? { value: known2.value, ...known2.pid ? { pid: true } : {} } : {}
      });
    this.parts.push(text);
    this.length += text.length;
  }
  get size() {
    return this.length;
  }
  build(lines, database, endOffset) {
    this.origin.push(1, endOffset, 0);
    return { lines, text: this.parts.join(""), origin: this.origin, expansions: this.expansions, database };
  }
};
function sqlFileSource(file, text) {
  const bytes = Buffer.from(text, "utf8");
  const builder = new SourceBuilder(bytes);
  builder.appendBytes(0, bytes.length);
  return builder.build(new LineIndex(file, bytes), null, bytes.length);
}
function byteToCharIndex(text) {
  if (/^[\x00-\x7f]*$/.test(text)) return (byte) => Math.max(0, Math.min(byte, text.length));
  const table = [];
  let index = 0;
  for (const ch of text) {
    const bytes = Buffer.byteLength(ch);
    for (let b = 0; b < bytes; b++) table.push(index);
    index += ch.length;
  }
  table.push(index);
  return (byte) => table[Math.max(0, Math.min(byte, table.length - 1))];
}
function charToByteIndex(text) {
  const table = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = bytes;
    const code = text.charCodeAt(i);
    bytes += code < 128 ? 1 : code < 2048 ? 2 : code >= 55296 && code <= 56319 ? 4 : code >= 56320 && code <= 57343 ? 0 : 3;
  }
  table[text.length] = bytes;
  return (index) => table[Math.max(0, Math.min(index, text.length))];
}
function codePointToCharIndex(text, codePoints) {
  let index = 0;
  let count = 0;
  while (index < text.length && count < codePoints) {
    const code = text.codePointAt(index);
    index += code > 65535 ? 2 : 1;
    count++;
  }
  return index;
}

// src/database/initdb/psql-lexer.ts
function newPsqlState(env, variables = []) {
  return { variables: new Map(variables), env, gset: false };
}
var IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
var PSQL_VAR = /^[A-Za-z_][A-Za-z0-9_]*/;
var DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
var SHELL_VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
var SENDS_BUFFER = /^(g|gx|gexec|gset|gdesc|crosstabview|watch)$/;
var STARTS_SOMETHING_SEARCH = /[-/'"$:\\;]/g;
var AUTOMATIC_UNKNOWN = /* @__PURE__ */ new Set([
  "HOST",
  "PORT",
  "ENCODING",
  "VERSION",
  "VERSION_NAME",
  "VERSION_NUM",
  "SERVER_VERSION_NAME",
  "SERVER_VERSION_NUM",
  "LASTOID",
  "ERROR",
  "SQLSTATE",
  "ROW_COUNT",
  "LAST_ERROR_MESSAGE",
  "LAST_ERROR_SQLSTATE",
  "PID"
]);
var PreparedOrigin = class {
  constructor(toSource, source) {
    this.toSource = toSource;
    this.source = source;
  }
  toSource;
  source;
  /** Indexes covered: the prepared text's length + 1 (its end). */
  get length() {
    return this.toSource.length;
  }
  at(index) {
    return this.source.at(this.toSource.at(index));
  }
};
function preparePsql(source, state = newPsqlState(/* @__PURE__ */ new Map())) {
  const src = source.text;
  const out = [];
  let outLength = 0;
  const toSource = new OffsetMap();
  const result = {
    text: "",
    origin: new PreparedOrigin(toSource, source.origin),
    statementEnds: [],
    connects: [],
    gexecEnds: /* @__PURE__ */ new Set(),
    describeEnds: /* @__PURE__ */ new Set(),
    metaCommands: [],
    psqlVariables: [],
    placeholders: [],
    events: [],
    pidExpansions: [],
    hasSql: false
  };
  const expansionAt = new Map(source.expansions.map((span) => [span.start, span]));
  const hasExpansions = source.expansions.length > 0;
  const expansionStarts = source.expansions.map((span) => span.start).sort((a, b) => a - b);
  const inExpansion = (index) => {
    const found = lastAtOrBefore(expansionStarts, index);
    if (found < 0) return false;
    const span = expansionAt.get(expansionStarts[found]);
    return index < span.end;
  };
  const conditionals = [];
  const active = () => conditionals.every((c) => c.active);
  let runFrom = 0;
  let runTo = 0;
  const flushRun = () => {
    if (runTo > runFrom) out.push(src.slice(runFrom, runTo));
    runFrom = runTo = 0;
  };
  const append = (text, from, step) => {
    flushRun();
    out.push(text);
    outLength += text.length;
    toSource.push(text.length, from, step);
  };
  const blank = (text, from) => append(text.replace(/[^\r\n]/g, " "), from, 1);
  const emitAt = (text, at) => append(text, at, 0);
  const copy = (from, to) => {
    if (!active()) return blank(src.slice(from, to), from);
    if (to <= from) return;
    if (runTo === from && runTo > runFrom) runTo = to;
    else {
      flushRun();
      runFrom = from;
      runTo = to;
    }
    outLength += to - from;
    toSource.push(to - from, from, 1);
  };
  const copyQuoted = (from, to) => {
    if (source.expansions.length === 0 || !active()) return copy(from, to);
    let k = from;
    for (const span of source.expansions) {
      if (span.end <= k || span.start >= to) continue;
      copy(k, span.start);
      if (span.value !== void 0 && span.value !== null) emitAt(span.value, span.start);
      else {
        emitAt(UNKNOWN, span.start);
        copy(span.start, span.end);
      }
      k = span.end;
    }
    copy(k, to);
  };
  const scanPlaceholders = (from, to) => {
    if (!active()) return;
    const chunk = src.slice(from, to);
    if (!chunk.includes("$")) return;
    for (const match of chunk.matchAll(SHELL_VAR)) {
      const at = from + match.index;
      if (inExpansion(at)) continue;
      result.placeholders.push({ name: match[1] ?? match[2], offset: source.origin.at(at) });
    }
  };
  const sql = () => {
    if (active()) result.hasSql = true;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    const prev = i > 0 ? src[i - 1] : "";
    const span = expansionAt.get(i);
    if (span) {
      if (active()) {
        if (span.value !== void 0 && span.value !== null) {
          if (span.pid) result.pidExpansions.push(outLength);
          emitAt(span.value, span.start);
        } else {
          emitAt(`"${UNKNOWN}`, i);
          copy(span.start, span.end);
          emitAt('"', span.end - 1);
        }
        sql();
      } else blank(src.slice(span.start, span.end), span.start);
      i = span.end;
      continue;
    }
    if (c === "-" && next === "-") {
      const end = indexOrEnd(src, "\n", i);
      copy(i, end);
      i = end;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = blockCommentEnd(src, i);
      copy(i, end);
      i = end;
      continue;
    }
    if (c === "'") {
      const escapes = (prev === "e" || prev === "E") && !(i > 1 && IDENT_CHAR.test(src[i - 2]));
      const end = quotedEnd(src, i, "'", escapes);
      scanPlaceholders(i, end);
      copyQuoted(i, end);
      sql();
      i = end;
      continue;
    }
    if (c === '"') {
      const end = quotedEnd(src, i, '"', false);
      scanPlaceholders(i, end);
      copyQuoted(i, end);
      sql();
      i = end;
      continue;
    }
    if (c === "$") {
      const tag = IDENT_CHAR.test(prev) ? null : DOLLAR_TAG.exec(src.slice(i, i + 64));
      if (tag) {
        const close = src.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? src.length : close + tag[0].length;
        scanPlaceholders(i + tag[0].length, close < 0 ? end : close);
        copyQuoted(i, end);
        sql();
        i = end;
        continue;
      }
      const match = IDENT_CHAR.test(prev) ? null : /^\$\{[^}\n]*\}|^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
      if (match) {
        scanPlaceholders(i, i + match[0].length);
        copy(i, i + match[0].length);
        sql();
        i += match[0].length;
        continue;
      }
    }
    if (c === ":" && next !== ":" && prev !== ":") {
      const substituted = substituteVariable(src, i, state);
      if (substituted) {
        if (active()) {
          result.psqlVariables.push({ name: substituted.name, at: outLength, offset: source.origin.at(i) });
          emitAt(substituted.text, i);
          sql();
        } else blank(src.slice(i, i + substituted.length), i);
        i += substituted.length;
        continue;
      }
    }
    if (c === "\\") {
      i = metaCommand(src, i);
      continue;
    }
    if (c === ";") {
      if (active()) result.statementEnds.push(outLength);
      sql();
      copy(i, i + 1);
      i++;
      continue;
    }
    STARTS_SOMETHING_SEARCH.lastIndex = i + 1;
    let j = STARTS_SOMETHING_SEARCH.test(src) ? STARTS_SOMETHING_SEARCH.lastIndex - 1 : src.length;
    if (hasExpansions) {
      const nextExpansion = firstAtOrAfter(expansionStarts, i + 1);
      if (nextExpansion >= 0) j = Math.min(j, expansionStarts[nextExpansion]);
    }
    if (!result.hasSql && /\S/.test(src.slice(i, j))) sql();
    copy(i, j);
    i = j;
  }
  toSource.push(1, src.length, 0);
  flushRun();
  result.text = out.length === 1 ? out[0] : out.join("");
  return result;
  function metaCommand(text, start) {
    let end = indexOrEnd(text, "\n", start);
    const separator = text.indexOf("\\\\", start + 1);
    if (separator >= 0 && separator < end) end = separator + 2;
    const body = text.slice(start + 1, end);
    const name = /^[A-Za-z]+/.exec(body)?.[0] ?? body.slice(0, 1);
    const args = substituteArgs(body.slice(name.length).replace(/\\\\$/, ""), state);
    const offset = source.origin.at(start);
    const event = (e) => {
      result.events.push({ ...e, at: outLength, offset });
    };
    const wasActive = active();
    if (name === "if" || name === "elif" || name === "else" || name === "endif") {
      conditional(name, args.text, args.unknown, event);
    } else if (wasActive) {
      result.metaCommands.push({ name, offset });
      const sends = SENDS_BUFFER.test(name);
      if (sends) {
        result.statementEnds.push(outLength);
        if (name === "gexec") result.gexecEnds.add(outLength);
        if (name === "gdesc") result.describeEnds.add(outLength);
      }
      const words = splitArgs(args.text);
      if (name === "c" || name === "connect") {
        const database = connectTarget(args.text);
        if (database !== null) result.connects.push({ at: outLength, database });
        const user = words[1] && !words[1].startsWith("-reuse") ? words[1] : null;
        if (args.unknown) event({ kind: "unevaluated", reason: `\\${name} with a psql variable svclint cannot know` });
        else event({ kind: "connect", database: database === "-" ? null : database, user: user === "-" ? null : user });
        if (database !== null && database !== "-") state.variables.set("DBNAME", database);
        if (user && user !== "-") state.variables.set("USER", user);
      } else if (name === "set") {
        if (words[0]) {
          const echoed = /^\s*\S+\s+`\s*echo\s+"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?\s*`\s*$/.exec(args.text)?.[1];
          const value = echoed !== void 0 ? state.env.get(echoed) ?? null : args.unknown || /`/.test(body) ? null : words.slice(1).join("");
          state.variables.set(words[0], value);
          if (words[0] === "ON_ERROR_STOP") event({ kind: "on-error-stop", value: value === null ? null : psqlBool(value === "" ? "on" : value) });
        }
      } else if (name === "unset") {
        if (words[0]) state.variables.delete(words[0]);
        if (words[0] === "ON_ERROR_STOP") event({ kind: "on-error-stop", value: false });
      } else if (name === "getenv") {
        if (words[0]) state.variables.set(words[0], words[1] ? state.env.get(words[1]) ?? null : null);
      } else if (name === "gset") {
        state.gset = true;
      } else if (name === "i" || name === "include" || name === "ir" || name === "include_relative") {
        event({ kind: "unevaluated", reason: `\\${name} runs another file, which svclint does not follow` });
      } else if (name === "q" || name === "quit") {
        event({ kind: "quit" });
        blank(text.slice(start), start);
        return text.length;
      } else if (name === "!" || name === "o" || name === "out") {
      }
      const blanked = text.slice(start, end).replace(/[^\r\n]/g, " ");
      append(sends ? `;${blanked.slice(1)}` : blanked, start, 1);
      return end;
    }
    blank(text.slice(start, end), start);
    return end;
  }
  function conditional(name, condition, unknown, event) {
    const evaluate = () => {
      const value = unknown ? null : psqlBool(condition.trim());
      if (value === null) {
        event({
          kind: "unevaluated",
          reason: `\\${name} ${unknown ? "on a psql variable svclint cannot know" : "with a condition svclint cannot evaluate"} (svclint reads the first branch)`
        });
        return true;
      }
      return value;
    };
    if (name === "if") {
      const parentActive = active();
      const value = parentActive ? evaluate() : false;
      conditionals.push({ active: parentActive && value, taken: parentActive && value, parentActive });
    } else if (name === "elif") {
      const top = conditionals.at(-1);
      if (!top) return;
      if (top.taken || !top.parentActive) top.active = false;
      else {
        top.active = evaluate();
        top.taken = top.active;
      }
    } else if (name === "else") {
      const top = conditionals.at(-1);
      if (!top) return;
      top.active = top.parentActive && !top.taken;
      top.taken = true;
    } else conditionals.pop();
  }
}
function substituteVariable(src, i, state) {
  const next = src[i + 1];
  if (next === "{" && src[i + 2] === "?") {
    const m = /^:\{\?([A-Za-z_][A-Za-z0-9_]*)\}/.exec(src.slice(i, i + 260));
    if (!m) return null;
    const known2 = state.variables.has(m[1]) ? "TRUE" : state.gset ? null : "FALSE";
    return { name: m[1], text: known2 ?? `${UNKNOWN}:{?${m[1]}}`, length: m[0].length };
  }
  const quote = next === "'" || next === '"' ? next : "";
  const name = PSQL_VAR.exec(src.slice(i + 1 + quote.length, i + 256));
  if (!name || quote && src[i + 1 + quote.length + name[0].length] !== quote) return null;
  const length = 1 + name[0].length + quote.length * 2;
  const value = lookup(state, name[0]);
  if (value === void 0) return null;
  if (value === null) {
    const standIn = quote === "'" ? `'${UNKNOWN}:${name[0]}'` : `"${UNKNOWN}:${name[0]}"`;
    return { name: name[0], text: standIn, length };
  }
  const text = quote === "'" ? `'${value.replace(/'/g, "''")}'` : quote === '"' ? `"${value.replace(/"/g, '""')}"` : value;
  return { name: name[0], text, length };
}
function lookup(state, name) {
  if (state.variables.has(name)) return state.variables.get(name);
  if (AUTOMATIC_UNKNOWN.has(name) || state.gset) return null;
  return void 0;
}
function substituteArgs(args, state) {
  let unknown = false;
  const defined = args.replace(/:\{\?([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, name) => {
    if (state.variables.has(name)) return "TRUE";
    if (state.gset) unknown = true;
    return "FALSE";
  });
  const text = defined.replace(/:(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/g, (whole, _quote, name) => {
    const value = lookup(state, name);
    if (value === void 0) return whole;
    if (value === null) {
      unknown = true;
      return whole;
    }
    return value;
  });
  return { text, unknown };
}
function splitArgs(args) {
  return [...args.matchAll(/'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\S+)/g)].map((m) => m[1]?.replace(/''/g, "'") ?? m[2]?.replace(/""/g, '"') ?? m[3]);
}
function psqlBool(text) {
  const value = text.toLowerCase();
  if (value === "") return null;
  if ("true".startsWith(value) || "yes".startsWith(value) || value === "on" || value === "1") return true;
  if ("false".startsWith(value) || "no".startsWith(value) || value.length >= 2 && "off".startsWith(value) || value === "0") return false;
  return null;
}
function connectTarget(args) {
  const words = [...args.matchAll(/'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\S+)/g)].map((m) => m[1]?.replace(/''/g, "'") ?? m[2]?.replace(/""/g, '"') ?? m[3]).filter((w) => !w.startsWith("-reuse-previous"));
  const first = words[0];
  if (first === void 0) return null;
  const uri = /^postgres(?:ql)?:\/\/[^/]*\/([^?]+)/.exec(first);
  if (uri) return decodeURIComponent(uri[1]);
  if (first.includes("=")) return /(?:^|\s)dbname\s*=\s*'?([^'\s]+)/.exec(first)?.[1] ?? "-";
  return first;
}
function indexOrEnd(text, needle, from) {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}
function blockCommentEnd(text, start) {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text[i] === "/" && text[i + 1] === "*") {
      depth++;
      i += 2;
    } else if (text[i] === "*" && text[i + 1] === "/") {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return text.length;
}
function quotedEnd(text, start, quote, backslashEscapes) {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (backslashEscapes && c === "\\") {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}
function sqlComments(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "-" && next === "-") {
      const end = indexOrEnd(text, "\n", i);
      out.push({ offset: i, body: text.slice(i + 2, end).trim() });
      i = end;
    } else if (c === "/" && next === "*") {
      i = blockCommentEnd(text, i);
    } else if (c === "'" || c === '"') {
      const prev = i > 0 ? text[i - 1] : "";
      i = quotedEnd(text, i, c, c === "'" && (prev === "e" || prev === "E") && !(i > 1 && IDENT_CHAR.test(text[i - 2])));
    } else if (c === "$" && !(i > 0 && IDENT_CHAR.test(text[i - 1]))) {
      const tag = DOLLAR_TAG.exec(text.slice(i, i + 64));
      if (!tag) {
        i++;
        continue;
      }
      const close = text.indexOf(tag[0], i + tag[0].length);
      i = close < 0 ? text.length : close + tag[0].length;
    } else {
      i++;
    }
  }
  return out;
}

// src/database/initdb/expressions.ts
var NAME_COLUMNS = {
  pg_roles: { catalog: "role", columns: ["rolname"] },
  pg_authid: { catalog: "role", columns: ["rolname"] },
  pg_user: { catalog: "role", columns: ["usename"] },
  pg_shadow: { catalog: "role", columns: ["usename"] },
  pg_group: { catalog: "role", columns: ["groname"] },
  pg_database: { catalog: "database", columns: ["datname"] }
};
function constantText(node) {
  if (!node) return null;
  const constant = node.A_Const;
  if (constant) {
    if (constant.isnull) return null;
    if (constant.sval) return typeof constant.sval.sval === "string" ? constant.sval.sval : "";
    if (constant.ival) return String(constant.ival.ival ?? 0);
    return null;
  }
  const cast = node.TypeCast;
  if (cast) return constantText(cast.arg);
  const expr = node.A_Expr;
  if (expr && expr.name?.[0]?.String?.sval === "||") {
    const left = constantText(expr.lexpr);
    const right = constantText(expr.rexpr);
    return left === null || right === null ? null : left + right;
  }
  const call = node.FuncCall;
  if (call) {
    const name = call.funcname?.at(-1)?.String?.sval;
    const args = (call.args ?? []).map((a) => constantText(a));
    if (args.some((a) => a === null)) return null;
    const values = args;
    switch (name) {
      case "format":
        return values.length > 0 ? format(values[0], values.slice(1)) : null;
      case "quote_ident":
        return values.length === 1 ? quoteIdent(values[0]) : null;
      case "quote_literal":
        return values.length === 1 ? quoteLiteral(values[0]) : null;
      case "concat":
        return values.join("");
      case "lower":
        return values.length === 1 ? values[0].toLowerCase() : null;
    }
  }
  return null;
}
function format(template, args) {
  let next = 0;
  let failed2 = false;
  const text = template.replace(/%(?:(\d+)\$)?([sIL%])/g, (_whole, position, type) => {
    if (type === "%") return "%";
    const index = position ? Number(position) - 1 : next;
    next = index + 1;
    const value = args[index];
    if (value === void 0) {
      failed2 = true;
      return "";
    }
    return type === "I" ? quoteIdent(value) : type === "L" ? quoteLiteral(value) : value;
  });
  return failed2 ? null : text;
}
function quoteIdent(value) {
  return `"${value.replace(/"/g, '""')}"`;
}
function quoteLiteral(value) {
  const body = value.replace(/'/g, "''");
  return value.includes("\\") ? `E'${body.replace(/\\/g, "\\\\")}'` : `'${body}'`;
}
function conditionOf(node, text) {
  if (!node) return { kind: "const", value: true };
  const constant = node.A_Const;
  if (constant?.boolval) return { kind: "const", value: constant.boolval.boolval === true };
  const cast = node.TypeCast;
  if (cast) {
    const type = cast.typeName?.names?.at(-1)?.String?.sval;
    const value = constantText(cast.arg);
    if (type === "bool" && value !== null && /^(t|true|f|false)$/i.test(value)) return { kind: "const", value: /^t/i.test(value) };
  }
  const bool = node.BoolExpr;
  if (bool) {
    const args = (bool.args ?? []).map((a) => conditionOf(a, text));
    if (bool.boolop === "NOT_EXPR") return { kind: "not", arg: args[0] ?? { kind: "unknown", text } };
    return { kind: bool.boolop === "AND_EXPR" ? "and" : "or", args };
  }
  const sublink = node.SubLink;
  if (sublink?.subLinkType === "EXISTS_SUBLINK") {
    const lookup2 = catalogLookup(sublink.subselect?.SelectStmt ?? {});
    if (lookup2) return { kind: "exists", ...lookup2 };
  }
  return { kind: "unknown", text };
}
function catalogLookup(select) {
  const from = select.fromClause ?? [];
  if (from.length !== 1) return null;
  const range = from[0].RangeVar;
  if (!range?.relname || range.schemaname && range.schemaname !== "pg_catalog") return null;
  const relation = NAME_COLUMNS[range.relname];
  if (!relation) return null;
  const where = select.whereClause;
  const eq = where?.A_Expr;
  if (!eq || eq.kind !== "AEXPR_OP" || eq.name?.[0]?.String?.sval !== "=") return null;
  const column = (n) => {
    const fields = n?.ColumnRef?.fields ?? [];
    const last = fields.at(-1)?.String;
    return last?.sval ?? null;
  };
  const [colNode, valueNode] = column(eq.lexpr) ? [eq.lexpr, eq.rexpr] : [eq.rexpr, eq.lexpr];
  const col = column(colNode);
  const value = constantText(valueNode);
  if (!col || !relation.columns.includes(col) || value === null || value.includes(UNKNOWN)) return null;
  return { catalog: relation.catalog, name: value };
}

// src/database/initdb/pg-parser.ts
import { createRequire as createRequire2 } from "node:module";
import { setFlagsFromString } from "node:v8";

// src/loader/flags.ts
var WASM_TIERING_BUDGET_FLAG = "--wasm-tiering-budget=90000000";

// src/database/initdb/sql-keywords.generated.ts
var SQL_KEYWORDS = /* @__PURE__ */ new Set([
  "abort",
  "absent",
  "absolute",
  "access",
  "action",
  "add",
  "admin",
  "after",
  "aggregate",
  "all",
  "also",
  "alter",
  "always",
  "analyse",
  "analyze",
  "and",
  "any",
  "array",
  "as",
  "asc",
  "asensitive",
  "assertion",
  "assignment",
  "asymmetric",
  "at",
  "atomic",
  "attach",
  "attribute",
  "authorization",
  "backward",
  "before",
  "begin",
  "between",
  "bigint",
  "binary",
  "bit",
  "boolean",
  "both",
  "breadth",
  "by",
  "cache",
  "call",
  "called",
  "cascade",
  "cascaded",
  "case",
  "cast",
  "catalog",
  "chain",
  "char",
  "character",
  "characteristics",
  "check",
  "checkpoint",
  "class",
  "close",
  "cluster",
  "coalesce",
  "collate",
  "collation",
  "column",
  "columns",
  "comment",
  "comments",
  "commit",
  "committed",
  "compression",
  "concurrently",
  "conditional",
  "configuration",
  "conflict",
  "connection",
  "constraint",
  "constraints",
  "content",
  "continue",
  "conversion",
  "copy",
  "cost",
  "create",
  "cross",
  "csv",
  "cube",
  "current",
  "current_catalog",
  "current_date",
  "current_role",
  "current_schema",
  "current_time",
  "current_timestamp",
  "current_user",
  "cursor",
  "cycle",
  "data",
  "database",
  "day",
  "deallocate",
  "dec",
  "decimal",
  "declare",
  "default",
  "defaults",
  "deferrable",
  "deferred",
  "definer",
  "delete",
  "delimiter",
  "delimiters",
  "depends",
  "depth",
  "desc",
  "detach",
  "dictionary",
  "disable",
  "discard",
  "distinct",
  "do",
  "document",
  "domain",
  "double",
  "drop",
  "each",
  "else",
  "empty",
  "enable",
  "encoding",
  "encrypted",
  "end",
  "enforced",
  "enum",
  "error",
  "escape",
  "event",
  "except",
  "exclude",
  "excluding",
  "exclusive",
  "execute",
  "exists",
  "explain",
  "expression",
  "extension",
  "external",
  "extract",
  "false",
  "family",
  "fetch",
  "filter",
  "finalize",
  "first",
  "float",
  "following",
  "for",
  "force",
  "foreign",
  "format",
  "forward",
  "freeze",
  "from",
  "full",
  "function",
  "functions",
  "generated",
  "global",
  "grant",
  "granted",
  "greatest",
  "group",
  "grouping",
  "groups",
  "handler",
  "having",
  "header",
  "hold",
  "hour",
  "identity",
  "if",
  "ilike",
  "immediate",
  "immutable",
  "implicit",
  "import",
  "in",
  "include",
  "including",
  "increment",
  "indent",
  "index",
  "indexes",
  "inherit",
  "inherits",
  "initially",
  "inline",
  "inner",
  "inout",
  "input",
  "insensitive",
  "insert",
  "instead",
  "int",
  "integer",
  "intersect",
  "interval",
  "into",
  "invoker",
  "is",
  "isnull",
  "isolation",
  "join",
  "json",
  "json_array",
  "json_arrayagg",
  "json_exists",
  "json_object",
  "json_objectagg",
  "json_query",
  "json_scalar",
  "json_serialize",
  "json_table",
  "json_value",
  "keep",
  "key",
  "keys",
  "label",
  "language",
  "large",
  "last",
  "lateral",
  "leading",
  "leakproof",
  "least",
  "left",
  "level",
  "like",
  "limit",
  "listen",
  "load",
  "local",
  "localtime",
  "localtimestamp",
  "location",
  "lock",
  "locked",
  "logged",
  "mapping",
  "match",
  "matched",
  "materialized",
  "maxvalue",
  "merge",
  "merge_action",
  "method",
  "minute",
  "minvalue",
  "mode",
  "month",
  "move",
  "name",
  "names",
  "national",
  "natural",
  "nchar",
  "nested",
  "new",
  "next",
  "nfc",
  "nfd",
  "nfkc",
  "nfkd",
  "no",
  "none",
  "normalize",
  "normalized",
  "not",
  "nothing",
  "notify",
  "notnull",
  "nowait",
  "null",
  "nullif",
  "nulls",
  "numeric",
  "object",
  "objects",
  "of",
  "off",
  "offset",
  "oids",
  "old",
  "omit",
  "on",
  "only",
  "operator",
  "option",
  "options",
  "or",
  "order",
  "ordinality",
  "others",
  "out",
  "outer",
  "over",
  "overlaps",
  "overlay",
  "overriding",
  "owned",
  "owner",
  "parallel",
  "parameter",
  "parser",
  "partial",
  "partition",
  "passing",
  "password",
  "path",
  "period",
  "placing",
  "plan",
  "plans",
  "policy",
  "position",
  "preceding",
  "precision",
  "prepare",
  "prepared",
  "preserve",
  "primary",
  "prior",
  "privileges",
  "procedural",
  "procedure",
  "procedures",
  "program",
  "publication",
  "quote",
  "quotes",
  "range",
  "read",
  "real",
  "reassign",
  "recursive",
  "ref",
  "references",
  "referencing",
  "refresh",
  "reindex",
  "relative",
  "release",
  "rename",
  "repeatable",
  "replace",
  "replica",
  "reset",
  "restart",
  "restrict",
  "return",
  "returning",
  "returns",
  "revoke",
  "right",
  "role",
  "rollback",
  "rollup",
  "routine",
  "routines",
  "row",
  "rows",
  "rule",
  "savepoint",
  "scalar",
  "schema",
  "schemas",
  "scroll",
  "search",
  "second",
  "security",
  "select",
  "sequence",
  "sequences",
  "serializable",
  "server",
  "session",
  "session_user",
  "set",
  "setof",
  "sets",
  "share",
  "show",
  "similar",
  "simple",
  "skip",
  "smallint",
  "snapshot",
  "some",
  "source",
  "sql",
  "stable",
  "standalone",
  "start",
  "statement",
  "statistics",
  "stdin",
  "stdout",
  "storage",
  "stored",
  "strict",
  "string",
  "strip",
  "subscription",
  "substring",
  "support",
  "symmetric",
  "sysid",
  "system",
  "system_user",
  "table",
  "tables",
  "tablesample",
  "tablespace",
  "target",
  "temp",
  "template",
  "temporary",
  "text",
  "then",
  "ties",
  "time",
  "timestamp",
  "to",
  "trailing",
  "transaction",
  "transform",
  "treat",
  "trigger",
  "trim",
  "true",
  "truncate",
  "trusted",
  "type",
  "types",
  "uescape",
  "unbounded",
  "uncommitted",
  "unconditional",
  "unencrypted",
  "union",
  "unique",
  "unknown",
  "unlisten",
  "unlogged",
  "until",
  "update",
  "user",
  "using",
  "vacuum",
  "valid",
  "validate",
  "validator",
  "value",
  "values",
  "varchar",
  "variadic",
  "varying",
  "verbose",
  "version",
  "view",
  "views",
  "virtual",
  "volatile",
  "when",
  "where",
  "whitespace",
  "window",
  "with",
  "within",
  "without",
  "work",
  "wrapper",
  "write",
  "xml",
  "xmlattributes",
  "xmlconcat",
  "xmlelement",
  "xmlexists",
  "xmlforest",
  "xmlnamespaces",
  "xmlparse",
  "xmlpi",
  "xmlroot",
  "xmlserialize",
  "xmltable",
  "year",
  "yes",
  "zone"
]);

// src/database/initdb/fast-sql.ts
var TokenList = class {
  items = [];
  length = 0;
  clear() {
    this.length = 0;
  }
  last() {
    return this.length > 0 ? this.items[this.length - 1] : void 0;
  }
  push(kind, start, end, text, quoted = false, keyword = false, value = 0) {
    const reused = this.items[this.length];
    if (reused) {
      reused.kind = kind;
      reused.start = start;
      reused.end = end;
      reused.text = text;
      reused.quoted = quoted;
      reused.keyword = keyword;
      reused.value = value;
    } else this.items.push({ kind, start, end, text, quoted, keyword, value });
    this.length++;
  }
};
var statementTokens = new TokenList();
var MAX_NAME_BYTES = 63;
var INT_MAX = 2147483647;
function tokenize(text, from, to) {
  const tokens = statementTokens;
  tokens.clear();
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 || nl > to ? to : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      let depth = 0;
      let j = i;
      while (j < to) {
        if (text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
          depth++;
          j += 2;
        } else if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
          depth--;
          j += 2;
          if (depth === 0) break;
        } else j++;
      }
      if (depth !== 0) return null;
      i = j;
    } else if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) {
      let j = i + 1;
      while (j < to && isIdentChar(text.charCodeAt(j))) j++;
      if (j < to && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 34 || text.charCodeAt(j) > 127)) return null;
      const keyword = keywordIn(text, i, j);
      if (keyword === null && j - i > MAX_NAME_BYTES) return null;
      tokens.push("word", i, j, keyword ?? text.slice(i, j).toLowerCase(), false, keyword !== null);
      i = j;
    } else if (c === 34) {
      const end = quotedEnd2(text, i, to, 34);
      if (end < 0) return null;
      const name = text.slice(i + 1, end - 1).replaceAll('""', '"');
      if (name === "" || Buffer.byteLength(name) > MAX_NAME_BYTES || name.includes("\0")) return null;
      tokens.push("word", i, end, name, true);
      i = end;
    } else if (c === 39) {
      const end = quotedEnd2(text, i, to, 39);
      if (end < 0) return null;
      const previous = tokens.last();
      if (previous?.kind === "string") return null;
      tokens.push("string", i, end, text.slice(i + 1, end - 1).replaceAll("''", "'"));
      i = end;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j < to && (isIdentChar(text.charCodeAt(j)) || text.charCodeAt(j) === 46 || text.charCodeAt(j) > 127)) return null;
      const value = Number(text.slice(i, j));
      if (value > INT_MAX) return null;
      tokens.push("int", i, j, "", false, false, value);
      i = j;
    } else if (c === 59 || c === 44) {
      tokens.push("punct", i, i + 1, c === 59 ? ";" : ",");
      i++;
    } else if (c === 61 || c === 45 || c === 43) {
      const next = text.charCodeAt(i + 1);
      const comment = next === 45 && text.charCodeAt(i + 2) === 45 || next === 47 && text.charCodeAt(i + 2) === 42;
      if (!comment && isOperatorChar(next) && !(c === 61 && (next === 45 || next === 43))) return null;
      tokens.push("punct", i, i + 1, c === 61 ? "=" : c === 45 ? "-" : "+");
      i++;
    } else {
      return null;
    }
  }
  return tokens;
}
var KEYWORD_LIST = [...SQL_KEYWORDS];
var KEYWORD_SLOT_MASK = 2047;
var KEYWORD_SLOTS = new Int16Array(KEYWORD_SLOT_MASK + 1).fill(-1);
KEYWORD_LIST.forEach((keyword, index) => {
  let slot = wordHash(keyword, 0, keyword.length) & KEYWORD_SLOT_MASK;
  while (KEYWORD_SLOTS[slot] !== -1) slot = slot + 1 & KEYWORD_SLOT_MASK;
  KEYWORD_SLOTS[slot] = index;
});
function wordHash(text, start, end) {
  let hash = end - start;
  for (let k = start; k < end; k++) hash = Math.imul(hash, 31) + (text.charCodeAt(k) | 32) | 0;
  return hash;
}
function keywordIn(text, start, end) {
  for (let slot = wordHash(text, start, end) & KEYWORD_SLOT_MASK; KEYWORD_SLOTS[slot] !== -1; slot = slot + 1 & KEYWORD_SLOT_MASK) {
    const keyword = KEYWORD_LIST[KEYWORD_SLOTS[slot]];
    if (keyword.length !== end - start) continue;
    let k = 0;
    while (k < keyword.length && lowerAscii(text.charCodeAt(start + k)) === keyword.charCodeAt(k)) k++;
    if (k === keyword.length) return keyword;
  }
  return null;
}
function lowerAscii(c) {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function isIdentChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36;
}
function isOperatorChar(c) {
  return c === 126 || c === 33 || c === 64 || c === 35 || c === 94 || c === 38 || c === 124 || c === 96 || c === 63 || c === 43 || c === 45 || c === 42 || c === 47 || c === 37 || c === 60 || c === 62 || c === 61;
}
function quotedEnd2(text, start, to, quote) {
  let i = start + 1;
  while (i < to) {
    if (text.charCodeAt(i) === quote) {
      if (text.charCodeAt(i + 1) === quote && i + 1 < to) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return -1;
}
var Reader = class {
  constructor(tokens, end, byteAt) {
    this.tokens = tokens;
    this.end = end;
    this.byteAt = byteAt;
  }
  tokens;
  end;
  byteAt;
  at = 0;
  get done() {
    return this.at >= this.end;
  }
  peek(offset = 0) {
    return this.at + offset < this.end ? this.tokens[this.at + offset] : void 0;
  }
  /** The next token if it is this keyword (unquoted). */
  keyword(word) {
    const token = this.peek();
    if (token?.kind === "word" && !token.quoted && token.text === word) {
      this.at++;
      return token;
    }
    return null;
  }
  punct(text) {
    const token = this.peek();
    if (token?.kind === "punct" && token.text === text) {
      this.at++;
      return true;
    }
    return false;
  }
  /** A name that is no keyword of any kind (keywords may be names in some places; the real parser decides those). */
  name() {
    const token = this.peek();
    if (token?.kind !== "word" || token.keyword) return null;
    this.at++;
    return token;
  }
  string() {
    const token = this.peek();
    if (token?.kind !== "string") return null;
    this.at++;
    return token.text;
  }
  /** [+|-] integer. */
  integer() {
    const sign = this.punct("-") ? -1 : (this.punct("+"), 1);
    const token = this.peek();
    if (token?.kind !== "int") return null;
    this.at++;
    return sign * token.value;
  }
  location(token) {
    return this.byteAt(token.start);
  }
};
function defElem(defname, arg, location) {
  const elem = { defname };
  if (arg) elem.arg = arg;
  elem.defaction = "DEFELEM_UNSPEC";
  elem.location = location;
  return { DefElem: elem };
}
var stringNode = (sval) => ({ String: { sval } });
var integerNode = (ival) => ({ Integer: ival === 0 ? {} : { ival } });
var booleanNode = (boolval) => ({ Boolean: { boolval } });
function roleSpec(reader) {
  const name = reader.name();
  if (!name) return null;
  if (name.text === "none") return null;
  const location = reader.location(name);
  return name.text === "public" ? { roletype: "ROLESPEC_PUBLIC", location } : { roletype: "ROLESPEC_CSTRING", rolename: name.text, location };
}
function roleSpecList(reader) {
  const roles = [];
  do {
    const role = roleSpec(reader);
    if (!role) return null;
    roles.push({ RoleSpec: role });
  } while (reader.punct(","));
  return roles;
}
function nameList(reader) {
  const names = [];
  do {
    const name = reader.name();
    if (!name) return null;
    names.push(name.text);
  } while (reader.punct(","));
  return names;
}
function newRoleName(reader) {
  const name = reader.name();
  return name && name.text !== "public" && name.text !== "none" ? name.text : null;
}
var ROLE_FLAGS = {
  superuser: ["superuser", true],
  nosuperuser: ["superuser", false],
  createrole: ["createrole", true],
  nocreaterole: ["createrole", false],
  replication: ["isreplication", true],
  noreplication: ["isreplication", false],
  createdb: ["createdb", true],
  nocreatedb: ["createdb", false],
  login: ["canlogin", true],
  nologin: ["canlogin", false],
  bypassrls: ["bypassrls", true],
  nobypassrls: ["bypassrls", false],
  inherit: ["inherit", true],
  noinherit: ["inherit", false]
};
function roleOption(reader, create) {
  const first = reader.peek();
  if (first?.kind !== "word" || first.quoted) return null;
  const location = reader.location(first);
  const flag = ROLE_FLAGS[first.text];
  if (flag) {
    reader.keyword(first.text);
    return defElem(flag[0], booleanNode(flag[1]), location);
  }
  if (reader.keyword("encrypted")) {
    if (!reader.keyword("password")) return null;
    const value = reader.string();
    return value === null ? null : defElem("password", stringNode(value), location);
  }
  if (reader.keyword("password")) {
    if (reader.keyword("null")) return defElem("password", void 0, location);
    const value = reader.string();
    return value === null ? null : defElem("password", stringNode(value), location);
  }
  if (reader.keyword("connection")) {
    if (!reader.keyword("limit")) return null;
    const value = reader.integer();
    return value === null ? null : defElem("connectionlimit", integerNode(value), location);
  }
  if (reader.keyword("valid")) {
    if (!reader.keyword("until")) return null;
    const value = reader.string();
    return value === null ? null : defElem("validUntil", stringNode(value), location);
  }
  if (!create) return null;
  const members = (defname) => {
    const roles = roleSpecList(reader);
    return roles ? defElem(defname, { List: { items: roles } }, location) : null;
  };
  if (reader.keyword("in")) return reader.keyword("role") ? members("addroleto") : null;
  if (reader.keyword("role") || reader.keyword("user")) return members("rolemembers");
  if (reader.keyword("admin")) return members("adminmembers");
  return null;
}
function roleOptions(reader, create) {
  reader.keyword("with");
  const options = [];
  while (!reader.done) {
    const option = roleOption(reader, create);
    if (!option) return null;
    options.push(option);
  }
  return options;
}
var CREATEDB_OPTIONS = /* @__PURE__ */ new Set(["owner", "template", "encoding", "lc_collate", "lc_ctype", "locale", "connection"]);
function createdbOption(reader) {
  const first = reader.peek();
  if (first?.kind !== "word" || first.quoted || !CREATEDB_OPTIONS.has(first.text)) return null;
  const location = reader.location(first);
  reader.keyword(first.text);
  let defname = first.text;
  if (defname === "connection") {
    if (!reader.keyword("limit")) return null;
    defname = "connection_limit";
  }
  reader.punct("=");
  if (reader.keyword("default")) return defElem(defname, void 0, location);
  const next = reader.peek();
  if (next?.kind === "int" || next?.kind === "punct" && (next.text === "-" || next.text === "+")) {
    const value = reader.integer();
    return value === null ? null : defElem(defname, integerNode(value), location);
  }
  const text = reader.string() ?? reader.name()?.text ?? null;
  return text === null ? null : defElem(defname, stringNode(text), location);
}
function createDatabase(reader) {
  const name = reader.name();
  if (!name) return null;
  reader.keyword("with");
  const options = [];
  while (!reader.done) {
    const option = createdbOption(reader);
    if (!option) return null;
    options.push(option);
  }
  const node = { dbname: name.text };
  if (options.length > 0) node.options = options;
  return { type: "CreatedbStmt", node };
}
var PRIVILEGES = /* @__PURE__ */ new Set(["connect", "create", "temp", "temporary"]);
function grant(reader, isGrant, location) {
  let optionFor = false;
  let adminOptionFor = null;
  if (!isGrant) {
    const first = reader.peek();
    if (reader.keyword("grant")) {
      if (!reader.keyword("option") || !reader.keyword("for")) return null;
      optionFor = true;
    } else if (first && reader.keyword("admin")) {
      if (!reader.keyword("option") || !reader.keyword("for")) return null;
      adminOptionFor = reader.location(first);
    }
  }
  let privileges = null;
  let all = false;
  if (reader.keyword("all")) {
    reader.keyword("privileges");
    all = true;
  } else {
    const first = reader.peek();
    if (first?.kind === "word" && !first.quoted && PRIVILEGES.has(first.text)) {
      privileges = [];
      do {
        const token = reader.peek();
        if (token?.kind !== "word" || token.quoted || !PRIVILEGES.has(token.text)) return null;
        reader.keyword(token.text);
        privileges.push({ AccessPriv: { priv_name: token.text } });
      } while (reader.punct(","));
    }
  }
  if (all || privileges) {
    if (adminOptionFor !== null) return null;
    if (!reader.keyword("on") || !reader.keyword("database")) return null;
    const objects = nameList(reader);
    if (!objects || !(isGrant ? reader.keyword("to") : reader.keyword("from"))) return null;
    const grantees2 = roleSpecList(reader);
    if (!grantees2) return null;
    let grantOption = optionFor;
    if (isGrant && reader.keyword("with")) {
      if (!reader.keyword("grant") || !reader.keyword("option")) return null;
      grantOption = true;
    }
    const behavior2 = isGrant ? "DROP_RESTRICT" : dropBehavior(reader);
    if (!reader.done || behavior2 === null) return null;
    const node2 = {};
    if (isGrant) node2.is_grant = true;
    node2.targtype = "ACL_TARGET_OBJECT";
    node2.objtype = "OBJECT_DATABASE";
    node2.objects = objects.map(stringNode);
    if (privileges) node2.privileges = privileges;
    node2.grantees = grantees2;
    if (grantOption) node2.grant_option = true;
    node2.behavior = behavior2;
    return { type: "GrantStmt", node: node2 };
  }
  if (optionFor) return null;
  const granted = nameList(reader);
  if (!granted || !(isGrant ? reader.keyword("to") : reader.keyword("from"))) return null;
  const grantees = roleSpecList(reader);
  if (!grantees) return null;
  let opt = adminOptionFor !== null ? [defElem("admin", booleanNode(false), adminOptionFor)] : null;
  if (isGrant) {
    const withToken = reader.peek();
    if (withToken && reader.keyword("with")) {
      const adminToken = reader.peek();
      if (!adminToken || !reader.keyword("admin") || !reader.keyword("option")) return null;
      opt = [defElem("admin", booleanNode(true), reader.location(adminToken))];
    }
  }
  const behavior = isGrant ? "DROP_RESTRICT" : dropBehavior(reader);
  if (!reader.done || behavior === null) return null;
  void location;
  const node = { granted_roles: granted.map((priv_name) => ({ AccessPriv: { priv_name } })), grantee_roles: grantees };
  if (isGrant) node.is_grant = true;
  if (opt) node.opt = opt;
  node.behavior = behavior;
  return { type: "GrantRoleStmt", node };
}
function dropBehavior(reader) {
  if (reader.keyword("cascade")) return "DROP_CASCADE";
  reader.keyword("restrict");
  return "DROP_RESTRICT";
}
function statement(reader) {
  const first = reader.peek();
  if (!first) return null;
  if (reader.keyword("create")) {
    if (reader.keyword("database")) return createDatabase(reader);
    const kind = reader.keyword("role") ? "ROLESTMT_ROLE" : reader.keyword("user") ? "ROLESTMT_USER" : reader.keyword("group") ? "ROLESTMT_GROUP" : null;
    if (!kind) return null;
    const role = newRoleName(reader);
    if (role === null) return null;
    const options = roleOptions(reader, true);
    if (!options) return null;
    const node = { stmt_type: kind, role };
    if (options.length > 0) node.options = options;
    return { type: "CreateRoleStmt", node };
  }
  if (reader.keyword("alter")) {
    if (reader.keyword("database")) {
      const name = reader.name();
      if (!name || !reader.keyword("owner") || !reader.keyword("to")) return null;
      const owner = roleSpec(reader);
      if (!owner || !reader.done) return null;
      return { type: "AlterOwnerStmt", node: { objectType: "OBJECT_DATABASE", object: stringNode(name.text), newowner: owner } };
    }
    if (!reader.keyword("role") && !reader.keyword("user")) return null;
    const role = roleSpec(reader);
    if (!role || role.roletype !== "ROLESPEC_CSTRING") return null;
    const options = roleOptions(reader, false);
    if (!options) return null;
    const node = { role };
    if (options.length > 0) node.options = options;
    node.action = 1;
    return { type: "AlterRoleStmt", node };
  }
  if (reader.keyword("grant")) return grant(reader, true, reader.location(first));
  if (reader.keyword("revoke")) return grant(reader, false, reader.location(first));
  return null;
}
function recognizeStatement(text, from, to, byteAt) {
  const list2 = tokenize(text, from, to);
  if (!list2) return null;
  const tokens = list2.items;
  let bodyLength = list2.length;
  for (let k = 0; k < list2.length; k++) {
    const token = tokens[k];
    if (token.kind !== "punct" || token.text !== ";") continue;
    if (k !== list2.length - 1) return null;
    bodyLength = k;
  }
  if (bodyLength === 0) return "empty";
  const parsed = statement(new Reader(tokens, bodyLength, byteAt));
  if (!parsed) return null;
  return { type: parsed.type, node: parsed.node, start: tokens[0].start, end: bodyLength < list2.length ? tokens[bodyLength].start : to };
}

// src/database/initdb/pg-parser.ts
var require3 = createRequire2(import.meta.url);
var loading = null;
var plpgsql = null;
var loadMillis = null;
function loadPgParser() {
  loading ??= (async () => {
    const started = performance.now();
    setFlagsFromString(WASM_TIERING_BUDGET_FLAG);
    const pg = require3("libpg-query");
    await pg.loadModule();
    loadMillis = performance.now() - started;
    plpgsql = pg.parsePlPgSQLSync;
    return pg.parseSync;
  })();
  return loading;
}
async function parsePlpgsql(statement2) {
  await loadPgParser();
  const tree = plpgsql(statement2);
  const fn = tree.plpgsql_funcs?.[0]?.PLpgSQL_function;
  return fn ?? null;
}
async function parseOne(sql) {
  const parse = await loadPgParser();
  try {
    const stmt = parse(sql).stmts?.[0]?.stmt;
    return stmt ?? null;
  } catch {
    return null;
  }
}
var sqlFastPath = { enabled: true, batches: 0, statements: 0, fallbackBatches: 0 };
var BATCH_STATEMENTS = 256;
async function parseStatements(text, statementEnds, options = {}) {
  const outcome = { statements: [], errors: [] };
  const cuts = [...[...statementEnds].sort((a, b) => a - b).map((end) => Math.min(text.length, end + 1)), text.length];
  let from = 0;
  for (let i = 0; i < cuts.length && from < text.length; i += BATCH_STATEMENTS) {
    const batch = cuts.slice(i, i + BATCH_STATEMENTS).filter((cut) => cut > from);
    const to = batch.at(-1) ?? from;
    if (to <= from) continue;
    const fast = options.fastPath ?? sqlFastPath.enabled ? recognizeBatch(text, from, batch) : null;
    if (fast) {
      sqlFastPath.batches++;
      sqlFastPath.statements += fast.length;
      outcome.statements.push(...fast);
      from = to;
      continue;
    }
    sqlFastPath.fallbackBatches++;
    const parse = await loadPgParser();
    const whole = parseChunk(parse, text.slice(from, to), from);
    if (!("error" in whole)) {
      outcome.statements.push(...whole.statements);
    } else {
      let start = from;
      for (const cut of batch) {
        if (cut <= start) continue;
        const chunk = text.slice(start, cut);
        if (chunk.trim() !== "") {
          const result = parseChunk(parse, chunk, start);
          if ("error" in result) outcome.errors.push(result.error);
          else outcome.statements.push(...result.statements);
        }
        start = cut;
      }
    }
    from = to;
  }
  return outcome;
}
var NON_ASCII = /[^\x00-\x7f]/;
function recognizeBatch(text, from, cuts) {
  const to = cuts.at(-1);
  const ascii = !NON_ASCII.test(text.slice(from, to));
  let toChar = null;
  let byteOf = null;
  if (!ascii) {
    const chunk = text.slice(from, to);
    toChar = byteToCharIndex(chunk);
    byteOf = charToByteIndex(chunk);
  }
  const byteAt = (index) => byteOf ? byteOf(index - from) : index - from;
  const at = (location) => from + (toChar ? toChar(location) : Math.max(0, Math.min(location, to - from)));
  const statements = [];
  let start = from;
  for (const cut of cuts) {
    if (cut <= start) continue;
    const found = recognizeStatement(text, start, cut, byteAt);
    if (found === null) return null;
    if (found !== "empty") statements.push({ type: found.type, node: found.node, start: found.start, end: found.end, at });
    start = cut;
  }
  return statements;
}
function parseChunk(parse, chunk, base) {
  let tree;
  try {
    tree = parse(chunk);
  } catch (error) {
    const details = error.sqlDetails;
    const message = error instanceof Error ? error.message : String(error);
    const at = base + codePointToCharIndex(chunk, details?.cursorPosition ?? 0);
    return { error: { message, at } };
  }
  const toChar = byteToCharIndex(chunk);
  const statements = [];
  for (const raw of tree.stmts ?? []) {
    const [type, node] = Object.entries(raw.stmt ?? {})[0] ?? ["Unknown", {}];
    const startByte = raw.stmt_location ?? 0;
    const start = base + toChar(startByte);
    const end = raw.stmt_len ? base + toChar(startByte + raw.stmt_len) : base + chunk.length;
    statements.push({ type, node, start, end, at: (location) => base + toChar(location) });
  }
  return { statements };
}

// src/database/initdb/plpgsql.ts
var KEYWORDS = {
  PLpgSQL_stmt_if: /\bIF\b/i,
  PLpgSQL_stmt_dynexecute: /\bEXECUTE\b/i,
  PLpgSQL_stmt_raise: /\bRAISE\b/i,
  PLpgSQL_stmt_loop: /\bLOOP\b/i,
  PLpgSQL_stmt_while: /\bWHILE\b/i,
  PLpgSQL_stmt_fori: /\bFOR\b/i,
  PLpgSQL_stmt_fors: /\bFOR\b/i,
  PLpgSQL_stmt_dynfors: /\bFOR\b/i,
  PLpgSQL_stmt_foreach_a: /\bFOREACH\b/i,
  PLpgSQL_stmt_case: /\bCASE\b/i,
  PLpgSQL_stmt_call: /\bCALL\b/i
};
var ERROR_LEVEL = 21;
async function readDoBody(statement2, locate, model) {
  if (/\bLANGUAGE\s+(?!'?plpgsql\b)/i.test(statement2.slice(0, 200)))
    return { body: [{ kind: "unevaluated", loc: locate(0), reason: "a DO block in a language other than PL/pgSQL" }], error: null };
  let fn;
  try {
    fn = await parsePlpgsql(statement2);
  } catch (error) {
    return { body: null, error: safeMessage(error instanceof Error ? error.message : String(error), "") };
  }
  if (!fn) return { body: null, error: null };
  const lineStarts2 = [0];
  for (let i = 0; i < statement2.length; i++) if (statement2.charCodeAt(i) === 10) lineStarts2.push(i + 1);
  const lineAt = (lineno) => lineStarts2[Math.max(0, Math.min(Number(lineno ?? 1) - 1, lineStarts2.length - 1))];
  const sqls = [];
  const convert = async (list2) => {
    const out = [];
    for (const item of list2 ?? []) {
      const [type, node] = Object.entries(item)[0] ?? ["", {}];
      const stmt = node;
      const lineStart = lineAt(stmt.lineno);
      const keyword = KEYWORDS[type];
      const found = keyword ? statement2.slice(lineStart).search(keyword) : -1;
      const at = found >= 0 ? lineStart + found : lineStart;
      const loc = locate(at);
      switch (type) {
        case "PLpgSQL_stmt_block": {
          const handlers = [];
          const exceptions = stmt.exceptions?.PLpgSQL_exception_block?.exc_list;
          for (const entry of exceptions ?? []) {
            const handler = entry.PLpgSQL_exception;
            const names = (handler.conditions ?? []).map((c) => String(c.PLpgSQL_condition?.condname ?? ""));
            handlers.push({ conditions: names, body: await convert(handler.action) });
          }
          out.push({ kind: "block", loc, body: await convert(stmt.body), handlers });
          break;
        }
        case "PLpgSQL_stmt_if": {
          const branches = [{ condition: await condition(stmt.cond), body: await convert(stmt.then_body) }];
          for (const elsif of stmt.elsif_list ?? []) {
            const branch = elsif.PLpgSQL_if_elsif;
            branches.push({ condition: await condition(branch.cond), body: await convert(branch.stmts) });
          }
          out.push({ kind: "if", loc, branches, otherwise: await convert(stmt.else_body) });
          break;
        }
        case "PLpgSQL_stmt_execsql": {
          const query = String(stmt.sqlstmt?.PLpgSQL_expr?.query ?? "");
          if (stmt.into) break;
          const found2 = statement2.indexOf(query, at);
          const entry = { at: found2 >= 0 ? found2 : at, query, steps: [] };
          sqls.push(entry);
          out.push({ kind: "sql", step: { kind: "unevaluated", loc, database: null, reason: "pending" } });
          out[out.length - 1].entry = entry;
          break;
        }
        case "PLpgSQL_stmt_dynexecute": {
          const expr = String(stmt.query?.PLpgSQL_expr?.query ?? "");
          const tree = await parseOne(`SELECT ${expr}`);
          const target = tree?.SelectStmt?.targetList?.[0]?.ResTarget;
          const text = constantText(target?.val);
          if (text === null || stmt.into || stmt.params) {
            out.push({ kind: "unevaluated", loc, reason: "EXECUTE of dynamic SQL in a DO block" });
            break;
          }
          const entry = { at, query: text, steps: [] };
          sqls.push(entry);
          out.push({ kind: "sql", step: { kind: "unevaluated", loc, database: null, reason: "pending" } });
          out[out.length - 1].entry = entry;
          out[out.length - 1].constant = true;
          break;
        }
        case "PLpgSQL_stmt_raise": {
          const level = Number(stmt.elog_level ?? ERROR_LEVEL);
          if (!stmt.condname && !stmt.message && stmt.elog_level === void 0)
            out.push({ kind: "unevaluated", loc, reason: "RAISE without arguments (re-raise) in a DO block" });
          else if (level >= ERROR_LEVEL) out.push({ kind: "raise", loc, message: String(stmt.message ?? stmt.condname ?? "exception raised") });
          break;
        }
        case "PLpgSQL_stmt_return":
          if (stmt.expr) out.push({ kind: "unevaluated", loc, reason: "RETURN with a value in a DO block" });
          else out.push({ kind: "return", loc });
          break;
        case "PLpgSQL_stmt_assign":
        case "PLpgSQL_stmt_perform":
        case "PLpgSQL_stmt_getdiag":
        case "PLpgSQL_stmt_assert":
          break;
        default:
          out.push({
            kind: "unevaluated",
            loc,
            reason: `${type.replace(/^PLpgSQL_stmt_/, "").toUpperCase()} in a DO block (loops, CASE, cursors and transaction control are not evaluated)`
          });
      }
    }
    return out;
  };
  const condition = async (expr) => {
    const text = String(expr?.PLpgSQL_expr?.query ?? "");
    const tree = await parseOne(`SELECT ${text}`);
    const target = tree?.SelectStmt?.targetList?.[0]?.ResTarget;
    return conditionOf(target?.val, text);
  };
  const action = fn.action?.PLpgSQL_stmt_block ?? {};
  const body = await convert([{ PLpgSQL_stmt_block: action }]);
  if (sqls.length > 0) {
    const parts = [];
    const starts = [];
    const ends = [];
    let length = 0;
    for (const sql of sqls) {
      starts.push(length);
      parts.push(sql.query, ";\n");
      length += sql.query.length;
      ends.push(length);
      length += 2;
    }
    const joined = parts.join("");
    const parsed = await parseStatements(joined, ends);
    const chunkOf = (index) => Math.max(0, lastAtOrBefore(starts, index));
    const toStatement = (index) => {
      const k = chunkOf(index);
      return sqls[k].at + Math.min(index - starts[k], sqls[k].query.length);
    };
    const first = parsed.errors[0];
    if (first) return { body: null, error: safeMessage(first.message, joined.slice(0, first.at)) };
    for (const raw of parsed.statements) sqls[chunkOf(raw.start)].steps.push(...await model(raw, joined, toStatement));
  }
  return { body: expand(body), error: null };
}
function expand(steps) {
  const out = [];
  for (const step of steps) {
    const entry = step.entry;
    if (entry) out.push(...entry.steps);
    else if (step.kind === "if") out.push({ ...step, branches: step.branches.map((b) => ({ ...b, body: expand(b.body) })), otherwise: expand(step.otherwise) });
    else if (step.kind === "block") out.push({ ...step, body: expand(step.body), handlers: step.handlers.map((h) => ({ ...h, body: expand(h.body) })) });
    else out.push(step);
  }
  return out;
}

// src/database/initdb/statements.ts
var VARIABLE_TEXT = /\$\{|\$[A-Za-z_]|\$\(|`/;
var ALL_PRIVILEGES2 = ["connect", "create", "temp"];
function modelStatement(raw, ctx) {
  const loc = ctx.loc(skipTrivia(ctx.text, raw.start, raw.end));
  const passwords = { raw, ctx, literalAt: null };
  const statement2 = statementOf(raw, loc, ctx.database, passwords);
  return { statement: statement2, literalPasswordAt: passwords.literalAt };
}
function passwordOf(option, reading) {
  const value = option.arg?.String;
  if (value === void 0 || typeof value.sval !== "string") return "none";
  const { raw, ctx } = reading;
  const quoteAt = passwordLiteralAt(ctx.text, raw.at(Number(option.location ?? 0)), raw.end);
  if (VARIABLE_TEXT.test(value.sval) || value.sval.includes(UNKNOWN) || quoteAt !== null && ctx.psqlVariableAt(quoteAt)) return "placeholder";
  reading.literalAt = quoteAt ?? raw.at(Number(option.location ?? 0));
  return "literal";
}
function statementOf(raw, loc, database, passwords) {
  const node = raw.node;
  switch (raw.type) {
    case "CreateRoleStmt": {
      const options = defElems(node.options);
      const isUser = node.stmt_type === "ROLESTMT_USER";
      const passwordOption = options.find((o) => o.defname === "password");
      const admins = roleListOption(options, "adminmembers");
      return {
        loc,
        database,
        kind: "create-role",
        role: String(node.role ?? ""),
        login: booleanOption(options, "canlogin") ?? isUser,
        superuser: booleanOption(options, "superuser") ?? false,
        inherit: booleanOption(options, "inherit") ?? true,
        createdb: booleanOption(options, "createdb") ?? false,
        createrole: booleanOption(options, "createrole") ?? false,
        password: passwordOption ? passwordOf(passwordOption, passwords) : "none",
        memberOf: roleListOption(options, "addroleto"),
        members: [...roleListOption(options, "rolemembers"), ...admins],
        admins
      };
    }
    case "AlterRoleStmt": {
      const options = defElems(node.options);
      const members = options.find((o) => o.defname === "rolemembers");
      if (members) {
        return {
          loc,
          database,
          kind: Number(node.action ?? 1) < 0 ? "revoke-role" : "grant-role",
          roles: [roleName(node.role)],
          grantees: roleListOption(options, "rolemembers"),
          options: {},
          optionOnly: null,
          since16: false
        };
      }
      const passwordOption = options.find((o) => o.defname === "password");
      return {
        loc,
        database,
        kind: "alter-role",
        role: roleName(node.role),
        password: passwordOption ? passwordOf(passwordOption, passwords) : null,
        login: booleanOption(options, "canlogin"),
        superuser: booleanOption(options, "superuser"),
        inherit: booleanOption(options, "inherit"),
        createdb: booleanOption(options, "createdb"),
        createrole: booleanOption(options, "createrole")
      };
    }
    case "CreatedbStmt": {
      const options = defElems(node.options);
      return {
        loc,
        database,
        kind: "create-database",
        name: String(node.dbname ?? ""),
        owner: createdbText(options, "owner"),
        template: createdbText(options, "template")
      };
    }
    case "AlterOwnerStmt":
      if (node.objectType !== "OBJECT_DATABASE")
        return otherStatement(raw.type, loc, database, { roles: [roleName(node.newowner)], dependents: [roleName(node.newowner)] });
      return { loc, database, kind: "alter-database-owner", name: stringValue(node.object) ?? "", owner: roleName(node.newowner) };
    case "GrantStmt": {
      const grantees = list(node.grantees).map((g) => roleName(g.RoleSpec ?? g));
      if (node.objtype !== "OBJECT_DATABASE" || node.targtype !== "ACL_TARGET_OBJECT") {
        const named = grantees.filter((g) => g !== "public");
        return otherStatement(raw.type, loc, database, {
          roles: named,
          dependents: node.is_grant === true && node.targtype === "ACL_TARGET_OBJECT" ? named : []
        });
      }
      const { privileges, invalid } = databasePrivileges(node.privileges);
      const isGrant = node.is_grant === true;
      return {
        loc,
        database,
        kind: isGrant ? "grant-database" : "revoke-database",
        privileges,
        invalidPrivileges: invalid,
        databases: list(node.objects).map((o) => stringValue(o) ?? ""),
        grantees,
        grantOption: isGrant && node.grant_option === true,
        grantOptionOnly: !isGrant && node.grant_option === true,
        cascade: node.behavior === "DROP_CASCADE"
      };
    }
    case "GrantRoleStmt": {
      const opts = defElems(node.opt);
      const options = {};
      for (const o of opts)
        if (o.defname === "admin" || o.defname === "inherit" || o.defname === "set") options[o.defname] = booleanOption(opts, o.defname) ?? true;
      const isGrant = node.is_grant === true;
      const optionOnly = isGrant ? null : opts[0]?.defname ?? null;
      return {
        loc,
        database,
        kind: isGrant ? "grant-role" : "revoke-role",
        roles: list(node.granted_roles).map((r) => String(r.AccessPriv?.priv_name ?? "")),
        grantees: list(node.grantee_roles).map((g) => roleName(g.RoleSpec ?? g)),
        options: isGrant ? options : {},
        optionOnly,
        since16: opts.some((o) => o.defname === "inherit" || o.defname === "set")
      };
    }
    case "CreateExtensionStmt":
      return { loc, database, kind: "create-extension", name: String(node.extname ?? "") };
    case "DropRoleStmt":
      return { loc, database, kind: "drop-role", roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), missingOk: node.missing_ok === true };
    case "DropdbStmt":
      return { loc, database, kind: "drop-database", name: String(node.dbname ?? ""), missingOk: node.missing_ok === true };
    case "RenameStmt":
      if (node.renameType === "OBJECT_DATABASE")
        return { loc, database, kind: "rename-database", from: String(node.subname ?? ""), to: String(node.newname ?? "") };
      if (node.renameType === "OBJECT_ROLE") return { loc, database, kind: "rename-role", from: String(node.subname ?? ""), to: String(node.newname ?? "") };
      break;
    case "ReassignOwnedStmt":
      return { loc, database, kind: "reassign-owned", roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), newOwner: roleName(node.newrole) };
    case "DropOwnedStmt":
      return { loc, database, kind: "drop-owned", roles: list(node.roles).map((r) => roleName(r.RoleSpec ?? r)), newOwner: null };
    case "VariableSetStmt": {
      const name = String(node.name ?? "");
      if (name !== "role" && name !== "session_authorization") break;
      const value = node.kind === "VAR_SET_VALUE" ? stringValue((list(node.args)[0] ?? {}).A_Const?.sval) : null;
      const role = value === null || name === "role" && value === "none" ? null : value;
      if (node.kind === "VAR_RESET_ALL") break;
      return { loc, database, kind: name === "role" ? "set-role" : "set-session-authorization", role, local: node.is_local === true };
    }
    case "TransactionStmt": {
      const kinds = {
        TRANS_STMT_BEGIN: "begin",
        TRANS_STMT_START: "begin",
        TRANS_STMT_COMMIT: "commit",
        TRANS_STMT_ROLLBACK: "rollback",
        TRANS_STMT_SAVEPOINT: "savepoint",
        TRANS_STMT_RELEASE: "release",
        TRANS_STMT_ROLLBACK_TO: "rollback-to",
        TRANS_STMT_PREPARE: "prepare",
        TRANS_STMT_COMMIT_PREPARED: "prepare",
        TRANS_STMT_ROLLBACK_PREPARED: "prepare"
      };
      const action = kinds[String(node.kind)];
      if (!action) break;
      return { loc, database, kind: "transaction", action, savepoint: typeof node.savepoint_name === "string" ? node.savepoint_name : null };
    }
    case "AlterRoleSetStmt":
      return otherStatement(raw.type, loc, database, { roles: node.role ? [roleName(node.role)] : [] });
    case "AlterDatabaseSetStmt":
    case "AlterDatabaseStmt":
      return otherStatement(raw.type, loc, database, { databases: [String(node.dbname ?? "")] });
    case "CommentStmt":
      if (node.objtype === "OBJECT_DATABASE") return otherStatement(raw.type, loc, database, { databases: [stringValue(node.object) ?? ""] });
      if (node.objtype === "OBJECT_ROLE") return otherStatement(raw.type, loc, database, { roles: [stringValue(node.object) ?? ""] });
      break;
    case "CreateSchemaStmt":
      if (node.authrole) return otherStatement(raw.type, loc, database, { roles: [roleName(node.authrole)], dependents: [roleName(node.authrole)] });
      break;
    case "AlterDefaultPrivilegesStmt": {
      const forRoles = roleListOption(defElems(node.options), "roles");
      const action = node.action ?? {};
      const grantees = list(action.grantees).map((g) => roleName(g.RoleSpec ?? g)).filter((g) => g !== "public");
      return otherStatement(raw.type, loc, database, { roles: [...forRoles, ...grantees], dependents: [...forRoles, ...grantees] });
    }
  }
  return otherStatement(raw.type, loc, database, {});
}
function otherStatement(type, loc, database, refs) {
  const statement2 = { loc, database, kind: "other", node: type };
  if (refs.roles?.length) statement2.roles = refs.roles;
  if (refs.databases?.length) statement2.databases = refs.databases;
  if (refs.dependents?.length) statement2.dependents = refs.dependents;
  return statement2;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function defElems(options) {
  return list(options).map((o) => o.DefElem ?? {});
}
function createdbText(options, name) {
  const arg = options.find((o) => o.defname === name)?.arg;
  if (!arg) return null;
  const role = arg.RoleSpec;
  return role ? roleName(role) : stringValue(arg);
}
function booleanOption(options, name) {
  const option = options.find((o) => o.defname === name);
  if (!option) return null;
  const arg = option.arg;
  const value = arg?.Boolean?.boolval;
  return value === true;
}
function roleListOption(options, name) {
  const arg = options.find((o) => o.defname === name)?.arg;
  return list(arg?.List?.items).map((item) => roleName(item.RoleSpec ?? item));
}
function roleName(spec) {
  const role = spec ?? {};
  switch (role.roletype) {
    case "ROLESPEC_PUBLIC":
      return "public";
    case "ROLESPEC_CURRENT_USER":
      return "current_user";
    case "ROLESPEC_CURRENT_ROLE":
      return "current_role";
    case "ROLESPEC_SESSION_USER":
      return "session_user";
    default:
      return String(role.rolename ?? "");
  }
}
function stringValue(node) {
  if (!node) return null;
  const inner = node.String ?? node;
  return typeof inner.sval === "string" ? inner.sval : null;
}
function databasePrivileges(privileges) {
  const names = list(privileges).map((p) => String(p.AccessPriv?.priv_name ?? "").toLowerCase());
  if (names.length === 0 || names.includes("all")) return { privileges: [...ALL_PRIVILEGES2], invalid: [] };
  const out = /* @__PURE__ */ new Set();
  const invalid = [];
  for (const name of names) {
    if (name === "connect") out.add("connect");
    else if (name === "create") out.add("create");
    else if (name === "temp" || name === "temporary") out.add("temp");
    else invalid.push(name);
  }
  return { privileges: [...out], invalid };
}
function skipTrivia(text, from, to = text.length) {
  let i = from;
  while (i < to) {
    if (/\s/.test(text[i])) i++;
    else if (text.startsWith("--", i)) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? to : nl + 1;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? to : close + 2;
    } else return i;
  }
  return Math.min(from, text.length);
}
function passwordLiteralAt(text, keywordAt, end) {
  let at = keywordAt;
  for (let words = 0; words < 2; words++) {
    const word = /^[A-Za-z]+/.exec(text.slice(at, at + 16))?.[0];
    if (!word || /^E$/i.test(word)) break;
    at = skipTrivia(text, at + word.length, end);
  }
  if (text[at] === "'") return at;
  if ((text[at] === "E" || text[at] === "e") && text[at + 1] === "'") return at;
  return null;
}

// src/database/initdb/sql.ts
function emptyScript(kind, file) {
  return { kind, file, statements: [], placeholders: [], literalPasswords: [], metaCommands: [], psqlVariables: [], errors: [], runs: [], unevaluated: [] };
}
function withEntrypointDefaults(env) {
  if (env.has("POSTGRES_USER") && env.has("POSTGRES_DB")) return env;
  const out = new Map(env);
  if (!out.has("POSTGRES_USER")) out.set("POSTGRES_USER", "postgres");
  if (!out.has("POSTGRES_DB")) out.set("POSTGRES_DB", out.get("POSTGRES_USER") ?? "postgres");
  return out;
}
function imagePsqlVariables(env, user, database) {
  const superuser = env.has("POSTGRES_USER") ? env.get("POSTGRES_USER") : "postgres";
  const defaultDb = env.has("POSTGRES_DB") ? env.get("POSTGRES_DB") : superuser;
  return [
    ["ON_ERROR_STOP", "1"],
    ["USER", user ?? superuser],
    ["DBNAME", database ?? defaultDb]
  ];
}
async function parseInitSql(abs, text, origin = "sql", given = /* @__PURE__ */ new Map()) {
  const script = emptyScript(origin, abs);
  const env = withEntrypointDefaults(given);
  const source = sqlFileSource(abs, text.replace(/^\uFEFF/, " "));
  const steps = await readSqlInto(script, source, newPsqlState(env, imagePsqlVariables(env, null, null)));
  script.runs.push({
    loc: { file: abs, line: 1, column: 1 },
    user: null,
    database: null,
    onErrorStop: true,
    mode: "script",
    singleTransaction: false,
    steps,
    uncertain: null,
    errexit: true,
    last: true
  });
  return script;
}
async function readSqlInto(script, source, psql, options = {}) {
  let prepared;
  try {
    prepared = preparePsql(source, psql);
  } catch (error) {
    const loc = source.lines.loc(source.origin.at(0));
    script.errors.push({ message: `could not read SQL: ${oneLine(error)}`, loc });
    return [{ kind: "syntax-error", loc, database: source.database, message: `could not read SQL: ${oneLine(error)}` }];
  }
  const locOf = (at) => source.lines.loc(prepared.origin.at(at));
  const byOffset = (offset) => source.lines.loc(offset);
  if (!options.nested) {
    script.metaCommands.push(...prepared.metaCommands.map((m) => ({ name: m.name, loc: byOffset(m.offset) })));
    script.psqlVariables.push(...prepared.psqlVariables.map((v) => ({ name: v.name, loc: byOffset(v.offset) })));
    script.placeholders.push(...prepared.placeholders.map((p) => ({ name: p.name, loc: byOffset(p.offset) })));
  }
  const databaseAt = connectedDatabase(prepared.connects, source.database);
  const psqlVariableAt = (at) => variableAt(prepared, at);
  const positioned = new PositionedSteps();
  for (const event of prepared.events) {
    const loc = byOffset(event.offset);
    const database = databaseAt(event.at);
    if (event.kind === "connect") positioned.add(event.at, { kind: "connect", loc, database, target: event.database, user: event.user });
    else if (event.kind === "unevaluated") positioned.add(event.at, { kind: "unevaluated", loc, database, reason: event.reason });
    else if (event.kind === "on-error-stop") positioned.add(event.at, { kind: "on-error-stop", loc, database, value: event.value });
    else positioned.add(event.at, { kind: "quit", loc, database });
  }
  if (prepared.hasSql) {
    let parsed;
    try {
      parsed = await parseStatements(prepared.text, prepared.statementEnds);
    } catch (error) {
      script.errors.push({ message: `could not load the PostgreSQL parser: ${oneLine(error)}`, loc: locOf(0) });
      return [];
    }
    for (const error of parsed.errors) {
      let message = safeMessage(error.message, prepared.text.slice(0, error.at));
      if (prepared.pidExpansions.some((p) => p <= error.at && error.at - p < 400)) {
        message += " (the shell replaced '$$' with its process id: write \\$\\$ in an unquoted here-document, or quote it: <<'EOSQL')";
      }
      const loc = locOf(error.at);
      if (!options.nested) script.errors.push({ message, loc });
      positioned.add(error.at, { kind: "syntax-error", loc, database: databaseAt(error.at), message });
    }
    for (const raw of parsed.statements) {
      const terminator = terminatorOf(prepared, raw);
      if (terminator !== null && prepared.describeEnds.has(terminator)) continue;
      const ctx = { text: prepared.text, loc: locOf, database: databaseAt(raw.start), psqlVariableAt };
      let step;
      if (terminator !== null && prepared.gexecEnds.has(terminator)) step = await readGexec(script, raw, ctx, prepared, source);
      else if (raw.type === "DoStmt") step = await readDo(script, raw, ctx, prepared);
      else step = record(script, raw, ctx);
      positioned.add(raw.start, step);
    }
  }
  return positioned.inTextOrder();
}
var PositionedSteps = class {
  ats = [];
  steps = [];
  ordered = true;
  add(at, step) {
    if (this.ats.length > 0 && at < this.ats[this.ats.length - 1]) this.ordered = false;
    this.ats.push(at);
    this.steps.push(step);
  }
  inTextOrder() {
    if (this.ordered) return this.steps;
    const order = this.steps.map((_, k) => k).sort((a, b) => this.ats[a] - this.ats[b]);
    return order.map((k) => this.steps[k]);
  }
};
function connectedDatabase(connects, initial) {
  const starts = connects.map((c) => c.at);
  const databases = [];
  let database = initial;
  for (const connect of connects) {
    if (connect.database !== "-") database = connect.database;
    databases.push(database);
  }
  return (at) => {
    const index = lastAtOrBefore(starts, at);
    return index < 0 ? initial : databases[index];
  };
}
function variableAt(prepared, at) {
  return prepared.psqlVariables.some((v) => v.at === at);
}
function record(script, raw, ctx) {
  const { statement: statement2, literalPasswordAt } = modelStatement(raw, ctx);
  script.statements.push(statement2);
  if (literalPasswordAt !== null && "role" in statement2 && typeof statement2.role === "string")
    script.literalPasswords.push({ role: statement2.role, loc: ctx.loc(literalPasswordAt) });
  return guard(statement2);
}
function guard(statement2) {
  if (statement2.kind === "gexec" || statement2.kind === "do") return statement2;
  if (!fieldsHoldUnknown(statement2, "loc")) return statement2;
  const names = JSON.stringify({ ...statement2, loc: null });
  if (!names.includes(UNKNOWN)) return statement2;
  const variable = /\uE000(:[A-Za-z_][A-Za-z0-9_]*|\$\{?[A-Za-z_0-9@*#?$!-]+\}?)/.exec(names)?.[1];
  const what = variable?.startsWith(":") ? `the psql variable ${variable}` : variable ? `the shell expansion ${variable}` : "a variable";
  return {
    kind: "unevaluated",
    loc: statement2.loc,
    database: statement2.database,
    reason: `a name comes from ${what}, whose value svclint cannot know`,
    statement: statement2
  };
}
function holdsUnknown(value) {
  if (typeof value === "string") return value.includes(UNKNOWN);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(holdsUnknown);
  if (Object.getPrototypeOf(value) !== Object.prototype) return JSON.stringify(value).includes(UNKNOWN);
  return fieldsHoldUnknown(value, null);
}
function fieldsHoldUnknown(object, skip) {
  for (const key in object) {
    if (key === skip) continue;
    if (key.includes(UNKNOWN) || holdsUnknown(object[key])) return true;
  }
  return false;
}
function terminatorOf(prepared, raw) {
  const ends = prepared.statementEnds;
  const index = firstAtOrAfter(ends, raw.end - 1);
  return index < 0 ? null : ends[index];
}
async function readGexec(script, raw, ctx, prepared, source) {
  const loc = ctx.loc(raw.start);
  const base = { loc, database: ctx.database };
  const node = raw.node;
  const unevaluated = (reason) => ({ kind: "unevaluated", ...base, reason });
  if (raw.type !== "SelectStmt") return unevaluated("\\gexec runs the output of a statement svclint cannot evaluate");
  if (node.fromClause?.length || node.groupClause || node.havingClause || node.op && node.op !== "SETOP_NONE" || node.limitCount) {
    return unevaluated("\\gexec runs SQL built from query results (rows svclint cannot know)");
  }
  const whereText = prepared.text.slice(raw.start, raw.end);
  const condition = conditionOf(node.whereClause, whereText.replace(/^[\s\S]*?\bWHERE\b/i, "").trim());
  const cells = [];
  const statement2 = { kind: "gexec", ...base, condition, cells };
  script.statements.push(statement2);
  for (const target of node.targetList ?? []) {
    const sql = constantText(target.ResTarget?.val);
    if (sql === null) return unevaluated("\\gexec runs SQL built by an expression svclint cannot evaluate (use --initdb-exec)");
    if (sql.trim() === "") continue;
    const offset = prepared.origin.at(raw.at(Number(target.ResTarget?.location ?? 0)));
    const origin = OffsetMap.constant(offset, sql.length + 1);
    cells.push(
      await readSqlInto(script, { lines: source.lines, text: sql, origin, expansions: [], database: ctx.database }, newPsqlState(/* @__PURE__ */ new Map()), { nested: true })
    );
  }
  return statement2;
}
async function readDo(script, raw, ctx, prepared) {
  const statementText = prepared.text.slice(raw.start, raw.end);
  const locate = (index) => ctx.loc(raw.start + index);
  const statement2 = { kind: "do", loc: ctx.loc(raw.start), database: ctx.database, body: null, error: null };
  script.statements.push(statement2);
  const { body, error } = await readDoBody(statementText, locate, async (inner, text, at) => {
    const innerCtx = { text, loc: (i) => locate(at(i)), database: ctx.database, psqlVariableAt: () => false };
    const { statement: statement3, literalPasswordAt } = modelStatement(inner, innerCtx);
    script.statements.push(statement3);
    if (literalPasswordAt !== null && "role" in statement3 && typeof statement3.role === "string")
      script.literalPasswords.push({ role: statement3.role, loc: innerCtx.loc(literalPasswordAt) });
    return [{ kind: "sql", step: guard(statement3) }];
  });
  return Object.assign(statement2, { body, error });
}

// src/database/initdb/shell.ts
var require4 = createRequire3(import.meta.url);
var loading2 = null;
function loadShell() {
  loading2 ??= (async () => {
    const { syntax } = require4("mvdan-sh");
    const probe = syntax.NewParser().Parse("a <<x\nx\na <<-x\nx\na <<<x\na | a\n", "probe.sh");
    const ops = [];
    let pipe = -1;
    syntax.Walk(probe, (node) => {
      if (node && syntax.NodeType(node) === "Redirect") ops.push(Number(node.Op));
      if (node && syntax.NodeType(node) === "BinaryCmd") pipe = Number(node.Op);
      return true;
    });
    return { syntax, ops: { hdoc: ops[0], dashHdoc: ops[1], hereString: ops[2], pipe } };
  })();
  return loading2;
}
async function shellComments(abs, text) {
  try {
    const { syntax } = await loadShell();
    const file = syntax.NewParser(syntax.KeepComments(true), syntax.Variant(syntax.LangBash)).Parse(text, abs);
    const lines = new LineIndex(abs, Buffer.from(text, "utf8"));
    const out = [];
    syntax.Walk(file, (node) => {
      if (node && syntax.NodeType(node) === "Comment") {
        const comment = node;
        const loc = lines.loc(comment.Hash.Offset());
        out.push({ line: loc.line, column: loc.column, body: String(comment.Text).trim() });
      }
      return true;
    });
    return out;
  } catch {
    return null;
  }
}
var SHORT_WITH_VALUE = new Set("cdfUhpvoLTFRP".split(""));
var LONG_WITH_VALUE = /* @__PURE__ */ new Set([
  "command",
  "dbname",
  "file",
  "username",
  "host",
  "port",
  "set",
  "variable",
  "output",
  "log-file",
  "table-attr",
  "field-separator",
  "record-separator",
  "pset"
]);
var PSQL_COMMANDS = /* @__PURE__ */ new Set(["psql", "docker_process_sql"]);
var SHELL_PID = "4242";
async function parseInitShell(abs, text, options = {}) {
  const script = emptyScript("sh", abs);
  const env = withEntrypointDefaults(options.env ?? /* @__PURE__ */ new Map());
  let shell;
  try {
    shell = await loadShell();
  } catch (error) {
    script.errors.push({ message: `could not load the shell parser: ${oneLine(error)}`, loc: new LineIndex(abs, Buffer.from(text, "utf8")).loc(0) });
    return script;
  }
  let source = text;
  let file = null;
  for (let attempt = 0; attempt < 8 && !file; attempt++) {
    try {
      file = shell.syntax.NewParser(shell.syntax.KeepComments(false), shell.syntax.Variant(shell.syntax.LangBash)).Parse(source, abs);
    } catch (error) {
      const problem = error;
      const unclosed = /^unclosed here-document '(.*)'$/.exec(problem.Text ?? "");
      if (unclosed && attempt < 7) {
        source += `${source.endsWith("\n") ? "" : "\n"}${unclosed[1].replace(/^['"]|['"]$/g, "")}
`;
        continue;
      }
      const offset = typeof problem.Pos?.Offset === "function" ? problem.Pos.Offset() : 0;
      script.errors.push({ message: `shell syntax error: ${problem.Text ?? oneLine(error)}`, loc: new LineIndex(abs, Buffer.from(text, "utf8")).loc(offset) });
      return script;
    }
  }
  const bytes = Buffer.from(source, "utf8");
  const lines = new LineIndex(abs, bytes);
  const reader = new ShellReader(shell, bytes, lines, env, options.executable === true);
  let calls;
  try {
    calls = reader.topLevel(file, firstLine(text));
  } catch (error) {
    script.errors.push({ message: `could not read the shell script: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  script.unevaluated.push(...reader.unevaluated);
  for (const run of calls) {
    const { call } = run;
    const state = newPsqlState(env, call.variables);
    const steps = [];
    const commands = [];
    for (const sql of run.sources) {
      if (onlyExpansions(sql)) {
        const unevaluated = {
          kind: "unevaluated",
          loc: lines.loc(sql.origin.at(0)),
          database: call.database,
          reason: "SQL in a shell variable, which svclint cannot read"
        };
        steps.push(unevaluated);
        commands.push([unevaluated]);
        continue;
      }
      if (sql.text.includes("svclint-")) {
        for (const comment of sqlComments(sql.text)) {
          const loc2 = sql.lines.loc(sql.origin.at(comment.offset));
          (script.sqlComments ??= []).push({ line: loc2.line, column: loc2.column, body: comment.body });
        }
      }
      const read = await readSqlInto(script, sql, state);
      steps.push(...read);
      commands.push(read);
    }
    const loc = lines.loc(run.stmt.Pos().Offset());
    const psqlRun = {
      loc,
      user: call.user,
      database: call.database,
      onErrorStop: call.onErrorStop,
      mode: call.commands.length > 0 ? "command" : "script",
      singleTransaction: call.singleTransaction,
      steps,
      uncertain: run.uncertain ?? call.uncertain,
      errexit: run.errexit,
      last: run.last
    };
    if (psqlRun.mode === "command") psqlRun.commands = commands;
    if (call.missingCommand) psqlRun.missingCommand = true;
    if (call.unreachable) psqlRun.unreachable = call.unreachable;
    script.runs.push(psqlRun);
  }
  return script;
}
function firstLine(text) {
  const end = text.indexOf("\n");
  return end < 0 ? text : text.slice(0, end);
}
function onlyExpansions(source) {
  let rest = source.text;
  for (const span of [...source.expansions].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return source.expansions.length > 0 && rest.trim() === "";
}
var OTHER_SQL_COMMANDS = /* @__PURE__ */ new Set([
  "createdb",
  "createuser",
  "dropdb",
  "dropuser",
  "pg_restore",
  "pg_dump",
  "pg_dumpall",
  "eval",
  "su",
  "gosu",
  "runuser",
  "sudo",
  "sh",
  "bash"
]);
var COMPOUND_REASONS = {
  IfClause: "inside an if",
  WhileClause: "inside a loop",
  ForClause: "inside a loop",
  CaseClause: "inside a case",
  FuncDecl: "inside a shell function",
  BinaryCmd: "in a && / || list",
  CmdSubst: "inside a command substitution",
  ProcSubst: "inside a process substitution"
};
var ShellReader = class {
  constructor(shell, bytes, lines, env, executable) {
    this.shell = shell;
    this.bytes = bytes;
    this.lines = lines;
    this.env = env;
    this.executable = executable;
    this.t = (node) => shell.syntax.NodeType(node);
  }
  shell;
  bytes;
  lines;
  env;
  executable;
  t;
  unevaluated = [];
  /** The psql processes of a script, in order, with the shell state each runs in. */
  topLevel(file, shebang) {
    const runs = [];
    let errexit = !this.executable || /^#!\S*(?:\s+\S+)*\s+-\w*e/.test(shebang);
    const stmts = file.Stmts ?? [];
    const visit = (list2, topIndexLast) => {
      list2.forEach((stmt, index) => {
        const last = topIndexLast && index === list2.length - 1;
        const cmd = stmt.Cmd;
        const type = cmd ? this.t(cmd) : "";
        if (type === "CallExpr") {
          const flag = this.errexitChange(stmt);
          if (flag !== null) errexit = flag;
        }
        if (type === "Block" || type === "Subshell") {
          visit(cmd.Stmts ?? [], last);
          return;
        }
        const pipe = type === "BinaryCmd" && Number(cmd.Op) === this.shell.ops.pipe;
        if (type === "CallExpr" || pipe) {
          const own = this.callOf(stmt);
          if (own) runs.push({ ...own, uncertain: null, errexit, last });
          else this.noteOtherSql(stmt);
          this.nested(stmt, own?.stmt ?? null, COMPOUND_REASONS.CmdSubst, runs, errexit);
          return;
        }
        this.nested(stmt, null, COMPOUND_REASONS[type] ?? "inside a compound command", runs, errexit);
      });
    };
    visit(stmts, true);
    return runs;
  }
  /** psql calls anywhere inside `node` (except `skip`), all uncertain for `reason`. */
  nested(node, skip, reason, runs, errexit) {
    const same = (a, b) => b !== null && this.t(a) === this.t(b) && a.Pos().Offset() === b.Pos().Offset() && a.End().Offset() === b.End().Offset();
    this.shell.syntax.Walk(node, (child) => {
      if (!child || same(child, node)) return true;
      if (same(child, skip)) return false;
      const type = this.t(child);
      if (type === "Stmt" || type === "BinaryCmd" && Number(child.Op) === this.shell.ops.pipe) {
        const own = this.callOf(child);
        if (own) {
          runs.push({ ...own, uncertain: reason, errexit: false, last: false });
          return type !== "BinaryCmd";
        }
        if (type === "Stmt") this.noteOtherSql(child);
      }
      return true;
    });
    void errexit;
  }
  /** `set -e`, `set +e`, `set -o errexit`, `set -euo pipefail`: the new errexit, or null. */
  errexitChange(stmt) {
    const args = this.args(stmt).map((w) => this.literal(w) ?? "");
    if (args[0] !== "set") return null;
    let value = null;
    for (let i = 1; i < args.length; i++) {
      const arg = args[i];
      if (/^[-+]o$/.test(arg) && args[i + 1] === "errexit") value = arg === "-o";
      else if (/^[-+][a-zA-Z]*e/.test(arg)) value = arg.startsWith("-");
    }
    return value;
  }
  /** createdb, createuser, eval, su -c ...: SQL svclint does not read. */
  noteOtherSql(stmt) {
    const name = this.args(stmt)[0];
    const text = name ? this.literal(name)?.split("/").pop() : null;
    if (text && OTHER_SQL_COMMANDS.has(text)) {
      const words = this.args(stmt).map((w) => this.literal(w) ?? "");
      if (["su", "gosu", "runuser", "sudo", "sh", "bash", "eval"].includes(text) && !words.some((w) => /\b(psql|createdb|createuser|dropdb|dropuser)\b/.test(w)))
        return;
      this.unevaluated.push({ loc: this.lines.loc(stmt.Pos().Offset()), reason: `'${text}' runs SQL svclint does not read` });
    }
  }
  /** The psql call of a statement or pipe, with its SQL sources. */
  callOf(node) {
    const type = this.t(node);
    if (type === "BinaryCmd" && Number(node.Op) === this.shell.ops.pipe) {
      const right = node.Y;
      const call2 = this.psqlCall(right);
      if (!call2) return null;
      return { stmt: node, sources: this.pipeSources(node, call2), call: call2 };
    }
    if (type !== "Stmt") return null;
    const cmd = node.Cmd;
    if (cmd && this.t(cmd) === "BinaryCmd" && Number(cmd.Op) === this.shell.ops.pipe) return this.callOf(cmd);
    const call = this.psqlCall(node);
    if (!call) return null;
    if (call.commands.length > 0)
      return { stmt: node, sources: call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0)), call };
    return { stmt: node, sources: this.redirectSources(node, call.database), call };
  }
  /** `echo "SQL" | psql`, `cat <<EOF | psql`. */
  pipeSources(node, call) {
    const right = node.Y;
    const left = node.X;
    if (call.commands.length > 0) return call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0));
    const own = this.redirectSources(right, call.database);
    if (own.length > 0) return own;
    const args = this.args(left);
    const name = args[0] ? this.literal(args[0]) : null;
    if (name === "cat") return this.redirectSources(left, call.database);
    if (name === "echo" || name === "printf") {
      const words = args.slice(1).filter((word) => !/^-[neE]+$/.test(this.literal(word) ?? ""));
      return words.map((word) => this.wordSource(word, call.database, 0));
    }
    call.uncertain ??= "psql reads SQL from a command svclint does not evaluate";
    return [];
  }
  args(stmt) {
    const cmd = stmt.Cmd;
    if (!cmd || this.t(cmd) !== "CallExpr") return [];
    return cmd.Args ?? [];
  }
  psqlCall(stmt) {
    const args = this.args(stmt);
    const index = args.findIndex((word) => this.isPsql(word));
    if (index < 0) return null;
    const head = this.literal(args[index]);
    const helper = head === "docker_process_sql" || head === null;
    const call = {
      commands: [],
      commandPrefix: /* @__PURE__ */ new Map(),
      user: helper ? null : this.env.get("PGUSER") ?? "postgres",
      database: null,
      variables: [],
      onErrorStop: helper,
      singleTransaction: false,
      // docker_process_sql and the psql array exist only in the entrypoint's shell.
      missingCommand: helper && this.executable,
      uncertain: null
    };
    if (helper) call.variables.push(["ON_ERROR_STOP", "1"]);
    const positional = [];
    let database = null;
    let databasePrefix = 0;
    for (let i = index + 1; i < args.length; i++) {
      const word = args[i];
      const literal = this.literal(word);
      const lead = literal ?? this.leadingLit(word);
      if (lead === null || !lead.startsWith("-") || lead === "-") {
        positional.push(word);
        continue;
      }
      const whole = literal !== null;
      let option;
      let prefix;
      if (lead.startsWith("--")) {
        const eq = lead.indexOf("=");
        option = eq < 0 ? lead.slice(2) : lead.slice(2, eq);
        prefix = eq >= 0 ? eq + 1 : whole ? null : lead.length;
        if (option === "single-transaction") call.singleTransaction = true;
        if (!LONG_WITH_VALUE.has(option)) continue;
      } else {
        const flags = lead.slice(1);
        if (flags.includes("1") && [...flags].every((f) => !SHORT_WITH_VALUE.has(f) || flags.indexOf(f) > flags.indexOf("1"))) call.singleTransaction = true;
        const at = [...flags].findIndex((flag) => SHORT_WITH_VALUE.has(flag));
        if (at < 0) continue;
        option = flags[at];
        prefix = at + 2 < lead.length || !whole ? at + 2 : null;
      }
      let value = word;
      let valuePrefix = 0;
      if (prefix === null) value = args[++i] ?? null;
      else {
        valuePrefix = Buffer.byteLength(lead.slice(0, prefix));
        call.commandPrefix.set(word, valuePrefix);
      }
      if (!value) continue;
      if (option === "c" || option === "command") call.commands.push(value);
      else if (option === "d" || option === "dbname") {
        database = value;
        databasePrefix = valuePrefix;
      } else if (option === "U" || option === "username") {
        const user = this.resolve(value, valuePrefix, "POSTGRES_USER");
        if (user === void 0) call.uncertain = "psql logs in as a user svclint cannot know";
        else call.user = user;
      } else if (option === "v" || option === "set" || option === "variable") {
        const text = this.literal(value)?.slice(valuePrefix) ?? null;
        const eq = text?.indexOf("=") ?? -1;
        if (text !== null && eq > 0) call.variables.push([text.slice(0, eq), text.slice(eq + 1)]);
        else {
          const raw = this.bytes.toString("utf8", value.Pos().Offset() + valuePrefix, value.End().Offset());
          const name = /^["']?([A-Za-z_][A-Za-z0-9_]*)=/.exec(raw)?.[1];
          if (name) call.variables.push([name, null]);
        }
      } else if (option === "h" || option === "host") {
        const host = this.literal(value)?.slice(valuePrefix) ?? null;
        if (host === null) call.uncertain ??= "psql connects to a host svclint cannot know";
        else if (!host.startsWith("/") && host !== "") {
          call.unreachable = `connection to server at "${host}" failed: the image runs init scripts on a server that listens on its Unix socket only (no TCP): drop -h`;
        }
      } else if (option === "f" || option === "file") {
        call.uncertain = "psql -f runs a file svclint does not follow";
      }
    }
    for (const [name, value] of call.variables) if (name === "ON_ERROR_STOP") call.onErrorStop = value !== null && /^(1|on|true|yes|t|y)$/i.test(value);
    const dbWord = database ?? positional[0] ?? null;
    if (dbWord) {
      const db = this.resolve(dbWord, database ? databasePrefix : 0, "POSTGRES_DB");
      if (db === void 0) call.uncertain ??= "psql connects to a database svclint cannot know";
      else call.database = db;
    } else if (!helper) {
      const user = call.user;
      call.database = user === null ? this.env.get("POSTGRES_USER") ?? "postgres" : this.env.get("PGDATABASE") ?? user;
    }
    if (!helper && call.user !== null && call.user === this.env.get("POSTGRES_USER")) call.user = null;
    if (!helper && call.database !== null && call.database === this.env.get("POSTGRES_DB")) call.database = null;
    return call;
  }
  /**
   * A word's value: a literal, `$POSTGRES_USER`/`$POSTGRES_DB` (null: the entrypoint's), a known
   * environment value; undefined when it cannot be known.
   */
  resolve(word, prefixBytes, entrypointVariable) {
    const literal = this.literal(word);
    if (literal !== null) return literal.slice(prefixBytes) || null;
    const parts = this.flatParts(word);
    if (parts.length === 1 && this.t(parts[0]) === "ParamExp") {
      const name = String(parts[0].Param?.Value ?? "");
      if (name === entrypointVariable) return null;
      const value = this.env.get(name);
      return value ?? void 0;
    }
    return void 0;
  }
  isPsql(word) {
    const text = this.literal(word);
    if (text !== null) return PSQL_COMMANDS.has(text.split("/").pop());
    const parts = this.flatParts(word);
    return parts.length === 1 && this.t(parts[0]) === "ParamExp" && /^psql$/i.test(String(parts[0].Param?.Value ?? ""));
  }
  /** Text of a word's first part when it is an unquoted literal (`-c` in `-c"SQL"`). */
  leadingLit(word) {
    const first = (word.Parts ?? [])[0];
    return first && this.t(first) === "Lit" ? String(first.Value) : null;
  }
  /** Parts of a word, with one level of double quotes opened. */
  flatParts(word) {
    const parts = word.Parts ?? [];
    return parts.flatMap((part) => this.t(part) === "DblQuoted" ? part.Parts ?? [] : [part]);
  }
  /** The word's value when it has no expansions, else null. */
  literal(word) {
    let out = "";
    for (const part of word.Parts ?? []) {
      const type = this.t(part);
      if (type === "Lit") out += String(part.Value).replace(/\\(.)/gs, "$1");
      else if (type === "SglQuoted") out += String(part.Value);
      else if (type === "DblQuoted") {
        for (const inner of part.Parts ?? []) {
          if (this.t(inner) !== "Lit") return null;
          out += String(inner.Value).replace(/\\([$`"\\\n])/g, "$1");
        }
      } else return null;
    }
    return out;
  }
  /** Here-documents and here-strings on a statement. */
  redirectSources(stmt, database) {
    const sources = [];
    for (const redirect of stmt.Redirs ?? []) {
      const op = Number(redirect.Op);
      if (op === this.shell.ops.hereString) sources.push(this.wordSource(redirect.Word, database, 0));
      else if ((op === this.shell.ops.hdoc || op === this.shell.ops.dashHdoc) && redirect.Hdoc) {
        sources.push(this.heredocSource(redirect, op === this.shell.ops.dashHdoc, database));
      }
    }
    return sources;
  }
  heredocSource(redirect, stripTabs, database) {
    const body = redirect.Hdoc;
    const delimiterWord = redirect.Word;
    const delimiter = this.literal(delimiterWord) ?? "";
    const quoted = (delimiterWord.Parts ?? []).some((p) => this.t(p) !== "Lit" || String(p.Value).includes("\\"));
    const start = body.Pos().Offset();
    let end = body.End().Offset();
    const lastLineStart = this.bytes.lastIndexOf(10, end - 1) + 1;
    const lastLine = this.bytes.toString("utf8", Math.max(start, lastLineStart), end).replace(/\n$/, "");
    if (lastLineStart >= start && (stripTabs ? lastLine.replace(/^\t+/, "") : lastLine) === delimiter) end = lastLineStart;
    const expansions = quoted ? [] : this.expansionParts(body);
    const builder = new SourceBuilder(this.bytes);
    this.appendRange(builder, start, end, { mode: quoted ? "verbatim" : "heredoc", stripTabs, expansions });
    return builder.build(this.lines, database, end);
  }
  /** A word (a `-c` argument, an echo argument, a here-string) as SQL, after `prefixBytes` of option text. */
  wordSource(word, database, prefixBytes) {
    const builder = new SourceBuilder(this.bytes);
    const wordStart = word.Pos().Offset() + prefixBytes;
    for (const part of word.Parts ?? []) {
      const start = Math.max(part.Pos().Offset(), wordStart);
      const end = part.End().Offset();
      if (end <= start) continue;
      const type = this.t(part);
      if (type === "Lit") this.appendRange(builder, start, end, { mode: "unquoted", stripTabs: false, expansions: [] });
      else if (type === "SglQuoted")
        this.appendRange(builder, Math.max(start, part.Pos().Offset() + (part.Dollar ? 2 : 1)), end - 1, {
          mode: "verbatim",
          stripTabs: false,
          expansions: []
        });
      else if (type === "DblQuoted") {
        const open = part.Pos().Offset() + (part.Dollar ? 2 : 1);
        this.appendRange(builder, Math.max(start, open), end - 1, { mode: "double", stripTabs: false, expansions: this.expansionParts(part) });
      } else builder.appendAt(this.bytes.toString("utf8", start, end), start, true, this.knownValue(part));
    }
    return builder.build(this.lines, database, word.End().Offset());
  }
  /** Byte ranges of the expansions ($VAR, ${VAR}, $(cmd), `cmd`, $((n))) among a node's parts. */
  expansionParts(node) {
    return (node.Parts ?? []).filter((part) => this.t(part) !== "Lit").map((part) => ({ start: part.Pos().Offset(), end: part.End().Offset(), known: this.knownValue(part) }));
  }
  /** `$$`, and `$NAME` / `${NAME}` with a known value (POSTGRES_USER, POSTGRES_DB, a compose value that is no secret). */
  knownValue(part) {
    if (this.t(part) !== "ParamExp") return { value: null };
    const name = String(part.Param?.Value ?? "");
    if (name === "$") return { value: SHELL_PID, pid: true };
    const plain = !part.Exp && !part.Repl && !part.Slice && !part.Index && !part.Length && !part.Excl && !part.Width;
    return { value: plain ? this.env.get(name) ?? null : null };
  }
  /**
   * Copies file bytes [start, end) as the shell would pass them on: `<<-` strips leading tabs,
   * backslash escapes are removed where the shell removes them, expansions become marked spans.
   */
  appendRange(builder, start, end, how) {
    const expansionAt = new Map(how.expansions.map((span) => [span.start, span]));
    const escapable = how.mode === "heredoc" ? "$`\\\n" : how.mode === "double" ? '$`"\\\n' : null;
    let runStart = start;
    let lineStart = true;
    let i = start;
    const flush = (to) => builder.appendBytes(runStart, to);
    while (i < end) {
      if (how.stripTabs && lineStart) {
        flush(i);
        while (i < end && this.bytes[i] === 9) i++;
        runStart = i;
      }
      lineStart = false;
      const span = expansionAt.get(i);
      if (span !== void 0) {
        flush(i);
        builder.appendAt(this.bytes.toString("utf8", i, span.end), i, true, span.known);
        i = runStart = span.end;
        continue;
      }
      const byte = this.bytes[i];
      if (byte === 92 && how.mode !== "verbatim" && i + 1 < end) {
        const next = String.fromCharCode(this.bytes[i + 1]);
        if (how.mode === "unquoted" || escapable.includes(next)) {
          flush(i);
          const width = next === "\n" ? 1 : utf8Width(this.bytes[i + 1]);
          if (next !== "\n") builder.appendBytes(i + 1, i + 1 + width);
          i += 1 + width;
          runStart = i;
          continue;
        }
      }
      if (byte === 10) lineStart = true;
      i++;
    }
    flush(end);
  }
};
function utf8Width(lead) {
  return lead >= 240 ? 4 : lead >= 224 ? 3 : lead >= 192 ? 2 : 1;
}

// src/database/initdb/read.ts
var require5 = createRequire4(import.meta.url);
function initScriptFormat(abs) {
  const name = path2.basename(abs);
  if (name.endsWith(".sh")) return "sh";
  if (name.endsWith(".sql")) return "sql";
  if (name.endsWith(".sql.gz")) return "sql.gz";
  if (name.endsWith(".sql.xz")) return "sql.xz";
  if (name.endsWith(".sql.zst")) return "sql.zst";
  return null;
}
async function readInitScript(abs, options = {}) {
  const format2 = initScriptFormat(abs);
  if (format2 === null) return { kind: "ignored", file: abs };
  let bytes;
  let executable;
  try {
    bytes = options.files ? options.files.read(abs) : readFileSync2(abs);
    executable = (statSync2(abs).mode & 73) !== 0;
  } catch (error) {
    return failed(format2, abs, `cannot read the init script: ${describeFsError(error)}`);
  }
  if (format2 === "sh") return parseInitShell(abs, bytes.toString("utf8"), { env: options.env, executable });
  if (format2 === "sql") return parseInitSql(abs, bytes.toString("utf8"), "sql", options.env);
  const gunzipped = format2 === "sql.gz" && options.files ? options.files.gunzip(abs) : null;
  const text = gunzipped ? "text" in gunzipped ? gunzipped.text : { error: gunzipped.error.replace(/^cannot decompress: /, "") } : decompress(format2, bytes);
  if (text === null) {
    return {
      kind: "unsupported",
      file: abs,
      format: format2,
      reason: `the image runs .${format2} init scripts, but svclint found no '${format2 === "sql.xz" ? "xz" : "zstd"}' to decompress it`
    };
  }
  if (typeof text !== "string") return failed(format2, abs, `cannot decompress the init script: ${text.error}`);
  const script = await parseInitSql(abs, text, "sql", options.env);
  script.kind = format2;
  return script;
}
function decompress(format2, bytes) {
  if (format2 === "sql.gz") {
    try {
      return gunzipSync2(bytes).toString("utf8");
    } catch (error) {
      return { error: oneLine(error) };
    }
  }
  const tool = format2 === "sql.xz" ? "xz" : "zstd";
  const { spawnSync } = require5("node:child_process");
  const result = spawnSync(tool, ["-dc"], { input: bytes, maxBuffer: 512 * 1024 * 1024 });
  if (result.error) return null;
  if (result.status !== 0) return { error: `${tool}: ${result.stderr.toString("utf8").split("\n")[0]}` };
  return result.stdout.toString("utf8");
}
function failed(format2, abs, message) {
  const script = emptyScript(format2, abs);
  script.errors.push({ message, loc: { file: abs, line: 1, column: 1 } });
  return script;
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return oneLine(error);
}

// src/database/initdb/evaluate.ts
var LATEST_MAJOR = 18;
var Stop = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
};
var fail = (message, condition, loc) => ({ message, condition, loc });
function evaluateInit(files, options) {
  return new Evaluator(options).run(files);
}
var Evaluator = class {
  constructor(options) {
    this.options = options;
    this.superuser = options.superuser;
    this.defaultDatabase = options.defaultDatabase ?? options.superuser;
    this.version = options.version ?? LATEST_MAJOR;
    this.catalog = Catalog.initdb(this.version, this.superuser);
    this.outcome = { catalog: this.catalog, stop: null, lost: [], unevaluated: [] };
  }
  options;
  catalog;
  superuser;
  defaultDatabase;
  version;
  outcome;
  unevaluatedSeen = /* @__PURE__ */ new Set();
  run(files) {
    if (!this.catalog.databases.has(this.defaultDatabase)) {
      this.catalog.databases.set(this.defaultDatabase, newDatabase(this.defaultDatabase, this.superuser, this.options.defaultDatabaseLoc ?? null));
    }
    for (const script of files) {
      if (script.kind === "ignored") continue;
      if (script.kind === "unsupported") {
        this.note({ file: script.file, line: 1, column: 1 }, `${script.reason}; what it does is not known (run with --initdb-exec)`);
        continue;
      }
      for (const item of script.unevaluated) this.note(item.loc, item.reason);
      if (script.runs.length === 0 && script.errors.length > 0 && script.kind === "sh") {
        const error = script.errors[0];
        this.outcome.stop = { loc: error.loc, message: error.message };
        break;
      }
      if (this.runScript(script.kind === "sh", script.runs)) break;
    }
    this.outcome.catalog = this.catalog;
    return this.outcome;
  }
  /** Runs one file's psql processes; true when the entrypoint stops. */
  runScript(shell, runs) {
    for (const run of runs) {
      if (run.uncertain) this.note(run.loc, `a psql call ${run.uncertain}: whether and how often it runs is not known`);
      const error = this.runPsql(run);
      if (!error) continue;
      const stops = !shell || !run.uncertain && (run.errexit || run.last);
      if (stops) {
        this.outcome.stop = { loc: error.loc, message: error.message };
        return true;
      }
    }
    return false;
  }
  /** One psql process; the error that makes it exit non-zero, if any. */
  runPsql(run) {
    if (run.unreachable) return fail(run.unreachable, "connection_failure", run.loc);
    if (run.missingCommand)
      return fail(
        "docker_process_sql and the psql array exist only in a sourced script: this executable script cannot call them (the command is not found)",
        "undefined_function",
        run.loc
      );
    const session = {
      login: run.user ?? this.superuser,
      sessionUser: run.user ?? this.superuser,
      currentRole: run.user ?? this.superuser,
      database: run.database ?? this.defaultDatabase,
      connected: false,
      tx: null,
      onErrorStop: run.onErrorStop,
      inFunction: false,
      inImplicitBlock: false
    };
    const refused = this.loginError(session.login, session.database);
    if (refused) return fail(`connection failed: ${refused}`, "connection_failure", run.loc);
    session.connected = true;
    let status = null;
    try {
      if (run.mode === "command") {
        for (const command of run.commands ?? [run.steps]) {
          const error = this.runQueryString(command, session);
          status = error;
          if (error && session.onErrorStop) return error;
        }
        return status;
      }
      if (run.singleTransaction) this.begin(session, run.loc);
      for (const step of run.steps) {
        const error = this.step(step, session);
        if (error) {
          if (session.tx) session.tx.aborted = true;
          if (session.onErrorStop) {
            this.endSession(session, false);
            return error;
          }
        }
      }
      if (run.singleTransaction && session.tx) this.commit(session);
    } catch (signal) {
      if (!(signal instanceof Stop)) throw signal;
    }
    this.endSession(session, true);
    return null;
  }
  /** psql closes the connection: an open transaction is rolled back. */
  endSession(session, report) {
    if (session.tx) {
      if (report && !session.tx.aborted)
        this.outcome.lost.push({
          loc: session.tx.loc,
          message: "this transaction is never committed: when psql ends, the server rolls back everything since BEGIN"
        });
      this.rollbackTo(session, session.tx.snapshot, session.tx.session);
      session.tx = null;
    }
  }
  /** One `-c` string (or `\gexec` cell): several statements are one implicit transaction. */
  runQueryString(steps, session) {
    const syntax = steps.find((s) => s.kind === "syntax-error");
    if (syntax && session.connected) return this.step(syntax, session);
    const statements = steps.filter((s) => s.kind !== "on-error-stop");
    const implicit = statements.length > 1 && !session.tx && !statements.some((s) => s.kind === "transaction");
    if (!implicit) {
      for (const step of steps) {
        const error = this.step(step, session);
        if (error) {
          if (session.tx) session.tx.aborted = true;
          return error;
        }
      }
      return null;
    }
    const snapshot = this.catalog.clone();
    const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
    session.inImplicitBlock = true;
    try {
      for (const step of steps) {
        const error = this.step(step, session);
        if (error) {
          this.rollbackTo(session, snapshot, roles);
          return error;
        }
      }
    } finally {
      session.inImplicitBlock = false;
    }
    return null;
  }
  note(loc, reason) {
    const key = `${loc.file}:${loc.line}:${loc.column}:${reason}`;
    if (this.unevaluatedSeen.has(key)) return;
    this.unevaluatedSeen.add(key);
    this.outcome.unevaluated.push({ loc, reason });
  }
  // ------------------------------------------------------------------ steps
  step(step, session) {
    switch (step.kind) {
      case "syntax-error":
        return fail(step.message, "syntax_error", step.loc);
      case "unevaluated":
        this.note(step.loc, step.reason);
        return null;
      case "on-error-stop":
        if (step.value === null) this.note(step.loc, "ON_ERROR_STOP is set from a value svclint cannot know");
        else session.onErrorStop = step.value;
        return null;
      case "quit":
        throw new Stop("quit");
      case "connect":
        return this.connect(step, session);
    }
    if (!session.connected) return fail("you are currently not connected to a database", "connection_does_not_exist", step.loc);
    const tx = session.tx;
    if (tx?.aborted && !(step.kind === "transaction" && (step.action === "rollback" || step.action === "commit" || step.action === "rollback-to"))) {
      return fail("current transaction is aborted, commands ignored until end of transaction block", "in_failed_sql_transaction", step.loc);
    }
    return this.statement(step, session);
  }
  connect(step, session) {
    const database = step.target ?? session.database;
    const user = step.user ?? session.login;
    this.endSession(session, true);
    const refused = this.loginError(user, database);
    if (refused) {
      session.connected = false;
      return fail(`\\connect: connection failed: ${refused}`, "connection_failure", step.loc);
    }
    Object.assign(session, { login: user, sessionUser: user, currentRole: user, database, connected: true, tx: null });
    return null;
  }
  /** Why the server refuses a login, or null. */
  loginError(user, database) {
    const db = this.catalog.databases.get(database);
    if (!db) return `database "${database}" does not exist`;
    const role = this.catalog.roles.get(user);
    if (!role) return `role "${user}" does not exist`;
    if (!role.login) return `role "${user}" is not permitted to log in`;
    if (!db.allowConnections) return `database "${database}" is not currently accepting connections`;
    if (!this.catalog.privilegesOn(user, database).has("connect")) return `permission denied for database "${database}"`;
    return null;
  }
  statement(statement2, session) {
    const loc = statement2.loc;
    const cur = session.currentRole;
    const superuser = this.catalog.isSuperuser(cur);
    const unchecked = () => {
      this.note(loc, `'${cur}' is not a superuser here: svclint does not check what it may do for this statement`);
      return null;
    };
    switch (statement2.kind) {
      case "transaction":
        return this.transaction(statement2, session);
      case "set-role":
        return this.setRole(statement2.role, statement2.local, session, loc);
      case "set-session-authorization": {
        if (!this.catalog.isSuperuser(session.login)) return fail("permission denied to set session authorization", "insufficient_privilege", loc);
        const role = statement2.role === null ? session.login : this.roleName(statement2.role, session);
        if (!this.catalog.roles.has(role)) return fail(`role "${role}" does not exist`, "undefined_object", loc);
        session.sessionUser = role;
        session.currentRole = role;
        return null;
      }
      case "create-role":
        if (!superuser) return unchecked();
        return this.createRole(statement2, session);
      case "alter-role": {
        const name = this.roleName(statement2.role, session);
        const role = this.catalog.roles.get(name);
        if (!role) return fail(`role "${name}" does not exist`, "undefined_object", loc);
        if (!superuser) return unchecked();
        if (statement2.superuser !== null && name === this.superuser && !statement2.superuser)
          return fail("permission denied to alter role: the bootstrap superuser must stay a superuser", "insufficient_privilege", loc);
        if (statement2.login !== null) {
          role.login = statement2.login;
          role.loginAt = loc;
        }
        if (statement2.superuser !== null) {
          role.superuser = statement2.superuser;
          role.superuserAt = statement2.superuser ? loc : null;
        }
        if (statement2.inherit !== null) role.inherit = statement2.inherit;
        if (statement2.createdb !== null) role.createdb = statement2.createdb;
        if (statement2.createrole !== null) role.createrole = statement2.createrole;
        return null;
      }
      case "create-database":
        return this.createDatabase(statement2, session);
      case "alter-database-owner":
        return this.alterOwner(statement2.name, this.roleName(statement2.owner, session), session, loc);
      case "grant-database":
      case "revoke-database":
        return this.grantDatabase(statement2, session);
      case "grant-role":
      case "revoke-role":
        if (statement2.since16 && this.version < 16)
          return fail(
            `syntax error at or near "${statement2.options.inherit !== void 0 || statement2.optionOnly === "inherit" ? "INHERIT" : "SET"}" (WITH INHERIT / SET options need PostgreSQL 16)`,
            "syntax_error",
            loc
          );
        if (!superuser) return unchecked();
        return this.grantRole(statement2, session);
      case "create-extension": {
        const db = this.catalog.databases.get(session.database);
        if (db && !db.extensions.some((e) => e.name === statement2.name)) db.extensions.push({ name: statement2.name, loc });
        return null;
      }
      case "drop-role":
        if (!superuser) return unchecked();
        return this.dropRole(
          statement2.roles.map((r) => this.roleName(r, session)),
          statement2.missingOk,
          session,
          loc
        );
      case "drop-database":
        return this.dropDatabase(statement2.name, statement2.missingOk, session, loc);
      case "rename-database":
        return this.renameDatabase(statement2.from, statement2.to, session, loc);
      case "rename-role":
        if (!superuser) return unchecked();
        return this.renameRole(this.roleName(statement2.from, session), statement2.to, session, loc);
      case "reassign-owned":
      case "drop-owned":
        if (!superuser) return unchecked();
        return this.owned(
          statement2.kind,
          statement2.roles.map((r) => this.roleName(r, session)),
          statement2.newOwner ? this.roleName(statement2.newOwner, session) : null,
          loc
        );
      case "connect":
        return this.connect(statement2, session);
      case "gexec":
        return this.gexec(statement2, session);
      case "do":
        return this.doBlock(statement2, session);
      case "other": {
        for (const role of statement2.roles ?? []) {
          const name = this.roleName(role, session);
          if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, "undefined_object", loc);
        }
        for (const database of statement2.databases ?? []) {
          if (!this.catalog.databases.has(database)) return fail(`database "${database}" does not exist`, "invalid_catalog_name", loc);
        }
        for (const role of statement2.dependents ?? []) {
          const state = this.catalog.roles.get(this.roleName(role, session));
          if (state) state.otherDependencies = true;
        }
        if (cur !== this.superuser && /^(Create|Alter|Define|Comment|Index|View|Rule|Composite)/.test(statement2.node)) {
          const state = this.catalog.roles.get(cur);
          if (state) state.otherDependencies = true;
        }
        return null;
      }
    }
  }
  /** CURRENT_USER, SESSION_USER, CURRENT_ROLE as the role they name. */
  roleName(name, session) {
    if (name === "current_user" || name === "current_role") return session.currentRole;
    if (name === "session_user") return session.sessionUser;
    return name;
  }
  // ------------------------------------------------------------------ transactions
  begin(session, loc) {
    session.tx = {
      snapshot: this.catalog.clone(),
      session: { sessionUser: session.sessionUser, currentRole: session.currentRole },
      savepoints: [],
      aborted: false,
      localRestore: null,
      loc
    };
  }
  commit(session) {
    const tx = session.tx;
    if (tx.aborted) this.rollbackTo(session, tx.snapshot, tx.session);
    else if (tx.localRestore) Object.assign(session, tx.localRestore);
    session.tx = null;
  }
  rollbackTo(session, snapshot, roles) {
    this.catalog = snapshot;
    session.sessionUser = roles.sessionUser;
    session.currentRole = roles.currentRole;
  }
  transaction(statement2, session) {
    const loc = statement2.loc;
    const tx = session.tx;
    switch (statement2.action) {
      case "begin":
        if (session.inFunction) return fail("BEGIN is not allowed in a DO block", "invalid_transaction_termination", loc);
        if (!tx) this.begin(session, loc);
        return null;
      case "commit":
        if (tx) this.commit(session);
        return null;
      case "rollback":
        if (tx) {
          this.rollbackTo(session, tx.snapshot, tx.session);
          session.tx = null;
        }
        return null;
      case "savepoint":
        if (!tx) return fail("SAVEPOINT can only be used in transaction blocks", "no_active_sql_transaction", loc);
        tx.savepoints.push({
          name: statement2.savepoint ?? "",
          snapshot: this.catalog.clone(),
          session: { sessionUser: session.sessionUser, currentRole: session.currentRole }
        });
        return null;
      case "release":
      case "rollback-to": {
        if (!tx)
          return fail(
            `${statement2.action === "release" ? "RELEASE SAVEPOINT" : "ROLLBACK TO SAVEPOINT"} can only be used in transaction blocks`,
            "no_active_sql_transaction",
            loc
          );
        const index = tx.savepoints.map((s) => s.name).lastIndexOf(statement2.savepoint ?? "");
        if (index < 0) return fail(`savepoint "${statement2.savepoint}" does not exist`, "invalid_savepoint_specification", loc);
        const savepoint = tx.savepoints[index];
        if (statement2.action === "release") tx.savepoints.splice(index);
        else {
          tx.savepoints.splice(index + 1);
          this.rollbackTo(session, savepoint.snapshot.clone(), savepoint.session);
          tx.aborted = false;
        }
        return null;
      }
      case "prepare":
        this.note(loc, "prepared transactions are not evaluated");
        return null;
    }
  }
  setRole(role, local, session, loc) {
    const target = role === null ? session.sessionUser : this.roleName(role, session);
    if (role !== null) {
      if (!this.catalog.roles.has(target)) return fail(`role "${target}" does not exist`, "undefined_object", loc);
      if (!this.catalog.canSetRole(session.sessionUser, target)) return fail(`permission denied to set role "${target}"`, "insufficient_privilege", loc);
    }
    if (local) {
      if (!session.tx) return null;
      session.tx.localRestore ??= { sessionUser: session.sessionUser, currentRole: session.currentRole };
    }
    session.currentRole = target;
    return null;
  }
  // ------------------------------------------------------------------ roles
  createRole(statement2, session) {
    const loc = statement2.loc;
    const name = statement2.role;
    if (/^pg_/.test(name)) return fail(`role name "${name}" is reserved`, "reserved_name", loc);
    if (this.catalog.roles.has(name)) return fail(`role "${name}" already exists`, "duplicate_object", loc);
    const parents = statement2.memberOf.map((r) => this.roleName(r, session));
    const members = statement2.members.map((r) => this.roleName(r, session));
    for (const other of [...parents, ...members]) {
      if (other === name || !this.catalog.roles.has(other)) return fail(`role "${other}" does not exist`, "undefined_object", loc);
    }
    const role = newRole(name, loc);
    Object.assign(role, {
      login: statement2.login,
      superuser: statement2.superuser,
      inherit: statement2.inherit,
      createdb: statement2.createdb,
      createrole: statement2.createrole
    });
    if (statement2.superuser) role.superuserAt = loc;
    if (statement2.login) role.loginAt = loc;
    this.catalog.roles.set(name, role);
    for (const parent of parents) role.memberOf.set(parent, this.newMembership(role.inherit, false, loc));
    const admins = new Set(statement2.admins.map((r) => this.roleName(r, session)));
    for (const member of members) {
      const state = this.catalog.roles.get(member);
      state.memberOf.set(name, this.newMembership(state.inherit, admins.has(member), loc));
    }
    return null;
  }
  newMembership(memberInherits, admin, loc, options = {}) {
    return { admin, inherit: options.inherit ?? (this.version >= 16 ? memberInherits : true), set: options.set ?? true, loc };
  }
  grantRole(statement2, session) {
    const loc = statement2.loc;
    const roles = statement2.roles.map((r) => this.roleName(r, session));
    const members = statement2.grantees.map((r) => this.roleName(r, session));
    for (const name of [...roles, ...members]) {
      if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, "undefined_object", loc);
    }
    if (statement2.kind === "revoke-role") {
      for (const role of roles) {
        for (const member of members) {
          const state = this.catalog.roles.get(member);
          const membership = state.memberOf.get(role);
          if (!membership) continue;
          if (statement2.optionOnly === null) state.memberOf.delete(role);
          else membership[statement2.optionOnly] = false;
        }
      }
      return null;
    }
    for (const role of roles) {
      for (const member of members) {
        if (this.catalog.memberRoles(role).has(member)) return fail(`role "${role}" is a member of role "${member}"`, "invalid_grant_operation", loc);
      }
    }
    for (const role of roles) {
      for (const member of members) {
        const state = this.catalog.roles.get(member);
        const existing = state.memberOf.get(role);
        if (!existing) {
          state.memberOf.set(role, this.newMembership(state.inherit, statement2.options.admin === true, loc, statement2.options));
          continue;
        }
        if (statement2.options.admin === true && !existing.admin) existing.admin = true;
        if (this.version >= 16) {
          if (statement2.options.inherit !== void 0) existing.inherit = statement2.options.inherit;
          if (statement2.options.set !== void 0) existing.set = statement2.options.set;
        }
      }
    }
    return null;
  }
  dropRole(names, missingOk, session, loc) {
    const dropping = [];
    for (const name of names) {
      const role = this.catalog.roles.get(name);
      if (!role) {
        if (missingOk) continue;
        return fail(`role "${name}" does not exist`, "undefined_object", loc);
      }
      if (name === session.sessionUser) return fail("session user cannot be dropped", "object_in_use", loc);
      if (name === session.currentRole) return fail("current user cannot be dropped", "object_in_use", loc);
      if (role.builtin) return fail(`cannot drop role ${name} because it is required by the database system`, "dependent_objects_still_exist", loc);
      dropping.push(name);
    }
    for (const name of dropping) {
      const role = this.catalog.roles.get(name);
      const dependent = role.otherDependencies || [...this.catalog.databases.values()].some((db) => db.owner === name || (db.acl ?? []).some((i) => i.grantee === name || i.grantor === name));
      if (dependent) return fail(`role "${name}" cannot be dropped because some objects depend on it`, "dependent_objects_still_exist", loc);
    }
    for (const name of dropping) {
      this.catalog.roles.delete(name);
      for (const other of this.catalog.roles.values()) other.memberOf.delete(name);
    }
    return null;
  }
  renameRole(from, to, session, loc) {
    const role = this.catalog.roles.get(from);
    if (!role) return fail(`role "${from}" does not exist`, "undefined_object", loc);
    if (from === session.sessionUser) return fail("session user cannot be renamed", "feature_not_supported", loc);
    if (from === session.currentRole) return fail("current user cannot be renamed", "feature_not_supported", loc);
    if (role.builtin && from !== this.superuser) return fail(`role name "${from}" is reserved`, "reserved_name", loc);
    if (/^pg_/.test(to)) return fail(`role name "${to}" is reserved`, "reserved_name", loc);
    if (this.catalog.roles.has(to)) return fail(`role "${to}" already exists`, "duplicate_object", loc);
    renameRoleEverywhere(this.catalog, from, to);
    return null;
  }
  owned(kind, roles, newOwner, loc) {
    for (const name of [...roles, ...newOwner ? [newOwner] : []]) {
      if (!this.catalog.roles.has(name)) return fail(`role "${name}" does not exist`, "undefined_object", loc);
    }
    if (roles.includes(this.superuser)) {
      return fail(
        `cannot ${kind === "reassign-owned" ? "reassign ownership of" : "drop"} objects owned by role ${this.superuser} because they are required by the database system`,
        "dependent_objects_still_exist",
        loc
      );
    }
    for (const db of this.catalog.databases.values()) {
      if (kind === "reassign-owned") {
        if (roles.includes(db.owner) && newOwner && db.owner !== newOwner) {
          aclNewOwner(db, db.owner, newOwner);
          db.owner = newOwner;
          db.ownerAt = loc;
        }
      } else if (db.acl) {
        for (const role of roles) {
          if (db.owner === role) continue;
          for (const item of [...db.acl].filter((i) => i.grantee === role)) aclRevoke(db, role, item.grantor, ALL_PRIVILEGES, false, true);
        }
      }
    }
    if (kind === "drop-owned") for (const role of roles) this.catalog.roles.get(role).otherDependencies = false;
    return null;
  }
  // ------------------------------------------------------------------ databases
  blockError(what, session, loc) {
    if (session.inFunction) return fail(`${what} cannot be executed from a function`, "active_sql_transaction", loc);
    if (session.tx || session.inImplicitBlock) return fail(`${what} cannot run inside a transaction block`, "active_sql_transaction", loc);
    return null;
  }
  createDatabase(statement2, session) {
    const loc = statement2.loc;
    const blocked = this.blockError("CREATE DATABASE", session, loc);
    if (blocked) return blocked;
    const cur = session.currentRole;
    const creator = this.catalog.roles.get(cur);
    const superuser = this.catalog.isSuperuser(cur);
    if (!superuser && !creator?.createdb) return fail("permission denied to create database", "insufficient_privilege", loc);
    const owner = statement2.owner === null ? cur : this.roleName(statement2.owner, session);
    if (!this.catalog.roles.has(owner)) return fail(`role "${owner}" does not exist`, "undefined_object", loc);
    if (!superuser && !this.catalog.canSetRole(cur, owner)) {
      return fail(this.version >= 16 ? `must be able to SET ROLE "${owner}"` : `must be member of role "${owner}"`, "insufficient_privilege", loc);
    }
    const template = statement2.template ?? "template1";
    const source = this.catalog.databases.get(template);
    if (!source) return fail(`template database "${template}" does not exist`, "undefined_database", loc);
    if (!superuser && !["template0", "template1"].includes(template) && !this.catalog.privilegeRoles(cur).includes(source.owner)) {
      return fail(`permission denied to copy database "${template}"`, "insufficient_privilege", loc);
    }
    if (this.catalog.databases.has(statement2.name)) return fail(`database "${statement2.name}" already exists`, "duplicate_database", loc);
    this.catalog.databases.set(statement2.name, newDatabase(statement2.name, owner, loc));
    return null;
  }
  mustOwn(db, session, loc) {
    const cur = session.currentRole;
    if (this.catalog.isSuperuser(cur) || this.catalog.privilegeRoles(cur).includes(db.owner)) return null;
    return fail(`must be owner of database ${db.name}`, "insufficient_privilege", loc);
  }
  alterOwner(name, owner, session, loc) {
    const db = this.catalog.databases.get(name);
    if (!db) return fail(`database "${name}" does not exist`, "invalid_catalog_name", loc);
    if (!this.catalog.roles.has(owner)) return fail(`role "${owner}" does not exist`, "undefined_object", loc);
    if (db.owner === owner) return null;
    const cur = session.currentRole;
    if (!this.catalog.isSuperuser(cur)) {
      const notOwner = this.mustOwn(db, session, loc);
      if (notOwner) return notOwner;
      if (!this.catalog.canSetRole(cur, owner))
        return fail(this.version >= 16 ? `must be able to SET ROLE "${owner}"` : `must be member of role "${owner}"`, "insufficient_privilege", loc);
      if (!this.catalog.roles.get(cur)?.createdb) return fail("permission denied to change owner of database", "insufficient_privilege", loc);
    }
    aclNewOwner(db, db.owner, owner);
    db.owner = owner;
    db.ownerAt = loc;
    return null;
  }
  dropDatabase(name, missingOk, session, loc) {
    const blocked = this.blockError("DROP DATABASE", session, loc);
    if (blocked) return blocked;
    const db = this.catalog.databases.get(name);
    if (!db) return missingOk ? null : fail(`database "${name}" does not exist`, "invalid_catalog_name", loc);
    const notOwner = this.mustOwn(db, session, loc);
    if (notOwner) return notOwner;
    if (name === "template0" || name === "template1") return fail("cannot drop a template database", "wrong_object_type", loc);
    if (name === session.database) return fail("cannot drop the currently open database", "object_in_use", loc);
    this.catalog.databases.delete(name);
    return null;
  }
  renameDatabase(from, to, session, loc) {
    const db = this.catalog.databases.get(from);
    if (!db) return fail(`database "${from}" does not exist`, "invalid_catalog_name", loc);
    if (this.catalog.databases.has(to)) return fail(`database "${to}" already exists`, "duplicate_database", loc);
    if (from === session.database) return fail("current database cannot be renamed", "feature_not_supported", loc);
    if (!this.catalog.isSuperuser(session.currentRole)) {
      const notOwner = this.mustOwn(db, session, loc);
      if (notOwner) return notOwner;
      if (!this.catalog.roles.get(session.currentRole)?.createdb) return fail("permission denied to rename database", "insufficient_privilege", loc);
    }
    this.catalog.databases.delete(from);
    db.name = to;
    this.catalog.databases.set(to, db);
    return null;
  }
  grantDatabase(statement2, session) {
    const loc = statement2.loc;
    const isGrant = statement2.kind === "grant-database";
    if (statement2.invalidPrivileges.length > 0)
      return fail(`invalid privilege type ${statement2.invalidPrivileges[0].toUpperCase()} for database`, "invalid_grant_operation", loc);
    const databases = [];
    for (const name of statement2.databases) {
      const db = this.catalog.databases.get(name);
      if (!db) return fail(`database "${name}" does not exist`, "invalid_catalog_name", loc);
      databases.push(db);
    }
    const grantees = statement2.grantees.map((g) => g === PUBLIC ? PUBLIC : this.roleName(g, session));
    for (const grantee of grantees) {
      if (grantee !== PUBLIC && !this.catalog.roles.has(grantee)) return fail(`role "${grantee}" does not exist`, "undefined_object", loc);
    }
    if (isGrant && statement2.grantOption && grantees.includes(PUBLIC))
      return fail("grant options can only be granted to roles", "invalid_grant_operation", loc);
    const inPlace = databases.length === 1 && grantees.length === 1;
    const updated = inPlace ? null : /* @__PURE__ */ new Map();
    for (const db of databases) {
      const aclBefore = db.acl;
      const target = inPlace ? db : { ...db, acl: db.acl ? db.acl.map((i) => ({ ...i, privileges: new Set(i.privileges), grantOptions: new Set(i.grantOptions) })) : null };
      const grantor = this.bestGrantor(target, session.currentRole, statement2.privileges);
      if (grantor.error) return fail(grantor.error, "insufficient_privilege", loc);
      if (grantor.privileges.length === 0) continue;
      for (const grantee of grantees) {
        if (isGrant) {
          if (statement2.grantOption && grantee === grantor.role && grantor.role !== target.owner)
            return fail("grant options cannot be granted back to your own grantor", "invalid_grant_operation", loc);
          aclGrant(target, grantee, grantor.role, grantor.privileges, statement2.grantOption, loc);
        } else {
          const error = aclRevoke(target, grantee, grantor.role, grantor.privileges, statement2.grantOptionOnly, statement2.cascade);
          if (error) {
            if (inPlace) db.acl = aclBefore;
            return fail(error, "dependent_privileges_exist", loc);
          }
        }
        if (grantee === PUBLIC && grantor.privileges.includes("connect") && !statement2.grantOptionOnly) target.publicChangedAt = loc;
      }
      updated?.set(db, target);
    }
    if (updated) for (const [db, copy] of updated) Object.assign(db, { acl: copy.acl, publicChangedAt: copy.publicChangedAt });
    return null;
  }
  /**
   * select_best_grantor: the owner when the current role has the owner's privileges (superusers
   * too); else the role among those it has privileges of that holds the most grant options.
   */
  bestGrantor(db, cur, wanted) {
    if (this.catalog.isSuperuser(cur)) return { role: db.owner, privileges: wanted };
    const roles = this.catalog.privilegeRoles(cur);
    if (roles.includes(db.owner)) return { role: db.owner, privileges: wanted };
    let best = null;
    for (const role of roles) {
      const options = /* @__PURE__ */ new Set();
      for (const item of this.catalog.effectiveAcl(db)) if (item.grantee === role) for (const p of item.grantOptions) options.add(p);
      const usable = wanted.filter((p) => options.has(p));
      if (!best || usable.length > best.options.length) best = { role, options: usable };
    }
    if (best && best.options.length > 0) return { role: best.role, privileges: best.options };
    if (this.catalog.privilegesOn(cur, db.name).size > 0) return { role: cur, privileges: [] };
    return { role: cur, privileges: [], error: `permission denied for database ${db.name}` };
  }
  // ------------------------------------------------------------------ psql \gexec and DO
  condition(condition, loc) {
    switch (condition.kind) {
      case "const":
        return condition.value;
      case "not":
        return !this.condition(condition.arg, loc);
      case "and":
        return condition.args.every((c) => this.condition(c, loc));
      case "or":
        return condition.args.some((c) => this.condition(c, loc));
      case "exists":
        return condition.catalog === "role" ? this.catalog.roles.has(condition.name) : this.catalog.databases.has(condition.name);
      case "unknown":
        this.note(loc, `a condition svclint cannot evaluate (${condition.text.replace(/\s+/g, " ").slice(0, 80)}); svclint assumes it holds`);
        return true;
    }
  }
  gexec(statement2, session) {
    if (!this.condition(statement2.condition, statement2.loc)) return null;
    for (const cell of statement2.cells) {
      const error = this.runQueryString(cell, session);
      if (error) return error;
    }
    return null;
  }
  doBlock(statement2, session) {
    if (statement2.error) return fail(statement2.error, "syntax_error", statement2.loc);
    if (!statement2.body) {
      this.note(statement2.loc, "a DO block svclint cannot read");
      return null;
    }
    const snapshot = this.catalog.clone();
    const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
    const wasInFunction = session.inFunction;
    session.inFunction = true;
    try {
      const error = this.plSteps(statement2.body, session);
      if (error) {
        this.rollbackTo(session, snapshot, roles);
        return error;
      }
    } catch (signal) {
      if (!(signal instanceof Stop && signal.kind === "return")) throw signal;
    } finally {
      session.inFunction = wasInFunction;
    }
    return null;
  }
  plSteps(steps, session) {
    for (const step of steps) {
      const error = this.plStep(step, session);
      if (error) return error;
    }
    return null;
  }
  plStep(step, session) {
    switch (step.kind) {
      case "sql":
        return this.step(step.step, session);
      case "unevaluated":
        this.note(step.loc, step.reason);
        return null;
      case "raise":
        return fail(step.message, "raise_exception", step.loc);
      case "return":
        throw new Stop("return");
      case "if": {
        for (const branch of step.branches) if (this.condition(branch.condition, step.loc)) return this.plSteps(branch.body, session);
        return this.plSteps(step.otherwise, session);
      }
      case "block": {
        if (step.handlers.length === 0) return this.plSteps(step.body, session);
        const snapshot = this.catalog.clone();
        const roles = { sessionUser: session.sessionUser, currentRole: session.currentRole };
        const error = this.plSteps(step.body, session);
        if (!error) return null;
        const handler = step.handlers.find((h) => h.conditions.some((c) => c === error.condition || c === "others" && error.condition !== "query_canceled"));
        if (!handler) return error;
        this.rollbackTo(session, snapshot, roles);
        return this.plSteps(handler.body, session);
      }
    }
  }
};

// src/database/initdb/matrix.ts
function matrixOf(outcome, source) {
  const catalog = outcome.catalog;
  const superuser = catalog.bootstrap;
  const roles = [...catalog.roles.values()].filter((r) => !r.name.startsWith("pg_")).map((r) => ({
    name: r.name,
    created: !r.builtin,
    createdAt: r.createdAt,
    login: r.login,
    superuser: r.superuser,
    superuserAt: r.superuserAt,
    inherit: r.inherit,
    memberOf: [...r.memberOf].map(([role, m]) => ({ role, loc: m.loc, admin: m.admin, inherit: m.inherit, set: m.set }))
  }));
  const databases = [...catalog.databases.values()].filter((db) => db.name !== "template0" && db.name !== "template1").map((db) => ({
    name: db.name,
    created: !db.builtin,
    createdAt: db.createdAt,
    owner: db.owner,
    ownerAt: db.ownerAt,
    defaultAcl: db.acl === null,
    acl: catalog.effectiveAcl(db).map((item) => ({
      grantee: item.grantee,
      grantor: item.grantor,
      privileges: sortedPrivileges(item.privileges),
      grantOptions: sortedPrivileges(item.grantOptions),
      loc: item.loc ?? (db.acl === null ? db.createdAt : null)
    })),
    extensions: db.extensions
  }));
  const privileges = (role, database) => sortedPrivileges(catalog.privilegesOn(role, database));
  const canConnect = (role, database) => {
    const db = catalog.databases.get(database);
    const state = catalog.roles.get(role);
    if (!db || !state) return { allowed: false, via: null, loc: null };
    if (state.superuser) return { allowed: true, via: "superuser", loc: state.superuserAt ?? state.createdAt };
    const acl = catalog.effectiveAcl(db);
    const own = acl.find((i) => i.grantee === role && i.privileges.has("connect"));
    if (own)
      return { allowed: true, via: own.grantor === role && db.owner === role ? "owner" : "grant", loc: own.loc ?? (own.grantor === role ? db.ownerAt : null) };
    for (const parent of catalog.privilegeRoles(role).slice(1)) {
      if (acl.some((i) => i.grantee === parent && i.privileges.has("connect")))
        return { allowed: true, via: "membership", loc: membershipLoc(catalog, role, parent) };
    }
    const pub = acl.find((i) => i.grantee === PUBLIC && i.privileges.has("connect"));
    if (pub) return { allowed: true, via: "public", loc: db.publicChangedAt ?? pub.loc ?? db.createdAt };
    return { allowed: false, via: null, loc: null };
  };
  const publicConnect = (database) => {
    const db = catalog.databases.get(database);
    if (!db) return { allowed: false, createdAt: null, changedAt: null };
    return { allowed: catalog.publicPrivileges(database).has("connect"), createdAt: db.createdAt, changedAt: db.publicChangedAt };
  };
  let directMembers = null;
  const roleOrder = /* @__PURE__ */ new Map();
  const membersOf = (roots) => {
    if (!directMembers) {
      directMembers = /* @__PURE__ */ new Map();
      for (const role of catalog.roles.values()) {
        roleOrder.set(role.name, roleOrder.size);
        for (const parent of role.memberOf.keys()) {
          appendTo(directMembers, parent, role.name);
        }
      }
    }
    const reached = /* @__PURE__ */ new Set();
    const pending = [...roots];
    while (pending.length > 0) {
      for (const member of directMembers.get(pending.pop()) ?? []) {
        if (!reached.has(member)) {
          reached.add(member);
          pending.push(member);
        }
      }
    }
    if (reached.size === 0) return [];
    return [...reached].sort((a, b) => roleOrder.get(a) - roleOrder.get(b));
  };
  const holdingRoles = (database) => {
    const db = catalog.databases.get(database);
    if (!db) return [];
    const out = /* @__PURE__ */ new Map();
    const add = (holder) => {
      if (holder.role === superuser || holder.role === PUBLIC || out.has(holder.role)) return;
      out.set(holder.role, holder);
    };
    add({ role: db.owner, via: "owner", through: null, loc: db.ownerAt });
    for (const item of catalog.effectiveAcl(db)) {
      if (item.grantee !== PUBLIC && item.privileges.size > 0) add({ role: item.grantee, via: "grant", through: null, loc: item.loc });
    }
    const direct = [...out.keys()];
    for (const name of membersOf(direct)) {
      if (out.has(name) || name === superuser) continue;
      const parents = catalog.memberRoles(name);
      const via = direct.find((holder) => parents.has(holder));
      if (via) add({ role: name, via: "membership", through: via, loc: membershipLoc(catalog, name, via) });
    }
    return [...out.values()];
  };
  const holders = (database) => holdingRoles(database).map(({ role, via, through, loc }) => ({ role, via, privileges: privileges(role, database), through, loc }));
  const grantedConnectors = (database) => holdingRoles(database).filter((h) => h.via === "owner" || catalog.privilegesOn(h.role, database).has("connect")).map((h) => h.role);
  let entries = null;
  return {
    source,
    superuser,
    version: catalog.version,
    roles,
    databases,
    stop: outcome.stop,
    lost: outcome.lost,
    unevaluated: outcome.unevaluated,
    get entries() {
      entries ??= roles.flatMap((r) => databases.map((db) => ({ role: r.name, database: db.name, ...canConnect(r.name, db.name) })));
      return entries;
    },
    canConnect,
    privileges,
    publicConnect,
    grantedConnectors,
    holders
  };
}
function sortedPrivileges(set) {
  const known2 = ALL_PRIVILEGES.filter((p) => set.has(p));
  return known2.length === set.size ? known2 : [...set].sort();
}
function membershipLoc(catalog, role, target) {
  const seen = /* @__PURE__ */ new Set([role]);
  let frontier = [{ name: role, first: null }];
  while (frontier.length > 0) {
    const next = [];
    for (const { name, first } of frontier) {
      for (const [parent, membership] of catalog.roles.get(name)?.memberOf ?? []) {
        if (seen.has(parent)) continue;
        const loc = first ?? membership.loc;
        if (parent === target) return loc;
        seen.add(parent);
        next.push({ name: parent, first: loc });
      }
    }
    frontier = next;
  }
  return null;
}

// src/database/init-mounts.ts
var INITDB = "/docker-entrypoint-initdb.d";
function findInitMounts(postgres) {
  const entries = postgres.resolved.volumes;
  if (!Array.isArray(entries)) return [];
  const mounts = [];
  entries.forEach((entry, i) => {
    const volume = readVolume(postgres, entry, i);
    if (!volume) return;
    const target = volume.target.replace(/\/+$/, "");
    if (target !== INITDB && !target.startsWith(`${INITDB}/`)) return;
    if (volume.kind === "volume" || volume.key.startsWith("~")) {
      mounts.push({ postgres, loc: volume.loc, source: null, kind: "volume", files: [], skippedDirs: [] });
      return;
    }
    const source = volume.key;
    let kind;
    try {
      kind = statSync3(source).isDirectory() ? "dir" : "file";
    } catch {
      kind = "missing";
    }
    const mount = { postgres, loc: volume.loc, source, kind, files: [], skippedDirs: [] };
    if (kind === "dir") {
      if (target === INITDB) listFolder(source, mount, initFileOrder(postgres.image));
      else mount.skippedDirs.push(source);
    } else if (kind === "file" && initScriptFormat(target) !== null) {
      if (path3.posix.dirname(target) === INITDB) mount.files.push(source);
      else mount.skippedDirs.push(source);
    }
    mount.target = target;
    mounts.push(mount);
  });
  return mounts;
}
function listFolder(dir, mount, order) {
  let names;
  try {
    names = readdirSync(dir).sort(compareInitFiles(order));
  } catch {
    return;
  }
  for (const name of names) {
    const abs = path3.join(dir, name);
    let isDir2;
    try {
      isDir2 = statSync3(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir2) mount.skippedDirs.push(abs);
    else if (initScriptFormat(abs) !== null) mount.files.push(abs);
  }
}
async function readInitScripts(mounts, envOf = () => /* @__PURE__ */ new Map(), cache = new FileCache()) {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  const nameIn = (entry) => entry.mount.kind === "file" && entry.mount.target ? entry.mount.target : entry.file;
  files.sort((a, b) => compareInitFiles(initFileOrder(a.mount.postgres.image))(nameIn(a), nameIn(b)));
  const out = [];
  for (const { file, mount } of files) {
    const script = await readInitScript(file, { env: envOf(mount.postgres), files: cache });
    const text = readText(file, cache);
    if (text !== null && text.includes("svclint-")) await readComments(file, text, cache, "sqlComments" in script ? script.sqlComments ?? [] : []);
    out.push({ file, text, script, postgres: mount.postgres, mount });
  }
  return out;
}
function readText(abs, files) {
  if (!abs.toLowerCase().endsWith(".gz")) return files.text(abs);
  const gunzipped = files.gunzip(abs);
  return "text" in gunzipped ? gunzipped.text : null;
}
async function readComments(abs, text, files, heredocComments) {
  const format2 = initScriptFormat(abs);
  if (format2 === "sql" || format2 === "sql.gz") {
    files.setComments(
      abs,
      sqlComments(text).map((c) => {
        const before = text.slice(0, c.offset);
        const lineStart = before.lastIndexOf("\n") + 1;
        return { line: before.split("\n").length, column: c.offset - lineStart + 1, body: c.body };
      })
    );
  } else if (format2 === "sh") {
    const comments = await shellComments(abs, text);
    if (comments)
      files.setComments(
        abs,
        [...comments, ...heredocComments].sort((a, b) => a.line - b.line || a.column - b.column)
      );
  }
}

// src/database/model.ts
var POSTGRES_IMAGES = [
  /^postgres$/,
  /^postgis\/postgis$/,
  /^pgvector\/pgvector$/,
  /^timescale\/timescaledb(-ha|-postgis)?$/,
  /^supabase\/postgres$/,
  /^bitnami\/postgresql(-repmgr)?$/,
  /^ankane\/pgvector$/,
  /^tensorchord\/pgvecto-rs$/,
  /^(ghcr\.io\/)?cloudnative-pg\/postgresql$/,
  /^apache\/age$/,
  /^paradedb\/paradedb$/
];
var POSTGRES_INFRASTRUCTURE = /(^|\/)(pgbouncer|pgcat|pgpool(-ii)?|odyssey|supavisor|pgbackrest|wal-g|postgres-backup(-local|-s3)?|pg-backup[\w-]*|pgbackweb)$/;
function isPostgresInfrastructure(image) {
  if (!image || image.includes("${")) return false;
  return POSTGRES_INFRASTRUCTURE.test(imageName(image));
}
function isPostgresImage(image) {
  if (!image || image.includes("${")) return false;
  const name = imageName(image);
  return POSTGRES_IMAGES.some((re) => re.test(name));
}
function emptyDatabaseModel() {
  return { postgres: [], shared: null, superusers: [], connections: [], initMounts: [], initScripts: [], matrix: null, exec: null, stores: [], volumes: [] };
}
async function buildDatabaseModel(model, options = {}) {
  const active = model.services.filter((s) => !s.stack.archived);
  const postgres = active.filter((s) => isPostgresImage(s.image));
  const infrastructure = active.filter((s) => isPostgresInfrastructure(s.image));
  const poolerTargets = /* @__PURE__ */ new Map();
  for (const pooler of infrastructure) {
    const own = readConnections(pooler).map((c) => resolveTarget(c, postgres)).find((t) => t !== null) ?? null;
    poolerTargets.set(pooler, own);
  }
  const connections = active.filter((s) => !postgres.includes(s) && !poolerTargets.has(s)).flatMap(readConnections);
  for (const connection of connections) {
    connection.target = resolveTarget(connection, postgres);
    if (!connection.target) {
      const pooler = resolveTarget(connection, [...poolerTargets.keys()]);
      if (pooler) connection.target = poolerTargets.get(pooler) ?? null;
    }
  }
  const shared = pickShared(model, postgres, connections);
  for (const connection of connections) connection.toShared = shared !== null && connection.target === shared;
  const initMounts = postgres.flatMap(findInitMounts);
  const initScripts = await readInitScripts(initMounts, scriptEnv, model.files);
  const superusers = shared ? superusersOf(shared) : [];
  let matrix = null;
  let exec = null;
  if (shared) {
    const env = scriptEnv(shared);
    const superuser = env.get("POSTGRES_USER") ?? "postgres";
    const files = initScripts.filter((s) => s.postgres === shared);
    const imageVersion = imageMajorVersion(shared.image);
    const outcome = evaluateInit(
      files.map((s) => s.script),
      {
        superuser,
        defaultDatabase: env.get("POSTGRES_DB") ?? superuser,
        version: imageVersion ?? LATEST_MAJOR,
        defaultDatabaseLoc: explicitDefaultDatabaseLoc(shared)
      }
    );
    matrix = matrixOf(outcome, "scripts");
    if (options.initdbExec) {
      const result = await runInitdbExec(options.initdbExec, shared, files, env, outcome.catalog, initMounts);
      matrix = matrixOf({ catalog: result.catalog, stop: result.stop, lost: [], unevaluated: [] }, "server");
      exec = { mode: options.initdbExec, serverVersion: result.serverVersion, imageVersion, image: shared.image, millis: result.millis };
    }
  }
  return {
    postgres,
    shared,
    superusers,
    connections,
    initMounts,
    initScripts,
    matrix,
    exec,
    stores: buildStores(active, postgres),
    volumes: active.flatMap(serviceVolumes)
  };
}
async function runInitdbExec(mode, shared, files, env, replayed, mounts) {
  const mount = mounts.find((m) => m.postgres === shared && m.files.length > 0) ?? mounts.find((m) => m.postgres === shared);
  const input = {
    files: files.map((f) => ({
      file: f.file,
      name: f.mount.kind === "file" && f.mount.target ? path4.posix.basename(f.mount.target) : path4.basename(f.file),
      script: f.script,
      text: f.text
    })),
    env,
    replayed,
    fallback: mount?.loc ?? shared.loc,
    processEnv: process.env
  };
  if (mode === "docker") {
    const { executeInitDocker } = await import("./chunks/docker-PCVH6BMG.js");
    return executeInitDocker({ ...input, image: shared.image ?? "postgres" });
  }
  const { executeInit } = await import("./chunks/run-GLW22G2X.js");
  return executeInit(input);
}
function envValue(service, name) {
  const variable = service.environment.find((v) => v.name === name);
  return variable?.value && !variable.value.includes("${") ? variable.value : null;
}
function scriptEnv(postgres) {
  const env = /* @__PURE__ */ new Map();
  for (const variable of postgres.environment) {
    const value = variable.value !== null && !variable.value.includes("${") && !isSecretName(variable.name) ? variable.value : null;
    env.set(variable.name, value);
  }
  const user = env.has("POSTGRES_USER") ? env.get("POSTGRES_USER") : "postgres";
  env.set("POSTGRES_USER", user || "postgres");
  if (!env.get("POSTGRES_DB") && !(env.has("POSTGRES_DB") && env.get("POSTGRES_DB") === null)) env.set("POSTGRES_DB", user || "postgres");
  return env;
}
function explicitDefaultDatabaseLoc(postgres) {
  const variable = postgres.environment.find((v) => v.name === "POSTGRES_DB");
  if (!variable?.value || variable.value === "postgres" || variable.value.includes("${")) return null;
  return variable.loc ?? postgres.loc;
}
function superusersOf(shared) {
  const user = envValue(shared, "POSTGRES_USER");
  return user && user !== "postgres" ? ["postgres", user] : ["postgres"];
}
var networksCache = /* @__PURE__ */ new WeakMap();
function networksOf(service) {
  return getOrCompute(networksCache, service, networksInStack);
}
function networksInStack(service) {
  return serviceNetworks(service, servicesByName(service.stack));
}
var servicesByNameCache = /* @__PURE__ */ new WeakMap();
function servicesByName(stack) {
  return getOrCompute(servicesByNameCache, stack, indexServicesByName);
}
function indexServicesByName(stack) {
  return new Map(stack.services.map((x) => [x.name, x]));
}
var hostNamesCache = /* @__PURE__ */ new WeakMap();
function hostNamesOf(service) {
  return getOrCompute(hostNamesCache, service, serviceHostNames);
}
function resolveTarget(connection, postgres) {
  const host = connection.host?.value?.toLowerCase().replace(/\.$/, "");
  if (!host) return null;
  const named = postgres.filter((p) => hostNamesOf(p).has(host));
  if (named.length === 0) return null;
  const clientNets = networksOf(connection.service);
  const reachable = named.filter((p) => {
    for (const n of networksOf(p)) if (clientNets.has(n)) return true;
    return false;
  });
  if (reachable.length > 0) return reachable[0];
  return named.length === 1 ? named[0] : null;
}
function pickShared(model, postgres, connections) {
  const isolated = new Set(model.policy.database.isolated.map((i) => i.service));
  const candidates = postgres.filter((s) => !isolated.has(s.name) && !(s.containerName && isolated.has(s.containerName)));
  if (candidates.length === 0) return null;
  const wanted = model.policy.database.postgres;
  const capability = wanted?.capability ?? "core-infra";
  const inCapability = (s) => topDir(model, s) === capability;
  const users = (s) => new Set(connections.filter((c) => c.target === s).map((c) => c.service)).size;
  const hasInit = (s) => findInitMounts(s).length > 0;
  const best = (list2) => [...list2].sort((a, b) => Number(inCapability(b)) - Number(inCapability(a)) || users(b) - users(a) || Number(hasInit(b)) - Number(hasInit(a)))[0];
  const named = wanted ? candidates.filter((s) => s.name === wanted.service || s.containerName === wanted.service) : [];
  if (wanted?.declared && named.length > 0) return best(named);
  const namedThere = named.filter(inCapability);
  if (namedThere.length > 0) return best(namedThere);
  const there = candidates.filter(inCapability);
  if (there.length > 0) return best(there);
  if (candidates.length === 1) return candidates[0];
  const stacksUsing = (s) => new Set(connections.filter((c) => c.target === s).map((c) => c.service.stack)).size;
  const [first, second] = [...candidates].sort((a, b) => stacksUsing(b) - stacksUsing(a));
  return stacksUsing(first) >= 2 && stacksUsing(first) > stacksUsing(second) ? first : null;
}
function topDir(model, service) {
  if (service.serviceDir?.capability) return service.serviceDir.capability.name;
  const rel = service.stack.dir.slice(model.root.length + 1);
  return rel.split(/[\\/]/)[0] ?? "";
}
var serviceNamesCache = /* @__PURE__ */ new WeakMap();
function serviceNames(service, model) {
  const byService = getOrCompute(serviceNamesCache, model, () => /* @__PURE__ */ new WeakMap());
  return getOrCompute(byService, service, (s) => namesOf(s, model));
}
function namesOf(service, model) {
  const names = /* @__PURE__ */ new Set([service.name]);
  if (service.containerName) names.add(service.containerName);
  if (service.serviceDir?.primary === service) names.add(service.serviceDir.name);
  for (const name of [...names]) {
    const entry = findCatalogEntry(model.policy, name);
    if (entry) names.add(entry.entry.name);
  }
  return names;
}
var allocationIndex = /* @__PURE__ */ new WeakMap();
function allocationsByName(model) {
  return getOrCompute(allocationIndex, model, (m) => {
    const index = /* @__PURE__ */ new Map();
    m.policy.database.allocations.forEach((allocation, i) => appendTo(index, allocation.service, { allocation, index: i }));
    return index;
  });
}
function allocationsFor(service, model) {
  const byName = allocationsByName(model);
  const found = [];
  for (const name of serviceNames(service, model)) {
    const entries = byName.get(name);
    if (entries) found.push(...entries);
  }
  if (found.length <= 1) return found;
  return [...new Set(found)].sort((a, b) => a.index - b.index);
}

// src/model/stacks.ts
import path5 from "node:path";
function isInactivePath(rel, policy) {
  const top = rel.split("/")[0] ?? "";
  return policy.capabilities.get(top)?.inactive === true;
}
var ENV_FILE = ".env";
function loadStacks(tree, policy, files) {
  const stacks = [];
  for (const [dirRel, entries] of tree.children) {
    const fileNames = entries.filter((e) => e.kind === "file").map((e) => e.name);
    const { main, overrides } = findComposeFiles(fileNames);
    if (!main) continue;
    const dirAbs = dirRel === "" ? tree.root : path5.join(tree.root, dirRel);
    if (!entries.some((e) => e.name === ENV_FILE)) files.knowAbsent(path5.join(dirAbs, ENV_FILE));
    const stack = loadStack(
      path5.join(dirAbs, main),
      overrides.map((o) => path5.join(dirAbs, o)),
      { archived: isInactivePath(dirRel, policy), readFile: (abs) => files.read(abs), fileKind: (abs) => files.kind(abs), readText: (abs) => files.text(abs) }
    );
    for (const file of [...stack.files, ...stack.imported ?? []]) if (file.text !== "") files.adopt(file.abs, file.text);
    stacks.push(stack);
  }
  stacks.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const mainFiles = new Set(stacks.map((stack) => stack.file));
  for (const stack of stacks) stack.services = stack.services.filter((service) => !service.includedFrom || !mainFiles.has(service.includedFrom));
  return stacks;
}

// src/model/host.ts
var NESTED_SEARCH_DEPTH = 4;
async function buildHostModel(root, policy, cwd, options = {}) {
  const files = options.files ?? new FileCache();
  const tree = scanTree(root);
  for (const entry of tree.entries) files.knowKind(entry.abs, scannedKind(entry));
  const stacks = loadStacks(tree, policy, files);
  const stackByDir = new Map(stacks.map((s) => [path6.relative(root, s.dir).split(path6.sep).join("/"), s]));
  const services = stacks.flatMap((s) => s.services);
  const capabilityDirs = [];
  const groupDirs = [];
  const serviceDirs = [];
  const topLevel = (tree.children.get("") ?? []).filter((e) => isDirLike(e) && !e.name.startsWith("."));
  const addServiceDir = (entry, parentKind, parentRel, capability, why) => {
    const dir = {
      name: entry.name,
      abs: entry.abs,
      rel: entry.rel,
      capability,
      parentKind,
      parentRel,
      depth: entry.rel.split("/").length,
      symlink: entry.symlink ?? null,
      hasDockerfile: hasDockerfile(tree, entry.rel),
      stack: stackByDir.get(entry.rel) ?? null,
      composeServices: [],
      primary: null,
      classification: { capability: null, canonicalName: entry.name, reasons: [], catalog: null, system: null },
      why
    };
    serviceDirs.push(dir);
    return dir;
  };
  for (const entry of topLevel) {
    const lower = entry.name.toLowerCase();
    const declared = policy.capabilities.get(entry.name);
    if (declared) {
      const cap = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: true, inactive: declared.inactive === true };
      capabilityDirs.push(cap);
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, "capability", entry.rel, cap, "capability-child");
    } else if (policy.catchAll.includes(lower) || policy.technologyDirs.includes(lower)) {
      const kind = policy.catchAll.includes(lower) ? "catch-all" : "technology";
      groupDirs.push({ name: entry.name, abs: entry.abs, rel: entry.rel, kind });
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, kind, entry.rel, null, "capability-child");
    } else {
      const why = serviceEvidence(tree, entry, stackByDir.get(entry.rel) ?? null, policy);
      if (why) {
        addServiceDir(entry, "root", "", null, why);
      } else {
        const cap = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: false, inactive: false };
        capabilityDirs.push(cap);
        for (const child of childDirs(tree, entry.rel)) addServiceDir(child, "capability", entry.rel, cap, "capability-child");
      }
    }
  }
  for (const dir of [...serviceDirs]) {
    if (dir.symlink) continue;
    const names = new Set(dir.stack?.services.map((s) => s.name) ?? []);
    findNested(tree, dir.rel, names, stackByDir, policy, 1, (entry, why) => {
      addServiceDir(entry, "service", path6.posix.dirname(entry.rel), dir.capability, why);
    });
  }
  associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs);
  for (const dir of serviceDirs) {
    dir.primary = pickPrimary(dir, findCatalogEntry(policy, dir.name)?.entry.name ?? dir.name);
    dir.classification = classifyService(
      { name: dir.name, image: dir.primary?.image ?? null, labels: dir.primary?.labels ?? null, otherImages: dir.composeServices.map((s) => s.image) },
      policy
    );
  }
  serviceDirs.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const model = {
    root,
    cwd,
    files,
    tree,
    policy,
    capabilityDirs,
    groupDirs,
    serviceDirs,
    stacks,
    services,
    database: emptyDatabaseModel()
  };
  if (options.database !== false) model.database = await buildDatabaseModel(model, { initdbExec: options.initdbExec ?? null });
  return model;
}
function childDirs(tree, rel) {
  return (tree.children.get(rel) ?? []).filter((e) => isDirLike(e) && !e.name.startsWith("."));
}
var DOCKERFILE = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/;
function hasDockerfile(tree, rel) {
  return (tree.children.get(rel) ?? []).some((e) => e.kind === "file" && DOCKERFILE.test(e.name));
}
function serviceEvidence(tree, entry, stack, policy) {
  if (entry.kind === "dir" && hasDockerfile(tree, entry.rel)) return "dockerfile";
  if (stack && stack.services.length > 0) {
    const canonical = findCatalogEntry(policy, entry.name)?.entry.name;
    if (stack.services.some((s) => s.name === entry.name || s.name === canonical || s.containerName === entry.name)) return "compose";
    const children = childDirs(tree, entry.rel);
    const ownedByChild = stack.services.some(
      (service) => children.some((child) => {
        const context = buildContextOf(service, stack.dir);
        return child.name === service.name || context !== null && isInside(child.abs, context);
      })
    );
    const known2 = stack.services.filter((service) => findCatalogEntry(policy, service.name)).length;
    if (!ownedByChild && known2 < 2) return "compose";
  }
  if (findCatalogEntry(policy, entry.name)) return "known-name";
  return null;
}
function findNested(tree, rel, composeNames, stackByDir, policy, level, add) {
  if (level > NESTED_SEARCH_DEPTH) return;
  for (const child of childDirs(tree, rel)) {
    if (child.kind !== "dir") continue;
    const stack = stackByDir.get(child.rel) ?? null;
    let why = null;
    if (stack && stack.services.length > 0) why = "compose";
    else if (composeNames.has(child.name) && hasDockerfile(tree, child.rel)) why = "dockerfile";
    else if (findCatalogEntry(policy, child.name)?.entry.name === child.name && (hasDockerfile(tree, child.rel) || composeNames.has(child.name)))
      why = "known-name";
    if (why) add(child, why);
    const names = why && stack ? new Set(stack.services.map((s) => s.name)) : composeNames;
    findNested(tree, child.rel, names, stackByDir, policy, level + 1, add);
  }
}
function associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs) {
  const byAbs = new Map(serviceDirs.map((d) => [d.abs, d]));
  const childrenOf = /* @__PURE__ */ new Map();
  for (const d of serviceDirs) {
    const parent = path6.dirname(d.abs);
    childrenOf.set(parent, [...childrenOf.get(parent) ?? [], d]);
  }
  const groupAbs = /* @__PURE__ */ new Set([root, ...capabilityDirs.map((c) => c.abs), ...groupDirs.map((g) => g.abs)]);
  for (const stack of stacks) {
    const own = nearestServiceDir(stack.dir, root, byAbs);
    const children = childrenOf.get(stack.dir) ?? [];
    for (const service of stack.services) {
      const dir = own && !groupAbs.has(stack.dir) ? own : matchChild(service, stack, children);
      service.serviceDir = dir;
      if (dir) dir.composeServices.push(service);
    }
  }
}
function nearestServiceDir(dir, root, byAbs) {
  let current = dir;
  while (current.length >= root.length) {
    const found = byAbs.get(current);
    if (found) return found;
    const parent = path6.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return null;
}
function matchChild(service, stack, children) {
  if (children.length === 0) return null;
  const byName = children.find((d) => d.name === service.name || d.name === service.containerName);
  if (byName) return byName;
  const paths = referencedPaths(service, stack.dir);
  return children.find((d) => paths.some((p) => isInside(d.abs, p))) ?? null;
}
function localBuild(service, stackDir) {
  const build = service.resolved.build;
  if (build === void 0 || build === null) return null;
  const context = typeof build === "string" ? build : isRecord(build) ? typeof build.context === "string" ? build.context : "." : null;
  if (context === null || !isLocalBuildContext(context)) return null;
  return { build, context, abs: path6.resolve(stackDir, context) };
}
function buildContextOf(service, stackDir) {
  return localBuild(service, stackDir)?.abs ?? null;
}
function referencedPaths(service, stackDir) {
  const out = [];
  const context = buildContextOf(service, stackDir);
  if (context) out.push(context);
  const volumes = Array.isArray(service.resolved.volumes) ? service.resolved.volumes : [];
  for (const volume of volumes) {
    const source = typeof volume === "string" ? volume.split(":")[0] ?? "" : isRecord(volume) && typeof volume.source === "string" ? volume.source : "";
    if (source.startsWith(".") || source.startsWith("/")) out.push(path6.resolve(stackDir, source));
  }
  return out;
}
function isLocalBuildContext(context) {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith("git@") && !context.includes("${");
}
function pickPrimary(dir, canonical) {
  const services = dir.composeServices;
  if (services.length === 0) return null;
  return services.find((s) => s.name === dir.name || s.name === canonical || s.containerName === dir.name) ?? (services.length === 1 ? services[0] : null) ?? services.find((s) => referencedPaths(s, s.stack.dir).includes(dir.abs)) ?? null;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function scannedKind(entry) {
  if (entry.kind !== "symlink") return entry.kind;
  return entry.symlink?.status === "ok" ? entry.symlink.targetKind : null;
}

// src/compose/ports.ts
import { isIP } from "node:net";
function publishedPorts(ports) {
  if (!Array.isArray(ports)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  ports.forEach((entry, index) => {
    const parsed = typeof entry === "string" || typeof entry === "number" ? parseShort(String(entry)) : parseLong(entry);
    if (!parsed) return;
    const identity = `${parsed.hostIp || "0.0.0.0"}:${parsed.start}-${parsed.end}:${parsed.target}/${parsed.protocol}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    const text = typeof entry === "object" && entry !== null ? `published: ${String(entry.published)}` : String(entry);
    const { hostIp, start, end, protocol, pool } = parsed;
    out.push({ hostIp, start, end, protocol, pool, index, text });
  });
  return out;
}
function parseShort(text) {
  if (text.includes("${")) return null;
  let rest = text.trim();
  let protocol = "tcp";
  const slash = rest.lastIndexOf("/");
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase() || "tcp";
    rest = rest.slice(0, slash);
  }
  let hostIp = "";
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return null;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 1).replace(/^:/, "");
  }
  const parts = rest.split(":");
  if (parts.length < 2) return null;
  const container = parts.pop().trim();
  const host = parts.pop();
  if (parts.length > 0) hostIp = parts.join(":");
  if (host === "" || !/^\d+(-\d+)?$/.test(container)) return null;
  const range = parseRange(host);
  const containerRange = parseRange(container);
  if (!range || !containerRange) return null;
  const address = canonicalIp(hostIp);
  if (address === null) return null;
  const pool = range.end > range.start && containerRange.end === containerRange.start;
  return { hostIp: address, ...range, protocol, pool, target: container };
}
function parseLong(entry) {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return null;
  const record3 = entry;
  const published = record3.published;
  if (published === void 0 || published === null || published === "") return null;
  const text = String(published);
  if (text.includes("${")) return null;
  const range = parseRange(text);
  if (!range) return null;
  const rawIp = typeof record3.host_ip === "string" ? record3.host_ip : "";
  if (rawIp.includes("${")) return null;
  const hostIp = canonicalIp(rawIp);
  if (hostIp === null) return null;
  const protocol = typeof record3.protocol === "string" && record3.protocol ? record3.protocol.toLowerCase() : "tcp";
  return { hostIp, ...range, protocol, pool: range.end > range.start, target: String(record3.target) };
}
function parseRange(text) {
  const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === void 0 ? start : Number(match[2]);
  if (start < 1 || end < start || end > 65535) return null;
  return { start, end };
}
function canonicalIp(ip) {
  let text = ip.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  if (text === "") return "";
  text = text.replace(/%.*$/, "");
  const kind = isIP(text);
  if (kind === 4) return text;
  if (kind !== 6) return null;
  const compressed = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (mapped) {
    const high = parseInt(mapped[1], 16);
    const low = parseInt(mapped[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return compressed;
}
function isWildcardIp(ip) {
  return ip === "" || ip === "0.0.0.0" || ip === "::";
}
function addressesConflict(a, b) {
  if (a === "" || b === "") return true;
  const v6a = a.includes(":");
  const v6b = b.includes(":");
  if (v6a !== v6b) return false;
  return a === b || isWildcardIp(a) || isWildcardIp(b);
}
var INDEXED_RANGE = 1024;
function clashGroups(uses, mayRunTogether2 = () => true) {
  const groups = [];
  const fixed = new FixedIndex();
  const sameGroup = /* @__PURE__ */ new Map();
  const position = new Map(uses.map((use, i) => [use, i]));
  const compatible = (a, b) => a.port.protocol === b.port.protocol && addressesConflict(a.port.hostIp, b.port.hostIp) && (a.service === b.service || mayRunTogether2(a.service, b.service));
  for (const use of uses) {
    if (use.port.pool) continue;
    if (use.replicas > 1)
      groups.push({ kind: "replicas", ports: { start: use.port.start, end: use.port.end }, protocol: use.port.protocol, hostIp: use.port.hostIp, uses: [use] });
    const earlier = fixed.candidates(use.port).filter((other) => compatible(other, use) && overlap(other.port, use.port));
    const first = earlier[0];
    if (first) {
      const shared = overlap(first.port, use.port);
      const key = `${position.get(first)}|${shared.start}-${shared.end}|${use.port.protocol}`;
      let group = sameGroup.get(key);
      if (!group) {
        group = { kind: "same-port", ports: shared, protocol: use.port.protocol, hostIp: use.port.hostIp || first.port.hostIp, uses: [first] };
        sameGroup.set(key, group);
        groups.push(group);
      }
      group.uses.push(use);
    }
    fixed.add(use);
  }
  const taken = [];
  for (const use of uses) {
    if (!use.port.pool) continue;
    for (let replica = 0; replica < use.replicas; replica++) {
      const holders = (port) => [
        ...fixed.candidates({ ...use.port, start: port, end: port }).filter((other) => compatible(other, use) && port >= other.port.start && port <= other.port.end),
        ...taken.filter((t) => t.port === port && compatible(t.use, use)).map((t) => t.use)
      ];
      let free = null;
      for (let port = use.port.start; port <= use.port.end && free === null; port++) if (holders(port).length === 0) free = port;
      if (free !== null) {
        taken.push({ use, port: free });
        continue;
      }
      const others = [];
      for (let port = use.port.start; port <= use.port.end; port++) for (const holder of holders(port)) if (!others.includes(holder)) others.push(holder);
      groups.push({
        kind: "pool",
        ports: { start: use.port.start, end: use.port.end },
        protocol: use.port.protocol,
        hostIp: use.port.hostIp,
        uses: [...others, use]
      });
      break;
    }
  }
  return groups;
}
function overlap(a, b) {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}
var FixedIndex = class {
  byPort = /* @__PURE__ */ new Map();
  wide = [];
  all = [];
  order = /* @__PURE__ */ new Map();
  add(use) {
    this.order.set(use, this.all.length);
    this.all.push(use);
    const { start, end, protocol } = use.port;
    if (end - start >= INDEXED_RANGE) {
      this.wide.push(use);
      return;
    }
    for (let port = start; port <= end; port++) {
      const key = `${protocol}/${port}`;
      appendTo(this.byPort, key, use);
    }
  }
  /** Bindings that may share a port with `port`, in the order they were added. */
  candidates(port) {
    if (port.end - port.start >= INDEXED_RANGE) return this.all.slice();
    const found = new Set(this.wide);
    for (let p = port.start; p <= port.end; p++) for (const use of this.byPort.get(`${port.protocol}/${p}`) ?? []) found.add(use);
    return [...found].sort((a, b) => this.order.get(a) - this.order.get(b));
  }
};
function describePort(range, protocol, hostIp = "") {
  const ports = range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
  const ip = hostIp === "" ? "" : `${hostIp.includes(":") ? `[${hostIp}]` : hostIp}:`;
  return `${ip}${ports}/${protocol}`;
}

// src/compose/profiles.ts
function serviceProfiles(service) {
  const profiles = service.resolved.profiles;
  return Array.isArray(profiles) ? profiles.map(String) : [];
}
function mayRunTogether(a, b) {
  if (a.stack !== b.stack) return true;
  const pa = serviceProfiles(a);
  const pb = serviceProfiles(b);
  if (pa.length === 0 || pb.length === 0) return true;
  return pa.some((p) => pb.includes(p));
}

// src/model/memory.ts
var budgetOf = /* @__PURE__ */ new WeakMap();
function memoryBudget(model) {
  return getOrCompute(budgetOf, model, computeMemoryBudget);
}
function computeMemoryBudget(model) {
  const usages = model.stacks.filter((stack) => !stack.archived).flatMap((stack) => stack.services).filter((s) => serviceProfiles(s).length === 0).map((s) => memoryUsage(s, model.policy));
  const declared = sumBytes(usages.filter((u) => u.declared));
  const estimated = sumBytes(usages.filter((u) => !u.declared));
  return { budget: model.policy.budget.memory, usages, declared, estimated, total: declared + estimated };
}
function memoryUsage(service, policy) {
  const replicas = replicaCount(service);
  const limit = declaredLimit(service);
  if (limit !== null) return { service, bytes: limit * replicas, declared: true, replicas };
  const entry = findCatalogEntry(policy, service.name)?.entry ?? (service.image ? findCatalogByImage(policy, service.image) : null);
  const estimate = entry?.memory ?? null;
  return { service, bytes: estimate === null ? null : estimate * replicas, declared: false, replicas };
}
function sumBytes(usages) {
  return usages.reduce((total, u) => total + (u.bytes ?? 0), 0);
}
function declaredLimit(service) {
  const deploy = record2(service.resolved.deploy);
  const fromDeploy = parseBytes(record2(record2(deploy.resources).limits).memory);
  return fromDeploy ?? parseBytes(service.resolved.mem_limit);
}
function replicaCount(service) {
  const raw = record2(service.resolved.deploy).replicas ?? service.resolved.scale;
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : 1;
  return Number.isInteger(n) && n >= 0 ? n : 1;
}
function record2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}

// src/model/facts.ts
var factsOf = /* @__PURE__ */ new WeakMap();
function modelFacts(model) {
  return getOrCompute(factsOf, model, buildFacts);
}
var real = (service) => service;
function buildFacts(model) {
  const { files } = model;
  let clashes = null;
  let docs = null;
  const portsOf = (service) => publishedPorts(service.resolved.ports);
  return {
    fileText: (abs) => files.smallText(abs),
    pathKind: (abs) => files.kind(abs),
    realPath: (abs) => files.realPath(abs),
    publishedPorts: (service) => portsOf(real(service)),
    portClashes: () => {
      if (!clashes) {
        const uses = [];
        for (const stack of model.stacks) {
          if (stack.archived) continue;
          for (const service of stack.services) for (const port of portsOf(service)) uses.push({ service, port, replicas: replicasOf(service) });
        }
        clashes = clashGroups(uses, mayRunTogether).map((group) => ({ ...group, description: describePort(group.ports, group.protocol, group.hostIp) }));
      }
      return clashes;
    },
    routers: (service) => isTraefikDisabled(real(service).labels) ? [] : routersOf(real(service).labels),
    labelLoc: (service, key) => labelLoc(real(service), key),
    connections: (service) => service ? model.database.connections.filter((c) => c.service === real(service)) : model.database.connections,
    allocations: (service) => allocationsFor(real(service), model),
    serviceNames: (service) => serviceNames(real(service), model),
    envValue: (service, name) => envValue(real(service), name),
    valueLoc: (service, variable, offset) => valueLoc(real(service), variable, offset),
    docReferences: () => docs ??= docReferences(model),
    catalogByImage: (image) => findCatalogByImage(model.policy, image),
    catalogByName: (name) => findCatalogEntry(model.policy, name),
    capabilityOf: (service) => {
      const own = real(service).serviceDir?.capability;
      if (own) return own;
      return model.capabilityDirs.find((c) => isInside(c.abs, real(service).stack.dir)) ?? null;
    },
    localBuild: (service) => localBuild(real(service), real(service).stack.dir),
    referencedPaths: (service) => referencedPaths(real(service), real(service).stack.dir),
    profiles: (service) => serviceProfiles(real(service)),
    mayRunTogether: (a, b) => mayRunTogether(real(a), real(b)),
    memoryBudget: () => memoryBudget(model),
    schemaProblems: async (stack) => {
      const { validateStack } = await import("./chunks/stack-QU7V6AXK.js");
      return validateStack(stack);
    },
    locateInFile: (file, keyPath, atKey) => locateInFile(file, [...keyPath], atKey)
  };
}
function replicasOf(service) {
  const { scale, deploy } = service.resolved;
  const count = typeof scale === "number" ? scale : typeof deploy?.replicas === "number" ? deploy.replicas : 1;
  return Number.isInteger(count) && count > 1 ? count : 1;
}
function labelLoc(service, key) {
  const labels = service.resolved.labels;
  const stack = service.stack;
  if (Array.isArray(labels)) {
    const index = labels.findIndex((item) => String(item).split("=")[0] === key);
    if (index >= 0) return stack.locate(["services", service.name, "labels", index]) ?? service.loc;
  } else if (labels && typeof labels === "object") {
    return stack.locateKey(["services", service.name, "labels", key]) ?? service.loc;
  }
  return service.loc;
}

// src/policy/discover.ts
import { existsSync, readdirSync as readdirSync2, realpathSync as realpathSync2, statSync as statSync4 } from "node:fs";
import path8 from "node:path";

// src/policy/config.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync3 } from "node:fs";
import path7 from "node:path";

// src/policy/validate-config.generated.js
function codePointLength(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://svclint.dev/schemas/svclint.config.schema.json", "title": "svclint configuration (svclint.config.yaml)", "type": "object", "additionalProperties": false, "definitions": { "ruleLevel": { "enum": ["off", "warn", "warning", "error", 0, 1, 2] }, "folderName": { "type": "string", "minLength": 1, "pattern": "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", "description": "One folder name: capability and service names become paths under the services root." } }, "properties": { "$schema": { "type": "string" }, "extends": { "enum": ["recommended", "none"], "description": "Built-in policy to start from (default: recommended)." }, "root": { "type": "string", "minLength": 1, "description": "The services tree, relative to this file." }, "capabilities": { "type": "object", "description": "Capability directories: name -> what it holds.", "propertyNames": { "$ref": "#/definitions/folderName" }, "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "provides": { "type": "array", "items": { "type": "string" } }, "description": { "type": "string" }, "inactive": { "type": "boolean", "description": "Not part of the running host (like archive/)." } } } }, "catchAll": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Adds to the built-in catch-all names." }, "technologyDirs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Adds to the built-in technology folder names." }, "services": { "type": "object", "description": "Placement table: adds to / overrides the built-in catalog.", "propertyNames": { "$ref": "#/definitions/folderName" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capability"], "properties": { "capability": { "$ref": "#/definitions/folderName" }, "aliases": { "type": "array", "items": { "$ref": "#/definitions/folderName" } }, "images": { "type": "array", "items": { "type": "string" } }, "provides": { "type": "array", "items": { "type": "string" } }, "reason": { "type": "string" }, "memory": { "type": ["string", "number"] }, "legacy": { "type": "boolean" } } } }, "systems": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capability", "members"], "properties": { "capability": { "$ref": "#/definitions/folderName" }, "members": { "type": "array", "items": { "type": "string" }, "minItems": 1 } } } }, "database": { "type": "object", "additionalProperties": false, "properties": { "postgres": { "type": "object", "additionalProperties": false, "required": ["service"], "properties": { "service": { "$ref": "#/definitions/folderName" }, "capability": { "$ref": "#/definitions/folderName" } } }, "allocations": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "database", "role"], "properties": { "service": { "type": "string", "minLength": 1 }, "database": { "type": "string", "minLength": 1 }, "role": { "type": "string", "minLength": 1 } } } }, "isolated": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "reason"], "properties": { "service": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 } } } } } }, "budget": { "type": "object", "additionalProperties": false, "properties": { "memory": { "type": ["string", "number"], "description": "e.g. 4GiB" } } }, "rules": { "type": "object", "description": "Rule levels, or [level, options] for a rule that takes options (plugin rules: <plugin>/<id>).", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/ruleLevel" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/ruleLevel" }, { "type": "object", "description": "The rule's options (its meta.schema)." }], "additionalItems": false }] } }, "plugins": { "type": "array", "description": "Custom rules: local files, globs or folders (./svclint-rules/*.ts; ids local/<id>) and npm packages (svclint-plugin-acme; ids acme/<id>). TypeScript files are type-checked with ts-morph.", "items": { "type": "string", "minLength": 1 } }, "exceptions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "path", "reason"], "properties": { "rule": { "type": "string", "minLength": 1 }, "path": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 } } } }, "docs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of documents checked by stale-doc-path." } } };
var schema12 = { "type": "string", "minLength": 1, "pattern": "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", "description": "One folder name: capability and service names become paths under the services root." };
var schema19 = { "enum": ["off", "warn", "warning", "error", 0, 1, 2] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = codePointLength;
var pattern0 = new RegExp("^(?!\\.\\.?$)[^/\\\\\\u0000]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (!(data1 === "recommended" || data1 === "none")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.extends.enum, parentSchema: schema11.properties.extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data2 = data.root;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err3 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.root, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.root.type, parentSchema: schema11.properties.root, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data3 = data.capabilities;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func3(key1) < 1) {
              const err5 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern0.test(key1)) {
              const err6 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var valid1 = _errs9 === errors;
          if (!valid1) {
            const err8 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.capabilities.propertyNames, parentSchema: schema11.properties.capabilities, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
            const err9 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/type", keyword: "type", params: { type: schema11.properties.capabilities.additionalProperties.type }, message: "must be object,null", schema: schema11.properties.capabilities.additionalProperties.type, parentSchema: schema11.properties.capabilities.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === "provides" || key3 === "description" || key3 === "inactive")) {
                const err10 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.capabilities.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.provides !== void 0) {
              let data5 = data4.provides;
              if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data6 = data5[i0];
                  if (typeof data6 !== "string") {
                    const err11 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides/" + i0, schemaPath: "#/properties/capabilities/additionalProperties/properties/provides/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.capabilities.additionalProperties.properties.provides.items.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.provides.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides", schemaPath: "#/properties/capabilities/additionalProperties/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.capabilities.additionalProperties.properties.provides.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.provides, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              let data7 = data4.description;
              if (typeof data7 !== "string") {
                const err13 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/capabilities/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.capabilities.additionalProperties.properties.description.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.description, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.inactive !== void 0) {
              let data8 = data4.inactive;
              if (typeof data8 !== "boolean") {
                const err14 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/inactive", schemaPath: "#/properties/capabilities/additionalProperties/properties/inactive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.additionalProperties.properties.inactive.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.inactive, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.capabilities.type, parentSchema: schema11.properties.capabilities, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.catchAll !== void 0) {
      let data9 = data.catchAll;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (typeof data10 === "string") {
            if (func3(data10) < 1) {
              const err16 = { instancePath: instancePath + "/catchAll/" + i1, schemaPath: "#/properties/catchAll/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.catchAll.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/catchAll/" + i1, schemaPath: "#/properties/catchAll/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.catchAll.items.type, parentSchema: schema11.properties.catchAll.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/catchAll", schemaPath: "#/properties/catchAll/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.catchAll.type, parentSchema: schema11.properties.catchAll, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.technologyDirs !== void 0) {
      let data11 = data.technologyDirs;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === "string") {
            if (func3(data12) < 1) {
              const err19 = { instancePath: instancePath + "/technologyDirs/" + i2, schemaPath: "#/properties/technologyDirs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.technologyDirs.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/technologyDirs/" + i2, schemaPath: "#/properties/technologyDirs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.technologyDirs.items.type, parentSchema: schema11.properties.technologyDirs.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/technologyDirs", schemaPath: "#/properties/technologyDirs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.technologyDirs.type, parentSchema: schema11.properties.technologyDirs, data: data11 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data13 = data.services;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          const _errs34 = errors;
          if (typeof key4 === "string") {
            if (func3(key4) < 1) {
              const err22 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern0.test(key4)) {
              const err23 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var valid11 = _errs34 === errors;
          if (!valid11) {
            const err25 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema11.properties.services.propertyNames, parentSchema: schema11.properties.services, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key5 in data13) {
          let data14 = data13[key5];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.capability === void 0) {
              const err26 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'", schema: schema11.properties.services.additionalProperties.required, parentSchema: schema11.properties.services.additionalProperties, data: data14 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key6 in data14) {
              if (!(key6 === "capability" || key6 === "aliases" || key6 === "images" || key6 === "provides" || key6 === "reason" || key6 === "memory" || key6 === "legacy")) {
                const err27 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.services.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data14.capability !== void 0) {
              let data15 = data14.capability;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err28 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (!pattern0.test(data15)) {
                  const err29 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.aliases !== void 0) {
              let data16 = data14.aliases;
              if (Array.isArray(data16)) {
                const len3 = data16.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data17 = data16[i3];
                  if (typeof data17 === "string") {
                    if (func3(data17) < 1) {
                      const err31 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i3, schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data17)) {
                      const err32 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i3, schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i3, schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/properties/services/additionalProperties/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.additionalProperties.properties.aliases.type, parentSchema: schema11.properties.services.additionalProperties.properties.aliases, data: data16 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data14.images !== void 0) {
              let data18 = data14.images;
              if (Array.isArray(data18)) {
                const len4 = data18.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data19 = data18[i4];
                  if (typeof data19 !== "string") {
                    const err35 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/images/" + i4, schemaPath: "#/properties/services/additionalProperties/properties/images/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.images.items.type, parentSchema: schema11.properties.services.additionalProperties.properties.images.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/images", schemaPath: "#/properties/services/additionalProperties/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.additionalProperties.properties.images.type, parentSchema: schema11.properties.services.additionalProperties.properties.images, data: data18 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data14.provides !== void 0) {
              let data20 = data14.provides;
              if (Array.isArray(data20)) {
                const len5 = data20.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data21 = data20[i5];
                  if (typeof data21 !== "string") {
                    const err37 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides/" + i5, schemaPath: "#/properties/services/additionalProperties/properties/provides/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.provides.items.type, parentSchema: schema11.properties.services.additionalProperties.properties.provides.items, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides", schemaPath: "#/properties/services/additionalProperties/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.additionalProperties.properties.provides.type, parentSchema: schema11.properties.services.additionalProperties.properties.provides, data: data20 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.reason !== void 0) {
              let data22 = data14.reason;
              if (typeof data22 !== "string") {
                const err39 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reason", schemaPath: "#/properties/services/additionalProperties/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.reason.type, parentSchema: schema11.properties.services.additionalProperties.properties.reason, data: data22 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.memory !== void 0) {
              let data23 = data14.memory;
              if (typeof data23 !== "string" && !(typeof data23 == "number")) {
                const err40 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/properties/services/additionalProperties/properties/memory/type", keyword: "type", params: { type: schema11.properties.services.additionalProperties.properties.memory.type }, message: "must be string,number", schema: schema11.properties.services.additionalProperties.properties.memory.type, parentSchema: schema11.properties.services.additionalProperties.properties.memory, data: data23 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.legacy !== void 0) {
              let data24 = data14.legacy;
              if (typeof data24 !== "boolean") {
                const err41 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/legacy", schemaPath: "#/properties/services/additionalProperties/properties/legacy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.services.additionalProperties.properties.legacy.type, parentSchema: schema11.properties.services.additionalProperties.properties.legacy, data: data24 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.additionalProperties.type, parentSchema: schema11.properties.services.additionalProperties, data: data14 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data13 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data25 = data.systems;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key7 in data25) {
          let data26 = data25[key7];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.capability === void 0) {
              const err44 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'", schema: schema11.properties.systems.additionalProperties.required, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data26.members === void 0) {
              const err45 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema11.properties.systems.additionalProperties.required, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key8 in data26) {
              if (!(key8 === "capability" || key8 === "members")) {
                const err46 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data26.capability !== void 0) {
              let data27 = data26.capability;
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err47 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (!pattern0.test(data27)) {
                  const err48 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data27 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data26.members !== void 0) {
              let data28 = data26.members;
              if (Array.isArray(data28)) {
                if (data28.length < 1) {
                  const err50 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/systems/additionalProperties/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.systems.additionalProperties.properties.members, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                const len6 = data28.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data29 = data28[i6];
                  if (typeof data29 !== "string") {
                    const err51 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i6, schemaPath: "#/properties/systems/additionalProperties/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.systems.additionalProperties.properties.members.items.type, parentSchema: schema11.properties.systems.additionalProperties.properties.members.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/systems/additionalProperties/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.systems.additionalProperties.properties.members.type, parentSchema: schema11.properties.systems.additionalProperties.properties.members, data: data28 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.systems.additionalProperties.type, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/systems", schemaPath: "#/properties/systems/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.systems.type, parentSchema: schema11.properties.systems, data: data25 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.database !== void 0) {
      let data30 = data.database;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key9 in data30) {
          if (!(key9 === "postgres" || key9 === "allocations" || key9 === "isolated")) {
            const err55 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database, data: data30 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data30.postgres !== void 0) {
          let data31 = data30.postgres;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.service === void 0) {
              const err56 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.database.properties.postgres.required, parentSchema: schema11.properties.database.properties.postgres, data: data31 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            for (const key10 in data31) {
              if (!(key10 === "service" || key10 === "capability")) {
                const err57 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database.properties.postgres, data: data31 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data31.service !== void 0) {
              let data32 = data31.service;
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err58 = { instancePath: instancePath + "/database/postgres/service", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (!pattern0.test(data32)) {
                  const err59 = { instancePath: instancePath + "/database/postgres/service", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/database/postgres/service", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data32 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data31.capability !== void 0) {
              let data33 = data31.capability;
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err61 = { instancePath: instancePath + "/database/postgres/capability", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (!pattern0.test(data33)) {
                  const err62 = { instancePath: instancePath + "/database/postgres/capability", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/database/postgres/capability", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data33 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.properties.postgres.type, parentSchema: schema11.properties.database.properties.postgres, data: data31 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data30.allocations !== void 0) {
          let data34 = data30.allocations;
          if (Array.isArray(data34)) {
            const len7 = data34.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data35 = data34[i7];
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.service === void 0) {
                  const err65 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.database.properties.allocations.items.required, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data35.database === void 0) {
                  const err66 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema11.properties.database.properties.allocations.items.required, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data35.role === void 0) {
                  const err67 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema11.properties.database.properties.allocations.items.required, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                for (const key11 in data35) {
                  if (!(key11 === "service" || key11 === "database" || key11 === "role")) {
                    const err68 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data35.service !== void 0) {
                  let data36 = data35.service;
                  if (typeof data36 === "string") {
                    if (func3(data36) < 1) {
                      const err69 = { instancePath: instancePath + "/database/allocations/" + i7 + "/service", schemaPath: "#/properties/database/properties/allocations/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.allocations.items.properties.service, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/database/allocations/" + i7 + "/service", schemaPath: "#/properties/database/properties/allocations/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.allocations.items.properties.service.type, parentSchema: schema11.properties.database.properties.allocations.items.properties.service, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data35.database !== void 0) {
                  let data37 = data35.database;
                  if (typeof data37 === "string") {
                    if (func3(data37) < 1) {
                      const err71 = { instancePath: instancePath + "/database/allocations/" + i7 + "/database", schemaPath: "#/properties/database/properties/allocations/items/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.allocations.items.properties.database, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/database/allocations/" + i7 + "/database", schemaPath: "#/properties/database/properties/allocations/items/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.allocations.items.properties.database.type, parentSchema: schema11.properties.database.properties.allocations.items.properties.database, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data35.role !== void 0) {
                  let data38 = data35.role;
                  if (typeof data38 === "string") {
                    if (func3(data38) < 1) {
                      const err73 = { instancePath: instancePath + "/database/allocations/" + i7 + "/role", schemaPath: "#/properties/database/properties/allocations/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.allocations.items.properties.role, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/database/allocations/" + i7 + "/role", schemaPath: "#/properties/database/properties/allocations/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.allocations.items.properties.role.type, parentSchema: schema11.properties.database.properties.allocations.items.properties.role, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.properties.allocations.items.type, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/database/allocations", schemaPath: "#/properties/database/properties/allocations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.database.properties.allocations.type, parentSchema: schema11.properties.database.properties.allocations, data: data34 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data30.isolated !== void 0) {
          let data39 = data30.isolated;
          if (Array.isArray(data39)) {
            const len8 = data39.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data40 = data39[i8];
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                if (data40.service === void 0) {
                  const err77 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.database.properties.isolated.items.required, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data40.reason === void 0) {
                  const err78 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.database.properties.isolated.items.required, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                for (const key12 in data40) {
                  if (!(key12 === "service" || key12 === "reason")) {
                    const err79 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data40.service !== void 0) {
                  let data41 = data40.service;
                  if (typeof data41 === "string") {
                    if (func3(data41) < 1) {
                      const err80 = { instancePath: instancePath + "/database/isolated/" + i8 + "/service", schemaPath: "#/properties/database/properties/isolated/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.isolated.items.properties.service, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/database/isolated/" + i8 + "/service", schemaPath: "#/properties/database/properties/isolated/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.isolated.items.properties.service.type, parentSchema: schema11.properties.database.properties.isolated.items.properties.service, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data40.reason !== void 0) {
                  let data42 = data40.reason;
                  if (typeof data42 === "string") {
                    if (func3(data42) < 1) {
                      const err82 = { instancePath: instancePath + "/database/isolated/" + i8 + "/reason", schemaPath: "#/properties/database/properties/isolated/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.isolated.items.properties.reason, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  } else {
                    const err83 = { instancePath: instancePath + "/database/isolated/" + i8 + "/reason", schemaPath: "#/properties/database/properties/isolated/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.isolated.items.properties.reason.type, parentSchema: schema11.properties.database.properties.isolated.items.properties.reason, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.properties.isolated.items.type, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/database/isolated", schemaPath: "#/properties/database/properties/isolated/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.database.properties.isolated.type, parentSchema: schema11.properties.database.properties.isolated, data: data39 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.type, parentSchema: schema11.properties.database, data: data30 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.budget !== void 0) {
      let data43 = data.budget;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key13 in data43) {
          if (!(key13 === "memory")) {
            const err87 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.budget, data: data43 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data43.memory !== void 0) {
          let data44 = data43.memory;
          if (typeof data44 !== "string" && !(typeof data44 == "number")) {
            const err88 = { instancePath: instancePath + "/budget/memory", schemaPath: "#/properties/budget/properties/memory/type", keyword: "type", params: { type: schema11.properties.budget.properties.memory.type }, message: "must be string,number", schema: schema11.properties.budget.properties.memory.type, parentSchema: schema11.properties.budget.properties.memory, data: data44 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.budget.type, parentSchema: schema11.properties.budget, data: data43 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data45 = data.rules;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key14 in data45) {
          let data46 = data45[key14];
          const _errs117 = errors;
          let valid40 = false;
          const _errs118 = errors;
          if (!(data46 === "off" || data46 === "warn" || data46 === "warning" || data46 === "error" || data46 === 0 || data46 === 1 || data46 === 2)) {
            const err90 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data46 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          var _valid0 = _errs118 === errors;
          valid40 = valid40 || _valid0;
          if (!valid40) {
            const _errs120 = errors;
            if (Array.isArray(data46)) {
              if (data46.length > 2) {
                const err91 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              if (data46.length < 1) {
                const err92 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              const len9 = data46.length;
              if (!(len9 <= 2)) {
                const err93 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              const len10 = data46.length;
              if (len10 > 0) {
                let data47 = data46[0];
                if (!(data47 === "off" || data47 === "warn" || data47 === "warning" || data47 === "error" || data47 === 0 || data47 === 1 || data47 === 2)) {
                  const err94 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              if (len10 > 1) {
                let data48 = data46[1];
                if (!(data48 && typeof data48 == "object" && !Array.isArray(data48))) {
                  const err95 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.additionalProperties.anyOf[1].items[1].type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1].items[1], data: data48 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            } else {
              const err96 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.additionalProperties.anyOf[1].type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            var _valid0 = _errs120 === errors;
            valid40 = valid40 || _valid0;
          }
          if (!valid40) {
            const err97 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.additionalProperties.anyOf, parentSchema: schema11.properties.rules.additionalProperties, data: data46 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          } else {
            errors = _errs117;
            if (vErrors !== null) {
              if (_errs117) {
                vErrors.length = _errs117;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data45 };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.plugins !== void 0) {
      let data49 = data.plugins;
      if (Array.isArray(data49)) {
        const len11 = data49.length;
        for (let i9 = 0; i9 < len11; i9++) {
          let data50 = data49[i9];
          if (typeof data50 === "string") {
            if (func3(data50) < 1) {
              const err99 = { instancePath: instancePath + "/plugins/" + i9, schemaPath: "#/properties/plugins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.plugins.items, data: data50 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/plugins/" + i9, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.plugins.items.type, parentSchema: schema11.properties.plugins.items, data: data50 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.plugins.type, parentSchema: schema11.properties.plugins, data: data49 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data51 = data.exceptions;
      if (Array.isArray(data51)) {
        const len12 = data51.length;
        for (let i10 = 0; i10 < len12; i10++) {
          let data52 = data51[i10];
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            if (data52.rule === void 0) {
              const err102 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data52 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            if (data52.path === void 0) {
              const err103 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data52 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            if (data52.reason === void 0) {
              const err104 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data52 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            for (const key15 in data52) {
              if (!(key15 === "rule" || key15 === "path" || key15 === "reason")) {
                const err105 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.exceptions.items, data: data52 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data52.rule !== void 0) {
              let data53 = data52.rule;
              if (typeof data53 === "string") {
                if (func3(data53) < 1) {
                  const err106 = { instancePath: instancePath + "/exceptions/" + i10 + "/rule", schemaPath: "#/properties/exceptions/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.rule, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/exceptions/" + i10 + "/rule", schemaPath: "#/properties/exceptions/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.rule.type, parentSchema: schema11.properties.exceptions.items.properties.rule, data: data53 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data52.path !== void 0) {
              let data54 = data52.path;
              if (typeof data54 === "string") {
                if (func3(data54) < 1) {
                  const err108 = { instancePath: instancePath + "/exceptions/" + i10 + "/path", schemaPath: "#/properties/exceptions/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.path, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/exceptions/" + i10 + "/path", schemaPath: "#/properties/exceptions/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.path.type, parentSchema: schema11.properties.exceptions.items.properties.path, data: data54 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data52.reason !== void 0) {
              let data55 = data52.reason;
              if (typeof data55 === "string") {
                if (func3(data55) < 1) {
                  const err110 = { instancePath: instancePath + "/exceptions/" + i10 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.reason, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              } else {
                const err111 = { instancePath: instancePath + "/exceptions/" + i10 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.reason.type, parentSchema: schema11.properties.exceptions.items.properties.reason, data: data55 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.exceptions.items.type, parentSchema: schema11.properties.exceptions.items, data: data52 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
      } else {
        const err113 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data51 };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      let data56 = data.docs;
      if (Array.isArray(data56)) {
        const len13 = data56.length;
        for (let i11 = 0; i11 < len13; i11++) {
          let data57 = data56[i11];
          if (typeof data57 === "string") {
            if (func3(data57) < 1) {
              const err114 = { instancePath: instancePath + "/docs/" + i11, schemaPath: "#/properties/docs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.docs.items, data: data57 };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
          } else {
            const err115 = { instancePath: instancePath + "/docs/" + i11, schemaPath: "#/properties/docs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.docs.items.type, parentSchema: schema11.properties.docs.items, data: data57 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.docs.type, parentSchema: schema11.properties.docs, data: data56 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
  } else {
    const err117 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err117];
    } else {
      vErrors.push(err117);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/policy/schema.ts
function validateConfigSchema(data) {
  if (validate(data)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword !== "if" && e.keyword !== "propertyNames").map(toIssue);
}
function toIssue(error) {
  const path10 = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  const at = path10.length ? path10.join(".") : "(top level)";
  if (error.schemaPath.includes("/folderName/")) {
    const key = error.propertyName;
    const where = key === void 0 ? path10 : [...path10, key];
    const value = key ?? String(error.data);
    return {
      path: where,
      message: `${where.join(".")}: ${JSON.stringify(value)} is not one folder name (no '/', '\\', '.' or '..'): capability and service names become paths under the services root`
    };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known2 = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== "$schema");
      const suggestion = nearest(key, known2);
      const hint = suggestion ? `; did you mean '${suggestion}'?` : known2.length > 0 ? ` (known keys: ${known2.join(", ")})` : "";
      return { path: [...path10, key], message: `unknown key '${[...path10, key].join(".")}'${hint}` };
    }
    case "required":
      return { path: path10, message: `${at}: missing required key '${error.params.missingProperty}'` };
    case "enum":
      return { path: path10, message: `${at} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` };
    case "type":
      return { path: path10, message: `${at} must be ${error.params.type}` };
    default:
      return { path: path10, message: `${at} ${error.message ?? "is invalid"}` };
  }
}

// src/policy/config.ts
function loadConfigFile(file, cwd) {
  const shown = cwd ? displayPath(file, cwd) : file;
  let text;
  try {
    text = readFileSync3(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read config (${error.code ?? String(error)})`);
  }
  const isJson = file.endsWith(".json");
  let data;
  let doc = null;
  const lineCounter = new import_yaml2.LineCounter();
  if (isJson) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(
        `${shown}:${jsonErrorPosition(text, error.message)}: config is not valid JSON: ${jsonErrorText(error.message)}`
      );
    }
  } else {
    const fast = isPlainYaml(text) ? fastLoadDocuments(text) : null;
    if (fast && fast.length <= 1) {
      data = fast[0];
    } else {
      doc = fullDocument(shown, text, lineCounter);
      try {
        data = doc.toJS({ maxAliasCount: 1e3 });
      } catch (error) {
        throw new ConfigError(`${shown}: config could not be read: ${firstLine2(error.message)}`);
      }
    }
  }
  if (data === null || data === void 0) data = {};
  const locate = (keyPath) => {
    try {
      doc ??= fullDocument(shown, text, lineCounter);
    } catch {
      return null;
    }
    const found = findNode(doc, keyPath);
    return nodeLoc(file, lineCounter, found?.key ?? found?.value ?? null);
  };
  const issues = validateConfigSchema(data);
  if (issues.length > 0) {
    const issue = issues[0];
    const loc = locate(issue.path) ?? locate(issue.path.slice(0, -1));
    const where = loc ? `${shown}:${loc.line}:${loc.column}` : shown;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    throw new ConfigError(`${where}: invalid config: ${issue.message}${more}`);
  }
  return { file, shown, raw: data, locate };
}
function jsonErrorPosition(text, message) {
  const match = /at position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1).length + 1}`;
}
function jsonErrorText(message) {
  return firstLine2(message).replace(/ in JSON at position \d+.*$/, "").replace(/^Unexpected end of JSON input$/, "unexpected end of the file");
}
function fullDocument(shown, text, lineCounter) {
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`${shown}:${line}:${col}: config is not valid YAML: ${firstLine2(first.message)}`);
  }
  return doc;
}
var LEVELS = { off: "off", "0": "off", warn: "warn", warning: "warn", "1": "warn", error: "error", "2": "error" };
function parseRuleLevel(value) {
  return LEVELS[String(value)] ?? null;
}
function buildPolicy(config, fallbackBaseDir) {
  const raw = config?.raw ?? {};
  const recommended = raw.extends !== "none";
  const file = config?.file ?? null;
  const baseDir = file ? path7.dirname(file) : fallbackBaseDir;
  const capabilities = new Map(recommended ? RECOMMENDED_CAPABILITIES.map((c) => [c.name, { ...c }]) : []);
  for (const [name, value] of Object.entries(raw.capabilities ?? {})) {
    const previous = capabilities.get(name);
    capabilities.set(name, {
      name,
      description: value?.description ?? previous?.description ?? "",
      provides: [...previous?.provides ?? [], ...value?.provides ?? []],
      inactive: value?.inactive ?? previous?.inactive ?? name === "archive"
    });
  }
  const catalog = recommended ? RECOMMENDED_CATALOG.map((e) => ({ ...e })) : [];
  for (const [name, value] of Object.entries(raw.services ?? {})) {
    const index = catalog.findIndex((e) => e.name === name);
    const previous = index >= 0 ? catalog[index] : void 0;
    const memory = value.memory === void 0 ? previous?.memory : parseBytes(value.memory) ?? void 0;
    const merged = {
      name,
      capability: value.capability,
      aliases: [.../* @__PURE__ */ new Set([...previous?.aliases ?? [], ...value.aliases ?? []])],
      images: [.../* @__PURE__ */ new Set([...previous?.images ?? [], ...value.images ?? []])],
      provides: value.provides ?? previous?.provides ?? [],
      reason: value.reason ?? `placement table in ${path7.basename(file ?? "config")}`,
      fromConfig: true,
      ...memory !== void 0 ? { memory } : {},
      ...value.legacy !== void 0 ? { legacy: value.legacy } : previous?.legacy ? { legacy: true } : {}
    };
    if (index >= 0) catalog[index] = merged;
    else catalog.push(merged);
  }
  const systems = recommended ? RECOMMENDED_SYSTEMS.map((s) => ({ ...s, members: [...s.members] })) : [];
  for (const [name, value] of Object.entries(raw.systems ?? {})) {
    const index = systems.findIndex((s) => s.name === name);
    const system = { name, capability: value.capability, members: value.members };
    if (index >= 0) systems[index] = system;
    else systems.push(system);
  }
  const rules = /* @__PURE__ */ new Map();
  const ruleOptions = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    const [levelValue, options] = Array.isArray(value) ? value : [value];
    const level = parseRuleLevel(levelValue);
    if (level) rules.set(id, level);
    if (options !== void 0) ruleOptions.set(id, options);
  }
  const plugins = (raw.plugins ?? []).map((spec, i) => ({ spec, loc: config?.locate(["plugins", i]) ?? null }));
  const exceptions = (raw.exceptions ?? []).map((e, i) => ({
    rule: e.rule,
    path: normaliseSlashes(e.path),
    reason: e.reason,
    loc: config?.locate(["exceptions", i]) ?? null
  }));
  let memoryBudget2 = null;
  if (raw.budget?.memory !== void 0) {
    memoryBudget2 = parseBytes(raw.budget.memory);
    if (memoryBudget2 === null) {
      const loc = config?.locate(["budget", "memory"]);
      throw new ConfigError(
        `${config?.shown ?? file}${loc ? `:${loc.line}:${loc.column}` : ""}: invalid config: budget.memory '${String(raw.budget.memory)}' is not a size (use e.g. 4GiB, 512m)`
      );
    }
  }
  return {
    configFile: file,
    capabilities,
    catchAll: [...new Set([...recommended ? RECOMMENDED_CATCH_ALL : [], ...raw.catchAll ?? []].map((n) => n.toLowerCase()))],
    technologyDirs: [...new Set([...recommended ? RECOMMENDED_TECHNOLOGY_DIRS : [], ...raw.technologyDirs ?? []].map((n) => n.toLowerCase()))],
    catalog,
    systems,
    database: {
      postgres: raw.database?.postgres ? { service: raw.database.postgres.service, capability: raw.database.postgres.capability ?? RECOMMENDED_POSTGRES.capability, declared: true } : recommended ? { ...RECOMMENDED_POSTGRES } : null,
      allocations: raw.database?.allocations ?? [],
      isolated: raw.database?.isolated ?? []
    },
    budget: { memory: memoryBudget2 },
    rules,
    ruleOptions,
    plugins,
    exceptions,
    docs: (raw.docs ?? []).map(normaliseSlashes),
    baseDir,
    locate: config ? config.locate : () => null
  };
}
function normaliseSlashes(p) {
  return p.replace(/\\/g, "/");
}
function firstLine2(message) {
  return message.split("\n")[0].trim();
}

// src/policy/discover.ts
var CONFIG_FILE_NAMES = ["svclint.config.yaml", "svclint.config.yml", ".svclintrc.yaml", ".svclintrc.yml", ".svclintrc.json"];
function findConfigFile(startDir) {
  let dir = path8.resolve(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path8.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (existsSync(path8.join(dir, ".git"))) return null;
    const parent = path8.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function findConfigFor(dir) {
  const found = findConfigFile(dir);
  if (found) return found;
  const real2 = realpathOrNull(dir);
  return real2 && real2 !== path8.resolve(dir) ? findConfigFile(real2) : null;
}
function resolveRoot(dir, configFile, configRoot) {
  const abs = path8.resolve(dir);
  if (configFile && configRoot) return path8.resolve(path8.dirname(configFile), normaliseSlashes(configRoot));
  const services = path8.join(abs, "services");
  if (isDir(services)) return services;
  return abs;
}
function resolveTarget2(pathArg, cwd, configFile) {
  const dir = path8.resolve(cwd, pathArg);
  const stats = statOrNull(dir);
  if (!stats) throw new UsageError(`${pathArg}: no such directory`);
  if (!stats.isDirectory()) throw new UsageError(`${pathArg}: not a directory`);
  const file = configFile ? path8.resolve(cwd, configFile) : findConfigFor(dir);
  const config = file ? loadConfigFile(file, cwd) : null;
  const root = resolveRoot(dir, file, config?.raw.root ?? null);
  if (config?.raw.root) checkConfigRoot(config, root, cwd);
  else if (!isDir(root)) throw new UsageError(`${pathArg}: root '${pathArg}' is not a directory`);
  return { root, config, policy: buildPolicy(config, dir), only: null };
}
function checkConfigRoot(config, root, cwd) {
  if (isDir(root)) return;
  const loc = config.locate(["root"]);
  const where = `${displayPath(config.file, cwd)}${loc ? `:${loc.line}:${loc.column}` : ""}`;
  throw new ConfigError(`${where}: root '${config.raw.root}' is not a directory (it resolves to ${displayPath(root, cwd)})`);
}
function statOrNull(p) {
  try {
    return statSync4(p);
  } catch {
    return null;
  }
}
function realpathOrNull(p) {
  try {
    return realpathSync2(p);
  } catch {
    return null;
  }
}
function isFile(p) {
  return statOrNull(p)?.isFile() === true;
}
function isDir(p) {
  return statOrNull(p)?.isDirectory() === true;
}

// src/engine/changes.ts
import { createRequire as createRequire5 } from "node:module";
var require6 = createRequire5(import.meta.url);

// src/engine/options.ts
async function validateOptions(selection, describeConfigKey) {
  const withOptions = selection.filter((s) => s.configured !== null);
  if (withOptions.length === 0) return;
  for (const s of withOptions) {
    if (!s.registered.info.schema) throw new ConfigError(`${describeConfigKey(s.registered.info.id)}: rule '${s.registered.info.id}' takes no options`);
  }
  const { default: Ajv } = await import("./chunks/ajv-AXXKZNOC.js");
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
  for (const s of withOptions) {
    const { id, schema } = s.registered.info;
    let validate2;
    try {
      validate2 = ajv.compile(schema);
    } catch (error) {
      throw new ConfigError(`rule '${id}' has an invalid options schema: ${error.message}`);
    }
    if (!validate2(s.configured)) {
      const issue = validate2.errors?.[0];
      const where = issue?.instancePath ? `options${issue.instancePath.replace(/\//g, ".")}` : "options";
      const more = (validate2.errors?.length ?? 0) > 1 ? ` (and ${validate2.errors.length - 1} more)` : "";
      const allowed = issue?.keyword === "additionalProperties" ? ` '${String(issue.params.additionalProperty)}'` : "";
      throw new ConfigError(`${describeConfigKey(id)}: invalid options for rule '${id}': ${where} ${issue?.message ?? "is invalid"}${allowed}${more}`);
    }
  }
}

// src/engine/render.ts
var PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
function placeholders(template) {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
function renderValue(value, cwd) {
  if (Array.isArray(value)) return value.map((v) => renderValue(v, cwd)).join(", ");
  if (isTextValue(value)) return value.$text.map((part) => renderValue(part, cwd)).join("");
  if (isPathValue(value)) {
    const rel = displayPath(value.$path, cwd);
    if (value.line !== void 0) return `${rel}:${value.line}${value.column !== void 0 ? `:${value.column}` : ""}`;
    return value.folder && !rel.endsWith("/") ? `${rel}/` : rel;
  }
  return String(value);
}
function renderTemplate(template, data, cwd) {
  return template.replace(PLACEHOLDER, (whole, name) => Object.hasOwn(data, name) ? renderValue(data[name], cwd) : whole);
}
function renderMessage(message, cwd) {
  return renderTemplate(message.template, message.data, cwd);
}
function renderData(data, cwd) {
  const out = {};
  for (const [name, value] of Object.entries(data)) {
    out[name] = typeof value === "number" || typeof value === "boolean" ? value : renderValue(value, cwd);
  }
  return out;
}

// src/engine/lint.ts
async function runRules(model, selection, changed = null) {
  const findings = [];
  const failures = [];
  const facts = modelFacts(model);
  for (const { registered, severity, options } of selection) {
    const { info, rule } = registered;
    const own = [];
    const context = {
      ...facts,
      id: info.id,
      options,
      model,
      changed,
      report: (descriptor) => {
        own.push(toRawFinding(info, severity, descriptor, model));
      },
      get plan() {
        return placementPlan(model);
      }
    };
    try {
      await rule.check(context);
      findings.push(...own);
    } catch (error) {
      failures.push({ rule: info.id, source: info.source ?? null, message: error instanceof Error ? error.message : String(error), error });
    }
  }
  return { findings, failures };
}
function messageOf(info, id, data) {
  const template = Object.hasOwn(info.messages, id) ? info.messages[id] : void 0;
  if (typeof template !== "string")
    throw new Error(`reported messageId '${id}', which meta.messages does not define (it has ${Object.keys(info.messages).join(", ")})`);
  return { id, template, data: data ?? {} };
}
function toRawFinding(info, severity, r, model) {
  const finding = {
    rule: info.id,
    severity,
    path: r.loc?.file ?? r.path ?? model.root,
    line: r.loc?.line ?? null,
    column: r.loc?.column ?? null,
    message: messageOf(info, r.messageId, r.data),
    fix: r.fixId === void 0 ? null : messageOf(info, r.fixId, r.data)
  };
  if (r.target) finding.target = r.target;
  if (r.related && r.related.length > 0) {
    finding.related = r.related.map((x) => ({
      path: x.loc?.file ?? x.path ?? model.root,
      line: x.loc?.line ?? null,
      column: x.loc?.column ?? null,
      message: messageOf(info, x.messageId, x.data)
    }));
  }
  if (r.key !== void 0) finding.key = r.key;
  if (r.cause) finding.cause = r.cause;
  const actions = r.actions ?? (r.cause ? causeByKey(placementPlan(model), r.cause)?.actions : void 0);
  if (actions && actions.length > 0) finding.actions = actions;
  return finding;
}
function displayAction(action, cwd) {
  switch (action.op) {
    case "move":
      return { ...action, from: displayPath(action.from, cwd), to: displayPath(action.to, cwd) };
    case "symlink":
      return { ...action, path: displayPath(action.path, cwd), target: displayPath(action.target, cwd) };
    case "edit":
      return { ...action, file: displayPath(action.file, cwd) };
    default:
      return { ...action, path: displayPath(action.path, cwd) };
  }
}
function toFinding(f, cwd) {
  const finding = {
    rule: f.rule,
    severity: f.severity,
    path: displayPath(f.path, cwd),
    line: f.line,
    column: f.line === null ? null : f.column,
    message: renderMessage(f.message, cwd),
    fix: f.fix ? renderMessage(f.fix, cwd) : null,
    messageId: f.message.id
  };
  if (Object.keys(f.message.data).length > 0) finding.data = renderData(f.message.data, cwd);
  if (f.also && f.also.length > 0) finding.also = [...f.also];
  if (f.related && f.related.length > 0) {
    finding.related = f.related.map((r) => ({
      path: displayPath(r.path, cwd),
      line: r.line,
      column: r.line === null ? null : r.column,
      message: `${r.prefix ? `${r.prefix}: ` : ""}${renderMessage(r.message, cwd)}`
    }));
  }
  if (f.actions && f.actions.length > 0) finding.actions = f.actions.map((a) => displayAction(a, cwd));
  if (f.key !== void 0) finding.key = f.key;
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

// src/api/testing.ts
var globals = globalThis;
var RuleTester = class _RuleTester {
  /** The test runner's `describe` (default: a global one, else the body runs at once). */
  static describe = null;
  /** The test runner's `it` (default: a global one, else the case runs at once). */
  static it = null;
  /** Registers a test per case (and per documentation example). Throws at once for a case that cannot pass. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(rule, cases) {
    const id = rule.meta.id;
    for (const c of cases.invalid) {
      if (!Array.isArray(c.findings) || c.findings.length === 0)
        throw new Error(`RuleTester ${id}: invalid case '${c.name}' names no findings; list the exact findings it must produce`);
    }
    const describe = _RuleTester.describe ?? globals.describe ?? ((_name, body) => body());
    const it = _RuleTester.it ?? globals.it ?? ((_name, body) => void body());
    describe(id, () => {
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, async () => {
          const findings = await lintCase(rule, c);
          assert.deepEqual(findings.map(brief), [], `valid case '${c.name}' has findings`);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, async () => {
          checkFindings(rule, c, await lintCase(rule, c));
        });
      }
      for (const kind of ["valid", "invalid"]) {
        for (const example of rule.meta.docs?.examples?.[kind] ?? []) {
          it(`docs example (${kind}): ${example.description}`, async () => {
            const findings = await lintCase(rule, exampleCase(example));
            if (kind === "valid") assert.deepEqual(findings.map(brief), [], `documented valid example '${example.description}' has findings`);
            else assert.ok(findings.length > 0, `documented invalid example '${example.description}' has no finding`);
          });
        }
      }
    });
  }
};
function exampleCase(example) {
  return {
    name: example.description,
    files: example.files,
    ...example.config ? { config: example.config } : {},
    ...example.options ? { options: example.options } : {}
  };
}
async function lintCase(rule, c) {
  const dir = mkdtempSync(path9.join(os.tmpdir(), "svclint-rule-"));
  try {
    writeFiles(dir, c.files);
    if (c.config) writeFileSync(path9.join(dir, "svclint.config.yaml"), (0, import_yaml3.stringify)(c.config));
    const target = resolveTarget2(".", dir, null);
    const info = ruleInfo(rule);
    const selection = [
      { registered: { rule, info }, severity: info.severity, options: { ...info.defaultOptions ?? {}, ...c.options ?? {} }, configured: c.options ?? null }
    ];
    await validateOptions(selection, () => `options of '${c.name}'`);
    const model = await buildHostModel(target.root, target.policy, dir, { files: new FileCache() });
    const changed = c.changed ? changeSet(c.changed.map((p) => path9.resolve(dir, p))) : null;
    const { findings, failures } = await runRules(model, selection, changed);
    if (failures.length > 0) throw failures[0].error;
    return findings.map((f) => toFinding(f, dir)).sort(compareFindings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function changeSet(files) {
  return { files, touches: (abs) => files.some((f) => isInside(abs, f) || isInside(f, abs)) };
}
function checkFindings(rule, c, findings) {
  const expected = c.findings;
  const label = `invalid case '${c.name}'`;
  assert.deepEqual(findings.map(brief), expected.map(briefExpected), `${label}: the findings differ`);
  findings.forEach((finding, i) => {
    const want = expected[i];
    const at = `${label}, finding ${i + 1}`;
    assert.equal(finding.rule, rule.meta.id, at);
    if (finding.data && Object.keys(finding.data).length > 0) {
      assert.ok(want.data, `${at}: give the message's data: ${JSON.stringify(finding.data)}`);
    }
    if (want.data) assert.deepEqual(finding.data ?? {}, want.data, `${at}: data`);
    for (const text of [finding.message, finding.fix ?? ""]) {
      assert.equal(placeholders(text).length, 0, `${at}: '${text}' has a placeholder with no data`);
    }
    if (want.fixId !== void 0) assert.equal(fixIdOf(rule, finding), want.fixId, `${at}: fix`);
    matches(finding.message, want.message, `${at}: message`);
    matches(finding.fix ?? "", want.fix, `${at}: fix`);
  });
}
function fixIdOf(rule, finding) {
  if (finding.fix === null) return null;
  const data = finding.data ?? {};
  for (const [id, template] of Object.entries(rule.meta.messages)) {
    const text = template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name) => Object.hasOwn(data, name) ? String(data[name]) : whole);
    if (text === finding.fix) return id;
  }
  return null;
}
function matches(actual, want, label) {
  if (want === void 0) return;
  if (typeof want === "string") assert.equal(actual, want, label);
  else assert.match(actual, want, label);
}
function brief(f) {
  return `${f.path}:${f.line ?? "-"}:${f.column ?? "-"} ${f.messageId ?? "?"}`;
}
function briefExpected(e) {
  return `${e.path}:${e.line ?? "-"}:${e.column ?? "-"} ${e.messageId}`;
}
function writeFiles(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(files)) {
    const target = path9.join(dir, name);
    if (typeof value === "string" || value instanceof Uint8Array) {
      mkdirSync(path9.dirname(target), { recursive: true });
      writeFileSync(target, value);
    } else if (typeof value === "object" && value !== null && "symlink" in value && typeof value.symlink === "string") {
      mkdirSync(path9.dirname(target), { recursive: true });
      symlinkSync(value.symlink, target);
    } else {
      writeFiles(target, value);
    }
  }
}
export {
  RuleTester,
  lintCase
};
