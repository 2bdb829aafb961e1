// The budget (budget prévisionnel) and the budget against the actuals: a pure function of the
// budget lines, the actuals of the books and the layout. Lines are placed by the income
// statement's own mapping (statements/), or on the cerfa 12156 layout by two-digit class.
import { accountClass, accountLabel, type Chart } from '../chart/chart.js';
import { ratioString, roundToEuro, sumCents, distributeCents, type Cents } from '../money.js';
import type { Budget, BudgetLine } from '../read/budget.js';
import { CERFA_12156 } from '../statements/cerfa.js';
import type { IncomeBlockSpec, ReferenceSet } from '../statements/layout.js';
import { incomePlacement } from '../statements/placement.js';
import { isBudgetAccount, type BudgetActuals } from './budget-actuals.js';
import type { Lang } from './statement-line.js';

export type BudgetLayout = 'statement' | 'cerfa';
export type BudgetSection = 'income' | 'expenses' | 'in-kind';

/** A budget figure beside its actual: variance = actual − budget (an unbudgeted line counts 0), ratio = actual ÷ budget. */
export interface Compared {
  readonly budget: Cents | null;
  readonly actual: Cents | null;
  readonly variance: Cents | null;
  readonly ratio: string | null;
}

export function compare(budget: Cents | null, actual: Cents | null): Compared {
  return {
    budget, actual,
    variance: actual === null ? null : actual - (budget ?? 0n),
    ratio: actual === null || budget === null ? null : ratioString(actual, budget),
  };
}

/** A line of the comparison: a budget line (its account or prefix), or an account with actuals no budget line covers. */
export interface BudgetRow extends Compared {
  readonly account: string;
  readonly label: string;
  readonly section: BudgetSection;
  /** The natural side: income (7, 87) or expenses (6, 86). */
  readonly side: 'income' | 'expenses';
  readonly budgeted: boolean;
  /** The budget of the whole year (`budget` is the budget to date when the comparison is to date). */
  readonly annual: Cents | null;
  /** The income-statement line the row lands on. */
  readonly lineId: string;
  /** Budget and actual per fiscal month, natural sign; actual null for months after the cut-off or without --vs. */
  readonly months: readonly { readonly budget: Cents; readonly actual: Cents | null }[];
}

export interface BudgetDisplayLine {
  readonly id: string;
  readonly kind: 'heading' | 'line' | 'account' | 'subtotal' | 'total';
  readonly label: string;
  readonly section: BudgetSection | 'result';
  readonly figures: Compared;
  /** The annual budget beside a budget to date. */
  readonly annual: Cents | null;
  readonly depth: number;
  readonly unbudgeted?: boolean;
}

export interface BudgetTotals { readonly income: Compared; readonly expenses: Compared; readonly result: Compared }

export interface BudgetMonth {
  readonly index: number;
  readonly rows: readonly (Compared & { readonly account: string; readonly label: string; readonly section: BudgetSection })[];
  readonly totals: BudgetTotals;
}

export interface Overrun { readonly row: BudgetRow; /** (actual − budget) ÷ budget, 4 decimals; null for a zero budget. */ readonly deviation: string | null }

export interface BudgetReport {
  readonly year: number;
  /** The year of the actuals, null for the forecast alone. */
  readonly vs: number | null;
  readonly to: string | null;
  readonly monthsElapsed: number;
  readonly monthCount: number;
  readonly layout: BudgetLayout;
  readonly euros: boolean;
  readonly rows: readonly BudgetRow[];
  readonly lines: readonly BudgetDisplayLine[];
  readonly totals: BudgetTotals;
  readonly annualTotals: { readonly income: Cents; readonly expenses: Cents; readonly result: Cents };
  readonly months: readonly BudgetMonth[];
  /** With a threshold (--fail-over): the budget lines beyond it, and the unbudgeted lines, listed apart. */
  readonly overruns: { readonly tripped: readonly Overrun[]; readonly unbudgeted: readonly BudgetRow[] } | null;
}

export interface BudgetReportInput {
  readonly set: ReferenceSet;
  readonly chart: Chart;
  readonly budget: Budget;
  readonly monthCount: number;
  readonly lang: Lang;
  readonly layout?: BudgetLayout;
  readonly actuals?: BudgetActuals;
  /** The previous year's monthly nets (--profile previous): the profile of lines the file gives none. */
  readonly previousProfile?: ReadonlyMap<string, readonly (Cents | undefined)[]>;
  /** Whole euros: each line rounded once, half away from zero; totals are the sums of the rounded lines; ratios stay exact. */
  readonly euros?: boolean;
  /** --fail-over, in hundredths of a percent (10 % → 1000n). */
  readonly failOverBasisPoints?: bigint;
}

interface Placed { side: 'income' | 'expenses'; section: BudgetSection; lineId: string }

function placeAccount(set: ReferenceSet, account: string): Placed {
  const placement = incomePlacement(set, account);
  const classSide = accountClass(account) === 7 || account.startsWith('87') ? 'income' : 'expenses';
  if (!placement) return { side: classSide, section: account.startsWith('8') ? 'in-kind' : classSide, lineId: '' };
  return { side: placement.side, section: placement.inKind ? 'in-kind' : placement.side, lineId: placement.lineId };
}

/** The sign that turns a file amount (natural for its class) into the natural sign of the line it lands on. */
function classSign(account: string, side: 'income' | 'expenses'): bigint {
  const classSide = accountClass(account) === 7 || account.startsWith('87') ? 'income' : 'expenses';
  return classSide === side ? 1n : -1n;
}

/** The monthly parts of a line: the file's profile, else the previous year's actuals (--profile previous), else the even spread. */
function spreadMonths(line: BudgetLine, side: 'income' | 'expenses', monthCount: number, previous: BudgetReportInput['previousProfile']): readonly Cents[] {
  if (line.profiled || !previous || line.amount === 0n) return line.months;
  const weights: Cents[] = Array<Cents>(monthCount).fill(0n);
  for (const [account, months] of previous) {
    if (!account.startsWith(line.account)) continue;
    for (let index = 0; index < monthCount; index += 1) weights[index] = weights[index]! + (side === 'income' ? -(months[index] ?? 0n) : months[index] ?? 0n);
  }
  const clamped = weights.map((w) => (w > 0n ? w : 0n));
  return sumCents(clamped) > 0n ? distributeCents(line.amount, clamped) : line.months;
}

export function budgetReport(input: BudgetReportInput): BudgetReport {
  if (!input.euros) return computeReport(input);
  // Whole euros: amounts rounded, but each ratio stays the exact one (the same lines, in the same order).
  const exact = computeReport({ ...input, euros: false });
  const rounded = computeReport(input);
  const withRatio = <T extends Compared>(value: T, from: Compared): T => ({ ...value, ratio: from.ratio });
  return {
    ...rounded,
    rows: rounded.rows.map((row, index) => withRatio(row, exact.rows[index]!)),
    lines: rounded.lines.map((line, index) => ({ ...line, figures: withRatio(line.figures, exact.lines[index]!.figures) })),
    totals: { income: withRatio(rounded.totals.income, exact.totals.income), expenses: withRatio(rounded.totals.expenses, exact.totals.expenses), result: withRatio(rounded.totals.result, exact.totals.result) },
  };
}

function computeReport(input: BudgetReportInput): BudgetReport {
  const { set, chart, budget, monthCount, lang, actuals } = input;
  const layout = input.layout ?? 'statement';
  const euros = input.euros ?? false;
  const elapsed = actuals ? Math.min(actuals.monthsElapsed, monthCount) : monthCount;
  const shown = (cents: Cents): Cents => (euros ? roundToEuro(cents) : cents);

  // Budget lines, then every account with actuals on the budget line that covers it, or on a line of its own.
  interface Building { line?: BudgetLine; account: string; label: string; placed: Placed; budgetMonths: Cents[]; actualMonths: Cents[] }
  const building: Building[] = budget.lines.map((line) => {
    const placed = placeAccount(set, line.account);
    const sign = classSign(line.account, placed.side);
    return { line, account: line.account, label: line.label, placed, budgetMonths: spreadMonths(line, placed.side, monthCount, input.previousProfile).map((m) => m * sign), actualMonths: Array<Cents>(monthCount).fill(0n) };
  });
  const unbudgeted = new Map<string, Building>();
  for (const [account, months] of actuals?.monthly ?? []) {
    if (!isBudgetAccount(account)) continue;
    let target = building.find((b) => account.startsWith(b.account));
    if (!target) {
      target = unbudgeted.get(account);
      if (!target) unbudgeted.set(account, (target = { account, label: accountLabel(chart, account), placed: placeAccount(set, account), budgetMonths: Array<Cents>(monthCount).fill(0n), actualMonths: Array<Cents>(monthCount).fill(0n) }));
    }
    // Months beyond the budget year's count (a long first year compared with a regular one) go to its last month.
    months.forEach((net, index) => {
      if (net === undefined) return;
      const at = Math.min(index, monthCount - 1);
      target!.actualMonths[at] = target!.actualMonths[at]! + (target!.placed.side === 'income' ? -net : net);
    });
  }
  const order = lineOrder(set);
  const rank = (b: Building) => order.get(b.placed.lineId) ?? order.size;
  const all = [...building, ...[...unbudgeted.values()].filter((b) => b.actualMonths.some((m) => m !== 0n))]
    .sort((a, b) => rank(a) - rank(b) || (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));

  const rows: BudgetRow[] = all.map((b) => {
    const budgeted = b.line !== undefined;
    const toDate = sumCents(b.budgetMonths.slice(0, elapsed));
    const actual = actuals ? shown(sumCents(b.actualMonths)) : null;
    return {
      account: b.account, label: b.label, section: b.placed.section, side: b.placed.side, budgeted, lineId: b.placed.lineId,
      annual: budgeted ? shown(sumCents(b.budgetMonths)) : null,
      ...compare(budgeted ? shown(toDate) : null, actual),
      months: b.budgetMonths.map((m, index) => ({ budget: m, actual: actuals && index < elapsed ? b.actualMonths[index]! : null })),
    };
  });

  const totalsOf = (list: readonly { section: BudgetSection; budget: Cents | null; actual: Cents | null }[], hasActual: boolean): BudgetTotals => {
    const sum = (section: BudgetSection, key: 'budget' | 'actual') => sumCents(list.filter((r) => r.section === section).map((r) => r[key] ?? 0n));
    const income = compare(sum('income', 'budget'), hasActual ? sum('income', 'actual') : null);
    const expenses = compare(sum('expenses', 'budget'), hasActual ? sum('expenses', 'actual') : null);
    return { income, expenses, result: compare(income.budget! - expenses.budget!, hasActual ? income.actual! - expenses.actual! : null) };
  };
  const totals = totalsOf(rows, actuals !== undefined);
  const annualSum = (section: BudgetSection) => sumCents(rows.filter((r) => r.section === section).map((r) => r.annual ?? 0n));

  const months: BudgetMonth[] = [...Array(monthCount).keys()].map((index) => {
    const monthRows = rows.map((r) => ({ account: r.account, label: r.label, section: r.section, ...compare(r.budgeted ? r.months[index]!.budget : null, r.months[index]!.actual) }));
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
function findOverruns(rows: readonly BudgetRow[], basisPoints: bigint): { tripped: Overrun[]; unbudgeted: BudgetRow[] } {
  const tripped: Overrun[] = [];
  for (const row of rows) {
    if (!row.budgeted || row.section === 'in-kind' || row.actual === null || row.budget === null) continue;
    const over = row.side === 'expenses'
      ? row.actual * 10000n > row.budget * (10000n + basisPoints)
      : row.actual * 10000n < row.budget * (10000n - basisPoints);
    if (over) tripped.push({ row, deviation: ratioString(row.actual - row.budget, row.budget) });
  }
  return { tripped, unbudgeted: rows.filter((row) => !row.budgeted) };
}

function lineOrder(set: ReferenceSet): Map<string, number> {
  const order = new Map<string, number>();
  const blocks = [...set.incomeStatement.items.flatMap((item) => ('block' in item ? [item.block] : [])), set.incomeStatement.inKind.resources, set.incomeStatement.inKind.uses];
  for (const block of blocks) for (const line of block.lines) order.set(line.id, order.size);
  return order;
}

interface LayoutContext { readonly rows: readonly BudgetRow[]; readonly totals: BudgetTotals; readonly lang: Lang; readonly annual: boolean }

const sumOf = (rows: readonly BudgetRow[], key: 'budget' | 'actual' | 'annual'): Cents | null => {
  if (key === 'actual' && rows.some((r) => r.actual === null)) return null;
  return sumCents(rows.map((r) => r[key] ?? 0n));
};

function groupLine(id: string, kind: BudgetDisplayLine['kind'], label: string, section: BudgetDisplayLine['section'], rows: readonly BudgetRow[], context: LayoutContext, depth = 0): BudgetDisplayLine {
  const actual = rows.length ? sumOf(rows, 'actual') : context.totals.income.actual === null ? null : 0n;
  return { id, kind, label, section, figures: compare(sumOf(rows, 'budget'), actual), annual: context.annual ? sumOf(rows, 'annual') : null, depth };
}

function accountLines(rows: readonly BudgetRow[], context: LayoutContext, depth: number): BudgetDisplayLine[] {
  return rows.map((row) => ({
    id: row.account, kind: 'account', label: `${row.account} ${row.label}`, section: row.section,
    figures: row, annual: context.annual ? row.annual : null, depth, ...(row.budgeted ? {} : { unbudgeted: true }),
  }));
}

function resultLine(id: string, label: string, income: Compared, expenses: Compared, context: LayoutContext, annual: Cents | null, kind: BudgetDisplayLine['kind'] = 'subtotal'): BudgetDisplayLine {
  return {
    id, kind, label, section: 'result',
    figures: compare(income.budget! - expenses.budget!, income.actual === null || expenses.actual === null ? null : income.actual - expenses.actual),
    annual: context.annual ? annual : null, depth: 0,
  };
}

/** A block of the income statement: its lines that have budget lines or actuals, each with its rows under it, then its total. */
function blockLines(block: IncomeBlockSpec, section: BudgetSection, context: LayoutContext): { lines: BudgetDisplayLine[]; rows: BudgetRow[] } {
  const lines: BudgetDisplayLine[] = [];
  const blockRows: BudgetRow[] = [];
  for (const spec of block.lines) {
    const rows = context.rows.filter((row) => row.lineId === spec.id);
    if (!rows.length) continue;
    blockRows.push(...rows);
    lines.push(groupLine(spec.id, 'line', spec.label[context.lang], section, rows, context), ...accountLines(rows, context, 1));
  }
  if (!lines.length) return { lines, rows: blockRows };
  return {
    lines: [
      { id: block.id, kind: 'heading', label: block.heading[context.lang], section, figures: compare(null, null), annual: null, depth: 0 },
      ...lines,
      groupLine(block.total.id, 'subtotal', block.total.label[context.lang], section, blockRows, context),
    ],
    rows: blockRows,
  };
}

function inKindLines(set: ReferenceSet, context: LayoutContext): BudgetDisplayLine[] {
  const { resources, uses } = set.incomeStatement.inKind;
  // The resources block's heading is the in-kind heading itself: no heading of their own above them.
  return [...blockLines(resources, 'in-kind', context).lines, ...blockLines(uses, 'in-kind', context).lines];
}

/** The compte de résultat layout: blocks, intermediate results, totals and the forecast result, then the in-kind block. */
function statementLines(set: ReferenceSet, context: LayoutContext): BudgetDisplayLine[] {
  const lines: BudgetDisplayLine[] = [];
  const blockRows = new Map<string, BudgetRow[]>();
  for (const item of set.incomeStatement.items) {
    if ('block' in item) {
      const built = blockLines(item.block, item.block.side, context);
      blockRows.set(item.block.id, built.rows);
      lines.push(...built.lines);
    } else {
      const pick = (ids: readonly string[]) => ids.flatMap((id) => blockRows.get(id) ?? []);
      const plus = groupLine('', 'subtotal', '', 'result', pick(item.result.plus), context);
      const minus = groupLine('', 'subtotal', '', 'result', pick(item.result.minus), context);
      const annual = context.annual ? (plus.annual ?? 0n) - (minus.annual ?? 0n) : null;
      lines.push(resultLine(item.result.id, item.result.label[context.lang], plus.figures, minus.figures, context, annual));
    }
  }
  const labels = set.incomeStatement.totals;
  const income = context.rows.filter((r) => r.section === 'income');
  const expenses = context.rows.filter((r) => r.section === 'expenses');
  lines.push(groupLine('produits.total', 'total', labels.income[context.lang], 'income', income, context));
  lines.push(groupLine('charges.total', 'total', labels.expenses[context.lang], 'expenses', expenses, context));
  const annualResult = context.annual ? (sumOf(income, 'annual') ?? 0n) - (sumOf(expenses, 'annual') ?? 0n) : null;
  lines.push(resultLine('resultat.excedent-deficit', labels.result[context.lang], context.totals.income, context.totals.expenses, context, annualResult, 'total'));
  lines.push(...inKindLines(set, context));
  return lines;
}

/** The cerfa 12156 code a row goes under: its two-digit class, on its own side (a contra account placed on the other side goes to 65 or 75). */
function cerfaCode(row: BudgetRow): string {
  const code = row.account.slice(0, 2);
  const codeSide = code.startsWith('7') ? 'income' : 'expenses';
  return codeSide === row.side ? code : row.side === 'income' ? '75' : '65';
}

/** The cerfa 12156 layout: charges then produits by two-digit class, each with the line that balances the two columns, then the in-kind block. */
function cerfaLines(set: ReferenceSet, context: LayoutContext): BudgetDisplayLine[] {
  const { lang, totals } = context;
  const lines: BudgetDisplayLine[] = [];
  const positive = (value: Cents | null): Cents | null => (value === null ? null : value > 0n ? value : 0n);
  const surplus = compare(positive(totals.result.budget), positive(totals.result.actual));
  const deficit = compare(positive(-totals.result.budget!), totals.result.actual === null ? null : positive(-totals.result.actual));
  const annualResult = context.annual ? sumOf(context.rows.filter((r) => r.section === 'income'), 'annual')! - sumOf(context.rows.filter((r) => r.section === 'expenses'), 'annual')! : null;
  for (const side of ['expenses', 'income'] as const) {
    const spec = CERFA_12156[side];
    const sideRows = context.rows.filter((row) => row.section === side);
    lines.push({ id: `cerfa.${side}`, kind: 'heading', label: spec.heading[lang], section: side, figures: compare(null, null), annual: null, depth: 0 });
    for (const group of spec.groups) {
      const rows = sideRows.filter((row) => cerfaCode(row) === group.code).sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
      if (rows.length) lines.push(groupLine(`cerfa.${group.code}`, 'line', `${group.code} – ${group.label[lang]}`, side, rows, context), ...accountLines(rows, context, 1));
    }
    const total = groupLine(`cerfa.total-${side}`, 'subtotal', spec.total[lang], side, sideRows, context);
    lines.push(total);
    const balancing = side === 'expenses' ? surplus : deficit;
    if ((balancing.budget ?? 0n) !== 0n || (balancing.actual ?? 0n) !== 0n) {
      const name = side === 'expenses' ? CERFA_12156.surplus[lang] : CERFA_12156.deficit[lang];
      const annual = annualResult === null ? null : side === 'expenses' ? (annualResult > 0n ? annualResult : 0n) : annualResult < 0n ? -annualResult : 0n;
      lines.push({ id: `cerfa.${side === 'expenses' ? 'excedent' : 'deficit'}`, kind: 'line', label: totals.result.actual === null ? `${name} ${lang === 'fr' ? 'prévisionnel' : 'forecast'}` : name, section: 'result', figures: balancing, annual, depth: 0 });
      const add = (a: Cents | null, b: Cents | null) => (a === null || b === null ? null : a + b);
      lines.push({
        id: `cerfa.total-balanced-${side}`, kind: 'total', label: (side === 'expenses' ? CERFA_12156.balancedExpenses : CERFA_12156.balancedIncome)[lang], section: side,
        figures: compare(add(total.figures.budget, balancing.budget), add(total.figures.actual, balancing.actual)),
        annual: context.annual ? add(total.annual, annual) : null, depth: 0,
      });
    }
  }
  lines.push(...inKindLines(set, context));
  return lines;
}
