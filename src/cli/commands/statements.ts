// income-statement, balance-sheet, and the main job (both, for `npm start`).
import { cliMessages } from '../../messages/cli.js';
import { euros as eurosIn } from '../../messages/number.js';
import { type Lang, say } from '../../messages/text.js';
import { centsToString, parseCanonical, type Cents } from '../../money.js';
import { remapBalances, type Remap } from '../../chart/changes.js';
import { balanceSheetJson, incomeStatementJson } from '../../render/json.js';
import { balanceSheetDocuments, incomeStatementDocument } from '../../render/statements.js';
import { balanceSheet, type BalanceSheet } from '../../reports/balance-sheet.js';
import { incomeStatement, type IncomeStatement } from '../../reports/income-statement.js';
import { previousSheetSource, yearPosition } from '../../reports/positions.js';
import { withPublishedPreviousIncome, withPublishedPreviousSheet } from '../../reports/published-previous.js';
import type { Document } from '../../render/document.js';
import { frenchDate } from '../../read/date.js';
import { emit } from '../output.js';
import { loadLedger, printDiagnostics, type Loaded } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';

export interface StatementOptions {
  readonly detail: boolean;
  readonly expectTotal?: string;
}

/** How N−1 was brought onto the year's reference set, when the two years use different sets. */
export interface PreviousRemap {
  readonly from: string;
  readonly to: string;
  readonly remaps: readonly Remap[];
}

export function statements(
  loaded: Loaded,
  options: Pick<GlobalOptions, 'lang'>,
  euros: boolean,
): { income: IncomeStatement; sheet: BalanceSheet; remap?: PreviousRemap } {
  const { books, set, year } = loaded;
  const chart = loaded.chartFor(year);
  // A closed N−1 is read from its seal (balances, then the published lines): a later change of
  // code, mapping or books never rewrites a published column.
  const sealed = loaded.seals.get(year - 1);
  const position = yearPosition(books, year, loaded.carryFor);
  if (!position) throw new UsageError(cliMessages.yearHasNoEntries(year, [...books.years.keys()].sort().join(', ')));
  const previousPosition = sealed
    ? { balances: sealed.balances }
    : books.years.has(year - 1)
      ? yearPosition(books, year - 1, loaded.carryFor)
      : undefined;
  // N−1 kept on another chart (2024 before the 2025 set) is presented on this year's layout, its balances carried account by account (not restated).
  const carry = previousPosition ? loaded.carryFor(year) : undefined;
  const carried = previousPosition && carry ? remapBalances(previousPosition.balances, carry) : undefined;
  const remap = carried ? { from: loaded.setFor(year - 1).id, to: set.id, remaps: carried.remaps } : undefined;
  const income = incomeStatement({
    set,
    chart,
    year,
    current: position.balances,
    previous: carried?.balances ?? previousPosition?.balances,
    lang: options.lang,
    euros,
  });
  const source = sealed
    ? { balances: sealed.balances, resultOn12: false }
    : previousSheetSource(books, year, loaded.carryFor);
  const previousSource = source && !source.resultOn12 && carried ? { ...source, balances: carried.balances } : source;
  const exactPrevious =
    euros && previousSource && !previousSource.resultOn12
      ? incomeStatement({
          set,
          chart,
          year: year - 1,
          current: previousSource.balances,
          previous: undefined,
          lang: options.lang,
          euros: true,
        }).totals.result
      : null;
  const sheet = balanceSheet({
    set,
    chart,
    year,
    current: { balances: position.balances, resultOn12: false },
    previous: previousSource,
    provisionalOpening: position.provisional,
    lang: options.lang,
    euros: euros ? { result: income.totals.result, previousResult: exactPrevious } : undefined,
  });
  // The published N−1 lines replace the computed ones only on the same layout; across sets the
  // published statements stay in the seal and the carried balances are shown (with a note).
  if (!sealed || remap) return { income, sheet, remap };
  const published = (
    sealed.statements as Record<string, { incomeStatement?: unknown; balanceSheet?: unknown } | undefined> | null
  )?.[euros ? 'euros' : 'exact'];
  return {
    income: withPublishedPreviousIncome(income, published?.incomeStatement),
    sheet: withPublishedPreviousSheet(sheet, published?.balanceSheet),
  };
}

/** The remaps a statement shows: those of its classes (6–7 for the income statement, 1–5 for the balance sheet). */
function remapFor(remap: PreviousRemap | undefined, statement: 'income' | 'sheet'): PreviousRemap | undefined {
  if (!remap) return undefined;
  return {
    ...remap,
    remaps: remap.remaps.filter(
      (r) => r.balance !== 0n && (statement === 'income' ? /^[67]/.test(r.from) : /^[1-5]/.test(r.from)),
    ),
  };
}

function remapJson(remap: PreviousRemap | undefined) {
  return remap
    ? {
        previousRemapped: {
          from: remap.from,
          to: remap.to,
          remaps: remap.remaps.map((r) => ({ from: r.from, to: r.to, balance: centsToString(r.balance) })),
        },
      }
    : {};
}

/** The exact statements (JSON, checks) and, with --euros, the whole-euro ones shown; computed once each. */
function exactAndShown(loaded: Loaded, options: GlobalOptions) {
  const exact = statements(loaded, options, false);
  return { exact, shown: options.euros && options.format !== 'json' ? statements(loaded, options, true) : exact };
}

/** The statements of a closed year say so under the last table, with the seal's fingerprint. */
function withSeal(loaded: Loaded, documents: Document[], options: GlobalOptions): Document[] {
  const seal = loaded.seals.get(loaded.year);
  if (!seal || !documents.length) return documents;
  const note =
    options.lang === 'fr'
      ? `Exercice clos le ${frenchDate(seal.closedOn)} — empreinte SHA-256 : ${seal.fingerprint}`
      : `Year closed on ${seal.closedOn} — SHA-256 fingerprint: ${seal.fingerprint}`;
  const last = documents[documents.length - 1]!;
  return [...documents.slice(0, -1), { ...last, notes: [...last.notes, note] }];
}

/** Loads the ledger; prints problems; returns undefined (exit 1) when the books have errors. */
export function loadChecked(options: GlobalOptions): Loaded | undefined {
  const loaded = loadLedger(options);
  const write = (text: string) => process.stderr.write(text);
  printDiagnostics(loaded.diagnostics, write, false, options.messages);
  if (!('folder' in loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    process.stderr.write(`asso: ${say(cliMessages.booksHaveErrors(cliMessages.noStatement()), options.messages)}\n`);
    return undefined;
  }
  if (Number.isNaN(loaded.year)) throw new UsageError(cliMessages.noEntriesYet());
  return loaded;
}

export function runIncomeStatement(options: GlobalOptions, command: StatementOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  const { exact, shown } = exactAndShown(loaded, options);
  const remap = remapFor(exact.remap, 'income');
  emit(
    options,
    withSeal(loaded, [incomeStatementDocument(shown.income, { ...display, previousRemap: remap })], options),
    { ...incomeStatementJson(exact.income), ...remapJson(remap) },
  );
  return 0;
}

export function runBalanceSheet(options: GlobalOptions, command: StatementOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  const { exact, shown } = exactAndShown(loaded, options);
  const remap = remapFor(exact.remap, 'sheet');
  emit(options, withSeal(loaded, balanceSheetDocuments(shown.sheet, { ...display, previousRemap: remap }), options), {
    ...balanceSheetJson(exact.sheet),
    ...remapJson(remap),
  });
  return sheetVerdict(exact.sheet, shown.sheet, command.expectTotal, options.euros, options.messages);
}

/** Exit 1 when the sheet does not balance, or its totals differ from --expect-total. */
function sheetVerdict(
  exact: BalanceSheet,
  shown: BalanceSheet,
  expectTotal: string | undefined,
  euros: boolean,
  lang: Lang,
): number {
  if (!exact.balanced) {
    process.stderr.write(`asso: ${say(cliMessages.sheetUnbalanced(), lang)}\n`);
    return 1;
  }
  if (expectTotal !== undefined) {
    const expected: Cents | null = parseCanonical(expectTotal.replace(',', '.').replace(/[\s\u00a0\u202f]/g, ''));
    if (expected === null) throw new UsageError(cliMessages.badExpectTotal(expectTotal));
    const sheet = euros ? shown : exact;
    if (sheet.assets.total !== expected || sheet.liabilities.total !== expected) {
      const totals = cliMessages.expectTotalDiffers(
        expectTotal,
        eurosIn(sheet.assets.total, lang),
        eurosIn(sheet.liabilities.total, lang),
      );
      process.stderr.write(`asso: ${say(totals, lang)}\n`);
      return 1;
    }
  }
  return 0;
}

/** The main job: the income statement and the balance sheet with its check. */
export async function runMain(options: GlobalOptions, command: StatementOptions): Promise<number> {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  const { exact, shown } = exactAndShown(loaded, options);
  // The next year's budget, when budget/<year+1>.csv exists (its code loaded only for the main job).
  const forecast = (await import('./budget.js')).mainForecast(loaded, options);
  const incomeRemap = remapFor(exact.remap, 'income');
  const sheetRemap = remapFor(exact.remap, 'sheet');
  emit(
    options,
    [
      ...withSeal(
        loaded,
        [
          incomeStatementDocument(shown.income, { ...display, previousRemap: incomeRemap }),
          ...balanceSheetDocuments(shown.sheet, { ...display, previousRemap: sheetRemap }),
        ],
        options,
      ),
      ...(forecast?.documents ?? []),
    ],
    {
      incomeStatement: { ...incomeStatementJson(exact.income), ...remapJson(incomeRemap) },
      balanceSheet: { ...balanceSheetJson(exact.sheet), ...remapJson(sheetRemap) },
      ...(forecast ? { budget: forecast.json } : {}),
    },
  );
  const verdict = sheetVerdict(exact.sheet, shown.sheet, command.expectTotal, options.euros, options.messages);
  return forecast?.failed ? 1 : verdict;
}
