// An entry's print as close makes it while the books are read: besides its fingerprint, its JSON
// as the seal's file holds it, compact (what the seal's fingerprint and integrity hash) and
// pretty-printed at its place in the file (an item of `entries`, four spaces in), each row's
// values written as JSON once and joined both ways. The seal is then joined from those texts in
// its order and encoded some 64 KB at a time (seal.ts `sealBytes`) instead of being stringified
// twice and encoded whole, and the scan keeps no rows: two strings per entry. The reference is
// canonical.ts's `entryPrint` and JSON.stringify (test/seal-bytes.test.ts compares them on
// generated entries and seals).
import type { Entry } from '../model.js';
import { centsToString, type Cents } from '../money.js';
import { sha256Hex, type CanonicalRow, type EntryPrint } from './canonical.js';

/**
 * An entry's print with its JSON texts. `rows` is read back from them when asked (the seal keeps
 * the rows, close does not need them); `toJSON` gives the plain print, so that JSON.stringify of
 * it is the same text as of the reference print.
 */
export class EntryPrintText implements EntryPrint {
  constructor(
    readonly date: string,
    readonly journal: string,
    readonly piece: string,
    readonly fingerprint: string,
    /** JSON.stringify of the plain print. */
    readonly json: string,
    /** JSON.stringify of the plain print with an indent of 2, as an item of the seal's `entries` (four spaces in). */
    readonly pretty: string,
  ) {}

  get rows(): CanonicalRow[] {
    return (JSON.parse(this.json) as { rows: CanonicalRow[] }).rows;
  }

  toJSON(): EntryPrint {
    const { date, journal, piece, fingerprint, rows } = this;
    return { date, journal, piece, fingerprint, rows };
  }
}

/**
 * `text` made one string in memory: a text joined from pieces is a tree of them, which costs the
 * garbage collector while it is kept (a seal keeps every entry's) and each encoder that walks it.
 * Reading a character of a joined text makes V8 copy it into one string.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

const I4 = ' '.repeat(4);
const I6 = ' '.repeat(6);
const I8 = ' '.repeat(8);
const I10 = ' '.repeat(10);
const I12 = ' '.repeat(12);
const I14 = ' '.repeat(14);

/**
 * The print of `entry` (canonical.ts `entryPrint`'s) with its JSON compact and pretty-printed:
 * each row's values are written as JSON once, and joined both ways.
 */
export function printEntry(entry: Entry): EntryPrintText {
  const date = jsonString(entry.date);
  const journal = jsonString(entry.journal);
  const piece = jsonString(entry.piece);
  let compact = '';
  let pretty = '';
  for (const posting of entry.postings) {
    const account = jsonString(posting.account);
    const label = jsonString(posting.label);
    const debit = `"${centsText(posting.debit)}"`;
    const credit = `"${centsText(posting.credit)}"`;
    const aux = jsonString(posting.aux);
    const auxLabel = jsonString(posting.auxLabel);
    const [fields, fieldsPretty] = optionalFieldsJson(posting.fields);
    compact += `${compact ? ',' : ''}[${account},${label},${debit},${credit},${aux},${auxLabel},${fields}]`;
    pretty += `${pretty ? `,\n${I8}` : ''}[\n${I10}${account},\n${I10}${label},\n${I10}${debit},\n${I10}${credit},\n${I10}${aux},\n${I10}${auxLabel},\n${I10}${fieldsPretty}\n${I8}]`;
  }
  const rows = `[${compact}]`;
  const fingerprint = sha256Hex(`[${date},${journal},${piece},${rows}]`);
  const json = flat(
    `{"date":${date},"journal":${journal},"piece":${piece},"fingerprint":"${fingerprint}","rows":${rows}}`,
  );
  const prettyJson = flat(
    `{\n${I6}"date": ${date},\n${I6}"journal": ${journal},\n${I6}"piece": ${piece},\n${I6}"fingerprint": "${fingerprint}",\n${I6}"rows": ${
      pretty ? `[\n${I8}${pretty}\n${I6}]` : '[]'
    }\n${I4}}`,
  );
  return new EntryPrintText(entry.date, entry.journal, entry.piece, fingerprint, json, prettyJson);
}

/** The optional columns with a value but aux and aux_label, sorted by name (canonicalRows' seventh), compact and pretty. */
function optionalFieldsJson(fields: Readonly<Record<string, string>>): readonly [string, string] {
  let found: [string, string][] | undefined;
  for (const name in fields) {
    const value = fields[name]!;
    if (value !== '' && name !== 'aux' && name !== 'aux_label') (found ??= []).push([name, value]);
  }
  if (!found) return NO_FIELDS;
  if (found.length > 1) found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const pairs = found.map(([name, value]) => [jsonString(name), jsonString(value)] as const);
  return [
    `[${pairs.map(([name, value]) => `[${name},${value}]`).join(',')}]`,
    `[\n${I12}${pairs.map(([name, value]) => `[\n${I14}${name},\n${I14}${value}\n${I12}]`).join(`,\n${I12}`)}\n${I10}]`,
  ];
}

const NO_FIELDS = ['[]', '[]'] as const;

/** What JSON.stringify writes otherwise than as it is: quotes, backslashes, control characters, surrogates. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string (without a call for most: only what needs escaping goes to it). */
function jsonString(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
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
