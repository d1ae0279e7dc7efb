// Valid and invalid trees for every Structure rule, with the exact findings expected.
import archivedServiceActive from '../../rules/structure/archived-service-active';
import brokenSymlink from '../../rules/structure/broken-symlink';
import buildContext from '../../rules/structure/build-context';
import duplicateService from '../../rules/structure/duplicate-service';
import legacyService from '../../rules/structure/legacy-service';
import migrationSymlink from '../../rules/structure/migration-symlink';
import misplacedService from '../../rules/structure/misplaced-service';
import missingStackFile from '../../rules/structure/missing-stack-file';
import noCatchAllDir from '../../rules/structure/no-catch-all-dir';
import noTechnologyDir from '../../rules/structure/no-technology-dir';
import nonCanonicalName from '../../rules/structure/non-canonical-name';
import serviceOutsideCapability from '../../rules/structure/service-outside-capability';
import splitSystem from '../../rules/structure/split-system';
import staleDocPath from '../../rules/structure/stale-doc-path';
import tooDeep from '../../rules/structure/too-deep';
import undeclaredCapability from '../../rules/structure/undeclared-capability';
import unreadablePath from '../../rules/meta/unreadable-path';
import { stringify } from 'yaml';
import type { TreeSpec } from '../helpers/tree';
import { table, type RuleTable } from '../helpers/rule-tester';

/** Every structure rule's table test (run by structure.test.ts; counted by coverage.test.ts). */
export const STRUCTURE_CASES: RuleTable[] = [];

/** A compose file with the given services (name -> image). */
export function compose(services: Record<string, string | Record<string, unknown>>): string {
  const entries = Object.entries(services).map(([name, value]) => [name, typeof value === 'string' ? { image: value } : value]);
  return stringify({ services: Object.fromEntries(entries) });
}

export const coreInfra: TreeSpec = {
  'docker-compose.yml': compose({ traefik: 'traefik:v3.0', postgres: 'postgres:16-alpine' }),
  traefik: { 'traefik.yml': 'entryPoints: {}\n' },
  postgres: { 'init-scripts': { '01.sql': 'SELECT 1;\n' } },
};

STRUCTURE_CASES.push(
  table(noCatchAllDir, {
    valid: [
      { name: 'capability layout', files: { services: { 'core-infra': coreInfra } } },
      {
        name: 'a tmp folder deep inside a service is data, not a grouping',
        nearMiss: true,
        files: { services: { automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }), n8n: { data: { tmp: { 'x.txt': 'x' } } } } } },
      },
    ],
    invalid: [
      {
        name: 'apps/ at the root (the seed antipattern)',
        files: { services: { apps: { openweb: { 'docker-compose.yml': compose({ openweb: 'ghcr.io/open-webui/open-webui:0.4.8' }) }, dozzle: {} } } },
        findings: [
          {
            messageId: 'catchAll',
            data: { folder: 'services/apps/', name: 'apps', moves: 'dozzle -> monitoring/dozzle/, openweb -> interfaces/open-webui/' },
            path: 'services/apps',
            line: null,
            column: null,
            message: /catch-all/,
            fix: /openweb -> interfaces\/open-webui\//,
          },
        ],
      },
      {
        name: 'misc/ inside a capability',
        files: { services: { monitoring: { misc: { thing: {} }, 'docker-compose.yml': compose({ dozzle: 'amir20/dozzle:v8' }), dozzle: {} } } },
        findings: [
          {
            messageId: 'catchAll',
            data: { folder: 'services/monitoring/misc/', name: 'misc', moves: '' },
            path: 'services/monitoring/misc',
            line: null,
            column: null,
            message: /catch-all/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(noTechnologyDir, {
    valid: [
      {
        name: 'near miss: a docker/ folder inside a service holds its build files, it groups nothing',
        nearMiss: true,
        files: {
          services: {
            automation: { 'docker-compose.yml': compose({ n8n: { build: './n8n/docker' } }), n8n: { docker: { Dockerfile: 'FROM n8nio/n8n:1.70.3\n' } } },
          },
        },
      },
      { name: 'capability layout', files: { services: { 'core-infra': coreInfra } } },
    ],
    invalid: [
      {
        name: 'stacks/ inside a capability',
        files: { services: { monitoring: { 'docker-compose.yml': compose({ dozzle: 'amir20/dozzle:v8' }), dozzle: {}, stacks: { 'uptime-kuma': {} } } } },
        findings: [
          {
            messageId: 'byTechnology',
            data: { folder: 'services/monitoring/stacks/', name: 'stacks', moves: '' },
            path: 'services/monitoring/stacks',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'docker/ grouping postgres and qdrant',
        files: { services: { docker: { postgres: {}, qdrant: {} } } },
        findings: [
          {
            messageId: 'byTechnology',
            data: { folder: 'services/docker/', name: 'docker', moves: 'postgres -> core-infra/postgres/, qdrant -> memory-orchestration/qdrant/' },
            path: 'services/docker',
            line: null,
            column: null,
            message: /by technology/,
            fix: /postgres -> core-infra\/postgres\/.*qdrant -> memory-orchestration\/qdrant\//,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(serviceOutsideCapability, {
    valid: [
      { name: 'services inside capabilities', files: { services: { 'core-infra': coreInfra } } },
      {
        name: 'a folder whose services live in sub-folders of their own groups services',
        nearMiss: true,
        files: {
          services: { 'mcp-servers': { 'docker-compose.yml': compose({ 'coda-mcp': { build: './coda-mcp' } }), 'coda-mcp': { Dockerfile: 'FROM node:20\n' } } },
        },
      },
    ],
    invalid: [
      {
        name: 'uptime-kuma alone at the root',
        files: { services: { 'uptime-kuma': { 'docker-compose.yml': compose({ 'uptime-kuma': 'louislam/uptime-kuma:1.23.15' }) } } },
        findings: [
          {
            messageId: 'belongsIn',
            data: {
              name: 'uptime-kuma',
              target: 'services/interfaces/uptime-kuma/',
              reason: 'placement table: uptime-kuma -> interfaces/ (User-facing monitoring UI)',
              folder: 'services/uptime-kuma/',
            },
            path: 'services/uptime-kuma',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'n8n/ and traefik/ at the root, an unknown one too',
        files: {
          services: {
            n8n: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }) },
            traefik: { 'traefik.yml': 'x: 1\n' },
            'mail-relay': { Dockerfile: 'FROM alpine\n' },
            // An app with a sidecar and config mounted from ./config (ScaleTail's layout): one service.
            affine: {
              'compose.yaml':
                'services:\n  tailscale:\n    image: tailscale/tailscale:v1.76\n  application:\n    image: ghcr.io/toeverything/affine-graphql:0.18\n    volumes:\n      - ./config:/config\n',
              config: { 'app.json': '{}' },
            },
          },
        },
        findings: [
          { messageId: 'outside', data: { name: 'affine' }, path: 'services/affine', line: null, column: null, message: /outside any capability/ },
          {
            messageId: 'outside',
            data: { name: 'mail-relay' },
            path: 'services/mail-relay',
            line: null,
            column: null,
            message: /outside any capability/,
            fix: /svclint place mail-relay/,
          },
          {
            messageId: 'belongsIn',
            data: {
              name: 'n8n',
              target: 'services/automation/n8n/',
              reason: 'placement table: n8n -> automation/ (Workflow orchestration)',
              folder: 'services/n8n/',
            },
            path: 'services/n8n',
            line: null,
            column: null,
            message: /belongs in 'services\/automation\/n8n\/'/,
            fix: /Move 'services\/n8n\/' to 'services\/automation\/n8n\/'/,
          },
          {
            messageId: 'belongsIn',
            data: {
              name: 'traefik',
              target: 'services/core-infra/traefik/',
              reason: 'placement table: traefik -> core-infra/ (Foundation service, all traffic flows through it)',
              folder: 'services/traefik/',
            },
            path: 'services/traefik',
            line: null,
            column: null,
            message: /services\/core-infra\/traefik\//,
            fix: /core-infra\/traefik/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(undeclaredCapability, {
    valid: [
      { name: 'declared capabilities', files: { services: { 'core-infra': coreInfra, archive: { nginx: {} } } } },
      {
        name: 'a new capability declared in config',
        nearMiss: true,
        files: { services: { communications: { 'docker-compose.yml': compose({ postal: 'ghcr.io/postalserver/postal:3' }), postal: {} } } },
        config: { capabilities: { communications: { provides: ['email'] } } },
      },
    ],
    invalid: [
      {
        name: 'labs/ with a service nobody places',
        files: { services: { labs: { 'docker-compose.yml': compose({ prototype: 'example/prototype:0.1' }), prototype: {} } } },
        findings: [
          {
            messageId: 'undeclared',
            data: {
              folder: 'services/labs/',
              declared: 'core-infra, memory-orchestration, automation, interfaces, integrations, monitoring, communications, archive',
              name: 'labs',
              moves: '',
            },
            path: 'services/labs',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'archon/ and mcp-servers/',
        files: {
          services: {
            archon: { 'docker-compose.yml': compose({ 'archon-server': 'x/archon-server:1', 'archon-ui': 'x/archon-ui:1' }) },
            'mcp-servers': { 'coda-mcp': {} },
          },
        },
        findings: [
          {
            messageId: 'undeclared',
            data: {
              folder: 'services/archon/',
              declared: 'core-infra, memory-orchestration, automation, interfaces, integrations, monitoring, communications, archive',
              name: 'archon',
              moves: '',
            },
            path: 'services/archon',
            line: null,
            column: null,
            message: /not a declared capability/,
            fix: /capabilities: \{ archon:/,
          },
          {
            messageId: 'undeclared',
            data: {
              folder: 'services/mcp-servers/',
              declared: 'core-infra, memory-orchestration, automation, interfaces, integrations, monitoring, communications, archive',
              name: 'mcp-servers',
              moves: 'coda-mcp -> integrations/coda-mcp/',
            },
            path: 'services/mcp-servers',
            line: null,
            column: null,
            message: /not a declared capability/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(misplacedService, {
    valid: [
      {
        name: 'everything where the table says',
        files: {
          services: {
            'core-infra': coreInfra,
            interfaces: { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8' }), 'open-webui': {} },
          },
        },
      },
      {
        name: 'the config places a service elsewhere on purpose',
        nearMiss: true,
        files: { services: { 'memory-orchestration': { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }), n8n: {} } } },
        config: { services: { n8n: { capability: 'memory-orchestration' } } },
      },
      {
        name: "a compose service named redis in an app stack is the cache rule's business, not misplaced",
        files: { services: { automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', redis: 'redis:7.4' }), n8n: {} } } },
      },
      {
        name: 'a stack-local redis sidecar is not a misplaced cache',
        files: { services: { automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', 'n8n-redis': 'redis:7.4' }), n8n: {} } } },
      },
    ],
    invalid: [
      {
        name: 'dozzle in interfaces, qdrant in docker/, openweb in apps/, by image and by label',
        files: {
          services: {
            interfaces: { 'docker-compose.yml': compose({ dozzle: 'amir20/dozzle:v8.8.2' }), dozzle: {} },
            docker: { qdrant: {} },
            apps: { openweb: { 'docker-compose.yml': compose({ web: 'ghcr.io/open-webui/open-webui:0.4.8' }) } },
            automation: {
              'docker-compose.yml': compose({ flows: { image: 'example/flows:1', labels: ['svclint.capability=integrations'] } }),
              flows: {},
            },
          },
        },
        findings: [
          {
            messageId: 'misplaced',
            data: {
              name: 'openweb',
              canonical: ' (open-webui)',
              actual: 'services/apps/',
              target: 'services/interfaces/open-webui/',
              reason: "'openweb' is an alias of open-webui; placement table: open-webui -> interfaces/ (User-facing chat interface)",
              folder: 'services/apps/openweb/',
            },
            path: 'services/apps/openweb',
            line: null,
            column: null,
            message: /'openweb' \(open-webui\) is in 'services\/apps\/'; it belongs in 'services\/interfaces\/open-webui\/'/,
          },
          {
            messageId: 'misplaced',
            data: {
              name: 'flows',
              canonical: '',
              actual: 'services/automation/',
              target: 'services/integrations/flows/',
              reason: 'label svclint.capability=integrations',
              folder: 'services/automation/flows/',
            },
            path: 'services/automation/flows',
            line: null,
            column: null,
            message: /label svclint.capability=integrations/,
            fix: /services\/integrations\/flows\//,
          },
          {
            messageId: 'misplaced',
            data: {
              name: 'qdrant',
              canonical: '',
              actual: 'services/docker/',
              target: 'services/memory-orchestration/qdrant/',
              reason: 'placement table: qdrant -> memory-orchestration/ (Vector search is a memory system component (isolated store))',
              folder: 'services/docker/qdrant/',
            },
            path: 'services/docker/qdrant',
            line: null,
            column: null,
            message: /services\/memory-orchestration\/qdrant\//,
          },
          {
            messageId: 'misplaced',
            data: {
              name: 'dozzle',
              canonical: '',
              actual: 'services/interfaces/',
              target: 'services/monitoring/dozzle/',
              reason: 'placement table: dozzle -> monitoring/ (Observability tool)',
              folder: 'services/interfaces/dozzle/',
            },
            path: 'services/interfaces/dozzle',
            line: null,
            column: null,
            message: /belongs in 'services\/monitoring\/dozzle\/' \(placement table: dozzle -> monitoring\/ \(Observability tool\)\)/,
          },
        ],
      },
      {
        name: 'a compose-only service in the wrong capability stack',
        files: {
          services: {
            monitoring: { 'docker-compose.yml': `services:\n  dozzle:\n    image: amir20/dozzle:v8\n  n8n:\n    image: n8nio/n8n:1.70.3\n`, dozzle: {} },
          },
        },
        findings: [
          {
            messageId: 'misplacedDefinition',
            data: {
              name: 'n8n',
              stack: 'monitoring',
              target: 'services/automation/n8n/',
              reason: 'placement table: n8n -> automation/ (Workflow orchestration)',
              capability: 'services/automation/',
            },
            path: 'services/monitoring/docker-compose.yml',
            line: 4,
            column: 3,
            message: /Compose service 'n8n' is defined in the 'monitoring' stack/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(splitSystem, {
    valid: [
      {
        name: 'near miss: the members together, one of them missing',
        nearMiss: true,
        files: { services: { 'memory-orchestration': { 'planner-api': {}, 'memory-gateway': { Dockerfile: 'FROM node:20\n' } } } },
      },

      {
        name: 'planner-memory together',
        files: {
          services: {
            'memory-orchestration': {
              'docker-compose.yml': compose({ 'memory-gateway': { build: './memory-gateway' } }),
              'memory-gateway': { Dockerfile: 'FROM node:20\n' },
              'planner-api': { Dockerfile: 'FROM node:20\n' },
              'archon-server': {},
            },
          },
        },
      },
    ],
    invalid: [
      {
        name: 'a system the config declares, split in two',
        config: { systems: { observability: { capability: 'monitoring', members: ['grafana', 'prometheus'] } } },
        files: { services: { monitoring: { grafana: {} }, 'core-infra': { prometheus: {} } } },
        findings: [
          {
            messageId: 'split',
            data: {
              system: 'observability',
              count: 2,
              where: 'services/core-infra/ (prometheus); services/monitoring/ (grafana)',
              home: 'services/monitoring/',
              moves: "'services/core-infra/prometheus/' to 'services/monitoring/prometheus/'",
            },
            path: 'services/core-infra/prometheus',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'memory-gateway at the root, archon under archon/',
        files: {
          services: {
            'memory-gateway': { Dockerfile: 'FROM node:20\n' },
            archon: { 'archon-server': {}, 'archon-ui': {} },
            'memory-orchestration': { 'planner-api': {} },
          },
        },
        findings: [
          {
            messageId: 'split',
            data: {
              system: 'planner-memory',
              count: 3,
              where: 'services/archon/ (archon-server, archon-ui); services/ (memory-gateway); services/memory-orchestration/ (planner-api)',
              home: 'services/memory-orchestration/',
              moves:
                "'services/archon/archon-server/' to 'services/memory-orchestration/archon-server/', 'services/archon/archon-ui/' to 'services/memory-orchestration/archon-ui/', 'services/memory-gateway/' to 'services/memory-orchestration/memory-gateway/'",
            },
            path: 'services/archon/archon-server',
            line: null,
            column: null,
            message: /System 'planner-memory' is split across 3 directories: .*All its members belong in 'services\/memory-orchestration\/'/,
            fix: /Move 'services\/archon\/archon-server\/' to 'services\/memory-orchestration\/archon-server\/', 'services\/archon\/archon-ui\/' to 'services\/memory-orchestration\/archon-ui\/', 'services\/memory-gateway\/' to 'services\/memory-orchestration\/memory-gateway\/'\./,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(nonCanonicalName, {
    valid: [
      {
        name: 'near miss: an alias the config makes the canonical name',
        nearMiss: true,
        config: { services: { openweb: { capability: 'interfaces' } } },
        files: { services: { interfaces: { openweb: {} } } },
      },
      { name: 'canonical kebab-case names', files: { services: { interfaces: { 'open-webui': {}, 'uptime-kuma': {} } } } },
    ],
    invalid: [
      {
        name: 'a snake_case service folder in the wrong capability: renamed as it moves',
        files: { services: { monitoring: { uptime_kuma: { 'docker-compose.yml': compose({ uptime_kuma: 'louislam/uptime-kuma:1.23.15' }) } } } },
        findings: [
          {
            messageId: 'notKebab',
            data: {
              name: 'uptime_kuma',
              canonical: 'uptime_kuma',
              folder: 'services/monitoring/uptime_kuma/',
              target: 'services/interfaces/uptime-kuma/',
              oneStep: ' (its move and rename are one step)',
              expected: 'uptime-kuma',
            },
            path: 'services/monitoring/uptime_kuma',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'openweb alias and a CamelCase folder',
        files: { services: { interfaces: { openweb: {}, StatusBoard: {} }, MyStuff: { thing: {} } } },
        findings: [
          {
            messageId: 'capabilityNotKebab',
            data: { name: 'MyStuff', expected: 'my-stuff' },
            path: 'services/MyStuff',
            line: null,
            column: null,
            message: /Capability folder 'MyStuff' is not in kebab-case/,
            fix: /my-stuff/,
          },
          {
            messageId: 'notKebab',
            data: {
              name: 'StatusBoard',
              canonical: 'StatusBoard',
              folder: 'services/interfaces/StatusBoard/',
              target: 'services/interfaces/status-board/',
              oneStep: '',
              expected: 'status-board',
            },
            path: 'services/interfaces/StatusBoard',
            line: null,
            column: null,
            message: /not in kebab-case/,
            fix: /status-board/,
          },
          {
            messageId: 'alias',
            data: {
              name: 'openweb',
              canonical: 'open-webui',
              folder: 'services/interfaces/openweb/',
              target: 'services/interfaces/open-webui/',
              oneStep: '',
              expected: 'open-webui',
            },
            path: 'services/interfaces/openweb',
            line: null,
            column: null,
            message: /alias; the canonical name is 'open-webui'/,
            fix: /services\/interfaces\/open-webui\//,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(duplicateService, {
    valid: [
      { name: 'one postgres', files: { services: { 'core-infra': coreInfra } } },
      {
        name: 'an archived copy is kept for rollback',
        files: { services: { 'core-infra': coreInfra, archive: { postgres: { 'docker-compose.yml': compose({ postgres: 'postgres:15' }) } } } },
      },
      {
        name: 'two apps each with a plain nginx web server: not the legacy nginx-proxy defined twice',
        nearMiss: true,
        files: {
          services: {
            automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', nginx: 'nginx:1.27' }), n8n: {} },
            interfaces: { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8', nginx: 'nginx:1.27' }), 'open-webui': {} },
          },
        },
      },
      {
        name: "two apps' own redis sidecars are the cache rule's business, not duplicates",
        files: {
          services: {
            automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', redis: 'redis:7.4' }), n8n: {} },
            interfaces: { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8', redis: 'redis:7.4' }), 'open-webui': {} },
          },
        },
      },
    ],
    invalid: [
      {
        name: 'postgres/ and docker/postgres/',
        files: {
          services: {
            postgres: { 'docker-compose.yml': compose({ postgres: 'postgres:16-alpine' }) },
            docker: { 'docker-compose.yml': compose({ postgres: 'postgres:16-alpine' }), postgres: {} },
          },
        },
        findings: [
          {
            messageId: 'twoFolders',
            data: { name: 'postgres', kept: 'services/docker/postgres/', retired: 'services/postgres/' },
            path: 'services/postgres',
            line: null,
            column: null,
            message: /'postgres' is in two places: 'services\/docker\/postgres\/' and 'services\/postgres\/'/,
          },
        ],
      },
      {
        name: 'traefik defined in two capability stacks',
        files: {
          services: {
            'core-infra': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }) },
            'memory-orchestration': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }) },
          },
        },
        findings: [
          {
            messageId: 'twoDefinitions',
            data: {
              name: 'traefik',
              first: 'services/core-infra/docker-compose.yml',
              second: 'services/memory-orchestration/docker-compose.yml',
              other: 'services/core-infra/docker-compose.yml',
            },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 2,
            column: 3,
            message: /defined in two stacks/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(missingStackFile, {
    valid: [
      { name: 'stack at the top', files: { services: { 'core-infra': coreInfra } } },
      { name: 'archive needs no stack', nearMiss: true, files: { services: { archive: { nginx: {} } } } },
    ],
    invalid: [
      {
        name: 'a stack file only inside the service folders',
        files: {
          services: {
            interfaces: {
              'open-webui': { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8' }) },
              'uptime-kuma': { 'docker-compose.yml': compose({ 'uptime-kuma': 'louislam/uptime-kuma:1.23.15' }) },
            },
          },
        },
        findings: [
          {
            messageId: 'noStack',
            data: { folder: 'services/interfaces/', count: 2, services: 'open-webui, uptime-kuma' },
            path: 'services/interfaces',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'monitoring without docker-compose.yml',
        files: { services: { monitoring: { dozzle: { 'config.yml': 'a: 1\n' } } } },
        findings: [
          {
            messageId: 'noStack',
            data: { folder: 'services/monitoring/', count: 1, services: 'dozzle' },
            path: 'services/monitoring',
            line: null,
            column: null,
            message: /no stack compose file/,
            fix: /services\/monitoring\/docker-compose.yml/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(tooDeep, {
    valid: [
      {
        name: 'near miss: a data folder inside a service is not a service',
        nearMiss: true,
        files: { services: { automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }), n8n: { data: { workflows: { 'a.json': '{}' } } } } } },
      },
      { name: 'capability/service', files: { services: { 'core-infra': coreInfra } } },
    ],
    invalid: [
      {
        name: 'a service nested in a service folder with a stack of its own',
        files: {
          services: {
            automation: {
              'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }),
              n8n: { worker: { 'docker-compose.yml': compose({ 'n8n-worker': 'n8nio/n8n:1.70.3' }) } },
            },
          },
        },
        findings: [
          {
            messageId: 'tooDeep',
            data: { name: 'worker', depth: 3, folder: 'services/automation/n8n/worker/', target: 'services/automation/worker/' },
            path: 'services/automation/n8n/worker',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'capability/project/service',
        files: {
          services: {
            'memory-orchestration': {
              'docker-compose.yml': compose({ 'archon-server': { build: './archon/archon-server' } }),
              archon: {
                'docker-compose.yml': compose({ 'archon-server': { build: './archon-server' } }),
                'archon-server': { Dockerfile: 'FROM python:3.12\n' },
              },
            },
          },
        },
        findings: [
          {
            messageId: 'tooDeep',
            data: {
              name: 'archon-server',
              depth: 3,
              folder: 'services/memory-orchestration/archon/archon-server/',
              target: 'services/memory-orchestration/archon-server/',
            },
            path: 'services/memory-orchestration/archon/archon-server',
            line: null,
            column: null,
            message: /3 levels deep/,
            fix: /services\/memory-orchestration\/archon-server\//,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(archivedServiceActive, {
    valid: [
      {
        name: 'near miss: an active service of the same name replaces the archived one',
        nearMiss: true,
        files: {
          services: {
            archive: { 'docker-compose.yml': compose({ nginx: { image: 'nginxproxy/nginx-proxy:1.6', labels: ['traefik.enable=false'] } }), nginx: {} },
            interfaces: {
              'docker-compose.yml': 'services:\n  nginx:\n    image: nginx:1.27-alpine\n  web:\n    image: example/web:1\n    depends_on: [nginx]\n',
              nginx: {},
              web: {},
            },
          },
        },
      },

      {
        name: 'archived nginx, nothing references it',
        files: {
          services: {
            'core-infra': coreInfra,
            archive: { 'docker-compose.yml': compose({ nginx: { image: 'nginxproxy/nginx-proxy:1.6', labels: ['traefik.enable=false'] } }), nginx: {} },
          },
        },
      },
    ],
    invalid: [
      {
        name: 'an active stack includes a file from archive/',
        files: {
          services: {
            archive: { acme: { 'docker-compose.yml': compose({ acme: { image: 'nginxproxy/acme-companion:2.4', labels: ['traefik.enable=false'] } }) } },
            'core-infra': {
              'docker-compose.yml': 'include:\n  - ../archive/acme/docker-compose.yml\nservices:\n  traefik:\n    image: traefik:v3.0\n',
              traefik: {},
            },
          },
        },
        findings: [
          {
            messageId: 'includesArchived',
            data: { file: 'services/archive/acme/docker-compose.yml' },
            path: 'services/core-infra/docker-compose.yml',
            line: 2,
            column: 5,
          },
        ],
      },

      {
        name: 'an active service depends on archived nginx, mounts from archive/, and nginx still routes',
        files: {
          services: {
            archive: {
              'docker-compose.yml': compose({ nginx: { image: 'nginxproxy/nginx-proxy:1.6', labels: { 'traefik.enable': 'true' } } }),
              nginx: { 'nginx.conf': 'x' },
            },
            interfaces: {
              'docker-compose.yml':
                'services:\n  web:\n    image: example/web:1\n    depends_on:\n      - nginx\n    volumes:\n      - ../archive/nginx/nginx.conf:/etc/nginx.conf:ro\n',
              web: {},
            },
          },
        },
        findings: [
          {
            messageId: 'stillRouted',
            data: { service: 'nginx' },
            path: 'services/archive/docker-compose.yml',
            line: 5,
            column: 7,
            message: /still has Traefik routing enabled/,
          },
          {
            messageId: 'dependsOnArchived',
            data: { service: 'web', dependency: 'nginx', key: 'depends_on', folder: 'services/archive/' },
            path: 'services/interfaces/docker-compose.yml',
            line: 5,
            column: 7,
            message: /depends on 'nginx' \(depends_on\), which is archived/,
          },
          {
            messageId: 'usesArchivedPath',
            data: { service: 'web', source: 'services/archive/nginx/nginx.conf' },
            path: 'services/interfaces/docker-compose.yml',
            line: 7,
            column: 7,
            message: /inside archive\//,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(legacyService, {
    valid: [
      { name: 'legacy services archived', files: { services: { archive: { nginx: {}, 'acme-companion': {} } } } },
      {
        name: 'a folder named nginx running a plain nginx web server is not the legacy proxy',
        nearMiss: true,
        files: { services: { interfaces: { 'docker-compose.yml': compose({ nginx: 'nginx:1.27-alpine' }), nginx: { 'nginx.conf': 'events {}\n' } } } },
      },
      {
        name: 'a folder named nginx with no nginx-proxy image (a web server) is not the legacy proxy',
        files: { services: { interfaces: { nginx: { 'index.html': '<p>hi</p>\n' } } } },
      },
    ],
    invalid: [
      {
        name: 'nginx-proxy at the top of a capability',
        files: { services: { interfaces: { 'nginx-proxy': { 'docker-compose.yml': compose({ 'nginx-proxy': 'nginxproxy/nginx-proxy:1.6' }) } } } },
        findings: [
          {
            messageId: 'superseded',
            data: {
              name: 'nginx-proxy',
              reason: 'Legacy nginx-proxy (replaced by Traefik 2025-11-13)',
              archive: 'archive',
              folder: 'services/interfaces/nginx-proxy/',
              target: 'services/archive/nginx/',
            },
            path: 'services/interfaces/nginx-proxy',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'docker/nginx running nginx-proxy, and a running acme-companion',
        files: {
          services: {
            docker: { nginx: { 'docker-compose.yml': 'services:\n  proxy:\n    image: nginxproxy/nginx-proxy:1.6\n  web:\n    image: example/web:1\n' } },
            'core-infra': {
              'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.0\n  certs:\n    image: nginxproxy/acme-companion:2.4\n',
              traefik: {},
            },
          },
        },
        findings: [
          {
            messageId: 'supersededService',
            data: { name: 'certs', product: 'acme-companion', reason: 'Legacy ACME (Cloudflare handles SSL now)', archive: 'archive', folder: '' },
            path: 'services/core-infra/docker-compose.yml',
            line: 4,
            column: 3,
            message: /runs superseded acme-companion/,
          },
          {
            messageId: 'superseded',
            data: {
              name: 'nginx',
              reason: 'Legacy nginx-proxy (replaced by Traefik 2025-11-13)',
              archive: 'archive',
              folder: 'services/docker/nginx/',
              target: 'services/archive/nginx/',
            },
            path: 'services/docker/nginx',
            line: null,
            column: null,
            message: /superseded service/,
            fix: /services\/archive\/nginx\//,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(brokenSymlink, {
    valid: [
      {
        name: 'near miss: a link to a file outside the tree',
        nearMiss: true,
        files: { services: { 'core-infra': { ...coreInfra, '.env': { symlink: '../../secrets.env' } } }, 'secrets.env': 'A=1\n' },
      },
      {
        name: 'a link that resolves',
        files: { services: { 'core-infra': { ...coreInfra, valkey: { symlink: '../../old-valkey' } } }, 'old-valkey': { 'a.conf': 'x' } },
      },
    ],
    invalid: [
      {
        name: 'a Phase 1 bridge whose target moved away',
        files: { services: { 'core-infra': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }), traefik: { symlink: '../traefik' } } } },
        findings: [
          {
            messageId: 'dangling',
            data: { link: 'services/core-infra/traefik', target: '../traefik' },
            path: 'services/core-infra/traefik',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'dangling and looping links',
        files: { services: { 'core-infra': { ...coreInfra, valkey: { symlink: '../../gone' }, loop: { symlink: 'loop' } } } },
        findings: [
          {
            messageId: 'loops',
            data: { link: 'services/core-infra/loop', target: 'loop' },
            path: 'services/core-infra/loop',
            line: null,
            column: null,
            message: /loops/,
          },
          {
            messageId: 'dangling',
            data: { link: 'services/core-infra/valkey', target: '../../gone' },
            path: 'services/core-infra/valkey',
            line: null,
            column: null,
            message: /points to nothing/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(migrationSymlink, {
    valid: [
      {
        name: 'near miss: a symlinked config file inside a service is no bridge',
        nearMiss: true,
        files: {
          services: { 'core-infra': { ...coreInfra, traefik: { 'traefik.yml': { symlink: '../../../shared/traefik.yml' } } } },
          shared: { 'traefik.yml': 'a: 1\n' },
        },
      },
      { name: 'real folders', files: { services: { 'core-infra': coreInfra } } },
    ],
    invalid: [
      {
        name: 'a Phase 1 bridge of a service in the wrong capability stack',
        files: {
          services: {
            interfaces: {
              'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8' }),
              'open-webui': { symlink: '../apps/openweb' },
            },
            apps: { openweb: { 'README.md': 'x\n' } },
          },
        },
        findings: [
          {
            messageId: 'bridge',
            data: { link: 'services/interfaces/open-webui', target: 'services/apps/openweb/', from: 'services/apps/openweb' },
            path: 'services/interfaces/open-webui',
            line: null,
            column: null,
          },
        ],
      },

      {
        name: 'Phase 1 bridge core-infra/traefik -> ../traefik',
        files: {
          services: {
            'core-infra': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }), traefik: { symlink: '../traefik' } },
            traefik: { 'traefik.yml': 'a: 1\n' },
          },
        },
        findings: [
          {
            messageId: 'bridge',
            data: { link: 'services/core-infra/traefik', target: 'services/traefik/', from: 'services/traefik' },
            path: 'services/core-infra/traefik',
            line: null,
            column: null,
            message: /migration bridge to 'services\/traefik\/'/,
            fix: /Phase 4: rm 'services\/core-infra\/traefik' && mv 'services\/traefik'/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(buildContext, {
    valid: [
      {
        name: 'near miss: build.dockerfile names the file that exists',
        nearMiss: true,
        files: {
          services: {
            'memory-orchestration': {
              'docker-compose.yml': 'services:\n  archon-ui:\n    build:\n      context: ./archon-ui\n      dockerfile: Dockerfile.prod\n',
              'archon-ui': { 'Dockerfile.prod': 'FROM node:20\n' },
            },
          },
        },
      },

      {
        name: 'context inside the capability, Dockerfile present; remote contexts ignored',
        files: {
          services: {
            'memory-orchestration': {
              'docker-compose.yml': 'services:\n  planner-api:\n    build: ./planner-api\n  tool:\n    build: https://github.com/example/tool.git#main\n',
              'planner-api': { Dockerfile: 'FROM node:20\n' },
            },
          },
        },
      },
    ],
    invalid: [
      {
        name: 'a build context in another capability',
        files: {
          services: {
            interfaces: { 'docker-compose.yml': 'services:\n  open-webui:\n    build: ../automation/webui\n' },
            automation: { webui: { Dockerfile: 'FROM node:20\n' } },
          },
        },
        findings: [
          {
            messageId: 'escapes',
            data: {
              context: '../automation/webui',
              service: 'open-webui',
              capability: 'services/interfaces/',
              target: 'services/interfaces/open-webui/',
              relative: 'open-webui',
            },
            path: 'services/interfaces/docker-compose.yml',
            line: 3,
            column: 12,
          },
        ],
      },

      {
        name: 'missing context, escaping context, missing dockerfile',
        files: {
          services: {
            'memory-orchestration': {
              'docker-compose.yml':
                'services:\n  memory-gateway:\n    build: ./memory-gateway\n  planner-api:\n    build:\n      context: ../../planner-api\n  archon-ui:\n    build:\n      context: ./archon-ui\n      dockerfile: Dockerfile.prod\n',
              'archon-ui': { Dockerfile: 'FROM node:20\n' },
            },
          },
          'planner-api': { Dockerfile: 'FROM node:20\n' },
        },
        findings: [
          {
            messageId: 'missingContext',
            data: { context: './memory-gateway', service: 'memory-gateway', folder: 'services/memory-orchestration/memory-gateway/' },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 3,
            column: 12,
            message: /'\.\/memory-gateway' of 'memory-gateway' does not exist/,
          },
          {
            messageId: 'escapes',
            data: {
              context: '../../planner-api',
              service: 'planner-api',
              capability: 'services/memory-orchestration/',
              target: 'services/memory-orchestration/planner-api/',
              relative: 'planner-api',
            },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 6,
            column: 16,
            message: /escapes its capability directory/,
          },
          {
            messageId: 'missingDockerfile',
            data: { dockerfile: 'services/memory-orchestration/archon-ui/Dockerfile.prod', service: 'archon-ui' },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 10,
            column: 19,
            message: /Dockerfile.prod' for 'archon-ui' does not exist/,
          },
        ],
      },
    ],
  }),
);

STRUCTURE_CASES.push(
  table(staleDocPath, {
    valid: [
      {
        name: 'docs name existing paths',
        files: { services: { 'core-infra': coreInfra }, docs: { 'INVENTORY.md': 'Traefik lives in `services/core-infra/traefik/`.\n' } },
        config: { docs: ['docs/**/*.md'] },
      },
      {
        name: 'no docs globs configured: nothing read',
        nearMiss: true,
        files: { services: { 'core-infra': coreInfra }, docs: { 'INVENTORY.md': 'see services/apps/openweb\n' } },
      },
    ],
    invalid: [
      {
        name: 'two stale paths in a README, one per line',
        config: { docs: ['README.md'] },
        files: {
          services: { 'core-infra': coreInfra },
          'README.md': 'Postgres: services/docker/postgres\nProxy: services/traefik/ (old)\nDB: services/core-infra/postgres/\n',
        },
        findings: [
          { messageId: 'missing', data: { path: 'services/docker/postgres', name: 'postgres' }, path: 'README.md', line: 1, column: 11 },
          { messageId: 'missing', data: { path: 'services/traefik', name: 'traefik' }, path: 'README.md', line: 2, column: 8 },
        ],
      },

      {
        name: 'an inventory still naming apps/openweb',
        files: { services: { 'core-infra': coreInfra }, docs: { 'INVENTORY.md': '# Inventory\n\n| open-webui | `~/services/apps/openweb/` |\n' } },
        config: { docs: ['docs/**/*.md'] },
        findings: [
          {
            messageId: 'missing',
            data: { path: 'services/apps/openweb', name: 'openweb' },
            path: 'docs/INVENTORY.md',
            line: 3,
            column: 19,
            message: /'services\/apps\/openweb' does not exist/,
          },
        ],
      },
    ],
  }),
);

/** `levels` folders nested inside each other, a file at the bottom. */
function nested(levels: number): TreeSpec {
  let spec: TreeSpec = { 'leaf.txt': 'x' };
  for (let i = levels; i > 0; i--) spec = { [`l${i}`]: spec };
  return spec;
}

STRUCTURE_CASES.push(
  table(unreadablePath, {
    valid: [
      { name: 'a readable tree', files: { services: { 'core-infra': coreInfra } } },
      { name: 'near miss: folders nested right up to the scan depth limit', nearMiss: true, files: { services: { automation: { n8n: nested(61) } } } },
    ],
    invalid: [
      {
        name: 'folders nested past the scan depth limit (64 levels)',
        files: { services: { automation: { n8n: nested(66) } } },
        findings: [
          {
            messageId: 'notLinted',
            data: { problem: 'deeper than 64 levels; not scanned further' },
            path: 'services/automation/n8n/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10/l11/l12/l13/l14/l15/l16/l17/l18/l19/l20/l21/l22/l23/l24/l25/l26/l27/l28/l29/l30/l31/l32/l33/l34/l35/l36/l37/l38/l39/l40/l41/l42/l43/l44/l45/l46/l47/l48/l49/l50/l51/l52/l53/l54/l55/l56/l57/l58/l59/l60/l61/l62',
            line: null,
            column: null,
          },
        ],
      },
      {
        name: 'two places past the limit',
        files: { services: { automation: { n8n: nested(70) }, monitoring: { dozzle: nested(65) } } },
        findings: [
          {
            messageId: 'notLinted',
            data: { problem: 'deeper than 64 levels; not scanned further' },
            path: 'services/automation/n8n/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10/l11/l12/l13/l14/l15/l16/l17/l18/l19/l20/l21/l22/l23/l24/l25/l26/l27/l28/l29/l30/l31/l32/l33/l34/l35/l36/l37/l38/l39/l40/l41/l42/l43/l44/l45/l46/l47/l48/l49/l50/l51/l52/l53/l54/l55/l56/l57/l58/l59/l60/l61/l62',
            line: null,
            column: null,
          },
          {
            messageId: 'notLinted',
            data: { problem: 'deeper than 64 levels; not scanned further' },
            path: 'services/monitoring/dozzle/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10/l11/l12/l13/l14/l15/l16/l17/l18/l19/l20/l21/l22/l23/l24/l25/l26/l27/l28/l29/l30/l31/l32/l33/l34/l35/l36/l37/l38/l39/l40/l41/l42/l43/l44/l45/l46/l47/l48/l49/l50/l51/l52/l53/l54/l55/l56/l57/l58/l59/l60/l61/l62',
            line: null,
            column: null,
          },
        ],
      },
    ],
  }),
);
