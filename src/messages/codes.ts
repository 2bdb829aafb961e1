// What each stable diagnostic code means and how to fix it, in one line (docs/codes.md is made from it).
import { type Text, text } from './text.js';

export const codeMeanings = {
  'bad-siren': text(
    "le SIREN d'asso.json n'a pas 9 chiffres ou sa clé de contrôle (Luhn) est fausse ; recopiez-le de l'avis de situation Sirene",
    'the SIREN of asso.json is not 9 digits or fails its check digit (Luhn); copy it from the Sirene notice',
  ),
  'outlying-year': text(
    "des écritures sont datées après l'exercice en cours, ou d'une année séparée des autres par un trou : une faute de frappe dans l'année ? corrigez la date",
    'entries are dated after the fiscal year under way, or in a year cut off from the others by a gap: a typo in the year? correct the date',
  ),
  config: text(
    "asso.json manque, n'est pas du JSON, ou a un champ faux ; corrigez le champ nommé",
    'asso.json is missing, not JSON, or has a wrong field; fix the field named',
  ),
  'unreadable-file': text(
    'un fichier de la comptabilité ne peut pas être lu (un dossier nommé .csv, pas de droits) ; déplacez-le ou corrigez-le',
    'a file of the ledger cannot be read (a folder named .csv, no permission); move it away or fix it',
  ),
  'empty-file': text(
    "un fichier CSV est vide ; ajoutez la ligne d'en-tête, ou supprimez le fichier",
    'a CSV file has no content; add the header row, or delete the file',
  ),
  'binary-file': text(
    'un fichier .csv contient des données binaires (souvent un tableur enregistré en .xlsx) ; enregistrez-le en CSV',
    'a .csv file holds binary data (often a spreadsheet saved as .xlsx); save it as CSV',
  ),
  'not-csv': text(
    "la première ligne n'a pas de séparateur : ce n'est pas un journal CSV ; exportez-le en CSV avec une ligne d'en-tête",
    'the first line has no delimiter: not a CSV journal; export it as CSV with a header row',
  ),
  'unclosed-quote': text(
    "un champ entre guillemets n'est jamais fermé ; ajoutez le guillemet fermant ou retirez l'ouvrant",
    'a quoted field is never closed; add the closing quote or remove the opening one',
  ),
  'missing-column': text(
    "une colonne obligatoire manque dans la ligne d'en-tête (ligne 1) ; nommez-la comme le dit la documentation",
    'a required column is not in the header row (line 1); name it as docs/check.md says',
  ),
  'ragged-row': text(
    "une ligne a plus ou moins de champs que l'en-tête ; mettez entre guillemets un libellé qui contient le séparateur",
    'a row has more or fewer fields than the header; quote a label holding the delimiter',
  ),
  'empty-date': text(
    "la date est vide ; écrivez la date de l'écriture",
    'the date cell is empty; write the date of the entry',
  ),
  'bad-date': text(
    "la date n'est pas AAAA-MM-JJ, JJ/MM/AAAA ou AAAAMMJJ, ou n'existe pas (31/02) ; corrigez-la",
    'the date is not YYYY-MM-DD, DD/MM/YYYY or YYYYMMDD, or does not exist (31/02); correct it',
  ),
  'empty-journal': text('le code journal est vide ; écrivez BQ, OD, …', 'the journal code is empty; write BQ, OD, …'),
  'empty-piece': text(
    "la pièce (FEC : EcritureNum) est vide ; donnez sa référence à l'écriture",
    'the piece (FEC: EcritureNum) is empty; give the entry its reference',
  ),
  'empty-account': text(
    'le compte est vide ; écrivez le numéro de compte',
    'the account cell is empty; write the account number',
  ),
  'unknown-account': text(
    "le compte n'est pas en chiffres ou ne prolonge aucun compte du PCA ; prenez l'un des comptes proposés",
    'the account is not digits or extends no PCA account; use one of the accounts suggested',
  ),
  'heading-account': text(
    "une ligne sur une rubrique à deux chiffres (60, 51) ; imputez sur l'un de ses comptes",
    'a posting on a two-digit heading (60, 51); post to one of its accounts',
  ),
  'bad-amount': text(
    "un montant n'est pas un nombre (1e3, NaN, dix, 12,) ; écrivez des chiffres et le séparateur décimal",
    'an amount is not a number (1e3, NaN, dix, 12,); write digits and the decimal mark',
  ),
  'decimal-mark': text(
    "un montant utilise l'autre séparateur décimal que le reste de son fichier ; écrivez-le comme les autres",
    'an amount uses the other decimal mark than the rest of its file; write it like the others',
  ),
  'too-many-decimals': text(
    'un montant a plus de deux décimales ; arrondissez-le au centime, comme il a été payé',
    'an amount has more than two decimals; round it to the cent as booked',
  ),
  'debit-and-credit': text(
    'une ligne a à la fois un débit et un crédit ; scindez-la en deux lignes',
    'a row has both a debit and a credit; split it into two rows',
  ),
  'no-amount': text(
    "une ligne n'a ni débit ni crédit ; remplissez l'un des deux, ou supprimez la ligne",
    'a row has neither a debit nor a credit; fill one, or delete the row',
  ),
  'one-row-entry': text(
    "une écriture n'a qu'une ligne ; ajoutez sa contrepartie, ou corrigez la pièce de la ligne",
    'an entry has a single row; add its counterpart, or fix the piece of the row',
  ),
  'mixed-dates': text(
    "les lignes d'une écriture ont des dates différentes ; donnez-leur la date de l'écriture",
    'the rows of an entry have different dates; give them the date of the entry',
  ),
  unbalanced: text(
    'débits ≠ crédits dans une écriture (de combien, sur quelles lignes) ; corrigez les montants',
    'debits ≠ credits in an entry (by how much, on which lines); correct the amounts',
  ),
  'not-consecutive': text(
    "les lignes d'une écriture sont séparées par d'autres écritures ; regroupez-les, ou renumérotez",
    'the rows of an entry are separated by other entries; move them together, or renumber',
  ),
  'duplicate-piece': text(
    "le même journal et la même pièce deux fois dans un exercice (même dans deux fichiers) ; renumérotez l'une",
    'the same journal and piece twice in one fiscal year (across files too); renumber one',
  ),
  'volunteering-mixed': text(
    'une écriture mêle 86/87 (contributions en nature) et les classes 1 à 7 ; passez-les à part',
    'an entry mixes 86/87 (contributions en nature) with classes 1–7; book them apart',
  ),
  'opening-account': text(
    "le 890 est utilisé hors des écritures d'ouverture (AN), ou n'est pas soldé sur l'exercice ; corrigez les écritures",
    '890 used outside the opening entries (AN), or not netting to zero over the year; fix the entries',
  ),
  'empty-label': text(
    "un compte de accounts.csv n'a pas de libellé ; écrivez son nom",
    'an account of accounts.csv has no label; write its name',
  ),
  'bad-assertion': text(
    'une ligne de assertions.csv ne peut pas être lue (date, compte, solde) ; corrigez-la',
    'a row of assertions.csv cannot be read (date, account, balance); correct it',
  ),
  'assertion-failed': text(
    "le solde des comptes diffère de assertions.csv (de combien, depuis quelle écriture) ; retrouvez l'écriture",
    "the books' balance differs from assertions.csv (by how much, since which entry); find the entry",
  ),
  'account-not-declared': text(
    'un compte est utilisé mais absent de accounts.csv ; ajoutez-le avec son libellé',
    'an account is used but not listed in accounts.csv; add it with its label',
  ),
  'ambiguous-parent': text(
    'une ligne sur un compte parent dont les sous-comptes vont sur des lignes différentes (681, 754…) ; prenez un sous-compte',
    'a posting on a parent whose sub-accounts go to different lines (681, 754…); use a sub-account',
  ),
  'opening-mismatch': text(
    "un solde d'ouverture diffère du solde de clôture de l'exercice précédent ; corrigez les écritures AN",
    "an opening balance differs from the previous year's closing balance; correct the AN entries",
  ),
  'result-pending': text(
    "un résultat antérieur est encore au 120/129 ; passez l'affectation votée par l'assemblée",
    "an earlier result is still on 120/129; book the assembly's allocation",
  ),
  'suspense-not-nil': text(
    "le 471 (attente) ou le 58 (virements internes) n'est pas soldé en fin d'exercice ; soldez-le",
    '471 (suspense) or 58 (internal transfers) is not nil at year end; clear it',
  ),
  'not-a-file': text(
    "un nom .csv de journal/ n'est pas un fichier ordinaire (un tube FIFO, un périphérique) ; sortez-le du dossier",
    'a .csv name in journal/ is not a regular file (a FIFO, a device); move it out of the folder',
  ),
  'mixed-encoding': text(
    'un fichier UTF-8 contient des octets Windows-1252 isolés (lus comme tels) ; vérifiez ces accents, enregistrez-le en UTF-8',
    'a UTF-8 file holds stray Windows-1252 bytes (read as such); check those accents, save it as UTF-8',
  ),
  'duplicate-column': text(
    "l'en-tête nomme deux fois une colonne (Débit, Crédit, compte…, ou une colonne d'un budget) ; supprimez ou renommez l'une",
    'the header names a column twice (Débit, Crédit, compte…, or a column of a budget file); remove or rename one',
  ),
  'unnamed-column': text(
    "une ligne porte une valeur sous une colonne sans nom dans l'en-tête ; nommez la colonne ou videz la cellule",
    'a row holds a value under a column with no name in the header; name the column or empty the cell',
  ),
  'bad-recurring': text(
    'recurring.csv a un problème (une périodicité ou un jour faux, un modèle déséquilibré) ; corrigez la ligne nommée',
    'recurring.csv has a problem (a bad every or day, an unbalanced template); fix the line named',
  ),
  'transit-not-nil': text(
    "un compte de transit de l'exercice du plan 2025 n'est pas soldé en fin d'exercice ; réimputez-le en comptes d'exploitation, financiers ou exceptionnels",
    'an in-year transit account of the 2025 chart is not nil at year end; re-impute it to operating, financial or exceptional accounts',
  ),
  'account-abolished': text(
    "une ligne sur un compte que le référentiel de l'exercice a supprimé (PCA 2025) ; `asso migrate --to pca-2025` la réécrit",
    "a posting on an account the year's reference set abolished (PCA 2025); `asso migrate --to pca-2025` rewrites it",
  ),
  'csv-syntax': text(
    "une ligne n'est pas du CSV valide (un guillemet égaré, un champ cassé) ; corrigez la ligne",
    'a row is not valid CSV (a stray quote, a broken field); correct the row',
  ),
  'not-a-budget-account': text(
    "une ligne de budget sur un compte qui n'est pas de classe 6, 7 ou 86/87 ; budgétez seulement les comptes de produits et de charges",
    'a budget line on an account that is not of class 6, 7 or 86/87; budget income and expense accounts only',
  ),
  'bad-month-column': text(
    "une colonne de budget m13… au-delà des mois de l'exercice ; supprimez-la ou corrigez son nom",
    "a budget column m13… beyond the fiscal year's months; remove it or fix its name",
  ),
  'overlapping-budget': text(
    'deux lignes de budget couvrent le même compte (un préfixe et un compte dessous) ; fusionnez-les',
    'two budget lines cover the same account (a prefix and an account under it); merge them',
  ),
  'in-kind-unbalanced': text(
    "les contributions volontaires en nature du budget ne s'équilibrent pas (87 ≠ 86) ; égalisez ressources et emplois",
    "the budget's contributions volontaires en nature do not balance (87 ≠ 86); make resources equal uses",
  ),
  'incomplete-close': text(
    "une clôture a été interrompue (le fichier d'ouverture est écrit, le sceau ne l'est pas) ; relancez `asso close --year <A>`",
    'a close was interrupted (the opening file is written, the seal is not); run `asso close --year <Y>` again',
  ),
  'seal-broken': text(
    'locks/<A>.json ne peut pas être lu ou son empreinte ne correspond pas à son contenu ; restaurez-le depuis une sauvegarde',
    'locks/<Y>.json cannot be read or its fingerprint does not match its content; restore it from a backup',
  ),
  'seal-chain': text(
    "un sceau ne nomme pas le sceau de l'exercice précédent qu'il suit ; restaurez les sceaux depuis une sauvegarde",
    "a seal does not name the previous year's seal it follows; restore the seals from a backup",
  ),
  'sealed-year-changed': text(
    "des écritures d'un exercice clôturé diffèrent de son sceau (le résumé) ; restaurez-les, corrigez dans un exercice ouvert",
    'entries of a closed year differ from its seal (the summary); restore them, correct in an open year',
  ),
  'sealed-entry-added': text(
    'une écriture a été ajoutée à un exercice clôturé ; passez-la dans un exercice ouvert',
    'an entry was added to a closed year; book it in an open year',
  ),
  'sealed-entry-changed': text(
    "une écriture d'un exercice clôturé a été modifiée ; restaurez-la, et corrigez avec `asso reverse` dans un exercice ouvert",
    'an entry of a closed year was changed; restore it, and correct with `asso reverse` in an open year',
  ),
  'sealed-entry-removed': text(
    "une écriture d'un exercice clôturé manque ; restaurez-la",
    'an entry of a closed year is missing; restore it',
  ),
  'sealed-file-changed': text(
    "un fichier écrit par la clôture (les écritures d'ouverture) a été modifié ; restaurez ce que la clôture a écrit",
    'a file the close wrote (the opening entries) was changed; restore what the close wrote',
  ),
  'sealed-file-missing': text(
    "un fichier écrit par la clôture (les écritures d'ouverture) manque ; restaurez-le depuis une sauvegarde",
    'a file the close wrote (the opening entries) is missing; restore it from a backup',
  ),
  'fec-closing-entry': text(
    '`export fec` : une écriture qui solde les classes 6 et 7 vers 120/129 est laissée hors du FEC',
    '`export fec`: an entry closing classes 6 and 7 into 120/129 is left out of the FEC',
  ),
  'fec-open-year': text(
    "`export fec` : l'exercice n'est pas clôturé, ses écritures peuvent encore changer ; clôturez-le avant de remettre le fichier",
    '`export fec`: the year is not closed, so its entries may still change; close it before handing the file over',
  ),
  'fec-no-siren': text(
    "`export fec` : pas de SIREN (« siren » de asso.json ou --siren), le fichier n'est donc pas nommé <SIREN>FEC<date>.txt",
    '`export fec`: no SIREN (asso.json "siren" or --siren), so the file is not named <SIREN>FEC<date>.txt',
  ),
  'fec-result': text(
    "`export fec` : les classes 6 et 7 du FEC ne donnent pas le résultat de l'exercice",
    "`export fec`: the FEC's classes 6 and 7 do not net to the year's result",
  ),
  'receipts-config': text(
    '`asso recus` : le bloc « receipts » de asso.json manque ou a un champ faux ; corrigez le champ nommé',
    '`asso recus`: the "receipts" block of asso.json is missing or has a wrong field; fix the field named',
  ),
  'receipts-register': text(
    '`asso recus` : receipts/<A>.csv, le registre des numéros, ne peut pas être lu ; restaurez-le',
    '`asso recus`: receipts/<Y>.csv, the register of numbers, cannot be read; restore it',
  ),
  'donor-incomplete': text(
    '`asso recus` : il manque à donors.csv une colonne, un code de donateur, un nom ou une adresse, ou il nomme deux fois un donateur ; complétez-le',
    '`asso recus`: donors.csv lacks a column, a donor code, a name or an address, or names a donor twice; complete it',
  ),
  'unknown-donor': text(
    '`asso recus` : un don nomme un donateur (aux) absent de donors.csv ; ajoutez le donateur',
    '`asso recus`: a gift names a donor (aux) that donors.csv does not list; add the donor',
  ),
  'receipt-means': text(
    "`asso recus` : le moyen de paiement d'un don n'est pas l'un de ceux que le reçu connaît ; écrivez-en un connu",
    "`asso recus`: a gift's means of payment is not one the receipt knows; write a known one",
  ),
  'empty-amount': text(
    "une ligne de budget n'a pas de montant ; écrivez-le (0 pour une ligne budgétée à rien)",
    'a budget line has no amount; write it (0 for a line budgeted at nothing)',
  ),
  'negative-budget': text(
    'un montant ou un mois de budget est négatif ; les montants sont positifs dans le sens naturel du compte',
    "a budget amount or month is negative; amounts are positive in the account's natural direction",
  ),
  'months-not-adding-up': text(
    "les mois d'une ligne de budget ne font pas son montant ; corrigez un mois ou le montant",
    "a budget line's months do not add up to its amount; correct a month or the amount",
  ),
  'bad-asset': text(
    'une ligne de assets.csv ne peut pas être lue (date, montant, durée, compte) ; corrigez le champ nommé',
    'a row of assets.csv cannot be read (date, amount, years, account); correct the field named',
  ),
  'assets-mismatch': text(
    "le solde d'un compte d'immobilisation dans les comptes diffère du registre (assets.csv) ; passez la dotation ou corrigez le registre",
    "an asset account's balance in the books differs from the register (assets.csv); book the depreciation or correct the register",
  ),
} as const satisfies Readonly<Record<string, Text>>;
