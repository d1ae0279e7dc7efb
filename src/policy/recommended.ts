// The built-in `recommended` policy: the user's design document
// (SERVICE_DIRECTORY_STRUCTURE.md) turned into data. Its capability directories, its placement
// table (as a catalog of known services), the decision tree's answers and the planner-memory system.
import type { CapabilityPolicy, CatalogEntry, SystemPolicy } from './types';

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** The seven capability directories of the recommended layout, with what each provides (decision tree step 1). */
export const RECOMMENDED_CAPABILITIES: CapabilityPolicy[] = [
  {
    name: 'core-infra',
    description: 'Foundation services: reverse proxy, shared database, cache',
    provides: ['proxy', 'database', 'db', 'cache', 'foundation', 'dns', 'vpn', 'backup', 'storage'],
  },
  {
    name: 'memory-orchestration',
    description: 'Memory, planning, knowledge management',
    provides: ['memory', 'planning', 'knowledge', 'rag', 'vector-store', 'graph-store', 'scheduler'],
  },
  { name: 'automation', description: 'Workflow orchestration', provides: ['workflow', 'automation'] },
  { name: 'interfaces', description: 'User-facing UIs', provides: ['ui', 'chat-ui', 'dashboard', 'status-page', 'app-builder'] },
  {
    name: 'integrations',
    description: 'External API integrations, MCP servers',
    provides: ['integration', 'api-integration', 'mcp', 'llm-proxy', 'api-proxy'],
  },
  { name: 'monitoring', description: 'Observability & logging', provides: ['logging', 'logs', 'metrics', 'monitoring', 'tracing', 'alerting'] },
  // The seed's answer for a service no capability above provides ("e.g., new email service ->
  // create a capability-specific directory, e.g. communications/"), declared so `place --provides email` works.
  {
    name: 'communications',
    description: 'Messaging: email, chat bridges, notifications',
    provides: ['email', 'mail', 'smtp', 'chat', 'chat-bridge', 'messaging', 'notifications', 'sms'],
  },
  { name: 'archive', description: 'Deprecated services (keep for rollback)', provides: ['deprecated'], inactive: true },
];

/** Directory names that say "anything goes" ("apps" is the seed's named antipattern). */
export const RECOMMENDED_CATCH_ALL = [
  'apps',
  'app',
  'misc',
  'miscellaneous',
  'other',
  'others',
  'stuff',
  'general',
  'tmp',
  'temp',
  'various',
  'etc',
  'things',
  'random',
  'unsorted',
  'new',
];

/** Directory names that group by what services are, not what they do. */
export const RECOMMENDED_TECHNOLOGY_DIRS = [
  'docker',
  'dockers',
  'containers',
  'container',
  'compose',
  'docker-compose',
  'stacks',
  'stack',
  'images',
  'dockerfiles',
  'podman',
  'k8s',
];

function entry(name: string, capability: string, reason: string, extra: Partial<Omit<CatalogEntry, 'name' | 'capability' | 'reason'>> = {}): CatalogEntry {
  return { name, capability, reason, aliases: [], images: [], provides: [], ...extra };
}

/**
 * Known services. The first block is the seed's placement table verbatim (with its rationale);
 * the rest are common self-hosted services placed by the same decision tree, so `place` and
 * `misplaced-service` know them too.
 */
export const RECOMMENDED_CATALOG: CatalogEntry[] = [
  // --- the seed's Service Placement Rules table
  entry('traefik', 'core-infra', 'Foundation service, all traffic flows through it', {
    images: ['traefik', 'traefik/*'],
    provides: ['proxy'],
    memory: 64 * MB,
  }),
  entry('postgres', 'core-infra', 'Shared operational database', {
    aliases: ['postgresql', 'pg'],
    images: ['postgres'],
    provides: ['database'],
    memory: 150 * MB,
  }),
  entry('valkey', 'core-infra', 'Shared cache layer', {
    aliases: ['cache'],
    images: ['valkey/valkey', 'bitnami/valkey'],
    provides: ['cache'],
    memory: 64 * MB,
  }),
  entry('memory-gateway', 'memory-orchestration', 'Memory system component', { provides: ['memory'] }),
  entry('planner-api', 'memory-orchestration', 'Planning system component', { provides: ['planning'] }),
  entry('archon-server', 'memory-orchestration', 'Knowledge/memory management (archon)', {
    images: ['*/archon-server'],
    provides: ['knowledge'],
  }),
  entry('archon-mcp', 'memory-orchestration', 'Knowledge/memory management (archon MCP server for IDE integration)', {
    images: ['*/archon-mcp'],
    provides: ['knowledge'],
  }),
  entry('archon-ui', 'memory-orchestration', 'Knowledge/memory management (archon knowledge browser UI)', {
    images: ['*/archon-ui', '*/archon-frontend'],
    provides: ['knowledge'],
  }),
  entry('n8n', 'automation', 'Workflow orchestration', { images: ['n8nio/n8n', 'docker.n8n.io/n8nio/n8n'], provides: ['workflow'], memory: 300 * MB }),
  entry('open-webui', 'interfaces', 'User-facing chat interface', {
    aliases: ['openweb', 'openwebui', 'open-web-ui'],
    images: ['ghcr.io/open-webui/open-webui'],
    provides: ['chat-ui'],
    memory: 500 * MB,
  }),
  entry('uptime-kuma', 'interfaces', 'User-facing monitoring UI', {
    aliases: ['uptimekuma', 'kuma'],
    images: ['louislam/uptime-kuma'],
    provides: ['status-page'],
    memory: 128 * MB,
  }),
  entry('dozzle', 'monitoring', 'Observability tool', { images: ['amir20/dozzle'], provides: ['logs'], memory: 32 * MB }),
  entry('coda-mcp', 'integrations', 'External API integration', { provides: ['mcp'] }),
  entry('litellm', 'integrations', 'LLM API proxy', {
    images: ['ghcr.io/berriai/litellm', 'ghcr.io/berriai/litellm-*', 'berriai/litellm'],
    provides: ['llm-proxy'],
    memory: 500 * MB,
  }),
  // --- the seed's archive/ (superseded). The folder is `nginx/` as in the seed, but the entry
  // matches only the nginx-proxy name and image: a plain nginx is a web server (WEB_SERVERS).
  entry('nginx', 'archive', 'Legacy nginx-proxy (replaced by Traefik 2025-11-13)', {
    aliases: ['nginx-proxy'],
    images: ['nginxproxy/nginx-proxy', 'jwilder/nginx-proxy'],
    legacy: true,
  }),
  entry('acme-companion', 'archive', 'Legacy ACME (Cloudflare handles SSL now)', {
    aliases: ['letsencrypt-companion', 'nginx-proxy-acme'],
    images: ['nginxproxy/acme-companion', 'jrcs/letsencrypt-nginx-proxy-companion'],
    legacy: true,
  }),
  // --- the seed's database section (isolated specialised stores; Phase 2 / 3 locations)
  entry('qdrant', 'memory-orchestration', 'Vector search is a memory system component (isolated store)', {
    images: ['qdrant/qdrant'],
    provides: ['vector-store'],
    memory: 500 * MB,
  }),
  entry('neo4j', 'memory-orchestration', 'Knowledge graph is a memory system component (isolated store)', {
    images: ['neo4j'],
    provides: ['graph-store'],
    memory: 4 * GB,
  }),
  entry('tooljet', 'interfaces', 'User-facing app builder (ToolJet, Phase 5)', {
    images: ['tooljet/tooljet', 'tooljet/tooljet-ce'],
    provides: ['app-builder'],
  }),
  // --- common self-hosted services, placed by the decision tree
  entry('grafana', 'monitoring', 'Metrics dashboards (observability)', {
    images: ['grafana/grafana', 'grafana/grafana-oss'],
    provides: ['metrics'],
    memory: 128 * MB,
  }),
  entry('prometheus', 'monitoring', 'Metrics collection (observability)', { images: ['prom/prometheus'], provides: ['metrics'], memory: 256 * MB }),
  entry('loki', 'monitoring', 'Log aggregation (observability)', { images: ['grafana/loki'], provides: ['logs'] }),
  entry('promtail', 'monitoring', 'Log shipping (observability)', { images: ['grafana/promtail'], provides: ['logs'] }),
  entry('cadvisor', 'monitoring', 'Container metrics (observability)', { images: ['gcr.io/cadvisor/cadvisor'], provides: ['metrics'] }),
  entry('netdata', 'monitoring', 'Host metrics (observability)', { images: ['netdata/netdata'], provides: ['metrics'] }),
  entry('portainer', 'interfaces', 'User-facing container management UI', { images: ['portainer/portainer-ce', 'portainer/portainer'], provides: ['ui'] }),
  entry('homepage', 'interfaces', 'User-facing dashboard', { images: ['ghcr.io/gethomepage/homepage'], provides: ['dashboard'] }),
  entry('pgbouncer', 'core-infra', 'Connection pooling for the shared Postgres (foundation)', { images: ['*/pgbouncer'], provides: ['database'] }),
  entry('redis', 'core-infra', 'Cache layer (Redis; the shared cache belongs to core-infra)', {
    images: ['redis', 'bitnami/redis'],
    provides: ['cache'],
    memory: 64 * MB,
  }),
  entry('flowise', 'automation', 'LLM workflow builder', { images: ['flowiseai/flowise'], provides: ['workflow'] }),
  entry('ollama', 'integrations', 'Local LLM API', { images: ['ollama/ollama'], provides: ['llm-proxy'] }),
];

/**
 * Web servers: what they do depends on what they serve (a site, a UI, the host's reverse proxy), so
 * they are placed by what they serve (`place --provides KIND`), never by their name or image alone.
 */
export const WEB_SERVERS: { name: string; aliases: string[]; images: string[] }[] = [
  { name: 'nginx', aliases: [], images: ['nginx', 'nginxinc/*', 'bitnami/nginx'] },
  { name: 'caddy', aliases: [], images: ['caddy', 'caddy/*'] },
  { name: 'httpd', aliases: ['apache', 'apache2', 'apache-httpd'], images: ['httpd', 'bitnami/apache', 'ubuntu/apache2'] },
];

/** The seed's planner-memory system: "memory-gateway + planner-api + archon-*" belong together. */
export const RECOMMENDED_SYSTEMS: SystemPolicy[] = [
  {
    name: 'planner-memory',
    capability: 'memory-orchestration',
    members: ['memory-gateway', 'planner-api', 'archon-server', 'archon-mcp', 'archon-ui'],
  },
];

/** Where the shared Postgres lives in the recommended layout. */
export const RECOMMENDED_POSTGRES = { service: 'postgres', capability: 'core-infra' };
