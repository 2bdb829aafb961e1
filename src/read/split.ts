// Where a large journal file can be cut in two for the parallel scan: at the start of an entry,
// outside any quoted field, once the file's dialect and decimal mark are settled by its head.
// Anything unusual (no settled mark in the head, a line that does not split cleanly near the
// cut, odd quotes, old Mac line ends) means no cut: the file is then read in one piece.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { mapColumns } from './columns.js';
import { headMark } from './head-mark.js';
import { censusOfFile, isMixed } from './mixed-utf8.js';
import { completeLength } from './byte-text.js';
import { splitFields, type FieldBounds } from './fields.js';
import type { Dialect } from './csv-stream.js';
import type { JournalRange } from './row.js';
import { decodeCp1252, detectDelimiter, detectEol } from './text.js';

const WINDOW = 256 << 10;

export interface FileCut {
  /** The head: from the start of the file to the cut. */
  readonly head: JournalRange;
  /** The tail: from the cut to the end, with the dialect, header and mark the head settled. */
  readonly tail: JournalRange;
}

/** Where to cut the file of `size` bytes: at the start of the first entry after byte `target` (its middle). */
export function planCut(path: string, size: number, target = Math.floor(size / 2)): FileCut | undefined {
  const fd = openSync(path, 'r');
  try {
    return planCutFd(fd, size, target);
  } finally {
    closeSync(fd);
  }
}

function planCutFd(fd: number, size: number, target: number): FileCut | undefined {
  const head = readAt(fd, 0, WINDOW);
  if (head.includes(0) || (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)) return undefined;
  // A head that is UTF-8 is taken at its word: the two readings check their parts as they read
  // them (ByteRange.checkUtf8), where a pass over the whole file here would delay both. A file
  // that is not, after all, is read again in one piece (parallel-scan.ts).
  const utf8 = size <= head.length ? isUtf8(head) : isUtf8(head.subarray(0, completeLength(head)));
  // UTF-8 with stray Windows-1252 bytes: read in one piece (its warning names every stray line).
  if (!utf8 && isMixed(censusOfFile(fd))) return undefined;
  const encoding = utf8 ? 'utf-8' : 'windows-1252';
  const headText = decode(head, encoding);
  if (headText === undefined) return undefined;
  const eol = detectEol(headText);
  if (eol !== '\n' && eol !== '\r\n') return undefined;
  const delimiter = detectDelimiter(headText);
  const dialect: Dialect = { encoding, delimiter, eol };
  const lines = headText.split('\n');
  lines.pop(); // maybe incomplete
  const rows = lines.map((line) => cells(line, dialect)).filter((row): row is string[] => row !== undefined);
  if (rows.length !== lines.length || rows.length < 2) return undefined;
  const header = rows[0]!;
  const columns = mapColumns(header);
  if (columns.missing.length || columns.duplicates.length || columns.unnamed.length) return undefined;
  const mark = headMark(fd);
  if (!mark) return undefined;

  // The cut: the first line after the target that starts a new entry.
  const middle = Math.max(0, Math.min(size, target));
  const window = readAt(fd, middle, WINDOW);
  const firstBreak = window.indexOf(10);
  if (firstBreak < 0) return undefined;
  const windowText = decode(window.subarray(firstBreak + 1, window.lastIndexOf(10) + 1), encoding);
  if (windowText === undefined) return undefined;
  const group = columns.fec ? columns.index.entry : columns.index.piece;
  if (group === undefined) return undefined;
  let offset = middle + firstBreak + 1;
  let previous: string | undefined;
  let cut: number | undefined;
  for (const line of windowText.split('\n').slice(0, -1)) {
    const row = cells(line, dialect);
    if (row === undefined || row.length !== columns.width) return undefined;
    const key = `${row[columns.index.journal!]!.trim()}\u0001${row[group]!.trim()}`;
    if (previous !== undefined && key !== previous) {
      cut = offset;
      break;
    }
    previous = key;
    offset += Buffer.byteLength(line, encoding === 'utf-8' ? 'utf8' : 'latin1') + 1;
  }
  if (cut === undefined) return undefined;
  // The tail's lines are numbered from 1: the head's reading says how many lines come before
  // (parallel-scan.ts), and whether the cut is outside quotes (else it ends on an unclosed quote).
  return {
    head: { start: 0, end: cut, line: 1, encoding, checkUtf8: utf8 },
    tail: { start: cut, end: size, line: 1, dialect, header, mark, checkUtf8: utf8 },
  };
}

/** The fields of one line, or undefined when it is not of the common shape. */
function cells(line: string, dialect: Dialect): string[] | undefined {
  const text = dialect.eol === '\r\n' && line.endsWith('\r') ? line.slice(0, -1) : line;
  const fields: FieldBounds = { bounds: new Int32Array(256), count: 0, escaped: 0 };
  if (!splitFields(text, 0, text.length, dialect.delimiter, fields)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < fields.count; i += 1) out.push(text.slice(fields.bounds[2 * i]!, fields.bounds[2 * i + 1]!));
  return out;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
}

function decode(bytes: Uint8Array, encoding: string): string | undefined {
  if (encoding === 'windows-1252') return decodeCp1252(bytes);
  if (isAscii(bytes) || isUtf8(bytes))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return undefined;
}
