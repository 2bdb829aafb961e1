// Number formats: French for people (1 234,56), plain for scripts (1234.56).
import { centsToString } from '../money.js';
const NARROW_NBSP = '\u202f';
export function frenchAmount(cents, euros) {
    const [integer, decimals] = centsToString(cents).split('.');
    const negative = integer.startsWith('-');
    const digits = negative ? integer.slice(1) : integer;
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
    return `${negative ? '-' : ''}${grouped}${euros ? '' : `,${decimals}`}`;
}
export function plainAmount(cents, euros) {
    const text = centsToString(cents);
    return euros ? text.slice(0, -3) : text;
}
/** Excel-friendly: decimal comma, no thousands separator. */
export function excelAmount(cents, euros) {
    return plainAmount(cents, euros).replace('.', ',');
}
