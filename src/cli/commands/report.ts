// report (rapport): the financial report for the general assembly. Whole euros unless --cents;
// the budget of Y+1 beside the actuals of Y when budget/<Y+1>.csv exists; the seal's fingerprint
// when the year is closed (locks/<Y>.json, checked against the books when the ledger is loaded).
import { cliMessages } from '../../messages/cli.js';
import { say } from '../../messages/text.js';
import { existsSync } from 'node:fs';
import { fiscalMonthIndex, fiscalPeriod, yearEnd, yearStart } from '../../fiscal.js';
import { budgetPath } from '../../read/budget.js';
import { renderHtml } from '../../render/html.js';
import { toJson } from '../../render/json.js';
import { renderReportMarkdown, renderReportText, reportJson, reportParts } from '../../render/report.js';
import { actualsFromBooks, comparisonPeriod, monthCountOf } from '../../reports/budget-actuals.js';
import { budgetReport, type BudgetReport } from '../../reports/budget.js';
import { previousSheetSource } from '../../post/positions.js';
import { financialReport } from '../../reports/report.js';
import { loadChecked } from '../context.js';
import type { Ledger } from '../../ledger/open.js';
import { exactAndShown, positionsOf } from '../../ledger/statements.js';
import { keyFiguresOfYears } from '../../ledger/years.js';
import { writeAtomically } from '../output.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { readBudget } from './budget.js';
import { reportAnnexe } from './report-annexe.js';

export interface ReportCommandOptions {
  readonly cents: boolean;
}

/** The budget of the year after beside the year's actuals, in whole euros when `euros`; `failed` when its file has errors (printed). */
function nextBudget(
  loaded: Ledger,
  options: GlobalOptions,
  euros: boolean,
): { report?: BudgetReport; failed: boolean } {
  const { folder, books, set, year } = loaded;
  const next = year + 1;
  if (!existsSync(budgetPath(folder.dir, next))) return { failed: false };
  const { budget, failed } = readBudget(loaded, next, options);
  if (failed || !budget) return { failed: true };
  const calendar = folder.config.calendar;
  const vsBooks = books.years.get(year)!;
  const actuals = actualsFromBooks(vsBooks, comparisonPeriod(calendar, year, vsBooks.end));
  const input = {
    set,
    chart: folder.chart,
    budget,
    monthCount: monthCountOf(calendar, next),
    lang: options.lang,
    actuals,
  };
  return { report: budgetReport(euros ? { ...input, euros: true } : input), failed: false };
}

export function runReport(options: GlobalOptions, command: ReportCommandOptions): number {
  // The annexe's entries are collected by the scan that checks the books: they are read once.
  const loaded = loadChecked(options, undefined, { annexe: true });
  if (!loaded) return 1;
  const { books, folder, year } = loaded;
  // The years' positions, once for the report's figures and its statements.
  const positions = positionsOf(loaded);
  const position = positions.get(year);
  if (!position || !books.years.has(year))
    throw new UsageError(cliMessages.yearHasNoEntries(year, [...books.years.keys()].sort().join(', ')));
  // JSON is exact, whatever the presentation: whole euros only in the other formats, unless --cents.
  const euros = !command.cents && options.format !== 'json';
  const budget = nextBudget(loaded, options, euros);
  if (budget.failed) return 1;
  const annexe = reportAnnexe(loaded, options, euros);
  if (!annexe) return 1;
  const calendar = folder.config.calendar;
  // A year under way is reported as of its latest entry, per-month figures over the months elapsed.
  const end = yearEnd(calendar, year);
  const lastDate = books.years.get(year)!.lastDate;
  const underWay = options.today < end && lastDate < end;
  const common = {
    year,
    period: fiscalPeriod(calendar, year),
    closing: underWay ? lastDate : end,
    underWay: underWay ? { months: fiscalMonthIndex(calendar, year, lastDate) + 1 } : undefined,
    name: folder.config.name,
    lang: options.lang,
    balances: position.balances,
    previousBalances: previousSheetSource(books, year, loaded.carryFor, positions.get(year - 1))?.balances,
    fingerprint: loaded.seals.get(year)?.fingerprint,
  };
  const { exact, shown } = exactAndShown(loaded, { lang: options.lang, euros, json: false }, positions);
  const { income, sheet } = shown;
  const report = financialReport({
    ...common,
    income,
    sheet,
    budget: budget.report,
    years: { figures: keyFiguresOfYears(loaded, year, { lang: options.lang, euros }), reference: loaded.set.id },
    annexe: {
      ...annexe.annexe,
      yearBudget: annexe.budget ?? null,
      firstMonth: yearStart(calendar, year).slice(0, 7),
    },
  });
  const budgetFirstMonth = yearStart(calendar, year + 1).slice(0, 7);
  let text: string;
  if (options.format === 'json') text = toJson(reportJson(report, budgetFirstMonth));
  else {
    const parts = reportParts(report, budgetFirstMonth, options.format === 'table');
    switch (options.format) {
      case 'html':
        text = renderHtml(report, parts);
        break;
      case 'markdown':
        text = renderReportMarkdown(report, parts);
        break;
      case 'csv':
        throw new UsageError(cliMessages.reportNoCsv());
      default:
        text = renderReportText(report, parts, options.color, options.width);
    }
  }
  if (options.output) writeAtomically(options.output, text);
  else options.io.stdout.write(text);
  // As balance-sheet: a sheet that does not balance is printed (it says so), and fails.
  if (!exact.sheet.balanced) {
    options.io.stderr.write(`asso: ${say(cliMessages.sheetUnbalanced(), options.messages)}\n`);
    return 1;
  }
  return 0;
}
