// The chart of accounts: the built-in PCA plus the association's own accounts, which extend a
// PCA account by appending digits and inherit its statement line.
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
const BUILTIN: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = { 'pca-2018': PCA2018_ACCOUNTS, 'pca-2025': PCA2025_ACCOUNTS };

/** The reference sets `asso.json` may pin. */
export const BUILTIN_REFERENCES: readonly string[] = Object.keys(BUILTIN);

export function builtinChart(reference = 'pca-2018'): Chart {
  const rows = BUILTIN[reference];
  if (!rows) throw new Error(`no built-in chart "${reference}"`);
  const accounts = new Map<string, Account>();
  for (const [number, label] of rows) accounts.set(number, { number, label, builtin: true });
  return { reference, accounts };
}

/**
 * The chart journals are read against: every built-in chart at once (2018 labels first), since a
 * ledger spans years of both; `check` then refuses, year by year, the accounts a year's set abolished.
 */
export function readingChart(): Chart {
  const accounts = new Map(builtinChart('pca-2018').accounts);
  for (const [number, account] of builtinChart('pca-2025').accounts) if (!accounts.has(number)) accounts.set(number, account);
  return { reference: 'pca-2018', accounts };
}

/** A built-in chart with the association's own accounts (accounts.csv) added. */
export function withOwnAccounts(chart: Chart, own: Iterable<Account>): Chart {
  const accounts = new Map(chart.accounts);
  for (const account of own) accounts.set(account.number, { ...account, builtin: chart.accounts.get(account.number)?.builtin ?? false });
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
export function postingProblem(chart: Chart, number: string): string | undefined {
  if (!/^\d+$/.test(number)) return `account "${number}" is not a number of the chart`;
  if (number.length <= 2) return `account ${number} is a two-digit heading of the chart, not an account: post to one of its accounts (${suggestUnder(chart, number)})`;
  if (!builtinParent(chart, number)) return `account ${number} extends no account of the PCA chart${suggestionText(chart, number)}`;
  return undefined;
}

function suggestUnder(chart: Chart, heading: string): string {
  return [...chart.accounts.keys()].filter((n) => n.startsWith(heading) && n.length === 3).slice(0, 4).join(', ') || `${heading}x`;
}

function suggestionText(chart: Chart, number: string): string {
  const close = closestAccounts(chart, number);
  return close.length ? `: did you mean ${close.join(', ')}?` : '';
}

/** Known accounts sharing the longest prefix with `number` (at most four), for suggestions. */
export function closestAccounts(chart: Chart, number: string): string[] {
  for (let length = Math.min(number.length, 6); length >= 1; length -= 1) {
    const prefix = number.slice(0, length);
    const matches = [...chart.accounts.values()].filter((a) => a.number.startsWith(prefix) && a.number.length > 2).map((a) => `${a.number} ${a.label}`);
    if (matches.length) return matches.slice(0, 4);
  }
  return [];
}

export function accountLabel(chart: Chart, number: string): string {
  return chart.accounts.get(number)?.label ?? builtinParent(chart, number)?.label ?? number;
}

export function accountClass(number: string): number {
  return number.charCodeAt(0) - 48;
}
