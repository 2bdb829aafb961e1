// Number formats: for people in the language's style (1 234,56 in French, 1,234.56 in English),
// plain for scripts (1234.56).
import { centsToString, type Cents } from '../money.js';
import type { Lang } from '../messages/text.js';

const NARROW_NBSP = '\u202f';

/** ',00' to ',99': the French decimals of each number of hundredths, made once. */
const FRENCH_DECIMALS = Array.from({ length: 100 }, (_, hundredths) => `,${String(hundredths).padStart(2, '0')}`);

/** Digits in groups of three from the right, joined by `separator` (a loop: a listing formats every amount). */
function groupThousands(digits: string, separator: string): string {
  const first = digits.length % 3 || 3;
  let grouped = digits.slice(0, first);
  for (let at = first; at < digits.length; at += 3) grouped += separator + digits.slice(at, at + 3);
  return grouped;
}

/**
 * `cents` as a number when that is exact (within ±(2^53 − 1)), else NaN. A bigint beyond is never
 * made a safe integer by the conversion (it rounds to 2^53 or more), so one conversion and one test
 * stand for two bigint comparisons.
 */
function safeNumber(cents: Cents): number {
  const value = Number(cents);
  return Number.isSafeInteger(value) ? value : Number.NaN;
}

export function frenchAmount(cents: Cents, euros: boolean): string {
  const value = safeNumber(cents);
  if (!Number.isNaN(value)) {
    const negative = value < 0;
    const abs = negative ? -value : value;
    const hundredths = abs % 100;
    const units = String((abs - hundredths) / 100); // an exact division
    const grouped = units.length > 3 ? groupThousands(units, NARROW_NBSP) : units;
    const text = euros ? grouped : grouped + FRENCH_DECIMALS[hundredths]!;
    return negative ? `-${text}` : text;
  }
  const [integer, decimals] = centsToString(cents).split('.') as [string, string];
  const negative = integer.startsWith('-');
  const digits = negative ? integer.slice(1) : integer;
  const grouped = groupThousands(digits, NARROW_NBSP);
  return `${negative ? '-' : ''}${grouped}${euros ? '' : `,${decimals}`}`;
}

/** An amount as a reader of `lang` writes it: `1 234,56` in French, `1,234.56` in English. */
export function amountIn(cents: Cents, euros: boolean, lang: Lang): string {
  if (lang === 'fr') return frenchAmount(cents, euros);
  const [integer, decimals] = centsToString(cents).split('.') as [string, string];
  const negative = integer.startsWith('-');
  const grouped = `${negative ? '-' : ''}${groupThousands(negative ? integer.slice(1) : integer, ',')}`;
  return `${grouped}${euros ? '' : `.${decimals}`}`;
}

/**
 * The length of `amountIn`'s text, each of its characters one column wide (digits, sign,
 * separators), counted without making the text when the cents are safe in a double: a listing's
 * table is measured before it is drawn.
 */
export function amountWidth(cents: Cents, euros: boolean, lang: Lang): number {
  const value = safeNumber(cents);
  if (Number.isNaN(value)) return amountIn(cents, euros, lang).length;
  const abs = value < 0 ? -value : value;
  // The digits of the whole euros, counted without writing them.
  let digits = 1;
  for (let units = (abs - (abs % 100)) / 100; units >= 10; units = Math.floor(units / 10)) digits += 1;
  return (value < 0 ? 1 : 0) + digits + Math.floor((digits - 1) / 3) + (euros ? 0 : 3);
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
