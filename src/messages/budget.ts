// What the budget (budget/<year>.csv, `asso budget`) says: its file's problems, its notes.
import { dateIn, euros } from './number.js';
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
  // asso budget
  badLayout: (layout: string) =>
    text(`--layout attend statement ou cerfa, pas « ${layout} »`, `--layout takes statement or cerfa, not "${layout}"`),
  badProfile: (profile: string) =>
    text(
      `--profile attend « previous » (le profil mensuel du réalisé de l'exercice précédent), pas « ${profile} »`,
      `--profile takes "previous" (the monthly profile of the previous year's actuals), not "${profile}"`,
    ),
  badFailOver: (value: string) =>
    text(
      `--fail-over attend un pourcentage, par exemple 10 ou 7.5, pas « ${value} »`,
      `--fail-over takes a percentage such as 10 or 7.5, not "${value}"`,
    ),
  failOverAlone: () =>
    text(
      '--fail-over compare le budget au réalisé : ajoutez --vs <année> (ou --to <date>)',
      '--fail-over compares the budget with actuals: add --vs <year> (or --to <date>)',
    ),
  fileHasErrors: (file: string) =>
    text(
      `le budget ${file} a des erreurs : aucun budget n'est produit tant qu'elles ne sont pas corrigées`,
      `the budget ${file} has errors: no budget is printed until they are fixed`,
    ),
  noBudgetFolder: (dir: string) =>
    text(
      `pas de budget dans ${dir} : écrivez-en un dans budget/<année>.csv (account,amount[,label][,m01,…,m12])`,
      `no budget in ${dir}: write one as budget/<year>.csv (account,amount[,label][,m01,…,m12])`,
    ),
  noBudgetFor: (year: number, file: string) =>
    text(`pas de budget pour ${year} : ${file} n'existe pas`, `no budget for ${year}: ${file} does not exist`),
  vsNoEntries: (vs: number, years: string) =>
    text(
      `--vs ${vs} : l'exercice ${vs} n'a aucune écriture (exercices tenus : ${years || 'aucun'})`,
      `--vs ${vs}: fiscal year ${vs} has no entries (years with books: ${years || 'none'})`,
    ),
  toOutside: (to: string, vs: number, start: string, end: string) =>
    text(
      `--to ${to} n'est pas dans l'exercice ${vs} (du ${dateIn(start, 'fr')} au ${dateIn(end, 'fr')})`,
      `--to ${to} is not in fiscal year ${vs} (${start} to ${end})`,
    ),
  profileNoEntries: (previous: number) =>
    text(
      `--profile previous : l'exercice ${previous} n'a aucune écriture d'où tirer un profil mensuel`,
      `--profile previous: fiscal year ${previous} has no entries to take a monthly profile from`,
    ),
  overBudget: (
    line: string,
    actual: bigint,
    budget: bigint,
    toDate: boolean,
    expense: boolean,
    by: Text,
    limit: string,
  ) =>
    text(
      `ligne de budget ${line} : réalisé ${euros(actual, 'fr')} contre ${euros(budget, 'fr')}${toDate ? ' à date' : ''}, ${expense ? 'au-dessus du budget' : 'en deçà du budget'} de ${by.fr} (limite ${limit} %) [fail-over]`,
      `budget line ${line}: actual ${euros(actual, 'en')} against ${euros(budget, 'en')}${toDate ? ' to date' : ''}, ${expense ? 'over budget' : 'short of budget'} by ${by.en} (limit ${limit}%) [fail-over]`,
    ),
  anyAmount: () => text("n'importe quel montant, sans budget", 'any amount, with no budget'),
  percent: (fr: string, en: string) => text(fr, en),
  unbudgeted: (line: string, actual: bigint) =>
    text(
      `hors budget ${line} : réalisé ${euros(actual, 'fr')} (pas de ligne de budget ; non contrôlé) [unbudgeted]`,
      `unbudgeted ${line}: actual ${euros(actual, 'en')} (no budget line; not checked) [unbudgeted]`,
    ),
  beyondFailOver: (count: number, limit: string) =>
    text(
      `${count} ligne(s) de budget au-delà de --fail-over ${limit} %`,
      `${count} budget line(s) beyond --fail-over ${limit}%`,
    ),
} as const;
