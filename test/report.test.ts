// `asso report`: golden files (terminal, Markdown, HTML, JSON) of the seed and of a fixture with
// contributions in kind, run through the BUILT command; the JSON shape; the seal fingerprint;
// usage errors; and the pure key figures. Update goldens with `npx vitest run test/report.test.ts -u`.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type Run, runInProcess } from './run-asso.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentText } from '../src/messages/report.js';
import { monthsCovered } from '../src/reports/report.js';

const SEED = 'ledgers/coorace-bn';
const NNBSP = '\u202f';

const asso = (args: readonly string[], env: Record<string, string | undefined> = {}): Promise<Run> =>
  runInProcess(args, { env });

const GOLDEN = [
  { name: 'report.2011.txt', args: ['report', '-L', SEED, '-y', '2011'] },
  { name: 'report-width-80.2011.txt', args: ['report', '-L', SEED, '-y', '2011', '--width', '80'] },
  { name: 'report.2011.md', args: ['report', '-L', SEED, '-y', '2011', '-f', 'markdown'] },
  { name: 'report-cents.2011.md', args: ['report', '-L', SEED, '-y', '2011', '-f', 'markdown', '--cents'] },
  { name: 'report-en.2011.md', args: ['report', '-L', SEED, '-y', '2011', '-f', 'markdown', '--lang', 'en'] },
  { name: 'report.2011.html', args: ['report', '-L', SEED, '-y', '2011', '-f', 'html'] },
  { name: 'report.2011.json', args: ['report', '-L', SEED, '-y', '2011', '-f', 'json'] },
].map((c) => ({ ...c, golden: `../${SEED}/expected/${c.name}` }));

const FIXTURE = 'fixtures/benevolat-fonds-dedies';
GOLDEN.push(
  {
    name: 'report.2024.md',
    args: ['report', '-L', FIXTURE, '-y', '2024', '-f', 'markdown'],
    golden: `../${FIXTURE}/expected/report.2024.md`,
  },
  {
    name: 'report.2024.html',
    args: ['report', '-L', FIXTURE, '-y', '2024', '-f', 'html'],
    golden: `../${FIXTURE}/expected/report.2024.html`,
  },
  // A deficit and an overdraft: cash is the debit balances of class 5, the overdraft a debt.
  {
    name: 'report-deficit.2024.md',
    args: ['report', '-L', 'fixtures/decouvert', '-y', '2024', '-f', 'markdown'],
    golden: '../fixtures/decouvert/expected/report.2024.md',
  },
);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'asso-report-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.concurrent('asso report: golden files', () => {
  for (const testCase of GOLDEN) {
    it(testCase.name, async ({ expect }) => {
      const { stdout, stderr, code } = await asso(testCase.args);
      expect(code, stderr).toBe(0);
      expect(stderr).not.toMatch(/internal error|^\s+at /m); // the fixture's books carry a warning
      await expect(stdout).toMatchFileSnapshot(testCase.golden);
    });
  }
});

describe.concurrent('asso report', () => {
  it('shows the seed figures: result, fees share, staff costs, own funds, cash and its months, balanced totals', async () => {
    const { stdout } = await asso(['rapport', '-L', SEED, '-y', '2011', '-f', 'markdown']);
    for (const text of [
      `excédent de 1${NNBSP}436\u00a0€`,
      `72${NNBSP}861\u00a0€`,
      `41${NNBSP}610\u00a0€, soit 57\u00a0%`,
      `54${NNBSP}057\u00a0€`,
      `38${NNBSP}087\u00a0€`,
      `41${NNBSP}703\u00a0€, soit 7,0 mois de charges`,
      `total actif = total passif = 54${NNBSP}744 € (2010 : 49${NNBSP}981 €)`,
      'Budget prévisionnel 2012',
      `excédent de 1${NNBSP}705\u00a0€`,
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('JSON: exact decimal strings for the key figures and both statements, the budget beside the actuals', async () => {
    const { stdout, code } = await asso(['report', '-L', SEED, '-y', '2011', '-f', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'year',
      'closing',
      'name',
      'keyFigures',
      'incomeStatement',
      'balanceSheet',
      'budget',
      'fingerprint',
    ]);
    expect(json.keyFigures.result).toEqual({ current: '1436.00', previous: null });
    expect(json.keyFigures.cash).toEqual({ current: '41703.00', previous: '38985.00' });
    expect(json.keyFigures.membershipShare).toBe('0.5711');
    expect(json.keyFigures.cashMonths).toBe('7.0');
    expect(json.balanceSheet.assets.total).toBe('54744.00');
    expect(json.balanceSheet.liabilities.total).toBe('54744.00');
    expect(json.budget.year).toBe(2012);
    expect(json.budget.vs).toBe(2011);
    expect(json.fingerprint).toBeNull();
    const amounts: unknown[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
      else if (['current', 'previous', 'amount', 'net', 'gross', 'total', 'budget', 'actual', 'variance'].includes(key))
        amounts.push(value);
    };
    walk(json);
    expect(amounts.length).toBeGreaterThan(50);
    for (const value of amounts)
      expect(value === null || (typeof value === 'string' && /^-?\d+\.\d{2}$/.test(value)), String(value)).toBe(true);
  });

  it('prints the seal fingerprint of a closed year, and refuses a broken seal', async () => {
    const dir = join(scratch, 'sealed');
    cpSync(join(ROOT, SEED), dir, { recursive: true });
    const closed = await asso(['close', '-L', dir, '--year', '2011', '--yes']);
    expect(closed.code).toBe(0);
    const fingerprint = /Empreinte \(SHA-256\) : ([0-9a-f]{64})/.exec(closed.stdout)![1]!;
    const sealed = await asso(['report', '-L', dir, '-y', '2011', '-f', 'markdown']);
    expect(sealed.code).toBe(0);
    expect(sealed.stdout).toContain(fingerprint);
    const html = await asso(['report', '-L', dir, '-y', '2011', '-f', 'html']);
    expect(html.stdout).toContain(`<code>${fingerprint}</code>`);
    writeFileSync(join(dir, 'locks', '2011.json'), '{"year": 2011');
    const broken = await asso(['report', '-L', dir, '-y', '2011', '-f', 'markdown']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/locks\/2011\.json/);
  });

  it('-f html only for report; report has no CSV; both usage errors (exit 2)', async () => {
    const html = await asso(['income-statement', '-L', SEED, '-f', 'html', '--lang', 'en']);
    expect(html.code).toBe(2);
    expect(html.stderr).toMatch(/-f html is for `asso report`/);
    expect((await asso(['income-statement', '-L', SEED, '-f', 'html'])).stderr).toMatch(/-f html est réservé/);
    const csv = await asso(['report', '-L', SEED, '-f', 'csv', '--lang', 'en']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/report has no CSV form/);
  });

  it('-o writes the page atomically; the HTML is self-contained (no script, no network)', async () => {
    const file = join(scratch, 'rapport.html');
    const { code, stdout } = await asso(['report', '-L', SEED, '-y', '2011', '-f', 'html', '-o', file]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.match(/<svg class="chart"/g)?.length).toBe(4);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('break-before: page');
  });
});

describe('key figures arithmetic (exact)', () => {
  it('months of expenses the cash covers, to one decimal, half up', () => {
    expect(monthsCovered(4170300n, 7142500n)).toBe('7.0');
    expect(monthsCovered(100n, 1200n)).toBe('1.0');
    expect(monthsCovered(125n, 1200n)).toBe('1.3'); // 1.25 → 1.3
    expect(monthsCovered(100n, 0n)).toBeNull();
  });
  it('percentages from 4-decimal ratios, half up', () => {
    expect(percentText('0.5711', 'fr')).toBe('57\u00a0%');
    expect(percentText('0.4289', 'en')).toBe('43%');
    expect(percentText('0.0050', 'en')).toBe('1%');
    expect(percentText(null, 'fr')).toBe('—');
  });
});
