// The small files every command reads (accounts.csv, budgets, assertions…) are cut line by line
// when their lines are simple (plain-lines.ts), else read by csv-parse: over generated CSV texts
// of every dialect, readCsv must give exactly what csv-parse alone gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvProblem, type CsvRow } from '../src/read/csv.js';
import { plainRecords } from '../src/read/plain-lines.js';

const cell = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('512100', 'Banque', 'Libellé été', '', ' ', '12,50', 'a b') },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\n', '\r', '1'), maxLength: 8 }),
  },
);
const textArb = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  rows: fc.array(fc.record({ cells: fc.array(cell, { minLength: 1, maxLength: 5 }), quote: fc.nat(3) }), {
    minLength: 1,
    maxLength: 12,
  }),
  trailing: fc.constantFrom('', '\n', '\r\n', '\n\n'),
});

function render({
  delimiter,
  eol,
  rows,
  trailing,
}: fc.Arbitrary<unknown> extends never ? never : typeof textArb extends fc.Arbitrary<infer T> ? T : never): string {
  const line = ({ cells, quote }: { cells: string[]; quote: number }): string =>
    cells
      .map((value) =>
        quote === 0 || (quote === 1 && /["\r\n,;\t]/.test(value)) ? `"${value.replaceAll('"', '""')}"` : value,
      )
      .join(delimiter);
  return ['a,b,c'.replaceAll(',', delimiter), ...rows.map(line)].join(eol) + trailing;
}

function read(text: string, reference: boolean): { rows: CsvRow[]; problems: CsvProblem[]; result: unknown } {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const result = readCsv(
    Buffer.from(text, 'utf8'),
    (row) => rows.push(row),
    (p) => problems.push(p),
    undefined,
    reference,
  );
  return { rows, problems, result };
}

describe('plain lines read as csv-parse reads them', () => {
  it('on generated CSV texts of every dialect', () => {
    let plain = 0;
    fc.assert(
      fc.property(textArb, (file) => {
        const text = render(file);
        const fast = read(text, false);
        const reference = read(text, true);
        expect(fast).toEqual(reference);
        if (plainRecords(text, file.delimiter, file.eol)) plain += 1;
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: many texts took the plain path.
    expect(plain).toBeGreaterThan(200);
  });
});
