// Every file asso writes goes through here. A regular file is replaced atomically: the content goes
// into a temporary file created exclusively (O_EXCL: never through a link someone planted) under an
// unpredictable name in the target's own folder, is fsynced, takes the old file's mode and owner,
// and is renamed over the target; the folder is fsynced so the rename survives a crash. A symbolic
// link is never replaced: its target is written, atomically. Devices, FIFOs and sockets (/dev/null,
// `-o >(cmd)`) are written straight into. A read-only target is refused. Temporary files left by
// an interrupted run (their process is gone) are removed.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeMessages } from '../messages/write.js';
import { text, type Text } from '../messages/text.js';

/** A file that could not be written: `text` says why, of the file asked for (never of a temporary one). */
export class WriteError extends Error {
  readonly code: string;
  readonly path: string;
  readonly text: Text;
  constructor(path: string, code: string, text: Text, cause?: unknown) {
    super(text.en, { cause });
    this.code = code;
    this.path = path;
    this.text = text;
  }
}

const TEMPORARY = /^\.(.+)\.(\d+)-[0-9a-f]{16}\.tmp$/;
const OLD_TEMPORARY = /^\.(.+)\.(\d+)\.tmp$/;

/** The temporary name of `file` for this process: unpredictable (64 random bits), in the same folder. */
export function temporaryNameOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomHex(8)}.tmp`);
}

/**
 * `count` random bytes in hex, from the system's generator: /dev/urandom where there is one (no
 * need to load node:crypto, milliseconds at a command's start, to name a file), else node:crypto.
 */
export function randomHex(count: number): string {
  const bytes = Buffer.alloc(count);
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    if (readSync(fd, bytes, 0, count, null) === count) return bytes.toString('hex');
  } catch {
    // No /dev/urandom (Windows): node:crypto's generator.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return randomBytes(count).toString('hex');
}

export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (thrown) {
    return (thrown as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of `file` that a run now gone left behind (killed mid-write). */
export function removeLeftovers(file: string): void {
  const folder = dirname(file);
  const name = basename(file);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const candidate of names) {
    const match = TEMPORARY.exec(candidate) ?? OLD_TEMPORARY.exec(candidate);
    if (!match || match[1] !== name) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isRunning(pid)) continue;
    rmSync(join(folder, candidate), { force: true });
  }
}

function fail(file: string, thrown: unknown): never {
  if (thrown instanceof WriteError) throw thrown;
  const cause = thrown as NodeJS.ErrnoException;
  const code = cause.code ?? 'EIO';
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? writeMessages.folderMissing()
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? writeMessages.permissionDenied()
        : code === 'EISDIR'
          ? writeMessages.isFolder()
          : code === 'ELOOP'
            ? writeMessages.symlinkLoop()
            : text(cause.message, cause.message);
  throw new WriteError(file, code, writeMessages.cannotWrite(reason), cause);
}

function statOrUndefined(stat: (path: string) => Stats, path: string): Stats | undefined {
  try {
    return stat(path);
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw thrown;
  }
}

/** Where writing `file` really goes: a symbolic link is followed to the file it names (which may not exist yet). */
function realTarget(file: string): { path: string; stats?: Stats } {
  let path = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    const link = statOrUndefined(lstatSync, path);
    if (!link?.isSymbolicLink()) return { path, stats: link };
    const followed = statOrUndefined(statSync, path);
    // A link to a pipe or a device (/dev/fd/63 → pipe:[…]) is written straight into, through the link.
    if (followed && !followed.isFile() && !followed.isDirectory()) return { path, stats: followed };
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot sync a folder: the rename is then as durable as they make it.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `content` to `file` safely (see the head of this file); throws a WriteError. A new file
 * gets `mode` (less the umask); a file replaced keeps its own.
 */
export function writeFileSafely(file: string, content: string | Uint8Array, mode = 0o666): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let temporary: string | undefined;
  try {
    const { path, stats } = realTarget(file);
    if (stats?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (stats && !stats.isFile()) {
      // A device, a FIFO, a socket: written into, never replaced.
      const fd = openSync(path, 'w');
      try {
        writeAll(fd, bytes);
      } finally {
        closeSync(fd);
      }
      return;
    }
    if (stats && (stats.mode & 0o222) === 0) throw new WriteError(file, 'EACCES', writeMessages.readOnly());
    removeLeftovers(path);
    temporary = temporaryNameOf(path);
    const fd = openSync(temporary, 'wx', stats ? stats.mode & 0o7777 : mode);
    try {
      writeAll(fd, bytes);
      if (stats) {
        if (
          typeof process.getuid === 'function' &&
          (stats.uid !== process.getuid() || stats.gid !== process.getgid?.())
        )
          try {
            chownSync(temporary, stats.uid, stats.gid);
          } catch {
            // Only root can give a file away: a user's own file keeps its owner anyway.
          }
        chmodSync(temporary, stats.mode & 0o7777);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    temporary = undefined;
    syncFolder(dirname(path));
  } catch (thrown) {
    if (temporary) rmSync(temporary, { force: true });
    fail(file, thrown);
  }
}
