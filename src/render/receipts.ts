// The receipts as a list (table, csv, markdown) and as JSON. The receipts themselves, one a page,
// are render/receipts-html.ts.
import { relative } from 'node:path';
import { frenchDate } from '../date.js';
import type { Lang } from '../messages/text.js';
import { centsToString } from '../money.js';
import type { Means, Nature } from '../receipts/gifts.js';
import type { ReceiptsReport } from '../receipts/receipts.js';
import { amount, type Document, type Row } from './document.js';

export const MEANS_LABELS: Readonly<Record<Lang, Readonly<Record<Means, string>>>> = {
  fr: { especes: "Remise d'espèces", cheque: 'Chèque', virement: 'Virement, prélèvement, carte bancaire', none: '—' },
  en: { especes: 'Cash', cheque: 'Cheque', virement: 'Transfer, direct debit, card', none: '—' },
};

export const NATURE_LABELS: Readonly<Record<Lang, Readonly<Record<Nature, string>>>> = {
  fr: { numeraire: 'Numéraire', 'abandon-de-frais': 'Autres : abandon de frais' },
  en: { numeraire: 'Cash gift', 'abandon-de-frais': 'Other: waived expenses' },
};

const LABELS = {
  fr: {
    title: (year: number) => `Reçus fiscaux ${year} (cerfa 11580)`,
    summaryTitle: (year: number) => `Reçus fiscaux ${year} : récapitulatif (article 222 bis du CGI)`,
    columns: ['Numéro', 'Donateur', 'Nom', 'Montant', 'Dates des dons', 'Moyen de paiement'],
    summaryColumns: ['Reçus en vigueur', 'Montant total'],
    total: 'Total des reçus en vigueur',
    anonymous: 'Dons sans donateur (pas de reçu)',
    cancelled: (number: string) => `annulé${number ? `, remplacé par ${number}` : ''}`,
  },
  en: {
    title: (year: number) => `Tax receipts ${year} (cerfa 11580)`,
    summaryTitle: (year: number) => `Tax receipts ${year}: summary (article 222 bis of the CGI)`,
    columns: ['Number', 'Donor', 'Name', 'Amount', 'Dates of the gifts', 'Means of payment'],
    summaryColumns: ['Receipts in force', 'Total amount'],
    total: 'Total of the receipts in force',
    anonymous: 'Gifts without a donor (no receipt)',
    cancelled: (number: string) => `cancelled${number ? `, replaced by ${number}` : ''}`,
  },
} as const;

export const giftDate = (iso: string, lang: Lang): string => (lang === 'fr' ? frenchDate(iso) : iso);

export function receiptsDocument(report: ReceiptsReport, lang: Lang): Document {
  const t = LABELS[lang];
  const rows: Row[] = report.receipts.map((receipt) => ({
    style: 'normal',
    cells: [
      receipt.number,
      receipt.donor.aux,
      receipt.donor.name,
      amount(receipt.amount),
      receipt.gifts.map((g) => giftDate(g.date, lang)).join(', '),
      [...new Set(receipt.gifts.map((g) => MEANS_LABELS[lang][g.means]))].join(' ; '),
    ],
  }));
  rows.push({ style: 'total', cells: [t.total, '', '', amount(report.summary.total), '', ''] });
  if (report.anonymous.length) {
    rows.push({ style: 'heading', cells: [t.anonymous, '', '', amount(null), '', ''] });
    for (const gift of report.anonymous)
      rows.push({
        style: 'detail',
        cells: ['', '', gift.label, amount(gift.amount), giftDate(gift.date, lang), MEANS_LABELS[lang][gift.means]],
      });
  }
  return {
    title: t.title(report.year),
    subtitle: report.association.name ? [report.association.name] : undefined,
    columns: t.columns.map((header, index) => ({
      header,
      align: index === 3 ? 'right' : 'left',
      keep: index < 2 || index === 3,
    })),
    rows,
    notes: report.cancelled.map((row) => {
      const by = report.receipts.find((r) => r.replaces === row.number)?.number ?? '';
      return `${row.number} (${row.donor}) : ${t.cancelled(by)}`;
    }),
    euros: false,
  };
}

export function receiptsSummaryDocument(report: ReceiptsReport, lang: Lang): Document {
  const t = LABELS[lang];
  return {
    title: t.summaryTitle(report.year),
    subtitle: report.association.name ? [report.association.name] : undefined,
    columns: t.summaryColumns.map((header, index) => ({ header, align: index ? 'right' : 'left', keep: true })),
    rows: [{ style: 'total', cells: [String(report.summary.count), amount(report.summary.total)] }],
    notes: [],
    euros: false,
  };
}

/** `ledgerDir` makes file names relative to the ledger, as the books name them. */
export function receiptsJson(report: ReceiptsReport, ledgerDir: string, summaryOnly = false) {
  const summary = { count: report.summary.count, total: centsToString(report.summary.total) };
  if (summaryOnly) return { year: report.year, summary };
  return {
    year: report.year,
    receipts: report.receipts.map((r) => ({
      number: r.number,
      donor: r.donor.aux,
      name: r.donor.name,
      address: r.donor.address,
      postcode: r.donor.postcode,
      city: r.donor.city,
      amount: centsToString(r.amount),
      words: r.words,
      issued: r.issued,
      replaces: r.replaces || null,
      gifts: r.gifts.map((g) => ({
        date: g.date,
        amount: centsToString(g.amount),
        means: g.means,
        nature: g.nature,
        account: g.account,
      })),
    })),
    cancelled: report.cancelled.map((row) => ({
      number: row.number,
      donor: row.donor,
      amount: centsToString(row.amount),
      issued: row.issued,
    })),
    anonymous: report.anonymous.map((g) => ({
      date: g.date,
      amount: centsToString(g.amount),
      label: g.label,
      file: relative(ledgerDir, g.file),
      line: g.line,
    })),
    summary,
  };
}
