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
  if (isInert(text)) return text;
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

/** Special to Markdown or HTML here: what escapeMarkdown changes besides control characters. */
const SPECIAL = new Set([...'\\`*_[]|~&<>'].map((char) => char.charCodeAt(0)));

/** Whether escapeMarkdown leaves `text` as it is: no control character, nothing special (a loop: most cells). */
function isInert(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || SPECIAL.has(c)) return false;
    if (c >= 0x200e && (c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))) return false;
  }
  return true;
}

export function renderMarkdown(doc: Document, lang: Lang = 'fr'): string {
  return [...markdownChunks(doc, lang)].join('');
}

/** The Markdown of `renderMarkdown`, a line at a time (a long listing is never held). */
export function* markdownChunks(doc: Document, lang: Lang = 'fr'): Generator<string> {
  const escapeCell = escapeMarkdown;
  const out = [`## ${doc.title.split('\n').map(escapeMarkdown).join('\n')}`, ''];
  for (const line of doc.subtitle ?? []) out.push(`${escapeMarkdown(line)}  `);
  if (doc.subtitle?.length) out.push('');
  out.push(`| ${doc.columns.map((column) => escapeCell(column.header)).join(' | ')} |`);
  out.push(`| ${doc.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`);
  for (const line of out) yield `${line}\n`;
  for (const row of doc.rows) {
    const cells = row.cells.map((cell, index) => {
      let text =
        typeof cell === 'string' ? escapeCell(cell) : cell.cents === null ? '' : amountIn(cell.cents, doc.euros, lang);
      if (index === 0 && row.depth) text = `${'&nbsp;&nbsp;'.repeat(row.depth)}${text}`;
      if (text && (row.style === 'total' || row.style === 'subtotal' || row.style === 'heading')) text = `**${text}**`;
      if (text && row.style === 'detail') text = `*${text}*`;
      return text;
    });
    yield `| ${cells.join(' | ')} |\n`;
  }
  if (doc.notes.length)
    for (const line of ['', ...doc.notes.map((note) => `${escapeMarkdown(note)}  `)]) yield `${line}\n`;
}
