// The year in a title: "Bilan 2025" for a calendar year; "Bilan — Exercice du 01/09/2025 au
// 31/08/2026" for a year that is not one (a September-to-August year, an irregular first year).
import { say, type Text } from '../messages/text.js';
import { periodMessages } from '../messages/treasurer.js';
import type { Lang } from './statement-line.js';

/** The first and last days of a fiscal year (YYYY-MM-DD). */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/** Whether `period` is the calendar year `year` (no period given: taken as one). */
export function isCalendarYear(year: number, period: Period | undefined): boolean {
  return !period || (period.start === `${year}-01-01` && period.end === `${year}-12-31`);
}

/** The year as a title names it: its number for a calendar year, else the Text of its days. */
export function yearName(year: number, period: Period | undefined): number | Text {
  return !period || isCalendarYear(year, period) ? year : periodMessages.financialYear(period.start, period.end);
}

/** `what` followed by the year: its number for a calendar year, else its first and last days. */
export function yearTitle(what: string, year: number, period: Period | undefined, lang: Lang): string {
  return !period || isCalendarYear(year, period)
    ? `${what} ${year}`
    : `${what} — ${say(periodMessages.financialYear(period.start, period.end), lang)}`;
}
