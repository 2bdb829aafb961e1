// `journal` and `ledger` print tables of a year of 20 000 entries, every posting once, with the
// ledger's totals equal to the trial balance's (they used to take minutes: cli-table3's layout
// was quadratic in rows). Correctness only: the benchmark (npm run bench) times them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAsso } from './run-asso.js';

const ENTRIES = 20_000;
let dir: string;
let postings: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asso-long-'));
  const said = execFileSync(
    process.execPath,
    [join(ROOT, 'scripts', 'gen-ledger.mjs'), dir, String(ENTRIES), 'plain', '--years', '1'],
    { encoding: 'utf8' },
  );
  postings = Number(/(\d+) postings/.exec(said)![1]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The table's lines between its header and its bottom border. */
function body(stdout: string): string[] {
  const lines = stdout.split('\n');
  const top = lines.findIndex((line) => line.startsWith('┌'));
  const bottom = lines.findIndex((line) => line.startsWith('└'));
  expect(top).toBeGreaterThan(0);
  expect(bottom).toBeGreaterThan(top);
  // Every line of the table is as wide as its border (one assertion: tens of thousands cost seconds).
  const width = [...lines[top]!].length;
  expect(lines.slice(top, bottom + 1).filter((line) => [...line].length !== width)).toEqual([]);
  return lines.slice(top + 2, bottom);
}

const euros = (text: string): bigint => BigInt(text.replace(/[\s\u202f\u00a0]/g, '').replace(',', '')) || 0n;

describe('long listings', () => {
  it(`journal prints every posting of ${ENTRIES} entries`, async () => {
    const run = await runAsso(['journal', '-L', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = body(run.stdout);
    expect(rows).toHaveLength(postings);
    expect(run.stdout).toContain(`${ENTRIES} écritures`);
    // In date order: the first of January first, the last of December last.
    expect(rows[0]).toMatch(/^│ 01\/01\/2015 /);
    expect(rows[rows.length - 1]).toMatch(/^│ 31\/12\/2015 /);
  }, 600_000);

  it('ledger 512100 prints its postings with the balance of the trial balance', async () => {
    const [ledger, balance] = await Promise.all([
      runAsso(['ledger', '512100', '-L', dir]),
      runAsso(['balance', '-L', dir, '-f', 'json']),
    ]);
    expect(ledger.code).toBe(0);
    const rows = body(ledger.stdout);
    const account = (
      JSON.parse(balance.stdout) as { accounts: { account: string; debit: string; credit: string; balance: string }[] }
    ).accounts.find((a) => a.account === '512100')!;
    const total = rows.find((row) => row.startsWith('│ Total 512100'))!;
    const cells = total.split('│').map((cell) => cell.trim());
    const cents = (text: string): bigint => BigInt(text.replace('.', ''));
    expect(euros(cells[5]!)).toBe(cents(account.debit));
    expect(euros(cells[6]!)).toBe(cents(account.credit));
    expect(euros(cells[7]!)).toBe(cents(account.balance));
    // A heading, the postings, the total: one row per posting on 512100.
    const onAccount = rows.filter((row) => /^│ \d\d\/\d\d\/2015 /.test(row));
    expect(onAccount.length).toBeGreaterThan(1000);
    expect(rows).toHaveLength(onAccount.length + 2);
  }, 600_000);

  it('ledger prints every posting of every account', async () => {
    const run = await runAsso(['ledger', '-L', dir]);
    expect(run.code).toBe(0);
    const rows = body(run.stdout);
    const headings = rows.filter((row) => /^│ \d{6} /.test(row)).length;
    const totals = rows.filter((row) => row.startsWith('│ Total ')).length;
    expect(headings).toBe(totals);
    expect(rows.length - headings - totals).toBe(postings);
  }, 600_000);

  it('journal and ledger fit 80 columns on 20 000 entries too (labels cut in the middle, the rows all there)', async () => {
    for (const command of ['journal', 'ledger']) {
      const run = await runAsso([command, '-L', dir, '--width', '80']);
      expect(run.code, run.stderr).toBe(0);
      const rows = body(run.stdout);
      for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
      const posted = rows.filter((row) => /^│ \d\d\/\d\d\/2015 /.test(row)).length;
      expect(posted).toBe(postings);
    }
  }, 600_000);
});
