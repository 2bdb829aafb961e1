// The financial report → its parts in reading order (key figures, text, statements, in-kind
// contributions, budget, seal), then terminal text, Markdown and JSON. HTML is in html.ts.
import { centsToString, type Cents } from '../money.js';
import type { FinancialReport, KeyFigures, Compared } from '../reports/report.js';
import { decimalText, longDate, percentText, reportText } from './report-text.js';
import { assetRegisterDocument, assetRegisterJson } from './assets.js';
import { dedicatedFundsDocument, dedicatedFundsJson, equityChangesDocument, equityChangesJson } from './annexe.js';
import { budgetDocument, budgetJson } from './budget.js';
import { amount, type Document, type Row } from './document.js';
import { balanceSheetJson, incomeStatementJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { balanceSheetDocuments, incomeStatementDocument } from './statements.js';
import { renderTable, wrapText } from './table.js';
import { yearTitle } from '../reports/year-title.js';
import { figuresYearsDocument, figuresYearsJson } from './years.js';

export type ReportPart =
  | {
      readonly kind: 'table';
      readonly id:
        | 'figures'
        | 'years'
        | 'income-statement'
        | 'assets'
        | 'liabilities'
        | 'in-kind'
        | 'equity-changes'
        | 'dedicated-funds'
        | 'fixed-assets'
        | 'year-budget'
        | 'budget';
      readonly doc: Document;
    }
  | { readonly kind: 'text'; readonly title: string; readonly paragraphs: readonly string[] };

export const REPORT_T = {
  fr: {
    title: 'Rapport financier',
    figures: 'Chiffres clés',
    income: 'Produits',
    expenses: 'Charges',
    result: 'Résultat (excédent ou déficit)',
    fees: 'Cotisations',
    feesShare: 'Part des cotisations dans les produits',
    staff: 'Frais de personnel',
    ownFunds: 'Fonds propres',
    debts: "Dettes (hors produits constatés d'avance)",
    deferred: "Produits constatés d'avance",
    receivables: 'Créances',
    cash: "Trésorerie en fin d'exercice",
    cashMonths: 'Trésorerie en mois de charges',
    total: 'Total du bilan',
    inKind: 'Contributions volontaires en nature',
    inKindNone: "Aucune contribution volontaire en nature n'est enregistrée.",
    text: 'Rapport du trésorier',
    seal: 'Exercice clôturé — empreinte du scellé',
    notSealed: "Exercice non clôturé : pas d'empreinte de scellé (locks/{year}.json).",
    statements: 'Comptes annuels',
    budget: 'Budget',
    change: 'Variation',
    months: 'mois',
    cents: 'Montants en euros et centimes.',
    euros:
      'Montants en euros entiers (chaque ligne arrondie une fois, totaux tombant juste) ; les comptes sont tenus au centime.',
  },
  en: {
    title: 'Financial report',
    figures: 'Key figures',
    income: 'Income',
    expenses: 'Expenses',
    result: 'Result (surplus or deficit)',
    fees: 'Membership fees',
    feesShare: 'Membership fees as a share of income',
    staff: 'Staff costs',
    ownFunds: 'Own funds',
    debts: 'Debts (excluding deferred income)',
    deferred: 'Deferred income',
    receivables: 'Receivables',
    cash: 'Cash at year end',
    cashMonths: 'Cash in months of expenses',
    total: 'Balance sheet total',
    inKind: 'Voluntary contributions in kind',
    inKindNone: 'No voluntary contribution in kind is recorded.',
    text: "Treasurer's report",
    seal: 'Closed year — seal fingerprint',
    notSealed: 'Year not closed: no seal fingerprint (locks/{year}.json).',
    statements: 'Annual accounts',
    budget: 'Budget',
    change: 'Change',
    months: 'months',
    cents: 'Amounts in euros and cents.',
    euros: 'Amounts in whole euros (each line rounded once, totals footing); the books are kept to the cent.',
  },
};

const hasPrevious = (f: KeyFigures): boolean => [f.income, f.ownFunds, f.cash].some((c) => c.previous !== null);

export function figuresDocument(report: FinancialReport): Document {
  const t = REPORT_T[report.lang];
  const f = report.figures;
  const previous = hasPrevious(f);
  const row = (label: string, value: Compared, style: Row['style'] = 'normal'): Row => ({
    cells: [
      label,
      amount(value.current),
      ...(previous
        ? [amount(value.previous), amount(value.previous === null ? null : value.current - value.previous)]
        : []),
    ],
    style,
  });
  const textRow = (label: string, text: string): Row => ({
    cells: [label, text, ...(previous ? ['', ''] : [])],
    style: 'normal',
  });
  const rows: Row[] = [
    row(t.income, f.income),
    row(t.expenses, f.expenses),
    row(t.result, f.result, 'total'),
    row(t.fees, f.membershipFees),
    textRow(t.feesShare, percentText(f.membershipShare, report.lang)),
    row(t.staff, f.staffCosts),
    row(t.ownFunds, f.ownFunds),
    row(t.debts, f.debts),
    row(t.deferred, f.deferredIncome),
    row(t.receivables, f.receivables),
    row(t.cash, f.cash),
    textRow(t.cashMonths, f.cashMonths === null ? '—' : `${decimalText(f.cashMonths, report.lang)} ${t.months}`),
    row(t.total, f.balanceSheetTotal, 'subtotal'),
  ];
  return {
    title: yearTitle(t.figures, report.year, report.period, report.lang),
    columns: [
      { header: '', align: 'left' },
      { header: `${report.year}`, align: 'right' },
      ...(previous
        ? [
            { header: `${report.year - 1}`, align: 'right' as const },
            { header: t.change, align: 'right' as const },
          ]
        : []),
    ],
    rows,
    notes: [report.euros ? t.euros : t.cents],
    euros: report.euros,
  };
}

/** `terminal`: the annexe's tables with short column headers, to fit a terminal's width. */
export function reportParts(report: FinancialReport, budgetFirstMonth: string, terminal = false): ReportPart[] {
  const t = REPORT_T[report.lang];
  const display = { lang: report.lang, detail: false, name: report.name, period: report.period };
  const parts: ReportPart[] = [{ kind: 'table', id: 'figures', doc: figuresDocument(report) }];
  if (report.years)
    parts.push({
      kind: 'table',
      id: 'years',
      doc: figuresYearsDocument(report.years.figures, report.years.reference, report.euros, report.lang),
    });
  for (const section of reportText(report))
    parts.push({ kind: 'text', title: section.title, paragraphs: section.paragraphs });
  const statement = incomeStatementDocument(
    { ...report.income, lines: report.income.lines.filter((line) => line.section !== 'in-kind') },
    display,
  );
  parts.push({ kind: 'table', id: 'income-statement', doc: statement });
  const [assets, liabilities] = balanceSheetDocuments(report.sheet, display) as [Document, Document];
  parts.push({ kind: 'table', id: 'assets', doc: assets }, { kind: 'table', id: 'liabilities', doc: liabilities });
  if (report.inKind.length) {
    const inKind = incomeStatementDocument({ ...report.income, lines: report.inKind, absorbed: [] }, display);
    parts.push({
      kind: 'table',
      id: 'in-kind',
      doc: {
        ...inKind,
        title: `${yearTitle(t.inKind, report.year, report.period, report.lang)}${report.name ? ` — ${report.name}` : ''}`,
        notes: [],
      },
    });
  } else parts.push({ kind: 'text', title: t.inKind, paragraphs: [t.inKindNone] });
  const annexe = report.annexe;
  if (annexe.equity)
    parts.push({
      kind: 'table',
      id: 'equity-changes',
      doc: equityChangesDocument(annexe.equity, report.lang, terminal, report.period),
    });
  if (annexe.funds)
    parts.push({
      kind: 'table',
      id: 'dedicated-funds',
      doc: dedicatedFundsDocument(annexe.funds, report.lang, terminal, report.period),
    });
  if (annexe.assets)
    parts.push({ kind: 'table', id: 'fixed-assets', doc: assetRegisterDocument(annexe.assets, report.lang) });
  if (annexe.yearBudget) {
    parts.push({
      kind: 'table',
      id: 'year-budget',
      doc: budgetDocument(annexe.yearBudget, {
        lang: report.lang,
        name: report.name,
        firstMonth: annexe.firstMonth,
        ratios: 'percent',
      }),
    });
  }
  if (report.budget) {
    parts.push({
      kind: 'table',
      id: 'budget',
      doc: budgetDocument(report.budget, {
        lang: report.lang,
        name: report.name,
        firstMonth: budgetFirstMonth,
        ratios: 'percent',
      }),
    });
  }
  parts.push({
    kind: 'text',
    title: report.fingerprint ? t.seal : '',
    paragraphs: [report.fingerprint ?? t.notSealed.replace('{year}', String(report.year))],
  });
  return parts;
}

export function reportTitle(report: FinancialReport): string {
  const t = REPORT_T[report.lang];
  return `${yearTitle(t.title, report.year, report.period, report.lang)}${report.name ? ` — ${report.name}` : ''}`;
}

export function reportSubtitle(report: FinancialReport): string {
  if (report.underWay)
    return report.lang === 'fr'
      ? `Exercice en cours, comptes arrêtés au ${longDate(report.closing, 'fr')}`
      : `Year under way, accounts as of ${longDate(report.closing, 'en')}`;
  return report.lang === 'fr'
    ? `Exercice clos le ${longDate(report.closing, 'fr')}`
    : `Year ended ${longDate(report.closing, 'en')}`;
}

/** The terminal report: tables (render/table.ts) and the text wrapped to the width. */
export function renderReportText(
  report: FinancialReport,
  parts: readonly ReportPart[],
  color: boolean,
  width: number | undefined,
): string {
  const out = [`${reportTitle(report)}\n${reportSubtitle(report)}\n`];
  for (const part of parts) {
    if (part.kind === 'table') out.push(renderTable(part.doc, color, width, report.lang));
    else
      out.push(
        `${part.title ? `${part.title}\n` : ''}${part.paragraphs.map((p) => wrapText(p, width ?? 80)).join('\n')}\n`,
      );
  }
  return out.join('\n');
}

export function renderReportMarkdown(report: FinancialReport, parts: readonly ReportPart[]): string {
  const out = [`# ${reportTitle(report)}\n\n${reportSubtitle(report)}\n`];
  for (const part of parts) {
    if (part.kind === 'table') out.push(renderMarkdown(part.doc, report.lang));
    else out.push(`${part.title ? `## ${part.title}\n\n` : ''}${part.paragraphs.join('\n\n')}\n`);
  }
  return out.join('\n');
}

const money = (cents: Cents | null): string | null => (cents === null ? null : centsToString(cents));
const comparedJson = (value: Compared) => ({ current: centsToString(value.current), previous: money(value.previous) });

/** JSON for scripts: the exact key figures and statements (amounts as decimal strings). */
export function reportJson(report: FinancialReport, budgetFirstMonth: string) {
  const f = report.figures;
  return {
    year: report.year,
    closing: report.closing,
    name: report.name,
    keyFigures: {
      income: comparedJson(f.income),
      expenses: comparedJson(f.expenses),
      result: comparedJson(f.result),
      membershipFees: comparedJson(f.membershipFees),
      membershipShare: f.membershipShare,
      staffCosts: comparedJson(f.staffCosts),
      ownFunds: comparedJson(f.ownFunds),
      debts: comparedJson(f.debts),
      deferredIncome: comparedJson(f.deferredIncome),
      receivables: comparedJson(f.receivables),
      cash: comparedJson(f.cash),
      cashMonths: f.cashMonths,
      balanceSheetTotal: comparedJson(f.balanceSheetTotal),
    },
    incomeStatement: incomeStatementJson(report.income),
    balanceSheet: balanceSheetJson(report.sheet),
    budget: report.budget ? budgetJson(report.budget, { monthly: false, firstMonth: budgetFirstMonth }) : null,
    yearBudget: report.annexe.yearBudget
      ? budgetJson(report.annexe.yearBudget, { monthly: false, firstMonth: report.annexe.firstMonth })
      : null,
    equityChanges: report.annexe.equity ? equityChangesJson(report.annexe.equity) : null,
    dedicatedFunds: report.annexe.funds ? dedicatedFundsJson(report.annexe.funds) : null,
    fixedAssets: report.annexe.assets ? assetRegisterJson(report.annexe.assets) : null,
    fingerprint: report.fingerprint,
    // Only where three years or more have figures: reports of shorter ledgers keep their JSON.
    ...(report.years ? { keyFiguresByYear: figuresYearsJson(report.years.figures) } : {}),
  };
}
