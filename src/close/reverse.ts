// The reversing entry (contre-passation) of an entry, the only correction once an entry is
// final (§4.7): every row on the other side, in journal EX, dated in an open year, its piece
// naming the original, written to journal/<year of the date>-corrections.csv.
import { closeMessages } from '../messages/close.js';
import type { Text } from '../messages/text.js';
import { fiscalYearOf, type FiscalCalendar } from '../fiscal.js';
import type { Entry } from '../model.js';
import { frenchDate } from '../date.js';
import { reversingLines } from './accruals.js';
import type { JournalLine } from './journal-csv.js';

export const correctionsFileOf = (year: number): string => `journal/${year}-corrections.csv`;

export function reversalPiece(entry: { journal: string; piece: string }): string {
  return `EXT-${entry.journal}-${entry.piece}`;
}

export interface ReverseInput {
  readonly calendar: FiscalCalendar;
  readonly entry: Entry;
  readonly date: string;
  /** Closed years (sealed). */
  readonly sealedYears: ReadonlySet<number>;
  /** Entries (journal and piece) already booked in the year of `date`. */
  readonly existingPieces: ReadonlySet<string>;
}

export function planReversal(
  input: ReverseInput,
): { refusals: Text[] } | { refusals?: undefined; year: number; lines: JournalLine[] } {
  const { entry, date } = input;
  const year = fiscalYearOf(input.calendar, date);
  const refusals: Text[] = [];
  if (input.sealedYears.has(year)) refusals.push(closeMessages.reverseInClosed(year));
  if (date < entry.date) refusals.push(closeMessages.reverseBefore(date, entry.date));
  const piece = reversalPiece(entry);
  if (input.existingPieces.has(`EX ${piece}`))
    refusals.push(closeMessages.alreadyReversed(`${entry.journal} ${entry.piece}`, year, piece));
  if (refusals.length) return { refusals };
  return {
    year,
    lines: reversingLines(
      entry,
      date,
      'EX',
      piece,
      (label) => `Contre-passation ${entry.journal} ${entry.piece} du ${frenchDate(entry.date)} : ${label}`,
    ),
  };
}
