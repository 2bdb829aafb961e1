// Bytes → text: UTF-8 (with or without BOM) or Windows-1252, detected; binary files refused.
import { readFileSync } from 'node:fs';
import { error, type Diagnostic } from '../diagnostics.js';

/** The bytes of a file, or undefined with a diagnostic when it cannot be read (a folder, no permission…). */
export function readFileBytes(file: string, report: (d: Diagnostic) => void): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'it no longer exists' : (thrown as Error).message;
    report(error('unreadable-file', `this file cannot be read: ${why}; move it out of the ledger folder or fix its permissions`, { file, line: 1 }));
    return undefined;
  }
}

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; problem: string; code: 'empty-file' | 'binary-file' };

const BINARY = 'this is a binary file, not a CSV text file: if it is a spreadsheet (.xlsx, .ods), save it as CSV from your spreadsheet software';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// Node's TextDecoder reads 'windows-1252' as ISO-8859-1 (0x80 gives U+0080, not €): the 32 bytes
// where the two differ are mapped here.
const latin1 = new TextDecoder('latin1');
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\x80-\x9f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty-file', problem: 'the file is empty: it needs at least a header row' };
  const probe = bytes.subarray(0, Math.min(bytes.length, 65536));
  if (probe.includes(0)) return { ok: false, code: 'binary-file', problem: BINARY };
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  // Control characters other than tab and line ends mean the bytes are not text at all.
  if (/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text.slice(0, 65536))) return { ok: false, code: 'binary-file', problem: BINARY };
  return { ok: true, text, encoding };
}

/** The delimiter of a CSV text: the most frequent of `,` `;` tab `|` on its header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [char, count] of counts) if (count > counts.get(best)!) best = char;
  return best;
}
