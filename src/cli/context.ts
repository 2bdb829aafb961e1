// Loading a ledger for a command: read, check, pick the year. Problems are printed here.
import { join } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Entry } from '../model.js';
import { scanLedger, type Books } from '../post/books.js';
import { checkYears } from '../post/year-checks.js';
import { isLedgerFolder, readLedgerFolder, type LedgerFolder } from '../read/ledger-folder.js';
import { PCA2018 } from '../statements/pca2018.js';
import type { ReferenceSet } from '../statements/layout.js';
import { UsageError, type GlobalOptions } from './options.js';
import { progressIndicator } from './progress.js';

export interface Loaded {
  readonly folder: LedgerFolder;
  readonly books: Books;
  readonly set: ReferenceSet;
  readonly diagnostics: readonly Diagnostic[];
  /** NaN when the ledger has no entries and no --year was given. */
  readonly year: number;
}

export function loadLedger(options: GlobalOptions, onEntry?: (entry: Entry) => void): Loaded | { diagnostics: Diagnostic[] } {
  if (!isLedgerFolder(options.ledger)) {
    throw new UsageError(`no ledger found in ${options.ledger} (no asso.json): pass -L <folder>, set ASSO_LEDGER, or create one with \`asso init <folder>\``);
  }
  const read = readLedgerFolder(options.ledger);
  if (!read.folder) return { diagnostics: read.diagnostics };
  const progress = progressIndicator(process.stderr, process.env);
  const { books, diagnostics } = scanLedger(read.folder, { onEntry, onProgress: progress?.onProgress });
  progress?.done();
  const set = PCA2018;
  const all = [...read.diagnostics, ...diagnostics, ...(hasErrors(diagnostics) ? [] : checkYears(books, read.folder.chart, set, join(options.ledger, 'accounts.csv')))];
  const year = options.year ?? (books.years.size ? defaultYear(books) : Number.NaN);
  return { folder: read.folder, books, set, diagnostics: sortDiagnostics(all), year };
}

/** The latest year with entries other than those `close` and `allocate` write. */
export function defaultYear(books: Books): number {
  const own = [...books.years.values()].filter((y) => y.ownEntries).map((y) => y.year);
  const any = [...books.years.keys()];
  const years = own.length ? own : any;
  if (!years.length) throw new UsageError('the ledger has no entries yet: add journal files under journal/, or pass --year');
  return Math.max(...years);
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], write: (text: string) => void, onlyErrors = false): void {
  for (const d of diagnostics) if (!onlyErrors || d.severity === 'error') write(`asso: ${formatDiagnostic(d)}\n`);
}
