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
import { trackAssertions, type Movements } from '../post/assertions.js';
import {
  createScanner,
  isGeneratedJournal,
  keysMeet,
  mergeYears,
  scanLedger,
  type Books,
  type YearBooks,
} from '../post/books.js';
import { journalBytes, largeEnoughToSplit, PARALLEL_THRESHOLD, scanLedgerInParallel } from '../post/parallel-scan.js';
import { checkYears } from '../post/year-checks.js';
import { outlyingYearDiagnostics, outlyingYears } from '../post/date-checks.js';
import { isLedgerFolder, readLedgerFolder, type LedgerFolder } from '../read/ledger-folder.js';
import type { ReferenceSet } from '../statements/layout.js';
import { carryMapBetween, changesInto, chartOfSet, referenceSetFor } from '../statements/reference-sets.js';
import { UsageError } from '../usage-error.js';
import { checkSealedStatements } from './closed-statements.js';
import { readSeals, sealWatcher, type SealPrints, type SealState } from './seals.js';
import { assetDiagnostics } from '../assets/ledger-check.js';
import { annexeCollector, fundDiagnostics, type AnnexeEntries } from './annexe.js';
import { cashAsOfTracker } from '../reports/budget-actuals.js';
import {
  keep,
  keepParts,
  keptParts,
  lookUp,
  type JournalPart,
  type Lookup,
  type ScanCollects,
  type ScanProducts,
  type ScanStore,
} from './scan-cache.js';

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

/**
 * The scan on two cores, unless something needs the entries in order: a caller's listener, the
 * seals (each entry of a sealed year is fingerprinted), the balance assertions, the annexe of
 * report and check (when no journal file is large enough to be cut); or ASSO_THREADS=1.
 */
export function scanStrategy(needsEntries: boolean, env: Environment = {}): 'parallel' | 'sequential' {
  return needsEntries || env.ASSO_THREADS === '1' ? 'sequential' : 'parallel';
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
 * What the scan of the journals gathers: kept from an earlier run when no file it reads has
 * changed (options.cache), else scanned, and kept for the next run.
 */
function scanProducts(
  folder: LedgerFolder,
  sealState: SealState,
  options: OpenOptions,
  needsEntries: boolean,
): ScanProducts {
  const collects: ScanCollects = { sealedYears: [...sealState.seals.keys()].sort((a, b) => a - b) };
  // A caller's listener needs the entries themselves: only a scan gives them.
  const store = options.onEntry === undefined ? options.cache : undefined;
  const lookup = store && lookUp(store, folder, collects);
  // A result of the scan on two cores has no entries collected: a command that needs them scans again.
  const made = lookup?.products?.annexe !== undefined && lookup.products.cashDates !== undefined;
  if (lookup?.products && (made || !needsEntries)) return lookup.products;
  // A ledger of several journals of a megabyte or more, changed since it was kept and read on one
  // core, is read a journal at a time and each journal's part kept: at the next change, only the
  // journals changed are read again. (Its first scan is read in one piece, which costs less than
  // keeping parts; smaller books are read again whole in less time than their parts take to be
  // merged and kept; a large ledger without listeners is read on two cores, all at once.)
  const size = lookup?.earlier && folder.journalFiles.length > 1 ? journalBytes(folder.journalFiles) : undefined;
  const byJournal =
    store !== undefined &&
    lookup !== undefined &&
    size !== undefined &&
    size >= (store.partsFrom ?? PARTS_THRESHOLD) &&
    (needsEntries || (size < PARALLEL_THRESHOLD && options.env?.ASSO_THREADS !== '2'))
      ? scanByJournal(folder, sealState, options, store, collects, lookup)
      : undefined;
  const products = byJournal ?? scan(folder, sealState, options, needsEntries);
  if (store && lookup) keep(store, folder, collects, lookup, products);
  return products;
}

/** The journals' size from which a changed ledger is read and kept a journal at a time. */
const PARTS_THRESHOLD = 1 << 20;

/**
 * The ledger read a journal at a time, each journal's part kept: those kept before for unchanged
 * journals are taken, the others read. Undefined when two journals hold the same piece (the same
 * year and journal): the scan in one piece reports it.
 */
function scanByJournal(
  folder: LedgerFolder,
  sealState: SealState,
  options: OpenOptions,
  store: ScanStore,
  collects: ScanCollects,
  lookup: Lookup,
): ScanProducts | undefined {
  const kept = keptParts(store, folder, collects, lookup);
  const parts = folder.journalFiles.map(
    (_, index) => kept[index] ?? scanJournal(folder, sealState, index, options.onProgress),
  );
  for (let i = 0; i < parts.length; i += 1)
    for (let j = i + 1; j < parts.length; j += 1) if (keysMeet(parts[i]!.keys, parts[j]!.keys)) return undefined;
  // Kept before they are merged: merging moves the parts' books into the first.
  if (kept.some((part) => part === undefined)) keepParts(store, folder, collects, lookup, parts);
  return mergeParts(folder, parts);
}

/** One journal read on its own, with every listener the ledger's checks need. */
function scanJournal(
  folder: LedgerFolder,
  sealState: SealState,
  index: number,
  onProgress: OpenOptions['onProgress'],
): JournalPart {
  const listeners = entryListeners(folder, sealState);
  const scanner = createScanner(folder.config.calendar, folder.chart, folder.journalFiles, {
    onEntry: listeners.onEntry,
    onProgress,
  });
  scanner.scanFile(index);
  const { books, diagnostics } = scanner.finish();
  return {
    books,
    diagnostics,
    keys: scanner.pieceKeys(),
    prints: listeners.watcher.prints,
    movements: listeners.assertions.movements,
    annexe: listeners.annexe.entries,
    cashDates: listeners.cash.dates,
  };
}

/**
 * The listeners that gather, as the entries are read, what the ledger's checks and reports need
 * of them: the sealed years' fingerprints, the postings on asserted accounts, the annexe's entries
 * and each year's latest bank or cash date.
 */
function entryListeners(folder: LedgerFolder, sealState: SealState) {
  const watcher = sealWatcher(folder.dir, sealState);
  const assertions = trackAssertions(folder.assertions ?? []);
  const annexe = annexeCollector();
  const cash = cashAsOfTracker();
  const onEntry = (entry: Entry): void => {
    watcher.onEntry(entry);
    assertions.onEntry(entry);
    annexe.onEntry(entry);
    cash.onEntry(entry);
  };
  return { onEntry, watcher, assertions, annexe, cash };
}

/** The journals' parts, in the journals' order, as the scan in one piece would have read them. */
function mergeParts(folder: LedgerFolder, parts: readonly JournalPart[]): ScanProducts {
  const years = new Map<number, YearBooks>();
  const diagnostics: Diagnostic[] = [];
  const prints: SealPrints = new Map();
  const movements: Movements = new Map();
  const funds: Entry[] = [];
  const equity = new Map<number, Entry[]>();
  const cashDates = new Map<number, string>();
  // One item at a time: a part may hold more items than a call takes arguments.
  const add = <V>(into: V[], items: readonly V[]): void => {
    for (const item of items) into.push(item);
  };
  const append = <K, V>(into: Map<K, V[]>, from: ReadonlyMap<K, readonly V[]>): void => {
    for (const [key, items] of from) {
      let list = into.get(key);
      if (!list) into.set(key, (list = []));
      add(list, items);
    }
  };
  for (const part of parts) {
    mergeYears(years, part.books.years, folder.journalFiles);
    add(diagnostics, part.diagnostics);
    append(prints, part.prints);
    append(movements, part.movements);
    add(funds, part.annexe.funds);
    append(equity, part.annexe.equity);
    for (const [year, date] of part.cashDates)
      if (!cashDates.has(year) || date > cashDates.get(year)!) cashDates.set(year, date);
  }
  const books: Books = { calendar: folder.config.calendar, years };
  const assertions = trackAssertions(folder.assertions ?? [], movements);
  return {
    books,
    diagnostics,
    reconciliation: hasErrors(diagnostics) ? [] : assertions.check(books),
    prints,
    annexe: { funds, equity },
    cashDates,
  };
}

/** The scan, on one core when the entries are needed, else on one or two. */
function scan(folder: LedgerFolder, sealState: SealState, options: OpenOptions, needsEntries: boolean): ScanProducts {
  const { onEntry, onProgress } = options;
  // When the entries are made, what the checks need of them is gathered on the way (no second
  // scan); ASSO_THREADS=1 alone needs no entries: none are made for it. Without entries, the
  // ledger has no seal and no assertion: nothing to gather.
  const listeners = needsEntries ? entryListeners(folder, sealState) : undefined;
  const { books, diagnostics } =
    scanStrategy(needsEntries, options.env) === 'sequential'
      ? scanLedger(folder, {
          onEntry: listeners
            ? (entry) => {
                listeners.onEntry(entry);
                onEntry?.(entry);
              }
            : undefined,
          onProgress,
        })
      : scanLedgerInParallel(folder, { onProgress, threshold: options.env?.ASSO_THREADS === '2' ? 0 : undefined });
  return {
    books,
    diagnostics,
    // The bank reconciliation only means something once every entry is read, and without errors.
    reconciliation: listeners && !hasErrors(diagnostics) ? listeners.assertions.check(books) : [],
    prints: listeners?.watcher.prints ?? new Map(),
    annexe: listeners?.annexe.entries,
    cashDates: listeners?.cash.dates,
  };
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
