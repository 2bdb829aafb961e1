// What each stable diagnostic code means and how to fix it, in one line (docs/codes.md is made from it).
import { type Text, text } from './text.js';

export const codeMeanings: Readonly<Record<string, Text>> = {
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
};
