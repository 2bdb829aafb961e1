// Standard output and error as asso writes them when they are pipes or files: straight to the file
// descriptor. Node's process.stdout for a pipe is a net.Socket, for a file a stream: making one
// loads the stream, net and tty modules, some 5 ms that a command on a treasurer's books would
// otherwise spend on nothing. /dev/null is written the same way; any other character device (a
// terminal) keeps Node's stream, which knows its width and colours.
import { fstatSync, type Stats, statSync, writeSync } from 'node:fs';
import type { Output } from './io.js';

/** process.stdout (fd 1) or process.stderr (fd 2), or a writer on the descriptor when it is a pipe or a regular file. */
export function standardOutput(fd: 1 | 2, onClosed: () => void): Output {
  let isFileOrPipe = false;
  try {
    const stat = fstatSync(fd);
    isFileOrPipe = stat.isFIFO() || stat.isFile() || stat.isSocket() || isNull(stat);
  } catch {}
  if (isFileOrPipe) return fdOutput(fd, onClosed);
  const stream = fd === 1 ? process.stdout : process.stderr;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') onClosed();
    else throw error;
  });
  return stream;
}

/** Whether `fd` is a terminal: a character device other than /dev/null (without loading node:tty, which loads net). */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isCharacterDevice() && !isNull(stat);
  } catch {
    return false;
  }
}

/** Whether `stat` is /dev/null's (a character device like a terminal, but one that is never drawn on). */
function isNull(stat: Stats): boolean {
  if (!stat.isCharacterDevice()) return false;
  const nul = statSync('/dev/null', { throwIfNoEntry: false });
  return nul !== undefined && nul.rdev === stat.rdev;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

let scratch: Buffer | undefined;

/**
 * `text` in UTF-8, in a buffer kept from one write to the next (every byte is written before
 * `write` returns). Three bytes a UTF-16 unit always hold it (a pair of surrogates takes four), so
 * it is encoded at once, without Buffer.from's first pass counting its bytes: a long listing writes
 * megabytes.
 */
function utf8(text: string): Buffer {
  const room = text.length * 3;
  if (!scratch || scratch.length < room) scratch = Buffer.allocUnsafe(Math.max(room, 1 << 18));
  return scratch.subarray(0, scratch.write(text, 0, 'utf8'));
}

/**
 * A writer on `fd` that writes everything before it returns: a pipe left non-blocking by the
 * process that made it (EAGAIN) is waited for a millisecond at a time; a reader that went away
 * (EPIPE: `asso journal | head`) calls `onClosed` and nothing more is written.
 */
export function fdOutput(fd: number, onClosed: () => void): Output {
  let closed = false;
  return {
    isTTY: false,
    write(text: string | Uint8Array): boolean {
      if (closed) return false;
      const bytes = typeof text === 'string' ? utf8(text) : text;
      let at = 0;
      while (at < bytes.length) {
        try {
          at += writeSync(fd, bytes, at, bytes.length - at);
        } catch (thrown) {
          const code = (thrown as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
          else if (code === 'EPIPE') {
            closed = true;
            onClosed();
            return false;
          } else throw thrown;
        }
      }
      return true;
    },
  };
}
