// A FEC read back (through the one reader and engine) and written as a journal CSV of the
// ledger: comma-separated, dates YYYY-MM-DD, amounts with a decimal point, and the FEC's own
// column names, so that its entries stay grouped by EcritureNum and every column is kept
// (entry number, journal label, account label, auxiliary account, lettering, dates, currency).
// Exporting it again gives the same FEC, byte for byte.
import type { Entry } from '../model.js';
import { centsToString, type Cents } from '../money.js';
import { normalizeName } from '../read/columns.js';
import { FEC_COLUMNS, isoDate } from './format.js';

const quoteCell = (value: string): string =>
  /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const amountCell = (cents: Cents): string => (cents === 0n ? '' : centsToString(cents));

/** The columns a FEC posting keeps under its own name (the ones the reader does not map). */
function extraNames(entries: readonly Entry[]): string[] {
  const known = new Set([
    'entry',
    'journal_label',
    'piece_date',
    'aux',
    'aux_label',
    'lettering',
    'lettering_date',
    'valid_date',
    'account_label',
    'analytic',
  ]);
  const names: string[] = [];
  for (const entry of entries)
    for (const posting of entry.postings)
      for (const name of Object.keys(posting.fields)) {
        if (!known.has(name) && !names.includes(name)) names.push(name);
      }
  return names;
}

export function importedJournalCsv(entries: readonly Entry[]): string {
  const extras = extraNames(entries);
  const standard = FEC_COLUMNS.filter((column) => column !== 'Montantdevise' && column !== 'Idevise');
  const trailing = extras.filter((name) => !standard.some((column) => normalizeName(column) === normalizeName(name)));
  const lines = [[...standard, ...trailing].join(',')];
  for (const entry of entries) {
    for (const posting of entry.postings) {
      const f = (name: string): string => posting.fields[name] ?? '';
      const cells = [
        entry.journal,
        f('journal_label'),
        f('entry'),
        entry.date,
        posting.account,
        f('account_label'),
        posting.aux,
        posting.auxLabel,
        entry.piece,
        isoDate(f('piece_date')),
        posting.label,
        amountCell(posting.debit),
        amountCell(posting.credit),
        f('lettering'),
        isoDate(f('lettering_date')),
        isoDate(f('valid_date')),
        ...trailing.map((name) => f(name)),
      ];
      lines.push(cells.map(quoteCell).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
