// income-statement, balance-sheet, and the main job (both, for `npm start`).
import { centsToString, parseCanonical, type Cents } from '../../money.js';
import { balanceSheetJson, incomeStatementJson } from '../../render/json.js';
import { balanceSheetDocuments, incomeStatementDocument } from '../../render/statements.js';
import { balanceSheet, type BalanceSheet } from '../../reports/balance-sheet.js';
import { incomeStatement, type IncomeStatement } from '../../reports/income-statement.js';
import { previousSheetSource, yearPosition } from '../../reports/positions.js';
import { emit } from '../output.js';
import { mainForecast } from './budget.js';
import { loadLedger, printDiagnostics, type Loaded } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';

export interface StatementOptions { readonly detail: boolean; readonly expectTotal?: string }

export function statements(loaded: Loaded, options: GlobalOptions, euros: boolean): { income: IncomeStatement; sheet: BalanceSheet } {
  const { books, folder, set, year } = loaded;
  const position = yearPosition(books, year);
  if (!position) throw new UsageError(`fiscal year ${year} has no entries: years with books are ${[...books.years.keys()].sort().join(', ')}`);
  const previousPosition = books.years.has(year - 1) ? yearPosition(books, year - 1) : undefined;
  const income = incomeStatement({ set, chart: folder.chart, year, current: position.balances, previous: previousPosition?.balances, lang: options.lang, euros });
  const previousSource = previousSheetSource(books, year);
  const exactPrevious = euros && previousSource && !previousSource.resultOn12 ? incomeStatement({ set, chart: folder.chart, year: year - 1, current: previousSource.balances, previous: undefined, lang: options.lang, euros: true }).totals.result : null;
  const sheet = balanceSheet({
    set, chart: folder.chart, year, current: { balances: position.balances, resultOn12: false }, previous: previousSource,
    provisionalOpening: position.provisional, lang: options.lang,
    euros: euros ? { result: income.totals.result, previousResult: exactPrevious } : undefined,
  });
  return { income, sheet };
}

/** The exact statements (JSON, checks) and, with --euros, the whole-euro ones shown; computed once each. */
function exactAndShown(loaded: Loaded, options: GlobalOptions) {
  const exact = statements(loaded, options, false);
  return { exact, shown: options.euros && options.format !== 'json' ? statements(loaded, options, true) : exact };
}

/** Loads the ledger; prints problems; returns undefined (exit 1) when the books have errors. */
export function loadChecked(options: GlobalOptions): Loaded | undefined {
  const loaded = loadLedger(options);
  const write = (text: string) => process.stderr.write(text);
  printDiagnostics(loaded.diagnostics, write);
  if (!('folder' in loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    process.stderr.write(`asso: the books have errors: no statement is printed until they are fixed (run \`asso check\` for the full list)\n`);
    return undefined;
  }
  if (Number.isNaN(loaded.year)) throw new UsageError('the ledger has no entries yet: add journal files under journal/, or pass --year');
  return loaded;
}

export function runIncomeStatement(options: GlobalOptions, command: StatementOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  const { exact, shown } = exactAndShown(loaded, options);
  emit(options, [incomeStatementDocument(shown.income, display)], incomeStatementJson(exact.income));
  return 0;
}

export function runBalanceSheet(options: GlobalOptions, command: StatementOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  const { exact, shown } = exactAndShown(loaded, options);
  emit(options, balanceSheetDocuments(shown.sheet, display), balanceSheetJson(exact.sheet));
  return sheetVerdict(exact.sheet, shown.sheet, command.expectTotal, options.euros);
}

/** Exit 1 when the sheet does not balance, or its totals differ from --expect-total. */
function sheetVerdict(exact: BalanceSheet, shown: BalanceSheet, expectTotal: string | undefined, euros: boolean): number {
  if (!exact.balanced) {
    process.stderr.write('asso: the balance sheet does not balance: total actif ≠ total passif\n');
    return 1;
  }
  if (expectTotal !== undefined) {
    const expected: Cents | null = parseCanonical(expectTotal.replace(',', '.').replace(/[\s\u00a0\u202f]/g, ''));
    if (expected === null) throw new UsageError(`--expect-total takes an amount such as 54744 or 54744.00, not "${expectTotal}"`);
    const sheet = euros ? shown : exact;
    if (sheet.assets.total !== expected || sheet.liabilities.total !== expected) {
      process.stderr.write(`asso: --expect-total ${expectTotal}: the totals are ${centsToString(sheet.assets.total)} (actif) and ${centsToString(sheet.liabilities.total)} (passif)\n`);
      return 1;
    }
  }
  return 0;
}

/** The main job: the income statement and the balance sheet with its check. */
export function runMain(options: GlobalOptions, command: StatementOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  const { exact, shown } = exactAndShown(loaded, options);
  const forecast = mainForecast(loaded, options); // the next year's budget, when budget/<year+1>.csv exists
  emit(options, [incomeStatementDocument(shown.income, display), ...balanceSheetDocuments(shown.sheet, display), ...(forecast?.documents ?? [])],
    { incomeStatement: incomeStatementJson(exact.income), balanceSheet: balanceSheetJson(exact.sheet), ...(forecast ? { budget: forecast.json } : {}) });
  const verdict = sheetVerdict(exact.sheet, shown.sheet, command.expectTotal, options.euros);
  return forecast?.failed ? 1 : verdict;
}
