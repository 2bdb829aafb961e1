// The annexe's inputs read from a ledger: the entries that post to dedicated funds (every year up
// to the report's) and to equity (the report's year), collected by the scan that opened the
// ledger (else gathered by one more scan); and what `check` says of dedicated funds (rows without
// a project, funds idle for two years).
import { warning, type Diagnostic } from '../diagnostics.js';
import { yearStart } from '../fiscal.js';
import { annexeMessages as m } from '../messages/annexe.js';
import type { Entry } from '../model.js';
import { scanLedger } from '../post/books.js';
import type { Books } from '../post/year-books.js';
import { resultOf, yearPosition } from '../post/positions.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import {
  dedicatedFunds,
  needsProject,
  rowsWithoutProject,
  type DedicatedFunds,
  type FundEntries,
} from '../reports/dedicated-funds.js';
import { equityChanges, equityGroupOf, type EquityChanges } from '../reports/equity-changes.js';
import type { Ledger } from './open.js';

/** Whether any year of the books posts to a dedicated fund or a 689x/789x account. */
function booksTouchFunds(books: Books, upTo: number): boolean {
  for (const [year, yearBooks] of books.years)
    if (year <= upTo) for (const account of yearBooks.movements.keys()) if (needsProject(account)) return true;
  return false;
}

/**
 * Whether the annexe's entries will be read again when the ledger is opened without them: the
 * books post to dedicated funds (the ledger's checks read them), or, for the annexe of report and
 * check (`annexe`), a year moves equity beyond its opening entries.
 */
export function annexeEntriesWanted(books: Books, annexe: boolean): boolean {
  if (books.years.size === 0) return false;
  if (booksTouchFunds(books, Math.max(...books.years.keys()))) return true;
  return annexe && [...books.years.keys()].some((year) => yearMovesEquity(books, year));
}

/** Whether the year has entries on equity accounts other than its opening entries. */
function yearMovesEquity(books: Books, year: number): boolean {
  const own = books.years.get(year);
  if (!own) return false;
  for (const [account, totals] of own.movements) {
    if (!equityGroupOf(account)) continue;
    const opening = own.opening.get(account);
    if (totals.debit !== (opening?.debit ?? 0n) || totals.credit !== (opening?.credit ?? 0n)) return true;
  }
  return false;
}

/** What the annexe reads of the entries: those posting to a fund (any year), those posting to equity (by year). */
export interface AnnexeEntries {
  readonly funds: readonly Entry[];
  readonly equity: ReadonlyMap<number, readonly Entry[]>;
}

/**
 * Collects the entries the annexe needs during the scan that opens the ledger (its `onEntry`), so
 * that report and check read the books once: those with a row on a dedicated fund or a 689x/789x
 * account, and those with a row on equity, in the books' order. Few: memory holds them, not the books.
 */
export function annexeCollector(): { onEntry: (entry: Entry) => void; entries: AnnexeEntries } {
  const funds: Entry[] = [];
  const equity = new Map<number, Entry[]>();
  const classify = (entry: Entry): void => {
    let fund = false;
    let owned = false;
    for (const posting of entry.postings) {
      if (!fund && needsProject(posting.account)) fund = true;
      if (!owned && equityGroupOf(posting.account)) owned = true;
    }
    if (fund) funds.push(entry);
    if (owned) {
      let list = equity.get(entry.year);
      if (!list) equity.set(entry.year, (list = []));
      list.push(entry);
    }
  };
  // Every entry of the books goes by: only a row on 1x (funds 19x, equity 10x–14x) or 68x/78x
  // (transfers 689x/789x) can make it one of these, and most entries have none.
  const onEntry = (entry: Entry): void => {
    const postings = entry.postings;
    for (let index = 0; index < postings.length; index += 1) {
      const account = postings[index]!.account;
      const first = account.charCodeAt(0);
      if (first === 49 /* 1 */ || ((first === 54 || first === 55) /* 6, 7 */ && account.charCodeAt(1) === 56) /* 8 */) {
        classify(entry);
        return;
      }
    }
  };
  return { onEntry, entries: { funds, equity } };
}

/** The entries of funds up to `upTo` and of equity in `equityYear`: those collected, else from one more scan. */
function fundEntries(
  folder: LedgerFolder,
  books: Books,
  upTo: number,
  equityYear: number | undefined,
  collected: AnnexeEntries | undefined,
) {
  let entries = collected;
  if (!entries) {
    const collector = annexeCollector();
    scanLedger(folder, { onEntry: collector.onEntry });
    entries = collector.entries;
  }
  const funds = entries.funds.filter((entry) => entry.year <= upTo);
  const equity = equityYear === undefined || equityYear > upTo ? [] : [...(entries.equity.get(equityYear) ?? [])];
  const fundInput: FundEntries = {
    entries: funds,
    startOf: (year) => yearStart(books.calendar, year),
    firstYear: Math.min(...books.years.keys()),
  };
  return { fundInput, equity };
}

export interface Annexe {
  /** Null when no fund has a balance or a movement in the year. */
  readonly funds: DedicatedFunds | null;
  readonly equity: EquityChanges;
}

/** The fonds dédiés table and the tableau de variation des fonds propres of the ledger's year. */
export function annexeOf(ledger: Ledger, year: number = ledger.year): Annexe {
  const { books, folder } = ledger;
  const position = yearPosition(books, year, ledger.carryFor);
  const balances = position?.balances ?? new Map();
  const touchesFunds = booksTouchFunds(books, year);
  // The entries collected by the scan that opened the ledger, else one more scan, only when the year has something to classify.
  const { fundInput, equity } =
    touchesFunds || yearMovesEquity(books, year)
      ? fundEntries(folder, books, year, year, ledger.annexeEntries)
      : { fundInput: undefined, equity: [] };
  const funds = touchesFunds && fundInput ? dedicatedFunds(fundInput, year) : null;
  return {
    funds: funds?.groups.length ? funds : null,
    equity: equityChanges({
      year,
      start: yearStart(books.calendar, year),
      balances,
      result: resultOf(balances),
      entries: equity,
    }),
  };
}

/**
 * `check` on dedicated funds: each 19x/689x/789x row without a project, and the funds idle for two
 * years at the end of the latest year of the books. From the entries the opening scan collected,
 * else by one more scan, only when the books post to them.
 */
export function fundDiagnostics(folder: LedgerFolder, books: Books, collected?: AnnexeEntries): Diagnostic[] {
  if (!books.years.size) return [];
  const last = Math.max(...books.years.keys());
  if (!booksTouchFunds(books, last)) return [];
  const { fundInput } = fundEntries(folder, books, last, undefined, collected);
  const found: Diagnostic[] = rowsWithoutProject(fundInput).map(({ entry, posting }) =>
    warning('fund-without-project', m.fundWithoutProject(posting.account), { file: entry.file, line: posting.line }),
  );
  for (const row of dedicatedFunds(fundInput, last).idle)
    found.push(warning('idle-dedicated-funds', m.fundIdle(row.group, row.project, row.end, last), row.source ?? {}));
  return found;
}
