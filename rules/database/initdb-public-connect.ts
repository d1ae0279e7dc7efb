import { defineRule } from '../support';
import { envValue } from '../../src/database/model';
import { sqlIdent } from './support';

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
    const postgresDb = model.database.shared ? envValue(model.database.shared, 'POSTGRES_DB') : null;
    for (const database of matrix.databases) {
      // postgres and the templates: every cluster has them open to PUBLIC by design.
      if (!database.created || !database.createdAt) continue;
      const answer = matrix.publicConnect(database.name);
      if (!answer.allowed) continue;
      if (model.database.audit) {
        report({
          loc: database.createdAt,
          message: `Database '${database.name}' is open to PUBLIC: every role can connect to it.`,
          fix: `Run: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC; (then GRANT CONNECT to its own role if it needs one).`,
        });
        continue;
      }
      const reopened = answer.changedAt !== null;
      // The entrypoint creates POSTGRES_DB before any script: the finding sits at the variable.
      const byEntrypoint = database.name === postgresDb;
      report({
        loc: reopened ? answer.changedAt : database.createdAt,
        message: reopened
          ? `GRANT … TO PUBLIC on database '${database.name}' lets every role connect to it.`
          : byEntrypoint
            ? `Database '${database.name}' (POSTGRES_DB, created by the image before the init scripts run) is open to PUBLIC: every role can connect to it.`
            : `Database '${database.name}' is created without revoking PUBLIC's CONNECT: every role can connect to it.`,
        fix: reopened
          ? `Remove this GRANT and grant CONNECT to the database's own role only.`
          : byEntrypoint
            ? `Add to an init script: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;`
            : `Add after it: REVOKE ALL ON DATABASE ${sqlIdent(database.name)} FROM PUBLIC;`,
      });
    }
  },
);
