// Markdown: the same table, French number format, for reports and minutes.
import type { Document } from './document.js';
import { frenchAmount } from './number.js';

export function renderMarkdown(doc: Document): string {
  const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');
  const out = [`## ${doc.title}`, ''];
  for (const line of doc.subtitle ?? []) out.push(`${line}  `);
  if (doc.subtitle?.length) out.push('');
  out.push(`| ${doc.columns.map((column) => escapeCell(column.header)).join(' | ')} |`);
  out.push(`| ${doc.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`);
  for (const row of doc.rows) {
    const cells = row.cells.map((cell, index) => {
      let text =
        typeof cell === 'string' ? escapeCell(cell) : cell.cents === null ? '' : frenchAmount(cell.cents, doc.euros);
      if (index === 0 && row.depth) text = `${'&nbsp;&nbsp;'.repeat(row.depth)}${text}`;
      if (text && (row.style === 'total' || row.style === 'subtotal' || row.style === 'heading')) text = `**${text}**`;
      if (text && row.style === 'detail') text = `*${text}*`;
      return text;
    });
    out.push(`| ${cells.join(' | ')} |`);
  }
  if (doc.notes.length) out.push('', ...doc.notes.map((note) => `${note}  `));
  return `${out.join('\n')}\n`;
}
