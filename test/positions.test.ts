// yearPositions (every year in one pass, as checkYears takes them) against yearPosition (one year,
// carried from the years before it), on generated books with gaps, opening entries and sub-accounts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToBalances, type Balances } from '../src/model.js';
import type { Books, YearBooks } from '../src/post/year-books.js';
import { yearPosition, yearPositions } from '../src/post/positions.js';
import { runs } from './property-runs.js';

const posting = fc.record({
  account: fc.constantFrom('101', '120', '129', '401', '411', '512', '6061', '641', '706', '741', '864', '875'),
  debit: fc.bigInt({ min: 0n, max: 10_000_000n }),
  credit: fc.bigInt({ min: 0n, max: 10_000_000n }),
  aux: fc.constantFrom('', '', 'DUPONT', 'MARTIN'),
});

const yearArb = fc.record({
  year: fc.integer({ min: 2015, max: 2026 }),
  movements: fc.array(posting, { maxLength: 12 }),
  opening: fc.array(posting, { maxLength: 4 }),
});

function balancesOf(postings: readonly { account: string; debit: bigint; credit: bigint; aux: string }[]): Balances {
  const balances: Balances = new Map();
  for (const p of postings) addToBalances(balances, p.account, p.debit, p.credit, p.aux, p.aux && `Tiers ${p.aux}`);
  return balances;
}

type GeneratedYear = typeof yearArb extends fc.Arbitrary<infer T> ? T : never;

function booksOf(years: readonly GeneratedYear[]): Books {
  const map = new Map<number, YearBooks>();
  for (const { year, movements, opening } of years) {
    if (map.has(year)) continue;
    const open = balancesOf(opening);
    const all = balancesOf([...opening, ...movements]);
    map.set(year, {
      year,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      movements: all,
      opening: open,
      monthly: new Map(),
      entryCount: movements.length + opening.length,
      ownEntries: true,
      lastDate: `${year}-12-31`,
      uses: new Map(),
    });
  }
  return { calendar: { start: '01-01' }, years: map };
}

describe('yearPositions', () => {
  it('gives every year the position yearPosition gives it', () => {
    fc.assert(
      fc.property(fc.array(yearArb, { minLength: 1, maxLength: 8 }), (years) => {
        const books = booksOf(years);
        const all = yearPositions(books);
        expect([...all.keys()].sort()).toEqual([...books.years.keys()].sort());
        for (const year of books.years.keys()) expect(all.get(year)).toEqual(yearPosition(books, year));
      }),
      { numRuns: runs(200) },
    );
  });

  it('up to a year, with books or not, gives it and the years before it the positions yearPosition gives', () => {
    fc.assert(
      fc.property(
        fc.array(yearArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2014, max: 2027 }),
        (years, upTo) => {
          const books = booksOf(years);
          const some = yearPositions(books, undefined, upTo);
          expect(some.get(upTo)).toEqual(yearPosition(books, upTo));
          for (const year of books.years.keys())
            if (year < upTo) expect(some.get(year)).toEqual(yearPosition(books, year));
            else if (year > upTo) expect(some.has(year)).toBe(false);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
