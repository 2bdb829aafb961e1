// What `asso migrate` says: the rewrite of postings on the accounts a new chart abolished.
import { oneOf } from './post.js';
import { type Text, text } from './text.js';

export const chartMessages = {
  badTarget: (sets: string, to: string) =>
    text(
      `--to attend un référentiel qui en remplace un plus ancien (${sets}), pas « ${to} »`,
      `--to takes a reference set that replaces an earlier one (${sets}), not "${to}"`,
    ),
  pinnedReference: (reference: string, to: string) =>
    text(
      `asso.json fixe "reference": "${reference}" : tous les exercices l'utilisent ; changez-le ou retirez-le avant de migrer vers ${to}`,
      `asso.json pins "reference": "${reference}": every year uses it; change or remove it before migrating to ${to}`,
    ),
  otherErrors: () =>
    text(
      "les comptes ont d'autres erreurs : les lignes des écritures en erreur ne sont pas migrées tant qu'elles ne sont pas corrigées",
      'the books have other errors: rows of entries with errors are not migrated until those are fixed',
    ),
  yearNotOnSet: (year: number, to: string) =>
    text(
      `l'exercice ${year} n'utilise pas ${to} (ou n'a aucune écriture)`,
      `fiscal year ${year} does not use ${to} (or has no entries)`,
    ),
  yearClosed: (year: number) =>
    text(
      `l'exercice ${year} est clôturé (locks/${year}.json) : ses écritures ne sont jamais réécrites`,
      `fiscal year ${year} is closed (locks/${year}.json): its entries are never rewritten`,
    ),
  choose: (at: string, account: string, old: string, label: string, setId: string, to: readonly string[]) => {
    const choices: Text = oneOf(to);
    return text(
      `# CHOISIR ${at} : ${account} (${old} ${label}) n'a pas de remplaçant unique dans ${setId} : choisissez ${choices.fr} ; cette ligne n'est pas réécrite`,
      `# CHOOSE ${at}: ${account} (${old} ${label}) has no single replacement in ${setId}: choose ${choices.en}; this row is not rewritten`,
    );
  },
  skipped: (at: string, reason: Text) => text(`# IGNORÉE ${at} : ${reason.fr}`, `# SKIPPED ${at}: ${reason.en}`),
  notInColumn: (line: number, account: string) =>
    text(
      `la ligne ${line} ne porte pas le compte ${account} dans sa colonne de compte comme attendu (un champ sur plusieurs lignes ?) : réécrivez-la à la main`,
      `line ${line} does not hold account ${account} in its account column as expected (a field over several lines?): rewrite it by hand`,
    ),
  nothingToMigrate: (years: string, to: string) =>
    text(
      `rien à migrer : aucune ligne ${years ? `de ${years}` : "d'un exercice ouvert"} n'est sur un compte supprimé par ${to}`,
      `nothing to migrate: no posting of ${years || 'an open year'} is on an account ${to} abolished`,
    ),
  rowsLeft: (rows: number) =>
    text(
      `${rows} ligne(s) marquée(s) # CHOISIR ou # IGNORÉE attendent votre choix : réécrivez-les à la main`,
      `${rows} row(s) marked # CHOOSE or # SKIPPED need your choice: rewrite them by hand`,
    ),
  wouldRewrite: (rows: number, files: number) =>
    text(
      `${rows} ligne(s) dans ${files} fichier(s) seraient réécrites : relancez avec --write pour appliquer`,
      `${rows} row(s) in ${files} file(s) would be rewritten: run again with --write to apply`,
    ),
  writeNeedsYes: () =>
    text(
      '--write demande confirmation dans un terminal : ajoutez --yes pour appliquer le diff ci-dessus depuis un script',
      '--write asks for confirmation in a terminal: add --yes to apply the diff above from a script',
    ),
  confirm: (rows: number, files: number) =>
    text(
      `Réécrire ${rows} ligne(s) dans ${files} fichier(s) ? [o/N] `,
      `Rewrite ${rows} row(s) in ${files} file(s)? [y/N] `,
    ),
  rewrote: (rows: number, files: number) =>
    text(`${rows} ligne(s) réécrite(s) dans ${files} fichier(s)`, `rewrote ${rows} row(s) in ${files} file(s)`),
} as const;
