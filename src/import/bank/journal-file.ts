// The journal file an import writes: journal/<year>-import-<account>.csv, rewritten whole with
// the new rows appended, in the form the journal reader takes back (bank_ref included).
import { centsToString, type Cents } from '../../money.js';
import type { ImportRow } from './plan.js';

export const IMPORT_HEADER = 'date,journal,piece,account,label,debit,credit,aux,analytic,bank_ref';

export function importFileName(year: number, account: string): string {
  return `${year}-import-${account}.csv`;
}

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const amount = (cents: Cents): string => (cents === 0n ? '' : centsToString(cents));

export function importRowsCsv(rows: readonly ImportRow[]): string {
  return rows
    .map(
      (row) =>
        `${[row.date, row.journal, row.piece, row.account, row.label].map(quote).join(',')},${amount(row.debit)},${amount(row.credit)},${[row.aux, row.analytic, row.bankRef].map(quote).join(',')}\n`,
    )
    .join('');
}

/** The file's new content: the existing one (checked to be an import file) with the rows appended; undefined when the existing file has another header. */
export function appendedImportFile(existing: string | undefined, rows: readonly ImportRow[]): string | undefined {
  if (existing === undefined || existing.trim() === '') return `${IMPORT_HEADER}\n${importRowsCsv(rows)}`;
  const body = existing.replace(/^\uFEFF/, '');
  const header = body.split(/\r?\n/, 1)[0]!.trim();
  if (header !== IMPORT_HEADER) return undefined;
  return `${body}${body.endsWith('\n') ? '' : '\n'}${importRowsCsv(rows)}`;
}
