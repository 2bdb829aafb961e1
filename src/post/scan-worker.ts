// The worker of the parallel scan: reads the tail of one journal file (or the whole of it) and
// every file after it with the same scanner as the main thread, and hands back its books,
// problems and entry keys.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Chart } from '../chart/chart.js';
import type { FiscalCalendar } from '../fiscal.js';
import type { Reached } from '../read/journal.js';
import type { JournalRange } from '../read/row.js';
import { createScanner } from './books.js';
import { keyBuffers } from './year-books.js';

export interface ScanJob {
  readonly calendar: FiscalCalendar;
  readonly chart: Chart;
  readonly files: readonly string[];
  /** The first file to read: from `range` (its tail) when given, else whole; then the files after it. */
  readonly fileIndex: number;
  readonly range?: JournalRange;
  readonly port: MessagePort;
  /** Set to 1 (and notified) once the answer is on the port: the main thread waits on it. */
  readonly done: Int32Array;
}

/** Scans the job's part of its file and posts the result (or the error) on its port. */
export function runScanJob(job: ScanJob): void {
  try {
    const scanner = createScanner(job.calendar, job.chart, job.files);
    const reached: Reached = { line: 1 };
    scanner.scanFile(job.fileIndex, job.range, reached);
    for (let index = job.fileIndex + 1; index < job.files.length; index += 1) scanner.scanFile(index);
    const { books, diagnostics } = scanner.finish();
    const keys = scanner.pieceKeys();
    job.port.postMessage(
      { years: books.years, diagnostics, keys, notUtf8: reached.notUtf8 === true },
      keyBuffers(keys),
    );
  } catch (thrown) {
    job.port.postMessage({ error: thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown) });
  } finally {
    Atomics.store(job.done, 0, 1);
    Atomics.notify(job.done, 0);
    parentPort?.close();
  }
}

// In a worker thread, the job is its data; imported elsewhere (the build caches this code), nothing runs.
if (workerData) runScanJob(workerData as ScanJob);
