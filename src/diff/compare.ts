// Two states of the books side by side: which statement lines and which account balances moved
// (before, after, difference). Pure: the two statements and balances in, the differences out.
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import type { BalanceSheet } from '../reports/balance-sheet.js';
import type { IncomeStatement } from '../reports/income-statement.js';

export interface Side {
  readonly income: IncomeStatement;
  readonly sheet: BalanceSheet;
  readonly balances: Balances;
  readonly labelOf: (account: string) => string;
}

export interface Change {
  readonly id: string;
  readonly label: string;
  readonly before: Cents;
  readonly after: Cents;
  readonly difference: Cents;
}

export interface Comparison {
  readonly year: number;
  readonly lines: readonly (Change & { statement: 'income-statement' | 'balance-sheet' })[];
  readonly accounts: readonly Change[];
  readonly differ: boolean;
}

function lineAmounts(
  side: Side,
): Map<string, { statement: 'income-statement' | 'balance-sheet'; label: string; amount: Cents }> {
  const map = new Map<string, { statement: 'income-statement' | 'balance-sheet'; label: string; amount: Cents }>();
  for (const line of side.income.lines)
    if (line.kind !== 'heading')
      map.set(line.id, { statement: 'income-statement', label: line.label, amount: line.amount });
  for (const line of [...side.sheet.assets.lines, ...side.sheet.liabilities.lines])
    if (line.kind !== 'heading')
      map.set(line.id, { statement: 'balance-sheet', label: line.label, amount: line.amount });
  return map;
}

export function compareSides(year: number, before: Side, after: Side): Comparison {
  const a = lineAmounts(before);
  const b = lineAmounts(after);
  const lines: Comparison['lines'][number][] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const from = a.get(id)?.amount ?? 0n;
    const to = b.get(id)?.amount ?? 0n;
    if (from !== to)
      lines.push({
        id,
        statement: (b.get(id) ?? a.get(id))!.statement,
        label: (b.get(id) ?? a.get(id))!.label,
        before: from,
        after: to,
        difference: to - from,
      });
  }
  const accounts: Change[] = [];
  for (const account of [...new Set([...before.balances.keys(), ...after.balances.keys()])].sort()) {
    const from = balanceOf(before.balances.get(account));
    const to = balanceOf(after.balances.get(account));
    if (from !== to)
      accounts.push({
        id: account,
        label: after.balances.has(account) ? after.labelOf(account) : before.labelOf(account),
        before: from,
        after: to,
        difference: to - from,
      });
  }
  return { year, lines, accounts, differ: lines.length > 0 || accounts.length > 0 };
}
