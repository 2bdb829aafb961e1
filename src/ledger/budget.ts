// A ledger's budgets (budget/<year>.csv), read against the chart of their year; and the checks of
// the whole folder, the books' and every budget file's problems in one sorted list.
import { existsSync } from 'node:fs';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { budgetPath, listBudgetYears, readBudgetFile, type Budget } from '../read/budget.js';
import { monthCountOf } from '../reports/budget-actuals.js';
import type { Ledger } from './open.js';

/** The budget of `year`, read against that year's chart; undefined when its file has errors. */
export function budgetOf(ledger: Ledger, year: number): { budget?: Budget; file: string; diagnostics: Diagnostic[] } {
  const file = budgetPath(ledger.folder.dir, year);
  const read = readBudgetFile(file, year, ledger.chartFor(year), monthCountOf(ledger.folder.config.calendar, year));
  const failed = read.diagnostics.some((d) => d.severity === 'error');
  return { budget: failed ? undefined : read.budget, file, diagnostics: read.diagnostics };
}

export function hasBudget(ledger: Ledger, year: number): boolean {
  return existsSync(budgetPath(ledger.folder.dir, year));
}

/** `check`: the ledger's problems and those of every budget file, in one sorted list. */
export function checkLedger(ledger: Ledger): Diagnostic[] {
  const found = listBudgetYears(ledger.folder.dir).flatMap((year) => budgetOf(ledger, year).diagnostics);
  return found.length ? sortDiagnostics([...ledger.diagnostics, ...found]) : [...ledger.diagnostics];
}
