// The tableau de variation des fonds propres of the annexe: per group of equity accounts (10 to
// 14), the balance at the opening, the allocation of the previous result (the entries that post to
// 12x: D 120 / C 110, 1068…), the increases and the decreases or consumption of the year, and the
// balance at the closing; the year's result is a row. Amounts are credit balances (a debit
// report à nouveau, 119, is negative). The opening is the closing less the year's movements, so
// each row adds up, and the closing total is the balance sheet's "Total I" to the cent. Pure.
import { balanceOf, type Balances, type Entry } from '../model.js';
import type { Cents } from '../money.js';
import { isOpeningEntry } from './dedicated-funds.js';

export type EquityGroup =
  | 'fonds-sans-reprise'
  | 'fonds-avec-reprise'
  | 'ecarts-reevaluation'
  | 'reserves-statutaires'
  | 'reserves-projet'
  | 'reserves-autres'
  | 'report-a-nouveau'
  | 'resultat'
  | 'fonds-consomptibles'
  | 'subventions-investissement'
  | 'provisions-reglementees';

/** The order of the rows, as in the balance sheet's fonds propres block. */
export const EQUITY_GROUPS: readonly EquityGroup[] = [
  'fonds-sans-reprise',
  'fonds-avec-reprise',
  'ecarts-reevaluation',
  'reserves-statutaires',
  'reserves-projet',
  'reserves-autres',
  'report-a-nouveau',
  'resultat',
  'fonds-consomptibles',
  'subventions-investissement',
  'provisions-reglementees',
];

/** The group of an equity account, as the balance sheet places it; undefined outside 10–14. */
export function equityGroupOf(account: string): EquityGroup | undefined {
  if (account.startsWith('11')) return 'report-a-nouveau';
  if (account.startsWith('12')) return 'resultat';
  if (account.startsWith('13')) return 'subventions-investissement';
  if (account.startsWith('14')) return 'provisions-reglementees';
  if (!account.startsWith('10')) return undefined;
  if (account.startsWith('103')) return 'fonds-avec-reprise';
  if (account.startsWith('105')) return 'ecarts-reevaluation';
  if (account.startsWith('108')) return 'fonds-consomptibles';
  if (account.startsWith('1063')) return 'reserves-statutaires';
  if (account.startsWith('1068')) return 'reserves-projet';
  if (/^10[14679]/.test(account)) return 'reserves-autres';
  return 'fonds-sans-reprise';
}

export interface EquityFigures {
  opening: Cents;
  allocation: Cents;
  increase: Cents;
  decrease: Cents;
  closing: Cents;
}

export interface EquityRow extends EquityFigures {
  readonly group: EquityGroup;
}

export interface EquityChanges {
  readonly year: number;
  readonly rows: readonly EquityRow[];
  readonly total: EquityFigures;
}

export interface EquityInput {
  readonly year: number;
  /** The first day of the fiscal year (to tell its opening entries). */
  readonly start: string;
  /** The closing balances of the year (its provisional opening included). */
  readonly balances: Balances;
  /** The year's result (classes 6 and 7), positive for an excédent. */
  readonly result: Cents;
  /** The year's entries that post to 10–14 (others are ignored). */
  readonly entries: Iterable<Entry>;
}

const zero = (): EquityFigures => ({ opening: 0n, allocation: 0n, increase: 0n, decrease: 0n, closing: 0n });

export function equityChanges(input: EquityInput): EquityChanges {
  const figures = new Map<EquityGroup, EquityFigures>(EQUITY_GROUPS.map((group) => [group, zero()]));
  for (const [account, totals] of input.balances) {
    const group = equityGroupOf(account);
    if (group) figures.get(group)!.closing -= balanceOf(totals);
  }
  for (const entry of input.entries) {
    if (entry.year !== input.year || isOpeningEntry(entry, input.start)) continue;
    const allocation = entry.postings.some((p) => p.account.startsWith('12'));
    for (const posting of entry.postings) {
      const group = equityGroupOf(posting.account);
      if (!group) continue;
      const amount = posting.credit - posting.debit;
      const row = figures.get(group)!;
      if (allocation) row.allocation += amount;
      else if (amount > 0n) row.increase += amount;
      else row.decrease -= amount;
    }
  }
  const result = figures.get('resultat')!;
  result.closing += input.result;
  if (input.result > 0n) result.increase += input.result;
  else result.decrease -= input.result;
  const total = zero();
  const rows: EquityRow[] = [];
  for (const group of EQUITY_GROUPS) {
    const row = figures.get(group)!;
    row.opening = row.closing - row.allocation - row.increase + row.decrease;
    for (const key of Object.keys(total) as (keyof EquityFigures)[]) total[key] += row[key];
    if (Object.values(row).some((v) => v !== 0n) || group === 'resultat') rows.push({ group, ...row });
  }
  return { year: input.year, rows, total };
}
