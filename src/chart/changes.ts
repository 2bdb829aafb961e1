// The changes between two charts, as data (pca2025-data.ts), and the pure functions over them:
// which change an account falls under (longest prefix), and the carrying of balances from the
// old chart to the new one (opening entries written by `close`, the N−1 column of statements).
import { addToBalances, type Balances } from '../model.js';
import type { Cents } from '../money.js';

export interface AccountChange {
  /** The old account (a prefix: its sub-accounts follow it). */
  readonly old: string;
  /**
   * renumber: abolished, one replacement; split: abolished, several possible replacements (the
   * treasurer chooses); reused: the number stays with another meaning (balances are carried, postings
   * are not flagged); keep: a choice to keep the old account (recorded for the README).
   */
  readonly kind: 'renumber' | 'split' | 'reused' | 'keep';
  /** The replacement(s) of postings in a year of the new chart (account numbers, or plain words). */
  readonly to: readonly string[];
  /** The account a balance of the old chart is carried on (opening entries, N−1 column); '' for none. */
  readonly carry: string;
  /** P primary text, S secondary source, I inference (shared/domain/pca2025.md). */
  readonly certainty: 'P' | 'S' | 'I' | string;
  /** The old account's label. */
  readonly label: string;
}

/** Old prefix → the account its balances are carried on. */
export type RemapMap = ReadonlyMap<string, string>;

export interface Remap {
  readonly from: string;
  readonly to: string;
  /** The balance moved (debit − credit), in cents. */
  readonly balance: Cents;
}

/** The carrying map of a list of changes: every change with a carry target. */
export function carryMap(changes: readonly AccountChange[]): RemapMap {
  return new Map(changes.filter((c) => c.carry !== '').map((c) => [c.old, c.carry] as const));
}

/** The change `account` falls under: the longest `old` prefix of it, if any. */
export function changeOf(changes: readonly AccountChange[], account: string): AccountChange | undefined {
  let found: AccountChange | undefined;
  for (const change of changes)
    if (account.startsWith(change.old) && (!found || change.old.length > found.old.length)) found = change;
  return found;
}

/** Whether a posting on `account` is refused in a year of the new chart: it was renumbered or split. */
export function abolishedChange(changes: readonly AccountChange[], account: string): AccountChange | undefined {
  const change = changeOf(changes, account);
  return change && (change.kind === 'renumber' || change.kind === 'split') ? change : undefined;
}

/**
 * `account` moved from prefix `from` to prefix `to`. The digits after the prefix (the association's
 * sub-accounts) are kept for balance-sheet accounts (classes 1 to 5: 4486100 → 44812100), whose
 * detail the opening entries must carry; an income or expense account lands on the target itself
 * (791100 → 758000, not 758100, which is another account from 2025). When the digits kept are all
 * zeros the length is kept, so that six-digit numbering stays six digits: 448600 → 448120, 481600 → 481000.
 */
export function renumber(account: string, from: string, to: string): string {
  const rest =
    /^[1-5]/.test(from) && /^[1-5]/.test(to)
      ? account.slice(from.length)
      : account.slice(from.length).replace(/./g, '0');
  const moved = to + rest;
  if (!/^0*$/.test(rest)) return moved;
  return moved.length > account.length
    ? moved.slice(0, Math.max(to.length, account.length))
    : moved.padEnd(account.length, '0');
}

/** The longest prefix of `account` in `map`. */
function prefixIn(map: RemapMap, account: string): string | undefined {
  for (let length = account.length; length >= 1; length -= 1)
    if (map.has(account.slice(0, length))) return account.slice(0, length);
  return undefined;
}

/** The account a balance on `account` is carried on (itself when the map does not touch it). */
export function remapAccount(map: RemapMap, account: string): string {
  const prefix = prefixIn(map, account);
  return prefix === undefined ? account : renumber(account, prefix, map.get(prefix)!);
}

/**
 * The balances carried through `map`: each account on its new number (sub-accounts and auxiliary
 * balances kept, balances meeting on one number summed), and the remaps applied, one per account
 * moved, in account order. Pure: `balances` is not changed.
 */
export function remapBalances(balances: Balances, map: RemapMap): { balances: Balances; remaps: Remap[] } {
  const out: Balances = new Map();
  const remaps: Remap[] = [];
  for (const account of [...balances.keys()].sort()) {
    const totals = balances.get(account)!;
    const target = remapAccount(map, account);
    if (target !== account) remaps.push({ from: account, to: target, balance: totals.debit - totals.credit });
    let auxDebit = 0n;
    let auxCredit = 0n;
    for (const [aux, sub] of totals.aux) {
      addToBalances(out, target, sub.debit, sub.credit, aux, sub.label);
      auxDebit += sub.debit;
      auxCredit += sub.credit;
    }
    addToBalances(out, target, totals.debit - auxDebit, totals.credit - auxCredit);
  }
  return { balances: out, remaps };
}
