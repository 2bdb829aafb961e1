// What openLedger needs of the entries (the books, the scan's problems, the bank reconciliation,
// the sealed years' fingerprints, the annexe's entries, the cash dates), and how it is had: from
// the cache when no file has changed (scan-cache.ts), else by a scan of the journals in one piece
// (on one core or two), or a journal at a time for a large ledger changed since it was kept.
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import type { Entry } from '../model.js';
import { trackAssertions, type Movements } from '../post/assertions.js';
import { createScanner, scanLedger } from '../post/books.js';
import { keysMeet, mergeYears, type Books, type YearBooks } from '../post/year-books.js';
import { journalBytes, PARALLEL_THRESHOLD, scanLedgerInParallel } from '../post/parallel-scan.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { cashAsOfTracker } from '../reports/budget-actuals.js';
import { annexeCollector, annexeEntriesWanted } from './annexe.js';
import type { Environment, OpenOptions } from './open.js';
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
import { sealWatcher, type SealPrints, type SealState } from './seals.js';

/**
 * The scan on two cores, unless something needs the entries in order: a caller's listener, the
 * seals (each entry of a sealed year is fingerprinted), the balance assertions, the annexe of
 * report and check (when no journal file is large enough to be cut); or ASSO_THREADS=1.
 */
export function scanStrategy(needsEntries: boolean, env: Environment = {}): 'parallel' | 'sequential' {
  return needsEntries || env.ASSO_THREADS === '1' ? 'sequential' : 'parallel';
}

/**
 * What the scan of the journals gathers: kept from an earlier run when no file it reads has
 * changed (options.cache), else scanned, and kept for the next run.
 */
export function scanProducts(
  folder: LedgerFolder,
  sealState: SealState,
  options: OpenOptions,
  needsEntries: boolean,
): ScanProducts {
  const collects: ScanCollects = { sealedYears: [...sealState.seals.keys()].sort((a, b) => a - b) };
  // A caller's listener needs the entries themselves: only a scan gives them.
  const store = options.onEntry === undefined ? options.cache : undefined;
  const lookup = store && lookUp(store, folder, collects);
  // A result of the scan on two cores has no entries collected: a command that needs them, or a
  // ledger whose checks or annexe would read them again, scans again (and keeps what it collects).
  const kept = lookup?.products;
  if (kept && (collected(kept) || (!needsEntries && !annexeEntriesWanted(kept.books, options.annexe === true))))
    return kept;
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
  let products = byJournal ?? scan(folder, sealState, options, needsEntries);
  // The scan on two cores collected no entries: when the ledger's fund checks or the annexe would
  // read the journals again for them, they are collected now, by the scan in one piece that gives
  // the same books, and kept with them, so that no later run reads the journals for them.
  if (!collected(products) && annexeEntriesWanted(products.books, options.annexe === true))
    products = scan(folder, sealState, options, true);
  if (store && lookup) keep(store, folder, collects, lookup, products);
  return products;
}

/** Whether the scan collected the entries' products (annexe, cash dates): the scan in one piece does. */
function collected(products: ScanProducts): boolean {
  return products.annexe !== undefined && products.cashDates !== undefined;
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
