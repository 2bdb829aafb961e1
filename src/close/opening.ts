// The opening entries (à-nouveaux) of year Y+1 as `close --year Y` writes them: one entry in
// journal AN, dated the first day of Y+1, carrying every account of classes 1 to 5 at its
// closing balance (auxiliary detail kept, one row per auxiliary account), the year's result on
// 120 (excédent) or 129 (déficit). Rows go by account number, then auxiliary code.
import type { Chart } from '../chart/chart.js';
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import { remapBalances, type RemapMap } from '../chart/changes.js';
import { carryForward, resultOf } from '../post/positions.js';
import type { JournalLine } from './journal-csv.js';

/**
 * The account that carries a result: the association's own sub-account of 120 (or 129) when
 * accounts.csv declares exactly one (120000 in the seed books), else 120 (129) itself.
 */
export function resultAccountOf(chart: Chart, result: Cents): string {
  const base = result < 0n ? '129' : '120';
  const own = [...chart.accounts.values()].filter((account) => !account.builtin && account.number.startsWith(base));
  return own.length === 1 ? own[0]!.number : base;
}

export function openingPiece(nextYear: number): string {
  return `AN-${nextYear}`;
}

export function openingLabel(nextYear: number): string {
  return `À-nouveaux ${nextYear}`;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The opening entry's rows, from the closing balances of the year (classes 1 to 8). `carry` maps
 * the accounts onto the next year's chart when it uses another reference set (2024 → 2025).
 */
export function openingLines(
  closing: Balances,
  chart: Chart,
  firstDay: string,
  nextYear: number,
  carry?: RemapMap,
): JournalLine[] {
  const result = resultOf(closing);
  const carried = carry ? remapBalances(carryForward(closing), carry).balances : carryForward(closing);
  // carryForward puts the result on 120/129; move it to the account the association uses.
  const target = resultAccountOf(chart, result);
  const base = result < 0n ? '129' : '120';
  const lines: JournalLine[] = [];
  const row = (account: string, balance: Cents, aux = '', auxLabel = ''): void => {
    if (balance === 0n) return;
    lines.push({
      date: firstDay,
      journal: 'AN',
      piece: openingPiece(nextYear),
      account,
      label: openingLabel(nextYear),
      debit: balance > 0n ? balance : 0n,
      credit: balance < 0n ? -balance : 0n,
      aux,
      auxLabel,
    });
  };
  const merged = new Map<string, Cents>();
  for (const [account, totals] of carried) {
    if (totals.aux.size) continue;
    const key = account === base ? target : account;
    merged.set(key, (merged.get(key) ?? 0n) + balanceOf(totals));
  }
  for (const account of [...new Set([...carried.keys(), ...merged.keys()])].sort(byCode)) {
    const totals = carried.get(account);
    if (totals?.aux.size) {
      for (const [aux, sub] of [...totals.aux].sort(([a], [b]) => byCode(a, b)))
        row(account, sub.debit - sub.credit, aux, sub.label);
      const rest = balanceOf(totals) - [...totals.aux.values()].reduce((sum, sub) => sum + sub.debit - sub.credit, 0n);
      row(account, rest);
    } else if (merged.has(account)) row(account, merged.get(account)!);
  }
  return lines;
}
