// Checks over a whole year once its entries are read: what `check` reports beyond single entries.
import { closestAccounts } from '../chart/closest.js';
import { accountMessages } from '../messages/treasurer.js';
import { accountClass, type Chart } from '../chart/chart.js';
import { remapBalances, type RemapMap } from '../chart/changes.js';
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { postMessages } from '../messages/post.js';
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import { carryForward, yearPositions } from './positions.js';
import type { ReferenceSet } from '../statements/layout.js';
import { ambiguousParentOf } from '../statements/placement.js';
import type { Books, Source } from './year-books.js';

/**
 * `setFor` gives each year's reference set; `carryFor(year)` the map that carries the closing balances
 * of year − 1 to the chart of `year` when the two years use different sets (undefined otherwise).
 */
export function checkYears(
  books: Books,
  chart: Chart,
  setFor: (year: number) => ReferenceSet,
  accountsFile: string,
  carryFor: (year: number) => RemapMap | undefined = () => undefined,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  // Each account: where it is first used (the warnings point there) and the set of the last year using it.
  const used = new Map<string, { first: Source; set: ReferenceSet }>();
  const positions = yearPositions(books, carryFor);
  for (const [year, own] of [...books.years].sort(([a], [b]) => a - b)) {
    const set = setFor(year);
    for (const [account, use] of own.uses) used.set(account, { first: used.get(account)?.first ?? use.first, set });
    const position = positions.get(year)!;
    for (const [account, totals] of position.balances) {
      const balance = balanceOf(totals);
      if (balance === 0n) continue;
      if (account.startsWith('471') || account.startsWith('58')) {
        found.push(
          warning(
            'suspense-not-nil',
            postMessages.suspenseNotNil(year, account, balance),
            own.uses.get(account)?.last ?? {},
          ),
        );
      }
      const transit = set.transitAccounts?.find((prefix) => account.startsWith(prefix));
      if (transit)
        found.push(
          warning(
            'transit-not-nil',
            postMessages.transitNotNil(year, account, balance, transit, set.id),
            own.uses.get(account)?.last ?? {},
          ),
        );
    }
    const opening890 = balanceOf(own.opening.get('890'));
    let total890 = 0n;
    for (const [account, totals] of own.movements) if (account.startsWith('890')) total890 += balanceOf(totals);
    if (total890 !== 0n || opening890 !== 0n)
      found.push(error('opening-account', postMessages.openingNotNil(year, total890), own.openingSource ?? {}));
    const pending =
      balanceOf(position.balances.get('120')) +
      balanceOf(position.balances.get('129')) +
      [...position.balances]
        .filter(([a]) => a.startsWith('12') && a !== '120' && a !== '129')
        .reduce((t, [, v]) => t + balanceOf(v), 0n);
    if (pending !== 0n)
      found.push(warning('result-pending', postMessages.resultPending(year, -pending), own.openingSource ?? {}));
    if (own.opening.size && books.years.has(year - 1)) {
      // The result is carried on 120/129 or any sub-account of 12: compare class 12 as a whole.
      const byAccount = (balances: Balances): Map<string, Cents> => {
        const out = new Map<string, Cents>();
        for (const [account, totals] of balances) {
          const key = account.startsWith('12') ? '12' : account;
          out.set(key, (out.get(key) ?? 0n) + balanceOf(totals));
        }
        return out;
      };
      // Across a change of reference set the closing balances are compared on the new chart (the map `close` writes the opening with).
      const closing = carryForward(positions.get(year - 1)!.balances);
      const carry = carryFor(year);
      const expected = byAccount(carry ? remapBalances(closing, carry).balances : closing);
      const opened = byAccount(own.opening);
      const accounts = new Set([...expected.keys(), ...opened.keys()]);
      for (const account of [...accounts].sort()) {
        if (accountClass(account) > 5 || account.startsWith('890')) continue;
        const want = expected.get(account) ?? 0n;
        const got = opened.get(account) ?? 0n;
        if (want !== got)
          found.push(
            warning(
              'opening-mismatch',
              postMessages.openingMismatch(year, account, got, want, carry ? setFor(year).id : undefined),
              own.openingSource ?? {},
            ),
          );
      }
    }
  }
  for (const [account, { first, set }] of [...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!chart.accounts.has(account))
      found.push(
        warning(
          'account-not-declared',
          accountMessages.notDeclared(account, accountsFile, closestAccounts(chart, account)),
          { ...first, column: 'account' },
        ),
      );
    const parent = ambiguousParentOf(set, account);
    if (parent)
      found.push(
        warning(
          'ambiguous-parent',
          parent === account
            ? postMessages.ambiguousParentItself(account)
            : postMessages.ambiguousParent(account, parent),
          first,
        ),
      );
  }
  return found;
}
