// The N−1 column of a year whose previous year is closed: the figures published in the seal,
// line by line and account by account, so that a later change of code or of the chart's mapping
// never rewrites a published column. A line the seal does not know keeps the figure computed
// from the seal's closing balances.
import { parseCanonical, type Cents } from '../money.js';
import type { BalanceSheet, SheetLine } from './balance-sheet.js';
import type { IncomeStatement } from './income-statement.js';
import type { StatementLine } from './statement-line.js';

export interface Published {
  readonly amount: Cents;
  readonly accounts: ReadonlyMap<string, Cents>;
}

const centsOf = (value: unknown): Cents | null => (typeof value === 'string' ? parseCanonical(value) : null);

/** Line id → published amount (and its accounts), from the statement JSON the seal holds. */
export function publishedLines(lines: unknown, amountKey: 'amount' | 'net'): Map<string, Published> {
  const found = new Map<string, Published>();
  if (!Array.isArray(lines)) return found;
  for (const line of lines as Record<string, unknown>[]) {
    const amount = centsOf(line?.[amountKey]);
    if (typeof line?.id !== 'string' || amount === null) continue;
    const accounts = new Map<string, Cents>();
    for (const account of (Array.isArray(line.accounts) ? line.accounts : []) as Record<string, unknown>[]) {
      const value = centsOf(account?.amount);
      if (typeof account?.account === 'string' && value !== null) accounts.set(account.account, value);
    }
    found.set(line.id, { amount, accounts });
  }
  return found;
}

function withPublished<T extends StatementLine | SheetLine>(line: T, published: Published | undefined): T {
  if (!published || line.previous === null) return line;
  return {
    ...line,
    previous: published.amount,
    accounts: line.accounts.map((account) => ({
      ...account,
      previous: published.accounts.get(account.account) ?? account.previous,
    })),
  };
}

export function withPublishedPreviousIncome(statement: IncomeStatement, sealed: unknown): IncomeStatement {
  const json = sealed as { lines?: unknown; totals?: Record<string, unknown> } | null;
  if (!json || !statement.previousTotals) return statement;
  const published = publishedLines(json.lines, 'amount');
  const income = centsOf(json.totals?.income);
  const expenses = centsOf(json.totals?.expenses);
  const result = centsOf(json.totals?.result);
  return {
    ...statement,
    lines: statement.lines.map((line) => withPublished(line, published.get(line.id))),
    previousTotals:
      income !== null && expenses !== null && result !== null ? { income, expenses, result } : statement.previousTotals,
  };
}

export function withPublishedPreviousSheet(sheet: BalanceSheet, sealed: unknown): BalanceSheet {
  const json = sealed as {
    assets?: { lines?: unknown; total?: unknown };
    liabilities?: { lines?: unknown; total?: unknown };
  } | null;
  if (!json) return sheet;
  const side = (
    lines: readonly SheetLine[],
    total: Cents | null,
    from: { lines?: unknown; total?: unknown } | undefined,
    key: 'amount' | 'net',
  ) => {
    const published = publishedLines(from?.lines, key);
    return {
      lines: lines.map((line) => withPublished(line, published.get(line.id))),
      previousTotal: total === null ? null : (centsOf(from?.total) ?? total),
    };
  };
  return {
    ...sheet,
    assets: { ...sheet.assets, ...side(sheet.assets.lines, sheet.assets.previousTotal, json.assets, 'net') },
    liabilities: {
      ...sheet.liabilities,
      ...side(sheet.liabilities.lines, sheet.liabilities.previousTotal, json.liabilities, 'amount'),
    },
  };
}
