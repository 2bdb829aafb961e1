// A ledger folder: asso.json, accounts.csv, journal/*.csv (and budget/, assertions.csv, locks/).
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { readMessages } from '../messages/read.js';
import { readFileBytes, unreadableFile, whyUnreadable } from './text.js';
import { join } from 'node:path';
import { postingProblem, readingChart, type Account, type Chart } from '../chart/chart.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { readAssertions, type BalanceAssertion } from './assertions.js';
import { readCsv } from './csv.js';
import { normalizeName } from './columns.js';
import { readConfig } from './config.js';

import type { LedgerConfig } from './config.js';

export type { LedgerConfig } from './config.js';

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

export { DEFAULT_JOURNALS } from './config.js';

/** The header names of accounts.csv's two columns (normalised). */
export const ACCOUNT_NUMBER_NAMES: readonly string[] = ['number', 'numero', 'compte', 'account', 'comptenum'];
export const ACCOUNT_LABEL_NAMES: readonly string[] = ['label', 'libelle', 'intitule', 'comptelib'];

export function isLedgerFolder(dir: string): boolean {
  return existsSync(join(dir, 'asso.json'));
}

export function readLedgerFolder(dir: string): { folder?: LedgerFolder; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const configFile = join(dir, 'asso.json');
  const config = readConfig(configFile, diagnostics);
  const { chart, own } = readAccounts(join(dir, 'accounts.csv'), diagnostics);
  const journalFiles = listJournals(join(dir, 'journal'), diagnostics);
  const assertionsFile = join(dir, 'assertions.csv');
  const assertions = existsSync(assertionsFile) ? readAssertions(assertionsFile, (d) => diagnostics.push(d)) : [];
  if (!config) return { diagnostics };
  return { folder: { dir, config, chart, own, journalFiles, assertions }, diagnostics };
}

/** The .csv files of journal/ that can be read, sorted by name; what cannot (a FIFO, a broken link) is reported. */
function listJournals(journalDir: string, diagnostics: Diagnostic[]): string[] {
  let names: string[];
  try {
    lstatSync(journalDir);
  } catch {
    return []; // no journal/ folder: no journals yet
  }
  try {
    names = readdirSync(journalDir);
  } catch (thrown) {
    diagnostics.push(
      error('unreadable-file', readMessages.unreadableFolder(whyUnreadable(thrown)), { file: journalDir }),
    );
    return [];
  }
  const files: string[] = [];
  for (const name of names.filter((name) => name.toLowerCase().endsWith('.csv')).sort()) {
    const file = join(journalDir, name);
    let kind: string | undefined;
    try {
      const stat = statSync(file);
      // A folder named .csv is reported by the reader; a FIFO would be waited on forever, a device read without end.
      if (stat.isFIFO()) kind = 'a named pipe (FIFO)';
      else if (stat.isCharacterDevice() || stat.isBlockDevice()) kind = 'a device';
      else if (stat.isSocket()) kind = 'a socket';
    } catch (thrown) {
      diagnostics.push(unreadableFile(file, thrown));
      continue;
    }
    if (kind) diagnostics.push(error('not-a-file', readMessages.notAFile(kind), { file, line: 1 }));
    else files.push(file);
  }
  return files;
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
        numberColumn = names.findIndex((n) => ACCOUNT_NUMBER_NAMES.includes(n));
        labelColumn = names.findIndex((n) => ACCOUNT_LABEL_NAMES.includes(n));
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
