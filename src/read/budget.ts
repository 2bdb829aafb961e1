// budget/<year>.csv → budget lines: `account,amount[,label][,m01,…,m12]`, one line per account or
// account prefix. Same CSV reading as the journals (encodings, delimiters, decimal mark settled
// once per file). Every problem is a Diagnostic with file and line, all collected.
import type { DiagnosticCode } from '../diagnostics.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountClass, accountLabel, builtinParent, type Chart } from '../chart/chart.js';
import { error, sortDiagnostics, warning, type Diagnostic } from '../diagnostics.js';
import { budgetMessages } from '../messages/budget.js';
import type { Text } from '../messages/text.js';
import { distributeCents, sumCents, type Cents } from '../money.js';
import { parseAmount, settlingMark, type DecimalMark } from './amount.js';
import { normalizeName } from './columns.js';
import { readCsv } from './csv.js';

export interface BudgetLine {
  /** The budgeted account or account prefix (`756` covers every membership-fee account). */
  readonly account: string;
  readonly label: string;
  /** Positive in the natural direction of its class: an expense for 6 (and 86), an income for 7 (and 87). */
  readonly amount: Cents;
  /** One part per fiscal month, adding up to `amount`: the file's profile, else an even spread. */
  readonly months: readonly Cents[];
  /** The file gives the monthly profile (m01…). */
  readonly profiled: boolean;
  readonly file: string;
  readonly line: number;
}

export interface Budget {
  readonly year: number;
  readonly file: string;
  readonly lines: readonly BudgetLine[];
}

/** Accounts whose budget may be negative: contra accounts and stock variations reduce their line. */
const EITHER_SIGN = ['603', '609', '619', '629', '6419', '709', '713'];

const ACCOUNT_NAMES = ['account', 'compte', 'comptenum', 'numero', 'number', 'prefix', 'prefixe'];
const AMOUNT_NAMES = ['amount', 'montant', 'budget', 'total'];
const LABEL_NAMES = ['label', 'libelle', 'intitule', 'description'];

export function budgetPath(dir: string, year: number): string {
  return join(dir, 'budget', `${year}.csv`);
}

/** Why `account` cannot carry a budget line, or undefined when it can (classes 6, 7, and 86/87 for the volunteering block). */
export function budgetAccountProblem(
  chart: Chart,
  account: string,
): { code: DiagnosticCode; message: Text } | undefined {
  const notBudget = (message: Text) => ({ code: 'not-a-budget-account' as const, message });
  if (!/^\d+$/.test(account)) return notBudget(budgetMessages.notANumber(account));
  if (account.length < 2) return notBudget(budgetMessages.wholeClass(account));
  const accountClassNumber = accountClass(account);
  if (accountClassNumber !== 6 && accountClassNumber !== 7 && !/^8[67]/.test(account)) {
    return notBudget(budgetMessages.notIncomeOrExpense(account));
  }
  if (!builtinParent(chart, account))
    return { code: 'unknown-account', message: budgetMessages.extendsNoAccount(account) };
  return undefined;
}

/**
 * Reads the budget of `year` (no budget when the file does not exist). `monthCount` is the number
 * of fiscal months of the year (12, more or fewer for an irregular first year): the profile
 * columns m01… and the even spread follow it.
 */
export function readBudgetFile(
  file: string,
  year: number,
  chart: Chart,
  monthCount: number,
): { budget?: Budget; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(file)) return { diagnostics };
  const lines: BudgetLine[] = [];
  let header: { account: number; amount: number; label: number; months: Map<number, number> } | undefined;
  let mark: DecimalMark | undefined;
  let defaultMark: DecimalMark = ',';
  let headerBroken = false;

  const result = readCsv(
    readFileSync(file),
    ({ line, fields }) => {
      if (!header && !headerBroken) {
        const names = fields.map(normalizeName);
        const find = (choices: string[]) => names.findIndex((name) => choices.includes(name));
        const months = new Map<number, number>();
        names.forEach((name, index) => {
          const match = /^m(\d{1,2})$/.exec(name);
          if (!match) return;
          const month = parseInt(match[1]!, 10);
          if (month < 1 || month > monthCount)
            diagnostics.push(
              error(
                'bad-month-column',
                budgetMessages.monthOutsideYear(fields[index]!, year, String(monthCount).padStart(2, '0')),
                { file, line, column: fields[index] },
              ),
            );
          else if (months.has(month))
            diagnostics.push(
              error('duplicate-column', budgetMessages.duplicateColumn(fields[index]!), {
                file,
                line,
                column: fields[index],
              }),
            );
          else months.set(month, index);
        });
        header = { account: find(ACCOUNT_NAMES), amount: find(AMOUNT_NAMES), label: find(LABEL_NAMES), months };
        for (const [column, index] of [
          ['account', header.account],
          ['amount', header.amount],
        ] as const) {
          if (index < 0)
            diagnostics.push(
              error('missing-column', budgetMessages.missingColumn(column, fields.join(', ')), { file, line, column }),
            );
        }
        if (header.account < 0 || header.amount < 0) {
          headerBroken = true;
          header = undefined;
        }
        return;
      }
      if (!header) return;
      const cell = (index: number): string => (index < 0 ? '' : (fields[index] ?? '').trim());
      const problems: Diagnostic[] = [];
      const fail = (code: DiagnosticCode, message: Text, column: string): void => {
        problems.push(error(code, message, { file, line, column }));
      };

      const account = cell(header.account);
      if (account === '') fail('empty-account', budgetMessages.emptyAccount(), 'account');
      else {
        const problem = budgetAccountProblem(chart, account);
        if (problem) fail(problem.code, problem.message, 'account');
      }
      const readCell = (text: string, column: string): Cents => {
        if (mark === undefined) {
          const settled = settlingMark(text);
          if (settled) mark = settled;
        }
        const parsed = parseAmount(text, mark ?? defaultMark);
        if (parsed.ok) return parsed.cents;
        fail(parsed.code, parsed.message, column);
        return 0n;
      };
      const amountText = cell(header.amount);
      if (amountText === '') fail('empty-amount', budgetMessages.emptyAmount(), 'amount');
      const amount = readCell(amountText, 'amount');
      const monthTexts = [...Array(monthCount).keys()].map((index) => ({
        column: `m${String(index + 1).padStart(2, '0')}`,
        text: header!.months.has(index + 1) ? cell(header!.months.get(index + 1)!) : '',
      }));
      const profiled = monthTexts.some((month) => month.text !== '');
      const profile = profiled ? monthTexts.map((month) => readCell(month.text, month.column)) : [];

      const eitherSign = EITHER_SIGN.some((prefix) => account.startsWith(prefix) || prefix.startsWith(account));
      if (!problems.length && !eitherSign) {
        if (amount < 0n) fail('negative-budget', budgetMessages.negativeAmount(amountText), 'amount');
        const negativeMonth = profile.findIndex((part) => part < 0n);
        if (negativeMonth >= 0)
          fail(
            'negative-budget',
            budgetMessages.negativeMonth(monthTexts[negativeMonth]!.text),
            monthTexts[negativeMonth]!.column,
          );
      }
      if (!problems.length && profiled && sumCents(profile) !== amount) {
        fail('months-not-adding-up', budgetMessages.monthsNotAddingUp(sumCents(profile), amount), 'amount');
      }
      diagnostics.push(...problems);
      if (problems.length) return;
      const months = profiled
        ? profile
        : amount === 0n
          ? Array<Cents>(monthCount).fill(0n)
          : distributeCents(amount, Array<Cents>(monthCount).fill(1n));
      lines.push({
        account,
        label: cell(header.label) || accountLabel(chart, account),
        amount,
        months,
        profiled,
        file,
        line,
      });
    },
    (problem) => diagnostics.push(error(problem.code, problem.message, { file, line: problem.line })),
    (delimiter) => {
      defaultMark = delimiter === ',' ? '.' : ',';
    },
  );
  if ('problem' in result)
    diagnostics.push(error(result.problem.code, result.problem.message, { file, line: result.problem.line }));
  diagnostics.push(...overlapProblems(lines));
  diagnostics.push(...inKindBalanceProblems(lines, file));
  const clean = lines.filter((line) => !diagnostics.some((d) => d.severity === 'error' && d.line === line.line));
  return { budget: { year, file, lines: clean }, diagnostics: sortDiagnostics(diagnostics) };
}

/** Two lines overlap when one's account is a prefix of the other's (or the same): an amount would be budgeted twice. */
function overlapProblems(lines: readonly BudgetLine[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const sorted = [...lines].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.line - b.line));
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.account.startsWith(sorted[i]!.account); j += 1) {
      const [first, second] = sorted[i]!.line < sorted[j]!.line ? [sorted[i]!, sorted[j]!] : [sorted[j]!, sorted[i]!];
      const how =
        first.account === second.account
          ? budgetMessages.sameAccount(second.account)
          : second.account.startsWith(first.account)
            ? budgetMessages.coveredBy(second.account, first.account)
            : budgetMessages.covers(second.account, first.account);
      problems.push(
        error('overlapping-budget', budgetMessages.overlapping(how, first.line, sorted[i]!.account), {
          file: second.file,
          line: second.line,
          column: 'account',
        }),
      );
    }
  }
  return problems;
}

/** The form wants the two in-kind blocks equal: resources (87) = uses (86). */
function inKindBalanceProblems(lines: readonly BudgetLine[], file: string): Diagnostic[] {
  const total = (prefix: string) =>
    sumCents(lines.filter((line) => line.account.startsWith(prefix)).map((line) => line.amount));
  const uses = total('86');
  const resources = total('87');
  if (uses === resources) return [];
  return [warning('in-kind-unbalanced', budgetMessages.inKindUnbalanced(resources, uses), { file })];
}

/** The years of the budget files of a ledger folder (budget/<year>.csv), in order. */
export function listBudgetYears(dir: string): number[] {
  const folder = join(dir, 'budget');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => /^(\d{4})\.csv$/i.exec(name)?.[1])
    .filter((year): year is string => !!year)
    .map((year) => parseInt(year, 10))
    .sort((a, b) => a - b);
}
