-- core-infra/postgres/init-scripts/01-create-databases.sh
CREATE DATABASE n8n;
CREATE DATABASE bestviable_erp;
CREATE DATABASE openwebui;
CREATE DATABASE tooljet;

-- Role isolation (prevent cross-service access)
CREATE USER n8n_user WITH PASSWORD '${N8N_DB_PASSWORD}';
CREATE USER erp_user WITH PASSWORD '${ERP_DB_PASSWORD}';
CREATE USER openwebui_user WITH PASSWORD '${OPENWEBUI_DB_PASSWORD}';

GRANT ALL PRIVILEGES ON DATABASE n8n TO n8n_user;
GRANT ALL PRIVILEGES ON DATABASE bestviable_erp TO erp_user;
GRANT ALL PRIVILEGES ON DATABASE openwebui TO openwebui_user;
