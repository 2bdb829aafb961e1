// The balances a statement states become lines of assertions.csv (date,account,balance) at their
// own dates, so that `check` reconciles the books with the bank. One already there is kept; one
// that says otherwise is shown, never overwritten.
import { centsToString, type Cents } from '../../money.js';
import { settlingMark } from '../../read/amount.js';
import { detectDelimiter } from '../../read/text.js';
import type { StatedBalance } from './statement.js';

export interface BalanceToAssert extends StatedBalance {
  readonly file: string;
  readonly account: string;
  /** new: to add; present: assertions.csv already says it; conflict: assertions.csv says another balance that day. */
  readonly status: 'new' | 'present' | 'conflict';
  readonly existing?: Cents;
}

export function balancesToAssert(
  stated: readonly { file: string; account: string; balances: readonly StatedBalance[] }[],
  existing: readonly { date: string; account: string; balance: Cents }[],
): BalanceToAssert[] {
  const known = new Map(existing.map((a) => [`${a.date}|${a.account}`, a.balance]));
  const out: BalanceToAssert[] = [];
  for (const { file, account, balances } of stated)
    for (const balance of balances) {
      const key = `${balance.date}|${account}`;
      const there = known.get(key);
      const status = there === undefined ? 'new' : there === balance.balance ? 'present' : 'conflict';
      out.push({ ...balance, file, account, status, ...(there !== undefined ? { existing: there } : {}) });
      if (there === undefined) known.set(key, balance.balance);
    }
  return out;
}

/** assertions.csv with the new balances appended (created with its header when absent). */
export function appendedAssertions(existing: string | undefined, added: readonly BalanceToAssert[]): string {
  if (existing === undefined || existing.trim() === '') return `date,account,balance\n${rowsOf(added, ',', '.')}`;
  // Written in the file's own delimiter and decimal mark.
  const delimiter = detectDelimiter(existing.replace(/^\uFEFF/, ''));
  const mark =
    existing
      .split(/\r?\n/)
      .slice(1)
      .map((line) => settlingMark(line.split(delimiter).pop() ?? ''))
      .find((found) => found !== undefined) ?? (delimiter === ',' ? '.' : ',');
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}${rowsOf(added, delimiter, mark)}`;
}

function rowsOf(added: readonly BalanceToAssert[], delimiter: string, mark: string): string {
  return added
    .map((a) => [a.date, a.account, centsToString(a.balance).replace('.', mark)].join(delimiter))
    .map((line) => `${line}\n`)
    .join('');
}
