// The rows a journal file is read into, and the byte ranges a large file is split into: the types
// shared by the reader (journal.ts), its fast path (fast-row.ts), the splitter (split.ts) and the
// posting (post/), in a module of their own so that none of them imports another for its types.
import type { RowCents } from '../money.js';
import type { DecimalMark } from './amount.js';
import type { ByteRange } from './csv-stream.js';

export interface JournalRow {
  readonly file: string;
  readonly line: number;
  /** Empty when the date cell is not a valid date (the problem is reported). */
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  /** What groups rows into an entry: the piece, or in a FEC file the EcritureNum. */
  readonly group: string;
  readonly account: string;
  readonly label: string;
  /** Cents: a safe integer, a bigint only beyond 2^53 (money.ts `RowCents`). */
  readonly debit: RowCents;
  readonly credit: RowCents;
  readonly aux: string;
  readonly auxLabel: string;
  readonly fields: Readonly<Record<string, string>>;
  /** false when a problem of the row was reported: its entry is not posted. */
  readonly valid: boolean;
  /** The row's fields could not be told apart (ragged, or a CSV syntax problem): its cells are not checked. */
  readonly damaged?: boolean;
}

export interface JournalRange extends ByteRange {
  readonly header?: readonly string[];
  readonly mark?: DecimalMark;
}
