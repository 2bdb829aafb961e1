// The register against the books: for every fiscal year, the balance of each fixed-asset account
// (20, 21, 22) and of its depreciation account (28) must be what assets.csv says. Before the year's
// depreciation is booked (journal/<Y>-depreciation.csv), its charges and disposals are not expected.
import { warning, type Diagnostic } from '../diagnostics.js';
import type { FiscalCalendar } from '../fiscal.js';
import { assetMessages as m } from '../messages/assets.js';
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import type { Asset } from './asset.js';
import { assetRegister } from './register.js';

const isRegisterAccount = (account: string): boolean => /^2[012]/.test(account);

export function checkAssetBalances(input: {
  readonly assets: readonly Asset[];
  readonly calendar: FiscalCalendar;
  /** Each year with books and its closing balances. */
  readonly years: readonly { year: number; balances: Balances }[];
  /** Years whose depreciation file is in the journals. */
  readonly booked: ReadonlySet<number>;
  readonly file: string;
}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstBookYear = Math.min(...input.years.map((y) => y.year));
  for (const { year, balances } of input.years) {
    const register = assetRegister(input.assets, input.calendar, year, firstBookYear);
    const booked = input.booked.has(year);
    const expected = new Map<string, Cents>();
    const expect = (account: string, amount: Cents) => expected.set(account, (expected.get(account) ?? 0n) + amount);
    for (const account of register.accounts)
      for (const line of account.lines) {
        expect(account.account, booked ? line.grossEnd : line.grossStart + line.acquisitions);
        // Depreciation is a credit balance: expected negative.
        expect(line.asset.depreciationAccount, -(booked ? line.depreciationEnd : line.depreciationStart));
      }
    const accounts = new Set([...expected.keys()]);
    for (const [account, totals] of balances)
      if (isRegisterAccount(account) && balanceOf(totals) !== 0n) accounts.add(account);
    for (const account of [...accounts].sort()) {
      const inBooks = balanceOf(balances.get(account));
      const inRegister = expected.get(account) ?? 0n;
      if (inBooks === inRegister) continue;
      // Depreciation is said as a positive amount, as the register shows it.
      const sign = account.startsWith('28') ? -1n : 1n;
      diagnostics.push(
        warning('assets-mismatch', m.mismatch(year, account, sign * inBooks, sign * inRegister), { file: input.file }),
      );
    }
  }
  return diagnostics;
}
