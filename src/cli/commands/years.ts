// income-statement and balance-sheet with --years: one amount column per year, on the layout of
// the latest year (src/ledger/years.ts).
import { say, type Text } from '../../messages/text.js';
import { yearsMessages } from '../../messages/years.js';
import { balanceSheetsOfYears, incomeStatementsOfYears } from '../../ledger/years.js';
import {
  balanceSheetYearsDocuments,
  balanceSheetYearsJson,
  incomeStatementYearsDocument,
  incomeStatementYearsJson,
} from '../../render/years.js';
import { isAcceptedYear } from '../../read/years.js';
import { loadChecked } from '../context.js';
import { emit } from '../output.js';
import { UsageError, type GlobalOptions } from '../options.js';

/**
 * `--years 2021..2025` (a range, oldest first) or `--years 2023,2025` (a list, oldest first; its
 * items may be ranges: `2019,2022..2025`): the years, ascending, each once.
 */
export function parseYearsOption(value: string): number[] {
  const refuse = (message: Text) => new UsageError(message);
  const years: number[] = [];
  for (const item of value.split(',')) {
    const match = /^\s*(\d{4})\s*(?:\.\.\s*(\d{4})\s*)?$/.exec(item);
    if (!match) throw refuse(yearsMessages.badYears(value));
    const from = parseInt(match[1]!, 10);
    const to = match[2] === undefined ? from : parseInt(match[2], 10);
    if (!isAcceptedYear(from) || !isAcceptedYear(to)) throw refuse(yearsMessages.badYears(value));
    if (to < from) throw refuse(yearsMessages.reversed(item.trim(), from, to));
    for (let year = from; year <= to; year += 1) {
      if (years.length && year <= years[years.length - 1]!) throw refuse(yearsMessages.notIncreasing(value));
      years.push(year);
    }
  }
  return years;
}

export interface YearsCommandOptions {
  readonly years: string;
  readonly detail: boolean;
  readonly expectTotal?: string;
}

function yearsOf(options: GlobalOptions, command: YearsCommandOptions): number[] {
  if (options.year !== undefined) throw new UsageError(yearsMessages.withYear());
  if (command.expectTotal !== undefined) throw new UsageError(yearsMessages.expectTotalWithYears());
  return parseYearsOption(command.years);
}

const shownOptions = (options: GlobalOptions) => ({
  lang: options.lang,
  euros: options.euros && options.format !== 'json',
});

export function runIncomeStatementYears(options: GlobalOptions, command: YearsCommandOptions): number {
  const years = yearsOf(options, command);
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const report = incomeStatementsOfYears(loaded, years, shownOptions(options));
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  emit(
    options,
    () => [incomeStatementYearsDocument(report, display)],
    () => incomeStatementYearsJson(report),
  );
  return 0;
}

export function runBalanceSheetYears(options: GlobalOptions, command: YearsCommandOptions): number {
  const years = yearsOf(options, command);
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const report = balanceSheetsOfYears(loaded, years, shownOptions(options));
  const display = { lang: options.lang, detail: command.detail, name: loaded.folder.config.name };
  emit(
    options,
    () => balanceSheetYearsDocuments(report, display),
    () => balanceSheetYearsJson(report),
  );
  // As balance-sheet: every year must balance (the exact figures; whole euros are made to foot).
  const exact =
    options.euros && options.format !== 'json'
      ? balanceSheetsOfYears(loaded, years, { lang: options.lang, euros: false })
      : report;
  const unbalanced = years.filter((year) => !exact.balanced.get(year));
  if (unbalanced.length) {
    options.io.stderr.write(`${say(yearsMessages.unbalanced(unbalanced), options.messages)}\n`);
    return 1;
  }
  return 0;
}
