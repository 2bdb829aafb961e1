// Messages of `asso projects`.
import { text } from './text.js';

export const projectMessages = {
  unknownProject: (year: number, project: string, known: readonly string[]) =>
    known.length
      ? text(
          `aucune écriture de l'exercice ${year} ne porte le projet « ${project} » : les projets sont ${known.join(', ')}`,
          `no posting of fiscal year ${year} has the project "${project}": the projects are ${known.join(', ')}`,
        )
      : text(
          `aucune écriture de l'exercice ${year} ne porte de projet : indiquez-le dans la colonne analytic`,
          `no posting of fiscal year ${year} has a project: tag postings in the analytic column`,
        ),
};
