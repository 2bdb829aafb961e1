// CSV text → rows, each with the line it starts on. A small RFC 4180 reader of our own, rather
// than csv-parse: it counts lines exactly (CRLF inside quoted fields included), reads on after a
// malformed row instead of stopping (every problem is reported at once), and is several times
// faster. Each record is handed to the callback and dropped: memory does not grow with the file.
import { decodeText, detectDelimiter } from './text.js';

export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
  /** The row was read leniently after a syntax problem (reported separately): treat it as invalid. */
  readonly damaged?: boolean;
}

export interface CsvFile {
  readonly delimiter: string;
  readonly encoding: string;
  /** Problems of single rows, the reading went on past them (an unclosed quote, text after a closing quote). */
  readonly problems: readonly CsvProblem[];
}

export type CsvProblem = { line: number; message: string; code: string };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads CSV bytes and calls `onRow` for every non-blank row, the header included (line 1).
 * Returns the dialect and the problems of single rows, or the problem that stops the reading of
 * the whole file (empty, binary).
 */
export function readCsv(bytes: Uint8Array, onRow: (row: CsvRow) => void, onDelimiter?: (delimiter: string) => void): { file: CsvFile } | { problem: CsvProblem } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problem: { line: 1, message: decoded.problem, code: decoded.code } };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') return { problem: { line: 1, message: 'the file is empty: it needs at least a header row', code: 'empty-file' } };
  const delimiter = detectDelimiter(text);
  onDelimiter?.(delimiter);
  const problems: CsvProblem[] = [];
  parseRecords(text, delimiter.charCodeAt(0), (line, fields, damaged) => {
    if (fields.length === 1 ? fields[0]!.trim() === '' : fields.every((field) => field.trim() === '')) return;
    onRow(damaged ? { line, fields, damaged } : { line, fields });
  }, (problem) => problems.push(problem));
  return { file: { delimiter, encoding: decoded.encoding, problems } };
}

/**
 * The records of a CSV text. A quote opens a quoted field only at the start of a field (elsewhere
 * it is an ordinary character, as spreadsheets read it); a doubled quote inside is one quote.
 * Line ends are LF, CRLF or CR. `line` is the line the record starts on.
 */
export function parseRecords(text: string, delimiter: number, onRecord: (line: number, fields: string[], damaged: boolean) => void, onProblem: (problem: CsvProblem) => void): void {
  const length = text.length;
  let position = 0;
  let line = 1;
  while (position < length) {
    const start = line;
    const fields: string[] = [];
    let damaged = false;
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text.charCodeAt(position) === QUOTE) {
        // Quoted field: up to the closing quote, doubled quotes standing for one.
        let value = '';
        let from = position + 1;
        let closed = false;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) break;
          value += text.slice(from, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) { value += '"'; from = quote + 2; continue; }
          from = quote + 1;
          closed = true;
          break;
        }
        if (!closed) {
          // Never closed: report it, then read the rest of this line as if the quote were an ordinary character.
          onProblem({ line, code: 'unclosed-quote', message: 'a quoted field opened on this line is never closed: add the missing closing quote (") or remove the opening one' });
          damaged = true;
          const end = findLineEnd(text, position);
          const rest = text.slice(position, end).split(String.fromCharCode(delimiter));
          fields.push(...rest);
          position = end;
        } else {
          const opened = line;
          for (let index = value.indexOf('\n'); index >= 0; index = value.indexOf('\n', index + 1)) line += 1;
          line += countLoneCr(value);
          position = from;
          const next = text.charCodeAt(position);
          if (position < length && next !== delimiter && next !== LF && next !== CR) {
            // Text after the closing quote ("abc"def): keep it, as a spreadsheet would, but refuse the row.
            const end = findFieldEnd(text, position, delimiter);
            onProblem(opened === line
              ? { line, code: 'csv-syntax', message: `text follows the closing quote of a quoted field ("${value.slice(0, 40)}"${text.slice(position, Math.min(end, position + 40))}): a quote inside a quoted field is written twice (""), or quote the whole field` }
              : { line: opened, code: 'csv-syntax', message: `a quoted field opened on this line only closes on line ${line}, followed by text: look for a stray quote (") on this line` });
            damaged = true;
            value += text.slice(position, end);
            position = end;
          }
          fields.push(value);
        }
      } else {
        const end = findFieldEnd(text, position, delimiter);
        fields.push(text.slice(position, end));
        position = end;
      }
      const code = text.charCodeAt(position);
      if (code === delimiter) { position += 1; continue; }
      // End of line or of text.
      endOfRecord = true;
      if (code === CR) position += text.charCodeAt(position + 1) === LF ? 2 : 1;
      else if (code === LF) position += 1;
      line += 1;
    }
    onRecord(start, fields, damaged);
  }
}

function findFieldEnd(text: string, from: number, delimiter: number): number {
  let position = from;
  const length = text.length;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (code === delimiter || code === LF || code === CR) return position;
    position += 1;
  }
  return position;
}

function findLineEnd(text: string, from: number): number {
  let position = from;
  while (position < text.length && text.charCodeAt(position) !== LF && text.charCodeAt(position) !== CR) position += 1;
  return position;
}

/** CR line ends that are not part of a CRLF (old Mac files), inside a quoted field. */
function countLoneCr(value: string): number {
  let count = 0;
  for (let index = value.indexOf('\r'); index >= 0; index = value.indexOf('\r', index + 1)) if (value.charCodeAt(index + 1) !== LF) count += 1;
  return count;
}
