// What a command may touch of the world besides the ledger's files: the environment, the working
// folder, the three standard streams and whether they are terminals. main.ts hands in the
// process's; tests hand in their own and run the command line in-process (runCli).
import type { Readable } from 'node:stream';
import { isTerminal, standardOutput } from './fd-output.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface Output {
  write(text: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
}

export interface Io {
  readonly env: Environment;
  readonly cwd: string;
  readonly stdin: Readable & { readonly isTTY?: boolean };
  /** Whether stdin is a terminal, where questions may be asked (else stdin.isTTY): known without making stdin's stream. */
  readonly stdinIsTTY?: boolean;
  readonly stdout: Output;
  readonly stderr: Output;
}

/** The running process's environment, folder and streams; each stream is made on first use (a
 * stream costs a few milliseconds that most commands would pay for nothing), and standard output
 * is written straight to its file descriptor when it is a pipe or a file (fd-output.ts). A reader
 * that stops early (`asso journal | head`) is not an error: the process ends with its exit code. */
export function processIo(): Io {
  let stdout: Output | undefined;
  let stderr: Output | undefined;
  return {
    env: process.env,
    cwd: workingFolder(),
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return isTerminal(0);
    },
    get stdout() {
      return (stdout ??= standardOutput(1, () => process.exit(process.exitCode ?? 0)));
    },
    get stderr() {
      // A reader of the problems that went away: the command goes on, its exit code says the rest.
      return (stderr ??= standardOutput(2, () => {}));
    },
  };
}

/** The current folder; '' when it cannot be had (removed, or deeper than the system can name): said by parseGlobalOptions when it is needed. */
function workingFolder(): string {
  try {
    return process.cwd();
  } catch (thrown) {
    return (thrown as NodeJS.ErrnoException).code === 'ENOENT' ? '' : '\0';
  }
}

/** Whether questions may be asked on `io`'s stdin: a terminal. */
export function interactive(io: Io): boolean {
  return io.stdinIsTTY ?? !!io.stdin.isTTY;
}
