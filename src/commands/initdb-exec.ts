// --initdb-exec [local|docker]: the notes it prints on stderr (the flag itself is in the option
// table, src/cli/options.ts).
import type { LintResult } from '../engine/types';

/** What --initdb-exec did, for stderr: the server used, the time, and a version mismatch with the image. */
export function initdbExecNotes(results: readonly LintResult[]): string[] {
  const notes: string[] = [];
  for (const result of results) {
    const exec = result.model?.database.exec;
    if (!exec) continue;
    const where = exec.mode === 'docker' ? `in ${exec.image}` : `on a local PostgreSQL ${exec.serverVersion}`;
    notes.push(`svclint: --initdb-exec ran the init scripts ${where} in ${Math.round(exec.millis)} ms`);
    if (exec.mode === 'local' && exec.imageVersion !== null && exec.imageVersion !== exec.serverVersion) {
      notes.push(
        `svclint: warning: the compose file runs ${exec.image} (PostgreSQL ${exec.imageVersion}) but the local server is PostgreSQL ${exec.serverVersion}: results can differ where the versions do (e.g. role membership options, 16+); use --initdb-exec docker or a matching PG_BIN`,
      );
    }
  }
  return notes;
}
