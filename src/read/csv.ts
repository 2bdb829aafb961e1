// CSV text → rows, each with the line it starts on. csv-parse is the reference reader (the
// chunked reader of csv-stream.ts hands it every record it does not take itself). A quote opens
// a quoted field only at the start of a field (elsewhere it is an ordinary character, as
// spreadsheets read it). A record csv-parse cannot read — a quote never closed — is reported,
// its line handed on as a damaged row, and the reading goes on at the next line: every problem
// is reported at once. Records are handed to the callback and dropped.
import type { DiagnosticCode } from '../diagnostics.js';
import { CsvError, parse, type Options } from 'csv-parse/sync';
import { readMessages } from '../messages/read.js';
import type { Text } from '../messages/text.js';
import { decodeText, detectDelimiter, detectEol } from './text.js';

export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
  /** The row was read leniently after a syntax problem (reported separately): treat it as invalid. */
  readonly damaged?: boolean;
  /** The record's text, when it runs over more than one line (a quoted field holding line ends). */
  readonly raw?: string;
}

export interface CsvFile {
  readonly delimiter: string;
  readonly encoding: string;
}

export type CsvProblem = { line: number; message: Text; code: DiagnosticCode; severity?: 'warning' };

/**
 * Reads CSV bytes and calls `onRow` for every non-blank row, the header included (line 1), and
 * `onProblem` for the records it could not read. Returns the dialect, or the problem that stops
 * the reading of the whole file (empty, binary).
 */
export function readCsv(
  bytes: Uint8Array,
  onRow: (row: CsvRow) => void,
  onProblem: (problem: CsvProblem) => void,
  onDelimiter?: (delimiter: string, eol: string) => void,
): { file: CsvFile } | { problem: CsvProblem } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problem: { line: 1, message: decoded.problem, code: decoded.code } };
  if (decoded.mixed) onProblem(decoded.mixed);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') return { problem: { line: 1, message: readMessages.emptyFile(), code: 'empty-file' } };
  const delimiter = detectDelimiter(text);
  const eol = detectEol(text) || '\n';
  onDelimiter?.(delimiter, eol);
  parseRecords(text, { delimiter, eol, line: 1 }, onRow, onProblem);
  return { file: { delimiter, encoding: decoded.encoding } };
}

/** Whether a record is blank (no field holds anything but spaces): blank records are skipped. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.length === 1 ? fields[0]!.trim() === '' : fields.every((field) => field.trim() === '');
}

/**
 * Reads whole records of `text` with csv-parse, its first line numbered `at.line`. A record
 * csv-parse refuses is reported and its first line handed on as a damaged row; the reading
 * resumes on the line after it. When `more` is true (the text is cut before the file's end), a
 * quoted field still open at the end is not a problem yet: the reading stops before its record.
 * Returns the number of the line after what was read, and how many characters were read.
 */
export function parseRecords(
  text: string,
  at: { delimiter: string; eol: string; line: number; afterCr?: boolean },
  onRow: (row: CsvRow) => void,
  onProblem: (problem: CsvProblem) => void,
  more = false,
): { next: number; consumed: number } {
  let rest = text;
  let first = at.line;
  let done = 0;
  // A CR just before the text: an LF starting it ends that same line (CRLF is one line end).
  let afterCr = at.afterCr ?? false;
  for (;;) {
    const restAfterCr = afterCr;
    let next = first;
    let consumed = 0;
    try {
      parse(rest, {
        delimiter: at.delimiter,
        record_delimiter: at.eol,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        raw: true,
        on_record: (value: unknown) => {
          const { record, raw: partial } = value as { record: string[]; raw: string }; // the shape `raw: true` gives
          // csv-parse's raw text of a CRLF record lacks the final LF.
          const raw = at.eol === '\r\n' && partial.endsWith('\r') ? `${partial}\n` : partial;
          const line = next;
          // Lines as an editor counts them (CRLF, LF or a lone CR): csv-parse counts a CRLF inside a quoted field as two.
          const breaks = lineBreaks(raw) - (afterCr && raw.charCodeAt(0) === 10 ? 1 : 0);
          afterCr = raw.charCodeAt(raw.length - 1) === 13;
          next = line + breaks;
          consumed += raw.length;
          const last = raw.charCodeAt(raw.length - 1);
          const spans = breaks > (last === 10 || last === 13 ? 1 : 0);
          if (!isBlankRecord(record)) onRow(spans ? { line, fields: record, raw } : { line, fields: record });
          return null;
        },
      } as unknown as Options);
      return { next, consumed: text.length };
    } catch (thrown) {
      if (!(thrown instanceof CsvError)) throw thrown;
      if (more && thrown.code === 'CSV_QUOTE_NOT_CLOSED') return { next, consumed: done + consumed };
      onProblem(
        thrown.code === 'CSV_QUOTE_NOT_CLOSED'
          ? {
              line: next,
              code: 'unclosed-quote',
              message: readMessages.unclosedQuote(),
            }
          : {
              line: next,
              code: 'csv-syntax',
              message: readMessages.invalidCsv(thrown.message.replace(/ at line \d+/, '')),
            },
      );
      // The damaged line: cut at the delimiters, quotes left out, so that its entry is still recognised.
      const skip = restAfterCr && rest.charCodeAt(0) === 10 ? 1 : 0;
      const start = skip + offsetOfLine(rest.slice(skip), next - first);
      const end = skip + offsetOfLine(rest.slice(skip), next - first + 1);
      const damaged = rest.slice(start, end).replace(/\r?\n$|\r$/, '');
      onRow({
        line: next,
        fields: damaged.split(at.delimiter).map((field) => field.replaceAll('"', '')),
        damaged: true,
      });
      if (end >= rest.length) return { next: next + 1, consumed: text.length };
      done += end;
      rest = rest.slice(end);
      first = next + 1;
      afterCr = false;
    }
  }
}

/** Line breaks as an editor counts them: CRLF, LF, or a lone CR. */
export function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) count += 1;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count += 1;
  }
  return count;
}

/** Where the line `index` lines after the first of `text` starts (lines as lineBreaks counts them). */
function offsetOfLine(text: string, index: number): number {
  let line = 0;
  for (let i = 0; i < text.length && line < index; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      if (line === index) return i + 1;
    }
  }
  return index === 0 ? 0 : text.length;
}
