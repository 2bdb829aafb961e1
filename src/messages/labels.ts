// Words printed inside the statements and listings (not messages): they follow --lang only, as the
// statement labels of the layouts do (SPEC "Messages").
import { dateIn } from './number.js';
import { type Lang, type Text, text } from './text.js';

/** A fiscal year in a title: its number (a calendar year), or the Text naming its days ("Exercice du 01/09/2024 au 31/08/2025"). */
export type YearName = number | Text;

/** "2024", or "— Exercice du 01/09/2024 au 31/08/2025" after the title's word. */
export const named = (year: YearName, lang: Lang): string => (typeof year === 'number' ? `${year}` : `— ${year[lang]}`);

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
  incomeStatement: (year: YearName, name: string) =>
    text(`Compte de résultat ${named(year, 'fr')}${name}`, `Income statement ${named(year, 'en')}${name}`),
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
  balanceSheet: (year: YearName, side: 'assets' | 'liabilities', name: string) =>
    side === 'assets'
      ? text(`Bilan ${named(year, 'fr')} — Actif${name}`, `Balance sheet ${named(year, 'en')} — Assets${name}`)
      : text(`Bilan ${named(year, 'fr')} — Passif${name}`, `Balance sheet ${named(year, 'en')} — Liabilities${name}`),
  trialBalance: (year: YearName) => text(`Balance générale ${named(year, 'fr')}`, `Trial balance ${named(year, 'en')}`),
  journal: (year: YearName) => text(`Journal ${named(year, 'fr')}`, `Journal ${named(year, 'en')}`),
  entries: (count: number) => text(`${count} écritures`, `${count} entries`),
  generalLedger: (year: YearName) => text(`Grand livre ${named(year, 'fr')}`, `General ledger ${named(year, 'en')}`),
  chartOfAccounts: () => text('Plan comptable', 'Chart of accounts'),
} as const;
