// Adding entries to a journal file: created with the standard header, or appended in the file's
// own form and encoding, the whole file written atomically. The one function that writes a
// journal for `asso add` (the switch to a safe append is made here).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { journalAddition } from '../entry/journal-text.js';
import type { EntryRow } from '../entry/operation.js';
import { addMessages } from '../messages/add.js';
import type { Text } from '../messages/text.js';
import { writeAtomically } from './output.js';

/**
 * Writes `rows` to the journal file at `path` (`file`: its name in messages); the reason when it
 * cannot, nothing written. `check`: only say whether it could (to refuse a batch before writing any of it).
 */
export function appendToJournal(
  path: string,
  file: string,
  rows: readonly EntryRow[],
  check = false,
): Text | undefined {
  const existing = existsSync(path) ? readFileSync(path) : undefined;
  const addition = journalAddition(existing, file, rows);
  if ('refusal' in addition) return addition.refusal;
  const bytes = addition.encoding === 'utf-8' ? Buffer.from(addition.text, 'utf8') : encodeCp1252(addition.text);
  if (typeof bytes === 'string') return addMessages.notEncodable(file, bytes);
  if (check) return undefined;
  mkdirSync(dirname(path), { recursive: true });
  writeAtomically(path, addition.create || !existing ? bytes : Buffer.concat([existing, bytes]));
  return undefined;
}

const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Text → Windows-1252 bytes, or the first character it cannot write. */
function encodeCp1252(text: string): Buffer | string {
  const bytes = Buffer.alloc(text.length);
  let at = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(character);
    if (high >= 0) bytes[at++] = 0x80 + high;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[at++] = code;
    else return character;
  }
  return bytes.subarray(0, at);
}
