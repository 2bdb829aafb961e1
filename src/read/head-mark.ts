// The decimal mark of a journal file, settled by most of the amounts of its head rather than by
// the first one: a single 5000.00 at the top of a decimal-comma file is then the one blamed, not
// the hundreds of correct amounts after it.
import { closeSync, openSync, readSync } from 'node:fs';
import { settlingMark, type DecimalMark } from './amount.js';
import { mapColumns } from './columns.js';
import { isBlankRecord, parseRecords } from './csv.js';
import { decodeCp1252, detectDelimiter, detectEol } from './text.js';

const HEAD = 256 << 10;

/** The mark most settling amounts of the file's first 256 KB use; undefined when none settles it or they tie. */
export function headMark(fd: number): DecimalMark | undefined {
  const buffer = Buffer.allocUnsafe(HEAD);
  const bytes = buffer.subarray(0, readSync(fd, buffer, 0, HEAD, 0));
  let text = bytes.toString('utf8');
  if (text.includes('\ufffd')) text = decodeCp1252(bytes);
  if (bytes.length === HEAD) text = text.slice(0, Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
  return markOfHead(text);
}

/**
 * The vote of `text` (a file's head, whole lines). Text without a quote is cut at its line ends
 * and delimiters, which is exactly what csv-parse reads from it, at a fraction of the cost (every
 * command reads every journal's head); with a quote, or `reference`, csv-parse reads it.
 */
export function markOfHead(text: string, reference = false): DecimalMark | undefined {
  const delimiter = detectDelimiter(text);
  const eol = detectEol(text) || '\n';
  let columns: number[] | undefined;
  const votes = { '.': 0, ',': 0 };
  const onRow = ({ fields }: { fields: readonly string[] }): void => {
    if (columns === undefined) {
      const index = mapColumns(fields).index;
      columns = [index.debit, index.credit, index.amount].filter((at): at is number => at !== undefined);
      return;
    }
    for (const at of columns) {
      const mark = settlingMark((fields[at] ?? '').trim());
      if (mark) votes[mark] += 1;
    }
  };
  const body = text.replace(/^\ufeff/, '');
  if (reference || body.includes('"')) parseRecords(body, { delimiter, eol, line: 1 }, onRow, () => {});
  else
    for (const line of body.split(eol)) {
      const fields = line.split(delimiter);
      if (!isBlankRecord(fields)) onRow({ fields });
    }
  return votes['.'] > votes[','] ? '.' : votes[','] > votes['.'] ? ',' : undefined;
}

/** headMark of the file at `path`; undefined when it cannot be read (the reading reports why). */
export function headMarkOf(path: string): DecimalMark | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    return headMark(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
