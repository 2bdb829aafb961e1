// The one balance engine: journal files are read row by row, rows are gathered into entries
// (only the open entry is held), each entry is checked, and balances are summed as it closes.
import { basename } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { postMessages } from '../messages/post.js';
import { fiscalMonthIndex, fiscalYearOf, yearEnd, yearStart, type FiscalCalendar } from '../fiscal.js';
import { addToBalances, type Entry } from '../model.js';
import { toCents } from '../money.js';
import type { Chart } from '../chart/chart.js';
import { readJournalFile, type PackHook, type Reached } from '../read/journal.js';
import type { JournalRange, JournalRow } from '../read/row.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { ENTRY_CHECKS, entryName, isPlainEntry } from './entry-checks.js';
import { PieceIndex } from './piece-index.js';
import { foldTallies, newMonth, newTally, type AccountTally } from './account-tally.js';
import type { Books, EntryKeys, YearBooks } from './year-books.js';
import { PackedEntry } from './packed-entry.js';
import { asciiCells, auxEmpty, namesPlain, sameText } from '../read/fast-row.js';

export interface ScanOptions {
  /** Called with every valid entry, in file order. */
  readonly onEntry?: (entry: Entry) => void;
  /** Rows read by the fast and the reference path, and of the fast ones those kept packed (tests, benchmark). */
  readonly stats?: { fast: number; reference: number; packed?: number };
  /** Called every 65 536 rows and after each file (file index from 1, file count, rows so far): a progress indicator's hook. */
  readonly onProgress?: (file: string, index: number, files: number, rows: number) => void;
}

/** Files that `close` and `allocate` write; they do not make a year "have entries" of its own. */
export function isGeneratedJournal(file: string): boolean {
  return /^\d{4}-(opening|reversals|allocation)\.csv$/i.test(basename(file));
}

export function scanLedger(
  folder: LedgerFolder,
  options: ScanOptions = {},
): { books: Books; diagnostics: Diagnostic[] } {
  const scanner = createScanner(folder.config.calendar, folder.chart, folder.journalFiles, options);
  folder.journalFiles.forEach((_, index) => scanner.scanFile(index));
  return scanner.finish();
}

/** What one scanner (the whole ledger, or one part of it in the parallel scan) has read. */
export interface Scanner {
  /** Reads one journal file, or the part of it that `range` says; false when a problem stopped the reading. */
  scanFile(fileIndex: number, range?: JournalRange, reached?: Reached): boolean;
  /** The books and problems of everything read. */
  finish(): { books: Books; diagnostics: Diagnostic[] };
  /** The key (year, journal, piece) of every entry read: entries read elsewhere must not repeat them. */
  pieceKeys(): EntryKeys;
}

const KEY_SEPARATOR = '\u0001';
const NO_PROBLEMS: readonly Diagnostic[] = Object.freeze([]);

export function createScanner(
  calendar: FiscalCalendar,
  chart: Chart,
  files: readonly string[],
  options: ScanOptions = {},
): Scanner {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };
  const years = new Map<number, YearBooks>();
  // The first row of every entry, by year, journal and piece: duplicates and scattered rows.
  const seen = new Map<number, Map<string, PieceIndex>>();
  let lastYear = Number.NaN;
  let lastJournal = '';
  let lastPieces: PieceIndex | undefined;
  const piecesOf = (year: number, journal: string): PieceIndex => {
    if (lastPieces !== undefined && lastYear === year && lastJournal === journal) return lastPieces;
    let journals = seen.get(year);
    if (!journals) seen.set(year, (journals = new Map()));
    let pieces = journals.get(journal);
    if (!pieces) journals.set(journal, (pieces = new PieceIndex()));
    lastYear = year;
    lastJournal = journal;
    lastPieces = pieces;
    return pieces;
  };
  let generated = false;
  let fileIndex = 0;
  // Fiscal year × 64 + fiscal month, by date: dates repeat, their arithmetic need not. When years
  // start on the first of a month (and no first year of its own has other bounds), the period is
  // the month's: one computation a month, not a date.
  const periods = new Map<number, number>();
  const byMonth = calendar.firstYear === undefined && calendar.start.endsWith('-01');
  let lastDate = '';
  let lastPeriod = 0;
  const periodOf = (date: string): number => {
    if (date === lastDate) return lastPeriod;
    // yyyymm, or yyyymmdd: the digits of an ISO date.
    let key = digitsOf(date, 0, 4) * 100 + digitsOf(date, 5, 7);
    if (!byMonth) key = key * 100 + digitsOf(date, 8, 10);
    let period = periods.get(key);
    if (period === undefined) {
      const year = fiscalYearOf(calendar, date);
      period = year * 64 + fiscalMonthIndex(calendar, year, date);
      periods.set(key, period);
    }
    lastDate = date;
    lastPeriod = period;
    return period;
  };

  // Sums per year and account while scanning, in safe integers where exact (CentsTally);
  // they become the bigint balances of YearBooks at the end.
  const tallies = new Map<number, Map<string, AccountTally>>();
  const yearBooks = (year: number): YearBooks => {
    let books = years.get(year);
    if (!books) {
      books = {
        year,
        start: yearStart(calendar, year),
        end: yearEnd(calendar, year),
        movements: new Map(),
        opening: new Map(),
        monthly: new Map(),
        uses: new Map(),
        entryCount: 0,
        ownEntries: false,
        lastDate: '',
      };
      years.set(year, books);
      tallies.set(year, new Map());
    }
    return books;
  };

  // Entries found incomplete (a single row, unbalanced) are held until the end of their file: a
  // later part of the same entry (rows not kept together) is then checked with them, and the
  // treasurer reads one problem, not three.
  const held = new Map<string, { rows: JournalRow[]; found: readonly Diagnostic[] }>();
  const INCOMPLETE = new Set(['one-row-entry', 'unbalanced']);
  const runChecks = (rows: readonly JournalRow[]): Diagnostic[] => {
    let found: Diagnostic[] | undefined;
    for (const check of ENTRY_CHECKS) {
      const more = check(rows);
      if (more.length) (found ??= []).push(...more);
    }
    return found ?? [];
  };

  /** Any entry: checked, its piece looked up, reported or posted. */
  const closeAnyEntry = (rows: JournalRow[]): void => {
    const first = rows[0]!;
    const date = first.date || rows.find((row) => row.date)?.date;
    const period = date ? periodOf(date) : -1;
    const year = Math.floor(period / 64);
    const month = period % 64;
    const pieces = date ? piecesOf(year, first.journal) : undefined;
    const before = pieces?.get(first.group);
    const beforeFile = before === undefined ? undefined : files[before % files.length]!;
    const beforeLine = before === undefined ? 0 : Math.floor(before / files.length);
    if (beforeFile !== undefined && beforeFile === first.file) {
      const name = entryName(rows);
      report(
        error('not-consecutive', postMessages.notConsecutive(name, beforeLine), { file: first.file, line: first.line }),
      );
      const key = `${year}${KEY_SEPARATOR}${first.journal}${KEY_SEPARATOR}${first.group}`;
      const earlier = held.get(key);
      if (earlier) held.delete(key);
      runChecks(earlier ? [...earlier.rows, ...rows] : rows).forEach(report);
      return;
    }
    const plain = isPlainEntry(rows);
    let valid = plain || rows.every((row) => row.valid);
    const found = plain ? NO_PROBLEMS : runChecks(rows);
    if (found.length) {
      valid = false;
      if (date && before === undefined && found.every((d) => INCOMPLETE.has(d.code)))
        held.set(`${year}${KEY_SEPARATOR}${first.journal}${KEY_SEPARATOR}${first.group}`, { rows, found });
      else found.forEach(report);
    }
    if (!date || !pieces) return;
    if (beforeFile !== undefined) {
      valid = false;
      report(
        error('duplicate-piece', postMessages.duplicatePiece(entryName(rows), year, `${beforeFile}:${beforeLine}`), {
          file: first.file,
          line: first.line,
        }),
      );
    } else pieces.set(first.group, first.line * files.length + fileIndex);
    if (!valid) return;
    postEntry(rows, date, year, month);
  };

  let lastPostedYear = Number.NaN;
  let lastPostedBooks: YearBooks | undefined;
  let lastPostedAccounts: Map<string, AccountTally> | undefined;
  /** Makes `year`'s books and account tallies the ones posted to (kept from one entry to the next). */
  const postTo = (year: number): void => {
    if (year === lastPostedYear) return;
    lastPostedBooks = yearBooks(year);
    lastPostedAccounts = tallies.get(year)!;
    lastPostedYear = year;
  };
  /** Adds a valid entry to the books of its year, and hands it to `onEntry`. */
  const postEntry = (rows: readonly JournalRow[], date: string, year: number, month: number): void => {
    const first = rows[0]!;
    postTo(year);
    const books = lastPostedBooks!;
    const accounts = lastPostedAccounts!;
    const opening = first.journal === 'AN' && date === books.start;
    if (opening && !books.openingSource) books.openingSource = { file: first.file, line: first.line };
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i]!;
      const tally = accounts.get(row.account) ?? newTally(accounts, row.account, row.file, row.line);
      tally.lastFile = row.file;
      tally.lastLine = row.line;
      if (opening || row.aux !== '') {
        addToBalances(books.movements, row.account, toCents(row.debit), toCents(row.credit), row.aux, row.auxLabel);
        if (opening) {
          addToBalances(books.opening, row.account, toCents(row.debit), toCents(row.credit), row.aux, row.auxLabel);
          continue;
        }
      }
      if (row.aux === '') {
        if (row.debit !== 0) tally.debit.add(row.debit);
        if (row.credit !== 0) tally.credit.add(row.credit);
      }
      const months = tally.months[month] ?? newMonth(tally, month);
      if (row.debit !== 0) months.add(row.debit);
      if (row.credit !== 0) months.subtract(row.credit);
    }
    books.entryCount += 1;
    if (!generated) books.ownEntries = true;
    if (date > books.lastDate) books.lastDate = date;
    if (options.onEntry !== undefined) options.onEntry(entryOf(rows, year, date));
  };

  /** Adds a plain entry kept packed (no aux, not an opening entry) to the books of its year, as postEntry would. */
  const postPacked = (entry: PackedEntry, file: string, year: number, month: number): void => {
    postTo(year);
    const books = lastPostedBooks!;
    const accounts = lastPostedAccounts!;
    for (let i = 0; i < entry.count; i += 1) {
      const account = entry.accounts[i]!;
      const line = entry.lines[i]!;
      const debit = entry.debits[i]!;
      const credit = entry.credits[i]!;
      const tally = accounts.get(account) ?? newTally(accounts, account, file, line);
      tally.lastFile = file;
      tally.lastLine = line;
      const months = tally.months[month] ?? newMonth(tally, month);
      if (debit !== 0) {
        tally.debit.add(debit);
        months.add(debit);
      }
      if (credit !== 0) {
        tally.credit.add(credit);
        months.subtract(credit);
      }
    }
    books.entryCount += 1;
    if (!generated) books.ownEntries = true;
    if (entry.date > books.lastDate) books.lastDate = entry.date;
  };

  // The common entry (one date, balanced, valid rows, no class 8, a piece not seen before) goes
  // straight to the books; any other takes the whole way (closeAnyEntry), which says why.
  const closeEntry = (rows: JournalRow[]): void => {
    const first = rows[0]!;
    const date = first.date;
    if (date === '' || !isPlainEntry(rows)) {
      closeAnyEntry(rows);
      return;
    }
    const period = periodOf(date);
    const year = Math.floor(period / 64);
    const pieces = piecesOf(year, first.journal);
    if (pieces.get(first.group) !== undefined) {
      closeAnyEntry(rows);
      return;
    }
    pieces.set(first.group, first.line * files.length + fileIndex);
    postEntry(rows, date, year, period % 64);
  };

  const progress = options.onProgress;
  let rows = 0;
  // Without onEntry, rows of the common shape are kept packed (packed-entry.ts) rather than made.
  const packed = options.onEntry === undefined ? new PackedEntry() : undefined;
  const stats = options.stats;
  const scanFile = (index: number, range?: JournalRange, reached?: Reached): boolean => {
    fileIndex = index;
    const file = files[index]!;
    generated = isGeneratedJournal(file);
    let open: JournalRow[] = [];
    /** The packed entry, posted if it is plain and new, else made into rows that take the whole way. */
    const closePacked = (entry: PackedEntry): void => {
      if (entry.isPlain()) {
        const period = periodOf(entry.date);
        const year = Math.floor(period / 64);
        const pieces = piecesOf(year, entry.journal);
        const opening = entry.journal === 'AN' && entry.date === yearStart(calendar, year);
        if (!opening && pieces.get(entry.group) === undefined) {
          pieces.set(entry.group, entry.lines[0]! * files.length + fileIndex);
          postPacked(entry, file, year, period % 64);
          entry.clear();
          return;
        }
      }
      const made = entry.rows(file);
      entry.clear();
      closeEntry(made);
    };
    const pack: PackHook | undefined =
      packed &&
      ((state, line, text, fields, cells, bytes) => {
        if (!auxEmpty(state, fields)) return false;
        // A row of the packed entry has its journal and group, plain (and ASCII if the entry's are);
        // any other must have them plain, and ASCII in byte text, before anything is closed.
        const holds = packed.holds(text, cells) && (!bytes || packed.ascii);
        if (!holds && (!namesPlain(state, text, fields) || (bytes && !asciiCells(text, cells)))) return false;
        if (open.length) {
          const first = open[0]!;
          // A row of the entry open as rows joins them as a row.
          if (
            sameText(text, cells.journalStart, cells.journalEnd, first.journal) &&
            sameText(text, cells.groupStart, cells.groupEnd, first.group)
          )
            return false;
          closeEntry(open);
          open = [];
        }
        if (holds) {
          if (!packed.fits(cells) || (state.columns!.fec && !namesPlain(state, text, fields))) return false;
        } else {
          if (packed.count > 0) closePacked(packed);
          packed.open(text, cells);
        }
        packed.add(line, cells);
        if (stats?.packed !== undefined) stats.packed += 1;
        if (progress !== undefined && (++rows & 0xffff) === 0) progress(file, index + 1, files.length, rows);
        return true;
      });
    const complete = readJournalFile(
      file,
      chart,
      (row) => {
        if (progress !== undefined && (++rows & 0xffff) === 0) progress(file, index + 1, files.length, rows);
        if (packed !== undefined && packed.count > 0) {
          if (packed.holdsRow(row)) open = packed.rows(file);
          else closePacked(packed);
          packed.clear();
        }
        if (open.length && (open[0]!.journal !== row.journal || open[0]!.group !== row.group)) {
          closeEntry(open);
          open = [];
        }
        open.push(row);
      },
      report,
      { range, stats: options.stats, reached, pack },
    );
    if (packed !== undefined && packed.count > 0) closePacked(packed);
    if (open.length) closeEntry(open);
    for (const { found } of held.values()) found.forEach(report);
    held.clear();
    progress?.(file, index + 1, files.length, rows);
    return complete;
  };

  const finish = (): { books: Books; diagnostics: Diagnostic[] } => {
    foldTallies(years, tallies);
    lastPostedYear = Number.NaN;
    return { books: { calendar, years }, diagnostics };
  };

  const pieceKeys = (): EntryKeys =>
    new Map(
      [...seen].map(([year, journals]) => [
        year,
        new Map([...journals].map(([journal, pieces]) => [journal, pieces.keys()])),
      ]),
    );
  return { scanFile, finish, pieceKeys };
}

/** The entry `onEntry` is handed: its rows become postings, amounts in bigint. */
function entryOf(rows: readonly JournalRow[], year: number, date: string): Entry {
  const first = rows[0]!;
  return {
    year,
    date,
    journal: first.journal,
    piece: first.piece,
    label: first.label,
    file: first.file,
    line: first.line,
    postings: rows.map((row) => ({
      account: row.account,
      label: row.label,
      debit: toCents(row.debit),
      credit: toCents(row.credit),
      aux: row.aux,
      auxLabel: row.auxLabel,
      line: row.line,
      fields: row.fields,
    })),
  };
}

/** The number the digits of text[start, end) write (an ISO date's parts). */
function digitsOf(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
