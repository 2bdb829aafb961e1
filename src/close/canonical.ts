// The canonical form of an entry, and the fingerprints a seal is made of. Every field of every
// row counts: date, journal, piece, account, label, both amounts (normalised to cents), the
// auxiliary account and every optional column with a value. Rows keep their written order
// inside the entry (it is the entry as booked); entries are taken in a canonical order, so
// that moving an entry to another file, or reordering files, changes nothing.
import * as crypto from 'node:crypto';
import type { Entry } from '../model.js';
import { centsToString } from '../money.js';

/**
 * The seal format. asso-seal-1: the fingerprint covers the entries and the chain. asso-seal-2: the
 * fingerprint covers everything the seal asserts (entries with their rows, balances, statements,
 * files written, the chain), and its statements are made as this version of asso makes them: a
 * change to how statements are made needs a new version. Older seals are checked the old way.
 */
export const SEAL_VERSION = 'asso-seal-2';
export const SEAL_VERSION_1 = 'asso-seal-1';
export const SEAL_VERSIONS: readonly string[] = [SEAL_VERSION_1, SEAL_VERSION];

export function sha256Hex(text: string | Uint8Array): string {
  // crypto.hash (Node 20.12 and later): one call, no Hash object; a close hashes every entry of the year.
  // Read off the namespace: a named import of it would not load at all on an older Node 20.
  return typeof crypto.hash === 'function'
    ? crypto.hash('sha256', text, 'hex')
    : crypto.createHash('sha256').update(text).digest('hex');
}

/** One line of JSON: the entry with every field, amounts as canonical decimal strings. */
export function canonicalEntry(entry: Entry): string {
  return JSON.stringify([entry.date, entry.journal, entry.piece, canonicalRows(entry)]);
}

/** The rows of an entry in canonical form: what a seal keeps to show a changed entry as it was sealed. */
export type CanonicalRow = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  readonly (readonly [string, string])[],
];

export function canonicalRows(entry: Entry): CanonicalRow[] {
  return entry.postings.map(
    (posting): CanonicalRow => [
      posting.account,
      posting.label,
      centsToString(posting.debit),
      centsToString(posting.credit),
      posting.aux,
      posting.auxLabel,
      optionalFields(posting.fields),
    ],
  );
}

/** What optionalFields gives a posting without optional values (most): one array for all. */
const NO_OPTIONAL: readonly (readonly [string, string])[] = Object.freeze([]);

/** The optional columns with a value, by name (aux and aux_label have their own places). */
function optionalFields(fields: Readonly<Record<string, string>>): readonly (readonly [string, string])[] {
  let found: [string, string][] | undefined;
  for (const name in fields) {
    const value = fields[name]!;
    if (value !== '' && name !== 'aux' && name !== 'aux_label') (found ??= []).push([name, value]);
  }
  if (!found) return NO_OPTIONAL;
  return found.length > 1 ? found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : found;
}

/** The fingerprint of an entry from its canonical rows (as a seal keeps them). */
export function fingerprintRows(print: { date: string; journal: string; piece: string }, rows: unknown): string {
  return sha256Hex(JSON.stringify([print.date, print.journal, print.piece, rows]));
}

/** An entry as a seal keeps it: its canonical rows and their fingerprint (`fingerprintRows`'s). */
export function entryPrint(entry: Entry): EntryPrint {
  const rows = canonicalRows(entry);
  const { date, journal, piece } = entry;
  return { date, journal, piece, fingerprint: fingerprintRows(entry, rows), rows };
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
  /** The entry's rows (asso-seal-2): what `sealed-entry-changed` shows of the entry as sealed. */
  readonly rows?: readonly CanonicalRow[];
}

export function compareEntryPrints(a: EntryPrint, b: EntryPrint): number {
  return compareKeys(printKey(a), printKey(b));
}

/** The key compareEntryPrints orders by (date, journal, piece): made once per print, a sort compares it many times. */
export function printKey(print: { date: string; journal: string; piece: string }): string {
  return `${print.date}\u0000${print.journal}\u0000${print.piece}`;
}

export function compareKeys(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The prints in compareEntryPrints' order, each key made once. */
export function sortPrints<T extends EntryPrint>(prints: readonly T[]): T[] {
  return prints
    .map((print) => ({ print, key: printKey(print) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ print }) => print);
}

/** The year's fingerprint in asso-seal-1: its entries in canonical order, chained to the previous year's seal. */
export function fingerprintYear(year: number, previous: string | null, prints: readonly EntryPrint[]): string {
  const lines = [...prints]
    .sort(compareEntryPrints)
    .map((p) => `${p.date}\t${p.journal}\t${p.piece}\t${p.fingerprint}\n`);
  return sha256Hex(`${SEAL_VERSION_1}\n${year}\n${previous ?? '-'}\n${lines.join('')}`);
}
