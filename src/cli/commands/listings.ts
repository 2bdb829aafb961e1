// balance, journal, ledger, accounts, check.
import { labels } from '../../messages/labels.js';
import { cliMessages } from '../../messages/cli.js';
import type { Balances, Entry } from '../../model.js';
import { remapBalances } from '../../chart/changes.js';
import { chartJson, checkJson, journalJson, ledgerJson, toJson, trialBalanceJson } from '../../render/json.js';
import { chartDocument, journalDocument, ledgerDocument, trialBalanceDocument } from '../../render/statements.js';
import {
  chartReport,
  filterEntries,
  journalReport,
  ledgerReport,
  trialBalance,
  type ListingFilter,
} from '../../reports/listings.js';
import { parseDate } from '../../date.js';
import { fiscalPeriod } from '../../fiscal.js';
import type { Chart } from '../../chart/chart.js';
import type { Books } from '../../post/year-books.js';
import { say } from '../../messages/text.js';
import { listingMessages } from '../../messages/treasurer.js';
import { checkDocument, checkLines } from '../../render/check.js';
import { carryForward, yearPosition } from '../../post/positions.js';
import { readLedgerFolder } from '../../read/ledger-folder.js';
import type { Label, SheetLineSpec } from '../../statements/layout.js';
import { chartOfSet, referenceSetFor } from '../../statements/reference-sets.js';
import { emit, renderDocuments, writeAtomically } from '../output.js';
import { loadChecked, loadLedger, printDiagnostics } from '../context.js';
import { checkLedger } from '../../ledger/budget.js';
import { entriesOfYear, isOpen, yearEntryCollector, type Ledger } from '../../ledger/open.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { sealMessages } from '../../messages/write.js';

export function runBalance(options: GlobalOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const position = yearPosition(loaded.books, loaded.year, loaded.carryFor);
  if (!position) throw new UsageError(cliMessages.yearEmpty(loaded.year));
  const report = trialBalance(loaded.chartFor(loaded.year), loaded.year, position.balances);
  emit(
    options,
    [trialBalanceDocument(report, options.lang, fiscalPeriod(loaded.folder.config.calendar, loaded.year))],
    trialBalanceJson(report),
  );
  return 0;
}

function yearEntries(options: GlobalOptions): { entries: Entry[]; loaded: Ledger } | undefined {
  // The year's entries are collected by the scan that checks the books: they are read once.
  const collector = yearEntryCollector(options.year);
  const loaded = loadChecked(options, collector.onEntry);
  if (!loaded) return undefined;
  return { entries: collector.entriesOf(loaded.year) ?? entriesOfYear(loaded, loaded.year), loaded };
}

/** --from, --to, --journal, --match of `journal` and `ledger`, checked. */
export function parseListingFilter(raw: {
  from?: string;
  to?: string;
  journal?: string;
  match?: string;
}): ListingFilter {
  const date = (flag: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const parsed = parseDate(value);
    if (!parsed.ok) throw new UsageError(listingMessages.badDate(flag, parsed.message));
    return parsed.date;
  };
  const from = date('from', raw.from);
  const to = date('to', raw.to);
  if (from !== undefined && to !== undefined && from > to)
    throw new UsageError(listingMessages.fromAfterTo(raw.from ?? '', raw.to ?? ''));
  return { from, to, journal: raw.journal, match: raw.match };
}

export function runJournal(options: GlobalOptions, filter: ListingFilter = {}): number {
  const found = yearEntries(options);
  if (!found) return 1;
  const report = journalReport(found.loaded.year, filterEntries(found.entries, filter));
  emit(
    options,
    () => [journalDocument(report, options.lang, fiscalPeriod(found.loaded.folder.config.calendar, found.loaded.year))],
    () => journalJson(report),
  );
  return 0;
}

export function runLedger(options: GlobalOptions, prefix: string | undefined, filter: ListingFilter = {}): number {
  if (prefix !== undefined && !/^\d+$/.test(prefix)) throw new UsageError(cliMessages.badPrefix(prefix));
  const found = yearEntries(options);
  if (!found) return 1;
  const { books, year } = found.loaded;
  const chart = found.loaded.chartFor(year);
  if (prefix !== undefined && !accountsUnder(chart, books, prefix))
    throw new UsageError(listingMessages.noAccountUnder(prefix));
  const provisional = yearPosition(books, year, found.loaded.carryFor)?.provisional ?? false;
  const carry = found.loaded.carryFor(year);
  const carried = (balances: Balances): Balances => (carry ? remapBalances(balances, carry).balances : balances);
  // The provisional opening belongs to the first day: shown unless --from starts later, or --journal/--match choose other rows.
  const opening =
    provisional && filter.from === undefined && filter.journal === undefined && filter.match === undefined
      ? {
          date: books.years.get(year)?.start ?? '',
          label: say(labels.provisionalOpening(year - 1), options.lang),
          balances: carried(carryForward(yearPosition(books, year - 1, found.loaded.carryFor)!.balances)),
        }
      : undefined;
  const report = ledgerReport(chart, year, filterEntries(found.entries, filter), prefix ?? '', opening);
  emit(
    options,
    () => [ledgerDocument(report, options.lang, fiscalPeriod(found.loaded.folder.config.calendar, year))],
    () => ledgerJson(report),
  );
  return 0;
}

/** Whether any account of the chart or the books starts with `prefix`. */
function accountsUnder(chart: Chart, books: Books, prefix: string): boolean {
  for (const number of chart.accounts.keys()) if (number.startsWith(prefix)) return true;
  for (const year of books.years.values())
    for (const account of year.movements.keys()) if (account.startsWith(prefix)) return true;
  return false;
}

export function runAccounts(options: GlobalOptions): number {
  const read = readLedgerFolder(options.ledger);
  printDiagnostics(read.diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
  if (!read.folder) return 1;
  const set = referenceSetFor(read.folder.config, options.year ?? accountsYear(options));
  const labels = new Map<string, string>();
  const collect = (spec: { id: string; label: Label }) => labels.set(spec.id, spec.label[options.lang]);
  for (const item of set.incomeStatement.items) if ('block' in item) item.block.lines.forEach(collect);
  set.incomeStatement.inKind.resources.lines.forEach(collect);
  set.incomeStatement.inKind.uses.lines.forEach(collect);
  const walk = (spec: SheetLineSpec): void => {
    collect(spec);
    spec.parts?.forEach(walk);
  };
  for (const side of [set.balanceSheet.assets, set.balanceSheet.liabilities])
    side.blocks.forEach((block) => block.lines.forEach(walk));
  const report = chartReport(set, chartOfSet(set, read.folder.own), options.lang, (id) => labels.get(id) ?? '');
  emit(options, [chartDocument(report, options.lang)], chartJson(report));
  return read.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** Without --year, `accounts` lists the chart of the latest year with entries; of the current year in an empty ledger. */
function accountsYear(options: GlobalOptions): number {
  const loaded = loadLedger(options);
  if ('books' in loaded && !Number.isNaN(loaded.year)) return loaded.year;
  return new Date().getFullYear();
}

export function runCheck(options: GlobalOptions, command: { strict: boolean; fingerprint?: string }): number {
  const published = command.fingerprint?.trim().toLowerCase();
  if (published !== undefined && !/^[0-9a-f]{64}$/.test(published))
    throw new UsageError(sealMessages.fingerprintUsage(command.fingerprint ?? ''));
  if (published !== undefined && options.year === undefined) throw new UsageError(sealMessages.fingerprintNeedsYear());
  // The funds' entries are collected by the scan that checks the books: they are read once.
  const loaded = loadLedger(options, undefined, { annexe: true });
  const diagnostics = isOpen(loaded) ? checkLedger(loaded) : loaded.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const years = 'books' in loaded ? [...loaded.books.years.values()] : [];
  const entries = years.reduce((t, y) => t + y.entryCount, 0);
  const summary = say(cliMessages.checkSummary(errors, warnings, entries, years.length), options.messages);
  let text: string;
  if (options.format === 'json') text = toJson(checkJson(diagnostics, options.messages));
  else if (options.format === 'csv' || options.format === 'markdown')
    text = renderDocuments([checkDocument(diagnostics, options.messages, summary)], options);
  else text = `${checkLines(diagnostics, options.messages, options.color)}${summary}\n`;
  if (options.output) writeAtomically(options.output, text);
  else options.io.stdout.write(text);
  const failed = errors > 0 || (command.strict && warnings > 0);
  if (published === undefined || options.year === undefined) return failed ? 1 : 0;
  // The published fingerprint against the seal: the seal itself was checked against the books above.
  const seal = 'seals' in loaded ? loaded.seals.get(options.year) : undefined;
  const verdict = !seal
    ? sealMessages.noSeal(options.year)
    : seal.fingerprint === published
      ? sealMessages.fingerprintMatches(options.year, seal.fingerprint, errors)
      : sealMessages.fingerprintDiffers(options.year, published, seal.fingerprint);
  (seal?.fingerprint === published && !errors ? options.io.stdout : options.io.stderr).write(
    `${say(verdict, options.messages)}\n`,
  );
  return failed || seal?.fingerprint !== published ? 1 : 0;
}
