// Words printed inside the statements and listings (not messages): they follow --lang only, as the
// statement labels of the layouts do (SPEC "Messages").
import { dateIn } from './number.js';
import { text } from './text.js';

export const labels = {
  roundingDifference: () => text("écart d'arrondi", 'rounding difference'),
  forecast: (name: string) => text(`${name} prévisionnel`, `${name} forecast`),
  depreciationColumn: () => text(' (amort./dépréc.)', ' (depreciation)'),
  bySign: (debit: string, credit: string) =>
    text(`débiteur: ${debit} / créditeur: ${credit}`, `debit: ${debit} / credit: ${credit}`),
  previousActuals: (year: number) => text(`réalisé ${year}`, `${year} actuals`),
  provisionalOpening: (previous: number) =>
    text(`À-nouveaux provisoires (clôture ${previous})`, `Provisional opening (${previous} closing)`),
  yearClosed: (closedOn: string, fingerprint: string) =>
    text(
      `Exercice clos le ${dateIn(closedOn, 'fr')} — empreinte SHA-256 : ${fingerprint}`,
      `Year closed on ${closedOn} — SHA-256 fingerprint: ${fingerprint}`,
    ),
  resultNote: (surplus: boolean, year: number, amount: string) =>
    surplus
      ? text(`Excédent ${year} : ${amount}`, `Surplus ${year}: ${amount}`)
      : text(`Déficit ${year} : ${amount}`, `Deficit ${year}: ${amount}`),
  incomeStatement: (year: number, name: string) =>
    text(`Compte de résultat ${year}${name}`, `Income statement ${year}${name}`),
  sheetBalanced: (total: string, previous: string | undefined, previousYear: number) =>
    text(
      `Contrôle : total actif = total passif = ${total}${previous ? ` (${previousYear} : ${previous})` : ''}`,
      `Check: total assets = total liabilities = ${total}${previous ? ` (${previousYear}: ${previous})` : ''}`,
    ),
  sheetUnbalanced: (assets: string, liabilities: string, previous: string | undefined, previousYear: number) =>
    text(
      `ERREUR : total actif ${assets} ≠ total passif ${liabilities}${previous ? ` (${previousYear} : ${previous})` : ''}`,
      `ERROR: total assets ${assets} ≠ total liabilities ${liabilities}${previous ? ` (${previousYear}: ${previous})` : ''}`,
    ),
  balanceSheet: (year: number, side: 'assets' | 'liabilities', name: string) =>
    side === 'assets'
      ? text(`Bilan ${year} — Actif${name}`, `Balance sheet ${year} — Assets${name}`)
      : text(`Bilan ${year} — Passif${name}`, `Balance sheet ${year} — Liabilities${name}`),
  trialBalance: (year: number) => text(`Balance générale ${year}`, `Trial balance ${year}`),
  journal: (year: number) => text(`Journal ${year}`, `Journal ${year}`),
  entries: (count: number) => text(`${count} écritures`, `${count} entries`),
  generalLedger: (year: number) => text(`Grand livre ${year}`, `General ledger ${year}`),
  chartOfAccounts: () => text('Plan comptable', 'Chart of accounts'),
} as const;
