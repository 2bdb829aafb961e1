// An entry's print as close makes it while the books are read: besides its fingerprint, its JSON
// as the seal's file holds it, compact (what the seal's fingerprint and integrity hash) and
// pretty-printed at its place in the file (an item of `entries`, four spaces in), encoded into
// one growing buffer for the whole year. The seal is then joined from those bytes in its order
// (seal.ts `sealBytes`) instead of being stringified twice and encoded whole, and the scan keeps
// no rows: a few offsets per entry. The reference is canonical.ts's `entryPrint` and
// JSON.stringify (test/seal-bytes.test.ts compares them on generated entries).
import type { Entry } from '../model.js';
import { centsToString, type Cents } from '../money.js';
import { sha256Hex, type CanonicalRow, type EntryPrint } from './canonical.js';

/** Bytes appended one text at a time (UTF-8), grown by doubling; a text is found by its offsets. */
export class ByteArena {
  private bytes: Buffer;
  length = 0;
  constructor(size = 1 << 16) {
    this.bytes = Buffer.allocUnsafe(size);
  }
  /** Appends `text`; returns the offset where it ends. */
  add(text: string): number {
    // A UTF-16 unit takes at most three bytes in UTF-8.
    const room = this.length + text.length * 3;
    if (room > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(room, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.length += this.bytes.write(text, this.length, 'utf8');
    return this.length;
  }
  /** The bytes from `start` to `end` (a view, valid until the next `add`). */
  view(start: number, end: number): Buffer {
    return this.bytes.subarray(start, end);
  }
}

/**
 * An entry's print whose JSON texts are in a ByteArena. `rows` is read back from them when asked
 * (the seal keeps the rows, close does not need them); `toJSON` gives the plain print, so that
 * JSON.stringify of it is the same text as of the reference print.
 */
export class EntryPrintText implements EntryPrint {
  constructor(
    readonly date: string,
    readonly journal: string,
    readonly piece: string,
    readonly fingerprint: string,
    private readonly arena: ByteArena,
    private readonly start: number,
    /** Where the compact JSON ends and the pretty one starts. */
    private readonly middle: number,
    private readonly end: number,
  ) {}

  /** JSON.stringify of the plain print, in UTF-8. */
  jsonBytes(): Buffer {
    return this.arena.view(this.start, this.middle);
  }

  /** JSON.stringify of the plain print with an indent of 2, as an item of the seal's `entries` (four spaces in), in UTF-8. */
  prettyBytes(): Buffer {
    return this.arena.view(this.middle, this.end);
  }

  get rows(): CanonicalRow[] {
    return (JSON.parse(this.jsonBytes().toString('utf8')) as { rows: CanonicalRow[] }).rows;
  }

  toJSON(): EntryPrint {
    const { date, journal, piece, fingerprint, rows } = this;
    return { date, journal, piece, fingerprint, rows };
  }
}

const I4 = ' '.repeat(4);
const I6 = ' '.repeat(6);
const I8 = ' '.repeat(8);
const I10 = ' '.repeat(10);
const I12 = ' '.repeat(12);
const I14 = ' '.repeat(14);

/**
 * The print of `entry` (canonical.ts `entryPrint`'s), its JSON added to `arena` compact and
 * pretty-printed: each row's values are written as JSON once, and joined both ways.
 */
export function printEntry(entry: Entry, arena: ByteArena): EntryPrintText {
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
  const start = arena.length;
  const middle = arena.add(
    `{"date":${date},"journal":${journal},"piece":${piece},"fingerprint":"${fingerprint}","rows":${rows}}`,
  );
  const end = arena.add(
    `{\n${I6}"date": ${date},\n${I6}"journal": ${journal},\n${I6}"piece": ${piece},\n${I6}"fingerprint": "${fingerprint}",\n${I6}"rows": ${
      pretty ? `[\n${I8}${pretty}\n${I6}]` : '[]'
    }\n${I4}}`,
  );
  return new EntryPrintText(entry.date, entry.journal, entry.piece, fingerprint, arena, start, middle, end);
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

/** JSON.stringify of a string (the empty one without a call). */
function jsonString(text: string): string {
  return text === '' ? '""' : JSON.stringify(text);
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
