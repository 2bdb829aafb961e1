// What the reader says: reading files (encodings, line ends, quotes, columns), listing the ledger
// folder and validating asso.json.
import { type Message, say, type Text, text } from './text.js';

const lines = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`);

export const readMessages = {
  swallowedRows: (first: number, last: number) =>
    text(
      `un champ entre guillemets s'ouvre sur cette ligne et n'y est pas fermé : il avale les lignes ${lines(first, last)}, qui se lisent pourtant comme des lignes d'écriture ; ajoutez le guillemet fermant (") sur cette ligne ou supprimez le guillemet ouvrant`,
      `a quoted field opens on this line and is not closed on it: it swallows lines ${lines(first, last)}, which read as rows of their own; add the closing quote (") on this line or remove the opening one`,
    ),
  mixedLineEnds: (first: number, last: number, eol: string) =>
    text(
      `cette ligne et les lignes ${lines(first, last)} sont lues comme une seule, car le fichier mélange les fins de ligne (ses lignes finissent par ${eolName(eol)}, d'autres non) : enregistrez-le avec une seule sorte de fin de ligne (« Convertir les fins de ligne » de votre éditeur)`,
      `this line and lines ${lines(first, last)} are read as one, because the file mixes line ends (its lines end with ${eolName(eol)}, some do not): save it with one kind of line end (your editor's "convert line endings")`,
    ),
  duplicateColumn: (name: string, first: number, second: number) =>
    text(
      `la colonne « ${name} » figure deux fois dans l'en-tête (colonnes ${first} et ${second}) : supprimez ou renommez l'une des deux, sinon l'une serait ignorée`,
      `the column "${name}" appears twice in the header (columns ${first} and ${second}): remove or rename one of them, else one would be ignored`,
    ),
  unnamedColumn: (position: number, value: string) =>
    text(
      `la colonne ${position} n'a pas de nom dans l'en-tête mais cette ligne y porte « ${value} » : nommez la colonne dans l'en-tête, ou videz la cellule`,
      `column ${position} has no name in the header but this row holds "${value}" in it: name the column in the header, or empty the cell`,
    ),
  mixedEncoding: (lines: readonly number[]) => {
    const shown = lines.slice(0, 8).join(', ');
    const more = Math.max(0, lines.length - 8);
    return text(
      `ce fichier est en UTF-8 mais des octets isolés n'en sont pas (${lines.length === 1 ? 'ligne' : 'lignes'} ${shown}${more ? ` et ${more} autres` : ''}) : ils sont lus en Windows-1252 ; vérifiez ces accents et enregistrez le fichier en UTF-8`,
      `this file is UTF-8 but stray bytes are not (${lines.length === 1 ? 'line' : 'lines'} ${shown}${more ? ` and ${more} more` : ''}): they are read as Windows-1252; check those accents and save the file as UTF-8`,
    );
  },
  utf16: () =>
    text(
      `ce fichier est en UTF-16, pas en UTF-8 : enregistrez-le en « CSV UTF-8 » (Excel : Enregistrer sous > CSV UTF-8 ; LibreOffice : jeu de caractères Unicode (UTF-8))`,
      `this file is UTF-16, not UTF-8: save it as "CSV UTF-8" (Excel: Save As > CSV UTF-8; LibreOffice: character set Unicode (UTF-8))`,
    ),
  notAFile: (kind: string) =>
    text(
      `ce n'est pas un fichier ordinaire mais ${kindFr(kind)} : il n'est pas lu ; sortez-le du dossier journal/`,
      `this is not a regular file but ${kind}: it is not read; move it out of the journal/ folder`,
    ),
  unreadableFolder: (why: string) =>
    text(
      `ce dossier ne peut pas être lu (${whyFr(why)}) : ses journaux ne sont pas lus ; corrigez ses droits`,
      `this folder cannot be read (${why}): its journals are not read; fix its permissions`,
    ),
  unreadableConfig: (why: string) =>
    text(
      `asso.json ne peut pas être lu (${whyFr(why)}) : corrigez ses droits ou remplacez-le`,
      `asso.json cannot be read (${why}): fix its permissions or replace it`,
    ),
  configNotJson: (detail: string) =>
    text(`asso.json n'est pas du JSON valide : ${detail}`, `asso.json is not valid JSON: ${detail}`),
  configNotObject: () =>
    text(
      'asso.json doit contenir un objet JSON : {"name": "…", "fiscalYearStart": "01-01"}',
      'asso.json must hold a JSON object: {"name": "…", "fiscalYearStart": "01-01"}',
    ),
  configString: (key: string) =>
    text(`asso.json : "${key}" doit être un texte entre guillemets`, `asso.json: "${key}" must be a text in quotes`),
  configJournals: (key: string) =>
    text(
      `asso.json : "journals" associe chaque code à son nom en texte (ex. {"BQ": "Banque"}), or "${key}" n'a pas de nom en texte`,
      `asso.json: "journals" maps each code to its name as text (e.g. {"BQ": "Banque"}), but "${key}" has no text name`,
    ),
  configFirstYear: (detail: string) =>
    text(
      `asso.json : "firstYear" doit être {"start": "AAAA-MM-JJ", "end": "AAAA-MM-JJ"}, deux dates réelles, le début avant la fin (${detail})`,
      `asso.json: "firstYear" must be {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, two real dates, the start before the end (${detail})`,
    ),
  configUnknownKey: (key: string, known: string) =>
    text(
      `asso.json : la clé "${key}" est inconnue et ignorée (clés connues : ${known}) ; vérifiez son orthographe`,
      `asso.json: the key "${key}" is unknown and ignored (known keys: ${known}); check its spelling`,
    ),
  badTime: (cell: string) =>
    text(
      `« ${cell} » porte une heure impossible : écrivez la date seule (AAAA-MM-JJ ou JJ/MM/AAAA), ou une heure de 00:00 à 23:59:59`,
      `"${cell}" holds an impossible time: write the date alone (YYYY-MM-DD or DD/MM/YYYY), or a time from 00:00 to 23:59:59`,
    ),
  yearOutOfRange: (cell: string, min: number, max: number) =>
    text(
      `« ${cell} » est hors des années acceptées (${min} à ${max}) : corrigez l'année`,
      `"${cell}" is outside the years accepted (${min} to ${max}): correct the year`,
    ),
  yearOption: (flag: string, value: string, min: number, max: number) =>
    text(
      `${flag} prend une année de ${min} à ${max}, comme 2024, pas « ${value} »`,
      `${flag} takes a year from ${min} to ${max}, such as 2024, not "${value}"`,
    ),
};

function eolName(eol: string): string {
  return eol === '\r\n' ? 'CRLF' : eol === '\r' ? 'CR' : 'LF';
}

function kindFr(kind: string): string {
  return (
    {
      'a named pipe (FIFO)': 'un tube nommé (FIFO)',
      'a device': 'un périphérique',
      'a socket': 'une socket',
      'a folder': 'un dossier',
    }[kind] ?? kind
  );
}

/** The French of the reasons `whyUnreadable` gives. */
export function whyFr(why: string): string {
  return (
    {
      'permission denied': 'permission refusée',
      'it is a folder, not a file': "c'est un dossier, pas un fichier",
      'it no longer exists': "il n'existe plus",
      'it is a link that leads nowhere (a loop or a missing target)':
        'c’est un lien qui ne mène nulle part (une boucle ou une cible absente)',
      'it is not a folder': "ce n'est pas un dossier",
    }[why] ?? why
  );
}

/** A message with words around it, in both languages (`--date: …`). */
export function around(before: string, message: Message, after: Text = text('', '')): Message {
  // A message not yet in the catalogue (English only) stays English.
  if (typeof message === 'string') return `${before}${message}${after.en}`;
  return text(`${before}${say(message, 'fr')}${after.fr}`, `${before}${say(message, 'en')}${after.en}`);
}
