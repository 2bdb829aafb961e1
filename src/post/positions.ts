// What each statement is computed from: the closing balances of a year (its opening carried
// provisionally from the year before when it has no opening entries), and the N−1 column's source.
import { accountClass } from '../chart/chart.js';
import { addToBalances, balanceOf, mergeBalances, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import { remapBalances, type RemapMap } from '../chart/changes.js';
import type { Books } from './year-books.js';

export interface YearPosition {
  readonly year: number;
  /** Balances at the end of the year: every account, classes 1 to 8. */
  readonly balances: Balances;
  /** The year has no opening entries and opens on the previous year's closing balances. */
  readonly provisional: boolean;
}

/** The result of a year: income minus expenses (classes 6 and 7; class 8 excluded), positive for an excédent. */
export function resultOf(balances: Balances): Cents {
  let total = 0n;
  for (const [account, totals] of balances) {
    const accountClassNumber = accountClass(account);
    if (accountClassNumber === 6 || accountClassNumber === 7) total -= balanceOf(totals);
  }
  return total;
}

/** The opening balances a year carries over: classes 1 to 5, with the result on 120 or 129. */
export function carryForward(balances: Balances): Balances {
  const carried: Balances = new Map();
  for (const [account, totals] of balances) {
    if (accountClass(account) > 5) continue;
    const balance = balanceOf(totals);
    if (totals.aux.size) {
      for (const [aux, sub] of totals.aux) {
        const auxBalance = sub.debit - sub.credit;
        if (auxBalance !== 0n)
          addToBalances(
            carried,
            account,
            auxBalance > 0n ? auxBalance : 0n,
            auxBalance < 0n ? -auxBalance : 0n,
            aux,
            sub.label,
          );
      }
      const rest = balance - [...totals.aux.values()].reduce((sum, sub) => sum + sub.debit - sub.credit, 0n);
      if (rest !== 0n) addToBalances(carried, account, rest > 0n ? rest : 0n, rest < 0n ? -rest : 0n);
    } else if (balance !== 0n)
      addToBalances(carried, account, balance > 0n ? balance : 0n, balance < 0n ? -balance : 0n);
  }
  const result = resultOf(balances);
  if (result > 0n) addToBalances(carried, '120', 0n, result);
  if (result < 0n) addToBalances(carried, '129', -result, 0n);
  return carried;
}

/** `carryFor(year)`: the map carrying year − 1's balances to the chart of `year` when their reference sets differ (a provisional opening across 2024 → 2025). */
export function yearPosition(
  books: Books,
  year: number,
  carryFor?: (year: number) => RemapMap | undefined,
): YearPosition | undefined {
  const previous = books.years.has(year - 1) ? yearPosition(books, year - 1, carryFor) : undefined;
  return positionAfter(books, year, previous, carryFor);
}

/**
 * The position of every year that has books, in one pass (each year carries the one before it);
 * with `upTo`, of those before it and of `upTo` itself (as yearPosition gives it, books or not).
 */
export function yearPositions(
  books: Books,
  carryFor?: (year: number) => RemapMap | undefined,
  upTo?: number,
): Map<number, YearPosition> {
  const positions = new Map<number, YearPosition>();
  const years = [...books.years.keys()].filter((year) => upTo === undefined || year < upTo).sort((a, b) => a - b);
  if (upTo !== undefined) years.push(upTo);
  for (const year of years) {
    const position = positionAfter(books, year, positions.get(year - 1), carryFor);
    if (position) positions.set(year, position);
  }
  return positions;
}

/** The position of `year` given the position of year − 1 (undefined when that year has no books). */
function positionAfter(
  books: Books,
  year: number,
  previous: YearPosition | undefined,
  carryFor?: (year: number) => RemapMap | undefined,
): YearPosition | undefined {
  const own = books.years.get(year);
  if (!own && !previous) return undefined;
  const balances: Balances = new Map();
  const provisional = !!previous && (!own || own.opening.size === 0);
  if (provisional) {
    const carried = carryForward(previous!.balances);
    const map = carryFor?.(year);
    mergeBalances(balances, map ? remapBalances(carried, map).balances : carried);
  }
  if (own) mergeBalances(balances, own.movements);
  return { year, balances, provisional };
}

/** The N−1 column of the balance sheet: the previous year's books (`previous`: their position, when known), else this year's opening entries. */
export function previousSheetSource(
  books: Books,
  year: number,
  carryFor?: (year: number) => RemapMap | undefined,
  previous?: YearPosition,
): { balances: Balances; resultOn12: boolean } | undefined {
  if (books.years.has(year - 1))
    return { balances: (previous ?? yearPosition(books, year - 1, carryFor)!).balances, resultOn12: false };
  const opening = books.years.get(year)?.opening;
  if (opening?.size) return { balances: opening, resultOn12: true };
  return undefined;
}
