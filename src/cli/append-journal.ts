// Adding entries to a journal file: created with the standard header, or appended in the file's
// own form and encoding, the whole file written atomically. The one function that writes a
// journal for `asso add` (the switch to a safe append is made here).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { journalAddition } from '../entry/journal-text.js';
import type { EntryRow } from '../entry/operation.js';
import { addMessages } from '../messages/add.js';
import type { Text } from '../messages/text.js';
import { encodeCp1252 } from '../write/append.js';
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
