// A UTF-8 file with a few stray bytes that are not UTF-8 (an é typed in Windows-1252 into a file
// saved as UTF-8) is read as UTF-8, its stray bytes as Windows-1252, with a warning naming their
// lines: reading the whole file as Windows-1252 would turn every other accent into mojibake.
// A file is taken as such when its valid multi-byte sequences are at least as many as its stray bytes.
import { readSync } from 'node:fs';
import { readMessages } from '../messages/read.js';
import type { CsvProblem } from './csv.js';
import { decodeCp1252 } from './text.js';

export interface Utf8Census {
  /** Valid multi-byte UTF-8 sequences. */
  valid: number;
  /** Bytes that belong to no valid sequence. */
  stray: number;
  /** The lines holding stray bytes (lines as an editor counts them). */
  readonly strayLines: number[];
  line: number;
  cr: boolean;
}

export const newCensus = (): Utf8Census => ({ valid: 0, stray: 0, strayLines: [], line: 1, cr: false });

/** Mostly UTF-8, with stray bytes: read as UTF-8, the stray bytes as Windows-1252. */
export function isMixed(census: Utf8Census): boolean {
  return census.stray > 0 && census.valid >= census.stray;
}

/**
 * The length of the UTF-8 sequence at `i` (1 for ASCII), −1 when it is not a valid sequence, 0
 * when it may be one cut by `end` (more bytes needed).
 */
function sequence(b: Uint8Array, i: number, end: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k += 1) {
    if (i + k >= end) return 0;
    const d = b[i + k]!;
    if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return -1;
  }
  return need + 1;
}

/** Counts `bytes` into the census; returns where it stopped (before a sequence cut by the end, unless `final`). */
export function countBytes(bytes: Uint8Array, census: Utf8Census, final: boolean): number {
  const end = bytes.length;
  let i = 0;
  while (i < end) {
    const c = bytes[i]!;
    if (c < 0x80) {
      if (c === 13) census.line += 1;
      else if (c === 10 && !census.cr) census.line += 1;
      census.cr = c === 13;
      i += 1;
      continue;
    }
    census.cr = false;
    const n = sequence(bytes, i, end);
    if (n === 0 && !final) return i;
    if (n > 0) {
      census.valid += 1;
      i += n;
    } else {
      census.stray += 1;
      if (census.strayLines.at(-1) !== census.line) census.strayLines.push(census.line);
      i += 1;
    }
  }
  return end;
}

/** The census of a whole file, read in chunks. */
export function censusOfFile(fd: number): Utf8Census {
  const census = newCensus();
  const buffer = Buffer.allocUnsafe(1 << 20);
  let carry = 0;
  let position = 0;
  for (;;) {
    const read = readSync(fd, buffer, carry, buffer.length - carry, position);
    position += read;
    const bytes = buffer.subarray(0, carry + read);
    const used = countBytes(bytes, census, read === 0);
    if (read === 0) return census;
    carry = bytes.length - used;
    if (carry > 0) buffer.copyWithin(0, used, bytes.length);
  }
}

/** UTF-8 text with its stray bytes read as Windows-1252. */
export function decodeMixed(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let run = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i += 1;
      continue;
    }
    const n = sequence(bytes, i, bytes.length);
    if (n > 0) {
      i += n;
      continue;
    }
    if (run < i) parts.push(buffer.toString('utf8', run, i));
    parts.push(decodeCp1252(bytes.subarray(i, i + 1)));
    i += 1;
    run = i;
  }
  if (run < bytes.length) parts.push(buffer.toString('utf8', run, bytes.length));
  return parts.join('');
}

/** The warning of a mixed file, on the first line holding a stray byte. */
export function mixedEncodingProblem(census: Utf8Census): CsvProblem {
  const lines = census.strayLines;
  return {
    line: lines[0] ?? 1,
    code: 'mixed-encoding',
    severity: 'warning',
    message: readMessages.mixedEncoding(lines),
  };
}
