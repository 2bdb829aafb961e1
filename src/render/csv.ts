// CSV for scripts: plain amounts (1234.56), every text exactly as in the books. `excel` (for a
// spreadsheet) gives `;`, decimal comma, a BOM, and text cells that cannot run as formulas.
import type { Cell, Document } from './document.js';
import { batchedLines, TextBatch } from './text-batch.js';
import { excelAmount, plainAmount } from './number.js';

export function renderCsv(doc: Document, excel = false): string {
  return [...csvChunks(doc, excel)].join('');
}

/** The CSV of `renderCsv`, a line at a time (a long listing is never held). */
export function* csvChunks(doc: Document, excel = false): Generator<string> {
  const delimiter = excel ? ';' : ',';
  // Quoted only when the text holds the delimiter, a quote or a line end: "1234,56" stays bare for Excel.
  const special = excel ? /[";\r\n]/ : /[",\r\n]/;
  const quote = (text: string): string => (special.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  // For a spreadsheet, a text cell that would start a formula is neutralised (OWASP): a leading quote, the cell quoted.
  const textCell = (text: string): string => (excel ? neutralised(text) : quote(text));
  yield `${excel ? '\ufeff' : ''}${doc.columns.map((column) => textCell(column.header)).join(delimiter)}\r\n`;
  const cellText = (cell: Cell): string => {
    if (typeof cell === 'string') return textCell(cell);
    if (cell.cents === null) return '';
    return quote(excel ? excelAmount(cell.cents, doc.euros) : plainAmount(cell.cents, doc.euros));
  };
  // The rows some 64 KB at a time, each line its cells joined by the delimiter.
  yield* batchedLines(
    doc.rows,
    (row) => {
      const cells = row.cells;
      let line = cells.length ? cellText(cells[0]!) : '';
      for (let index = 1; index < cells.length; index += 1) line += delimiter + cellText(cells[index]!);
      return line;
    },
    new TextBatch('\r\n'),
  );
}

/** A formula's first characters: = + - @, and tab or CR (which some spreadsheets skip before one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell for `--excel`: one that a spreadsheet would read as a formula gets a leading `'` and quotes. */
export function neutralised(text: string): string {
  if (!FORMULA_START.test(text)) return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  return `"'${text.replace(/"/g, '""')}"`;
}
