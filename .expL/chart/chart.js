// The chart of accounts: the built-in PCA plus the association's own accounts, which extend a
// PCA account by appending digits and inherit its statement line.
import { PCA2018_ACCOUNTS } from './pca2018-data.js';
export function builtinChart() {
    const accounts = new Map();
    for (const [number, label] of PCA2018_ACCOUNTS)
        accounts.set(number, { number, label, builtin: true });
    return { reference: 'pca-2018', accounts };
}
/** The longest account of the built-in chart that `number` equals or extends, if any. */
export function builtinParent(chart, number) {
    for (let length = number.length; length >= 2; length -= 1) {
        const account = chart.accounts.get(number.slice(0, length));
        if (account?.builtin)
            return account;
    }
    return undefined;
}
/** Why `number` cannot receive postings, or undefined when it can. */
export function postingProblem(chart, number) {
    if (!/^\d+$/.test(number))
        return `account "${number}" is not a number of the chart`;
    if (number.length <= 2)
        return `account ${number} is a two-digit heading of the chart, not an account: post to one of its accounts (${suggestUnder(chart, number)})`;
    if (!builtinParent(chart, number))
        return `account ${number} extends no account of the PCA chart${suggestionText(chart, number)}`;
    return undefined;
}
function suggestUnder(chart, heading) {
    return [...chart.accounts.keys()].filter((n) => n.startsWith(heading) && n.length === 3).slice(0, 4).join(', ') || `${heading}x`;
}
function suggestionText(chart, number) {
    const close = closestAccounts(chart, number);
    return close.length ? `: did you mean ${close.join(', ')}?` : '';
}
/** Known accounts sharing the longest prefix with `number` (at most four), for suggestions. */
export function closestAccounts(chart, number) {
    for (let length = Math.min(number.length, 6); length >= 1; length -= 1) {
        const prefix = number.slice(0, length);
        const matches = [...chart.accounts.values()].filter((a) => a.number.startsWith(prefix) && a.number.length > 2).map((a) => `${a.number} ${a.label}`);
        if (matches.length)
            return matches.slice(0, 4);
    }
    return [];
}
export function accountLabel(chart, number) {
    return chart.accounts.get(number)?.label ?? builtinParent(chart, number)?.label ?? number;
}
export function accountClass(number) {
    return number.charCodeAt(0) - 48;
}
