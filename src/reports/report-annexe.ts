// What the report adds beside the statements, in the annexe: the fonds dédiés table, the tableau
// de variation des fonds propres, the fixed-asset register, and the year's budget against its
// actuals. Each is null when there is nothing to show. Pure values computed elsewhere.
import type { AssetRegister } from '../assets/register.js';
import { annexeLabels as t } from '../messages/annexe.js';
import { say } from '../messages/text.js';
import { absCents, type Cents } from '../money.js';
import type { BudgetReport } from './budget.js';
import type { DedicatedFunds } from './dedicated-funds.js';
import type { EquityChanges } from './equity-changes.js';
import type { Lang } from './statement-line.js';

export interface ReportAnnexe {
  readonly funds: DedicatedFunds | null;
  readonly equity: EquityChanges | null;
  readonly assets: AssetRegister | null;
  /** The budget of the report's year beside its actuals, when budget/<Y>.csv exists. */
  readonly yearBudget: BudgetReport | null;
  /** The first month of the report's year, YYYY-MM (the year budget's months start there). */
  readonly firstMonth: string;
}

export const NO_ANNEXE: ReportAnnexe = { funds: null, equity: null, assets: null, yearBudget: null, firstMonth: '' };

/** The treasurer's paragraph on the year's budget against its actuals. */
export function yearBudgetParagraph(
  budget: BudgetReport,
  actualResult: Cents,
  money: (cents: Cents) => string,
  lang: Lang,
): string {
  const outcome = (result: Cents) =>
    result >= 0n ? t.surplus(money(absCents(result))) : t.deficit(money(absCents(result)));
  const a = budget.annualTotals;
  return say(
    t.yearBudgetText(
      budget.year,
      say(outcome(a.result), lang),
      say(outcome(actualResult), lang),
      money(a.income),
      money(a.expenses),
    ),
    lang,
  );
}
