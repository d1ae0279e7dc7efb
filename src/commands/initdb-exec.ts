// --initdb-exec [local|docker]: the flag (its value is optional, so it is taken out of the
// arguments before they are parsed) and the notes it prints on stderr.
import { UsageError } from '../errors';
import type { LintResult } from '../types';

export type InitdbExecMode = 'local' | 'docker';

/** Removes `--initdb-exec`, `--initdb-exec local|docker` and `--initdb-exec=MODE` from argv. */
export function takeInitdbExec(argv: readonly string[]): { argv: string[]; mode: InitdbExecMode | null } {
  const rest: string[] = [];
  let mode: InitdbExecMode | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--initdb-exec') {
      const next = argv[i + 1];
      mode = next === 'local' || next === 'docker' ? next : 'local';
      if (next === 'local' || next === 'docker') i++;
      continue;
    }
    if (arg.startsWith('--initdb-exec=')) {
      const value = arg.slice('--initdb-exec='.length);
      if (value !== 'local' && value !== 'docker') throw new UsageError(`--initdb-exec: unknown mode '${value}' (choose local or docker)`);
      mode = value;
      continue;
    }
    rest.push(arg);
  }
  return { argv: rest, mode };
}

/** What --initdb-exec did, for stderr: the server used, the time, and a version mismatch with the image. */
export function initdbExecNotes(results: readonly LintResult[]): string[] {
  const notes: string[] = [];
  for (const result of results) {
    const exec = result.model?.database.exec;
    if (!exec) continue;
    const where = exec.mode === 'docker' ? `in ${exec.image}` : `on a local PostgreSQL ${exec.serverVersion}`;
    notes.push(`svclint: --initdb-exec ran the init scripts ${where} in ${Math.round(exec.millis)} ms`);
    if (exec.mode === 'local' && exec.imageVersion !== null && exec.imageVersion !== exec.serverVersion) {
      notes.push(`svclint: warning: the compose file runs ${exec.image} (PostgreSQL ${exec.imageVersion}) but the local server is PostgreSQL ${exec.serverVersion}: results can differ where the versions do (e.g. role membership options, 16+); use --initdb-exec docker or a matching PG_BIN`);
    }
  }
  return notes;
}
