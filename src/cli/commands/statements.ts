// income-statement, balance-sheet, and the main job (both, for `npm start`): flags → the domain
// layer's statements → documents → exit code.
import { labels } from '../../messages/labels.js';
import { cliMessages } from '../../messages/cli.js';
import { euros as eurosIn } from '../../messages/number.js';
import { say } from '../../messages/text.js';
import { centsToString, parseCanonical, type Cents } from '../../money.js';
import { balanceSheetJson, incomeStatementJson } from '../../render/json.js';
import { balanceSheetDocuments, incomeStatementDocument } from '../../render/statements.js';
import type { BalanceSheet } from '../../reports/balance-sheet.js';
import type { Document } from '../../render/document.js';
import { fiscalPeriod } from '../../fiscal.js';
import type { Ledger } from '../../ledger/open.js';
import { exactAndShown as domainExactAndShown, remapFor, type PreviousRemap } from '../../ledger/statements.js';
import { emit } from '../output.js';
import { loadChecked } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';

export interface StatementOptions {
  readonly detail: boolean;
  readonly expectTotal?: string;
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

const exactAndShown = (loaded: Ledger, options: GlobalOptions) =>
  domainExactAndShown(loaded, { lang: options.lang, euros: options.euros, json: options.format === 'json' });

/** The statements of a closed year say so under the last table, with the seal's fingerprint. */
function withSeal(loaded: Ledger, documents: Document[], options: GlobalOptions): Document[] {
  const seal = loaded.seals.get(loaded.year);
  if (!seal || !documents.length) return documents;
  const note = say(labels.yearClosed(seal.closedOn, seal.fingerprint), options.lang);
  const last = documents[documents.length - 1]!;
  return [...documents.slice(0, -1), { ...last, notes: [...last.notes, note] }];
}

export function runIncomeStatement(options: GlobalOptions, command: StatementOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = {
    lang: options.lang,
    detail: command.detail,
    name: loaded.folder.config.name,
    period: fiscalPeriod(loaded.folder.config.calendar, loaded.year),
  };
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
  const display = {
    lang: options.lang,
    detail: command.detail,
    name: loaded.folder.config.name,
    period: fiscalPeriod(loaded.folder.config.calendar, loaded.year),
  };
  const { exact, shown } = exactAndShown(loaded, options);
  const remap = remapFor(exact.remap, 'sheet');
  emit(options, withSeal(loaded, balanceSheetDocuments(shown.sheet, { ...display, previousRemap: remap }), options), {
    ...balanceSheetJson(exact.sheet),
    ...remapJson(remap),
  });
  return sheetVerdict(exact.sheet, shown.sheet, command.expectTotal, options.euros, options);
}

/** Exit 1 when the sheet does not balance, or its totals differ from --expect-total. */
function sheetVerdict(
  exact: BalanceSheet,
  shown: BalanceSheet,
  expectTotal: string | undefined,
  euros: boolean,
  options: GlobalOptions,
): number {
  const lang = options.messages;
  if (!exact.balanced) {
    options.io.stderr.write(`asso: ${say(cliMessages.sheetUnbalanced(), lang)}\n`);
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
      options.io.stderr.write(`asso: ${say(totals, lang)}\n`);
      return 1;
    }
  }
  return 0;
}

/** The main job: the income statement and the balance sheet with its check. */
export async function runMain(options: GlobalOptions, command: StatementOptions): Promise<number> {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const display = {
    lang: options.lang,
    detail: command.detail,
    name: loaded.folder.config.name,
    period: fiscalPeriod(loaded.folder.config.calendar, loaded.year),
  };
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
  const verdict = sheetVerdict(exact.sheet, shown.sheet, command.expectTotal, options.euros, options);
  return forecast?.failed ? 1 : verdict;
}
