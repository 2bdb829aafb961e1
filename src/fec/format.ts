// The FEC's field formats (A47 A-1): the 18 columns in order, dates YYYYMMDD, amounts with a
// decimal comma and no thousands separator, text without tab, |, CR or LF.
import { centsToString, type Cents } from '../money.js';
import { parseDate } from '../date.js';

export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

export type FecColumn = (typeof FEC_COLUMNS)[number];

/** A date cell (YYYY-MM-DD, DD/MM/YYYY or YYYYMMDD) as YYYYMMDD; text that is not a date is kept, cleaned. */
export function fecDate(text: string): string {
  if (text.trim() === '') return '';
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date.replace(/-/g, '') : fecText(text);
}

/** A FEC date (YYYYMMDD) or any date the reader takes, as YYYY-MM-DD; kept as it is when not a date. */
export function isoDate(text: string): string {
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date : text;
}

export function fecAmount(cents: Cents): string {
  return centsToString(cents).replace('.', ',');
}

export function fecText(text: string): string {
  return text.replace(/[\t|\r\n]+/g, ' ').trim();
}

/** `<SIREN>FEC<closing date YYYYMMDD>.txt`, or `FEC<date>.txt` without a SIREN. */
export function fecFileName(siren: string | undefined, closingDay: string): string {
  return `${siren ?? ''}FEC${closingDay.replace(/-/g, '')}.txt`;
}
