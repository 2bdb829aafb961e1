// Several years side by side: each year's closing balances (the seal of a closed year, else the
// books), carried onto the reference set of the latest year through the chart's carry maps (the
// same balances and maps as the N−1 column), evaluated by the one statement engine on the latest
// year's layout; a closed year on that layout shows the statements its seal published.
import { remapBalances } from '../chart/changes.js';
import type { Balances } from '../model.js';
import { roundToEuro, type Cents } from '../money.js';
import { previousSheetSource, yearPosition, yearPositions, type YearPosition } from '../post/positions.js';
import { balanceSheet } from '../reports/balance-sheet.js';
import { incomeStatement } from '../reports/income-statement.js';
import { cashOf } from '../reports/report.js';
import type { Lang } from '../reports/statement-line.js';
import {
  balanceSheetOverYears,
  figuresOverYears,
  incomeStatementOverYears,
  type YearFigures,
  type YearStatements,
  type YearsBalanceSheet,
  type YearsIncomeStatement,
} from '../reports/years.js';
import { yearsMessages } from '../messages/years.js';
import type { ReferenceSet } from '../statements/layout.js';
import { carryMapBetween, REFERENCE_SETS } from '../statements/reference-sets.js';
import { UsageError } from '../usage-error.js';
import type { Ledger } from './open.js';

/** The years a statement can show: those with entries, and the closed ones (a seal holds their balances). */
export function yearsWithFigures(ledger: Ledger): number[] {
  return [...new Set([...ledger.books.years.keys(), ...ledger.seals.keys()])].sort((a, b) => a - b);
}

/** A usage error naming the years asked for that have neither entries nor a seal. */
export function requireYears(ledger: Ledger, years: readonly number[]): void {
  const available = yearsWithFigures(ledger);
  const missing = years.filter((year) => !available.includes(year));
  if (missing.length) throw new UsageError(yearsMessages.noFigures(missing, available));
}

/** Balances kept on `from`, presented on `to` (each step of the sets between them applied in turn). */
function carryBalances(
  balances: Balances,
  from: ReferenceSet,
  to: ReferenceSet,
): { balances: Balances; carried: boolean } {
  if (from === to) return { balances, carried: false };
  const start = REFERENCE_SETS.findIndex((entry) => entry.set === from);
  const end = REFERENCE_SETS.findIndex((entry) => entry.set === to);
  // Only a step forward is known (the latest year's set is never older than an earlier year's).
  if (start < 0 || end <= start) return { balances, carried: false };
  let carried = balances;
  for (let step = start + 1; step <= end; step += 1) {
    const map = carryMapBetween(REFERENCE_SETS[step - 1]!.set, REFERENCE_SETS[step]!.set);
    if (map) carried = remapBalances(carried, map).balances;
  }
  return { balances: carried, carried: true };
}

/**
 * The books' positions of the years before the latest of `years` and of the latest, in one pass
 * (yearPositions); a year without books of its own among `years` is carried on its own (balancesOf).
 */
function positionsUpTo(ledger: Ledger, years: readonly number[]): Map<number, YearPosition> {
  return yearPositions(ledger.books, ledger.carryFor, years[years.length - 1]!);
}

interface YearBalances {
  readonly year: number;
  readonly balances: Balances;
  readonly carried: boolean;
  readonly sealed: boolean;
  readonly provisional: boolean;
}

/** Each year's closing balances (seal, else books) on the set of the latest year; `positions`: the books' (yearPositions up to the latest). */
function balancesOf(
  ledger: Ledger,
  years: readonly number[],
  positions: ReadonlyMap<number, YearPosition>,
): YearBalances[] {
  const layout = ledger.setFor(years[years.length - 1]!);
  return years.map((year) => {
    const seal = ledger.seals.get(year);
    const position = seal ? undefined : (positions.get(year) ?? yearPosition(ledger.books, year, ledger.carryFor));
    const own = seal?.balances ?? position?.balances ?? new Map();
    const { balances, carried } = carryBalances(own, ledger.setFor(year), layout);
    return { year, balances, carried, sealed: !!seal, provisional: position?.provisional ?? false };
  });
}

/** N−1 of `year` (its seal, else its books, else the year's opening) on `layout`, with its exact result. */
function previousOf(
  ledger: Ledger,
  year: number,
  layout: ReferenceSet,
  positions: ReadonlyMap<number, YearPosition>,
): { source: { balances: Balances; resultOn12: boolean }; result: Cents | null } | undefined {
  const seal = ledger.seals.get(year - 1);
  const source = seal
    ? { balances: seal.balances, resultOn12: false }
    : previousSheetSource(ledger.books, year, ledger.carryFor, positions.get(year - 1));
  if (!source) return undefined;
  const from = source.resultOn12 ? ledger.setFor(year) : ledger.setFor(year - 1);
  const balances = carryBalances(source.balances, from, layout).balances;
  const result = source.resultOn12
    ? null
    : incomeStatement({
        set: layout,
        chart: ledger.chartFor(year),
        year: year - 1,
        current: balances,
        previous: undefined,
        lang: 'fr',
        euros: true,
      }).totals.result;
  return { source: { balances, resultOn12: source.resultOn12 }, result };
}

/** Each year's statements on the latest year's layout (`years` ascending, each with figures: see requireYears). */
export function statementsOfYears(
  ledger: Ledger,
  years: readonly number[],
  options: { lang: Lang; euros: boolean },
  positions = positionsUpTo(ledger, years),
): YearStatements[] {
  const latest = years[years.length - 1]!;
  const set = ledger.setFor(latest);
  const chart = ledger.chartFor(latest);
  return balancesOf(ledger, years, positions).map(({ year, balances, carried, sealed, provisional }) => {
    const seal = ledger.seals.get(year);
    const income = incomeStatement({
      set,
      chart,
      year,
      current: balances,
      previous: undefined,
      lang: options.lang,
      euros: options.euros,
    });
    // In whole euros, N−1 decides which lines absorb a rounding difference (a balance carried
    // unchanged absorbs none): the column is rounded beside its N−1, as the year's own statement.
    const before = options.euros ? previousOf(ledger, year, set, positions) : undefined;
    const sheet = balanceSheet({
      set,
      chart,
      year,
      current: { balances, resultOn12: false },
      previous: before?.source,
      provisionalOpening: provisional,
      lang: options.lang,
      euros: options.euros ? { result: income.totals.result, previousResult: before?.result ?? null } : undefined,
    });
    // On another layout the seal's published lines do not apply: the carried balances are shown.
    const published =
      sealed && !carried
        ? (seal?.statements as Record<string, { incomeStatement?: unknown; balanceSheet?: unknown }> | null)?.[
            options.euros ? 'euros' : 'exact'
          ]
        : undefined;
    return {
      column: {
        year,
        source: sealed ? 'seal' : 'books',
        reference: ledger.setFor(year).id,
        carried,
        provisional,
        fingerprint: seal?.fingerprint ?? null,
      },
      income,
      sheet,
      ...(published ? { published } : {}),
    } satisfies YearStatements;
  });
}

export function incomeStatementsOfYears(
  ledger: Ledger,
  years: readonly number[],
  options: { lang: Lang; euros: boolean },
): YearsIncomeStatement {
  requireYears(ledger, years);
  return incomeStatementOverYears(statementsOfYears(ledger, years, options), ledger.setFor(years[years.length - 1]!));
}

export function balanceSheetsOfYears(
  ledger: Ledger,
  years: readonly number[],
  options: { lang: Lang; euros: boolean },
): YearsBalanceSheet {
  requireYears(ledger, years);
  return balanceSheetOverYears(statementsOfYears(ledger, years, options), ledger.setFor(years[years.length - 1]!));
}

/** How many years the assembly report's table shows at most. */
export const REPORT_YEARS = 5;

/** The fewest years for the report's table: with two, the key figures' N and N−1 columns already show them. */
export const REPORT_MIN_YEARS = 3;

/**
 * The key figures of the years up to `year` that have figures (at most five, the latest), for the
 * assembly report; empty with fewer than three.
 */
export function keyFiguresOfYears(
  ledger: Ledger,
  year: number,
  options: { lang: Lang; euros: boolean },
): YearFigures[] {
  const years = yearsWithFigures(ledger)
    .filter((y) => y <= year)
    .slice(-REPORT_YEARS);
  if (years.length < REPORT_MIN_YEARS) return [];
  const positions = positionsUpTo(ledger, years);
  const statements = statementsOfYears(ledger, years, options, positions);
  const set = ledger.setFor(year);
  const cash = new Map<number, Cents>(
    balancesOf(ledger, years, positions).map(({ year: y, balances }) => {
      const exact = cashOf(balances);
      return [y, options.euros ? roundToEuro(exact) : exact] as const;
    }),
  );
  return figuresOverYears(incomeStatementOverYears(statements, set), balanceSheetOverYears(statements, set), cash);
}
