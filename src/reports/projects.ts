// The income statement by project (analytic): one column per project code of the `analytic`
// column, one for the postings without a project, and the total, which is the income statement
// itself. Every column is the same layout evaluated over that project's balances, so the columns
// add up to the total line by line, to the cent. Pure.
import type { Chart } from '../chart/chart.js';
import { accountClass } from '../chart/chart.js';
import { addToBalances, type Balances, type Entry } from '../model.js';
import type { Cents } from '../money.js';
import type { ReferenceSet } from '../statements/layout.js';
import { incomeStatement } from './income-statement.js';
import type { Lang } from './statement-line.js';

/** The code of postings without a project. */
export const NO_PROJECT = '';

/** Balances of classes 6, 7 (and 86/87) of the year's entries, by project code. */
export function balancesByProject(entries: Iterable<Entry>, year: number): Map<string, Balances> {
  const byProject = new Map<string, Balances>();
  for (const entry of entries) {
    if (entry.year !== year) continue;
    for (const posting of entry.postings) {
      const accountClassNumber = accountClass(posting.account);
      if (accountClassNumber < 6) continue;
      const project = (posting.fields.analytic ?? '').trim();
      let balances = byProject.get(project);
      if (!balances) byProject.set(project, (balances = new Map()));
      addToBalances(balances, posting.account, posting.debit, posting.credit, posting.aux, posting.auxLabel);
    }
  }
  return byProject;
}

export interface ProjectsLine {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly section: string;
  readonly depth: number;
  /** One amount per column of `columns`, in order. */
  readonly amounts: readonly Cents[];
  readonly total: Cents;
}

export interface ProjectsStatement {
  readonly year: number;
  /** The project codes, sorted, then NO_PROJECT when some postings have none. */
  readonly columns: readonly string[];
  readonly lines: readonly ProjectsLine[];
  readonly results: readonly Cents[];
  readonly result: Cents;
}

export function projectsStatement(input: {
  readonly set: ReferenceSet;
  readonly chart: Chart;
  readonly year: number;
  readonly lang: Lang;
  readonly byProject: ReadonlyMap<string, Balances>;
  /** The year's closing balances: the income statement the total column must be. */
  readonly total: Balances;
  /** Only these columns (--project). */
  readonly only?: string;
}): ProjectsStatement {
  const codes = [...input.byProject.keys()].filter((code) => code !== NO_PROJECT).sort();
  if (input.byProject.has(NO_PROJECT)) codes.push(NO_PROJECT);
  const columns = input.only !== undefined ? [input.only] : codes;
  const statementOf = (balances: Balances) =>
    incomeStatement({
      set: input.set,
      chart: input.chart,
      year: input.year,
      current: balances,
      previous: undefined,
      lang: input.lang,
    });
  const total = statementOf(input.total);
  const perColumn = columns.map((code) => statementOf(input.byProject.get(code) ?? new Map()));
  const amountOf = (statement: ReturnType<typeof statementOf>, id: string): Cents =>
    statement.lines.find((line) => line.id === id)?.amount ?? 0n;
  return {
    year: input.year,
    columns,
    lines: total.lines.map((line) => ({
      id: line.id,
      kind: line.kind,
      label: line.label,
      section: line.section,
      depth: line.depth,
      amounts: perColumn.map((statement) => amountOf(statement, line.id)),
      total: line.amount,
    })),
    results: perColumn.map((statement) => statement.totals.result),
    result: total.totals.result,
  };
}
