// The compte-rendu financier of a project (cerfa 15059) from an open ledger: its year's entries by
// project, the indirect charges allocated by projects.csv's keys, and the project's budget lines.
import type { Diagnostic } from '../diagnostics.js';
import { yearEnd, yearStart } from '../fiscal.js';
import type { Entry } from '../model.js';
import type { BudgetLine } from '../read/budget.js';
import type { Project } from '../read/projects.js';
import { allocateIndirect } from '../reports/indirect.js';
import { balancesByProject, NO_PROJECT } from '../reports/projects.js';
import { subsidyReport, type SubsidyReport } from '../reports/subsidy.js';
import { budgetOf, hasBudget } from './budget.js';
import type { Ledger } from './open.js';

export type CompteRendu =
  | { readonly report: SubsidyReport; readonly budget: BudgetRead }
  /** The project is neither in projects.csv nor on a posting of the year: the projects that are. */
  | { readonly unknown: readonly string[] };

/** The year's budget as the compte-rendu reads it: no file, a file with errors (its diagnostics), or read. */
export type BudgetRead =
  | { readonly state: 'none' }
  | { readonly state: 'failed'; readonly file: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly state: 'read'; readonly diagnostics: readonly Diagnostic[] };

export function compteRendu(
  ledger: Ledger,
  year: number,
  entries: Iterable<Entry>,
  code: string,
  projects: ReadonlyMap<string, Project>,
): CompteRendu {
  const byProject = balancesByProject(entries, year);
  const known = [...new Set([...projects.keys(), ...byProject.keys()])].filter((c) => c !== NO_PROJECT).sort();
  if (!known.includes(code)) return { unknown: known };
  const allocation = allocateIndirect(byProject, projects);
  let budget: BudgetRead = { state: 'none' };
  let lines: readonly BudgetLine[] | undefined;
  if (hasBudget(ledger, year)) {
    const read = budgetOf(ledger, year);
    if (!read.budget) budget = { state: 'failed', file: read.file, diagnostics: read.diagnostics };
    else {
      budget = { state: 'read', diagnostics: read.diagnostics };
      const own = read.budget.lines.filter((line) => line.project === code);
      if (own.length) lines = own;
    }
  }
  const calendar = ledger.folder.config.calendar;
  const report = subsidyReport({
    year,
    start: yearStart(calendar, year),
    end: yearEnd(calendar, year),
    code,
    project: projects.get(code),
    balances: byProject.get(code) ?? new Map(),
    indirect: allocation.allocated.get(code) ?? 0n,
    budget: lines,
  });
  return { report, budget };
}
