// What `asso init` asks and says: the questions in a terminal, the folder it made, what to do next.
import { text } from './text.js';

export const initMessages = {
  askName: (name: string) => text(`Nom de l'association [${name}] : `, `Name of the association [${name}]: `),
  askStart: (start: string) =>
    text(`Premier jour de l'exercice, MM-JJ [${start}] : `, `First day of the fiscal year, MM-DD [${start}]: `),
  askSiren: () => text('SIREN (facultatif) : ', 'SIREN (optional): '),
  badStart: (value: string) =>
    text(
      `--fiscal-year-start attend MM-JJ, par exemple 01-01 ou 09-01, pas « ${value} »`,
      `--fiscal-year-start takes MM-DD, such as 01-01 or 09-01, not "${value}"`,
    ),
  badSiren: (value: string) =>
    text(
      `--siren attend les 9 chiffres d'un numéro SIREN, pas « ${value} »`,
      `--siren takes the 9 digits of a SIREN number, not "${value}"`,
    ),
  notEmpty: (dir: string) =>
    text(
      `${dir} n'est pas vide : asso init crée une nouvelle comptabilité dans un dossier vide ou nouveau (rien n'a été écrit)`,
      `${dir} is not empty: asso init creates a new ledger in an empty or new folder (nothing was written)`,
    ),
  /** `quoted`: the folder as a shell reads it back in the commands suggested (quoted when it holds a space). */
  created: (dir: string, name: string, year: number, start: string, quoted: string) =>
    text(
      `Nouveau dossier comptable : ${dir} (${name}, exercice ${year} commençant le ${start.split('-').reverse().join('/')})\n  asso.json, accounts.csv (comptes usuels), journal/${year}.csv (exemple), README.md\nEnsuite : asso check -L ${quoted}   puis   asso report -L ${quoted}`,
      `New ledger folder: ${dir} (${name}, fiscal year ${year} starting ${start})\n  asso.json, accounts.csv (usual accounts), journal/${year}.csv (example), README.md\nNext: asso check -L ${quoted}   then   asso report -L ${quoted}`,
    ),
  /** An answer to the question of the fiscal year's start that is not MM-DD: asked again. */
  badStartAnswer: (answer: string) =>
    text(
      `le début de l'exercice s'écrit MM-JJ, par exemple 01-01 ou 09-01, et non « ${answer} » ; recommencez`,
      `the fiscal year start is MM-DD, such as 01-01 or 09-01, not "${answer}"; try again`,
    ),
  tryAgain: (problem: string) => text(`${problem} ; recommencez`, `${problem}; try again`),
} as const;
