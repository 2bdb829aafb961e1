// Messages of `asso add` (saisir): questions, refusals, the entry said back, recurring entries.
import type { Kind } from '../entry/operation.js';
import { euros, eurosText } from './number.js';
import { text, type Text } from './text.js';

const KIND_NAMES: Record<Kind, Text> = {
  recette: text('Recette', 'Income'),
  depense: text('Dépense', 'Expense'),
  virement: text('Virement', 'Transfer'),
  dette: text('Dette', 'Payable'),
  creance: text('Créance', 'Receivable'),
};

const OPPOSITE: Partial<Record<Kind, Kind>> = { recette: 'depense', depense: 'recette' };

const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export const USAGE = text(
  `usage : asso add <recette|depense|virement|dette|creance> --date <date> --amount <montant> [--account <compte>] [--bank <compte>] [--label <libellé>]
        asso add virement --from <compte> --to <compte> --amount <montant>
        asso add --recurring [--through <date>]
Sans argument dans un terminal, asso add pose les questions une à une. \`asso add --help\` donne les exemples.`,
  `usage: asso add <recette|depense|virement|dette|creance> --date <date> --amount <amount> [--account <account>] [--bank <account>] [--label <label>]
       asso add virement --from <account> --to <account> --amount <amount>
       asso add --recurring [--through <date>]
Without arguments in a terminal, asso add asks each question in turn. \`asso add --help\` gives examples.`,
);

export const addMessages = {
  kindName: (kind: Kind) => KIND_NAMES[kind],
  unknownKind: (word: string) =>
    text(
      `« ${word} » n'est pas une opération : écrivez recette, depense, virement, dette ou creance`,
      `"${word}" is not an operation: write recette (income), depense (expense), virement (transfer), dette (payable) or creance (receivable)`,
    ),
  notInTerminal: () =>
    text(
      'asso add sans opération ne pose ses questions que dans un terminal : donnez l’opération et ses options',
      'asso add without an operation asks its questions only in a terminal: give the operation and its options',
    ),
  missingOption: (option: string, kind: Kind) =>
    text(
      `${option} manque pour une ${KIND_NAMES[kind].fr.toLowerCase()} (rien n'est écrit)`,
      `${option} is missing for ${KIND_NAMES[kind].en.toLowerCase() === 'income' ? 'an income' : `a ${KIND_NAMES[kind].en.toLowerCase()}`} (nothing was written)`,
    ),
  notForKind: (option: string, kind: Kind) =>
    text(
      `${option} ne s'applique pas à une opération « ${kind} »`,
      `${option} does not apply to a "${kind}" operation`,
    ),
  badDate: (written: string) =>
    text(
      `« ${written} » n'est pas une date : écrivez JJ/MM/AAAA ou AAAA-MM-JJ (par exemple 12/03/2025)`,
      `"${written}" is not a date: write YYYY-MM-DD or DD/MM/YYYY (such as 2025-03-12)`,
    ),
  impossibleDate: (written: string) =>
    text(
      `« ${written} » n'existe pas dans le calendrier : corrigez le jour ou le mois`,
      `"${written}" is not a real date: correct the day or the month`,
    ),
  badAmount: (written: string) =>
    text(
      `« ${written} » n'est pas un montant : écrivez par exemple 12,50 ou 12.50`,
      `"${written}" is not an amount: write for instance 12.50 or 12,50`,
    ),
  tooManyDecimals: (written: string) =>
    text(
      `« ${written} » a plus de deux décimales : les montants sont en euros et centimes`,
      `"${written}" has more than two decimals: amounts are in euros and cents`,
    ),
  zeroAmount: () =>
    text('le montant est nul : une écriture porte un montant', 'the amount is zero: an entry carries an amount'),
  negativeAmount: (kind: Kind) => {
    const opposite = OPPOSITE[kind];
    return text(
      `le montant est négatif : saisissez-le positif${opposite ? `, comme une ${KIND_NAMES[opposite].fr.toLowerCase()} (asso add ${opposite})` : ', en inversant le sens de l’opération'}`,
      `the amount is negative: write it positive${opposite ? `, as ${opposite === 'recette' ? 'an income' : 'an expense'} (asso add ${opposite})` : ', with the operation the other way round'}`,
    );
  },
  sameAccount: (account: string) =>
    text(
      `un virement de ${account} vers ${account} ne déplace rien : --from et --to doivent être deux comptes différents`,
      `a transfer from ${account} to ${account} moves nothing: --from and --to must be two different accounts`,
    ),
  notBank: (option: string, account: string) =>
    text(
      `${option} ${account} n'est pas un compte de banque ou de caisse : donnez un compte 51x ou 53x (512100, 531000…)`,
      `${option} ${account} is not a bank or cash account: give a 51x or 53x account (512100, 531000…)`,
    ),
  severalBanks: (banks: readonly string[]) =>
    text(
      `plusieurs comptes bancaires (${banks.join(', ')}) : précisez lequel avec --bank`,
      `several bank accounts (${banks.join(', ')}): say which with --bank`,
    ),
  noBank: () =>
    text(
      'aucun compte 512 dans accounts.csv : précisez le compte de banque ou de caisse avec --bank',
      'no 512 account in accounts.csv: give the bank or cash account with --bank',
    ),
  notDigits: (account: string, suggestions: readonly string[]) =>
    text(
      `« ${account} » n'est pas un numéro de compte${suggestions.length ? ` ; vouliez-vous dire ${suggestions.join(', ')} ?` : ' : `asso accounts` liste le plan'}`,
      `"${account}" is not an account number${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : ': `asso accounts` lists the chart'}`,
    ),
  headingAccount: (account: string) =>
    text(
      `${account} est une rubrique du plan comptable, pas un compte : choisissez un de ses comptes (asso accounts | grep ^${account})`,
      `${account} is a heading of the chart, not an account: choose one of its accounts (asso accounts | grep ^${account})`,
    ),
  unknownAccount: (account: string, suggestions: readonly string[]) =>
    text(
      `le compte ${account} ne prolonge aucun compte du plan comptable des associations${suggestions.length ? ` ; comptes proches : ${suggestions.join(', ')}` : ''}`,
      `account ${account} extends no account of the associations' chart${suggestions.length ? `; close accounts: ${suggestions.join(', ')}` : ''}`,
    ),
  notDeclared: (account: string) =>
    text(
      `avertissement : le compte ${account} n'est pas dans accounts.csv : ajoutez-le avec son libellé [account-not-declared]`,
      `warning: account ${account} is not listed in accounts.csv: add it with its label [account-not-declared]`,
    ),
  sealedYear: (year: number, date: string) =>
    text(
      `l'exercice ${year} est clôturé (locks/${year}.json) : rien ne peut y être ajouté ; datez l'opération (${frDate(date)}) dans un exercice ouvert`,
      `fiscal year ${year} is closed (locks/${year}.json): nothing can be added to it; date the operation (${date}) in an open year`,
    ),
  nothingWritten: () => text("rien n'est écrit", 'nothing was written'),
  pieceTaken: (journal: string, piece: string, year: number) =>
    text(
      `la pièce ${journal} ${piece} existe déjà dans l'exercice ${year} : choisissez un autre --piece`,
      `piece ${journal} ${piece} is already in fiscal year ${year}: choose another --piece`,
    ),
  /** "Dépense de 12,50 € le 12/03/2025 : 606400 Fournitures au débit, 512100 Banque au crédit". */
  said: (kind: Kind, amount: bigint, date: string, debit: string, credit: string) =>
    text(
      `${KIND_NAMES[kind].fr} de ${euros(amount, 'fr')} le ${frDate(date)} : ${debit} au débit, ${credit} au crédit`,
      `${KIND_NAMES[kind].en} of ${euros(amount, 'en')} on ${date}: ${debit} debited, ${credit} credited`,
    ),
  written: (file: string, journal: string, piece: string) =>
    text(
      `Écrit dans ${file} (journal ${journal}, pièce ${piece}).`,
      `Written to ${file} (journal ${journal}, piece ${piece}).`,
    ),
  dryRun: (file: string, journal: string, piece: string) =>
    text(
      `Essai (--dry-run) : rien n'est écrit ; l'écriture irait dans ${file} (journal ${journal}, pièce ${piece}).`,
      `Dry run (--dry-run): nothing was written; the entry would go to ${file} (journal ${journal}, piece ${piece}).`,
    ),
  otherColumns: (file: string) =>
    text(
      `${file} n'a pas les colonnes d'un journal (date, journal, piece, account, debit, credit) : déplacez-le ou donnez un autre --journal`,
      `${file} does not have a journal's columns (date, journal, piece, account, debit, credit): move it away or give another --journal`,
    ),
  oneLineWithoutPiece: (file: string) =>
    text(
      `${file} est un journal simplifié sans colonne piece : ajoutez-lui une colonne piece, ou donnez un autre --journal`,
      `${file} is a simplified journal without a piece column: add a piece column, or give another --journal`,
    ),
  notEncodable: (file: string, character: string) =>
    text(
      `${file} est en Windows-1252 et « ${character} » ne s'y écrit pas : retirez ce caractère du libellé`,
      `${file} is in Windows-1252, where "${character}" cannot be written: remove it from the label`,
    ),
  // Questions (in a terminal)
  askKind: () =>
    text(
      'Opération (recette, depense, virement, dette, creance) : ',
      'Operation (recette = income, depense = expense, virement = transfer, dette = payable, creance = receivable): ',
    ),
  askDate: (today: string) => text(`Date [${frDate(today)}] : `, `Date [${today}]: `),
  askAmount: () => text('Montant (en euros) : ', 'Amount (in euros): '),
  askAccount: (role: 'expense' | 'income' | 'account') =>
    role === 'expense'
      ? text(
          'Compte de charge (numéro ou mots du libellé, « fourn ») : ',
          'Expense account (number or words of its label, "fourn"): ',
        )
      : role === 'income'
        ? text(
            'Compte de produit (numéro ou mots du libellé, « cotis ») : ',
            'Income account (number or words of its label, "cotis"): ',
          )
        : text('Compte (numéro ou mots du libellé) : ', 'Account (number or words of its label): '),
  askBank: (fallback: string | undefined) =>
    text(
      `Compte de banque ou de caisse${fallback ? ` [${fallback}]` : ''} : `,
      `Bank or cash account${fallback ? ` [${fallback}]` : ''}: `,
    ),
  askFrom: () => text('Du compte (banque ou caisse) : ', 'From the account (bank or cash): '),
  askTo: () => text('Vers le compte (banque ou caisse) : ', 'To the account (bank or cash): '),
  askSupplier: () => text('Code du fournisseur (facultatif) : ', "Supplier's code (optional): "),
  askMember: () => text("Code de l'adhérent (facultatif) : ", "Member's code (optional): "),
  askLabel: (fallback: string) => text(`Libellé [${fallback}] : `, `Label [${fallback}]: `),
  askConfirm: () => text('Enregistrer ? [O/n] ', 'Write it? [Y/n] '),
  choices: (lines: readonly string[]) =>
    text(
      `Plusieurs comptes correspondent :\n${lines.join('\n')}\nTapez le numéro de la liste, le numéro du compte, ou d'autres mots.`,
      `Several accounts match:\n${lines.join('\n')}\nType the number in the list, the account number, or other words.`,
    ),
  noMatch: (words: string) =>
    text(
      `Aucun compte ne correspond à « ${words} » : essayez d'autres mots ou le numéro (asso accounts liste le plan).`,
      `No account matches "${words}": try other words or the number (asso accounts lists the chart).`,
    ),
  askChoice: () => text('Choix [1] : ', 'Choice [1]: '),
  chosen: (account: string) => text(`  → ${account}`, `  → ${account}`),
  required: () => text('Une réponse est nécessaire.', 'An answer is needed.'),
  aborted: () => text("Saisie abandonnée : rien n'est écrit.", 'Entry abandoned: nothing was written.'),
  cancelled: () => text("Rien n'est écrit.", 'Nothing was written.'),
};

export const recurringMessages = {
  missingColumn: (columns: string) =>
    text(
      `colonnes manquantes dans l'en-tête : ${columns} (en-tête attendu : name,every,day,from,to,account,label,debit,credit)`,
      `columns missing from the header: ${columns} (expected header: name,every,day,from,to,account,label,debit,credit)`,
    ),
  ragged: (found: number, expected: number) =>
    text(
      `cette ligne a ${found} champs mais l'en-tête en a ${expected} : vérifiez les séparateurs`,
      `this row has ${found} fields but the header has ${expected}: check the delimiters`,
    ),
  emptyName: () =>
    text(
      'le nom du modèle est vide : chaque ligne porte le nom de son modèle (salaire, urssaf…)',
      "the template's name is empty: every row carries its template's name (salaire, urssaf…)",
    ),
  badEvery: (written: string) =>
    text(
      `« ${written} » n'est pas une périodicité : écrivez month, quarter ou year (mois, trimestre, annee)`,
      `"${written}" is not a period: write month, quarter or year`,
    ),
  badDay: (written: string) =>
    text(
      `« ${written} » n'est pas un jour du mois : écrivez un nombre de 1 à 31 (le dernier jour quand le mois est plus court)`,
      `"${written}" is not a day of the month: write a number from 1 to 31 (the last day when the month is shorter)`,
    ),
  badDate: (column: string, written: string) =>
    text(
      `${column} : « ${written} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)`,
      `${column}: "${written}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`,
    ),
  toBeforeFrom: (to: string, from: string) =>
    text(`la fin (${to}) précède le début (${from})`, `the end (${to}) comes before the start (${from})`),
  otherSchedule: (name: string, line: number) =>
    text(
      `le modèle ${name} a déjà sa périodicité ligne ${line} : laissez every, day, from, to et journal vides ici, ou identiques`,
      `template ${name} already has its schedule on line ${line}: leave every, day, from, to and journal empty here, or the same`,
    ),
  noSchedule: (name: string) =>
    text(
      `le modèle ${name} n'a ni every, ni day, ni from : donnez-les sur sa première ligne`,
      `template ${name} has no every, day or from: give them on its first row`,
    ),
  emptyAccount: () => text('le compte est vide', 'the account is empty'),
  oneAmount: () =>
    text(
      'chaque ligne porte un montant, au débit ou au crédit (pas les deux)',
      'every row carries one amount, debit or credit (not both)',
    ),
  oneRow: (name: string) =>
    text(
      `le modèle ${name} n'a qu'une ligne : une écriture a au moins deux lignes`,
      `template ${name} has a single row: an entry has at least two rows`,
    ),
  unbalanced: (name: string, difference: bigint) =>
    text(
      `le modèle ${name} n'est pas équilibré : débits − crédits = ${eurosText(difference).fr}`,
      `template ${name} is not balanced: debits − credits = ${eurosText(difference).en}`,
    ),
  noFile: () =>
    text(
      "le dossier n'a pas de recurring.csv : créez-le (name,every,day,from,to,account,label,debit,credit), voir docs/saisie.md",
      'the ledger has no recurring.csv: create it (name,every,day,from,to,account,label,debit,credit), see docs/saisie.md',
    ),
  fileHasErrors: () =>
    text(
      "recurring.csv a des erreurs (ci-dessus) : rien n'est écrit",
      'recurring.csv has errors (above): nothing was written',
    ),
  written: (count: number, files: readonly string[]) =>
    text(
      `${count} écriture(s) récurrente(s) écrite(s) dans ${files.join(', ')}`,
      `${count} recurring entr${count === 1 ? 'y' : 'ies'} written to ${files.join(', ')}`,
    ),
  wouldWrite: (count: number) =>
    text(
      `Essai (--dry-run) : ${count} écriture(s) récurrente(s) seraient écrites ; rien n'est écrit.`,
      `Dry run (--dry-run): ${count} recurring entr${count === 1 ? 'y' : 'ies'} would be written; nothing was written.`,
    ),
  nothingDue: (through: string) =>
    text(
      `Aucune écriture récurrente à écrire jusqu'au ${frDate(through)} : tout est déjà dans les comptes.`,
      `No recurring entry due up to ${through}: everything is already in the books.`,
    ),
  occurrence: (date: string, journal: string, piece: string, label: string, amount: bigint) =>
    text(
      `  ${frDate(date)} ${journal} ${piece} ${label} ${euros(amount, 'fr')}`,
      `  ${date} ${journal} ${piece} ${label} ${euros(amount, 'en')}`,
    ),
  skippedSealed: (count: number) =>
    text(
      `${count} échéance(s) dans un exercice clôturé, non écrite(s) :`,
      `${count} occurrence(s) in a closed fiscal year, not written:`,
    ),
};
