// The ledger lock: a command that writes into the ledger holds locks/.lock for its whole run (read,
// decide, write), so that two `close` (or `reverse`, `import`…) at once cannot both succeed. The
// lock file is created exclusively and holds the pid; a lock whose process is gone (killed) is
// stale and taken over.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeMessages } from '../messages/write.js';
import { isRunning, WriteError } from './file.js';

export const lockFileOf = (dir: string): string => join(dir, 'locks', '.lock');

function holderOf(lock: string): number {
  try {
    return Number.parseInt(readFileSync(lock, 'utf8').trim(), 10);
  } catch {
    return Number.NaN;
  }
}

/** Takes the lock of the ledger in `dir`; returns the function that releases it. Throws a WriteError when another live process holds it. */
export function lockLedger(dir: string): () => void {
  const folder = join(dir, 'locks');
  const created = !existsSync(folder);
  mkdirSync(folder, { recursive: true });
  const lock = lockFileOf(dir);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'EEXIST') throw thrown;
      const holder = holderOf(lock);
      // A lock being written holds no pid yet: only a readable, dead pid is stale.
      if (attempt < 3 && Number.isInteger(holder) && !isRunning(holder)) {
        rmSync(lock, { force: true });
        continue;
      }
      throw new WriteError(lock, 'ELOCKED', writeMessages.locked(lock, holder));
    }
  }
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (holderOf(lock) === process.pid) rmSync(lock, { force: true });
    if (created)
      try {
        rmdirSync(folder);
      } catch {
        // Not empty: the command wrote a seal there.
      }
  };
  process.once('exit', release);
  return release;
}

/** Runs `work` holding the ledger lock of `dir`. */
export async function withLedgerLock<T>(dir: string, work: () => T | Promise<T>): Promise<T> {
  const release = lockLedger(dir);
  try {
    return await work();
  } finally {
    release();
  }
}
