// `explain`: what makes up a figure. A statement line (by its id, as in the JSON) or an account
// number (or prefix) → the accounts and their amounts, then the postings of the year on those
// accounts with their file and line. Pure: the statements, balances and entries come in.
import { accountLabel, type Chart } from '../chart/chart.js';
import { balanceOf, type Balances, type Entry } from '../model.js';
import type { Cents } from '../money.js';
import type { BalanceSheet, SheetLine } from './balance-sheet.js';
import type { IncomeStatement } from './income-statement.js';
import type { StatementLine } from './statement-line.js';

export interface ExplainedAccount {
  readonly account: string;
  readonly label: string;
  readonly amount: Cents;
}

export interface ExplainedPosting {
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  readonly label: string;
  readonly account: string;
  readonly debit: Cents;
  readonly credit: Cents;
  readonly file: string;
  readonly line: number;
}

export interface Explanation {
  readonly what: string;
  readonly kind: 'income-line' | 'sheet-line' | 'total' | 'account';
  readonly year: number;
  readonly label: string;
  /** The figure as the statement shows it (natural sign), or an account's balance (debit − credit). */
  readonly amount: Cents;
  readonly accounts: readonly ExplainedAccount[];
  /** For a total: the lines it adds up. */
  readonly parts: readonly { readonly id: string; readonly label: string; readonly amount: Cents }[];
  readonly postings: readonly ExplainedPosting[];
}

export type Target =
  | {
      readonly kind: 'line';
      readonly what: string;
      readonly label: string;
      readonly amount: Cents;
      readonly total: boolean;
      readonly accounts: readonly ExplainedAccount[];
      readonly parts: Explanation['parts'];
      readonly statement: 'income' | 'sheet';
    }
  | { readonly kind: 'account'; readonly what: string; readonly prefix: string };

/** Finds what `what` names: a line id of either statement, or digits (an account or a prefix). */
export function findTarget(what: string, income: IncomeStatement, sheet: BalanceSheet): Target | undefined {
  if (/^\d+$/.test(what)) return { kind: 'account', what, prefix: what };
  const incomeLine = income.lines.find((line) => line.id === what && line.kind !== 'heading');
  if (incomeLine) return lineTarget(what, incomeLine, income.lines, 'income');
  for (const side of [sheet.assets, sheet.liabilities]) {
    const sheetLine = side.lines.find((line) => line.id === what && line.kind !== 'heading');
    if (sheetLine) return lineTarget(what, sheetLine, side.lines, 'sheet');
  }
  return undefined;
}

function lineTarget(
  what: string,
  line: StatementLine | SheetLine,
  lines: readonly (StatementLine | SheetLine)[],
  statement: 'income' | 'sheet',
): Target {
  let accounts = line.accounts
    .filter((a) => a.account !== '')
    .map((a) => ({ account: a.account, label: a.label, amount: a.amount }));
  const total = line.kind === 'subtotal' || line.kind === 'total';
  // A total's parts and accounts: a parent's parts follow it (balance sheet); a block total's lines
  // precede it, back to the block's heading. Results and grand totals span blocks: explain those.
  let parts: { id: string; label: string; amount: Cents }[] = [];
  if (total) {
    const at = lines.indexOf(line as never);
    const covered: (StatementLine | SheetLine)[] = [];
    const next = lines[at + 1];
    if (next && next.depth > line.depth) {
      for (let index = at + 1; index < lines.length && lines[index]!.depth > line.depth; index += 1)
        covered.push(lines[index]!);
    } else {
      for (let index = at - 1; index >= 0; index -= 1) {
        const before = lines[index]!;
        if (before.kind === 'heading') break;
        if (before.kind === 'total' || ('section' in before && before.section === 'result')) {
          covered.length = 0;
          break;
        }
        covered.unshift(before);
      }
    }
    const top = Math.min(...covered.map((c) => c.depth));
    // The lines of the top level (a sheet's running sub-total, such as the situation nette, is not a part).
    parts = covered
      .filter((c) => c.depth === top && (c.kind === 'line' || (covered[covered.indexOf(c) + 1]?.depth ?? -1) > c.depth))
      .map((c) => ({ id: c.id, label: c.label, amount: c.amount }));
    accounts = covered
      .filter((c) => c.kind === 'line')
      .flatMap((c) =>
        c.accounts
          .filter((a) => a.account !== '')
          .map((a) => ({ account: a.account, label: a.label, amount: a.amount })),
      );
  }
  return { kind: 'line', what, label: line.label, amount: line.amount, total, accounts, parts, statement };
}

/** Every line id of both statements, for the message that lists them. */
export function lineIds(income: IncomeStatement, sheet: BalanceSheet): string[] {
  return [...income.lines, ...sheet.assets.lines, ...sheet.liabilities.lines]
    .filter((line) => line.kind !== 'heading')
    .map((line) => line.id);
}

export function explain(input: {
  target: Target;
  year: number;
  chart: Chart;
  balances: Balances;
  entries: readonly Entry[];
}): Explanation {
  const { target, year, chart, balances } = input;
  let accounts: ExplainedAccount[];
  let label: string;
  let amount: Cents;
  let kind: Explanation['kind'];
  let parts: Explanation['parts'] = [];
  if (target.kind === 'account') {
    accounts = [...balances.entries()]
      .filter(([account]) => account.startsWith(target.prefix))
      .map(([account, totals]) => ({ account, label: accountLabel(chart, account), amount: balanceOf(totals) }))
      .filter((a) => a.amount !== 0n || input.entries.some((e) => e.postings.some((p) => p.account === a.account)))
      .sort((a, b) => (a.account < b.account ? -1 : 1));
    label = chart.accounts.get(target.prefix)?.label ?? accountLabel(chart, target.prefix);
    amount = accounts.reduce((t, a) => t + a.amount, 0n);
    kind = 'account';
  } else {
    accounts = [...target.accounts];
    label = target.label;
    amount = target.amount;
    kind = target.total ? 'total' : target.statement === 'income' ? 'income-line' : 'sheet-line';
    parts = target.parts;
  }
  const wanted = new Set(accounts.map((a) => a.account));
  const postings: ExplainedPosting[] = [];
  for (const entry of input.entries) {
    if (entry.year !== year) continue;
    for (const posting of entry.postings) {
      if (!wanted.has(posting.account)) continue;
      postings.push({
        date: entry.date,
        journal: entry.journal,
        piece: entry.piece,
        label: posting.label || entry.label,
        account: posting.account,
        debit: posting.debit,
        credit: posting.credit,
        file: entry.file,
        line: posting.line,
      });
    }
  }
  postings.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
  );
  return { what: target.what, kind, year, label, amount, accounts, parts, postings };
}
