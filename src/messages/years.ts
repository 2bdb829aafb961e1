// Messages and labels of several years side by side (`--years`, the report's figures over the years).
import { text } from './text.js';

const list = (years: readonly number[]) => years.join(', ');

export const yearsMessages = {
  helpYears: () =>
    text(
      'plusieurs exercices côte à côte, une colonne chacun, présentés selon le modèle du dernier : une plage 2021..2025 ou une liste 2023,2025 (pas avec --year)',
      'several years side by side, one column each, in the layout of the last: a range 2021..2025 or a list 2023,2025 (not with --year)',
    ),
  badYears: (value: string) =>
    text(
      `--years attend une plage d'exercices comme 2021..2025, ou une liste croissante comme 2023,2025, pas « ${value} »`,
      `--years takes a range of fiscal years such as 2021..2025, or an increasing list such as 2023,2025, not "${value}"`,
    ),
  reversed: (value: string, from: number, to: number) =>
    text(
      `--years ${value} : la plage est à l'envers ; écrivez ${to}..${from}`,
      `--years ${value}: the range is reversed; write ${to}..${from}`,
    ),
  notIncreasing: (value: string) =>
    text(
      `--years ${value} : donnez chaque exercice une fois, du plus ancien au plus récent (2021,2023,2025)`,
      `--years ${value}: give each fiscal year once, oldest first (2021,2023,2025)`,
    ),
  withYear: () =>
    text(
      "--years et --year ne vont pas ensemble : --years nomme déjà les exercices, et le dernier donne la présentation ; n'en gardez qu'un",
      '--years and --year do not go together: --years already names the fiscal years, the last one giving the layout; keep one of them',
    ),
  expectTotalWithYears: () =>
    text(
      "--expect-total vérifie le bilan d'un seul exercice : retirez --years, ou --expect-total",
      '--expect-total checks the balance sheet of one fiscal year: drop --years, or --expect-total',
    ),
  noFigures: (missing: readonly number[], available: readonly number[]) =>
    text(
      `--years : ${missing.length > 1 ? `les exercices ${list(missing)} n'ont` : `l'exercice ${list(missing)} n'a`} ni écritures ni sceau de clôture (locks/<année>.json) ; les exercices qui en ont sont ${available.length ? list(available) : 'aucun'}`,
      `--years: fiscal year${missing.length > 1 ? 's' : ''} ${list(missing)} ${missing.length > 1 ? 'have' : 'has'} neither entries nor a closing seal (locks/<year>.json); the years that have are ${available.length ? list(available) : 'none'}`,
    ),
  unbalanced: (years: readonly number[]) =>
    text(
      `asso: le bilan ne s'équilibre pas (total actif ≠ total passif) en ${list(years)}`,
      `asso: the balance sheet does not balance (total assets ≠ total liabilities) in ${list(years)}`,
    ),
  // Notes under the tables.
  sealed: (years: readonly number[]) =>
    text(
      `${list(years)} : ${years.length > 1 ? 'exercices clos, repris de leurs sceaux' : 'exercice clos, repris de son sceau'} (locks/<année>.json).`,
      `${list(years)}: closed year${years.length > 1 ? 's' : ''}, read from ${years.length > 1 ? 'their seals' : 'its seal'} (locks/<year>.json).`,
    ),
  carried: (years: readonly number[], from: string, to: string) =>
    text(
      `${list(years)} : soldes tenus selon ${from}, présentés selon le référentiel ${to} de la dernière année, reclassés compte par compte sans retraitement ; les états de ces exercices tels qu'approuvés restent ceux de leur clôture.`,
      `${list(years)}: balances kept on ${from}, presented on the ${to} reference set of the latest year, carried account by account, not restated; those years' statements as approved remain those of their closing.`,
    ),
  provisional: (years: readonly number[]) =>
    text(
      `${list(years)} : sans à-nouveaux, ouvert provisoirement sur les soldes de clôture de l'exercice précédent.`,
      `${list(years)}: no opening entries, opened provisionally on the previous year's closing balances.`,
    ),
  wholeEuros: () =>
    text(
      'Montants en euros entiers : chaque année arrondie à part, ses totaux tombant juste ; les comptes sont tenus au centime.',
      'Amounts in whole euros: each year rounded on its own, its totals footing; the books are kept to the cent.',
    ),
  // Titles and labels.
  incomeTitle: (from: number, to: number) => text(`Compte de résultat ${from}–${to}`, `Income statement ${from}–${to}`),
  assetsTitle: (from: number, to: number) =>
    text(`Bilan ${from}–${to} — actif (net)`, `Balance sheet ${from}–${to} — assets (net)`),
  liabilitiesTitle: (from: number, to: number) =>
    text(`Bilan ${from}–${to} — passif`, `Balance sheet ${from}–${to} — liabilities`),
  totalAssets: () => text('Total actif', 'Total assets'),
  totalLiabilities: () => text('Total passif', 'Total liabilities'),
  figuresTitle: (from: number, to: number) => text(`Chiffres clés ${from}–${to}`, `Key figures ${from}–${to}`),
  income: () => text('Total des produits', 'Total income'),
  expenses: () => text('Total des charges', 'Total expenses'),
  result: () => text('Résultat (excédent ou déficit)', 'Result (surplus or deficit)'),
  ownFunds: () => text('Fonds propres', 'Own funds'),
  cash: () => text("Trésorerie en fin d'exercice", 'Cash at year end'),
  balanceSheetTotal: () => text('Total du bilan', 'Balance sheet total'),
  figuresNote: (to: string) =>
    text(
      `Chaque exercice présenté selon le référentiel ${to} de l'exercice du rapport ; les exercices clos sont repris de leur sceau.`,
      `Each year presented on the ${to} reference set of the report's year; closed years are read from their seals.`,
    ),
};
