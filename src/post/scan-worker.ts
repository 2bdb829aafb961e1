// The worker of the parallel scan: reads the tail of one large journal file with the same
// scanner as the main thread, and hands back its books, problems and entry keys.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Chart } from '../chart/chart.js';
import type { FiscalCalendar } from '../fiscal.js';
import type { JournalRange } from '../read/row.js';
import { createScanner, keyBuffers } from './books.js';

export interface ScanJob {
  readonly calendar: FiscalCalendar;
  readonly chart: Chart;
  readonly files: readonly string[];
  readonly fileIndex: number;
  readonly range: JournalRange;
  readonly port: MessagePort;
  /** Set to 1 (and notified) once the answer is on the port: the main thread waits on it. */
  readonly done: Int32Array;
}

const job = workerData as ScanJob;
try {
  const scanner = createScanner(job.calendar, job.chart, job.files);
  scanner.scanFile(job.fileIndex, job.range);
  const { books, diagnostics } = scanner.finish();
  const keys = scanner.pieceKeys();
  job.port.postMessage({ years: books.years, diagnostics, keys }, keyBuffers(keys));
} catch (thrown) {
  job.port.postMessage({ error: thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown) });
} finally {
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
  parentPort?.close();
}
