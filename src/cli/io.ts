// What a command may touch of the world besides the ledger's files: the environment, the working
// folder, the three standard streams and whether they are terminals. main.ts hands in the
// process's; tests hand in their own and run the command line in-process (runCli).
import type { Readable } from 'node:stream';

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
  readonly stdout: Output;
  readonly stderr: Output;
}

/** The running process's environment, folder and streams. */
export function processIo(): Io {
  return {
    env: process.env,
    cwd: workingFolder(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
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
