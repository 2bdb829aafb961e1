// Straight-line depreciation, prorata temporis by days: the charge of a fiscal year is the annual
// charge × the days the asset is held in it (from its start or the year's first day, to the
// year's last day or the disposal, both included) / 365, or 366 when the year holds a 29 February
// (an 18-month first year gets its 18 months). Each year is rounded half up to the cent; the
// year the plan ends takes what is left, so the years sum to the cost. An investment subsidy is
// released in step: its share of the depreciation to date, rounded, less what was released before.
import { Decimal } from 'decimal.js';
import { yearEnd, yearStart, fiscalYearOf, type FiscalCalendar } from '../fiscal.js';
import type { Cents } from '../money.js';
import type { Asset } from './asset.js';

/**
 * Rates and prorata fractions are not cents: they are computed exactly enough that the final
 * cent is the only rounding. A charge is cost × days / (years × 365 or 366): a fraction whose
 * denominator is below 10^6, so 60 significant digits can never put it on the wrong side of a
 * half cent (cost up to 10^30 €).
 */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

const DAY = 86_400_000;
const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;

/** Days from `from` to `to`, both included (0 when to < from). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/** 366 when the period holds a 29 February, else 365. */
export function yearBasis(start: string, end: string): number {
  for (let year = +start.slice(0, 4); year <= +end.slice(0, 4); year += 1) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const day = `${year}-02-29`;
    if (leap && day >= start && day <= end) return 366;
  }
  return 365;
}

/** The day before the same date `years` later: the plan's last day. */
function planEnd(start: string, years: number): string {
  const year = +start.slice(0, 4) + years;
  const month = start.slice(5, 7);
  let day = start.slice(8, 10);
  if (month === '02' && day === '29' && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) day = '28';
  const date = new Date(Date.UTC(year, +month - 1, +day) - DAY);
  return date.toISOString().slice(0, 10);
}

const roundCents = (value: Decimal): Cents => BigInt(value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));

export interface ScheduleYear {
  readonly year: number;
  /** Depreciation accumulated at the start of the year. */
  readonly before: Cents;
  readonly charge: Cents;
  /** Whether the asset leaves the books this year (disposed). */
  readonly disposal: boolean;
  /** Subsidy released to the result this year (139 → 777/747). */
  readonly release: Cents;
  readonly releasedBefore: Cents;
}

/**
 * The asset's schedule, one row a fiscal year from the year it is acquired (or the first year of
 * the books when prior depreciation is given) until it is fully depreciated or disposed of.
 */
export function depreciationSchedule(asset: Asset, calendar: FiscalCalendar, firstBookYear?: number): ScheduleYear[] {
  const rows: ScheduleYear[] = [];
  const acquiredYear = fiscalYearOf(calendar, asset.acquired);
  const startYear =
    asset.prior > 0n && firstBookYear !== undefined ? Math.max(acquiredYear, firstBookYear) : acquiredYear;
  const lastDay = asset.years > 0 ? planEnd(asset.start, asset.years) : undefined;
  const lastYear = asset.disposed
    ? fiscalYearOf(calendar, asset.disposed)
    : lastDay
      ? fiscalYearOf(calendar, lastDay)
      : startYear;
  const annual = new Exact(asset.cost.toString()).div(asset.years || 1);
  let accumulated = asset.prior;
  let released =
    asset.subsidy && asset.cost
      ? roundCents(new Exact(asset.subsidy.toString()).mul(asset.prior.toString()).div(asset.cost.toString()))
      : 0n;
  for (let year = startYear; year <= lastYear; year += 1) {
    const first = yearStart(calendar, year);
    const last = yearEnd(calendar, year);
    let charge = 0n;
    if (asset.years > 0 && accumulated < asset.cost) {
      const from = asset.start > first ? asset.start : first;
      let to = last;
      if (asset.disposed && asset.disposed < to) to = asset.disposed;
      if (lastDay && lastDay < to) to = lastDay;
      const days = daysBetween(from, to);
      const exact = roundCents(annual.mul(days).div(yearBasis(first, last)));
      const ends = lastDay !== undefined && lastDay <= last && !(asset.disposed && asset.disposed < lastDay);
      charge = ends || accumulated + exact > asset.cost ? asset.cost - accumulated : exact;
    }
    const after = accumulated + charge;
    // The subsidy follows the depreciation: released to date = subsidy × depreciated / cost; on a disposal, the rest.
    const disposal = asset.disposed !== undefined && year === lastYear;
    const releasedTo =
      asset.subsidy === 0n
        ? 0n
        : disposal
          ? asset.subsidy
          : roundCents(new Exact(asset.subsidy.toString()).mul(after.toString()).div(asset.cost.toString()));
    rows.push({
      year,
      before: accumulated,
      charge,
      disposal,
      release: releasedTo - released,
      releasedBefore: released,
    });
    accumulated = after;
    released = releasedTo;
  }
  return rows;
}
