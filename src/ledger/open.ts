// Opening a ledger folder: read it once, scan the journals into books (on one core or two; or take
// an earlier run's scan from the cache when no file it read has changed), check everything that
// can be checked, and answer for any year its reference set, chart and carry map. The inputs
// (folder, year, environment, cache) are arguments: nothing here reads the command line or process.env.
import { cliMessages } from '../messages/cli.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRecurring, RECURRING_FILE } from '../entry/recurring.js';
import type { Chart } from '../chart/chart.js';
import type { RemapMap } from '../chart/changes.js';
import type { Seal } from '../close/seal.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Entry } from '../model.js';
import { abolishedPostings, yearsWithAbolishedAccounts } from '../post/abolished-accounts.js';
import { isGeneratedJournal, scanLedger } from '../post/books.js';
import type { Books } from '../post/year-books.js';
import { largeEnoughToSplit } from '../post/parallel-scan.js';
import { checkYears } from '../post/year-checks.js';
import { outlyingYearDiagnostics, outlyingYears } from '../post/date-checks.js';
import { isLedgerFolder, readLedgerFolder, type LedgerFolder } from '../read/ledger-folder.js';
import type { ReferenceSet } from '../statements/layout.js';
import { carryMapBetween, changesInto, chartOfSet, referenceSetFor } from '../statements/reference-sets.js';
import { UsageError } from '../usage-error.js';
import { checkSealedStatements } from './closed-statements.js';
import { readSeals, sealWatcher } from './seals.js';
import { assetDiagnostics } from '../assets/ledger-check.js';
import { fundDiagnostics, type AnnexeEntries } from './annexe.js';
import type { ScanStore } from './scan-cache.js';
import { scanProducts } from './scan-products.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** A ledger folder read, scanned and checked: what every command and report asks. */
export interface Ledger {
  readonly folder: LedgerFolder;
  readonly books: Books;
  /** The reference set of `year` (pca-2018 when the ledger has no year yet). */
  readonly set: ReferenceSet;
  /** The reference set of any fiscal year (asso.json "reference", else the year's start date). */
  readonly setFor: (year: number) => ReferenceSet;
  /** The chart of any fiscal year: its set's built-in accounts and accounts.csv. */
  readonly chartFor: (year: number) => Chart;
  /** The map carrying year − 1's balances to the chart of `year` when their sets differ (else undefined). */
  readonly carryFor: (year: number) => RemapMap | undefined;
  /** Every problem found while reading, scanning and checking, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** The seals of the closed years (locks/<Y>.json), checked against the books. */
  readonly seals: ReadonlyMap<number, Seal>;
  /** The year asked for, else the latest with entries of its own; NaN when the ledger has no entries. */
  readonly year: number;
  /** The entries the annexe reads (funds, equity), collected by the scan when it ran on one core; else read again when asked. */
  readonly annexeEntries?: AnnexeEntries;
  /** The date of each year's latest bank or cash entry, the opening aside (with OpenOptions.cashDates). */
  readonly cashDates?: ReadonlyMap<number, string>;
}

/** A folder whose asso.json or accounts.csv cannot be read: only the problems. */
export interface Unreadable {
  readonly diagnostics: readonly Diagnostic[];
}

export interface OpenOptions {
  /** --year, when given. */
  readonly year?: number;
  /** Called with every entry in the books' order (forces the scan on one core). */
  readonly onEntry?: (entry: Entry) => void;
  /** ASSO_THREADS=1 keeps the scan on one core; ASSO_THREADS=2 cuts any journal file that can be cut, whatever its size and the machine's load (tests, benchmark). */
  readonly env?: Environment;
  /** Today (YYYY-MM-DD): entries after the fiscal year under way look like a typo (outlying-year). */
  readonly today?: string;
  /** Told while large journals are read. */
  readonly onProgress?: (file: string, index: number, files: number, rows: number) => void;
  /**
   * The annexe's entries will be asked (report, check): collect them as the books are read rather
   * than read the books twice, unless a journal file is large enough for the scan on two cores.
   * (Without it, they are collected only when the entries are made anyway: making them costs.)
   */
  readonly annexe?: boolean;
  /** The date of each year's latest bank or cash entry will be asked (Ledger.cashDates: budget's "as of"). */
  readonly cashDates?: boolean;
  /** Where the scan's results are kept between runs (scan-cache.ts): unchanged books are not read again. Not with `onEntry`. */
  readonly cache?: ScanStore;
}

export function isOpen(ledger: Ledger | Unreadable): ledger is Ledger {
  return 'folder' in ledger;
}

export function openLedger(dir: string, options: OpenOptions = {}): Ledger | Unreadable {
  if (!isLedgerFolder(dir)) {
    throw new UsageError(cliMessages.noLedger(dir));
  }
  const read = readLedgerFolder(dir);
  if (!read.folder) return { diagnostics: read.diagnostics };
  const folder = read.folder;
  const sealState = readSeals(dir);
  const needsEntries =
    options.onEntry !== undefined ||
    sealState.seals.size > 0 ||
    (folder.assertions?.length ?? 0) > 0 ||
    options.cashDates === true ||
    (options.annexe === true && !largeEnoughToSplit(folder.journalFiles));
  const { books, diagnostics, reconciliation, prints, annexe, cashDates } = scanProducts(
    folder,
    sealState,
    options,
    needsEntries,
  );
  const watcher = sealWatcher(dir, sealState, prints);
  const setFor = (year: number): ReferenceSet => referenceSetFor(folder.config, year);
  const chartFor = (year: number): Chart => chartOfSet(setFor(year), folder.own);
  const carryFor = (year: number): RemapMap | undefined => carryMapBetween(setFor(year - 1), setFor(year));
  // Year-wide checks only mean something once every entry is read.
  const whole = hasErrors(diagnostics)
    ? []
    : [...checkYears(books, folder.chart, setFor, join(dir, 'accounts.csv'), carryFor), ...reconciliation];
  const all = [
    ...read.diagnostics,
    ...diagnostics,
    ...whole,
    ...watcher.check(books),
    ...abolishedAccountPostings(folder, books, setFor),
    ...assetDiagnostics(folder, books, carryFor, hasErrors(diagnostics)),
    ...(hasErrors(diagnostics) ? [] : fundDiagnostics(folder, books, annexe)),
    ...recurringProblems(dir, folder),
    ...(options.today ? outlyingYearDiagnostics(books, options.today) : []),
  ];
  const outlying = options.today ? outlyingYears(books, options.today) : new Set<number>();
  const year = options.year ?? (books.years.size ? defaultYear(books, outlying) : Number.NaN);
  const ledger = {
    folder,
    books,
    set: setFor(Number.isNaN(year) ? 0 : year),
    setFor,
    chartFor,
    carryFor,
    diagnostics: all,
    seals: sealState.seals,
    year,
    annexeEntries: annexe,
    cashDates,
  };
  // The statements a seal holds, where its version says how they were made: only on books without errors.
  if (!hasErrors(all)) all.push(...checkSealedStatements(ledger, dir));
  return { ...ledger, diagnostics: sortDiagnostics(all) };
}

/**
 * Postings on accounts a year's set abolished: found from the balances, located (file, line) by a
 * second scan only when there are some.
 */
function abolishedAccountPostings(
  folder: LedgerFolder,
  books: Books,
  setFor: (year: number) => ReferenceSet,
): Diagnostic[] {
  const abolished = yearsWithAbolishedAccounts(books, setFor, changesInto);
  const found: Diagnostic[] = [];
  if (!abolished.size) return found;
  scanLedger(folder, {
    onEntry: (entry) => {
      if (abolished.has(entry.year))
        found.push(...abolishedPostings(entry, changesInto(setFor(entry.year)), setFor(entry.year).id));
    },
  });
  return found;
}

/** The problems of recurring.csv, the templates of `asso add --recurring`. */
function recurringProblems(dir: string, folder: LedgerFolder): Diagnostic[] {
  const file = join(dir, RECURRING_FILE);
  return existsSync(file) ? readRecurring(readFileSync(file), file, folder.chart).diagnostics : [];
}

/** The same ledger looking at another year. */
export function atYear(ledger: Ledger, year: number): Ledger {
  return { ...ledger, year, set: ledger.setFor(year) };
}

/**
 * The entries of one year (those `keep` keeps), in the books' order, by a plain second scan:
 * memory holds the answer, not the books.
 */
export function entriesOfYear(ledger: Ledger, year: number, keep: (entry: Entry) => boolean = () => true): Entry[] {
  const entries: Entry[] = [];
  scanLedger(ledger.folder, {
    onEntry: (entry) => {
      if (entry.year === year && keep(entry)) entries.push(entry);
    },
  });
  return entries;
}

/**
 * Collects the entries of one year during the opening scan itself (its `onEntry`), so that a
 * listing reads the books once. Without a year (the default year is known only at the end),
 * it keeps the years that may still be the default: none before the latest year with entries
 * of its own seen so far (defaultYear's rule). A year let go that turns out to be the default
 * after all (the later one looked like a typo: outlying-year) gives undefined: scan again.
 */
export function yearEntryCollector(year: number | undefined): {
  onEntry: (entry: Entry) => void;
  entriesOf: (year: number) => Entry[] | undefined;
} {
  const byYear = new Map<number, Entry[]>();
  let latestOwn = Number.NEGATIVE_INFINITY;
  const onEntry = (entry: Entry): void => {
    if (year !== undefined ? entry.year !== year : entry.year < latestOwn) return;
    if (year === undefined && entry.year > latestOwn && !isGeneratedJournal(entry.file)) {
      latestOwn = entry.year;
      for (const held of byYear.keys()) if (held < latestOwn) byYear.delete(held);
    }
    let list = byYear.get(entry.year);
    if (!list) byYear.set(entry.year, (list = []));
    list.push(entry);
  };
  const entriesOf = (wanted: number): Entry[] | undefined =>
    byYear.get(wanted) ?? (year === undefined && wanted < latestOwn ? undefined : []);
  return { onEntry, entriesOf };
}

/** The latest year with entries other than those `close` and `allocate` write, never a year that looks like a typo. */
export function defaultYear(books: Books, outlying: ReadonlySet<number> = new Set()): number {
  const own = [...books.years.values()].filter((y) => y.ownEntries && !outlying.has(y.year)).map((y) => y.year);
  const any = [...books.years.keys()].filter((y) => !outlying.has(y));
  const years = own.length ? own : any.length ? any : [...books.years.keys()];
  if (!years.length) throw new UsageError(cliMessages.noEntriesYet());
  return Math.max(...years);
}
