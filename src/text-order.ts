// Orders of text used to sort entries and movements. They give the order of `localeCompare`
// (ICU's), but build its collators only when they are needed, once: loading ICU's collation
// costs tens of milliseconds, more than a treasurer's whole ledger takes to read, and codes made
// of capitals and digits (journals, pieces) are ordered the same by their characters.
let textCollator: Intl.Collator | undefined;
let numberCollator: Intl.Collator | undefined;

const CODE = /^[0-9A-Z]*$/;
const byCharacters = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

/** The order of `a.localeCompare(b)`. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  // Digits before capitals, capitals in alphabetical order, a prefix first: ICU's order too.
  if (CODE.test(a) && CODE.test(b)) return byCharacters(a, b);
  textCollator ??= new Intl.Collator();
  return textCollator.compare(a, b);
}

/** The order of `a.localeCompare(b, undefined, { numeric: true })`: AC2 before AC10. */
export function compareNumbered(a: string, b: string): number {
  if (a === b) return 0;
  // Codes of one shape (AC000012, AC000113: digits at the same places) compare digit run by
  // digit run of equal lengths, where the order of numbers is that of their characters.
  if (a.length === b.length && CODE.test(a) && CODE.test(b) && sameShape(a, b)) return byCharacters(a, b);
  numberCollator ??= new Intl.Collator(undefined, { numeric: true });
  return numberCollator.compare(a, b);
}

function sameShape(a: string, b: string): boolean {
  for (let index = 0; index < a.length; index += 1) {
    const digitA = a.charCodeAt(index) <= 57;
    const digitB = b.charCodeAt(index) <= 57;
    if (digitA !== digitB) return false;
  }
  return true;
}

/** ISO dates (YYYY-MM-DD) in the order of their characters, which is the calendar's. */
export const compareIsoDates = byCharacters;
