// Date cells → ISO dates (YYYY-MM-DD), refusing impossible dates, impossible times and years
// outside the bound every command shares (years.ts).
import { readMessages } from './messages/read.js';
import type { Message } from './messages/text.js';
import { isAcceptedYear, MAX_YEAR, MIN_YEAR } from './read/years.js';

export type ParsedDate = { ok: true; date: string } | { ok: false; message: Message };

const TIME = /(?<=\d)[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

export function parseDate(cell: string): ParsedDate {
  // A time of day after the date (spreadsheet and bank exports: "15/01/2024 00:00:00") is dropped, once it is a real time.
  const trimmed = cell.trim();
  const time = TIME.exec(trimmed);
  if (time && (+time[1]! > 23 || +time[2]! > 59 || +(time[3] ?? 0) > 59))
    return { ok: false, message: readMessages.badTime(cell) };
  const text = time ? trimmed.slice(0, time.index) : trimmed;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let year: string, month: string, day: string;
  if (match) [, year, month, day] = match as unknown as [string, string, string, string];
  else if ((match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)))
    [, day, month, year] = match as unknown as [string, string, string, string];
  else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(text)))
    [, year, month, day] = match as unknown as [string, string, string, string];
  else
    return {
      ok: false,
      message: text === '' ? readMessages.emptyDate() : readMessages.notADate(cell),
    };
  if (!isAcceptedYear(+year)) return { ok: false, message: readMessages.yearOutOfRange(cell, MIN_YEAR, MAX_YEAR) };
  if (!isRealDate(+year, +month, +day))
    return {
      ok: false,
      message: readMessages.notARealDate(cell, day, month),
    };
  return { ok: true, date: `${year}-${month}-${day}` };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The ISO date `days` after `date` (negative to go back). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map((part) => parseInt(part, 10)) as [number, number, number];
  const epoch = Date.UTC(y, m - 1, d) + days * 86_400_000;
  return new Date(epoch).toISOString().slice(0, 10);
}

export function frenchDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
