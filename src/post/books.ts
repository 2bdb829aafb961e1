// The one balance engine: journal files are read row by row, rows are gathered into entries
// (only the open entry is held), each entry is checked, and balances are summed as it closes.
import { basename } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { fiscalMonthIndex, fiscalYearOf, yearEnd, yearStart, type FiscalCalendar } from '../fiscal.js';
import { addToBalances, type Balances, type Entry } from '../model.js';
import { CentsTally, type Cents } from '../money.js';
import { readJournalFile, type JournalRow } from '../read/journal.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { ENTRY_CHECKS, entryName } from './entry-checks.js';

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
}

export interface Books {
  readonly calendar: FiscalCalendar;
  readonly years: ReadonlyMap<number, YearBooks>;
}

export interface ScanOptions {
  /** Called with every valid entry, in file order. */
  readonly onEntry?: (entry: Entry) => void;
  /** Called every 65 536 rows and after each file (file index from 1, file count, rows so far): a progress indicator's hook. */
  readonly onProgress?: (file: string, index: number, files: number, rows: number) => void;
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
  // The first row of every entry, by year, journal and piece: duplicates and scattered rows.
  const seen = new Map<number, Map<string, Map<string, number>>>();
  let lastPieces: { year: number; journal: string; pieces: Map<string, number> } | undefined;
  const piecesOf = (year: number, journal: string): Map<string, number> => {
    if (lastPieces?.year === year && lastPieces.journal === journal) return lastPieces.pieces;
    let journals = seen.get(year);
    if (!journals) seen.set(year, (journals = new Map()));
    let pieces = journals.get(journal);
    if (!pieces) journals.set(journal, (pieces = new Map()));
    lastPieces = { year, journal, pieces };
    return pieces;
  };
  let generated = false;
  const files = folder.journalFiles;
  let fileIndex = 0;
  // Fiscal year × 64 + fiscal month, by date: dates repeat, their arithmetic need not.
  const periods = new Map<string, number>();
  const periodOf = (date: string): number => {
    let period = periods.get(date);
    if (period === undefined) {
      const year = fiscalYearOf(calendar, date);
      period = year * 64 + fiscalMonthIndex(calendar, year, date);
      periods.set(date, period);
    }
    return period;
  };

  // Sums per year and account while scanning, in safe integers where exact (CentsTally);
  // they become the bigint balances of YearBooks at the end.
  const tallies = new Map<number, Map<string, AccountTally>>();
  const yearBooks = (year: number): YearBooks => {
    let books = years.get(year);
    if (!books) {
      books = { year, start: yearStart(calendar, year), end: yearEnd(calendar, year), movements: new Map(), opening: new Map(), monthly: new Map(), entryCount: 0, ownEntries: false, lastDate: '' };
      years.set(year, books);
      tallies.set(year, new Map());
    }
    return books;
  };

  const closeEntry = (rows: JournalRow[]): void => {
    const first = rows[0]!;
    let valid = rows.every((row) => row.valid);
    for (const check of ENTRY_CHECKS) {
      const found = check(rows);
      if (found.length) { valid = false; found.forEach(report); }
    }
    const date = first.date || rows.find((row) => row.date)?.date;
    if (!date) return;
    const period = periodOf(date);
    const year = Math.floor(period / 64);
    const month = period % 64;
    const pieces = piecesOf(year, first.journal);
    const before = pieces.get(first.group);
    if (before !== undefined) {
      valid = false;
      const beforeFile = files[before % files.length]!;
      const beforeLine = Math.floor(before / files.length);
      const name = entryName(rows);
      report(beforeFile === first.file
        ? error('not-consecutive', `the rows of ${name} are not consecutive: it already has rows at line ${beforeLine}; keep the rows of an entry together`, { file: first.file, line: first.line })
        : error('duplicate-piece', `${name} of fiscal year ${year} is already used in ${beforeFile}:${beforeLine}: give each entry its own piece`, { file: first.file, line: first.line }));
    } else pieces.set(first.group, first.line * files.length + fileIndex);
    if (!valid) return;

    const books = yearBooks(year);
    const accounts = tallies.get(year)!;
    const opening = first.journal === 'AN' && date === books.start;
    for (const row of rows) {
      if (opening || row.aux !== '') {
        addToBalances(books.movements, row.account, row.debit, row.credit, row.aux, row.auxLabel);
        if (opening) { addToBalances(books.opening, row.account, row.debit, row.credit, row.aux, row.auxLabel); continue; }
      }
      let tally = accounts.get(row.account);
      if (!tally) accounts.set(row.account, (tally = { debit: new CentsTally(), credit: new CentsTally(), months: [] }));
      if (row.aux === '') {
        if (row.debit !== 0n) tally.debit.add(row.debit);
        if (row.credit !== 0n) tally.credit.add(row.credit);
      }
      const months = tally.months[month] ?? (tally.months[month] = new CentsTally());
      if (row.debit !== 0n) months.add(row.debit);
      if (row.credit !== 0n) months.subtract(row.credit);
    }
    books.entryCount += 1;
    if (!generated) books.ownEntries = true;
    if (date > books.lastDate) books.lastDate = date;
    options.onEntry?.({
      year, date, journal: first.journal, piece: first.piece, label: first.label, file: first.file, line: first.line,
      postings: rows.map((row) => ({ account: row.account, label: row.label, debit: row.debit, credit: row.credit, aux: row.aux, auxLabel: row.auxLabel, line: row.line, fields: row.fields })),
    });
  };

  const progress = options.onProgress;
  let rows = 0;
  for (const file of files) {
    generated = isGeneratedJournal(file);
    let open: JournalRow[] = [];
    readJournalFile(file, folder.chart, (row) => {
      if (progress !== undefined && (++rows & 0xffff) === 0) progress(file, fileIndex + 1, files.length, rows);
      if (open.length && (open[0]!.journal !== row.journal || open[0]!.group !== row.group)) {
        closeEntry(open);
        open = [];
      }
      open.push(row);
    }, report);
    if (open.length) closeEntry(open);
    fileIndex += 1;
    progress?.(file, fileIndex, files.length, rows);
  }
  for (const [year, accounts] of tallies) {
    const books = years.get(year)!;
    for (const [account, tally] of accounts) {
      const debit = tally.debit.value;
      const credit = tally.credit.value;
      if (debit !== 0n || credit !== 0n || !books.movements.has(account)) addToBalances(books.movements, account, debit, credit);
      const months: Cents[] = [];
      tally.months.forEach((sum, index) => { months[index] = sum.value; });
      books.monthly.set(account, months);
    }
  }
  return { books: { calendar, years }, diagnostics };
}

interface AccountTally {
  readonly debit: CentsTally;
  readonly credit: CentsTally;
  /** Net movement per fiscal month, opening entries excluded. */
  readonly months: CentsTally[];
}
