// The checks of one entry: a plain list of functions, all run, all reported.
import { accountClass } from '../chart/chart.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { entryName as entryText, postMessages } from '../messages/post.js';
import type { Text } from '../messages/text.js';
import { CentsTally } from '../money.js';
import type { JournalRow } from '../read/row.js';

export type EntryCheck = (rows: readonly JournalRow[]) => readonly Diagnostic[];

/** How messages name an entry: its journal and piece (EcritureNum in a FEC file). */
export function entryName(rows: readonly JournalRow[]): Text {
  return entryText(rows[0]!.journal, rows[0]!.group);
}

/** What a check returns when it finds nothing (shared: no allocation per entry). */
const NONE: readonly Diagnostic[] = Object.freeze([]);

const lines = (rows: readonly JournalRow[]): string => rows.map((row) => row.line).join(', ');
const at = (row: JournalRow) => ({ file: row.file, line: row.line });

// A damaged row (ragged, CSV syntax) may hold the others' cells: its entry's size says nothing.
const atLeastTwoRows: EntryCheck = (rows) =>
  rows.length < 2 && !rows[0]!.damaged
    ? [error('one-row-entry', postMessages.oneRow(entryName(rows)), at(rows[0]!))]
    : NONE;

const oneDate: EntryCheck = (rows) => {
  const first = rows[0]!.date;
  if (rows.every((row) => row.date === first)) return NONE;
  const dates = new Set(rows.map((row) => row.date).filter(Boolean));
  return dates.size > 1
    ? [error('mixed-dates', postMessages.mixedDates(entryName(rows), [...dates], lines(rows)), at(rows[0]!))]
    : NONE;
};

const balanced: EntryCheck = (rows) => {
  // A row that could not be read, or a single row (reported as such), says nothing more.
  if (rows.length < 2) return NONE;
  const debits = new CentsTally();
  const credits = new CentsTally();
  for (const row of rows) {
    if (!row.valid) return NONE;
    debits.add(row.debit);
    credits.add(row.credit);
  }
  if (debits.equals(credits)) return NONE;
  const debit = debits.value;
  const credit = credits.value;
  const gap = debit - credit;
  return [error('unbalanced', postMessages.unbalanced(entryName(rows), gap, debit, credit, lines(rows)), at(rows[0]!))];
};

const volunteeringApart: EntryCheck = (rows) => {
  if (!rows.some((row) => row.account.charCodeAt(0) === 56)) return NONE; // no class 8 account
  const inKind = rows.some((row) => row.account.startsWith('86') || row.account.startsWith('87'));
  const ordinary = rows.some((row) => accountClass(row.account) >= 1 && accountClass(row.account) <= 7);
  return inKind && ordinary
    ? [error('volunteering-mixed', postMessages.volunteeringMixed(entryName(rows), lines(rows)), at(rows[0]!))]
    : NONE;
};

const openingAccountInOpeningOnly: EntryCheck = (rows) =>
  !rows.some((row) => row.account.charCodeAt(0) === 56)
    ? NONE
    : rows
        .filter((row) => row.account.startsWith('890') && row.journal !== 'AN')
        .map((row) => error('opening-account', postMessages.openingAccountOutside(entryName(rows)), at(row)));

export const ENTRY_CHECKS: readonly EntryCheck[] = [
  atLeastTwoRows,
  oneDate,
  balanced,
  volunteeringApart,
  openingAccountInOpeningOnly,
];

const PLAIN_LIMIT = 2 ** 52;

/**
 * Whether no check of ENTRY_CHECKS has anything to say about the entry, told in one pass without
 * allocating: at least two rows, all valid and of one date, amounts that balance (in safe
 * integers), no class 8 account. Any other entry goes through the checks themselves.
 */
export function isPlainEntry(rows: readonly JournalRow[]): boolean {
  const count = rows.length;
  if (count < 2) return false;
  const date = rows[0]!.date;
  let debits = 0;
  let credits = 0;
  for (let i = 0; i < count; i += 1) {
    const row = rows[i]!;
    const debit = row.debit;
    const credit = row.credit;
    if (
      !row.valid ||
      row.date !== date ||
      typeof debit !== 'number' ||
      typeof credit !== 'number' ||
      row.account.charCodeAt(0) === 56
    )
      return false;
    // Sums of safe integers are exact while every partial sum stays below 2^53.
    debits += debit;
    credits += credit;
    if (debits > PLAIN_LIMIT || debits < -PLAIN_LIMIT || credits > PLAIN_LIMIT || credits < -PLAIN_LIMIT) return false;
  }
  return debits === credits;
}
