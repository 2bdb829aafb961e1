// What `check` says of the fixed-asset register: assets.csv's own problems, and its balances
// against the books, year by year.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RemapMap } from '../chart/changes.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Books } from '../post/year-books.js';
import { yearPosition } from '../post/positions.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { readAssets } from './asset.js';
import { checkAssetBalances } from './check.js';
import { assetRegister } from './register.js';

export const ASSETS_FILE = 'assets.csv';

export const depreciationFileOf = (year: number): string => `${year}-depreciation.csv`;

export function assetDiagnostics(
  folder: LedgerFolder,
  books: Books,
  carryFor: (year: number) => RemapMap | undefined,
  booksHaveErrors: boolean,
): Diagnostic[] {
  const file = join(folder.dir, ASSETS_FILE);
  if (!existsSync(file)) return [];
  const { assets, diagnostics } = readAssets(file);
  if (booksHaveErrors || diagnostics.length) return diagnostics;
  const names = new Set(folder.journalFiles.map((path) => basename(path)));
  const years = [...books.years.keys()]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const position = yearPosition(books, year, carryFor);
      return position ? [{ year, balances: position.balances }] : [];
    });
  const booked = new Set(years.map((y) => y.year).filter((year) => names.has(depreciationFileOf(year))));
  return checkAssetBalances({ assets, calendar: books.calendar, years, booked, file });
}

/** Whether the year's depreciation or disposals are due and journal/<Y>-depreciation.csv is not there (close reminds). */
export function depreciationNotBooked(folder: LedgerFolder, year: number): boolean {
  const file = join(folder.dir, ASSETS_FILE);
  if (!existsSync(file)) return false;
  if (folder.journalFiles.some((path) => basename(path) === depreciationFileOf(year))) return false;
  const { assets } = readAssets(file);
  const register = assetRegister(assets, folder.config.calendar, year);
  return register.total.depreciationYear !== 0n || register.total.disposals !== 0n || register.total.release !== 0n;
}
