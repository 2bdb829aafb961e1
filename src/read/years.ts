// The years asso accepts, everywhere (dates in journals, --year, close, FEC): one bound, so that
// a year the reader takes is one every command can write back and read again.

/** The first year accepted. */
export const MIN_YEAR = 1900;
/** The last year accepted (a far date, a typo such as 2204, is refused rather than booked). */
export const MAX_YEAR = 2199;

export function isAcceptedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}
