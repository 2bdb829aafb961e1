// The statements of a year: which N−1 they show (the seal of a closed year, else the books),
// carried onto the year's chart when the two years use different reference sets.
import { cliMessages } from '../messages/cli.js';
import { remapBalances, type Remap } from '../chart/changes.js';
import type { Balances } from '../model.js';
import { previousSheetSource, yearPositions, type YearPosition } from '../post/positions.js';
import { balanceSheet, type BalanceSheet } from '../reports/balance-sheet.js';
import { incomeStatement, type IncomeStatement } from '../reports/income-statement.js';
import { withPublishedPreviousIncome, withPublishedPreviousSheet } from '../reports/published-previous.js';
import type { Lang } from '../reports/statement-line.js';
import { UsageError } from '../usage-error.js';
import type { Ledger } from './open.js';

/** How N−1 was brought onto the year's reference set, when the two years use different sets. */
export interface PreviousRemap {
  readonly from: string;
  readonly to: string;
  readonly remaps: readonly Remap[];
}

export interface Statements {
  readonly income: IncomeStatement;
  readonly sheet: BalanceSheet;
  readonly remap?: PreviousRemap;
}

/** The positions of the years up to `year` (the ledger's), in one pass: what its statements are computed from. */
export function positionsOf(ledger: Ledger, year: number = ledger.year): Map<number, YearPosition> {
  return yearPositions(ledger.books, ledger.carryFor, year);
}

/** The closing balances of the ledger's year; a usage error when the year has no books. */
export function positionOf(
  ledger: Ledger,
  year: number = ledger.year,
  positions: ReadonlyMap<number, YearPosition> = positionsOf(ledger, year),
): YearPosition {
  const position = positions.get(year);
  if (!position)
    throw new UsageError(cliMessages.yearHasNoEntries(year, [...ledger.books.years.keys()].sort().join(', ')));
  return position;
}

/** `positions`: positionsOf(ledger), when the caller has them. */
export function statements(
  ledger: Ledger,
  options: { lang: Lang },
  euros: boolean,
  positions: ReadonlyMap<number, YearPosition> = positionsOf(ledger),
): Statements {
  const { books, set, year } = ledger;
  const chart = ledger.chartFor(year);
  // A closed N−1 is read from its seal (balances, then the published lines): a later change of
  // code, mapping or books never rewrites a published column.
  const sealed = ledger.seals.get(year - 1);
  const position = positionOf(ledger, year, positions);
  const booksPrevious = positions.get(year - 1);
  const previousPosition = sealed ? { balances: sealed.balances } : booksPrevious;
  // N−1 kept on another chart (2024 before the 2025 set) is presented on this year's layout, its balances carried account by account (not restated).
  const carry = previousPosition ? ledger.carryFor(year) : undefined;
  const carried = previousPosition && carry ? remapBalances(previousPosition.balances, carry) : undefined;
  const remap = carried ? { from: ledger.setFor(year - 1).id, to: set.id, remaps: carried.remaps } : undefined;
  const income = incomeStatement({
    set,
    chart,
    year,
    current: position.balances,
    previous: carried?.balances ?? previousPosition?.balances,
    lang: options.lang,
    euros,
  });
  const source = sealed
    ? { balances: sealed.balances, resultOn12: false }
    : previousSheetSource(books, year, ledger.carryFor, booksPrevious);
  const previousSource = source && !source.resultOn12 && carried ? { ...source, balances: carried.balances } : source;
  const exactPrevious =
    euros && previousSource && !previousSource.resultOn12
      ? incomeStatement({
          set,
          chart,
          year: year - 1,
          current: previousSource.balances,
          previous: undefined,
          lang: options.lang,
          euros: true,
        }).totals.result
      : null;
  const sheet = balanceSheet({
    set,
    chart,
    year,
    current: { balances: position.balances, resultOn12: false },
    previous: previousSource,
    provisionalOpening: position.provisional,
    lang: options.lang,
    euros: euros ? { result: income.totals.result, previousResult: exactPrevious } : undefined,
  });
  // The published N−1 lines replace the computed ones only on the same layout; across sets the
  // published statements stay in the seal and the carried balances are shown (with a note).
  if (!sealed || remap) return { income, sheet, remap };
  const published = (
    sealed.statements as Record<string, { incomeStatement?: unknown; balanceSheet?: unknown } | undefined> | null
  )?.[euros ? 'euros' : 'exact'];
  return {
    income: withPublishedPreviousIncome(income, published?.incomeStatement),
    sheet: withPublishedPreviousSheet(sheet, published?.balanceSheet),
  };
}

/** The exact statements (JSON, checks) and the ones shown (whole euros with --euros, except in JSON); computed once each. */
export function exactAndShown(
  ledger: Ledger,
  options: { lang: Lang; euros: boolean; json: boolean },
  positions: ReadonlyMap<number, YearPosition> = positionsOf(ledger),
): { exact: Statements; shown: Statements } {
  const exact = statements(ledger, options, false, positions);
  return { exact, shown: options.euros && !options.json ? statements(ledger, options, true, positions) : exact };
}

/** The remaps a statement shows: those of its classes (6–7 for the income statement, 1–5 for the balance sheet). */
export function remapFor(remap: PreviousRemap | undefined, statement: 'income' | 'sheet'): PreviousRemap | undefined {
  if (!remap) return undefined;
  return {
    ...remap,
    remaps: remap.remaps.filter(
      (r) => r.balance !== 0n && (statement === 'income' ? /^[67]/.test(r.from) : /^[1-5]/.test(r.from)),
    ),
  };
}

/** The N−1 balances the report's key figures compare with: the previous year's books, else this year's opening. */
export function previousBalances(ledger: Ledger): Balances | undefined {
  return previousSheetSource(ledger.books, ledger.year, ledger.carryFor)?.balances;
}
