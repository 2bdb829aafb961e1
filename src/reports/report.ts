// The financial report for the general assembly (rapport financier): the key figures of the
// year, the two statements, the contributions volontaires en nature, the next year's budget
// beside this year's actuals, and the treasurer's text. A pure function of values computed
// elsewhere: the statements (whole euros or exact, as the caller chose), the closing balances,
// the budget report and the seal's fingerprint. No clock, no process, no rendering.
import { accountClass } from '../chart/chart.js';
import { balanceOf, type Balances } from '../model.js';
import { absCents, ratioString, roundToEuro, type Cents } from '../money.js';
import type { BalanceSheet } from './balance-sheet.js';
import type { BudgetReport } from './budget.js';
import type { IncomeStatement } from './income-statement.js';
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
  /** The key figures of the years available up to N (at most five; src/ledger/years.ts), on N's reference set. */
  readonly years?: { readonly figures: readonly YearFigures[]; readonly reference: string };
}

export interface FinancialReport {
  readonly year: number;
  readonly closing: string;
  readonly name: string;
  readonly lang: Lang;
  readonly euros: boolean;
  readonly figures: KeyFigures;
  readonly income: IncomeStatement;
  readonly sheet: BalanceSheet;
  /** The contributions volontaires en nature lines (empty when the books have none). */
  readonly inKind: readonly StatementLine[];
  readonly budget: BudgetReport | null;
  readonly fingerprint: string | null;
  /** Key figures over the years available (null with fewer than three years). */
  readonly years: { readonly figures: readonly YearFigures[]; readonly reference: string } | null;
  /** The treasurer's text: titled paragraphs. */
  readonly text: readonly { readonly title: string; readonly paragraphs: readonly string[] }[];
  readonly charts: {
    /** Income lines, then expense lines, of the compte de résultat (year N). */
    readonly income: readonly ChartBar[];
    readonly expenses: readonly ChartBar[];
    /** Budget N+1 against actuals N, per rubric: values [budget, actual]. */
    readonly budget: readonly ChartBar[];
    /** Key figures N against N−1: values [N, N−1]. */
    readonly years: readonly ChartBar[];
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
export function monthsCovered(cash: Cents, expenses: Cents): string | null {
  if (expenses <= 0n) return null;
  const tenths = (absCents(cash) * 120n * 2n + expenses) / (2n * expenses);
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
    cashMonths: monthsCovered(cash.current, t.expenses),
    balanceSheetTotal: { current: sheet.assets.total, previous: sheet.assets.previousTotal },
  };
}

function chartsOf(input: ReportInput, figures: KeyFigures, lang: Lang): FinancialReport['charts'] {
  const bars = (section: string) =>
    input.income.lines
      .filter((line) => line.kind === 'line' && line.section === section && line.amount !== 0n)
      .map((line) => ({ label: line.label, values: [line.amount] }));
  const budget = input.budget
    ? input.budget.lines
        .filter((line) => line.kind === 'line' && line.section !== 'in-kind')
        .map((line) => ({ label: line.label, values: [line.figures.budget, line.figures.actual] }))
    : [];
  const fr = lang === 'fr';
  const years: ChartBar[] = [
    { label: fr ? 'Produits' : 'Income', values: [figures.income.current, figures.income.previous] },
    { label: fr ? 'Charges' : 'Expenses', values: [figures.expenses.current, figures.expenses.previous] },
    { label: fr ? 'Fonds propres' : 'Own funds', values: [figures.ownFunds.current, figures.ownFunds.previous] },
    { label: fr ? 'Trésorerie' : 'Cash', values: [figures.cash.current, figures.cash.previous] },
    {
      label: fr ? 'Total du bilan' : 'Balance sheet total',
      values: [figures.balanceSheetTotal.current, figures.balanceSheetTotal.previous],
    },
  ];
  return { income: bars('income'), expenses: bars('expenses'), budget, years };
}

export function financialReport(input: ReportInput): FinancialReport {
  const figures = keyFigures(input);
  return {
    year: input.year,
    closing: input.closing,
    name: input.name,
    lang: input.lang,
    euros: input.income.euros,
    figures,
    income: input.income,
    sheet: input.sheet,
    inKind: input.income.lines.filter((line) => line.section === 'in-kind'),
    budget: input.budget ?? null,
    fingerprint: input.fingerprint ?? null,
    years: input.years?.figures.length ? input.years : null,
    text: reportText(input, figures),
    charts: chartsOf(input, figures, input.lang),
  };
}

// ——— The treasurer's text ———

/** "1 436 €" (whole euros) or "1 436,50 €": the French amount, with a narrow no-break space. */
export function euroText(cents: Cents, euros: boolean): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  const decimals = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}${euros ? '' : `,${decimals}`}\u00a0€`;
}

/** A 4-decimal ratio as a whole percentage, half away from zero ("0.5711" → "57 %"); exact, on the digits. */
export function percentText(ratio: string | null, lang: Lang): string {
  if (ratio === null) return '—';
  const negative = ratio.startsWith('-');
  const [integer, decimals] = (negative ? ratio.slice(1) : ratio).split('.') as [string, string];
  const basisPoints = BigInt(integer) * 10000n + BigInt(decimals.padEnd(4, '0').slice(0, 4));
  const percent = (basisPoints + 50n) / 100n;
  return `${negative && percent !== 0n ? '-' : ''}${percent}${lang === 'fr' ? '\u00a0%' : '%'}`;
}

/** "7.0" → "7,0" in French. */
export const decimalText = (value: string, lang: Lang): string => (lang === 'fr' ? value.replace('.', ',') : value);

function reportText(input: ReportInput, f: KeyFigures): FinancialReport['text'] {
  const e = input.income.euros;
  const money = (cents: Cents) => euroText(cents, e);
  const year = input.year;
  const fr = input.lang === 'fr';
  const result = f.result.current;
  const other = f.income.current - f.membershipFees.current;
  const otherShare = f.income.current > 0n ? ratioString(other, f.income.current) : null;
  const sections: { title: string; paragraphs: string[] }[] = [];

  // 1. The income statement.
  const statement: string[] = [];
  statement.push(
    fr
      ? `Sur l'année ${year}, nous aboutissons à ${result >= 0n ? 'un excédent' : 'un déficit'} de ${money(absCents(result))}.`
      : `For ${year}, the accounts show a ${result >= 0n ? 'surplus' : 'deficit'} of ${money(absCents(result))}.`,
  );
  statement.push(
    fr
      ? `Les produits atteignent ${money(f.income.current)}. Les cotisations sont de ${money(f.membershipFees.current)}, soit ${percentText(f.membershipShare, 'fr')} du total des produits, et les autres produits de ${money(other)}, soit ${percentText(otherShare, 'fr')}.`
      : `Income reaches ${money(f.income.current)}. Membership fees are ${money(f.membershipFees.current)}, ${percentText(f.membershipShare, 'en')} of total income, and other income ${money(other)}, ${percentText(otherShare, 'en')}.`,
  );
  const staff = f.staffCosts.current;
  const staffShare = f.expenses.current > 0n ? percentText(ratioString(staff, f.expenses.current), input.lang) : null;
  statement.push(
    fr
      ? `Le total des charges s'élève à ${money(f.expenses.current)} ; ${staff === 0n ? "l'association n'a pas de frais de personnel" : `les frais de personnel sont de ${money(staff)}${staffShare ? `, soit ${staffShare} des charges` : ''}`}.`
      : `Total expenses come to ${money(f.expenses.current)}; ${staff === 0n ? 'the association has no staff costs' : `staff costs are ${money(staff)}${staffShare ? `, ${staffShare} of expenses` : ''}`}.`,
  );
  if (f.result.previous !== null) {
    const before = f.result.previous;
    statement.push(
      fr
        ? `En ${year - 1}, le résultat était ${before >= 0n ? 'un excédent' : 'un déficit'} de ${money(absCents(before))} ; les produits ${changeText(f.income, money, 'fr')}, les charges ${changeText(f.expenses, money, 'fr')}.`
        : `In ${year - 1}, the result was a ${before >= 0n ? 'surplus' : 'deficit'} of ${money(absCents(before))}; income ${changeText(f.income, money, 'en')}, expenses ${changeText(f.expenses, money, 'en')}.`,
    );
  }
  sections.push({ title: fr ? `1/ Compte de résultat ${year}` : `1/ Income statement ${year}`, paragraphs: statement });

  // 2. The balance sheet.
  const sheet: string[] = [];
  const months =
    f.cashMonths !== null
      ? fr
        ? `, soit ${decimalText(f.cashMonths, 'fr')} mois de charges`
        : `, ${f.cashMonths} months of expenses`
      : '';
  const receivables = f.receivables.current;
  sheet.push(
    fr
      ? `À la fin de l'exercice ${year}, nous avons à l'actif ${receivables !== 0n ? `des créances pour ${money(receivables)} et ` : ''}une trésorerie de ${money(f.cash.current)}${months}.`
      : `At the end of ${year}, the assets hold ${receivables !== 0n ? `receivables of ${money(receivables)} and ` : ''}cash of ${money(f.cash.current)}${months}.`,
  );
  const deferred = f.deferredIncome.current;
  const debts = f.debts.current;
  if (debts !== 0n || deferred !== 0n) {
    sheet.push(
      fr
        ? `Au passif, ${debts !== 0n ? `les dettes s'élèvent à ${money(debts)}` : "l'association n'a pas de dettes"}${deferred !== 0n ? ` ; les produits constatés d'avance sont de ${money(deferred)}` : ''}.`
        : `On the liabilities side, ${debts !== 0n ? `debts amount to ${money(debts)}` : 'the association has no debts'}${deferred !== 0n ? `; deferred income is ${money(deferred)}` : ''}.`,
    );
  } else
    sheet.push(
      fr ? "Au passif, l'association n'a pas de dettes." : 'On the liabilities side, the association has no debts.',
    );
  sheet.push(
    fr
      ? `Les fonds propres atteignent ${money(f.ownFunds.current)}, ${result >= 0n ? `comprenant le résultat de ${year} pour ${money(result)}` : `après le déficit de ${year} de ${money(-result)}`}${f.ownFunds.previous !== null ? ` (${money(f.ownFunds.previous)} fin ${year - 1})` : ''}.`
      : `Own funds reach ${money(f.ownFunds.current)}, ${result >= 0n ? `including the ${year} result of ${money(result)}` : `after the ${year} deficit of ${money(-result)}`}${f.ownFunds.previous !== null ? ` (${money(f.ownFunds.previous)} at the end of ${year - 1})` : ''}.`,
  );
  if (f.cash.previous !== null) {
    sheet.push(
      fr
        ? `La trésorerie ${changeText(f.cash, money, 'fr', false)} sur l'année ; le total du bilan est de ${money(f.balanceSheetTotal.current)}.`
        : `Cash ${changeText(f.cash, money, 'en')} over the year; the balance sheet totals ${money(f.balanceSheetTotal.current)}.`,
    );
  }
  sections.push({
    title: fr ? `2/ Bilan au ${closingDay(input)}` : `2/ Balance sheet at ${closingDay(input)}`,
    paragraphs: sheet,
  });

  // 3. The contributions volontaires en nature.
  const inKindTotal = input.income.lines.find((line) => line.id === 'cvn.total-ressources');
  if (inKindTotal && inKindTotal.amount !== 0n) {
    sections.push({
      title: fr ? '3/ Contributions volontaires en nature' : '3/ Voluntary contributions in kind',
      paragraphs: [
        fr
          ? `Les contributions volontaires en nature (bénévolat, dons et prestations en nature) sont valorisées à ${money(inKindTotal.amount)} ; elles n'entrent pas dans le résultat.`
          : `Voluntary contributions in kind (volunteering, gifts and services in kind) are valued at ${money(inKindTotal.amount)}; they are not part of the result.`,
      ],
    });
  }

  // 4. The next year's budget.
  if (input.budget) {
    const a = input.budget.annualTotals;
    const n = sections.length + 1;
    sections.push({
      title: fr ? `${n}/ Budget prévisionnel ${input.budget.year}` : `${n}/ Budget ${input.budget.year}`,
      paragraphs: [
        fr
          ? `Le budget ${input.budget.year} prévoit ${a.result >= 0n ? 'un excédent' : 'un déficit'} de ${money(absCents(a.result))} : produits ${money(a.income)} (réalisé ${year} : ${money(f.income.current)}), charges ${money(a.expenses)} (réalisé ${year} : ${money(f.expenses.current)}).`
          : `The ${input.budget.year} budget forecasts a ${a.result >= 0n ? 'surplus' : 'deficit'} of ${money(absCents(a.result))}: income ${money(a.income)} (${year} actual: ${money(f.income.current)}), expenses ${money(a.expenses)} (${year} actual: ${money(f.expenses.current)}).`,
      ],
    });
  }
  return sections;
}

const MONTHS = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "2011-12-31" → "31 décembre 2011" / "31 December 2011". */
export function longDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  return `${parseInt(day, 10)}${lang === 'fr' && day === '01' ? 'er' : ''} ${MONTHS[lang][parseInt(month, 10) - 1]} ${year}`;
}

function closingDay(input: ReportInput): string {
  return longDate(input.closing, input.lang);
}

function changeText(value: Compared, money: (cents: Cents) => string, lang: Lang, plural = true): string {
  if (value.previous === null) return '';
  const change = value.current - value.previous;
  if (lang === 'fr')
    return change === 0n
      ? `${plural ? 'sont stables' : 'est stable'} (${money(value.current)})`
      : `${change > 0n ? (plural ? 'augmentent' : 'augmente') : plural ? 'diminuent' : 'diminue'} de ${money(absCents(change))} (${money(value.previous)} → ${money(value.current)})`;
  return change === 0n
    ? `are stable (${money(value.current)})`
    : `${change > 0n ? 'rose' : 'fell'} by ${money(absCents(change))} (${money(value.previous)} → ${money(value.current)})`;
}
