// Valid and invalid trees for every Compose rule, with the exact findings expected.
import composeParse from '../../rules/compose/compose-parse';
import composeSchema from '../../rules/compose/compose-schema';
import duplicateContainerName from '../../rules/compose/duplicate-container-name';
import duplicateHostPort from '../../rules/compose/duplicate-host-port';
import duplicateRouter from '../../rules/compose/duplicate-router';
import obsoleteVersion from '../../rules/compose/obsolete-version';
import unpinnedImage from '../../rules/compose/unpinned-image';
import memoryBudget from '../../rules/compose/memory-budget';
import { table, type RuleTable } from '../helpers/rule-tester';

/** Every compose rule's table test (run by compose.test.ts; counted by coverage.test.ts). */
export const COMPOSE_CASES: RuleTable[] = [];
export const stack = (yaml: string) => ({ 'docker-compose.yml': yaml });

COMPOSE_CASES.push(
  table(composeParse, {
    valid: [
      {
        name: 'a stack and its override',
        files: {
          services: {
            automation: {
              'compose.yaml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n',
              'compose.override.yaml': 'services:\n  n8n:\n    restart: always\n',
            },
          },
        },
      },
      {
        name: 'a TAB before a colon (Compose accepts it)',
        nearMiss: true,
        files: { services: { automation: stack('services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n    environment:\n      A\t: "1"\n') } },
      },
    ],
    invalid: [
      {
        name: 'broken YAML in one stack; the other stack still loads',
        files: {
          services: {
            automation: stack('services:\n  n8n:\n    image: n8nio/n8n: 1.70.3\n'),
            monitoring: stack('services:\n  dozzle:\n    image: amir20/dozzle:v8\n'),
          },
        },
        findings: [
          {
            messageId: 'doesNotLoad',
            data: { error: 'Nested mappings are not allowed in compact mappings' },
            path: 'services/automation/docker-compose.yml',
            line: 3,
            column: 12,
            message: /does not load/,
          },
        ],
      },
      {
        name: 'a broken override file, at its own position',
        files: {
          services: {
            automation: {
              'compose.yaml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n',
              'compose.override.yaml': 'services:\n  n8n:\n    restart: always\n    restart: no\n',
            },
          },
        },
        findings: [
          {
            messageId: 'doesNotLoad',
            data: { error: 'duplicate key "restart" (mapping key already defined)' },
            path: 'services/automation/compose.override.yaml',
            line: 4,
            column: 5,
            message: /duplicate key "restart"/,
          },
        ],
      },
      {
        name: 'docker-compose.yml beside compose.yaml is never read',
        files: {
          services: {
            automation: {
              'compose.yaml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n',
              'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:1.71.0\n',
            },
          },
        },
        findings: [
          {
            messageId: 'ignored',
            data: { name: 'docker-compose.yml', reads: 'compose.yaml', override: 'the override file in use', main: 'compose.yaml' },
            path: 'services/automation/docker-compose.yml',
            line: 1,
            column: 1,
            message: /ignores docker-compose\.yml: in this folder it reads compose\.yaml/,
            fix: /Merge/,
          },
        ],
      },
    ],
  }),
);

COMPOSE_CASES.push(
  table(composeSchema, {
    valid: [
      {
        name: 'a valid stack with interpolation',
        files: {
          services: { automation: stack('name: automation\nservices:\n  n8n:\n    image: n8nio/n8n:${N8N_TAG:-1.70.3}\n    ports: ["${PORT:-5678}:5678"]\n') },
        },
      },
      {
        name: 'a partial override (no image)',
        nearMiss: true,
        files: {
          services: {
            automation: {
              'compose.yaml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n',
              'compose.override.yaml': 'services:\n  n8n:\n    environment:\n      A: "1"\n',
            },
          },
        },
      },
    ],
    invalid: [
      {
        name: 'a typo names the key and suggests the near one',
        files: { services: { automation: stack('services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n    enviroment:\n      A: "1"\n') } },
        findings: [
          {
            messageId: 'refused',
            data: {
              problem: "services.n8n: unknown key 'enviroment' (did you mean 'environment'?)",
              suggestion: 'environment',
              keyPath: 'services.n8n.enviroment',
            },
            path: 'services/automation/docker-compose.yml',
            line: 4,
            column: 5,
            message: /unknown key 'enviroment' \(did you mean 'environment'\?\)/,
            fix: /'environment'/,
          },
        ],
      },
      {
        name: 'an error in the override file points into the override',
        files: {
          services: {
            automation: {
              'compose.yaml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n',
              'compose.override.yaml': 'services:\n  n8n:\n    restart: always\n    network-mode: host\n',
            },
          },
        },
        findings: [
          {
            messageId: 'refused',
            data: {
              problem: "services.n8n: unknown key 'network-mode' (did you mean 'network_mode'?)",
              suggestion: 'network_mode',
              keyPath: 'services.n8n.network-mode',
            },
            path: 'services/automation/compose.override.yaml',
            line: 4,
            column: 5,
            message: /network_mode/,
          },
        ],
      },
    ],
  }),
);

COMPOSE_CASES.push(
  table(duplicateContainerName, {
    valid: [
      {
        name: 'unique names',
        files: {
          services: {
            a: stack('services:\n  x:\n    image: x:1\n    container_name: x\n'),
            b: stack('services:\n  y:\n    image: y:1\n    container_name: y\n'),
          },
        },
      },
      {
        name: "a capability stack file including its services' stacks: each service counts once",
        files: {
          services: {
            'core-infra': {
              'compose.yaml': 'include:\n  - traefik/compose.yaml\n',
              traefik: { 'compose.yaml': 'services:\n  traefik:\n    image: traefik:3\n    container_name: traefik\n    ports: ["80:80"]\n' },
            },
          },
        },
      },
      {
        name: 'an archived stack keeps its name',
        files: {
          services: {
            'core-infra': stack('services:\n  nginx:\n    image: nginx:1.27\n    container_name: nginx\n'),
            archive: { nginx: stack('services:\n  nginx:\n    image: nginx:1.25\n    container_name: nginx\n') },
          },
        },
      },
      {
        name: 'an unknown ${VAR} name',
        files: {
          services: {
            a: stack('services:\n  x:\n    image: x:1\n    container_name: ${NAME}\n'),
            b: stack('services:\n  y:\n    image: y:1\n    container_name: ${NAME}\n'),
          },
        },
      },
      {
        name: 'profile alternatives (cpu / gpu) in one stack',
        nearMiss: true,
        files: {
          services: {
            a: stack(
              'services:\n  ollama-cpu:\n    image: ollama/ollama:0.5.1\n    container_name: ollama\n    profiles: [cpu]\n  ollama-gpu:\n    image: ollama/ollama:0.5.1\n    container_name: ollama\n    profiles: [gpu]\n',
            ),
          },
        },
      },
    ],
    invalid: [
      {
        name: 'the same name in two stacks, reported at the second, naming the first',
        files: {
          services: {
            a: stack('services:\n  postgres:\n    image: postgres:16\n    container_name: postgres\n'),
            b: stack('services:\n  db:\n    image: postgres:16\n    container_name: postgres\n'),
          },
        },
        findings: [
          {
            messageId: 'taken',
            data: {
              name: 'postgres',
              service: 'db',
              other: "service 'postgres'",
              where: 'services/a/docker-compose.yml:4:21',
              suggestion: 'db',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/b/docker-compose.yml',
            line: 4,
            column: 21,
            message: /'postgres' of service 'db' is already used by service 'postgres' at services\/a\/docker-compose\.yml:4:21/,
          },
        ],
      },
      {
        name: 'a name resolved through .env, within one stack',
        files: {
          services: {
            a: { ...stack('services:\n  x:\n    image: x:1\n    container_name: ${N}\n  y:\n    image: y:1\n    container_name: app\n'), '.env': 'N=app\n' },
          },
        },
        findings: [
          {
            messageId: 'taken',
            data: {
              name: 'app',
              service: 'y',
              other: "service 'x' of this stack",
              where: 'services/a/docker-compose.yml:4:21',
              suggestion: 'y',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/a/docker-compose.yml',
            line: 7,
            column: 21,
            message: /this stack/,
          },
        ],
      },
    ],
  }),
);

COMPOSE_CASES.push(
  table(duplicateHostPort, {
    valid: [
      {
        name: 'tcp/udp, two specific IPs, expose, ephemeral and unknown ports do not clash',
        files: {
          services: {
            a: stack(
              'services:\n  dns:\n    image: x:1\n    ports: ["53:53/udp", "127.0.0.1:8080:80", "3000", "127.0.0.1::81", "${P}:80"]\n    expose: ["9000"]\n',
            ),
            b: stack('services:\n  web:\n    image: y:1\n    ports: ["53:53/tcp", "10.0.0.2:8080:80", "3000", "${P}:80"]\n    expose: ["9000"]\n'),
          },
        },
      },
      {
        name: 'an archived stack publishes the same port',
        files: {
          services: {
            'core-infra': stack('services:\n  t:\n    image: t:1\n    ports: ["80:80"]\n'),
            archive: { nginx: stack('services:\n  n:\n    image: n:1\n    ports: ["80:80"]\n') },
          },
        },
      },
      {
        name: 'address families: 0.0.0.0 and :: ; a pool with a free port; repeated entries',
        files: {
          services: {
            a: stack('services:\n  x:\n    image: x:1\n    ports: ["0.0.0.0:80:80", "8000:80", "443:443", "443:443"]\n'),
            b: stack('services:\n  y:\n    image: y:1\n    ports: ["[::]:80:80", "8000-8001:80"]\n'),
          },
        },
      },
      {
        name: 'non-overlapping ranges',
        nearMiss: true,
        files: {
          services: {
            a: stack('services:\n  x:\n    image: x:1\n    ports: ["8000-8005:8000-8005"]\n'),
            b: stack('services:\n  y:\n    image: y:1\n    ports: ["8006-8010:8006-8010"]\n'),
          },
        },
      },
    ],
    invalid: [
      {
        name: 'ports of an included file and of an extends base take part, at their own file and line',
        files: {
          services: {
            a: {
              'docker-compose.yml': 'include:\n  - parts/proxy.yaml\n',
              parts: { 'proxy.yaml': 'services:\n  proxy:\n    image: t:1\n    ports:\n      - "443:443"\n' },
            },
            b: {
              'docker-compose.yml': 'services:\n  web:\n    extends: { file: base.yaml, service: base }\n',
              'base.yaml': 'services:\n  base:\n    image: n:1\n    ports:\n      - "443:8443"\n',
            },
          },
        },
        findings: [
          {
            messageId: 'taken',
            data: {
              port: '443/tcp',
              service: 'web',
              others: "service 'proxy' at services/a/parts/proxy.yaml:5:9",
              entry: '443:8443',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/b/base.yaml',
            line: 5,
            column: 9,
            message: /Host port 443\/tcp of service 'web' is already published by service 'proxy' at services\/a\/parts\/proxy\.yaml:5:9/,
          },
        ],
      },
      {
        name: 'short syntax against long syntax, across stacks',
        files: {
          services: {
            a: stack('services:\n  nginx:\n    image: n:1\n    ports:\n      - "80:80"\n'),
            b: stack('services:\n  traefik:\n    image: t:1\n    ports:\n      - target: 80\n        published: "80"\n        protocol: tcp\n'),
          },
        },
        findings: [
          {
            messageId: 'taken',
            data: {
              port: '80/tcp',
              service: 'traefik',
              others: "service 'nginx' at services/a/docker-compose.yml:5:9",
              entry: 'published: 80',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/b/docker-compose.yml',
            line: 5,
            column: 9,
            message: /Host port 80\/tcp of service 'traefik' is already published by service 'nginx' at services\/a\/docker-compose\.yml:5:9/,
            fix: /published: 80/,
          },
        ],
      },
      {
        name: 'no IP clashes with a specific IP; overlapping ranges; a port from .env',
        files: {
          services: {
            a: stack('services:\n  x:\n    image: x:1\n    ports: ["127.0.0.1:8080:80", "8000-8005:8000-8005"]\n'),
            b: { ...stack('services:\n  y:\n    image: y:1\n    ports: ["${WEB_PORT}:80", "8003:8003"]\n'), '.env': 'WEB_PORT=8080\n' },
          },
        },
        findings: [
          {
            messageId: 'taken',
            data: {
              port: '127.0.0.1:8080/tcp',
              service: 'y',
              others: "service 'x' at services/a/docker-compose.yml:4:13",
              entry: '8080:80',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/b/docker-compose.yml',
            line: 4,
            column: 13,
            message: /127\.0\.0\.1:8080\/tcp/,
          },
          {
            messageId: 'taken',
            data: {
              port: '8003/tcp',
              service: 'y',
              others: "service 'x' at services/a/docker-compose.yml:4:34",
              entry: '8003:8003',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/b/docker-compose.yml',
            line: 4,
            column: 31,
            message: /8003\/tcp/,
          },
        ],
      },
      {
        name: 'two services of one stack; host_ip long syntax against 0.0.0.0',
        files: {
          services: {
            a: stack(
              'services:\n  x:\n    image: x:1\n    ports: ["0.0.0.0:9000:9000"]\n  y:\n    image: y:1\n    ports:\n      - { target: 9000, published: 9000, host_ip: 192.168.1.5 }\n',
            ),
          },
        },
        findings: [
          {
            messageId: 'taken',
            data: {
              port: '192.168.1.5:9000/tcp',
              service: 'y',
              others: "service 'x' at services/a/docker-compose.yml:4:13",
              entry: 'published: 9000',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/a/docker-compose.yml',
            line: 8,
            column: 9,
            message: /9000\/tcp of service 'y'/,
          },
        ],
      },
      {
        name: 'a fixed port with scale 2; a pool every port of which is taken',
        files: {
          services: {
            a: stack('services:\n  x:\n    image: x:1\n    scale: 2\n    ports: ["80:80"]\n  y:\n    image: y:1\n    ports: ["8000:80", "8001:80"]\n'),
            b: stack('services:\n  z:\n    image: z:1\n    ports: ["8000-8001:80"]\n'),
          },
        },
        findings: [
          {
            messageId: 'replicas',
            data: { port: '80/tcp', service: 'x', replicas: 2, range: '80-81' },
            path: 'services/a/docker-compose.yml',
            line: 5,
            column: 13,
            message: /Host port 80\/tcp of service 'x' is published by each of its 2 containers/,
          },
          {
            messageId: 'poolFull',
            data: {
              port: '8000-8001/tcp',
              service: 'z',
              others: "service 'y' at services/a/docker-compose.yml:8:13, service 'y' at services/a/docker-compose.yml:8:24",
              entry: '8000-8001:80',
              why: '',
            },
            path: 'services/b/docker-compose.yml',
            line: 4,
            column: 13,
            message:
              /Every host port of 8000-8001\/tcp .* by service 'y' at services\/a\/docker-compose\.yml:8:13, service 'y' at services\/a\/docker-compose\.yml:8:24/,
          },
        ],
      },
    ],
  }),
);

COMPOSE_CASES.push(
  table(duplicateRouter, {
    valid: [
      {
        name: 'near miss: the same host on two entrypoints that never meet',
        nearMiss: true,
        files: {
          services: {
            a: stack(
              'services:\n  app:\n    image: a:1\n    labels:\n      - traefik.http.routers.app.rule=Host(`app.example.com`)\n      - traefik.http.routers.app.entrypoints=websecure\n  legacy:\n    image: b:1\n    labels:\n      - traefik.http.routers.legacy.rule=Host(`app.example.com`)\n      - traefik.http.routers.legacy.entrypoints=internal\n',
            ),
          },
        },
      },

      {
        name: 'distinct routers and hosts; same host on different paths; traefik.enable=false',
        nearMiss: true,
        files: {
          services: {
            a: stack(
              'services:\n  app:\n    image: a:1\n    labels:\n      - traefik.http.routers.app.rule=Host(`app.example.com`)\n  api:\n    image: b:1\n    labels:\n      traefik.http.routers.api.rule: Host(`app.example.com`) && PathPrefix(`/api`)\n',
            ),
            b: stack(
              'services:\n  old:\n    image: c:1\n    labels:\n      - traefik.enable=false\n      - traefik.http.routers.app.rule=Host(`app.example.com`)\n  other:\n    image: d:1\n    labels:\n      - traefik.http.routers.other.rule=Host(`${DOMAIN}`)\n',
            ),
          },
        },
      },
    ],
    invalid: [
      {
        name: 'the same router name in two stacks (list and map form)',
        files: {
          services: {
            a: stack('services:\n  app:\n    image: a:1\n    labels:\n      - traefik.http.routers.web.rule=Host(`a.example.com`)\n'),
            b: stack('services:\n  other:\n    image: b:1\n    labels:\n      traefik.http.routers.web.rule: Host(`b.example.com`)\n'),
          },
        },
        findings: [
          {
            messageId: 'sameName',
            data: {
              router: 'web',
              service: 'other',
              other: 'app',
              where: 'services/a/docker-compose.yml:5:9',
              protocol: 'http',
              why: ' (this side should change: it is not where the placement plan keeps it)',
            },
            path: 'services/b/docker-compose.yml',
            line: 5,
            column: 7,
            message: /router 'web' of service 'other' is also defined by service 'app' at services\/a\/docker-compose\.yml:5:9/,
          },
        ],
      },
      {
        name: 'the same host in an || rule and in a v2 Host(a, b) rule',
        files: {
          services: {
            a: stack(
              'services:\n  app:\n    image: a:1\n    labels:\n      - traefik.http.routers.app.rule=Host(`x.example.com`) || Host(`www.example.com`)\n',
            ),
            b: stack('services:\n  site:\n    image: b:1\n    labels:\n      - "traefik.http.routers.site.rule=Host(`www.example.com`, `example.com`)"\n'),
          },
        },
        findings: [
          {
            messageId: 'sameHost',
            data: {
              host: 'www.example.com',
              on: '',
              service: 'site',
              router: 'site',
              other: 'app',
              otherRouter: 'app',
              where: 'services/a/docker-compose.yml:5:9',
              why: '; this side should change: it is not where the placement plan keeps it',
            },
            path: 'services/b/docker-compose.yml',
            line: 5,
            column: 9,
            message: /Host 'www\.example\.com' is routed to service 'site' by router 'site' and to service 'app' by router 'app'/,
          },
        ],
      },
    ],
  }),
);

COMPOSE_CASES.push(
  table(obsoleteVersion, {
    valid: [
      {
        name: 'near miss: a service key named version',
        nearMiss: true,
        files: { services: { a: stack('services:\n  version:\n    image: x:1\n    environment:\n      version: "3"\n') } },
      },
      { name: 'no version key', files: { services: { a: stack('name: a\nservices:\n  x:\n    image: x:1\n') } } },
    ],
    invalid: [
      {
        name: 'a quoted version in a stack of its own',
        files: { services: { a: stack("version: '2.4'\nservices:\n  x:\n    image: x:1\n") } },
        findings: [{ messageId: 'obsolete', data: { version: '2.4' }, path: 'services/a/docker-compose.yml', line: 1, column: 1 }],
      },

      {
        name: 'version in the main file and in an override',
        files: {
          services: {
            a: { 'compose.yaml': '# stack\nversion: "3.8"\nservices:\n  x:\n    image: x:1\n', 'compose.override.yaml': 'version: "3"\nservices: {}\n' },
          },
        },
        findings: [
          { messageId: 'obsolete', data: { version: '3' }, path: 'services/a/compose.override.yaml', line: 1, column: 1, message: /version: 3/, fix: /Delete/ },
          { messageId: 'obsolete', data: { version: '3.8' }, path: 'services/a/compose.yaml', line: 2, column: 1, message: /obsolete/ },
        ],
      },
    ],
  }),
);

COMPOSE_CASES.push(
  table(unpinnedImage, {
    valid: [
      {
        name: 'near miss: latest, but pinned by digest',
        nearMiss: true,
        files: { services: { a: stack('services:\n  x:\n    image: nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000\n') } },
      },

      {
        name: 'versions, digests, resolved defaults, unknown tags, built images',
        files: {
          services: {
            a: stack(
              [
                'services:',
                '  a: { image: "postgres:16-alpine" }',
                '  b: { image: "qdrant/qdrant@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }',
                '  c: { image: "qdrant/qdrant:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }',
                '  d: { image: "n8nio/n8n:${N8N_TAG:-1.70.3}" }',
                '  e: { image: "n8nio/n8n:${N8N_TAG}" }',
                '  f: { image: "${IMAGE}" }',
                '  g: { image: "ghcr.io/berriai/litellm:main-v1.55.0" }',
                '  h: { image: "local/app", build: . }',
                '  i: { image: "local/app" }',
                '  j: { image: "localhost:5000/app:2.1" }',
                '',
              ].join('\n'),
            ),
          },
        },
      },
    ],
    invalid: [
      {
        name: 'a moving tag in an override file',
        files: {
          services: {
            a: {
              'compose.yaml': 'services:\n  x:\n    image: valkey/valkey:8.0\n',
              'compose.override.yaml': 'services:\n  x:\n    image: valkey/valkey:alpine\n',
            },
          },
        },
        findings: [
          {
            messageId: 'unpinned',
            data: { image: 'valkey/valkey:alpine', service: 'x', why: "uses ':alpine', the latest alpine build", repository: 'valkey/valkey' },
            path: 'services/a/compose.override.yaml',
            line: 3,
            column: 12,
          },
        ],
      },

      {
        name: 'no tag, latest, a moving variant, and a default that resolves to latest',
        files: {
          services: {
            a: stack(
              [
                'services:',
                '  a:',
                '    image: redis',
                '  b:',
                '    image: qdrant/qdrant:latest',
                '  c:',
                '    image: node:lts-alpine',
                '  d:',
                '    image: "n8nio/n8n:${N8N_TAG:-latest}"',
                '  e:',
                '    image: localhost:5000/app',
                '',
              ].join('\n'),
            ),
          },
        },
        findings: [
          {
            messageId: 'unpinned',
            data: { image: 'redis', service: 'a', why: 'has no tag (Docker pulls :latest)', repository: 'redis' },
            path: 'services/a/docker-compose.yml',
            line: 3,
            column: 12,
            message: /'redis' of service 'a' has no tag/,
          },
          {
            messageId: 'unpinned',
            data: { image: 'qdrant/qdrant:latest', service: 'b', why: "uses the moving tag ':latest'", repository: 'qdrant/qdrant' },
            path: 'services/a/docker-compose.yml',
            line: 5,
            column: 12,
            message: /moving tag ':latest'/,
            fix: /qdrant\/qdrant:<version>/,
          },
          {
            messageId: 'unpinned',
            data: { image: 'node:lts-alpine', service: 'c', why: "uses the moving tag ':lts-alpine'", repository: 'node' },
            path: 'services/a/docker-compose.yml',
            line: 7,
            column: 12,
            message: /':lts-alpine'/,
          },
          {
            messageId: 'unpinned',
            data: { image: 'n8nio/n8n:latest', service: 'd', why: "uses the moving tag ':latest'", repository: 'n8nio/n8n' },
            path: 'services/a/docker-compose.yml',
            line: 9,
            column: 12,
            message: /n8nio\/n8n:latest/,
          },
          {
            messageId: 'unpinned',
            data: { image: 'localhost:5000/app', service: 'e', why: 'has no tag (Docker pulls :latest)', repository: 'localhost:5000/app' },
            path: 'services/a/docker-compose.yml',
            line: 11,
            column: 12,
            message: /localhost:5000\/app' of service 'e' has no tag/,
          },
        ],
      },
    ],
  }),
);

export const budget = (memory: string) => ({ extends: 'recommended', budget: { memory } });

COMPOSE_CASES.push(
  table(memoryBudget, {
    valid: [
      { name: 'no budget configured', files: { services: { a: stack('services:\n  x:\n    image: x:1\n    mem_limit: 64g\n') } } },
      {
        name: 'limits within the budget; archived and profiled services do not count',
        nearMiss: true,
        config: budget('1GiB'),
        files: {
          services: {
            a: stack(
              'services:\n  x:\n    image: x:1\n    mem_limit: 512m\n  y:\n    image: y:1\n    deploy: { resources: { limits: { memory: 256M } } }\n  z:\n    image: z:1\n    mem_limit: 4g\n    profiles: [debug]\n',
            ),
            archive: { old: stack('services:\n  old:\n    image: o:1\n    mem_limit: 8g\n') },
          },
        },
      },
    ],
    invalid: [
      {
        name: 'no limits at all: counted at the catalog estimates',
        config: budget('128MiB'),
        files: { services: { 'core-infra': stack('services:\n  postgres:\n    image: postgres:16.4\n  traefik:\n    image: traefik:v3.1\n') } },
        findings: [
          {
            messageId: 'overBudget',
            data: {
              total: '214 MiB',
              budget: '128 MiB',
              parts: "no service declares a limit; no limit, counted at the catalog's estimate: 214 MiB (postgres ~150 MiB, traefik ~64 MiB)",
              noLimit: ' (2 have none)',
            },
            path: 'svclint.config.yaml',
            line: 3,
            column: 3,
          },
        ],
      },

      {
        name: 'limits (units in any case, replicas) plus catalog estimates over the budget',
        config: budget('1GiB'),
        files: {
          services: {
            a: stack(
              'services:\n  web:\n    image: w:1\n    mem_limit: 512M\n    deploy: { replicas: 2 }\n  postgres:\n    image: postgres:16\n  helper:\n    image: h:1\n',
            ),
          },
        },
        findings: [
          {
            messageId: 'overBudget',
            data: {
              total: '1.1 GiB',
              budget: '1 GiB',
              parts:
                "declared limits 1 GiB (web 512 MiB ×2); no limit, counted at the catalog's estimate: 150 MiB (postgres ~150 MiB); no limit and no estimate, not counted: helper",
              noLimit: ' (2 have none)',
            },
            path: 'svclint.config.yaml',
            line: 3,
            column: 3,
            message:
              /adds up to 1\.1 GiB, over budget\.memory 1 GiB: declared limits 1 GiB \(web 512 MiB ×2\); no limit, counted at the catalog's estimate: 150 MiB \(postgres ~150 MiB\); no limit and no estimate, not counted: helper/,
            fix: /2 have none/,
          },
        ],
      },
    ],
  }),
);
