// Messages of `asso receipts` (reçus fiscaux).
import { euros } from './number.js';
import { text } from './text.js';
import type { Cents } from '../money.js';

export const receiptMessages = {
  noConfig: () =>
    text(
      "asso.json n'a pas de bloc \"receipts\" : ajoutez l'objet de l'association, son statut (article 200 du CGI), son adresse et le signataire des reçus (voir docs/recus.md)",
      'asso.json has no "receipts" block: add the association\'s object, its status (article 200 of the CGI), its address and the receipts\' signatory (see docs/recus.md)',
    ),
  badConfig: (field: string) =>
    text(
      `asso.json, bloc "receipts" : le champ "${field}" manque ou n'est pas valable (voir docs/recus.md)`,
      `asso.json, "receipts" block: the field "${field}" is missing or not valid (see docs/recus.md)`,
    ),
  unknownMeans: (means: string) =>
    text(
      `moyen de paiement « ${means} » inconnu : écrivez espèces, chèque ou virement (virement, prélèvement ou carte)`,
      `unknown means of payment "${means}": write espèces, chèque or virement (transfer, direct debit or card)`,
    ),
  donorsMissingColumns: (columns: string) =>
    text(
      `donors.csv : colonnes manquantes (${columns}) ; l'en-tête attendu est aux,name,address,postcode,city`,
      `donors.csv: missing columns (${columns}); the header is aux,name,address,postcode,city`,
    ),
  donorWithoutCode: () =>
    text(
      "ce donateur n'a pas de code (colonne aux) : donnez-lui le code que portent ses dons dans les journaux",
      'this donor has no code (aux column): give it the code its gifts carry in the journals',
    ),
  donorMissing: (aux: string, fields: string) =>
    text(
      `le donateur ${aux} n'a pas ${fields} : un reçu fiscal doit les porter ; aucun reçu n'est émis pour lui`,
      `donor ${aux} has no ${fields}: a tax receipt must show them; no receipt is issued for this donor`,
    ),
  donorTwice: (aux: string, line: number) =>
    text(
      `le code donateur ${aux} figure déjà ligne ${line} : gardez une seule ligne`,
      `donor code ${aux} is already on line ${line}: keep one row`,
    ),
  unknownDonor: (aux: string, file: string) =>
    text(
      `don du donateur ${aux}, absent de ${file} : ajoutez-le (aux,name,address,postcode,city) ; aucun reçu n'est émis pour lui`,
      `gift of donor ${aux}, who is not in ${file}: add the donor (aux,name,address,postcode,city); no receipt is issued for this donor`,
    ),
  registerHeader: (header: string) =>
    text(
      `le registre des reçus doit commencer par l'en-tête ${header}`,
      `the receipts register must start with the header ${header}`,
    ),
  registerRow: () =>
    text(
      "ligne illisible du registre des reçus (numéro, donateur, montant, date d'émission, statut issued ou cancelled) : rétablissez-la depuis une sauvegarde",
      'unreadable row of the receipts register (number, donor, amount, issue date, status issued or cancelled): restore it from a backup',
    ),
  badYear: (value: string) =>
    text(
      `--year attend l'année civile des dons, par exemple 2025, et non « ${value} »`,
      `--year takes the calendar year of the gifts, such as 2025, not "${value}"`,
    ),
  written: (issued: number, cancelled: number, file: string) =>
    text(
      `${issued} reçu(s) émis, ${cancelled} annulé(s) : enregistré dans ${file}`,
      `${issued} receipt(s) issued, ${cancelled} cancelled: recorded in ${file}`,
    ),
  anonymous: (count: number, total: Cents) =>
    text(
      `${count} don(s) sans donateur (tronc, quête) pour ${euros(total, 'fr')} : pas de reçu`,
      `${count} gift(s) without a donor (collection box) for ${euros(total, 'en')}: no receipt`,
    ),
  summary: (year: number, count: number, total: Cents) =>
    text(
      `Reçus fiscaux ${year} en vigueur : ${count}, pour un total de ${euros(total, 'fr')} (article 222 bis du CGI)`,
      `Tax receipts ${year} in force: ${count}, for a total of ${euros(total, 'en')} (article 222 bis of the CGI)`,
    ),
  noReceipt: (year: number) =>
    text(`Aucun don ouvrant droit à reçu en ${year}.`, `No gift eligible for a receipt in ${year}.`),
};
