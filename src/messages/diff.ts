// Messages of `asso diff`.
import { text } from './text.js';

export const diffMessages = {
  notALedger: (path: string) =>
    text(
      `${path} est un dossier mais pas un dossier de comptes (pas de asso.json) : donnez deux dossiers de comptes, ou deux révisions git`,
      `${path} is a folder but not a ledger (no asso.json): give two ledger folders, or two git revisions`,
    ),
  noGit: () =>
    text(
      'git est introuvable : il faut git pour comparer deux révisions (ou donnez deux dossiers de comptes)',
      'git is not installed: comparing revisions needs git (or give two ledger folders)',
    ),
  notARepository: (ledger: string) =>
    text(
      `le dossier de comptes ${ledger} n'est pas dans un dépôt git : donnez deux dossiers de comptes`,
      `the ledger ${ledger} is not inside a git repository: give two ledger folders`,
    ),
  noRevision: (revision: string) =>
    text(
      `« ${revision} » n'est ni un dossier ni une révision du dépôt (git log pour les voir)`,
      `"${revision}" is neither a folder nor a revision of the repository (see git log)`,
    ),
  errorsIn: (side: string) =>
    text(
      `les comptes de ${side} ont des erreurs : corrigez-les avant de comparer`,
      `the books of ${side} have errors: fix them before comparing`,
    ),
  noYear: () =>
    text("aucun des deux côtés n'a d'écritures : rien à comparer", 'neither side has entries: nothing to compare'),
  same: (year: number) => text(`Aucune différence sur l'exercice ${year}.`, `No difference in fiscal year ${year}.`),
};
