// Appending rows to a CSV file the treasurer keeps (accounts.csv, journal/<Y>-corrections.csv):
// the bytes already there are kept as they are, and the new rows are written the way the file is
// written: its encoding (UTF-8, with or without BOM, or Windows-1252), its delimiter, its decimal
// mark, its quoting, its line ends, its columns in their order.
import { existsSync, readFileSync } from 'node:fs';
import { readCsv } from '../read/csv.js';
import { decodeText, detectDelimiter, detectEol } from '../read/text.js';
import { writeFileSafely } from './file.js';

export interface CsvDialect {
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly delimiter: string;
  readonly eol: string;
  readonly decimalMark: '.' | ',';
  /** Every cell quoted (as some exports write them). */
  readonly quoteAll: boolean;
  readonly header: readonly string[];
}

/** A cell of a row to append; an amount is written with the file's decimal mark. */
export type Cell = string | { readonly amount: string };

/** The dialect of a CSV text (its header and first rows decide). */
export function detectDialect(text: string, encoding: 'utf-8' | 'windows-1252'): CsvDialect {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const eol = detectEol(body) || '\n';
  const records: (readonly string[])[] = [];
  readCsv(
    Buffer.from(body.slice(0, 65536), 'utf8'),
    (row) => {
      if (records.length < 200) records.push(row.fields);
    },
    () => {},
  );
  const header = records[0] ?? [];
  // A decimal comma shows in amounts like 12,50 (with `;` or tab as delimiter).
  const decimalMark =
    delimiter !== ',' && records.slice(1).some((r) => r.some((f) => /^-?\d[\d  ]*,\d{1,2}$/.test(f.trim())))
      ? ','
      : '.';
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const quoteAll =
    header.length > 0 && firstLine.startsWith('"') && firstLine.split(delimiter).every((f) => /^".*"$/.test(f));
  return { encoding, delimiter, eol, decimalMark, quoteAll, header };
}

function encodeCell(cell: Cell, dialect: CsvDialect): string {
  const value =
    typeof cell === 'string' ? cell : dialect.decimalMark === ',' ? cell.amount.replace('.', ',') : cell.amount;
  const needs = dialect.quoteAll || value.includes(dialect.delimiter) || /["\r\n]|^\s|\s$/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Text → Windows-1252 bytes, or the first character it cannot write (never a `?`). */
export function encodeCp1252(text: string): Buffer | string {
  const bytes = Buffer.alloc(text.length);
  let i = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(char);
    if (high >= 0) bytes[i++] = 0x80 + high;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i++] = code;
    else return char;
  }
  return bytes.subarray(0, i);
}

/** Text → bytes in the file's encoding; a character Windows-1252 cannot write is refused (never a `?`). */
export function encodeIn(text: string, encoding: 'utf-8' | 'windows-1252'): Buffer | undefined {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = encodeCp1252(text);
  return typeof bytes === 'string' ? undefined : bytes;
}

/** The rows, as cells under the file's header (`header` is the file's own): what to append. */
export type RowsFor = (header: readonly string[]) => readonly (readonly Cell[])[];

/** The file's bytes with `rows` appended in its dialect; undefined when the file cannot take them. */
export function appendedBytes(before: Uint8Array, rows: RowsFor): Buffer | undefined {
  const decoded = decodeText(before);
  if (!decoded.ok) return undefined;
  const dialect = detectDialect(decoded.text, decoded.encoding);
  const lines = rows(dialect.header).map(
    (row) => row.map((cell) => encodeCell(cell, dialect)).join(dialect.delimiter) + dialect.eol,
  );
  const ends = decoded.text.endsWith('\n') || decoded.text.endsWith('\r');
  const added = encodeIn(`${ends ? '' : dialect.eol}${lines.join('')}`, dialect.encoding);
  return added ? Buffer.concat([before, added]) : undefined;
}

/**
 * Appends rows to `file` (created with `fresh` when it does not exist), atomically. Returns false
 * (and writes nothing) when the file cannot take the rows: not text, or a character its encoding lacks.
 */
export function appendCsvRows(file: string, fresh: () => string, rows: RowsFor): boolean {
  if (!existsSync(file)) {
    writeFileSafely(file, fresh());
    return true;
  }
  const bytes = appendedBytes(readFileSync(file), rows);
  if (!bytes) return false;
  writeFileSafely(file, bytes);
  return true;
}
