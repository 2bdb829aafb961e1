// The canonical form of an entry, and the fingerprints a seal is made of. Every field of every
// row counts: date, journal, piece, account, label, both amounts (normalised to cents), the
// auxiliary account and every optional column with a value. Rows keep their written order
// inside the entry (it is the entry as booked); entries are taken in a canonical order, so
// that moving an entry to another file, or reordering files, changes nothing.
import { createHash } from 'node:crypto';
import type { Entry } from '../model.js';
import { centsToString } from '../money.js';

export const SEAL_VERSION = 'asso-seal-1';

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One line of JSON: the entry with every field, amounts as canonical decimal strings. */
export function canonicalEntry(entry: Entry): string {
  return JSON.stringify([
    entry.date,
    entry.journal,
    entry.piece,
    entry.postings.map((posting) => [
      posting.account,
      posting.label,
      centsToString(posting.debit),
      centsToString(posting.credit),
      posting.aux,
      posting.auxLabel,
      Object.entries(posting.fields)
        .filter(([name, value]) => value !== '' && name !== 'aux' && name !== 'aux_label')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ]),
  ]);
}

export function fingerprintEntry(entry: Entry): string {
  return sha256Hex(canonicalEntry(entry));
}

/** What names an entry within its fiscal year. */
export function entryKey(entry: { journal: string; piece: string }): string {
  return `${entry.journal} ${entry.piece}`;
}

export interface EntryPrint {
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  readonly fingerprint: string;
}

export function compareEntryPrints(a: EntryPrint, b: EntryPrint): number {
  const x = `${a.date}\u0000${a.journal}\u0000${a.piece}`;
  const y = `${b.date}\u0000${b.journal}\u0000${b.piece}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The year's fingerprint: its entries in canonical order, chained to the previous year's seal. */
export function fingerprintYear(year: number, previous: string | null, prints: readonly EntryPrint[]): string {
  const lines = [...prints]
    .sort(compareEntryPrints)
    .map((p) => `${p.date}\t${p.journal}\t${p.piece}\t${p.fingerprint}\n`);
  return sha256Hex(`${SEAL_VERSION}\n${year}\n${previous ?? '-'}\n${lines.join('')}`);
}
