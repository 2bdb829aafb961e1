// One journal file → rows of postings, each checked on its own (date, account, amounts).
// Problems name the file, the line and the column.
import { postingProblem, type Chart } from '../chart/chart.js';
import { error, type Diagnostic } from '../diagnostics.js';
import type { Cents } from '../money.js';
import { parseAmount, settlingMark, type DecimalMark } from './amount.js';
import { mapColumns, OPTIONAL_COLUMNS, type Column, type ColumnMap } from './columns.js';
import { readFileSync } from 'node:fs';
import { readCsv } from './csv.js';
import { streamCsvFile, type ByteRange } from './csv-stream.js';
import { fastJournalRow, type FastRowState } from './fast-row.js';
import { parseDate } from './date.js';

export interface JournalRow {
  readonly file: string;
  readonly line: number;
  /** Empty when the date cell is not a valid date (the problem is reported). */
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  /** What groups rows into an entry: the piece, or in a FEC file the EcritureNum. */
  readonly group: string;
  readonly account: string;
  readonly label: string;
  readonly debit: Cents;
  readonly credit: Cents;
  readonly aux: string;
  readonly auxLabel: string;
  readonly fields: Readonly<Record<string, string>>;
  /** false when a problem of the row was reported: its entry is not posted. */
  readonly valid: boolean;
}

export interface JournalRange extends ByteRange {
  readonly header?: readonly string[];
  readonly mark?: DecimalMark;
}

export interface ReadOptions {
  /** Read with csv-parse alone, the whole file at once: the reference the fast path is tested against. */
  readonly reference?: boolean;
  /** Bytes per chunk (tests use tiny chunks to cut lines and characters everywhere). */
  readonly chunkSize?: number;
  /** A part of the file (the parallel scan); a part that does not start at the head carries its header and settled mark. */
  readonly range?: JournalRange;
  /** Counts of rows read by the fast path and by the reference path, for tests and the benchmark. */
  readonly stats?: { fast: number; reference: number };
}

/** Reads one journal file, handing each data row to `onRow` in file order; false when a problem stopped the reading. */
export function readJournalFile(file: string, chart: Chart, onRow: (row: JournalRow) => void, report: (d: Diagnostic) => void, options: ReadOptions = {}): boolean {
  let columns: ColumnMap | undefined;
  let mark: DecimalMark | undefined;
  let defaultMark: DecimalMark = ',';
  let assumed: { line: number; column: string } | undefined;
  // What the fast path shares with the reading below: the columns and the settled decimal mark.
  const state: FastRowState = { file, chart, columns: undefined, mark: undefined, accounts: new Map(), dates: new Map(), lastDateText: '', lastDate: '', previous: undefined };
  if (options.range?.header) {
    columns = mapColumns(options.range.header);
    state.columns = columns.missing.length ? undefined : columns;
    mark = state.mark = options.range.mark;
    defaultMark = options.range.dialect?.delimiter === ',' ? '.' : ',';
  }
  const record = ({ line, fields }: { line: number; fields: readonly string[] }): void => {
    if (options.stats && columns) options.stats.reference += 1;
    if (!columns) {
      columns = mapColumns(fields);
      state.columns = columns.missing.length ? undefined : columns;
      for (const column of columns.missing) report(error('missing-column', `the required column "${column}" is missing from the header row (columns found: ${fields.join(', ')})`, { file, line, column }));
      return;
    }
    if (columns.missing.length) return;
    if (fields.length !== columns.width) {
      report(error('ragged-row', `this row has ${fields.length} fields but the header has ${columns.width}: check for a missing or extra delimiter`, { file, line }));
      return;
    }
    const index = columns.index;
    const cell = (column: Column): string => (index[column] === undefined ? '' : fields[index[column]!]!.trim());
    let valid = true;
    const fail = (code: string, message: string, column: string): void => {
      valid = false;
      report(error(code, message, { file, line, column }));
    };

    const parsedDate = parseDate(cell('date'));
    if (!parsedDate.ok) fail(cell('date') === '' ? 'empty-date' : 'bad-date', parsedDate.message, 'date');
    const account = cell('account');
    if (account === '') fail('empty-account', 'the account is empty', 'account');
    else {
      const problem = postingProblem(chart, account);
      if (problem) fail(account.length <= 2 && /^\d+$/.test(account) ? 'heading-account' : 'unknown-account', problem, 'account');
    }
    const journal = cell('journal');
    if (journal === '') fail('empty-journal', 'the journal code is empty', 'journal');

    const amounts: Cents[] = [];
    for (const column of ['debit', 'credit'] as const) {
      const text = cell(column);
      if (mark === undefined) {
        const settled = settlingMark(text);
        if (settled) {
          mark = settled;
          state.mark = settled;
          if (assumed && settled !== defaultMark) report(error('decimal-mark', `this amount was read with the decimal mark "${defaultMark}" but the file's amounts use "${settled}" (settled at line ${line})`, { file, line: assumed.line, column: assumed.column }));
        } else if (/[.,]/.test(text) && !assumed) assumed = { line, column };
      }
      const parsed = parseAmount(text, mark ?? defaultMark);
      if (parsed.ok) amounts.push(parsed.cents);
      else { amounts.push(0n); fail(parsed.code, parsed.message, column); }
    }
    const [debit, credit] = amounts as [Cents, Cents];
    if (valid && debit !== 0n && credit !== 0n) fail('debit-and-credit', 'both debit and credit are filled: a row carries one amount, the other stays empty', 'debit');
    if (valid && debit === 0n && credit === 0n) fail('no-amount', 'neither debit nor credit is filled: every row carries one amount', 'debit');

    const optional: Record<string, string> = {};
    for (const column of OPTIONAL_COLUMNS) if (index[column] !== undefined && column !== 'label') optional[column] = cell(column);
    for (const extra of columns.extras) optional[extra.name] = fields[extra.index]!;
    const piece = cell('piece');
    const group = columns.fec ? cell('entry') : piece;
    if (group === '') fail('empty-piece', columns.fec ? 'the EcritureNum is empty' : 'the piece (the entry reference) is empty', columns.fec ? 'entry' : 'piece');
    onRow({
      file, line, date: parsedDate.ok ? parsedDate.date : '', journal, piece, group, account, label: cell('label'),
      debit, credit, aux: cell('aux'), auxLabel: cell('aux_label'), fields: optional, valid,
    });
  };
  const onDelimiter = (delimiter: string): void => { defaultMark = delimiter === ',' ? '.' : ','; };
  const result = options.reference ? readCsv(readFileSync(file), record, onDelimiter) : streamCsvFile(file, {
    record,
    fast: (line, text, bounds) => {
      const row = fastJournalRow(state, line, text, bounds);
      if (row === undefined) return false;
      if (options.stats) options.stats.fast += 1;
      onRow(row);
      return true;
    },
  }, { onDelimiter, chunkSize: options.chunkSize, range: options.range });
  if ('problem' in result) report(error(result.problem.code, result.problem.message, { file, line: result.problem.line }));
  return !('problem' in result);
}
