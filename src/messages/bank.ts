// Messages of `asso import bank`: reading bank files, import-rules.csv, the import itself.
import { euros } from './number.js';
import { type Text, text } from './text.js';
import type { Cents } from '../money.js';

const both = (cents: Cents) => ({ fr: euros(cents, 'fr'), en: euros(cents, 'en') });

export const bankMessages = {
  // Reading a statement.
  notText: () =>
    text(
      "ce fichier n'est pas un relevé texte (vide ou binaire) : exportez le relevé de la banque en CSV, OFX, QIF ou CFONB 120",
      'this file is not a text statement (empty or binary): export the statement from the bank as CSV, OFX, QIF or CFONB 120',
    ),
  unknownLayout: (columns: string) =>
    text(
      `présentation de relevé non reconnue (colonnes trouvées : ${columns}) : \`asso import bank --formats\` liste les banques reconnues ; pour un autre fichier, nommez ses colonnes avec --columns date=…,label=…,amount=… (ou debit=…,credit=…), par nom d'en-tête ou numéro de colonne`,
      `statement layout not recognised (columns found: ${columns}): \`asso import bank --formats\` lists the banks recognised; for another file, name its columns with --columns date=…,label=…,amount=… (or debit=…,credit=…), by header name or column number`,
    ),
  columnsNotFound: (columns: string) =>
    text(
      `les colonnes de --columns ne sont pas dans ce fichier (colonnes trouvées : ${columns}) : nommez-les comme l'en-tête les écrit, ou par leur numéro (1 pour la première)`,
      `the columns of --columns are not in this file (columns found: ${columns}): name them as the header writes them, or by number (1 for the first)`,
    ),
  badColumnsPart: (part: string) =>
    text(
      `--columns : « ${part} » n'est pas de la forme clé=colonne (clés : date, label, amount, debit, credit, ref, balance ; colonne : nom d'en-tête ou numéro à partir de 1)`,
      `--columns: "${part}" is not key=column (keys: date, label, amount, debit, credit, ref, balance; column: a header name or a number from 1)`,
    ),
  incompleteColumns: () =>
    text(
      '--columns doit nommer date, label et soit amount (montant signé), soit debit et credit, par exemple --columns date=Date,label=Libellé,amount=Montant',
      '--columns must name date, label and either amount (a signed amount) or debit and credit, e.g. --columns date=Date,label=Label,amount=Amount',
    ),
  csvSyntax: (detail: string) => text(`ligne CSV illisible : ${detail}`, `unreadable CSV line: ${detail}`),
  badDate: (cell: string) =>
    text(
      `« ${cell} » n'est pas une date : le relevé doit donner JJ/MM/AAAA, AAAA-MM-JJ ou AAAAMMJJ ; corrigez la ligne ou réexportez le relevé`,
      `"${cell}" is not a date: the statement must give DD/MM/YYYY, YYYY-MM-DD or YYYYMMDD; fix the line or export the statement again`,
    ),
  badAmount: (cell: string) =>
    text(
      `« ${cell} » n'est pas un montant : corrigez la ligne ou réexportez le relevé`,
      `"${cell}" is not an amount: fix the line or export the statement again`,
    ),
  zeroLine: (line: number, label: string) =>
    text(
      `ligne ${line} (« ${label} ») : montant nul, rien à comptabiliser`,
      `line ${line} ("${label}"): zero amount, nothing to book`,
    ),
  runningBalanceJump: (previousLine: number, expected: Cents, found: Cents) =>
    text(
      `le solde de cette ligne (${both(found).fr}) ne suit pas celui de la ligne ${previousLine} et le montant (attendu ${both(expected).fr}) : relevé tronqué ou incomplet ? Réexportez-le ; rien n'est importé`,
      `this line's balance (${both(found).en}) does not follow line ${previousLine}'s and the amount (expected ${both(expected).en}): a truncated or partial statement? Export it again; nothing is imported`,
    ),
  badOfxDate: (value: string) =>
    text(`DTPOSTED « ${value} » n'est pas une date AAAAMMJJ`, `DTPOSTED "${value}" is not a YYYYMMDD date`),
  badOfxBalance: () => text('LEDGERBAL sans BALAMT ou DTASOF lisible', 'LEDGERBAL without a readable BALAMT or DTASOF'),
  noOfxLines: () =>
    text(
      "ce fichier OFX ne contient aucune opération (STMTTRN) : exportez une période qui en a, ou vérifiez que le téléchargement n'a pas été coupé",
      'this OFX file holds no transaction (STMTTRN): export a period that has some, or check that the download was not cut',
    ),
  noQifLines: () =>
    text(
      'ce fichier QIF ne contient aucune opération bancaire (!Type:Bank) : exportez une période qui en a',
      'this QIF file holds no bank transaction (!Type:Bank): export a period that has some',
    ),
  severalAccounts: (ids: readonly string[]) =>
    text(
      `ce fichier couvre plusieurs comptes (${ids.join(', ')}) : exportez un fichier par compte`,
      `this file covers several accounts (${ids.join(', ')}): export one file per account`,
    ),
  qifOrderAssumed: (order: string) =>
    text(
      `aucun jour au-delà de 12 dans les dates du QIF : lues ${order}/AA ; vérifiez les dates proposées`,
      `no day above 12 in the QIF's dates: read as ${order === 'JJ/MM' ? 'DD/MM' : 'MM/DD'}/YY; check the dates proposed`,
    ),
  qifOrderContradicts: () =>
    text(
      'les dates de ce QIF mêlent jour/mois et mois/jour (un jour au-delà de 12 en première et en deuxième position) : réexportez-le',
      'the dates of this QIF mix day/month and month/day (a value above 12 first and second): export it again',
    ),
  cfonbLength: (length: number) =>
    text(
      `enregistrement CFONB de ${length} caractères au lieu de 120 : fichier abîmé ou d'un autre format ; réexportez-le`,
      `CFONB record of ${length} characters instead of 120: a damaged file or another format; export it again`,
    ),
  cfonbFlatLength: (length: number) =>
    text(
      `fichier CFONB sans fin de ligne de ${length} caractères, pas un multiple de 120 : fichier tronqué ? réexportez-le`,
      `CFONB file without line breaks of ${length} characters, not a multiple of 120: truncated? export it again`,
    ),
  inRecord: (record: number, message: { fr: string; en: string }) =>
    text(`enregistrement ${record} : ${message.fr}`, `record ${record}: ${message.en}`),
  cfonbOrphan: () =>
    text(
      'enregistrement 05 (complément de libellé) sans mouvement 04 avant lui',
      'record 05 (label complement) without a movement 04 before it',
    ),
  cfonbCode: (code: string) =>
    text(
      `code d'enregistrement « ${code} » inconnu : un relevé CFONB 120 n'a que 01, 04, 05 et 07`,
      `unknown record code "${code}": a CFONB 120 statement has only 01, 04, 05 and 07`,
    ),
  cfonbBalances: (openingLine: number, opening: Cents, moved: Cents, closing: Cents) =>
    text(
      `le nouveau solde (07) ${both(closing).fr} n'est pas l'ancien solde (01, ligne ${openingLine}) ${both(opening).fr} plus les mouvements ${both(moved).fr} : relevé incomplet ; rien n'est importé`,
      `the new balance (07) ${both(closing).en} is not the old balance (01, line ${openingLine}) ${both(opening).en} plus the movements ${both(moved).en}: a partial statement; nothing is imported`,
    ),

  // import-rules.csv.
  rulesColumnMissing: (column: string, found: string) =>
    text(
      `import-rules.csv doit avoir la colonne « ${column} » (colonnes trouvées : ${found}) : en-tête match,amount,direction,account,label,journal,aux,analytic,share`,
      `import-rules.csv needs the column "${column}" (columns found: ${found}): header match,amount,direction,account,label,journal,aux,analytic,share`,
    ),
  badRegex: (match: string, why: string) =>
    text(`expression régulière ${match} invalide : ${why}`, `invalid regular expression ${match}: ${why}`),
  badRuleAmount: (value: string) =>
    text(
      `montant « ${value} » : écrivez un montant (12.50) ou une fourchette (10..20, ..20, 100..)`,
      `amount "${value}": write an amount (12.50) or a range (10..20, ..20, 100..)`,
    ),
  badDirection: (value: string) =>
    text(`sens « ${value} » : écrivez in (entrée) ou out (sortie)`, `direction "${value}": write in or out`),
  emptyRuleAccount: () =>
    text(
      'le compte est vide : écrivez le compte de contrepartie (706, 6226…)',
      'the account is empty: write the counterpart account (706, 6226…)',
    ),
  badRuleAccount: (account: string, why: Text) =>
    text(`compte ${account} refusé : ${why.fr}`, `account ${account} refused: ${why.en}`),
  badShare: (value: string) =>
    text(
      `part « ${value} » : écrivez un pourcentage (80%), un montant fixe (2.50), négatif pour le côté de la banque (-2.50 : une commission retenue), ou rien pour le reste`,
      `share "${value}": write a percentage (80%), a fixed amount (2.50), negative for the bank's side (-2.50: a fee withheld), or nothing for the rest`,
    ),
  shareAlone: () =>
    text(
      "une part (share) n'a de sens que sur plusieurs lignes consécutives de même match, amount et direction (une ventilation)",
      'a share only means something on several consecutive rows with the same match, amount and direction (a split)',
    ),
  twoRests: () =>
    text(
      'ventilation avec plusieurs lignes sans part : une seule prend le reste',
      'a split with several rows without a share: only one takes the rest',
    ),
  sharesNot100: () =>
    text(
      'ventilation sans ligne pour le reste (sans part) : ses parts doivent être des pourcentages positifs totalisant 100 %',
      'a split without a row for the rest (no share): its shares must be positive percentages adding up to 100%',
    ),

  // The import.
  sealedYear: (year: number, date: string) =>
    text(
      `opération du ${date} absente des livres, dans l'exercice ${year} déjà clôturé : elle ne peut pas y être ajoutée ; rien n'est importé (retirez-la du fichier ou passez-la dans un exercice ouvert)`,
      `transaction of ${date} not in the books, in fiscal year ${year}, already closed: it cannot be added there; nothing is imported (remove it from the file or book it in an open year)`,
    ),

  noBankAccount: (id: string | undefined) =>
    text(
      `quel compte de banque ? ${id ? `le relevé est celui du compte ${id}, qu'aucune entrée "banks" d'asso.json ne nomme` : 'le relevé ne dit pas son compte'} : passez --account 512…, ou ajoutez à asso.json "banks": {"512100": {"iban": "FR76…"}}`,
      `which bank account? ${id ? `the statement is for account ${id}, which no "banks" entry of asso.json names` : 'the statement does not name its account'}: pass --account 512…, or add to asso.json "banks": {"512100": {"iban": "FR76…"}}`,
    ),
  badAccountOption: (account: string, why: Text) =>
    text(`--account ${account} : ${why.fr}`, `--account ${account}: ${why.en}`),
  noFiles: () =>
    text(
      'nommez le ou les relevés à importer : asso import bank releve.csv (`asso import bank --formats` liste les formats reconnus)',
      'name the statement files to import: asso import bank statement.csv (`asso import bank --formats` lists the formats recognised)',
    ),
  booksHaveErrors: () =>
    text(
      "les livres ont des erreurs : corrigez-les d'abord (`asso check`), rien n'est importé",
      'the books have errors: fix them first (`asso check`); nothing is imported',
    ),
  rulesRefused: () =>
    text("import-rules.csv a des erreurs : rien n'est importé", 'import-rules.csv has errors: nothing is imported'),
  nothingImported: () => text("rien n'est importé ni écrit", 'nothing is imported or written'),
  notAnImportFile: (file: string) =>
    text(
      `${file} existe mais n'a pas l'en-tête d'un fichier d'import (date,journal,piece,account,label,debit,credit,aux,analytic,bank_ref) : renommez-le ; rien n'est écrit`,
      `${file} exists but does not have the header of an import file (date,journal,piece,account,label,debit,credit,aux,analytic,bank_ref): rename it; nothing is written`,
    ),
  unreadable: (why: string) => text(`fichier illisible : ${why}`, `unreadable file: ${why}`),

  // The dry run and what was written.
  title: (write: boolean) =>
    write
      ? text('Relevés importés', 'Statements imported')
      : text('Relevés à importer (essai)', 'Statements to import (dry run)'),
  headers: () => ({
    where: text('Fichier:ligne', 'File:line'),
    date: text('Date', 'Date'),
    label: text('Libellé', 'Label'),
    amount: text('Montant', 'Amount'),
    status: text('Statut', 'Status'),
    rule: text('Règle', 'Rule'),
    piece: text('Pièce', 'Piece'),
    counterpart: text('Contrepartie', 'Counterpart'),
  }),
  status: (status: 'new' | 'duplicate' | 'probable' | 'pending') =>
    ({
      new: text('nouvelle', 'new'),
      duplicate: text('doublon', 'duplicate'),
      probable: text('déjà saisie ?', 'probable'),
      pending: text('à venir', 'pending'),
    })[status],
  ruleCell: (line: number) => text(`règle l.${line}`, `rule l.${line}`),
  transferCell: () => text('virement interne', 'internal transfer'),
  noRuleCell: () => text('aucune (471)', 'none (471)'),
  summary: (total: number, created: number, suspense: number, duplicates: number, probable: number, pending: number) =>
    text(
      `${total} ligne(s) : ${created} nouvelle(s) dont ${suspense} sur 471, ${duplicates} doublon(s) ignoré(s), ${probable} probablement déjà saisie(s), ${pending} à venir`,
      `${total} line(s): ${created} new of which ${suspense} on 471, ${duplicates} duplicate(s) skipped, ${probable} probably booked already, ${pending} pending`,
    ),
  suspenseLine: (where: string, date: string, label: string, amount: Cents) =>
    text(
      `471 : ${where} ${date} « ${label} » ${both(amount).fr} : aucune règle ; ajoutez-en une à import-rules.csv, ou passez ensuite l'écriture sur le bon compte`,
      `471: ${where} ${date} "${label}" ${both(amount).en}: no rule; add one to import-rules.csv, or move the entry to the right account afterwards`,
    ),
  probableLine: (where: string, date: string, amount: Cents, booked: string, journal: string, piece: string) =>
    text(
      `déjà saisie ? ${where} ${date} ${both(amount).fr} ressemble à ${journal} ${piece} (${booked}) : non importée ; --include-probable pour l'importer quand même`,
      `probable: ${where} ${date} ${both(amount).en} looks like ${journal} ${piece} (${booked}): not imported; --include-probable imports it anyway`,
    ),
  pendingLine: (where: string, date: string, label: string) =>
    text(
      `à venir : ${where} ${date} « ${label} » : pas encore comptabilisée par la banque, non importée`,
      `pending: ${where} ${date} "${label}": not yet booked by the bank, not imported`,
    ),
  balanceLine: (
    account: string,
    date: string,
    balance: Cents,
    status: 'new' | 'present' | 'conflict',
    existing?: Cents,
  ) =>
    status === 'new'
      ? text(
          `solde ${account} au ${date} : ${both(balance).fr} (ajouté à assertions.csv)`,
          `balance ${account} on ${date}: ${both(balance).en} (added to assertions.csv)`,
        )
      : status === 'present'
        ? text(
            `solde ${account} au ${date} : ${both(balance).fr} (déjà dans assertions.csv)`,
            `balance ${account} on ${date}: ${both(balance).en} (already in assertions.csv)`,
          )
        : text(
            `solde ${account} au ${date} : le relevé dit ${both(balance).fr}, assertions.csv dit ${both(existing ?? 0n).fr} : laissé tel quel, vérifiez`,
            `balance ${account} on ${date}: the statement says ${both(balance).en}, assertions.csv says ${both(existing ?? 0n).en}: left as it is, check it`,
          ),
  dryRunNote: () =>
    text(
      "essai : rien n'est écrit ; --write écrit ces écritures",
      'dry run: nothing is written; --write writes these entries',
    ),
  writtenNote: (file: string, entries: number) =>
    text(`écrit : ${file} (${entries} écriture(s) ajoutée(s))`, `written: ${file} (${entries} entr(y/ies) added)`),
  assertionsWritten: (file: string, count: number) =>
    text(`écrit : ${file} (${count} solde(s) ajouté(s))`, `written: ${file} (${count} balance(s) added)`),
  formatsTitle: () => text('Formats de relevés reconnus', 'Statement formats recognised'),
  formatsHeaders: () => ({
    id: text('Format', 'Format'),
    name: text('Banque', 'Bank'),
    header: text('Reconnu par', 'Recognised by'),
  }),
};
