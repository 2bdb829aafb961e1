export function balanceOf(totals) {
    return totals ? totals.debit - totals.credit : 0n;
}
export function addToBalances(balances, account, debit, credit, aux = '', auxLabel = '') {
    let totals = balances.get(account);
    if (!totals)
        balances.set(account, (totals = { debit: 0n, credit: 0n, aux: new Map() }));
    if (debit !== 0n)
        totals.debit += debit;
    if (credit !== 0n)
        totals.credit += credit;
    if (aux) {
        let sub = totals.aux.get(aux);
        if (!sub)
            totals.aux.set(aux, (sub = { debit: 0n, credit: 0n, label: auxLabel }));
        sub.debit += debit;
        sub.credit += credit;
        if (!sub.label && auxLabel)
            sub.label = auxLabel;
    }
}
export function mergeBalances(into, from) {
    for (const [account, totals] of from) {
        addToBalances(into, account, totals.debit, totals.credit);
        for (const [aux, sub] of totals.aux) {
            const target = into.get(account);
            const existing = target.aux.get(aux);
            if (existing) {
                existing.debit += sub.debit;
                existing.credit += sub.credit;
            }
            else
                target.aux.set(aux, { debit: sub.debit, credit: sub.credit, label: sub.label });
        }
    }
}
