// Terminal tables (chalk only here; drawn by table-draw.ts). Amounts right-aligned in French format,
// negatives red, totals bold, column headings dim; with a width (a terminal's columns), the
// widest text columns are cut in the middle with an ellipsis, and a table still too wide is split into parts.
import { visible, visibleLines } from './visible.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Cell, Document, Row } from './document.js';
import { amountIn, amountWidth } from './number.js';
import type { Lang } from '../messages/text.js';
import { cellWidth, drawTable, widenColumns } from './table-draw.js';
import { batchedLines, TextBatch } from './text-batch.js';

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

/** Plain text of a row's cells, indentation included (before colour). */
function plainCells(row: Row, euros: boolean, lang: Lang): string[] {
  return row.cells.map((cell, index) => {
    const text = cellText(cell, euros, lang);
    return index === 0 && row.depth ? `${'  '.repeat(row.depth)}${text}` : text;
  });
}

/**
 * Text shown as it is and one column a character: no character visible() escapes, and only
 * characters table-draw.ts counts one column wide whatever their neighbours (U+0020–U+007E,
 * U+00A0–U+02FF, U+2000–U+20CF, less the bidirectional marks and overrides). Most cells of a
 * listing are such text: one test of the cell instead of visible()'s and cellWidth()'s.
 */
export const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u2000-\u200d\u2010-\u2029\u202f-\u2065\u206a-\u20cf]*$/;

/** The widths the text columns may take so that the table fits `width`: the widest left-aligned
 * column is narrowed first, one character at a time, none below MIN_TEXT; undefined when it fits. */
export function columnLimits(doc: Document, width: number, lang: Lang): number[] | undefined {
  const widths = doc.columns.map((column) => length(column.header));
  for (const row of doc.rows) {
    const cells = plainCells(row, doc.euros, lang);
    for (let index = 0; index < widths.length; index += 1)
      widths[index] = Math.max(widths[index]!, length(cells[index] ?? ''));
  }
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
  return [...tableChunks(doc, color, width, lang)].join('');
}

/** A cell's text painted as its row's style and its sign say (chalk at level 0 gives it back as it is). */
function paintCell(paint: ChalkInstance, cell: Cell, text: string, style: Row['style']): string {
  if (typeof cell !== 'string' && cell.cents !== null && cell.cents < 0n) text = paint.red(text);
  if (style === 'total' || style === 'subtotal') return paint.bold(text);
  if (style === 'heading') return paint.bold.underline(text);
  if (style === 'detail') return paint.dim(text);
  return text;
}

/**
 * The table of `renderTable` in pieces, a line at a time: the rows are passed over to measure the
 * columns (once more first with a width to fit), then once more to draw each part, and never held.
 */
export function* tableChunks(doc: Document, color: boolean, width?: number, lang: Lang = 'fr'): Generator<string> {
  const paint: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const limits = width ? columnLimits(doc, width, lang) : undefined;
  /** A row's texts as shown, cut to fit, before colour. */
  const textsOf = (row: Row): string[] => {
    const cells = plainCells(row, doc.euros, lang);
    if (limits)
      for (let index = 0; index < cells.length; index += 1)
        if (doc.columns[index]!.align === 'left') cells[index] = cutText(cells[index]!, limits[index]!);
    return cells;
  };
  const paintRow = (row: Row): string[] => {
    const cells = textsOf(row);
    if (!color) return cells; // colours off: chalk gives every text back as it is
    return row.cells.map((cell, index) => paintCell(paint, cell, cells[index]!, row.style));
  };
  const head = doc.columns.map((column) => paint.dim(visible(column.header)));
  const aligns = doc.columns.map((column) => column.align);
  // Each column's width depends on its own cells only: one measure serves every part. It is
  // measured on the texts before colour: a cell's escapes take no room (its text holds none of
  // its own, nor a line end: visible() shows them escaped), so it is as wide painted as plain.
  const widths = head.map((text) => cellWidth(text) + 2);
  if (limits) for (const row of doc.rows) widenColumns(widths, textsOf(row).map(cellWidth));
  else measureRows(doc.rows, widths, doc.euros, lang);
  const parts = width
    ? tableParts(
        widths.map((w) => w - 2),
        width,
      )
    : [doc.columns.map((_, index) => index)];
  const fitted = (text: string): string => (width ? wrapText(text, width) : text);
  yield `${paint.bold(fitted(visibleLines(doc.title)))}\n`;
  for (const line of doc.subtitle ?? []) yield `${paint.dim(fitted(visibleLines(line)))}\n`;
  if (parts.length === 1) {
    // The whole table in one part (nearly always): each row's line made in one go.
    const drawn = widths.slice(0, head.length);
    const frame = [...drawTable(head, [], aligns, drawn)];
    const bottom = frame.pop()!;
    const batch = new TextBatch();
    for (const line of frame) batch.line(line);
    yield* batchedLines(doc.rows, rowLiner(doc, drawn, limits, color ? paint : undefined, lang), batch);
    yield `${bottom}\n`;
  } else
    for (const columns of parts) {
      const painted = {
        *[Symbol.iterator]() {
          for (const row of doc.rows) {
            const cells = paintRow(row);
            yield columns.map((index) => cells[index]!);
          }
        },
      };
      yield* batchedLines(
        drawTable(
          columns.map((index) => head[index]!),
          painted,
          columns.map((index) => aligns[index]!),
          columns.map((index) => widths[index]!),
        ),
        (line) => line,
      );
    }
  for (const note of doc.notes) yield `${fitted(visibleLines(note))}\n`;
}

/**
 * Widens `widths` (padding included) to every row's cells before colour, as widenColumns does,
 * without an array per row: plainCells' texts measured, amounts counted without being written. A
 * plain function's loop: V8 optimises it while it runs.
 */
function measureRows(rows: Iterable<Row>, widths: number[], euros: boolean, lang: Lang): void {
  for (const row of rows) {
    const cells = row.cells;
    for (let index = 0; index < cells.length; index += 1) {
      const cell = cells[index]!;
      let width: number;
      if (index === 0 && row.depth) width = cellWidth(`${'  '.repeat(row.depth)}${cellText(cell, euros, lang)}`);
      else if (typeof cell !== 'string') width = cell.cents === null ? 0 : amountWidth(cell.cents, euros, lang);
      else width = SIMPLE.test(cell) ? cell.length : cellWidth(visible(cell));
      width += 2;
      if (!(width <= widths[index]!)) widths[index] = Math.max(width, widths[index] ?? 1);
    }
  }
}

/**
 * A row's line as drawTable draws it (`│ text  │` for each column, left or right aligned, padded to
 * the column's width), made from the row itself: its cells' texts made, cut, measured before colour
 * and painted in one pass, without the arrays of texts in between. A cell of the row holds no line
 * end (visible() shows one escaped), so a row is always one line.
 */
function rowLiner(
  doc: Document,
  widths: readonly number[],
  limits: readonly number[] | undefined,
  paint: ChalkInstance | undefined,
  lang: Lang,
): (row: Row) => string {
  const count = doc.columns.length;
  const right = doc.columns.map((column) => column.align === 'right');
  const room = doc.columns.map((_, index) => widths[index]! - 2);
  const cut = doc.columns.map((column, index) => (limits && column.align === 'left' ? limits[index]! : -1));
  // Right-aligned text goes between ' ' + padding and ' │'; left-aligned text between ' ' and padding + ' │'.
  const leads: string[] = [];
  const lead = (size: number): string => leads[size] ?? (leads[size] = ` ${' '.repeat(size)}`);
  const tails: string[] = [];
  const tail = (size: number): string => tails[size] ?? (tails[size] = `${' '.repeat(size)} │`);
  return (row) => {
    const cells = row.cells;
    let line = '│';
    for (let index = 0; index < count; index += 1) {
      const cell = cells[index];
      if (cell === undefined) {
        line += ` ${tail(room[index]!)}`;
        continue;
      }
      // The width of a simple text is its length, as is an amount's (digits, signs and narrow spaces).
      let text: string;
      let width = -1;
      if (typeof cell === 'string') {
        if (SIMPLE.test(cell)) width = cell.length;
        text = width < 0 ? visible(cell) : cell;
      } else if (cell.cents === null) text = '';
      else {
        text = amountIn(cell.cents, doc.euros, lang);
        width = text.length;
      }
      if (index === 0 && row.depth) {
        text = `${'  '.repeat(row.depth)}${text}`;
        width = -1;
      }
      if (cut[index]! >= 0) {
        text = cutText(text, cut[index]!);
        width = -1;
      }
      const gap = Math.max(0, room[index]! - (width < 0 ? cellWidth(text) : width));
      if (paint) text = paintCell(paint, cell, text, row.style);
      line += right[index] ? `${lead(gap)}${text} │` : ` ${text}${tail(gap)}`;
    }
    return line;
  };
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
