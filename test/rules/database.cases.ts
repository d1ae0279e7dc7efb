// Valid and invalid trees for every Database rule, with the exact findings expected.
import dbAllocation from '../../rules/database/db-allocation';
import initdbCrossGrant from '../../rules/database/initdb-cross-grant';
import initdbEnvPlaceholder from '../../rules/database/initdb-env-placeholder';
import initdbMissing from '../../rules/database/initdb-missing';
import initdbPublicConnect from '../../rules/database/initdb-public-connect';
import initdbUnevaluated from '../../rules/database/initdb-unevaluated';
import isolatedStore from '../../rules/database/isolated-store';
import plaintextSecret from '../../rules/database/plaintext-secret';
import postgresSuperuser from '../../rules/database/postgres-superuser';
import sharedDbRole from '../../rules/database/shared-db-role';
import singleCache from '../../rules/database/single-cache';
import singlePostgres from '../../rules/database/single-postgres';
import unusedAllocation from '../../rules/database/unused-allocation';
import { table, type RuleTable } from '../helpers/rule-tester';
import {
  FIXED_INIT_SH,
  FIXED_INIT_SQL,
  NETWORKS,
  SEED_ALLOCATIONS,
  SEED_INIT_SQL,
  coreInfra,
  coreInfraCompose,
  interfacesCompose,
  memoryCompose,
  memoryOrchestration,
  n8nCompose,
  recommendedTree,
} from './database-fixtures';

/** Every database rule's table test (run by database.test.ts; counted by coverage.test.ts). */
export const DATABASE_CASES: RuleTable[] = [];

export const CORE = 'services/core-infra/docker-compose.yml';
export const SEED_FILE = 'services/core-infra/postgres/init-scripts/01-create-databases.sql';
export const INIT_SH = 'services/core-infra/postgres/init-scripts/01-create-databases.sh';

export const pgvectorMemory = memoryCompose(
  undefined,
  undefined,
  `  memory-vector:
    image: pgvector/pgvector:pg16
    networks: [backend]
`,
);

DATABASE_CASES.push(
  table(singlePostgres, {
    valid: [
      { name: 'the recommended layout', files: recommendedTree(), config: SEED_ALLOCATIONS },
      {
        name: 'a second Postgres declared isolated with a reason',
        nearMiss: true,
        files: { services: { 'core-infra': coreInfra(), 'memory-orchestration': memoryOrchestration(pgvectorMemory) } },
        config: { database: { isolated: [{ service: 'memory-vector', reason: 'embeddings benchmark, removed after Phase 2' }] } },
      },
    ],
    invalid: [
      {
        name: 'pgvector hiding in memory-orchestration/ (reported at its image)',
        files: { services: { 'core-infra': coreInfra(), 'memory-orchestration': memoryOrchestration(pgvectorMemory) } },
        findings: [
          {
            messageId: 'second',
            data: {
              name: 'memory-vector',
              image: 'pgvector/pgvector:pg16',
              shared: 'postgres',
              sharedAt: 'services/core-infra/docker-compose.yml:2:3',
              host: 'postgres',
            },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 16,
            column: 12,
            message: /'memory-vector' is a second Postgres-family container \(pgvector\/pgvector:pg16\) besides the shared 'postgres'/,
            fix: /database\.isolated/,
          },
        ],
      },
      {
        name: 'the only Postgres sits in automation/',
        files: { services: { automation: { 'docker-compose.yml': coreInfraCompose(), postgres: { 'init-scripts': { '01.sh': FIXED_INIT_SH } } } } },
        findings: [
          {
            messageId: 'outside',
            data: { name: 'postgres', capability: 'core-infra', target: 'services/core-infra/postgres/' },
            path: 'services/automation/docker-compose.yml',
            line: 2,
            column: 3,
            message: /shared Postgres 'postgres' runs outside core-infra\//,
            fix: /services\/core-infra\/postgres\//,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(postgresSuperuser, {
    valid: [
      { name: 'every client has its own role', files: recommendedTree(), config: SEED_ALLOCATIONS },
      {
        name: 'an unknown user is never guessed',
        nearMiss: true,
        files: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose('${N8N_DB_USER}') } } },
      },
      {
        name: 'the postgres service itself is the server, not a client',
        files: { services: { 'core-infra': coreInfra() } },
      },
    ],
    invalid: [
      {
        name: 'n8n logs in as postgres (list form, at the value)',
        files: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose('postgres') } } },
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'superuser',
            data: {
              service: 'n8n',
              user: 'postgres',
              variable: 'DB_POSTGRESDB_USER',
              setUser: "Set DB_POSTGRESDB_USER to 'n8n_user'",
              where: "in 'services/core-infra/postgres/init-scripts/01-create-databases.sh'",
              sql: "CREATE ROLE n8n_user WITH LOGIN PASSWORD '…'; CREATE DATABASE n8n OWNER n8n_user; REVOKE ALL ON DATABASE n8n FROM PUBLIC;",
              tableHint: '',
            },
            path: 'services/automation/docker-compose.yml',
            line: 8,
            column: 28,
            message: /'n8n' connects to the shared Postgres as the superuser 'postgres' \(DB_POSTGRESDB_USER\)/,
            fix: /Set DB_POSTGRESDB_USER to 'n8n_user'/,
          },
        ],
      },
      {
        name: 'a URL with the POSTGRES_USER value, resolved from .env',
        files: {
          services: {
            'core-infra': coreInfra(undefined, coreInfraCompose({ postgresUser: 'admin' })),
            interfaces: { 'docker-compose.yml': interfacesCompose('${WEBUI_DB_USER}'), '.env': 'WEBUI_DB_USER=admin\n' },
          },
        },
        findings: [
          {
            messageId: 'superuser',
            data: {
              service: 'open-webui',
              user: 'admin',
              variable: 'DATABASE_URL',
              setUser: "Use 'open_webui_user' as the user in DATABASE_URL",
              where: "in 'services/core-infra/postgres/init-scripts/01-create-databases.sh'",
              sql: "CREATE ROLE open_webui_user WITH LOGIN PASSWORD '…'; CREATE DATABASE openwebui OWNER open_webui_user; REVOKE ALL ON DATABASE openwebui FROM PUBLIC;",
              tableHint: '',
            },
            path: 'services/interfaces/docker-compose.yml',
            line: 6,
            column: 34,
            message: /superuser 'admin' \(DATABASE_URL\)/,
            fix: /Use 'open_webui_user' as the user in DATABASE_URL/,
          },
        ],
      },
      {
        name: 'an unallocated service: the fix names <service>_user and the table entry',
        files: { services: { 'core-infra': coreInfra(), interfaces: { 'docker-compose.yml': interfacesCompose('postgres') } } },
        config: { database: { allocations: [{ service: 'n8n', database: 'n8n', role: 'n8n_user' }] } },
        findings: [
          {
            messageId: 'superuser',
            data: {
              service: 'open-webui',
              user: 'postgres',
              variable: 'DATABASE_URL',
              setUser: "Use 'open_webui_user' as the user in DATABASE_URL",
              where: "in 'services/core-infra/postgres/init-scripts/01-create-databases.sh'",
              sql: "CREATE ROLE open_webui_user WITH LOGIN PASSWORD '…'; CREATE DATABASE openwebui OWNER open_webui_user; REVOKE ALL ON DATABASE openwebui FROM PUBLIC;",
              tableHint: ' and add { service: open-webui, database: openwebui, role: open_webui_user } to database.allocations',
            },
            path: 'services/interfaces/docker-compose.yml',
            line: 6,
            column: 34,
            fix: /open_webui_user.*\{ service: open-webui, database: openwebui, role: open_webui_user \}/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(sharedDbRole, {
    valid: [
      {
        name: 'each service logs in with a role of its own',
        files: { services: { 'core-infra': coreInfra(), 'memory-orchestration': memoryOrchestration(memoryCompose(undefined, 'gateway_user')) } },
      },
      { name: 'planner-api and memory-gateway share erp_user as the table says', nearMiss: true, files: recommendedTree(), config: SEED_ALLOCATIONS },
    ],
    invalid: [
      {
        name: 'two unrelated services share erp_user (no table)',
        files: {
          services: {
            'core-infra': coreInfra(),
            interfaces: { 'docker-compose.yml': interfacesCompose('erp_user', 'bestviable_erp') },
            'memory-orchestration': memoryOrchestration(memoryCompose(undefined, 'gateway_user')),
          },
        },
        findings: [
          {
            messageId: 'sharedRole',
            data: {
              service: 'planner-api',
              role: 'erp_user',
              owner: 'open-webui',
              ownerAt: 'services/interfaces/docker-compose.yml:6:34',
              where: '',
              setUser: "Set DB_USER to 'planner_api_user'",
              sql: "CREATE ROLE planner_api_user WITH LOGIN PASSWORD '…'; CREATE DATABASE bestviable_erp OWNER planner_api_user; REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;",
            },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 8,
            column: 16,
            message: /'planner-api' logs in as 'erp_user', the role 'open-webui' also uses \(services\/interfaces\/docker-compose.yml:6:34\)/,
            fix: /Set DB_USER to 'planner_api_user'.*CREATE ROLE planner_api_user/,
          },
        ],
      },
      {
        name: 'with the table: the service the table does not give erp_user is reported',
        files: {
          services: {
            'core-infra': coreInfra(),
            automation: {
              'docker-compose.yml': n8nCompose('erp_user', 'bestviable_erp')
                .replace(/n8n:\n/, 'tooljet:\n')
                .replace('n8nio/n8n:1.70.3', 'tooljet/tooljet-ce:v2.50.0'),
            },
            'memory-orchestration': memoryOrchestration(),
          },
        },
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'sharedRole',
            data: {
              service: 'tooljet',
              role: 'erp_user',
              owner: 'planner-api',
              ownerAt: 'services/memory-orchestration/docker-compose.yml:8:16',
              where: '',
              setUser: "Set DB_POSTGRESDB_USER to 'tooljet_user'",
              sql: "CREATE ROLE tooljet_user WITH LOGIN PASSWORD '…'; CREATE DATABASE bestviable_erp OWNER tooljet_user; REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;",
            },
            path: 'services/automation/docker-compose.yml',
            line: 8,
            column: 28,
            message: /'tooljet' logs in as 'erp_user', the role 'planner-api' also uses/,
            fix: /tooljet_user/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(dbAllocation, {
    valid: [
      { name: 'the recommended layout agrees with the table', files: recommendedTree(), config: SEED_ALLOCATIONS },
      {
        name: 'no allocation table: nothing to compare with',
        files: { services: { 'core-infra': coreInfra(), interfaces: { 'docker-compose.yml': interfacesCompose('someone', 'elsewhere') } } },
      },
      {
        name: "a superuser login is postgres-superuser's finding, not a role mismatch",
        nearMiss: true,
        files: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose('postgres') } } },
        config: SEED_ALLOCATIONS,
      },
    ],
    invalid: [
      {
        name: 'database, role and host differ from the table',
        files: {
          services: {
            'core-infra': coreInfra(),
            automation: { 'docker-compose.yml': n8nCompose('n8n_user', 'workflows') },
            'memory-orchestration': memoryOrchestration(memoryCompose({ user: 'planner', database: 'bestviable_erp', host: 'postgres' })),
            interfaces: { 'docker-compose.yml': interfacesCompose().replace('@postgres:5432', '@db.example.com:5432') },
          },
        },
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'otherDatabase',
            data: { service: 'n8n', database: 'workflows', allocated: 'n8n', set: "Set DB_POSTGRESDB_DATABASE to 'n8n'" },
            path: 'services/automation/docker-compose.yml',
            line: 7,
            column: 32,
            message: /uses database 'workflows', but the allocation table gives it 'n8n'/,
            fix: /Set DB_POSTGRESDB_DATABASE to 'n8n'/,
          },
          {
            messageId: 'otherHost',
            data: {
              service: 'open-webui',
              host: 'db.example.com',
              shared: 'postgres',
              database: 'openwebui',
              role: 'openwebui_user',
              set: "Use 'postgres' as the host in DATABASE_URL",
            },
            path: 'services/interfaces/docker-compose.yml',
            line: 6,
            column: 74,
            message: /connects to host 'db\.example\.com', not the shared Postgres 'postgres'/,
            fix: /Use 'postgres' as the host in DATABASE_URL/,
          },
          {
            messageId: 'otherRole',
            data: { service: 'planner-api', role: 'planner', allocated: 'erp_user', set: "Set DB_USER to 'erp_user'" },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 8,
            column: 16,
            message: /logs in as 'planner', but the allocation table gives it role 'erp_user'/,
            fix: /Set DB_USER to 'erp_user'/,
          },
        ],
      },
      {
        name: 'a service on the shared Postgres with no entry',
        files: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose() } } },
        config: { database: { allocations: [{ service: 'planner-api', database: 'bestviable_erp', role: 'erp_user' }] } },
        findings: [
          {
            messageId: 'noEntry',
            data: { service: 'n8n', variable: 'DB_POSTGRESDB_HOST', name: 'n8n', database: 'n8n', role: 'n8n_user', config: 'svclint.config.yaml' },
            path: 'services/automation/docker-compose.yml',
            line: 6,
            column: 28,
            message: /'n8n' uses the shared Postgres \(DB_POSTGRESDB_HOST\) but has no entry/,
            fix: /\{ service: n8n, database: n8n, role: n8n_user \}/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(unusedAllocation, {
    valid: [
      {
        name: 'near miss: a connection whose URL is an unknown ${VAR} still counts as use',
        nearMiss: true,
        files: {
          services: {
            'core-infra': coreInfra(),
            interfaces: {
              'docker-compose.yml': `services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n    environment:\n      DATABASE_URL: \${OPENWEBUI_DATABASE_URL}\n${NETWORKS}`,
            },
          },
        },
        config: { database: { allocations: [{ service: 'open-webui', database: 'openwebui', role: 'openwebui_user' }] } },
      },
      { name: 'every entry is used', files: recommendedTree(), config: SEED_ALLOCATIONS },
    ],
    invalid: [
      {
        name: 'an entry with a misspelt service name',
        files: recommendedTree(),
        config: {
          database: { allocations: [...SEED_ALLOCATIONS.database.allocations, { service: 'openwebui-x', database: 'openwebui', role: 'openwebui_user' }] },
        },
        findings: [
          {
            messageId: 'noService',
            data: { service: 'openwebui-x', database: 'openwebui', role: 'openwebui_user', host: 'postgres' },
            path: 'svclint.config.yaml',
            line: 15,
            column: 7,
          },
        ],
      },

      {
        name: 'open-webui still on SQLite, tooljet not running',
        files: {
          services: {
            'core-infra': coreInfra(),
            automation: { 'docker-compose.yml': n8nCompose() },
            'memory-orchestration': memoryOrchestration(),
            interfaces: { 'docker-compose.yml': 'services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n' },
          },
        },
        config: { database: { allocations: [...SEED_ALLOCATIONS.database.allocations, { service: 'tooljet', database: 'tooljet', role: 'tooljet_user' }] } },
        findings: [
          {
            messageId: 'noConnection',
            data: { service: 'open-webui', database: 'openwebui', role: 'openwebui_user', host: 'postgres' },
            path: 'svclint.config.yaml',
            line: 12,
            column: 7,
            message: /'open-webui' .*no Postgres connection/,
            fix: /postgresql:\/\/openwebui_user:\$\{…\}@postgres:5432\/openwebui/,
          },
          {
            messageId: 'noService',
            data: { service: 'tooljet', database: 'tooljet', role: 'tooljet_user', host: 'postgres' },
            path: 'svclint.config.yaml',
            line: 15,
            column: 7,
            message: /'tooljet' .*names no active compose service/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(initdbMissing, {
    valid: [
      { name: 'the corrected .sh creates everything', files: recommendedTree(), config: SEED_ALLOCATIONS },
      { name: 'the corrected .sql creates everything', files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }), config: SEED_ALLOCATIONS },
      {
        name: 'the seed script creates every allocated database and role',
        nearMiss: true,
        files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
        config: SEED_ALLOCATIONS,
      },
    ],
    invalid: [
      {
        name: 'tooljet allocated but never created; a role without LOGIN',
        files: recommendedTree({
          '01-create-databases.sql': FIXED_INIT_SQL.replace("CREATE ROLE erp_user WITH LOGIN PASSWORD :'erp_pw';", "CREATE ROLE erp_user PASSWORD :'erp_pw';"),
        }),
        config: { database: { allocations: [...SEED_ALLOCATIONS.database.allocations, { service: 'tooljet', database: 'tooljet', role: 'tooljet_user' }] } },
        findings: [
          {
            messageId: 'missingDatabase',
            data: {
              database: 'tooljet',
              service: 'tooljet',
              absent: "is never created by the shared Postgres's init scripts",
              verb: 'Add',
              into: "to 'services/core-infra/postgres/init-scripts/01-create-databases.sql'",
              sqlDatabase: 'tooljet',
              sqlRole: 'tooljet_user',
            },
            path: 'services/core-infra/docker-compose.yml',
            line: 10,
            column: 9,
            message: /Database 'tooljet' \(allocated to tooljet\) is never created/,
            fix: /CREATE DATABASE tooljet OWNER tooljet_user; REVOKE ALL ON DATABASE tooljet FROM PUBLIC;/,
          },
          {
            messageId: 'missingRole',
            data: {
              role: 'tooljet_user',
              service: 'tooljet',
              absent: "is never created by the shared Postgres's init scripts",
              verb: 'Add',
              into: "to 'services/core-infra/postgres/init-scripts/01-create-databases.sql'",
              sqlRole: 'tooljet_user',
            },
            path: 'services/core-infra/docker-compose.yml',
            line: 10,
            column: 9,
            message: /Role 'tooljet_user' \(allocated to tooljet\) is never created/,
            fix: /CREATE ROLE tooljet_user WITH LOGIN PASSWORD/,
          },
          {
            messageId: 'noLogin',
            data: { role: 'erp_user', service: 'planner-api', sqlRole: 'erp_user' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 5,
            column: 1,
            message: /Role 'erp_user' .* without LOGIN/,
            fix: /ALTER ROLE erp_user LOGIN/,
          },
        ],
      },
      {
        name: 'scripts in a sub-directory are not run by the image',
        files: {
          services: { 'core-infra': coreInfra({ nested: { '01-create-databases.sh': FIXED_INIT_SH } }), automation: { 'docker-compose.yml': n8nCompose() } },
        },
        config: { database: { allocations: [{ service: 'n8n', database: 'n8n', role: 'n8n_user' }] } },
        findings: [
          {
            messageId: 'missingDatabase',
            data: {
              database: 'n8n',
              service: 'n8n',
              absent:
                "is never created by the shared Postgres's init scripts (the image does not run scripts inside sub-directories: services/core-infra/postgres/init-scripts/nested)",
              verb: 'Add',
              into: "to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'",
              sqlDatabase: 'n8n',
              sqlRole: 'n8n_user',
            },
            path: 'services/core-infra/docker-compose.yml',
            line: 10,
            column: 9,
            message: /Database 'n8n' .*never created/,
          },
          {
            messageId: 'missingRole',
            data: {
              role: 'n8n_user',
              service: 'n8n',
              absent:
                "is never created by the shared Postgres's init scripts (the image does not run scripts inside sub-directories: services/core-infra/postgres/init-scripts/nested)",
              verb: 'Add',
              into: "to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'",
              sqlRole: 'n8n_user',
            },
            path: 'services/core-infra/docker-compose.yml',
            line: 10,
            column: 9,
            message: /Role 'n8n_user' .*never created.*sub-directories: services\/core-infra\/postgres\/init-scripts\/nested/,
          },
        ],
      },
      {
        name: 'a syntax error stops the entrypoint',
        files: { services: { 'core-infra': coreInfra({ '01.sql': 'CREATE DATABASE n8n;\nCREATE DATABSE oops;\n' }) } },
        findings: [
          {
            messageId: 'stops',
            data: { verb: 'fails', error: 'syntax error at or near "DATABSE"' },
            path: 'services/core-infra/postgres/init-scripts/01.sql',
            line: 2,
            column: 8,
            message: /Init script fails: syntax error at or near "DATABSE"\. The image stops at the first error/,
          },
        ],
      },
      {
        name: 'a runtime error stops the entrypoint: a grant to a misspelt role',
        files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL + 'GRANT CONNECT ON DATABASE n8n TO erp_usr;\n' }),
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'stops',
            data: { verb: 'fails', error: 'role "erp_usr" does not exist' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 13,
            column: 1,
            message: /Init script fails: role "erp_usr" does not exist\. The image stops at the first error: nothing after it runs/,
          },
        ],
      },
      {
        name: 'what follows the first error is never created (a duplicate CREATE ROLE before the databases)',
        files: recommendedTree({
          '01-create-databases.sql': FIXED_INIT_SQL.replace('CREATE DATABASE n8n OWNER', 'CREATE ROLE n8n_user;\nCREATE DATABASE n8n OWNER'),
        }),
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'missingDatabase',
            data: {
              database: 'bestviable_erp',
              service: 'planner-api',
              absent: "is never created by the shared Postgres's init scripts",
              verb: 'Add',
              into: "to 'services/core-infra/postgres/init-scripts/01-create-databases.sql'",
              sqlDatabase: 'bestviable_erp',
              sqlRole: 'erp_user',
            },
            path: 'services/core-infra/docker-compose.yml',
            line: 10,
            column: 9,
            message: /Database 'bestviable_erp' .*never created/,
          },
          {
            messageId: 'missingDatabase',
            data: {
              database: 'n8n',
              service: 'n8n',
              absent: "is never created by the shared Postgres's init scripts",
              verb: 'Add',
              into: "to 'services/core-infra/postgres/init-scripts/01-create-databases.sql'",
              sqlDatabase: 'n8n',
              sqlRole: 'n8n_user',
            },
            path: 'services/core-infra/docker-compose.yml',
            line: 10,
            column: 9,
            message: /Database 'n8n' \(allocated to n8n\) is never created/,
          },
          {
            messageId: 'missingDatabase',
            data: {
              database: 'openwebui',
              service: 'open-webui',
              absent: "is never created by the shared Postgres's init scripts",
              verb: 'Add',
              into: "to 'services/core-infra/postgres/init-scripts/01-create-databases.sql'",
              sqlDatabase: 'openwebui',
              sqlRole: 'openwebui_user',
            },
            path: 'services/core-infra/docker-compose.yml',
            line: 10,
            column: 9,
            message: /Database 'openwebui' .*never created/,
          },
          {
            messageId: 'stops',
            data: { verb: 'fails', error: 'role "n8n_user" already exists' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 7,
            column: 1,
            message: /role "n8n_user" already exists/,
          },
        ],
      },
      {
        name: 'a BEGIN never committed: the server rolls it back when psql ends',
        files: recommendedTree({
          '01-create-databases.sql': FIXED_INIT_SQL.replace('REVOKE ALL ON DATABASE n8n FROM PUBLIC;', 'BEGIN;\nREVOKE ALL ON DATABASE n8n FROM PUBLIC;'),
        }),
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'uncommitted',
            data: { error: 'this transaction is never committed: when psql ends, the server rolls back everything since BEGIN' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 10,
            column: 1,
            message: /BEGIN without COMMIT: this transaction is never committed/,
            fix: /COMMIT;/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(initdbPublicConnect, {
    valid: [
      { name: 'the corrected .sh revokes PUBLIC', files: recommendedTree() },
      { name: 'the corrected .sql revokes PUBLIC', nearMiss: true, files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }) },
    ],
    invalid: [
      {
        name: "the seed's script as written",
        files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
        findings: [
          {
            messageId: 'notRevoked',
            data: { database: 'n8n', sqlDatabase: 'n8n' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 2,
            column: 1,
          },
          {
            messageId: 'notRevoked',
            data: { database: 'bestviable_erp', sqlDatabase: 'bestviable_erp' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 3,
            column: 1,
          },
          {
            messageId: 'notRevoked',
            data: { database: 'openwebui', sqlDatabase: 'openwebui' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 4,
            column: 1,
          },
          {
            messageId: 'notRevoked',
            data: { database: 'tooljet', sqlDatabase: 'tooljet' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 5,
            column: 1,
          },
        ],
      },
      {
        name: 'POSTGRES_DB: the entrypoint creates it before the scripts, open to PUBLIC',
        files: { services: { 'core-infra': coreInfra(undefined, coreInfraCompose({ extraEnv: '\n      POSTGRES_DB: appdb' })) } },
        findings: [
          {
            messageId: 'byEntrypoint',
            data: { database: 'appdb', sqlDatabase: 'appdb' },
            path: 'services/core-infra/docker-compose.yml',
            line: 8,
            column: 7,
            message: /Database 'appdb' \(POSTGRES_DB, created by the image before the init scripts run\) is open to PUBLIC/,
            fix: /REVOKE ALL ON DATABASE appdb FROM PUBLIC;/,
          },
        ],
      },
      {
        name: 'class 1: REVOKE GRANT OPTION FOR ALL … FROM PUBLIC takes nothing from PUBLIC',
        files: recommendedTree({
          '01-create-databases.sql': FIXED_INIT_SQL.replace(
            'REVOKE ALL ON DATABASE n8n FROM PUBLIC;',
            'REVOKE GRANT OPTION FOR ALL ON DATABASE n8n FROM PUBLIC;',
          ),
        }),
        findings: [
          {
            messageId: 'notRevoked',
            data: { database: 'n8n', sqlDatabase: 'n8n' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 7,
            column: 1,
            message: /Database 'n8n' is created without revoking PUBLIC's CONNECT/,
          },
        ],
      },
      {
        name: 'CONNECT given back to PUBLIC after the REVOKE',
        files: recommendedTree({ '01-create-databases.sql': `${FIXED_INIT_SQL}GRANT CONNECT ON DATABASE n8n TO PUBLIC;\n` }),
        findings: [
          {
            messageId: 'reopened',
            data: { database: 'n8n', sqlDatabase: 'n8n' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 13,
            column: 1,
            message: /GRANT … TO PUBLIC on database 'n8n'/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(initdbCrossGrant, {
    valid: [
      { name: 'the corrected script', files: recommendedTree(), config: SEED_ALLOCATIONS },
      {
        name: "the seed's grants each go to their own role (PUBLIC is public-connect's)",
        files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
        config: SEED_ALLOCATIONS,
      },
      {
        name: 'near miss: grants to the own role, a grant option revoked from PUBLIC, a grant that never runs (\\if false)',
        nearMiss: true,
        files: recommendedTree({
          '01-create-databases.sql':
            FIXED_INIT_SQL +
            'GRANT ALL ON DATABASE n8n TO n8n_user;\nREVOKE GRANT OPTION FOR ALL ON DATABASE n8n FROM PUBLIC;\n\\if false\nGRANT ALL ON DATABASE n8n TO erp_user;\n\\endif\n',
        }),
        config: SEED_ALLOCATIONS,
      },
      {
        name: 'a grant through a variable svclint cannot know is not a finding (initdb-unevaluated says so)',
        files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL + '\\getenv target TARGET_DB\nGRANT ALL ON DATABASE :"target" TO erp_user;\n' }),
        config: SEED_ALLOCATIONS,
      },
    ],
    invalid: [
      {
        name: "erp_user granted CONNECT on n8n's database, n8n_user owning openwebui",
        files: recommendedTree({
          '01-create-databases.sql':
            FIXED_INIT_SQL.replace('CREATE DATABASE openwebui OWNER openwebui_user;', 'CREATE DATABASE openwebui OWNER n8n_user;') +
            'GRANT CONNECT ON DATABASE n8n TO erp_user;\n',
        }),
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'crossGrant',
            data: {
              role: "'n8n_user' (n8n)",
              what: 'owns',
              database: 'openwebui',
              owners: 'allocated to open-webui',
              sqlDatabase: 'openwebui',
              sqlOwn: 'openwebui_user',
              holder: 'n8n_user',
              sqlThrough: '',
              sqlRole: 'n8n_user',
            },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 9,
            column: 1,
            message: /Role 'n8n_user' \(n8n\) owns database 'openwebui', which is allocated to open-webui/,
            fix: /ALTER DATABASE openwebui OWNER TO openwebui_user;/,
          },
          {
            messageId: 'crossGrant',
            data: {
              role: "'erp_user' (planner-api, memory-gateway)",
              what: 'holds CONNECT on',
              database: 'n8n',
              owners: 'allocated to n8n',
              sqlDatabase: 'n8n',
              sqlOwn: 'n8n_user',
              holder: 'erp_user',
              sqlThrough: '',
              sqlRole: 'erp_user',
            },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 13,
            column: 1,
            message: /Role 'erp_user' \(planner-api, memory-gateway\) holds CONNECT on database 'n8n', which is allocated to n8n/,
            fix: /REVOKE ALL ON DATABASE n8n FROM erp_user;/,
          },
        ],
      },
      {
        name: 'no table: ownership comes from who connects where',
        files: recommendedTree({
          '01-create-databases.sh': FIXED_INIT_SH.replace('\nEOSQL\n', '\nGRANT ALL ON DATABASE bestviable_erp TO n8n_user;\nEOSQL\n'),
        }),
        findings: [
          {
            messageId: 'crossGrant',
            data: {
              role: "'n8n_user' (n8n)",
              what: 'holds CONNECT, CREATE, TEMP on',
              database: 'bestviable_erp',
              owners: 'allocated to planner-api, memory-gateway',
              sqlDatabase: 'bestviable_erp',
              sqlOwn: 'erp_user',
              holder: 'n8n_user',
              sqlThrough: '',
              sqlRole: 'n8n_user',
            },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 13,
            column: 1,
            message:
              /Role 'n8n_user' \(n8n\) holds CONNECT, CREATE, TEMP on database 'bestviable_erp', which is allocated to (memory-gateway, planner-api|planner-api, memory-gateway)/,
          },
        ],
      },
      {
        name: 'a role not in the table, any database privilege, a database not in the table, membership, a superuser service role',
        files: recommendedTree({
          '01-create-databases.sql':
            FIXED_INIT_SQL +
            [
              'CREATE USER tooljet_user;',
              'GRANT ALL ON DATABASE n8n TO tooljet_user;',
              'GRANT CREATE ON DATABASE openwebui TO erp_user;',
              'CREATE DATABASE tooljet OWNER n8n_user;',
              'GRANT openwebui_user TO n8n_user;',
              'ALTER ROLE erp_user SUPERUSER;',
            ].join('\n') +
            '\n',
        }),
        config: SEED_ALLOCATIONS,
        findings: [
          {
            messageId: 'crossGrant',
            data: {
              role: "'tooljet_user'",
              what: 'holds CONNECT, CREATE, TEMP on',
              database: 'n8n',
              owners: 'allocated to n8n',
              sqlDatabase: 'n8n',
              sqlOwn: 'n8n_user',
              holder: 'tooljet_user',
              sqlThrough: '',
              sqlRole: 'tooljet_user',
            },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 14,
            column: 1,
            message: /Role 'tooljet_user' holds CONNECT, CREATE, TEMP on database 'n8n', which is allocated to n8n/,
            fix: /REVOKE ALL ON DATABASE n8n FROM tooljet_user;/,
          },
          {
            messageId: 'crossGrant',
            data: {
              role: "'n8n_user' (n8n)",
              what: 'owns',
              database: 'tooljet',
              owners: 'not allocated to it',
              sqlDatabase: 'tooljet',
              sqlOwn: '',
              holder: 'n8n_user',
              sqlThrough: '',
              sqlRole: 'n8n_user',
            },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 16,
            column: 1,
            message: /Role 'n8n_user' \(n8n\) owns database 'tooljet', which is not allocated to it/,
          },
          {
            messageId: 'crossGrant',
            data: {
              role: "'n8n_user' (n8n)",
              what: "reaches (as a member of 'openwebui_user')",
              database: 'openwebui',
              owners: 'allocated to open-webui',
              sqlDatabase: 'openwebui',
              sqlOwn: 'openwebui_user',
              holder: 'n8n_user',
              sqlThrough: 'openwebui_user',
              sqlRole: 'n8n_user',
            },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 17,
            column: 1,
            message: /Role 'n8n_user' \(n8n\) reaches \(as a member of 'openwebui_user'\) database 'openwebui'/,
            fix: /REVOKE openwebui_user FROM n8n_user;/,
          },
          {
            messageId: 'superuserRole',
            data: { role: "'erp_user' (planner-api, memory-gateway)", sqlRole: 'erp_user' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 18,
            column: 1,
            message: /Service role 'erp_user' \(planner-api, memory-gateway\) is a superuser/,
            fix: /NOSUPERUSER/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(initdbEnvPlaceholder, {
    valid: [
      { name: 'the corrected .sh (the shell expands the variables)', files: recommendedTree() },
      { name: 'the corrected .sql (\\getenv and psql variables)', nearMiss: true, files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }) },
    ],
    invalid: [
      {
        name: "the seed's script as written",
        files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
        findings: [
          {
            messageId: 'inSql',
            data: { name: 'N8N_DB_PASSWORD', kind: 'sql', psqlVar: 'n8n_db_password' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 8,
            column: 37,
            message: /'\$\{N8N_DB_PASSWORD\}' in a \.sql init script is not interpolated/,
            fix: /\\getenv n8n_db_password N8N_DB_PASSWORD.*:'n8n_db_password'/,
          },
          {
            messageId: 'inSql',
            data: { name: 'ERP_DB_PASSWORD', kind: 'sql', psqlVar: 'erp_db_password' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 9,
            column: 37,
            message: /ERP_DB_PASSWORD/,
          },
          {
            messageId: 'inSql',
            data: { name: 'OPENWEBUI_DB_PASSWORD', kind: 'sql', psqlVar: 'openwebui_db_password' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 10,
            column: 43,
            message: /OPENWEBUI_DB_PASSWORD/,
          },
        ],
      },
      {
        name: 'a quoted here-document keeps ${VAR} literal',
        files: recommendedTree({ '01-create-databases.sh': FIXED_INIT_SH.replace('<<EOSQL', "<<'EOSQL'") }),
        findings: [
          {
            messageId: 'inShell',
            data: { name: 'N8N_DB_PASSWORD', kind: 'sh', psqlVar: 'n8n_db_password' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 4,
            column: 43,
            message: /quoted here-document/,
            fix: /unquoted here-document/,
          },
          {
            messageId: 'inShell',
            data: { name: 'ERP_DB_PASSWORD', kind: 'sh', psqlVar: 'erp_db_password' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 5,
            column: 43,
          },
          {
            messageId: 'inShell',
            data: { name: 'OPENWEBUI_DB_PASSWORD', kind: 'sh', psqlVar: 'openwebui_db_password' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 6,
            column: 49,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(plaintextSecret, {
    valid: [
      { name: 'every secret is ${VAR}', files: recommendedTree() },
      {
        name: 'not secrets: *_FILE paths, policies, switches, empty values, env_file, placeholders in .sql',
        nearMiss: true,
        files: {
          services: {
            'core-infra': coreInfra(
              { '01.sql': SEED_INIT_SQL },
              coreInfraCompose({
                extraEnv:
                  '\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg\n      PASSWORD_MIN_LENGTH: "12"\n      REQUIRE_TOKEN: "true"\n      SMTP_PASSWORD: ""\n      AWS_ACCESS_KEY_ID: AKIAEXAMPLE\n      SSH_PUBLIC_KEY: ssh-ed25519 AAAA',
              }),
            ),
            automation: {
              'docker-compose.yml': n8nCompose().replace('    networks: [backend]\n', '    env_file: n8n.env\n    networks: [backend]\n'),
              'n8n.env': 'N8N_ENCRYPTION_KEY=kept-out-of-git\n',
            },
          },
        },
      },
    ],
    invalid: [
      {
        name: 'a literal token in a list-form environment entry',
        files: {
          services: {
            automation: {
              'docker-compose.yml':
                'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n    environment:\n      - N8N_API_TOKEN=t0k3n-abcdef-123456\n      - N8N_HOST=n8n.example.com\n',
            },
          },
        },
        findings: [
          { messageId: 'literal', data: { variable: 'N8N_API_TOKEN', service: 'n8n' }, path: 'services/automation/docker-compose.yml', line: 5, column: 23 },
        ],
      },

      {
        name: 'a literal POSTGRES_PASSWORD, a URL with a password, a literal in an init .sh',
        files: {
          services: {
            'core-infra': coreInfra(
              { '01-create-databases.sh': FIXED_INIT_SH.replace("'${ERP_DB_PASSWORD}'", "'erp-Secret-1'") },
              coreInfraCompose({ extraEnv: '\n      BACKUP_S3_SECRET_KEY: abc123def456' }).replace('${POSTGRES_PASSWORD}', 'hunter2-plaintext-S3cret'),
            ),
            interfaces: { 'docker-compose.yml': interfacesCompose().replace('${OPENWEBUI_DB_PASSWORD}', 'pl41n') },
          },
        },
        findings: [
          {
            messageId: 'literal',
            data: { variable: 'POSTGRES_PASSWORD', service: 'postgres' },
            path: 'services/core-infra/docker-compose.yml',
            line: 7,
            column: 26,
            message: /^POSTGRES_PASSWORD of 'postgres' is a literal secret in the compose file\.$/,
            fix: /POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD\}/,
          },
          {
            messageId: 'literal',
            data: { variable: 'BACKUP_S3_SECRET_KEY', service: 'postgres' },
            path: 'services/core-infra/docker-compose.yml',
            line: 8,
            column: 29,
            message: /BACKUP_S3_SECRET_KEY/,
          },
          {
            messageId: 'scriptPassword',
            data: { role: 'erp_user', env: 'ERP_USER_PASSWORD' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 5,
            column: 42,
            message: /^The password of role 'erp_user' is written literally in the init script\.$/,
            fix: /ERP_USER_PASSWORD/,
          },
          {
            messageId: 'urlPassword',
            data: { variable: 'DATABASE_URL', service: 'open-webui' },
            path: 'services/interfaces/docker-compose.yml',
            line: 6,
            column: 49,
            message: /^DATABASE_URL of 'open-webui' holds a URL with a literal password\.$/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(isolatedStore, {
    valid: [
      { name: 'the recommended layout', files: recommendedTree() },
      {
        name: 'qdrant with its own container and volume, beside postgres in one stack',
        nearMiss: true,
        files: {
          services: {
            'core-infra': coreInfra(),
            'memory-orchestration': memoryOrchestration(
              memoryCompose(
                undefined,
                undefined,
                '  qdrant:\n    image: qdrant/qdrant:v1.12.4\n    volumes:\n      - qdrant_storage:/qdrant/storage\n      - /etc/localtime:/etc/localtime:ro\n    networks: [backend]\n  archon-server:\n    image: x/archon-server:1\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n',
              ).replace(NETWORKS, `volumes:\n  qdrant_storage:\n${NETWORKS}`),
            ),
          },
        },
      },
    ],
    invalid: [
      {
        name: 'the shared Postgres runs pgvector and its init script creates vector',
        files: {
          services: {
            'core-infra': coreInfra(
              { '01.sql': FIXED_INIT_SQL + '\\connect n8n\nCREATE EXTENSION vector;\n' },
              coreInfraCompose({ postgresImage: 'pgvector/pgvector:pg16' }),
            ),
          },
        },
        findings: [
          {
            messageId: 'vectorImage',
            data: { image: 'pgvector/pgvector:pg16', product: 'pgvector' },
            path: 'services/core-infra/docker-compose.yml',
            line: 3,
            column: 12,
            message: /The shared Postgres runs pgvector\/pgvector:pg16 \(pgvector\)/,
          },
          {
            messageId: 'extension',
            data: { extension: 'vector', product: 'pgvector', keep: 'embeddings in their own store (e.g. qdrant)' },
            path: 'services/core-infra/postgres/init-scripts/01.sql',
            line: 14,
            column: 1,
            message: /CREATE EXTENSION vector puts pgvector vector\/graph data in the shared Postgres/,
          },
        ],
      },
      {
        name: 'qdrant shares a named volume with archon-server; neo4j shares a container with a sidecar',
        files: {
          services: {
            'core-infra': coreInfra(),
            'memory-orchestration': memoryOrchestration(
              memoryCompose(
                undefined,
                undefined,
                '  qdrant:\n    image: qdrant/qdrant:v1.12.4\n    volumes:\n      - rag_data:/qdrant/storage\n    networks: [backend]\n  archon-server:\n    image: x/archon-server:1\n    volumes:\n      - rag_data:/data\n  neo4j:\n    image: neo4j:5-community\n  neo4j-proxy:\n    image: nginx:1.27\n    network_mode: service:neo4j\n',
              ).replace(NETWORKS, `volumes:\n  rag_data:\n${NETWORKS}`),
            ),
          },
        },
        findings: [
          {
            messageId: 'sharedVolume',
            data: {
              product: 'qdrant',
              service: 'qdrant',
              mount: "volume 'rag_data'",
              other: 'archon-server',
              otherAt: 'services/memory-orchestration/docker-compose.yml:23:9',
              target: '/qdrant/storage',
            },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 18,
            column: 9,
            message: /qdrant \('qdrant'\) shares volume 'rag_data' with 'archon-server' \(services\/memory-orchestration\/docker-compose.yml:23:9\)/,
            fix: /qdrant_data:\/qdrant\/storage/,
          },
          {
            messageId: 'sharedContainer',
            data: { product: 'neo4j', service: 'neo4j', other: 'neo4j-proxy', how: "network_mode: service:neo4j on 'neo4j-proxy'" },
            path: 'services/memory-orchestration/docker-compose.yml',
            line: 28,
            column: 19,
            message: /neo4j \('neo4j'\) shares a container with 'neo4j-proxy' \(network_mode: service:neo4j on 'neo4j-proxy'\)/,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(singleCache, {
    valid: [
      {
        name: 'near miss: a Redis admin UI is no cache',
        nearMiss: true,
        files: {
          services: {
            'core-infra': coreInfra(),
            monitoring: { 'docker-compose.yml': `services:\n  redis-commander:\n    image: rediscommander/redis-commander:latest\n${NETWORKS}` },
          },
        },
      },
      { name: 'one valkey in core-infra', files: recommendedTree() },
    ],
    invalid: [
      {
        name: 'a second cache beside the shared valkey; valkey outside core-infra',
        files: {
          services: {
            'core-infra': coreInfra(),
            interfaces: {
              'docker-compose.yml': `services:\n  uptime-kuma:\n    image: louislam/uptime-kuma:1.23.16\n  kuma-cache:\n    image: redis:7-alpine\n${NETWORKS}`,
            },
          },
        },
        findings: [
          {
            messageId: 'another',
            data: { service: 'kuma-cache', product: 'redis', shared: 'valkey', sharedAt: 'services/core-infra/docker-compose.yml:12:3', host: 'valkey' },
            path: 'services/interfaces/docker-compose.yml',
            line: 5,
            column: 12,
            message: /'kuma-cache' is another redis cache besides the shared 'valkey' \(services\/core-infra\/docker-compose.yml:12:3\)/,
            fix: /redis:\/\/valkey:6379\/1/,
          },
        ],
      },
      {
        name: 'the only cache sits outside core-infra/',
        files: { services: { valkey: { 'docker-compose.yml': 'services:\n  valkey:\n    image: valkey/valkey:8-alpine\n' } } },
        findings: [
          {
            messageId: 'outside',
            data: { service: 'valkey', product: 'valkey', core: 'core-infra', target: 'services/core-infra/valkey/' },
            path: 'services/valkey/docker-compose.yml',
            line: 2,
            column: 3,
            message: /shared cache 'valkey' \(valkey\) runs outside core-infra\//,
            fix: /services\/core-infra\/valkey\//,
          },
        ],
      },
    ],
  }),
);

DATABASE_CASES.push(
  table(initdbUnevaluated, {
    valid: [
      { name: 'the corrected .sh', files: recommendedTree() },
      {
        name: "near miss: the \\gexec idiom with constant text, format() with constant arguments, \\if on a \\set variable, a DO block's IF on pg_roles",
        nearMiss: true,
        files: recommendedTree({
          '01-create-databases.sql':
            FIXED_INIT_SQL +
            [
              "SELECT 'CREATE DATABASE tooljet' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'tooljet')\\gexec",
              "SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', 'tooljet')\\gexec",
              '\\set strict on',
              '\\if :strict',
              'REVOKE ALL ON DATABASE n8n FROM PUBLIC;',
              '\\endif',
              "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tooljet_user') THEN CREATE ROLE tooljet_user LOGIN; END IF; END $$;",
            ].join('\n') +
            '\n',
        }),
      },
    ],
    invalid: [
      {
        name: 'dynamic SQL, \\gexec over query rows, \\i, an unknown \\if, a name from an unknown variable',
        files: recommendedTree({
          '01-create-databases.sql':
            FIXED_INIT_SQL +
            [
              "DO $$ BEGIN EXECUTE 'GRANT CONNECT ON DATABASE n8n TO ' || current_setting('app.role'); END $$;",
              "SELECT format('GRANT CONNECT ON DATABASE %I TO erp_user', datname) FROM pg_database WHERE datname LIKE 'n8%'\\gexec",
              '\\i /docker-entrypoint-initdb.d/extra/more.sql',
              "SELECT current_setting('server_version_num')::int >= 160000 AS pg16 \\gset",
              '\\if :pg16',
              '\\endif',
              '\\getenv db APP_DB',
              'CREATE DATABASE :"db";',
            ].join('\n') +
            '\n',
        }),
        findings: [
          {
            messageId: 'unevaluated',
            data: { reason: 'EXECUTE of dynamic SQL in a DO block' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 13,
            column: 13,
            message: /svclint cannot evaluate this statically: EXECUTE of dynamic SQL in a DO block/,
            fix: /--initdb-exec/,
          },
          {
            messageId: 'unevaluated',
            data: { reason: '\\gexec runs SQL built from query results (rows svclint cannot know)' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 14,
            column: 1,
            message: /\\gexec runs SQL built from query results/,
          },
          {
            messageId: 'unevaluated',
            data: { reason: '\\i runs another file, which svclint does not follow' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 15,
            column: 1,
            message: /\\i runs another file/,
          },
          {
            messageId: 'unevaluated',
            data: { reason: '\\if on a psql variable svclint cannot know (svclint reads the first branch)' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 17,
            column: 1,
            message: /\\if on a psql variable svclint cannot know/,
          },
          {
            messageId: 'unevaluated',
            data: { reason: 'a name comes from the psql variable :db, whose value svclint cannot know' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql',
            line: 20,
            column: 1,
            message: /a name comes from the psql variable :db/,
          },
        ],
      },
      {
        name: 'a .sh script: psql in a loop, SQL in a shell variable, createdb',
        files: recommendedTree({
          '01-create-databases.sh':
            FIXED_INIT_SH + 'for db in a b; do\n  psql -c "CREATE DATABASE $db"\ndone\nSQL="CREATE DATABASE c"\npsql -c "$SQL"\ncreatedb d\n',
        }),
        findings: [
          {
            messageId: 'unevaluated',
            data: { reason: 'a psql call inside a loop: whether and how often it runs is not known' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 15,
            column: 3,
            message: /a psql call inside a loop/,
          },
          {
            messageId: 'unevaluated',
            data: { reason: 'a name comes from the shell expansion $db, whose value svclint cannot know' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 15,
            column: 12,
            message: /the shell expansion \$db/,
          },
          {
            messageId: 'unevaluated',
            data: { reason: 'SQL in a shell variable, which svclint cannot read' },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 18,
            column: 10,
            message: /SQL in a shell variable/,
          },
          {
            messageId: 'unevaluated',
            data: { reason: "'createdb' runs SQL svclint does not read" },
            path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh',
            line: 19,
            column: 1,
            message: /'createdb' runs SQL svclint does not read/,
          },
        ],
      },
    ],
  }),
);
