// A ledger's budgets (budget/<year>.csv), read against the chart of their year; and the checks of
// the whole folder, the books' and every budget file's problems in one sorted list.
import { existsSync } from 'node:fs';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { budgetPath, listBudgetYears, readBudgetFile, type Budget, type BudgetLine } from '../read/budget.js';
import { readProjects } from '../read/projects.js';
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

/** `check`: the ledger's problems and those of every budget file and of projects.csv, in one sorted list. */
export function checkLedger(ledger: Ledger): Diagnostic[] {
  const found = [
    ...listBudgetYears(ledger.folder.dir).flatMap((year) => budgetOf(ledger, year).diagnostics),
    ...readProjects(ledger.folder.dir).diagnostics,
  ];
  return found.length ? sortDiagnostics([...ledger.diagnostics, ...found]) : [...ledger.diagnostics];
}

/** The budget lines of one project (`budget --project`): a budget of its own. */
export function projectBudget(budget: Budget, project: string): Budget {
  return { ...budget, lines: budget.lines.filter((line) => line.project === project) };
}

/** The projects a budget names, sorted. */
export function budgetProjects(budget: Budget): string[] {
  return [...new Set(budget.lines.map((line) => line.project).filter((project) => project !== ''))].sort();
}

/**
 * The association's whole budget: the lines of every project, those of one account added into
 * one line (amounts and months), so that a budget with an `analytic` column reads as before.
 */
export function wholeBudget(budget: Budget): Budget {
  const merged = new Map<string, BudgetLine>();
  for (const line of budget.lines) {
    const into = merged.get(line.account);
    merged.set(
      line.account,
      into
        ? {
            ...into,
            project: '',
            amount: into.amount + line.amount,
            months: into.months.map((part, index) => part + (line.months[index] ?? 0n)),
            profiled: into.profiled || line.profiled,
          }
        : { ...line, project: '' },
    );
  }
  return { ...budget, lines: [...merged.values()] };
}
