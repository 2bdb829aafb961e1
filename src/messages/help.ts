// The help (`asso --help`, `asso <command> --help`, docs/commands.md): the program, every command
// and option, the titles commander prints, and the words around the examples.
import { type Lang, text } from './text.js';

export const helpMessages = {
  program: () =>
    text(
      'Comptabilité en partie double des petites associations françaises : les états officiels (PCA 2018, et le plan modernisé à partir de 2025) à partir de journaux CSV, exacts au centime.',
      'Double-entry accounting for small French associations: official statements (PCA 2018, and the modernised chart from 2025) from CSV journals, exact to the cent.',
    ),
  // Commander's own words
  titles: () => ({
    fr: {
      'Usage:': 'Utilisation :',
      'Options:': 'Options :',
      'Global Options:': 'Options générales :',
      'Commands:': 'Commandes :',
      'Arguments:': 'Arguments :',
    } as Record<string, string>,
    en: {} as Record<string, string>,
  }),
  choices: (list: string) => text(`au choix : ${list}`, `choices: ${list}`),
  version: () => text('affiche le numéro de version', 'output the version number'),
  help: () => text("affiche l'aide de la commande", 'display help for command'),
  helpCommand: () => text("affiche l'aide d'une commande", 'display help for command'),
  examples: () => text('Exemples :', 'Examples:'),
  // Global options
  ledger: () =>
    text(
      'dossier de la comptabilité (par défaut : $ASSO_LEDGER, sinon le dossier courant)',
      'ledger folder (default: $ASSO_LEDGER, else the current folder)',
    ),
  year: () =>
    text(
      "exercice, nommé par l'année civile où il commence (par défaut : le dernier)",
      'fiscal year, named by the calendar year it starts in (default: the latest)',
    ),
  format: () => text('format de sortie (html : report seulement)', 'output format (html: report only)'),
  euros: () =>
    text(
      'euros entiers, qui tombent juste (ne change jamais les comptes)',
      'whole euros, footing (never changes the books)',
    ),
  lang: () =>
    text(
      'langue des libellés et des messages (par défaut : le français, ou l’anglais si LANG commence par en pour les messages)',
      'language of labels and messages (default: French, or English for messages when LANG starts with en)',
    ),
  noColor: () =>
    text(
      "sans couleur (aussi avec NO_COLOR, et chaque fois que la sortie n'est pas un terminal)",
      'no colour (also NO_COLOR, and whenever output is not a terminal)',
    ),
  output: () =>
    text(
      'écrit dans un fichier (de façon atomique) au lieu de la sortie standard',
      'write to a file (atomically) instead of stdout',
    ),
  excel: () =>
    text(
      'avec -f csv : séparateur « ; », virgule décimale, BOM UTF-8',
      'with -f csv: ";" delimiter, decimal comma, UTF-8 BOM',
    ),
  width: () =>
    text(
      'ajuste les tableaux du terminal à ce nombre de colonnes (par défaut : la largeur du terminal ; sans limite dans un tube)',
      'fit terminal tables in this many columns (default: the terminal width; unlimited in a pipe)',
    ),
  debug: () => text('montre la trace des erreurs internes', 'show stack traces of internal errors'),
  // Commands
  main: () =>
    text('le compte de résultat et le bilan (npm start)', 'the income statement and the balance sheet (npm start)'),
  detail: () => text('liste les comptes sous chaque ligne', 'list the accounts under each line'),
  expectTotalMain: () =>
    text(
      'sortie 1 sauf si les deux totaux du bilan valent ce montant',
      'exit 1 unless both balance-sheet totals equal this amount',
    ),
  incomeStatement: () =>
    text(
      'compte de résultat, présentation du règlement ANC 2018-06, exercices N et N−1',
      'compte de résultat, ANC 2018-06 layout, year N and N−1',
    ),
  balanceSheet: () =>
    text(
      'bilan : actif (brut, amortissements, net N, net N−1) et passif (N, N−1) ; sortie 1 sauf si total actif = total passif',
      'bilan: actif (gross, depreciation, net N, net N−1) and passif (N, N−1); exit 1 unless total actif = total passif',
    ),
  expectTotal: () =>
    text(
      'sortie 1 sauf si les deux totaux valent ce montant (en euros entiers avec --euros)',
      'exit 1 unless both totals equal this amount (in whole euros with --euros)',
    ),
  balance: () =>
    text('balance générale : débit, crédit, solde par compte', 'trial balance: debit, credit, balance per account'),
  journal: () => text("les écritures de l'exercice", 'the entries of the year'),
  ledgerCommand: () =>
    text(
      'les écritures par compte avec le solde progressif (comptes sous un préfixe facultatif)',
      'postings per account with running balance (accounts under an optional prefix)',
    ),
  accounts: () =>
    text(
      "le plan comptable du référentiel de l'exercice (PCA 2018, ou PCA 2025 à partir de 2025) et les comptes de l'association, avec la ligne des états de chaque compte",
      "the chart of the year's reference set (PCA 2018, or PCA 2025 from 2025) and the association's accounts, with each account's statement line",
    ),
  check: () =>
    text(
      'tous les problèmes de la comptabilité, erreurs et avertissements ; sortie 1 à la moindre erreur',
      'every problem of the ledger, errors and warnings; exit 1 on any error',
    ),
  strict: () => text('les avertissements font aussi échouer', 'warnings fail too'),
  budget: () =>
    text(
      "le budget de l'exercice (budget/<année>.csv) ; --vs <année> : comparé au réalisé de cet exercice",
      "the year's budget (budget/<year>.csv); --vs <year>: against that year's actuals",
    ),
  vs: () =>
    text(
      "compare au réalisé de cet exercice (à date tant qu'il est en cours)",
      "compare with that fiscal year's actuals (to date while it is under way)",
    ),
  to: () =>
    text(
      "le réalisé jusqu'à cette date, contre le budget des mois écoulés (implique --vs de l'exercice du budget)",
      'actuals up to this date, against the budget of the months elapsed (implies --vs of the budget year)',
    ),
  layout: () =>
    text(
      'présentation du compte de résultat (statement) ou du formulaire de subvention (cerfa 12156)',
      'compte de résultat (statement) or subsidy form (cerfa 12156) layout',
    ),
  monthly: () => text('mois par mois', 'month by month'),
  profile: () =>
    text(
      "profil mensuel des lignes que le budget répartit également : le réalisé de l'exercice précédent",
      "monthly profile of the lines the budget spreads evenly: the previous year's actuals",
    ),
  failOver: () =>
    text(
      "sortie 1 quand une ligne de charges dépasse son budget, ou qu'une ligne de produits reste en deçà, de plus de ce pourcentage",
      'exit 1 when an expense line exceeds its budget, or an income line falls short, by more than this percentage',
    ),
  close: () =>
    text(
      "clôture l'exercice (--year) : écrit journal/<année+1>-opening.csv, puis le sceau locks/<année>.json",
      'closes the year (--year): writes journal/<year+1>-opening.csv, then the seal locks/<year>.json',
    ),
  yes: () =>
    text(
      "ne demande pas de confirmation (obligatoire quand l'entrée standard n'est pas un terminal)",
      'do not ask for confirmation (required when stdin is not a terminal)',
    ),
  reverseAccruals: () =>
    text(
      "écrit aussi journal/<année+1>-reversals.csv : les extournes des régularisations de l'exercice",
      "also write journal/<year+1>-reversals.csv: the reversals of the year's accruals",
    ),
  exportCommand: () =>
    text(
      "export fec : l'exercice en fichier FEC, <SIREN>FEC<date de clôture>.txt (ou -o <fichier>)",
      'export fec: the year as a FEC file, <SIREN>FEC<closing date>.txt (or -o <file>)',
    ),
  siren: () =>
    text(
      "le SIREN de l'association (par défaut : « siren » dans asso.json)",
      'the association\'s SIREN (default: asso.json "siren")',
    ),
  importCommand: () =>
    text(
      'import fec <fichier> : un FEC relu dans journal/<année>-fec.csv ; import bank <fichier>… : des relevés bancaires (CSV de banque française, OFX, QIF, CFONB 120) en écritures, à blanc sans --write',
      'import fec <file>: a FEC read back into journal/<year>-fec.csv; import bank <file>…: bank statements (French bank CSV, OFX, QIF, CFONB 120) into journal entries, dry run unless --write',
    ),
  importAccount: () =>
    text(
      "bank : le compte bancaire (par défaut : l'entrée « banks » de asso.json qui nomme le compte du relevé)",
      'bank: the bank account (default: the asso.json "banks" entry naming the statement\'s account)',
    ),
  importJournal: () => text('bank : le journal des écritures', 'bank: the journal of the entries'),
  importColumns: () =>
    text(
      "bank : tout autre CSV : date=…,label=…,amount=… (ou debit=…,credit=…), par nom d'en-tête ou position (à partir de 1)",
      'bank: any other CSV: date=…,label=…,amount=… (or debit=…,credit=…), by header or 1-based position',
    ),
  importFormats: () =>
    text('bank : liste les formats de relevé reconnus', 'bank: list the statement formats recognised'),
  importWrite: () =>
    text(
      'bank : écrit journal/<année>-import-<compte>.csv et les soldes dans assertions.csv',
      'bank: write journal/<year>-import-<account>.csv and the balances to assertions.csv',
    ),
  importIncludeProbable: () =>
    text(
      'bank : importe aussi les lignes qui semblent déjà saisies à la main',
      'bank: also import the lines that look already booked by hand',
    ),
  fingerprint: () =>
    text(
      "avec --year : sortie 1 sauf si le sceau de l'exercice a cette empreinte (celle publiée dans le rapport à l'assemblée)",
      "with --year: exit 1 unless the year's seal has this fingerprint (the one published in the assembly report)",
    ),
  add: () =>
    text(
      'une opération en écriture équilibrée : recette, depense, virement, dette, creance (demandées dans un terminal sans arguments) ; --recurring : les écritures récurrentes dues',
      'one operation as a balanced entry: recette, depense, virement, dette, creance (asked in a terminal without arguments); --recurring: the recurring entries due',
    ),
  addDate: () =>
    text("la date de l'opération (par défaut : aujourd'hui)", 'the date of the operation (default: today)'),
  addAmount: () =>
    text(
      'le montant, positif, avec une virgule ou un point décimal (12,50)',
      'the amount, positive, with a decimal comma or point (12,50)',
    ),
  addLabel: () =>
    text("le libellé de l'écriture (par défaut : celui du compte)", "the entry's label (default: the account's)"),
  addAccount: () =>
    text(
      "le compte de l'opération : la charge (depense, dette) ou le produit (recette, creance)",
      'the account of the operation: the expense (depense, dette) or the income (recette, creance)',
    ),
  addBank: () =>
    text(
      'le compte de banque ou de caisse, 51x ou 53x (par défaut : le seul compte 512)',
      'the bank or cash account, 51x or 53x (default: the only 512 account)',
    ),
  addFrom: () => text("virement : le compte d'où part l'argent", 'virement: the account the money leaves'),
  addTo: () => text("virement : le compte où va l'argent", 'virement: the account the money goes to'),
  addSupplier: () => text('dette : le code du fournisseur (aux) sur 401', "dette: the supplier's code (aux) on 401"),
  addMember: () => text("creance : le code de l'adhérent (aux) sur 411", "creance: the member's code (aux) on 411"),
  addJournal: () =>
    text(
      'le journal (par défaut : BQ, CA pour la caisse, OD pour dette et creance)',
      'the journal (default: BQ, CA for cash, OD for dette and creance)',
    ),
  addPiece: () =>
    text(
      "la pièce (par défaut : le numéro suivant du journal dans l'exercice)",
      "the piece (default: the journal's next number in the fiscal year)",
    ),
  addAux: () =>
    text(
      "un compte auxiliaire sur la ligne qui n'est pas celle de la banque",
      "an auxiliary account on the row that is not the bank's",
    ),
  addAnalytic: () => text('le projet (code analytique)', 'the project (analytic code)'),
  addDryRun: () => text("affiche l'écriture, n'écrit rien", 'print the entry, write nothing'),
  addRecurring: () =>
    text(
      'écrit les écritures de recurring.csv dues et pas encore dans les comptes',
      'write the entries of recurring.csv due and not yet in the books',
    ),
  addThrough: () =>
    text(
      "avec --recurring : jusqu'à cette date (par défaut : aujourd'hui)",
      'with --recurring: up to this date (default: today)',
    ),
  allocate: () =>
    text(
      "l'affectation par l'assemblée du résultat d'un exercice clôturé (--year) : compte=montant…, écrite dans journal/<année+1>-allocation.csv",
      "the assembly's allocation of a closed year's result (--year): account=amount…, written to journal/<year+1>-allocation.csv",
    ),
  assemblyDate: () => text("la date de l'assemblée", "the assembly's date"),
  assemblyRef: () =>
    text(
      "le procès-verbal de l'assemblée (la pièce ; par défaut AG-<année>)",
      "the assembly's minutes (the piece; default AG-<year>)",
    ),
  reverse: () =>
    text(
      "l'écriture de contre-passation d'une écriture de --year, datée de --date dans un exercice ouvert",
      'the reversing entry (contre-passation) of an entry of --year, dated --date in an open year',
    ),
  reverseDate: () => text('la date de la contre-passation', 'the date of the reversal'),
  migrate: () =>
    text(
      "pour les exercices ouverts d'un référentiel, la réécriture des lignes sur les comptes qu'il a supprimés, en diff ; --write l'applique",
      'for the open years of a reference set, the rewrite of postings on the accounts it abolished, as a diff; --write applies it',
    ),
  migrateTo: () => text('le référentiel vers lequel migrer (pca-2025)', 'the reference set to migrate to (pca-2025)'),
  migrateWrite: () =>
    text(
      'applique le diff (demande confirmation dans un terminal)',
      'apply the diff (asks for confirmation in a terminal)',
    ),
  migrateYes: () => text('avec --write : ne demande rien (scripts)', 'with --write: do not ask (scripts)'),
  report: () =>
    text(
      "le rapport financier pour l'assemblée générale : chiffres clés, états, budget, texte (-f html pour une page imprimable)",
      'the financial report for the general assembly: key figures, statements, budget, text (-f html for a printable page)',
    ),
  cents: () =>
    text(
      'montants en euros et centimes (par défaut : euros entiers qui tombent juste)',
      'amounts in euros and cents (default: whole euros that foot)',
    ),
  init: () =>
    text(
      "un nouveau dossier comptable : asso.json, les comptes usuels, un journal d'exemple qui passe check, un README",
      'a new ledger folder: asso.json, the usual accounts, an example journal that passes check, a README',
    ),
  initName: () =>
    text(
      "le nom de l'association (par défaut : demandé dans un terminal, sinon le nom du dossier)",
      "the association's name (default: asked in a terminal, else the folder's name)",
    ),
  initStart: () =>
    text(
      "premier jour de l'exercice (par défaut : demandé dans un terminal, sinon 01-01)",
      'first day of the fiscal year (default: asked in a terminal, else 01-01)',
    ),
  initSiren: () => text('le numéro SIREN (pour le nom du fichier FEC)', 'the SIREN number (for the FEC file name)'),
  explain: () =>
    text(
      'ce qui compose un chiffre : un identifiant de ligne des états (produits.cotisations) ou un numéro de compte ; ses comptes, puis ses écritures avec fichier et ligne',
      'what makes up a figure: a statement line id (produits.cotisations) or an account number; its accounts, then its entries with file and line',
    ),
  receipts: () =>
    text(
      "les reçus fiscaux des dons d'une année civile (cerfa 11580), numérotés dans receipts/<année>.csv ; -f html : un reçu par page",
      'tax receipts for the gifts of a calendar year (reçus fiscaux, cerfa 11580), numbered in receipts/<year>.csv; -f html: one receipt a page',
    ),
  receiptsSummary: () =>
    text(
      'le nombre et le total des reçus en vigueur (article 222 bis du CGI)',
      'the count and total of the receipts in force (article 222 bis of the CGI)',
    ),
  assets: () =>
    text(
      "le registre des immobilisations et le plan d'amortissement de l'exercice (assets.csv) ; --book écrit les écritures d'amortissement de l'exercice",
      "the fixed-asset register and depreciation schedule of the year (assets.csv); --book writes the year's depreciation entries",
    ),
  assetsBook: () =>
    text(
      "écrit les écritures d'amortissement de l'exercice dans journal/<année>-depreciation.csv (réécrites, jamais en double)",
      'write the depreciation entries of the year to journal/<year>-depreciation.csv (rewritten, never doubled)',
    ),
  projects: () =>
    text(
      'le compte de résultat avec une colonne par projet (colonne analytique), une sans projet, et le total',
      'the income statement with a column per project (analytic column), one without a project, and the total',
    ),
  diff: () =>
    text(
      'les lignes des états et les soldes de comptes qui diffèrent entre deux révisions git de la comptabilité, ou deux dossiers ; sortie 1 quand ils diffèrent',
      'the statement lines and account balances that differ between two git revisions of the ledger, or two ledger folders; exit 1 when they differ',
    ),
  projectsOne: () => text('un seul projet', 'one project only'),
  exampleAssets: () =>
    text('le registre et le plan de 2025, par compte', 'the register and schedule of 2025, by account'),
  exampleAssetsBook: () => text('écrit journal/2025-depreciation.csv', 'write journal/2025-depreciation.csv'),
  exampleDiff: () =>
    text('ce que le dernier commit a changé dans les états', 'what the last commit changed in the statements'),
  exampleProjects: () =>
    text('une colonne par projet, une sans, et le total', 'a column per project, one without, and the total'),
  // After the examples of `asso --help`
  programFooter: () =>
    text(
      "Pas encore de comptabilité ? `asso init <dossier>` en crée une ; indiquez ensuite -L <dossier> ou la variable ASSO_LEDGER.\nLancez `asso <commande> --help` pour les options et les exemples d'une commande.",
      "No ledger yet? `asso init <dir>` creates one; then pass -L <dir> or set ASSO_LEDGER.\nRun `asso <command> --help` for a command's options and examples.",
    ),
  // Comments after some examples
  exampleInit: () => text('un nouveau dossier comptable qui passe check', 'a new ledger folder that passes check'),
  exampleCheck: () => text('tous les problèmes, avec fichier et ligne', 'every problem, with file and line'),
  exampleClose: () =>
    text("montre ce qu'elle va écrire, demande, puis écrit", 'shows what it will write, asks, then writes'),
  exampleReceipts: () =>
    text(
      'les reçus des dons de 2025, numérotés dans receipts/2025.csv',
      'the receipts of the 2025 gifts, numbered in receipts/2025.csv',
    ),
  exampleBankFormats: () => text('les présentations de relevés reconnues', 'the bank layouts recognised'),
  exampleBankDryRun: () => text('Crédit Agricole (à blanc)', 'Crédit Agricole (dry run)'),
  exampleBankOfx: () => text('OFX 1.x ou 2.x', 'OFX 1.x or 2.x'),
  exampleBankCfonb: () => text('CFONB 120', 'CFONB 120'),
  exampleBankWrite: () => text('écrit journal/2025-import-512100.csv', 'writes journal/2025-import-512100.csv'),
  exampleAddAsk: () => text('dans un terminal : les questions, une à une', 'in a terminal: the questions, one by one'),
  exampleAddRecurring: () =>
    text('les écritures récurrentes dues (recurring.csv)', 'the recurring entries due (recurring.csv)'),
  exampleReceiptsSummary: () =>
    text('nombre et total pour la déclaration annuelle', 'count and total for the yearly declaration'),
  exampleMigrate: () => text('la réécriture, en diff', 'the rewrite, as a diff'),
} as const;

/** Commander's error messages in the language of messages (the English ones are commander's own). */
export function commanderError(message: string, lang: Lang): string {
  return { fr: commanderErrorFr(message), en: message }[lang];
}

function commanderErrorFr(message: string): string {
  const rules: [RegExp, string][] = [
    [/^error: unknown option '(.*)'/, 'erreur : option inconnue « $1 »'],
    [/^error: unknown command '(.*)'/, 'erreur : commande inconnue « $1 »'],
    [/^error: missing required argument '(.*)'/, 'erreur : argument obligatoire manquant « $1 »'],
    [/^error: required option '(.*)' not specified/, "erreur : l'option obligatoire « $1 » manque"],
    [/^error: option '(.*)' argument missing/, "erreur : il manque la valeur de l'option « $1 »"],
    [
      /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
      "erreur : la valeur « $2 » de l'option « $1 » n'est pas valide ; au choix : $3.",
    ],
    [
      /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./,
      "erreur : trop d'arguments pour « $1 » : $2 attendu(s), $3 donné(s).",
    ],
    [
      /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
      "erreur : trop d'arguments : $1 attendu(s), $2 donné(s).",
    ],
    [/\(Did you mean (.*)\?\)/, '(Vouliez-vous dire $1 ?)'],
  ];
  let said = message;
  for (const [pattern, french] of rules) said = said.replace(pattern, french);
  return said;
}
