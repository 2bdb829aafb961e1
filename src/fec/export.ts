// A fiscal year as a FEC (§3 of the domain notes): every entry of the year, the opening entries
// first, no entry that closes classes 6 and 7, EcritureNum continuous (from the `entry` column
// when every entry has one, else numbered in order), JournalLib from `journal_label` or
// asso.json, CompteLib from `account_label` or the chart, PieceDate from `piece_date` or the
// entry's date, ValidDate from `valid_date`, else the day of the seal (else, in an open year,
// the entry's date, with a warning).
import { fecMessages } from '../messages/fec.js';
import { accountClass, accountLabel, type Chart } from '../chart/chart.js';
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { yearEnd, yearStart, type FiscalCalendar } from '../fiscal.js';
import type { Entry, Posting } from '../model.js';
import type { Cents } from '../money.js';
import { normalizeName } from '../read/columns.js';
import type { Seal } from '../close/seal.js';
import { FEC_COLUMNS, fecAmount, fecDate, fecFileName, fecText } from './format.js';

export interface FecInput {
  readonly year: number;
  readonly calendar: FiscalCalendar;
  readonly chart: Chart;
  readonly journals: Readonly<Record<string, string>>;
  readonly siren?: string;
  /** Every entry of the year, in the order the books were read. */
  readonly entries: readonly Entry[];
  readonly seal?: Seal;
  /** The year's result (classes 6 and 7), to check the file against. */
  readonly result: Cents;
}

export interface FecExport {
  readonly fileName: string;
  readonly text: string;
  readonly rows: number;
  readonly entries: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** An entry that moves classes 6 and 7 into 120/129 on the closing day: never part of a FEC. */
export function isClosingEntry(entry: Entry, closingDay: string): boolean {
  if (entry.date !== closingDay) return false;
  const classes = entry.postings.map((p) => (p.account.startsWith('12') ? 12 : accountClass(p.account)));
  return (
    classes.includes(12) &&
    classes.some((c) => c === 6 || c === 7) &&
    classes.every((c) => c === 12 || c === 6 || c === 7)
  );
}

const fieldOf = (posting: Posting, name: string): string => posting.fields[name] ?? '';
const entryField = (entry: Entry, name: string): string =>
  entry.postings.map((p) => fieldOf(p, name)).find((v) => v.trim() !== '') ?? '';
const extraField = (posting: Posting, column: string): string => {
  for (const [name, value] of Object.entries(posting.fields))
    if (normalizeName(name) === normalizeName(column)) return value;
  return '';
};

function compareNumbers(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function exportFec(input: FecInput): FecExport {
  const diagnostics: Diagnostic[] = [];
  const first = yearStart(input.calendar, input.year);
  const closingDay = yearEnd(input.calendar, input.year);
  // A closing entry booked in the books moved the result onto 12: the year's result is what it put there.
  let closedOnto12 = 0n;
  const kept = input.entries.filter((entry) => {
    if (!isClosingEntry(entry, closingDay)) return true;
    for (const posting of entry.postings)
      if (posting.account.startsWith('12')) closedOnto12 += posting.debit - posting.credit;
    diagnostics.push(
      warning('fec-closing-entry', fecMessages.closingEntry(`${entry.journal} ${entry.piece}`), {
        file: entry.file,
        line: entry.line,
      }),
    );
    return false;
  });
  if (!input.seal) diagnostics.push(warning('fec-open-year', fecMessages.openYear(input.year)));
  if (!input.siren) diagnostics.push(warning('fec-no-siren', fecMessages.noSiren(fecFileName(undefined, closingDay))));

  const numbered = kept.every((entry) => entryField(entry, 'entry') !== '');
  const items = kept.map((entry, sequence) => ({
    entry,
    sequence,
    opening: entry.journal === 'AN' && entry.date === first,
    validDate:
      fecDate(entryField(entry, 'valid_date')) || (input.seal ? fecDate(input.seal.closedOn) : fecDate(entry.date)),
  }));
  items.sort(
    (a, b) =>
      Number(b.opening) - Number(a.opening) ||
      (a.validDate < b.validDate ? -1 : a.validDate > b.validDate ? 1 : 0) ||
      (numbered
        ? compareNumbers(entryField(a.entry, 'entry'), entryField(b.entry, 'entry'))
        : a.entry.date < b.entry.date
          ? -1
          : a.entry.date > b.entry.date
            ? 1
            : 0) ||
      a.sequence - b.sequence,
  );

  const lines: string[] = [FEC_COLUMNS.join('\t')];
  let classes67 = 0n;
  let rows = 0;
  items.forEach(({ entry, validDate }, index) => {
    const number = numbered ? fecText(entryField(entry, 'entry')) : String(index + 1);
    for (const posting of entry.postings) {
      if (accountClass(posting.account) === 6 || accountClass(posting.account) === 7)
        classes67 += posting.debit - posting.credit;
      const cells: Record<(typeof FEC_COLUMNS)[number], string> = {
        JournalCode: fecText(entry.journal),
        JournalLib: fecText(fieldOf(posting, 'journal_label') || input.journals[entry.journal] || entry.journal),
        EcritureNum: number,
        EcritureDate: fecDate(entry.date),
        CompteNum: fecText(posting.account),
        CompteLib: fecText(fieldOf(posting, 'account_label') || accountLabel(input.chart, posting.account)),
        CompAuxNum: fecText(posting.aux),
        CompAuxLib: fecText(posting.auxLabel),
        PieceRef: fecText(entry.piece),
        PieceDate: fecDate(fieldOf(posting, 'piece_date')) || fecDate(entry.date),
        EcritureLib: fecText(posting.label || entry.label) || fecText(entry.piece),
        Debit: fecAmount(posting.debit),
        Credit: fecAmount(posting.credit),
        EcritureLet: fecText(fieldOf(posting, 'lettering')),
        DateLet: fecDate(fieldOf(posting, 'lettering_date')),
        ValidDate: validDate,
        Montantdevise: fecText(extraField(posting, 'Montantdevise')),
        Idevise: fecText(extraField(posting, 'Idevise')),
      };
      lines.push(FEC_COLUMNS.map((column) => cells[column]).join('\t'));
      rows += 1;
    }
  });
  const result = input.result - closedOnto12;
  if (-classes67 !== result) {
    diagnostics.push(error('fec-result', fecMessages.resultDiffers(-classes67, result)));
  }
  return {
    fileName: fecFileName(input.siren, closingDay),
    text: `${lines.join('\n')}\n`,
    rows,
    entries: items.length,
    diagnostics,
  };
}
