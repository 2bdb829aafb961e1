// What the command line itself says: usage errors (exit 2), the internal-error message (exit 70),
// the hint when there is no ledger, and the words around every diagnostic.
import { type Text, text } from './text.js';

export const cliMessages = {
  warning: () => text('attention : ', 'warning: '),
  noLedgerHere: (dir: string) =>
    text(
      `Pas de comptabilité dans ${dir} (pas de asso.json). Créez-en une avec \`asso init <dossier>\`, puis lancez \`asso check -L <dossier>\`.`,
      `No ledger in ${dir} (no asso.json). Create one with \`asso init <dir>\`, then run \`asso check -L <dir>\`.`,
    ),
  noLedger: (dir: string) =>
    text(
      `pas de comptabilité dans ${dir} (pas de asso.json) : indiquez le dossier avec -L <dossier>, ou la variable ASSO_LEDGER, ou créez-en une avec \`asso init <dossier>\``,
      `no ledger found in ${dir} (no asso.json): pass -L <folder>, set ASSO_LEDGER, or create one with \`asso init <folder>\``,
    ),
  internalError: (detail: string) =>
    text(
      `erreur interne : ${detail}. C'est un défaut d'asso, pas de vos données : signalez-le aux mainteneurs d'asso (les tickets du dépôt d'où vous l'avez installé) avec la commande lancée, la version (asso --version) et la sortie de la même commande suivie de --debug. Code de sortie 70.`,
      `internal error: ${detail}. This is a bug in asso, not in your data: please report it to the maintainers of asso (the issue tracker of the repository you installed it from) with the command you ran, the version (asso --version) and the output of the same command with --debug. Exit code 70.`,
    ),
  fileError: (path: string, detail: string) => text(`${path} : ${detail}`, `${path}: ${detail}`),
  cannotWrite: (reason: Text) =>
    text(`impossible d'écrire ce fichier : ${reason.fr}`, `cannot write this file: ${reason.en}`),
  folderMissing: () => text("son dossier n'existe pas", 'its folder does not exist'),
  permissionDenied: () => text('permission refusée', 'permission denied'),
  isFolder: () => text("c'est un dossier", 'it is a folder'),
  systemSays: (message: string) => text(message, message),
  // Usage (exit 2)
  unknownFormat: (format: string) =>
    text(
      `format inconnu « ${format} » : utilisez table, csv, json, markdown (ou html pour report)`,
      `unknown format "${format}": use table, csv, json, markdown (or html for report)`,
    ),
  unknownLang: (lang: string) =>
    text(`langue inconnue « ${lang} » : utilisez fr ou en`, `unknown language "${lang}": use fr or en`),
  badYear: (flag: string, value: string) =>
    text(
      `${flag} attend une année, par exemple 2011, pas « ${value} »`,
      `${flag} takes a year such as 2011, not "${value}"`,
    ),
  badWidth: (value: string) =>
    text(
      `--width attend un nombre de colonnes de 40 à 999, par exemple 80, pas « ${value} »`,
      `--width takes a number of columns from 40 to 999, such as 80, not "${value}"`,
    ),
  htmlOnlyForReport: () =>
    text(
      '-f html est réservé à `asso report` ; les autres commandes écrivent table, csv, json ou markdown',
      '-f html is for `asso report`; other commands print table, csv, json or markdown',
    ),
  unknownExport: (what: string) =>
    text(
      `export inconnu « ${what} » : utilisez \`asso export fec\``,
      `unknown export "${what}": use \`asso export fec\``,
    ),
  unknownImport: (what: string) =>
    text(
      `import inconnu « ${what} » : utilisez \`asso import fec <fichier>\` ou \`asso import bank <fichier>…\``,
      `unknown import "${what}": use \`asso import fec <file>\` or \`asso import bank <file>…\``,
    ),
  importFecOneFile: () =>
    text(
      'import fec prend un seul fichier : `asso import fec <fichier>`',
      'import fec takes one file: `asso import fec <file>`',
    ),
  noEntriesYet: () =>
    text(
      "la comptabilité n'a encore aucune écriture : ajoutez des fichiers de journal dans journal/, ou indiquez --year",
      'the ledger has no entries yet: add journal files under journal/, or pass --year',
    ),
  yearHasNoEntries: (year: number, years: string) =>
    text(
      `l'exercice ${year} n'a aucune écriture : les exercices tenus sont ${years}`,
      `fiscal year ${year} has no entries: years with books are ${years}`,
    ),
  yearEmpty: (year: number) => text(`l'exercice ${year} n'a aucune écriture`, `fiscal year ${year} has no entries`),
  needsYear: (command: string) =>
    text(`${command} a besoin de l'exercice : --year <aaaa>`, `${command} needs the fiscal year: --year <yyyy>`),
  needsDate: (command: string) =>
    text(`${command} a besoin de --date <AAAA-MM-JJ>`, `${command} needs --date <YYYY-MM-DD>`),
  badFlagDate: (flag: string, problem: Text) => text(`${flag} : ${problem.fr}`, `${flag}: ${problem.en}`),
  badPrefix: (prefix: string) =>
    text(
      `le préfixe de compte s'écrit en chiffres, par exemple 512 ou 6, pas « ${prefix} »`,
      `the account prefix must be digits, such as 512 or 6, not "${prefix}"`,
    ),
  booksHaveErrors: (what: Text) =>
    text(
      `les comptes ont des erreurs : ${what.fr} tant qu'elles ne sont pas corrigées (\`asso check\` en donne la liste complète)`,
      `the books have errors: ${what.en} until they are fixed (run \`asso check\` for the full list)`,
    ),
  noStatement: () => text("aucun état n'est produit", 'no statement is printed'),
  noFec: () => text("aucun FEC n'est écrit", 'no FEC is written'),
  noBudget: () => text("aucun budget n'est produit", 'no budget is printed'),
  sheetUnbalanced: () =>
    text(
      "le bilan n'est pas équilibré : total actif ≠ total passif",
      'the balance sheet does not balance: total actif ≠ total passif',
    ),
  badExpectTotal: (value: string) =>
    text(
      `--expect-total attend un montant, par exemple 54744 ou 54744.00, pas « ${value} »`,
      `--expect-total takes an amount such as 54744 or 54744.00, not "${value}"`,
    ),
  expectTotalDiffers: (expected: string, assets: string, liabilities: string) =>
    text(
      `--expect-total ${expected} : les totaux sont ${assets} (actif) et ${liabilities} (passif)`,
      `--expect-total ${expected}: the totals are ${assets} (actif) and ${liabilities} (passif)`,
    ),
  reportNoCsv: () =>
    text(
      "le rapport n'a pas de forme CSV : utilisez -f table, markdown, html ou json (chaque état a sa propre commande pour le CSV)",
      'report has no CSV form: use -f table, markdown, html or json (each statement has its own command for CSV)',
    ),
  unknownLine: (what: string, year: number, close: readonly string[]) =>
    text(
      `« ${what} » n'est ni une ligne des états ${year} ni un numéro de compte${close.length ? ` : vouliez-vous dire ${close.join(', ')} ?` : ''} (les identifiants de ligne sont ceux de -f json, par exemple produits.cotisations ou passif.dettes-fiscales-sociales ; un compte s'écrit en chiffres, par exemple 512 ou 756110)`,
      `"${what}" is neither a line of the ${year} statements nor an account number${close.length ? `: did you mean ${close.join(', ')}?` : ''} (line ids are those of -f json, such as produits.cotisations or passif.dettes-fiscales-sociales; an account is digits, such as 512 or 756110)`,
    ),
  reading: (file: string, index: number, files: number, rows: string) =>
    text(
      `lecture de ${file} (fichier ${index}/${files}), ${rows} lignes…`,
      `reading ${file} (file ${index}/${files}), ${rows} rows…`,
    ),
  checkSummary: (errors: number, warnings: number, entries: number, years: number) => {
    const s = (count: number) => (count > 1 ? 's' : '');
    return text(
      `${errors} erreur${s(errors)}, ${warnings} avertissement${s(warnings)} pour ${entries} écriture${s(entries)} sur ${years} exercice${s(years)}`,
      `${errors} error(s), ${warnings} warning(s) in ${entries} entries over ${years} fiscal year(s)`,
    );
  },
  nothingWritten: () => text("rien n'a été écrit", 'nothing was written'),
} as const;
