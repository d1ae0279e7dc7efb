import { defineRule } from '../support';
import { sqlIdent } from './support';

/** The cluster's own databases: `postgres` (the default login target) and the templates. */
const MAINTENANCE = new Set(['postgres', 'template0', 'template1']);

export default defineRule(
  {
    id: 'initdb-public-connect',
    group: 'database',
    severity: 'error',
    description: 'A database created without REVOKE ALL (or CONNECT) ON DATABASE … FROM PUBLIC: every role can connect to it by default',
    rationale: 'Postgres grants CONNECT on a new database to PUBLIC; the seed\'s "Role isolation (prevent cross-service access)" holds only once it is revoked.',
  },
  ({ model, report }) => {
    const matrix = model.database.matrix;
    if (!matrix) return;
    for (const database of matrix.databases) {
      if (!database.created || !database.createdAt) continue;
      if (MAINTENANCE.has(database.name)) continue; // every cluster has these open to PUBLIC by design
      const answer = matrix.publicConnect(database.name);
      if (!answer.allowed) continue;
      const reopened = answer.changedAt !== null;
      report({
        loc: reopened ? answer.changedAt : database.createdAt,
        message: reopened
          ? `GRANT … TO PUBLIC on database '${database.name}' lets every role connect to it.`
          : `Database '${database.name}' is created without revoking PUBLIC's CONNECT: every role can connect to it.`,
        fix: reopened
          ? `Remove this GRANT and grant CONNECT to the database's own role only.`
          : `Add after it: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;`,
      });
    }
  },
);
