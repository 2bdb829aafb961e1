// Runs the BUILT command (`node bin/asso.js`) as a user would, a few processes at a time (the
// machine has 2 cores and start-up is mostly CPU).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'asso.js');

export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/**
 * The locale every test runs the command in: no English LANG, so messages are in French, the
 * default (SPEC "Messages"); a test of English messages passes `--lang en` or its own LANG.
 */
export const FRENCH_DEFAULT: Readonly<Record<string, string | undefined>> = {
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  LC_MESSAGES: undefined,
};

const PARALLEL = 3;
let running = 0;
const waiting: (() => void)[] = [];

export async function runAsso(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<Run> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [BIN, ...args],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            ...FRENCH_DEFAULT,
            NO_COLOR: '1',
            ASSO_LEDGER: undefined,
            FORCE_COLOR: undefined,
            ...env,
          },
          maxBuffer: 64 * 1024 * 1024,
          encoding: 'utf8',
        },
        (error, stdout, stderr) =>
          resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : null) : 0 }),
      );
    });
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** A stack frame or a crash report: never shown to a user. */
export const STACK = /^\s+at\s|internal error|erreur interne/m;
