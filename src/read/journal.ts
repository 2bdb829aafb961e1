// One journal file → rows of postings, each checked on its own (date, account, amounts).
// Problems name the file, the line and the column.
import type { DiagnosticCode } from '../diagnostics.js';
import { readFileSync } from 'node:fs';
import { postingProblem, type Chart } from '../chart/chart.js';
import { readMessages } from '../messages/read.js';
import type { Text } from '../messages/text.js';
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { rowCents, type Cents } from '../money.js';
import { parseAmount, settlingMark, type DecimalMark } from './amount.js';
import { mapColumns, OPTIONAL_COLUMNS, type Column, type ColumnMap } from './columns.js';
import { parseRecords, readCsv, type CsvProblem, type CsvRow } from './csv.js';
import { asciiText } from './byte-text.js';
import { streamCsvFile, type StreamResult } from './csv-stream.js';
import type { FieldBounds } from './fields.js';
import { emptyCells, fastJournalRow, namesPlain, readCells, type FastRowState, type RowCells } from './fast-row.js';
import { oneLineLayout, type OneLineLayout } from './one-line.js';
import { headMarkOf } from './head-mark.js';
import { parseDate } from '../date.js';
import { linesAfterFirst, splitSwallowing, swallowedRows } from './swallowed.js';
import type { JournalRange, JournalRow } from './row.js';
import { unreadableFile } from './text.js';

const REQUIRED_HEADER = 'date,journal,piece,account,label,debit,credit';

export interface ReadOptions {
  /** Read with csv-parse alone, the whole file at once: the reference the fast path is tested against. */
  readonly reference?: boolean;
  /** Bytes per chunk (tests use tiny chunks to cut lines and characters everywhere). */
  readonly chunkSize?: number;
  /** A part of the file (the parallel scan); a part that does not start at the head carries its header and settled mark. */
  readonly range?: JournalRange;
  /** Counts of rows read by the fast path and by the reference path, for tests and the benchmark. */
  readonly stats?: { fast: number; reference: number };
  /**
   * Set to the number of the line after the last one read (the parallel scan numbers the tail's
   * lines with it), and whether the part, to be checked, was not UTF-8 (ByteRange.checkUtf8).
   */
  readonly reached?: Reached;
  /**
   * Offered every row of the common shape first, its cells read (`readCells`), with the reader's
   * state: true when it took the row (the scan's packed entries, post/packed-entry.ts), false to
   * have it made into a JournalRow. With it, a UTF-8 file is read as byte text (csv-stream.ts): each
   * row is offered first as it stands (`bytes`: cells beyond ASCII undecoded), then, if not taken
   * and beyond ASCII, as decoded text.
   */
  readonly pack?: PackHook;
}

/** The hook a scan that keeps its rows packed gives the reader (JournalOptions.pack). */
export type PackHook = (
  state: FastRowState,
  line: number,
  text: string,
  fields: FieldBounds,
  cells: RowCells,
  bytes: boolean,
) => boolean;

/** The columns the fast path reads, or undefined when it must leave every row to the reference path. */
function fastColumns(columns: ColumnMap): ColumnMap | undefined {
  return columns.missing.length ||
    columns.duplicates.length ||
    columns.index.debit === undefined ||
    columns.index.credit === undefined
    ? undefined
    : columns;
}

/** Reads one journal file, handing each data row to `onRow` in file order; false when a problem stopped the reading. */
/** How far a reading of a journal got (readJournalFile's `reached`). */
export interface Reached {
  line: number;
  notUtf8?: boolean;
}

export function readJournalFile(
  file: string,
  chart: Chart,
  onRow: (row: JournalRow) => void,
  reportTo: (d: Diagnostic) => void,
  options: ReadOptions = {},
): boolean {
  // A simplified file (one operation per row) is read as the posting rows of its rows.
  let oneLine: OneLineLayout | undefined;
  const report = (d: Diagnostic): void => {
    const said = oneLine ? oneLine.rename(d) : d;
    if (said) reportTo(said);
  };
  let columns: ColumnMap | undefined;
  let mark: DecimalMark | undefined;
  let defaultMark: DecimalMark = ',';
  let assumed: { line: number; column: string } | undefined;
  // What the fast path shares with the reading below: the columns and the settled decimal mark.
  const state: FastRowState = {
    file,
    chart,
    columns: undefined,
    mark: undefined,
    accounts: new Map(),
    dates: new Map(),
    lastDateText: '',
    lastDate: '',
    previous: undefined,
    lastEscaped: '',
    lastEscapedLabel: '',
  };
  let dialect = { delimiter: options.range?.dialect?.delimiter ?? ',', eol: options.range?.dialect?.eol ?? '\n' };
  // The mark most amounts of the head use (head-mark.ts); a part that does not start at the head carries it.
  if (!options.range?.header) mark = state.mark = headMarkOf(file, options.reference);
  if (options.range?.header) {
    oneLine = oneLineLayout(options.range.header, file);
    columns = mapColumns(oneLine?.header ?? options.range.header);
    state.columns = oneLine ? undefined : fastColumns(columns);
    mark = state.mark = options.range.mark;
    defaultMark = options.range.dialect?.delimiter === ',' ? '.' : ',';
  }
  /** A record whose later lines read as rows (a stray quote, mixed line ends): reported, and those lines read again. */
  const swallowing = (line: number, raw: string, width: number, dateColumn: number): boolean => {
    if (swallowedRows(raw, dialect.delimiter, width, dateColumn) === 0) return false;
    const { first, rest, quoted } = splitSwallowing(raw, dialect.delimiter);
    const last = line + linesAfterFirst(raw);
    report(
      error(
        quoted ? 'unclosed-quote' : 'ragged-row',
        quoted ? readMessages.swallowedRows(line + 1, last) : readMessages.mixedLineEnds(line + 1, last, dialect.eol),
        { file, line },
      ),
    );
    record({ line, fields: first, damaged: true });
    parseRecords(rest, { ...dialect, line: line + 1 }, record, problem);
    return true;
  };
  const record = (row: CsvRow): void => {
    if (oneLine) oneLine.expand(row, readRecord, reportTo);
    else readRecord(row);
  };
  const readRecord = ({ line, fields, damaged, raw }: CsvRow): void => {
    if (options.stats && columns) options.stats.reference += 1;
    if (!columns) {
      if (fields.length === 1 && !/[,;\t|]/.test(fields[0]!)) {
        report(error('not-csv', readMessages.notCsv(fields[0]!.trim().slice(0, 60), REQUIRED_HEADER), { file, line }));
        columns = {
          index: {},
          extras: [],
          missing: ['date'],
          duplicates: [],
          unnamed: [],
          fec: false,
          width: 1,
          optional: [],
        };
        return;
      }
      oneLine = oneLineLayout(fields, file);
      columns = mapColumns(oneLine?.header ?? fields);
      state.columns = oneLine ? undefined : fastColumns(columns);
      for (const column of columns.missing)
        report(
          error(
            'missing-column',
            readMessages.missingColumn(column, fields.join(', ').slice(0, 200), REQUIRED_HEADER),
            { file, line, column },
          ),
        );
      for (const { name, first, second } of columns.duplicates)
        report(error('duplicate-column', readMessages.duplicateColumn(name, first, second), { file, line }));
      return;
    }
    if (columns.missing.length || columns.duplicates.length) return;
    const index = columns.index;
    if (raw !== undefined && !damaged && swallowing(line, raw, columns.width, index.date!)) return;
    const cell = (column: Column): string => (index[column] === undefined ? '' : (fields[index[column]!] ?? '').trim());
    const ragged = fields.length !== columns.width;
    if (ragged && !damaged)
      report(error('ragged-row', readMessages.raggedRow(fields.length, columns.width), { file, line }));
    if (ragged || damaged) {
      // Handed on, invalid and unchecked (its cells may be shifted), so that its entry is still
      // recognised and not reported as incomplete as well.
      const group = columns.fec ? cell('entry') : cell('piece');
      const parsed = parseDate(cell('date'));
      onRow({
        file,
        line,
        date: parsed.ok ? parsed.date : '',
        journal: cell('journal'),
        piece: cell('piece'),
        group,
        account: cell('account'),
        label: cell('label'),
        debit: 0,
        credit: 0,
        aux: '',
        auxLabel: '',
        fields: {},
        valid: false,
        damaged: true,
      });
      return;
    }
    let valid = true;
    const fail = (code: DiagnosticCode, message: Text, column: string): void => {
      valid = false;
      report(error(code, message, { file, line, column }));
    };

    const parsedDate = parseDate(cell('date'));
    if (!parsedDate.ok) fail(cell('date') === '' ? 'empty-date' : 'bad-date', parsedDate.message, 'date');
    const account = cell('account');
    if (account === '') fail('empty-account', readMessages.emptyAccount(), 'account');
    else {
      const problem = postingProblem(chart, account);
      if (problem)
        fail(account.length <= 2 && /^\d+$/.test(account) ? 'heading-account' : 'unknown-account', problem, 'account');
    }
    const journal = cell('journal');
    if (journal === '') fail('empty-journal', readMessages.emptyJournal(), 'journal');

    const amounts: Cents[] = [];
    const signed = index.debit === undefined && index.amount !== undefined;
    for (const column of signed ? (['amount'] as const) : (['debit', 'credit'] as const)) {
      const text = cell(column);
      if (mark === undefined) {
        const settled = settlingMark(text);
        if (settled) {
          mark = settled;
          state.mark = settled;
          if (assumed && settled !== defaultMark)
            report(
              error('decimal-mark', readMessages.markRead(defaultMark, settled, line), {
                file,
                line: assumed.line,
                column: assumed.column,
              }),
            );
        }
      }
      const parsed = parseAmount(text, mark ?? defaultMark);
      // Read with the default mark before any amount settled it: reported if a later amount settles the other mark.
      if (parsed.ok && mark === undefined && !assumed && /[.,]/.test(text)) assumed = { line, column };
      if (parsed.ok) amounts.push(parsed.cents);
      else {
        amounts.push(0n);
        fail(parsed.code, parsed.message, column);
      }
    }
    if (signed) {
      // Montant + Sens: the amount goes to the side the direction names.
      const direction = cell('direction').toUpperCase();
      const side = ['D', '+1', '1', 'DEBIT', 'DÉBIT'].includes(direction)
        ? 'debit'
        : ['C', '-1', 'CREDIT', 'CRÉDIT'].includes(direction)
          ? 'credit'
          : undefined;
      if (!side) fail('bad-amount', readMessages.badDirection(cell('direction')), 'direction');
      amounts.splice(0, 1, ...(side === 'credit' ? [0n, amounts[0]!] : [amounts[0]!, 0n]));
    }
    const [debit, credit] = amounts as [Cents, Cents];
    if (valid && debit !== 0n && credit !== 0n) fail('debit-and-credit', readMessages.debitAndCredit(), 'debit');
    if (valid && debit === 0n && credit === 0n) fail('no-amount', readMessages.noAmount(), 'debit');

    for (const at of columns.unnamed) {
      const value = (fields[at] ?? '').trim();
      if (value !== '') fail('unnamed-column', readMessages.unnamedColumn(at + 1, value.slice(0, 60)), `${at + 1}`);
    }
    const optional: Record<string, string> = {};
    for (const column of OPTIONAL_COLUMNS)
      if (index[column] !== undefined && column !== 'label') optional[column] = cell(column);
    for (const extra of columns.extras) optional[extra.name] = fields[extra.index] ?? '';
    const piece = cell('piece');
    const group = columns.fec ? cell('entry') : piece;
    if (group === '')
      fail(
        'empty-piece',
        columns.fec ? readMessages.emptyEntryNumber() : readMessages.emptyPiece(),
        columns.fec ? 'entry' : 'piece',
      );
    onRow({
      file,
      line,
      date: parsedDate.ok ? parsedDate.date : '',
      journal,
      piece,
      group,
      account,
      label: cell('label'),
      debit: rowCents(debit),
      credit: rowCents(credit),
      aux: cell('aux'),
      auxLabel: cell('aux_label'),
      fields: optional,
      valid,
    });
  };
  const onDelimiter = (delimiter: string, eol: string): void => {
    dialect = { delimiter, eol };
    defaultMark = delimiter === ',' ? '.' : ',';
  };
  const problem = (found: CsvProblem): void =>
    report((found.severity === 'warning' ? warning : error)(found.code, found.message, { file, line: found.line }));
  const pack = options.pack;
  const cells = emptyCells();
  let result: StreamResult;
  try {
    result = options.reference
      ? { nextLine: 0, ...readCsv(readFileSync(file), record, problem, onDelimiter, true) }
      : streamCsvFile(
          file,
          {
            record,
            problem,
            fast: (line, text, bounds, bytes) => {
              if (!readCells(state, text, bounds, cells)) return false;
              if (pack?.(state, line, text, bounds, cells, bytes)) {
                if (options.stats) options.stats.fast += 1;
                return true;
              }
              if (!namesPlain(state, text, bounds)) return false;
              // In byte text, a row beyond ASCII is made of its decoded line, offered next.
              if (bytes && !asciiText(text, bounds.bounds[0]!, bounds.bounds[2 * bounds.count - 1]!)) return false;
              if (options.stats) options.stats.fast += 1;
              onRow(fastJournalRow(state, line, text, bounds, cells));
              return true;
            },
          },
          {
            onDelimiter,
            chunkSize: options.chunkSize,
            range: options.range,
            byteText: pack !== undefined,
          },
        );
  } catch (thrown) {
    report(unreadableFile(file, thrown));
    return false;
  }
  if ('problem' in result) {
    report(error(result.problem.code, result.problem.message, { file, line: result.problem.line }));
    return false;
  }
  if (options.reached) {
    options.reached.line = result.nextLine;
    if (result.notUtf8) options.reached.notUtf8 = true;
  }
  return result.notUtf8 !== true;
}
