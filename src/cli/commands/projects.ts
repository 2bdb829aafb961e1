// projects (projets): the income statement with a column per project (the analytic column), one
// for postings without a project, and the total, equal to the income statement.
import type { Entry } from '../../model.js';
import { positionOf } from '../../ledger/statements.js';
import { balancesByProject, NO_PROJECT, projectsStatement } from '../../reports/projects.js';
import { projectsDocument, projectsJson } from '../../render/projects.js';
import { projectMessages } from '../../messages/projects.js';
import { UsageError } from '../../usage-error.js';
import { loadChecked, loadLedger } from '../context.js';
import { emit } from '../output.js';
import type { GlobalOptions } from '../options.js';

export function runProjects(options: GlobalOptions, command: { project?: string }): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const { year } = loaded;
  const entries: Entry[] = [];
  loadLedger(options, (entry) => {
    if (entry.year === year) entries.push(entry);
  });
  const byProject = balancesByProject(entries, year);
  const known = [...byProject.keys()].filter((code) => code !== NO_PROJECT).sort();
  if (command.project !== undefined && !byProject.has(command.project))
    throw new UsageError(projectMessages.unknownProject(year, command.project, known));
  const statement = projectsStatement({
    set: loaded.set,
    chart: loaded.chartFor(year),
    year,
    lang: options.lang,
    byProject,
    total: positionOf(loaded).balances,
    only: command.project,
  });
  emit(
    options,
    [projectsDocument(statement, options.lang, loaded.folder.config.name, command.project)],
    projectsJson(statement),
  );
  return 0;
}
