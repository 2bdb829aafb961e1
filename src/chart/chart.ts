// The chart of accounts: the built-in PCA plus the association's own accounts, which extend a
// PCA account by appending digits and inherit its statement line.
import { readMessages } from '../messages/read.js';
import type { Text } from '../messages/text.js';
import { PCA2018_ACCOUNTS } from './pca2018-data.js';
import { PCA2025_ACCOUNTS } from './pca2025-data.js';

export interface Account {
  readonly number: string;
  readonly label: string;
  /** true for an account of the built-in chart. */
  readonly builtin: boolean;
}

export interface Chart {
  readonly reference: string;
  readonly accounts: ReadonlyMap<string, Account>;
}

/** The built-in charts by reference set (statements/reference-sets.ts keys them by fiscal-year start). */
const BUILTIN: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  'pca-2018': PCA2018_ACCOUNTS,
  'pca-2025': PCA2025_ACCOUNTS,
};

/** The reference sets `asso.json` may pin. */
export const BUILTIN_REFERENCES: readonly string[] = Object.keys(BUILTIN);

/** The built-in charts made so far: each is made once (a chart is read-only). */
const made = new Map<string, Chart>();

export function builtinChart(reference = 'pca-2018'): Chart {
  const known = made.get(reference);
  if (known) return known;
  const rows = BUILTIN[reference];
  if (!rows) throw new Error(`no built-in chart "${reference}"`);
  const accounts = new Map<string, Account>();
  for (const [number, label] of rows) accounts.set(number, { number, label, builtin: true });
  const chart = { reference, accounts };
  made.set(reference, chart);
  return chart;
}

/**
 * The chart journals are read against: every built-in chart at once (2018 labels first), since a
 * ledger spans years of both; `check` then refuses, year by year, the accounts a year's set abolished.
 */
export function readingChart(): Chart {
  const accounts = new Map(builtinChart('pca-2018').accounts);
  for (const [number, account] of builtinChart('pca-2025').accounts)
    if (!accounts.has(number)) accounts.set(number, account);
  return { reference: 'pca-2018', accounts };
}

/** A built-in chart with the association's own accounts (accounts.csv) added. */
export function withOwnAccounts(chart: Chart, own: Iterable<Account>): Chart {
  const accounts = new Map(chart.accounts);
  for (const account of own)
    accounts.set(account.number, { ...account, builtin: chart.accounts.get(account.number)?.builtin ?? false });
  return { reference: chart.reference, accounts };
}

/** The longest account of the built-in chart that `number` equals or extends, if any. */
export function builtinParent(chart: Chart, number: string): Account | undefined {
  for (let length = number.length; length >= 2; length -= 1) {
    const account = chart.accounts.get(number.slice(0, length));
    if (account?.builtin) return account;
  }
  return undefined;
}

/** Why `number` cannot receive postings, or undefined when it can. */
export function postingProblem(chart: Chart, number: string): Text | undefined {
  if (!/^\d+$/.test(number)) return readMessages.accountNotDigits(number, suggestionText(chart, number));
  if (number.length <= 2) return readMessages.headingAccount(number, number.length === 1, suggestUnder(chart, number));
  if (!builtinParent(chart, number)) return readMessages.extendsNoAccount(number, suggestionText(chart, number));
  return undefined;
}

function suggestUnder(chart: Chart, heading: string): string {
  return (
    [...chart.accounts.keys()]
      .filter((n) => n.startsWith(heading) && n.length === 3)
      .slice(0, 4)
      .join(', ') || `${heading}x`
  );
}

function suggestionText(chart: Chart, number: string): Text {
  const close = closestAccounts(chart, number);
  return close.length ? readMessages.didYouMean(close.join(', ')) : readMessages.seeTheChart();
}

/**
 * Known accounts closest to `number` (at most three), for suggestions: for digits, the
 * association's own accounts and the PCA's within two typing mistakes (a wrong, missing, extra
 * or swapped digit), else those sharing its longest prefix; for a word ("Banque"), the accounts
 * whose label holds it.
 */
export function closestAccounts(chart: Chart, number: string): string[] {
  const candidates = [...chart.accounts.values()].filter((a) => a.number.length > 2);
  const show = (list: readonly Account[]) => list.slice(0, 3).map((a) => `${a.number} ${a.label}`);
  if (!/^\d+$/.test(number)) {
    const word = foldText(number);
    if (word.length < 3) return [];
    return show(
      candidates
        .filter((a) => foldText(a.label).includes(word))
        .sort(
          (a, b) =>
            Number(a.builtin) - Number(b.builtin) ||
            a.number.length - b.number.length ||
            a.number.localeCompare(b.number),
        ),
    );
  }
  const scored = candidates
    .map((account) => ({
      account,
      distance: countEdits(number.slice(0, account.builtin ? account.number.length : number.length), account.number),
    }))
    .filter((c) => c.distance <= (c.account.number.length >= 5 ? 2 : 1))
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(a.account.builtin) - Number(b.account.builtin) ||
        b.account.number.length - a.account.number.length ||
        a.account.number.localeCompare(b.account.number),
    );
  if (scored.length) return show(scored.map((c) => c.account));
  for (let length = Math.min(number.length, 6); length >= 1; length -= 1) {
    const prefix = number.slice(0, length);
    const matches = candidates.filter((a) => a.number.startsWith(prefix));
    if (matches.length) return show(matches);
  }
  return [];
}

function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Optimal string alignment distance: substitutions, insertions, deletions, adjacent swaps. */
function countEdits(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

export function accountLabel(chart: Chart, number: string): string {
  return chart.accounts.get(number)?.label ?? builtinParent(chart, number)?.label ?? number;
}

export function accountClass(number: string): number {
  return number.charCodeAt(0) - 48;
}
