// The annexe in `asso report`: the fonds dédiés table, the tableau de variation des fonds propres,
// the fixed-asset register and the year's budget. Goldens of fixtures/annexe in every format; both
// tables reconcile to the balance sheet to the cent, on the fixtures and on random books (property).
// Update goldens with `npx vitest run test/annexe.test.ts -u`, then read them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { centsToString } from '../src/money.js';
import { equityChanges } from '../src/reports/equity-changes.js';
import { dedicatedFunds } from '../src/reports/dedicated-funds.js';
import type { Entry, Posting } from '../src/model.js';
import { runInProcess } from './run-asso.js';

const FIXTURE = 'fixtures/annexe';
const GOLDEN = [
  { name: 'report.2024.txt', year: 2024, args: [] },
  { name: 'report.2024.md', year: 2024, args: ['-f', 'markdown'] },
  { name: 'report-en.2024.md', year: 2024, args: ['-f', 'markdown', '--lang', 'en'] },
  { name: 'report.2024.html', year: 2024, args: ['-f', 'html'] },
  { name: 'report.2024.json', year: 2024, args: ['-f', 'json'] },
  // N−1: the funds engaged that year, the 2022 result allocated to report à nouveau.
  { name: 'report.2023.md', year: 2023, args: ['-f', 'markdown'] },
];

describe.concurrent('asso report: the annexe of fixtures/annexe (goldens)', () => {
  for (const golden of GOLDEN) {
    it(golden.name, async ({ expect }) => {
      const run = await runInProcess(['report', '-L', FIXTURE, '-y', String(golden.year), ...golden.args]);
      expect(run.code, run.stderr).toBe(0);
      await expect(run.stdout).toMatchFileSnapshot(`../${FIXTURE}/expected/${golden.name}`);
    });
  }
});

interface ReportJson {
  balanceSheet: { liabilities: { lines: { id: string; amount: string }[] } };
  equityChanges: {
    rows: { group: string; opening: string; allocation: string; increase: string; decrease: string; closing: string }[];
    total: { closing: string };
  } | null;
  dedicatedFunds: {
    groups: { account: string; end: string; projects: { project: string | null; end: string; idle: boolean }[] }[];
    total: { start: string; engaged: string; used: string; transferred: string; refunded: string; end: string };
  } | null;
  fixedAssets: { total: { net: string } } | null;
  yearBudget: unknown;
}

const cents = (value: string): bigint => BigInt(value.replace('.', ''));

async function reportJson(dir: string, year: number): Promise<ReportJson> {
  const run = await runInProcess(['report', '-L', dir, '-y', String(year), '-f', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReportJson;
}

function line(report: ReportJson, id: string): string {
  return report.balanceSheet.liabilities.lines.find((l) => l.id === id)?.amount ?? '0.00';
}

/** Both tables against the balance sheet, and each row adding up. */
function expectReconciled(report: ReportJson): void {
  expect(report.equityChanges).not.toBeNull();
  expect(report.equityChanges!.total.closing).toBe(line(report, 'passif.total-fonds-propres'));
  for (const row of report.equityChanges!.rows)
    expect(cents(row.opening) + cents(row.allocation) + cents(row.increase) - cents(row.decrease)).toBe(
      cents(row.closing),
    );
  const funds = report.dedicatedFunds;
  expect(funds?.total.end ?? '0.00').toBe(line(report, 'passif.fonds-dedies'));
  if (funds) {
    const t = funds.total;
    expect(cents(t.start) + cents(t.engaged) - cents(t.used) + cents(t.transferred) - cents(t.refunded)).toBe(
      cents(t.end),
    );
  }
}

describe.concurrent('the annexe reconciles to the balance sheet, to the cent', () => {
  for (const [dir, year] of [
    [FIXTURE, 2024],
    [FIXTURE, 2023],
    [FIXTURE, 2022],
    ['ledgers/coorace-bn', 2011],
    ['fixtures/benevolat-fonds-dedies', 2024],
    ['fixtures/assets', 2025],
    ['fixtures/decouvert', 2024],
    ['fixtures/pca-2024-2025', 2025],
    ['fixtures/budget-club', 2024],
    ['fixtures/club-septembre', 2024],
  ] as const) {
    it(`${dir} ${year}`, async () => expectReconciled(await reportJson(dir, year)));
  }

  it('fixtures/annexe 2024: the funds by project, the idle one flagged, the allocation and the subsidy', async () => {
    const report = await reportJson(FIXTURE, 2024);
    const projects = report.dedicatedFunds!.groups.flatMap((g) =>
      g.projects.map((p) => ({ account: g.account, project: p.project, end: p.end, idle: p.idle })),
    );
    expect(projects).toEqual([
      { account: '194', project: 'ATELIERS', end: '3000.00', idle: true },
      { account: '195', project: 'FESTIVAL', end: '500.00', idle: false },
      { account: '196', project: 'CHOEUR-ENFANTS', end: '300.00', idle: false },
      { account: '196', project: 'CHORALE', end: '1400.00', idle: false },
    ]);
    expect(report.dedicatedFunds!.total).toMatchObject({
      start: '6700.00',
      engaged: '500.00',
      used: '1500.00',
      transferred: '0.00',
      refunded: '500.00',
    });
    const rows = Object.fromEntries(report.equityChanges!.rows.map((row) => [row.group, row]));
    expect(rows.resultat).toMatchObject({ opening: '900.00', allocation: '-900.00', closing: '499.45' });
    expect(rows['reserves-projet']).toMatchObject({ allocation: '500.00', closing: '500.00' });
    expect(rows['subventions-investissement']).toMatchObject({ increase: '1000.00', decrease: '150.27' });
    expect(report.fixedAssets!.total.net).toBe('2549.18');
    expect(report.yearBudget).not.toBeNull();
  });

  it('the seed 2011 has no funds, no assets and no budget of 2011: those sections are absent', async () => {
    const report = await reportJson('ledgers/coorace-bn', 2011);
    expect(report.dedicatedFunds).toBeNull();
    expect(report.fixedAssets).toBeNull();
    expect(report.yearBudget).toBeNull();
  });

  it('check warns once for the idle fund, where it was engaged', async () => {
    const run = await runInProcess(['check', '-L', FIXTURE]);
    expect(run.code).toBe(0);
    const said = run.stdout + run.stderr;
    expect(said).toContain('journal/2022.csv:12: avertissement :');
    expect(said.match(/\[idle-dedicated-funds\]/g)).toHaveLength(1);
    expect(said).not.toContain('[fund-without-project]');
  });
});

// ——— Random books: a ledger of two years with equity, funds by project and an allocation ———

const EQUITY = ['102400', '106300', '106800', '110000', '119000', '131000', '139000', '145000', '103400', '105100'];
const FUNDS = ['194000', '195000', '196000'];
const PROJECTS = ['A', 'B', 'C'];
const amountArb = fc.integer({ min: 1, max: 500_000 }).map((n) => BigInt(n));

type Row = [string, string, bigint, bigint, string];
const money = (c: bigint) => (c === 0n ? '' : centsToString(c));

const entryArb = fc.oneof(
  // An equity movement against the bank, either way.
  fc.tuple(fc.constantFrom(...EQUITY), amountArb, fc.boolean()).map(([account, amount, credit]): Row[] => [
    [account, 'Mouvement de fonds propres', credit ? 0n : amount, credit ? amount : 0n, ''],
    ['512100', 'Mouvement de fonds propres', credit ? amount : 0n, credit ? 0n : amount, ''],
  ]),
  // Income or expense.
  fc.tuple(fc.constantFrom('756100', '606300'), amountArb).map(([account, amount]): Row[] => {
    const income = account.startsWith('7');
    return [
      [account, 'Opération', income ? 0n : amount, income ? amount : 0n, ''],
      ['512100', 'Opération', income ? amount : 0n, income ? 0n : amount, ''],
    ];
  }),
  // Engaged, used, refunded or transferred, by project.
  fc
    .tuple(
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom(...PROJECTS),
      fc.constantFrom(...PROJECTS),
      amountArb,
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([i, project, other, amount, kind]): Row[] => {
      const fund = FUNDS[i]!;
      const digit = fund[2]!;
      if (kind === 0)
        return [
          [`689${digit}00`, 'Report', amount, 0n, project],
          [fund, 'Report', 0n, amount, project],
        ];
      if (kind === 1)
        return [
          [fund, 'Utilisation', amount, 0n, project],
          [`789${digit}00`, 'Utilisation', 0n, amount, project],
        ];
      if (kind === 2)
        return [
          [fund, 'Remboursement', amount, 0n, project],
          ['512100', 'Remboursement', 0n, amount, ''],
        ];
      return [
        [fund, 'Transfert', amount, 0n, project],
        [FUNDS[(i + 1) % 3]!, 'Transfert', 0n, amount, other],
      ];
    }),
);

const ACCOUNTS = [
  ...EQUITY,
  ...FUNDS,
  '120000',
  '129000',
  '512100',
  '606300',
  '756100',
  '689400',
  '689500',
  '689600',
  '789400',
  '789500',
  '789600',
];

function journal(year: number, entries: readonly Row[][], allocate: boolean): string {
  const lines = ['date,journal,piece,account,label,debit,credit,analytic'];
  entries.forEach((rows, index) => {
    const date = `${year}-${String((index % 12) + 1).padStart(2, '0')}-15`;
    for (const [account, label, debit, credit, project] of rows)
      lines.push(`${date},OD,OD-${year}-${index + 1},${account},${label},${money(debit)},${money(credit)},${project}`);
  });
  // The previous year's result, whatever it was, allocated in full to report à nouveau.
  if (allocate)
    lines.push(
      `${year}-06-30,OD,AFF-${year},120000,Affectation,{R120},,`,
      `${year}-06-30,OD,AFF-${year},110000,Affectation,,{R120},`,
    );
  return `${lines.join('\n')}\n`;
}

const scratch = mkdtempSync(join(tmpdir(), 'asso-annexe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('property: on random books the annexe reconciles to the balance sheet', () => {
  it('equity and fund tables equal Total I and the Fonds dédiés line, each row adding up', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb, { minLength: 1, maxLength: 12 }),
        fc.array(entryArb, { minLength: 1, maxLength: 12 }),
        async (first, second) => {
          const dir = join(scratch, `ledger-${run++}`);
          mkdirSync(join(dir, 'journal'), { recursive: true });
          writeFileSync(
            join(dir, 'asso.json'),
            JSON.stringify({ name: 'Test', currency: 'EUR', fiscalYearStart: '01-01' }),
          );
          writeFileSync(
            join(dir, 'accounts.csv'),
            `number,label\n${ACCOUNTS.map((a) => `${a},Compte ${a}`).join('\n')}\n`,
          );
          writeFileSync(join(dir, 'journal', '2022.csv'), journal(2022, first, false));
          // The 2023 journal allocates an excédent of 2022 (a deficit stays on 129).
          const r2022 = await reportJson(dir, 2022);
          expectReconciled(r2022);
          const result = cents(line(r2022, 'passif.resultat'));
          const second2023 = journal(2023, second, result > 0n);
          writeFileSync(join(dir, 'journal', '2023.csv'), second2023.replaceAll('{R120}', centsToString(result)));
          expectReconciled(await reportJson(dir, 2023));
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

// ——— The pure functions on hand-made entries ———

const posting = (account: string, debit: bigint, credit: bigint, analytic = ''): Posting => ({
  account,
  label: '',
  debit,
  credit,
  aux: '',
  auxLabel: '',
  line: 1,
  fields: analytic ? { analytic } : {},
});
const entry = (year: number, date: string, postings: Posting[], journalCode = 'OD'): Entry => ({
  year,
  date,
  journal: journalCode,
  piece: '',
  label: '',
  file: 'f.csv',
  line: 1,
  postings,
});

describe('dedicatedFunds and equityChanges', () => {
  const startOf = (year: number) => `${year}-01-01`;
  it('counts the first year opening entries as the start, and ignores later ones (they repeat the closing)', () => {
    const entries = [
      entry(2022, '2022-01-01', [posting('512100', 1000n, 0n), posting('194000', 0n, 1000n, 'P')], 'AN'),
      entry(2023, '2023-01-01', [posting('512100', 1000n, 0n), posting('194000', 0n, 1000n, 'P')], 'AN'),
      entry(2023, '2023-05-01', [posting('194000', 400n, 0n, 'P'), posting('789400', 0n, 400n, 'P')]),
    ];
    const funds = dedicatedFunds({ entries, startOf, firstYear: 2022 }, 2023);
    expect(funds.total).toEqual({ start: 1000n, engaged: 0n, used: 400n, transferred: 0n, refunded: 0n, end: 600n });
    expect(funds.idle).toEqual([]);
  });

  it('flags a fund held since before N−1 with no use in N−1 nor N, not one used last year', () => {
    const engaged = entry(2021, '2021-12-31', [posting('689500', 500n, 0n, 'X'), posting('195000', 0n, 500n, 'X')]);
    const idle = dedicatedFunds({ entries: [engaged], startOf, firstYear: 2021 }, 2023);
    expect(idle.idle.map((row) => row.project)).toEqual(['X']);
    const used = entry(2022, '2022-03-01', [posting('195000', 100n, 0n, 'X'), posting('789500', 0n, 100n, 'X')]);
    expect(dedicatedFunds({ entries: [engaged, used], startOf, firstYear: 2021 }, 2023).idle).toEqual([]);
    // Engaged at the end of N−1 only: not yet two years.
    expect(dedicatedFunds({ entries: [engaged], startOf, firstYear: 2021 }, 2022).idle).toEqual([]);
  });

  it('puts an allocation entry (any entry on 12x) in its own column, and the result in a row', () => {
    const balances = new Map([
      ['120000', { debit: 900n, credit: 900n, aux: new Map() }],
      ['110000', { debit: 0n, credit: 900n, aux: new Map() }],
    ]);
    const table = equityChanges({
      year: 2024,
      start: '2024-01-01',
      balances,
      result: -250n,
      entries: [entry(2024, '2024-04-20', [posting('120000', 900n, 0n), posting('110000', 0n, 900n)])],
    });
    expect(table.rows).toEqual([
      { group: 'report-a-nouveau', opening: 0n, allocation: 900n, increase: 0n, decrease: 0n, closing: 900n },
      { group: 'resultat', opening: 900n, allocation: -900n, increase: 0n, decrease: 250n, closing: -250n },
    ]);
    expect(table.total.closing).toBe(650n);
  });
});
