// assertions.csv → balance assertions: the balance of an account (or of every account under a
// prefix) at the end of a day, as the bank statement shows it. Sign: debit − credit, so that a
// bank account (512) with money on it is positive, as on the statement.
import { error, type Diagnostic } from '../diagnostics.js';
import { readMessages } from '../messages/read.js';
import type { Text } from '../messages/text.js';
import type { Cents } from '../money.js';
import { parseAmount, settlingMark, type DecimalMark } from './amount.js';
import { normalizeName } from './columns.js';
import { readCsv } from './csv.js';
import { readFileBytes } from './text.js';
import { parseDate } from '../date.js';

export interface BalanceAssertion {
  readonly file: string;
  readonly line: number;
  /** ISO date: the balance is the one at the end of this day. */
  readonly date: string;
  /** An account number or a prefix (`512` covers 512100 and 512200). */
  readonly account: string;
  /** Debit − credit, in cents. */
  readonly balance: Cents;
}

const NAMES = {
  date: ['date'],
  account: ['account', 'compte', 'comptenum', 'prefix', 'prefixe'],
  balance: ['balance', 'solde', 'amount', 'montant'],
} as const;

export function readAssertions(file: string, report: (d: Diagnostic) => void): BalanceAssertion[] {
  const rows: { line: number; cells: Record<keyof typeof NAMES, string> }[] = [];
  let index: Partial<Record<keyof typeof NAMES, number>> | undefined;
  let defaultMark: DecimalMark = '.';
  const bad = (line: number, message: Text, column?: string) =>
    report(error('bad-assertion', message, { file, line, column }));
  const bytes = readFileBytes(file, report);
  if (!bytes) return [];
  const result = readCsv(
    bytes,
    ({ line, fields, damaged }) => {
      if (!index) {
        const names = fields.map(normalizeName);
        index = {};
        for (const [column, accepted] of Object.entries(NAMES) as [keyof typeof NAMES, readonly string[]][]) {
          const position = names.findIndex((name) => accepted.includes(name));
          if (position >= 0) index[column] = position;
          else bad(line, readMessages.assertionsColumns(column, fields.join(', ')), column);
        }
        return;
      }
      if (damaged || Object.keys(index).length < 3) return;
      const cells = { date: '', account: '', balance: '' };
      for (const column of Object.keys(NAMES) as (keyof typeof NAMES)[])
        cells[column] = (fields[index[column]!] ?? '').trim();
      rows.push({ line, cells });
    },
    (problem) => report(error(problem.code, problem.message, { file, line: problem.line })),
    (delimiter) => {
      defaultMark = delimiter === ',' ? '.' : ',';
    },
  );
  if ('problem' in result) {
    report(error(result.problem.code, result.problem.message, { file, line: result.problem.line }));
    return [];
  }

  // The decimal mark is settled once for the file, as in journals.
  const mark = rows.map((row) => settlingMark(row.cells.balance)).find((found) => found !== undefined) ?? defaultMark;
  const assertions: BalanceAssertion[] = [];
  for (const { line, cells } of rows) {
    let ok = true;
    const date = parseDate(cells.date);
    if (!date.ok) {
      ok = false;
      bad(line, readMessages.assertionDate(date.message), 'date');
    }
    if (!/^\d+$/.test(cells.account)) {
      ok = false;
      bad(
        line,
        cells.account === '' ? readMessages.assertionEmptyAccount() : readMessages.assertionBadAccount(cells.account),
        'account',
      );
    }
    const amount = parseAmount(cells.balance, mark);
    if (cells.balance === '') {
      ok = false;
      bad(line, readMessages.assertionEmptyBalance(), 'balance');
    } else if (!amount.ok) {
      ok = false;
      bad(line, amount.message, 'balance');
    }
    if (ok && date.ok && amount.ok)
      assertions.push({ file, line, date: date.date, account: cells.account, balance: amount.cents });
  }
  return assertions;
}
