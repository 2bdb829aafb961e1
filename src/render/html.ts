// The financial report as one self-contained HTML page: inline CSS and SVG charts, no script,
// no font or image from the network, nothing that depends on the clock (the page is the same
// for the same books). Printed on A4: a page per statement, tables that fit the width.
import { annexeLabels } from '../messages/annexe.js';
import type { Cents } from '../money.js';
import type { FinancialReport } from '../reports/report.js';
import { reportWords as w } from '../messages/report.js';
import { say, type Text } from '../messages/text.js';
import { euroText, reportText, yearsChart } from './report-text.js';
import type { Document, Row } from './document.js';
import { amountIn } from './number.js';
import type { Lang } from '../messages/text.js';
import { REPORT_T, reportSubtitle, reportTitle, type ReportPart } from './report.js';
import { escapeHtml, renderBarChart } from './svg-chart.js';
import { yearTitle } from '../reports/year-title.js';

const CSS = `
:root { --ink: #1d2433; --muted: #5d6678; --rule: #d6dbe4; --soft: #f4f6f9; --income: #2f7d5b; --expense: #b4533c; --budget: #9aa3b5; --accent: #2c5d8f; --current: #2c5d8f; --previous: #a9bdd3; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #e9edf2; color: var(--ink); font: 10.5pt/1.45 "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
main { max-width: 210mm; margin: 0 auto; background: #fff; padding: 12mm 13mm 14mm; }
h1 { font-size: 19pt; margin: 0 0 2pt; color: var(--accent); letter-spacing: -0.01em; }
h1 .org { display: block; font-size: 13pt; font-weight: 600; color: var(--ink); letter-spacing: 0; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; padding-bottom: 3pt; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 11pt; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; }
.subtitle { color: var(--muted); margin: 0 0 10pt; }
.cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8pt; margin: 8pt 0 10pt; }
.card { background: var(--soft); border-radius: 6px; padding: 7pt 9pt; border-left: 4px solid var(--accent); }
.card .what { color: var(--muted); font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.04em; }
.card .figure { font-size: 15pt; font-weight: 650; white-space: nowrap; font-variant-numeric: tabular-nums; }
.card .more { font-size: 8.5pt; color: var(--muted); }
.card.surplus { border-color: var(--income); } .card.deficit { border-color: var(--expense); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 4pt; font-size: 9.5pt; }
caption { text-align: left; font-weight: 650; padding: 0 0 4pt; }
th { font-weight: 600; font-size: 8.5pt; overflow-wrap: anywhere; color: var(--muted); text-align: right; border-bottom: 1.5px solid var(--ink); padding: 3pt 4pt; vertical-align: bottom; }
th.label { text-align: left; }
td { padding: 2.2pt 4pt; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.label { overflow-wrap: anywhere; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.num.negative { color: #a3262a; }
col.num { width: 7.4em; } table.cents col.num { width: 8.4em; } col.pct { width: 6.2em; }
table.wide { font-size: 7pt; } table.wide col.num { width: 7em; } table.wide td, table.wide th { padding: 2pt 2pt; } table.wide th { font-size: 6.5pt; }
tr.heading td { font-weight: 650; background: var(--soft); border-bottom-color: var(--ink); }
tr.subtotal td { font-weight: 650; }
tr.total td { font-weight: 700; border-top: 1.5px solid var(--ink); border-bottom: 1.5px solid var(--ink); }
tr.detail td { color: var(--muted); font-size: 9pt; }
.notes { color: var(--muted); font-size: 9pt; margin: 2pt 0 8pt; }
.notes p { margin: 0 0 2pt; }
.check { color: var(--income); font-weight: 600; }
.text p { text-align: justify; hyphens: auto; }
figure { margin: 8pt 0 10pt; break-inside: avoid; }
figcaption { font-weight: 650; margin-bottom: 4pt; }
svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
svg.chart text { font: 11px "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; fill: var(--ink); }
svg.chart text.value { fill: var(--muted); }
svg.chart .axis { stroke: var(--ink); stroke-width: 1; }
svg.chart .income { fill: var(--income); } svg.chart .expenses { fill: var(--expense); }
svg.chart .budget { fill: var(--budget); } svg.chart .actual { fill: var(--accent); }
svg.chart .current { fill: var(--current); } svg.chart .previous { fill: var(--previous); }
svg.chart .negative { fill-opacity: 0.45; }
.two { display: grid; grid-template-columns: minmax(0, 1fr); gap: 4pt; }
footer { margin-top: 16pt; padding-top: 6pt; border-top: 1px solid var(--rule); color: var(--muted); font-size: 8.5pt; overflow-wrap: anywhere; }
footer code { font-size: 8pt; }
@page { size: A4; margin: 13mm 12mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .page { break-before: page; }
  tr, figure, .card { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

const rowClass = (row: Row): string => row.style;

function cellHtml(cell: Row['cells'][number], euros: boolean, lang: Lang): { text: string; negative: boolean } {
  if (typeof cell === 'string') return { text: escapeHtml(cell), negative: false };
  if (cell.cents === null) return { text: '', negative: false };
  return { text: escapeHtml(amountIn(cell.cents, euros, lang)), negative: cell.cents < 0n };
}

/** A document as a table: the first column the label, the others right-aligned figures. */
export function renderHtmlTable(doc: Document, id: string, lang: Lang = 'fr'): string {
  const out: string[] = [];
  // More than six figures a row (the fixed-asset register): a smaller type, so that it fits A4.
  const wide = doc.columns.length > 7 ? ' wide' : '';
  out.push(
    `<table id="${id}" class="${doc.euros ? 'euros' : 'cents'}${wide}"><caption>${escapeHtml(doc.title)}</caption>`,
  );
  out.push(
    `<colgroup>${doc.columns.map((column, index) => (index === 0 ? '<col class="label">' : column.header === '%' ? '<col class="pct">' : '<col class="num">')).join('')}</colgroup>`,
  );
  out.push(
    `<thead><tr>${doc.columns.map((column, index) => `<th scope="col" class="${index === 0 ? 'label' : 'num'}">${escapeHtml(column.header)}</th>`).join('')}</tr></thead><tbody>`,
  );
  for (const row of doc.rows) {
    const cells = row.cells.map((cell, index) => {
      const { text, negative } = cellHtml(cell, doc.euros, lang);
      if (index === 0)
        return `<td class="label"${row.depth ? ` style="padding-left:${4 + row.depth * 10}pt"` : ''}>${text}</td>`;
      return `<td class="num${negative ? ' negative' : ''}">${text}</td>`;
    });
    out.push(`<tr class="${rowClass(row)}">${cells.join('')}</tr>`);
  }
  out.push('</tbody></table>');
  if (doc.notes.length)
    out.push(
      `<div class="notes">${doc.notes.map((note) => `<p${/^(Contrôle|Check)/.test(note) ? ' class="check"' : ''}>${escapeHtml(note)}</p>`).join('')}</div>`,
    );
  return out.join('\n');
}

function cards(report: FinancialReport): string {
  const t = (words: Text): string => say(words, report.lang);
  const f = report.figures;
  const money = (cents: Cents) => escapeHtml(euroText(cents, report.euros, report.lang));
  const result = f.result.current;
  const card = (what: string, figure: string, more: string, extra = '') =>
    `<div class="card${extra}"><div class="what">${escapeHtml(what)}</div><div class="figure">${figure}</div><div class="more">${more}</div></div>`;
  return `<div class="cards">${[
    card(
      t(w.surplusOrDeficit(result >= 0n)),
      money(result < 0n ? -result : result),
      escapeHtml(t(w.incomeOf(euroText(f.income.current, report.euros, report.lang)))),
      result >= 0n ? ' surplus' : ' deficit',
    ),
    card(t(w.membershipFees()), money(f.membershipFees.current), escapeHtml(t(w.shareOfIncome(f.membershipShare)))),
    card(
      t(w.ownFunds()),
      money(f.ownFunds.current),
      f.ownFunds.previous === null
        ? ''
        : escapeHtml(
            t(w.previousYearFigure(report.year - 1, euroText(f.ownFunds.previous, report.euros, report.lang))),
          ),
    ),
    card(
      t(w.cash()),
      money(f.cash.current),
      escapeHtml(f.cashMonths === null ? '' : t(w.monthsOfExpenses(f.cashMonths))),
    ),
  ].join('')}</div>`;
}

function charts(report: FinancialReport): { rubric: string; years: string; budget: string } {
  const t = (words: Text): string => say(words, report.lang);
  const e = report.euros;
  const figure = (svg: string, caption: string) =>
    svg ? `<figure>\n<figcaption>${escapeHtml(caption)}</figcaption>\n${svg}\n</figure>` : '';
  const income = renderBarChart({
    lang: report.lang,
    id: 'chart-income',
    title: t(w.byHeading(w.income(), report.year)),
    series: [{ name: t(w.income()), className: 'income' }],
    bars: report.charts.income,
    euros: e,
  });
  const expenses = renderBarChart({
    lang: report.lang,
    id: 'chart-expenses',
    title: t(w.byHeading(w.expenses(), report.year)),
    series: [{ name: t(w.expenses()), className: 'expenses' }],
    bars: report.charts.expenses,
    euros: e,
  });
  const hasPrevious = yearsChart(report).some((bar) => bar.values[1] !== null);
  const years = renderBarChart({
    lang: report.lang,
    id: 'chart-years',
    title: t(w.twoYears(report.year)),
    series: [
      { name: `${report.year}`, className: 'current' },
      ...(hasPrevious ? [{ name: `${report.year - 1}`, className: 'previous' }] : []),
    ],
    bars: yearsChart(report),
    euros: e,
  });
  const budget = report.budget
    ? renderBarChart({
        lang: report.lang,
        id: 'chart-budget',
        title: t(w.budgetAndActuals(report.budget.year, report.year)),
        series: [
          { name: t(w.budgetSeries(report.budget.year)), className: 'budget' },
          { name: t(w.actualSeries(report.year)), className: 'actual' },
        ],
        bars: report.charts.budget,
        euros: e,
      })
    : '';
  return {
    rubric: [
      figure(income, t(w.byHeading(w.income(), report.year))),
      figure(expenses, t(w.byHeading(w.expenses(), report.year))),
    ].join('\n'),
    years: figure(years, t(w.change(report.year))),
    budget: figure(budget, t(w.budgetAndActualsByHeading(report.budget?.year, report.year))),
  };
}

/** The annexe's tables (fonds propres, fonds dédiés, immobilisations) and the year's budget, when there are some. */
function annexeHtml(report: FinancialReport, parts: readonly ReportPart[]): string {
  const out: string[] = [];
  const tables = parts.filter(
    (part): part is Extract<ReportPart, { kind: 'table' }> =>
      part.kind === 'table' && ['equity-changes', 'dedicated-funds', 'fixed-assets'].includes(part.id),
  );
  if (tables.length) {
    out.push(
      `<section id="annexe" class="page statement"><h2>${escapeHtml(say(annexeLabels.annexe(), report.lang))}</h2>`,
    );
    for (const part of tables)
      out.push(
        `<h3>${escapeHtml(part.doc.title)}</h3>`,
        renderHtmlTable({ ...part.doc, title: '' }, `${part.id}-table`, report.lang),
      );
    out.push('</section>');
  }
  const yearBudget = parts.find((part) => part.kind === 'table' && part.id === 'year-budget');
  if (yearBudget?.kind === 'table') {
    out.push(
      `<section id="year-budget" class="page statement"><h2>${escapeHtml(say(annexeLabels.yearBudgetTitle(report.year), report.lang))}</h2>`,
      renderHtmlTable({ ...yearBudget.doc, title: '' }, 'year-budget-table', report.lang),
      '</section>',
    );
  }
  return out.join('\n');
}

export function renderHtml(report: FinancialReport, parts: readonly ReportPart[]): string {
  const t = REPORT_T[report.lang];
  const say_ = (words: Text): string => say(words, report.lang);
  const table = (id: string) =>
    parts.find((part): part is Extract<ReportPart, { kind: 'table' }> => part.kind === 'table' && part.id === id);
  const chart = charts(report);
  const body: string[] = [];
  body.push(
    `<header><h1>${escapeHtml(yearTitle(t.title, report.year, report.period, report.lang))}${report.name ? `<span class="org">${escapeHtml(report.name)}</span>` : ''}</h1><p class="subtitle">${escapeHtml(reportSubtitle(report))} · ${escapeHtml(say_(w.amountsIn(report.euros)))}</p></header>`,
  );

  body.push(`<section id="figures"><h2>${escapeHtml(t.figures)}</h2>`);
  body.push(cards(report));
  const figures = table('figures');
  if (figures) body.push(renderHtmlTable({ ...figures.doc, title: '' }, 'key-figures', report.lang));
  const years = table('years');
  if (years)
    body.push(
      `<h3>${escapeHtml(years.doc.title)}</h3>`,
      renderHtmlTable({ ...years.doc, title: '' }, 'key-figures-years', report.lang),
    );
  body.push('</section>');

  body.push(`<section id="text" class="text"><h2>${escapeHtml(t.text)}</h2>`);
  for (const part of parts) {
    if (part.kind !== 'text' || !reportText(report).some((section) => section.title === part.title)) continue;
    body.push(`<h3>${escapeHtml(part.title)}</h3>${part.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`);
  }
  body.push(chart.years);
  body.push('</section>');

  const statement = table('income-statement');
  body.push(
    `<section id="income-statement" class="page statement"><h2>${escapeHtml(yearTitle(say_(w.incomeStatement()), report.year, report.period, report.lang))}</h2>`,
  );
  if (statement) body.push(renderHtmlTable({ ...statement.doc, title: '' }, 'income-statement-table', report.lang));
  body.push(chart.rubric);
  body.push('</section>');

  body.push(
    `<section id="balance-sheet" class="page statement"><h2>${escapeHtml(yearTitle(say_(w.balanceSheet()), report.year, report.period, report.lang))}</h2>`,
  );
  for (const [id, title] of [
    ['assets', say_(w.assets())],
    ['liabilities', say_(w.liabilitiesSide())],
  ] as const) {
    const part = table(id);
    if (part)
      body.push(
        `<h3>${escapeHtml(title)}</h3>`,
        renderHtmlTable({ ...part.doc, title: '' }, `${id}-table`, report.lang),
      );
  }
  body.push('</section>');

  const inKind = table('in-kind');
  body.push(`<section id="in-kind"><h2>${escapeHtml(t.inKind)}</h2>`);
  body.push(
    inKind
      ? renderHtmlTable({ ...inKind.doc, title: '' }, 'in-kind-table', report.lang)
      : `<p>${escapeHtml(t.inKindNone)}</p>`,
  );
  body.push('</section>');

  body.push(annexeHtml(report, parts));

  const budget = table('budget');
  if (budget && report.budget) {
    body.push(
      `<section id="budget" class="page statement"><h2>${escapeHtml(say_(w.forecastAndActuals(report.budget.year, report.year)))}</h2>`,
    );
    body.push(chart.budget);
    body.push(renderHtmlTable({ ...budget.doc, title: '' }, 'budget-table', report.lang));
    body.push('</section>');
  }

  body.push(
    `<footer>${report.fingerprint ? `${escapeHtml(t.seal)} : <code>${escapeHtml(report.fingerprint)}</code>` : escapeHtml(t.notSealed.replace('{year}', String(report.year)))}<br>${escapeHtml(say_(w.preparedWith()))}</footer>`,
  );

  return `<!doctype html>
<html lang="${report.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(reportTitle(report))}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
