// The scan on two cores: the largest journal file, when it is large, is cut in two at the start
// of an entry (read/split.ts); a worker reads the tail while this thread reads everything else,
// then the books are added up. The result is the sequential scan's, exactly: whenever it could
// differ — an entry of the tail repeating one read here, a problem in the tail (its lines are
// numbered from 1 until the head's reading has counted them), a quote problem — the ledger is
// scanned again in one piece. Only for scans that need no entries in
// order (statements, trial balance, check); `onEntry` always scans sequentially.
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { planCut } from '../read/split.js';
import {
  createScanner,
  keysMeet,
  mergeYears,
  scanLedger,
  type Books,
  type EntryKeys,
  type ScanOptions,
  type Source,
  type YearBooks,
} from './books.js';
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
 * Whether a second core is likely free: the load average of the last minute below the cores.
 * When the machine is busy, two threads share the cores with everything else and only add the
 * worker's start and its own compilation of the scan (the result is the same either way).
 */
function coreToSpare(): boolean {
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0]! < cores;
}

/** Below this size a second thread costs more than it saves. */
export const PARALLEL_THRESHOLD = 24 << 20;

export interface ParallelOptions extends ScanOptions {
  /** Cut files from this size (tests cut small files). */
  readonly threshold?: number;
}

export function scanLedgerInParallel(
  folder: LedgerFolder,
  options: ParallelOptions = {},
): { books: Books; diagnostics: Diagnostic[]; parallel: boolean } {
  const sequential = () => ({ ...scanLedger(folder, options), parallel: false });
  if (options.onEntry) return sequential();
  const files = folder.journalFiles;
  const sizes = files.map((file) => fileSize(file));
  const largest = sizes.indexOf(Math.max(0, ...sizes));
  if (largest < 0 || sizes[largest]! < (options.threshold ?? PARALLEL_THRESHOLD)) return sequential();
  if (options.threshold === undefined && !coreToSpare()) return sequential();
  const cut = planCut(files[largest]!, sizes[largest]!);
  if (!cut) return sequential();

  const calendar = folder.config.calendar;
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const job: ScanJob = { calendar, chart: folder.chart, files, fileIndex: largest, range: cut.tail, port: port2, done };
  const worker = new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: job, transferList: [port2] });

  const scanner = createScanner(calendar, folder.chart, files, options);
  let headComplete = true;
  const reached = { line: 1 };
  files.forEach((_, index) => {
    const complete =
      index === largest ? scanner.scanFile(index, cut.head, reached) : scanner.scanFile(index, undefined);
    if (index === largest) headComplete = complete;
  });

  // A worker that died (out of memory, say) never answers: after a generous wait, read in one piece.
  if (Atomics.wait(done, 0, 0, 120_000 + sizes[largest]! / 1000) === 'timed-out') {
    port1.close();
    void worker.terminate();
    return sequential();
  }
  const answer = receiveMessageOnPort(port1)?.message as
    | { years: Map<number, YearBooks>; diagnostics: Diagnostic[]; keys: EntryKeys }
    | { error: string }
    | undefined;
  port1.close();
  void worker.terminate();
  if (!answer || 'error' in answer)
    throw new Error(`the parallel scan failed: ${answer && 'error' in answer ? answer.error : 'no answer'}`);

  const own = scanner.finish();
  // A quote problem may read differently in two pieces (a quoted field open across the cut: the
  // head then ends on an unclosed quote): the problems must be those of the scan in one piece.
  if ([...own.diagnostics, ...answer.diagnostics].some((d) => QUOTE_PROBLEMS.has(d.code))) return sequential();
  // A problem that stopped the head stops the file there, as in one piece: the tail is not read.
  if (!headComplete) return { ...own, parallel: true };
  // The tail's lines were numbered from 1 (counting the head's lines would cost a pass over it):
  // its problems, rare, would name the wrong lines, so read in one piece.
  if (answer.diagnostics.length > 0) return sequential();
  // An entry of the tail that repeats one read here (same year, journal and piece): read in one
  // piece, so that the duplicate is reported as the scan in one piece reports it.
  if (keysMeet(scanner.pieceKeys(), answer.keys)) return sequential();
  renumber(answer.years, reached.line - 1);
  mergeYears(own.books.years as Map<number, YearBooks>, answer.years, files);
  return { books: own.books, diagnostics: own.diagnostics, parallel: true };
}

/** Moves the places of the tail's books (numbered from its first line) by the head's lines. */
function renumber(years: Map<number, YearBooks>, lines: number): void {
  const moved = (source: Source): Source => ({ file: source.file, line: source.line + lines });
  for (const books of years.values()) {
    for (const [account, use] of books.uses)
      books.uses.set(account, { first: moved(use.first), last: moved(use.last) });
    if (books.openingSource) books.openingSource = moved(books.openingSource);
  }
}
