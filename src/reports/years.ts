// Several years side by side: the statements of each year, all computed on the layout of the
// latest year (src/ledger/years.ts), merged into one statement with an amount column per year.
// A closed year on the same layout shows the figures its seal published; a line a year does not
// have is 0 in that year. Pure: no ledger, no rendering.
import { parseCanonical, type Cents } from '../money.js';
import type { BalanceSheet } from './balance-sheet.js';
import type { IncomeStatement, IncomeTotals } from './income-statement.js';
import { publishedLines, type Published } from './published-previous.js';
import type { IncomeBlockSpec, ReferenceSet, SheetLineSpec } from '../statements/layout.js';

/** Where a year's column comes from. */
export interface YearColumn {
  readonly year: number;
  /** `seal`: a closed year, read from locks/<Y>.json; `books`: computed from the journals. */
  readonly source: 'seal' | 'books';
  /** The reference set the year's books are kept on (pca-2018, pca-2025). */
  readonly reference: string;
  /** Its balances were carried account by account onto the latest year's set (not restated). */
  readonly carried: boolean;
  /** The year has no opening entries: it opens provisionally on the year before. */
  readonly provisional: boolean;
  readonly fingerprint: string | null;
}

/** One year's statements on the latest year's layout, and the statements its seal published (same layout only). */
export interface YearStatements {
  readonly column: YearColumn;
  readonly income: IncomeStatement;
  readonly sheet: BalanceSheet;
  /** The seal's `{incomeStatement, balanceSheet}` JSON (exact or whole euros, as shown). */
  readonly published?: { readonly incomeStatement?: unknown; readonly balanceSheet?: unknown };
}

export interface YearsAccount {
  readonly account: string;
  readonly label: string;
  readonly amounts: ReadonlyMap<number, Cents>;
}

export interface YearsLine {
  readonly id: string;
  readonly kind: 'heading' | 'line' | 'dont' | 'subtotal' | 'total';
  readonly label: string;
  readonly section: string;
  readonly depth: number;
  /** Every year of the statement has an amount (0 where the year has nothing on the line); none for headings. */
  readonly amounts: ReadonlyMap<number, Cents>;
  readonly accounts: readonly YearsAccount[];
}

export interface YearsIncomeStatement {
  readonly years: readonly number[];
  /** The layout: the reference set of the latest year. */
  readonly reference: string;
  readonly euros: boolean;
  readonly columns: readonly YearColumn[];
  readonly lines: readonly YearsLine[];
  readonly totals: ReadonlyMap<number, IncomeTotals>;
}

export interface YearsSide {
  readonly lines: readonly YearsLine[];
  readonly totals: ReadonlyMap<number, Cents>;
}

export interface YearsBalanceSheet {
  readonly years: readonly number[];
  readonly reference: string;
  readonly euros: boolean;
  readonly columns: readonly YearColumn[];
  /** Asset amounts are net (gross less depreciation). */
  readonly assets: YearsSide;
  readonly liabilities: YearsSide;
  readonly balanced: ReadonlyMap<number, boolean>;
}

/** What a line of one year's statement offers the merge (StatementLine and SheetLine both fit). */
interface LineOfYear {
  readonly id: string;
  readonly kind: YearsLine['kind'];
  readonly label: string;
  readonly section?: string;
  readonly side?: string;
  readonly depth: number;
  readonly amount: Cents;
  readonly accounts: readonly { readonly account: string; readonly label: string; readonly amount: Cents }[];
}

/**
 * One order of ids consistent with every sequence (each is the layout's order with the lines a
 * year leaves out missing): a topological order of "comes after" in any sequence. Where no
 * sequence orders two ids (lines never in the same year), `rank` (their place in the layout)
 * does, then the order they were first seen in.
 */
export function mergedOrder(
  sequences: readonly (readonly string[])[],
  rank: (id: string) => number | undefined = () => undefined,
): string[] {
  const seen = new Map<string, number>();
  const after = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  for (const sequence of sequences)
    sequence.forEach((id, index) => {
      if (!seen.has(id)) {
        seen.set(id, seen.size);
        after.set(id, new Set());
        before.set(id, 0);
      }
      const previous = index > 0 ? sequence[index - 1]! : undefined;
      if (previous !== undefined && previous !== id && !after.get(previous)!.has(id)) {
        after.get(previous)!.add(id);
        before.set(id, before.get(id)! + 1);
      }
    });
  const key = (id: string): [number, number] => [rank(id) ?? Number.POSITIVE_INFINITY, seen.get(id)!];
  const earlier = (x: string, y: string) => {
    const [rx, sx] = key(x);
    const [ry, sy] = key(y);
    return rx !== ry ? rx < ry : sx < sy;
  };
  const ready = [...seen.keys()].filter((id) => before.get(id) === 0);
  const out: string[] = [];
  while (ready.length) {
    let best = 0;
    for (let i = 1; i < ready.length; i += 1) if (earlier(ready[i]!, ready[best]!)) best = i;
    const id = ready.splice(best, 1)[0]!;
    out.push(id);
    for (const next of after.get(id)!) {
      before.set(next, before.get(next)! - 1);
      if (before.get(next) === 0) ready.push(next);
    }
  }
  // Sequences that contradict each other (never from one layout) leave ids in a cycle: first seen first.
  const placed = new Set(out);
  for (const id of seen.keys()) if (!placed.has(id)) out.push(id);
  return out;
}

/** Every id of a layout (headings, lines, "dont" lines, sub-totals, totals, results) in the order the statements show them. */
export function layoutRanks(set: ReferenceSet): Map<string, number> {
  const ids: string[] = [];
  const incomeBlock = (block: IncomeBlockSpec) => {
    ids.push(block.id);
    for (const line of block.lines) ids.push(line.id, ...(line.dont ?? []).map((dont) => dont.id));
    ids.push(block.total.id);
  };
  for (const item of set.incomeStatement.items) {
    if ('block' in item) incomeBlock(item.block);
    else ids.push(item.result.id);
  }
  ids.push('produits.total', 'charges.total', 'resultat.excedent-deficit');
  incomeBlock(set.incomeStatement.inKind.resources);
  incomeBlock(set.incomeStatement.inKind.uses);
  const sheetLine = (line: SheetLineSpec) => {
    ids.push(line.id);
    (line.parts ?? []).forEach(sheetLine);
  };
  for (const side of [set.balanceSheet.assets, set.balanceSheet.liabilities])
    for (const block of side.blocks) {
      ids.push(block.id);
      for (const line of block.lines) {
        sheetLine(line);
        if (block.subtotal?.after === line.id) ids.push(block.subtotal.id);
      }
      ids.push(block.total.id);
    }
  return new Map(ids.map((id, index) => [id, index] as const));
}

function mergeLines(
  years: readonly number[],
  perYear: readonly { readonly lines: readonly LineOfYear[]; readonly published?: Map<string, Published> }[],
  ranks: ReadonlyMap<string, number>,
): YearsLine[] {
  const byYear = perYear.map((y) => new Map(y.lines.map((line) => [line.id, line] as const)));
  // The latest year first: its lines give labels and kinds.
  const order = mergedOrder(
    [...perYear].reverse().map((y) => y.lines.map((line) => line.id)),
    (id) => ranks.get(id),
  );
  return order.map((id) => {
    const first = [...byYear]
      .reverse()
      .find((lines) => lines.has(id))!
      .get(id)!;
    const amounts = new Map<number, Cents>();
    const accountLabels = new Map<string, string>();
    const accountAmounts = new Map<string, Map<number, Cents>>();
    years.forEach((year, index) => {
      const line = byYear[index]!.get(id);
      const published = perYear[index]!.published?.get(id);
      if (first.kind !== 'heading') amounts.set(year, published?.amount ?? line?.amount ?? 0n);
      for (const account of line?.accounts ?? []) {
        if (!accountLabels.has(account.account) || index === years.length - 1)
          accountLabels.set(account.account, account.label);
        let values = accountAmounts.get(account.account);
        if (!values) accountAmounts.set(account.account, (values = new Map()));
        values.set(year, (values.get(year) ?? 0n) + (published?.accounts.get(account.account) ?? account.amount));
      }
    });
    const accounts = [...accountAmounts.keys()]
      .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map((account) => ({
        account,
        label: accountLabels.get(account) ?? '',
        amounts: new Map(years.map((year) => [year, accountAmounts.get(account)!.get(year) ?? 0n] as const)),
      }));
    return {
      id,
      kind: first.kind,
      label: first.label,
      section: first.section ?? first.side ?? '',
      depth: first.depth,
      amounts,
      accounts,
    };
  });
}

const cents = (value: unknown): Cents | null => (typeof value === 'string' ? parseCanonical(value) : null);

function latestOf(statements: readonly YearStatements[]): YearStatements {
  const latest = statements[statements.length - 1];
  if (!latest) throw new Error('several years: no year given');
  return latest;
}

export function incomeStatementOverYears(
  statements: readonly YearStatements[],
  set: ReferenceSet,
): YearsIncomeStatement {
  const latest = latestOf(statements);
  const years = statements.map((s) => s.column.year);
  const lines = mergeLines(
    years,
    statements.map((s) => {
      const json = s.published?.incomeStatement as { lines?: unknown } | undefined;
      return { lines: s.income.lines, published: json ? publishedLines(json.lines, 'amount') : undefined };
    }),
    layoutRanks(set),
  );
  const totals = new Map<number, IncomeTotals>();
  for (const s of statements) {
    const json = s.published?.incomeStatement as { totals?: Record<string, unknown> } | undefined;
    const income = cents(json?.totals?.income);
    const expenses = cents(json?.totals?.expenses);
    const result = cents(json?.totals?.result);
    totals.set(
      s.column.year,
      income !== null && expenses !== null && result !== null ? { income, expenses, result } : s.income.totals,
    );
  }
  return {
    years,
    reference: set.id,
    euros: latest.income.euros,
    columns: statements.map((s) => s.column),
    lines,
    totals,
  };
}

export function balanceSheetOverYears(statements: readonly YearStatements[], set: ReferenceSet): YearsBalanceSheet {
  const latest = latestOf(statements);
  const years = statements.map((s) => s.column.year);
  const ranks = layoutRanks(set);
  const side = (which: 'assets' | 'liabilities'): YearsSide => {
    const key = which === 'assets' ? 'net' : 'amount';
    const lines = mergeLines(
      years,
      statements.map((s) => {
        const json = (s.published?.balanceSheet as Record<string, { lines?: unknown }> | undefined)?.[which];
        return { lines: s.sheet[which].lines, published: json ? publishedLines(json.lines, key) : undefined };
      }),
      ranks,
    );
    const totals = new Map<number, Cents>();
    for (const s of statements) {
      const json = (s.published?.balanceSheet as Record<string, { total?: unknown }> | undefined)?.[which];
      totals.set(s.column.year, cents(json?.total) ?? s.sheet[which].total);
    }
    return { lines, totals };
  };
  const assets = side('assets');
  const liabilities = side('liabilities');
  return {
    years,
    reference: set.id,
    euros: latest.sheet.euros,
    columns: statements.map((s) => s.column),
    assets,
    liabilities,
    balanced: new Map(years.map((year) => [year, assets.totals.get(year) === liabilities.totals.get(year)] as const)),
  };
}

/** The key figures of the assembly report, year by year. */
export interface YearFigures {
  readonly year: number;
  readonly source: 'seal' | 'books';
  readonly income: Cents;
  readonly expenses: Cents;
  readonly result: Cents;
  readonly ownFunds: Cents;
  /** Cash at year end: the debit balances of class 5. */
  readonly cash: Cents;
  readonly balanceSheetTotal: Cents;
}

/** `cash`: each year's cash, already rounded as shown. */
export function figuresOverYears(
  income: YearsIncomeStatement,
  sheet: YearsBalanceSheet,
  cash: ReadonlyMap<number, Cents>,
): YearFigures[] {
  const ownFunds = sheet.liabilities.lines.find((line) => line.id === 'passif.total-fonds-propres');
  return income.columns.map((column) => {
    const totals = income.totals.get(column.year)!;
    return {
      year: column.year,
      source: column.source,
      income: totals.income,
      expenses: totals.expenses,
      result: totals.result,
      ownFunds: ownFunds?.amounts.get(column.year) ?? 0n,
      cash: cash.get(column.year) ?? 0n,
      balanceSheetTotal: sheet.assets.totals.get(column.year) ?? 0n,
    };
  });
}
