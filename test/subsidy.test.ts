// The compte-rendu financier (cerfa 15059) and what it stands on: the indirect charges allocated
// by projects.csv's keys add up, with the direct charges and the rest, to the total charges to the
// cent on random ledgers (property); each allocated amount is its exact share rounded down or up;
// goldens of fixtures/subsidy in every format; budget files with an analytic column; bad input.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinChart } from '../src/chart/chart.js';
import { budgetProjects, projectBudget, wholeBudget } from '../src/ledger/budget.js';
import { addToBalances, type Balances } from '../src/model.js';
import { readBudgetFile } from '../src/read/budget.js';
import { parseShare, readProjects, SHARE_SCALE } from '../src/read/projects.js';
import { allocateIndirect, chargesOf, type ProjectKey } from '../src/reports/indirect.js';
import { NO_PROJECT } from '../src/reports/projects.js';
import { percentOf } from '../src/reports/subsidy.js';
import { ROOT, runAsso, STACK } from './run-asso.js';

const CODES = ['A', 'B', 'C', 'D'];
const CHARGE_ACCOUNTS = ['606300', '613200', '622600', '641100', '661100', '681100', '706000', '741000'];

const ledgerArbitrary = fc.record({
  postings: fc.array(
    fc.record({
      project: fc.constantFrom(NO_PROJECT, ...CODES),
      account: fc.constantFrom(...CHARGE_ACCOUNTS),
      cents: fc.bigInt({ min: -50_000n, max: 5_000_000n }),
    }),
    { maxLength: 40 },
  ),
  keys: fc.array(
    fc.record({
      key: fc.constantFrom('none', 'share', 'charges') as fc.Arbitrary<ProjectKey['key']>,
      share: fc.bigInt({ min: 0n, max: SHARE_SCALE / 4n }),
    }),
    { minLength: CODES.length, maxLength: CODES.length },
  ),
});

describe('indirect charges allocated to the projects', () => {
  it('direct + allocated indirect charges of all projects + the rest = the total charges, to the cent', () => {
    fc.assert(
      fc.property(ledgerArbitrary, ({ postings, keys }) => {
        const byProject = new Map<string, Balances>();
        const all: Balances = new Map();
        for (const { project, account, cents } of postings) {
          const balances = byProject.get(project) ?? new Map();
          byProject.set(project, balances);
          const [debit, credit] = cents >= 0n ? [cents, 0n] : [0n, -cents];
          addToBalances(balances, account, debit, credit);
          addToBalances(all, account, debit, credit);
        }
        const keyed = new Map(CODES.map((code, index) => [code, keys[index]!]));
        const allocation = allocateIndirect(byProject, keyed);
        const sum = (values: Iterable<bigint>) => [...values].reduce((a, b) => a + b, 0n);
        // The identity the compte-rendu rests on.
        expect(sum(allocation.direct.values()) + sum(allocation.allocated.values()) + allocation.rest).toBe(
          chargesOf(all),
        );
        // Each amount is its exact share (decimal.js) rounded down or up, never negative.
        const pool = new Decimal(allocation.pool.toString());
        const positive = (c: bigint) => (c > 0n ? c : 0n);
        const allDirect = sum([...allocation.direct.values()].map(positive));
        const shares = sum(CODES.map((code) => (keyed.get(code)!.key === 'share' ? keyed.get(code)!.share : 0n)));
        let exactTotal = new Decimal(0);
        for (const code of CODES) {
          const { key, share } = keyed.get(code)!;
          const exact =
            allocation.pool <= 0n
              ? new Decimal(0)
              : key === 'share'
                ? pool.times(share.toString()).div(SHARE_SCALE.toString())
                : key === 'charges' && allDirect > 0n
                  ? pool
                      .times((SHARE_SCALE - shares).toString())
                      .div(SHARE_SCALE.toString())
                      .times(positive(allocation.direct.get(code)!).toString())
                      .div(allDirect.toString())
                  : new Decimal(0);
          exactTotal = exactTotal.plus(exact);
          const allocated = new Decimal(allocation.allocated.get(code)!.toString());
          expect(allocated.gte(exact.floor()) && allocated.lte(exact.ceil()), code).toBe(true);
        }
        // Rounded once: the amounts add up to the exact total rounded half up to the cent.
        expect(sum(allocation.allocated.values()).toString()).toBe(
          exactTotal.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the fixture the amounts worked by hand', () => {
    // Pool 4 176,60: FETE 10 % = 417,66; ATELIER 90 % × 7 395,40 / 8 007,70 = 3 471,52 (3 471,5185…).
    const balances = (entries: [string, bigint][]): Balances => {
      const b: Balances = new Map();
      for (const [account, cents] of entries) addToBalances(b, account, cents, 0n);
      return b;
    };
    const allocation = allocateIndirect(
      new Map([
        [
          NO_PROJECT,
          balances([
            ['613200', 360000n],
            ['616000', 48000n],
            ['627000', 9660n],
          ]),
        ],
        ['ATELIER', balances([['606300', 739540n]])],
        ['FETE', balances([['606400', 61230n]])],
      ]),
      new Map<string, ProjectKey>([
        ['ATELIER', { key: 'charges', share: 0n }],
        ['FETE', { key: 'share', share: 100000n }],
      ]),
    );
    expect(allocation.allocated).toEqual(
      new Map([
        ['ATELIER', 347152n],
        ['FETE', 41766n],
      ]),
    );
    expect(allocation.rest).toBe(417660n - 347152n - 41766n);
  });

  it('reads shares exactly and the % of a difference half up', () => {
    expect(parseShare('0,25')).toBe(250000n);
    expect(parseShare('1')).toBe(SHARE_SCALE);
    expect(parseShare('1.000001')).toBeUndefined();
    expect(parseShare('0.1234567')).toBeUndefined();
    expect(percentOf(-6000n, 240000n)).toBe('-2.5');
    expect(percentOf(1n, 0n)).toBeNull();
    expect(percentOf(1n, 2000n)).toBe('0.1'); // 0.05 % rounds half up
    expect(percentOf(-58692n, -230000n)).toBe('-25.5'); // a deficit deeper than budgeted
  });
});

const FIXTURE = join(ROOT, 'fixtures', 'subsidy');

describe('asso subsidy-report on fixtures/subsidy', () => {
  for (const [name, args] of [
    ['compte-rendu-atelier-2025.txt', []],
    ['compte-rendu-atelier-2025.md', ['-f', 'markdown']],
    ['compte-rendu-atelier-2025.json', ['-f', 'json']],
    ['compte-rendu-atelier-2025.html', ['-f', 'html']],
    ['compte-rendu-atelier-2025-en.txt', ['--lang', 'en']],
    ['compte-rendu-fete-2025.txt', ['--project', 'FETE']],
    ['compte-rendu-fete-2025.csv', ['--project', 'FETE', '-f', 'csv']],
  ] as const satisfies readonly (readonly [string, readonly string[]])[]) {
    it(`prints ${name}`, async () => {
      const project = (args as readonly string[]).includes('--project') ? [] : ['--project', 'ATELIER'];
      const run = await runAsso(['compte-rendu', '-L', FIXTURE, '-y', '2025', ...project, ...args]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      await expect(run.stdout).toMatchFileSnapshot(join(FIXTURE, 'expected', name));
    });
  }

  it('docs/compte-rendu.md shows the real output', () => {
    const golden = readFileSync(join(FIXTURE, 'expected', 'compte-rendu-atelier-2025.txt'), 'utf8');
    expect(readFileSync(join(ROOT, 'docs', 'compte-rendu.md'), 'utf8')).toContain(golden);
  });

  it('adds up: the JSON totals are the sums of their lines, and the funders the 74 line', async () => {
    const run = await runAsso(['subsidy-report', '-L', FIXTURE, '--project', 'ATELIER', '-f', 'json']);
    const report = JSON.parse(run.stdout) as {
      lines: { id: string; section: string; kind: string; actual: string; budget: string | null }[];
    };
    const cents = (text: string | null) => BigInt((text ?? '0').replace('.', ''));
    const of = (id: string) => report.lines.find((line) => line.id === id)!;
    const rubrics = (section: string) => report.lines.filter((l) => l.section === section && l.kind === 'rubric');
    const sum = (lines: { actual: string }[]) => lines.reduce((a, l) => a + cents(l.actual), 0n);
    expect(sum(rubrics('charges'))).toBe(cents(of('charges').actual));
    expect(sum(rubrics('products'))).toBe(cents(of('products').actual));
    expect(sum(report.lines.filter((l) => l.kind === 'funder'))).toBe(cents(of('74').actual));
    expect(cents(of('result').actual)).toBe(cents(of('products').actual) - cents(of('charges').actual));
    expect(of('indirect').actual).toBe('3471.52');
  });

  it('refuses an unknown project naming those that exist, and asks for --project', async () => {
    const unknown = await runAsso(['compte-rendu', '-L', FIXTURE, '--project', 'X']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('les projets sont ATELIER, FETE');
    const missing = await runAsso(['compte-rendu', '-L', FIXTURE]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--project <code>');
    expect(`${unknown.stderr}${missing.stderr}`).not.toMatch(STACK);
  });

  describe('with what a treasurer could type in projects.csv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asso-subsidy-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const copy = join(dir, 'ledger');
    cpSync(FIXTURE, copy, { recursive: true });
    const file = join(copy, 'projects.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Ateliers numériques pour les familles',
        '<script>alert(1)</script> **gras** | [lien](http://x)',
      ),
    );

    it('escapes it in html and markdown', async () => {
      const html = await runAsso(['compte-rendu', '-L', copy, '--project', 'ATELIER', '-f', 'html']);
      expect(html.stdout).not.toContain('<script>');
      expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      const md = await runAsso(['compte-rendu', '-L', copy, '--project', 'ATELIER', '-f', 'markdown']);
      expect(md.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*gras\\*\\* \\| \\[lien\\](http://x)');
    });

    it('refuses to print with projects.csv in error, naming file and line', async () => {
      writeFileSync(join(copy, 'projects.csv'), 'code,label,funder,key,share\nATELIER,x,,equal,\n');
      const run = await runAsso(['compte-rendu', '-L', copy, '--project', 'ATELIER']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${join(copy, 'projects.csv')}:2:key:`);
      expect(run.stderr).toContain('[bad-project]');
      expect(readProjects(copy).projects.size).toBe(0);
    });
  });
});

describe('budget files with an analytic column', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'asso-budget-analytic-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const read = (name: string, lines: readonly string[]) => {
    const file = join(scratch, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return readBudgetFile(file, 2025, builtinChart(), 12);
  };

  it('reads the project of each line; one account in two projects is no overlap, twice in one is', () => {
    const { budget, diagnostics } = read('a.csv', [
      'compte;montant;libellé;projet',
      '606;1000;Matériel;ATELIER',
      '606;600;Buvette;FETE',
      '6063;50;Petit matériel;', // the association's own line: another project
      '622;10;Intervenant;ATELIER',
      '6226;20;Intervenant bis;ATELIER', // 6: overlaps 622 within ATELIER
    ]);
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([[6, 'overlapping-budget']]);
    expect(budget!.lines.map((l) => [l.account, l.project, l.amount])).toEqual([
      ['606', 'ATELIER', 100000n],
      ['606', 'FETE', 60000n],
      ['6063', '', 5000n],
      ['622', 'ATELIER', 1000n],
    ]);
    expect(budgetProjects(budget!)).toEqual(['ATELIER', 'FETE']);
    expect(projectBudget(budget!, 'FETE').lines.map((l) => l.amount)).toEqual([60000n]);
    const whole = wholeBudget(budget!);
    expect(whole.lines.map((l) => [l.account, l.project, l.amount])).toEqual([
      ['606', '', 160000n],
      ['6063', '', 5000n],
      ['622', '', 1000n],
    ]);
    // The months still add up to the amount after the merge.
    for (const line of whole.lines) expect(line.months.reduce((a, b) => a + b, 0n)).toBe(line.amount);
  });

  it('reads a budget without the column as before: every line outside any project', () => {
    const { budget, diagnostics } = read('b.csv', ['account,amount', '606,100', '756,200']);
    expect(diagnostics).toEqual([]);
    expect(budget!.lines.map((l) => l.project)).toEqual(['', '']);
    expect(wholeBudget(budget!).lines).toEqual(budget!.lines);
  });

  it('budget --project compares the project’s lines with its actuals (golden)', async () => {
    const run = await runAsso(['budget', '-L', FIXTURE, '-y', '2025', '--project', 'ATELIER']);
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot(join(FIXTURE, 'expected', 'budget-atelier-2025.txt'));
  });

  it('without --project, the whole budget: the projects’ lines added account by account', async () => {
    const run = await runAsso(['budget', '-L', FIXTURE, '-y', '2025', '-f', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.stringify(JSON.parse(run.stdout));
    // 606: 1 000 (ATELIER) + 600 (FETE); 706: 600 + 1 500.
    expect(json).toMatch(/"account":"606","label":"[^"]*","section":"expenses","budget":"1600.00"/);
    expect(json).toMatch(/"account":"706","label":"[^"]*","section":"income","budget":"2100.00"/);
  });

  it('names the projects of the budget for an unknown one', async () => {
    const run = await runAsso(['budget', '-L', FIXTURE, '-y', '2025', '--project', 'X']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ses projets sont ATELIER, FETE');
  });
});

describe('the help of subsidy-report', () => {
  it('shows examples that run and exit 0', async () => {
    const { COMMAND_EXAMPLES } = await import('../src/cli/help-examples.js');
    const help = await runAsso(['compte-rendu', '--help'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cerfa 15059');
    expect(help.stdout).toMatch(/Examples:\n {2}\$ asso compte-rendu/);
    const scratch = mkdtempSync(join(tmpdir(), 'asso-subsidy-help-'));
    try {
      for (const example of COMMAND_EXAMPLES['subsidy-report']!) {
        const args = example
          .split(/ {2,}/)[0]!
          .split(' ')
          .slice(1)
          .map((arg) =>
            arg.endsWith('.html') ? join(scratch, arg) : arg.startsWith('fixtures/') ? join(ROOT, arg) : arg,
          );
        const run = await runAsso(args);
        expect(run.code, `${example}: ${run.stderr}`).toBe(0);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
