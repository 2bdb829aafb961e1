// End-to-end tests of `asso budget` (the BUILT command): exit codes 0/1/2, problems of a budget
// file as file:line on stderr (and in `check`), the French alias, --fail-over both ways.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Run, runInProcess } from './run-asso.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SEED = 'ledgers/coorace-bn';
const STACK = /^\s+at\s|internal error/m;

const asso = (args: readonly string[]): Promise<Run> => runInProcess(args);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'asso-budget-cli-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A small ledger: one 2024 entry, and the given budget/2024.csv. */
function ledgerWithBudget(name: string, budget: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'journal'), { recursive: true });
  mkdirSync(join(dir, 'budget'));
  writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name: 'Test', currency: 'EUR', fiscalYearStart: '01-01' }));
  writeFileSync(
    join(dir, 'journal', '2024.csv'),
    'date,journal,piece,account,label,debit,credit\n2024-03-01,BQ,1,512100,Cotisations,100.00,\n2024-03-01,BQ,1,756100,Cotisations,,100.00\n',
  );
  writeFileSync(join(dir, 'budget', '2024.csv'), budget);
  return dir;
}

describe.concurrent('asso budget (built command)', () => {
  it('exits 1 on a broken budget file, every problem as file:line, and check reports them too', async () => {
    const dir = ledgerWithBudget('broken', 'account,amount\n756,1000\n7561,50\n999,10\n6061,abc\n');
    const file = join(dir, 'budget', '2024.csv');
    const run = await asso(['budget', '-L', dir, '-y', '2024', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `asso: ${file}:3:account: error: account 7561 is already covered by the line for 756 at line 2`,
    );
    expect(run.stderr).toContain(`asso: ${file}:4:account: error: account 999 is not an income or expense account`);
    expect(run.stderr).toContain(`asso: ${file}:5:amount: error: amount "abc" is not a number`);
    expect(run.stderr).not.toMatch(STACK);
    const check = await asso(['check', '-L', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `${file}:3:account: erreur : le compte 7561 est déjà couvert par la ligne du 756 ligne 2`,
    );
    expect(check.stdout).toMatch(/3 erreurs/);
  });

  it('exits 2 on usage errors, before any output', async () => {
    const dir = ledgerWithBudget('usage', 'account,amount\n756,1000\n');
    const cases = [
      ['--vs', '24'],
      ['--fail-over', '10'],
      ['--vs', '2024', '--fail-over', 'ten'],
      ['--layout', 'wide'],
      ['--vs', '2023'],
      ['--to', '2024-02-30'],
      ['--to', '2025-01-15'],
      ['--profile', 'previous'],
      ['-y', '2025'],
    ];
    const runs = await Promise.all(
      cases.map((args) => asso(['budget', '-L', dir, ...(args.includes('-y') ? [] : ['-y', '2024']), ...args])),
    );
    for (const [index, args] of cases.entries()) {
      const run = runs[index]!;
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).not.toMatch(STACK);
    }
  });

  it('previsionnel is budget; the latest budget year is the default', async () => {
    const [budget, alias] = await Promise.all([
      asso(['budget', '-L', SEED, '-f', 'json']),
      asso(['previsionnel', '-L', SEED, '-y', '2012', '-f', 'json']),
    ]);
    expect(budget.code).toBe(0);
    expect(alias.stdout).toBe(budget.stdout);
    const report = JSON.parse(budget.stdout) as {
      year: number;
      vs: null;
      totals: Record<string, { budget: string; actual: null }>;
    };
    expect(report.year).toBe(2012);
    expect(report.vs).toBeNull();
    expect([report.totals.income!.budget, report.totals.expenses!.budget, report.totals.result!.budget]).toEqual([
      '68575.00',
      '66870.00',
      '1705.00',
    ]);
    expect(report.totals.result!.actual).toBeNull();
  });

  it('--fail-over passes (exit 0) under a wide threshold, fails (exit 1) under a narrow one, unbudgeted lines never trip', async () => {
    const wide = await asso([
      'budget',
      '-L',
      SEED,
      '-y',
      '2012',
      '--vs',
      '2011',
      '--fail-over',
      '100',
      '-f',
      'json',
      '--lang',
      'en',
    ]);
    expect(wide.code).toBe(0);
    expect(wide.stderr).not.toContain('[fail-over]');
    expect(wide.stderr).toContain('asso: unbudgeted 706500 Prestations DLA: actual €8,100.00');
    const narrow = await asso([
      'budget',
      '-L',
      SEED,
      '-y',
      '2012',
      '--vs',
      '2011',
      '--fail-over',
      '98.36',
      '--lang',
      'en',
    ]);
    expect(narrow.code).toBe(1);
    expect(narrow.stderr).toContain('633300 Formation: actual €1,091.00 against €550.00, over budget by 98.36%');
  });
});
