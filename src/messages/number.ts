// Amounts in messages are written as the statements write them: `9 582,95 €` in French (narrow
// no-break space between thousands, no-break space before €), `€9,582.95` in English.
import type { Lang, Text } from './text.js';

/** Cents (signed) as euros in the language's style. */
export function euros(cents: bigint, lang: Lang): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = (abs / 100n).toString();
  const decimals = (abs % 100n).toString().padStart(2, '0');
  if (lang === 'fr') {
    const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
    return `${negative ? '-' : ''}${grouped},${decimals}\u00a0€`;
  }
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}€${grouped}.${decimals}`;
}

/** Cents as euros in both languages, for catalogue entries. */
export function eurosText(cents: bigint): Text {
  return { fr: euros(cents, 'fr'), en: euros(cents, 'en') };
}

/** A `YYYY-MM-DD` date as a French treasurer writes it (`12/03/2025`), or left ISO in English. */
export function dateIn(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || lang === 'en') return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}
