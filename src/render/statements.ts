// Statements and listings → documents (the display shape of each report).
import type { BalanceSheet } from '../reports/balance-sheet.js';
import type { IncomeStatement } from '../reports/income-statement.js';
import type { ChartReport, JournalReport, LedgerReport, TrialBalance } from '../reports/listings.js';
import type { Lang } from '../reports/statement-line.js';
import { frenchDate } from '../date.js';
import { amount, lazyRows, type Document, type Row } from './document.js';
import { moneyIn } from './number.js';
import { yearName, type Period } from '../reports/year-title.js';
import { labels } from '../messages/labels.js';
import { say } from '../messages/text.js';

const T = {
  fr: {
    account: 'Compte',
    label: 'Libellé',
    debit: 'Débit',
    credit: 'Crédit',
    balance: 'Solde',
    date: 'Date',
    journal: 'Journal',
    piece: 'Pièce',
    gross: 'Brut',
    depreciation: 'Amort. & dépréc.',
    net: 'Net',
    total: 'Total',
    statement: 'Ligne des états',
    extends: 'Étend',
  },
  en: {
    account: 'Account',
    label: 'Label',
    debit: 'Debit',
    credit: 'Credit',
    balance: 'Balance',
    date: 'Date',
    journal: 'Journal',
    piece: 'Piece',
    gross: 'Gross',
    depreciation: 'Depreciation',
    net: 'Net',
    total: 'Total',
    statement: 'Statement line',
    extends: 'Extends',
  },
};

const styleOf = (kind: string): Row['style'] =>
  kind === 'heading' ? 'heading' : kind === 'subtotal' ? 'subtotal' : kind === 'total' ? 'total' : 'normal';

export interface DisplayOptions {
  readonly lang: Lang;
  readonly detail: boolean;
  readonly name: string;
  /** The year's first and last days: a year that is not a calendar year is titled by them. */
  readonly period?: Period;
  /** N−1 kept on another reference set, carried onto this year's (the remaps applied): a note says so. */
  readonly previousRemap?: {
    readonly from: string;
    readonly to: string;
    readonly remaps: readonly { readonly from: string; readonly to: string }[];
  };
}

/** The note under a statement whose N−1 column was carried from another reference set. */
function previousRemapNotes(year: number, options: DisplayOptions): string[] {
  const remap = options.previousRemap;
  if (!remap) return [];
  const moves = remap.remaps.map((r) => `${r.from} → ${r.to}`).join(', ');
  return options.lang === 'fr'
    ? [
        `Colonne ${year - 1} présentée selon le référentiel ${remap.to} : les soldes ${year - 1} (${remap.from}) y sont reclassés compte par compte, sans retraitement${moves ? ` (${moves})` : ''} ; les états ${year - 1} tels qu'approuvés restent ceux de la clôture ${year - 1}.`,
      ]
    : [
        `Column ${year - 1} presented on the ${remap.to} reference set: the ${year - 1} balances (${remap.from}) are carried account by account, not restated${moves ? ` (${moves})` : ''}; the ${year - 1} statements as approved remain those of the ${year - 1} closing.`,
      ];
}

export function incomeStatementDocument(report: IncomeStatement, options: DisplayOptions): Document {
  const { lang } = options;
  const hasPrevious = report.previousTotals !== null;
  const rows: Row[] = [];
  for (const line of report.lines) {
    const heading = line.kind === 'heading';
    rows.push({
      cells: [
        line.label,
        heading ? '' : amount(line.amount),
        ...(hasPrevious ? [heading ? '' : amount(line.previous)] : []),
      ],
      style: line.kind === 'dont' ? 'normal' : styleOf(line.kind),
      depth: line.depth,
    });
    if (options.detail && line.kind === 'line') {
      for (const account of line.accounts)
        rows.push({
          cells: [
            `${account.account} ${account.label}`.trim(),
            amount(account.amount),
            ...(hasPrevious ? [amount(account.previous)] : []),
          ],
          style: 'detail',
          depth: 2,
        });
    }
  }
  const r = report.totals.result;
  const notes = [
    say(labels.resultNote(r >= 0n, report.year, moneyIn(r < 0n ? -r : r, report.euros, lang)), lang),
    ...roundingNotes(report.absorbed, lang),
    ...previousRemapNotes(report.year, options),
  ];
  return {
    title: say(
      labels.incomeStatement(yearName(report.year, options.period), `${options.name ? ` — ${options.name}` : ''}`),
      lang,
    ),
    columns: [
      { header: '', align: 'left' },
      { header: `${report.year}`, align: 'right' },
      ...(hasPrevious ? [{ header: `${report.year - 1}`, align: 'right' as const }] : []),
    ],
    rows,
    notes,
    euros: report.euros,
  };
}

function roundingNotes(absorbed: readonly string[], lang: Lang): string[] {
  if (!absorbed.length) return [];
  return [
    lang === 'fr'
      ? `Arrondis à l'euro : écart absorbé par ${absorbed.join(', ')}.`
      : `Whole euros: rounding difference absorbed by ${absorbed.join(', ')}.`,
  ];
}

export function balanceSheetDocuments(report: BalanceSheet, options: DisplayOptions): Document[] {
  const { lang } = options;
  const t = T[lang];
  const hasPrevious = report.assets.previousTotal !== null;
  const assetRows: Row[] = [];
  for (const line of report.assets.lines) {
    const heading = line.kind === 'heading';
    assetRows.push({
      cells: [
        line.label,
        heading ? '' : amount(line.gross),
        heading ? '' : amount(line.depreciation),
        heading ? '' : amount(line.amount),
        ...(hasPrevious ? [heading ? '' : amount(line.previous)] : []),
      ],
      style: styleOf(line.kind),
      depth: line.depth,
    });
    if (options.detail)
      for (const account of line.accounts)
        assetRows.push({
          cells: [
            `${account.account} ${account.label}`.trim(),
            account.depreciation ? '' : amount(account.amount),
            account.depreciation ? amount(-account.amount) : '',
            amount(account.amount),
            ...(hasPrevious ? [amount(account.previous)] : []),
          ],
          style: 'detail',
          depth: line.depth + 2,
        });
  }
  const liabilityRows: Row[] = [];
  for (const line of report.liabilities.lines) {
    const heading = line.kind === 'heading';
    liabilityRows.push({
      cells: [
        line.label,
        heading ? '' : amount(line.amount),
        ...(hasPrevious ? [heading ? '' : amount(line.previous)] : []),
      ],
      style: styleOf(line.kind),
      depth: line.depth,
    });
    if (options.detail)
      for (const account of line.accounts)
        liabilityRows.push({
          cells: [
            `${account.account} ${account.label}`.trim(),
            amount(account.amount),
            ...(hasPrevious ? [amount(account.previous)] : []),
          ],
          style: 'detail',
          depth: line.depth + 2,
        });
  }
  const e = report.euros;
  const check = report.balanced
    ? say(
        labels.sheetBalanced(
          moneyIn(report.assets.total, e, lang),
          hasPrevious ? moneyIn(report.assets.previousTotal!, e, lang) : undefined,
          report.year - 1,
        ),
        lang,
      )
    : say(
        labels.sheetUnbalanced(
          moneyIn(report.assets.total, e, lang),
          moneyIn(report.liabilities.total, e, lang),
          hasPrevious
            ? `${moneyIn(report.assets.previousTotal!, e, lang)} / ${moneyIn(report.liabilities.previousTotal!, e, lang)}`
            : undefined,
          report.year - 1,
        ),
        lang,
      );
  const notes = [
    ...(report.provisionalOpening
      ? [
          lang === 'fr'
            ? `Ouverture provisoire : ${report.year} n'a pas d'écritures d'à-nouveaux ; il s'ouvre sur les soldes de clôture de ${report.year - 1}.`
            : `Provisional opening: ${report.year} has no opening entries; it opens on the closing balances of ${report.year - 1}.`,
        ]
      : []),
    check,
    ...roundingNotes(report.absorbed, lang),
    ...previousRemapNotes(report.year, options),
  ];
  return [
    {
      title: say(
        labels.balanceSheet(
          yearName(report.year, options.period),
          'assets',
          `${options.name ? ` — ${options.name}` : ''}`,
        ),
        lang,
      ),
      columns: [
        { header: '', align: 'left' },
        { header: `${t.gross} ${report.year}`, align: 'right' },
        { header: t.depreciation, align: 'right' },
        { header: `${t.net} ${report.year}`, align: 'right' },
        ...(hasPrevious ? [{ header: `${t.net} ${report.year - 1}`, align: 'right' as const }] : []),
      ],
      rows: assetRows,
      notes: [],
      euros: e,
    },
    {
      title: say(
        labels.balanceSheet(
          yearName(report.year, options.period),
          'liabilities',
          `${options.name ? ` — ${options.name}` : ''}`,
        ),
        lang,
      ),
      columns: [
        { header: '', align: 'left' },
        { header: `${report.year}`, align: 'right' },
        ...(hasPrevious ? [{ header: `${report.year - 1}`, align: 'right' as const }] : []),
      ],
      rows: liabilityRows,
      notes,
      euros: e,
    },
  ];
}

export function trialBalanceDocument(report: TrialBalance, lang: Lang, period?: Period): Document {
  const t = T[lang];
  return {
    title: say(labels.trialBalance(yearName(report.year, period)), lang),
    columns: [
      { header: t.account, align: 'left' },
      { header: t.label, align: 'left' },
      { header: t.debit, align: 'right' },
      { header: t.credit, align: 'right' },
      { header: t.balance, align: 'right' },
    ],
    rows: [
      ...report.accounts.map((a) => ({
        cells: [a.account, a.label, amount(a.debit), amount(a.credit), amount(a.balance)],
        style: 'normal' as const,
      })),
      {
        cells: [
          t.total,
          '',
          amount(report.totals.debit),
          amount(report.totals.credit),
          amount(report.totals.debit - report.totals.credit),
        ],
        style: 'total',
      },
    ],
    notes: [],
    euros: false,
  };
}

export function journalDocument(report: JournalReport, lang: Lang, period?: Period): Document {
  const t = T[lang];
  const rows = lazyRows(function* () {
    for (const entry of report.entries) {
      const date = frenchDate(entry.date);
      for (const posting of entry.postings) {
        yield {
          cells: [
            date,
            entry.journal,
            entry.piece,
            posting.account,
            posting.label || entry.label,
            amount(posting.debit === 0n ? null : posting.debit),
            amount(posting.credit === 0n ? null : posting.credit),
          ],
          style: 'normal',
        } satisfies Row;
      }
    }
  });
  return {
    title: say(labels.journal(yearName(report.year, period)), lang),
    columns: [
      { header: t.date, align: 'left' },
      { header: t.journal, align: 'left' },
      { header: t.piece, align: 'left' },
      { header: t.account, align: 'left' },
      { header: t.label, align: 'left' },
      { header: t.debit, align: 'right' },
      { header: t.credit, align: 'right' },
    ],
    rows,
    notes: [say(labels.entries(report.entries.length), lang)],
    euros: false,
  };
}

export function ledgerDocument(report: LedgerReport, lang: Lang, period?: Period): Document {
  const t = T[lang];
  const rows = lazyRows(function* (): Generator<Row> {
    // An account's postings come in date order: a date is written once for the postings that share it.
    let isoDate = '';
    let date = '';
    for (const account of report.accounts) {
      yield { cells: [`${account.account} ${account.label}`, '', '', '', '', '', ''], style: 'heading' };
      for (const p of account.postings) {
        if (p.date !== isoDate) {
          isoDate = p.date;
          date = frenchDate(isoDate);
        }
        yield {
          cells: [
            date,
            p.journal,
            p.piece,
            p.label,
            amount(p.debit === 0n ? null : p.debit),
            amount(p.credit === 0n ? null : p.credit),
            amount(p.balance),
          ],
          style: 'normal',
        };
      }
      yield {
        cells: [
          `${t.total} ${account.account}`,
          '',
          '',
          '',
          amount(account.debit),
          amount(account.credit),
          amount(account.balance),
        ],
        style: 'subtotal',
      };
    }
  });
  return {
    title: say(labels.generalLedger(yearName(report.year, period)), lang),
    columns: [
      { header: t.date, align: 'left' },
      { header: t.journal, align: 'left' },
      { header: t.piece, align: 'left' },
      { header: t.label, align: 'left' },
      { header: t.debit, align: 'right' },
      { header: t.credit, align: 'right' },
      { header: t.balance, align: 'right' },
    ],
    rows,
    notes: [],
    euros: false,
  };
}

export function chartDocument(report: ChartReport, lang: Lang): Document {
  const t = T[lang];
  return {
    title: say(labels.chartOfAccounts(), lang),
    columns: [
      { header: t.account, align: 'left' },
      { header: t.label, align: 'left' },
      { header: t.extends, align: 'left' },
      { header: t.statement, align: 'left' },
    ],
    rows: report.accounts.map((a) => ({
      cells: [a.account, a.label, a.extends ?? '', a.statement],
      style: a.account.length <= 2 ? 'heading' : 'normal',
    })),
    notes: [],
    euros: false,
  };
}
