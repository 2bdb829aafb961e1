// A report ready to be shown: titled columns and styled rows. Table, CSV and Markdown render it;
// JSON is rendered from the report values themselves (render/json.ts).
import type { Cents } from '../money.js';

export type Cell = string | { readonly cents: Cents | null };

export interface Row {
  readonly cells: readonly Cell[];
  readonly style: 'normal' | 'heading' | 'subtotal' | 'total' | 'detail';
  readonly depth?: number;
}

export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** Never cut to fit a narrow terminal (a file:line, a date, a code). */
  readonly keep?: boolean;
}

export interface Document {
  readonly title: string;
  readonly subtitle?: readonly string[];
  readonly columns: readonly Column[];
  /** The rows; a long listing gives them lazily (re-iterable), each renderer passing over them as it needs. */
  readonly rows: Iterable<Row>;
  /** Lines printed under the table (balance check, rounding notes, provisional opening…). */
  readonly notes: readonly string[];
  /** Amounts are whole euros (shown without cents). */
  readonly euros: boolean;
}

export const amount = (cents: Cents | null): Cell => ({ cents });

/** Rows made as they are iterated, again at each pass: a listing's table is never held. */
export function lazyRows(make: () => Iterable<Row>): Iterable<Row> {
  return { [Symbol.iterator]: () => make()[Symbol.iterator]() };
}
