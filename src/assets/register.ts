// The register and schedule of a fiscal year, by account: gross at start, acquisitions, disposals,
// gross at end; depreciation at start, of the year, on disposals, at end; net. The annexe's table.
import { yearEnd, yearStart, type FiscalCalendar } from '../fiscal.js';
import type { Cents } from '../money.js';
import type { Asset } from './asset.js';
import { depreciationSchedule, type ScheduleYear } from './schedule.js';

export interface AssetPosition {
  readonly grossStart: Cents;
  readonly acquisitions: Cents;
  readonly disposals: Cents;
  readonly grossEnd: Cents;
  readonly depreciationStart: Cents;
  readonly depreciationYear: Cents;
  readonly depreciationDisposals: Cents;
  readonly depreciationEnd: Cents;
  readonly net: Cents;
  /** Subsidy released to the result this year, and the subsidy still to release at the end. */
  readonly release: Cents;
}

export interface RegisterLine extends AssetPosition {
  readonly asset: Asset;
  /** Net book value of a disposal (to 675 before 2025, 652 from 2025). */
  readonly disposalValue: Cents;
}

export interface RegisterAccount extends AssetPosition {
  readonly account: string;
  readonly depreciationAccount: string;
  readonly lines: readonly RegisterLine[];
}

export interface AssetRegister {
  readonly year: number;
  readonly start: string;
  readonly end: string;
  readonly accounts: readonly RegisterAccount[];
  readonly total: AssetPosition;
}

const ZERO: AssetPosition = {
  grossStart: 0n,
  acquisitions: 0n,
  disposals: 0n,
  grossEnd: 0n,
  depreciationStart: 0n,
  depreciationYear: 0n,
  depreciationDisposals: 0n,
  depreciationEnd: 0n,
  net: 0n,
  release: 0n,
};

function add(a: AssetPosition, b: AssetPosition): AssetPosition {
  const sum = { ...ZERO };
  for (const key of Object.keys(ZERO) as (keyof AssetPosition)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** Depreciation accumulated before `year`, from the schedule (0 before it starts, all of it after). */
function accumulatedBefore(schedule: readonly ScheduleYear[], year: number, prior: Cents): Cents {
  const row = schedule.find((r) => r.year === year);
  if (row) return row.before;
  const last = schedule[schedule.length - 1];
  if (last && year > last.year) return last.before + last.charge;
  return prior;
}

/** The asset in fiscal year `year`, or undefined when it is not in the books that year. */
export function assetPosition(
  asset: Asset,
  calendar: FiscalCalendar,
  year: number,
  firstBookYear?: number,
): RegisterLine | undefined {
  const start = yearStart(calendar, year);
  const end = yearEnd(calendar, year);
  if (asset.acquired > end) return undefined;
  if (asset.disposed && asset.disposed < start) return undefined;
  const schedule = depreciationSchedule(asset, calendar, firstBookYear);
  const row = schedule.find((r) => r.year === year);
  const acquiredNow = asset.acquired >= start;
  const disposedNow = asset.disposed !== undefined && asset.disposed <= end;
  const grossStart = acquiredNow ? 0n : asset.cost;
  const acquisitions = acquiredNow ? asset.cost : 0n;
  const disposals = disposedNow ? asset.cost : 0n;
  const depreciationStart = acquiredNow && asset.prior === 0n ? 0n : accumulatedBefore(schedule, year, asset.prior);
  const depreciationYear = row?.charge ?? 0n;
  const depreciationDisposals = disposedNow ? depreciationStart + depreciationYear : 0n;
  const grossEnd = grossStart + acquisitions - disposals;
  const depreciationEnd = depreciationStart + depreciationYear - depreciationDisposals;
  return {
    asset,
    grossStart,
    acquisitions,
    disposals,
    grossEnd,
    depreciationStart,
    depreciationYear,
    depreciationDisposals,
    depreciationEnd,
    net: grossEnd - depreciationEnd,
    release: row?.release ?? 0n,
    disposalValue: disposedNow ? asset.cost - depreciationDisposals : 0n,
  };
}

export function assetRegister(
  assets: readonly Asset[],
  calendar: FiscalCalendar,
  year: number,
  firstBookYear?: number,
): AssetRegister {
  const byAccount = new Map<string, RegisterLine[]>();
  for (const asset of assets) {
    const line = assetPosition(asset, calendar, year, firstBookYear);
    if (line) byAccount.set(asset.account, [...(byAccount.get(asset.account) ?? []), line]);
  }
  const accounts = [...byAccount.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([account, lines]) => ({
      account,
      depreciationAccount: lines[0]!.asset.depreciationAccount,
      lines: lines.sort(
        (a, b) => a.asset.acquired.localeCompare(b.asset.acquired) || a.asset.id.localeCompare(b.asset.id),
      ),
      ...lines.reduce<AssetPosition>(add, ZERO),
    }));
  return {
    year,
    start: yearStart(calendar, year),
    end: yearEnd(calendar, year),
    accounts,
    total: accounts.reduce<AssetPosition>(add, ZERO),
  };
}
