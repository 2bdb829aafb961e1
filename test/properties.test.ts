// Accounting invariants over random valid ledgers (fast-check): each entry sums to zero, the
// trial balance sums to zero, assets = liabilities, the result is the same in both statements,
// shuffling entries changes no figure, whole-euro rounding keeps every total footing.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { centsToString, type Cents } from '../src/money.js';
import { scanLedger } from '../src/post/books.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { balanceSheet, type BalanceSheet } from '../src/reports/balance-sheet.js';
import { incomeStatement, type IncomeStatement } from '../src/reports/income-statement.js';
import { trialBalance } from '../src/reports/listings.js';
import { previousSheetSource, yearPosition } from '../src/post/positions.js';
import { PCA2018 } from '../src/statements/pca2018.js';

const ACCOUNTS = [
  '101',
  '1068',
  '110',
  '119',
  '120',
  '129',
  '164',
  '2183',
  '28183',
  '271',
  '401',
  '408',
  '411',
  '421',
  '431',
  '4681',
  '486',
  '487',
  '512100',
  '512200',
  '530',
  '6061',
  '6064',
  '613200',
  '616',
  '6251',
  '641',
  '645',
  '6811',
  '6894',
  '706',
  '7063',
  '741',
  '75412',
  '756',
  '768',
  '7894',
  '771',
  '675',
  '791',
  '86',
  '864',
  '875',
];
const ORDINARY = ACCOUNTS.filter((a) => !a.startsWith('8'));

interface GeneratedEntry {
  month: number;
  day: number;
  journal: string;
  postings: { account: string; cents: bigint }[];
}

const postingAmount = fc.bigInt({ min: 1n, max: 5_000_000n });
const entryArb: fc.Arbitrary<GeneratedEntry> = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    journal: fc.constantFrom('BQ', 'OD', 'VT'),
    inKind: fc.boolean(),
    legs: fc.array(fc.record({ account: fc.constantFrom(...ORDINARY), cents: postingAmount, debit: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
    }),
    closing: fc.constantFrom(...ORDINARY),
    kindAmount: postingAmount,
  })
  .map(({ month, day, journal, inKind, legs, closing, kindAmount }) => {
    if (inKind && legs.length === 1)
      return {
        month,
        day,
        journal,
        postings: [
          { account: '864', cents: kindAmount },
          { account: '875', cents: -kindAmount },
        ],
      };
    const postings = legs.map((leg) => ({ account: leg.account, cents: leg.debit ? leg.cents : -leg.cents }));
    const rest = postings.reduce((t, p) => t - p.cents, 0n);
    postings.push({ account: closing, cents: rest === 0n ? 0n : rest });
    if (rest === 0n) postings.pop();
    return {
      month,
      day,
      journal,
      postings: postings.length >= 2 ? postings : [...postings, { account: closing, cents: 0n }],
    };
  })
  .filter((entry) => entry.postings.length >= 2 && entry.postings.every((p) => p.cents !== 0n));

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writeLedger(entries: readonly GeneratedEntry[], order: readonly number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-prop-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'journal'));
  writeFileSync(
    join(dir, 'asso.json'),
    JSON.stringify({ name: 'Propriétés', currency: 'EUR', fiscalYearStart: '01-01' }),
  );
  const rows = ['date,journal,piece,account,label,debit,credit'];
  for (const index of order) {
    const entry = entries[index]!;
    const date = `2024-${String(entry.month).padStart(2, '0')}-${String(entry.day).padStart(2, '0')}`;
    for (const p of entry.postings)
      rows.push(
        `${date},${entry.journal},P${index},${p.account},Écriture ${index},${p.cents > 0n ? centsToString(p.cents) : ''},${p.cents < 0n ? centsToString(-p.cents) : ''}`,
      );
  }
  writeFileSync(join(dir, 'journal', '2024.csv'), `${rows.join('\n')}\n`);
  return dir;
}

function statementsOf(
  dir: string,
  euros: boolean,
): { income: IncomeStatement; sheet: BalanceSheet; debit: Cents; credit: Cents; errors: number } {
  const { folder } = readLedgerFolder(dir);
  const { books, diagnostics } = scanLedger(folder!);
  const position = yearPosition(books, 2024)!;
  const income = incomeStatement({
    set: PCA2018,
    chart: folder!.chart,
    year: 2024,
    current: position.balances,
    previous: undefined,
    lang: 'fr',
    euros,
  });
  const sheet = balanceSheet({
    set: PCA2018,
    chart: folder!.chart,
    year: 2024,
    current: { balances: position.balances, resultOn12: false },
    previous: previousSheetSource(books, 2024),
    provisionalOpening: false,
    lang: 'fr',
    euros: euros ? { result: income.totals.result, previousResult: null } : undefined,
  });
  const trial = trialBalance(folder!.chart, 2024, position.balances);
  return {
    income,
    sheet,
    debit: trial.totals.debit,
    credit: trial.totals.credit,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

const ledgerArb = fc.array(entryArb, { minLength: 1, maxLength: 25 });

describe('accounting invariants on random valid ledgers', () => {
  it('every entry balances, the trial balance sums to zero, assets = liabilities, the result agrees', () => {
    fc.assert(
      fc.property(ledgerArb, (entries) => {
        for (const entry of entries) expect(entry.postings.reduce((t, p) => t + p.cents, 0n)).toBe(0n);
        const { income, sheet, debit, credit, errors } = statementsOf(
          writeLedger(
            entries,
            entries.map((_, i) => i),
          ),
          false,
        );
        expect(errors).toBe(0);
        expect(debit).toBe(credit);
        expect(sheet.balanced).toBe(true);
        expect(sheet.assets.total).toBe(sheet.liabilities.total);
        expect(income.totals.income - income.totals.expenses).toBe(income.totals.result);
        expect(sheet.liabilities.lines.find((l) => l.id === 'passif.resultat')?.amount ?? 0n).toBe(
          income.totals.result,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('shuffling the order of entries changes no figure', () => {
    fc.assert(
      fc.property(
        ledgerArb.chain((entries) =>
          fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(
              entries.map((_, i) => i),
              { minLength: entries.length },
            ),
          ),
        ),
        ([entries, order]) => {
          const straight = statementsOf(
            writeLedger(
              entries,
              entries.map((_, i) => i),
            ),
            false,
          );
          const shuffled = statementsOf(writeLedger(entries, order), false);
          expect(shuffled.income).toEqual(straight.income);
          expect(shuffled.sheet).toEqual(straight.sheet);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('whole euros: lines foot to their totals, total actif = total passif, the result is the same in both statements', () => {
    fc.assert(
      fc.property(ledgerArb, (entries) => {
        const { income, sheet } = statementsOf(
          writeLedger(
            entries,
            entries.map((_, i) => i),
          ),
          true,
        );
        const whole = (value: Cents | null) => value === null || value % 100n === 0n;
        for (const line of income.lines) expect(whole(line.amount)).toBe(true);
        // Every subtotal equals the sum of the lines of its block.
        let running = 0n;
        for (const line of income.lines) {
          if (line.kind === 'heading') running = 0n;
          else if (line.kind === 'line') running += line.amount;
          else if (line.kind === 'subtotal' && line.section !== 'result') {
            expect(line.amount).toBe(running);
          }
        }
        expect(income.totals.income - income.totals.expenses).toBe(income.totals.result);
        expect(sheet.assets.total).toBe(sheet.liabilities.total);
        expect(sheet.liabilities.lines.find((l) => l.id === 'passif.resultat')?.amount ?? 0n).toBe(
          income.totals.result,
        );
        for (const side of [sheet.assets, sheet.liabilities]) {
          const leaves = side.lines.filter((l) => l.kind === 'line');
          expect(leaves.reduce((t, l) => t + l.amount, 0n)).toBe(side.total);
          for (const l of side.lines) expect(whole(l.amount)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('class 8 (contributions volontaires en nature) never enters the result or the balance sheet', () => {
    // The same books with and without an in-kind entry (864 uses / 875 resources) of any amount:
    // the statements' result and balance-sheet totals are the same, and the in-kind block shows it.
    const inKind = postingAmount.map(
      (cents): GeneratedEntry => ({
        month: 6,
        day: 15,
        journal: 'OD',
        postings: [
          { account: '864', cents },
          { account: '875', cents: -cents },
        ],
      }),
    );
    fc.assert(
      fc.property(
        ledgerArb.map((entries) => entries.filter((e) => e.postings.every((p) => !p.account.startsWith('8')))),
        inKind,
        (entries, extra) => {
          fc.pre(entries.length > 0);
          const without = statementsOf(
            writeLedger(
              entries,
              entries.map((_, i) => i),
            ),
            false,
          );
          const withInKind = [...entries, extra];
          const withIt = statementsOf(
            writeLedger(
              withInKind,
              withInKind.map((_, i) => i),
            ),
            false,
          );
          expect(withIt.errors).toBe(without.errors);
          expect(withIt.income.totals.result).toBe(without.income.totals.result);
          expect(withIt.sheet.assets.total).toBe(without.sheet.assets.total);
          expect(withIt.sheet.liabilities.total).toBe(without.sheet.liabilities.total);
          // …and the block below the result shows the entry on both sides.
          const inKindSum = (income: IncomeStatement) =>
            income.lines.filter((l) => l.section === 'in-kind' && l.kind === 'line').reduce((t, l) => t + l.amount, 0n);
          expect(inKindSum(withIt.income) - inKindSum(without.income)).toBe(2n * extra.postings[0]!.cents);
        },
      ),
      { numRuns: 20 },
    );
  });
});
