// The listings: trial balance, journal, general ledger, chart of accounts. Pure functions over
// balances and entries.
import { labels } from '../messages/labels.js';
import { say } from '../messages/text.js';
import { accountClass, accountLabel, builtinParent, type Chart } from '../chart/chart.js';
import { balanceOf, type Balances, type Entry } from '../model.js';
import type { Cents } from '../money.js';
import type { ReferenceSet } from '../statements/layout.js';
import { compareIsoDates, compareNumbered, compareText } from '../text-order.js';
import { incomePlacement, placedBySign, sheetPlacement } from '../statements/placement.js';
import type { Lang } from './statement-line.js';

export interface TrialBalance {
  readonly year: number;
  readonly accounts: readonly { account: string; label: string; debit: Cents; credit: Cents; balance: Cents }[];
  readonly totals: { debit: Cents; credit: Cents };
}

export function trialBalance(chart: Chart, year: number, balances: Balances): TrialBalance {
  const accounts = [...balances.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(([, totals]) => totals.debit !== 0n || totals.credit !== 0n)
    .map(([account, totals]) => ({
      account,
      label: accountLabel(chart, account),
      debit: totals.debit,
      credit: totals.credit,
      balance: balanceOf(totals),
    }));
  return {
    year,
    accounts,
    totals: { debit: accounts.reduce((t, a) => t + a.debit, 0n), credit: accounts.reduce((t, a) => t + a.credit, 0n) },
  };
}

export interface JournalReport {
  readonly year: number;
  readonly entries: readonly Entry[];
}

/** Entries in date order, then journal and piece, whatever the order of the files. */
export function journalReport(year: number, entries: readonly Entry[]): JournalReport {
  return { year, entries: [...entries].sort(compareEntries) };
}

export function compareEntries(a: Entry, b: Entry): number {
  return (
    compareIsoDates(a.date, b.date) ||
    (a.journal === b.journal ? 0 : compareText(a.journal, b.journal)) ||
    (a.piece === b.piece ? 0 : compareNumbered(a.piece, b.piece))
  );
}

export interface LedgerPosting {
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  readonly label: string;
  readonly debit: Cents;
  readonly credit: Cents;
  readonly balance: Cents;
}

export interface LedgerReport {
  readonly year: number;
  readonly accounts: readonly {
    account: string;
    label: string;
    postings: readonly LedgerPosting[];
    debit: Cents;
    credit: Cents;
    balance: Cents;
  }[];
}

/** The grand livre: every posting of the accounts under `prefix`, with its running balance. */
export function ledgerReport(
  chart: Chart,
  year: number,
  entries: readonly Entry[],
  prefix = '',
  opening?: { date: string; label: string; balances: Balances },
): LedgerReport {
  const byAccount = new Map<string, LedgerPosting[]>();
  // A year without opening entries opens provisionally on the previous closing balances.
  for (const [account, totals] of [...(opening?.balances ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const balance = balanceOf(totals);
    if (!account.startsWith(prefix) || balance === 0n) continue;
    byAccount.set(account, [
      {
        date: opening!.date,
        journal: '',
        piece: '',
        label: opening!.label,
        debit: balance > 0n ? balance : 0n,
        credit: balance < 0n ? -balance : 0n,
        balance,
      },
    ]);
  }
  for (const entry of [...entries].sort(compareEntries)) {
    for (const posting of entry.postings) {
      if (!posting.account.startsWith(prefix)) continue;
      let list = byAccount.get(posting.account);
      if (!list) byAccount.set(posting.account, (list = []));
      const previous = list.length ? list[list.length - 1]!.balance : 0n;
      list.push({
        date: entry.date,
        journal: entry.journal,
        piece: entry.piece,
        label: posting.label || entry.label,
        debit: posting.debit,
        credit: posting.credit,
        balance: previous + posting.debit - posting.credit,
      });
    }
  }
  return {
    year,
    accounts: [...byAccount.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([account, postings]) => ({
        account,
        label: accountLabel(chart, account),
        postings,
        debit: postings.reduce((t, p) => t + p.debit, 0n),
        credit: postings.reduce((t, p) => t + p.credit, 0n),
        balance: postings[postings.length - 1]!.balance,
      })),
  };
}

export interface ChartReport {
  readonly accounts: readonly {
    account: string;
    label: string;
    builtin: boolean;
    extends: string | null;
    statement: string;
  }[];
}

/** The chart with each account's statement line (classes 4 and 5: the line for each sign). */
export function chartReport(
  set: ReferenceSet,
  chart: Chart,
  lang: Lang,
  lineLabel: (id: string) => string,
): ChartReport {
  const accounts = [...chart.accounts.values()]
    .sort((a, b) => (a.number < b.number ? -1 : 1))
    .map((account) => {
      const number = account.number;
      let statement = '';
      if (number.length > 2) {
        const accountClassNumber = accountClass(number);
        if (accountClassNumber >= 6 || /^8[67]/.test(number))
          statement = lineLabel(incomePlacement(set, number)?.lineId ?? '');
        else if (accountClassNumber >= 1 && accountClassNumber <= 5) {
          const debit = sheetPlacement(set, number, 'debit');
          const credit = sheetPlacement(set, number, 'credit');
          const describe = (p: typeof debit) =>
            p ? `${lineLabel(p.lineId)}${p.depreciation ? say(labels.depreciationColumn(), lang) : ''}` : '';
          statement =
            placedBySign(number) && debit?.lineId !== credit?.lineId
              ? say(labels.bySign(describe(debit), describe(credit)), lang)
              : describe(debit ?? credit);
        }
      }
      const parent = account.builtin ? null : (builtinParent(chart, number)?.number ?? null);
      return { account: number, label: account.label, builtin: account.builtin, extends: parent, statement };
    });
  return { accounts };
}

/** What `journal` and `ledger` show: dates from–to (inclusive), one journal, a text in a label or piece, or an account prefix. */
export interface ListingFilter {
  readonly from?: string;
  readonly to?: string;
  readonly journal?: string;
  readonly match?: string;
}

/** The entries `filter` keeps (case- and accent-insensitive text match). */
export function filterEntries(entries: readonly Entry[], filter: ListingFilter): Entry[] {
  const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const match = filter.match === undefined ? undefined : fold(filter.match);
  return entries.filter(
    (entry) =>
      (filter.from === undefined || entry.date >= filter.from) &&
      (filter.to === undefined || entry.date <= filter.to) &&
      (filter.journal === undefined || entry.journal.toUpperCase() === filter.journal.toUpperCase()) &&
      (match === undefined ||
        fold(`${entry.piece} ${entry.label}`).includes(match) ||
        entry.postings.some((p) => fold(p.label).includes(match) || p.account.startsWith(match))),
  );
}
