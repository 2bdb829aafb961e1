// subsidy-report (compte-rendu): the compte-rendu financier of a project's action (cerfa 15059),
// from the books, projects.csv and the project's lines of budget/<year>.csv.
import { hasErrors } from '../../diagnostics.js';
import { yearEnd, yearStart } from '../../fiscal.js';
import { budgetOf, hasBudget } from '../../ledger/budget.js';
import { subsidyMessages as m } from '../../messages/subsidy.js';
import { say } from '../../messages/text.js';
import type { Entry } from '../../model.js';
import type { BudgetLine } from '../../read/budget.js';
import { readProjects } from '../../read/projects.js';
import { allocateIndirect } from '../../reports/indirect.js';
import { balancesByProject, NO_PROJECT } from '../../reports/projects.js';
import { subsidyReport } from '../../reports/subsidy.js';
import { renderSubsidyHtml } from '../../render/subsidy-html.js';
import { subsidyDocument, subsidyJson } from '../../render/subsidy.js';
import { UsageError } from '../../usage-error.js';
import { loadChecked, loadLedger, printDiagnostics, type Ledger } from '../context.js';
import type { GlobalOptions } from '../options.js';
import { emit, writeAtomically } from '../output.js';

export function runSubsidyReport(options: GlobalOptions, command: { project?: string }): number {
  const code = command.project?.trim();
  if (!code) throw new UsageError(say(m.projectRequired(), options.messages));
  const write = (text: string) => options.io.stderr.write(text);
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const { projects, diagnostics } = readProjects(loaded.folder.dir);
  printDiagnostics(diagnostics, write, false, options.messages);
  if (hasErrors(diagnostics)) {
    write(`asso: ${say(m.projectsHaveErrors(), options.messages)}\n`);
    return 1;
  }
  const { year } = loaded;
  const entries: Entry[] = [];
  loadLedger(options, (entry) => {
    if (entry.year === year) entries.push(entry);
  });
  const byProject = balancesByProject(entries, year);
  const known = [...new Set([...projects.keys(), ...byProject.keys()])].filter((c) => c !== NO_PROJECT).sort();
  if (!known.includes(code)) throw new UsageError(say(m.unknownProject(year, code, known), options.messages));
  const allocation = allocateIndirect(byProject, projects);
  const calendar = loaded.folder.config.calendar;
  const report = subsidyReport({
    year,
    start: yearStart(calendar, year),
    end: yearEnd(calendar, year),
    code,
    project: projects.get(code),
    balances: byProject.get(code) ?? new Map(),
    indirect: allocation.allocated.get(code) ?? 0n,
    budget: projectBudgetLines(loaded, year, code, options),
  });
  const name = loaded.folder.config.name;
  if (options.format === 'html') {
    const html = renderSubsidyHtml(report, options.lang, name);
    if (options.output) writeAtomically(options.output, html);
    else options.io.stdout.write(html);
  } else emit(options, [subsidyDocument(report, options.lang, name)], subsidyJson(report, options.lang));
  return 0;
}

/** The project's lines of the year's budget; undefined without a budget, without a line for it, or when the budget has errors (said). */
function projectBudgetLines(
  loaded: Ledger,
  year: number,
  code: string,
  options: GlobalOptions,
): readonly BudgetLine[] | undefined {
  if (!hasBudget(loaded, year)) return undefined;
  const { budget, file, diagnostics } = budgetOf(loaded, year);
  if (!budget) {
    printDiagnostics(diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
    options.io.stderr.write(`asso: ${say(m.budgetHasErrors(file), options.messages)}\n`);
    return undefined;
  }
  const lines = budget.lines.filter((line) => line.project === code);
  return lines.length ? lines : undefined;
}
