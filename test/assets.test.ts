// Fixed assets (asso assets): the schedule against an independent computation over random assets,
// the disposals in both reference sets, the --book rerun, the check of the register against the
// books, the refusals, and the register's goldens on fixtures/assets.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Asset } from '../src/assets/asset.js';
import { depreciationAccountOf, readAssets } from '../src/assets/asset.js';
import { depreciationRows } from '../src/assets/entries.js';
import { assetRegister } from '../src/assets/register.js';
import { depreciationSchedule } from '../src/assets/schedule.js';
import { yearEnd, yearStart } from '../src/fiscal.js';
import { ROOT, runAsso } from './run-asso.js';
import { runs } from './property-runs.js';

const FIXTURE = join(ROOT, 'fixtures', 'assets');
const EXPECTED = join(FIXTURE, 'expected');
const EPOCH = { SOURCE_DATE_EPOCH: '1780000000' }; // 2026-05-28
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-assets-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'expected'), { recursive: true, force: true });
  return dir;
}

function asset(fields: Partial<Asset> & Pick<Asset, 'acquired' | 'cost' | 'years'>): Asset {
  return {
    id: 'A',
    account: '218300',
    label: 'test',
    start: fields.acquired,
    prior: 0n,
    depreciationAccount: '281830',
    subsidy: 0n,
    file: 'assets.csv',
    line: 2,
    ...fields,
  };
}

/** Days of a period by counting them one by one: another road than the schedule's. */
function countDays(from: string, to: string): number {
  let days = 0;
  for (
    let day = new Date(`${from}T00:00:00Z`);
    day <= new Date(`${to}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  )
    days += 1;
  return days;
}

function holdsLeapDay(from: string, to: string): boolean {
  for (
    let day = new Date(`${from}T00:00:00Z`);
    day <= new Date(`${to}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  )
    if (day.getUTCMonth() === 1 && day.getUTCDate() === 29) return true;
  return false;
}

describe('the depreciation schedule', () => {
  it('gives the treasurer’s scoreboard 2 400 × 20 % × 292/365 = 384,00 € its first year', () => {
    const schedule = depreciationSchedule(asset({ acquired: '2025-03-15', cost: 240000n, years: 5 }), {
      start: '01-01',
    });
    expect(schedule.map((row) => [row.year, row.charge])).toEqual([
      [2025, 38400n],
      [2026, 48000n],
      [2027, 48000n],
      [2028, 48000n],
      [2029, 48000n],
      [2030, 9600n],
    ]);
  });

  it('gives an 18-month first year its 18 months', () => {
    const calendar = { start: '01-01', firstYear: { start: '2024-07-01', end: '2025-12-31' } };
    const [first] = depreciationSchedule(asset({ acquired: '2024-07-01', cost: 1000000n, years: 10 }), calendar);
    // 549 days (2024-07-01 to 2025-12-31), the period holds no 29 February: 100 000 × 549 / 365.
    expect(first?.charge).toBe(150411n);
  });

  it('sums to the cost, each year within a cent of the exact prorata (random assets and calendars)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.bigInt({ min: 1n, max: 10n ** 14n }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('01-01', '09-01', '07-01', '04-06'),
        (date, cost, years, start) => {
          const acquired = date.toISOString().slice(0, 10);
          const calendar = { start };
          const schedule = depreciationSchedule(asset({ acquired, cost, years }), calendar);
          expect(schedule.reduce((sum, row) => sum + row.charge, 0n)).toBe(cost);
          schedule.forEach((row, index) => {
            // The year the cost is reached takes what is left (and tiny costs can be reached early by rounding).
            if (row.before + row.charge === cost) return;
            const from = index === 0 ? acquired : yearStart(calendar, row.year);
            const to = yearEnd(calendar, row.year);
            const basis = holdsLeapDay(yearStart(calendar, row.year), to) ? 366n : 365n;
            // Exact charge = cost × days / (years × basis); the rounded one is within half a cent of it.
            const numerator = cost * BigInt(countDays(from, to)) * 2n;
            const denominator = BigInt(years) * basis;
            const twice = row.charge * 2n * denominator;
            expect(twice - numerator <= denominator && numerator - twice <= denominator).toBe(true);
          });
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('names the depreciation account after the asset account', () => {
    expect(depreciationAccountOf('218300')).toBe('281830');
    expect(depreciationAccountOf('2183')).toBe('2818');
    expect(depreciationAccountOf('205000')).toBe('280500');
  });
});

describe('the fixture’s register and entries', () => {
  const { assets, diagnostics } = readAssets(join(FIXTURE, 'assets.csv'));
  const calendar = { start: '01-01' };

  it('reads every asset of the fixture', () => {
    expect(diagnostics).toEqual([]);
    expect(assets.map((a) => a.id)).toEqual(['MINIBUS', 'PC', 'TERRAIN', 'SONO', 'TABLEAU']);
  });

  it('books a disposal on 675 before 2025 and on 652 from 2025, the subsidy on 777 then 747', () => {
    const rows2024 = depreciationRows(assetRegister(assets, calendar, 2024, 2024), 'pca-2018');
    const rows2025 = depreciationRows(assetRegister(assets, calendar, 2025, 2024), 'pca-2025');
    expect(rows2024.filter((r) => r.piece === 'SORTIE-2024-SONO').map((r) => [r.account, r.debit, r.credit])).toEqual([
      ['281840', 17814n, 0n],
      ['675', 62186n, 0n],
      ['218400', 0n, 80000n],
    ]);
    expect(
      rows2025.filter((r) => r.piece === 'SORTIE-2025-MINIBUS').map((r) => [r.account, r.debit, r.credit]),
    ).toEqual([
      ['281820', 1258521n, 0n],
      ['652', 541479n, 0n],
      ['218200', 0n, 1800000n],
    ]);
    expect(rows2024.find((r) => r.piece === 'SUBV-2024-MINIBUS' && r.credit)?.account).toBe('777');
    // The minibus leaves the books in 2025: what is left of its subsidy goes to the result.
    expect(rows2025.find((r) => r.piece === 'SUBV-2025-MINIBUS' && r.credit)).toMatchObject({
      account: '747',
      credit: 240000n,
    });
    for (const rows of [rows2024, rows2025]) {
      const net = new Map<string, bigint>();
      for (const r of rows) net.set(r.piece, (net.get(r.piece) ?? 0n) + r.debit - r.credit);
      expect([...net.values()].every((sum) => sum === 0n)).toBe(true);
    }
  });
});

describe('asso assets on fixtures/assets', () => {
  for (const [name, args] of [
    ['assets-2025.txt', []],
    ['assets-2025.json', ['-f', 'json']],
    ['assets-2025.csv', ['-f', 'csv']],
    ['assets-2025.md', ['-f', 'markdown']],
    ['assets-2025-en.txt', ['--lang', 'en']],
  ] as const) {
    it(`prints ${name}`, async () => {
      const run = await runAsso(['immobilisations', '-L', FIXTURE, '-y', '2025', ...args]);
      expect(run.code).toBe(0);
      await expect(run.stdout).toMatchFileSnapshot(join(EXPECTED, name));
    });
  }

  it('--book writes the year’s entries, a rerun rewrites them, and the books then agree with the register', async () => {
    const dir = copyFixture();
    const first = await runAsso(['immobilisations', '-L', dir, '-y', '2025', '--book'], { env: EPOCH });
    expect(first.code).toBe(0);
    await expect(first.stdout).toMatchFileSnapshot(join(EXPECTED, 'book-2025.txt'));
    const file = join(dir, 'journal', '2025-depreciation.csv');
    const written = readFileSync(file, 'utf8');
    const again = await runAsso(['immobilisations', '-L', dir, '-y', '2025', '--book'], { env: EPOCH });
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(written);
    const check = await runAsso(['check', '-L', dir]);
    expect(check.code).toBe(0);
    expect(check.stderr).not.toContain('[assets-mismatch]');
    const sheet = JSON.parse((await runAsso(['bilan', '-L', dir, '-y', '2025', '-f', 'json'])).stdout) as {
      assets: { lines: { id: string; net: string }[] };
    };
    const register = JSON.parse((await runAsso(['immobilisations', '-L', dir, '-y', '2025', '-f', 'json'])).stdout) as {
      total: { net: string };
    };
    expect(sheet.assets.lines.find((l) => l.id === 'actif.total-immobilise')?.net).toBe(register.total.net);
  });

  it('check warns when a 2x or 28x balance differs from the register, by account and by how much', async () => {
    const dir = copyFixture();
    const assets = join(dir, 'assets.csv');
    writeFileSync(assets, readFileSync(assets, 'utf8').replace('1199.99,3', '1099.99,3'));
    const check = await runAsso(['check', '-L', dir]);
    expect(check.stdout + check.stderr).toMatch(
      /exercice 2024 : le solde du compte 218300 \(1\u202f199,99\u00a0€\) diffère du registre .* \(1\u202f099,99\u00a0€\), écart 100,00\u00a0€ .*\[assets-mismatch\]/,
    );
  });

  it('refuses to book a sealed year, and close reminds of a year’s depreciation not booked', async () => {
    const dir = copyFixture();
    const close = await runAsso(['cloture', '-L', dir, '--year', '2024', '--yes'], { env: EPOCH });
    expect(close.code).toBe(0);
    const refused = await runAsso(['immobilisations', '-L', dir, '-y', '2024', '--book'], { env: EPOCH });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('locks/2024.json');
    const close2025 = await runAsso(['cloture', '-L', dir, '--year', '2025', '--yes'], { env: EPOCH });
    expect(close2025.stderr).toContain('asso immobilisations --book --year 2025');
  });

  it.each([
    [
      'an account that is not a depreciable fixed asset',
      'X,271000,Prêt,2024-01-01,100.00,0',
      /assets\.csv:7: .*271000.*\[bad-asset\]/,
    ],
    [
      'a cost with three decimals',
      'X,218300,PC,2024-01-01,100.005,3',
      /assets\.csv:7: .*100\.005.*deux décimales.*\[bad-asset\]/,
    ],
    [
      'a disposal before the acquisition',
      'X,218300,PC,2024-05-01,100.00,3,,,2024-04-01',
      /assets\.csv:7: .*sortie le 2024-04-01.*\[bad-asset\]/,
    ],
    [
      'zero years on a depreciable account',
      'X,218300,PC,2024-05-01,100.00,0',
      /assets\.csv:7: .*durée 0 sur le compte 218300.*\[bad-asset\]/,
    ],
  ])('refuses %s, with file and line', async (_what, row, message) => {
    const dir = copyFixture();
    const assets = join(dir, 'assets.csv');
    writeFileSync(assets, `${readFileSync(assets, 'utf8')}${row}\n`);
    const check = await runAsso(['check', '-L', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(message);
    const run = await runAsso(['immobilisations', '-L', dir, '-y', '2025']);
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'journal', '2025-depreciation.csv'))).toBe(false);
  });
});
