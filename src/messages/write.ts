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

export const fecMessages = {
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
};
