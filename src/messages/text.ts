// The one message catalogue's building block. Every sentence a treasurer reads is a `Text`: the
// same message in French and in English, made by a catalogue entry from the values it interpolates
// (src/messages/<area>.ts). Code never picks a language with `fr ? … : …`: it builds a Text and the
// edge (cli/) says it in the language asked for. Codes, JSON keys and line ids never change.

export type Lang = 'fr' | 'en';

/** One message in both languages. */
export interface Text {
  readonly fr: string;
  readonly en: string;
}

/** A message not yet moved into the catalogue (English only) or a catalogue Text. */
export type Message = Text;

export function isText(message: Message): message is Text {
  return typeof message === 'object' && message !== null && 'fr' in message && 'en' in message;
}

/** The message in the language asked for (a bare string is said as it is). */
export function say(message: Message, lang: Lang): string {
  return isText(message) ? message[lang] : message;
}

/** A Text from its two sentences (for catalogue entries). */
export function text(fr: string, en: string): Text {
  return { fr, en };
}

/**
 * The language of messages (diagnostics, help, questions, notes): `--lang`, else a `LANG`,
 * `LC_ALL` or `LC_MESSAGES` starting with `en`, else French. Statement labels follow `--lang` only.
 */
export function messageLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === 'en' || flag === 'fr') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'fr';
}
