// A CSV file read in chunks, so that memory never holds the whole file. Each line of the
// common shape (fields unquoted, or quoted on one line with doubled quotes, LF or CRLF ends)
// is cut into field bounds here and offered to `fast`; from any other line — a field spanning
// lines, a stray quote, a lone CR — csv-parse, the reference reader, reads a few kilobytes of
// whole records with the options it gets for a whole file (where its records end is its to
// say), then the common path takes over again. test/reader-differential.test.ts proves that
// both give the same rows and problems.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { giveBuffer, takeBuffer } from './buffers.js';
import { asciiText, completeLength, fileIsUtf8, latin1, textOfBytes, utf8Text } from './byte-text.js';
import { fieldText, splitLine, type FieldBounds } from './fields.js';
import { isBlankRecord, parseRecords, type CsvFile, type CsvProblem, type CsvRow } from './csv.js';
import { readMessages } from '../messages/read.js';
import { censusOfFile, decodeMixed, isMixed, mixedEncodingProblem } from './mixed-utf8.js';
import { BINARY_FILE, CONTROL_CHARACTERS, decodeCp1252, detectDelimiter, looksUtf16 } from './text.js';

/** Chunks small enough that their text dies young (large strings live until a full collection). */
const CHUNK = 64 << 10;

export interface CsvHandler {
  /** Every non-blank record, the header included, as strings. */
  record(row: CsvRow): void;
  /** A record that could not be read (reported; its line is handed to `record` as a damaged row). */
  problem(problem: CsvProblem): void;
  /**
   * A line of the common shape; returns false to have it handed to `record` as strings instead.
   * `bytes`: the line is byte text (`byteText`: a character per byte of its UTF-8); one not taken
   * that holds bytes beyond ASCII is decoded and offered again.
   */
  fast?(line: number, text: string, fields: FieldBounds, bytes: boolean): boolean;
}

/** Control characters among the first 65536 characters (as the reference reader looks at them). */
function hasControl(bytes: Uint8Array): boolean {
  return CONTROL_CHARACTERS.test(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').slice(0, 65536),
  );
}

/** 'mixed': UTF-8 with a few stray Windows-1252 bytes (mixed-utf8.ts). */
export type Encoding = 'utf-8' | 'windows-1252' | 'mixed';

/** The dialect of a file, once read off its beginning. */
export interface Dialect {
  readonly encoding: Encoding | undefined;
  readonly delimiter: string;
  readonly eol: string;
}

/**
 * A part of a file read on its own (the parallel scan): from `start` to `end` (bytes), its first
 * line numbered `line`. `dialect` is given for a part that does not start at the file's head.
 */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly dialect?: Dialect;
  /** The file's encoding when already known (the head of a cut file): not checked again. */
  readonly encoding?: Encoding;
  /**
   * UTF-8 taken on the word of the file's first bytes (the parallel scan's cut): the part's bytes
   * are checked as they are read, and the reading stops at the first that is not (`notUtf8`): the
   * file is then read again in one piece, whose encoding the whole file settles.
   */
  readonly checkUtf8?: boolean;
}

export interface StreamOptions {
  readonly onDelimiter?: (delimiter: string, eol: string) => void;
  readonly chunkSize?: number;
  readonly range?: ByteRange;
  /**
   * Read a UTF-8 file as byte text (Latin-1: a character per byte, some ten times cheaper to make
   * than UTF-8's text), offering its lines to `handler.fast` as they stand, and decoding a line
   * beyond ASCII, or a region for csv-parse, only when it is not taken. Lines and fields are cut at the
   * same places either way: a byte of a UTF-8 sequence beyond ASCII is never a delimiter, a quote or
   * a line end.
   */
  readonly byteText?: boolean;
}

/**
 * The dialect and the number the line after the last would have (`notUtf8` when a part to check
 * was not UTF-8: the reading stopped there), or the problem that stopped the reading (an empty or
 * binary file).
 */
export type StreamResult = { file: CsvFile; nextLine: number; notUtf8?: true } | { problem: CsvProblem };

/** Reads a CSV file chunk by chunk and hands every record to the handler in file order. */
export function streamCsvFile(path: string, handler: CsvHandler, options: StreamOptions = {}): StreamResult {
  const fd = openSync(path, 'r');
  const buffer = takeBuffer(Math.max(options.chunkSize ?? CHUNK, 8));
  try {
    return streamFd(fd, handler, options.onDelimiter, buffer, options.range, options.byteText === true);
  } finally {
    giveBuffer(buffer);
    closeSync(fd);
  }
}

function streamFd(
  fd: number,
  handler: CsvHandler,
  onDelimiter: ((delimiter: string, eol: string) => void) | undefined,
  buffer: Buffer,
  range: ByteRange | undefined,
  byteText: boolean,
): StreamResult {
  const chunkSize = buffer.length;
  let encoding: Encoding | undefined = range?.dialect?.encoding ?? range?.encoding;
  let delimiter = range?.dialect?.delimiter ?? '';
  let eol = range?.dialect?.eol ?? '';
  let line = range?.line ?? 1;
  let first = range?.dialect === undefined;
  const end = range?.end ?? Infinity;
  const fields: FieldBounds = { bounds: new Int32Array(128), count: 0, escaped: 0 };
  /** Whether the text is byte text: UTF-8 (or ASCII so far) read with `byteText`. */
  const isByteText = (): boolean => byteText && (encoding === undefined || encoding === 'utf-8');

  /** Whether the text consumed so far ends with a CR (an LF right after it ends the same line). */
  let endedCr = false;
  /** Reads `text` (whole records) with csv-parse; the line count moves on by the lines it counted. */
  const referenceRecords = (raw: string, afterCr: boolean, more = false): number => {
    // Byte text beyond ASCII is decoded for csv-parse; what it consumed is counted back in bytes.
    const text = isByteText() && !asciiText(raw, 0, raw.length) ? textOfBytes(raw, 0, raw.length) : raw;
    const read = parseRecords(text, { delimiter, eol, line, afterCr }, handler.record, handler.problem, more);
    line = read.next;
    return text === raw ? read.consumed : Buffer.byteLength(text.slice(0, read.consumed), 'utf8');
  };
  // After a record csv-parse could not finish (a quoted field open at the end of the text read so
  // far), wait until the text has doubled before trying again, so that a long one is not re-read
  // at every chunk.
  let waitFor = 0;

  /**
   * A line of the common shape, cut into `fields`: to the fast path, else to `record` as strings;
   * in byte text (`bytes`), a line not taken that holds bytes beyond ASCII is decoded alone, cut
   * again (at the same ASCII delimiters) and read as decoded text.
   */
  const readLine = (line: number, text: string, start: number, end: number, bytes: boolean): void => {
    if ((fields.count === 1 && isBlank(text, start, end)) || end === start) return;
    if (handler.fast?.(line, text, fields, bytes) ?? false) return;
    if (bytes && !asciiText(text, start, end)) {
      const lineText = textOfBytes(text, start, end);
      splitLine(lineText, 0, lineText.length, delimiter, fields, lineText.indexOf('"'));
      readLine(line, lineText, 0, lineText.length, false);
      return;
    }
    const strings: string[] = [];
    for (let i = 0; i < fields.count; i += 1) strings.push(fieldText(text, fields, i));
    if (!isBlankRecord(strings)) handler.record({ line, fields: strings });
  };

  /** Handles the complete lines of `text`; returns the unconsumed tail. */
  const consume = (text: string, atEnd: boolean): { rest: string } => {
    let pos = 0;
    const length = text.length;
    // Where the next quote and the next CR are: a line with neither is cut by indexOf alone.
    let nextQuote = -1;
    // Lines end with the file's line end; the other line-end character makes a line uncommon.
    const brk = eol === '\r' ? '\r' : '\n';
    const stray = eol === '\r' ? '\n' : '\r';
    let nextStray = -1;
    // Byte text: every line is offered as it stands.
    const bytes = isByteText();
    while (pos < length) {
      let end = text.indexOf(brk, pos);
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
      if (nextQuote !== Infinity && nextQuote < pos) {
        nextQuote = text.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = Infinity;
      }
      if (nextStray !== Infinity && nextStray < pos) {
        nextStray = text.indexOf(stray, pos);
        if (nextStray < 0) nextStray = Infinity;
      }
      // A line holding the other line-end character is the reference reader's (it counts it as a line).
      const cut =
        nextStray >= lineEnd && splitLine(text, pos, lineEnd, delimiter, fields, nextQuote < lineEnd ? nextQuote : -1);
      if (simple && cut) {
        readLine(line, text, pos, lineEnd, bytes);
        line += 1;
        pos = end + 1;
        continue;
      }
      // Not of the common shape: csv-parse reads from here to a line end some way on (where its
      // records end is csv-parse's to say); the fast path takes over after that.
      if (!atEnd && length - pos < waitFor) return { rest: text.slice(pos) };
      // A region given to csv-parse before the end of the file ends with a record delimiter: at
      // the end of a text csv-parse would end the record there.
      const lastEnd = (): number => {
        const at = text.lastIndexOf(eol);
        return at < 0 ? 0 : at + eol.length;
      };
      let regionEnd = length;
      if (!atEnd) {
        const far = text.indexOf(eol, Math.min(length, pos + 4096));
        regionEnd = far >= 0 ? far + eol.length : lastEnd();
        if (regionEnd <= pos) return { rest: text.slice(pos) };
      }
      const afterCr = (at: number) => (at > 0 ? text.charCodeAt(at - 1) === 13 : endedCr);
      const consumed = referenceRecords(text.slice(pos, regionEnd), afterCr(pos), regionEnd < length || !atEnd);
      if (consumed < regionEnd - pos) {
        if (regionEnd < length) {
          // A quoted field runs past this region: try again on every whole line read so far.
          const lastLine = atEnd ? length : lastEnd();
          const all = referenceRecords(text.slice(pos + consumed, lastLine), afterCr(pos + consumed), !atEnd);
          pos += consumed + all;
          if (pos < length) {
            waitFor = (length - pos) * 2;
            return { rest: text.slice(pos) };
          }
          continue;
        }
        waitFor = (length - pos - consumed) * 2;
        return { rest: text.slice(pos + consumed) };
      }
      waitFor = 0;
      pos = regionEnd;
    }
    return { rest: '' };
  };

  /** UTF-8 when the file is; else mostly UTF-8 with stray bytes (warned), else Windows-1252. */
  const settleEncoding = (from: number): Encoding => {
    if (fileIsUtf8(fd, from)) return 'utf-8';
    const census = censusOfFile(fd);
    if (!isMixed(census)) return 'windows-1252';
    handler.problem(mixedEncodingProblem(census));
    return 'mixed';
  };
  // The encoding is the reference reader's: UTF-8 when the whole file is valid UTF-8, else
  // Windows-1252. While the bytes are ASCII both read the same; the first time they are not
  // (or when a BOM or control characters call for it at once), the rest of the file is checked.
  let position = range?.start ?? 0;
  if (first) {
    const head = probeHead(fd);
    if (head.problem) return { problem: head.problem };
    if (head.bom) encoding = settleEncoding(0);
    if (head.bom && encoding !== 'windows-1252') position = 3;
  }

  // Decoded chunks wait in `parts` until there is something to consume: a line end after a line
  // longer than a chunk, or as much text as a quoted field spanning lines needs (`waitFor`), so
  // that a long line is joined once, not re-read at every chunk (reading stays linear).
  const parts: string[] = [];
  let partsLength = 0;
  let needBreak = false;
  let nonBlank = false;
  const eolScan = { quoted: false, cr: false };
  let carry = 0;
  for (;;) {
    const read = readSync(fd, buffer, carry, Math.max(0, Math.min(chunkSize - carry, end - position)), position);
    position += read;
    const atEnd = read === 0;
    const bytes: Uint8Array = buffer.subarray(0, carry + read);
    if (encoding === undefined && !isAscii(bytes)) encoding = settleEncoding(position - bytes.length);
    // Decode whole characters only: an incomplete UTF-8 sequence at the end waits for the next chunk.
    const cut = atEnd || encoding === 'windows-1252' ? bytes.length : completeLength(bytes);
    if (range?.checkUtf8 && !isUtf8(bytes.subarray(0, cut)))
      return { file: { delimiter, encoding: 'utf-8' }, nextLine: line, notUtf8: true };
    const chunk =
      encoding === 'windows-1252'
        ? decodeCp1252(bytes)
        : encoding === 'utf-8'
          ? isByteText()
            ? latin1(bytes.subarray(0, cut))
            : utf8Text(bytes.subarray(0, cut))
          : encoding === 'mixed'
            ? decodeMixed(bytes.subarray(0, cut))
            : latin1(bytes);
    carry = bytes.length - cut;
    if (carry > 0) buffer.copyWithin(0, cut, bytes.length);
    if (chunk !== '') {
      parts.push(chunk);
      partsLength += chunk.length;
    }
    let ready: boolean;
    if (first) {
      nonBlank ||= (isByteText() ? textOfBytes(chunk, 0, chunk.length) : chunk).trim() !== '';
      if (eol === '') eol = scanEol(chunk, eolScan);
      ready = atEnd || (nonBlank && eol !== '');
    } else ready = atEnd || (partsLength >= waitFor && !(needBreak && chunk.indexOf(eol === '\r' ? '\r' : '\n') < 0));
    if (!ready) continue;
    let text = parts.length === 1 ? parts[0]! : parts.join('');
    parts.length = 0;
    partsLength = 0;
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if ((isByteText() ? textOfBytes(text, 0, text.length) : text).trim() === '')
        return {
          problem: { line: 1, code: 'empty-file', message: readMessages.emptyFile() },
        };
      // No line end at all (a single line), or a CR that ends the file: lines end with LF, as the reference reader takes it.
      if (eol === '') eol = '\n';
      first = false;
      delimiter = detectDelimiter(text);
      onDelimiter?.(delimiter, eol);
    }
    const rest = consume(text, atEnd).rest;
    if (text.length > rest.length) endedCr = text.charCodeAt(text.length - rest.length - 1) === 13;
    if (atEnd) break;
    if (rest !== '') {
      parts.push(rest);
      partsLength = rest.length;
    }
    needBreak = rest !== '' && rest.indexOf(eol === '\r' ? '\r' : '\n') < 0;
  }
  return { file: { delimiter, encoding: encoding === 'windows-1252' ? encoding : 'utf-8' }, nextLine: line };
}

/**
 * The file's first 64 KB: a problem when they are empty, UTF-16, or hold a NUL or control
 * characters (not a CSV file), else whether they start with a UTF-8 BOM.
 */
function probeHead(fd: number): { problem: CsvProblem; bom?: undefined } | { problem?: undefined; bom: boolean } {
  const probe = takeBuffer(65536);
  try {
    const probeLength = readSync(fd, probe, 0, probe.length, 0);
    if (probeLength === 0) return { problem: { line: 1, code: 'empty-file', message: readMessages.emptyFile() } };
    const window = probe.subarray(0, probeLength);
    if (looksUtf16(window)) return { problem: { line: 1, code: 'binary-file', message: readMessages.utf16() } };
    if (window.includes(0)) return { problem: { line: 1, code: 'binary-file', message: BINARY_FILE } };
    if (hasControl(window)) return { problem: { line: 1, code: 'binary-file', message: BINARY_FILE } };
    return { bom: window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf };
  } finally {
    giveBuffer(probe);
  }
}

/**
 * The record delimiter, as detectEol finds it, read chunk by chunk: '' until it is known (a CR at
 * the end of a chunk waits for the next character).
 */
function scanEol(text: string, state: { quoted: boolean; cr: boolean }): string {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (state.cr) return c === 10 ? '\r\n' : '\r';
    if (c === 34) state.quoted = !state.quoted;
    else if (!state.quoted && c === 13) state.cr = true;
    else if (!state.quoted && c === 10) return '\n';
  }
  return '';
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return text.slice(start, end).trim() === '';
  }
  return true;
}
