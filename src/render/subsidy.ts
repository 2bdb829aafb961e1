// The compte-rendu financier (cerfa 15059) as a document (table, markdown) and as JSON.
import { dateIn } from '../messages/number.js';
import { subsidyLabels as l } from '../messages/subsidy.js';
import { say, type Lang } from '../messages/text.js';
import { centsToString } from '../money.js';
import { EXPLANATIONS } from '../read/projects.js';
import type { SubsidyLine, SubsidyReport, SubsidySection } from '../reports/subsidy.js';
import { amount, type Document, type Row } from './document.js';

const SECTION_HEADINGS: Readonly<Record<Exclude<SubsidySection, 'result'>, (lang: Lang) => string>> = {
  charges: (lang) => say(l.charges(), lang),
  products: (lang) => say(l.products(), lang),
  'in-kind': (lang) => say(l.inKind(), lang),
};

/** The lines under the title: association, form, project, funder, period, allocation key. */
export function subsidySubtitle(report: SubsidyReport, lang: Lang, name: string): string[] {
  return [
    ...(name ? [say(l.association(name), lang)] : []),
    say(l.form(), lang),
    ...(report.label ? [`${report.project} – ${report.label}`] : []),
    ...(report.funder ? [say(l.funderLine(report.funder), lang)] : []),
    say(l.period(dateIn(report.start, lang), dateIn(report.end, lang)), lang),
    say(l.key(report.key, report.share), lang),
  ];
}

/** The explanations of projects.csv that are given, as (heading, text). */
export function subsidyExplanations(report: SubsidyReport, lang: Lang): { heading: string; text: string }[] {
  return EXPLANATIONS.filter((name) => report.explanations[name] !== '').map((name) => ({
    heading: say(l.explanation[name](), lang),
    text: report.explanations[name],
  }));
}

/** How a % is written: `24,0 %` / `24.0%` for reading, `24.0` in a CSV, `24,0` in a CSV for Excel. */
export type PercentStyle = 'text' | 'plain' | 'excel';

export function percentCell(line: SubsidyLine, lang: Lang, style: PercentStyle = 'text'): string {
  if (line.percent === null) return '';
  if (style === 'plain') return line.percent;
  if (style === 'excel') return line.percent.replace('.', ',');
  return say(l.percentValue(line.percent), lang);
}

export function subsidyColumns(lang: Lang): string[] {
  return [l.heading(), l.budget(), l.actual(), l.difference(), l.percent()].map((label) => say(label, lang));
}

export function subsidyDocument(
  report: SubsidyReport,
  lang: Lang,
  name: string,
  percents: PercentStyle = 'text',
): Document {
  const rows: Row[] = [];
  let section: SubsidySection | undefined;
  for (const line of report.lines) {
    if (line.section !== section && line.section !== 'result') {
      section = line.section;
      rows.push({ style: 'heading', cells: [SECTION_HEADINGS[line.section](lang), '', '', '', ''] });
    }
    rows.push({
      style: line.kind === 'total' ? 'total' : line.kind === 'funder' ? 'detail' : 'normal',
      depth: line.kind === 'funder' ? 1 : 0,
      cells: [
        say(line.label, lang),
        amount(line.budget),
        amount(line.actual),
        amount(line.difference),
        percentCell(line, lang, percents),
      ],
    });
  }
  return {
    title: say(l.title(report.project, report.year), lang),
    subtitle: subsidySubtitle(report, lang, name),
    columns: subsidyColumns(lang).map((header, index) => ({
      header,
      align: index === 0 ? 'left' : 'right',
      keep: index > 0,
    })),
    rows,
    notes: subsidyExplanations(report, lang).map(({ heading, text }) => say(l.explained(heading, text), lang)),
    euros: false,
  };
}

const money = (cents: bigint | null): string | null => (cents === null ? null : centsToString(cents));

export function subsidyJson(report: SubsidyReport, lang: Lang) {
  return {
    year: report.year,
    start: report.start,
    end: report.end,
    project: report.project,
    label: report.label,
    funder: report.funder,
    key: report.key,
    share: report.share,
    budgeted: report.budgeted,
    lines: report.lines.map((line) => ({
      id: line.id,
      section: line.section,
      kind: line.kind,
      label: say(line.label, lang),
      budget: money(line.budget),
      actual: centsToString(line.actual),
      difference: money(line.difference),
      percent: line.percent,
    })),
    explanations: report.explanations,
  };
}
