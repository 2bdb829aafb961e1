// Years that look like a typo in a date: a year after the fiscal year under way today, or a run
// of years cut off from the ledger's main run (2016 in books of 2025–2026). Each is a warning at
// the year's first posting, and none of them is ever the default --year.
import { warning, type Diagnostic } from '../diagnostics.js';
import { fiscalYearOf, yearEnd } from '../fiscal.js';
import { treasurerMessages } from '../messages/treasurer.js';
import type { Books, Source, YearBooks } from './year-books.js';

/** The years of `books` that look like a typo, given today (YYYY-MM-DD). */
export function outlyingYears(books: Books, today: string): Set<number> {
  const current = fiscalYearOf(books.calendar, today);
  const outlying = new Set<number>();
  const years = [...books.years.keys()].sort((a, b) => a - b);
  // Opening entries of next year written by a close on the last day are not a typo.
  for (const year of years) if (year > current && books.years.get(year)?.ownEntries) outlying.add(year);
  // Runs of consecutive years among the others: all but the main one (most entries, else the latest) are cut off.
  const runs: number[][] = [];
  for (const year of years.filter((y) => !outlying.has(y))) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === year - 1) run.push(year);
    else runs.push([year]);
  }
  const size = (run: number[]): number => run.reduce((t, y) => t + (books.years.get(y)?.entryCount ?? 0), 0);
  let main = runs[runs.length - 1];
  for (const run of runs) if (main && size(run) > size(main)) main = run;
  for (const run of runs) if (run !== main) for (const year of run) outlying.add(year);
  return outlying;
}

/** Where a year's postings begin: its earliest posting in file order. */
function firstSource(books: YearBooks): Source | undefined {
  let first: Source | undefined;
  for (const { first: source } of books.uses.values())
    if (!first || source.file < first.file || (source.file === first.file && source.line < first.line)) first = source;
  return first ?? books.openingSource;
}

/** A warning for each outlying year, at its first posting. */
export function outlyingYearDiagnostics(books: Books, today: string): Diagnostic[] {
  const outlying = outlyingYears(books, today);
  const current = fiscalYearOf(books.calendar, today);
  const others = [...books.years.keys()].filter((y) => !outlying.has(y)).sort((a, b) => a - b);
  const span = others.length ? (others.length > 1 ? `${others[0]}–${others[others.length - 1]}` : `${others[0]}`) : '';
  return [...outlying]
    .sort((a, b) => a - b)
    .map((year) => {
      const where = firstSource(books.years.get(year)!) ?? {};
      const message =
        year > current
          ? treasurerMessages.entryAfterCurrentYear(year, yearEnd(books.calendar, current))
          : treasurerMessages.isolatedYear(year, span);
      return warning('outlying-year', message, where);
    });
}
