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
import { ruleTester } from '../helpers/rule-tester';
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

const CORE = 'services/core-infra/docker-compose.yml';
const SEED_FILE = 'services/core-infra/postgres/init-scripts/01-create-databases.sql';
const INIT_SH = 'services/core-infra/postgres/init-scripts/01-create-databases.sh';

const pgvectorMemory = memoryCompose(undefined, undefined, `  memory-vector:
    image: pgvector/pgvector:pg16
    networks: [backend]
`);

ruleTester(singlePostgres, {
  valid: [
    { name: 'the recommended layout', tree: recommendedTree(), config: SEED_ALLOCATIONS },
    {
      name: 'a second Postgres declared isolated with a reason',
      tree: { services: { 'core-infra': coreInfra(), 'memory-orchestration': memoryOrchestration(pgvectorMemory) } },
      config: { database: { isolated: [{ service: 'memory-vector', reason: 'embeddings benchmark, removed after Phase 2' }] } },
    },
  ],
  invalid: [
    {
      name: 'pgvector hiding in memory-orchestration/ (reported at its image)',
      tree: { services: { 'core-infra': coreInfra(), 'memory-orchestration': memoryOrchestration(pgvectorMemory) } },
      findings: [{ path: 'services/memory-orchestration/docker-compose.yml', line: 16, column: 12, message: /'memory-vector' is a second Postgres-family container \(pgvector\/pgvector:pg16\) besides the shared 'postgres'/, fix: /database\.isolated/ }],
    },
    {
      name: 'the only Postgres sits in automation/',
      tree: { services: { automation: { 'docker-compose.yml': coreInfraCompose(), postgres: { 'init-scripts': { '01.sh': FIXED_INIT_SH } } } } },
      findings: [{ path: 'services/automation/docker-compose.yml', line: 2, column: 3, message: /shared Postgres 'postgres' runs outside core-infra\//, fix: /services\/core-infra\/postgres\// }],
    },
  ],
});

ruleTester(postgresSuperuser, {
  valid: [
    { name: 'every client has its own role', tree: recommendedTree(), config: SEED_ALLOCATIONS },
    {
      name: 'an unknown user is never guessed',
      tree: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose('${N8N_DB_USER}') } } },
    },
    {
      name: 'the postgres service itself is the server, not a client',
      tree: { services: { 'core-infra': coreInfra() } },
    },
  ],
  invalid: [
    {
      name: 'n8n logs in as postgres (list form, at the value)',
      tree: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose('postgres') } } },
      config: SEED_ALLOCATIONS,
      findings: [{ path: 'services/automation/docker-compose.yml', line: 8, column: 28, message: /'n8n' connects to the shared Postgres as the superuser 'postgres' \(DB_POSTGRESDB_USER\)/, fix: /Set DB_POSTGRESDB_USER to 'n8n_user'/ }],
    },
    {
      name: 'a URL with the POSTGRES_USER value, resolved from .env',
      tree: {
        services: {
          'core-infra': coreInfra(undefined, coreInfraCompose({ postgresUser: 'admin' })),
          interfaces: { 'docker-compose.yml': interfacesCompose('${WEBUI_DB_USER}'), '.env': 'WEBUI_DB_USER=admin\n' },
        },
      },
      findings: [{ path: 'services/interfaces/docker-compose.yml', line: 6, column: 34, message: /superuser 'admin' \(DATABASE_URL\)/, fix: /Use 'open_webui_user' as the user in DATABASE_URL/ }],
    },
    {
      name: 'an unallocated service: the fix names <service>_user and the table entry',
      tree: { services: { 'core-infra': coreInfra(), interfaces: { 'docker-compose.yml': interfacesCompose('postgres') } } },
      config: { database: { allocations: [{ service: 'n8n', database: 'n8n', role: 'n8n_user' }] } },
      findings: [{ path: 'services/interfaces/docker-compose.yml', line: 6, column: 34, fix: /open_webui_user.*\{ service: open-webui, database: openwebui, role: open_webui_user \}/ }],
    },
  ],
});

ruleTester(sharedDbRole, {
  valid: [{ name: 'planner-api and memory-gateway share erp_user as the table says', tree: recommendedTree(), config: SEED_ALLOCATIONS }],
  invalid: [
    {
      name: 'two unrelated services share erp_user (no table)',
      tree: {
        services: {
          'core-infra': coreInfra(),
          interfaces: { 'docker-compose.yml': interfacesCompose('erp_user', 'bestviable_erp') },
          'memory-orchestration': memoryOrchestration(memoryCompose(undefined, 'gateway_user')),
        },
      },
      findings: [{ path: 'services/memory-orchestration/docker-compose.yml', line: 8, column: 16, message: /'planner-api' logs in as 'erp_user', the role 'open-webui' also uses \(services\/interfaces\/docker-compose.yml:6:34\)/, fix: /Set DB_USER to 'planner_api_user'.*CREATE ROLE planner_api_user/ }],
    },
    {
      name: 'with the table: the service the table does not give erp_user is reported',
      tree: {
        services: {
          'core-infra': coreInfra(),
          automation: { 'docker-compose.yml': n8nCompose('erp_user', 'bestviable_erp').replace(/n8n:\n/, 'tooljet:\n').replace('n8nio/n8n:1.70.3', 'tooljet/tooljet-ce:v2.50.0') },
          'memory-orchestration': memoryOrchestration(),
        },
      },
      config: SEED_ALLOCATIONS,
      findings: [{ path: 'services/automation/docker-compose.yml', line: 8, column: 28, message: /'tooljet' logs in as 'erp_user', the role 'planner-api' also uses/, fix: /tooljet_user/ }],
    },
  ],
});

ruleTester(dbAllocation, {
  valid: [
    { name: 'the recommended layout agrees with the table', tree: recommendedTree(), config: SEED_ALLOCATIONS },
    { name: 'no allocation table: nothing to compare with', tree: { services: { 'core-infra': coreInfra(), interfaces: { 'docker-compose.yml': interfacesCompose('someone', 'elsewhere') } } } },
    {
      name: 'a superuser login is postgres-superuser\'s finding, not a role mismatch',
      tree: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose('postgres') } } },
      config: SEED_ALLOCATIONS,
    },
  ],
  invalid: [
    {
      name: 'database, role and host differ from the table',
      tree: {
        services: {
          'core-infra': coreInfra(),
          automation: { 'docker-compose.yml': n8nCompose('n8n_user', 'workflows') },
          'memory-orchestration': memoryOrchestration(memoryCompose({ user: 'planner', database: 'bestviable_erp', host: 'postgres' })),
          interfaces: { 'docker-compose.yml': interfacesCompose().replace('@postgres:5432', '@db.example.com:5432') },
        },
      },
      config: SEED_ALLOCATIONS,
      findings: [
        { path: 'services/automation/docker-compose.yml', line: 7, column: 32, message: /uses database 'workflows', but the allocation table gives it 'n8n'/, fix: /Set DB_POSTGRESDB_DATABASE to 'n8n'/ },
        { path: 'services/interfaces/docker-compose.yml', line: 6, column: 74, message: /connects to host 'db\.example\.com', not the shared Postgres 'postgres'/, fix: /Use 'postgres' as the host in DATABASE_URL/ },
        { path: 'services/memory-orchestration/docker-compose.yml', line: 8, column: 16, message: /logs in as 'planner', but the allocation table gives it role 'erp_user'/, fix: /Set DB_USER to 'erp_user'/ },
      ],
    },
    {
      name: 'a service on the shared Postgres with no entry',
      tree: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose() } } },
      config: { database: { allocations: [{ service: 'planner-api', database: 'bestviable_erp', role: 'erp_user' }] } },
      findings: [{ path: 'services/automation/docker-compose.yml', line: 6, column: 28, message: /'n8n' uses the shared Postgres \(DB_POSTGRESDB_HOST\) but has no entry/, fix: /\{ service: n8n, database: n8n, role: n8n_user \}/ }],
    },
  ],
});

ruleTester(unusedAllocation, {
  valid: [{ name: 'every entry is used', tree: recommendedTree(), config: SEED_ALLOCATIONS }],
  invalid: [
    {
      name: 'open-webui still on SQLite, tooljet not running',
      tree: {
        services: {
          'core-infra': coreInfra(),
          automation: { 'docker-compose.yml': n8nCompose() },
          'memory-orchestration': memoryOrchestration(),
          interfaces: { 'docker-compose.yml': 'services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:0.4.8\n' },
        },
      },
      config: { database: { allocations: [...SEED_ALLOCATIONS.database.allocations, { service: 'tooljet', database: 'tooljet', role: 'tooljet_user' }] } },
      findings: [
        { path: 'svclint.config.yaml', line: 12, column: 7, message: /'open-webui' .*no Postgres connection/, fix: /postgresql:\/\/openwebui_user:\$\{…\}@postgres:5432\/openwebui/ },
        { path: 'svclint.config.yaml', line: 15, column: 7, message: /'tooljet' .*names no active compose service/ },
      ],
    },
  ],
});

ruleTester(initdbMissing, {
  valid: [
    { name: 'the corrected .sh creates everything', tree: recommendedTree(), config: SEED_ALLOCATIONS },
    { name: 'the corrected .sql creates everything', tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }), config: SEED_ALLOCATIONS },
    { name: 'the seed script creates every allocated database and role', tree: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }), config: SEED_ALLOCATIONS },
  ],
  invalid: [
    {
      name: 'tooljet allocated but never created; a role without LOGIN',
      tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL.replace("CREATE ROLE erp_user WITH LOGIN PASSWORD :'erp_pw';", "CREATE ROLE erp_user PASSWORD :'erp_pw';") }),
      config: { database: { allocations: [...SEED_ALLOCATIONS.database.allocations, { service: 'tooljet', database: 'tooljet', role: 'tooljet_user' }] } },
      findings: [
        { path: CORE, line: 10, column: 9, message: /Database 'tooljet' \(allocated to tooljet\) is never created/, fix: /CREATE DATABASE tooljet OWNER tooljet_user; REVOKE ALL ON DATABASE tooljet FROM PUBLIC;/ },
        { path: CORE, line: 10, column: 9, message: /Role 'tooljet_user' \(allocated to tooljet\) is never created/, fix: /CREATE ROLE tooljet_user WITH LOGIN PASSWORD/ },
        { path: SEED_FILE, line: 5, column: 1, message: /Role 'erp_user' .* without LOGIN/, fix: /ALTER ROLE erp_user LOGIN/ },
      ],
    },
    {
      name: 'scripts in a sub-directory are not run by the image',
      tree: { services: { 'core-infra': coreInfra({ nested: { '01-create-databases.sh': FIXED_INIT_SH } }), automation: { 'docker-compose.yml': n8nCompose() } } },
      config: { database: { allocations: [{ service: 'n8n', database: 'n8n', role: 'n8n_user' }] } },
      findings: [
        { path: CORE, line: 10, column: 9, message: /Database 'n8n' .*never created/ },
        { path: CORE, line: 10, column: 9, message: /Role 'n8n_user' .*never created.*sub-directories: services\/core-infra\/postgres\/init-scripts\/nested/ },
      ],
    },
    {
      name: 'a syntax error stops the entrypoint',
      tree: { services: { 'core-infra': coreInfra({ '01.sql': 'CREATE DATABASE n8n;\nCREATE DATABSE oops;\n' }) } },
      findings: [{ path: 'services/core-infra/postgres/init-scripts/01.sql', line: 2, column: 8, message: /Init script fails: syntax error at or near "DATABSE"\. The image stops at the first error/ }],
    },
    {
      name: 'a runtime error stops the entrypoint: a grant to a misspelt role',
      tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL + 'GRANT CONNECT ON DATABASE n8n TO erp_usr;\n' }),
      config: SEED_ALLOCATIONS,
      findings: [{ path: SEED_FILE, line: 13, column: 1, message: /Init script fails: role "erp_usr" does not exist\. The image stops at the first error: nothing after it runs/ }],
    },
    {
      name: 'what follows the first error is never created (a duplicate CREATE ROLE before the databases)',
      tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL.replace('CREATE DATABASE n8n OWNER', "CREATE ROLE n8n_user;\nCREATE DATABASE n8n OWNER") }),
      config: SEED_ALLOCATIONS,
      findings: [
        { path: CORE, line: 10, column: 9, message: /Database 'bestviable_erp' .*never created/ },
        { path: CORE, line: 10, column: 9, message: /Database 'n8n' \(allocated to n8n\) is never created/ },
        { path: CORE, line: 10, column: 9, message: /Database 'openwebui' .*never created/ },
        { path: SEED_FILE, line: 7, column: 1, message: /role "n8n_user" already exists/ },
      ],
    },
    {
      name: 'a BEGIN never committed: the server rolls it back when psql ends',
      tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL.replace('REVOKE ALL ON DATABASE n8n FROM PUBLIC;', 'BEGIN;\nREVOKE ALL ON DATABASE n8n FROM PUBLIC;') }),
      config: SEED_ALLOCATIONS,
      findings: [{ path: SEED_FILE, line: 10, column: 1, message: /BEGIN without COMMIT: this transaction is never committed/, fix: /COMMIT;/ }],
    },
  ],
});

ruleTester(initdbPublicConnect, {
  valid: [
    { name: 'the corrected .sh revokes PUBLIC', tree: recommendedTree() },
    { name: 'the corrected .sql revokes PUBLIC', tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }) },
  ],
  invalid: [
    {
      name: "the seed's script as written",
      tree: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
      findings: ['n8n', 'bestviable_erp', 'openwebui', 'tooljet'].map((db, i) => ({
        path: SEED_FILE,
        line: 2 + i,
        column: 1,
        message: `Database '${db}' is created without revoking PUBLIC's CONNECT`,
        fix: `REVOKE ALL ON DATABASE ${db} FROM PUBLIC;`,
      })),
    },
    {
      name: 'POSTGRES_DB: the entrypoint creates it before the scripts, open to PUBLIC',
      tree: { services: { 'core-infra': coreInfra(undefined, coreInfraCompose({ extraEnv: '\n      POSTGRES_DB: appdb' })) } },
      findings: [{ path: CORE, line: 8, column: 7, message: /Database 'appdb' \(POSTGRES_DB, created by the image before the init scripts run\) is open to PUBLIC/, fix: /REVOKE ALL ON DATABASE appdb FROM PUBLIC;/ }],
    },
    {
      name: 'class 1: REVOKE GRANT OPTION FOR ALL … FROM PUBLIC takes nothing from PUBLIC',
      tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL.replace('REVOKE ALL ON DATABASE n8n FROM PUBLIC;', 'REVOKE GRANT OPTION FOR ALL ON DATABASE n8n FROM PUBLIC;') }),
      findings: [{ path: SEED_FILE, line: 7, column: 1, message: /Database 'n8n' is created without revoking PUBLIC's CONNECT/ }],
    },
    {
      name: 'CONNECT given back to PUBLIC after the REVOKE',
      tree: recommendedTree({ '01-create-databases.sql': `${FIXED_INIT_SQL}GRANT CONNECT ON DATABASE n8n TO PUBLIC;\n` }),
      findings: [{ path: SEED_FILE, line: 13, column: 1, message: /GRANT … TO PUBLIC on database 'n8n'/ }],
    },
  ],
});

ruleTester(initdbCrossGrant, {
  valid: [
    { name: 'the corrected script', tree: recommendedTree(), config: SEED_ALLOCATIONS },
    { name: "the seed's grants each go to their own role (PUBLIC is public-connect's)", tree: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }), config: SEED_ALLOCATIONS },
    {
      name: 'near miss: grants to the own role, a grant option revoked from PUBLIC, a grant that never runs (\\if false)',
      tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL + 'GRANT ALL ON DATABASE n8n TO n8n_user;\nREVOKE GRANT OPTION FOR ALL ON DATABASE n8n FROM PUBLIC;\n\\if false\nGRANT ALL ON DATABASE n8n TO erp_user;\n\\endif\n' }),
      config: SEED_ALLOCATIONS,
    },
    {
      name: 'a grant through a variable svclint cannot know is not a finding (initdb-unevaluated says so)',
      tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL + '\\getenv target TARGET_DB\nGRANT ALL ON DATABASE :"target" TO erp_user;\n' }),
      config: SEED_ALLOCATIONS,
    },
  ],
  invalid: [
    {
      name: "erp_user granted CONNECT on n8n's database, n8n_user owning openwebui",
      tree: recommendedTree({
        '01-create-databases.sql': FIXED_INIT_SQL.replace('CREATE DATABASE openwebui OWNER openwebui_user;', 'CREATE DATABASE openwebui OWNER n8n_user;') + 'GRANT CONNECT ON DATABASE n8n TO erp_user;\n',
      }),
      config: SEED_ALLOCATIONS,
      findings: [
        { path: SEED_FILE, line: 9, column: 1, message: /Role 'n8n_user' \(n8n\) owns database 'openwebui', which is allocated to open-webui/, fix: /ALTER DATABASE openwebui OWNER TO openwebui_user;/ },
        { path: SEED_FILE, line: 13, column: 1, message: /Role 'erp_user' \(planner-api, memory-gateway\) holds CONNECT on database 'n8n', which is allocated to n8n/, fix: /REVOKE ALL ON DATABASE n8n FROM erp_user;/ },
      ],
    },
    {
      name: 'no table: ownership comes from who connects where',
      tree: recommendedTree({ '01-create-databases.sh': FIXED_INIT_SH.replace('\nEOSQL\n', '\nGRANT ALL ON DATABASE bestviable_erp TO n8n_user;\nEOSQL\n') }),
      findings: [{ path: INIT_SH, line: 13, column: 1, message: /Role 'n8n_user' \(n8n\) holds CONNECT, CREATE, TEMP on database 'bestviable_erp', which is allocated to (memory-gateway, planner-api|planner-api, memory-gateway)/ }],
    },
    {
      name: 'a role not in the table, any database privilege, a database not in the table, membership, a superuser service role',
      tree: recommendedTree({
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
        { path: SEED_FILE, line: 14, column: 1, message: /Role 'tooljet_user' holds CONNECT, CREATE, TEMP on database 'n8n', which is allocated to n8n/, fix: /REVOKE ALL ON DATABASE n8n FROM tooljet_user;/ },
        { path: SEED_FILE, line: 16, column: 1, message: /Role 'n8n_user' \(n8n\) owns database 'tooljet', which is not allocated to it/ },
        { path: SEED_FILE, line: 17, column: 1, message: /Role 'n8n_user' \(n8n\) reaches \(as a member of 'openwebui_user'\) database 'openwebui'/, fix: /REVOKE openwebui_user FROM n8n_user;/ },
        { path: SEED_FILE, line: 18, column: 1, message: /Service role 'erp_user' \(planner-api, memory-gateway\) is a superuser/, fix: /NOSUPERUSER/ },
      ],
    },
  ],
});

ruleTester(initdbEnvPlaceholder, {
  valid: [
    { name: 'the corrected .sh (the shell expands the variables)', tree: recommendedTree() },
    { name: 'the corrected .sql (\\getenv and psql variables)', tree: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }) },
  ],
  invalid: [
    {
      name: "the seed's script as written",
      tree: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
      findings: [
        { path: SEED_FILE, line: 8, column: 37, message: /'\$\{N8N_DB_PASSWORD\}' in a \.sql init script is not interpolated/, fix: /\\getenv n8n_db_password N8N_DB_PASSWORD.*:'n8n_db_password'/ },
        { path: SEED_FILE, line: 9, column: 37, message: /ERP_DB_PASSWORD/ },
        { path: SEED_FILE, line: 10, column: 43, message: /OPENWEBUI_DB_PASSWORD/ },
      ],
    },
    {
      name: 'a quoted here-document keeps ${VAR} literal',
      tree: recommendedTree({ '01-create-databases.sh': FIXED_INIT_SH.replace('<<EOSQL', "<<'EOSQL'") }),
      findings: [
        { path: INIT_SH, line: 4, column: 43, message: /quoted here-document/, fix: /unquoted here-document/ },
        { path: INIT_SH, line: 5, column: 43 },
        { path: INIT_SH, line: 6, column: 49 },
      ],
    },
  ],
});

ruleTester(plaintextSecret, {
  valid: [
    { name: 'every secret is ${VAR}', tree: recommendedTree() },
    {
      name: 'not secrets: *_FILE paths, policies, switches, empty values, env_file, placeholders in .sql',
      tree: {
        services: {
          'core-infra': coreInfra({ '01.sql': SEED_INIT_SQL }, coreInfraCompose({ extraEnv: '\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg\n      PASSWORD_MIN_LENGTH: "12"\n      REQUIRE_TOKEN: "true"\n      SMTP_PASSWORD: ""\n      AWS_ACCESS_KEY_ID: AKIAEXAMPLE\n      SSH_PUBLIC_KEY: ssh-ed25519 AAAA' })),
          automation: { 'docker-compose.yml': n8nCompose().replace('    networks: [backend]\n', '    env_file: n8n.env\n    networks: [backend]\n'), 'n8n.env': 'N8N_ENCRYPTION_KEY=kept-out-of-git\n' },
        },
      },
    },
  ],
  invalid: [
    {
      name: 'a literal POSTGRES_PASSWORD, a URL with a password, a literal in an init .sh',
      tree: {
        services: {
          'core-infra': coreInfra(
            { '01-create-databases.sh': FIXED_INIT_SH.replace("'${ERP_DB_PASSWORD}'", "'erp-Secret-1'") },
            coreInfraCompose({ extraEnv: '\n      BACKUP_S3_SECRET_KEY: abc123def456' }).replace('${POSTGRES_PASSWORD}', 'hunter2-plaintext-S3cret'),
          ),
          interfaces: { 'docker-compose.yml': interfacesCompose().replace('${OPENWEBUI_DB_PASSWORD}', 'pl41n') },
        },
      },
      findings: [
        { path: CORE, line: 7, column: 26, message: /^POSTGRES_PASSWORD of 'postgres' is a literal secret in the compose file\.$/, fix: /POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD\}/ },
        { path: CORE, line: 8, column: 29, message: /BACKUP_S3_SECRET_KEY/ },
        { path: INIT_SH, line: 5, column: 42, message: /^The password of role 'erp_user' is written literally in the init script\.$/, fix: /ERP_USER_PASSWORD/ },
        { path: 'services/interfaces/docker-compose.yml', line: 6, column: 49, message: /^DATABASE_URL of 'open-webui' holds a URL with a literal password\.$/ },
      ],
    },
  ],
});

ruleTester(isolatedStore, {
  valid: [
    { name: 'the recommended layout', tree: recommendedTree() },
    {
      name: 'qdrant with its own container and volume, beside postgres in one stack',
      tree: {
        services: {
          'core-infra': coreInfra(),
          'memory-orchestration': memoryOrchestration(memoryCompose(undefined, undefined, '  qdrant:\n    image: qdrant/qdrant:v1.12.4\n    volumes:\n      - qdrant_storage:/qdrant/storage\n      - /etc/localtime:/etc/localtime:ro\n    networks: [backend]\n  archon-server:\n    image: x/archon-server:1\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n').replace(NETWORKS, `volumes:\n  qdrant_storage:\n${NETWORKS}`)),
        },
      },
    },
  ],
  invalid: [
    {
      name: 'the shared Postgres runs pgvector and its init script creates vector',
      tree: { services: { 'core-infra': coreInfra({ '01.sql': FIXED_INIT_SQL + '\\connect n8n\nCREATE EXTENSION vector;\n' }, coreInfraCompose({ postgresImage: 'pgvector/pgvector:pg16' })) } },
      findings: [
        { path: CORE, line: 3, column: 12, message: /The shared Postgres runs pgvector\/pgvector:pg16 \(pgvector\)/ },
        { path: 'services/core-infra/postgres/init-scripts/01.sql', line: 14, column: 1, message: /CREATE EXTENSION vector puts pgvector vector\/graph data in the shared Postgres/ },
      ],
    },
    {
      name: 'qdrant shares a named volume with archon-server; neo4j shares a container with a sidecar',
      tree: {
        services: {
          'core-infra': coreInfra(),
          'memory-orchestration': memoryOrchestration(
            memoryCompose(undefined, undefined, '  qdrant:\n    image: qdrant/qdrant:v1.12.4\n    volumes:\n      - rag_data:/qdrant/storage\n    networks: [backend]\n  archon-server:\n    image: x/archon-server:1\n    volumes:\n      - rag_data:/data\n  neo4j:\n    image: neo4j:5-community\n  neo4j-proxy:\n    image: nginx:1.27\n    network_mode: service:neo4j\n').replace(NETWORKS, `volumes:\n  rag_data:\n${NETWORKS}`),
          ),
        },
      },
      findings: [
        { path: 'services/memory-orchestration/docker-compose.yml', line: 18, column: 9, message: /qdrant \('qdrant'\) shares volume 'rag_data' with 'archon-server' \(services\/memory-orchestration\/docker-compose.yml:23:9\)/, fix: /qdrant_data:\/qdrant\/storage/ },
        { path: 'services/memory-orchestration/docker-compose.yml', line: 28, column: 19, message: /neo4j \('neo4j'\) shares a container with 'neo4j-proxy' \(network_mode: service:neo4j on 'neo4j-proxy'\)/ },
      ],
    },
  ],
});

ruleTester(singleCache, {
  valid: [{ name: 'one valkey in core-infra', tree: recommendedTree() }],
  invalid: [
    {
      name: 'a second cache beside the shared valkey; valkey outside core-infra',
      tree: {
        services: {
          'core-infra': coreInfra(),
          interfaces: { 'docker-compose.yml': `services:\n  uptime-kuma:\n    image: louislam/uptime-kuma:1.23.16\n  kuma-cache:\n    image: redis:7-alpine\n${NETWORKS}` },
        },
      },
      findings: [{ path: 'services/interfaces/docker-compose.yml', line: 5, column: 12, message: /'kuma-cache' is another redis cache besides the shared 'valkey' \(services\/core-infra\/docker-compose.yml:12:3\)/, fix: /redis:\/\/valkey:6379\/1/ }],
    },
    {
      name: 'the only cache sits outside core-infra/',
      tree: { services: { valkey: { 'docker-compose.yml': 'services:\n  valkey:\n    image: valkey/valkey:8-alpine\n' } } },
      findings: [{ path: 'services/valkey/docker-compose.yml', line: 2, column: 3, message: /shared cache 'valkey' \(valkey\) runs outside core-infra\//, fix: /services\/core-infra\/valkey\// }],
    },
  ],
});

ruleTester(initdbUnevaluated, {
  valid: [
    { name: 'the corrected .sh', tree: recommendedTree() },
    {
      name: "near miss: the \\gexec idiom with constant text, format() with constant arguments, \\if on a \\set variable, a DO block's IF on pg_roles",
      tree: recommendedTree({
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
      tree: recommendedTree({
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
        { path: SEED_FILE, line: 13, column: 13, message: /svclint cannot evaluate this statically: EXECUTE of dynamic SQL in a DO block/, fix: /--initdb-exec/ },
        { path: SEED_FILE, line: 14, column: 1, message: /\\gexec runs SQL built from query results/ },
        { path: SEED_FILE, line: 15, column: 1, message: /\\i runs another file/ },
        { path: SEED_FILE, line: 17, column: 1, message: /\\if on a psql variable svclint cannot know/ },
        { path: SEED_FILE, line: 20, column: 1, message: /a name comes from the psql variable :db/ },
      ],
    },
    {
      name: 'a .sh script: psql in a loop, SQL in a shell variable, createdb',
      tree: recommendedTree({
        '01-create-databases.sh': FIXED_INIT_SH + 'for db in a b; do\n  psql -c "CREATE DATABASE $db"\ndone\nSQL="CREATE DATABASE c"\npsql -c "$SQL"\ncreatedb d\n',
      }),
      findings: [
        { path: INIT_SH, line: 15, column: 3, message: /a psql call inside a loop/ },
        { path: INIT_SH, line: 15, column: 12, message: /the shell expansion \$db/ },
        { path: INIT_SH, line: 18, column: 10, message: /SQL in a shell variable/ },
        { path: INIT_SH, line: 19, column: 1, message: /'createdb' runs SQL svclint does not read/ },
      ],
    },
  ],
});
