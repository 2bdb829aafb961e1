// The compte-rendu financier (cerfa 15059) as one self-contained, printable HTML page: inline CSS,
// no script, nothing from the network; every text from the books or projects.csv escaped.
import { euros } from '../messages/number.js';
import { subsidyLabels as l } from '../messages/subsidy.js';
import { say, type Lang } from '../messages/text.js';
import type { SubsidyLine, SubsidyReport, SubsidySection } from '../reports/subsidy.js';
import { escapeHtml } from './svg-chart.js';
import { percentCell, subsidyColumns, subsidyExplanations, subsidySubtitle } from './subsidy.js';
import { visible } from './visible.js';

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; background: #e9edf2; color: #1d2433; font: 10pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 210mm; margin: 0 auto; background: #fff; padding: 12mm 13mm 14mm; }
h1 { font-size: 15pt; margin: 0 0 4pt; color: #2c5d8f; }
.subtitle p { margin: 0 0 1pt; color: #5d6678; }
h2 { font-size: 12pt; margin: 14pt 0 4pt; border-bottom: 2px solid #2c5d8f; color: #2c5d8f; }
h3 { font-size: 10.5pt; margin: 8pt 0 2pt; }
p.explanation { margin: 0 0 6pt; text-align: justify; white-space: pre-line; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 6pt 0; font-size: 9.5pt; }
col.num { width: 7.6em; } col.pct { width: 5.6em; }
th { font-size: 8.5pt; color: #5d6678; text-align: right; border-bottom: 1.5px solid #1d2433; padding: 3pt 4pt; }
th.label { text-align: left; }
td { padding: 2.2pt 4pt; border-bottom: 1px solid #d6dbe4; vertical-align: top; }
td.label { overflow-wrap: anywhere; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.heading td { font-weight: 650; background: #f4f6f9; border-bottom-color: #1d2433; }
tr.total td { font-weight: 700; border-top: 1.5px solid #1d2433; }
tr.funder td { color: #5d6678; font-size: 9pt; } tr.funder td.label { padding-left: 14pt; }
.signature { margin-top: 18pt; color: #5d6678; }
@page { size: A4; margin: 13mm 12mm; }
@media print { body { background: #fff; } main { padding: 0; max-width: none; } tr { break-inside: avoid; } }
`;

const HEADINGS: Readonly<Record<Exclude<SubsidySection, 'result'>, () => ReturnType<typeof l.charges>>> = {
  charges: l.charges,
  products: l.products,
  'in-kind': l.inKind,
};

const safe = (text: string): string => escapeHtml(visible(text));
const money = (cents: bigint | null, lang: Lang): string => (cents === null ? '' : escapeHtml(euros(cents, lang)));

function row(line: SubsidyLine, lang: Lang): string {
  const cells = [
    `<td class="label">${safe(say(line.label, lang))}</td>`,
    `<td class="num">${money(line.budget, lang)}</td>`,
    `<td class="num">${money(line.actual, lang)}</td>`,
    `<td class="num">${money(line.difference, lang)}</td>`,
    `<td class="num">${escapeHtml(percentCell(line, lang))}</td>`,
  ];
  const style = line.kind === 'total' ? 'total' : line.kind === 'funder' ? 'funder' : 'line';
  return `<tr class="${style}" data-id="${safe(line.id)}">${cells.join('')}</tr>`;
}

export function renderSubsidyHtml(report: SubsidyReport, lang: Lang, name: string): string {
  const columns = subsidyColumns(lang);
  const body: string[] = [];
  let section: SubsidySection | undefined;
  for (const line of report.lines) {
    if (line.section !== section && line.section !== 'result') {
      section = line.section;
      body.push(`<tr class="heading"><td colspan="5">${safe(say(HEADINGS[line.section](), lang))}</td></tr>`);
    }
    body.push(row(line, lang));
  }
  const explanations = subsidyExplanations(report, lang);
  const title = say(l.title(report.project, report.year), lang);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safe(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main id="compte-rendu">
<h1>${safe(title)}</h1>
<div class="subtitle">${subsidySubtitle(report, lang, name)
    .map((line) => `<p>${safe(line)}</p>`)
    .join('')}</div>
<table id="subsidy-table">
<colgroup><col><col class="num"><col class="num"><col class="num"><col class="pct"></colgroup>
<thead><tr>${columns.map((header, index) => `<th${index === 0 ? ' class="label"' : ''}>${safe(header)}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
${
  explanations.length
    ? `<section id="explanations"><h2>${safe(say(l.notes(), lang))}</h2>
${explanations.map(({ heading, text }) => `<h3>${safe(heading)}</h3><p class="explanation">${safe(text)}</p>`).join('\n')}
</section>`
    : ''
}
</main>
</body>
</html>
`;
}
