// The open entry of a scan that hands no entries on (statements, balances, checks): its rows of the
// common shape are kept as numbers and strings already made (the date, the account), not as row
// objects, and the cells that name the entry (its journal and group) are compared where they stand
// in the line rather than sliced. An entry that the books take as it is (plain, see isPlainEntry)
// is posted from here; any other is made into rows (`rows`) and takes the way every entry takes, so
// that what is reported and posted is exactly what the rows would give (test/packed-entry.test.ts).
import { asciiText } from '../read/byte-text.js';
import { sameText, type RowCells } from '../read/fast-row.js';
import type { JournalRow } from '../read/row.js';

const NO_FIELDS: Readonly<Record<string, string>> = Object.freeze({});
/** Sums of safe integers are exact while every partial sum stays below 2^53 (as isPlainEntry). */
const PLAIN_LIMIT = 2 ** 52;

export class PackedEntry {
  count = 0;
  date = '';
  journal = '';
  piece = '';
  group = '';
  accounts: string[] = [];
  lines = new Int32Array(16);
  /** Cents, safe integers (the fast path reads at most 13 integer digits), as their sums below PLAIN_LIMIT. */
  debits = new Float64Array(16);
  credits = new Float64Array(16);
  private debitSum = 0;
  private creditSum = 0;
  /** Whether the journal and group are ASCII (byte text reads them as they are). */
  ascii = true;
  /** A class 8 account: not plain. */
  private class8 = false;

  /** Whether the row of `cells` in `text` belongs to this entry: the same journal and group. */
  holds(text: string, cells: RowCells): boolean {
    return (
      this.count > 0 &&
      sameText(text, cells.journalStart, cells.journalEnd, this.journal) &&
      sameText(text, cells.groupStart, cells.groupEnd, this.group)
    );
  }

  /** Whether a row this entry holds can be kept with it: of its date (else the entry is made into rows, each with its own date). */
  fits(cells: RowCells): boolean {
    return cells.date === this.date;
  }

  /** Whether a row made by the reader belongs to this entry. */
  holdsRow(row: JournalRow): boolean {
    return this.count > 0 && row.journal === this.journal && row.group === this.group;
  }

  /** Starts the entry with the row of `cells`. */
  open(text: string, cells: RowCells): void {
    this.count = 0;
    this.date = cells.date;
    this.journal = text.slice(cells.journalStart, cells.journalEnd);
    this.group = text.slice(cells.groupStart, cells.groupEnd);
    this.piece = cells.groupStart === cells.pieceStart ? this.group : text.slice(cells.pieceStart, cells.pieceEnd);
    this.ascii = asciiText(this.journal, 0, this.journal.length) && asciiText(this.group, 0, this.group.length);
    this.debitSum = 0;
    this.creditSum = 0;
    this.class8 = false;
  }

  add(line: number, cells: RowCells): void {
    const at = this.count;
    if (at === this.lines.length) this.grow();
    this.accounts[at] = cells.account;
    this.lines[at] = line;
    this.debits[at] = cells.debit;
    this.credits[at] = cells.credit;
    this.count = at + 1;
    if (cells.account.charCodeAt(0) === 56) this.class8 = true;
    this.debitSum += cells.debit;
    this.creditSum += cells.credit;
  }

  /** What isPlainEntry says of the rows (of one date and valid, as all rows kept here are): at least two, balanced, no class 8 account. */
  isPlain(): boolean {
    const debits = this.debitSum;
    const credits = this.creditSum;
    return (
      this.count >= 2 &&
      !this.class8 &&
      debits === credits &&
      debits <= PLAIN_LIMIT &&
      debits >= -PLAIN_LIMIT &&
      credits <= PLAIN_LIMIT &&
      credits >= -PLAIN_LIMIT
    );
  }

  /**
   * The entry's rows, as the fast reader would have made them but for what only entries handed on
   * read: the label, the optional columns, and the piece of each row in a FEC file (here the first
   * row's: the checks name an entry by its journal and group).
   */
  rows(file: string): JournalRow[] {
    const rows: JournalRow[] = [];
    for (let i = 0; i < this.count; i += 1)
      rows.push({
        file,
        line: this.lines[i]!,
        date: this.date,
        journal: this.journal,
        piece: this.piece,
        group: this.group,
        account: this.accounts[i]!,
        label: '',
        debit: this.debits[i]!,
        credit: this.credits[i]!,
        aux: '',
        auxLabel: '',
        fields: NO_FIELDS,
        valid: true,
      });
    return rows;
  }

  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const lines = new Int32Array(size);
    const debits = new Float64Array(size);
    const credits = new Float64Array(size);
    lines.set(this.lines);
    debits.set(this.debits);
    credits.set(this.credits);
    this.lines = lines;
    this.debits = debits;
    this.credits = credits;
  }
}
