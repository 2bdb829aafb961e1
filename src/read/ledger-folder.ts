// A ledger folder: asso.json, accounts.csv, journal/*.csv (and budget/, assertions.csv, locks/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFileBytes } from './text.js';
import { join } from 'node:path';
import {
  BUILTIN_REFERENCES as REFERENCES,
  postingProblem,
  readingChart,
  type Account,
  type Chart,
} from '../chart/chart.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { readMessages } from '../messages/read.js';
import type { Text } from '../messages/text.js';
import type { FiscalCalendar } from '../fiscal.js';
import { readAssertions, type BalanceAssertion } from './assertions.js';
import { readCsv } from './csv.js';
import { normalizeName } from './columns.js';
import { isRealDate } from './date.js';

export interface LedgerConfig {
  readonly name: string;
  readonly currency: string;
  readonly siren?: string;
  readonly calendar: FiscalCalendar;
  readonly journals: Readonly<Record<string, string>>;
  readonly reference?: string;
}

export interface LedgerFolder {
  readonly dir: string;
  readonly config: LedgerConfig;
  /** The chart journals are read against (every built-in set, and accounts.csv). */
  readonly chart: Chart;
  /** The association's own accounts (accounts.csv), to add to a year's built-in chart. */
  readonly own: readonly Account[];
  /** Journal files, sorted by name, as paths joined to `dir`. */
  readonly journalFiles: readonly string[];
  /** The balances of assertions.csv (the bank reconciliation), if the folder has one. */
  readonly assertions?: readonly BalanceAssertion[];
}

export const DEFAULT_JOURNALS: Readonly<Record<string, string>> = {
  AN: 'À-nouveaux',
  BQ: 'Banque',
  CA: 'Caisse',
  AC: 'Achats',
  VT: 'Ventes',
  OD: 'Opérations diverses',
  EX: 'Extournes',
};

export function isLedgerFolder(dir: string): boolean {
  return existsSync(join(dir, 'asso.json'));
}

export function readLedgerFolder(dir: string): { folder?: LedgerFolder; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const configFile = join(dir, 'asso.json');
  const config = readConfig(configFile, diagnostics);
  const { chart, own } = readAccounts(join(dir, 'accounts.csv'), diagnostics);
  const journalDir = join(dir, 'journal');
  const journalFiles =
    existsSync(journalDir) && statSync(journalDir).isDirectory()
      ? readdirSync(journalDir)
          .filter((name) => name.toLowerCase().endsWith('.csv'))
          .sort()
          .map((name) => join(journalDir, name))
      : [];
  const assertionsFile = join(dir, 'assertions.csv');
  const assertions = existsSync(assertionsFile) ? readAssertions(assertionsFile, (d) => diagnostics.push(d)) : [];
  if (!config) return { diagnostics };
  return { folder: { dir, config, chart, own, journalFiles, assertions }, diagnostics };
}

function readConfig(file: string, diagnostics: Diagnostic[]): LedgerConfig | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (thrown) {
    diagnostics.push(
      error(
        'config',
        existsSync(file) ? readMessages.configNotJson((thrown as Error).message) : readMessages.noConfig(),
        { file, line: 1 },
      ),
    );
    return undefined;
  }
  const value = (raw ?? {}) as Record<string, unknown>;
  const problems: Text[] = [];
  const start = typeof value.fiscalYearStart === 'string' ? value.fiscalYearStart : '01-01';
  const startMatch = /^(\d{2})-(\d{2})$/.exec(start);
  if (!startMatch || !isRealDate(2001, +startMatch[1]!, +startMatch[2]!))
    problems.push(readMessages.configFiscalYearStart(String(start)));
  if (value.currency !== undefined && value.currency !== 'EUR') problems.push(readMessages.configCurrency());
  let firstYear: FiscalCalendar['firstYear'];
  if (value.firstYear !== undefined) {
    const first = value.firstYear as { start?: unknown; end?: unknown };
    if (
      typeof first?.start === 'string' &&
      typeof first.end === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(first.start) &&
      /^\d{4}-\d{2}-\d{2}$/.test(first.end) &&
      first.start < first.end
    ) {
      firstYear = { start: first.start, end: first.end };
    } else problems.push(readMessages.configFirstYear());
  }
  if (value.reference !== undefined && !REFERENCES.includes(value.reference as string))
    problems.push(readMessages.configReference(REFERENCES.map((r) => `"${r}"`).join(', ')));
  for (const problem of problems) diagnostics.push(error('config', problem, { file, line: 1 }));
  if (problems.length) return undefined;
  return {
    name: typeof value.name === 'string' ? value.name : '',
    currency: 'EUR',
    siren: typeof value.siren === 'string' ? value.siren : undefined,
    calendar: { start, firstYear },
    journals: { ...DEFAULT_JOURNALS, ...((value.journals ?? {}) as Record<string, string>) },
    reference: typeof value.reference === 'string' ? value.reference : undefined,
  };
}

function readAccounts(file: string, diagnostics: Diagnostic[]): { chart: Chart; own: Account[] } {
  const chart = readingChart();
  const own: Account[] = [];
  if (!existsSync(file)) return { chart, own };
  const accounts = new Map(chart.accounts);
  let numberColumn = -1;
  let labelColumn = -1;
  let header = true;
  const bytes = readFileBytes(file, (d) => diagnostics.push(d));
  if (!bytes) return { chart, own };
  const result = readCsv(
    bytes,
    ({ line, fields, damaged }) => {
      if (damaged) return;
      if (header) {
        header = false;
        const names = fields.map(normalizeName);
        numberColumn = names.findIndex((n) => ['number', 'numero', 'compte', 'account', 'comptenum'].includes(n));
        labelColumn = names.findIndex((n) => ['label', 'libelle', 'intitule', 'comptelib'].includes(n));
        if (numberColumn < 0 || labelColumn < 0)
          diagnostics.push(error('missing-column', readMessages.accountsColumns(fields.join(', ')), { file, line }));
        return;
      }
      if (numberColumn < 0 || labelColumn < 0) return;
      const number = (fields[numberColumn] ?? '').trim();
      const label = (fields[labelColumn] ?? '').trim();
      const problem = postingProblem(chart, number);
      if (problem) diagnostics.push(error('unknown-account', problem, { file, line, column: 'number' }));
      else if (!label)
        diagnostics.push(
          error('empty-label', readMessages.emptyLabel(number), {
            file,
            line,
            column: 'label',
          }),
        );
      else {
        const account: Account = { number, label, builtin: chart.accounts.get(number)?.builtin ?? false };
        accounts.set(number, account);
        own.push(account);
      }
    },
    (problem) => diagnostics.push(error(problem.code, problem.message, { file, line: problem.line })),
  );
  if ('problem' in result)
    diagnostics.push(error(result.problem.code, result.problem.message, { file, line: result.problem.line }));
  return { chart: { reference: chart.reference, accounts }, own };
}
