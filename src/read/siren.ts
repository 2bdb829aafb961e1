// The SIREN number (9 digits, the last one a Luhn check digit): a typo in it names another body
// on the FEC file and on the forms.
import type { Text } from '../messages/text.js';
import { sirenMessages } from '../messages/treasurer.js';

/** La Poste's SIREN, the one exception to the Luhn key (its digits sum to a multiple of 5). */
const LA_POSTE = '356000000';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Why `siren` cannot be a SIREN (spaces allowed), or undefined when it can. */
export function sirenProblem(siren: string): Text | undefined {
  const digits = siren.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return sirenMessages.notNineDigits(siren);
  if (digits === LA_POSTE) return undefined;
  if (!luhnValid(digits)) return sirenMessages.badCheckDigit(siren);
  return undefined;
}
