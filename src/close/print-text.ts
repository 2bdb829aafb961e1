// An entry's print as close makes it while the books are read, the same as canonical.ts's
// `entryPrint` (test/seal-bytes.test.ts compares them on generated entries) with fewer costs.
import type { Entry, Posting } from '../model.js';
import { centsToString, type Cents } from '../money.js';
import { sha256Hex, type CanonicalRow, type EntryPrint } from './canonical.js';

/**
 * The print of `entry` (canonical.ts `entryPrint`'s): its canonical rows, their amounts written
 * from a number (a bigint's division and padding cost more than the rest of the row).
 */
export function printEntry(entry: Entry): EntryPrint {
  const rows = entry.postings.map(canonicalRow);
  const { date, journal, piece } = entry;
  return { date, journal, piece, fingerprint: sha256Hex(JSON.stringify([date, journal, piece, rows])), rows };
}

/** canonical.ts `canonicalRows`' row. */
function canonicalRow(posting: Posting): CanonicalRow {
  return [
    posting.account,
    posting.label,
    centsText(posting.debit),
    centsText(posting.credit),
    posting.aux,
    posting.auxLabel,
    optionalFields(posting.fields),
  ];
}

/** The optional columns with a value but aux and aux_label, sorted by name (canonicalRows' seventh). */
function optionalFields(fields: Readonly<Record<string, string>>): [string, string][] {
  let found: [string, string][] | undefined;
  for (const name in fields) {
    const value = fields[name]!;
    if (value !== '' && name !== 'aux' && name !== 'aux_label') (found ??= []).push([name, value]);
  }
  if (!found) return [];
  return found.length > 1 ? found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : found;
}

const SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

/** centsToString's text, made from a number when the cents are a safe integer (every amount but the huge). */
export function centsText(cents: Cents): string {
  if (cents === 0n) return '0.00';
  if (cents > SAFE_CENTS || cents < -SAFE_CENTS) return centsToString(cents);
  let units = Number(cents);
  const sign = units < 0 ? '-' : '';
  if (units < 0) units = -units;
  const rest = units % 100;
  return `${sign}${(units - rest) / 100}${rest < 10 ? '.0' : '.'}${rest}`;
}
