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
} as const;
