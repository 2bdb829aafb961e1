// CSV for scripts: plain amounts (1234.56); `excel` gives `;`, decimal comma and a BOM.
import type { Document } from './document.js';
import { excelAmount, plainAmount } from './number.js';

export function renderCsv(doc: Document, excel = false): string {
  const delimiter = excel ? ';' : ',';
  // Quoted only when the text holds the delimiter, a quote or a line end: "1234,56" stays bare for Excel.
  const special = excel ? /[";\r\n]/ : /[",\r\n]/;
  const quote = (text: string): string => (special.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [doc.columns.map((column) => quote(column.header)).join(delimiter)];
  for (const row of doc.rows) {
    lines.push(
      row.cells
        .map((cell) => {
          if (typeof cell === 'string') return quote(cell);
          if (cell.cents === null) return '';
          return quote(excel ? excelAmount(cell.cents, doc.euros) : plainAmount(cell.cents, doc.euros));
        })
        .join(delimiter),
    );
  }
  return `${excel ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
