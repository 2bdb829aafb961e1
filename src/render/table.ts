// Terminal tables (chalk only here; drawn by table-draw.ts). Amounts right-aligned in French format,
// negatives red, totals bold, column headings dim; with a width (a terminal's columns), the
// widest text columns are cut in the middle with an ellipsis, and a table still too wide is split into parts.
import { visible, visibleLines } from './visible.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Cell, Document } from './document.js';
import { amountIn } from './number.js';
import type { Lang } from '../messages/text.js';
import { measureTable, tableString } from './table-draw.js';

const ELLIPSIS = '…';
/** Below this, a text column is not cut further: the table is left wider than the terminal. */
const MIN_TEXT = 12;

const length = (text: string): number => [...text].length;

/** `text` cut to `max` characters in the middle, with an ellipsis: the start and the distinguishing end
 * stay ("Total des…(I + III + V)", "Total des…(II + IV)"), so that two cut labels never read alike. */
export function cutText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return ELLIPSIS;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join('').trimEnd()}${ELLIPSIS}${chars
    .slice(chars.length - tail)
    .join('')
    .trimStart()}`;
}

/** Plain text of each cell, indentation included (before colour). */
function plainCells(doc: Document, lang: Lang): string[][] {
  return doc.rows.map((row) =>
    row.cells.map((cell, index) => {
      const text = cellText(cell, doc.euros, lang);
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

/** The width of a table whose columns are `widths` wide (borders and one space of padding each side). */
const tableWidth = (widths: readonly number[]): number => widths.reduce((t, w) => t + w + 2, 0) + widths.length + 1;

/**
 * The columns of each part of a table too wide for `width` even with its text cut: the first
 * column (the label) in every part, then as many of the others as fit; one part when it fits.
 */
export function tableParts(widths: readonly number[], width: number): number[][] {
  if (widths.length < 3 || tableWidth(widths) <= width) return [widths.map((_, index) => index)];
  const parts: number[][] = [];
  let part: number[] = [0];
  for (let index = 1; index < widths.length; index += 1) {
    const tried = [...part, index];
    if (part.length > 1 && tableWidth(tried.map((i) => widths[i]!)) > width) {
      parts.push(part);
      part = [0, index];
    } else part = tried;
  }
  parts.push(part);
  return parts;
}

export function renderTable(doc: Document, color: boolean, width?: number, lang: Lang = 'fr'): string {
  const paint: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const cells = plainCells(doc, lang);
  const limits = width ? columnLimits(doc, cells, width) : undefined;
  const shown = cells.map((row) =>
    row.map((text, index) => (limits && doc.columns[index]!.align === 'left' ? cutText(text, limits[index]!) : text)),
  );
  const parts = width
    ? tableParts(
        measureTable(
          doc.columns.map((c) => visible(c.header)),
          shown,
        ).map((w) => w - 2),
        width,
      )
    : [doc.columns.map((_, index) => index)];
  const painted = doc.rows.map((row, rowIndex) =>
    row.cells.map((cell, index) => {
      let text = shown[rowIndex]![index]!;
      if (typeof cell !== 'string' && cell.cents !== null && cell.cents < 0n) text = paint.red(text);
      if (row.style === 'total' || row.style === 'subtotal') return paint.bold(text);
      if (row.style === 'heading') return paint.bold.underline(text);
      if (row.style === 'detail') return paint.dim(text);
      return text;
    }),
  );
  const tables = parts.map((columns) =>
    tableString(
      columns.map((index) => paint.dim(visible(doc.columns[index]!.header))),
      painted.map((row) => columns.map((index) => row[index]!)),
      columns.map((index) => doc.columns[index]!.align),
    ),
  );
  const fit = (text: string): string => (width ? wrapText(text, width) : text);
  const lines = [
    paint.bold(fit(visibleLines(doc.title))),
    ...(doc.subtitle ?? []).map((line) => paint.dim(fit(visibleLines(line)))),
    tables.join('\n'),
    ...doc.notes.map((note) => fit(visibleLines(note))),
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

function cellText(cell: Cell, euros: boolean, lang: Lang): string {
  if (typeof cell === 'string') return visible(cell);
  return cell.cents === null ? '' : amountIn(cell.cents, euros, lang);
}
