// The dry run (and the report of a write) of `asso import bank`: one row per statement line, the
// lists that need the treasurer (471, probable, pending), the balances; and its JSON.
import type { BalanceToAssert } from '../import/bank/balances.js';
import { SUSPENSE, type PlannedLine } from '../import/bank/plan.js';
import type { Statement } from '../import/bank/statement.js';
import { bankMessages as m } from '../messages/bank.js';
import { dateIn } from '../messages/number.js';
import { type Lang, say, type Text } from '../messages/text.js';
import { centsToString } from '../money.js';
import { amount, type Document } from './document.js';

export interface ImportReport {
  readonly write: boolean;
  readonly statements: readonly { statement: Statement; bankAccount: string }[];
  readonly lines: readonly PlannedLine[];
  readonly balances: readonly BalanceToAssert[];
  /** Notes of the reading (QIF date order, zero lines) and of the writing (files written). */
  readonly notes: readonly Text[];
}

const where = (line: PlannedLine): string => `${line.file}:${line.source.line}`;

function counterparts(line: PlannedLine): string {
  if (!line.entry) return '';
  return line.entry.rows
    .filter((row) => row.account !== line.bankAccount)
    .map((row) => row.account)
    .join(' + ');
}

export function importDocument(report: ImportReport, lang: Lang): Document {
  const h = m.headers();
  const rows = report.lines.map((line) => ({
    cells: [
      where(line),
      dateIn(line.source.date, lang),
      line.source.label,
      amount(line.source.amount),
      say(m.status(line.status), lang),
      line.rule === 'transfer'
        ? say(m.transferCell(), lang)
        : line.rule
          ? say(m.ruleCell(line.rule.line), lang)
          : line.status === 'new'
            ? say(m.noRuleCell(), lang)
            : '',
      line.entry ? `${line.entry.journal} ${line.entry.piece}` : '',
      counterparts(line),
    ],
    style: 'normal' as const,
  }));
  const count = (status: PlannedLine['status']) => report.lines.filter((line) => line.status === status).length;
  const suspense = report.lines.filter((line) => line.entry?.rows.some((row) => row.account === SUSPENSE));
  const notes: Text[] = [
    m.summary(
      report.lines.length,
      count('new'),
      suspense.length,
      count('duplicate'),
      count('probable'),
      count('pending'),
    ),
    ...suspense.map((line) =>
      m.suspenseLine(where(line), dateIn(line.source.date, lang), line.source.label, line.source.amount),
    ),
    ...report.lines
      .filter((line) => line.status === 'probable' && line.probableOf)
      .map((line) =>
        m.probableLine(
          where(line),
          dateIn(line.source.date, lang),
          line.source.amount,
          `${line.probableOf!.file}:${line.probableOf!.line}`,
          line.probableOf!.journal,
          line.probableOf!.piece,
        ),
      ),
    ...report.lines
      .filter((line) => line.status === 'pending')
      .map((line) => m.pendingLine(where(line), dateIn(line.source.date, lang), line.source.label)),
    ...report.balances.map((b) => m.balanceLine(b.account, dateIn(b.date, lang), b.balance, b.status, b.existing)),
    ...report.notes,
    ...(report.write ? [] : [m.dryRunNote()]),
  ];
  return {
    title: say(m.title(report.write), lang),
    subtitle: report.statements.map(
      ({ statement, bankAccount }) => `${statement.file} : ${statement.format} → ${bankAccount}`,
    ),
    columns: [
      { header: say(h.where, lang), align: 'left', keep: true },
      { header: say(h.date, lang), align: 'left', keep: true },
      { header: say(h.label, lang), align: 'left' },
      { header: say(h.amount, lang), align: 'right', keep: true },
      { header: say(h.status, lang), align: 'left', keep: true },
      { header: say(h.rule, lang), align: 'left' },
      { header: say(h.piece, lang), align: 'left', keep: true },
      { header: say(h.counterpart, lang), align: 'left' },
    ],
    rows,
    notes: notes.map((note) => say(note, lang)),
    euros: false,
  };
}

export function importJson(report: ImportReport, written: readonly string[]) {
  return {
    dryRun: !report.write,
    files: report.statements.map(({ statement, bankAccount }) => ({
      file: statement.file,
      format: statement.format,
      accountId: statement.accountId ?? null,
      bankAccount,
    })),
    lines: report.lines.map((line) => ({
      file: line.file,
      line: line.source.line,
      date: line.source.date,
      label: line.source.label,
      amount: centsToString(line.source.amount),
      bank_ref: line.bankRef,
      status: line.status,
      rule: line.rule === 'transfer' ? 'transfer' : line.rule ? { line: line.rule.line, match: line.rule.match } : null,
      entry: line.entry
        ? {
            date: line.source.date,
            journal: line.entry.journal,
            piece: line.entry.piece,
            postings: line.entry.rows.map((row) => ({
              account: row.account,
              label: row.label,
              debit: centsToString(row.debit),
              credit: centsToString(row.credit),
              aux: row.aux,
              analytic: row.analytic,
            })),
          }
        : null,
      probable: line.probableOf
        ? {
            file: line.probableOf.file,
            line: line.probableOf.line,
            journal: line.probableOf.journal,
            piece: line.probableOf.piece,
          }
        : null,
    })),
    balances: report.balances.map((b) => ({
      file: b.file,
      line: b.line,
      date: b.date,
      account: b.account,
      balance: centsToString(b.balance),
      status: b.status,
    })),
    written,
  };
}

export function formatsDocument(
  formats: readonly { id: string; name: string; recognised: string }[],
  lang: Lang,
): Document {
  const h = m.formatsHeaders();
  return {
    title: say(m.formatsTitle(), lang),
    columns: [
      { header: say(h.id, lang), align: 'left', keep: true },
      { header: say(h.name, lang), align: 'left' },
      { header: say(h.header, lang), align: 'left' },
    ],
    rows: formats.map((f) => ({ cells: [f.id, f.name, f.recognised], style: 'normal' as const })),
    notes: [],
    euros: false,
  };
}
