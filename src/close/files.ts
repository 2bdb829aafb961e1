// The files a close writes, relative to the ledger folder: kept apart so that checking a seal
// does not load the code that plans a close.
export const openingFileOf = (nextYear: number): string => `journal/${nextYear}-opening.csv`;
export const reversalsFileOf = (nextYear: number): string => `journal/${nextYear}-reversals.csv`;
export const sealFileOf = (year: number): string => `locks/${year}.json`;
