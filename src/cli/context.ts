// Loading a ledger for a command: read, check, pick the year. Problems are printed here.
import { join } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Entry } from '../model.js';
import { trackAssertions } from '../post/assertions.js';
import { scanLedger, type Books } from '../post/books.js';
import { scanLedgerInParallel } from '../post/parallel-scan.js';
import { checkYears } from '../post/year-checks.js';
import { isLedgerFolder, readLedgerFolder, type LedgerFolder } from '../read/ledger-folder.js';
import { PCA2018 } from '../statements/pca2018.js';
import type { ReferenceSet } from '../statements/layout.js';
import { UsageError, type GlobalOptions } from './options.js';
import { readSeals, sealWatcher } from './seals.js';
import type { Seal } from '../close/seal.js';

export interface Loaded {
  readonly folder: LedgerFolder;
  readonly books: Books;
  readonly set: ReferenceSet;
  readonly diagnostics: readonly Diagnostic[];
  /** The seals of the closed years (locks/<Y>.json), checked against the books. */
  readonly seals: ReadonlyMap<number, Seal>;
  /** NaN when the ledger has no entries and no --year was given. */
  readonly year: number;
}

export function loadLedger(options: GlobalOptions, onEntry?: (entry: Entry) => void): Loaded | { diagnostics: Diagnostic[] } {
  if (!isLedgerFolder(options.ledger)) {
    throw new UsageError(`no ledger found in ${options.ledger} (no asso.json): pass -L <folder>, set ASSO_LEDGER, or create one with \`asso init <folder>\``);
  }
  const read = readLedgerFolder(options.ledger);
  if (!read.folder) return { diagnostics: read.diagnostics };
  const sealState = readSeals(options.ledger);
  const watcher = sealWatcher(options.ledger, sealState);
  const assertions = trackAssertions(read.folder.assertions ?? []);
  // Two cores for a large ledger, unless something needs the entries in order: the command, the
  // seals (each entry of a sealed year is fingerprinted), the balance assertions. ASSO_THREADS=1: one.
  const needsEntries = onEntry !== undefined || sealState.seals.size > 0 || (read.folder.assertions?.length ?? 0) > 0;
  const { books, diagnostics } = needsEntries || process.env.ASSO_THREADS === '1'
    ? scanLedger(read.folder, { onEntry: (entry) => { watcher.onEntry(entry); assertions.onEntry(entry); onEntry?.(entry); } })
    : scanLedgerInParallel(read.folder);
  const set = PCA2018;
  // Year-wide checks and the bank reconciliation only mean something once every entry is read.
  const whole = hasErrors(diagnostics) ? [] : [...checkYears(books, read.folder.chart, set, join(options.ledger, 'accounts.csv')), ...assertions.check(books)];
  const all = [...read.diagnostics, ...diagnostics, ...whole, ...watcher.check(books)];
  const year = options.year ?? (books.years.size ? defaultYear(books) : Number.NaN);
  return { folder: read.folder, books, set, diagnostics: sortDiagnostics(all), seals: sealState.seals, year };
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
