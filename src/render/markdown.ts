// Markdown: the same table, French number format, for reports and minutes.
import type { Document } from './document.js';
import { amountIn } from './number.js';
import type { Lang } from '../messages/text.js';
import { visible } from './visible.js';
import { batchedLines } from './text-batch.js';

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

/**
 * What escapeMarkdown changes: a control character (visible's), or a character special to Markdown
 * or HTML here. Tested by a regular expression rather than a loop over charCodeAt, which is three to
 * four times slower on a listing's strings of several kinds (megamorphic property loads).
 */
const NOT_INERT = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\\`*_[\]|~&<>]/;

/** Whether escapeMarkdown leaves `text` as it is: no control character, nothing special (most cells). */
function isInert(text: string): boolean {
  return !NOT_INERT.test(text);
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
  yield `${out.join('\n')}\n`;
  // `| a | b |`: each cell's text between ' ' and ' |' (no cell: `|  |`), the rows some 64 KB at a time.
  yield* batchedLines(doc.rows, (row) => {
    const cells = row.cells;
    if (!cells.length) return '|  |';
    let line = '|';
    for (let index = 0; index < cells.length; index += 1) {
      const cell = cells[index]!;
      let text =
        typeof cell === 'string' ? escapeCell(cell) : cell.cents === null ? '' : amountIn(cell.cents, doc.euros, lang);
      if (index === 0 && row.depth) text = `${'&nbsp;&nbsp;'.repeat(row.depth)}${text}`;
      if (text && (row.style === 'total' || row.style === 'subtotal' || row.style === 'heading')) text = `**${text}**`;
      if (text && row.style === 'detail') text = `*${text}*`;
      line += ` ${text} |`;
    }
    return line;
  });
  if (doc.notes.length)
    for (const line of ['', ...doc.notes.map((note) => `${escapeMarkdown(note)}  `)]) yield `${line}\n`;
}
