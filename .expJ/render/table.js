// Terminal tables (cli-table3 + chalk, only here).
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { frenchAmount } from './number.js';
export function renderTable(doc, color) {
    const paint = new Chalk({ level: color ? 1 : 0 });
    const table = new Table({
        head: doc.columns.map((column) => paint.bold(column.header)),
        colAligns: doc.columns.map((column) => column.align),
        style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
        chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const row of doc.rows) {
        table.push(row.cells.map((cell, index) => {
            let text = cellText(cell, doc.euros);
            if (index === 0 && row.depth)
                text = `${'  '.repeat(row.depth)}${text}`;
            if (typeof cell !== 'string' && cell.cents !== null && cell.cents < 0n)
                text = paint.red(text);
            if (row.style === 'total' || row.style === 'subtotal')
                return paint.bold(text);
            if (row.style === 'heading')
                return paint.bold.underline(text);
            if (row.style === 'detail')
                return paint.dim(text);
            return text;
        }));
    }
    const lines = [paint.bold(doc.title), ...(doc.subtitle ?? []).map((line) => paint.dim(line)), table.toString(), ...doc.notes];
    return `${lines.join('\n')}\n`;
}
function cellText(cell, euros) {
    if (typeof cell === 'string')
        return cell;
    return cell.cents === null ? '' : frenchAmount(cell.cents, euros);
}
