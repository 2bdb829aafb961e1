// The budget (budget prévisionnel) and the budget against the actuals: a pure function of the
// budget lines, the actuals of the books and the layout. Lines are placed by the income
// statement's own mapping (statements/placement.ts), shown in a layout by budget-layout.ts.
import { accountClass, accountLabel } from '../chart/chart.js';
import { distributeCents, ratioString, roundToEuro, sumCents } from '../money.js';
import { incomePlacement } from '../statements/placement.js';
import { isBudgetAccount } from './budget-actuals.js';
import { cerfaLines, statementLines } from './budget-layout.js';
import { compare } from './budget-line.js';
export { compare };
function placeAccount(set, account) {
    const placement = incomePlacement(set, account);
    const classSide = accountClass(account) === 7 || account.startsWith('87') ? 'income' : 'expenses';
    if (!placement)
        return { side: classSide, section: account.startsWith('8') ? 'in-kind' : classSide, lineId: '' };
    return { side: placement.side, section: placement.inKind ? 'in-kind' : placement.side, lineId: placement.lineId };
}
/** The sign that turns a file amount (natural for its class) into the natural sign of the line it lands on. */
function classSign(account, side) {
    const classSide = accountClass(account) === 7 || account.startsWith('87') ? 'income' : 'expenses';
    return classSide === side ? 1n : -1n;
}
/** The monthly parts of a line: the file's profile, else the previous year's actuals (--profile previous), else the even spread. */
function spreadMonths(line, side, monthCount, previous) {
    if (line.profiled || !previous || line.amount === 0n)
        return line.months;
    const weights = Array(monthCount).fill(0n);
    for (const [account, months] of previous) {
        if (!account.startsWith(line.account))
            continue;
        for (let index = 0; index < monthCount; index += 1)
            weights[index] = weights[index] + (side === 'income' ? -(months[index] ?? 0n) : months[index] ?? 0n);
    }
    const clamped = weights.map((w) => (w > 0n ? w : 0n));
    return sumCents(clamped) > 0n ? distributeCents(line.amount, clamped) : line.months;
}
export function budgetReport(input) {
    if (!input.euros)
        return computeReport(input);
    // Whole euros: amounts rounded, but each ratio stays the exact one (the same lines, in the same order).
    const exact = computeReport({ ...input, euros: false });
    const rounded = computeReport(input);
    const withRatio = (value, from) => ({ ...value, ratio: from.ratio });
    return {
        ...rounded,
        rows: rounded.rows.map((row, index) => withRatio(row, exact.rows[index])),
        lines: rounded.lines.map((line, index) => ({ ...line, figures: withRatio(line.figures, exact.lines[index].figures) })),
        totals: { income: withRatio(rounded.totals.income, exact.totals.income), expenses: withRatio(rounded.totals.expenses, exact.totals.expenses), result: withRatio(rounded.totals.result, exact.totals.result) },
    };
}
function computeReport(input) {
    const { set, chart, budget, monthCount, lang, actuals } = input;
    const layout = input.layout ?? 'statement';
    const euros = input.euros ?? false;
    const elapsed = actuals ? Math.min(actuals.monthsElapsed, monthCount) : monthCount;
    const shown = (cents) => (euros ? roundToEuro(cents) : cents);
    const building = budget.lines.map((line) => {
        const placed = placeAccount(set, line.account);
        const sign = classSign(line.account, placed.side);
        return { line, account: line.account, label: line.label, placed, budgetMonths: spreadMonths(line, placed.side, monthCount, input.previousProfile).map((m) => m * sign), actualMonths: Array(monthCount).fill(0n) };
    });
    const unbudgeted = new Map();
    for (const [account, months] of actuals?.monthly ?? []) {
        if (!isBudgetAccount(account))
            continue;
        let target = building.find((b) => account.startsWith(b.account));
        if (!target) {
            target = unbudgeted.get(account);
            if (!target)
                unbudgeted.set(account, (target = { account, label: accountLabel(chart, account), placed: placeAccount(set, account), budgetMonths: Array(monthCount).fill(0n), actualMonths: Array(monthCount).fill(0n) }));
        }
        // Months beyond the budget year's count (a long first year compared with a regular one) go to its last month.
        months.forEach((net, index) => {
            if (net === undefined)
                return;
            const at = Math.min(index, monthCount - 1);
            target.actualMonths[at] = target.actualMonths[at] + (target.placed.side === 'income' ? -net : net);
        });
    }
    const order = lineOrder(set);
    const rank = (b) => order.get(b.placed.lineId) ?? order.size;
    const all = [...building, ...[...unbudgeted.values()].filter((b) => b.actualMonths.some((m) => m !== 0n))]
        .sort((a, b) => rank(a) - rank(b) || (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
    const rows = all.map((b) => {
        const budgeted = b.line !== undefined;
        const toDate = sumCents(b.budgetMonths.slice(0, elapsed));
        const actual = actuals ? shown(sumCents(b.actualMonths)) : null;
        return {
            account: b.account, label: b.label, section: b.placed.section, side: b.placed.side, budgeted, lineId: b.placed.lineId,
            annual: budgeted ? shown(sumCents(b.budgetMonths)) : null,
            ...compare(budgeted ? shown(toDate) : null, actual),
            months: b.budgetMonths.map((m, index) => ({ budget: m, actual: actuals && index < elapsed ? b.actualMonths[index] : null })),
        };
    });
    const totalsOf = (list, hasActual) => {
        const sum = (section, key) => sumCents(list.filter((r) => r.section === section).map((r) => r[key] ?? 0n));
        const income = compare(sum('income', 'budget'), hasActual ? sum('income', 'actual') : null);
        const expenses = compare(sum('expenses', 'budget'), hasActual ? sum('expenses', 'actual') : null);
        return { income, expenses, result: compare(income.budget - expenses.budget, hasActual ? income.actual - expenses.actual : null) };
    };
    const totals = totalsOf(rows, actuals !== undefined);
    const annualSum = (section) => sumCents(rows.filter((r) => r.section === section).map((r) => r.annual ?? 0n));
    const months = [...Array(monthCount).keys()].map((index) => {
        const monthRows = rows.map((r) => ({ account: r.account, label: r.label, section: r.section, ...compare(r.budgeted ? r.months[index].budget : null, r.months[index].actual) }));
        return { index, rows: monthRows, totals: totalsOf(monthRows, actuals !== undefined && index < elapsed) };
    });
    const context = { rows, totals, lang, annual: elapsed < monthCount && actuals !== undefined };
    const lines = layout === 'cerfa' ? cerfaLines(set, context) : statementLines(set, context);
    return {
        year: budget.year, vs: actuals?.year ?? null, to: actuals?.to ?? null, monthsElapsed: elapsed, monthCount, layout, euros,
        rows, lines, totals,
        annualTotals: { income: annualSum('income'), expenses: annualSum('expenses'), result: annualSum('income') - annualSum('expenses') },
        months,
        overruns: input.failOverBasisPoints === undefined || !actuals ? null : findOverruns(rows, input.failOverBasisPoints),
    };
}
/** Expense lines whose actual exceeds the budget by more than the threshold, income lines short by more; unbudgeted lines apart. */
function findOverruns(rows, basisPoints) {
    const tripped = [];
    for (const row of rows) {
        if (!row.budgeted || row.section === 'in-kind' || row.actual === null || row.budget === null)
            continue;
        const over = row.side === 'expenses'
            ? row.actual * 10000n > row.budget * (10000n + basisPoints)
            : row.actual * 10000n < row.budget * (10000n - basisPoints);
        if (over)
            tripped.push({ row, deviation: ratioString(row.actual - row.budget, row.budget) });
    }
    return { tripped, unbudgeted: rows.filter((row) => !row.budgeted) };
}
function lineOrder(set) {
    const order = new Map();
    const blocks = [...set.incomeStatement.items.flatMap((item) => ('block' in item ? [item.block] : [])), set.incomeStatement.inKind.resources, set.incomeStatement.inKind.uses];
    for (const block of blocks)
        for (const line of block.lines)
            order.set(line.id, order.size);
    return order;
}
