// explain → documents (the accounts, or a total's lines, then the postings with file and line) and JSON.
import { centsToString } from '../money.js';
import { frenchDate } from '../date.js';
import type { Explanation } from '../reports/explain.js';
import type { Lang } from '../reports/statement-line.js';
import { amount, type Column, type Document, type Row } from './document.js';
import { amountIn, moneyIn } from './number.js';

const T = {
  fr: {
    title: 'Explication',
    account: 'Compte',
    label: 'Libellé',
    amount: 'Montant',
    balance: 'Solde',
    line: 'Ligne',
    date: 'Date',
    journal: 'Journal',
    piece: 'Pièce',
    source: 'Source',
    debit: 'Débit',
    credit: 'Crédit',
    total: 'Total',
    postings: 'Écritures',
    accounts: 'Comptes',
    parts: 'Lignes du total',
    none: 'aucune écriture sur ces comptes cette année',
    sign: 'solde débit − crédit',
    result: (gap: string) =>
      `Écart de ${gap} € avec le total des comptes : le résultat de l'exercice (classes 6 et 7), qui n'est porté en compte 12 qu'à la clôture.`,
    spans:
      'Un résultat ou un total général couvre plusieurs blocs : expliquez chacun de leurs totaux (par exemple produits.total-exploitation, charges.total-exploitation).',
  },
  en: {
    title: 'Explanation',
    account: 'Account',
    label: 'Label',
    amount: 'Amount',
    balance: 'Balance',
    line: 'Line',
    date: 'Date',
    journal: 'Journal',
    piece: 'Piece',
    source: 'Source',
    debit: 'Debit',
    credit: 'Credit',
    total: 'Total',
    postings: 'Postings',
    accounts: 'Accounts',
    parts: 'Lines of the total',
    none: 'no posting on these accounts this year',
    sign: 'balance debit − credit',
    result: (gap: string) =>
      `Difference of ${gap} € with the accounts' total: the year's result (classes 6 and 7), carried to account 12 only at the close.`,
    spans:
      'A result or a grand total spans several blocks: explain each of their totals (for example produits.total-exploitation, charges.total-exploitation).',
  },
};

export function explainDocuments(x: Explanation, lang: Lang): Document[] {
  const t = T[lang];
  const colon = lang === 'fr' ? ' :' : ':';
  const head = `${t.title} ${x.year}${colon} ${x.what}${x.kind === 'account' ? '' : ` — ${x.label}`} = ${moneyIn(x.amount, false, lang)}${x.kind === 'account' ? ` (${t.sign})` : ''}`;
  const docs: Document[] = [];
  const accountsTotal = x.accounts.reduce((s, a) => s + a.amount, 0n);
  if (x.parts.length) {
    docs.push({
      title: `${head}\n${t.parts}`,
      columns: [
        { header: t.line, align: 'left' },
        { header: t.label, align: 'left' },
        { header: t.amount, align: 'right' },
      ],
      rows: [
        ...x.parts.map((p): Row => ({ cells: [p.id, p.label, amount(p.amount)], style: 'normal' })),
        { cells: [t.total, '', amount(x.amount)], style: 'total' },
      ],
      notes: [],
      euros: false,
    });
  }
  docs.push({
    title: x.parts.length ? t.accounts : `${head}\n${t.accounts}`,
    columns: [
      { header: t.account, align: 'left' },
      { header: t.label, align: 'left' },
      { header: x.kind === 'account' ? t.balance : t.amount, align: 'right' },
    ],
    rows: [
      ...x.accounts.map((a): Row => ({ cells: [a.account, a.label, amount(a.amount)], style: 'normal' })),
      { cells: [t.total, '', amount(accountsTotal)], style: 'total' },
    ],
    notes:
      x.kind === 'total' && !x.accounts.length
        ? [t.spans]
        : x.kind !== 'account' && accountsTotal !== x.amount
          ? [t.result(amountIn(x.amount - accountsTotal, false, lang))]
          : [],
    euros: false,
  });
  const debit = x.postings.reduce((s, p) => s + p.debit, 0n);
  const credit = x.postings.reduce((s, p) => s + p.credit, 0n);
  docs.push({
    title: `${t.postings} (${x.postings.length})`,
    columns: [
      ...[t.date, t.journal, t.piece, t.source, t.account].map(
        (header): Column => ({ header, align: 'left', keep: true }),
      ),
      { header: t.label, align: 'left' },
      { header: t.debit, align: 'right' },
      { header: t.credit, align: 'right' },
    ],
    rows: [
      ...x.postings.map(
        (p): Row => ({
          cells: [
            frenchDate(p.date),
            p.journal,
            p.piece,
            `${p.file}:${p.line}`,
            p.account,
            p.label,
            amount(p.debit === 0n ? null : p.debit),
            amount(p.credit === 0n ? null : p.credit),
          ],
          style: 'normal',
        }),
      ),
      { cells: [t.total, '', '', '', '', '', amount(debit), amount(credit)], style: 'total' },
    ],
    notes: x.postings.length ? [] : [t.none],
    euros: false,
  });
  return docs;
}

const money = centsToString;

export function explainJson(x: Explanation) {
  return {
    what: x.what,
    kind: x.kind,
    year: x.year,
    label: x.label,
    amount: money(x.amount),
    parts: x.parts.map((p) => ({ id: p.id, label: p.label, amount: money(p.amount) })),
    accounts: x.accounts.map((a) => ({ account: a.account, label: a.label, amount: money(a.amount) })),
    postings: x.postings.map((p) => ({
      date: p.date,
      journal: p.journal,
      piece: p.piece,
      label: p.label,
      account: p.account,
      debit: money(p.debit),
      credit: money(p.credit),
      source: { file: p.file, line: p.line },
    })),
  };
}
