// The listings: trial balance, journal, general ledger, chart of accounts. Pure functions over
// balances and entries.
import { accountClass, accountLabel, builtinParent } from '../chart/chart.js';
import { balanceOf } from '../model.js';
import { incomePlacement, placedBySign, sheetPlacement } from '../statements/placement.js';
export function trialBalance(chart, year, balances) {
    const accounts = [...balances.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
        .filter(([, totals]) => totals.debit !== 0n || totals.credit !== 0n)
        .map(([account, totals]) => ({ account, label: accountLabel(chart, account), debit: totals.debit, credit: totals.credit, balance: balanceOf(totals) }));
    return {
        year, accounts,
        totals: { debit: accounts.reduce((t, a) => t + a.debit, 0n), credit: accounts.reduce((t, a) => t + a.credit, 0n) },
    };
}
/** Entries in date order, then journal and piece, whatever the order of the files. */
export function journalReport(year, entries) {
    return { year, entries: [...entries].sort(compareEntries) };
}
export function compareEntries(a, b) {
    return a.date.localeCompare(b.date) || a.journal.localeCompare(b.journal) || a.piece.localeCompare(b.piece, undefined, { numeric: true });
}
/** The grand livre: every posting of the accounts under `prefix`, with its running balance. */
export function ledgerReport(chart, year, entries, prefix = '', opening) {
    const byAccount = new Map();
    // A year without opening entries opens provisionally on the previous closing balances.
    for (const [account, totals] of [...(opening?.balances ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const balance = balanceOf(totals);
        if (!account.startsWith(prefix) || balance === 0n)
            continue;
        byAccount.set(account, [{ date: opening.date, journal: '', piece: '', label: opening.label, debit: balance > 0n ? balance : 0n, credit: balance < 0n ? -balance : 0n, balance }]);
    }
    for (const entry of [...entries].sort(compareEntries)) {
        for (const posting of entry.postings) {
            if (!posting.account.startsWith(prefix))
                continue;
            let list = byAccount.get(posting.account);
            if (!list)
                byAccount.set(posting.account, (list = []));
            const previous = list.length ? list[list.length - 1].balance : 0n;
            list.push({ date: entry.date, journal: entry.journal, piece: entry.piece, label: posting.label || entry.label, debit: posting.debit, credit: posting.credit, balance: previous + posting.debit - posting.credit });
        }
    }
    return {
        year,
        accounts: [...byAccount.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([account, postings]) => ({
            account, label: accountLabel(chart, account), postings,
            debit: postings.reduce((t, p) => t + p.debit, 0n), credit: postings.reduce((t, p) => t + p.credit, 0n),
            balance: postings[postings.length - 1].balance,
        })),
    };
}
/** The chart with each account's statement line (classes 4 and 5: the line for each sign). */
export function chartReport(set, chart, lang, lineLabel) {
    const accounts = [...chart.accounts.values()].sort((a, b) => (a.number < b.number ? -1 : 1)).map((account) => {
        const number = account.number;
        let statement = '';
        if (number.length > 2) {
            const accountClassNumber = accountClass(number);
            if (accountClassNumber >= 6 || /^8[67]/.test(number))
                statement = lineLabel(incomePlacement(set, number)?.lineId ?? '');
            else if (accountClassNumber >= 1 && accountClassNumber <= 5) {
                const debit = sheetPlacement(set, number, 'debit');
                const credit = sheetPlacement(set, number, 'credit');
                const describe = (p) => (p ? `${lineLabel(p.lineId)}${p.depreciation ? (lang === 'fr' ? ' (amort./dépréc.)' : ' (depreciation)') : ''}` : '');
                statement = placedBySign(number) && debit?.lineId !== credit?.lineId
                    ? `${lang === 'fr' ? 'débiteur' : 'debit'}: ${describe(debit)} / ${lang === 'fr' ? 'créditeur' : 'credit'}: ${describe(credit)}`
                    : describe(debit ?? credit);
            }
        }
        const parent = account.builtin ? null : builtinParent(chart, number)?.number ?? null;
        return { account: number, label: account.label, builtin: account.builtin, extends: parent, statement };
    });
    return { accounts };
}
