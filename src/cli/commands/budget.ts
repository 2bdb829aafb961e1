// budget (previsionnel): flags → options → budget report → render; --fail-over sets the exit code.
import { labels } from '../../messages/labels.js';
import { budgetMessages } from '../../messages/budget.js';
import { cliMessages } from '../../messages/cli.js';
import { say, type Text } from '../../messages/text.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCanonical } from '../../money.js';
import { fiscalPeriod, fiscalYearOf, yearEnd, yearStart } from '../../fiscal.js';
import { asOfMessages } from '../../messages/treasurer.js';
import {
  budgetDocument,
  budgetJson,
  budgetMonthlyDocument,
  formatPercent,
  type RatioStyle,
} from '../../render/budget.js';
import type { Document } from '../../render/document.js';
import { budgetPath, listBudgetYears, type Budget } from '../../read/budget.js';
import { parseDate } from '../../date.js';
import {
  actualsCollector,
  actualsFromBooks,
  comparisonPeriod,
  monthCountOf,
  type BudgetActuals,
} from '../../reports/budget-actuals.js';
import { budgetReport, type BudgetLayout, type BudgetReport } from '../../reports/budget.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { warning } from '../../diagnostics.js';
import { budgetOf, budgetProjects, projectBudget, wholeBudget } from '../../ledger/budget.js';
import { subsidyMessages } from '../../messages/subsidy.js';
import { isOpen, type Ledger } from '../../ledger/open.js';
import { remapAccount, type RemapMap } from '../../chart/changes.js';
import type { Cents } from '../../money.js';
import { carryMapBetween } from '../../statements/reference-sets.js';
import { emit } from '../output.js';
import { parseYearOption, UsageError, type GlobalOptions } from '../options.js';

export interface BudgetCommandOptions {
  readonly vs?: number;
  readonly to?: string;
  readonly layout: BudgetLayout;
  readonly monthly: boolean;
  readonly profile?: 'previous';
  /** --fail-over in hundredths of a percent. */
  readonly failOver?: bigint;
  readonly failOverText?: string;
  /** --project: that project's budget lines against its actuals. */
  readonly project?: string;
}

export interface RawBudgetFlags {
  vs?: string;
  to?: string;
  layout?: string;
  monthly?: boolean;
  profile?: string;
  failOver?: string;
  project?: string;
}

/** Flags → typed options; every usage problem is found here, before the ledger is read. */
export function parseBudgetFlags(raw: RawBudgetFlags): BudgetCommandOptions {
  let vs: number | undefined;
  if (raw.vs !== undefined) {
    vs = parseYearOption('--vs', raw.vs);
  }
  let to: string | undefined;
  if (raw.to !== undefined) {
    const parsed = parseDate(raw.to);
    if (!parsed.ok) throw new UsageError(cliMessages.badFlagDate('--to', parsed.message));
    to = parsed.date;
  }
  const layout = raw.layout ?? 'statement';
  if (layout !== 'statement' && layout !== 'cerfa') throw new UsageError(budgetMessages.badLayout(layout));
  if (raw.profile !== undefined && raw.profile !== 'previous')
    throw new UsageError(budgetMessages.badProfile(raw.profile));
  let failOver: bigint | undefined;
  if (raw.failOver !== undefined) {
    const text = raw.failOver.trim().replace(/\s*%$/, '').replace(',', '.');
    const basisPoints = /^\d+(\.\d{1,2})?$/.test(text) ? parseCanonical(text) : null;
    if (basisPoints === null) throw new UsageError(budgetMessages.badFailOver(raw.failOver));
    failOver = basisPoints;
  }
  if (failOver !== undefined && vs === undefined && to === undefined && raw.project === undefined)
    throw new UsageError(budgetMessages.failOverAlone());
  return {
    vs,
    to,
    layout,
    monthly: !!raw.monthly,
    profile: raw.profile === 'previous' ? 'previous' : undefined,
    failOver,
    failOverText: raw.failOver,
    project: raw.project,
  };
}

/** The budget of `year` (the whole budget, projects' lines added; `raw` as the file has it); its problems printed; failed when it has errors. */
export function readBudget(
  loaded: Ledger,
  year: number,
  options: GlobalOptions,
): { budget?: Budget; raw?: Budget; failed: boolean } {
  const { budget, file, diagnostics } = budgetOf(loaded, year);
  printDiagnostics(diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
  if (!budget) {
    options.io.stderr.write(`asso: ${say(budgetMessages.fileHasErrors(file), options.messages)}\n`);
    return { failed: true };
  }
  return { budget: wholeBudget(budget), raw: budget, failed: false };
}

export function runBudget(options: GlobalOptions, command: BudgetCommandOptions): number {
  const budgetYearGuess = options.year;
  const vsGuess = command.vs ?? (command.to || command.project !== undefined ? budgetYearGuess : undefined);
  // To a date, or one project's postings: the actuals are gathered from the entries as they are read.
  const collecting = command.to !== undefined || command.project !== undefined;
  const collector =
    collecting && vsGuess !== undefined ? actualsCollector(vsGuess, command.to, command.project) : undefined;
  // The books' "as of" dates come with the ledger (kept in the cache with the scan when the books are unchanged).
  const loaded = loadLedger(options, collector?.onEntry, { cashDates: true });
  printDiagnostics(loaded.diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
  if (!isOpen(loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    options.io.stderr.write(`asso: ${say(cliMessages.booksHaveErrors(cliMessages.noBudget()), options.messages)}\n`);
    return 1;
  }
  const { folder, books } = loaded;
  const calendar = folder.config.calendar;
  const year = options.year ?? listBudgetYears(folder.dir).pop();
  if (year === undefined) throw new UsageError(budgetMessages.noBudgetFolder(join(folder.dir, 'budget')));
  if (!existsSync(budgetPath(folder.dir, year)))
    throw new UsageError(budgetMessages.noBudgetFor(year, budgetPath(folder.dir, year)));
  const read = readBudget(loaded, year, options);
  if (read.failed || !read.raw) return 1;
  const budget = budgetFor(read.raw, command.project, year);

  const vs = command.vs ?? (command.to || command.project !== undefined ? year : undefined);
  let actuals: BudgetActuals | undefined;
  let asOfNote: string | undefined;
  if (vs !== undefined) {
    const vsBooks = books.years.get(vs);
    if (!vsBooks) throw new UsageError(budgetMessages.vsNoEntries(vs, [...books.years.keys()].sort().join(', ')));
    if (command.to !== undefined && fiscalYearOf(calendar, command.to) !== vs)
      throw new UsageError(budgetMessages.toOutside(command.to, vs, vsBooks.start, vsBooks.end));
    // To date: --to, else while the year is under way the books' "as of" date (latest bank or cash line).
    const cashDate = loaded.cashDates?.get(vs);
    const cashCut = command.to === undefined && options.today < yearEnd(calendar, vs) ? cashDate : undefined;
    const to = command.to ?? (cashCut !== undefined && cashCut < vsBooks.lastDate ? cashCut : undefined);
    const period = comparisonPeriod(calendar, vs, cashCut ?? vsBooks.lastDate, to);
    if (period.to !== null)
      asOfNote = say(
        command.to !== undefined
          ? asOfMessages.asOfGiven(period.to)
          : cashCut !== undefined
            ? asOfMessages.asOfCash(period.to)
            : asOfMessages.asOfLastEntry(period.to),
        options.lang,
      );
    // The entries were gathered for the year guessed before the ledger was read: gather again if it was another.
    const monthly =
      to === undefined && command.project === undefined
        ? undefined
        : collector && vsGuess === vs && to === command.to
          ? collector.monthly(calendar)
          : (() => {
              const again = actualsCollector(vs, to, command.project);
              loadLedger(options, again.onEntry);
              return again.monthly(calendar);
            })();
    actuals = monthly ? { year: vs, monthly, ...period } : actualsFromBooks(vsBooks, period);
    if (command.project !== undefined && monthly?.size === 0)
      printDiagnostics(
        [
          warning('budget-project-unused', subsidyMessages.budgetProjectUnused(command.project, vs), {
            file: budgetPath(folder.dir, year),
            line: budget.lines[0]?.line,
            column: 'analytic',
          }),
        ],
        (text) => options.io.stderr.write(text),
        false,
        options.messages,
      );
    // A 2025 budget against 2024 actuals: the actuals are carried to the 2025 accounts (791 → 758 …), as the N−1 column is.
    const carry = carryMapBetween(loaded.setFor(vs), loaded.setFor(year));
    if (carry) actuals = { ...actuals, monthly: remapMonthly(actuals.monthly, carry) };
  }
  let previousProfile: Map<string, Cents[]> | undefined;
  if (command.profile === 'previous') {
    const previous = books.years.get(year - 1);
    if (!previous) throw new UsageError(budgetMessages.profileNoEntries(year - 1));
    previousProfile = previous.monthly;
  }
  // The budget year's reference set: its chart and the layout its lines are placed on.
  const input = {
    set: loaded.setFor(year),
    chart: loaded.chartFor(year),
    budget,
    monthCount: monthCountOf(calendar, year),
    lang: options.lang,
    layout: command.layout,
    actuals,
    previousProfile,
    failOverBasisPoints: command.failOver,
  };
  const exact = budgetReport(input);
  const shown = options.euros && options.format !== 'json' ? budgetReport({ ...input, euros: true }) : exact;
  const firstMonth = yearStart(calendar, year).slice(0, 7);
  const display = {
    lang: options.lang,
    name:
      command.project === undefined
        ? folder.config.name
        : say(subsidyMessages.projectBudgetOf(folder.config.name, command.project), options.lang),
    firstMonth,
    ratios: ratioStyle(options),
    period: fiscalPeriod(calendar, year),
    profile: command.profile === 'previous' ? say(labels.previousActuals(year - 1), options.lang) : undefined,
  };
  // Month by month stays in cents: whole euros would not foot across months and lines at once.
  const document = command.monthly ? budgetMonthlyDocument(exact, display) : budgetDocument(shown, display);
  const documents: Document[] = [asOfNote ? { ...document, notes: [...document.notes, asOfNote] } : document];
  emit(options, documents, budgetJson(exact, { monthly: command.monthly, firstMonth }));
  return failOverVerdict(exact, command, options);
}

/** The budget shown: one project's lines (--project), else the whole budget, projects' lines added account by account. */
function budgetFor(budget: Budget, project: string | undefined, year: number): Budget {
  if (project === undefined) return wholeBudget(budget);
  if (!budget.lines.some((line) => line.project === project))
    throw new UsageError(subsidyMessages.unknownBudgetProject(year, project, budgetProjects(budget)));
  return projectBudget(budget, project);
}

/** Monthly actuals with each account on its number in the budget year's chart (months summed where accounts meet). */
function remapMonthly(
  monthly: ReadonlyMap<string, readonly (Cents | undefined)[]>,
  map: RemapMap,
): Map<string, (Cents | undefined)[]> {
  const out = new Map<string, (Cents | undefined)[]>();
  for (const [account, months] of monthly) {
    const target = remapAccount(map, account);
    const into = out.get(target) ?? [];
    months.forEach((value, index) => {
      if (value !== undefined) into[index] = (into[index] ?? 0n) + value;
    });
    out.set(target, into);
  }
  return out;
}

/** --fail-over: exit 1 when a budget line is beyond the threshold; lists them, and the unbudgeted lines apart. */
function failOverVerdict(report: BudgetReport, command: BudgetCommandOptions, options: GlobalOptions): number {
  if (!report.overruns) return 0;
  const write = (message: Text) => options.io.stderr.write(`asso: ${say(message, options.messages)}\n`);
  const { tripped, unbudgeted } = report.overruns;
  for (const { row, deviation } of tripped) {
    const percent = deviation === null ? '' : formatPercent(deviation.replace(/^-/, ''), 'percent');
    const by =
      deviation === null
        ? budgetMessages.anyAmount()
        : budgetMessages.percent(percent, percent.replace(',', '.').replace(' %', '%'));
    write(
      budgetMessages.overBudget(
        `${row.account} ${row.label}`,
        row.actual!,
        row.budget!,
        !!report.to,
        row.side === 'expenses',
        by,
        command.failOverText ?? '',
      ),
    );
  }
  for (const row of unbudgeted) write(budgetMessages.unbudgeted(`${row.account} ${row.label}`, row.actual!));
  if (tripped.length) write(budgetMessages.beyondFailOver(tripped.length, command.failOverText ?? ''));
  return tripped.length ? 1 : 0;
}

const ratioStyle = (options: GlobalOptions): RatioStyle =>
  options.format !== 'csv' ? 'percent' : options.excel ? 'excel' : 'plain';

/** The main job's forecast: the budget of the year after the statements, when budget/<year+1>.csv exists. */
export function mainForecast(
  loaded: Ledger,
  options: GlobalOptions,
): { documents: Document[]; json: unknown; failed: boolean } | undefined {
  const year = loaded.year + 1;
  if (!existsSync(budgetPath(loaded.folder.dir, year))) return undefined;
  const { budget, failed } = readBudget(loaded, year, options);
  if (failed || !budget) return { documents: [], json: null, failed: true };
  const calendar = loaded.folder.config.calendar;
  const input = {
    set: loaded.setFor(year),
    chart: loaded.chartFor(year),
    budget,
    monthCount: monthCountOf(calendar, year),
    lang: options.lang,
  };
  const exact = budgetReport(input);
  const shown = options.euros && options.format !== 'json' ? budgetReport({ ...input, euros: true }) : exact;
  const firstMonth = yearStart(calendar, year).slice(0, 7);
  return {
    documents: [
      budgetDocument(shown, {
        lang: options.lang,
        name: loaded.folder.config.name,
        firstMonth,
        ratios: ratioStyle(options),
        period: fiscalPeriod(calendar, year),
      }),
    ],
    json: budgetJson(exact, { monthly: false, firstMonth }),
    failed: false,
  };
}
