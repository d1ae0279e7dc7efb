import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/util/text.ts
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/util/image.ts
function parseImage(image) {
  let rest = image.trim();
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = null;
  const parts = rest.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) {
    registry = parts.shift().toLowerCase();
  }
  if (registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io") registry = null;
  if (registry === null && parts.length === 2 && parts[0] === "library") parts.shift();
  const path = parts.join("/").toLowerCase();
  return { name: registry ? `${registry}/${path}` : path, registry, tag, digest };
}
function imageMatches(pattern, imageName) {
  return compilePattern(pattern)(imageName);
}
var compiled = /* @__PURE__ */ new Map();
function compilePattern(pattern) {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    const normalised = parseImage(pattern).name;
    if (normalised.includes("*")) {
      const regex = new RegExp(`^${normalised.split("*").map(escapeRegex).join("[^/]*")}$`);
      matcher = (name) => regex.test(name);
    } else {
      matcher = (name) => name === normalised;
    }
    compiled.set(pattern, matcher);
  }
  return matcher;
}

// src/policy/recommended.ts
var MB = 1024 * 1024;
var GB = 1024 * MB;
var RECOMMENDED_CAPABILITIES = [
  {
    name: "core-infra",
    description: "Foundation services: reverse proxy, shared database, cache",
    provides: ["proxy", "database", "db", "cache", "foundation", "dns", "vpn", "backup", "storage"]
  },
  {
    name: "memory-orchestration",
    description: "Memory, planning, knowledge management",
    provides: ["memory", "planning", "knowledge", "rag", "vector-store", "graph-store", "scheduler"]
  },
  { name: "automation", description: "Workflow orchestration", provides: ["workflow", "automation"] },
  { name: "interfaces", description: "User-facing UIs", provides: ["ui", "chat-ui", "dashboard", "status-page", "app-builder"] },
  {
    name: "integrations",
    description: "External API integrations, MCP servers",
    provides: ["integration", "api-integration", "mcp", "llm-proxy", "api-proxy"]
  },
  { name: "monitoring", description: "Observability & logging", provides: ["logging", "logs", "metrics", "monitoring", "tracing", "alerting"] },
  // The seed's answer for a service no capability above provides ("e.g., new email service ->
  // create a capability-specific directory, e.g. communications/"), declared so `place --provides email` works.
  {
    name: "communications",
    description: "Messaging: email, chat bridges, notifications",
    provides: ["email", "mail", "smtp", "chat", "chat-bridge", "messaging", "notifications", "sms"]
  },
  { name: "archive", description: "Deprecated services (keep for rollback)", provides: ["deprecated"], inactive: true }
];
var RECOMMENDED_CATCH_ALL = [
  "apps",
  "app",
  "misc",
  "miscellaneous",
  "other",
  "others",
  "stuff",
  "general",
  "tmp",
  "temp",
  "various",
  "etc",
  "things",
  "random",
  "unsorted",
  "new"
];
var RECOMMENDED_TECHNOLOGY_DIRS = [
  "docker",
  "dockers",
  "containers",
  "container",
  "compose",
  "docker-compose",
  "stacks",
  "stack",
  "images",
  "dockerfiles",
  "podman",
  "k8s"
];
function entry(name, capability, reason, extra = {}) {
  return { name, capability, reason, aliases: [], images: [], provides: [], ...extra };
}
var RECOMMENDED_CATALOG = [
  // --- the seed's Service Placement Rules table
  entry("traefik", "core-infra", "Foundation service, all traffic flows through it", {
    images: ["traefik", "traefik/*"],
    provides: ["proxy"],
    memory: 64 * MB
  }),
  entry("postgres", "core-infra", "Shared operational database", {
    aliases: ["postgresql", "pg"],
    images: ["postgres"],
    provides: ["database"],
    memory: 150 * MB
  }),
  entry("valkey", "core-infra", "Shared cache layer", {
    aliases: ["cache"],
    images: ["valkey/valkey", "bitnami/valkey"],
    provides: ["cache"],
    memory: 64 * MB
  }),
  entry("memory-gateway", "memory-orchestration", "Memory system component", { provides: ["memory"] }),
  entry("planner-api", "memory-orchestration", "Planning system component", { provides: ["planning"] }),
  entry("archon-server", "memory-orchestration", "Knowledge/memory management (archon)", {
    images: ["*/archon-server"],
    provides: ["knowledge"]
  }),
  entry("archon-mcp", "memory-orchestration", "Knowledge/memory management (archon MCP server for IDE integration)", {
    images: ["*/archon-mcp"],
    provides: ["knowledge"]
  }),
  entry("archon-ui", "memory-orchestration", "Knowledge/memory management (archon knowledge browser UI)", {
    images: ["*/archon-ui", "*/archon-frontend"],
    provides: ["knowledge"]
  }),
  entry("n8n", "automation", "Workflow orchestration", { images: ["n8nio/n8n", "docker.n8n.io/n8nio/n8n"], provides: ["workflow"], memory: 300 * MB }),
  entry("open-webui", "interfaces", "User-facing chat interface", {
    aliases: ["openweb", "openwebui", "open-web-ui"],
    images: ["ghcr.io/open-webui/open-webui"],
    provides: ["chat-ui"],
    memory: 500 * MB
  }),
  entry("uptime-kuma", "interfaces", "User-facing monitoring UI", {
    aliases: ["uptimekuma", "kuma"],
    images: ["louislam/uptime-kuma"],
    provides: ["status-page"],
    memory: 128 * MB
  }),
  entry("dozzle", "monitoring", "Observability tool", { images: ["amir20/dozzle"], provides: ["logs"], memory: 32 * MB }),
  entry("coda-mcp", "integrations", "External API integration", { provides: ["mcp"] }),
  entry("litellm", "integrations", "LLM API proxy", { images: ["ghcr.io/berriai/litellm", "ghcr.io/berriai/litellm-*", "berriai/litellm"], provides: ["llm-proxy"], memory: 500 * MB }),
  // --- the seed's archive/ (superseded). The folder is `nginx/` as in the seed, but the entry
  // matches only the nginx-proxy name and image: a plain nginx is a web server (WEB_SERVERS).
  entry("nginx", "archive", "Legacy nginx-proxy (replaced by Traefik 2025-11-13)", {
    aliases: ["nginx-proxy"],
    images: ["nginxproxy/nginx-proxy", "jwilder/nginx-proxy"],
    legacy: true
  }),
  entry("acme-companion", "archive", "Legacy ACME (Cloudflare handles SSL now)", {
    aliases: ["letsencrypt-companion", "nginx-proxy-acme"],
    images: ["nginxproxy/acme-companion", "jrcs/letsencrypt-nginx-proxy-companion"],
    legacy: true
  }),
  // --- the seed's database section (isolated specialised stores; Phase 2 / 3 locations)
  entry("qdrant", "memory-orchestration", "Vector search is a memory system component (isolated store)", {
    images: ["qdrant/qdrant"],
    provides: ["vector-store"],
    memory: 500 * MB
  }),
  entry("neo4j", "memory-orchestration", "Knowledge graph is a memory system component (isolated store)", {
    images: ["neo4j"],
    provides: ["graph-store"],
    memory: 4 * GB
  }),
  entry("tooljet", "interfaces", "User-facing app builder (ToolJet, Phase 5)", { images: ["tooljet/tooljet", "tooljet/tooljet-ce"], provides: ["app-builder"] }),
  // --- common self-hosted services, placed by the decision tree
  entry("grafana", "monitoring", "Metrics dashboards (observability)", { images: ["grafana/grafana", "grafana/grafana-oss"], provides: ["metrics"], memory: 128 * MB }),
  entry("prometheus", "monitoring", "Metrics collection (observability)", { images: ["prom/prometheus"], provides: ["metrics"], memory: 256 * MB }),
  entry("loki", "monitoring", "Log aggregation (observability)", { images: ["grafana/loki"], provides: ["logs"] }),
  entry("promtail", "monitoring", "Log shipping (observability)", { images: ["grafana/promtail"], provides: ["logs"] }),
  entry("cadvisor", "monitoring", "Container metrics (observability)", { images: ["gcr.io/cadvisor/cadvisor"], provides: ["metrics"] }),
  entry("netdata", "monitoring", "Host metrics (observability)", { images: ["netdata/netdata"], provides: ["metrics"] }),
  entry("portainer", "interfaces", "User-facing container management UI", { images: ["portainer/portainer-ce", "portainer/portainer"], provides: ["ui"] }),
  entry("homepage", "interfaces", "User-facing dashboard", { images: ["ghcr.io/gethomepage/homepage"], provides: ["dashboard"] }),
  entry("pgbouncer", "core-infra", "Connection pooling for the shared Postgres (foundation)", { images: ["*/pgbouncer"], provides: ["database"] }),
  entry("redis", "core-infra", "Cache layer (Redis; the shared cache belongs to core-infra)", { images: ["redis", "bitnami/redis"], provides: ["cache"], memory: 64 * MB }),
  entry("flowise", "automation", "LLM workflow builder", { images: ["flowiseai/flowise"], provides: ["workflow"] }),
  entry("ollama", "integrations", "Local LLM API", { images: ["ollama/ollama"], provides: ["llm-proxy"] })
];
var WEB_SERVERS = [
  { name: "nginx", aliases: [], images: ["nginx", "nginxinc/*", "bitnami/nginx"] },
  { name: "caddy", aliases: [], images: ["caddy", "caddy/*"] },
  { name: "httpd", aliases: ["apache", "apache2", "apache-httpd"], images: ["httpd", "bitnami/apache", "ubuntu/apache2"] }
];
var RECOMMENDED_SYSTEMS = [
  {
    name: "planner-memory",
    capability: "memory-orchestration",
    members: ["memory-gateway", "planner-api", "archon-server", "archon-mcp", "archon-ui"]
  }
];
var RECOMMENDED_POSTGRES = { service: "postgres", capability: "core-infra" };

// src/policy/classify.ts
var CAPABILITY_LABEL = "svclint.capability";
function findCatalogEntry(policy, name) {
  const wanted = name.toLowerCase();
  for (const entry2 of policy.catalog) if (entry2.name.toLowerCase() === wanted) return { entry: entry2, viaAlias: false };
  for (const entry2 of policy.catalog) if (entry2.aliases.some((a) => a.toLowerCase() === wanted)) return { entry: entry2, viaAlias: true };
  return null;
}
function findCatalogByImage(policy, image) {
  const name = parseImage(image).name;
  return policy.catalog.find((entry2) => entry2.images.some((pattern) => imageMatches(pattern, name))) ?? null;
}
function findSystem(policy, serviceName) {
  return policy.systems.find((s) => s.members.includes(serviceName)) ?? null;
}
function classifyService(facts, policy) {
  const reasons = [];
  let capability = null;
  let catalog = null;
  let canonicalName = facts.name;
  const add = (kind, cap, text) => {
    reasons.push({ kind, text });
    if (capability === null) capability = cap;
  };
  const webServer = findWebServer(facts.name, facts.ignoreImage ? null : facts.image ?? null);
  let byName = findCatalogEntry(policy, facts.name);
  if (byName && webServer && !byName.entry.fromConfig && !hasImageOf(byName.entry, [facts.image ?? null, ...facts.otherImages ?? []])) byName = null;
  if (byName) {
    catalog = byName.entry;
    canonicalName = byName.entry.name;
  }
  if (byName?.entry.fromConfig) {
    add("policy", byName.entry.capability, `placement table in ${configName(policy)}: ${byName.entry.name} -> ${byName.entry.capability}/`);
  }
  const label = facts.labels?.get(CAPABILITY_LABEL);
  if (label) add("label", label, `label ${CAPABILITY_LABEL}=${label}`);
  if (byName && !byName.entry.fromConfig) {
    const prefix = byName.viaAlias ? `'${facts.name}' is an alias of ${byName.entry.name}; ` : "";
    add(byName.viaAlias ? "catalog-alias" : "catalog-name", byName.entry.capability, `${prefix}placement table: ${byName.entry.name} -> ${byName.entry.capability}/ (${byName.entry.reason})`);
  }
  if (facts.image && !facts.ignoreImage) {
    const byImage = findCatalogByImage(policy, facts.image);
    if (byImage && byImage !== catalog) {
      catalog ??= byImage;
      add("catalog-image", byImage.capability, `image ${parseImage(facts.image).name} is ${byImage.name} -> ${byImage.capability}/ (${byImage.reason})`);
    }
  }
  const system = facts.system ? policy.systems.find((s) => s.name === facts.system) ?? null : findSystem(policy, canonicalName);
  if (system) {
    add("system", system.capability, `part of system ${system.name} (${system.members.join(", ")}) -> ${system.capability}/`);
  }
  if (facts.provides) {
    const kind = facts.provides.toLowerCase();
    for (const cap of policy.capabilities.values()) {
      if (cap.provides.some((p) => p.toLowerCase() === kind)) {
        add("provides", cap.name, `provides '${facts.provides}' -> ${cap.name}/ (${cap.description || "declared capability"})`);
        break;
      }
    }
  }
  if (capability === null && webServer && !facts.provides) {
    reasons.push({
      kind: "web-server",
      text: `${webServer} is a web server: it goes where what it serves goes (a site or UI: interfaces/, the host's reverse proxy: core-infra/); say which with --provides KIND`
    });
  }
  return { capability, canonicalName, reasons, catalog, system };
}
function findWebServer(name, image) {
  const wanted = name.toLowerCase();
  const imageName = image ? parseImage(image).name : null;
  const found = WEB_SERVERS.find(
    (w) => w.name === wanted || w.aliases.includes(wanted) || imageName !== null && w.images.some((pattern) => imageMatches(pattern, imageName))
  );
  return found?.name ?? null;
}
function hasImageOf(entry2, images) {
  return images.some((image) => image !== null && entry2.images.some((pattern) => imageMatches(pattern, parseImage(image).name)));
}
function configName(policy) {
  return policy.configFile ? policy.configFile.split(/[\\/]/).pop() : "config";
}

// src/compose/file-names.ts
var COMPOSE_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var COMPOSE_OVERRIDE_FILE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];

// src/util/bytes.ts
var UNITS = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  tib: 1024 ** 4
};
function parseBytes(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!match) return null;
  const unit = UNITS[match[2].toLowerCase()];
  if (unit === void 0) return null;
  return Math.round(Number(match[1]) * unit);
}
function formatBytes(bytes) {
  if (bytes >= 1024 ** 3) return `${trim(bytes / 1024 ** 3)} GiB`;
  if (bytes >= 1024 ** 2) return `${trim(bytes / 1024 ** 2)} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
function trim(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, "");
}

export {
  escapeRegex,
  parseImage,
  RECOMMENDED_CAPABILITIES,
  RECOMMENDED_CATCH_ALL,
  RECOMMENDED_TECHNOLOGY_DIRS,
  RECOMMENDED_CATALOG,
  RECOMMENDED_SYSTEMS,
  RECOMMENDED_POSTGRES,
  findCatalogEntry,
  findCatalogByImage,
  classifyService,
  COMPOSE_FILE_NAMES,
  COMPOSE_OVERRIDE_FILE_NAMES,
  parseBytes,
  formatBytes
};
