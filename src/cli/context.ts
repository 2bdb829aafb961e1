// Loading a ledger for a command: read, check, pick the year. Problems are printed here.
import { cliMessages } from '../messages/cli.js';
import type { Lang } from '../messages/text.js';
import { join } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Entry } from '../model.js';
import { trackAssertions } from '../post/assertions.js';
import { scanLedger, type Books } from '../post/books.js';
import { scanLedgerInParallel } from '../post/parallel-scan.js';
import { checkYears } from '../post/year-checks.js';
import { abolishedPostings, yearsWithAbolishedAccounts } from '../post/abolished-accounts.js';
import { isLedgerFolder, readLedgerFolder, type LedgerFolder } from '../read/ledger-folder.js';
import type { Chart } from '../chart/chart.js';
import type { RemapMap } from '../chart/changes.js';
import type { ReferenceSet } from '../statements/layout.js';
import { carryMapBetween, changesInto, chartOfSet, referenceSetFor } from '../statements/reference-sets.js';
import { UsageError, type GlobalOptions } from './options.js';
import { readSeals, sealWatcher } from './seals.js';
import type { Seal } from '../close/seal.js';
import { progressIndicator } from './progress.js';

export interface Loaded {
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
  readonly diagnostics: readonly Diagnostic[];
  /** The seals of the closed years (locks/<Y>.json), checked against the books. */
  readonly seals: ReadonlyMap<number, Seal>;
  /** NaN when the ledger has no entries and no --year was given. */
  readonly year: number;
}

export function loadLedger(
  options: GlobalOptions,
  onEntry?: (entry: Entry) => void,
): Loaded | { diagnostics: Diagnostic[] } {
  if (!isLedgerFolder(options.ledger)) {
    throw new UsageError(cliMessages.noLedger(options.ledger));
  }
  const read = readLedgerFolder(options.ledger);
  if (!read.folder) return { diagnostics: read.diagnostics };
  const folder = read.folder;
  const sealState = readSeals(options.ledger);
  const watcher = sealWatcher(options.ledger, sealState);
  const assertions = trackAssertions(folder.assertions ?? []);
  // Two cores for a large ledger, unless something needs the entries in order: the command, the
  // seals (each entry of a sealed year is fingerprinted), the balance assertions. ASSO_THREADS=1: one.
  const needsEntries = onEntry !== undefined || sealState.seals.size > 0 || (folder.assertions?.length ?? 0) > 0;
  const progress = progressIndicator(process.stderr, process.env, Date.now, options.messages);
  const { books, diagnostics } =
    needsEntries || process.env.ASSO_THREADS === '1'
      ? scanLedger(folder, {
          onEntry: (entry) => {
            watcher.onEntry(entry);
            assertions.onEntry(entry);
            onEntry?.(entry);
          },
          onProgress: progress?.onProgress,
        })
      : scanLedgerInParallel(folder, { onProgress: progress?.onProgress });
  progress?.done();
  const setFor = (year: number): ReferenceSet => referenceSetFor(folder.config, year);
  const chartFor = (year: number): Chart => chartOfSet(setFor(year), folder.own);
  const carryFor = (year: number): RemapMap | undefined => carryMapBetween(setFor(year - 1), setFor(year));
  // Year-wide checks and the bank reconciliation only mean something once every entry is read.
  const whole = hasErrors(diagnostics)
    ? []
    : [
        ...checkYears(books, folder.chart, setFor, join(options.ledger, 'accounts.csv'), carryFor),
        ...assertions.check(books),
      ];
  const all = [...read.diagnostics, ...diagnostics, ...whole, ...watcher.check(books)];
  // Postings on accounts a year's set abolished: found from the balances, located (file, line) by a second pass only when there are some.
  const abolished = yearsWithAbolishedAccounts(books, setFor, changesInto);
  if (abolished.size) {
    scanLedger(folder, {
      onEntry: (entry) => {
        if (abolished.has(entry.year))
          all.push(...abolishedPostings(entry, changesInto(setFor(entry.year)), setFor(entry.year).id));
      },
    });
  }
  const year = options.year ?? (books.years.size ? defaultYear(books) : Number.NaN);
  return {
    folder,
    books,
    set: setFor(Number.isNaN(year) ? 0 : year),
    setFor,
    chartFor,
    carryFor,
    diagnostics: sortDiagnostics(all),
    seals: sealState.seals,
    year,
  };
}

/** The latest year with entries other than those `close` and `allocate` write. */
export function defaultYear(books: Books): number {
  const own = [...books.years.values()].filter((y) => y.ownEntries).map((y) => y.year);
  const any = [...books.years.keys()];
  const years = own.length ? own : any;
  if (!years.length) throw new UsageError(cliMessages.noEntriesYet());
  return Math.max(...years);
}

export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  write: (text: string) => void,
  onlyErrors = false,
  lang: Lang = 'fr',
): void {
  for (const d of diagnostics) if (!onlyErrors || d.severity === 'error') write(`asso: ${formatDiagnostic(d, lang)}\n`);
}
