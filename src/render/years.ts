// Several years side by side → documents (an amount column per year) and JSON (`amounts` keyed
// by year beside the usual keys of each statement's JSON).
import { say } from '../messages/text.js';
import { yearsMessages } from '../messages/years.js';
import { centsToString, type Cents } from '../money.js';
import type { Lang } from '../reports/statement-line.js';
import type { YearColumn, YearFigures, YearsBalanceSheet, YearsIncomeStatement, YearsLine } from '../reports/years.js';
import { amount, type Document, type Row } from './document.js';

const styleOf = (kind: YearsLine['kind']): Row['style'] =>
  kind === 'heading' ? 'heading' : kind === 'subtotal' ? 'subtotal' : kind === 'total' ? 'total' : 'normal';

function rowsOf(lines: readonly YearsLine[], years: readonly number[], detail: boolean): Row[] {
  const rows: Row[] = [];
  for (const line of lines) {
    const heading = line.kind === 'heading';
    rows.push({
      cells: [line.label, ...years.map((year) => (heading ? '' : amount(line.amounts.get(year) ?? 0n)))],
      style: styleOf(line.kind),
      depth: line.depth,
    });
    if (detail && line.kind === 'line')
      for (const account of line.accounts)
        rows.push({
          cells: [
            `${account.account} ${account.label}`.trim(),
            ...years.map((year) => amount(account.amounts.get(year) ?? 0n)),
          ],
          style: 'detail',
          depth: line.depth + 2,
        });
  }
  return rows;
}

/** The notes every multi-year table carries: where each column comes from. */
export function columnNotes(columns: readonly YearColumn[], reference: string, euros: boolean, lang: Lang): string[] {
  const years = (keep: (column: YearColumn) => boolean) => columns.filter(keep).map((column) => column.year);
  const notes: string[] = [];
  const sealed = years((column) => column.source === 'seal');
  if (sealed.length) notes.push(say(yearsMessages.sealed(sealed), lang));
  const carriedFrom = [...new Set(columns.filter((c) => c.carried).map((c) => c.reference))];
  for (const from of carriedFrom)
    notes.push(
      say(
        yearsMessages.carried(
          years((c) => c.carried && c.reference === from),
          from,
          reference,
        ),
        lang,
      ),
    );
  const provisional = years((column) => column.provisional);
  if (provisional.length) notes.push(say(yearsMessages.provisional(provisional), lang));
  if (euros) notes.push(say(yearsMessages.wholeEuros(), lang));
  return notes;
}

const span = (years: readonly number[]) => [years[0]!, years[years.length - 1]!] as const;
const named = (title: string, name: string) => `${title}${name ? ` — ${name}` : ''}`;
const yearColumns = (years: readonly number[]) => [
  { header: '', align: 'left' as const },
  ...years.map((year) => ({ header: `${year}`, align: 'right' as const })),
];

export interface YearsDisplay {
  readonly lang: Lang;
  readonly detail: boolean;
  readonly name: string;
}

export function incomeStatementYearsDocument(report: YearsIncomeStatement, options: YearsDisplay): Document {
  const [from, to] = span(report.years);
  return {
    title: named(say(yearsMessages.incomeTitle(from, to), options.lang), options.name),
    columns: yearColumns(report.years),
    rows: rowsOf(report.lines, report.years, options.detail),
    notes: columnNotes(report.columns, report.reference, report.euros, options.lang),
    euros: report.euros,
  };
}

export function balanceSheetYearsDocuments(report: YearsBalanceSheet, options: YearsDisplay): Document[] {
  const [from, to] = span(report.years);
  const side = (lines: readonly YearsLine[], title: string, notes: string[]): Document => ({
    title: named(title, options.name),
    columns: yearColumns(report.years),
    rows: rowsOf(lines, report.years, options.detail),
    notes,
    euros: report.euros,
  });
  return [
    side(report.assets.lines, say(yearsMessages.assetsTitle(from, to), options.lang), []),
    side(
      report.liabilities.lines,
      say(yearsMessages.liabilitiesTitle(from, to), options.lang),
      columnNotes(report.columns, report.reference, report.euros, options.lang),
    ),
  ];
}

// ——— JSON ———

const byYear = (years: readonly number[], values: (year: number) => Cents): Record<string, string> =>
  Object.fromEntries(years.map((year) => [String(year), centsToString(values(year))]));

function columnsJson(columns: readonly YearColumn[]) {
  return columns.map((column) => ({
    year: column.year,
    source: column.source,
    reference: column.reference,
    carried: column.carried,
    provisionalOpening: column.provisional,
    fingerprint: column.fingerprint,
  }));
}

/** `amount` is the latest year's, `previous` the year before it when the range has it (else null), `amounts` every year's. */
function lineJson(line: YearsLine, years: readonly number[], amountKey: 'amount' | 'net') {
  const latest = years[years.length - 1]!;
  const value = (year: number) => line.amounts.get(year) ?? 0n;
  return {
    id: line.id,
    kind: line.kind === 'total' ? 'subtotal' : line.kind,
    label: line.label,
    ...(line.section === 'assets' || line.section === 'liabilities' ? {} : { section: line.section }),
    [amountKey]: centsToString(value(latest)),
    previous: years.includes(latest - 1) ? centsToString(value(latest - 1)) : null,
    amounts: byYear(years, value),
    ...(line.kind === 'line' || line.kind === 'dont'
      ? {
          accounts: line.accounts.map((account) => ({
            account: account.account,
            label: account.label,
            amount: centsToString(account.amounts.get(latest) ?? 0n),
            amounts: byYear(years, (year) => account.amounts.get(year) ?? 0n),
          })),
        }
      : {}),
  };
}

export function incomeStatementYearsJson(report: YearsIncomeStatement) {
  const years = report.years;
  return {
    year: years[years.length - 1],
    years,
    reference: report.reference,
    columns: columnsJson(report.columns),
    lines: report.lines.filter((line) => line.kind !== 'heading').map((line) => lineJson(line, years, 'amount')),
    totals: Object.fromEntries(
      years.map((year) => {
        const totals = report.totals.get(year)!;
        return [
          String(year),
          {
            income: centsToString(totals.income),
            expenses: centsToString(totals.expenses),
            result: centsToString(totals.result),
          },
        ];
      }),
    ),
  };
}

export function balanceSheetYearsJson(report: YearsBalanceSheet) {
  const years = report.years;
  const side = (which: 'assets' | 'liabilities') => ({
    lines: report[which].lines
      .filter((line) => line.kind !== 'heading')
      .map((line) => lineJson(line, years, which === 'assets' ? 'net' : 'amount')),
    totals: byYear(years, (year) => report[which].totals.get(year) ?? 0n),
  });
  return {
    year: years[years.length - 1],
    years,
    reference: report.reference,
    columns: columnsJson(report.columns),
    assets: side('assets'),
    liabilities: side('liabilities'),
    balanced: Object.fromEntries(years.map((year) => [String(year), report.balanced.get(year) ?? false])),
  };
}

// ——— The assembly report's figures over the years ———

export function figuresYearsDocument(
  figures: readonly YearFigures[],
  reference: string,
  euros: boolean,
  lang: Lang,
): Document {
  const years = figures.map((f) => f.year);
  const [from, to] = span(years);
  const row = (label: string, value: (f: YearFigures) => Cents, style: Row['style'] = 'normal'): Row => ({
    cells: [label, ...figures.map((f) => amount(value(f)))],
    style,
  });
  const m = yearsMessages;
  return {
    title: say(m.figuresTitle(from, to), lang),
    columns: yearColumns(years),
    rows: [
      row(say(m.income(), lang), (f) => f.income),
      row(say(m.expenses(), lang), (f) => f.expenses),
      row(say(m.result(), lang), (f) => f.result, 'total'),
      row(say(m.ownFunds(), lang), (f) => f.ownFunds),
      row(say(m.cash(), lang), (f) => f.cash),
      row(say(m.balanceSheetTotal(), lang), (f) => f.balanceSheetTotal, 'subtotal'),
    ],
    notes: [say(m.figuresNote(reference), lang)],
    euros,
  };
}

export function figuresYearsJson(figures: readonly YearFigures[]) {
  return figures.map((f) => ({
    year: f.year,
    source: f.source,
    income: centsToString(f.income),
    expenses: centsToString(f.expenses),
    result: centsToString(f.result),
    ownFunds: centsToString(f.ownFunds),
    cash: centsToString(f.cash),
    balanceSheetTotal: centsToString(f.balanceSheetTotal),
  }));
}
