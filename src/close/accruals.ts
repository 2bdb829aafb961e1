// The reversals of a year's accruals (`close --reverse-accruals`): the entries dated on the
// closing day that touch an accrual account (408, 4181, 486, 487, 4282, 4382, 4686, 4687),
// each turned round (every row on the other side, so each accrual goes back against its
// original charge or income account), dated the first day of the next year, in journal EX.
import type { Entry } from '../model.js';
import type { JournalLine } from './journal-csv.js';

export const ACCRUAL_PREFIXES = ['408', '4181', '486', '487', '4282', '4382', '4686', '4687'] as const;

export function isAccrualEntry(entry: Entry, closingDay: string): boolean {
  return entry.date === closingDay && touchesAccrual(entry);
}

/** Whether `entry` has a row on an accrual account, whatever its date. */
export function touchesAccrual(entry: Entry): boolean {
  // Every accrual account is of class 4: the others are let go at a glance (a close asks it of every entry).
  return entry.postings.some(
    (posting) =>
      posting.account.charCodeAt(0) === 52 && ACCRUAL_PREFIXES.some((prefix) => posting.account.startsWith(prefix)),
  );
}

/** The reversing rows of `entry`: same accounts and auxiliaries, debit and credit swapped. */
export function reversingLines(
  entry: Entry,
  date: string,
  journal: string,
  piece: string,
  label: (original: string) => string,
): JournalLine[] {
  return entry.postings.map((posting) => ({
    date,
    journal,
    piece,
    account: posting.account,
    label: label(posting.label),
    debit: posting.credit,
    credit: posting.debit,
    aux: posting.aux,
    auxLabel: posting.auxLabel,
  }));
}

/** Every accrual entry of the year reversed, numbered EX-<Y+1>-001… in date, journal, piece order. */
export function accrualReversalLines(
  entries: readonly Entry[],
  closingDay: string,
  firstDay: string,
  nextYear: number,
): JournalLine[] {
  const accruals = entries
    .filter((entry) => isAccrualEntry(entry, closingDay))
    .sort((a, b) =>
      a.journal === b.journal ? (a.piece < b.piece ? -1 : a.piece > b.piece ? 1 : 0) : a.journal < b.journal ? -1 : 1,
    );
  return accruals.flatMap((entry, index) =>
    reversingLines(
      entry,
      firstDay,
      'EX',
      `EX-${nextYear}-${String(index + 1).padStart(3, '0')}`,
      (original) => `Extourne ${entry.journal} ${entry.piece} : ${original}`,
    ),
  );
}

/** The accrual accounts a close leaves for reversing (charges à payer, produits à recevoir,
 * charges et produits constatés d'avance); État: 4486/4487 in PCA 2018, 4481/4482 from PCA 2025. */
export function accrualAccountPrefixes(setId: string): readonly string[] {
  const state = setId === 'pca-2018' ? ['4486', '4487'] : ['4481', '4482'];
  return ['408', '418', '4282', '4286', '4382', '4386', ...state, '4686', '4687', '486', '487'];
}

/** The accounts of `balances` that hold an accrual at year end, in account order, with their balance (debit − credit). */
export function accrualBalances(
  balances: ReadonlyMap<string, { readonly debit: bigint; readonly credit: bigint }>,
  setId: string,
): [string, bigint][] {
  const prefixes = accrualAccountPrefixes(setId);
  return [...balances]
    .filter(([account]) => prefixes.some((prefix) => account.startsWith(prefix)))
    .map(([account, totals]): [string, bigint] => [account, totals.debit - totals.credit])
    .filter(([, balance]) => balance !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}
