// The fonds dédiés table of the annexe: per fund account (194, 195, 196…) and project (the
// `analytic` tag), the balance at the start of the year, what was engaged (689x), used (789x),
// transferred to or from another fund, refunded to the funder, and the balance at the end; a fund
// untouched for two years is flagged. Computed from the entries that post to 19x (191, the fonds
// reportés of bequests, has its own balance sheet line and is left out), so that the ends add up to
// the balance sheet's "Fonds dédiés" line. Pure.
import type { Entry, Posting } from '../model.js';
import type { Cents } from '../money.js';

/** 19x except 191 (fonds reportés liés aux legs ou donations): the balance sheet's "Fonds dédiés". */
export const isDedicatedFund = (account: string): boolean => account.startsWith('19') && !account.startsWith('191');
/** 6893–6896 and 7893–7896 (6891/7891 belong to the bequests' fonds reportés). */
export const isFundTransfer = (account: string): boolean => /^(689|789)/.test(account) && !/^(6891|7891)/.test(account);
/** The rows that must name their project in the `analytic` column. */
export const needsProject = (account: string): boolean => isDedicatedFund(account) || isFundTransfer(account);

export const projectOf = (posting: Posting): string => (posting.fields.analytic ?? '').trim();

/** The opening entries: journal AN on the fiscal year's first day. */
export const isOpeningEntry = (entry: Entry, start: string): boolean => entry.journal === 'AN' && entry.date === start;

export interface FundMovements {
  engaged: Cents;
  used: Cents;
  /** Into the fund (+) or out of it (−), between funds or projects. */
  transferred: Cents;
  refunded: Cents;
}

export interface FundRow extends FundMovements {
  readonly group: string;
  readonly project: string;
  readonly start: Cents;
  readonly end: Cents;
  /** Held since before N−1 and not used, refunded nor transferred out in N−1 and N. */
  readonly idle: boolean;
  /** The row that last put money into the fund (the idle warning points there). */
  readonly source?: { readonly file: string; readonly line: number };
}

export interface FundGroup {
  readonly group: string;
  readonly rows: readonly FundRow[];
  readonly total: FundMovements & { readonly start: Cents; readonly end: Cents };
}

export interface DedicatedFunds {
  readonly year: number;
  readonly groups: readonly FundGroup[];
  readonly total: FundMovements & { readonly start: Cents; readonly end: Cents };
  /** The funds flagged idle. */
  readonly idle: readonly FundRow[];
}

/** The fund of a posting: the 3-digit account group and the project. */
const keyOf = (group: string, project: string) => `${group}\u0000${project}`;
const groupOf = (account: string) => account.slice(0, 3);

interface Ledgered {
  start: Cents;
  byYear: Map<number, FundMovements>;
  /** Where it was engaged last (for the idle warning). */
  source?: { file: string; line: number };
}

const zero = (): FundMovements => ({ engaged: 0n, used: 0n, transferred: 0n, refunded: 0n });
const sumOf = (m: FundMovements): Cents => m.engaged - m.used + m.transferred - m.refunded;

/**
 * Classify one 19x posting of a (non-opening) entry: a 19x row on the other side is a transfer; a
 * 689x counterpart an engagement; a class 7 counterpart a use; otherwise a credit is engaged and a
 * debit refunded (to the bank, or to the funder's account).
 */
function classify(entry: Entry, posting: Posting, into: FundMovements): void {
  const amount = posting.credit - posting.debit;
  const others = entry.postings.filter((p) => p !== posting);
  const opposite = others.some(
    (p) => isDedicatedFund(p.account) && p.credit - p.debit > 0n !== amount > 0n && p.credit - p.debit !== 0n,
  );
  if (opposite) into.transferred += amount;
  else if (others.some((p) => p.account.startsWith('689'))) into.engaged += amount;
  else if (others.some((p) => p.account.startsWith('7'))) into.used -= amount;
  else if (amount > 0n) into.engaged += amount;
  else into.refunded -= amount;
}

export interface FundEntries {
  /** Entries posting to a dedicated fund, of every year up to the report's, with their fiscal year. */
  readonly entries: readonly Entry[];
  /** First day of each fiscal year (to tell opening entries). */
  readonly startOf: (year: number) => string;
  /** The first year of the books: its opening entries are the funds' starting point. */
  readonly firstYear: number;
}

function ledgerOf(input: FundEntries): Map<string, Ledgered> {
  const funds = new Map<string, Ledgered>();
  for (const entry of input.entries) {
    const opening = isOpeningEntry(entry, input.startOf(entry.year));
    // Later opening entries repeat the previous closing balances: only the first year's count.
    if (opening && entry.year !== input.firstYear) continue;
    for (const posting of entry.postings) {
      if (!isDedicatedFund(posting.account)) continue;
      const key = keyOf(groupOf(posting.account), projectOf(posting));
      let fund = funds.get(key);
      if (!fund) funds.set(key, (fund = { start: 0n, byYear: new Map() }));
      if (opening) {
        fund.start += posting.credit - posting.debit;
        continue;
      }
      let year = fund.byYear.get(entry.year);
      if (!year) fund.byYear.set(entry.year, (year = zero()));
      classify(entry, posting, year);
      if (posting.credit - posting.debit > 0n) fund.source = { file: entry.file, line: posting.line };
    }
  }
  return funds;
}

function balanceBefore(fund: Ledgered, year: number): Cents {
  let balance = fund.start;
  for (const [y, m] of fund.byYear) if (y < year) balance += sumOf(m);
  return balance;
}

const spent = (m: FundMovements | undefined): boolean =>
  m !== undefined && (m.used !== 0n || m.refunded !== 0n || m.transferred < 0n);

export function dedicatedFunds(input: FundEntries, year: number): DedicatedFunds {
  const funds = ledgerOf(input);
  const rows: FundRow[] = [];
  for (const [key, fund] of funds) {
    const [group, project] = key.split('\u0000') as [string, string];
    const start = balanceBefore(fund, year);
    const movements = fund.byYear.get(year) ?? zero();
    const end = start + sumOf(movements);
    if (start === 0n && !fund.byYear.has(year)) continue;
    const idle =
      end > 0n && balanceBefore(fund, year - 1) > 0n && !spent(movements) && !spent(fund.byYear.get(year - 1));
    rows.push({ group, project, start, ...movements, end, idle, ...(fund.source ? { source: fund.source } : {}) });
  }
  rows.sort((a, b) => compareCodes(a.group, b.group) || compareCodes(a.project, b.project));
  const groupCodes = [...new Set(rows.map((row) => row.group))];
  const groups = groupCodes.map((group): FundGroup => {
    const own = rows.filter((row) => row.group === group);
    return { group, rows: own, total: totalOf(own) };
  });
  return { year, groups, total: totalOf(rows), idle: rows.filter((row) => row.idle) };
}

/** Account groups and project codes in code order (byte order: the same on every machine). */
const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function totalOf(rows: readonly FundRow[]): FundGroup['total'] {
  const total = { start: 0n, ...zero(), end: 0n };
  for (const row of rows) {
    total.start += row.start;
    total.engaged += row.engaged;
    total.used += row.used;
    total.transferred += row.transferred;
    total.refunded += row.refunded;
    total.end += row.end;
  }
  return total;
}

/** The rows on 19x, 689x, 789x (other than opening entries) that name no project. */
export function rowsWithoutProject(input: FundEntries): { entry: Entry; posting: Posting }[] {
  const found: { entry: Entry; posting: Posting }[] = [];
  for (const entry of input.entries) {
    if (isOpeningEntry(entry, input.startOf(entry.year)) && entry.year !== input.firstYear) continue;
    for (const posting of entry.postings)
      if (needsProject(posting.account) && projectOf(posting) === '') found.push({ entry, posting });
  }
  return found;
}
