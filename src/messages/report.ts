// The words of the financial report (rapport financier): the treasurer's text and the labels of its
// charts. They are statement words: said in --lang (SPEC "Messages"). Amounts come written already
// (whole euros or cents, as the report shows them); percentages and dates are written here.
import type { Cents } from '../money.js';
import { type Lang, type Text, text } from './text.js';
import { named, type YearName } from './labels.js';

/** A 4-decimal ratio as a whole percentage, half away from zero ("0.5711" → "57 %"); exact, on the digits. */
export function percentText(ratio: string | null, lang: Lang): string {
  if (ratio === null) return '—';
  const negative = ratio.startsWith('-');
  const [integer, decimals] = (negative ? ratio.slice(1) : ratio).split('.') as [string, string];
  const basisPoints = BigInt(integer) * 10000n + BigInt(decimals.padEnd(4, '0').slice(0, 4));
  const percent = (basisPoints + 50n) / 100n;
  return `${negative && percent !== 0n ? '-' : ''}${percent}${lang === 'fr' ? '\u00a0%' : '%'}`;
}

/** "7.0" → "7,0" in French. */
export const decimalText = (value: string, lang: Lang): string => (lang === 'fr' ? value.replace('.', ',') : value);

const MONTHS: Record<Lang, readonly string[]> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/** "2011-12-31" → "31 décembre 2011" / "31 December 2011". */
export function longDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  return `${parseInt(day, 10)}${lang === 'fr' && day === '01' ? 'er' : ''} ${MONTHS[lang][parseInt(month, 10) - 1]} ${year}`;
}

/** Both languages of a percentage. */
const percent = (ratio: string | null): Text => text(percentText(ratio, 'fr'), percentText(ratio, 'en'));

/** A figure of N beside N−1, its amounts already written. */
export interface WrittenChange {
  readonly change: Cents;
  readonly by: string;
  readonly previous: string;
  readonly current: string;
}

export const reportWords = {
  // The chart of the years
  income: () => text('Produits', 'Income'),
  expenses: () => text('Charges', 'Expenses'),
  ownFunds: () => text('Fonds propres', 'Own funds'),
  cash: () => text('Trésorerie', 'Cash'),
  balanceSheetTotal: () => text('Total du bilan', 'Balance sheet total'),
  // 1. The income statement
  statementTitle: (year: YearName) =>
    text(`1/ Compte de résultat ${named(year, 'fr')}`, `1/ Income statement ${named(year, 'en')}`),
  /** `lead`: how the sentence opens when not "Sur l'année <year>," (a year under way, a year that is not a calendar year). */
  result: (year: number, surplus: boolean, amount: string, lead?: Text) =>
    text(
      `${lead ? `${lead.fr},` : `Sur l'année ${year},`} nous aboutissons à ${surplus ? 'un excédent' : 'un déficit'} de ${amount}.`,
      `${lead ? `${lead.en},` : `For ${year},`} the accounts show a ${surplus ? 'surplus' : 'deficit'} of ${amount}.`,
    ),
  underWay: (closing: string, year: number) =>
    text(
      `Au ${longDate(closing, 'fr')}, l'exercice ${year} étant en cours`,
      `At ${longDate(closing, 'en')}, with ${year} under way`,
    ),
  incomeMix: (income: string, fees: string, feesShare: string | null, other: string, otherShare: string | null) => {
    const [a, b] = [percent(feesShare), percent(otherShare)];
    return text(
      `Les produits atteignent ${income}. Les cotisations sont de ${fees}, soit ${a.fr} du total des produits, et les autres produits de ${other}, soit ${b.fr}.`,
      `Income reaches ${income}. Membership fees are ${fees}, ${a.en} of total income, and other income ${other}, ${b.en}.`,
    );
  },
  expensesStaff: (expenses: string, staff: string | null, staffShare: string | null) => {
    const share = percent(staffShare);
    return text(
      `Le total des charges s'élève à ${expenses} ; ${staff === null ? "l'association n'a pas de frais de personnel" : `les frais de personnel sont de ${staff}${staffShare !== null ? `, soit ${share.fr} des charges` : ''}`}.`,
      `Total expenses come to ${expenses}; ${staff === null ? 'the association has no staff costs' : `staff costs are ${staff}${staffShare !== null ? `, ${share.en} of expenses` : ''}`}.`,
    );
  },
  previousYear: (year: number, surplus: boolean, amount: string, income: WrittenChange, expenses: WrittenChange) => {
    const [i, e] = [change(income, true), change(expenses, true)];
    return text(
      `En ${year}, le résultat était ${surplus ? 'un excédent' : 'un déficit'} de ${amount} ; les produits ${i.fr}, les charges ${e.fr}.`,
      `In ${year}, the result was a ${surplus ? 'surplus' : 'deficit'} of ${amount}; income ${i.en}, expenses ${e.en}.`,
    );
  },
  // 2. The balance sheet
  sheetTitle: (closing: string) =>
    text(`2/ Bilan au ${longDate(closing, 'fr')}`, `2/ Balance sheet at ${longDate(closing, 'en')}`),
  assetsHeld: (year: number, receivables: string | null, cash: string, cashMonths: string | null) =>
    text(
      `À la fin de l'exercice ${year}, nous avons à l'actif ${receivables !== null ? `des créances pour ${receivables} et ` : ''}une trésorerie de ${cash}${cashMonths !== null ? `, soit ${decimalText(cashMonths, 'fr')} mois de charges` : ''}.`,
      `At the end of ${year}, the assets hold ${receivables !== null ? `receivables of ${receivables} and ` : ''}cash of ${cash}${cashMonths !== null ? `, ${cashMonths} months of expenses` : ''}.`,
    ),
  liabilities: (debts: string | null, deferred: string | null) =>
    text(
      `Au passif, ${debts !== null ? `les dettes s'élèvent à ${debts}` : "l'association n'a pas de dettes"}${deferred !== null ? ` ; les produits constatés d'avance sont de ${deferred}` : ''}.`,
      `On the liabilities side, ${debts !== null ? `debts amount to ${debts}` : 'the association has no debts'}${deferred !== null ? `; deferred income is ${deferred}` : ''}.`,
    ),
  ownFundsReach: (year: number, ownFunds: string, surplus: boolean, result: string, previous: string | null) =>
    text(
      `Les fonds propres atteignent ${ownFunds}, ${surplus ? `comprenant le résultat de ${year} pour ${result}` : `après le déficit de ${year} de ${result}`}${previous !== null ? ` (${previous} fin ${year - 1})` : ''}.`,
      `Own funds reach ${ownFunds}, ${surplus ? `including the ${year} result of ${result}` : `after the ${year} deficit of ${result}`}${previous !== null ? ` (${previous} at the end of ${year - 1})` : ''}.`,
    ),
  cashOverYear: (cash: WrittenChange, total: string) => {
    const [fr, en] = [change(cash, false), change(cash, true)];
    return text(
      `La trésorerie ${fr.fr} sur l'année ; le total du bilan est de ${total}.`,
      `Cash ${en.en} over the year; the balance sheet totals ${total}.`,
    );
  },
  // 3. The contributions volontaires en nature
  inKindTitle: () => text('3/ Contributions volontaires en nature', '3/ Voluntary contributions in kind'),
  inKind: (amount: string) =>
    text(
      `Les contributions volontaires en nature (bénévolat, dons et prestations en nature) sont valorisées à ${amount} ; elles n'entrent pas dans le résultat.`,
      `Voluntary contributions in kind (volunteering, gifts and services in kind) are valued at ${amount}; they are not part of the result.`,
    ),
  // 4. The next year's budget
  budgetTitle: (n: number, year: number) => text(`${n}/ Budget prévisionnel ${year}`, `${n}/ Budget ${year}`),
  budget: (
    budgetYear: number,
    year: number,
    surplus: boolean,
    result: string,
    figures: { income: string; actualIncome: string; expenses: string; actualExpenses: string },
  ) =>
    text(
      `Le budget ${budgetYear} prévoit ${surplus ? 'un excédent' : 'un déficit'} de ${result} : produits ${figures.income} (réalisé ${year} : ${figures.actualIncome}), charges ${figures.expenses} (réalisé ${year} : ${figures.actualExpenses}).`,
      `The ${budgetYear} budget forecasts a ${surplus ? 'surplus' : 'deficit'} of ${result}: income ${figures.income} (${year} actual: ${figures.actualIncome}), expenses ${figures.expenses} (${year} actual: ${figures.actualExpenses}).`,
    ),
  // The HTML page: cards, charts and headings
  surplusOrDeficit: (surplus: boolean) => (surplus ? text('Excédent', 'Surplus') : text('Déficit', 'Deficit')),
  incomeOf: (amount: string) => text(`produits ${amount}`, `income ${amount}`),
  membershipFees: () => text('Cotisations', 'Membership fees'),
  shareOfIncome: (ratio: string | null) => {
    const share = percent(ratio);
    return text(`${share.fr} des produits`, `${share.en} of income`);
  },
  previousYearFigure: (year: number, amount: string) => text(`${year} : ${amount}`, `${year} : ${amount}`),
  monthsOfExpenses: (months: string) =>
    text(`${decimalText(months, 'fr')} mois de charges`, `${months} months of expenses`),
  byHeading: (what: Text, year: number) => text(`${what.fr} ${year} par rubrique`, `${what.en} ${year} by heading`),
  twoYears: (year: number) => text(`${year} et ${year - 1}`, `${year} and ${year - 1}`),
  change: (year: number) => text(`Évolution : ${year} et ${year - 1}`, `Change: ${year} and ${year - 1}`),
  budgetAndActuals: (budgetYear: number, year: number) =>
    text(`Budget ${budgetYear} et réalisé ${year}`, `Budget ${budgetYear} and ${year} actuals`),
  budgetSeries: (budgetYear: number) => text(`Budget ${budgetYear}`, `Budget ${budgetYear}`),
  actualSeries: (year: number) => text(`Réalisé ${year}`, `Actual ${year}`),
  budgetAndActualsByHeading: (budgetYear: number | undefined, year: number) =>
    text(
      `Budget ${budgetYear} et réalisé ${year}, par rubrique`,
      `Budget ${budgetYear} and ${year} actuals, by heading`,
    ),
  forecastAndActuals: (budgetYear: number, year: number) =>
    text(`Budget prévisionnel ${budgetYear} et réalisé ${year}`, `Budget ${budgetYear} and ${year} actuals`),
  amountsIn: (euros: boolean) =>
    euros
      ? text('montants en euros', 'amounts in euros')
      : text('montants en euros et centimes', 'amounts in euros and cents'),
  incomeStatement: () => text('Compte de résultat', 'Income statement'),
  balanceSheet: () => text('Bilan', 'Balance sheet'),
  assets: () => text('Actif', 'Assets'),
  liabilitiesSide: () => text('Passif', 'Liabilities'),
  preparedWith: () =>
    text(
      'Établi avec asso-ledger à partir des journaux comptables ; plan comptable des associations (règlement ANC 2018-06).',
      'Prepared with asso-ledger from the journals; French associations chart of accounts (ANC regulation 2018-06).',
    ),
} as const;

/** How a figure moved over the year ("augmentent de … (… → …)"), plural or singular in French. */
function change(value: WrittenChange, plural: boolean): Text {
  if (value.change === 0n)
    return text(`${plural ? 'sont stables' : 'est stable'} (${value.current})`, `are stable (${value.current})`);
  const up = value.change > 0n;
  return text(
    `${up ? (plural ? 'augmentent' : 'augmente') : plural ? 'diminuent' : 'diminue'} de ${value.by} (${value.previous} → ${value.current})`,
    `${up ? 'rose' : 'fell'} by ${value.by} (${value.previous} → ${value.current})`,
  );
}
