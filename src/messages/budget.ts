// What the budget (budget/<year>.csv, `asso budget`) says: its file's problems, its notes.
import { euros } from './number.js';
import { type Text, text } from './text.js';

export const budgetMessages = {
  notANumber: (account: string) =>
    text(
      `le compte « ${account} » n'est pas un numéro du plan comptable`,
      `account "${account}" is not a number of the chart`,
    ),
  wholeClass: (account: string) =>
    text(
      `« ${account} » est une classe entière : budgétez sur un compte ou un préfixe d'au moins deux chiffres (par exemple ${account}0)`,
      `"${account}" is a whole class: budget on an account or a prefix of at least two digits (e.g. ${account}0)`,
    ),
  notIncomeOrExpense: (account: string) =>
    text(
      `le compte ${account} n'est ni un compte de charges ni un compte de produits : une ligne de budget est de classe 6 (charges), 7 (produits) ou 86/87 (contributions volontaires en nature)`,
      `account ${account} is not an income or expense account: a budget line is of class 6 (charges), 7 (produits), or 86/87 (contributions volontaires en nature)`,
    ),
  extendsNoAccount: (account: string) =>
    text(
      `le compte ${account} ne prolonge aucun compte du plan comptable des associations`,
      `account ${account} extends no account of the PCA chart`,
    ),
  monthOutsideYear: (column: string, year: number, last: string) =>
    text(
      `colonne « ${column} » : l'exercice ${year} a les mois m01 à m${last}`,
      `column "${column}": the fiscal year ${year} has months m01 to m${last}`,
    ),
  duplicateColumn: (column: string) =>
    text(`la colonne « ${column} » apparaît deux fois`, `column "${column}" appears twice`),
  missingColumn: (column: string, found: string) =>
    text(
      `la colonne obligatoire « ${column} » manque dans la ligne d'en-tête (colonnes trouvées : ${found}) ; un fichier de budget s'écrit account,amount[,label][,m01,…,m12]`,
      `the required column "${column}" is missing from the header row (columns found: ${found}); a budget file is account,amount[,label][,m01,…,m12]`,
    ),
  emptyAccount: () => text('le compte est vide : écrivez le compte ou le préfixe budgété', 'the account is empty'),
  emptyAmount: () =>
    text(
      'le montant est vide : écrivez le montant budgété (0 pour une ligne budgétée à zéro)',
      'the amount is empty: write the budgeted amount (0 for a line budgeted at nothing)',
    ),
  negativeAmount: (amount: string) =>
    text(
      `le montant ${amount} est négatif : les montants du budget sont positifs dans le sens naturel du compte (une charge pour la classe 6, un produit pour la classe 7)`,
      `the amount ${amount} is negative: budget amounts are positive in the natural direction of the account (an expense for class 6, an income for class 7)`,
    ),
  negativeMonth: (month: string) =>
    text(
      `le mois ${month} est négatif : les parts mensuelles sont positives dans le sens naturel du compte`,
      `the month ${month} is negative: monthly parts are positive in the natural direction of the account`,
    ),
  monthsNotAddingUp: (months: bigint, amount: bigint) =>
    text(
      `les parts mensuelles font ${euros(months, 'fr')}, pas le montant ${euros(amount, 'fr')} : corrigez un mois ou le montant`,
      `the monthly parts add up to ${euros(months, 'en')}, not to the amount ${euros(amount, 'en')}: correct a month or the amount`,
    ),
  sameAccount: (account: string) =>
    text(`le compte ${account} a déjà une ligne de budget`, `account ${account} already has a budget line`),
  coveredBy: (account: string, by: string) =>
    text(
      `le compte ${account} est déjà couvert par la ligne du ${by}`,
      `account ${account} is already covered by the line for ${by}`,
    ),
  covers: (account: string, covered: string) =>
    text(
      `cette ligne du ${account} couvre le compte ${covered}, qui a déjà une ligne`,
      `this line for ${account} covers account ${covered}, which already has a line`,
    ),
  overlapping: (how: Text, line: number, prefix: string) =>
    text(
      `${how.fr} ligne ${line} : fusionnez les deux lignes, ou budgétez les comptes du ${prefix} un par un`,
      `${how.en} at line ${line}: merge the two lines, or budget the accounts of ${prefix} one by one`,
    ),
  inKindUnbalanced: (resources: bigint, uses: bigint) =>
    text(
      `les contributions volontaires en nature ne s'équilibrent pas : 87 (ressources) ${euros(resources, 'fr')}, 86 (emplois) ${euros(uses, 'fr')} ; budgétez autant aux deux`,
      `the contributions volontaires en nature do not balance: 87 (resources) ${euros(resources, 'en')}, 86 (uses) ${euros(uses, 'en')}`,
    ),
} as const;
