// The fixed-asset register of a year (the annexe's table) as a document and as JSON.
import type { AssetPosition, AssetRegister } from '../assets/register.js';
import type { BookedRow } from '../assets/entries.js';
import { frenchDate } from '../date.js';
import type { Lang } from '../messages/text.js';
import { centsToString } from '../money.js';
import { amount, type Document, type Row } from './document.js';

const LABELS = {
  fr: {
    title: (year: number) => `Immobilisations et amortissements ${year}`,
    period: (start: string, end: string) => `Exercice du ${frenchDate(start)} au ${frenchDate(end)}`,
    columns: [
      'Compte / immobilisation',
      'Brut début',
      'Acquisitions',
      'Sorties',
      'Brut fin',
      'Amort. début',
      'Dotations',
      'Amort. sorties',
      'Amort. fin',
      'Net',
    ],
    total: 'Total',
    entries: (year: number) => `Écritures d'amortissement ${year} (journal OD)`,
    entryColumns: ['Date', 'Pièce', 'Compte', 'Libellé', 'Débit', 'Crédit'],
  },
  en: {
    title: (year: number) => `Fixed assets and depreciation ${year}`,
    period: (start: string, end: string) => `Fiscal year ${start} to ${end}`,
    columns: [
      'Account / asset',
      'Gross, start',
      'Acquisitions',
      'Disposals',
      'Gross, end',
      'Depr., start',
      'Depr. of year',
      'Depr. disposed',
      'Depr., end',
      'Net',
    ],
    total: 'Total',
    entries: (year: number) => `Depreciation entries ${year} (journal OD)`,
    entryColumns: ['Date', 'Piece', 'Account', 'Label', 'Debit', 'Credit'],
  },
} as const;

const figures = (p: AssetPosition) =>
  [
    p.grossStart,
    p.acquisitions,
    p.disposals,
    p.grossEnd,
    p.depreciationStart,
    p.depreciationYear,
    p.depreciationDisposals,
    p.depreciationEnd,
    p.net,
  ].map((cents) => amount(cents));

export function assetRegisterDocument(register: AssetRegister, lang: Lang): Document {
  const t = LABELS[lang];
  const rows: Row[] = [];
  for (const account of register.accounts) {
    rows.push({ style: 'subtotal', cells: [account.account, ...figures(account)] });
    for (const line of account.lines)
      rows.push({ style: 'detail', depth: 1, cells: [`${line.asset.id} ${line.asset.label}`, ...figures(line)] });
  }
  rows.push({ style: 'total', cells: [t.total, ...figures(register.total)] });
  return {
    title: t.title(register.year),
    subtitle: [t.period(register.start, register.end)],
    columns: t.columns.map((header, index) => ({ header, align: index ? 'right' : 'left', keep: index > 0 })),
    rows,
    notes: [],
    euros: false,
  };
}

export function bookedDocument(year: number, rows: readonly BookedRow[], lang: Lang): Document {
  const t = LABELS[lang];
  return {
    title: t.entries(year),
    columns: t.entryColumns.map((header, index) => ({
      header,
      align: index >= 4 ? 'right' : 'left',
      keep: index !== 3,
    })),
    rows: rows.map((row) => ({
      style: 'normal',
      cells: [
        lang === 'fr' ? frenchDate(row.date) : row.date,
        row.piece,
        row.account,
        row.label,
        amount(row.debit || null),
        amount(row.credit || null),
      ],
    })),
    notes: [],
    euros: false,
  };
}

const positionJson = (p: AssetPosition) => ({
  grossStart: centsToString(p.grossStart),
  acquisitions: centsToString(p.acquisitions),
  disposals: centsToString(p.disposals),
  grossEnd: centsToString(p.grossEnd),
  depreciationStart: centsToString(p.depreciationStart),
  depreciationYear: centsToString(p.depreciationYear),
  depreciationDisposals: centsToString(p.depreciationDisposals),
  depreciationEnd: centsToString(p.depreciationEnd),
  net: centsToString(p.net),
  subsidyRelease: centsToString(p.release),
});

export function assetRegisterJson(register: AssetRegister) {
  return {
    year: register.year,
    start: register.start,
    end: register.end,
    accounts: register.accounts.map((account) => ({
      account: account.account,
      depreciationAccount: account.depreciationAccount,
      ...positionJson(account),
      assets: account.lines.map((line) => ({
        id: line.asset.id,
        label: line.asset.label,
        acquired: line.asset.acquired,
        start: line.asset.start,
        cost: centsToString(line.asset.cost),
        years: line.asset.years,
        disposed: line.asset.disposed ?? null,
        ...positionJson(line),
      })),
    })),
    total: positionJson(register.total),
  };
}
