// Messages of `asso import bank`: reading bank files, import-rules.csv, the import itself.
import { euros } from './number.js';
import { text } from './text.js';
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
  badRuleAccount: (account: string, why: string) =>
    text(`compte ${account} refusé : ${why}`, `account ${account} refused: ${why}`),
  badShare: (value: string) =>
    text(
      `part « ${value} » : écrivez un pourcentage (80%), un montant fixe (2.50), ou rien pour le reste`,
      `share "${value}": write a percentage (80%), a fixed amount (2.50), or nothing for the rest`,
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
      'ventilation sans ligne pour le reste : ses parts doivent être des pourcentages totalisant 100 %',
      'a split without a row for the rest: its shares must be percentages adding up to 100%',
    ),

  // The import.
  sealedYear: (year: number, date: string) =>
    text(
      `opération du ${date} absente des livres, dans l'exercice ${year} déjà clôturé : elle ne peut pas y être ajoutée ; rien n'est importé (retirez-la du fichier ou passez-la dans un exercice ouvert)`,
      `transaction of ${date} not in the books, in fiscal year ${year}, already closed: it cannot be added there; nothing is imported (remove it from the file or book it in an open year)`,
    ),
};
