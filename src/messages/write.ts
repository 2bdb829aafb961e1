// Messages of writing files: the safe writer (src/write/), the ledger lock, appends.
import { text, type Text } from './text.js';

export const writeMessages = {
  folderMissing: () => text("son dossier n'existe pas", 'its folder does not exist'),
  permissionDenied: () => text('permission refusée', 'permission denied'),
  isFolder: () => text("c'est un dossier", 'it is a folder'),
  readOnly: () =>
    text(
      'le fichier est en lecture seule : asso ne le remplace pas (rendez-le modifiable, ou écrivez ailleurs)',
      'the file is read-only: asso does not replace it (make it writable, or write elsewhere)',
    ),
  symlinkLoop: () =>
    text('ce lien symbolique ne mène à aucun fichier (boucle)', 'this symbolic link leads to no file (a loop)'),
  cannotWrite: (reason: Text) =>
    text(`impossible d'écrire ce fichier : ${reason.fr}`, `cannot write this file: ${reason.en}`),
  locked: (lock: string, pid: number) =>
    text(
      `le dossier comptable est en cours de modification par une autre commande asso (processus ${pid}, verrou ${lock}) : attendez qu'elle se termine, puis relancez`,
      `the ledger is being changed by another asso command (process ${pid}, lock ${lock}): wait for it to finish, then run this again`,
    ),
  workingFolderTooDeep: () =>
    text(
      'le dossier courant est trop profond pour être lu (chemin trop long) : placez-vous plus haut, ou passez -L <dossier>',
      'the current folder is too deep to be read (its path is too long): move higher up, or pass -L <folder>',
    ),
  workingFolderGone: () =>
    text(
      "le dossier courant n'existe plus : placez-vous dans un dossier existant, ou passez -L <dossier>",
      'the current folder no longer exists: move into an existing folder, or pass -L <folder>',
    ),
};

export const closeFileMessages = {
  cannotAppend: (file: string, header: string) =>
    text(
      `${file} existe mais asso ne peut pas y ajouter de lignes sans changer ce qui y est déjà (colonnes autres que ${header}, ou caractères que son encodage ne sait pas écrire) : déplacez-le`,
      `${file} exists but asso cannot add rows to it without changing what is there (columns other than ${header}, or characters its encoding cannot write): move it away`,
    ),
};

export const sealMessages = {
  fingerprintUsage: (given: string) =>
    text(
      `--fingerprint prend l'empreinte SHA-256 publiée (64 chiffres hexadécimaux), pas « ${given} »`,
      `--fingerprint takes the published SHA-256 fingerprint (64 hexadecimal digits), not "${given}"`,
    ),
  fingerprintNeedsYear: () =>
    text(
      "--fingerprint a besoin de l'exercice dont l'empreinte a été publiée : asso check --year 2011 --fingerprint …",
      '--fingerprint needs the fiscal year whose fingerprint was published: asso check --year 2011 --fingerprint …',
    ),
  noSeal: (year: number) =>
    text(
      `asso: l'exercice ${year} n'a pas de sceau (locks/${year}.json) : il n'est pas clôturé dans ce dossier, ou son sceau a été retiré ; rien ne peut être comparé à l'empreinte publiée`,
      `asso: fiscal year ${year} has no seal (locks/${year}.json): it is not closed in this folder, or its seal was removed; nothing can be compared with the published fingerprint`,
    ),
  fingerprintMatches: (year: number, fingerprint: string, errors: number) =>
    errors
      ? text(
          `asso: le sceau de ${year} porte bien l'empreinte publiée ${fingerprint}, mais le dossier a des erreurs (ci-dessus)`,
          `asso: the seal of ${year} has the published fingerprint ${fingerprint}, but the ledger has errors (above)`,
        )
      : text(
          `Empreinte publiée vérifiée : le sceau de ${year} (${fingerprint}) et les écritures de l'exercice concordent.`,
          `Published fingerprint verified: the seal of ${year} (${fingerprint}) and the year's entries agree.`,
        ),
  fingerprintDiffers: (year: number, published: string, sealed: string) =>
    text(
      `asso: l'empreinte publiée ${published} n'est pas celle du sceau de ${year} (${sealed}) : les comptes clôturés ne sont plus ceux qui ont été publiés ; restaurez le dossier depuis une sauvegarde`,
      `asso: the published fingerprint ${published} is not that of the seal of ${year} (${sealed}): the closed books are no longer those published; restore the ledger from a backup`,
    ),
};
