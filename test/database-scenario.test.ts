// The scenario in one tree, linted by the whole Database group: one precise finding per
// problem, at its file, line and column, with the fix. And the CLI never prints a planted secret.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint';
import { FORMAT_NAMES } from '../src/format';
import { runCli } from './helpers/cli';
import { makeTree } from './helpers/tree';
import { FIXED_INIT_SH, NETWORKS, coreInfra, coreInfraCompose, n8nCompose } from './rules/database-fixtures';

const SCENARIO_SQL = `\\getenv n8n_pw N8N_DB_PASSWORD
\\getenv erp_pw ERP_DB_PASSWORD
CREATE ROLE n8n_user WITH LOGIN PASSWORD :'n8n_pw';
CREATE DATABASE n8n OWNER n8n_user;
REVOKE ALL ON DATABASE n8n FROM PUBLIC;
CREATE ROLE erp_user WITH LOGIN PASSWORD :'erp_pw';
CREATE DATABASE bestviable_erp OWNER erp_user;
REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;
CREATE ROLE tooljet_user WITH LOGIN PASSWORD '\${TOOLJET_DB_PASSWORD}';
CREATE DATABASE tooljet OWNER tooljet_user;
`;

const MEMORY = `services:
  planner-api:
    build: ./planner-api
    environment:
      DB_HOST: postgres
      DB_NAME: bestviable_erp
      DB_USER: erp_user
      DB_PASSWORD: \${ERP_DB_PASSWORD}
    networks: [backend]
  memory-vector:
    image: pgvector/pgvector:pg16
    environment:
      POSTGRES_PASSWORD: \${VECTOR_PASSWORD}
  qdrant:
    image: qdrant/qdrant:v1.12.4
    volumes:
      - knowledge:/qdrant/storage
  archon-server:
    build: ./archon-server
    volumes:
      - knowledge:/app/data
volumes:
  knowledge:
${NETWORKS}`;

const MONITORING = `services:
  grafana:
    image: grafana/grafana-oss:11.3.0
    environment:
      GF_DATABASE_URL: postgres://erp_user:\${ERP_DB_PASSWORD}@postgres:5432/bestviable_erp
    networks: [backend]
${NETWORKS}`;

describe('the issue scenario', () => {
  it('gives one precise finding per problem, with its fix', async () => {
    const dir = makeTree({
      services: {
        'core-infra': coreInfra({ '01-init.sql': SCENARIO_SQL }),
        automation: { 'docker-compose.yml': n8nCompose('postgres') },
        'memory-orchestration': {
          'docker-compose.yml': MEMORY,
          'planner-api': { Dockerfile: 'FROM python:3.12\n' },
          'archon-server': { Dockerfile: 'FROM python:3.12\n' },
        },
        monitoring: { 'docker-compose.yml': MONITORING },
      },
    });
    const [result] = await lint({ cwd: dir, paths: ['.'], groups: ['database'] });
    const shown = result!.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.rule}`);
    expect(shown).toEqual([
      'services/automation/docker-compose.yml:8:28 postgres-superuser',
      'services/core-infra/postgres/init-scripts/01-init.sql:9:47 initdb-env-placeholder',
      'services/core-infra/postgres/init-scripts/01-init.sql:10:1 initdb-public-connect',
      'services/memory-orchestration/docker-compose.yml:11:12 single-postgres',
      'services/memory-orchestration/docker-compose.yml:17:9 isolated-store',
      'services/monitoring/docker-compose.yml:5:35 shared-db-role',
    ]);
    const fixes = result!.findings.map((f) => f.fix);
    expect(fixes[0]).toMatch(/Set DB_POSTGRESDB_USER to 'n8n_user'/);
    expect(fixes[1]).toMatch(/\\getenv tooljet_db_password TOOLJET_DB_PASSWORD/);
    expect(fixes[2]).toBe('Add after it: REVOKE ALL ON DATABASE tooljet FROM PUBLIC;');
    expect(fixes[3]).toMatch(/database\.isolated/);
    expect(fixes[4]).toMatch(/qdrant_data:\/qdrant\/storage/);
    expect(fixes[5]).toMatch(/Use 'grafana_user' as the user in GF_DATABASE_URL/);
    expect(result!.findings[5]!.message).toMatch(
      /'grafana' logs in as 'erp_user', the role 'planner-api' also uses \(services\/memory-orchestration\/docker-compose.yml:7:16\)/,
    );
  });
});

describe('secrets never reach the output', () => {
  const COMPOSE_SECRET = 'hunter2-plaintext-S3cret';
  const SQL_SECRET = 'another-Secret-99';
  const dir = makeTree({
    services: {
      'core-infra': coreInfra(
        { '01-create-databases.sh': FIXED_INIT_SH.replace("'${ERP_DB_PASSWORD}'", `'${SQL_SECRET}'`) },
        coreInfraCompose().replace('${POSTGRES_PASSWORD}', COMPOSE_SECRET),
      ),
    },
  });

  for (const format of FORMAT_NAMES) {
    it(`--format ${format}`, () => {
      const run = runCli(['.', '--format', format], dir);
      expect(run.status).toBe(1);
      const output = run.stdout + run.stderr;
      expect(output).toMatch(/plaintext-secret/);
      expect(output).not.toContain(COMPOSE_SECRET);
      expect(output).not.toContain(SQL_SECRET);
      expect(output).not.toMatch(/hunter2|another-Secret/i);
    });
  }

  it('json names both secrets by where they are, not what they are', () => {
    const run = runCli(['.', '--format', 'json', '--only', 'database'], dir);
    const json = JSON.parse(run.stdout) as { findings: { rule: string; path: string; line: number; column: number }[] };
    const secrets = json.findings.filter((f) => f.rule === 'plaintext-secret').map((f) => `${f.path}:${f.line}:${f.column}`);
    expect(secrets).toEqual(['services/core-infra/docker-compose.yml:7:26', 'services/core-infra/postgres/init-scripts/01-create-databases.sh:5:42']);
  });
});
