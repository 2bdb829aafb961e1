// The compte de résultat: a spec (statements/) evaluated over the balances of year N and N−1.
import { labels as words } from '../messages/labels.js';
import { say } from '../messages/text.js';
import { accountClass, accountLabel, type Chart } from '../chart/chart.js';
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import type { IncomeBlockSpec, ReferenceSet } from '../statements/layout.js';
import { incomePlacement } from '../statements/placement.js';
import { footToOwnTotal, roundToEuro } from './euros.js';
import type { AccountAmount, Lang, StatementLine } from './statement-line.js';

export interface IncomeTotals {
  readonly income: Cents;
  readonly expenses: Cents;
  readonly result: Cents;
}

export interface IncomeStatement {
  readonly year: number;
  readonly lines: readonly StatementLine[];
  readonly totals: IncomeTotals;
  readonly previousTotals: IncomeTotals | null;
  /** Whole-euro presentation: the lines that absorbed a rounding difference. */
  readonly euros: boolean;
  readonly absorbed: readonly string[];
  /** Accounts of classes 6 to 8 with no line (should not happen with a complete layout). */
  readonly unplaced: readonly string[];
}

export interface IncomeStatementInput {
  readonly set: ReferenceSet;
  readonly chart: Chart;
  readonly year: number;
  readonly current: Balances;
  /** undefined where year N−1 has no books. */
  readonly previous: Balances | undefined;
  readonly lang: Lang;
  readonly euros?: boolean;
}

type Column = 'amount' | 'previous';
/** Natural-sign amount of each account, per line id. */
type ByLine = Map<string, Map<string, Cents>>;

function amountsByLine(set: ReferenceSet, balances: Balances | undefined, unplaced: Set<string>): ByLine {
  const byLine: ByLine = new Map();
  for (const [account, totals] of balances ?? []) {
    const accountClassNumber = accountClass(account);
    if (accountClassNumber < 6 || (accountClassNumber === 8 && !/^8[67]/.test(account))) continue;
    const placement = incomePlacement(set, account);
    if (!placement) {
      unplaced.add(account);
      continue;
    }
    const balance = balanceOf(totals);
    let accounts = byLine.get(placement.lineId);
    if (!accounts) byLine.set(placement.lineId, (accounts = new Map()));
    accounts.set(account, (accounts.get(account) ?? 0n) + (placement.side === 'income' ? -balance : balance));
  }
  return byLine;
}

function blocksOf(
  set: ReferenceSet,
): { block: IncomeBlockSpec; group: 'income' | 'expenses' | 'in-kind-resources' | 'in-kind-uses' }[] {
  return [
    ...set.incomeStatement.items.flatMap((item) =>
      'block' in item ? [{ block: item.block, group: item.block.side }] : [],
    ),
    { block: set.incomeStatement.inKind.resources, group: 'in-kind-resources' as const },
    { block: set.incomeStatement.inKind.uses, group: 'in-kind-uses' as const },
  ];
}

export function incomeStatement(input: IncomeStatementInput): IncomeStatement {
  const { set, chart, year, lang } = input;
  const euros = input.euros ?? false;
  const unplaced = new Set<string>();
  const columns: Record<Column, ByLine | undefined> = {
    amount: amountsByLine(set, input.current, unplaced),
    previous: input.previous ? amountsByLine(set, input.previous, unplaced) : undefined,
  };
  const hasPrevious = columns.previous !== undefined;
  const blocks = blocksOf(set);

  // Exact line amounts, then (--euros) whole euros footing to each group's rounded total.
  const lineAmount: Record<Column, Map<string, Cents>> = { amount: new Map(), previous: new Map() };
  const absorbed = new Set<string>();
  for (const column of ['amount', 'previous'] as const) {
    for (const group of ['income', 'expenses', 'in-kind-resources', 'in-kind-uses']) {
      const exact = new Map<string, Cents>();
      for (const { block } of blocks.filter((b) => b.group === group)) {
        for (const spec of block.lines)
          exact.set(
            spec.id,
            [...(columns[column]?.get(spec.id)?.values() ?? [])].reduce((t, v) => t + v, 0n),
          );
      }
      if (!euros) {
        for (const [id, value] of exact) lineAmount[column].set(id, value);
        continue;
      }
      const footed = footToOwnTotal(exact);
      for (const [id, value] of footed.rounded) lineAmount[column].set(id, value);
      footed.absorbed.forEach((id) => absorbed.add(id));
    }
  }

  const accountsOf = (
    lineId: string,
    shown: { amount: Cents; previous: Cents | null },
    prefixes?: readonly string[],
  ): AccountAmount[] => {
    const numbers = new Set([
      ...(columns.amount?.get(lineId)?.keys() ?? []),
      ...(columns.previous?.get(lineId)?.keys() ?? []),
    ]);
    const rows = [...numbers]
      .filter((n) => !prefixes || prefixes.some((p) => n.startsWith(p)))
      .sort()
      .map((account) => {
        const value = (column: Column): Cents => {
          const exact = columns[column]?.get(lineId)?.get(account) ?? 0n;
          return euros ? roundToEuro(exact) : exact;
        };
        return {
          account,
          label: accountLabel(chart, account),
          amount: value('amount'),
          previous: hasPrevious ? value('previous') : null,
        };
      });
    if (euros && !prefixes) {
      const gap = (column: Column) => (shown[column] ?? 0n) - rows.reduce((t, r) => t + (r[column] ?? 0n), 0n);
      if (gap('amount') !== 0n || (hasPrevious && gap('previous') !== 0n)) {
        rows.push({
          account: '',
          label: say(words.roundingDifference(), lang),
          amount: gap('amount'),
          previous: hasPrevious ? gap('previous') : null,
        });
      }
    }
    return rows;
  };

  const lines: StatementLine[] = [];
  const blockTotals = new Map<string, Record<Column, Cents>>();
  const addBlock = (block: IncomeBlockSpec, section: string): void => {
    const blockLines: StatementLine[] = [];
    const total: Record<Column, Cents> = { amount: 0n, previous: 0n };
    for (const spec of block.lines) {
      const shown = {
        amount: lineAmount.amount.get(spec.id) ?? 0n,
        previous: hasPrevious ? (lineAmount.previous.get(spec.id) ?? 0n) : null,
      };
      total.amount += shown.amount;
      total.previous += shown.previous ?? 0n;
      const accounts = accountsOf(spec.id, shown).filter((a) => a.amount !== 0n || (a.previous ?? 0n) !== 0n);
      if (!accounts.length) continue; // lines empty in both years are left out
      blockLines.push({ id: spec.id, kind: 'line', label: spec.label[lang], section, ...shown, accounts, depth: 0 });
      for (const dont of spec.dont ?? []) {
        const parts = accountsOf(spec.id, shown, dont.prefixes);
        const sum = (column: Column) => parts.reduce((t, a) => t + (a[column] ?? 0n), 0n);
        if (parts.length)
          blockLines.push({
            id: dont.id,
            kind: 'dont',
            label: dont.label[lang],
            section,
            amount: sum('amount'),
            previous: hasPrevious ? sum('previous') : null,
            accounts: parts,
            depth: 1,
          });
      }
    }
    blockTotals.set(block.id, total);
    if (!blockLines.length) return;
    lines.push({
      id: block.id,
      kind: 'heading',
      label: block.heading[lang],
      section,
      amount: 0n,
      previous: null,
      accounts: [],
      depth: 0,
    });
    lines.push(...blockLines);
    lines.push({
      id: block.total.id,
      kind: 'subtotal',
      label: block.total.label[lang],
      section,
      amount: total.amount,
      previous: hasPrevious ? total.previous : null,
      accounts: [],
      depth: 0,
    });
  };
  const combine = (plus: readonly string[], minus: readonly string[], column: Column): Cents =>
    plus.reduce((t, id) => t + (blockTotals.get(id)?.[column] ?? 0n), 0n) -
    minus.reduce((t, id) => t + (blockTotals.get(id)?.[column] ?? 0n), 0n);
  const both = (plus: readonly string[], minus: readonly string[]) => ({
    amount: combine(plus, minus, 'amount'),
    previous: hasPrevious ? combine(plus, minus, 'previous') : null,
  });

  const incomeBlocks: string[] = [];
  const expenseBlocks: string[] = [];
  for (const item of set.incomeStatement.items) {
    if ('block' in item) {
      addBlock(item.block, item.block.side);
      (item.block.side === 'income' ? incomeBlocks : expenseBlocks).push(item.block.id);
    } else {
      lines.push({
        id: item.result.id,
        kind: 'subtotal',
        label: item.result.label[lang],
        section: 'result',
        ...both(item.result.plus, item.result.minus),
        accounts: [],
        depth: 0,
      });
    }
  }
  const labels = set.incomeStatement.totals;
  const income = both(incomeBlocks, []);
  const expenses = both(expenseBlocks, []);
  const result = both(incomeBlocks, expenseBlocks);
  lines.push({
    id: 'produits.total',
    kind: 'total',
    label: labels.income[lang],
    section: 'income',
    ...income,
    accounts: [],
    depth: 0,
  });
  lines.push({
    id: 'charges.total',
    kind: 'total',
    label: labels.expenses[lang],
    section: 'expenses',
    ...expenses,
    accounts: [],
    depth: 0,
  });
  lines.push({
    id: 'resultat.excedent-deficit',
    kind: 'total',
    label: labels.result[lang],
    section: 'result',
    ...result,
    accounts: [],
    depth: 0,
  });

  // The contributions volontaires en nature: below the result, never in it.
  addBlock(set.incomeStatement.inKind.resources, 'in-kind');
  addBlock(set.incomeStatement.inKind.uses, 'in-kind');

  const labelOf = new Map(
    blocks.flatMap(({ block }) => block.lines.map((spec) => [spec.id, spec.label[lang]] as const)),
  );
  return {
    year,
    lines,
    euros,
    totals: { income: income.amount, expenses: expenses.amount, result: result.amount },
    previousTotals: hasPrevious
      ? { income: income.previous!, expenses: expenses.previous!, result: result.previous! }
      : null,
    absorbed: [...absorbed].map((id) => labelOf.get(id) ?? id),
    unplaced: [...unplaced].sort(),
  };
}
