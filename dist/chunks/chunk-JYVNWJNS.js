import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  parseImage
} from "./chunk-HD7RUNM3.js";

// src/database/stores.ts
import path from "node:path";

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

// src/database/stores.ts
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
  {
    kind: "cache",
    product: "dragonfly",
    pattern: /^(docker\.dragonflydb\.io\/dragonflydb\/dragonfly|dragonflydb\/dragonfly|ghcr\.io\/dragonflydb\/dragonfly)$/
  }
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
  let readOnly;
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

// src/database/secrets.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "PASSWORD",
  "PASSWD",
  "PASS",
  "PWD",
  "SECRET",
  "SECRETS",
  "TOKEN",
  "APIKEY",
  "AUTHKEY",
  "PASSPHRASE",
  "CREDENTIAL",
  "CREDENTIALS",
  "PRIVATEKEY",
  "SECRETKEY"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "API",
  "SECRET",
  "PRIVATE",
  "ENCRYPTION",
  "ENC",
  "MASTER",
  "SIGNING",
  "ACCESS",
  "AUTH",
  "SERVICE",
  "LICENSE",
  "SESSION",
  "JWT",
  "CRYPTO",
  "HMAC",
  "ADMIN",
  "APP",
  "CLIENT",
  "SSH",
  "ROOT"
]);
var NOT_SECRET_LAST = /* @__PURE__ */ new Set([
  "FILE",
  "PATH",
  "DIR",
  "LOCATION",
  "URL",
  "URI",
  "ENDPOINT",
  "HOST",
  "PORT",
  "LENGTH",
  "LEN",
  "MIN",
  "MAX",
  "SIZE",
  "BITS",
  "POLICY",
  "ENABLED",
  "ENABLE",
  "DISABLED",
  "DISABLE",
  "REQUIRED",
  "ALLOWED",
  "RESET",
  "LOGIN",
  "MODE",
  "METHOD",
  "TYPE",
  "ALGORITHM",
  "ALG",
  "FORMAT",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "TTL",
  "TIMEOUT",
  "LIFETIME",
  "AGE",
  "ROTATION",
  "INTERVAL",
  "HEADER",
  "NAME",
  "ID",
  "PREFIX",
  "HASH",
  "HASHED",
  "USERS",
  "COMMAND",
  "CMD",
  "SCRIPT",
  "SOURCE",
  "PROVIDER",
  "STORE",
  "COST",
  "ROUNDS",
  "ITERATIONS",
  "STRENGTH",
  "COMPLEXITY",
  "HINT",
  "USER",
  "USERNAME"
]);
var PUBLIC_WORDS = /* @__PURE__ */ new Set(["PUBLIC", "PUBLISHABLE", "PUB"]);
function isSecretName(name) {
  const words = name.toUpperCase().split(/[_\-.]+/).filter(Boolean);
  const last = words.at(-1);
  if (!last || NOT_SECRET_LAST.has(last)) return false;
  if (words.some((w) => PUBLIC_WORDS.has(w))) return false;
  return words.some((w, i) => SECRET_WORDS.has(w) || w === "KEY" && (i === words.length - 1 || KEY_QUALIFIERS.has(words[i - 1] ?? "")));
}
function isLiteralSecret(raw) {
  if (raw === null) return false;
  const text = raw.trim();
  if (text === "" || text === '""' || text === "''") return false;
  if (/(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(text)) return false;
  if (/^(true|false|yes|no|on|off|null|none|nil|0|1|-1)$/i.test(text)) return false;
  if (/^\d{1,6}$/.test(text)) return false;
  if (/^(\.{0,2}\/|~\/|%[\w.]+%\/)\S*$/.test(text)) return false;
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) /.test(text)) return false;
  if (/^user[_-]provided$/i.test(text)) return false;
  return true;
}
function urlPasswordOffset(text) {
  const m = /^\s*[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@/\s]+)@/i.exec(text);
  if (!m) return -1;
  const password = m[2];
  if (/(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(password)) return -1;
  return m.index + m[0].indexOf(":", m[0].indexOf("//") + 2) + 1;
}

// src/scan/tree.ts
import { readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var MAX_DEPTH = 64;
function scanTree(root, options = {}) {
  const maxEntries = options.maxEntries ?? 2e6;
  const entries = [];
  const byRel = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  const problems = [];
  const pending = [{ abs: root, rel: "", depth: 0 }];
  while (pending.length > 0) {
    const dir = pending.pop();
    const list = [];
    children.set(dir.rel, list);
    let dirents;
    try {
      dirents = readdirSync(dir.abs, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      problems.push({ abs: dir.abs, message: `cannot read directory (${errorCode(error)})` });
      continue;
    }
    dirents.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const dirent of dirents) {
      const name = dirent.name.toString("utf8");
      const abs = path2.join(dir.abs, name);
      if (!Buffer.from(name, "utf8").equals(dirent.name)) {
        problems.push({ abs, message: "file name is not valid UTF-8; left out" });
        continue;
      }
      if (dirent.isDirectory() && SKIPPED_DIRS.has(name)) continue;
      if (entries.length >= maxEntries) {
        problems.push({ abs: dir.abs, message: `more than ${maxEntries} entries; the rest was not scanned` });
        pending.length = 0;
        break;
      }
      const rel = dir.rel === "" ? name : `${dir.rel}/${name}`;
      const entry = { abs, rel, name, kind: kindOf(dirent), depth: dir.depth };
      if (entry.kind === "symlink") entry.symlink = inspectSymlink(abs);
      entries.push(entry);
      byRel.set(rel, entry);
      list.push(entry);
      if (entry.kind === "dir") {
        if (dir.depth + 1 >= MAX_DEPTH) {
          problems.push({ abs, message: `deeper than ${MAX_DEPTH} levels; not scanned further` });
          children.set(rel, []);
        } else {
          pending.push({ abs, rel, depth: dir.depth + 1 });
        }
      }
    }
  }
  return { root, entries, byRel, children, problems };
}
function kindOf(dirent) {
  if (dirent.isSymbolicLink()) return "symlink";
  if (dirent.isDirectory()) return "dir";
  if (dirent.isFile()) return "file";
  return "other";
}
function inspectSymlink(abs) {
  let target = "";
  try {
    target = readlinkText(abs);
    const resolved = realpathSync(abs);
    const stats = statSync(resolved);
    return {
      target,
      resolved,
      status: "ok",
      targetKind: stats.isDirectory() ? "dir" : stats.isFile() ? "file" : "other"
    };
  } catch (error) {
    return { target, resolved: null, status: errorCode(error) === "ELOOP" ? "loop" : "dangling", targetKind: null };
  }
}
function readlinkText(abs) {
  try {
    return readlinkSync(abs);
  } catch {
    return "";
  }
}
function errorCode(error) {
  if (error && typeof error === "object" && "code" in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}
function isDirLike(entry) {
  return entry.kind === "dir" || entry.kind === "symlink" && entry.symlink?.targetKind === "dir";
}

export {
  scanTree,
  isDirLike,
  withLazyLoc,
  VECTOR_GRAPH_EXTENSIONS,
  postgresVectorProduct,
  buildStores,
  readVolume,
  serviceVolumes,
  sameData,
  serviceNetworks,
  serviceHostNames,
  isSecretName,
  isLiteralSecret,
  urlPasswordOffset
};
