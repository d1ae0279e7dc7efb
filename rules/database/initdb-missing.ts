import path from 'node:path';
import { defineRule, where } from '../support';
import { sqlIdent } from './support';

export default defineRule(
  {
    id: 'initdb-missing',
    group: 'database',
    severity: 'error',
    description: 'An allocated database or role that the init scripts (mounted at /docker-entrypoint-initdb.d) never create',
    rationale: 'The seed: "Databases created via init script" — each allocated database and role must exist when the shared Postgres first starts.',
  },
  ({ model, report }) => {
    const { shared, matrix } = model.database;
    if (!shared || !matrix) return;
    const scripts = model.database.initScripts.filter((s) => s.postgres === shared);
    const mounts = model.database.initMounts.filter((m) => m.postgres === shared);
    // The error that stops the entrypoint (psql runs with ON_ERROR_STOP, the entrypoint with set -e):
    // nothing after it runs. Syntax errors are reported wherever they are.
    const reported = new Set<string>();
    const at = (loc: { file: string; line: number; column: number }) => `${loc.file}:${loc.line}:${loc.column}`;
    const verb = matrix.source === 'server' ? 'fails on a real server (--initdb-exec)' : 'fails';
    if (matrix.stop) {
      reported.add(at(matrix.stop.loc));
      report({
        loc: matrix.stop.loc,
        message: `Init script ${verb}: ${matrix.stop.message}. The image stops at the first error: nothing after it runs, so what follows is never created.`,
        fix: 'Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it, or use svclint --initdb-exec).',
      });
    }
    for (const { script } of scripts) {
      if (script.kind === 'ignored' || script.kind === 'unsupported') continue;
      // psql stops at the first error of a run: the ones after it (often the same broken
      // construct, split at `;`) never reach the server. Errors outside SQL (shell, unreadable) too.
      const inRuns = new Set(script.runs.flatMap((run) => run.steps.filter((s) => s.kind === 'syntax-error').map((s) => at(s.loc))));
      const firsts = new Set(script.runs.map((run) => run.steps.find((s) => s.kind === 'syntax-error')).filter((s) => s !== undefined).map((s) => at(s.loc)));
      for (const error of script.errors) {
        if (reported.has(at(error.loc)) || (inRuns.has(at(error.loc)) && !firsts.has(at(error.loc)))) continue;
        reported.add(at(error.loc));
        report({
          loc: error.loc,
          message: `Init script error: ${error.message}. The image stops at the first error, so nothing after it is created.`,
          fix: 'Fix the statement (run the script with psql -v ON_ERROR_STOP=1 against a scratch database to check it).',
        });
      }
    }
    for (const lost of matrix.lost) {
      report({
        loc: lost.loc,
        message: `BEGIN without COMMIT: ${lost.message}, so none of it is created.`,
        fix: 'Add COMMIT; after the statements of this transaction.',
      });
    }
    const allocations = model.policy.database.allocations;
    if (allocations.length === 0) return;
    // What svclint cannot evaluate (dynamic SQL, unknown names, unreadable scripts) is
    // initdb-unevaluated's to report: stay silent rather than guess what was created.
    const unknowable = matrix.unevaluated.length > 0 || mounts.some((m) => m.kind === 'volume');
    if (unknowable) return;
    const mount = mounts.find((m) => m.files.length > 0) ?? mounts[0] ?? null;
    const loc = mount?.loc ?? shared.loc;
    const firstScript = scripts[0]?.file;
    let into = firstScript ? `to '${where(model, null, firstScript)}'` : `to an init script (e.g. ./postgres/init-scripts/01-databases.sql) mounted with '- ./postgres/init-scripts:/docker-entrypoint-initdb.d:ro'`;
    const skipped = mounts.flatMap((m) => m.skippedDirs).map((d) => path.relative(model.cwd, d).split(path.sep).join('/'));
    const skippedNote = skipped.length > 0 ? ` (the image does not run scripts inside sub-directories: ${skipped.join(', ')})` : '';
    // db-audit: the catalog of a live server, not init scripts.
    const audit = model.database.audit !== undefined;
    const absent = audit ? 'does not exist on the server' : `is never created by the shared Postgres's init scripts${skippedNote}`;
    if (audit) into = 'on the server';
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
            message: `Role '${entry.role}' (allocated to ${entry.service}) ${absent}.`,
            fix: `${audit ? 'Run' : 'Add'} ${into}: CREATE ROLE ${sqlIdent(entry.role)} WITH LOGIN PASSWORD '…';`,
          });
        } else if (!role.login && !role.superuser) {
          report({
            loc: role.createdAt ?? loc,
            message: `Role '${entry.role}' (allocated to ${entry.service}) is created without LOGIN, so the service cannot log in with it.`,
            fix: `Write CREATE ROLE ${sqlIdent(entry.role)} WITH LOGIN … (or add ALTER ROLE ${sqlIdent(entry.role)} LOGIN;).`,
          });
        }
      }
      if (!seenDb.has(entry.database)) {
        seenDb.add(entry.database);
        if (!createdDatabases.has(entry.database)) {
          report({
            loc,
            path: shared.stack.file,
            message: `Database '${entry.database}' (allocated to ${entry.service}) ${absent}.`,
            fix: `${audit ? 'Run' : 'Add'} ${into}: CREATE DATABASE ${sqlIdent(entry.database)} OWNER ${sqlIdent(entry.role)}; REVOKE ALL ON DATABASE ${sqlIdent(entry.database)} FROM PUBLIC;`,
          });
        }
      }
    }
  },
);
