// The treasurer's guard rails and notes: closing, dates, listings, checks (issue 14).
import { dateIn } from './number.js';
import { say, text, type Message, type Text } from './text.js';

const both = (iso: string): { fr: string; en: string } => ({ fr: dateIn(iso, 'fr'), en: dateIn(iso, 'en') });

export const treasurerMessages = {
  yearNotEnded: (year: number, end: string, today: string): Text =>
    text(
      `l'exercice ${year} n'est pas terminé : il se termine le ${both(end).fr} (nous sommes le ${both(today).fr}) ; il ne peut être clôturé qu'à partir de cette date`,
      `fiscal year ${year} has not ended: it ends on ${end} (today is ${today}); it can be closed from that day on`,
    ),
  accrualsToReverse: (accounts: string, nextYear: number): Text =>
    text(
      `À extourner en ${nextYear} : des charges à payer et produits à recevoir restent au bilan (${accounts}). Relancez avec --reverse-accruals pour écrire journal/${nextYear}-reversals.csv, ou passez les extournes vous-même au début de ${nextYear}.`,
      `To reverse in ${nextYear}: accrued expenses and income remain on the balance sheet (${accounts}). Run again with --reverse-accruals to write journal/${nextYear}-reversals.csv, or book the reversals yourself at the start of ${nextYear}.`,
    ),
  entryAfterCurrentYear: (year: number, end: string): Text =>
    text(
      `des écritures sont datées de l'exercice ${year}, qui n'a pas commencé (l'exercice en cours se termine le ${both(end).fr}) : une faute de frappe dans l'année ? corrigez la date`,
      `entries are dated in fiscal year ${year}, which has not begun (the current year ends on ${end}): a typo in the year? correct the date`,
    ),
  isolatedYear: (year: number, others: string): Text =>
    text(
      `des écritures sont datées de l'exercice ${year}, séparé des autres exercices du dossier (${others}) par des années sans écriture : une faute de frappe dans l'année ? corrigez la date`,
      `entries are dated in fiscal year ${year}, separated from the ledger's other years (${others}) by years without entries: a typo in the year? correct the date`,
    ),
};

export const listingMessages = {
  badDate: (flag: string, reason: Message): Text =>
    text(`--${flag} : ${say(reason, 'fr')}`, `--${flag}: ${say(reason, 'en')}`),
  fromAfterTo: (from: string, to: string): Text =>
    text(`--from ${from} est après --to ${to} : rien à lister`, `--from ${from} is after --to ${to}: nothing to list`),
  noAccountUnder: (prefix: string): Text =>
    text(
      `aucun compte ne commence par ${prefix} : ni dans le plan comptable ni dans les écritures (asso accounts les liste)`,
      `no account starts with ${prefix}: neither in the chart nor in the entries (asso accounts lists them)`,
    ),
};

export const sirenMessages = {
  notNineDigits: (siren: string): Text =>
    text(`le SIREN a 9 chiffres, « ${siren} » n'en a pas 9`, `a SIREN has 9 digits, "${siren}" has not`),
  badCheckDigit: (siren: string): Text =>
    text(
      `le SIREN ${siren} n'est pas valide (sa clé de contrôle ne correspond pas) : vérifiez-le sur l'avis de situation Sirene`,
      `SIREN ${siren} is not valid (its check digit does not match): check it on the Sirene notice`,
    ),
  inConfig: (problem: string): Text => text(`asso.json : ${problem}`, `asso.json: ${problem}`),
};

/** A path as a shell reads it back in a suggested command: quoted when it holds a space or a shell character. */
export function shellQuote(path: string): string {
  if (/^[\w@%+=:,./-]+$/.test(path)) return path;
  return `'${path.replace(/'/g, `'\\''`)}'`;
}

export const accountMessages = {
  notDeclared: (account: string, file: string, closest: readonly { number: string; label: string }[]): Text => {
    const list = closest.map((c) => `${c.number} ${c.label}`);
    const fr = list.join(' ou ');
    const en = list.join(' or ');
    return closest.length
      ? text(
          `le compte ${account} est utilisé (ici pour la première fois) mais n'est pas dans ${file} : vouliez-vous dire ${fr} ? Sinon, ajoutez-le avec son intitulé`,
          `account ${account} is used (first here) but not listed in ${file}: did you mean ${en}? Otherwise add it with its label`,
        )
      : text(
          `le compte ${account} est utilisé (ici pour la première fois) mais n'est pas dans ${file} : ajoutez-le avec son intitulé`,
          `account ${account} is used (first here) but not listed in ${file}: add it with its label`,
        );
  },
};

export const checkMessages = {
  severity: (severity: 'error' | 'warning'): Text =>
    severity === 'error' ? text('erreur', 'error') : text('avertissement', 'warning'),
  summary: (errors: number, warnings: number, entries: number, years: number): Text =>
    text(
      `${errors} erreur(s), ${warnings} avertissement(s) sur ${entries} écritures en ${years} exercice(s)`,
      `${errors} error(s), ${warnings} warning(s) in ${entries} entries over ${years} fiscal year(s)`,
    ),
  columns: text('Gravité|Code|Emplacement|Message', 'Severity|Code|Location|Message'),
};

export const asOfMessages = {
  asOfCash: (date: string): Text =>
    text(
      `Réalisé arrêté au ${both(date).fr}, date de la dernière opération de banque ou de caisse (51x, 53x, hors à-nouveaux) ; --to <date> pour en choisir une autre.`,
      `Actuals as of ${date}, the date of the latest bank or cash line (51x, 53x, opening entries aside); --to <date> to choose another.`,
    ),
  asOfLastEntry: (date: string): Text =>
    text(
      `Réalisé arrêté au ${both(date).fr}, date de la dernière écriture de l'exercice ; --to <date> pour en choisir une autre.`,
      `Actuals as of ${date}, the date of the year's latest entry; --to <date> to choose another.`,
    ),
  asOfGiven: (date: string): Text =>
    text(`Réalisé arrêté au ${both(date).fr} (--to).`, `Actuals as of ${date} (--to).`),
};

export const periodMessages = {
  /** A fiscal year that is not a calendar year, named by its first and last days (dates written dd/mm/yyyy in both). */
  financialYear: (start: string, end: string): Text =>
    text(
      `Exercice du ${dateIn(start, 'fr')} au ${dateIn(end, 'fr')}`,
      `Financial year from ${dateIn(start, 'fr')} to ${dateIn(end, 'fr')}`,
    ),
  /** The report's first sentence on such a year. */
  over: (start: string, end: string): Text =>
    text(
      `Sur l'exercice du ${dateIn(start, 'fr')} au ${dateIn(end, 'fr')}`,
      `For the financial year from ${dateIn(start, 'fr')} to ${dateIn(end, 'fr')}`,
    ),
};

/** The help of the filters of `journal` and `ledger`. */
export const listingHelp = {
  from: () => text('les écritures à partir de cette date', 'entries from this date on'),
  to: () => text("les écritures jusqu'à cette date", 'entries up to this date'),
  journal: () => text('les écritures de ce journal seulement (BQ, OD…)', 'entries of this journal only (BQ, OD…)'),
  match: () =>
    text(
      'les écritures dont le libellé ou la pièce contient ce texte, ou qui mouvementent un compte qui commence par lui',
      'entries whose label or piece holds this text, or that post to an account starting with it',
    ),
};
