import { defineRule, pathValue, textValue, type MessageValue, type PathValue } from '../../src/api';
import { sqlIdent } from './support';

export default defineRule({
  meta: {
    id: 'initdb-missing',
    group: 'database',
    severity: 'error',
    description: 'An allocated database or role that the init scripts (mounted at /docker-entrypoint-initdb.d) never create',
    rationale: 'The seed: "Databases created via init script" — each allocated database and role must exist when the shared Postgres first starts.',
    messages: {
      stops: 'Init script {{verb}}: {{error}}. The image stops at the first error: nothing after it runs, so what follows is never created.',
      fixStatement: 'Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it, or use svclint --initdb-exec).',
      scriptError: 'Init script error: {{error}}. The image stops at the first error, so nothing after it is created.',
      fixScriptError: 'Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it).',
      uncommitted: 'BEGIN without COMMIT: {{error}}, so none of it is created.',
      addCommit: 'Add COMMIT; after the statements of this transaction.',
      missingRole: "Role '{{role}}' (allocated to {{service}}) {{absent}}.",
      createRole: "{{verb}} {{into}}: CREATE ROLE {{sqlRole}} WITH LOGIN PASSWORD '…';",
      noLogin: "Role '{{role}}' (allocated to {{service}}) is created without LOGIN, so the service cannot log in with it.",
      addLogin: 'Write CREATE ROLE {{sqlRole}} WITH LOGIN … (or add ALTER ROLE {{sqlRole}} LOGIN;).',
      missingDatabase: "Database '{{database}}' (allocated to {{service}}) {{absent}}.",
      createDatabase: '{{verb}} {{into}}: CREATE DATABASE {{sqlDatabase}} OWNER {{sqlRole}}; REVOKE ALL ON DATABASE {{sqlDatabase}} FROM PUBLIC;',
    },
  },
  check({ model, report }) {
    const { shared, matrix } = model.database;
    if (!shared || !matrix) return;
    const scripts = model.database.initScripts.filter((s) => s.postgres === shared);
    const mounts = model.database.initMounts.filter((m) => m.postgres === shared);
    // The error that stops the entrypoint (psql runs with ON_ERROR_STOP, the entrypoint with set -e):
    // nothing after it runs. Syntax errors are reported wherever they are.
    const reported = new Set<string>();
    const at = (loc: { file: string; line: number; column: number }) => `${loc.file}:${loc.line}:${loc.column}`;
    if (matrix.stop) {
      reported.add(at(matrix.stop.loc));
      report({
        loc: matrix.stop.loc,
        messageId: 'stops',
        fixId: 'fixStatement',
        data: { verb: matrix.source === 'server' ? 'fails on a real server (--initdb-exec)' : 'fails', error: matrix.stop.message },
      });
    }
    for (const { script } of scripts) {
      // Most scripts have no error: their steps (one per statement, thousands) need no pass.
      if (script.kind === 'ignored' || script.kind === 'unsupported' || script.errors.length === 0) continue;
      // psql stops at the first error of a run: the ones after it (often the same broken
      // construct, split at `;`) never reach the server. Errors outside SQL (shell, unreadable) too.
      const inRuns = new Set(script.runs.flatMap((run) => run.steps.filter((s) => s.kind === 'syntax-error').map((s) => at(s.loc))));
      const firsts = new Set(
        script.runs
          .map((run) => run.steps.find((s) => s.kind === 'syntax-error'))
          .filter((s) => s !== undefined)
          .map((s) => at(s.loc)),
      );
      for (const error of script.errors) {
        if (reported.has(at(error.loc)) || (inRuns.has(at(error.loc)) && !firsts.has(at(error.loc)))) continue;
        reported.add(at(error.loc));
        report({ loc: error.loc, messageId: 'scriptError', fixId: 'fixScriptError', data: { error: error.message } });
      }
    }
    for (const lost of matrix.lost) report({ loc: lost.loc, messageId: 'uncommitted', fixId: 'addCommit', data: { error: lost.message } });
    const allocations = model.policy.database.allocations;
    if (allocations.length === 0) return;
    // What svclint cannot evaluate (dynamic SQL, unknown names, unreadable scripts) is
    // initdb-unevaluated's to report: stay silent rather than guess what was created.
    const unknowable = matrix.unevaluated.length > 0 || mounts.some((m) => m.kind === 'volume');
    if (unknowable) return;
    const mount = mounts.find((m) => m.files.length > 0) ?? mounts[0] ?? null;
    const loc = mount?.loc ?? shared.loc;
    const firstScript = scripts[0]?.file;
    // db-audit: the catalog of a live server, not init scripts.
    const audit = model.database.audit !== undefined;
    const into: MessageValue = audit
      ? 'on the server'
      : firstScript
        ? textValue("to '", pathValue(firstScript), "'")
        : "to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'";
    const skipped: (string | PathValue)[] = [];
    mounts.flatMap((m) => m.skippedDirs).forEach((d, i) => skipped.push(...(i > 0 ? [', '] : []), pathValue(d)));
    const absent: MessageValue = audit
      ? 'does not exist on the server'
      : skipped.length > 0
        ? textValue("is never created by the shared Postgres's init scripts (the image does not run scripts inside sub-directories: ", ...skipped, ')')
        : "is never created by the shared Postgres's init scripts";
    const verb = audit ? 'Run' : 'Add';
    const seenDb = new Set<string>();
    const seenRole = new Set<string>();
    const createdRoles = new Map(matrix.roles.filter((r) => r.created).map((r) => [r.name, r]));
    const createdDatabases = new Set(matrix.databases.filter((d) => d.created).map((d) => d.name));
    for (const entry of allocations) {
      if (!seenRole.has(entry.role)) {
        seenRole.add(entry.role);
        const role = createdRoles.get(entry.role);
        if (!role) {
          report({
            loc,
            path: shared.stack.file,
            messageId: 'missingRole',
            fixId: 'createRole',
            data: { role: entry.role, service: entry.service, absent, verb, into, sqlRole: sqlIdent(entry.role) },
          });
        } else if (!role.login && !role.superuser) {
          report({
            loc: role.createdAt ?? loc,
            messageId: 'noLogin',
            fixId: 'addLogin',
            data: { role: entry.role, service: entry.service, sqlRole: sqlIdent(entry.role) },
          });
        }
      }
      if (!seenDb.has(entry.database)) {
        seenDb.add(entry.database);
        if (!createdDatabases.has(entry.database)) {
          report({
            loc,
            path: shared.stack.file,
            messageId: 'missingDatabase',
            fixId: 'createDatabase',
            data: {
              database: entry.database,
              service: entry.service,
              absent,
              verb,
              into,
              sqlDatabase: sqlIdent(entry.database),
              sqlRole: sqlIdent(entry.role),
            },
          });
        }
      }
    }
  },
});
