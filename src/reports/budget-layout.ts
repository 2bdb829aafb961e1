// The budget in a layout: the compte de résultat (the income statement's own blocks, lines and
// results, statements/pca2018.ts) or the cerfa 12156 budget page (statements/cerfa.ts). Display
// lines only: every figure is a sum of budget lines.
import { labels } from '../messages/labels.js';
import { say } from '../messages/text.js';
import { sumCents, type Cents } from '../money.js';
import { CERFA_12156 } from '../statements/cerfa.js';
import type { IncomeBlockSpec, ReferenceSet } from '../statements/layout.js';
import {
  compare,
  type BudgetDisplayLine,
  type BudgetRow,
  type BudgetSection,
  type BudgetTotals,
  type Compared,
} from './budget-line.js';
import type { Lang } from './statement-line.js';

export interface LayoutContext {
  readonly rows: readonly BudgetRow[];
  readonly totals: BudgetTotals;
  readonly lang: Lang;
  readonly annual: boolean;
}

const sumOf = (rows: readonly BudgetRow[], key: 'budget' | 'actual' | 'annual'): Cents | null => {
  if (key === 'actual' && rows.some((r) => r.actual === null)) return null;
  return sumCents(rows.map((r) => r[key] ?? 0n));
};

function groupLine(
  id: string,
  kind: BudgetDisplayLine['kind'],
  label: string,
  section: BudgetDisplayLine['section'],
  rows: readonly BudgetRow[],
  context: LayoutContext,
  depth = 0,
): BudgetDisplayLine {
  const actual = rows.length ? sumOf(rows, 'actual') : context.totals.income.actual === null ? null : 0n;
  return {
    id,
    kind,
    label,
    section,
    figures: compare(sumOf(rows, 'budget'), actual),
    annual: context.annual ? sumOf(rows, 'annual') : null,
    depth,
  };
}

function accountLines(rows: readonly BudgetRow[], context: LayoutContext, depth: number): BudgetDisplayLine[] {
  return rows.map((row) => ({
    id: row.account,
    kind: 'account',
    label: `${row.account} ${row.label}`,
    section: row.section,
    figures: row,
    annual: context.annual ? row.annual : null,
    depth,
    ...(row.budgeted ? {} : { unbudgeted: true }),
  }));
}

function resultLine(
  id: string,
  label: string,
  income: Compared,
  expenses: Compared,
  context: LayoutContext,
  annual: Cents | null,
  kind: BudgetDisplayLine['kind'] = 'subtotal',
): BudgetDisplayLine {
  return {
    id,
    kind,
    label,
    section: 'result',
    // A result is a difference: no ratio to its budget (-1525 %, 472 % mean nothing).
    figures: {
      ...compare(
        income.budget! - expenses.budget!,
        income.actual === null || expenses.actual === null ? null : income.actual - expenses.actual,
      ),
      ratio: null,
    },
    annual: context.annual ? annual : null,
    depth: 0,
  };
}

/** A block of the income statement: its lines that have budget lines or actuals, each with its rows under it, then its total. */
function blockLines(
  block: IncomeBlockSpec,
  section: BudgetSection,
  context: LayoutContext,
): { lines: BudgetDisplayLine[]; rows: BudgetRow[] } {
  const lines: BudgetDisplayLine[] = [];
  const blockRows: BudgetRow[] = [];
  for (const spec of block.lines) {
    const rows = context.rows.filter((row) => row.lineId === spec.id);
    if (!rows.length) continue;
    blockRows.push(...rows);
    lines.push(
      groupLine(spec.id, 'line', spec.label[context.lang], section, rows, context),
      ...accountLines(rows, context, 1),
    );
  }
  if (!lines.length) return { lines, rows: blockRows };
  return {
    lines: [
      {
        id: block.id,
        kind: 'heading',
        label: block.heading[context.lang],
        section,
        figures: compare(null, null),
        annual: null,
        depth: 0,
      },
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
export function statementLines(set: ReferenceSet, context: LayoutContext): BudgetDisplayLine[] {
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
      lines.push(
        resultLine(item.result.id, item.result.label[context.lang], plus.figures, minus.figures, context, annual),
      );
    }
  }
  const labels = set.incomeStatement.totals;
  const income = context.rows.filter((r) => r.section === 'income');
  const expenses = context.rows.filter((r) => r.section === 'expenses');
  lines.push(groupLine('produits.total', 'total', labels.income[context.lang], 'income', income, context));
  lines.push(groupLine('charges.total', 'total', labels.expenses[context.lang], 'expenses', expenses, context));
  const annualResult = context.annual ? (sumOf(income, 'annual') ?? 0n) - (sumOf(expenses, 'annual') ?? 0n) : null;
  lines.push(
    resultLine(
      'resultat.excedent-deficit',
      labels.result[context.lang],
      context.totals.income,
      context.totals.expenses,
      context,
      annualResult,
      'total',
    ),
  );
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
export function cerfaLines(set: ReferenceSet, context: LayoutContext): BudgetDisplayLine[] {
  const { lang, totals } = context;
  const lines: BudgetDisplayLine[] = [];
  const positive = (value: Cents | null): Cents | null => (value === null ? null : value > 0n ? value : 0n);
  const surplus = compare(positive(totals.result.budget), positive(totals.result.actual));
  const deficit = compare(
    positive(-totals.result.budget!),
    totals.result.actual === null ? null : positive(-totals.result.actual),
  );
  const annualResult = context.annual
    ? sumOf(
        context.rows.filter((r) => r.section === 'income'),
        'annual',
      )! -
      sumOf(
        context.rows.filter((r) => r.section === 'expenses'),
        'annual',
      )!
    : null;
  for (const side of ['expenses', 'income'] as const) {
    const spec = CERFA_12156[side];
    const sideRows = context.rows.filter((row) => row.section === side);
    lines.push({
      id: `cerfa.${side}`,
      kind: 'heading',
      label: spec.heading[lang],
      section: side,
      figures: compare(null, null),
      annual: null,
      depth: 0,
    });
    for (const group of spec.groups) {
      const rows = sideRows
        .filter((row) => cerfaCode(row) === group.code)
        .sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
      if (rows.length)
        lines.push(
          groupLine(`cerfa.${group.code}`, 'line', `${group.code} – ${group.label[lang]}`, side, rows, context),
          ...accountLines(rows, context, 1),
        );
    }
    const total = groupLine(`cerfa.total-${side}`, 'subtotal', spec.total[lang], side, sideRows, context);
    lines.push(total);
    const balancing = side === 'expenses' ? surplus : deficit;
    if ((balancing.budget ?? 0n) !== 0n || (balancing.actual ?? 0n) !== 0n) {
      const name = side === 'expenses' ? CERFA_12156.surplus[lang] : CERFA_12156.deficit[lang];
      const annual =
        annualResult === null
          ? null
          : side === 'expenses'
            ? annualResult > 0n
              ? annualResult
              : 0n
            : annualResult < 0n
              ? -annualResult
              : 0n;
      lines.push({
        id: `cerfa.${side === 'expenses' ? 'excedent' : 'deficit'}`,
        kind: 'line',
        label: totals.result.actual === null ? say(labels.forecast(name), lang) : name,
        section: 'result',
        figures: { ...balancing, ratio: null },
        annual,
        depth: 0,
      });
      const add = (a: Cents | null, b: Cents | null) => (a === null || b === null ? null : a + b);
      lines.push({
        id: `cerfa.total-balanced-${side}`,
        kind: 'total',
        label: (side === 'expenses' ? CERFA_12156.balancedExpenses : CERFA_12156.balancedIncome)[lang],
        section: side,
        figures: compare(add(total.figures.budget, balancing.budget), add(total.figures.actual, balancing.actual)),
        annual: context.annual ? add(total.annual, annual) : null,
        depth: 0,
      });
    }
  }
  lines.push(...inKindLines(set, context));
  return lines;
}
