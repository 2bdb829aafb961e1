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
} as const;
