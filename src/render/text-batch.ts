// Long listings written some 64 KB at a time: the lines of a table, Markdown or CSV gathered and
// joined once per batch, rather than handed one by one through the generators that pass them on.

/** Lines gathered and given back some 64 KB at a time (fewer pieces for the writer to pass along). */
export class TextBatch {
  private readonly lines: string[] = [];
  private size = 0;
  /** `ending` closes every line: a newline, or CSV's CR LF. */
  constructor(private readonly ending = '\n') {}

  /** A whole line, without its ending. */
  line(text: string): void {
    this.lines.push(text);
    this.size += text.length + 1;
  }

  /** Whether the text gathered has reached 64 KB. */
  isFull(): boolean {
    return this.size >= 1 << 16;
  }

  /** The text gathered, if any, every line ended. */
  take(): string | undefined {
    if (!this.lines.length) return undefined;
    this.lines.push('');
    const text = this.lines.join(this.ending);
    this.lines.length = 0;
    this.size = 0;
    return text;
  }
}

/**
 * The lines of `rows` (`lineOf` each; undefined for a row that gives none), some 64 KB at a time.
 * The loop over the rows is a plain function rather than the generator's own: V8 optimises a long
 * loop while it runs (on-stack replacement) in a plain function only.
 */
export function* batchedLines<T>(
  rows: Iterable<T>,
  lineOf: (row: T) => string,
  batch: TextBatch = new TextBatch(),
): Generator<string> {
  const iterator = rows[Symbol.iterator]();
  while (fill(iterator, lineOf, batch)) yield batch.take()!;
  const rest = batch.take();
  if (rest !== undefined) yield rest;
}

/** Adds the lines of the rows to `batch` until it is full (true) or the rows end (false). */
function fill<T>(rows: Iterator<T>, lineOf: (row: T) => string, batch: TextBatch): boolean {
  for (let next = rows.next(); !next.done; next = rows.next()) {
    batch.line(lineOf(next.value));
    if (batch.isFull()) return true;
  }
  return false;
}
