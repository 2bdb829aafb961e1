// The running sums of a scan, per year and account: debit and credit, and the net of each fiscal
// month, in safe integers where exact (CentsTally); they become the bigint balances of YearBooks
// when the scan ends.
import { addToBalances } from '../model.js';
import { CentsTally, type Cents } from '../money.js';
import type { Source, YearBooks } from './year-books.js';

/** The running tallies become the bigint balances and monthly nets of each year. */
export function foldTallies(years: Map<number, YearBooks>, tallies: Map<number, Map<string, AccountTally>>): void {
  for (const [year, accounts] of tallies) {
    const books = years.get(year)!;
    for (const [account, tally] of accounts) {
      const debit = tally.debit.value;
      const credit = tally.credit.value;
      if (debit !== 0n || credit !== 0n || !books.movements.has(account))
        addToBalances(books.movements, account, debit, credit);

      books.uses.set(account, { first: tally.first, last: { file: tally.lastFile, line: tally.lastLine } });
      if (!tally.posted) continue; // opening entries only
      const months: Cents[] = [];
      tally.months.forEach((sum, index) => {
        if (sum !== undefined) months[index] = sum.value;
      });
      books.monthly.set(account, months);
    }
  }
  tallies.clear();
}

export interface AccountTally {
  readonly debit: CentsTally;
  readonly credit: CentsTally;
  /** Net movement per fiscal month, opening entries excluded (room for two years of months made at once). */
  readonly months: (CentsTally | undefined)[];
  /** Whether a month has a movement. */
  posted: boolean;
  /** The first and the last posting to the account (year-wide problems point there). */
  readonly first: Source;
  lastFile: string;
  lastLine: number;
}

/** Fiscal months an account's tally has room for from the start (a longer first year grows it). */
const MONTHS = 24;

export function newTally(
  accounts: Map<string, AccountTally>,
  account: string,
  file: string,
  line: number,
): AccountTally {
  const tally: AccountTally = {
    debit: new CentsTally(),
    credit: new CentsTally(),
    months: new Array<CentsTally | undefined>(MONTHS).fill(undefined),
    posted: false,
    first: { file, line },
    lastFile: file,
    lastLine: line,
  };
  accounts.set(account, tally);
  return tally;
}

export function newMonth(tally: AccountTally, month: number): CentsTally {
  const sum = new CentsTally();
  tally.months[month] = sum;
  tally.posted = true;
  return sum;
}
