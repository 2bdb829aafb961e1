// Dates and amounts as bank files write them, read without guessing: every format calls these.
import type { Cents } from '../../money.js';
import { isRealDate } from '../../date.js';

/** A date as banks write it: DD/MM/YYYY, DD/MM/YY, DD-MM-YYYY, DD.MM.YYYY, YYYY-MM-DD, YYYYMMDD (a time after it dropped). */
export function bankDate(cell: string): string | undefined {
  const text = cell
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/(?<=\d)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '');
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (match) return iso(match[3]!, match[2]!, match[1]!);
  match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (match) return iso(match[1]!, match[2]!, match[3]!);
  return undefined;
}

/** An ISO date from its parts, a two-digit year being 20YY; undefined when no such day exists. */
export function iso(year: string, month: string, day: string): string | undefined {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!isRealDate(y, m, d)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * An amount whose decimal mark is read from the cell itself (OFX, QIF, a preamble): the last `.` or
 * `,` followed by one or two digits is the decimal mark, any other separator groups thousands.
 * Undefined when it is not an amount.
 */
export function looseAmount(cell: string): Cents | undefined {
  let text = cell
    .trim()
    .replace(/[\s\u00a0\u202f€]|EUR$/gi, '')
    .replace(/^\+/, '');
  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  } else if (text.endsWith('-')) {
    negative = true;
    text = text.slice(0, -1);
  }
  const match = /^(\d{1,3}(?:([.,'])\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(text);
  if (!match || (match[2] && match[2] === match[3])) return undefined;
  const units = BigInt(match[1]!.replace(/[.,']/g, ''));
  const cents = units * 100n + BigInt((match[4] ?? '').padEnd(2, '0'));
  return negative ? -cents : cents;
}

/** Text compared without case, accents or repeated spaces. */
export function folded(text: string): string {
  // Plain ASCII (most bank labels) needs no decomposition.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line the bank marks as not yet booked ("à venir", "en cours"). */
export function looksPending(label: string): boolean {
  if (!/venir|cours|pending|comptabilis/i.test(label)) return false;
  return /(^|[^a-z])(a venir|en cours|pending|non comptabilise)([^a-z]|$)/.test(folded(label));
}

/** The line number (from 1) of each offset of a text: a function built once per file. */
export function lineCounter(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** An account number or IBAN as compared: no spaces, upper case. */
export function accountKey(id: string): string {
  return id.replace(/[\s-]/g, '').toUpperCase();
}

/** The 11-character account number inside a French IBAN (FR76 bbbbb ggggg nnnnnnnnnnn kk), else the id itself. */
export function accountNumberOf(id: string): string {
  const key = accountKey(id);
  return /^FR\d{2}[0-9A-Z]{23}$/.test(key) ? key.slice(14, 25) : key;
}

/** A label as shown and written: control characters (which could drive a terminal) and runs of spaces become one space. */
export function cleanLabel(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what is removed
  return text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
}
