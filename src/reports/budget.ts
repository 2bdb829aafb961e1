// The budget (budget prévisionnel) and the budget against the actuals: a pure function of the
// budget lines, the actuals of the books and the layout. Lines are placed by the income
// statement's own mapping (statements/placement.ts), shown in a layout by budget-layout.ts.
import { accountClass, accountLabel, type Chart } from '../chart/chart.js';
import { distributeCents, ratioString, roundToEuro, sumCents, type Cents } from '../money.js';
import type { Budget, BudgetLine } from '../read/budget.js';
import type { ReferenceSet } from '../statements/layout.js';
import { incomePlacement } from '../statements/placement.js';
import { isBudgetAccount, type BudgetActuals } from './budget-actuals.js';
import { cerfaLines, statementLines } from './budget-layout.js';
import {
  compare,
  type BudgetDisplayLine,
  type BudgetLayout,
  type BudgetMonth,
  type BudgetRow,
  type BudgetSection,
  type BudgetTotals,
  type Compared,
} from './budget-line.js';
import type { Lang } from './statement-line.js';

export {
  compare,
  type BudgetDisplayLine,
  type BudgetLayout,
  type BudgetMonth,
  type BudgetRow,
  type BudgetSection,
  type BudgetTotals,
  type Compared,
};

export interface Overrun {
  readonly row: BudgetRow /** (actual − budget) ÷ budget, 4 decimals; null for a zero budget. */;
  readonly deviation: string | null;
}

export interface BudgetReport {
  readonly year: number;
  /** The year of the actuals, null for the forecast alone. */
  readonly vs: number | null;
  readonly to: string | null;
  readonly monthsElapsed: number;
  readonly monthCount: number;
  readonly layout: BudgetLayout;
  readonly euros: boolean;
  readonly rows: readonly BudgetRow[];
  readonly lines: readonly BudgetDisplayLine[];
  readonly totals: BudgetTotals;
  readonly annualTotals: { readonly income: Cents; readonly expenses: Cents; readonly result: Cents };
  readonly months: readonly BudgetMonth[];
  /** With a threshold (--fail-over): the budget lines beyond it, and the unbudgeted lines, listed apart. */
  readonly overruns: { readonly tripped: readonly Overrun[]; readonly unbudgeted: readonly BudgetRow[] } | null;
}

export interface BudgetReportInput {
  readonly set: ReferenceSet;
  readonly chart: Chart;
  readonly budget: Budget;
  readonly monthCount: number;
  readonly lang: Lang;
  readonly layout?: BudgetLayout;
  readonly actuals?: BudgetActuals;
  /** The previous year's monthly nets (--profile previous): the profile of lines the file gives none. */
  readonly previousProfile?: ReadonlyMap<string, readonly (Cents | undefined)[]>;
  /** Whole euros: each line rounded once, half away from zero; totals are the sums of the rounded lines; ratios stay exact. */
  readonly euros?: boolean;
  /** --fail-over, in hundredths of a percent (10 % → 1000n). */
  readonly failOverBasisPoints?: bigint;
}

interface Placed {
  side: 'income' | 'expenses';
  section: BudgetSection;
  lineId: string;
}

function placeAccount(set: ReferenceSet, account: string): Placed {
  const placement = incomePlacement(set, account);
  const classSide = accountClass(account) === 7 || account.startsWith('87') ? 'income' : 'expenses';
  if (!placement) return { side: classSide, section: account.startsWith('8') ? 'in-kind' : classSide, lineId: '' };
  return { side: placement.side, section: placement.inKind ? 'in-kind' : placement.side, lineId: placement.lineId };
}

/** The sign that turns a file amount (natural for its class) into the natural sign of the line it lands on. */
function classSign(account: string, side: 'income' | 'expenses'): bigint {
  const classSide = accountClass(account) === 7 || account.startsWith('87') ? 'income' : 'expenses';
  return classSide === side ? 1n : -1n;
}

/** The monthly parts of a line: the file's profile, else the previous year's actuals (--profile previous), else the even spread. */
function spreadMonths(
  line: BudgetLine,
  side: 'income' | 'expenses',
  monthCount: number,
  previous: BudgetReportInput['previousProfile'],
): readonly Cents[] {
  if (line.profiled || !previous || line.amount === 0n) return line.months;
  const weights: Cents[] = Array<Cents>(monthCount).fill(0n);
  for (const [account, months] of previous) {
    if (!account.startsWith(line.account)) continue;
    for (let index = 0; index < monthCount; index += 1)
      weights[index] = weights[index]! + (side === 'income' ? -(months[index] ?? 0n) : (months[index] ?? 0n));
  }
  const clamped = weights.map((w) => (w > 0n ? w : 0n));
  return sumCents(clamped) > 0n ? distributeCents(line.amount, clamped) : line.months;
}

export function budgetReport(input: BudgetReportInput): BudgetReport {
  if (!input.euros) return computeReport(input);
  // Whole euros: amounts rounded, but each ratio stays the exact one (the same lines, in the same order).
  const exact = computeReport({ ...input, euros: false });
  const rounded = computeReport(input);
  const withRatio = <T extends Compared>(value: T, from: Compared): T => ({ ...value, ratio: from.ratio });
  return {
    ...rounded,
    rows: rounded.rows.map((row, index) => withRatio(row, exact.rows[index]!)),
    lines: rounded.lines.map((line, index) => ({
      ...line,
      figures: withRatio(line.figures, exact.lines[index]!.figures),
    })),
    totals: {
      income: withRatio(rounded.totals.income, exact.totals.income),
      expenses: withRatio(rounded.totals.expenses, exact.totals.expenses),
      result: withRatio(rounded.totals.result, exact.totals.result),
    },
  };
}

function computeReport(input: BudgetReportInput): BudgetReport {
  const { set, chart, budget, monthCount, lang, actuals } = input;
  const layout = input.layout ?? 'statement';
  const euros = input.euros ?? false;
  const elapsed = actuals ? Math.min(actuals.monthsElapsed, monthCount) : monthCount;
  const shown = (cents: Cents): Cents => (euros ? roundToEuro(cents) : cents);

  // Budget lines, then every account with actuals on the budget line that covers it, or on a line of its own.
  interface Building {
    line?: BudgetLine;
    account: string;
    label: string;
    placed: Placed;
    budgetMonths: Cents[];
    actualMonths: Cents[];
  }
  const building: Building[] = budget.lines.map((line) => {
    const placed = placeAccount(set, line.account);
    const sign = classSign(line.account, placed.side);
    return {
      line,
      account: line.account,
      label: line.label,
      placed,
      budgetMonths: spreadMonths(line, placed.side, monthCount, input.previousProfile).map((m) => m * sign),
      actualMonths: Array<Cents>(monthCount).fill(0n),
    };
  });
  const unbudgeted = new Map<string, Building>();
  for (const [account, months] of actuals?.monthly ?? []) {
    if (!isBudgetAccount(account)) continue;
    let target = building.find((b) => account.startsWith(b.account));
    if (!target) {
      target = unbudgeted.get(account);
      if (!target)
        unbudgeted.set(
          account,
          (target = {
            account,
            label: accountLabel(chart, account),
            placed: placeAccount(set, account),
            budgetMonths: Array<Cents>(monthCount).fill(0n),
            actualMonths: Array<Cents>(monthCount).fill(0n),
          }),
        );
    }
    // Months beyond the budget year's count (a long first year compared with a regular one) go to its last month.
    months.forEach((net, index) => {
      if (net === undefined) return;
      const at = Math.min(index, monthCount - 1);
      target!.actualMonths[at] = target!.actualMonths[at]! + (target!.placed.side === 'income' ? -net : net);
    });
  }
  const order = lineOrder(set);
  const rank = (b: Building) => order.get(b.placed.lineId) ?? order.size;
  const all = [...building, ...[...unbudgeted.values()].filter((b) => b.actualMonths.some((m) => m !== 0n))].sort(
    (a, b) => rank(a) - rank(b) || (a.account < b.account ? -1 : a.account > b.account ? 1 : 0),
  );

  const rows: BudgetRow[] = all.map((b) => {
    const budgeted = b.line !== undefined;
    const toDate = sumCents(b.budgetMonths.slice(0, elapsed));
    const actual = actuals ? shown(sumCents(b.actualMonths)) : null;
    return {
      account: b.account,
      label: b.label,
      section: b.placed.section,
      side: b.placed.side,
      budgeted,
      lineId: b.placed.lineId,
      annual: budgeted ? shown(sumCents(b.budgetMonths)) : null,
      ...compare(budgeted ? shown(toDate) : null, actual),
      months: b.budgetMonths.map((m, index) => ({
        budget: m,
        actual: actuals && index < elapsed ? b.actualMonths[index]! : null,
      })),
    };
  });

  const totalsOf = (
    list: readonly { section: BudgetSection; budget: Cents | null; actual: Cents | null }[],
    hasActual: boolean,
  ): BudgetTotals => {
    const sum = (section: BudgetSection, key: 'budget' | 'actual') =>
      sumCents(list.filter((r) => r.section === section).map((r) => r[key] ?? 0n));
    const income = compare(sum('income', 'budget'), hasActual ? sum('income', 'actual') : null);
    const expenses = compare(sum('expenses', 'budget'), hasActual ? sum('expenses', 'actual') : null);
    return {
      income,
      expenses,
      // A result is a difference: its ratio to the budgeted result (-1525 %, 472 %) means nothing, so none is given.
      result: {
        ...compare(income.budget! - expenses.budget!, hasActual ? income.actual! - expenses.actual! : null),
        ratio: null,
      },
    };
  };
  const totals = totalsOf(rows, actuals !== undefined);
  const annualSum = (section: BudgetSection) =>
    sumCents(rows.filter((r) => r.section === section).map((r) => r.annual ?? 0n));

  const months: BudgetMonth[] = [...Array(monthCount).keys()].map((index) => {
    const monthRows = rows.map((r) => ({
      account: r.account,
      label: r.label,
      section: r.section,
      ...compare(r.budgeted ? r.months[index]!.budget : null, r.months[index]!.actual),
    }));
    return { index, rows: monthRows, totals: totalsOf(monthRows, actuals !== undefined && index < elapsed) };
  });

  const context = { rows, totals, lang, annual: elapsed < monthCount && actuals !== undefined };
  const lines = layout === 'cerfa' ? cerfaLines(set, context) : statementLines(set, context);
  return {
    year: budget.year,
    vs: actuals?.year ?? null,
    to: actuals?.to ?? null,
    monthsElapsed: elapsed,
    monthCount,
    layout,
    euros,
    rows,
    lines,
    totals,
    annualTotals: {
      income: annualSum('income'),
      expenses: annualSum('expenses'),
      result: annualSum('income') - annualSum('expenses'),
    },
    months,
    overruns:
      input.failOverBasisPoints === undefined || !actuals ? null : findOverruns(rows, input.failOverBasisPoints),
  };
}

/** Expense lines whose actual exceeds the budget by more than the threshold, income lines short by more; unbudgeted lines apart. */
function findOverruns(
  rows: readonly BudgetRow[],
  basisPoints: bigint,
): { tripped: Overrun[]; unbudgeted: BudgetRow[] } {
  const tripped: Overrun[] = [];
  for (const row of rows) {
    if (!row.budgeted || row.section === 'in-kind' || row.actual === null || row.budget === null) continue;
    const over =
      row.side === 'expenses'
        ? row.actual * 10000n > row.budget * (10000n + basisPoints)
        : row.actual * 10000n < row.budget * (10000n - basisPoints);
    if (over) tripped.push({ row, deviation: ratioString(row.actual - row.budget, row.budget) });
  }
  return { tripped, unbudgeted: rows.filter((row) => !row.budgeted) };
}

function lineOrder(set: ReferenceSet): Map<string, number> {
  const order = new Map<string, number>();
  const blocks = [
    ...set.incomeStatement.items.flatMap((item) => ('block' in item ? [item.block] : [])),
    set.incomeStatement.inKind.resources,
    set.incomeStatement.inKind.uses,
  ];
  for (const block of blocks) for (const line of block.lines) order.set(line.id, order.size);
  return order;
}
