// The values the tool works on. Amounts are signed cents inside (debit +, credit −).
import type { Cents } from './money.js';

export interface Posting {
  readonly account: string;
  readonly label: string;
  /** Debit and credit as written (a negative amount is a red-ink reversal on its own side). */
  readonly debit: Cents;
  readonly credit: Cents;
  readonly aux: string;
  readonly auxLabel: string;
  readonly line: number;
  /** The optional columns of the row (analytic, entry, journal_label, …) and any extra column, by name. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface Entry {
  readonly year: number;
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  readonly label: string;
  readonly file: string;
  readonly line: number;
  readonly postings: readonly Posting[];
}

export interface Totals {
  debit: Cents;
  credit: Cents;
}

export interface AccountTotals extends Totals {
  /** Per auxiliary account (the member under 411…), when the rows name one. */
  readonly aux: Map<string, Totals & { label: string }>;
}

/** Debit and credit totals per account number. */
export type Balances = Map<string, AccountTotals>;

export function balanceOf(totals: Totals | undefined): Cents {
  return totals ? totals.debit - totals.credit : 0n;
}

export function addToBalances(
  balances: Balances,
  account: string,
  debit: Cents,
  credit: Cents,
  aux = '',
  auxLabel = '',
): void {
  let totals = balances.get(account);
  if (!totals) balances.set(account, (totals = { debit: 0n, credit: 0n, aux: new Map() }));
  if (debit !== 0n) totals.debit += debit;
  if (credit !== 0n) totals.credit += credit;
  if (aux) {
    let sub = totals.aux.get(aux);
    if (!sub) totals.aux.set(aux, (sub = { debit: 0n, credit: 0n, label: auxLabel }));
    sub.debit += debit;
    sub.credit += credit;
    if (!sub.label && auxLabel) sub.label = auxLabel;
  }
}

export function mergeBalances(into: Balances, from: Balances): void {
  for (const [account, totals] of from) {
    addToBalances(into, account, totals.debit, totals.credit);
    for (const [aux, sub] of totals.aux) {
      const target = into.get(account)!;
      const existing = target.aux.get(aux);
      if (existing) {
        existing.debit += sub.debit;
        existing.credit += sub.credit;
      } else target.aux.set(aux, { debit: sub.debit, credit: sub.credit, label: sub.label });
    }
  }
}
