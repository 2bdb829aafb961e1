// The annexe's tables in the report (fonds dédiés, variation des fonds propres, immobilisations,
// budget of the year) and the warnings of `check` on dedicated funds.
import type { Cents } from '../money.js';
import { euros } from './number.js';
import { text } from './text.js';

export const annexeMessages = {
  fundWithoutProject: (account: string) =>
    text(
      `la ligne sur ${account} (fonds dédiés) ne nomme pas de projet : indiquez-le dans la colonne analytic, pour le tableau des fonds dédiés de l'annexe`,
      `the row on ${account} (dedicated funds) names no project: put it in the analytic column, for the annexe's dedicated funds table`,
    ),
  fundIdle: (group: string, project: string, amount: Cents, year: number) =>
    text(
      `les fonds dédiés ${group} du projet ${project || '(sans projet)'} (${euros(amount, 'fr')}) ne sont plus utilisés depuis deux exercices (${year - 1} et ${year}) : à signaler dans l'annexe, à utiliser ou à rembourser au financeur`,
      `the dedicated funds ${group} of project ${project || '(no project)'} (${euros(amount, 'en')}) have not been used for two years (${year - 1} and ${year}): say so in the annexe, use them or refund the funder`,
    ),
};

/** Titles, columns and row labels of the annexe's tables. */
export const annexeLabels = {
  annexe: () => text('Annexe', 'Notes to the accounts'),
  funds: () => text('Fonds dédiés', 'Dedicated funds'),
  fundsColumns: () => [
    text('Compte / projet', 'Account / project'),
    text('Début', 'Start'),
    text('Reports (689)', 'Engaged (689)'),
    text('Utilisations (789)', 'Used (789)'),
    text('Transferts', 'Transfers'),
    text('Remboursés', 'Refunded'),
    text('Fin', 'End'),
  ],
  /** The same columns, short, for a terminal table that must fit 80 columns. */
  fundsShortColumns: () => [
    text('', ''),
    text('Début', 'Start'),
    text('Reports', 'Engaged'),
    text('Utilisés', 'Used'),
    text('Transf.', 'Transfers'),
    text('Rembours.', 'Refunded'),
    text('Fin', 'End'),
  ],
  fundsGroup: (group: string) => {
    switch (group) {
      case '194':
        return text('194 Fonds dédiés sur subventions', '194 Dedicated funds from subsidies');
      case '195':
        return text(
          '195 Fonds dédiés sur contributions financières',
          '195 Dedicated funds from financial contributions',
        );
      case '196':
        return text('196 Fonds dédiés sur dons (générosité du public)', '196 Dedicated funds from public generosity');
      default:
        return text(`${group} Fonds dédiés`, `${group} Dedicated funds`);
    }
  },
  noProject: () => text('(sans projet)', '(no project)'),
  idleMark: () => text(' (inutilisés depuis deux ans)', ' (unused for two years)'),
  total: () => text('Total', 'Total'),
  fundsNote: () =>
    text(
      'Le total de fin est la ligne « Fonds dédiés » du passif. Montants en euros et centimes.',
      'The end total is the balance sheet line "Dedicated funds". Amounts in euros and cents.',
    ),
  idleNote: (count: number) =>
    text(
      `${count} fonds sans utilisation depuis deux exercices (marqués) : à commenter dans l'annexe.`,
      `${count} fund(s) unused for two years (marked): to be explained in the annexe.`,
    ),
  equity: () => text('Variation des fonds propres', 'Changes in equity'),
  equityColumns: () => [
    text('Fonds propres', 'Equity'),
    text("À l'ouverture", 'Opening'),
    text('Affectation du résultat', 'Allocation of the result'),
    text('Augmentation', 'Increase'),
    text('Diminution ou consommation', 'Decrease or consumption'),
    text('À la clôture', 'Closing'),
  ],
  equityShortColumns: () => [
    text('', ''),
    text('Ouverture', 'Opening'),
    text('Affectation', 'Allocation'),
    text('Augment.', 'Increase'),
    text('Diminution', 'Decrease'),
    text('Clôture', 'Closing'),
  ],
  /** Under the short columns: what they stand for. */
  equityShortNote: () =>
    text(
      "Affectation : affectation du résultat de l'exercice précédent ; Augment. : augmentation ; Diminution : diminution ou consommation.",
      "Allocation: allocation of the previous year's result; Decrease: decrease or consumption.",
    ),
  fundsShortNote: () =>
    text(
      'Reports : reports en fonds dédiés (689) ; Utilisés : utilisations (789) ; Transf. : transferts ; Rembours. : remboursés au financeur.',
      'Engaged: carried to dedicated funds (689); Used: used (789); Refunded: refunded to the funder.',
    ),
  equityRow: (group: string) => {
    const labels: Record<string, [string, string]> = {
      'fonds-sans-reprise': ['Fonds propres sans droit de reprise', 'Own funds without right of return'],
      'fonds-avec-reprise': ['Fonds propres avec droit de reprise', 'Own funds with right of return'],
      'ecarts-reevaluation': ['Écarts de réévaluation', 'Revaluation differences'],
      'reserves-statutaires': ['Réserves statutaires ou contractuelles', 'Statutory or contractual reserves'],
      'reserves-projet': ["Réserves pour projet de l'entité", 'Reserves for projects'],
      'reserves-autres': ['Autres réserves', 'Other reserves'],
      'report-a-nouveau': ['Report à nouveau', 'Retained surplus or deficit'],
      resultat: ["Résultat de l'exercice", 'Result for the year'],
      'fonds-consomptibles': ['Fonds propres consomptibles', 'Consumable own funds'],
      'subventions-investissement': ["Subventions d'investissement", 'Investment grants'],
      'provisions-reglementees': ['Provisions réglementées', 'Regulated provisions'],
    };
    const [fr, en] = labels[group] ?? [group, group];
    return text(fr, en);
  },
  equityTotal: () => text('Total des fonds propres', 'Total equity'),
  equityNote: () =>
    text(
      'Le total à la clôture est le « Total I » du passif. Montants en euros et centimes.',
      'The closing total is the balance sheet\'s "Total I". Amounts in euros and cents.',
    ),
  yearBudgetTitle: (year: number) => text(`Budget ${year} et réalisé ${year}`, `Budget ${year} and ${year} actuals`),
  yearBudgetText: (year: number, budgetResult: string, actualResult: string, income: string, expenses: string) =>
    text(
      `Le budget ${year} prévoyait ${budgetResult} ; le réalisé est ${actualResult}. Produits prévus ${income}, charges prévues ${expenses} : le détail par rubrique figure dans le tableau « Budget ${year} et réalisé ».`,
      `The ${year} budget forecast ${budgetResult}; the actual is ${actualResult}. Income planned ${income}, expenses planned ${expenses}: the detail by heading is in the table "Budget ${year} and actuals".`,
    ),
  surplus: (amount: string) => text(`un excédent de ${amount}`, `a surplus of ${amount}`),
  deficit: (amount: string) => text(`un déficit de ${amount}`, `a deficit of ${amount}`),
};
