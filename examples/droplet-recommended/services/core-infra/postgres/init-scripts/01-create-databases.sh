#!/usr/bin/env bash
# One database and one login role per service, as in the allocation table
# (svclint.config.yaml). The postgres image runs this once, on the first start
# with an empty data volume. It is a .sh script, not .sql, because the image
# does not interpolate ${VAR} in .sql files: here the shell expands the
# passwords from the container's environment (core-infra/.env).
set -eu

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<EOSQL
CREATE ROLE n8n_user WITH LOGIN PASSWORD '${N8N_DB_PASSWORD}';
CREATE ROLE erp_user WITH LOGIN PASSWORD '${ERP_DB_PASSWORD}';
CREATE ROLE openwebui_user WITH LOGIN PASSWORD '${OPENWEBUI_DB_PASSWORD}';

CREATE DATABASE n8n OWNER n8n_user;
CREATE DATABASE bestviable_erp OWNER erp_user;
CREATE DATABASE openwebui OWNER openwebui_user;

-- Every role may connect to a new database until PUBLIC loses CONNECT.
REVOKE ALL ON DATABASE n8n FROM PUBLIC;
REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;
REVOKE ALL ON DATABASE openwebui FROM PUBLIC;

GRANT ALL PRIVILEGES ON DATABASE n8n TO n8n_user;
GRANT ALL PRIVILEGES ON DATABASE bestviable_erp TO erp_user;
GRANT ALL PRIVILEGES ON DATABASE openwebui TO openwebui_user;
EOSQL
