// The report's annexe read from a ledger: the fonds dédiés and fonds propres tables of the year,
// the fixed-asset register when the ledger has assets.csv, and the year's budget against its
// actuals when budget/<Y>.csv exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readAssets } from '../../assets/asset.js';
import { ASSETS_FILE } from '../../assets/ledger-check.js';
import { assetRegister } from '../../assets/register.js';
import type { GlobalOptions } from '../options.js';
import { readBudget } from './budget.js';
import { budgetPath } from '../../read/budget.js';
import { actualsFromBooks, comparisonPeriod, monthCountOf } from '../../reports/budget-actuals.js';
import { budgetReport, type BudgetReport } from '../../reports/budget.js';
import type { ReportAnnexe } from '../../reports/report-annexe.js';
import { annexeOf } from '../../ledger/annexe.js';
import type { Ledger } from '../../ledger/open.js';

export interface LoadedAnnexe {
  readonly annexe: Omit<ReportAnnexe, 'yearBudget' | 'firstMonth'>;
  /** The year's budget against its actuals, in whole euros when `euros`. */
  readonly budget?: BudgetReport;
}

/** Undefined when the year's budget file has errors (they are printed). */
export function reportAnnexe(loaded: Ledger, options: GlobalOptions, euros: boolean): LoadedAnnexe | undefined {
  const { folder, books, year } = loaded;
  const { funds, equity } = annexeOf(loaded, year);
  const assetsFile = join(folder.dir, ASSETS_FILE);
  const register = existsSync(assetsFile)
    ? assetRegister(readAssets(assetsFile).assets, books.calendar, year, Math.min(...books.years.keys()))
    : null;
  const annexe = { funds, equity, assets: register?.accounts.length ? register : null };
  if (!existsSync(budgetPath(folder.dir, year))) return { annexe };
  const { budget, failed } = readBudget(loaded, year, options);
  if (failed || !budget) return undefined;
  const calendar = folder.config.calendar;
  const own = books.years.get(year)!;
  const input = {
    set: loaded.set,
    chart: folder.chart,
    budget,
    monthCount: monthCountOf(calendar, year),
    lang: options.lang,
    actuals: actualsFromBooks(own, comparisonPeriod(calendar, year, own.end)),
  };
  return { annexe, budget: budgetReport(euros ? { ...input, euros: true } : input) };
}
