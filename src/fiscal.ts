// Fiscal years: named by the calendar year they start in; they may start on any day, and the
// first year may be of irregular length.
import { addDays } from './date.js';

export interface FiscalCalendar {
  /** MM-DD of the first day of every regular year. */
  readonly start: string;
  readonly firstYear?: { readonly start: string; readonly end: string };
}

export function fiscalYearOf(calendar: FiscalCalendar, date: string): number {
  const first = calendar.firstYear;
  if (first && date >= first.start && date <= first.end) return parseInt(first.start.slice(0, 4), 10);
  const year = parseInt(date.slice(0, 4), 10);
  return date.slice(5) >= calendar.start ? year : year - 1;
}

export function yearStart(calendar: FiscalCalendar, year: number): string {
  const first = calendar.firstYear;
  if (first && year === parseInt(first.start.slice(0, 4), 10)) return first.start;
  return `${year}-${calendar.start}`;
}

/** The first and last days of fiscal year `year`. */
export function fiscalPeriod(calendar: FiscalCalendar, year: number): { start: string; end: string } {
  return { start: yearStart(calendar, year), end: yearEnd(calendar, year) };
}

export function yearEnd(calendar: FiscalCalendar, year: number): string {
  const first = calendar.firstYear;
  if (first && year === parseInt(first.start.slice(0, 4), 10)) return first.end;
  return addDays(yearStart(calendar, year + 1), -1);
}

/** Index of the fiscal month of `date` (0 for the month the year starts in). */
export function fiscalMonthIndex(calendar: FiscalCalendar, year: number, date: string): number {
  const start = yearStart(calendar, year);
  return (
    (parseInt(date.slice(0, 4), 10) - parseInt(start.slice(0, 4), 10)) * 12 +
    parseInt(date.slice(5, 7), 10) -
    parseInt(start.slice(5, 7), 10)
  );
}
