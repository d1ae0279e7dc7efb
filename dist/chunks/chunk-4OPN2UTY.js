import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  findCatalogEntry,
  parseImage
} from "./chunk-QLQ2YBG2.js";
import {
  interpolate
} from "./chunk-VFVSZFIG.js";

// src/database/initdb/pg-parser.ts
import { setFlagsFromString } from "node:v8";

// src/database/initdb/source.ts
var LineIndex = class {
  constructor(file, bytes) {
    this.file = file;
    this.bytes = bytes;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) this.starts.push(i + 1);
  }
  file;
  bytes;
  starts = [0];
  /** 1-based line and column (UTF-16 units, as editors count) of a byte offset. */
  loc(byteOffset) {
    const offset = Math.max(0, Math.min(byteOffset, this.bytes.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo];
    const column = this.bytes.toString("utf8", lineStart, offset).length + 1;
    return { file: this.file, line: lo + 1, column };
  }
  /** Byte offset of a 1-based line and byte column (mvdan-sh reports those). */
  offsetOf(line, byteColumn) {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return start + Math.max(0, byteColumn - 1);
  }
};
var SourceBuilder = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  parts = [];
  origin = [];
  expansions = [];
  length = 0;
  /** Copy bytes [start, end) of the file verbatim. */
  appendBytes(start, end) {
    if (end <= start) return;
    const text = this.bytes.toString("utf8", start, end);
    let offset = start;
    for (const ch of text) {
      const units = ch.length;
      for (let u = 0; u < units; u++) this.origin.push(offset);
      offset += Buffer.byteLength(ch);
    }
    this.parts.push(text);
    this.length += text.length;
  }
  /** Text that stands for something at `byteOffset` (an expansion, or an escaped character). */
  appendAt(text, byteOffset, expansion) {
    if (text === "") return;
    for (let u = 0; u < text.length; u++) this.origin.push(byteOffset);
    if (expansion) this.expansions.push({ start: this.length, end: this.length + text.length });
    this.parts.push(text);
    this.length += text.length;
  }
  get size() {
    return this.length;
  }
  build(lines, database, endOffset) {
    return { lines, text: this.parts.join(""), origin: [...this.origin, endOffset], expansions: this.expansions, database };
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

// src/database/initdb/pg-parser.ts
var loading = null;
var WASM_TIERING_BUDGET = 9e7;
var loadMillis = null;
function loadPgParser() {
  loading ??= (async () => {
    const started = performance.now();
    setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
    const pg = await import("libpg-query");
    await pg.loadModule();
    loadMillis = performance.now() - started;
    return pg.parseSync;
  })();
  return loading;
}
var BATCH_STATEMENTS = 256;
async function parseStatements(text, statementEnds) {
  const parse = await loadPgParser();
  const outcome = { statements: [], errors: [] };
  const cuts = [...[...statementEnds].sort((a, b) => a - b).map((end) => Math.min(text.length, end + 1)), text.length];
  let from = 0;
  for (let i = 0; i < cuts.length && from < text.length; i += BATCH_STATEMENTS) {
    const batch = cuts.slice(i, i + BATCH_STATEMENTS).filter((cut) => cut > from);
    const to = batch.at(-1) ?? from;
    if (to <= from) continue;
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

// src/util/lazy.ts
function memo(compute) {
  let done = false;
  let value;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
function withLazyLoc(target, compute) {
  const get = memo(compute);
  Object.defineProperty(target, "loc", { get, enumerable: true, configurable: true });
  return target;
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
var OTHER_ENGINES = /* @__PURE__ */ new Set(["MYSQL", "MARIADB", "MONGO", "MONGODB", "REDIS", "VALKEY", "CLICKHOUSE", "COUCHDB", "COUCH", "INFLUX", "INFLUXDB", "ELASTIC", "ELASTICSEARCH", "MSSQL", "ORACLE", "CASSANDRA", "NEO4J", "QDRANT", "MEMCACHED", "RABBITMQ", "AMQP", "NATS", "KAFKA", "MINIO", "S3", "SMTP", "MAIL", "LDAP", "SQLITE"]);
var POSTGRES_TYPE = /postgres|pgsql|psycopg|cockroach|^pg$|^psql$/i;
var OTHER_TYPE = /sqlite|mysql|maria|mssql|sqlserver|oracle|mongo|cassandra|redis|^h2$|derby|^memory$|^none$|^file$/i;
var URL_NAME = /(^|_)(DATABASE|DB|POSTGRES|POSTGRESQL|PG|PGSQL)_(URL|URI|DSN)$|^(DATABASE|DB|POSTGRES|PG)_CONNECTION(_STRING|_URL)?$/;
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
    const fullyUnknown = value !== null && /^\$\{[^}]*\}$|^\$[A-Za-z_]\w*$/.test(value.trim());
    if (URL_NAME.test(variable.name) && !isOtherEngineName(variable.name) && (value === null || fullyUnknown)) {
      out.push(emptyConnection(service, "url", variable.name));
      continue;
    }
    const split = splitFieldName(variable.name);
    if (split) fields.push({ ...split, variable, value: value === null || value.trim() === "" ? null : value.trim() });
  }
  out.push(...groupConnections(service, fields));
  return out;
}
function isOtherEngineName(name) {
  return name.split("_").some((word) => OTHER_ENGINES.has(word));
}
function splitFieldName(name) {
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
    const group = groups.get(v.prefix) ?? /* @__PURE__ */ new Map();
    group.set(v.field, v);
    groups.set(v.prefix, group);
  }
  const ancestors = (prefix) => [...groups.keys()].filter((p) => p !== prefix && prefix.startsWith(`${p}_`)).sort((a, b) => b.length - a.length).map((p) => groups.get(p));
  const pick = (prefix, field, inherit) => {
    const own = groups.get(prefix).get(field);
    if (own || !inherit) return own ?? null;
    for (const parent of ancestors(prefix)) if (parent.has(field)) return parent.get(field);
    return null;
  };
  const isParentOnly = (prefix) => {
    const own = groups.get(prefix);
    const hasChild = [...groups.keys()].some((p) => p !== prefix && p.startsWith(`${prefix}_`));
    return hasChild && !own.has("user");
  };
  const out = [];
  for (const prefix of groups.keys()) {
    if (isParentOnly(prefix)) continue;
    const type = pick(prefix, "type", true);
    if (type?.value && !POSTGRES_TYPE.test(type.value) && OTHER_TYPE.test(type.value)) continue;
    const host = pick(prefix, "host", true);
    const user = pick(prefix, "user", false);
    const database = pick(prefix, "database", true);
    if (!host && !user && !database) continue;
    const password = pick(prefix, "password", false);
    out.push({
      service,
      source: "fields",
      name: prefix,
      host: host ? hostPiece(service, host) : null,
      port: piece(service, pick(prefix, "port", true)),
      user: piece(service, user),
      database: piece(service, database),
      password: password ? withLazyLoc({ kind: password.value === null || hasVariable(password.variable.raw ?? "") ? "variable" : "literal" }, () => valueLoc(service, password.variable)) : { kind: "none", loc: null },
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
function parsePostgresUrl(text) {
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  const scheme = URL_SCHEME.exec(trimmed);
  if (scheme) return shift(parseUrlBody(trimmed, scheme[0].length), lead);
  if (/(^|\s)host\s*=/.test(trimmed) && /(^|\s)(user|dbname)\s*=/.test(trimmed)) return shift(parseKeywordDsn(trimmed), lead);
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
    password: password ? withLazyLoc({ kind: password.value.includes("${") || hasVariable(rawPasswordText(raw) ?? password.value) ? "variable" : "literal" }, () => locOf(password)) : { kind: "none", loc: null },
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
import { readdirSync, readFileSync, statSync } from "node:fs";
import path2 from "node:path";
import { gunzipSync as gunzipSync2 } from "node:zlib";

// src/database/initdb/read.ts
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";

// src/database/initdb/shell.ts
import { createRequire } from "node:module";

// src/database/initdb/psql-lexer.ts
var IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
var PSQL_VAR = /^[A-Za-z_][A-Za-z0-9_]*/;
var DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
var SHELL_VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
var SENDS_BUFFER = /^(g|gx|gexec|gset|gdesc|crosstabview|watch|bind|bind_named)$/;
function preparePsql(source) {
  const src = source.text;
  const out = [];
  const origin = [];
  const result = {
    text: "",
    origin,
    statementEnds: [],
    connects: [],
    gexecEnds: /* @__PURE__ */ new Set(),
    metaCommands: [],
    psqlVariables: [],
    placeholders: [],
    hasSql: false
  };
  const expansionAt = new Map(source.expansions.map((span) => [span.start, span]));
  const inExpansion = (index) => source.expansions.some((span) => index >= span.start && index < span.end);
  const emit = (text, from) => {
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]);
      origin.push(source.origin[Math.min(from + k, src.length)]);
    }
  };
  const emitAt = (text, at) => {
    for (const ch of text) {
      out.push(ch);
      origin.push(source.origin[at]);
    }
  };
  const copy = (from, to) => emit(src.slice(from, to), from);
  const scanPlaceholders = (from, to) => {
    const chunk = src.slice(from, to);
    for (const match of chunk.matchAll(SHELL_VAR)) {
      const at = from + match.index;
      if (inExpansion(at)) continue;
      result.placeholders.push({ name: match[1] ?? match[2], offset: source.origin[at] });
    }
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    const prev = i > 0 ? src[i - 1] : "";
    const span = expansionAt.get(i);
    if (span) {
      emitAt('"', i);
      copy(span.start, span.end);
      emitAt('"', span.end - 1);
      result.hasSql = true;
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
      copy(i, end);
      result.hasSql = true;
      i = end;
      continue;
    }
    if (c === '"') {
      const end = quotedEnd(src, i, '"', false);
      scanPlaceholders(i, end);
      copy(i, end);
      result.hasSql = true;
      i = end;
      continue;
    }
    if (c === "$") {
      const tag = IDENT_CHAR.test(prev) ? null : DOLLAR_TAG.exec(src.slice(i, i + 64));
      if (tag) {
        const close = src.indexOf(tag[0], i + tag[0].length);
        const end = close < 0 ? src.length : close + tag[0].length;
        scanPlaceholders(i + tag[0].length, close < 0 ? end : close);
        copy(i, end);
        result.hasSql = true;
        i = end;
        continue;
      }
      const match = IDENT_CHAR.test(prev) ? null : /^\$\{[^}\n]*\}|^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 256));
      if (match) {
        scanPlaceholders(i, i + match[0].length);
        copy(i, i + match[0].length);
        result.hasSql = true;
        i += match[0].length;
        continue;
      }
    }
    if (c === ":" && next !== ":" && prev !== ":") {
      const quote = next === "'" || next === '"' ? next : "";
      const name = PSQL_VAR.exec(src.slice(i + 1 + quote.length, i + 256));
      if (name && (!quote || src[i + 1 + quote.length + name[0].length] === quote)) {
        const written = 1 + name[0].length + quote.length * 2;
        const standIn = quote === "'" ? `':${name[0]}'` : `":${name[0]}"`;
        result.psqlVariables.push({ name: name[0], at: out.length, offset: source.origin[i] });
        emitAt(standIn, i);
        result.hasSql = true;
        i += written;
        continue;
      }
    }
    if (c === "\\") {
      i = metaCommand(src, i, result, out, origin, source);
      continue;
    }
    if (c === ";") result.statementEnds.push(out.length);
    if (!/\s/.test(c)) result.hasSql = true;
    copy(i, i + 1);
    i++;
  }
  origin.push(source.origin[src.length]);
  result.text = out.join("");
  return result;
}
function metaCommand(src, start, result, out, origin, source) {
  let end = indexOrEnd(src, "\n", start);
  const separator = src.indexOf("\\\\", start + 1);
  if (separator >= 0 && separator < end) end = separator + 2;
  const body = src.slice(start + 1, end);
  const name = /^[A-Za-z]+/.exec(body)?.[0] ?? body.slice(0, 1);
  result.metaCommands.push({ name, offset: source.origin[start] });
  const sends = SENDS_BUFFER.test(name);
  if (sends) {
    result.statementEnds.push(out.length);
    if (name === "gexec") result.gexecEnds.add(out.length);
  }
  if (name === "c" || name === "connect") {
    const database = connectTarget(body.slice(name.length));
    if (database !== null) result.connects.push({ at: out.length, database });
  }
  for (let k = start; k < end; k++) {
    const ch = src[k];
    out.push(k === start && sends ? ";" : ch === "\n" || ch === "\r" ? ch : " ");
    origin.push(source.origin[k]);
  }
  return end;
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

// src/database/initdb/statements.ts
var VARIABLE_TEXT = /\$\{|\$[A-Za-z_]|\$\(|`/;
var ALL_PRIVILEGES = ["connect", "create", "temp"];
function modelStatement(raw, ctx) {
  const base = { loc: ctx.loc(skipTrivia(ctx.text, raw.start, raw.end)), database: ctx.database };
  const node = raw.node;
  let literalPasswordAt = null;
  const password = (option) => {
    const value = option.arg?.String;
    if (value === void 0 || typeof value.sval !== "string") return "none";
    const quoteAt = passwordLiteralAt(ctx.text, raw.at(Number(option.location ?? 0)), raw.end);
    if (VARIABLE_TEXT.test(value.sval) || quoteAt !== null && ctx.psqlVariableAt(quoteAt)) return "placeholder";
    literalPasswordAt = quoteAt ?? raw.at(Number(option.location ?? 0));
    return "literal";
  };
  const statement = (() => {
    switch (raw.type) {
      case "CreateRoleStmt": {
        const options = defElems(node.options);
        const flag = (name) => booleanOption(options, name);
        const isUser = node.stmt_type === "ROLESTMT_USER";
        const passwordOption = options.find((o) => o.defname === "password");
        return {
          ...base,
          kind: "create-role",
          role: String(node.role ?? ""),
          login: flag("canlogin") ?? isUser,
          superuser: flag("superuser") ?? false,
          password: passwordOption ? password(passwordOption) : "none",
          memberOf: roleListOption(options, "addroleto"),
          members: [...roleListOption(options, "rolemembers"), ...roleListOption(options, "adminmembers")]
        };
      }
      case "AlterRoleStmt": {
        const options = defElems(node.options);
        const passwordOption = options.find((o) => o.defname === "password");
        return {
          ...base,
          kind: "alter-role",
          role: roleName(node.role),
          password: passwordOption ? password(passwordOption) : null,
          login: booleanOption(options, "canlogin"),
          superuser: booleanOption(options, "superuser")
        };
      }
      case "CreatedbStmt": {
        const options = defElems(node.options);
        const text = (name) => {
          const arg = options.find((o) => o.defname === name)?.arg;
          return arg ? stringValue(arg) : null;
        };
        return { ...base, kind: "create-database", name: String(node.dbname ?? ""), owner: text("owner"), template: text("template") };
      }
      case "AlterOwnerStmt":
        if (node.objectType !== "OBJECT_DATABASE") break;
        return { ...base, kind: "alter-database-owner", name: stringValue(node.object) ?? "", owner: roleName(node.newowner) };
      case "GrantStmt": {
        if (node.objtype !== "OBJECT_DATABASE" || node.targtype !== "ACL_TARGET_OBJECT") break;
        return {
          ...base,
          kind: node.is_grant === true ? "grant-database" : "revoke-database",
          privileges: databasePrivileges(node.privileges),
          databases: list(node.objects).map((o) => stringValue(o) ?? ""),
          grantees: list(node.grantees).map((g) => roleName(g.RoleSpec ?? g))
        };
      }
      case "GrantRoleStmt":
        return {
          ...base,
          kind: node.is_grant === true ? "grant-role" : "revoke-role",
          roles: list(node.granted_roles).map((r) => String(r.AccessPriv?.priv_name ?? "")),
          grantees: list(node.grantee_roles).map((g) => roleName(g.RoleSpec ?? g))
        };
      case "CreateExtensionStmt":
        return { ...base, kind: "create-extension", name: String(node.extname ?? "") };
    }
    return { ...base, kind: "other", node: raw.type };
  })();
  return { statement, literalPasswordAt };
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function defElems(options) {
  return list(options).map((o) => o.DefElem ?? {});
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
  if (names.length === 0 || names.includes("all")) return [...ALL_PRIVILEGES];
  const out = /* @__PURE__ */ new Set();
  for (const name of names) {
    if (name === "connect") out.add("connect");
    else if (name === "create") out.add("create");
    else if (name === "temp" || name === "temporary") out.add("temp");
  }
  return [...out];
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
  return { kind, file, statements: [], placeholders: [], literalPasswords: [], metaCommands: [], psqlVariables: [], errors: [] };
}
async function parseInitSql(abs, text, origin = "sql") {
  const script = emptyScript(origin, abs);
  await readSqlInto(script, sqlFileSource(abs, text.replace(/^\uFEFF/, " ")));
  return script;
}
async function readSqlInto(script, source, options = {}) {
  let prepared;
  try {
    prepared = preparePsql(source);
  } catch (error) {
    script.errors.push({ message: `could not read SQL: ${oneLine(error)}`, loc: source.lines.loc(source.origin[0] ?? 0) });
    return;
  }
  const locOf = (at) => source.lines.loc(prepared.origin[Math.max(0, Math.min(at, prepared.origin.length - 1))]);
  const byOffset = (offset) => source.lines.loc(offset);
  if (!options.nested) {
    script.metaCommands.push(...prepared.metaCommands.map((m) => ({ name: m.name, loc: byOffset(m.offset) })));
    script.psqlVariables.push(...prepared.psqlVariables.map((v) => ({ name: v.name, loc: byOffset(v.offset) })));
    script.placeholders.push(...prepared.placeholders.map((p) => ({ name: p.name, loc: byOffset(p.offset) })));
  }
  if (!prepared.hasSql) return;
  let parsed;
  try {
    parsed = await parseStatements(prepared.text, prepared.statementEnds);
  } catch (error) {
    script.errors.push({ message: `could not load the PostgreSQL parser: ${oneLine(error)}`, loc: locOf(0) });
    return;
  }
  if (!options.quiet) for (const error of parsed.errors) script.errors.push({ message: safeMessage(error.message, prepared.text.slice(0, error.at)), loc: locOf(error.at) });
  const variableStarts = new Set(prepared.psqlVariables.map((v) => v.at));
  const databaseAt = (at) => {
    let database = source.database;
    for (const connect of prepared.connects) {
      if (connect.at > at) break;
      if (connect.database !== "-") database = connect.database;
    }
    return database;
  };
  for (const raw of parsed.statements) {
    const ctx = {
      text: prepared.text,
      loc: locOf,
      database: databaseAt(raw.start),
      psqlVariableAt: (at) => variableStarts.has(at)
    };
    record(script, raw, ctx);
    const terminator = terminatorOf(prepared, raw);
    if (terminator !== null && prepared.gexecEnds.has(terminator)) await readGexec(script, raw, ctx.database, (at) => prepared.origin[at], source);
    if (raw.type === "DoStmt") await readDoBlock(script, raw, ctx.database, prepared, source);
  }
}
function record(script, raw, ctx) {
  const { statement, literalPasswordAt } = modelStatement(raw, ctx);
  script.statements.push(statement);
  if (literalPasswordAt !== null && "role" in statement) script.literalPasswords.push({ role: statement.role, loc: ctx.loc(literalPasswordAt) });
}
function terminatorOf(prepared, raw) {
  for (const end of prepared.statementEnds) if (end >= raw.end - 1) return end;
  return null;
}
async function readGexec(script, raw, database, originOf, source) {
  if (raw.type !== "SelectStmt") return;
  const targets = raw.node.targetList ?? [];
  for (const target of targets) {
    const sql = constantText(target.ResTarget?.val);
    if (sql === null || sql.trim() === "") continue;
    const offset = originOf(raw.at(Number(target.ResTarget?.location ?? 0)));
    const origin = Array.from({ length: sql.length + 1 }, () => offset);
    await readSqlInto(script, { lines: source.lines, text: sql, origin, expansions: [], database }, { nested: true });
  }
}
var DO_BLOCK_SQL = /\b(?:CREATE|ALTER)\s+(?:ROLE|USER)\b|\bGRANT\b|\bREVOKE\b|\bCREATE\s+EXTENSION\b/i;
async function readDoBlock(script, raw, database, prepared, source) {
  const args = raw.node.args ?? [];
  const body = args.map((a) => a.DefElem).find((d) => d?.defname === "as");
  if (!body) return;
  const at = raw.at(body.location ?? 0);
  const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(prepared.text.slice(at, at + 64))?.[0];
  const end = tag ? prepared.text.indexOf(tag, at + tag.length) : -1;
  if (!tag || end < 0) return;
  const start = at + tag.length;
  const slice = (from2, to) => ({ lines: source.lines, text: prepared.text.slice(from2, to), origin: prepared.origin.slice(from2, to + 1), expansions: [], database });
  const inner = preparePsql(slice(start, end));
  let from = 0;
  for (const stop of [...inner.statementEnds, inner.text.length]) {
    const match = DO_BLOCK_SQL.exec(inner.text.slice(from, stop));
    if (match) await readSqlInto(script, { ...slice(start, end), text: inner.text.slice(from + match.index, stop), origin: inner.origin.slice(from + match.index, stop + 1) }, { nested: true, quiet: true });
    from = stop + 1;
  }
}
function constantText(node) {
  if (!node) return null;
  const constant = node.A_Const;
  if (constant) {
    const value = constant.sval?.sval;
    return typeof value === "string" ? value : null;
  }
  const expr = node.A_Expr;
  if (expr && expr.name?.[0]?.String?.sval === "||") {
    const left = constantText(expr.lexpr);
    const right = constantText(expr.rexpr);
    return left === null || right === null ? null : left + right;
  }
  return null;
}
function safeMessage(message, textBefore) {
  const near = /^(.*?) at or near "(.*)"$/s.exec(message);
  if (!near) return oneLine(message);
  const token = near[2];
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$|^[^\s\w'"$]{1,3}$/.test(token);
  return plain && !/PASSWORD\s*$/i.test(textBefore) ? `${near[1]} at or near "${token}"` : near[1];
}
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim();
}

// src/database/initdb/shell.ts
var require2 = createRequire(import.meta.url);
var loading2 = null;
function loadShell() {
  loading2 ??= (async () => {
    const { syntax } = require2("mvdan-sh");
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
var SHORT_WITH_VALUE = new Set("cdfUhpvoLTFRP".split(""));
var LONG_WITH_VALUE = /* @__PURE__ */ new Set(["command", "dbname", "file", "username", "host", "port", "set", "variable", "output", "log-file", "table-attr", "field-separator", "record-separator", "pset"]);
var PSQL_COMMANDS = /* @__PURE__ */ new Set(["psql", "docker_process_sql"]);
var DEFAULT_DATABASE_VARIABLES = /* @__PURE__ */ new Set(["POSTGRES_DB"]);
async function parseInitShell(abs, text) {
  const script = emptyScript("sh", abs);
  const bytes = Buffer.from(text, "utf8");
  const lines = new LineIndex(abs, bytes);
  let shell;
  let file;
  try {
    shell = await loadShell();
  } catch (error) {
    script.errors.push({ message: `could not load the shell parser: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  try {
    file = shell.syntax.NewParser(shell.syntax.KeepComments(false), shell.syntax.Variant(shell.syntax.LangBash)).Parse(text, abs);
  } catch (error) {
    const problem = error;
    const offset = typeof problem.Pos?.Offset === "function" ? problem.Pos.Offset() : 0;
    script.errors.push({ message: `shell syntax error: ${problem.Text ?? oneLine(error)}`, loc: lines.loc(offset) });
    return script;
  }
  const reader = new ShellReader(shell, bytes, lines);
  const sources = [];
  try {
    shell.syntax.Walk(file, (node) => {
      if (node) sources.push(...reader.sourcesOf(node));
      return true;
    });
  } catch (error) {
    script.errors.push({ message: `could not read the shell script: ${oneLine(error)}`, loc: lines.loc(0) });
    return script;
  }
  for (const source of sources) {
    if (onlyExpansions(source)) continue;
    await readSqlInto(script, source);
  }
  return script;
}
function onlyExpansions(source) {
  let rest = source.text;
  for (const span of [...source.expansions].reverse()) rest = rest.slice(0, span.start) + rest.slice(span.end);
  return rest.trim() === "";
}
var ShellReader = class {
  constructor(shell, bytes, lines) {
    this.shell = shell;
    this.bytes = bytes;
    this.lines = lines;
    this.t = (node) => shell.syntax.NodeType(node);
  }
  shell;
  bytes;
  lines;
  t;
  /** SQL sources a statement hands to psql, in order. */
  sourcesOf(node) {
    const type = this.t(node);
    if (type === "BinaryCmd" && Number(node.Op) === this.shell.ops.pipe) return this.pipeSources(node);
    if (type !== "Stmt") return [];
    const call = this.psqlCall(node);
    if (!call) return [];
    if (call.commands.length > 0) {
      return call.commands.map((word) => this.wordSource(word, call.database, call.commandPrefix.get(word) ?? 0));
    }
    return this.redirectSources(node, call.database);
  }
  /** `echo "SQL" | psql`, `cat <<EOF | psql`. */
  pipeSources(node) {
    const right = node.Y;
    const left = node.X;
    const call = this.psqlCall(right);
    if (!call || call.commands.length > 0 || this.redirectSources(right, null).length > 0) return [];
    const args = this.args(left);
    const name = args[0] ? this.literal(args[0]) : null;
    if (name === "cat") return this.redirectSources(left, call.database);
    if (name === "echo" || name === "printf") {
      const words = args.slice(1).filter((word) => !/^-[neE]+$/.test(this.literal(word) ?? ""));
      return words.map((word) => this.wordSource(word, call.database, 0));
    }
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
    const call = { commands: [], commandPrefix: /* @__PURE__ */ new Map(), database: null };
    const positional = [];
    let explicitDatabase = null;
    for (let i = index + 1; i < args.length; i++) {
      const word = args[i];
      const literal = this.literal(word);
      const head = literal ?? this.leadingLit(word);
      if (head === null || !head.startsWith("-") || head === "-") {
        positional.push(word);
        continue;
      }
      const whole = literal !== null;
      let option;
      let prefix;
      if (head.startsWith("--")) {
        const eq = head.indexOf("=");
        option = eq < 0 ? head.slice(2) : head.slice(2, eq);
        prefix = eq >= 0 ? eq + 1 : whole ? null : head.length;
        if (!LONG_WITH_VALUE.has(option)) continue;
      } else {
        const flags = head.slice(1);
        const at = [...flags].findIndex((flag) => SHORT_WITH_VALUE.has(flag));
        if (at < 0) continue;
        option = flags[at];
        prefix = at + 2 < head.length || !whole ? at + 2 : null;
      }
      let value = word;
      if (prefix === null) value = args[++i] ?? null;
      else call.commandPrefix.set(word, Buffer.byteLength(head.slice(0, prefix)));
      if (!value) continue;
      if (option === "c" || option === "command") call.commands.push(value);
      else if (option === "d" || option === "dbname") {
        explicitDatabase = value;
        call.database = this.databaseOf(value, call.commandPrefix.get(value) ?? 0);
      }
    }
    if (!explicitDatabase && positional[0]) call.database = this.databaseOf(positional[0], 0);
    return call;
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
  databaseOf(word, prefixBytes) {
    const literal = this.literal(word);
    if (literal !== null) return literal.slice(prefixBytes) || null;
    const parts = this.flatParts(word);
    if (parts.length === 1 && this.t(parts[0]) === "ParamExp") {
      const name = String(parts[0].Param?.Value ?? "");
      if (DEFAULT_DATABASE_VARIABLES.has(name)) return null;
    }
    return this.bytes.toString("utf8", word.Pos().Offset() + prefixBytes, word.End().Offset()).replace(/^"(.*)"$/s, "$1");
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
      else if (type === "SglQuoted") this.appendRange(builder, Math.max(start, part.Pos().Offset() + (part.Dollar ? 2 : 1)), end - 1, { mode: "verbatim", stripTabs: false, expansions: [] });
      else if (type === "DblQuoted") {
        const open = part.Pos().Offset() + (part.Dollar ? 2 : 1);
        this.appendRange(builder, Math.max(start, open), end - 1, { mode: "double", stripTabs: false, expansions: this.expansionParts(part) });
      } else builder.appendAt(this.bytes.toString("utf8", start, end), start, true);
    }
    return builder.build(this.lines, database, word.End().Offset());
  }
  /** Byte ranges of the expansions ($VAR, ${VAR}, $(cmd), `cmd`, $((n))) among a node's parts. */
  expansionParts(node) {
    return (node.Parts ?? []).filter((part) => this.t(part) !== "Lit").map((part) => ({ start: part.Pos().Offset(), end: part.End().Offset() }));
  }
  /**
   * Copies file bytes [start, end) as the shell would pass them on: `<<-` strips leading tabs,
   * backslash escapes are removed where the shell removes them, expansions become marked spans.
   */
  appendRange(builder, start, end, how) {
    const expansionAt = new Map(how.expansions.map((span) => [span.start, span.end]));
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
      const spanEnd = expansionAt.get(i);
      if (spanEnd !== void 0) {
        flush(i);
        builder.appendAt(this.bytes.toString("utf8", i, spanEnd), i, true);
        i = runStart = spanEnd;
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
function initScriptFormat(abs) {
  const name = abs.toLowerCase();
  if (name.endsWith(".sql.gz")) return "sql.gz";
  if (name.endsWith(".sql.xz")) return "sql.xz";
  if (name.endsWith(".sql.zst")) return "sql.zst";
  if (name.endsWith(".sql")) return "sql";
  if (name.endsWith(".sh")) return "sh";
  return null;
}
async function readInitScript(abs) {
  const format = initScriptFormat(abs);
  if (format === null) return { kind: "ignored", file: abs };
  if (format === "sql.xz" || format === "sql.zst") {
    return { kind: "unsupported", file: abs, format, reason: `.${format} init scripts are run by the image but svclint cannot decompress them; use .sql or .sql.gz` };
  }
  let bytes;
  try {
    bytes = await readFile(abs);
  } catch (error) {
    return failed(format, abs, `cannot read the init script: ${describeFsError(error)}`);
  }
  if (format === "sql.gz") {
    let text2;
    try {
      text2 = gunzipSync(bytes).toString("utf8");
    } catch (error) {
      return failed(format, abs, `cannot decompress the init script: ${oneLine(error)}`);
    }
    return parseInitSql(abs, text2, "sql.gz");
  }
  const text = bytes.toString("utf8");
  return format === "sh" ? parseInitShell(abs, text) : parseInitSql(abs, text, "sql");
}
function failed(format, abs, message) {
  const script = emptyScript(format, abs);
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

// src/database/initdb/matrix.ts
var PUBLIC = "public";
var SELF = /* @__PURE__ */ new Set(["current_user", "current_role", "session_user"]);
function computePrivilegeMatrix(statements, opts = {}) {
  const superuser = opts.superuser ?? "postgres";
  const defaultDatabase = opts.defaultDatabase ?? superuser;
  const roles = /* @__PURE__ */ new Map();
  const databases = /* @__PURE__ */ new Map();
  const name = (role2) => SELF.has(role2) ? superuser : role2;
  const role = (raw) => {
    const key = name(raw);
    let state = roles.get(key);
    if (!state) {
      const isSuper = key === superuser;
      state = { name: key, created: false, createdAt: null, login: isSuper, superuser: isSuper, password: "none", memberOf: /* @__PURE__ */ new Map() };
      roles.set(key, state);
    }
    return state;
  };
  const database = (dbName, loc = null) => {
    let state = databases.get(dbName);
    if (!state) {
      state = newDatabase(dbName, superuser, loc);
      databases.set(dbName, state);
    }
    return state;
  };
  role(superuser);
  for (const statement of statements) {
    switch (statement.kind) {
      case "create-role": {
        const state = role(statement.role);
        if (state.created) break;
        Object.assign(state, { created: true, createdAt: statement.loc, login: statement.login, superuser: statement.superuser, password: statement.password });
        for (const parent of statement.memberOf) state.memberOf.set(name(parent), statement.loc);
        for (const member of statement.members) role(member).memberOf.set(state.name, statement.loc);
        break;
      }
      case "alter-role": {
        const state = role(statement.role);
        if (statement.login !== null) state.login = statement.login;
        if (statement.superuser !== null) state.superuser = statement.superuser;
        if (statement.password !== null) state.password = statement.password;
        break;
      }
      case "create-database": {
        if (databases.get(statement.name)?.created) break;
        databases.delete(statement.name);
        const state = database(statement.name, statement.loc);
        Object.assign(state, { created: true, createdAt: statement.loc, owner: name(statement.owner ?? superuser), ownerAt: statement.loc });
        role(state.owner);
        break;
      }
      case "alter-database-owner": {
        const state = database(statement.name);
        state.owner = name(statement.owner);
        state.ownerAt = statement.loc;
        role(state.owner);
        break;
      }
      case "grant-database":
      case "revoke-database":
        for (const dbName of statement.databases) {
          const state = database(dbName);
          for (const grantee of statement.grantees.map(name)) {
            if (grantee !== PUBLIC) role(grantee);
            const privileges = state.acl.get(grantee) ?? /* @__PURE__ */ new Map();
            for (const privilege of statement.privileges) {
              if (statement.kind === "grant-database") privileges.set(privilege, statement.loc);
              else privileges.delete(privilege);
            }
            state.acl.set(grantee, privileges);
            if (grantee === PUBLIC && statement.privileges.includes("connect")) state.publicChangedAt = statement.loc;
          }
        }
        break;
      case "grant-role":
      case "revoke-role":
        for (const grantee of statement.grantees) {
          const member = role(grantee);
          for (const granted of statement.roles.map(name)) {
            role(granted);
            if (statement.kind === "grant-role") member.memberOf.set(granted, statement.loc);
            else member.memberOf.delete(granted);
          }
        }
        break;
      case "create-extension":
        database(statement.database ?? defaultDatabase).extensions.push({ name: statement.name, loc: statement.loc });
        break;
      case "other":
        break;
    }
  }
  const lookupDatabase = (dbName) => databases.get(dbName) ?? newDatabase(dbName, superuser, null);
  const hasConnect = (db, who) => {
    const privileges = db.acl.get(who);
    return privileges?.has("connect") ? { loc: privileges.get("connect") ?? null } : null;
  };
  const canConnect = (roleName2, dbName) => {
    const who = name(roleName2);
    const db = lookupDatabase(dbName);
    const state = roles.get(who);
    if (who === superuser || state?.superuser) return { allowed: true, via: "superuser", loc: state?.createdAt ?? null };
    if (db.owner === who) return { allowed: true, via: "owner", loc: db.ownerAt };
    const direct = hasConnect(db, who);
    if (direct) return { allowed: true, via: "grant", loc: direct.loc };
    const inherited = viaMembership(who, roles, (ancestor) => db.owner === ancestor || hasConnect(db, ancestor) !== null);
    if (inherited) return { allowed: true, via: "membership", loc: inherited.loc };
    const publicGrant = hasConnect(db, PUBLIC);
    if (publicGrant) return { allowed: true, via: "public", loc: publicGrant.loc };
    return { allowed: false, via: null, loc: null };
  };
  const publicConnect = (dbName) => {
    const db = lookupDatabase(dbName);
    return { allowed: hasConnect(db, PUBLIC) !== null, createdAt: db.createdAt, changedAt: db.publicChangedAt };
  };
  const roleList = [...roles.values()].map((r) => ({ ...r, memberOf: [...r.memberOf].map(([parent, loc]) => ({ role: parent, loc })) }));
  const databaseList = [...databases.values()].map(({ publicChangedAt: _changed, acl, ...db }) => ({
    ...db,
    acl: [...acl].filter(([, privileges]) => privileges.size > 0).map(([grantee, privileges]) => ({ grantee, privileges: [...privileges.keys()].sort(), loc: latest([...privileges.values()]) }))
  }));
  const grantedConnectors = (dbName) => {
    const db = lookupDatabase(dbName);
    const seeds = [db.owner, ...[...db.acl.keys()].filter((grantee) => grantee !== PUBLIC && hasConnect(db, grantee) !== null)];
    const membersOf = reverseMemberships(roles);
    const found = /* @__PURE__ */ new Set();
    const pending = seeds.filter((r) => typeof r === "string");
    while (pending.length > 0) {
      const next = pending.pop();
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...membersOf.get(next) ?? []);
    }
    return [...found];
  };
  let entries = null;
  return {
    superuser,
    roles: roleList,
    databases: databaseList,
    // Every pair, computed on first read only (roles x databases is quadratic).
    get entries() {
      entries ??= roleList.flatMap((r) => databaseList.map((db) => ({ role: r.name, database: db.name, ...canConnect(r.name, db.name) })));
      return entries;
    },
    canConnect,
    publicConnect,
    grantedConnectors
  };
}
function newDatabase(dbName, superuser, loc) {
  return {
    name: dbName,
    created: false,
    createdAt: null,
    owner: superuser,
    ownerAt: null,
    acl: /* @__PURE__ */ new Map([[PUBLIC, /* @__PURE__ */ new Map([["connect", loc], ["temp", loc]])]]),
    publicChangedAt: null,
    extensions: []
  };
}
var reverseCache = /* @__PURE__ */ new WeakMap();
function reverseMemberships(roles) {
  let reverse = reverseCache.get(roles);
  if (!reverse) {
    reverse = /* @__PURE__ */ new Map();
    for (const state of roles.values()) {
      for (const parent of state.memberOf.keys()) reverse.set(parent, [...reverse.get(parent) ?? [], state.name]);
    }
    reverseCache.set(roles, reverse);
  }
  return reverse;
}
function viaMembership(start, roles, privileged) {
  const seen = /* @__PURE__ */ new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next = [];
    for (const member of frontier) {
      for (const [parent, loc] of roles.get(member)?.memberOf ?? []) {
        if (seen.has(parent)) continue;
        if (privileged(parent)) return { loc };
        seen.add(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  return null;
}
function latest(locs) {
  const known2 = locs.filter((loc) => loc !== null);
  known2.sort((a, b) => a.file === b.file ? a.line - b.line || a.column - b.column : 0);
  return known2.at(-1) ?? null;
}

// src/database/stores.ts
import path from "node:path";
var STORE_IMAGES = [
  { kind: "vector", product: "qdrant", pattern: /^qdrant\/qdrant$/ },
  { kind: "vector", product: "weaviate", pattern: /^(cr\.weaviate\.io\/)?semitechnologies\/weaviate$/ },
  { kind: "vector", product: "milvus", pattern: /^milvusdb\/milvus$/ },
  { kind: "vector", product: "chroma", pattern: /^(chromadb\/chroma|ghcr\.io\/chroma-core\/chroma)$/ },
  { kind: "graph", product: "neo4j", pattern: /^neo4j$/ },
  { kind: "graph", product: "memgraph", pattern: /^memgraph\/memgraph(-platform|-mage)?$/ },
  { kind: "graph", product: "arangodb", pattern: /^(arangodb|arangodb\/arangodb)$/ },
  { kind: "cache", product: "valkey", pattern: /^(valkey\/valkey|valkey|bitnami\/valkey)$/ },
  { kind: "cache", product: "redis", pattern: /^(redis|bitnami\/redis|redis\/redis-stack(-server)?)$/ },
  { kind: "cache", product: "keydb", pattern: /^eqalpha\/keydb$/ },
  { kind: "cache", product: "dragonfly", pattern: /^(docker\.dragonflydb\.io\/dragonflydb\/dragonfly|dragonflydb\/dragonfly|ghcr\.io\/dragonflydb\/dragonfly)$/ }
];
var POSTGRES_VECTOR_IMAGES = [
  { product: "pgvector", pattern: /^(pgvector\/pgvector|ankane\/pgvector)$/ },
  { product: "pgvecto.rs", pattern: /^tensorchord\/pgvecto-rs$/ },
  { product: "Apache AGE", pattern: /^apache\/age$/ }
];
var VECTOR_GRAPH_EXTENSIONS = /* @__PURE__ */ new Map([
  ["vector", "pgvector"],
  ["vectors", "pgvecto.rs"],
  ["vectorscale", "pgvectorscale"],
  ["vchord", "VectorChord"],
  ["age", "Apache AGE"]
]);
function storeOf(image) {
  if (!image || image.includes("${")) return null;
  const name = parseImage(image).name;
  const found = STORE_IMAGES.find((s) => s.pattern.test(name));
  return found ? { kind: found.kind, product: found.product } : null;
}
function postgresVectorProduct(image) {
  if (!image || image.includes("${")) return null;
  const name = parseImage(image).name;
  return POSTGRES_VECTOR_IMAGES.find((p) => p.pattern.test(name))?.product ?? null;
}
function buildStores(active, postgres) {
  const stores = postgres.map((service) => ({ service, kind: "postgres", product: postgresVectorProduct(service.image) ?? "postgres" }));
  for (const service of active) {
    const store = storeOf(service.image);
    if (store) stores.push({ service, ...store });
  }
  return stores;
}
function projectName(stack) {
  const declared = typeof stack.resolved.name === "string" && !stack.resolved.name.includes("${") ? stack.resolved.name : path.basename(stack.dir);
  return declared.toLowerCase().replace(/[^a-z0-9_-]/g, "");
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function volumeName(stack, key) {
  const declared = asRecord(asRecord(stack.resolved.volumes)[key]);
  if (typeof declared.name === "string") return declared.name;
  if (declared.external === true || asRecord(declared.external).name !== void 0) return String(asRecord(declared.external).name ?? key);
  return `${projectName(stack)}_${key}`;
}
function readVolume(service, entry, index) {
  const locate = () => service.stack.locate(["services", service.name, "volumes", index]);
  let source;
  let target;
  let readOnly = false;
  let type = null;
  if (typeof entry === "string") {
    const parts = splitShortVolume(entry);
    if (parts.length < 2) return null;
    source = parts[0];
    target = parts[1];
    readOnly = (parts[2] ?? "").split(",").includes("ro");
  } else {
    const long = asRecord(entry);
    if (typeof long.source !== "string" || typeof long.target !== "string") return null;
    source = long.source;
    target = long.target;
    readOnly = long.read_only === true;
    type = typeof long.type === "string" ? long.type : null;
  }
  if (type === "tmpfs" || type === "npipe" || source === "") return null;
  const isBind = type === "bind" || type === null && /^[./~]/.test(source);
  if (isBind) {
    const key = source.startsWith("~") ? source : path.resolve(service.stack.dir, source);
    return withLazyLoc({ service, kind: "bind", key, source, target, readOnly }, locate);
  }
  return withLazyLoc({ service, kind: "volume", key: volumeName(service.stack, source), source, target, readOnly }, locate);
}
function splitShortVolume(text) {
  const parts = text.split(":");
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1] ?? "")) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  return parts;
}
function serviceVolumes(service) {
  const entries = service.resolved.volumes;
  if (!Array.isArray(entries)) return [];
  return entries.map((entry, i) => readVolume(service, entry, i)).filter((v) => v !== null);
}
function isSystemPath(abs) {
  return /^\/(etc|run|var\/run|sys|proc|dev|usr\/share\/zoneinfo|lib\/modules)(\/|$)/.test(abs) || abs === "/";
}
function sameData(a, b) {
  if (a.kind !== b.kind) return false;
  if (a.key.includes("${") || b.key.includes("${")) return a.service.stack === b.service.stack && a.key === b.key;
  if (a.kind === "volume") return a.key === b.key;
  if (isSystemPath(a.key) || isSystemPath(b.key)) return false;
  return a.key === b.key || a.key.startsWith(`${b.key}/`) || b.key.startsWith(`${a.key}/`);
}
function serviceNetworks(service, byName) {
  const mode = typeof service.resolved.network_mode === "string" ? service.resolved.network_mode : null;
  if (mode?.startsWith("service:")) {
    const other = byName.get(mode.slice("service:".length));
    return other && other !== service ? serviceNetworks(other, new Map([...byName].filter(([, s]) => s !== service))) : /* @__PURE__ */ new Set();
  }
  if (mode) return new Set(mode.startsWith("container:") ? [] : [`mode:${mode}`]);
  const declared = service.resolved.networks;
  const keys = Array.isArray(declared) ? declared.map(String) : Object.keys(asRecord(declared));
  const stack = service.stack;
  const top = asRecord(stack.resolved.networks);
  const name = (key) => {
    const net = asRecord(top[key]);
    if (typeof net.name === "string") return net.name;
    if (net.external === true) return key;
    return `${projectName(stack)}_${key}`;
  };
  return new Set((keys.length > 0 ? keys : ["default"]).map(name));
}
function serviceHostNames(service) {
  const names = /* @__PURE__ */ new Set([service.name.toLowerCase()]);
  if (service.containerName) names.add(service.containerName.toLowerCase());
  if (typeof service.resolved.hostname === "string") names.add(service.resolved.hostname.toLowerCase());
  for (const net of Object.values(asRecord(service.resolved.networks))) {
    const aliases = asRecord(net).aliases;
    if (Array.isArray(aliases)) for (const alias of aliases) names.add(String(alias).toLowerCase());
  }
  return names;
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
    let kind = "missing";
    try {
      kind = statSync(source).isDirectory() ? "dir" : "file";
    } catch {
      kind = "missing";
    }
    const mount = { postgres, loc: volume.loc, source, kind, files: [], skippedDirs: [] };
    if (kind === "dir") {
      if (target === INITDB) listFolder(source, mount);
      else mount.skippedDirs.push(source);
    } else if (kind === "file" && initScriptFormat(target) !== null) {
      mount.files.push(source);
    }
    mounts.push(mount);
  });
  return mounts;
}
function listFolder(dir, mount) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const abs = path2.join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir) mount.skippedDirs.push(abs);
    else if (initScriptFormat(abs) !== null) mount.files.push(abs);
  }
}
async function readInitScripts(mounts) {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  files.sort((a, b) => {
    const na = path2.basename(a.file);
    const nb = path2.basename(b.file);
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
  const out = [];
  for (const { file, mount } of files) {
    const script = await readInitScript(file);
    out.push({ file, text: readText(file), script, postgres: mount.postgres, mount });
  }
  return out;
}
function readText(abs) {
  try {
    const bytes = readFileSync(abs);
    return abs.toLowerCase().endsWith(".gz") ? gunzipSync2(bytes).toString("utf8") : bytes.toString("utf8");
  } catch {
    return null;
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
  return POSTGRES_INFRASTRUCTURE.test(parseImage(image).name);
}
function isPostgresImage(image) {
  if (!image || image.includes("${")) return false;
  const name = parseImage(image).name;
  return POSTGRES_IMAGES.some((re) => re.test(name));
}
function emptyDatabaseModel() {
  return { postgres: [], shared: null, superusers: [], connections: [], initMounts: [], initScripts: [], matrix: null, stores: [], volumes: [] };
}
async function buildDatabaseModel(model) {
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
  const initScripts = await readInitScripts(initMounts);
  const superusers = shared ? superusersOf(shared) : [];
  let matrix = null;
  if (shared) {
    const statements = initScripts.filter((s) => s.postgres === shared).flatMap((s) => "statements" in s.script ? s.script.statements : []);
    const defaultDatabase = envValue(shared, "POSTGRES_DB") ?? void 0;
    matrix = computePrivilegeMatrix(statements, { superuser: superusers.at(-1) ?? "postgres", ...defaultDatabase ? { defaultDatabase } : {} });
  }
  return {
    postgres,
    shared,
    superusers,
    connections,
    initMounts,
    initScripts,
    matrix,
    stores: buildStores(active, postgres),
    volumes: active.flatMap(serviceVolumes)
  };
}
function envValue(service, name) {
  const variable = service.environment.find((v) => v.name === name);
  return variable?.value && !variable.value.includes("${") ? variable.value : null;
}
function superusersOf(shared) {
  const user = envValue(shared, "POSTGRES_USER");
  return user && user !== "postgres" ? ["postgres", user] : ["postgres"];
}
function resolveTarget(connection, postgres) {
  const host = connection.host?.value?.toLowerCase().replace(/\.$/, "");
  if (!host) return null;
  const named = postgres.filter((p) => serviceHostNames(p).has(host));
  if (named.length === 0) return null;
  const client = connection.service;
  const stackServices = (s) => new Map(s.stack.services.map((x) => [x.name, x]));
  const clientNets = serviceNetworks(client, stackServices(client));
  const reachable = named.filter((p) => {
    const nets = serviceNetworks(p, stackServices(p));
    return [...nets].some((n) => clientNets.has(n));
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
function serviceNames(service, model) {
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
  let index = allocationIndex.get(model);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    model.policy.database.allocations.forEach((allocation, i) => {
      index.set(allocation.service, [...index.get(allocation.service) ?? [], { allocation, index: i }]);
    });
    allocationIndex.set(model, index);
  }
  return index;
}
function allocationsFor(service, model) {
  const byName = allocationsByName(model);
  const found = [...serviceNames(service, model)].flatMap((name) => byName.get(name) ?? []);
  return [...new Set(found)].sort((a, b) => a.index - b.index);
}

export {
  valueLoc,
  loadPgParser,
  VECTOR_GRAPH_EXTENSIONS,
  postgresVectorProduct,
  sameData,
  emptyDatabaseModel,
  buildDatabaseModel,
  serviceNames,
  allocationsFor
};
