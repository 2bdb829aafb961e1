// Markdown: the same table, French number format, for reports and minutes.
import type { Document } from './document.js';
import { amountIn } from './number.js';
import type { Lang } from '../messages/text.js';
import { visible } from './visible.js';

/**
 * Text from the books as inert Markdown: HTML (`<script>`, `<img onerror>`) shown as text, and
 * every character Markdown gives a meaning to (emphasis, code, links, tables, headings, lists)
 * backslash-escaped; a line end inside a cell becomes <br>; control characters are shown escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      visible(line)
        .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
        .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;') // an entity only: a lone & is text
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'),
    )
    .join('<br>');
}

export function renderMarkdown(doc: Document, lang: Lang = 'fr'): string {
  const escapeCell = escapeMarkdown;
  const out = [`## ${doc.title.split('\n').map(escapeMarkdown).join('\n')}`, ''];
  for (const line of doc.subtitle ?? []) out.push(`${escapeMarkdown(line)}  `);
  if (doc.subtitle?.length) out.push('');
  out.push(`| ${doc.columns.map((column) => escapeCell(column.header)).join(' | ')} |`);
  out.push(`| ${doc.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`);
  for (const row of doc.rows) {
    const cells = row.cells.map((cell, index) => {
      let text =
        typeof cell === 'string' ? escapeCell(cell) : cell.cents === null ? '' : amountIn(cell.cents, doc.euros, lang);
      if (index === 0 && row.depth) text = `${'&nbsp;&nbsp;'.repeat(row.depth)}${text}`;
      if (text && (row.style === 'total' || row.style === 'subtotal' || row.style === 'heading')) text = `**${text}**`;
      if (text && row.style === 'detail') text = `*${text}*`;
      return text;
    });
    out.push(`| ${cells.join(' | ')} |`);
  }
  if (doc.notes.length) out.push('', ...doc.notes.map((note) => `${escapeMarkdown(note)}  `));
  return `${out.join('\n')}\n`;
}
