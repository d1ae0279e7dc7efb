// Trees for the Database rule tests: the seed's core-infra stack with its init scripts, and
// client stacks written as YAML text so every line and column in the expectations is real.
import type { TreeSpec } from '../helpers/tree';

/** The seed's init script, exactly as SERVICE_DIRECTORY_STRUCTURE.md writes it (saved as a .sql file). */
export const SEED_INIT_SQL = `-- core-infra/postgres/init-scripts/01-create-databases.sh
CREATE DATABASE n8n;
CREATE DATABASE bestviable_erp;
CREATE DATABASE openwebui;
CREATE DATABASE tooljet;

-- Role isolation (prevent cross-service access)
CREATE USER n8n_user WITH PASSWORD '\${N8N_DB_PASSWORD}';
CREATE USER erp_user WITH PASSWORD '\${ERP_DB_PASSWORD}';
CREATE USER openwebui_user WITH PASSWORD '\${OPENWEBUI_DB_PASSWORD}';

GRANT ALL PRIVILEGES ON DATABASE n8n TO n8n_user;
GRANT ALL PRIVILEGES ON DATABASE bestviable_erp TO erp_user;
GRANT ALL PRIVILEGES ON DATABASE openwebui TO openwebui_user;
`;

/** The corrected script: a .sh here-document (the shell expands the passwords), owners, REVOKE from PUBLIC. */
export const FIXED_INIT_SH = `#!/usr/bin/env bash
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<EOSQL
CREATE ROLE n8n_user WITH LOGIN PASSWORD '\${N8N_DB_PASSWORD}';
CREATE ROLE erp_user WITH LOGIN PASSWORD '\${ERP_DB_PASSWORD}';
CREATE ROLE openwebui_user WITH LOGIN PASSWORD '\${OPENWEBUI_DB_PASSWORD}';
CREATE DATABASE n8n OWNER n8n_user;
CREATE DATABASE bestviable_erp OWNER erp_user;
CREATE DATABASE openwebui OWNER openwebui_user;
REVOKE ALL ON DATABASE n8n FROM PUBLIC;
REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;
REVOKE ALL ON DATABASE openwebui FROM PUBLIC;
EOSQL
`;

/** The corrected script as .sql: psql reads the passwords from the environment with \\getenv. */
export const FIXED_INIT_SQL = `\\getenv n8n_pw N8N_DB_PASSWORD
\\getenv erp_pw ERP_DB_PASSWORD
\\getenv openwebui_pw OPENWEBUI_DB_PASSWORD
CREATE ROLE n8n_user WITH LOGIN PASSWORD :'n8n_pw';
CREATE ROLE erp_user WITH LOGIN PASSWORD :'erp_pw';
CREATE ROLE openwebui_user WITH LOGIN PASSWORD :'openwebui_pw';
CREATE DATABASE n8n OWNER n8n_user;
CREATE DATABASE bestviable_erp OWNER erp_user;
CREATE DATABASE openwebui OWNER openwebui_user;
REVOKE ALL ON DATABASE n8n FROM PUBLIC;
REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;
REVOKE ALL ON DATABASE openwebui FROM PUBLIC;
`;

/** The seed's allocation table (as the examples' configs carry it). */
export const SEED_ALLOCATIONS = {
  database: {
    allocations: [
      { service: 'n8n', database: 'n8n', role: 'n8n_user' },
      { service: 'planner-api', database: 'bestviable_erp', role: 'erp_user' },
      { service: 'memory-gateway', database: 'bestviable_erp', role: 'erp_user' },
      { service: 'open-webui', database: 'openwebui', role: 'openwebui_user' },
    ],
  },
};

export const NETWORKS = `networks:
  backend:
    name: backend
`;

/**
 * core-infra/docker-compose.yml: postgres (image at 3:12, init mount at 10:9) and valkey.
 * `postgresImage` and extra lines after the environment let cases vary it.
 */
export function coreInfraCompose(options: { postgresImage?: string; postgresUser?: string; extraEnv?: string } = {}): string {
  return `services:
  postgres:
    image: ${options.postgresImage ?? 'postgres:16-alpine'}
    container_name: postgres
    environment:
      POSTGRES_USER: ${options.postgresUser ?? 'postgres'}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}${options.extraEnv ?? ''}
    volumes:
      - postgres_data:/var/lib/postgresql/data
      - ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro
    networks: [backend]
  valkey:
    image: valkey/valkey:8-alpine
    networks: [backend]
volumes:
  postgres_data:
${NETWORKS}`;
}

export function coreInfra(initScripts: TreeSpec = { '01-create-databases.sh': FIXED_INIT_SH }, compose = coreInfraCompose()): TreeSpec {
  return { 'docker-compose.yml': compose, postgres: { 'init-scripts': initScripts } };
}

/** automation/docker-compose.yml: n8n (list form); its DB_POSTGRESDB_USER value is at 8:28. */
export function n8nCompose(user = 'n8n_user', database = 'n8n'): string {
  return `services:
  n8n:
    image: n8nio/n8n:1.70.3
    environment:
      - DB_TYPE=postgresdb
      - DB_POSTGRESDB_HOST=postgres
      - DB_POSTGRESDB_DATABASE=${database}
      - DB_POSTGRESDB_USER=${user}
      - DB_POSTGRESDB_PASSWORD=\${N8N_DB_PASSWORD}
    networks: [backend]
${NETWORKS}`;
}

/**
 * memory-orchestration/docker-compose.yml: planner-api (DB_* map form: DB_USER value at 8:16,
 * DB_HOST at 6:16, DB_NAME at 7:16) and memory-gateway (DATABASE_URL: user at 13:34).
 */
export function memoryCompose(planner = { user: 'erp_user', database: 'bestviable_erp', host: 'postgres' }, gatewayUser = 'erp_user', extra = ''): string {
  return `services:
  planner-api:
    build: ./planner-api
    environment:
      DB_PASSWORD: \${ERP_DB_PASSWORD}
      DB_HOST: ${planner.host}
      DB_NAME: ${planner.database}
      DB_USER: ${planner.user}
    networks: [backend]
  memory-gateway:
    build: ./memory-gateway
    environment:
      DATABASE_URL: postgresql://${gatewayUser}:\${ERP_DB_PASSWORD}@postgres:5432/bestviable_erp
    networks: [backend]
${extra}${NETWORKS}`;
}

export function memoryOrchestration(compose = memoryCompose()): TreeSpec {
  return {
    'docker-compose.yml': compose,
    'planner-api': { Dockerfile: 'FROM python:3.12-slim\n' },
    'memory-gateway': { Dockerfile: 'FROM python:3.12-slim\n' },
  };
}

/** interfaces/docker-compose.yml: open-webui with DATABASE_URL (user at 6:34). */
export function interfacesCompose(user = 'openwebui_user', database = 'openwebui'): string {
  return `services:
  open-webui:
    image: ghcr.io/open-webui/open-webui:0.4.8
    environment:
      WEBUI_SECRET_KEY: \${WEBUI_SECRET_KEY}
      DATABASE_URL: postgresql://${user}:\${OPENWEBUI_DB_PASSWORD}@postgres:5432/${database}
    networks: [backend]
${NETWORKS}`;
}

/** The seed's recommended database layout, correct: silent for every Database rule. */
export function recommendedTree(initScripts?: TreeSpec): TreeSpec {
  return {
    services: {
      'core-infra': coreInfra(initScripts),
      automation: { 'docker-compose.yml': n8nCompose() },
      'memory-orchestration': memoryOrchestration(),
      interfaces: { 'docker-compose.yml': interfacesCompose() },
    },
  };
}
