// The one way tests run the command line, with a pinned environment: LANG and LC_ALL C.UTF-8 (so
// messages are French whatever the machine's locale), NO_COLOR=1, ASSO_CACHE=off, ASSO_LEDGER,
// FORCE_COLOR, CI and SOURCE_DATE_EPOCH unset unless a test gives them (`today` sets SOURCE_DATE_EPOCH).
//   runInProcess: runCli from the sources with captured streams, in this process (golden cases).
//   runBuilt: the BUILT command (`node bin/asso.js`) as a user runs it, a few processes at a time
//   (start-up, exit codes of a real process, stdin that is not a terminal, real file writes).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'asso.js');

/** Streams for a program that is only built and described, never run (docs, the program's commands). */
export const NO_IO: Io = {
  env: {},
  cwd: '',
  stdin: Readable.from([]),
  stdout: { write: () => true },
  stderr: { write: () => true },
};

export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

export interface RunOptions {
  /** Variables added to (or, undefined, removed from) the pinned environment. */
  readonly env?: Record<string, string | undefined>;
  /** The day the command believes it is (YYYY-MM-DD), through SOURCE_DATE_EPOCH. */
  readonly today?: string;
  /** What stdin holds (never a terminal). */
  readonly input?: string;
  /** The working folder (runBuilt only: runInProcess resolves paths against the test's folder, ROOT). */
  readonly cwd?: string;
}

/** The environment every test run starts from. */
export function pinnedEnv(options: RunOptions = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env))
    if (/^(LANG|LANGUAGE|LC_.*|ASSO_.*|NO_COLOR|FORCE_COLOR|CLICOLOR_FORCE|CI|SOURCE_DATE_EPOCH)$/.test(name))
      delete env[name];
  // The built command keeps its scans in a cache folder: off, unless a test turns it on (each run scans).
  Object.assign(env, { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1', ASSO_CACHE: 'off' });
  if (options.today) env.SOURCE_DATE_EPOCH = String(Date.parse(`${options.today}T12:00:00Z`) / 1000);
  for (const [name, value] of Object.entries(options.env ?? {}))
    if (value === undefined) delete env[name];
    else env[name] = value;
  return env;
}

/** The command line in this process: same code as the built command, no process start-up. */
export async function runInProcess(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  if (options.cwd !== undefined && options.cwd !== ROOT)
    throw new Error('runInProcess runs in the test folder: use runBuilt for another working folder');
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: pinnedEnv(options),
    cwd: ROOT,
    stdin: Readable.from(options.input === undefined ? [] : [options.input]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { stdout, stderr, code };
}

const PARALLEL = 3;
let running = 0;
const waiting: (() => void)[] = [];

/** The built command in a child process (run `npm run build` first). */
export async function runBuilt(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await new Promise<Run>((resolve) => {
      const child = execFile(
        process.execPath,
        [BIN, ...args],
        {
          cwd: options.cwd ?? ROOT,
          env: pinnedEnv(options),
          maxBuffer: 64 * 1024 * 1024,
          encoding: 'utf8',
        },
        (error, stdout, stderr) =>
          resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : null) : 0 }),
      );
      child.stdin?.end(options.input ?? '');
    });
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Golden cases: in-process (the built command is covered by the end-to-end tests). */
export const runAsso = runInProcess;

/** A stack frame or a crash report: never shown to a user. */
export const STACK = /^\s+at\s|internal error|erreur interne/m;

/** In-process, unless the test runs in another folder than the repository (then the built command). */
export function runAssoIn(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return options.cwd !== undefined && options.cwd !== ROOT ? runBuilt(args, options) : runInProcess(args, options);
}
