import { excelAmount, plainAmount } from './number.js';
export function renderCsv(doc, excel = false) {
    const delimiter = excel ? ';' : ',';
    const quote = (text) => (/[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const lines = [doc.columns.map((column) => quote(column.header)).join(delimiter)];
    for (const row of doc.rows) {
        lines.push(row.cells.map((cell) => {
            if (typeof cell === 'string')
                return quote(cell);
            if (cell.cents === null)
                return '';
            return quote(excel ? excelAmount(cell.cents, doc.euros) : plainAmount(cell.cents, doc.euros));
        }).join(delimiter));
    }
    return `${excel ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
