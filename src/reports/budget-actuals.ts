// The actuals a budget is compared with, taken from the one balance engine (post/books.ts): the
// net movement per account and fiscal month, to the end of the year or to a cut-off date.
import { accountClass } from '../chart/chart.js';
import { fiscalMonthIndex, yearEnd, yearStart, type FiscalCalendar } from '../fiscal.js';
import type { Entry } from '../model.js';
import type { Cents } from '../money.js';
import type { YearBooks } from '../post/year-books.js';

export interface BudgetActuals {
  readonly year: number;
  /** Net movement (debit − credit) per account and fiscal month, opening entries excluded, to the cut-off. */
  readonly monthly: ReadonlyMap<string, readonly (Cents | undefined)[]>;
  /** Fiscal months compared: all of them for a whole year; to the month of the cut-off, inclusive, for a year under way. */
  readonly monthsElapsed: number;
  /** The cut-off date of a comparison to date; null for a whole year. */
  readonly to: string | null;
}

/** Accounts whose movements are actuals: classes 6 and 7, and 86/87 (contributions volontaires en nature). */
export function isBudgetAccount(account: string): boolean {
  const accountClassNumber = accountClass(account);
  return accountClassNumber === 6 || accountClassNumber === 7 || /^8[67]/.test(account);
}

export function monthCountOf(calendar: FiscalCalendar, year: number): number {
  return fiscalMonthIndex(calendar, year, yearEnd(calendar, year)) + 1;
}

/**
 * The period compared: the whole year when its books reach its last day and no `to` is given;
 * otherwise to date, to `to` or to the last entry, with the months elapsed counted to the month
 * of that date inclusive.
 */
export function comparisonPeriod(
  calendar: FiscalCalendar,
  year: number,
  lastDate: string,
  to?: string,
): { monthsElapsed: number; to: string | null } {
  const end = yearEnd(calendar, year);
  const cutoff = to ?? lastDate;
  if (cutoff >= end || cutoff === '') return { monthsElapsed: monthCountOf(calendar, year), to: null };
  return { monthsElapsed: fiscalMonthIndex(calendar, year, cutoff) + 1, to: cutoff };
}

/** Actuals from a year's books, which hold every entry up to its last one. */
export function actualsFromBooks(
  books: YearBooks,
  period: { monthsElapsed: number; to: string | null },
): BudgetActuals {
  return { year: books.year, monthly: books.monthly, ...period };
}

/**
 * Actuals to a date inside the year, gathered from the entries as the engine streams them
 * (`scanLedger`'s onEntry): the monthly nets of the books cannot stop in the middle of a month.
 * The calendar is only known once the ledger is read, so postings are kept until `monthly` is asked.
 */
export function actualsCollector(
  year: number,
  to: string | undefined,
  /** Only the postings of this project (the `analytic` column): `budget --project`. */
  project?: string,
): { onEntry: (entry: Entry) => void; monthly: (calendar: FiscalCalendar) => Map<string, Cents[]> } {
  const kept: { date: string; journal: string; account: string; net: Cents }[] = [];
  const onEntry = (entry: Entry): void => {
    if (entry.year !== year || (to !== undefined && entry.date > to)) return;
    for (const posting of entry.postings) {
      if (project !== undefined && (posting.fields.analytic ?? '').trim() !== project) continue;
      if (isBudgetAccount(posting.account))
        kept.push({
          date: entry.date,
          journal: entry.journal,
          account: posting.account,
          net: posting.debit - posting.credit,
        });
    }
  };
  const monthly = (calendar: FiscalCalendar): Map<string, Cents[]> => {
    const start = yearStart(calendar, year);
    const byAccount = new Map<string, Cents[]>();
    for (const { date, journal, account, net } of kept) {
      if (journal === 'AN' && date === start) continue; // opening entries are not the year's activity
      const month = fiscalMonthIndex(calendar, year, date);
      let months = byAccount.get(account);
      if (!months) byAccount.set(account, (months = []));
      months[month] = (months[month] ?? 0n) + net;
    }
    return byAccount;
  };
  return { onEntry, monthly };
}

/**
 * The books' "as of" date of each fiscal year: the latest posting on a bank or cash account (51x,
 * 53x) outside the opening entries (AN). Other entries may be dated later (an allocation, an
 * accrual), but the actuals are only known up to the last bank or cash line.
 */
export function cashAsOfTracker(): {
  onEntry: (entry: Entry) => void;
  /** The latest date by year. */
  dates: ReadonlyMap<number, string>;
} {
  const latest = new Map<number, string>();
  const onEntry = (entry: Entry): void => {
    if (entry.journal === 'AN') return;
    if (!entry.postings.some((p) => p.account.startsWith('51') || p.account.startsWith('53'))) return;
    const known = latest.get(entry.year);
    if (known === undefined || entry.date > known) latest.set(entry.year, entry.date);
  };
  return { onEntry, dates: latest };
}
