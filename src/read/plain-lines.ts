// CSV text whose every line is one record that cuts simply — fields unquoted, or quoted on their
// line with doubled quotes, and no line end but the file's — read without csv-parse: the small
// files every command reads (accounts.csv, assertions, budgets) cost csv-parse's start more than
// their reading. Anything else is csv-parse's (the caller falls back to it for the whole text).
import { fieldText, splitFields, type FieldBounds } from './fields.js';

/** The records of `text` (line numbers from 1, blank ones left out), or undefined when a line does not cut simply. */
export function plainRecords(
  text: string,
  delimiter: string,
  eol: string,
): { line: number; fields: string[] }[] | undefined {
  const stray = eol === '\r' ? '\n' : eol === '\n' ? '\r' : undefined;
  if (stray !== undefined && text.includes(stray)) return undefined;
  const fields: FieldBounds = { bounds: new Int32Array(128), count: 0, escaped: 0 };
  const records: { line: number; fields: string[] }[] = [];
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    let end = text.indexOf(eol, pos);
    if (end < 0) end = text.length;
    // CRLF lines: a lone CR or LF inside one (even quoted) is a line end to an editor: csv-parse's to count.
    if (eol === '\r\n' && (lineEndWithin(text, '\r', pos, end) || lineEndWithin(text, '\n', pos, end + 1)))
      return undefined;
    if (!splitFields(text, pos, end, delimiter, fields)) return undefined;
    const record: string[] = [];
    let blank = true;
    for (let i = 0; i < fields.count; i += 1) {
      const value = fieldText(text, fields, i);
      if (blank && value.trim() !== '') blank = false;
      record.push(value);
    }
    if (!blank) records.push({ line, fields: record });
    pos = end + eol.length;
    line += 1;
  }
  return records;
}

/** Whether `char` occurs in `text` from `from` anywhere but at `expected` (where the line's own end has it). */
function lineEndWithin(text: string, char: string, from: number, expected: number): boolean {
  const at = text.indexOf(char, from);
  return at >= 0 && at !== expected;
}
