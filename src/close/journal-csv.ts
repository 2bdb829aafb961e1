// Entries that `close`, `allocate` and `reverse` write, rendered as a journal CSV file in the
// form the reader takes back (the form of ledgers/coorace-bn/journal/2011-opening.csv).
import { centsToString, type Cents } from '../money.js';
import { mapColumns } from '../read/columns.js';
import type { Cell } from '../write/append.js';

export interface JournalLine {
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  readonly account: string;
  readonly label: string;
  readonly debit: Cents;
  readonly credit: Cents;
  readonly aux?: string;
  readonly auxLabel?: string;
}

export const JOURNAL_HEADER = 'date,journal,piece,account,label,debit,credit,aux,aux_label';

function quoteCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function amountCell(cents: Cents): string {
  return cents === 0n ? '' : centsToString(cents);
}

/** The rows of a journal file, without the header, each ending with a newline. */
export function renderJournalRows(lines: readonly JournalLine[]): string {
  return lines
    .map(
      (line) =>
        `${[line.date, line.journal, line.piece, line.account, line.label].map(quoteCell).join(',')},${amountCell(line.debit)},${amountCell(line.credit)},${quoteCell(line.aux ?? '')},${quoteCell(line.auxLabel ?? '')}\n`,
    )
    .join('');
}

/** A whole journal file: the header, then the rows. */
export function renderJournalCsv(lines: readonly JournalLine[]): string {
  return `${JOURNAL_HEADER}\n${renderJournalRows(lines)}`;
}

/** The cells of `line` under a journal file's own header (its columns, in its order): for appending to a file the treasurer keeps. */
export function journalCellsUnder(header: readonly string[], line: JournalLine): Cell[] {
  const { index } = mapColumns(header);
  const value: Partial<Record<string, Cell>> = {
    date: line.date,
    journal: line.journal,
    piece: line.piece,
    account: line.account,
    label: line.label,
    debit: { amount: amountCell(line.debit) },
    credit: { amount: amountCell(line.credit) },
    aux: line.aux ?? '',
    aux_label: line.auxLabel ?? '',
  };
  const cells: Cell[] = header.map(() => '');
  for (const [column, position] of Object.entries(index))
    if (position !== undefined) cells[position] = value[column] ?? '';
  return cells;
}

/** Whether a journal file's header has the columns the written lines need. */
export function takesJournalLines(header: readonly string[]): boolean {
  const { index, missing } = mapColumns(header);
  return missing.length === 0 && index.debit !== undefined && index.credit !== undefined;
}
