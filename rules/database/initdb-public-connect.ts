import { defineRule } from '../../src/api';
import { sqlIdent } from './support';

export default defineRule({
  meta: {
    id: 'initdb-public-connect',
    group: 'database',
    severity: 'error',
    description: 'A database created without REVOKE ALL (or CONNECT) ON DATABASE … FROM PUBLIC: every role can connect to it by default',
    rationale:
      'Postgres grants CONNECT on a new database to PUBLIC; the seed\'s "Role isolation (prevent cross-service access)" holds only once it is revoked.',
    messages: {
      openOnServer: "Database '{{database}}' is open to PUBLIC: every role can connect to it.",
      revokeOnServer: 'Run: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC; (then GRANT CONNECT to its own role if it needs one).',
      reopened: "GRANT … TO PUBLIC on database '{{database}}' lets every role connect to it.",
      removeGrant: "Remove this GRANT and grant CONNECT to the database's own role only.",
      byEntrypoint: "Database '{{database}}' (POSTGRES_DB, created by the image before the init scripts run) is open to PUBLIC: every role can connect to it.",
      revokeInScript: 'Add to an init script: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC;',
      notRevoked: "Database '{{database}}' is created without revoking PUBLIC's CONNECT: every role can connect to it.",
      revokeAfter: 'Add after it: REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC;',
    },
  },
  check({ model, report, envValue }) {
    const matrix = model.database.matrix;
    if (!matrix) return;
    const postgresDb = model.database.shared ? envValue(model.database.shared, 'POSTGRES_DB') : null;
    for (const database of matrix.databases) {
      // postgres and the templates: every cluster has them open to PUBLIC by design.
      if (!database.created || !database.createdAt) continue;
      const answer = matrix.publicConnect(database.name);
      if (!answer.allowed) continue;
      const data = { database: database.name, sqlDatabase: sqlIdent(database.name) };
      if (model.database.audit) {
        report({ loc: database.createdAt, messageId: 'openOnServer', fixId: 'revokeOnServer', data });
        continue;
      }
      // The entrypoint creates POSTGRES_DB before any script: the finding sits at the variable.
      if (answer.changedAt !== null) report({ loc: answer.changedAt, messageId: 'reopened', fixId: 'removeGrant', data });
      else if (database.name === postgresDb) report({ loc: database.createdAt, messageId: 'byEntrypoint', fixId: 'revokeInScript', data });
      else report({ loc: database.createdAt, messageId: 'notRevoked', fixId: 'revokeAfter', data });
    }
  },
});
