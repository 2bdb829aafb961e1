// What moved between two states of the books, as documents (table, csv, markdown) and JSON.
import type { Change, Comparison } from '../diff/compare.js';
import type { Lang } from '../messages/text.js';
import { centsToString } from '../money.js';
import { amount, type Document } from './document.js';

const LABELS = {
  fr: {
    lines: (year: number, a: string, b: string) => `Lignes des états ${year} qui changent : ${a} → ${b}`,
    accounts: (year: number) => `Soldes des comptes ${year} qui changent (débit − crédit)`,
    columns: ['Ligne / compte', 'Libellé', 'Avant', 'Après', 'Écart'],
  },
  en: {
    lines: (year: number, a: string, b: string) => `Statement lines ${year} that change: ${a} → ${b}`,
    accounts: (year: number) => `Account balances ${year} that change (debit − credit)`,
    columns: ['Line / account', 'Label', 'Before', 'After', 'Difference'],
  },
} as const;

function changesDocument(title: string, changes: readonly Change[], lang: Lang): Document {
  return {
    title,
    columns: LABELS[lang].columns.map((header, index) => ({
      header,
      align: index >= 2 ? 'right' : 'left',
      keep: index !== 1,
    })),
    rows: changes.map((change) => ({
      style: 'normal',
      cells: [change.id, change.label, amount(change.before), amount(change.after), amount(change.difference)],
    })),
    notes: [],
    euros: false,
  };
}

export function diffDocuments(comparison: Comparison, lang: Lang, a: string, b: string): Document[] {
  const t = LABELS[lang];
  return [
    changesDocument(t.lines(comparison.year, a, b), comparison.lines, lang),
    changesDocument(t.accounts(comparison.year), comparison.accounts, lang),
  ];
}

const changeJson = (change: Change) => ({
  label: change.label,
  before: centsToString(change.before),
  after: centsToString(change.after),
  difference: centsToString(change.difference),
});

export function diffJson(comparison: Comparison, a: string, b: string) {
  return {
    year: comparison.year,
    a,
    b,
    differ: comparison.differ,
    lines: comparison.lines.map((line) => ({ statement: line.statement, id: line.id, ...changeJson(line) })),
    accounts: comparison.accounts.map((account) => ({ account: account.id, ...changeJson(account) })),
  };
}
