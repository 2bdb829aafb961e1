// The financial report for the general assembly (rapport financier): the key figures of the
// year, the two statements, the contributions volontaires en nature, the next year's budget
// beside this year's actuals. A pure function of values computed elsewhere: the statements (whole
// euros or exact, as the caller chose), the closing balances, the budget report and the seal's
// fingerprint. No clock, no process, no rendering, no wording: the treasurer's text is written from
// these figures by src/render/report-text.ts.
import { accountClass } from '../chart/chart.js';
import { balanceOf, type Balances } from '../model.js';
import { absCents, ratioString, roundToEuro, type Cents } from '../money.js';
import type { BalanceSheet } from './balance-sheet.js';
import type { BudgetReport } from './budget.js';
import type { IncomeStatement } from './income-statement.js';
import { NO_ANNEXE, type ReportAnnexe } from './report-annexe.js';
import type { Lang, StatementLine } from './statement-line.js';
import type { YearFigures } from './years.js';

/** A figure of year N beside N−1 (null where N−1 has no figure). */
export interface Compared {
  readonly current: Cents;
  readonly previous: Cents | null;
}

export interface KeyFigures {
  readonly income: Compared;
  readonly expenses: Compared;
  readonly result: Compared;
  /** Membership fees (756, the line "Cotisations"). */
  readonly membershipFees: Compared;
  /** Fees ÷ income, a decimal string with 4 decimals (0.5711); null when there is no income. */
  readonly membershipShare: string | null;
  /** Staff costs: the class 64 lines (salaires et traitements, charges sociales). */
  readonly staffCosts: Compared;
  /** Fonds propres: the total of the passif block. */
  readonly ownFunds: Compared;
  /** Dettes, without the produits constatés d'avance (shown apart, as treasurers do). */
  readonly debts: Compared;
  readonly deferredIncome: Compared;
  /** Créances (usagers and other receivables). */
  readonly receivables: Compared;
  /** Cash at year end: the debit balances of class 5. */
  readonly cash: Compared;
  /** Cash ÷ monthly expenses, one decimal ("7.0"); null without expenses. */
  readonly cashMonths: string | null;
  readonly balanceSheetTotal: Compared;
}

/** A bar of a chart: a label and amounts (the renderer draws them; amounts stay exact here). */
export interface ChartBar {
  readonly label: string;
  readonly values: readonly (Cents | null)[];
}

export interface ReportInput {
  readonly year: number;
  /** The fiscal year's first and last days (a year that is not a calendar year is titled by them). */
  readonly period: { readonly start: string; readonly end: string };
  /** The fiscal year's last day, YYYY-MM-DD (the balance sheet's date). */
  readonly closing: string;
  readonly name: string;
  readonly lang: Lang;
  readonly income: IncomeStatement;
  readonly sheet: BalanceSheet;
  /** Closing balances of year N, and the source of the N−1 column (for cash). */
  readonly balances: Balances;
  readonly previousBalances: Balances | undefined;
  /** The budget of N+1 beside the actuals of N, when budget/<N+1>.csv exists. */
  readonly budget?: BudgetReport;
  /** The seal's fingerprint (locks/<N>.json), when the year is closed. */
  readonly fingerprint?: string;
  /** The annexe's tables (fonds dédiés, fonds propres, immobilisations, budget of the year). */
  readonly annexe?: ReportAnnexe;
  /** The key figures of the years available up to N (at most five; src/ledger/years.ts), on N's reference set. */
  readonly years?: { readonly figures: readonly YearFigures[]; readonly reference: string };
  /** A year not yet ended: `closing` is the date the books run to, `months` the fiscal months elapsed. */
  readonly underWay?: { readonly months: number };
}

export interface FinancialReport {
  readonly year: number;
  readonly period: { readonly start: string; readonly end: string };
  readonly closing: string;
  /** The year is under way: its figures run to `closing`, over `months` months. */
  readonly underWay?: { readonly months: number };
  readonly name: string;
  readonly lang: Lang;
  readonly euros: boolean;
  readonly figures: KeyFigures;
  readonly income: IncomeStatement;
  readonly sheet: BalanceSheet;
  /** The contributions volontaires en nature lines (empty when the books have none). */
  readonly inKind: readonly StatementLine[];
  readonly budget: BudgetReport | null;
  readonly annexe: ReportAnnexe;
  readonly fingerprint: string | null;
  /** Key figures over the years available (null with fewer than three years). */
  readonly years: { readonly figures: readonly YearFigures[]; readonly reference: string } | null;
  readonly charts: {
    /** Income lines, then expense lines, of the compte de résultat (year N). */
    readonly income: readonly ChartBar[];
    readonly expenses: readonly ChartBar[];
    /** Budget N+1 against actuals N, per rubric: values [budget, actual]. */
    readonly budget: readonly ChartBar[];
  };
}

const lineOf = (lines: readonly { id: string; amount: Cents; previous: Cents | null }[], id: string) =>
  lines.find((line) => line.id === id);

function figure(
  lines: readonly { id: string; amount: Cents; previous: Cents | null }[],
  ids: readonly string[],
  hasPrevious: boolean,
): Compared {
  let current = 0n;
  let previous = 0n;
  for (const id of ids) {
    const line = lineOf(lines, id);
    current += line?.amount ?? 0n;
    previous += line?.previous ?? 0n;
  }
  return { current, previous: hasPrevious ? previous : null };
}

/** Debit balances of class 5 (banks and cash; an overdraft is a debt, not negative cash). */
export function cashOf(balances: Balances): Cents {
  let total = 0n;
  for (const [account, totals] of balances) {
    if (accountClass(account) !== 5) continue;
    const balance = balanceOf(totals);
    if (balance > 0n) total += balance;
  }
  return total;
}

/** cash × 12 ÷ expenses, to one decimal, half away from zero, in exact integer arithmetic. */
export function monthsCovered(cash: Cents, expenses: Cents, months = 12): string | null {
  if (expenses <= 0n || months <= 0) return null;
  // Expenses of `months` months: cash ÷ (expenses ÷ months), in tenths, half up.
  const tenths = (absCents(cash) * 10n * BigInt(months) * 2n + expenses) / (2n * expenses);
  const sign = cash < 0n && tenths !== 0n ? '-' : '';
  return `${sign}${tenths / 10n}.${tenths % 10n}`;
}

export function keyFigures(input: ReportInput): KeyFigures {
  const { income, sheet } = input;
  const euros = income.euros;
  const lines = income.lines;
  const hasPrevious = income.previousTotals !== null;
  const t = income.totals;
  const p = income.previousTotals;
  const liabilities = sheet.liabilities.lines;
  const assets = sheet.assets.lines;
  const sheetPrevious = sheet.assets.previousTotal !== null;
  const debtsTotal = figure(liabilities, ['passif.total-dettes'], sheetPrevious);
  const deferredIncome = figure(liabilities, ['passif.produits-constates-avance'], sheetPrevious);
  const shownCash = (balances: Balances) => (euros ? roundToEuro(cashOf(balances)) : cashOf(balances));
  const cash: Compared = {
    current: shownCash(input.balances),
    previous: input.previousBalances ? shownCash(input.previousBalances) : null,
  };
  const membershipFees = figure(lines, ['produits.cotisations'], hasPrevious);
  return {
    income: { current: t.income, previous: p?.income ?? null },
    expenses: { current: t.expenses, previous: p?.expenses ?? null },
    result: { current: t.result, previous: p?.result ?? null },
    membershipFees,
    membershipShare: t.income > 0n ? ratioString(membershipFees.current, t.income) : null,
    staffCosts: figure(lines, ['charges.salaires', 'charges.charges-sociales'], hasPrevious),
    ownFunds: figure(liabilities, ['passif.total-fonds-propres'], sheetPrevious),
    debts: {
      current: debtsTotal.current - deferredIncome.current,
      previous: debtsTotal.previous === null ? null : debtsTotal.previous - (deferredIncome.previous ?? 0n),
    },
    deferredIncome,
    receivables: figure(
      assets,
      ['actif.creances-usagers', 'actif.autres-creances', 'actif.creances-legs'],
      sheetPrevious,
    ),
    cash,
    cashMonths: monthsCovered(cash.current, t.expenses, input.underWay?.months),
    balanceSheetTotal: { current: sheet.assets.total, previous: sheet.assets.previousTotal },
  };
}

function chartsOf(input: ReportInput): FinancialReport['charts'] {
  const bars = (section: string) =>
    input.income.lines
      .filter((line) => line.kind === 'line' && line.section === section && line.amount !== 0n)
      .map((line) => ({ label: line.label, values: [line.amount] }));
  const budget = input.budget
    ? input.budget.lines
        .filter((line) => line.kind === 'line' && line.section !== 'in-kind')
        .map((line) => ({ label: line.label, values: [line.figures.budget, line.figures.actual] }))
    : [];
  return { income: bars('income'), expenses: bars('expenses'), budget };
}

export function financialReport(input: ReportInput): FinancialReport {
  const figures = keyFigures(input);
  return {
    year: input.year,
    period: input.period,
    closing: input.closing,
    underWay: input.underWay,
    name: input.name,
    lang: input.lang,
    euros: input.income.euros,
    figures,
    income: input.income,
    sheet: input.sheet,
    inKind: input.income.lines.filter((line) => line.section === 'in-kind'),
    budget: input.budget ?? null,
    annexe: input.annexe ?? NO_ANNEXE,
    fingerprint: input.fingerprint ?? null,
    years: input.years?.figures.length ? input.years : null,
    charts: chartsOf(input),
  };
}
