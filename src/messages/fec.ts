// What the FEC export and import say (the fichier des écritures comptables handed to an auditor).
import { euros } from './number.js';
import { text } from './text.js';

export const fecMessages = {
  closingEntry: (entry: string) =>
    text(
      `l'écriture ${entry} solde les classes 6 et 7 sur le 120/129 : un FEC ne la contient jamais, elle est laissée de côté`,
      `entry ${entry} closes classes 6 and 7 into 120/129: a FEC never holds it, it is left out`,
    ),
  openYear: (year: number) =>
    text(
      `l'exercice ${year} n'est pas clôturé : ses écritures peuvent encore changer, et la ValidDate du FEC est la date de chaque écriture ; clôturez l'exercice (asso close) avant de remettre le fichier`,
      `fiscal year ${year} is not closed: its entries may still change, and the FEC's ValidDate is each entry's date; close the year (asso close) before handing the file over`,
    ),
  noSiren: (fileName: string) =>
    text(
      `pas de SIREN (« siren » dans asso.json, ou --siren) : le fichier s'appelle ${fileName}, pas <SIREN>FEC<date>.txt comme l'attend un contrôleur`,
      `no SIREN (asso.json "siren" or --siren): the file is named ${fileName}, not <SIREN>FEC<date>.txt as an auditor expects`,
    ),
  resultDiffers: (classes67: bigint, result: bigint) =>
    text(
      `les classes 6 et 7 du FEC font ${euros(classes67, 'fr')} mais le résultat de l'exercice est de ${euros(result, 'fr')}`,
      `the FEC's classes 6 and 7 net to ${euros(classes67, 'en')} but the year's result is ${euros(result, 'en')}`,
    ),
  // asso export fec, asso import fec
  badSiren: (siren: string) =>
    text(
      `--siren attend les 9 chiffres du SIREN de l'association, pas « ${siren} »`,
      `--siren takes the association's 9-digit SIREN, not "${siren}"`,
    ),
  nothingToExport: () =>
    text(
      "la comptabilité n'a encore aucune écriture : il n'y a rien à exporter",
      'the ledger has no entries yet: there is nothing to export',
    ),
  written: (year: number, file: string, entries: number, rows: number) =>
    text(
      `FEC ${year} : ${file} (${entries} écritures, ${rows} lignes)`,
      `FEC ${year}: ${file} (${entries} entries, ${rows} rows)`,
    ),
  noSuchFile: (file: string) => text(`fichier introuvable : ${file}`, `no such file: ${file}`),
  importHasErrors: (file: string) =>
    text(`${file} a des erreurs : rien n'a été importé`, `${file} has errors: nothing was imported`),
  importSpansYears: (file: string, years: string) =>
    text(
      `${file} couvre les exercices ${years} : un FEC ne contient qu'un exercice ; rien n'a été importé`,
      `${file} spans the fiscal years ${years}: a FEC holds one year: nothing was imported`,
    ),
  importEmpty: (file: string) =>
    text(`${file} ne contient aucune écriture : rien n'a été importé`, `${file} holds no entry: nothing was imported`),
  importExists: (target: string) =>
    text(`${target} existe déjà : rien n'a été importé`, `${target} already exists: nothing was imported`),
  importClosed: (year: number) =>
    text(
      `l'exercice ${year} est clôturé dans cette comptabilité : rien n'a été importé`,
      `fiscal year ${year} is closed in this ledger: nothing was imported`,
    ),
  imported: (entries: number, rows: number, target: string, added: number) =>
    text(
      `${entries} écritures (${rows} lignes) importées dans ${target}${added ? ` ; ${added} compte(s) ajouté(s) à accounts.csv` : ''}`,
      `${entries} entries (${rows} rows) imported into ${target}${added ? `; ${added} account(s) added to accounts.csv` : ''}`,
    ),
  wouldFailCheck: (file: string, errors: number) =>
    text(
      `asso: avec ${file}, le dossier comptable aurait ${errors} erreur(s) (ci-dessus) : rien n'a été importé`,
      `asso: with ${file}, the ledger would have ${errors} error(s) (above): nothing was imported`,
    ),
  accountsNotAppendable: (file: string) =>
    text(
      `${file} ne peut pas recevoir les comptes du FEC sans changer ce qui y est déjà (encodage) : ajoutez-les à la main`,
      `${file} cannot take the FEC's accounts without changing what is there (its encoding): add them by hand`,
    ),
} as const;
