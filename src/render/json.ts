// JSON as SPEC.md: English keys, amounts as exact decimal strings with two decimals.
import { type Lang, say } from '../messages/text.js';
import type { Diagnostic } from '../diagnostics.js';
import { centsToString, type Cents } from '../money.js';
import type { BalanceSheet, SheetLine } from '../reports/balance-sheet.js';
import type { IncomeStatement, IncomeTotals } from '../reports/income-statement.js';
import type { ChartReport, JournalReport, LedgerReport, TrialBalance } from '../reports/listings.js';

const money = (cents: Cents): string => centsToString(cents);
const maybe = (cents: Cents | null): string | null => (cents === null ? null : centsToString(cents));

export function toJson(value: unknown): string {
  // JSON escapes C0 itself; DEL, C1 (U+009B is a terminal's CSI) and bidi overrides are escaped too, still valid JSON.
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const totalsJson = (totals: IncomeTotals) => ({
  income: money(totals.income),
  expenses: money(totals.expenses),
  result: money(totals.result),
});

export function incomeStatementJson(report: IncomeStatement) {
  return {
    year: report.year,
    lines: report.lines
      .filter((line) => line.kind !== 'heading')
      .map((line) => ({
        id: line.id,
        kind: line.kind === 'total' ? 'subtotal' : line.kind,
        label: line.label,
        section: line.section,
        amount: money(line.amount),
        previous: maybe(line.previous),
        ...(line.kind === 'line' || line.kind === 'dont'
          ? {
              accounts: line.accounts.map((a) => ({
                account: a.account,
                label: a.label,
                amount: money(a.amount),
                previous: maybe(a.previous),
              })),
            }
          : {}),
      })),
    totals: totalsJson(report.totals),
    previousTotals: report.previousTotals ? totalsJson(report.previousTotals) : null,
  };
}

function sheetLineJson(line: SheetLine) {
  const common = { id: line.id, kind: line.kind === 'total' ? 'subtotal' : line.kind, label: line.label };
  const accounts =
    line.kind === 'line'
      ? {
          accounts: line.accounts.map((a) => ({
            account: a.account,
            label: a.label,
            amount: money(a.amount),
            previous: maybe(a.previous),
          })),
        }
      : {};
  return line.side === 'assets'
    ? {
        ...common,
        gross: money(line.gross),
        depreciation: money(line.depreciation),
        net: money(line.amount),
        previous: maybe(line.previous),
        ...accounts,
      }
    : { ...common, amount: money(line.amount), previous: maybe(line.previous), ...accounts };
}

export function balanceSheetJson(report: BalanceSheet) {
  return {
    year: report.year,
    provisionalOpening: report.provisionalOpening,
    assets: {
      lines: report.assets.lines.filter((l) => l.kind !== 'heading').map(sheetLineJson),
      total: money(report.assets.total),
      previousTotal: maybe(report.assets.previousTotal),
    },
    liabilities: {
      lines: report.liabilities.lines.filter((l) => l.kind !== 'heading').map(sheetLineJson),
      total: money(report.liabilities.total),
      previousTotal: maybe(report.liabilities.previousTotal),
    },
    balanced: report.balanced,
  };
}

export function trialBalanceJson(report: TrialBalance) {
  return {
    year: report.year,
    accounts: report.accounts.map((a) => ({
      account: a.account,
      label: a.label,
      debit: money(a.debit),
      credit: money(a.credit),
      balance: money(a.balance),
    })),
    totals: { debit: money(report.totals.debit), credit: money(report.totals.credit) },
  };
}

export function journalJson(report: JournalReport) {
  return {
    year: report.year,
    entries: report.entries.map((entry) => ({
      date: entry.date,
      journal: entry.journal,
      piece: entry.piece,
      label: entry.label,
      postings: entry.postings.map((p) => ({
        account: p.account,
        label: p.label,
        debit: money(p.debit),
        credit: money(p.credit),
        ...(p.aux ? { aux: p.aux, auxLabel: p.auxLabel } : {}),
      })),
      source: { file: entry.file, line: entry.line },
    })),
  };
}

export function ledgerJson(report: LedgerReport) {
  return {
    year: report.year,
    accounts: report.accounts.map((a) => ({
      account: a.account,
      label: a.label,
      debit: money(a.debit),
      credit: money(a.credit),
      balance: money(a.balance),
      postings: a.postings.map((p) => ({
        date: p.date,
        journal: p.journal,
        piece: p.piece,
        label: p.label,
        debit: money(p.debit),
        credit: money(p.credit),
        balance: money(p.balance),
      })),
    })),
  };
}

export function chartJson(report: ChartReport) {
  return { accounts: report.accounts };
}

export function checkJson(diagnostics: readonly Diagnostic[], lang: Lang) {
  return diagnostics.map((d) => ({
    severity: d.severity,
    code: d.code,
    message: say(d.message, lang),
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
  }));
}
