// The decimal mark of a journal file, settled by most of the amounts of its head rather than by
// the first one: a single 5000.00 at the top of a decimal-comma file is then the one blamed, not
// the hundreds of correct amounts after it. A head whose lines all cut simply (fields unquoted or
// quoted on one line, the file's line ends only) is cut here line by line; any other goes to
// csv-parse, the reference reader (the reference journal reading always takes it there).
import { closeSync, openSync, readSync } from 'node:fs';
import { giveBuffer, takeBuffer } from './buffers.js';
import { settlingMark, type DecimalMark } from './amount.js';
import { mapColumns } from './columns.js';
import { isBlankRecord, parseRecords } from './csv.js';
import { fieldText, splitLine, type FieldBounds } from './fields.js';
import { decodeCp1252, detectDelimiter, detectEol } from './text.js';

const HEAD = 256 << 10;

/** The mark most settling amounts of the file's first 256 KB use; undefined when none settles it or they tie. */
export function headMark(fd: number, reference = false): DecimalMark | undefined {
  const buffer = takeBuffer(HEAD);
  let text: string;
  try {
    const bytes = buffer.subarray(0, readSync(fd, buffer, 0, HEAD, 0));
    text = bytes.toString('utf8');
    if (text.includes('\ufffd')) text = decodeCp1252(bytes);
    if (bytes.length === HEAD) text = text.slice(0, Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
  } finally {
    giveBuffer(buffer);
  }
  return markOfHead(text, reference);
}

/** The vote of `text` (a file's head, whole lines); `reference`: read by csv-parse whatever the text. */
export function markOfHead(text: string, reference = false): DecimalMark | undefined {
  const delimiter = detectDelimiter(text);
  const body = text.replace(/^\ufeff/, '');
  const eol = detectEol(text) || '\n';
  if (!reference) {
    // Where no cell can vote for either mark (a cheap test of the whole head), none is settled: a
    // head of garbage is not handed to csv-parse, which takes some 45 µs a line to say what is wrong.
    const comma = canVote(body, ',', delimiter);
    const point = canVote(body, '.', delimiter);
    if (!comma && !point) return undefined;
    const plain = plainVotes(body, delimiter, eol, !comma || !point);
    if (plain) return outcome(plain);
  }
  let columns: number[] | undefined;
  const votes = { '.': 0, ',': 0 };
  parseRecords(
    body,
    { delimiter, eol, line: 1 },
    ({ fields }) => {
      if (columns === undefined) {
        const index = mapColumns(fields).index;
        columns = [index.debit, index.credit, index.amount].filter((at): at is number => at !== undefined);
        return;
      }
      for (const at of columns) {
        const mark = settlingMark((fields[at] ?? '').trim());
        if (mark) votes[mark] += 1;
      }
    },
    () => {},
  );
  return outcome(votes);
}

/** The mark with more votes; undefined on a tie. */
function outcome(votes: { '.': number; ',': number }): DecimalMark | undefined {
  return votes['.'] > votes[','] ? '.' : votes[','] > votes['.'] ? ',' : undefined;
}

/**
 * The votes of `text` counted as csv-parse would read it, when every line cuts simply (no field
 * spanning lines, no stray quote, no line end but `eol`); undefined otherwise. Only the header
 * and the amount cells become strings (a blank row has no amount to vote with). `firstSettles`
 * when one mark can get no vote anywhere in the head: the first vote is returned alone, as it
 * settles the outcome (the rest of the head is not read).
 */
function plainVotes(
  text: string,
  delimiter: string,
  eol: string,
  firstSettles: boolean,
): { '.': number; ',': number } | undefined {
  const stray = eol === '\r' ? '\n' : eol === '\n' ? '\r' : undefined;
  if (stray !== undefined && text.includes(stray)) return undefined;
  const fields: FieldBounds = { bounds: new Int32Array(128), count: 0, escaped: 0 };
  const votes = { '.': 0, ',': 0 };
  let columns: number[] | undefined;
  let pos = 0;
  // Where the next quote and the next CR are (−1: none left): lines are cut by indexOf alone.
  let quote = text.indexOf('"');
  let cr = eol === '\r\n' ? text.indexOf('\r') : -1;
  while (pos < text.length) {
    let end = text.indexOf(eol, pos);
    if (end < 0) end = text.length;
    if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
    if (cr >= 0 && cr < pos) cr = text.indexOf('\r', pos);
    // A CR within the line (not its line end) is csv-parse's to read, as splitFields says.
    if (cr >= 0 && cr < end) return undefined;
    if (!splitLine(text, pos, end, delimiter, fields, quote >= 0 && quote < end ? quote : -1)) return undefined;
    pos = end + eol.length;
    if (columns === undefined) {
      const record: string[] = [];
      for (let i = 0; i < fields.count; i += 1) record.push(fieldText(text, fields, i));
      if (isBlankRecord(record)) continue;
      const index = mapColumns(record).index;
      columns = [index.debit, index.credit, index.amount].filter((at): at is number => at !== undefined);
      continue;
    }
    for (const at of columns) {
      if (at >= fields.count || fields.bounds[2 * at] === fields.bounds[2 * at + 1]) continue;
      const plain = plainMark(text, fields.bounds[2 * at]!, fields.bounds[2 * at + 1]!);
      const mark = plain ?? settlingMark(fieldText(text, fields, at).trim());
      if (mark) {
        votes[mark] += 1;
        if (firstSettles) return votes;
      }
    }
  }
  return votes;
}

// A cell settles a mark when it reads as digits, the mark and one or two digits, maybe with a sign,
// spaces between groups, a euro sign and spaces around (settlingMark). Its text stands as it is in
// the head, or between two quotes when it holds the delimiter: these patterns find every such
// cell, and sometimes text that is none (then the whole head is read).
const QUOTED_SETTLING = {
  ',': /"[\s+\-\u20ac]*\d[\d \u00a0\u202f]*,\d\d?[\s\u20ac]*"/,
  '.': /"[\s+\-\u20ac]*\d[\d \u00a0\u202f]*\.\d\d?[\s\u20ac]*"/,
};
const SETTLING = { ',': /[\d \u00a0\u202f],\d/, '.': /[\d \u00a0\u202f]\.\d/ };

/** Whether a cell of `text` could vote for `mark`: false when none can (a cheap test of the whole head). */
function canVote(text: string, mark: DecimalMark, delimiter: string): boolean {
  return (delimiter === mark ? QUOTED_SETTLING : SETTLING)[mark].test(text);
}

/** headMark of the file at `path`; undefined when it cannot be read (the reading reports why). */
export function headMarkOf(path: string, reference = false): DecimalMark | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    return headMark(fd, reference);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The mark a plain cell settles, read without a string: digits, then maybe the mark and one or two
 * digits ('' when it settles none: digits alone). Undefined for any other cell (settlingMark says).
 */
function plainMark(text: string, start: number, end: number): DecimalMark | '' | undefined {
  let i = start;
  while (i < end && isDigit(text.charCodeAt(i))) i += 1;
  if (i === start) return undefined;
  if (i === end) return '';
  const c = text.charCodeAt(i);
  if ((c !== 46 && c !== 44) || end - i < 2 || end - i > 3) return undefined;
  for (let k = i + 1; k < end; k += 1) if (!isDigit(text.charCodeAt(k))) return undefined;
  return c === 46 ? '.' : ',';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
