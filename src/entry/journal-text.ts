// The text of entries added to a journal file, in the file's own form: its columns in their order,
// its delimiter, decimal mark, date style and line ends (a simplified file gets one row per
// entry). A new file gets the standard header. Pure: bytes in, text out.
import { addMessages as say } from '../messages/add.js';
import type { Text } from '../messages/text.js';
import { centsToString } from '../money.js';
import { settlingMark, type DecimalMark } from '../read/amount.js';
import { mapColumns, normalizeName, type Column } from '../read/columns.js';
import { readCsv, type CsvRow } from '../read/csv.js';
import { detectEol } from '../read/text.js';
import { oneLineLayout } from '../read/one-line.js';
import type { EntryRow } from './operation.js';

export const ADD_HEADER = ['date', 'journal', 'piece', 'account', 'label', 'debit', 'credit', 'aux', 'analytic'];

export type Addition =
  | { readonly text: string; readonly encoding: 'utf-8' | 'windows-1252'; readonly create: boolean }
  | { readonly refusal: Text };

/** What to append to `existing` (undefined: the file does not exist yet) so that it holds `rows` too. */
export function journalAddition(existing: Uint8Array | undefined, file: string, rows: readonly EntryRow[]): Addition {
  const records: CsvRow[] = [];
  let delimiter = ',';
  const read = existing?.length
    ? readCsv(
        existing,
        (row) => records.push(row),
        () => undefined,
        (found) => {
          delimiter = found;
        },
      )
    : undefined;
  if (!read || 'problem' in read || !records.length) {
    if (read && 'problem' in read && read.problem.code !== 'empty-file') return { refusal: say.otherColumns(file) };
    return {
      text: [
        ADD_HEADER.join(','),
        ...rows.map((row) =>
          standardCells(row, '.', 'iso')
            .map((c) => quote(c, ','))
            .join(','),
        ),
      ]
        .map((line) => `${line}\n`)
        .join(''),
      encoding: 'utf-8',
      create: true,
    };
  }
  const decoded = Buffer.from(existing!).toString(read.file.encoding === 'utf-8' ? 'utf8' : 'latin1');
  const eol = detectEol(decoded) || '\n';
  const [header, ...data] = records;
  const headerFields = header!.fields;
  const style = dateStyle(data);
  const oneLine = oneLineLayout(headerFields, file);
  const columns = mapColumns(oneLine?.header ?? headerFields);
  let mark: DecimalMark | undefined;
  const amountColumns = (oneLine ? ['debit'] : ['debit', 'credit', 'amount']) as Column[];
  for (const row of data) {
    const cells = oneLine ? expandedFirst(oneLine, row) : row.fields;
    for (const column of amountColumns) {
      const at = columns.index[column];
      if (at !== undefined) mark ??= settlingMark(cells[at] ?? '');
    }
    if (mark) break;
  }
  mark ??= delimiter === ',' ? '.' : ',';
  const lines: string[] = [];
  if (oneLine) {
    const find = (choices: readonly string[]) =>
      headerFields.findIndex((name) => choices.includes(normalizeName(name)));
    const at = {
      date: find(['date']),
      label: find(['label', 'libelle']),
      amount: find(['amount', 'montant']),
      debit: find(['debitaccount', 'comptedebit']),
      credit: find(['creditaccount', 'comptecredit']),
      journal: find(['journal', 'codejournal', 'journalcode']),
      piece: find(['piece', 'pieceref', 'ref', 'reference']),
      aux: find(['aux', 'auxiliaire', 'compteauxiliaire']),
      analytic: find(['analytic', 'analytique', 'projet', 'project']),
    };
    if (at.piece < 0) return { refusal: say.oneLineWithoutPiece(file) };
    for (const [debit, credit] of pairs(rows)) {
      if (!debit || !credit) return { refusal: say.otherColumns(file) };
      const cells = headerFields.map(() => '');
      const put = (index: number, value: string) => {
        if (index >= 0) cells[index] = value;
      };
      put(at.date, formatDate(debit.date, style));
      put(at.label, debit.label);
      put(at.amount, amountText(debit.debit, mark));
      put(at.debit, debit.account);
      put(at.credit, credit.account);
      put(at.journal, debit.journal);
      put(at.piece, debit.piece);
      put(at.aux, debit.aux || credit.aux);
      put(at.analytic, debit.analytic || credit.analytic);
      lines.push(cells.map((cell) => quote(cell, delimiter)).join(delimiter));
    }
  } else {
    if (columns.missing.length || columns.fec) return { refusal: say.otherColumns(file) };
    const signed = columns.index.debit === undefined;
    for (const row of rows) {
      const cells = headerFields.map(() => '');
      const values: Partial<Record<Column, string>> = {
        date: formatDate(row.date, style),
        journal: row.journal,
        piece: row.piece,
        account: row.account,
        label: row.label,
        debit: amountText(row.debit, mark),
        credit: amountText(row.credit, mark),
        aux: row.aux,
        analytic: row.analytic,
        ...(signed ? { amount: amountText(row.debit || row.credit, mark), direction: row.debit ? 'D' : 'C' } : {}),
      };
      for (const [column, value] of Object.entries(values) as [Column, string][]) {
        const at = columns.index[column];
        if (at !== undefined) cells[at] = value;
      }
      lines.push(cells.map((cell) => quote(cell, delimiter)).join(delimiter));
    }
  }
  const separator = /\r?\n$|\r$/.test(decoded) ? '' : eol;
  return {
    text: `${separator}${lines.map((line) => `${line}${eol}`).join('')}`,
    encoding: read.file.encoding === 'utf-8' ? 'utf-8' : 'windows-1252',
    create: false,
  };
}

type DateStyle = 'iso' | 'french' | 'compact';

function dateStyle(data: readonly CsvRow[]): DateStyle {
  for (const row of data)
    for (const field of row.fields) {
      if (/^\d{2}\/\d{2}\/\d{4}$/.test(field.trim())) return 'french';
      if (/^\d{4}-\d{2}-\d{2}$/.test(field.trim())) return 'iso';
      if (/^\d{8}$/.test(field.trim()) && /^(19|20)\d{2}(0\d|1[0-2])/.test(field.trim())) return 'compact';
    }
  return 'iso';
}

function formatDate(iso: string, style: DateStyle): string {
  if (style === 'french') return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  if (style === 'compact') return iso.replace(/-/g, '');
  return iso;
}

function standardCells(row: EntryRow, mark: DecimalMark, style: DateStyle): string[] {
  return [
    formatDate(row.date, style),
    row.journal,
    row.piece,
    row.account,
    row.label,
    amountText(row.debit, mark),
    amountText(row.credit, mark),
    row.aux,
    row.analytic,
  ];
}

function amountText(cents: bigint, mark: DecimalMark): string {
  if (cents === 0n) return '';
  const text = centsToString(cents);
  return mark === ',' ? text.replace('.', ',') : text;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The first posting row of a simplified file's row (to read its amount). */
function expandedFirst(layout: NonNullable<ReturnType<typeof oneLineLayout>>, row: CsvRow): readonly string[] {
  let first: readonly string[] = [];
  layout.expand(
    row,
    (posting) => {
      if (!first.length) first = posting.fields;
    },
    () => undefined,
  );
  return first;
}

/** The rows as entries of one debit and one credit row (undefined where an entry is not of that shape). */
function pairs(rows: readonly EntryRow[]): [EntryRow | undefined, EntryRow | undefined][] {
  const entries = new Map<string, EntryRow[]>();
  for (const row of rows) {
    const key = `${row.journal}\u0001${row.piece}`;
    entries.set(key, [...(entries.get(key) ?? []), row]);
  }
  return [...entries.values()].map((entry) => {
    if (entry.length !== 2) return [undefined, undefined];
    const debit = entry.find((row) => row.debit !== 0n);
    const credit = entry.find((row) => row.credit !== 0n);
    return debit && credit && debit.debit === credit.credit ? [debit, credit] : [undefined, undefined];
  });
}
