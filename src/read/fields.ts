// A line cut into fields: the bounds of each field in the text it stands in, found without
// making a string (splitLine, splitFields), and a field's text when it is wanted (fieldText).

/** Field bounds of one line: for field i, text.slice(bounds[2i], bounds[2i+1]); `escaped` when it held doubled quotes. */
export interface FieldBounds {
  readonly bounds: Int32Array;
  count: number;
  /** Bit i set: field i was quoted and holds doubled quotes to undo. */
  escaped: number;
}

/** The text field of `text` between `start` and `end` (content of a quoted field, doubled quotes undone). */
export function fieldText(text: string, fields: FieldBounds, i: number): string {
  const value = text.slice(fields.bounds[2 * i]!, fields.bounds[2 * i + 1]!);
  return fields.escaped & (1 << i) ? value.replaceAll('""', '"') : value;
}

/**
 * Cuts [start, end), which holds no CR, into fields as splitFields does; `quote` is where its
 * first quote is (−1: none). Delimiters and quotes are found by indexOf, not character by character.
 */
export function splitLine(
  text: string,
  start: number,
  end: number,
  delimiter: string,
  fields: FieldBounds,
  firstQuote: number,
): boolean {
  const d = delimiter.charCodeAt(0);
  const bounds = fields.bounds;
  const max = bounds.length >> 1;
  let count = 0;
  let escaped = 0;
  let pos = start;
  // The next quote at or after `pos`, or end + 1 when there is none before the end.
  let quote = firstQuote < 0 ? end + 1 : firstQuote;
  for (;;) {
    if (count === max) return false;
    if (pos === quote) {
      // Quoted field: up to the closing quote, doubled quotes inside.
      let q = pos + 1;
      let doubled = false;
      for (;;) {
        q = text.indexOf('"', q);
        if (q < 0 || q >= end) return false;
        if (q + 1 < end && text.charCodeAt(q + 1) === 34) {
          doubled = true;
          q += 2;
          continue;
        }
        break;
      }
      bounds[2 * count] = pos + 1;
      bounds[2 * count + 1] = q;
      if (doubled) {
        if (count >= 31) return false;
        escaped |= 1 << count;
      }
      count += 1;
      pos = q + 1;
      if (pos === end) break;
      if (text.charCodeAt(pos) !== d) return false;
      pos += 1;
      quote = text.indexOf('"', pos);
      if (quote < 0 || quote >= end) quote = end + 1;
      continue;
    }
    let next = text.indexOf(delimiter, pos);
    if (next < 0 || next > end) next = end;
    // A quote inside an unquoted field: not of the common shape.
    if (quote < next) return false;
    bounds[2 * count] = pos;
    bounds[2 * count + 1] = next;
    count += 1;
    if (next === end) break;
    pos = next + 1;
  }
  fields.count = count;
  fields.escaped = escaped;
  return true;
}

/**
 * Cuts [start, end) into fields. Returns false when the line is not of the common shape:
 * a quote inside an unquoted field, a quoted field not closed on the line or followed by
 * anything but the delimiter, a CR outside a quoted field, or more fields than the bounds hold.
 * splitLine cuts; a CR, which splitLine's callers have ruled out, is looked for only when there is one.
 */
export function splitFields(text: string, start: number, end: number, delimiter: string, fields: FieldBounds): boolean {
  const quote = text.indexOf('"', start);
  if (!splitLine(text, start, end, delimiter, fields, quote >= 0 && quote < end ? quote : -1)) return false;
  const cr = text.indexOf('\r', start);
  if (cr < 0 || cr >= end) return true;
  // A quoted field starts after its quote; an unquoted one at the line's start or after a delimiter.
  const bounds = fields.bounds;
  for (let i = 0; i < fields.count; i += 1) {
    const from = bounds[2 * i]!;
    const quoted = from > start && text.charCodeAt(from - 1) === 34;
    if (!quoted) {
      const at = text.indexOf('\r', from);
      if (at >= 0 && at < bounds[2 * i + 1]!) return false;
    }
  }
  return true;
}
