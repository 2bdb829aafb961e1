// The values the budget report is made of: a budget figure beside its actual, the budget and
// unbudgeted lines, and the display lines of a layout.
import { ratioString, type Cents } from '../money.js';

export type BudgetLayout = 'statement' | 'cerfa';
export type BudgetSection = 'income' | 'expenses' | 'in-kind';

/** A budget figure beside its actual: variance = actual − budget (an unbudgeted line counts 0), ratio = actual ÷ budget. */
export interface Compared {
  readonly budget: Cents | null;
  readonly actual: Cents | null;
  readonly variance: Cents | null;
  readonly ratio: string | null;
}

export function compare(budget: Cents | null, actual: Cents | null): Compared {
  return {
    budget,
    actual,
    variance: actual === null ? null : actual - (budget ?? 0n),
    ratio: actual === null || budget === null ? null : ratioString(actual, budget),
  };
}

/** A line of the comparison: a budget line (its account or prefix), or an account with actuals no budget line covers. */
export interface BudgetRow extends Compared {
  readonly account: string;
  readonly label: string;
  readonly section: BudgetSection;
  /** The natural side: income (7, 87) or expenses (6, 86). */
  readonly side: 'income' | 'expenses';
  readonly budgeted: boolean;
  /** The budget of the whole year (`budget` is the budget to date when the comparison is to date). */
  readonly annual: Cents | null;
  /** The income-statement line the row lands on. */
  readonly lineId: string;
  /** Budget and actual per fiscal month, natural sign; actual null for months after the cut-off or without --vs. */
  readonly months: readonly { readonly budget: Cents; readonly actual: Cents | null }[];
}

export interface BudgetDisplayLine {
  readonly id: string;
  readonly kind: 'heading' | 'line' | 'account' | 'subtotal' | 'total';
  readonly label: string;
  readonly section: BudgetSection | 'result';
  readonly figures: Compared;
  /** The annual budget beside a budget to date. */
  readonly annual: Cents | null;
  readonly depth: number;
  readonly unbudgeted?: boolean;
}

export interface BudgetTotals {
  readonly income: Compared;
  readonly expenses: Compared;
  readonly result: Compared;
}

export interface BudgetMonth {
  readonly index: number;
  readonly rows: readonly (Compared & {
    readonly account: string;
    readonly label: string;
    readonly section: BudgetSection;
  })[];
  readonly totals: BudgetTotals;
}
