// What the readers say about the files of a ledger (journals, asso.json, accounts.csv,
// assertions.csv, budget files), the folder and asso.json: what is wrong and what to do, in French
// and in English.
import { type Text, text } from './text.js';

const lines = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`);

export const readMessages = {
  unreadableFile: (why: string) =>
    text(
      `ce fichier ne peut pas être lu : ${whyFr(why)} ; sortez-le du dossier de la comptabilité ou corrigez ses droits`,
      `this file cannot be read: ${why}; move it out of the ledger folder or fix its permissions`,
    ),
  emptyFile: () =>
    text(
      "le fichier est vide : il lui faut au moins une ligne d'en-tête",
      'the file is empty: it needs at least a header row',
    ),
  binaryFile: () =>
    text(
      "c'est un fichier binaire, pas un fichier texte CSV : si c'est un tableur (.xlsx, .ods), enregistrez-le au format CSV depuis votre tableur",
      'this is a binary file, not a CSV text file: if it is a spreadsheet (.xlsx, .ods), save it as CSV from your spreadsheet software',
    ),
  unclosedQuote: () =>
    text(
      "un champ entre guillemets ouvert sur cette ligne n'est jamais fermé : ajoutez le guillemet fermant (\") ou retirez celui qui l'ouvre",
      'a quoted field opened on this line is never closed: add the missing closing quote (") or remove the opening one',
    ),
  invalidCsv: (detail: string) =>
    text(`cette ligne n'est pas du CSV valide : ${detail}`, `this row is not valid CSV: ${detail}`),
  notCsv: (firstLine: string, header: string) =>
    text(
      `ceci ne ressemble pas à un journal CSV : sa première ligne (« ${firstLine} ») n'a pas de séparateur ; exportez le journal en CSV avec une ligne d'en-tête telle que ${header}`,
      `this does not look like a CSV journal: its first line ("${firstLine}") has no delimiter; export the journal as CSV with a header row such as ${header}`,
    ),
  missingColumn: (column: string, found: string, header: string) =>
    text(
      `la colonne obligatoire « ${column} » manque dans la ligne d'en-tête (colonnes trouvées : ${found}) : nommez les colonnes ${header} (les noms français et ceux du FEC conviennent aussi)`,
      `the required column "${column}" is missing from the header row (columns found: ${found}): name the columns ${header} (French and FEC names work too)`,
    ),
  raggedRow: (fields: number, width: number) =>
    fields > width
      ? text(
          `cette ligne a ${fields} champs mais l'en-tête en a ${width} : cherchez un séparateur en trop ou manquant (un libellé qui contient le séparateur doit être entre guillemets)`,
          `this row has ${fields} fields but the header has ${width}: check for a missing or extra delimiter (a label holding the delimiter must be quoted)`,
        )
      : text(
          `cette ligne a ${fields} champs mais l'en-tête en a ${width} : cherchez un séparateur en trop ou manquant`,
          `this row has ${fields} fields but the header has ${width}: check for a missing or extra delimiter`,
        ),
  emptyDate: () =>
    text(
      "la date est vide : écrivez la date de l'écriture, AAAA-MM-JJ ou JJ/MM/AAAA",
      'the date is empty: write the date of the entry, YYYY-MM-DD or DD/MM/YYYY',
    ),
  notADate: (cell: string) =>
    text(
      `« ${cell} » n'est pas une date : écrivez AAAA-MM-JJ ou JJ/MM/AAAA (une année à quatre chiffres)`,
      `"${cell}" is not a date: write YYYY-MM-DD or DD/MM/YYYY (a four-digit year)`,
    ),
  notARealDate: (cell: string, day: string, month: string) =>
    text(
      `« ${cell} » n'est pas une date qui existe (jour ${day}, mois ${month}) : corrigez le jour ou le mois`,
      `"${cell}" is not a real date (day ${day}, month ${month}): correct the day or the month`,
    ),
  emptyAccount: () =>
    text(
      'le compte est vide : écrivez le numéro de compte, par exemple 512100',
      'the account is empty: write the account number, such as 512100',
    ),
  emptyJournal: () =>
    text(
      "le code journal est vide : écrivez-le (BQ, CA, OD…), le même sur chaque ligne de l'écriture",
      'the journal code is empty: write it (BQ, CA, OD…), the same on every row of the entry',
    ),
  markRead: (mark: string, settled: string, line: number) =>
    text(
      `ce montant a été lu avec le séparateur décimal « ${mark} » mais les montants du fichier utilisent « ${settled} » (établi ligne ${line}) : écrivez ses décimales avec « ${settled} »`,
      `this amount was read with the decimal mark "${mark}" but the file's amounts use "${settled}" (settled at line ${line}): write its decimals with "${settled}"`,
    ),
  badDirection: (cell: string) =>
    text(
      `le sens « ${cell} » n'est ni D (débit) ni C (crédit) : écrivez D ou C`,
      `the direction (Sens) "${cell}" is neither D (debit) nor C (credit)`,
    ),
  debitAndCredit: () =>
    text(
      "le débit et le crédit sont tous deux remplis : une ligne porte un seul montant, l'autre reste vide",
      'both debit and credit are filled: a row carries one amount, the other stays empty',
    ),
  noAmount: () =>
    text(
      "ni le débit ni le crédit n'est rempli : chaque ligne porte un montant",
      'neither debit nor credit is filled: every row carries one amount',
    ),
  emptyEntryNumber: () =>
    text(
      "l'EcritureNum est vide : numérotez l'écriture, le même numéro sur chacune de ses lignes",
      'the EcritureNum is empty: number the entry, the same on each of its rows',
    ),
  emptyPiece: () =>
    text(
      "la pièce (la référence de l'écriture) est vide : écrivez-la, la même sur chaque ligne de l'écriture",
      'the piece (the entry reference) is empty: write it, the same on each row of the entry',
    ),
  // Amount cells
  amountWrongMark: (cell: string, mark: string, both: boolean) =>
    both
      ? text(
          `le montant « ${cell} » n'est pas un nombre écrit avec le séparateur décimal du fichier « ${mark} » : les milliers ne se séparent que par des espaces, par exemple 1 234${mark}56`,
          `amount "${cell}" is not a number written with the file's decimal mark "${mark}": thousands are separated by spaces only, e.g. 1 234${mark}56`,
        )
      : text(
          `le montant « ${cell} » n'est pas un nombre écrit avec le séparateur décimal du fichier « ${mark} »`,
          `amount "${cell}" is not a number written with the file's decimal mark "${mark}"`,
        ),
  amountNotANumber: (cell: string, mark: string) =>
    text(
      `le montant « ${cell} » n'est pas un nombre : écrivez-le en chiffres avec le séparateur décimal « ${mark} », par exemple 1234${mark}50`,
      `amount "${cell}" is not a number: write it with digits and the decimal mark "${mark}", e.g. 1234${mark}50`,
    ),
  amountOtherMark: (cell: string, other: string, mark: string, fixed: string) =>
    text(
      `le montant « ${cell} » utilise « ${other} » alors que le séparateur décimal de ce fichier est « ${mark} » (établi par ses autres montants) : écrivez ${fixed}`,
      `amount "${cell}" uses "${other}" but this file's decimal mark is "${mark}" (settled by its other amounts): write it as ${fixed}`,
    ),
  tooManyDecimals: (cell: string) =>
    text(
      `le montant « ${cell} » a plus de deux décimales : les montants sont en euros et centimes ; arrondissez-le au centime, comme il a été payé`,
      `amount "${cell}" has more than two decimals: amounts are in euros and cents; write it rounded to the cent, as booked`,
    ),
  markWithoutDigits: (cell: string) =>
    text(
      `le montant « ${cell} » finit par un séparateur décimal sans chiffres après : ajoutez les centimes ou retirez le séparateur`,
      `amount "${cell}" ends with a decimal mark and no digits`,
    ),
  // Accounts against the chart
  accountNotDigits: (account: string, suggestion: Text) =>
    text(
      `le compte « ${account} » n'est pas un numéro de compte : les comptes s'écrivent en chiffres${suggestion.fr}`,
      `account "${account}" is not an account number: accounts are written with digits${suggestion.en}`,
    ),
  headingAccount: (account: string, isClass: boolean, under: string) =>
    text(
      `le compte ${account} est ${isClass ? 'une classe' : 'une rubrique à deux chiffres'} du plan, pas un compte : imputez sur l'un de ses comptes (${under})`,
      `account ${account} is a ${isClass ? 'class' : 'two-digit heading'} of the chart, not an account: post to one of its accounts (${under})`,
    ),
  extendsNoAccount: (account: string, suggestion: Text) =>
    text(
      `le compte ${account} ne prolonge aucun compte du plan comptable des associations${suggestion.fr}`,
      `account ${account} extends no account of the PCA chart${suggestion.en}`,
    ),
  didYouMean: (accounts: string) => text(` ; vouliez-vous dire ${accounts} ?`, `; did you mean ${accounts}?`),
  seeTheChart: () => text(' ; `asso accounts` liste le plan comptable', '; `asso accounts` lists the chart'),
  // asso.json and accounts.csv
  configNotJson: (detail: string) =>
    text(`asso.json n'est pas du JSON valide : ${detail}`, `asso.json is not valid JSON: ${detail}`),
  noConfig: () =>
    text(
      "pas de asso.json : ce dossier n'est pas une comptabilité (créez-en une avec `asso init <dossier>`)",
      'no asso.json: this folder is not a ledger (create one with `asso init <dir>`)',
    ),
  configFiscalYearStart: (start: string) =>
    text(
      `asso.json : « fiscalYearStart » s'écrit MM-JJ (par exemple « 09-01 »), pas ${start}`,
      `asso.json: "fiscalYearStart" must be MM-DD (e.g. "09-01"), not ${start}`,
    ),
  configCurrency: () =>
    text(
      "asso.json : « currency » doit valoir « EUR » : les comptes d'une association française sont tenus en euros",
      'asso.json: "currency" must be "EUR": the books of a French association are kept in euros',
    ),
  configBanks: () =>
    text(
      'asso.json : « banks » s\'écrit {"512100": {"iban": "FR76…"}}',
      'asso.json: "banks" must be {"512100": {"iban": "FR76…"}}',
    ),
  configBank: (account: string) =>
    text(
      `asso.json : « banks » : chaque entrée est un numéro de compte avec {"iban": "FR76…"} ou {"number": "…"}, pas « ${account} »`,
      `asso.json: "banks": each entry is an account number with {"iban": "FR76…"} or {"number": "…"}, not "${account}"`,
    ),
  configReference: (choices: string) =>
    text(
      `asso.json : « reference » doit être l'un de ${choices} (ou absent : chaque exercice prend alors le référentiel de sa date de début)`,
      `asso.json: "reference" must be one of ${choices} (or left out: each fiscal year then takes the set of its start date)`,
    ),
  accountsColumns: (found: string) =>
    text(
      `accounts.csv doit avoir les colonnes « number,label » (colonnes trouvées : ${found})`,
      `accounts.csv needs the columns "number,label" (columns found: ${found})`,
    ),
  emptyLabel: (account: string) =>
    text(
      `le compte ${account} n'a pas de libellé : écrivez son nom dans la colonne label`,
      `account ${account} has no label: write its name in the label column`,
    ),
  // assertions.csv
  assertionsColumns: (column: string, found: string) =>
    text(
      `assertions.csv doit avoir les colonnes date,account,balance ; « ${column} » manque (colonnes trouvées : ${found})`,
      `assertions.csv needs the columns date,account,balance; "${column}" is missing (columns found: ${found})`,
    ),
  assertionDate: (problem: Text) =>
    text(
      `${problem.fr} : la date d'un solde est celle du relevé bancaire`,
      `${problem.en}: the date of a balance is the day of the bank statement`,
    ),
  assertionEmptyAccount: () =>
    text(
      'le compte est vide : écrivez le numéro de compte (512100) ou un préfixe (512)',
      'the account is empty: write the account number (512100) or a prefix (512)',
    ),
  assertionBadAccount: (account: string) =>
    text(
      `« ${account} » n'est ni un numéro de compte ni un préfixe : écrivez des chiffres, par exemple 512100 ou 512`,
      `account "${account}" is not an account number or prefix: write digits, such as 512100 or 512`,
    ),
  assertionEmptyBalance: () =>
    text(
      'le solde est vide : écrivez le solde du relevé (négatif pour un découvert)',
      'the balance is empty: write the balance the statement shows (negative for an overdraft)',
    ),
  swallowedRows: (first: number, last: number) =>
    text(
      `un champ entre guillemets s'ouvre sur cette ligne et n'y est pas fermé : il avale les lignes ${lines(first, last)}, qui se lisent pourtant comme des lignes d'écriture ; ajoutez le guillemet fermant (") sur cette ligne ou supprimez le guillemet ouvrant`,
      `a quoted field opens on this line and is not closed on it: it swallows lines ${lines(first, last)}, which read as rows of their own; add the closing quote (") on this line or remove the opening one`,
    ),
  mixedLineEnds: (first: number, last: number, eol: string) =>
    text(
      `cette ligne et les lignes ${lines(first, last)} sont lues comme une seule, car le fichier mélange les fins de ligne (ses lignes finissent par ${eolName(eol)}, d'autres non) : enregistrez-le avec une seule sorte de fin de ligne (« Convertir les fins de ligne » de votre éditeur)`,
      `this line and lines ${lines(first, last)} are read as one, because the file mixes line ends (its lines end with ${eolName(eol)}, some do not): save it with one kind of line end (your editor's "convert line endings")`,
    ),
  duplicateColumn: (name: string, first: number, second: number) =>
    text(
      `la colonne « ${name} » figure deux fois dans l'en-tête (colonnes ${first} et ${second}) : supprimez ou renommez l'une des deux, sinon l'une serait ignorée`,
      `the column "${name}" appears twice in the header (columns ${first} and ${second}): remove or rename one of them, else one would be ignored`,
    ),
  unnamedColumn: (position: number, value: string) =>
    text(
      `la colonne ${position} n'a pas de nom dans l'en-tête mais cette ligne y porte « ${value} » : nommez la colonne dans l'en-tête, ou videz la cellule`,
      `column ${position} has no name in the header but this row holds "${value}" in it: name the column in the header, or empty the cell`,
    ),
  mixedEncoding: (lines: readonly number[]) => {
    const shown = lines.slice(0, 8).join(', ');
    const more = Math.max(0, lines.length - 8);
    return text(
      `ce fichier est en UTF-8 mais des octets isolés n'en sont pas (${lines.length === 1 ? 'ligne' : 'lignes'} ${shown}${more ? ` et ${more} autres` : ''}) : ils sont lus en Windows-1252 ; vérifiez ces accents et enregistrez le fichier en UTF-8`,
      `this file is UTF-8 but stray bytes are not (${lines.length === 1 ? 'line' : 'lines'} ${shown}${more ? ` and ${more} more` : ''}): they are read as Windows-1252; check those accents and save the file as UTF-8`,
    );
  },
  utf16: () =>
    text(
      `ce fichier est en UTF-16, pas en UTF-8 : enregistrez-le en « CSV UTF-8 » (Excel : Enregistrer sous > CSV UTF-8 ; LibreOffice : jeu de caractères Unicode (UTF-8))`,
      `this file is UTF-16, not UTF-8: save it as "CSV UTF-8" (Excel: Save As > CSV UTF-8; LibreOffice: character set Unicode (UTF-8))`,
    ),
  notAFile: (kind: string) =>
    text(
      `ce n'est pas un fichier ordinaire mais ${kindFr(kind)} : il n'est pas lu ; sortez-le du dossier journal/`,
      `this is not a regular file but ${kind}: it is not read; move it out of the journal/ folder`,
    ),
  unreadableFolder: (why: string) =>
    text(
      `ce dossier ne peut pas être lu (${whyFr(why)}) : ses journaux ne sont pas lus ; corrigez ses droits`,
      `this folder cannot be read (${why}): its journals are not read; fix its permissions`,
    ),
  unreadableConfig: (why: string) =>
    text(
      `asso.json ne peut pas être lu (${whyFr(why)}) : corrigez ses droits ou remplacez-le`,
      `asso.json cannot be read (${why}): fix its permissions or replace it`,
    ),
  configNotObject: () =>
    text(
      'asso.json doit contenir un objet JSON : {"name": "…", "fiscalYearStart": "01-01"}',
      'asso.json must hold a JSON object: {"name": "…", "fiscalYearStart": "01-01"}',
    ),
  configString: (key: string) =>
    text(`asso.json : "${key}" doit être un texte entre guillemets`, `asso.json: "${key}" must be a text in quotes`),
  configJournals: (key: string) =>
    text(
      `asso.json : "journals" associe chaque code à son nom en texte (ex. {"BQ": "Banque"}), or "${key}" n'a pas de nom en texte`,
      `asso.json: "journals" maps each code to its name as text (e.g. {"BQ": "Banque"}), but "${key}" has no text name`,
    ),
  configFirstYear: (detail: string) =>
    text(
      `asso.json : "firstYear" doit être {"start": "AAAA-MM-JJ", "end": "AAAA-MM-JJ"}, deux dates réelles, le début avant la fin (${detail})`,
      `asso.json: "firstYear" must be {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, two real dates, the start before the end (${detail})`,
    ),
  configUnknownKey: (key: string, known: string) =>
    text(
      `asso.json : la clé "${key}" est inconnue et ignorée (clés connues : ${known}) ; vérifiez son orthographe`,
      `asso.json: the key "${key}" is unknown and ignored (known keys: ${known}); check its spelling`,
    ),
  badTime: (cell: string) =>
    text(
      `« ${cell} » porte une heure impossible : écrivez la date seule (AAAA-MM-JJ ou JJ/MM/AAAA), ou une heure de 00:00 à 23:59:59`,
      `"${cell}" holds an impossible time: write the date alone (YYYY-MM-DD or DD/MM/YYYY), or a time from 00:00 to 23:59:59`,
    ),
  yearOutOfRange: (cell: string, min: number, max: number) =>
    text(
      `« ${cell} » est hors des années acceptées (${min} à ${max}) : corrigez l'année`,
      `"${cell}" is outside the years accepted (${min} to ${max}): correct the year`,
    ),
  yearOption: (flag: string, value: string, min: number, max: number) =>
    text(
      `${flag} prend une année de ${min} à ${max}, comme 2024, pas « ${value} »`,
      `${flag} takes a year from ${min} to ${max}, such as 2024, not "${value}"`,
    ),
} as const;

function eolName(eol: string): string {
  return eol === '\r\n' ? 'CRLF' : eol === '\r' ? 'CR' : 'LF';
}

function kindFr(kind: string): string {
  return (
    {
      'a named pipe (FIFO)': 'un tube nommé (FIFO)',
      'a device': 'un périphérique',
      'a socket': 'une socket',
      'a folder': 'un dossier',
    }[kind] ?? kind
  );
}

/** The French of the reasons `whyUnreadable` gives. */
export function whyFr(why: string): string {
  return (
    {
      'permission denied': 'permission refusée',
      'it is a folder, not a file': "c'est un dossier, pas un fichier",
      'it no longer exists': "il n'existe plus",
      'it is a link that leads nowhere (a loop or a missing target)':
        'c’est un lien qui ne mène nulle part (une boucle ou une cible absente)',
      'it is not a folder': "ce n'est pas un dossier",
    }[why] ?? why
  );
}

/** A message with words around it, in both languages (`--date: …`). */
export function around(before: string, message: Text, after: Text = text('', '')): Text {
  return text(`${before}${message.fr}${after.fr}`, `${before}${message.en}${after.en}`);
}
