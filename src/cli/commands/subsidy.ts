// subsidy-report (compte-rendu): the compte-rendu financier of a project's action (cerfa 15059),
// from the books, projects.csv and the project's lines of budget/<year>.csv (src/ledger/subsidy.ts).
import { hasErrors } from '../../diagnostics.js';
import { compteRendu } from '../../ledger/subsidy.js';
import { subsidyMessages as m } from '../../messages/subsidy.js';
import { say } from '../../messages/text.js';
import type { Entry } from '../../model.js';
import { readProjects } from '../../read/projects.js';
import { renderSubsidyHtml } from '../../render/subsidy-html.js';
import { subsidyDocument, subsidyJson } from '../../render/subsidy.js';
import { UsageError } from '../../usage-error.js';
import { loadChecked, loadLedger, printDiagnostics } from '../context.js';
import type { GlobalOptions } from '../options.js';
import { emit, writeAtomically } from '../output.js';

export function runSubsidyReport(options: GlobalOptions, command: { project?: string }): number {
  const code = command.project?.trim();
  if (!code) throw new UsageError(m.projectRequired());
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
  const result = compteRendu(loaded, year, entries, code, projects);
  if ('unknown' in result) throw new UsageError(m.unknownProject(year, code, result.unknown));
  const { report, budget } = result;
  if (budget.state !== 'none') printDiagnostics(budget.diagnostics, write, false, options.messages);
  if (budget.state === 'failed') write(`asso: ${say(m.budgetHasErrors(budget.file), options.messages)}\n`);
  const name = loaded.folder.config.name;
  if (options.format === 'html') {
    const html = renderSubsidyHtml(report, options.lang, name);
    if (options.output) writeAtomically(options.output, html);
    else options.io.stdout.write(html);
  } else {
    const percents = options.format !== 'csv' ? 'text' : options.excel ? 'excel' : 'plain';
    emit(options, [subsidyDocument(report, options.lang, name, percents)], subsidyJson(report, options.lang));
  }
  return 0;
}
