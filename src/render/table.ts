// Terminal tables (chalk only here; drawn by table-draw.ts). Amounts right-aligned in French format,
// negatives red, totals bold, column headings dim; with a width (a terminal's columns), the
// widest text columns are cut with an ellipsis so that the table fits.
import { visible, visibleLines } from './visible.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Cell, Document } from './document.js';
import { frenchAmount } from './number.js';
import { tableString } from './table-draw.js';

const ELLIPSIS = '…';
/** Below this, a text column is not cut further: the table is left wider than the terminal. */
const MIN_TEXT = 12;

const length = (text: string): number => [...text].length;

export function cutText(text: string, max: number): string {
  if (length(text) <= max) return text;
  return `${[...text]
    .slice(0, Math.max(1, max - 1))
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/** Plain text of each cell, indentation included (before colour). */
function plainCells(doc: Document): string[][] {
  return doc.rows.map((row) =>
    row.cells.map((cell, index) => {
      const text = cellText(cell, doc.euros);
      return index === 0 && row.depth ? `${'  '.repeat(row.depth)}${text}` : text;
    }),
  );
}

/** The widths the text columns may take so that the table fits `width`: the widest left-aligned
 * column is narrowed first, one character at a time, none below MIN_TEXT; undefined when it fits. */
function columnLimits(doc: Document, cells: string[][], width: number): number[] | undefined {
  const widths = doc.columns.map((column, index) =>
    Math.max(length(column.header), ...cells.map((row) => length(row[index] ?? ''))),
  );
  let total = widths.reduce((t, w) => t + w + 2, 0) + widths.length + 1;
  if (total <= width) return undefined;
  while (total > width) {
    let widest = -1;
    doc.columns.forEach((c, index) => {
      if (
        c.align === 'left' &&
        !c.keep &&
        widths[index]! > MIN_TEXT &&
        (widest < 0 || widths[index]! > widths[widest]!)
      )
        widest = index;
    });
    if (widest < 0) break;
    widths[widest] = widths[widest]! - 1;
    total -= 1;
  }
  return widths;
}

export function renderTable(doc: Document, color: boolean, width?: number): string {
  const paint: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const cells = plainCells(doc);
  const limits = width ? columnLimits(doc, cells, width) : undefined;
  const painted = doc.rows.map((row, rowIndex) =>
    row.cells.map((cell, index) => {
      let text = cells[rowIndex]![index]!;
      if (limits && doc.columns[index]!.align === 'left') text = cutText(text, limits[index]!);
      if (typeof cell !== 'string' && cell.cents !== null && cell.cents < 0n) text = paint.red(text);
      if (row.style === 'total' || row.style === 'subtotal') return paint.bold(text);
      if (row.style === 'heading') return paint.bold.underline(text);
      if (row.style === 'detail') return paint.dim(text);
      return text;
    }),
  );
  const table = tableString(
    doc.columns.map((column) => paint.dim(visible(column.header))),
    painted,
    doc.columns.map((column) => column.align),
  );
  const lines = [
    paint.bold(visibleLines(doc.title)),
    ...(doc.subtitle ?? []).map((line) => paint.dim(visibleLines(line))),
    table,
    ...doc.notes.map((note) => (width ? wrapText(visibleLines(note), width) : visibleLines(note))),
  ];
  return `${lines.join('\n')}\n`;
}

/** Wraps text at spaces to `width` columns (no-break spaces hold amounts together). */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (!line || length(line) + 1 + length(word) <= width) {
      line = line ? `${line} ${word}` : word;
      continue;
    }
    // Punctuation that French sets after a space (" :", " ;", " %") goes down with the word before it.
    const cut = /^[:;!?%€»]/.test(word) ? line.lastIndexOf(' ') : -1;
    if (cut > 0) {
      lines.push(line.slice(0, cut));
      line = `${line.slice(cut + 1)} ${word}`;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function cellText(cell: Cell, euros: boolean): string {
  if (typeof cell === 'string') return visible(cell);
  return cell.cents === null ? '' : frenchAmount(cell.cents, euros);
}
