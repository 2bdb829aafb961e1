// Checks over a whole year once its entries are read: what `check` reports beyond single entries.
import { accountClass } from '../chart/chart.js';
import { error, warning } from '../diagnostics.js';
import { balanceOf } from '../model.js';
import { centsToString } from '../money.js';
import { carryForward, yearPosition } from '../reports/positions.js';
import { ambiguousParentOf } from '../statements/placement.js';
export function checkYears(books, chart, set, accountsFile) {
    const found = [];
    const used = new Set();
    for (const [year, own] of [...books.years].sort(([a], [b]) => a - b)) {
        for (const account of own.movements.keys())
            used.add(account);
        const position = yearPosition(books, year);
        for (const [account, totals] of position.balances) {
            const balance = balanceOf(totals);
            if (balance === 0n)
                continue;
            if (account.startsWith('471') || account.startsWith('58')) {
                found.push(warning('suspense-not-nil', `fiscal year ${year}: account ${account} holds ${centsToString(balance)} at year end; suspense (471) and internal transfer (58) accounts must be nil at closing`));
            }
        }
        const opening890 = balanceOf(own.opening.get('890'));
        let total890 = 0n;
        for (const [account, totals] of own.movements)
            if (account.startsWith('890'))
                total890 += balanceOf(totals);
        if (total890 !== 0n || opening890 !== 0n)
            found.push(error('opening-account', `fiscal year ${year}: the opening account 890 does not net to zero (balance ${centsToString(total890)}): the opening entries must balance against it`));
        const pending = balanceOf(position.balances.get('120')) + balanceOf(position.balances.get('129')) +
            [...position.balances].filter(([a]) => a.startsWith('12') && a !== '120' && a !== '129').reduce((t, [, v]) => t + balanceOf(v), 0n);
        if (pending !== 0n)
            found.push(warning('result-pending', `fiscal year ${year}: an earlier result of ${centsToString(-pending)} is still on 120/129, awaiting the assembly's allocation (asso allocate)`));
        if (own.opening.size && books.years.has(year - 1)) {
            // The result is carried on 120/129 or any sub-account of 12: compare class 12 as a whole.
            const byAccount = (balances) => {
                const out = new Map();
                for (const [account, totals] of balances) {
                    const key = account.startsWith('12') ? '12' : account;
                    out.set(key, (out.get(key) ?? 0n) + balanceOf(totals));
                }
                return out;
            };
            const expected = byAccount(carryForward(yearPosition(books, year - 1).balances));
            const opened = byAccount(own.opening);
            const accounts = new Set([...expected.keys(), ...opened.keys()]);
            for (const account of [...accounts].sort()) {
                if (accountClass(account) > 5 || account.startsWith('890'))
                    continue;
                const want = expected.get(account) ?? 0n;
                const got = opened.get(account) ?? 0n;
                if (want !== got)
                    found.push(warning('opening-mismatch', `fiscal year ${year}: account ${account} opens at ${centsToString(got)} but ${year - 1} closed it at ${centsToString(want)}`));
            }
        }
    }
    for (const account of [...used].sort()) {
        if (!chart.accounts.has(account))
            found.push(warning('account-not-declared', `account ${account} is used but not listed in accounts.csv: add it with its label`, { file: accountsFile }));
        const parent = ambiguousParentOf(set, account);
        if (parent)
            found.push(warning('ambiguous-parent', `account ${account} lands on its parent ${parent}'s line; a more specific account is expected (its children go to different lines)`));
    }
    return found;
}
