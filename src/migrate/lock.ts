// One migration run at a time per tree: `.svclint/migration.lock` holds the running process's id.
// A lock whose process is gone (killed) is taken over.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { JOURNAL_DIR } from './journal';

export function acquireLock(scope: string): () => void {
  const file = path.join(scope, JOURNAL_DIR, 'migration.lock');
  const created = !existsSync(path.dirname(file));
  mkdirSync(path.dirname(file), { recursive: true });
  const release = () => {
    rmSync(file, { force: true });
    if (!created) return;
    try {
      rmdirSync(path.dirname(file)); // only when nothing else was written there
    } catch {
      // the journal lives there now
    }
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new UsageError(`another svclint migrate (process ${pid}) is running on this tree (${path.join(JOURNAL_DIR, 'migration.lock')})`);
      }
      rmSync(file, { force: true }); // left by a run that was killed
    }
  }
  throw new UsageError(`cannot take ${path.join(JOURNAL_DIR, 'migration.lock')}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
