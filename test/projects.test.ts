// The income statement by project: on random ledgers the columns add up to the total line by line
// and the total is the income statement; goldens of fixtures/projects in every format.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinChart } from '../src/chart/chart.js';
import { addToBalances, type Balances, type Entry, type Posting } from '../src/model.js';
import { incomeStatement } from '../src/reports/income-statement.js';
import { balancesByProject, projectsStatement } from '../src/reports/projects.js';
import { PCA2018 } from '../src/statements/pca2018.js';
import { ROOT, runAsso } from './run-asso.js';

const ACCOUNTS = [
  '606400',
  '613200',
  '622600',
  '641100',
  '706000',
  '741000',
  '756100',
  '758000',
  '768100',
  '870000',
  '860000',
  '512100',
];

const posting = (account: string, debit: bigint, credit: bigint, analytic: string): Posting => ({
  account,
  label: '',
  debit,
  credit,
  aux: '',
  auxLabel: '',
  line: 2,
  fields: analytic ? { analytic } : {},
});

const entryArbitrary = fc
  .record({
    account: fc.constantFrom(...ACCOUNTS.slice(0, -1)),
    amount: fc.bigInt({ min: 1n, max: 10_000_000n }),
    debit: fc.boolean(),
    analytic: fc.constantFrom('', 'A', 'B', 'ÉCOLE'),
  })
  .map(({ account, amount, debit, analytic }): Entry => {
    const bank = account.startsWith('8') ? (account === '870000' ? '860000' : '870000') : '512100';
    return {
      year: 2025,
      date: '2025-03-01',
      journal: 'OD',
      piece: '1',
      label: '',
      file: 'x.csv',
      line: 2,
      postings: [
        posting(account, debit ? amount : 0n, debit ? 0n : amount, analytic),
        posting(bank, debit ? 0n : amount, debit ? amount : 0n, ''),
      ],
    };
  });

describe('the income statement by project', () => {
  it('adds up to the income statement, line by line, to the cent', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 40 }), (entries) => {
        const total: Balances = new Map();
        for (const entry of entries) for (const p of entry.postings) addToBalances(total, p.account, p.debit, p.credit);
        const chart = builtinChart();
        const statement = projectsStatement({
          set: PCA2018,
          chart,
          year: 2025,
          lang: 'fr',
          byProject: balancesByProject(entries, 2025),
          total,
        });
        const reference = incomeStatement({
          set: PCA2018,
          chart,
          year: 2025,
          current: total,
          previous: undefined,
          lang: 'fr',
        });
        expect(statement.lines.map((l) => [l.id, l.total])).toEqual(reference.lines.map((l) => [l.id, l.amount]));
        for (const line of statement.lines)
          expect(
            line.amounts.reduce((a, b) => a + b, 0n),
            line.id,
          ).toBe(line.total);
        expect(statement.results.reduce((a, b) => a + b, 0n)).toBe(reference.totals.result);
      }),
      { numRuns: 200 },
    );
  });
});

const FIXTURE = join(ROOT, 'fixtures', 'projects');

describe('asso projects on fixtures/projects', () => {
  for (const [name, args] of [
    ['projects-2025.txt', []],
    ['projects-2025.json', ['-f', 'json']],
    ['projects-2025.csv', ['-f', 'csv']],
    ['projects-2025-ecole.md', ['--project', 'ECOLE', '-f', 'markdown']],
  ] as const) {
    it(`prints ${name}`, async () => {
      const run = await runAsso(['projets', '-L', FIXTURE, ...args]);
      expect(run.code).toBe(0);
      await expect(run.stdout).toMatchFileSnapshot(join(FIXTURE, 'expected', name));
    });
  }

  it('refuses an unknown project, naming the projects that exist', async () => {
    const run = await runAsso(['projets', '-L', FIXTURE, '--project', 'X']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('les projets sont ECOLE, FETE');
  });
});
