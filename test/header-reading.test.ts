// The header's names and delimiter, read character by character on the common path, against the
// plain definitions they replace (a Map over the header's characters; NFD and regular expressions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../src/read/columns.js';
import { detectDelimiter } from '../src/read/text.js';
import { runs } from './property-runs.js';

function referenceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*\)|[^a-z0-9]/g, '');
}

function referenceDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [char, count] of counts) if (count > counts.get(best)!) best = char;
  return best;
}

// Header-like text: ASCII mostly, accents, parentheses, delimiters, quotes, line ends, astral characters.
const headerText = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...'aZ09_ -.°'.split('')) },
    { weight: 3, arbitrary: fc.constantFrom(',', ';', '\t', '|', '"') },
    { weight: 2, arbitrary: fc.constantFrom('é', 'È', 'ç', 'N°', '€', '(', ')', 'ﬁ', 'İ', '\u0301') },
    { weight: 1, arbitrary: fc.constantFrom('\n', '\r', '😀') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
  ),
  maxLength: 40,
});

describe('reading a header', () => {
  it('normalizes a column name as NFD, lower case and letters and digits only do', () => {
    fc.assert(
      fc.property(headerText, (name) => {
        expect(normalizeName(name)).toBe(referenceName(name));
      }),
      { numRuns: runs(2000) },
    );
    for (const name of ['Date', 'aux_label', 'N° de pièce', 'Crédit (€)', 'EcritureNum', 'DÉBIT', 'Compte Num'])
      expect(normalizeName(name)).toBe(referenceName(name));
  });

  it('finds the delimiter as the most frequent of , ; tab | on the first line, outside quotes', () => {
    fc.assert(
      fc.property(headerText, (text) => {
        expect(detectDelimiter(text)).toBe(referenceDelimiter(text));
      }),
      { numRuns: runs(2000) },
    );
    expect(detectDelimiter('a;b;c,d\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a,b;c')).toBe(',');
    expect(detectDelimiter('"a;b;c",d\te\tf')).toBe('\t');
  });
});
