// The one balance engine: journal files are read row by row, rows are gathered into entries
// (only the open entry is held), each entry is checked, and balances are summed as it closes.
import { basename } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { fiscalMonthIndex, fiscalYearOf, yearEnd, yearStart, type FiscalCalendar } from '../fiscal.js';
import { addToBalances, type Balances, type Entry } from '../model.js';
import type { Cents } from '../money.js';
import { readJournalFile, type JournalRow } from '../read/journal.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { ENTRY_CHECKS } from './entry-checks.js';

export interface YearBooks {
  readonly year: number;
  readonly start: string;
  readonly end: string;
  /** Every posting of the year, the opening entries included. */
  readonly movements: Balances;
  /** The opening entries: journal AN, dated on the first day. */
  readonly opening: Balances;
  /** Net movement (debit − credit) per account and fiscal month, opening entries excluded. */
  readonly monthly: Map<string, Cents[]>;
  entryCount: number;
  /** Whether the year has entries other than those `close` and `allocate` write. */
  ownEntries: boolean;
  lastDate: string;
  /** Where each account is posted to first and last this year: year-wide problems point there. */
  readonly uses: Map<string, { first: Source; last: Source }>;
  /** Where the first opening entry of the year is: problems of the opening balances point there. */
  openingSource?: { file: string; line: number };
}

export interface Source { readonly file: string; readonly line: number }

export interface Books {
  readonly calendar: FiscalCalendar;
  readonly years: ReadonlyMap<number, YearBooks>;
}

export interface ScanOptions {
  /** Called with every valid entry, in file order. */
  readonly onEntry?: (entry: Entry) => void;
}

/** Files that `close` and `allocate` write; they do not make a year "have entries" of its own. */
export function isGeneratedJournal(file: string): boolean {
  return /^\d{4}-(opening|reversals|allocation)\.csv$/i.test(basename(file));
}

export function scanLedger(folder: LedgerFolder, options: ScanOptions = {}): { books: Books; diagnostics: Diagnostic[] } {
  const calendar = folder.config.calendar;
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => { diagnostics.push(d); };
  const years = new Map<number, YearBooks>();
  const seen = new Map<string, { file: string; line: number }>();

  const yearBooks = (year: number): YearBooks => {
    let books = years.get(year);
    if (!books) {
      books = { year, start: yearStart(calendar, year), end: yearEnd(calendar, year), movements: new Map(), opening: new Map(), monthly: new Map(), uses: new Map(), entryCount: 0, ownEntries: false, lastDate: '' };
      years.set(year, books);
    }
    return books;
  };

  const runChecks = (rows: readonly JournalRow[], name: string): Diagnostic[] => ENTRY_CHECKS.flatMap((check) => check(rows, name));
  // Entries found incomplete (a single row, unbalanced) are held until the end of their file: a
  // later part of the same entry (rows not kept together) is then checked with them, and the
  // treasurer reads one problem, not three.
  const held = new Map<string, { rows: JournalRow[]; found: Diagnostic[] }>();
  const INCOMPLETE = new Set(['one-row-entry', 'unbalanced']);

  const closeEntry = (rows: JournalRow[]): void => {
    const first = rows[0]!;
    const name = `entry ${first.journal} ${first.group}`;
    const date = first.date || rows.find((row) => row.date)?.date;
    const year = date ? fiscalYearOf(calendar, date) : undefined;
    const key = `${year}\u0001${first.journal}\u0001${first.group}`;
    const before = date ? seen.get(key) : undefined;
    if (before && before.file === first.file) {
      report(error('not-consecutive', `rows of ${name} start again here, after other entries, but ${name} already has rows from line ${before.line}: keep the rows of an entry together (or give this entry its own piece)`, { file: first.file, line: first.line }));
      const earlier = held.get(key);
      if (earlier) held.delete(key);
      runChecks(earlier ? [...earlier.rows, ...rows] : rows, name).forEach(report);
      return;
    }
    let valid = rows.every((row) => row.valid);
    const found = runChecks(rows, name);
    if (found.length) {
      valid = false;
      if (date && !before && found.every((d) => INCOMPLETE.has(d.code))) held.set(key, { rows, found });
      else found.forEach(report);
    }
    if (!date || year === undefined) return;
    if (before) {
      valid = false;
      report(error('duplicate-piece', `${name} of fiscal year ${year} is already used in ${before.file}:${before.line}: give each entry its own piece`, { file: first.file, line: first.line }));
    } else seen.set(key, { file: first.file, line: first.line });
    if (!valid) return;

    const books = yearBooks(year);
    const opening = first.journal === 'AN' && date === books.start;
    if (opening && !books.openingSource) books.openingSource = { file: first.file, line: first.line };
    const month = fiscalMonthIndex(calendar, year, date);
    for (const row of rows) {
      const use = books.uses.get(row.account);
      if (use) use.last = { file: row.file, line: row.line };
      else books.uses.set(row.account, { first: { file: row.file, line: row.line }, last: { file: row.file, line: row.line } });
      addToBalances(books.movements, row.account, row.debit, row.credit, row.aux, row.auxLabel);
      if (opening) addToBalances(books.opening, row.account, row.debit, row.credit, row.aux, row.auxLabel);
      else {
        let months = books.monthly.get(row.account);
        if (!months) books.monthly.set(row.account, (months = []));
        months[month] = (months[month] ?? 0n) + row.debit - row.credit;
      }
    }
    books.entryCount += 1;
    if (!isGeneratedJournal(first.file)) books.ownEntries = true;
    if (date > books.lastDate) books.lastDate = date;
    options.onEntry?.({
      year, date, journal: first.journal, piece: first.piece, label: first.label, file: first.file, line: first.line,
      postings: rows.map((row) => ({ account: row.account, label: row.label, debit: row.debit, credit: row.credit, aux: row.aux, auxLabel: row.auxLabel, line: row.line, fields: row.fields })),
    });
  };

  for (const file of folder.journalFiles) {
    let open: JournalRow[] = [];
    readJournalFile(file, folder.chart, (row) => {
      if (open.length && (open[0]!.journal !== row.journal || open[0]!.group !== row.group)) {
        closeEntry(open);
        open = [];
      }
      open.push(row);
    }, report);
    if (open.length) closeEntry(open);
    for (const { found } of held.values()) found.forEach(report);
    held.clear();
  }
  return { books: { calendar, years }, diagnostics };
}
