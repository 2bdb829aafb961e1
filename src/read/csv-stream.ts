// A CSV file read in chunks, so that memory never holds the whole file. Each line of the
// common shape (fields unquoted, or quoted on one line with doubled quotes, LF or CRLF ends)
// is cut into field bounds here and offered to `fast`; anything else — a field spanning
// lines, a stray quote, a lone CR — is handed, record by record, to csv-parse, the reference
// reader, with the same options it gets for a whole file. test/reader-differential.test.ts
// proves that both give the same rows and problems.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { csvSyntaxProblem, type CsvFile, type CsvProblem, type CsvRow } from './csv.js';
import { detectDelimiter, detectEol } from './text.js';

const CHUNK = 64 << 10;

/** Field bounds of one line: for field i, text.slice(bounds[2i], bounds[2i+1]); `escaped` when it held doubled quotes. */
export interface FieldBounds {
  readonly bounds: Int32Array;
  count: number;
  /** Bit i set: field i was quoted and holds doubled quotes to undo. */
  escaped: number;
}

export interface CsvHandler {
  /** Every non-blank record, the header included, as strings. */
  record(row: CsvRow): void;
  /** A line of the common shape; returns false to have it handed to `record` as strings instead. */
  fast?(line: number, text: string, fields: FieldBounds): boolean;
}

const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes → text: latin-1 but for 0x80–0x9F. */
function decodeCp1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i]! >= 0x80) return true;
  return false;
}

function hasControl(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13) return true;
  }
  return false;
}

/** The text field of `text` between `start` and `end` (content of a quoted field, doubled quotes undone). */
export function fieldText(text: string, fields: FieldBounds, i: number): string {
  const value = text.slice(fields.bounds[2 * i]!, fields.bounds[2 * i + 1]!);
  return fields.escaped & (1 << i) ? value.replaceAll('""', '"') : value;
}

/**
 * Reads a CSV file chunk by chunk and hands every record to the handler in file order.
 * Returns the dialect, or the problem that stopped the reading.
 */
export function streamCsvFile(path: string, handler: CsvHandler, onDelimiter?: (delimiter: string) => void): { file: CsvFile } | { problem: CsvProblem } {
  const fd = openSync(path, 'r');
  try {
    return streamFd(fd, handler, onDelimiter);
  } finally {
    closeSync(fd);
  }
}

function streamFd(fd: number, handler: CsvHandler, onDelimiter?: (delimiter: string) => void): { file: CsvFile } | { problem: CsvProblem } {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let encoding: 'utf-8' | 'windows-1252' | undefined;
  let sawMultibyte = false;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let pending = '';
  let delimiter = '';
  let eol = '';
  let line = 1;
  let first = true;
  let total = 0;
  const fields: FieldBounds = { bounds: new Int32Array(128), count: 0, escaped: 0 };

  const referenceRecords = (text: string): CsvProblem | undefined => {
    let next = line;
    try {
      parse(text, {
        delimiter, record_delimiter: eol, relax_column_count: true, skip_empty_lines: false,
        on_record: (record: string[], context: { lines: number }) => {
          const at = next;
          next = line + context.lines;
          if (!(record.length === 1 && record[0]!.trim() === '') && !record.every((field) => field.trim() === '')) handler.record({ line: at, fields: record });
          return null;
        },
      });
    } catch (thrown) {
      return csvSyntaxProblem(thrown, next, line - 1);
    }
    return undefined;
  };

  /** Handles the complete lines of `text`; returns the unconsumed tail, or a problem. */
  const consume = (text: string, atEnd: boolean): { rest: string } | { problem: CsvProblem } => {
    let pos = 0;
    const length = text.length;
    // Where the next quote and the next CR are: a line with neither is cut by indexOf alone.
    let nextQuote = -1;
    let nextCr = -1;
    while (pos < length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) {
        if (!atEnd) return { rest: text.slice(pos) };
        end = length;
      }
      // The line is [pos, lineEnd); the record delimiter must be the file's.
      let lineEnd = end;
      let simple = true;
      if (eol === '\r\n') {
        if (end < length && end > pos && text.charCodeAt(end - 1) === 13) lineEnd = end - 1;
        else if (end < length) simple = false;
      }
      if (nextQuote !== Infinity && nextQuote < pos) { nextQuote = text.indexOf('"', pos); if (nextQuote < 0) nextQuote = Infinity; }
      if (nextCr !== Infinity && nextCr < pos) { nextCr = text.indexOf('\r', pos); if (nextCr < 0) nextCr = Infinity; }
      const cut = nextQuote >= lineEnd && nextCr >= lineEnd ? splitPlainLine(text, pos, lineEnd, delimiter, fields) : splitLine(text, pos, lineEnd, delimiter, fields);
      if (simple && cut) {
        if (!(fields.count === 1 && isBlank(text, pos, lineEnd)) && !(lineEnd === pos)) {
          if (!(handler.fast?.(line, text, fields) ?? false)) {
            const strings: string[] = [];
            for (let i = 0; i < fields.count; i += 1) strings.push(fieldText(text, fields, i));
            if (!strings.every((field) => field.trim() === '')) handler.record({ line, fields: strings });
          }
        }
        line += 1;
        pos = end + 1;
        continue;
      }
      // Not of the common shape: find where the record ends (outside quotes) and let csv-parse read it.
      const recordEnd = referenceRecordEnd(text, pos, eol);
      if (recordEnd < 0 && !atEnd) return { rest: text.slice(pos) };
      const record = text.slice(pos, recordEnd < 0 ? length : recordEnd);
      const problem = referenceRecords(record);
      if (problem) return { problem };
      line += countLines(record, eol);
      pos = recordEnd < 0 ? length : recordEnd;
    }
    return { rest: '' };
  };

  let carry = 0;
  for (;;) {
    const read = readSync(fd, buffer, carry, CHUNK - carry, null);
    const atEnd = read === 0;
    let bytes: Uint8Array = buffer.subarray(0, carry + read);
    if (first && total === 0) {
      if (read === 0) return { problem: { line: 1, code: 'empty-file', message: 'the file is empty: it needs at least a header row' } };
      if (bytes.subarray(0, 65536).includes(0)) return { problem: { line: 1, code: 'binary-file', message: 'this is a binary file, not a CSV text file' } };
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    total += read;
    // Decode whole characters only: an incomplete UTF-8 sequence at the end waits for the next chunk.
    const cut = atEnd || encoding === 'windows-1252' ? bytes.length : completeLength(bytes);
    let text: string;
    const decoded = decodeChunk(bytes.subarray(0, cut), encoding, utf8);
    if (decoded === undefined) {
      if (sawMultibyte) return { problem: { line, code: 'mixed-encoding', message: 'the file mixes UTF-8 and Windows-1252 text: save it again in one encoding (UTF-8)' } };
      encoding = 'windows-1252';
      if (first && hasControl(bytes.subarray(0, 65536))) return { problem: { line: 1, code: 'binary-file', message: 'this is a binary file, not a CSV text file' } };
      text = decodeCp1252(bytes);
      carry = 0;
    } else {
      text = decoded;
      if (encoding === undefined && hasHighBytes(bytes.subarray(0, cut))) { encoding = 'utf-8'; sawMultibyte = true; }
      carry = bytes.length - (encoding === 'windows-1252' ? bytes.length : cut);
      if (carry > 0) buffer.copyWithin(0, bytes.byteOffset - buffer.byteOffset + cut, bytes.byteOffset - buffer.byteOffset + bytes.length);
    }
    text = pending + text;
    if (first) {
      if (text.trim() === '') {
        if (atEnd) return { problem: { line: 1, code: 'empty-file', message: 'the file is empty: it needs at least a header row' } };
        pending = text;
        continue;
      }
      delimiter = detectDelimiter(text);
      eol = detectEol(text);
      onDelimiter?.(delimiter);
      first = false;
      if (eol === '\r') {
        // Old Mac line ends: not the common shape; the reference reader takes the file as it comes.
        const rest = atEnd ? text : text + drainText(fd, buffer, carry, encoding, utf8);
        const problem = referenceRecords(rest);
        return problem ? { problem } : { file: { delimiter, encoding: encoding ?? 'utf-8' } };
      }
    }
    const result = consume(text, atEnd);
    if ('problem' in result) return result;
    pending = result.rest;
    if (atEnd) break;
  }
  return { file: { delimiter, encoding: encoding ?? 'utf-8' } };
}

function drainText(fd: number, buffer: Buffer, carry: number, encoding: string | undefined, utf8: TextDecoder): string {
  const chunks: Buffer[] = [Buffer.from(buffer.subarray(0, carry))];
  for (;;) {
    const read = readSync(fd, buffer, 0, buffer.length, null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  const bytes = Buffer.concat(chunks);
  return encoding === 'windows-1252' ? decodeCp1252(bytes) : utf8.decode(bytes);
}

/** UTF-8 (fatal) or Windows-1252; undefined when the bytes are not UTF-8 and the encoding is not settled as Windows-1252. */
function decodeChunk(bytes: Uint8Array, encoding: string | undefined, utf8: TextDecoder): string | undefined {
  if (encoding === 'windows-1252') return decodeCp1252(bytes);
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The length of `bytes` without an incomplete UTF-8 sequence at its end. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i -= 1) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return n - i < need ? i : n;
  }
  return n;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return text.slice(start, end).trim() === '';
  }
  return true;
}

/** Cuts [start, end), which holds no quote and no CR, into fields. */
function splitPlainLine(text: string, start: number, end: number, delimiter: string, fields: FieldBounds): boolean {
  const bounds = fields.bounds;
  const max = bounds.length >> 1;
  let count = 0;
  let pos = start;
  for (;;) {
    if (count === max) return false;
    let next = text.indexOf(delimiter, pos);
    if (next < 0 || next > end) next = end;
    bounds[2 * count] = pos;
    bounds[2 * count + 1] = next;
    count += 1;
    if (next === end) break;
    pos = next + 1;
  }
  fields.count = count;
  fields.escaped = 0;
  return true;
}

/**
 * Cuts [start, end) into fields. Returns false when the line is not of the common shape:
 * a quote inside an unquoted field, a quoted field not closed on the line or followed by
 * anything but the delimiter, a CR, or more fields than the bounds hold.
 */
function splitLine(text: string, start: number, end: number, delimiter: string, fields: FieldBounds): boolean {
  const d = delimiter.charCodeAt(0);
  const bounds = fields.bounds;
  const max = bounds.length >> 1;
  let count = 0;
  let escaped = 0;
  let pos = start;
  for (;;) {
    if (count === max) return false;
    if (pos < end && text.charCodeAt(pos) === 34) {
      // Quoted field: up to the closing quote, doubled quotes inside.
      let q = pos + 1;
      let doubled = false;
      for (;;) {
        q = text.indexOf('"', q);
        if (q < 0 || q >= end) return false;
        if (q + 1 < end && text.charCodeAt(q + 1) === 34) { doubled = true; q += 2; continue; }
        break;
      }
      bounds[2 * count] = pos + 1;
      bounds[2 * count + 1] = q;
      if (doubled) { if (count >= 31) return false; escaped |= 1 << count; }
      count += 1;
      pos = q + 1;
      if (pos === end) break;
      if (text.charCodeAt(pos) !== d) return false;
      pos += 1;
      continue;
    }
    let next = pos;
    while (next < end) {
      const c = text.charCodeAt(next);
      if (c === d) break;
      if (c === 34 || c === 13) return false;
      next += 1;
    }
    bounds[2 * count] = pos;
    bounds[2 * count + 1] = next;
    count += 1;
    if (next === end) break;
    pos = next + 1;
  }
  fields.count = count;
  fields.escaped = escaped;
  return true;
}

/** Where the record starting at `start` ends (after its record delimiter, outside quotes); -1 when not in `text`. */
function referenceRecordEnd(text: string, start: number, eol: string): number {
  let quoted = false;
  for (let i = start; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && text.startsWith(eol, i)) return i + eol.length;
  }
  return -1;
}

function countLines(record: string, eol: string): number {
  let count = 0;
  for (let i = record.indexOf(eol); i >= 0; i = record.indexOf(eol, i + eol.length)) count += 1;
  return count;
}
