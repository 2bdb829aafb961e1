// Draws a boxed terminal table row by row, in time linear in its cells: the same bytes as
// cli-table3 (compact, one space of padding, no separator lines, no colours of its own) gave
// for the same cells, without its layout pass, which is quadratic in rows. The column widths are
// measured first (`measureTable`), so that a long listing can be measured in one pass over its
// rows and drawn in a second, a line at a time, without holding the table.
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

/** SGR escapes (colours, bold…), which take no room on the terminal: the ones cli-table3 strips. */
const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;
const SGR_CAPTURE = /\u001b\[((?:\d*;){0,5}\d*)m/g;
/**
 * Characters one column wide each, whatever their neighbours (checked against string-width by the
 * tests): Latin, punctuation and currency signs, arrows and mathematical operators (the minus sign).
 */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2000-\u20cf\u2190-\u22ff]*$/;

const lineWidth = (line: string): number => (NARROW.test(line) ? line.length : stringWidth(line));

/** Columns a cell takes: its widest line, escapes left out. */
export function cellWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let widest = 0;
  for (const line of text.replace(SGR, '').split('\n')) widest = Math.max(widest, lineWidth(line));
  return widest;
}

/** The width of each column, padding included, for the header and every row. */
export function measureTable(head: readonly string[], rows: Iterable<readonly string[]>): number[] {
  const widths = head.map((text) => cellWidth(text) + 2);
  for (const row of rows) widenColumns(widths, row.map(cellWidth));
  return widths;
}

/**
 * Widens `widths` (padding included, as measureTable's) to a row whose cells take `cells` columns
 * (cellWidth of each, which a caller may count without making the text).
 */
export function widenColumns(widths: number[], cells: readonly number[]): void {
  for (let index = 0; index < cells.length; index += 1) {
    const width = cells[index]! + 2;
    if (!(width <= widths[index]!)) widths[index] = Math.max(width, widths[index] ?? 1);
  }
}

/** The lines of the table: its top, header, rows and bottom, each without its newline. */
export function* drawTable(
  head: readonly string[],
  rows: Iterable<readonly string[]>,
  aligns: readonly Align[],
  widths: readonly number[],
): Generator<string> {
  yield border(widths, '┌', '┬', '┐');
  yield* drawRow(head, aligns, widths);
  // A row of one line (nearly all of them) is drawn without a generator of its own.
  for (const row of rows)
    if (oneLine(row)) yield drawLine(row, aligns, widths);
    else yield* drawRow(row, aligns, widths);
  yield border(widths, '└', '┴', '┘');
}

function oneLine(row: readonly string[]): boolean {
  for (let index = 0; index < row.length; index += 1) if (row[index]!.includes('\n')) return false;
  return true;
}

/** The whole table as one string (no final newline), the widths measured on its cells. */
export function tableString(head: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[]) {
  return [...drawTable(head, rows, aligns, measureTable(head, rows))].join('\n');
}

function border(widths: readonly number[], left: string, middle: string, right: string): string {
  return `${left}${widths.map((width) => '─'.repeat(width)).join(middle)}${right}`;
}

function* drawRow(row: readonly string[], aligns: readonly Align[], widths: readonly number[]): Generator<string> {
  if (oneLine(row)) {
    yield drawLine(row, aligns, widths);
    return;
  }
  // Cells of several lines: each line carries the colours still open, as cli-table3 did.
  const lines = row.map((text) => colorizeLines(text.split('\n')));
  const height = Math.max(...lines.map((cell) => cell.length));
  for (let at = 0; at < height; at += 1)
    yield drawLine(
      lines.map((cell) => cell[at]),
      aligns,
      widths,
    );
}

function drawLine(cells: readonly (string | undefined)[], aligns: readonly Align[], widths: readonly number[]): string {
  let line = '│';
  for (let index = 0; index < widths.length; index += 1) {
    const text = cells[index];
    const room = widths[index]! - 2;
    if (text === undefined) line += ' '.repeat(room + 2);
    else {
      const pad = ' '.repeat(Math.max(0, room - cellWidth(text)));
      line += aligns[index] === 'right' ? ` ${pad}${text} ` : ` ${text}${pad} `;
    }
    line += '│';
  }
  return line;
}

// cli-table3's carrying of styles over the lines of a cell (utils.colorizeLines): each line
// reopens the styles left open by the one before and closes its own at its end.
type StyleState = Record<string, string | boolean>;
const STYLES: Record<string, { on: string; off: string }> = {};
const CODES: Record<string, { set: string; to: boolean }> = {};
for (const [name, on, off] of [
  ['bold', 1, 22],
  ['italics', 3, 23],
  ['underline', 4, 24],
  ['inverse', 7, 27],
  ['strikethrough', 9, 29],
] as const) {
  STYLES[name] = { on: `\u001b[${on}m`, off: `\u001b[${off}m` };
  CODES[`\u001b[${on}m`] = { set: name, to: true };
  CODES[`\u001b[${off}m`] = { set: name, to: false };
}

function colorizeLines(input: readonly string[]): string[] {
  let state: StyleState = {};
  return input.map((text) => {
    const line = rewind(state, text);
    state = readState(line);
    return unwind({ ...state }, line);
  });
}

function readState(line: string): StyleState {
  const state: StyleState = {};
  for (const match of line.matchAll(SGR_CAPTURE)) {
    const code = match[1] ? Number.parseInt(match[1].split(';')[0]!, 10) : 0;
    if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) state.lastForegroundAdded = match[0];
    else if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) state.lastBackgroundAdded = match[0];
    else if (code === 0) for (const key of Object.keys(state)) delete state[key];
    else {
      const info = CODES[match[0]];
      if (info) state[info.set] = info.to;
    }
  }
  return state;
}

function split(state: StyleState): { styles: string[]; background: unknown; foreground: unknown } {
  const { lastBackgroundAdded: background, lastForegroundAdded: foreground, ...rest } = state;
  return { styles: Object.keys(rest).filter((key) => rest[key]), background, foreground };
}

function unwind(state: StyleState, line: string): string {
  const { styles, background, foreground } = split(state);
  let out = line;
  for (const key of styles) out += STYLES[key]!.off;
  if (background && background !== '\u001b[49m') out += '\u001b[49m';
  if (foreground && foreground !== '\u001b[39m') out += '\u001b[39m';
  return out;
}

function rewind(state: StyleState, line: string): string {
  const { styles, background, foreground } = split(state);
  let out = line;
  for (const key of styles) out = STYLES[key]!.on + out;
  if (background && background !== '\u001b[49m') out = `${background}${out}`;
  if (foreground && foreground !== '\u001b[39m') out = `${foreground}${out}`;
  return out;
}
