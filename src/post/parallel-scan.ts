// The scan on two cores: the journals' bytes are halved, the file the middle falls in cut at the
// start of an entry (read/split.ts); a worker reads the tail of that file and every file after it
// while this thread reads the files before it and its head, then the books are added up. The
// result is the sequential scan's, exactly: whenever it could differ — an entry of the worker's
// repeating one read here, a problem in the worker's part (the tail's lines are numbered from 1
// until the head's reading has counted them), a quote problem, a part that is not UTF-8 — the
// ledger is scanned again in one piece. Only for scans that need no entries in order
// (statements, trial balance, check); `onEntry` always scans sequentially.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import type { Reached } from '../read/journal.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { planCut, type FileCut } from '../read/split.js';
import { createScanner, scanLedger, type ScanOptions } from './books.js';
import { keysMeet, mergeYears, type Books, type EntryKeys, type Source, type YearBooks } from './year-books.js';
import type { ScanJob } from './scan-worker.js';

const QUOTE_PROBLEMS = new Set(['unclosed-quote', 'csv-syntax']);

/** The size of a file, 0 when it cannot be read (the scan reports it). */
export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Whether a second core is likely free: the load average of the last minute below the cores, or,
 * after a busy minute, fewer threads running now than cores (this one included; Linux says it in
 * /proc/loadavg): commands run one after the other keep the average up long after they end. When
 * the machine is busy, two threads share the cores with everything else and only add the worker's
 * start and its own compilation of the scan (the result is the same either way).
 */
function coreToSpare(): boolean {
  const cores = availableParallelism();
  if (cores < 2) return false;
  if (loadavg()[0]! < cores) return true;
  let now: string;
  try {
    now = readFileSync('/proc/loadavg', 'latin1');
  } catch {
    return false;
  }
  return runningNow(now) < cores;
}

/** The threads running now, from /proc/loadavg ("0.52 0.58 0.59 2/345 6789": 2); Infinity when unreadable. */
export function runningNow(loadavgText: string): number {
  const match = /^\S+ \S+ \S+ (\d+)\//.exec(loadavgText);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/**
 * Below this many bytes of journals a second thread costs more than it saves: the worker's start,
 * its opening of each file it reads and its own compilation of the scan cost some 0.3–0.5 s of CPU.
 * Measured on 100 000 entries (18 MB) in one file, in two and in ten: no faster in two threads, up
 * to 0.1 s slower; on 200 000 entries in two files (36 MB), 1.24 s in two against 1.36 s in one;
 * on a million in ten files, 3.1 s against 5.2 s.
 */
export const PARALLEL_THRESHOLD = 32 << 20;

export interface ParallelOptions extends ScanOptions {
  /** Split ledgers from this many bytes of journals (tests split small ones). */
  readonly threshold?: number;
}

/** Whether the journals are large enough for the scan on two cores (PARALLEL_THRESHOLD). */
export function largeEnoughToSplit(files: readonly string[], threshold = PARALLEL_THRESHOLD): boolean {
  return journalBytes(files) >= threshold;
}

/** The journals' size in bytes. */
export function journalBytes(files: readonly string[]): number {
  return files.reduce((bytes, file) => bytes + fileSize(file), 0);
}

/**
 * Where the worker starts: the journals' bytes are halved, the file the middle falls in cut at
 * the start of an entry (`cut`: this thread reads its head, the worker its tail and every file
 * after it), or, when that file cannot be cut, the worker reads whole files from a file boundary,
 * if that leaves it a quarter of the bytes at least.
 */
interface Split {
  readonly fileIndex: number;
  readonly cut?: FileCut;
}

function planSplit(files: readonly string[], sizes: readonly number[], total: number): Split | undefined {
  const middle = Math.floor(total / 2);
  let before = 0;
  let index = 0;
  while (index < files.length - 1 && before + sizes[index]! <= middle) before += sizes[index++]!;
  const cut = planCut(files[index]!, sizes[index]!, middle - before);
  if (cut) return { fileIndex: index, cut };
  // No cut: the nearer file boundary on either side of the middle, the worker's share large enough.
  const after = before + sizes[index]!;
  const boundary = middle - before <= after - middle && index > 0 ? index : index + 1;
  const bytesFrom = sizes.slice(boundary).reduce((sum, size) => sum + size, 0);
  if (boundary >= files.length || bytesFrom < total / 4 || total - bytesFrom < total / 4) return undefined;
  return { fileIndex: boundary };
}

export function scanLedgerInParallel(
  folder: LedgerFolder,
  options: ParallelOptions = {},
): { books: Books; diagnostics: Diagnostic[]; parallel: boolean } {
  const sequential = () => ({ ...scanLedger(folder, options), parallel: false });
  if (options.onEntry) return sequential();
  const files = folder.journalFiles;
  const sizes = files.map((file) => fileSize(file));
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  if (files.length === 0 || bytes < (options.threshold ?? PARALLEL_THRESHOLD)) return sequential();
  if (options.threshold === undefined && !coreToSpare()) return sequential();
  const split = planSplit(files, sizes, bytes);
  if (!split) return sequential();
  const { fileIndex, cut } = split;

  const calendar = folder.config.calendar;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const job: ScanJob = { calendar, chart: folder.chart, files, fileIndex, range: cut?.tail, port: port2, done };
  const worker = startWorker(job);

  const scanner = createScanner(calendar, folder.chart, files, options);
  let headComplete = true;
  const reached: Reached = { line: 1 };
  for (let index = 0; index < fileIndex; index += 1) scanner.scanFile(index);
  if (cut) headComplete = scanner.scanFile(fileIndex, cut.head, reached);

  // A worker that died (out of memory, say) never answers: after a generous wait, read in one piece.
  if (Atomics.wait(done, 0, 0, 120_000 + bytes / 1000) === 'timed-out') {
    port1.close();
    void worker.terminate();
    return sequential();
  }
  const answer = receiveMessageOnPort(port1)?.message as
    | { years: Map<number, YearBooks>; diagnostics: Diagnostic[]; keys: EntryKeys; notUtf8: boolean }
    | { error: string }
    | undefined;
  port1.close();
  void worker.terminate();
  if (!answer || 'error' in answer)
    throw new Error(`the parallel scan failed: ${answer && 'error' in answer ? answer.error : 'no answer'}`);

  // A part that was not UTF-8 after all (the head's first bytes were): the whole file settles its
  // encoding, read in one piece.
  if (reached.notUtf8 || answer.notUtf8) return sequential();
  const own = scanner.finish();
  // A quote problem may read differently in two pieces (a quoted field open across the cut: the
  // head then ends on an unclosed quote): the problems must be those of the scan in one piece.
  if ([...own.diagnostics, ...answer.diagnostics].some((d) => QUOTE_PROBLEMS.has(d.code))) return sequential();
  // A problem that stopped the head stops its file there: in one piece, the files after it are read.
  if (!headComplete) return sequential();
  // The tail's lines were numbered from 1 (counting the head's lines would cost a pass over it):
  // its problems, rare, would name the wrong lines, so read in one piece.
  if (answer.diagnostics.length > 0) return sequential();
  // An entry of the tail that repeats one read here (same year, journal and piece): read in one
  // piece, so that the duplicate is reported as the scan in one piece reports it.
  if (keysMeet(scanner.pieceKeys(), answer.keys)) return sequential();
  if (cut) renumber(answer.years, files[fileIndex]!, reached.line - 1);
  mergeYears(own.books.years as Map<number, YearBooks>, answer.years, files);
  return { books: own.books, diagnostics: own.diagnostics, parallel: true };
}

/**
 * The bundle's worker (scan-worker.cjs beside the command's bundle, made by scripts/bundle.mjs) is
 * compiled with the V8 code the build cached for it, as bin/asso.js does for the command: a worker
 * is an isolate of its own, which would otherwise compile the scan again. Without a bundle (tsc's
 * modules, tests), the module itself.
 */
function startWorker(job: ScanJob): Worker {
  const bundled = new URL('./scan-worker.cjs', import.meta.url);
  if (!existsSync(bundled))
    return new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: job, transferList: [job.port] });
  return new Worker(WORKER_LOADER, {
    eval: true,
    workerData: job,
    argv: [fileURLToPath(bundled)],
    transferList: [job.port],
  });
}

/** Runs the wrapped, ASCII-only worker bundle (process.argv[2]) with its code cache, when V8 takes it. */
const WORKER_LOADER = `'use strict';
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { Script } = require('node:vm');
const file = process.argv[2];
let cachedData;
try {
  cachedData = readFileSync(file + '.cache');
} catch {}
const module = { exports: {} };
new Script(readFileSync(file, 'latin1'), { filename: file, cachedData }).runInThisContext()(module.exports, require, module, file, dirname(file));
`;

/** Moves the places of the tail's books (numbered from its first line) by the head's lines. */
function renumber(years: Map<number, YearBooks>, file: string, lines: number): void {
  const moved = (source: Source): Source =>
    source.file === file ? { file: source.file, line: source.line + lines } : source;
  for (const books of years.values()) {
    for (const [account, use] of books.uses)
      books.uses.set(account, { first: moved(use.first), last: moved(use.last) });
    if (books.openingSource) books.openingSource = moved(books.openingSource);
  }
}
