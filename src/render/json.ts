// JSON as SPEC.md: English keys, amounts as exact decimal strings with two decimals.
import { type Lang, say } from '../messages/text.js';
import type { Diagnostic } from '../diagnostics.js';
import { centsToString, type Cents } from '../money.js';
import type { BalanceSheet, SheetLine } from '../reports/balance-sheet.js';
import type { IncomeStatement, IncomeTotals } from '../reports/income-statement.js';
import type { ChartReport, JournalReport, LedgerReport, TrialBalance } from '../reports/listings.js';

const money = (cents: Cents): string => centsToString(cents);
const maybe = (cents: Cents | null): string | null => (cents === null ? null : centsToString(cents));

/**
 * An array made as it is written (a long listing's entries): `jsonChunks` streams it, item by item.
 * `plain`: its items are known to hold no LazyArray (records of strings and numbers), so they are
 * stringified in batches without being looked into one by one first.
 */
export class LazyArray<T> {
  constructor(
    readonly make: () => Iterable<T>,
    readonly plain = false,
  ) {}
}

const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text of `toJson(value)` in pieces: a LazyArray is written as it is made (its small items
 * a few hundred at a time), an object or array holding one member by member, anything else whole
 * (JSON.stringify, re-indented to its depth).
 */
export function* jsonChunks(value: unknown): Generator<string> {
  const inert = (text: string): string =>
    text.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const chunk of jsonParts(value, '')) yield inert(chunk);
  yield '\n';
}

/** Whether a LazyArray is `value` or anywhere inside it. */
function holdsLazy(value: object): boolean {
  if (value instanceof LazyArray) return true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === 'object' && holdsLazy(item)) return true;
  }
  return false;
}

/** Items of a LazyArray stringified together (one JSON.stringify for many small items), memory bounded. */
const BATCH = 256;

function* jsonParts(value: unknown, indent: string): Generator<string> {
  if (value === null || typeof value !== 'object' || !holdsLazy(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent ? text.replaceAll('\n', `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (value instanceof LazyArray || Array.isArray(value)) {
    const items: Iterable<unknown> = value instanceof LazyArray ? value.make() : value;
    const plain = value instanceof LazyArray && value.plain;
    let first = true;
    let batch: unknown[] = [];
    // The items without a LazyArray of their own, as one array's JSON without its brackets: each
    // item's lines at the array's depth plus two spaces, items joined by ",\n", the very text they
    // would have one by one. The batch is stringified inside as many arrays of one item as `indent`
    // has levels, so that JSON.stringify indents it to its depth itself; the brackets around it,
    // "[\n", "  [\n"… and "\n  ]", "\n]" (2 + 2 × level characters each), are then cut off.
    const levels = indent.length / 2;
    const around = (levels + 1) * (levels + 2);
    const batched = (): string => {
      let wrapped: unknown = batch;
      for (let level = 0; level < levels; level += 1) wrapped = [wrapped];
      const text = JSON.stringify(wrapped, null, 2);
      batch = [];
      const chunk = `${first ? '[' : ','}\n${text.slice(around, text.length - around)}`;
      first = false;
      return chunk;
    };
    for (const item of items) {
      if (!plain && item !== null && typeof item === 'object' && holdsLazy(item)) {
        if (batch.length) yield batched();
        yield first ? `[\n${inner}` : `,\n${inner}`;
        first = false;
        yield* jsonParts(item, inner);
      } else {
        batch.push(item);
        if (batch.length === BATCH) yield batched();
      }
    }
    if (batch.length) yield batched();
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonParts(item, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** `items.map(make)`, made as it is written; `plain` when the items made hold no LazyArray. */
function lazyMap<T, U>(items: readonly T[], make: (item: T) => U, plain = false): LazyArray<U> {
  return new LazyArray(function* () {
    for (const item of items) yield make(item);
  }, plain);
}

export function toJson(value: unknown): string {
  // JSON escapes C0 itself; DEL, C1 (U+009B is a terminal's CSI) and bidi overrides are escaped too, still valid JSON.
  return [...jsonChunks(value)].join('');
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
    accounts: lazyMap(
      report.accounts,
      (a) => ({
        account: a.account,
        label: a.label,
        debit: money(a.debit),
        credit: money(a.credit),
        balance: money(a.balance),
      }),
      true,
    ),
    totals: { debit: money(report.totals.debit), credit: money(report.totals.credit) },
  };
}

export function journalJson(report: JournalReport) {
  return {
    year: report.year,
    entries: lazyMap(
      report.entries,
      (entry) => ({
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
      }),
      true,
    ),
  };
}

export function ledgerJson(report: LedgerReport) {
  return {
    year: report.year,
    accounts: lazyMap(report.accounts, (a) => ({
      account: a.account,
      label: a.label,
      debit: money(a.debit),
      credit: money(a.credit),
      balance: money(a.balance),
      postings: lazyMap(
        a.postings,
        (p) => ({
          date: p.date,
          journal: p.journal,
          piece: p.piece,
          label: p.label,
          debit: money(p.debit),
          credit: money(p.credit),
          balance: money(p.balance),
        }),
        true,
      ),
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
