// What a scan gives: each fiscal year's balances, by account and month, and where each account is
// posted to; and how the books of two parts of a ledger (the parallel scan, a journal at a time)
// are joined into one.
import { mergeBalances, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import type { FiscalCalendar } from '../fiscal.js';
import { piecesMeet, type PieceKeys } from './piece-index.js';

export interface YearBooks {
  readonly year: number;
  readonly start: string;
  readonly end: string;
  /** Every posting of the year, the opening entries included. */
  readonly movements: Balances;
  /** The opening entries: journal AN, dated on the first day. */
  readonly opening: Balances;
  /** Net movement (debit − credit) per account and fiscal month, opening entries excluded. */
  readonly monthly: Map<string, Cents[]>;
  entryCount: number;
  /** Whether the year has entries other than those `close` and `allocate` write. */
  ownEntries: boolean;
  lastDate: string;
  /** Where each account is posted to first and last this year: year-wide problems point there. */
  readonly uses: Map<string, { first: Source; last: Source }>;
  /** Where the first opening entry of the year is: problems of the opening balances point there. */
  openingSource?: Source;
}

export interface Source {
  readonly file: string;
  readonly line: number;
}

export interface Books {
  readonly calendar: FiscalCalendar;
  readonly years: ReadonlyMap<number, YearBooks>;
}

/** The pieces of every year and journal a scanner has read (PieceIndex.keys), by year and journal. */
export type EntryKeys = Map<number, Map<string, PieceKeys>>;

/** Whether an entry key (year, journal, piece) was read by both scanners. */
export function keysMeet(left: EntryKeys, right: EntryKeys): boolean {
  for (const [year, journals] of right) {
    const mine = left.get(year);
    if (mine === undefined) continue;
    for (const [journal, pieces] of journals) {
      const others = mine.get(journal);
      if (others !== undefined && piecesMeet(others, pieces)) return true;
    }
  }
  return false;
}

/** The buffers of `keys`, to transfer them to another thread rather than copy them. */
export function keyBuffers(keys: EntryKeys): ArrayBuffer[] {
  return [...keys.values()].flatMap((journals) =>
    [...journals.values()].map(({ codes }) => codes.buffer as ArrayBuffer),
  );
}

/** Adds the books of another part of the ledger (the parallel scan) to `into`. */
export function mergeYears(
  into: Map<number, YearBooks>,
  from: ReadonlyMap<number, YearBooks>,
  files: readonly string[],
): void {
  const order = (source: Source): number => files.indexOf(source.file) * 2 ** 32 + source.line;
  const earlier = (a: Source, b: Source): Source => (order(b) < order(a) ? b : a);
  for (const [year, part] of from) {
    const books = into.get(year);
    if (!books) {
      into.set(year, part);
      continue;
    }
    mergeBalances(books.movements, part.movements);
    mergeBalances(books.opening, part.opening);
    for (const [account, months] of part.monthly) {
      const target = books.monthly.get(account);
      if (!target) {
        books.monthly.set(account, months);
        continue;
      }
      months.forEach((net, index) => {
        target[index] = (target[index] ?? 0n) + net;
      });
    }
    for (const [account, use] of part.uses) {
      const mine = books.uses.get(account);
      books.uses.set(
        account,
        mine
          ? {
              first: earlier(mine.first, use.first),
              last: earlier(mine.last, use.last) === mine.last ? use.last : mine.last,
            }
          : use,
      );
    }
    if (part.openingSource)
      books.openingSource = books.openingSource ? earlier(books.openingSource, part.openingSource) : part.openingSource;
    books.entryCount += part.entryCount;
    books.ownEntries ||= part.ownEntries;
    if (part.lastDate > books.lastDate) books.lastDate = part.lastDate;
  }
}
