// The files a close writes, relative to the ledger folder: kept apart so that checking a seal
// does not load the code that plans a close.
export const openingFileOf = (nextYear: number): string => `journal/${nextYear}-opening.csv`;
export const reversalsFileOf = (nextYear: number): string => `journal/${nextYear}-reversals.csv`;
export const sealFileOf = (year: number): string => `locks/${year}.json`;
/** The record a close writes first: the fingerprint of the books it started from (kept after the seal). */
export const startedFileOf = (year: number): string => `locks/${year}.started.json`;
