// The treasurer's text of the financial report and the labels of its chart of the years, written
// from the report's figures (src/reports/report.ts stays data) with the words of
// src/messages/report.ts, in the language of the statement labels.
import { reportWords as w, type WrittenChange } from '../messages/report.js';
import { type Lang, say } from '../messages/text.js';
import { periodMessages } from '../messages/treasurer.js';
import { isCalendarYear, yearName } from '../reports/year-title.js';
import { absCents, ratioString, type Cents } from '../money.js';
import type { ChartBar, Compared, FinancialReport } from '../reports/report.js';

export { decimalText, longDate, percentText } from '../messages/report.js';

/** "1 436 €" or "1 436,50 €" in French (a narrow no-break space between thousands), "€1,436" or "€1,436.50" in English. */
export function euroText(cents: Cents, euros: boolean, lang: Lang): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
  const decimals = (abs % 100n).toString().padStart(2, '0');
  if (lang === 'en') return `${negative ? '-' : ''}€${whole}${euros ? '' : `.${decimals}`}`;
  return `${negative ? '-' : ''}${whole}${euros ? '' : `,${decimals}`}\u00a0€`;
}

export interface TextSection {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** The bars of the chart of the years: income, expenses, own funds, cash, the balance sheet total. */
export function yearsChart(report: FinancialReport): ChartBar[] {
  const f = report.figures;
  const bar = (label: ReturnType<typeof w.income>, value: Compared): ChartBar => ({
    label: say(label, report.lang),
    values: [value.current, value.previous],
  });
  return [
    bar(w.income(), f.income),
    bar(w.expenses(), f.expenses),
    bar(w.ownFunds(), f.ownFunds),
    bar(w.cash(), f.cash),
    bar(w.balanceSheetTotal(), f.balanceSheetTotal),
  ];
}

/** The treasurer's text: the income statement, the balance sheet, the contributions in kind, the next budget. */
export function reportText(report: FinancialReport): TextSection[] {
  const lang = report.lang;
  const money = (cents: Cents) => euroText(cents, report.euros, lang);
  const changed = (value: Compared): WrittenChange => ({
    change: value.current - (value.previous ?? 0n),
    by: money(absCents(value.current - (value.previous ?? 0n))),
    previous: money(value.previous ?? 0n),
    current: money(value.current),
  });
  const f = report.figures;
  const year = report.year;
  const result = f.result.current;
  const other = f.income.current - f.membershipFees.current;
  const otherShare = f.income.current > 0n ? ratioString(other, f.income.current) : null;
  const sections: TextSection[] = [];

  // 1. The income statement.
  const staff = f.staffCosts.current;
  const statement = [
    w.result(
      year,
      result >= 0n,
      money(absCents(result)),
      report.underWay
        ? w.underWay(report.closing, year)
        : isCalendarYear(year, report.period)
          ? undefined
          : periodMessages.over(report.period.start, report.period.end),
    ),
    w.incomeMix(money(f.income.current), money(f.membershipFees.current), f.membershipShare, money(other), otherShare),
    w.expensesStaff(
      money(f.expenses.current),
      staff === 0n ? null : money(staff),
      f.expenses.current > 0n ? ratioString(staff, f.expenses.current) : null,
    ),
  ];
  if (f.result.previous !== null) {
    const before = f.result.previous;
    statement.push(
      w.previousYear(year - 1, before >= 0n, money(absCents(before)), changed(f.income), changed(f.expenses)),
    );
  }
  sections.push({
    title: say(w.statementTitle(yearName(year, report.period)), lang),
    paragraphs: statement.map((p) => say(p, lang)),
  });

  // 2. The balance sheet.
  const receivables = f.receivables.current;
  const sheet = [
    w.assetsHeld(year, receivables !== 0n ? money(receivables) : null, money(f.cash.current), f.cashMonths),
    w.liabilities(
      f.debts.current !== 0n ? money(f.debts.current) : null,
      f.deferredIncome.current !== 0n ? money(f.deferredIncome.current) : null,
    ),
    w.ownFundsReach(
      year,
      money(f.ownFunds.current),
      result >= 0n,
      money(result >= 0n ? result : -result),
      f.ownFunds.previous !== null ? money(f.ownFunds.previous) : null,
    ),
  ];
  if (f.cash.previous !== null) sheet.push(w.cashOverYear(changed(f.cash), money(f.balanceSheetTotal.current)));
  sections.push({ title: say(w.sheetTitle(report.closing), lang), paragraphs: sheet.map((p) => say(p, lang)) });

  // 3. The contributions volontaires en nature.
  const inKindTotal = report.income.lines.find((line) => line.id === 'cvn.total-ressources');
  if (inKindTotal && inKindTotal.amount !== 0n)
    sections.push({ title: say(w.inKindTitle(), lang), paragraphs: [say(w.inKind(money(inKindTotal.amount)), lang)] });

  // 4. The next year's budget.
  if (report.budget) {
    const a = report.budget.annualTotals;
    sections.push({
      title: say(w.budgetTitle(sections.length + 1, report.budget.year), lang),
      paragraphs: [
        say(
          w.budget(report.budget.year, year, a.result >= 0n, money(absCents(a.result)), {
            income: money(a.income),
            actualIncome: money(f.income.current),
            expenses: money(a.expenses),
            actualExpenses: money(f.expenses.current),
          }),
          lang,
        ),
      ],
    });
  }
  return sections;
}
