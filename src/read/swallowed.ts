// A record that runs over several lines — a quoted field holding line ends, or a line end the
// file does not use — is legitimate when its lines are parts of a label (Crédit Agricole writes
// multi-line labels). It is not when the lines after its first read as whole rows of their own
// (the header's field count, give or take one, and a real date in the date column): a stray quote, or mixed line
// ends, has swallowed them. Such a record is reported, its first line handed on as damaged, and
// the lines after it read again as the rows they are.
import { splitFields, type FieldBounds } from './fields.js';
import { parseDate } from '../date.js';

const fields: FieldBounds = { bounds: new Int32Array(256), count: 0, escaped: 0 };

/** Where the second line of `raw` starts. */
function secondLine(raw: string): number {
  const at = raw.search(/[\r\n]/);
  return raw.charCodeAt(at) === 13 && raw.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** The number of lines after the first of `raw` that read as whole rows (0: the record is legitimate). */
export function swallowedRows(raw: string, delimiter: string, width: number, dateColumn: number): number {
  const lines = raw.slice(secondLine(raw)).split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  let rows = 0;
  for (const line of lines) {
    let date: string | undefined;
    if (splitFields(line, 0, line.length, delimiter, fields) && fields.count === width)
      date = line.slice(fields.bounds[2 * dateColumn], fields.bounds[2 * dateColumn + 1]);
    else {
      // Cut plainly (a stray quote of its own, a field too many or too few): still a row when its date is in place.
      const cells = line.split(delimiter);
      if (Math.abs(cells.length - width) <= 1) date = cells[dateColumn];
    }
    if (date !== undefined && parseDate(date).ok) rows += 1;
  }
  return rows;
}

/** The parts of a swallowing record: its first line cut at the delimiters (quotes left out), and the text after it. */
export function splitSwallowing(raw: string, delimiter: string): { first: string[]; rest: string; quoted: boolean } {
  const at = secondLine(raw);
  const head = raw.slice(0, raw.search(/[\r\n]/));
  return {
    first: head.split(delimiter).map((field) => field.replaceAll('"', '')),
    rest: raw.slice(at),
    quoted: head.includes('"'),
  };
}

/** The number of lines of `raw` after its first (its final line end not counted). */
export function linesAfterFirst(raw: string): number {
  const rest = raw.slice(secondLine(raw));
  const lines = rest.split(/\r\n|\n|\r/);
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
}
