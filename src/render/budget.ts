// The budget report → documents (table, CSV, Markdown) and JSON (as SPEC.md: lines and totals).
import { centsToString, type Cents } from '../money.js';
import { frenchDate } from '../date.js';
import type { BudgetDisplayLine, BudgetReport, BudgetTotals, Compared } from '../reports/budget.js';
import type { Lang } from '../reports/statement-line.js';
import { amount, type Cell, type Column, type Document, type Row } from './document.js';
import { frenchAmount, moneyIn } from './number.js';
import { isCalendarYear, yearTitle, type Period } from '../reports/year-title.js';

export interface BudgetDisplayOptions {
  readonly lang: Lang;
  readonly name: string;
  /** The first month of the budget year, YYYY-MM (month labels of --monthly). */
  readonly firstMonth: string;
  /** Ratios as percentages (people), plain decimals (CSV for scripts) or decimals with a comma (CSV for Excel). */
  readonly ratios: RatioStyle;
  readonly profile?: string;
  /** The budget year's first and last days: a year that is not a calendar year is titled by them. */
  readonly period?: Period;
}

const T = {
  fr: {
    forecast: 'Budget prévisionnel',
    versus: 'Budget et réalisé',
    budget: 'Budget',
    annual: 'Budget annuel',
    toDate: 'au',
    actual: 'Réalisé',
    variance: 'Écart',
    ratio: '%',
    month: 'Mois',
    income: 'Produits',
    expenses: 'Charges',
    result: 'Résultat',
    total: 'Total',
    unbudgeted: '(hors budget)',
    monthly: 'mois par mois',
    surplus: 'excédent',
    deficit: 'déficit',
    forecastResult: 'Résultat prévisionnel',
    months: 'mois sur',
  },
  en: {
    forecast: 'Budget',
    versus: 'Budget and actuals',
    budget: 'Budget',
    annual: 'Annual budget',
    toDate: 'to',
    actual: 'Actual',
    variance: 'Variance',
    ratio: '%',
    month: 'Month',
    income: 'Income',
    expenses: 'Expenses',
    result: 'Result',
    total: 'Total',
    unbudgeted: '(unbudgeted)',
    monthly: 'month by month',
    surplus: 'surplus',
    deficit: 'deficit',
    forecastResult: 'Forecast result',
    months: 'months of',
  },
};

/** "1.0234" → "102,34 %": the ratio as a percentage, moved two places exactly (no arithmetic); or the ratio itself for CSV. */
export type RatioStyle = 'percent' | 'plain' | 'excel';

export function formatPercent(ratio: string | null, style: RatioStyle, lang: Lang = 'fr'): string {
  if (ratio === null) return '';
  if (style === 'plain') return ratio;
  if (style === 'excel') return ratio.replace('.', ',');
  const negative = ratio.startsWith('-');
  const [integer, decimals] = (negative ? ratio.slice(1) : ratio).split('.') as [string, string];
  const whole = `${integer}${decimals.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  return lang === 'fr'
    ? `${negative ? '-' : ''}${whole},${decimals.slice(2)} %`
    : `${negative ? '-' : ''}${whole}.${decimals.slice(2)}%`;
}

function monthLabel(firstMonth: string, index: number): string {
  const [year, month] = firstMonth.split('-').map((part) => parseInt(part, 10)) as [number, number];
  const total = year * 12 + month - 1 + index;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const styleOf = (line: BudgetDisplayLine): Row['style'] =>
  line.kind === 'heading'
    ? 'heading'
    : line.kind === 'subtotal'
      ? 'subtotal'
      : line.kind === 'total'
        ? 'total'
        : line.kind === 'account'
          ? 'detail'
          : 'normal';

function headerColumns(report: BudgetReport, lang: Lang, ratios: RatioStyle): Column[] {
  const t = T[lang];
  const right = (header: string): Column => ({ header, align: 'right' });
  const columns: Column[] = [{ header: '', align: 'left' }];
  if (report.vs === null) return [...columns, right(`${t.budget} ${report.year}`)];
  if (report.to !== null)
    columns.push(
      right(`${t.annual} ${report.year}`),
      right(`${t.budget} ${t.toDate} ${frenchDate(report.to)}`),
      right(`${t.actual} ${t.toDate} ${frenchDate(report.to)}`),
    );
  else columns.push(right(`${t.budget} ${report.year}`), right(`${t.actual} ${report.vs}`));
  return [...columns, right(t.variance), right(ratios === 'percent' ? t.ratio : 'Ratio')];
}

function figureCells(
  figures: Compared,
  annual: Cents | null,
  report: BudgetReport,
  ratios: RatioStyle,
  lang: Lang,
  heading = false,
): Cell[] {
  if (heading) return report.vs === null ? [''] : report.to !== null ? ['', '', '', '', ''] : ['', '', '', ''];
  if (report.vs === null) return [amount(figures.budget)];
  return [
    ...(report.to !== null ? [amount(annual)] : []),
    amount(figures.budget),
    amount(figures.actual),
    amount(figures.variance),
    formatPercent(figures.ratio, ratios, lang),
  ];
}

function title(report: BudgetReport, options: BudgetDisplayOptions, monthly: boolean): string {
  const t = T[options.lang];
  const what =
    report.vs === null
      ? yearTitle(t.forecast, report.year, options.period, options.lang)
      : report.vs === report.year && !isCalendarYear(report.year, options.period)
        ? // A year that is not a calendar year is named by its days ("Exercice du 01/09/2024 au 31/08/2025").
          `${yearTitle(t.versus, report.year, options.period, options.lang)}${report.to ? `, ${t.actual.toLowerCase()} ${t.toDate} ${frenchDate(report.to)}` : ''}`
        : `${t.versus} — ${t.budget} ${report.year}, ${t.actual} ${report.vs}${report.to ? ` ${t.toDate} ${frenchDate(report.to)}` : ''}`;
  return `${what}${monthly ? ` — ${t.monthly}` : ''}${report.layout === 'cerfa' ? ' — cerfa 12156' : ''}${options.name ? ` — ${options.name}` : ''}`;
}

function notes(report: BudgetReport, options: BudgetDisplayOptions): string[] {
  const { lang } = options;
  const t = T[lang];
  const e = report.euros;
  const euro = (cents: Cents) => moneyIn(cents, e, lang);
  const kind = (cents: Cents) => (cents >= 0n ? t.surplus : t.deficit);
  const abs = (cents: Cents) => (cents < 0n ? -cents : cents);
  const out: string[] = [];
  const a = report.annualTotals;
  out.push(
    lang === 'fr'
      ? `${t.forecastResult} ${report.year} : ${kind(a.result)} de ${euro(abs(a.result))} (produits ${euro(a.income)}, charges ${euro(a.expenses)})`
      : `${t.forecastResult} ${report.year}: ${kind(a.result)} of ${euro(abs(a.result))} (income ${euro(a.income)}, expenses ${euro(a.expenses)})`,
  );
  const r = report.totals.result;
  if (report.vs !== null && r.actual !== null) {
    out.push(
      lang === 'fr'
        ? `Résultat${report.to ? ' à date' : ''} : budget ${euro(r.budget!)}, réalisé ${euro(r.actual)}, écart ${euro(r.variance!)}`
        : `Result${report.to ? ' to date' : ''}: budget ${euro(r.budget!)}, actual ${euro(r.actual)}, variance ${euro(r.variance!)}`,
    );
  }
  if (report.to !== null) {
    const from = monthLabel(options.firstMonth, 0);
    const until = monthLabel(options.firstMonth, report.monthsElapsed - 1);
    out.push(
      lang === 'fr'
        ? `Comparaison à date : réalisé au ${frenchDate(report.to)}, budget des mois ${from} à ${until} (${report.monthsElapsed} ${t.months} ${report.monthCount})${options.profile ? `, profil mensuel : ${options.profile}` : ''}.`
        : `Comparison to date: actuals to ${frenchDate(report.to)}, budget of months ${from} to ${until} (${report.monthsElapsed} ${t.months} ${report.monthCount})${options.profile ? `, monthly profile: ${options.profile}` : ''}.`,
    );
  }
  const unbudgeted = report.rows.filter((row) => !row.budgeted).length;
  if (unbudgeted)
    out.push(
      lang === 'fr'
        ? `${unbudgeted} compte(s) hors budget : réalisé sans ligne de budget, montré à part dans sa rubrique.`
        : `${unbudgeted} unbudgeted account(s): actuals no budget line covers, shown on their own line.`,
    );
  return out;
}

export function budgetDocument(report: BudgetReport, options: BudgetDisplayOptions): Document {
  const t = T[options.lang];
  const rows: Row[] = report.lines.map((line) => ({
    cells: [
      line.unbudgeted ? `${line.label} ${t.unbudgeted}` : line.label,
      ...figureCells(line.figures, line.annual, report, options.ratios, options.lang, line.kind === 'heading'),
    ],
    style: styleOf(line),
    depth: line.depth,
  }));
  return {
    title: title(report, options, false),
    columns: headerColumns(report, options.lang, options.ratios),
    rows,
    notes: notes(report, options),
    euros: report.euros,
  };
}

/** --monthly: one row per fiscal month, the income, expenses and result budgeted and (with --vs) actual. */
export function budgetMonthlyDocument(report: BudgetReport, options: BudgetDisplayOptions): Document {
  const t = T[options.lang];
  const right = (header: string): Column => ({ header, align: 'right' });
  const vs = report.vs !== null;
  const columns: Column[] = [{ header: t.month, align: 'left' }];
  for (const name of [t.income, t.expenses, t.result])
    columns.push(
      ...(vs
        ? [right(`${name} ${t.budget.toLowerCase()}`), right(`${name} ${t.actual.toLowerCase()}`)]
        : [right(name)]),
    );
  if (vs) columns.push(right(`${t.variance} ${t.result.toLowerCase()}`));
  const cells = (totals: BudgetTotals): Cell[] => [
    ...[totals.income, totals.expenses, totals.result].flatMap((c) =>
      vs ? [amount(c.budget), amount(c.actual)] : [amount(c.budget)],
    ),
    ...(vs ? [amount(totals.result.variance)] : []),
  ];
  const rows: Row[] = report.months.map((month) => ({
    cells: [monthLabel(options.firstMonth, month.index), ...cells(month.totals)],
    style: 'normal',
  }));
  const whole = report.months.reduce(
    (t, m) => ({
      income: t.income + m.totals.income.budget!,
      expenses: t.expenses + m.totals.expenses.budget!,
    }),
    { income: 0n, expenses: 0n },
  );
  rows.push({
    cells: [report.to ? `${t.total} (${t.toDate} ${frenchDate(report.to)})` : t.total, ...cells(report.totals)],
    style: 'total',
  });
  const extra = report.to
    ? [
        options.lang === 'fr'
          ? `Budget de l'année entière : produits ${frenchAmount(whole.income, false)} €, charges ${frenchAmount(whole.expenses, false)} €.`
          : `Whole-year budget: income ${moneyIn(whole.income, false, 'en')}, expenses ${moneyIn(whole.expenses, false, 'en')}.`,
      ]
    : [];
  return {
    title: title(report, options, true),
    columns,
    rows,
    notes: [...notes({ ...report, euros: false }, options), ...extra],
    euros: false,
  };
}

const money = (cents: Cents | null): string | null => (cents === null ? null : centsToString(cents));
const totalJson = (c: Compared) => ({ budget: money(c.budget), actual: money(c.actual), variance: money(c.variance) });
const totalsJson = (totals: BudgetTotals) => ({
  income: totalJson(totals.income),
  expenses: totalJson(totals.expenses),
  result: totalJson(totals.result),
});

/** JSON as SPEC.md; `to` (the cut-off of a comparison to date) and, with --monthly, `months` are added. */
export function budgetJson(report: BudgetReport, options: { monthly: boolean; firstMonth: string }) {
  const lineJson = (row: { account: string; label: string; section: string } & Compared) => ({
    account: row.account,
    label: row.label,
    section: row.section,
    budget: money(row.budget),
    actual: money(row.actual),
    variance: money(row.variance),
    ratio: row.ratio,
  });
  return {
    year: report.year,
    vs: report.vs,
    to: report.to,
    lines: report.rows.map(lineJson),
    totals: totalsJson(report.totals),
    ...(options.monthly
      ? {
          months: report.months.map((month) => ({
            month: monthLabel(options.firstMonth, month.index),
            lines: month.rows.map(lineJson),
            totals: totalsJson(month.totals),
          })),
        }
      : {}),
  };
}
