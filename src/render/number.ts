// Number formats: for people in the language's style (1 234,56 in French, 1,234.56 in English),
// plain for scripts (1234.56).
import { centsToString, type Cents } from '../money.js';
import type { Lang } from '../messages/text.js';

const NARROW_NBSP = '\u202f';

export function frenchAmount(cents: Cents, euros: boolean): string {
  const [integer, decimals] = centsToString(cents).split('.') as [string, string];
  const negative = integer.startsWith('-');
  const digits = negative ? integer.slice(1) : integer;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  return `${negative ? '-' : ''}${grouped}${euros ? '' : `,${decimals}`}`;
}

/** An amount as a reader of `lang` writes it: `1 234,56` in French, `1,234.56` in English. */
export function amountIn(cents: Cents, euros: boolean, lang: Lang): string {
  if (lang === 'fr') return frenchAmount(cents, euros);
  const [integer, decimals] = centsToString(cents).split('.') as [string, string];
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${euros ? '' : `.${decimals}`}`;
}

/** An amount in euros as a reader of `lang` writes it: `1 234 €` in French, `€1,234` in English. */
export function moneyIn(cents: Cents, euros: boolean, lang: Lang): string {
  if (lang === 'fr') return `${frenchAmount(cents, euros)} €`;
  const text = amountIn(cents, euros, lang);
  return text.startsWith('-') ? `-€${text.slice(1)}` : `€${text}`;
}

export function plainAmount(cents: Cents, euros: boolean): string {
  const text = centsToString(cents);
  return euros ? text.slice(0, -3) : text;
}

/** Excel-friendly: decimal comma, no thousands separator. */
export function excelAmount(cents: Cents, euros: boolean): string {
  return plainAmount(cents, euros).replace('.', ',');
}
