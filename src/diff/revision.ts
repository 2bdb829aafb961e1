// A ledger folder as it was at a git revision, copied into a temporary folder with `git show`
// (no work tree is touched). Git is asked, never parsed beyond its plain outputs.
import { writeFileSafely } from '../write/file.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export class RevisionError extends Error {}

function git(cwd: string, args: readonly string[]): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

/** Copies `ledger` (a folder inside a git work tree) as it was at `revision`; returns the copy's path. */
export function ledgerAtRevision(ledger: string, revision: string): string {
  let top: string;
  try {
    top = git(resolve(ledger), ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    throw new RevisionError(code === 'ENOENT' ? 'git' : 'repository');
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  } catch {
    throw new RevisionError('revision');
  }
  const prefix = relative(top, resolve(ledger)).split('\\').join('/');
  const files = git(top, ['ls-tree', '-r', '-z', '--name-only', revision, '--', prefix || '.'])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const copy = mkdtempSync(join(tmpdir(), 'asso-diff-'));
  for (const file of files) {
    const inLedger = prefix ? file.slice(prefix.length + 1) : file;
    const target = join(copy, inLedger);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSafely(target, git(top, ['show', `${revision}:${file}`]));
  }
  return copy;
}
