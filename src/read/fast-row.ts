// The fast path of the journal reader: a row of the common shape (ISO, French or FEC date,
// digits-only account, plain amounts in the file's settled decimal mark, nothing to trim)
// becomes a JournalRow straight from the line's text, without a string per field. Anything
// else returns undefined and is read by the reference path in journal.ts, which reports
// problems; the fast path never reports anything, so it cannot make a problem disappear.
import { postingProblem, type Chart } from '../chart/chart.js';
import type { DecimalMark } from './amount.js';
import type { ColumnMap } from './columns.js';
import { asciiText } from './byte-text.js';
import { fieldText, type FieldBounds } from './fields.js';
import { isRealDate } from '../date.js';
import { isAcceptedYear } from './years.js';
import type { JournalRow } from './row.js';

export interface FastRowState {
  readonly file: string;
  readonly chart: Chart;
  /** The columns of the header, once read and complete. */
  columns: ColumnMap | undefined;
  /** The file's decimal mark, once an amount has settled it. */
  mark: DecimalMark | undefined;
  /** Account numbers seen and accepted, by a numeric key of their digits and length. */
  readonly accounts: Map<number, string>;
  /** ISO dates by yyyymmdd. */
  readonly dates: Map<number, string>;
  /** The last date cell read, as written, and its ISO date. */
  lastDateText: string;
  lastDate: string;
  previous: JournalRow | undefined;
  /** The last label cell read with doubled quotes, as written, and its text. */
  lastEscaped: string;
  lastEscapedLabel: string;
}

const NO_FIELDS: Readonly<Record<string, string>> = Object.freeze({});
const MAX_INTEGER_DIGITS = 13; // cents stay below 2^53

/**
 * What a row of the common shape holds for posting, read off its line without a string per field
 * (`readCells`): its date, account and amounts, and where its journal, piece and group cells stand.
 */
export interface RowCells {
  date: string;
  account: string;
  debit: number;
  credit: number;
  journalStart: number;
  journalEnd: number;
  pieceStart: number;
  pieceEnd: number;
  /** The group's cell: the piece's, or in a FEC file the EcritureNum's. */
  groupStart: number;
  groupEnd: number;
}

export function emptyCells(): RowCells {
  return {
    date: '',
    account: '',
    debit: 0,
    credit: 0,
    journalStart: 0,
    journalEnd: 0,
    pieceStart: 0,
    pieceEnd: 0,
    groupStart: 0,
    groupEnd: 0,
  };
}

/**
 * Reads into `cells` the date, account and amounts of a row of the common shape, and where its
 * journal, piece and group stand; false when it is not (the reference path then reads it). A row
 * the fast path takes passes here and `namesPlain`: fastJournalRow and the scan's packed entries
 * (post/packed-entry.ts) take exactly the same rows.
 */
export function readCells(state: FastRowState, text: string, fields: FieldBounds, cells: RowCells): boolean {
  const columns = state.columns;
  if (columns === undefined || fields.count !== columns.width) return false;
  const index = columns.index;
  const bounds = fields.bounds;
  const escaped = fields.escaped;
  // A value under an unnamed column is refused by the reference path.
  const unnamed = columns.unnamed;
  for (let i = 0; i < unnamed.length; i += 1) if (bounds[2 * unnamed[i]!] !== bounds[2 * unnamed[i]! + 1]) return false;

  const dateColumn = index.date!;
  const dateStart = bounds[2 * dateColumn]!;
  const dateEnd = bounds[2 * dateColumn + 1]!;
  let date: string | undefined = state.lastDate;
  // Cells are compared with the row before as slices: a short slice is a copy, and comparing two
  // strings costs less than reading both character by character.
  const dateText = text.slice(dateStart, dateEnd);
  if (
    dateEnd === dateStart ||
    dateText !== state.lastDateText ||
    (escaped !== 0 && (escaped & (1 << dateColumn)) !== 0)
  ) {
    date = fastDate(state, text, dateStart, dateEnd);
    if (date === undefined || (escaped !== 0 && (escaped & (1 << dateColumn)) !== 0)) return false;
    state.lastDateText = dateText;
    state.lastDate = date;
  }

  const accountColumn = index.account!;
  const account = fastAccount(state, text, bounds[2 * accountColumn]!, bounds[2 * accountColumn + 1]!);
  if (account === undefined || (escaped !== 0 && (escaped & (1 << accountColumn)) !== 0)) return false;

  const debitColumn = index.debit!;
  const creditColumn = index.credit!;
  const debit = fastAmount(state.mark, text, bounds[2 * debitColumn]!, bounds[2 * debitColumn + 1]!);
  if (debit < 0) return false;
  const credit = fastAmount(state.mark, text, bounds[2 * creditColumn]!, bounds[2 * creditColumn + 1]!);
  if (
    credit < 0 ||
    (debit === 0) === (credit === 0) ||
    (escaped !== 0 && (escaped & ((1 << debitColumn) | (1 << creditColumn))) !== 0)
  )
    return false;

  const journalColumn = index.journal!;
  const pieceColumn = index.piece!;
  let groupColumn = pieceColumn;
  if (columns.fec) {
    if (index.entry === undefined) return false;
    groupColumn = index.entry;
  }

  cells.date = date;
  cells.account = account;
  cells.debit = debit;
  cells.credit = credit;
  cells.journalStart = bounds[2 * journalColumn]!;
  cells.journalEnd = bounds[2 * journalColumn + 1]!;
  cells.pieceStart = bounds[2 * pieceColumn]!;
  cells.pieceEnd = bounds[2 * pieceColumn + 1]!;
  cells.groupStart = bounds[2 * groupColumn]!;
  cells.groupEnd = bounds[2 * groupColumn + 1]!;
  return true;
}

/** Whether the row's aux cell, if the file has one, is empty (no auxiliary account to post to). */
export function auxEmpty(state: FastRowState, fields: FieldBounds): boolean {
  const aux = state.columns?.index.aux;
  return aux === undefined || fields.bounds[2 * aux] === fields.bounds[2 * aux + 1];
}

/** Whether the journal, piece and group cells are ASCII (as byte text reads them as UTF-8 would). */
export function asciiCells(text: string, cells: RowCells): boolean {
  return (
    asciiText(text, cells.journalStart, cells.journalEnd) &&
    asciiText(text, cells.pieceStart, cells.pieceEnd) &&
    asciiText(text, cells.groupStart, cells.groupEnd)
  );
}

/** Whether text[start, end) is `value`, compared where it stands. */
export function sameText(text: string, start: number, end: number, value: string): boolean {
  if (end - start !== value.length) return false;
  // Character by character: names are short, and startsWith is a call into the runtime.
  for (let i = 0; i < value.length; i += 1) if (text.charCodeAt(start + i) !== value.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether the journal, piece and group cells of a row `readCells` read need nothing undone (no
 * doubled quotes, nothing to trim), and the journal and group are not empty.
 */
export function namesPlain(state: FastRowState, text: string, fields: FieldBounds): boolean {
  const columns = state.columns!;
  const index = columns.index;
  const bounds = fields.bounds;
  const journal = index.journal!;
  const group = columns.fec ? index.entry! : index.piece!;
  return (
    bounds[2 * journal] !== bounds[2 * journal + 1] &&
    bounds[2 * group] !== bounds[2 * group + 1] &&
    plainCell(text, fields, journal) &&
    plainCell(text, fields, index.piece!) &&
    (!columns.fec || plainCell(text, fields, group))
  );
}

/** The row of a line of the common shape, its cells read by `readCells` (and `namesPlain` true). */
export function fastJournalRow(
  state: FastRowState,
  line: number,
  text: string,
  fields: FieldBounds,
  cells: RowCells,
): JournalRow {
  const columns = state.columns!;
  const index = columns.index;
  const bounds = fields.bounds;
  const escaped = fields.escaped;
  const previous = state.previous;
  const journal = sliceOr(text, cells.journalStart, cells.journalEnd, previous?.journal);
  const piece = sliceOr(text, cells.pieceStart, cells.pieceEnd, previous?.piece);
  const group = columns.fec ? sliceOr(text, cells.groupStart, cells.groupEnd, previous?.group) : piece;

  let label = '';
  if (index.label !== undefined) {
    const start = bounds[2 * index.label]!;
    const end = bounds[2 * index.label + 1]!;
    // A slice costs less than comparing with the previous row's label (a long slice copies nothing).
    if ((escaped & (1 << index.label)) !== 0) {
      // Doubled quotes to undo: the rows of an entry mostly share their label, undone once.
      const raw = text.slice(start, end);
      if (raw !== state.lastEscaped) {
        state.lastEscaped = raw;
        state.lastEscapedLabel = raw.replaceAll('""', '"').trim();
      }
      label = state.lastEscapedLabel;
    } else if (start === end) label = '';
    else {
      label = text.slice(start, end);
      if (isSpace(text.charCodeAt(start)) || isSpace(text.charCodeAt(end - 1))) label = label.trim();
    }
  }

  let optional = NO_FIELDS;
  let aux = '';
  let auxLabel = '';
  if (columns.width > 6 + (index.label === undefined ? 0 : 1)) {
    const found: Record<string, string> = {};
    const present = columns.optional;
    let any = present.length > 0;
    for (let i = 0; i < present.length; i += 1)
      found[present[i]!.name] = fieldText(text, fields, present[i]!.index).trim();
    for (const extra of columns.extras) {
      found[extra.name] = fieldText(text, fields, extra.index);
      any = true;
    }
    if (any) optional = found;
    aux = found.aux ?? '';
    auxLabel = found.aux_label ?? '';
  }

  const row: JournalRow = {
    file: state.file,
    line,
    date: cells.date,
    journal,
    piece,
    group,
    account: cells.account,
    label,
    debit: cells.debit,
    credit: cells.credit,
    aux,
    auxLabel,
    fields: optional,
    valid: true,
  };
  state.previous = row;
  return row;
}

// Digits are read inline (text.charCodeAt(i) - 48, in 0–9): a call per character costs more
// than the character while the code is not yet optimised.

function digit(text: string, at: number): number {
  const c = text.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function number(text: string, start: number, length: number): number {
  let value = 0;
  const end = start + length;
  for (let i = start; i < end; i += 1) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** `YYYY-MM-DD`, `DD/MM/YYYY` or `YYYYMMDD`, a real date, nothing around it. */
function fastDate(state: FastRowState, text: string, start: number, end: number): string | undefined {
  let year: number, month: number, day: number;
  const length = end - start;
  if (length === 10 && text.charCodeAt(start + 4) === 45 && text.charCodeAt(start + 7) === 45) {
    year = number(text, start, 4);
    month = number(text, start + 5, 2);
    day = number(text, start + 8, 2);
  } else if (length === 10 && text.charCodeAt(start + 2) === 47 && text.charCodeAt(start + 5) === 47) {
    day = number(text, start, 2);
    month = number(text, start + 3, 2);
    year = number(text, start + 6, 4);
  } else if (length === 8) {
    year = number(text, start, 4);
    month = number(text, start + 4, 2);
    day = number(text, start + 6, 2);
  } else return undefined;
  if (year < 0 || month < 0 || day < 0) return undefined;
  const key = year * 10000 + month * 100 + day;
  let iso = state.dates.get(key);
  if (iso === undefined) {
    if (!isAcceptedYear(year) || !isRealDate(year, month, day)) return undefined;
    iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    state.dates.set(key, iso);
  }
  return iso;
}

/** A digits-only account of 3 to 12 digits that the chart accepts. */
function fastAccount(state: FastRowState, text: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length < 3 || length > 12) return undefined;
  const value = number(text, start, length);
  if (value < 0) return undefined;
  const key = value * 16 + length;
  let account = state.accounts.get(key);
  if (account === undefined) {
    account = text.slice(start, end);
    if (postingProblem(state.chart, account) !== undefined) return undefined;
    state.accounts.set(key, account);
  }
  return account;
}

/**
 * Cents of a plain amount (digits, maybe in groups of three after a space, a no-break space or a
 * narrow no-break space, then the settled mark and one or two digits); 0 when empty; −1 when not plain.
 */
function fastAmount(mark: DecimalMark | undefined, text: string, start: number, end: number): number {
  if (start === end) return 0;
  let cents = 0;
  let digits = 0;
  let i = start;
  for (; i < end; i += 1) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    cents = cents * 10 + d;
    digits += 1;
  }
  if (digits === 0) return -1;
  if (i < end && isGroupSeparator(text.charCodeAt(i))) {
    // 1 234 567,89: a first group of one to three digits, then groups of exactly three.
    if (digits > 3) return -1;
    while (i < end && isGroupSeparator(text.charCodeAt(i))) {
      for (let k = 1; k <= 3; k += 1) {
        const d = i + k < end ? digit(text, i + k) : -1;
        if (d < 0) return -1;
        cents = cents * 10 + d;
      }
      digits += 3;
      i += 4;
    }
  }
  if (digits > MAX_INTEGER_DIGITS) return -1;
  if (i === end) return cents * 100;
  if (mark === undefined || text.charCodeAt(i) !== mark.charCodeAt(0)) return -1;
  const decimals = end - i - 1;
  if (decimals === 1) {
    const d = digit(text, i + 1);
    return d < 0 ? -1 : cents * 100 + d * 10;
  }
  if (decimals === 2) {
    const tens = digit(text, i + 1);
    const units = digit(text, i + 2);
    return tens < 0 || units < 0 ? -1 : cents * 100 + tens * 10 + units;
  }
  return -1;
}

function isGroupSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** Whether a cell needs no undoing: no doubled quotes, nothing to trim. */
function plainCell(text: string, fields: FieldBounds, column: number): boolean {
  if (fields.escaped & (1 << column)) return false;
  const start = fields.bounds[2 * column]!;
  const end = fields.bounds[2 * column + 1]!;
  return start === end || !(isSpace(text.charCodeAt(start)) || isSpace(text.charCodeAt(end - 1)));
}

/** text[start, end), or `previous` when that is the same text (the rows of an entry share it). */
function sliceOr(text: string, start: number, end: number, previous: string | undefined): string {
  if (start === end) return '';
  const value = text.slice(start, end);
  return value === previous ? previous : value;
}

/** What String.prototype.trim removes, for the characters that can start or end a field. */
function isSpace(c: number): boolean {
  if (c > 32 && c < 0x7f) return false;
  return (
    c <= 32 ||
    (c >= 0x7f &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff ||
        c === 0x85))
  );
}
