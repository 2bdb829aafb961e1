// The annexe's tables of the report as documents (terminal, Markdown, HTML) and as JSON: the
// fonds dédiés by fund and project, and the tableau de variation des fonds propres. Always in
// euros and cents: they reconcile to the balance sheet to the cent.
import { annexeLabels as t } from '../messages/annexe.js';
import { say, type Lang } from '../messages/text.js';
import { centsToString } from '../money.js';
import type { DedicatedFunds, FundGroup, FundRow } from '../reports/dedicated-funds.js';
import type { EquityChanges, EquityFigures } from '../reports/equity-changes.js';
import { yearTitle, type Period } from '../reports/year-title.js';
import { amount, type Document, type Row } from './document.js';

type FundFigures = FundGroup['total'];

const fundCells = (f: FundFigures) =>
  [f.start, f.engaged, f.used, f.transferred, f.refunded, f.end].map((cents) => amount(cents));

/** `short`: the terminal's column headers, so that the table fits 80 columns (a note says what they stand for). */
/** `period`: the fiscal year's days, which title a year that is not a calendar year. */
export function dedicatedFundsDocument(funds: DedicatedFunds, lang: Lang, short = false, period?: Period): Document {
  const rows: Row[] = [];
  for (const group of funds.groups) {
    rows.push({ style: 'subtotal', cells: [say(t.fundsGroup(group.group), lang), ...fundCells(group.total)] });
    for (const row of group.rows)
      rows.push({
        style: 'detail',
        depth: 1,
        cells: [
          `${row.project || say(t.noProject(), lang)}${row.idle ? say(t.idleMark(), lang) : ''}`,
          ...fundCells(row),
        ],
      });
  }
  rows.push({ style: 'total', cells: [say(t.total(), lang), ...fundCells(funds.total)] });
  return {
    title: yearTitle(say(t.funds(), lang), funds.year, period, lang),
    columns: (short ? t.fundsShortColumns() : t.fundsColumns()).map((header, index) => ({
      header: say(header, lang),
      align: index ? 'right' : 'left',
      keep: index > 0,
    })),
    rows,
    notes: [
      ...(short ? [say(t.fundsShortNote(), lang)] : []),
      say(t.fundsNote(), lang),
      ...(funds.idle.length ? [say(t.idleNote(funds.idle.length), lang)] : []),
    ],
    euros: false,
  };
}

const equityCells = (f: EquityFigures) =>
  [f.opening, f.allocation, f.increase, f.decrease, f.closing].map((cents) => amount(cents));

export function equityChangesDocument(equity: EquityChanges, lang: Lang, short = false, period?: Period): Document {
  return {
    title: yearTitle(say(t.equity(), lang), equity.year, period, lang),
    columns: (short ? t.equityShortColumns() : t.equityColumns()).map((header, index) => ({
      header: say(header, lang),
      align: index ? 'right' : 'left',
      keep: index > 0,
    })),
    rows: [
      ...equity.rows.map(
        (row): Row => ({ style: 'normal', cells: [say(t.equityRow(row.group), lang), ...equityCells(row)] }),
      ),
      { style: 'total', cells: [say(t.equityTotal(), lang), ...equityCells(equity.total)] },
    ],
    notes: [...(short ? [say(t.equityShortNote(), lang)] : []), say(t.equityNote(), lang)],
    euros: false,
  };
}

const fundJson = (f: FundFigures) => ({
  start: centsToString(f.start),
  engaged: centsToString(f.engaged),
  used: centsToString(f.used),
  transferred: centsToString(f.transferred),
  refunded: centsToString(f.refunded),
  end: centsToString(f.end),
});

export function dedicatedFundsJson(funds: DedicatedFunds) {
  return {
    groups: funds.groups.map((group) => ({
      account: group.group,
      ...fundJson(group.total),
      projects: group.rows.map((row: FundRow) => ({ project: row.project || null, ...fundJson(row), idle: row.idle })),
    })),
    total: fundJson(funds.total),
  };
}

const equityJson = (f: EquityFigures) => ({
  opening: centsToString(f.opening),
  allocation: centsToString(f.allocation),
  increase: centsToString(f.increase),
  decrease: centsToString(f.decrease),
  closing: centsToString(f.closing),
});

export function equityChangesJson(equity: EquityChanges) {
  return {
    rows: equity.rows.map((row) => ({ group: row.group, ...equityJson(row) })),
    total: equityJson(equity.total),
  };
}
