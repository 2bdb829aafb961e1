// Recurring entries (recurring.csv): templates of balanced entries (monthly payroll, quarterly
// URSSAF, yearly insurance) and the occurrences due up to a date. Pure but for the reading of
// the file's bytes, which the caller hands in.
import type { Chart } from '../chart/chart.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { fiscalYearOf, type FiscalCalendar } from '../fiscal.js';
import { recurringMessages as say } from '../messages/add.js';
import type { Message } from '../messages/text.js';
import type { Cents } from '../money.js';
import { parseAmount, settlingMark, type DecimalMark } from '../read/amount.js';
import { normalizeName } from '../read/columns.js';
import { readCsv, type CsvRow } from '../read/csv.js';
import { daysInMonth, parseDate } from '../date.js';
import type { EntryRow } from './operation.js';
import { checkAccount } from './settle.js';

export const RECURRING_FILE = 'recurring.csv';

export type Every = 'month' | 'quarter' | 'year';
const MONTHS: Record<Every, number> = { month: 1, quarter: 3, year: 12 };
const EVERY: Record<string, Every> = {
  month: 'month',
  monthly: 'month',
  mois: 'month',
  mensuel: 'month',
  quarter: 'quarter',
  quarterly: 'quarter',
  trimestre: 'quarter',
  trimestriel: 'quarter',
  year: 'year',
  yearly: 'year',
  annee: 'year',
  an: 'year',
  annuel: 'year',
};

export interface TemplateRow {
  readonly account: string;
  readonly label: string;
  readonly debit: Cents;
  readonly credit: Cents;
  readonly aux: string;
  readonly analytic: string;
}

export interface Template {
  readonly name: string;
  readonly every: Every;
  /** Day of the month (the month's last day when it is shorter). */
  readonly day: number;
  readonly from: string;
  readonly to?: string;
  readonly journal: string;
  readonly rows: readonly TemplateRow[];
  readonly line: number;
}

const COLUMNS = {
  name: ['name', 'nom'],
  every: ['every', 'frequence', 'periodicite', 'chaque'],
  day: ['day', 'jour'],
  from: ['from', 'debut', 'du', 'depuis'],
  to: ['to', 'fin', 'au', 'jusquau'],
  account: ['account', 'compte'],
  label: ['label', 'libelle'],
  debit: ['debit'],
  credit: ['credit'],
  journal: ['journal', 'codejournal'],
  aux: ['aux', 'auxiliaire'],
  analytic: ['analytic', 'analytique', 'projet', 'project'],
} as const;
type RecurringColumn = keyof typeof COLUMNS;
const REQUIRED: readonly RecurringColumn[] = ['name', 'every', 'day', 'from', 'account', 'debit', 'credit'];

/** The templates of recurring.csv, and every problem of the file with its line. */
export function readRecurring(
  bytes: Uint8Array,
  file: string,
  chart: Chart,
): { templates: Template[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, message: Message, column?: string) =>
    diagnostics.push(error('bad-recurring', message, { file, line, ...(column ? { column } : {}) }));
  const rows: CsvRow[] = [];
  let delimiter = ',';
  const read = readCsv(
    bytes,
    (row) => rows.push(row),
    (found) => diagnostics.push(error(found.code, found.message, { file, line: found.line })),
    (found) => {
      delimiter = found;
    },
  );
  if ('problem' in read) {
    diagnostics.push(error(read.problem.code, read.problem.message, { file, line: read.problem.line }));
    return { templates: [], diagnostics };
  }
  const [header, ...data] = rows;
  if (!header) return { templates: [], diagnostics };
  const index: Partial<Record<RecurringColumn, number>> = {};
  header.fields.forEach((name, position) => {
    const normal = normalizeName(name);
    for (const [column, names] of Object.entries(COLUMNS) as [RecurringColumn, readonly string[]][])
      if (names.includes(normal) && index[column] === undefined) index[column] = position;
  });
  const missing = REQUIRED.filter((column) => index[column] === undefined);
  if (missing.length) {
    problem(header.line, say.missingColumn(missing.join(', ')));
    return { templates: [], diagnostics };
  }
  let mark: DecimalMark | undefined;
  for (const row of data)
    for (const column of ['debit', 'credit'] as const) mark ??= settlingMark(row.fields[index[column]!] ?? '');
  mark ??= delimiter === ',' ? '.' : ',';

  interface Building {
    name: string;
    every?: Every;
    day?: number;
    from?: string;
    to?: string;
    journal: string;
    rows: TemplateRow[];
    line: number;
    valid: boolean;
    settings: string;
  }
  const building = new Map<string, Building>();
  for (const row of data) {
    if (row.damaged) continue;
    const cell = (column: RecurringColumn): string =>
      index[column] === undefined ? '' : (row.fields[index[column]!] ?? '').trim();
    const line = row.line;
    if (row.fields.length !== header.fields.length) {
      problem(line, say.ragged(row.fields.length, header.fields.length));
      continue;
    }
    const name = cell('name');
    if (name === '') {
      problem(line, say.emptyName(), 'name');
      continue;
    }
    let template = building.get(name);
    if (!template) {
      template = { name, journal: 'OD', rows: [], line, valid: true, settings: '' };
      building.set(name, template);
    }
    const fail = (message: Message, column: string) => {
      template!.valid = false;
      problem(line, message, column);
    };
    // The schedule is given on the template's first row; other rows leave it empty or repeat it.
    const settings = [cell('every'), cell('day'), cell('from'), cell('to'), cell('journal')].join('\u0001');
    if (settings.replace(/\u0001/g, '') !== '') {
      if (template.settings === '') {
        template.settings = settings;
        const every = EVERY[normalizeName(cell('every'))];
        if (!every) fail(say.badEvery(cell('every')), 'every');
        else template.every = every;
        const day = /^\d{1,2}$/.test(cell('day')) ? parseInt(cell('day'), 10) : 0;
        if (day < 1 || day > 31) fail(say.badDay(cell('day')), 'day');
        else template.day = day;
        const from = parseDate(cell('from'));
        if (!from.ok) fail(say.badDate('from', cell('from')), 'from');
        else template.from = from.date;
        if (cell('to') !== '') {
          const to = parseDate(cell('to'));
          if (!to.ok) fail(say.badDate('to', cell('to')), 'to');
          else if (from.ok && to.date < from.date) fail(say.toBeforeFrom(to.date, from.date), 'to');
          else template.to = to.date;
        }
        if (cell('journal') !== '') template.journal = cell('journal');
      } else if (settings !== template.settings) fail(say.otherSchedule(name, template.line), 'every');
    }
    const account = cell('account');
    const checked = account === '' ? { problem: say.emptyAccount() } : checkAccount(chart, account);
    if ('problem' in checked) fail(checked.problem, 'account');
    const amounts: Cents[] = [];
    for (const column of ['debit', 'credit'] as const) {
      const parsed = parseAmount(cell(column), mark);
      if (parsed.ok) amounts.push(parsed.cents);
      else {
        amounts.push(0n);
        fail(parsed.message, column);
      }
    }
    const [debit, credit] = amounts as [Cents, Cents];
    if ((debit === 0n) === (credit === 0n)) fail(say.oneAmount(), 'debit');
    template.rows.push({ account, label: cell('label'), debit, credit, aux: cell('aux'), analytic: cell('analytic') });
  }

  const templates: Template[] = [];
  for (const template of building.values()) {
    if (template.settings === '') {
      problem(template.line, say.noSchedule(template.name), 'every');
      continue;
    }
    if (template.rows.length < 2) problem(template.line, say.oneRow(template.name));
    else {
      const total = template.rows.reduce((sum, row) => sum + row.debit - row.credit, 0n);
      if (total !== 0n) problem(template.line, say.unbalanced(template.name, total));
      else if (template.valid && template.every && template.day && template.from)
        templates.push({
          name: template.name,
          every: template.every,
          day: template.day,
          from: template.from,
          to: template.to,
          journal: template.journal,
          rows: template.rows,
          line: template.line,
        });
    }
  }
  return { templates, diagnostics };
}

export interface Occurrence {
  readonly template: Template;
  readonly date: string;
  readonly piece: string;
  readonly year: number;
}

/** The dates of a template from its start up to `through` (and its end). */
export function occurrenceDates(template: Template, through: string): string[] {
  const dates: string[] = [];
  const last = template.to !== undefined && template.to < through ? template.to : through;
  let year = parseInt(template.from.slice(0, 4), 10);
  let month = parseInt(template.from.slice(5, 7), 10);
  for (;;) {
    const day = Math.min(template.day, daysInMonth(year, month));
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (date > last) break;
    if (date >= template.from) dates.push(date);
    month += MONTHS[template.every];
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return dates;
}

export function occurrencePiece(name: string, date: string): string {
  return `${name}-${date.slice(0, 7)}`;
}

/**
 * The occurrences due up to `through`: those not yet in the books (`booked` holds
 * `<year> <journal> <piece>` keys), split between those to write and those in a sealed year.
 */
export function dueOccurrences(
  templates: readonly Template[],
  through: string,
  calendar: FiscalCalendar,
  booked: (year: number, journal: string, piece: string) => boolean,
  sealed: (year: number) => boolean,
): { due: Occurrence[]; sealed: Occurrence[] } {
  const due: Occurrence[] = [];
  const inSealed: Occurrence[] = [];
  for (const template of templates)
    for (const date of occurrenceDates(template, through)) {
      const year = fiscalYearOf(calendar, date);
      const piece = occurrencePiece(template.name, date);
      if (booked(year, template.journal, piece)) continue;
      (sealed(year) ? inSealed : due).push({ template, date, piece, year });
    }
  const order = (a: Occurrence, b: Occurrence) => a.date.localeCompare(b.date) || a.piece.localeCompare(b.piece);
  return { due: due.sort(order), sealed: inSealed.sort(order) };
}

/** The rows of an occurrence. */
export function occurrenceRows(occurrence: Occurrence): EntryRow[] {
  return occurrence.template.rows.map((row) => ({
    date: occurrence.date,
    journal: occurrence.template.journal,
    piece: occurrence.piece,
    account: row.account,
    label: row.label || occurrence.template.name,
    debit: row.debit,
    credit: row.credit,
    aux: row.aux,
    analytic: row.analytic,
  }));
}
