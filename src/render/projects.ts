// The income statement by project as a document (table, csv, markdown) and as JSON.
import type { Lang } from '../messages/text.js';
import { centsToString } from '../money.js';
import { NO_PROJECT, type ProjectsStatement } from '../reports/projects.js';
import { amount, type Document, type Row } from './document.js';

const LABELS = {
  fr: {
    title: (year: number, one?: string) =>
      one === undefined
        ? `Compte de résultat par projet ${year}`
        : `Compte de résultat ${year} du projet ${one || 'sans projet'}`,
    none: 'Sans projet',
    total: 'Total',
  },
  en: {
    title: (year: number, one?: string) =>
      one === undefined
        ? `Income statement by project ${year}`
        : `Income statement ${year} of project ${one || 'without a project'}`,
    none: 'No project',
    total: 'Total',
  },
} as const;

const styleOf = (kind: string): Row['style'] =>
  kind === 'heading'
    ? 'heading'
    : kind === 'subtotal' || kind === 'total'
      ? 'subtotal'
      : kind === 'dont'
        ? 'detail'
        : 'normal';

export function projectsDocument(statement: ProjectsStatement, lang: Lang, name: string, one?: string): Document {
  const t = LABELS[lang];
  const withTotal = one === undefined;
  const rows: Row[] = statement.lines.map((line) => ({
    style: styleOf(line.kind),
    depth: line.depth,
    cells: [
      line.label,
      ...line.amounts.map((cents) => amount(line.kind === 'heading' ? null : cents)),
      ...(withTotal ? [amount(line.kind === 'heading' ? null : line.total)] : []),
    ],
  }));
  return {
    title: t.title(statement.year, one),
    subtitle: name ? [name] : undefined,
    columns: [
      { header: '', align: 'left' },
      ...statement.columns.map((code) => ({
        header: code === NO_PROJECT ? t.none : code,
        align: 'right' as const,
        keep: true,
      })),
      ...(withTotal ? [{ header: t.total, align: 'right' as const, keep: true }] : []),
    ],
    rows,
    notes: [],
    euros: false,
  };
}

export function projectsJson(statement: ProjectsStatement) {
  const keyed = (amounts: readonly bigint[]) =>
    Object.fromEntries(statement.columns.map((code, index) => [code, centsToString(amounts[index]!)]));
  return {
    year: statement.year,
    projects: statement.columns,
    lines: statement.lines
      .filter((line) => line.kind !== 'heading')
      .map((line) => ({
        id: line.id,
        kind: line.kind,
        label: line.label,
        section: line.section,
        amounts: keyed(line.amounts),
        total: centsToString(line.total),
      })),
    results: keyed(statement.results),
    result: centsToString(statement.result),
  };
}
