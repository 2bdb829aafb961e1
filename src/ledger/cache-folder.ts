// The folder the scan's results are kept in between runs (scan-cache.ts): ASSO_CACHE_DIR, else
// $XDG_CACHE_HOME/asso-ledger, else ~/.cache/asso-ledger, else (Windows, without HOME)
// %LOCALAPPDATA%\asso-ledger\cache; none with ASSO_CACHE=off. One file per
// ledger folder, written atomically; the oldest go when there are more than MAX_FILES. A result
// decides what the statements say: a folder or a file that another user owns, or that others may
// write to, is neither read nor written (someone else could plant results there).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { writeFileSafely } from '../write/file.js';
import type { Environment } from './open.js';
import type { ScanStore } from './scan-cache.js';

const MAX_FILES = 64;
const SUFFIX = '.scan';

/** The folder results are kept in, by the environment; undefined when they are not kept. */
export function cacheFolderOf(env: Environment): string | undefined {
  if (/^(off|0|no|false)$/i.test(env.ASSO_CACHE ?? '')) return undefined;
  const absolute = (path: string | undefined): string | undefined => (path && isAbsolute(path) ? path : undefined);
  const own = absolute(env.ASSO_CACHE_DIR);
  if (own) return own;
  const xdg = absolute(env.XDG_CACHE_HOME);
  if (xdg) return join(xdg, 'asso-ledger');
  const home = absolute(env.HOME);
  if (home) return join(home, '.cache', 'asso-ledger');
  const local = absolute(env.LOCALAPPDATA);
  return local ? join(local, 'asso-ledger', 'cache') : undefined;
}

/** The store of the folder `cacheFolderOf(env)` names, for `build`; undefined when results are not kept. */
export function cacheStore(env: Environment, build: string | undefined): ScanStore | undefined {
  const folder = cacheFolderOf(env);
  if (build === undefined || folder === undefined) return undefined;
  return {
    build,
    read: (name) => {
      const file = join(folder, name + SUFFIX);
      try {
        return isOwn(folder) && isOwn(file) ? readFileSync(file) : undefined;
      } catch {
        return undefined;
      }
    },
    write: (name, bytes) => {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      if (!isOwn(folder)) return;
      writeFileSafely(join(folder, name + SUFFIX), bytes, 0o600);
      prune(folder);
    },
  };
}

/** Whether `path` is this user's and only this user may write to it (always, where there are no users' ids). */
export function isOwn(path: string): boolean {
  const stats = statSync(path);
  return typeof process.getuid !== 'function' || (stats.uid === process.getuid() && (stats.mode & 0o022) === 0);
}

/** Removes the least recently written results beyond MAX_FILES. */
function prune(folder: string): void {
  const names = readdirSync(folder).filter((name) => name.endsWith(SUFFIX));
  if (names.length <= MAX_FILES) return;
  const dated = names.map((name) => ({
    name,
    at: statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0,
  }));
  dated.sort((a, b) => a.at - b.at);
  for (const { name } of dated.slice(0, names.length - MAX_FILES)) rmSync(join(folder, name), { force: true });
}
