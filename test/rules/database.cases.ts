// Valid and invalid trees for every Database rule, with the exact findings expected.
import dbAllocation from '../../rules/database/db-allocation';
import initdbCrossGrant from '../../rules/database/initdb-cross-grant';
import initdbEnvPlaceholder from '../../rules/database/initdb-env-placeholder';
import initdbMissing from '../../rules/database/initdb-missing';
import initdbPublicConnect from '../../rules/database/initdb-public-connect';
import isolatedStore from '../../rules/database/isolated-store';
import plaintextSecret from '../../rules/database/plaintext-secret';
import postgresSuperuser from '../../rules/database/postgres-superuser';
import sharedDbRole from '../../rules/database/shared-db-role';
import singleCache from '../../rules/database/single-cache';
import singlePostgres from '../../rules/database/single-postgres';
import unusedAllocation from '../../rules/database/unused-allocation';
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
import { table, type RuleTable } from '../helpers/rule-tester';

/** Every database rule's table test (run by database.test.ts; counted by coverage.test.ts). */
export const DATABASE_CASES: RuleTable[] = [];


export const pgvectorMemory = memoryCompose(undefined, undefined, `  memory-vector:
    image: pgvector/pgvector:pg16
    networks: [backend]
`);

DATABASE_CASES.push(table(singlePostgres, {
  valid: [
    { name: 'the recommended layout', files: recommendedTree(), config: SEED_ALLOCATIONS },
    {
      name: 'a second Postgres declared isolated with a reason',
      files: { services: { 'core-infra': coreInfra(), 'memory-orchestration': memoryOrchestration(pgvectorMemory) } },
      config: { database: { isolated: [{ service: 'memory-vector', reason: 'embeddings benchmark, removed after Phase 2' }] } },
    },
  ],
  invalid: [
    {
      name: 'pgvector hiding in memory-orchestration/ (reported at its image)',
      files: { services: { 'core-infra': coreInfra(), 'memory-orchestration': memoryOrchestration(pgvectorMemory) } },
      findings: [
              { messageId: 'message', data: { message: '\'memory-vector\' is a second Postgres-family container (pgvector/pgvector:pg16) besides the shared \'postgres\' (services/core-infra/docker-compose.yml:2:3).', fix: 'Give the data of \'memory-vector\' a database and role in the shared Postgres (CREATE ROLE … LOGIN; CREATE DATABASE … OWNER …; in its init script), point the clients at host \'postgres\', and remove the \'memory-vector\' container; or declare it in database.isolated with a reason.' }, path: 'services/memory-orchestration/docker-compose.yml', line: 16, column: 12, message: /'memory-vector' is a second Postgres-family container \(pgvector\/pgvector:pg16\) besides the shared 'postgres'/, fix: /database\.isolated/ },
            ],
    },
    {
      name: 'the only Postgres sits in automation/',
      files: { services: { automation: { 'docker-compose.yml': coreInfraCompose(), postgres: { 'init-scripts': { '01.sh': FIXED_INIT_SH } } } } },
      findings: [
              { messageId: 'message', data: { message: 'The shared Postgres \'postgres\' runs outside core-infra/.', fix: 'Move it, with its init scripts, to \'services/core-infra/postgres/\' and define it in the core-infra/ stack.' }, path: 'services/automation/docker-compose.yml', line: 2, column: 3, message: /shared Postgres 'postgres' runs outside core-infra\//, fix: /services\/core-infra\/postgres\// },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(postgresSuperuser, {
  valid: [
    { name: 'every client has its own role', files: recommendedTree(), config: SEED_ALLOCATIONS },
    {
      name: 'an unknown user is never guessed',
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
              { messageId: 'message', data: { message: '\'n8n\' connects to the shared Postgres as the superuser \'postgres\' (DB_POSTGRESDB_USER).', fix: 'Set DB_POSTGRESDB_USER to \'n8n_user\'; create the role in \'services/core-infra/postgres/init-scripts/01-create-databases.sh\' if it does not exist (CREATE ROLE n8n_user WITH LOGIN PASSWORD \'…\'; CREATE DATABASE n8n OWNER n8n_user; REVOKE ALL ON DATABASE n8n FROM PUBLIC;).' }, path: 'services/automation/docker-compose.yml', line: 8, column: 28, message: /'n8n' connects to the shared Postgres as the superuser 'postgres' \(DB_POSTGRESDB_USER\)/, fix: /Set DB_POSTGRESDB_USER to 'n8n_user'/ },
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
              { messageId: 'message', data: { message: '\'open-webui\' connects to the shared Postgres as the superuser \'admin\' (DATABASE_URL).', fix: 'Use \'open_webui_user\' as the user in DATABASE_URL; create the role in \'services/core-infra/postgres/init-scripts/01-create-databases.sh\' if it does not exist (CREATE ROLE open_webui_user WITH LOGIN PASSWORD \'…\'; CREATE DATABASE openwebui OWNER open_webui_user; REVOKE ALL ON DATABASE openwebui FROM PUBLIC;).' }, path: 'services/interfaces/docker-compose.yml', line: 6, column: 34, message: /superuser 'admin' \(DATABASE_URL\)/, fix: /Use 'open_webui_user' as the user in DATABASE_URL/ },
            ],
    },
    {
      name: 'an unallocated service: the fix names <service>_user and the table entry',
      files: { services: { 'core-infra': coreInfra(), interfaces: { 'docker-compose.yml': interfacesCompose('postgres') } } },
      config: { database: { allocations: [{ service: 'n8n', database: 'n8n', role: 'n8n_user' }] } },
      findings: [
              { messageId: 'message', data: { message: '\'open-webui\' connects to the shared Postgres as the superuser \'postgres\' (DATABASE_URL).', fix: 'Use \'open_webui_user\' as the user in DATABASE_URL; create the role in \'services/core-infra/postgres/init-scripts/01-create-databases.sh\' if it does not exist (CREATE ROLE open_webui_user WITH LOGIN PASSWORD \'…\'; CREATE DATABASE openwebui OWNER open_webui_user; REVOKE ALL ON DATABASE openwebui FROM PUBLIC;) and add { service: open-webui, database: openwebui, role: open_webui_user } to database.allocations.' }, path: 'services/interfaces/docker-compose.yml', line: 6, column: 34, fix: /open_webui_user.*\{ service: open-webui, database: openwebui, role: open_webui_user \}/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(sharedDbRole, {
  valid: [{ name: 'planner-api and memory-gateway share erp_user as the table says', files: recommendedTree(), config: SEED_ALLOCATIONS }],
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
              { messageId: 'message', data: { message: '\'planner-api\' logs in as \'erp_user\', the role \'open-webui\' also uses (services/interfaces/docker-compose.yml:6:34); either can reach the other\'s data.', fix: 'Set DB_USER to \'planner_api_user\' and give it its own database: CREATE ROLE planner_api_user WITH LOGIN PASSWORD \'…\'; CREATE DATABASE bestviable_erp OWNER planner_api_user; REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;' }, path: 'services/memory-orchestration/docker-compose.yml', line: 8, column: 16, message: /'planner-api' logs in as 'erp_user', the role 'open-webui' also uses \(services\/interfaces\/docker-compose.yml:6:34\)/, fix: /Set DB_USER to 'planner_api_user'.*CREATE ROLE planner_api_user/ },
            ],
    },
    {
      name: 'with the table: the service the table does not give erp_user is reported',
      files: {
        services: {
          'core-infra': coreInfra(),
          automation: { 'docker-compose.yml': n8nCompose('erp_user', 'bestviable_erp').replace(/n8n:\n/, 'tooljet:\n').replace('n8nio/n8n:1.70.3', 'tooljet/tooljet-ce:v2.50.0') },
          'memory-orchestration': memoryOrchestration(),
        },
      },
      config: SEED_ALLOCATIONS,
      findings: [
              { messageId: 'message', data: { message: '\'tooljet\' logs in as \'erp_user\', the role \'planner-api\' also uses (services/memory-orchestration/docker-compose.yml:8:16); either can reach the other\'s data.', fix: 'Set DB_POSTGRESDB_USER to \'tooljet_user\' and give it its own database: CREATE ROLE tooljet_user WITH LOGIN PASSWORD \'…\'; CREATE DATABASE bestviable_erp OWNER tooljet_user; REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;' }, path: 'services/automation/docker-compose.yml', line: 8, column: 28, message: /'tooljet' logs in as 'erp_user', the role 'planner-api' also uses/, fix: /tooljet_user/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(dbAllocation, {
  valid: [
    { name: 'the recommended layout agrees with the table', files: recommendedTree(), config: SEED_ALLOCATIONS },
    { name: 'no allocation table: nothing to compare with', files: { services: { 'core-infra': coreInfra(), interfaces: { 'docker-compose.yml': interfacesCompose('someone', 'elsewhere') } } } },
    {
      name: 'a superuser login is postgres-superuser\'s finding, not a role mismatch',
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
              { messageId: 'message', data: { message: '\'n8n\' uses database \'workflows\', but the allocation table gives it \'n8n\'.', fix: 'Set DB_POSTGRESDB_DATABASE to \'n8n\' (or change its entry in database.allocations).' }, path: 'services/automation/docker-compose.yml', line: 7, column: 32, message: /uses database 'workflows', but the allocation table gives it 'n8n'/, fix: /Set DB_POSTGRESDB_DATABASE to 'n8n'/ },
              { messageId: 'message', data: { message: '\'open-webui\' connects to host \'db.example.com\', not the shared Postgres \'postgres\' its allocation (openwebui/openwebui_user) is on.', fix: 'Use \'postgres\' as the host in DATABASE_URL.' }, path: 'services/interfaces/docker-compose.yml', line: 6, column: 74, message: /connects to host 'db\.example\.com', not the shared Postgres 'postgres'/, fix: /Use 'postgres' as the host in DATABASE_URL/ },
              { messageId: 'message', data: { message: '\'planner-api\' logs in as \'planner\', but the allocation table gives it role \'erp_user\'.', fix: 'Set DB_USER to \'erp_user\' (or change its entry in database.allocations).' }, path: 'services/memory-orchestration/docker-compose.yml', line: 8, column: 16, message: /logs in as 'planner', but the allocation table gives it role 'erp_user'/, fix: /Set DB_USER to 'erp_user'/ },
            ],
    },
    {
      name: 'a service on the shared Postgres with no entry',
      files: { services: { 'core-infra': coreInfra(), automation: { 'docker-compose.yml': n8nCompose() } } },
      config: { database: { allocations: [{ service: 'planner-api', database: 'bestviable_erp', role: 'erp_user' }] } },
      findings: [
              { messageId: 'message', data: { message: '\'n8n\' uses the shared Postgres (DB_POSTGRESDB_HOST) but has no entry in database.allocations.', fix: 'Add { service: n8n, database: n8n, role: n8n_user } to database.allocations in svclint.config.yaml.' }, path: 'services/automation/docker-compose.yml', line: 6, column: 28, message: /'n8n' uses the shared Postgres \(DB_POSTGRESDB_HOST\) but has no entry/, fix: /\{ service: n8n, database: n8n, role: n8n_user \}/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(unusedAllocation, {
  valid: [{ name: 'every entry is used', files: recommendedTree(), config: SEED_ALLOCATIONS }],
  invalid: [
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
              { messageId: 'message', data: { message: 'Allocation \'open-webui\' (database openwebui, role openwebui_user): the service has no Postgres connection in its environment.', fix: 'Point \'open-webui\' at the shared Postgres (e.g. DATABASE_URL=postgresql://openwebui_user:${…}@postgres:5432/openwebui), or remove the entry.' }, path: 'svclint.config.yaml', line: 12, column: 7, message: /'open-webui' .*no Postgres connection/, fix: /postgresql:\/\/openwebui_user:\$\{…\}@postgres:5432\/openwebui/ },
              { messageId: 'message', data: { message: 'Allocation \'tooljet\' (database tooljet, role tooljet_user) names no active compose service.', fix: 'Remove the entry, or fix its service name to the compose service that uses database \'tooljet\'.' }, path: 'svclint.config.yaml', line: 15, column: 7, message: /'tooljet' .*names no active compose service/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(initdbMissing, {
  valid: [
    { name: 'the corrected .sh creates everything', files: recommendedTree(), config: SEED_ALLOCATIONS },
    { name: 'the corrected .sql creates everything', files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }), config: SEED_ALLOCATIONS },
    { name: 'the seed script creates every allocated database and role', files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }), config: SEED_ALLOCATIONS },
  ],
  invalid: [
    {
      name: 'tooljet allocated but never created; a role without LOGIN',
      files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL.replace("CREATE ROLE erp_user WITH LOGIN PASSWORD :'erp_pw';", "CREATE ROLE erp_user PASSWORD :'erp_pw';") }),
      config: { database: { allocations: [...SEED_ALLOCATIONS.database.allocations, { service: 'tooljet', database: 'tooljet', role: 'tooljet_user' }] } },
      findings: [
              { messageId: 'message', data: { message: 'Database \'tooljet\' (allocated to tooljet) is never created by the shared Postgres\'s init scripts.', fix: 'Add to \'services/core-infra/postgres/init-scripts/01-create-databases.sql\': CREATE DATABASE tooljet OWNER tooljet_user; REVOKE ALL ON DATABASE tooljet FROM PUBLIC;' }, path: 'services/core-infra/docker-compose.yml', line: 10, column: 9, message: /Database 'tooljet' \(allocated to tooljet\) is never created/, fix: /CREATE DATABASE tooljet OWNER tooljet_user; REVOKE ALL ON DATABASE tooljet FROM PUBLIC;/ },
              { messageId: 'message', data: { message: 'Role \'tooljet_user\' (allocated to tooljet) is never created by the shared Postgres\'s init scripts.', fix: 'Add to \'services/core-infra/postgres/init-scripts/01-create-databases.sql\': CREATE ROLE tooljet_user WITH LOGIN PASSWORD \'…\';' }, path: 'services/core-infra/docker-compose.yml', line: 10, column: 9, message: /Role 'tooljet_user' \(allocated to tooljet\) is never created/, fix: /CREATE ROLE tooljet_user WITH LOGIN PASSWORD/ },
              { messageId: 'message', data: { message: 'Role \'erp_user\' (allocated to planner-api) is created without LOGIN, so the service cannot log in with it.', fix: 'Write CREATE ROLE erp_user WITH LOGIN … (or add ALTER ROLE erp_user LOGIN;).' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 5, column: 1, message: /Role 'erp_user' .* without LOGIN/, fix: /ALTER ROLE erp_user LOGIN/ },
            ],
    },
    {
      name: 'scripts in a sub-directory are not run by the image',
      files: { services: { 'core-infra': coreInfra({ nested: { '01-create-databases.sh': FIXED_INIT_SH } }), automation: { 'docker-compose.yml': n8nCompose() } } },
      config: { database: { allocations: [{ service: 'n8n', database: 'n8n', role: 'n8n_user' }] } },
      findings: [
              { messageId: 'message', data: { message: 'Database \'n8n\' (allocated to n8n) is never created by the shared Postgres\'s init scripts (the image does not run scripts inside sub-directories: services/core-infra/postgres/init-scripts/nested).', fix: 'Add to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with \'- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro\': CREATE DATABASE n8n OWNER n8n_user; REVOKE ALL ON DATABASE n8n FROM PUBLIC;' }, path: 'services/core-infra/docker-compose.yml', line: 10, column: 9, message: /Database 'n8n' .*never created/ },
              { messageId: 'message', data: { message: 'Role \'n8n_user\' (allocated to n8n) is never created by the shared Postgres\'s init scripts (the image does not run scripts inside sub-directories: services/core-infra/postgres/init-scripts/nested).', fix: 'Add to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with \'- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro\': CREATE ROLE n8n_user WITH LOGIN PASSWORD \'…\';' }, path: 'services/core-infra/docker-compose.yml', line: 10, column: 9, message: /Role 'n8n_user' .*never created.*sub-directories: services\/core-infra\/postgres\/init-scripts\/nested/ },
            ],
    },
    {
      name: 'a syntax error stops the entrypoint',
      files: { services: { 'core-infra': coreInfra({ '01.sql': 'CREATE DATABASE n8n;\nCREATE DATABSE oops;\n' }) } },
      findings: [
              { messageId: 'message', data: { message: 'Init script error: syntax error at or near "DATABSE". The image stops at the first error, so nothing after it is created.', fix: 'Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it).' }, path: 'services/core-infra/postgres/init-scripts/01.sql', line: 2, column: 8, message: /Init script error: .*syntax error/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(initdbPublicConnect, {
  valid: [
    { name: 'the corrected .sh revokes PUBLIC', files: recommendedTree() },
    { name: 'the corrected .sql revokes PUBLIC', files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }) },
  ],
  invalid: [
    {
      name: "the seed's script as written",
      files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
      findings: [
              { messageId: 'message', data: { message: 'Database \'n8n\' is created without revoking PUBLIC\'s CONNECT: every role can connect to it.', fix: 'Add after it: REVOKE ALL ON DATABASE n8n FROM PUBLIC;' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 2, column: 1 },
              { messageId: 'message', data: { message: 'Database \'bestviable_erp\' is created without revoking PUBLIC\'s CONNECT: every role can connect to it.', fix: 'Add after it: REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 3, column: 1 },
              { messageId: 'message', data: { message: 'Database \'openwebui\' is created without revoking PUBLIC\'s CONNECT: every role can connect to it.', fix: 'Add after it: REVOKE ALL ON DATABASE openwebui FROM PUBLIC;' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 4, column: 1 },
              { messageId: 'message', data: { message: 'Database \'tooljet\' is created without revoking PUBLIC\'s CONNECT: every role can connect to it.', fix: 'Add after it: REVOKE ALL ON DATABASE tooljet FROM PUBLIC;' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 5, column: 1 },
            ],
    },
    {
      name: 'CONNECT given back to PUBLIC after the REVOKE',
      files: recommendedTree({ '01-create-databases.sql': `${FIXED_INIT_SQL}GRANT CONNECT ON DATABASE n8n TO PUBLIC;\n` }),
      findings: [
              { messageId: 'message', data: { message: 'GRANT … TO PUBLIC on database \'n8n\' lets every role connect to it.', fix: 'Remove this GRANT and grant CONNECT to the database\'s own role only.' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 13, column: 1, message: /GRANT … TO PUBLIC on database 'n8n'/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(initdbCrossGrant, {
  valid: [
    { name: 'the corrected script', files: recommendedTree(), config: SEED_ALLOCATIONS },
    { name: "the seed's grants each go to their own role (PUBLIC is public-connect's)", files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }), config: SEED_ALLOCATIONS },
  ],
  invalid: [
    {
      name: "erp_user granted CONNECT on n8n's database, n8n_user owning openwebui",
      files: recommendedTree({
        '01-create-databases.sql': FIXED_INIT_SQL.replace('CREATE DATABASE openwebui OWNER openwebui_user;', 'CREATE DATABASE openwebui OWNER n8n_user;') + 'GRANT CONNECT ON DATABASE n8n TO erp_user;\n',
      }),
      config: SEED_ALLOCATIONS,
      findings: [
              { messageId: 'message', data: { message: 'Role \'n8n_user\' owns database \'openwebui\', which is allocated to open-webui.', fix: 'Make the database\'s own role its owner: ALTER DATABASE openwebui OWNER TO openwebui_user;' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 9, column: 1, message: /Role 'n8n_user' owns database 'openwebui', which is allocated to open-webui/, fix: /ALTER DATABASE openwebui OWNER TO openwebui_user;/ },
              { messageId: 'message', data: { message: 'Role \'erp_user\' is granted CONNECT on database \'n8n\', which is allocated to n8n.', fix: 'Remove this grant, or add: REVOKE ALL ON DATABASE n8n FROM erp_user;' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 13, column: 1, message: /Role 'erp_user' is granted CONNECT on database 'n8n', which is allocated to n8n/, fix: /REVOKE ALL ON DATABASE n8n FROM erp_user;/ },
            ],
    },
    {
      name: 'no table: ownership comes from who connects where',
      files: recommendedTree({ '01-create-databases.sh': FIXED_INIT_SH.replace('\nEOSQL\n', '\nGRANT ALL ON DATABASE bestviable_erp TO n8n_user;\nEOSQL\n') }),
      findings: [
              { messageId: 'message', data: { message: 'Role \'n8n_user\' is granted CONNECT on database \'bestviable_erp\', which is allocated to planner-api, memory-gateway.', fix: 'Remove this grant, or add: REVOKE ALL ON DATABASE bestviable_erp FROM n8n_user;' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh', line: 13, column: 1, message: /Role 'n8n_user' is granted CONNECT on database 'bestviable_erp', which is allocated to memory-gateway, planner-api|Role 'n8n_user' is granted CONNECT on database 'bestviable_erp', which is allocated to planner-api, memory-gateway/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(initdbEnvPlaceholder, {
  valid: [
    { name: 'the corrected .sh (the shell expands the variables)', files: recommendedTree() },
    { name: 'the corrected .sql (\\getenv and psql variables)', files: recommendedTree({ '01-create-databases.sql': FIXED_INIT_SQL }) },
  ],
  invalid: [
    {
      name: "the seed's script as written",
      files: recommendedTree({ '01-create-databases.sql': SEED_INIT_SQL }),
      findings: [
              { messageId: 'message', data: { message: '\'${N8N_DB_PASSWORD}\' in a .sql init script is not interpolated: Postgres receives the text \'${N8N_DB_PASSWORD}\' itself (as the password, if it is one).', fix: 'Read it from the container\'s environment with psql: add \'\\getenv n8n_db_password N8N_DB_PASSWORD\' before the statement and write :\'n8n_db_password\' instead of \'${N8N_DB_PASSWORD}\' (pass N8N_DB_PASSWORD in the postgres service\'s environment); or move the statement to a .sh script with an unquoted here-document.' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 8, column: 37, message: /'\$\{N8N_DB_PASSWORD\}' in a \.sql init script is not interpolated/, fix: /\\getenv n8n_db_password N8N_DB_PASSWORD.*:'n8n_db_password'/ },
              { messageId: 'message', data: { message: '\'${ERP_DB_PASSWORD}\' in a .sql init script is not interpolated: Postgres receives the text \'${ERP_DB_PASSWORD}\' itself (as the password, if it is one).', fix: 'Read it from the container\'s environment with psql: add \'\\getenv erp_db_password ERP_DB_PASSWORD\' before the statement and write :\'erp_db_password\' instead of \'${ERP_DB_PASSWORD}\' (pass ERP_DB_PASSWORD in the postgres service\'s environment); or move the statement to a .sh script with an unquoted here-document.' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 9, column: 37, message: /ERP_DB_PASSWORD/ },
              { messageId: 'message', data: { message: '\'${OPENWEBUI_DB_PASSWORD}\' in a .sql init script is not interpolated: Postgres receives the text \'${OPENWEBUI_DB_PASSWORD}\' itself (as the password, if it is one).', fix: 'Read it from the container\'s environment with psql: add \'\\getenv openwebui_db_password OPENWEBUI_DB_PASSWORD\' before the statement and write :\'openwebui_db_password\' instead of \'${OPENWEBUI_DB_PASSWORD}\' (pass OPENWEBUI_DB_PASSWORD in the postgres service\'s environment); or move the statement to a .sh script with an unquoted here-document.' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sql', line: 10, column: 43, message: /OPENWEBUI_DB_PASSWORD/ },
            ],
    },
    {
      name: 'a quoted here-document keeps ${VAR} literal',
      files: recommendedTree({ '01-create-databases.sh': FIXED_INIT_SH.replace('<<EOSQL', "<<'EOSQL'") }),
      findings: [
              { messageId: 'message', data: { message: '\'${N8N_DB_PASSWORD}\' is in a quoted here-document or single-quoted argument: the shell does not expand it, so Postgres receives the text itself.', fix: 'Use an unquoted here-document (<<EOSQL, not <<\'EOSQL\') or double quotes so the shell expands ${N8N_DB_PASSWORD} (pass N8N_DB_PASSWORD in the postgres service\'s environment).' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh', line: 4, column: 43, message: /quoted here-document/, fix: /unquoted here-document/ },
              { messageId: 'message', data: { message: '\'${ERP_DB_PASSWORD}\' is in a quoted here-document or single-quoted argument: the shell does not expand it, so Postgres receives the text itself.', fix: 'Use an unquoted here-document (<<EOSQL, not <<\'EOSQL\') or double quotes so the shell expands ${ERP_DB_PASSWORD} (pass ERP_DB_PASSWORD in the postgres service\'s environment).' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh', line: 5, column: 43 },
              { messageId: 'message', data: { message: '\'${OPENWEBUI_DB_PASSWORD}\' is in a quoted here-document or single-quoted argument: the shell does not expand it, so Postgres receives the text itself.', fix: 'Use an unquoted here-document (<<EOSQL, not <<\'EOSQL\') or double quotes so the shell expands ${OPENWEBUI_DB_PASSWORD} (pass OPENWEBUI_DB_PASSWORD in the postgres service\'s environment).' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh', line: 6, column: 49 },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(plaintextSecret, {
  valid: [
    { name: 'every secret is ${VAR}', files: recommendedTree() },
    {
      name: 'not secrets: *_FILE paths, policies, switches, empty values, env_file, placeholders in .sql',
      files: {
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
              { messageId: 'message', data: { message: 'POSTGRES_PASSWORD of \'postgres\' is a literal secret in the compose file.', fix: 'Write POSTGRES_PASSWORD: ${POSTGRES_PASSWORD} and set it in the stack\'s .env (kept out of git), or use POSTGRES_PASSWORD_FILE with a Docker secret where the image supports it.' }, path: 'services/core-infra/docker-compose.yml', line: 7, column: 26, message: /^POSTGRES_PASSWORD of 'postgres' is a literal secret in the compose file\.$/, fix: /POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD\}/ },
              { messageId: 'message', data: { message: 'BACKUP_S3_SECRET_KEY of \'postgres\' is a literal secret in the compose file.', fix: 'Write BACKUP_S3_SECRET_KEY: ${BACKUP_S3_SECRET_KEY} and set it in the stack\'s .env (kept out of git), or use BACKUP_S3_SECRET_KEY_FILE with a Docker secret where the image supports it.' }, path: 'services/core-infra/docker-compose.yml', line: 8, column: 29, message: /BACKUP_S3_SECRET_KEY/ },
              { messageId: 'message', data: { message: 'The password of role \'erp_user\' is written literally in the init script.', fix: 'Use a variable from the container\'s environment: PASSWORD \'${ERP_USER_PASSWORD}\' in an unquoted here-document, with ERP_USER_PASSWORD passed in the postgres service\'s environment.' }, path: 'services/core-infra/postgres/init-scripts/01-create-databases.sh', line: 5, column: 42, message: /^The password of role 'erp_user' is written literally in the init script\.$/, fix: /ERP_USER_PASSWORD/ },
              { messageId: 'message', data: { message: 'DATABASE_URL of \'open-webui\' holds a URL with a literal password.', fix: 'Write the password as ${DATABASE_URL_PASSWORD} (or another variable) and set it in the stack\'s .env, which stays out of git.' }, path: 'services/interfaces/docker-compose.yml', line: 6, column: 49, message: /^DATABASE_URL of 'open-webui' holds a URL with a literal password\.$/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(isolatedStore, {
  valid: [
    { name: 'the recommended layout', files: recommendedTree() },
    {
      name: 'qdrant with its own container and volume, beside postgres in one stack',
      files: {
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
      files: { services: { 'core-infra': coreInfra({ '01.sql': FIXED_INIT_SQL + '\\connect n8n\nCREATE EXTENSION vector;\n' }, coreInfraCompose({ postgresImage: 'pgvector/pgvector:pg16' })) } },
      findings: [
              { messageId: 'message', data: { message: 'The shared Postgres runs pgvector/pgvector:pg16 (pgvector): vector/graph data would live in the operational database.', fix: 'Use the plain image (e.g. postgres:16-alpine) for the shared Postgres and run the vector store in its own container (e.g. qdrant/qdrant in memory-orchestration/qdrant/).' }, path: 'services/core-infra/docker-compose.yml', line: 3, column: 12, message: /The shared Postgres runs pgvector\/pgvector:pg16 \(pgvector\)/ },
              { messageId: 'message', data: { message: 'CREATE EXTENSION vector puts pgvector vector/graph data in the shared Postgres.', fix: 'Remove this statement and keep the embeddings in their own store (e.g. qdrant).' }, path: 'services/core-infra/postgres/init-scripts/01.sql', line: 14, column: 1, message: /CREATE EXTENSION vector puts pgvector vector\/graph data in the shared Postgres/ },
            ],
    },
    {
      name: 'qdrant shares a named volume with archon-server; neo4j shares a container with a sidecar',
      files: {
        services: {
          'core-infra': coreInfra(),
          'memory-orchestration': memoryOrchestration(
            memoryCompose(undefined, undefined, '  qdrant:\n    image: qdrant/qdrant:v1.12.4\n    volumes:\n      - rag_data:/qdrant/storage\n    networks: [backend]\n  archon-server:\n    image: x/archon-server:1\n    volumes:\n      - rag_data:/data\n  neo4j:\n    image: neo4j:5-community\n  neo4j-proxy:\n    image: nginx:1.27\n    network_mode: service:neo4j\n').replace(NETWORKS, `volumes:\n  rag_data:\n${NETWORKS}`),
          ),
        },
      },
      findings: [
              { messageId: 'message', data: { message: 'qdrant (\'qdrant\') shares volume \'rag_data\' with \'archon-server\' (services/memory-orchestration/docker-compose.yml:23:9).', fix: 'Give \'qdrant\' a volume of its own (e.g. qdrant_data:/qdrant/storage) and keep \'archon-server\' off it.' }, path: 'services/memory-orchestration/docker-compose.yml', line: 18, column: 9, message: /qdrant \('qdrant'\) shares volume 'rag_data' with 'archon-server' \(services\/memory-orchestration\/docker-compose.yml:23:9\)/, fix: /qdrant_data:\/qdrant\/storage/ },
              { messageId: 'message', data: { message: 'neo4j (\'neo4j\') shares a container with \'neo4j-proxy\' (network_mode: service:neo4j on \'neo4j-proxy\').', fix: 'Give \'neo4j\' its own container: remove network_mode: service:neo4j on \'neo4j-proxy\' and connect over the network instead.' }, path: 'services/memory-orchestration/docker-compose.yml', line: 28, column: 19, message: /neo4j \('neo4j'\) shares a container with 'neo4j-proxy' \(network_mode: service:neo4j on 'neo4j-proxy'\)/ },
            ],
    },
  ],
}));

DATABASE_CASES.push(table(singleCache, {
  valid: [{ name: 'one valkey in core-infra', files: recommendedTree() }],
  invalid: [
    {
      name: 'a second cache beside the shared valkey; valkey outside core-infra',
      files: {
        services: {
          'core-infra': coreInfra(),
          interfaces: { 'docker-compose.yml': `services:\n  uptime-kuma:\n    image: louislam/uptime-kuma:1.23.16\n  kuma-cache:\n    image: redis:7-alpine\n${NETWORKS}` },
        },
      },
      findings: [
              { messageId: 'message', data: { message: '\'kuma-cache\' is another redis cache besides the shared \'valkey\' (services/core-infra/docker-compose.yml:12:3).', fix: 'Point \'kuma-cache\'\'s clients at the shared cache with a database number or key prefix of its own (e.g. redis://valkey:6379/1) and remove the \'kuma-cache\' container.' }, path: 'services/interfaces/docker-compose.yml', line: 5, column: 12, message: /'kuma-cache' is another redis cache besides the shared 'valkey' \(services\/core-infra\/docker-compose.yml:12:3\)/, fix: /redis:\/\/valkey:6379\/1/ },
            ],
    },
    {
      name: 'the only cache sits outside core-infra/',
      files: { services: { valkey: { 'docker-compose.yml': 'services:\n  valkey:\n    image: valkey/valkey:8-alpine\n' } } },
      findings: [
              { messageId: 'message', data: { message: 'The shared cache \'valkey\' (valkey) runs outside core-infra/.', fix: 'Move it to \'services/core-infra/valkey/\' and define it in the core-infra/ stack.' }, path: 'services/valkey/docker-compose.yml', line: 2, column: 3, message: /shared cache 'valkey' \(valkey\) runs outside core-infra\//, fix: /services\/core-infra\/valkey\// },
            ],
    },
  ],
}));
