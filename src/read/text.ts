// Bytes → text: UTF-8 (with or without BOM) or Windows-1252, detected; binary files refused.
import { readFileSync } from 'node:fs';
import { error, type Diagnostic } from '../diagnostics.js';
import { readMessages } from '../messages/read.js';
import type { Text } from '../messages/text.js';
import type { CsvProblem } from './csv.js';
import { countBytes, decodeMixed, isMixed, mixedEncodingProblem, newCensus } from './mixed-utf8.js';

/** The bytes of a file, or undefined with a diagnostic when it cannot be read (a folder, no permission…). */
export function readFileBytes(file: string, report: (d: Diagnostic) => void): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch (thrown) {
    report(unreadableFile(file, thrown));
    return undefined;
  }
}

/** The problem of a file the system refused to read; rethrows what is not such a refusal (a bug). */
export function unreadableFile(file: string, thrown: unknown): Diagnostic {
  return error('unreadable-file', readMessages.unreadableFile(whyUnreadable(thrown)), { file, line: 1 });
}

/** Why the system refused a file or folder, in words (no raw errno); rethrows what is not such a refusal (a bug). */
export function whyUnreadable(thrown: unknown): string {
  const code = (thrown as NodeJS.ErrnoException).code;
  if (code === undefined) throw thrown;
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it no longer exists';
  if (code === 'ELOOP') return 'it is a link that leads nowhere (a loop or a missing target)';
  if (code === 'ENOTDIR') return 'it is not a folder';
  return (thrown as Error).message.replace(/^[A-Z]+: /, '');
}

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252'; mixed?: CsvProblem }
  | { ok: false; problem: Text; code: 'empty-file' | 'binary-file' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes → text: latin-1 but for 0x80–0x9F (Node's TextDecoder('windows-1252') reads those as latin-1: 0x80 gives U+0080, not €). */
export function decodeCp1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** Control characters other than tab and line ends: the bytes are not text at all. */
export const CONTROL_CHARACTERS = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/;
export const BINARY_FILE: Text = readMessages.binaryFile();

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty-file', problem: readMessages.emptyFile() };
  const probe = bytes.subarray(0, Math.min(bytes.length, 65536));
  if (looksUtf16(probe)) return { ok: false, code: 'binary-file', problem: readMessages.utf16() };
  if (probe.includes(0)) return { ok: false, code: 'binary-file', problem: BINARY_FILE };
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  let mixed: CsvProblem | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    const census = newCensus();
    countBytes(bytes, census, true);
    if (isMixed(census)) {
      text = decodeMixed(bytes);
      mixed = mixedEncodingProblem(census);
    } else {
      text = decodeCp1252(bytes);
      encoding = 'windows-1252';
    }
  }
  // Control characters other than tab and line ends mean the bytes are not text at all.
  if (CONTROL_CHARACTERS.test(text.slice(0, 65536))) return { ok: false, code: 'binary-file', problem: BINARY_FILE };
  return mixed ? { ok: true, text, encoding, mixed } : { ok: true, text, encoding };
}

/** UTF-16 text (a BOM, or a NUL every other byte): not read, but said for what it is. */
export function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const half = n / 2;
  return (even > half * 0.4 && odd < half * 0.05) || (odd > half * 0.4 && even < half * 0.05);
}

/** The delimiter of a CSV text: the most frequent of `,` `;` tab `|` on its header line, outside quotes. */
export function detectDelimiter(text: string): string {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let pipe = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) comma += 1;
    else if (c === 59) semicolon += 1;
    else if (c === 9) tab += 1;
    else if (c === 124) pipe += 1;
  }
  // On a tie, the first in the order `,` `;` tab `|`.
  let best = ',';
  let most = comma;
  if (semicolon > most) [best, most] = [';', semicolon];
  if (tab > most) [best, most] = ['\t', tab];
  if (pipe > most) best = '|';
  return best;
}

/** The record delimiter, as csv-parse detects it: the first line end outside quotes ('' when there is none). */
export function detectEol(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 13) return i + 1 === text.length ? '' : text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!quoted && c === 10) return '\n';
  }
  return '';
}
