// The scan's cheaper bookkeeping against plain references: the piece index (numbers in a sorted
// array) against a Map of texts, the tallies of row cents (safe integers, bigint beyond) against
// bigint sums, the one-pass plain-entry test against the entry checks themselves, and the books of
// generated ledgers with amounts near 2^53 cents against sums made here in bigint.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CentsTally, rowCents, type RowCents } from '../src/money.js';
import { scanLedger } from '../src/post/books.js';
import { keysMeet, type EntryKeys } from '../src/post/year-books.js';
import { ENTRY_CHECKS, isPlainEntry } from '../src/post/entry-checks.js';
import { PieceIndex, pieceCode, pieceOfCode, piecesMeet } from '../src/post/piece-index.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { fiscalMonthIndex, fiscalYearOf } from '../src/fiscal.js';
import type { JournalRow } from '../src/read/row.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const pieceText = fc.oneof(
  // Pieces that become numbers: capitals, digits, dashes, slashes, up to ten of them.
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom('0', '1', '9', 'A', 'Z', 'B', '-', '/'), maxLength: 11 }) },
  // And any other: lower case, accents, spaces, long.
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'é', ' ', '1', 'B', '_'), maxLength: 14 }) },
);

describe('the piece index', () => {
  it('finds every piece as a Map of texts would, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            pieceText,
            fc.nat(5000).map((n) => `BQ${String(n).padStart(6, '0')}`),
          ),
          { maxLength: 400 },
        ),
        fc.boolean(),
        (pieces, sorted) => {
          const order = sorted ? [...pieces].sort() : pieces;
          const index = new PieceIndex();
          const reference = new Map<string, number>();
          order.forEach((piece, place) => {
            expect(index.get(piece)).toBe(reference.get(piece));
            if (!reference.has(piece)) {
              reference.set(piece, place);
              index.set(piece, place);
            }
          });
          expect(index.size).toBe(reference.size);
          expect([...index.pieces()].sort()).toEqual([...reference.keys()].sort());
          for (const [piece, place] of reference) expect(index.get(piece)).toBe(place);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells whether two indexes share a piece, as sets of texts would, whatever their order', () => {
    const indexOf = (pieces: readonly string[]): PieceIndex => {
      const index = new PieceIndex();
      pieces.forEach((piece, place) => {
        if (index.get(piece) === undefined) index.set(piece, place);
      });
      return index;
    };
    const numbered = fc.nat(300).map((n) => `BQ${String(n).padStart(6, '0')}`);
    const pieces = fc.array(fc.oneof(pieceText, numbered), { maxLength: 120 });
    fc.assert(
      fc.property(pieces, pieces, fc.boolean(), (left, right, sorted) => {
        const [a, b] = sorted ? [[...left].sort(), [...right].sort()] : [left, right];
        const shared = a.some((piece) => b.includes(piece));
        expect(piecesMeet(indexOf(a).keys(), indexOf(b).keys())).toBe(shared);
        const keys = indexOf(a).keys();
        expect([...keys.codes]).toEqual([...keys.codes].sort((x, y) => x - y));
      }),
      { numRuns: 500 },
    );
  });

  it('tells whether two scanners read the same entry key (year, journal, piece)', () => {
    const key = fc.tuple(
      fc.constantFrom(2023, 2024),
      fc.constantFrom('BQ', 'AC'),
      fc.oneof(pieceText, fc.constantFrom('BQ000001', 'X-1')),
    );
    const keysOf = (keys: readonly (readonly [number, string, string])[]): EntryKeys => {
      const indexes = new Map<number, Map<string, PieceIndex>>();
      keys.forEach(([year, journal, piece], place) => {
        const journals = indexes.get(year) ?? indexes.set(year, new Map()).get(year)!;
        const index = journals.get(journal) ?? journals.set(journal, new PieceIndex()).get(journal)!;
        if (index.get(piece) === undefined) index.set(piece, place);
      });
      return new Map(
        [...indexes].map(([year, journals]) => [year, new Map([...journals].map(([j, i]) => [j, i.keys()]))]),
      );
    };
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), fc.array(key, { maxLength: 40 }), (left, right) => {
        const texts = new Set(left.map((k) => k.join('\u0001')));
        const shared = right.some((k) => texts.has(k.join('\u0001')));
        expect(keysMeet(keysOf(left), keysOf(right))).toBe(shared);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers pieces one to one, longer pieces larger, pieces of one length in their order', () => {
    fc.assert(
      fc.property(pieceText, pieceText, (a, b) => {
        const x = pieceCode(a);
        const y = pieceCode(b);
        if (x < 0 || y < 0) return;
        expect(Number.isSafeInteger(x)).toBe(true);
        expect(pieceOfCode(x)).toBe(a);
        expect(x === y).toBe(a === b);
        if (a.length !== b.length) expect(x < y).toBe(a.length < b.length);
        else if (a !== b) expect(x < y).toBe(a < b);
      }),
      { numRuns: 2000 },
    );
    expect(pieceCode('//////////')).toBeLessThan(2 ** 53);
    expect(pieceCode('')).toBe(-1);
    expect(pieceCode('ABCDEFGHIJK')).toBe(-1);
    expect(pieceCode('bq1')).toBe(-1);
  });
});

const cents = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(BigInt),
  fc.bigInt({ min: -(2n ** 53n) - 5n, max: 2n ** 53n + 5n }),
  fc.constantFrom(2n ** 52n, 2n ** 52n + 1n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n) + 1n, 10n ** 20n),
);

describe('tallies of row cents', () => {
  it('add and subtract safe integers and bigints exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cents, fc.boolean())), (moves) => {
        const tally = new CentsTally();
        let expected = 0n;
        for (const [amount, subtract] of moves) {
          const row: RowCents = rowCents(amount);
          expect(typeof row === 'number' ? Number.isSafeInteger(row) : true).toBe(true);
          expect(BigInt(row)).toBe(amount);
          if (subtract) tally.subtract(row);
          else tally.add(row);
          expected += subtract ? -amount : amount;
        }
        expect(tally.value).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

function row(debit: bigint, credit: bigint, overrides: Partial<JournalRow> = {}): JournalRow {
  return {
    file: 'j.csv',
    line: 2,
    date: '2024-03-01',
    journal: 'BQ',
    piece: 'P1',
    group: 'P1',
    account: '512100',
    label: '',
    debit: rowCents(debit),
    credit: rowCents(credit),
    aux: '',
    auxLabel: '',
    fields: {},
    valid: true,
    ...overrides,
  };
}

describe('the plain-entry test', () => {
  it('passes an entry exactly when no entry check has anything to say', () => {
    const rowArb = fc.record({
      debit: cents,
      credit: cents,
      account: fc.constantFrom('512100', '756100', '860000', '870000', '890000', '411000'),
      date: fc.constantFrom('2024-03-01', '2024-03-01', '2024-03-02', ''),
      valid: fc.constantFrom(true, true, true, false),
      journal: fc.constantFrom('BQ', 'AN'),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 5 }), fc.boolean(), (specs, balance) => {
        const rows = specs.map((spec, i) => row(spec.debit, spec.credit, { ...spec, line: i + 2 } as never));
        if (balance && rows.length > 1) {
          // Make it balance: the last row takes the difference.
          const debit = specs.slice(0, -1).reduce((t, s) => t + s.debit - s.credit, 0n);
          const last = specs[specs.length - 1]!;
          rows[rows.length - 1] = row(0n, debit, { ...last, line: rows.length + 1 } as never);
        }
        const said = ENTRY_CHECKS.flatMap((check) => check(rows));
        if (isPlainEntry(rows)) {
          expect(said).toEqual([]);
          expect(rows.every((r) => r.valid)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: the common entry is plain.
    expect(isPlainEntry([row(1050n, 0n), row(0n, 1050n, { account: '756100' })])).toBe(true);
    expect(isPlainEntry([row(2n ** 52n, 0n), row(2n ** 52n, 0n), row(0n, 2n ** 53n)])).toBe(false);
  });
});

describe('the books of ledgers with amounts near 2^53 cents', () => {
  it('are the sums made in bigint, row by row', () => {
    const amountArb = fc.oneof(
      fc.bigInt({ min: 1n, max: 999_999n }),
      fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n }),
      fc.constantFrom(999_999_999_999_999n, 2n ** 52n, 2n ** 53n - 1n, 2n ** 53n + 1n, 10n ** 17n + 7n),
    );
    const entryArb = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      debits: fc.array(fc.tuple(fc.constantFrom('606100', '641000', '512100'), amountArb), {
        minLength: 1,
        maxLength: 3,
      }),
      credit: fc.constantFrom('756100', '401000', '512100'),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 30 }), (entries) => {
        const dir = mkdtempSync(join(tmpdir(), 'asso-exact-'));
        dirs.push(dir);
        mkdirSync(join(dir, 'journal'));
        writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name: 'Exact', fiscalYearStart: '01-01' }));
        const euros = (c: bigint): string => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
        const lines = ['date,journal,piece,account,label,debit,credit'];
        const expected = new Map<string, { debit: bigint; credit: bigint }>();
        const add = (account: string, debit: bigint, credit: bigint): void => {
          const totals = expected.get(account) ?? { debit: 0n, credit: 0n };
          totals.debit += debit;
          totals.credit += credit;
          expected.set(account, totals);
        };
        entries.forEach((entry, i) => {
          const date = `2024-${String(entry.month).padStart(2, '0')}-${String(entry.day).padStart(2, '0')}`;
          let total = 0n;
          for (const [account, amount] of entry.debits) {
            lines.push(`${date},OD,P${i + 1},${account},Charge,${euros(amount)},`);
            add(account, amount, 0n);
            total += amount;
          }
          lines.push(`${date},OD,P${i + 1},${entry.credit},Produit,,${euros(total)}`);
          add(entry.credit, 0n, total);
        });
        writeFileSync(join(dir, 'journal', 'books.csv'), `${lines.join('\n')}\n`);
        const { folder } = readLedgerFolder(dir);
        const { books, diagnostics } = scanLedger(folder!);
        expect(diagnostics).toEqual([]);
        const movements = books.years.get(2024)!.movements;
        for (const [account, totals] of expected) {
          expect(movements.get(account)?.debit).toBe(totals.debit);
          expect(movements.get(account)?.credit).toBe(totals.credit);
        }
        const monthly = books.years.get(2024)!.monthly;
        for (const [account, totals] of expected)
          expect((monthly.get(account) ?? []).reduce((t, net) => t + (net ?? 0n), 0n)).toBe(
            totals.debit - totals.credit,
          );
      }),
      { numRuns: 60 },
    );
  });
});

describe('the fiscal month of each posting', () => {
  it('is the calendar arithmetic of its date, whatever day the years start on', () => {
    const calendarArb = fc.record({
      start: fc.constantFrom('01-01', '09-01', '07-15', '03-31', '12-02'),
      first: fc.option(
        fc.constantFrom({ start: '2023-05-10', end: '2024-09-30' }, { start: '2022-09-01', end: '2023-12-31' }),
      ),
    });
    const day = fc.record({
      y: fc.integer({ min: 2022, max: 2025 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(calendarArb, fc.array(day, { minLength: 1, maxLength: 40 }), (calendar, days) => {
        const dir = mkdtempSync(join(tmpdir(), 'asso-months-'));
        dirs.push(dir);
        mkdirSync(join(dir, 'journal'));
        writeFileSync(
          join(dir, 'asso.json'),
          JSON.stringify({
            name: 'Months',
            fiscalYearStart: calendar.start,
            ...(calendar.first ? { firstYear: calendar.first } : {}),
          }),
        );
        const { calendar: read } = readLedgerFolder(dir).folder?.config ?? {};
        // Dates before a first year of its own, in its calendar year, have no fiscal month (left out).
        const dates = days
          .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
          .filter((date) => fiscalMonthIndex(read!, fiscalYearOf(read!, date), date) >= 0)
          .sort();
        const lines = ['date,journal,piece,account,label,debit,credit'];
        dates.forEach((date, i) => {
          lines.push(
            `${date},OD,P${i + 1},606100,Achat,${i + 1}.00,`,
            `${date},OD,P${i + 1},512100,Achat,,${i + 1}.00`,
          );
        });
        writeFileSync(join(dir, 'journal', 'books.csv'), `${lines.join('\n')}\n`);
        const { folder } = readLedgerFolder(dir);
        const { books } = scanLedger(folder!);
        const expected = new Map<number, bigint[]>();
        dates.forEach((date, i) => {
          const year = fiscalYearOf(folder!.config.calendar, date);
          const months = expected.get(year) ?? [];
          const month = fiscalMonthIndex(folder!.config.calendar, year, date);
          months[month] = (months[month] ?? 0n) + BigInt((i + 1) * 100);
          expected.set(year, months);
        });
        for (const [year, months] of expected) expect(books.years.get(year)?.monthly.get('606100')).toEqual(months);
        expect([...books.years.keys()].sort()).toEqual([...expected.keys()].sort());
      }),
      { numRuns: 80 },
    );
  });
});
