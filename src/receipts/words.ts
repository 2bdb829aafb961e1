// Amounts in words, as a French tax receipt (cerfa 11580) writes them: "deux cent quarante euros et
// cinquante centimes". Traditional spelling: "vingt et un", "quatre-vingts", "deux cents" but
// "deux cent un", "mille" invariable, "un million d'euros".
import type { Cents } from '../money.js';

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** 1..99; `final` is true when nothing follows the number (quatre-vingts takes its s only then). */
function belowHundred(n: number, final: boolean): string {
  if (n < 20) return UNITS[n]!;
  if (n < 70) {
    const tens = TENS[Math.floor(n / 10)]!;
    const unit = n % 10;
    if (unit === 0) return tens;
    return unit === 1 ? `${tens} et un` : `${tens}-${UNITS[unit]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${UNITS[n - 60]}`;
  if (n === 80) return final ? 'quatre-vingts' : 'quatre-vingt';
  return `quatre-vingt-${UNITS[n - 80]}`;
}

/** 1..999; `final` as above (deux cents, but deux cent mille). */
function belowThousand(n: number, final: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds === 1) parts.push('cent');
  else if (hundreds > 1) parts.push(`${UNITS[hundreds]} ${rest === 0 && final ? 'cents' : 'cent'}`);
  if (rest) parts.push(belowHundred(rest, final));
  return parts.join(' ');
}

const SCALES: readonly { value: bigint; singular: string; plural: string }[] = [
  { value: 1_000_000_000_000_000n, singular: 'billiard', plural: 'billiards' },
  { value: 1_000_000_000_000n, singular: 'billion', plural: 'billions' },
  { value: 1_000_000_000n, singular: 'milliard', plural: 'milliards' },
  { value: 1_000_000n, singular: 'million', plural: 'millions' },
];

/** A whole number in French words (0 → "zéro"). */
export function integerInWords(value: bigint): string {
  if (value < 0n) throw new RangeError('integerInWords takes a number ≥ 0');
  if (value === 0n) return UNITS[0]!;
  const parts: string[] = [];
  let rest = value;
  for (const scale of SCALES) {
    const count = rest / scale.value;
    rest %= scale.value;
    if (count === 0n) continue;
    // Million and above are nouns: "deux cents millions", "quatre-vingts millions".
    parts.push(`${integerInWords(count)} ${count === 1n ? scale.singular : scale.plural}`);
  }
  const thousands = Number(rest / 1000n);
  const below = Number(rest % 1000n);
  // Mille is an adjective: "deux cent mille", "quatre-vingt mille", "mille" alone for 1000.
  if (thousands === 1) parts.push('mille');
  else if (thousands > 1) parts.push(`${belowThousand(thousands, false)} mille`);
  if (below) parts.push(belowThousand(below, true));
  return parts.join(' ');
}

/** A non-negative amount in French words: "deux cent quarante euros et cinquante centimes". */
export function amountInWords(cents: Cents): string {
  if (cents < 0n) throw new RangeError('amountInWords takes an amount ≥ 0');
  const euros = cents / 100n;
  const rest = cents % 100n;
  const centimes = rest === 0n ? '' : `${integerInWords(rest)} ${rest === 1n ? 'centime' : 'centimes'}`;
  if (euros === 0n) return centimes || 'zéro euro';
  const words = integerInWords(euros);
  // "un million d'euros", "deux milliards d'euros": de after a scale noun that ends the number.
  const unit = euros === 1n ? 'euro' : /(million|milliard|billion|billiard)s?$/.test(words) ? "d'euros" : 'euros';
  const text = `${words} ${unit}`;
  return centimes ? `${text} et ${centimes}` : text;
}
