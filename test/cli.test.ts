// End-to-end tests of the BUILT command (`node bin/asso.js`, so `npx tsc -p .` first): exit codes,
// where messages go, output files, JSON shape, language. Each test runs real processes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type Run, runAssoIn, type RunOptions } from './run-asso.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SEED = 'ledgers/coorace-bn';
const NNBSP = '\u202f';

const asso = (args: readonly string[], options: RunOptions = {}): Promise<Run> => runAssoIn(args, options);

/** A stack frame ("    at main (file.js:1:2)") or a crash report: never shown to a user. */
const STACK = /^\s+at\s|internal error/m;

let scratch: string;
const temporary = (name: string): string => {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  return dir;
};

/** A ledger folder with one journal file. */
function ledgerWith(
  name: string,
  journal: string,
  config: object = { name: 'Test', currency: 'EUR', fiscalYearStart: '01-01' },
): string {
  const dir = temporary(name);
  writeFileSync(join(dir, 'asso.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'accounts.csv'), 'number,label\n512100,Banque\n756100,Cotisations\n');
  mkdirSync(join(dir, 'journal'));
  writeFileSync(join(dir, 'journal', '2024-banque.csv'), journal);
  return dir;
}

const HEADER = 'date,journal,piece,account,label,debit,credit\n';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run `npx tsc -p .` before the end-to-end tests');
  scratch = mkdtempSync(join(tmpdir(), 'asso-cli-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.concurrent('asso (built command)', () => {
  it('npm start prints both statements of the seed and the balance check', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node bin/asso.js main -L ${SEED} --year 2011`);
    const { stdout, stderr, code } = await asso(['main', '-L', SEED, '--year', '2011']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Compte de résultat 2011');
    expect(stdout).toContain('Bilan');
    expect(stdout).toContain(`total actif = total passif = 54${NNBSP}744`);
    expect(stdout).toContain(`Excédent 2011 : 1${NNBSP}436,00 €`);
    expect(stdout).not.toMatch(/\x1b\[/); // NO_COLOR and not a terminal: no escape codes
  });

  it('balance-sheet --expect-total passes on the right total and fails (exit 1) on any other', async () => {
    const right = await asso(['balance-sheet', '-L', SEED, '-y', '2011', '--euros', '--expect-total', '54744']);
    expect(right.code).toBe(0);
    expect(right.stderr).toBe('');
    const wrong = await asso(['balance-sheet', '-L', SEED, '-y', '2011', '--euros', '--expect-total', '54745']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^asso: --expect-total 54745 : les totaux sont 54\u202f744,00\u00a0€ \(actif\)/m);
    expect(wrong.stderr).not.toMatch(STACK);
    // Exact comparison without --euros: the cents count.
    expect((await asso(['balance-sheet', '-L', SEED, '-y', '2011', '--expect-total', '54744.00'])).code).toBe(0);
    expect((await asso(['balance-sheet', '-L', SEED, '-y', '2011', '--expect-total', '54744.01'])).code).toBe(1);
  });

  it('exits 2 on an unknown option, without a stack trace', async () => {
    const { stdout, stderr, code } = await asso(['balance-sheet', '-L', SEED, '--no-such-option']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/option inconnue « --no-such-option »/);
    expect(stderr).not.toMatch(STACK);
  });

  it('exits 2 on a folder without asso.json, and says how to create one', async () => {
    const empty = temporary('empty');
    const { stdout, stderr, code } = await asso(['income-statement', '-L', empty]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('asso.json');
    expect(stderr).toContain(empty);
    expect(stderr).toMatch(/asso init/);
    expect(stderr).not.toMatch(STACK);
    // The same through $ASSO_LEDGER and through the current folder.
    expect((await asso(['balance-sheet'], { env: { ASSO_LEDGER: empty } })).code).toBe(2);
    expect((await asso(['balance-sheet'], { cwd: empty })).code).toBe(2);
  });

  it('exits 1 on an unbalanced entry, naming the file and line (and the column of a bad cell)', async () => {
    const dir = ledgerWith(
      'unbalanced',
      HEADER +
        '2024-03-01,BQ,BQ-001,512100,Cotisations,100.00,\n' +
        '2024-03-01,BQ,BQ-001,756100,Cotisations,,90.00\n' +
        '2024-03-02,BQ,BQ-002,512100,Cotisations,12.5x,\n' +
        '2024-03-02,BQ,BQ-002,756100,Cotisations,,12.50\n',
    );
    const file = join(dir, 'journal', '2024-banque.csv');
    for (const command of ['income-statement', 'balance-sheet', 'balance', 'journal']) {
      const { stdout, stderr, code } = await asso([command, '-L', dir]);
      expect(code, command).toBe(1);
      expect(stdout, command).toBe('');
      expect(stderr, command).toContain(
        `asso: ${file}:2: erreur : l'écriture BQ BQ-001 est déséquilibrée de 10,00\u00a0€`,
      );
      // file:line:column for a problem in one cell.
      expect(stderr, command).toMatch(
        new RegExp(
          `^asso: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:debit: erreur : le montant « 12\\.5x »`,
          'm',
        ),
      );
      expect(stderr, command).not.toMatch(STACK);
    }
    const check = await asso(['check', '-L', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${file}:2: erreur : l'écriture BQ BQ-001 est déséquilibrée`);
    expect(check.stdout).toMatch(/2 erreurs, 0 avertissement/);
    // The same problems in English with --lang en, or an English LANG.
    for (const english of [
      await asso(['check', '-L', dir, '--lang', 'en']),
      await asso(['check', '-L', dir], { env: { LANG: 'en_US.UTF-8', LC_ALL: undefined } }),
    ]) {
      expect(english.stdout).toContain(`${file}:2: error: entry BQ BQ-001 is unbalanced by €10.00`);
      expect(english.stdout).toMatch(/2 error\(s\), 0 warning\(s\)/);
    }
    const json = await asso(['check', '-L', dir, '-f', 'json']);
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as {
      severity: string;
      code: string;
      file: string;
      line: number;
      column: string | null;
    }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', code: 'unbalanced', file, line: 2 }),
        expect.objectContaining({ severity: 'error', code: 'bad-amount', file, line: 4, column: 'debit' }),
      ]),
    );
  });

  it('prints income-statement JSON with amounts as two-decimal strings and previous null without N−1 books', async () => {
    const { stdout, code } = await asso(['income-statement', '-L', SEED, '-y', '2011', '-f', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      year: number;
      totals: Record<string, string>;
      previousTotals: unknown;
      lines: {
        id: string;
        kind: string;
        section: string;
        amount: string;
        previous: unknown;
        accounts?: { amount: string; previous: unknown }[];
      }[];
    };
    expect(report.year).toBe(2011);
    expect(report.totals).toEqual({ income: '72861.00', expenses: '71425.00', result: '1436.00' });
    expect(report.previousTotals).toBeNull();
    expect(report.lines.find((line) => line.id === 'resultat.excedent-deficit')?.amount).toBe('1436.00');
    expect(report.lines.find((line) => line.id === 'produits.cotisations')?.amount).toBe('41610.00');
    const amount = /^-?\d+\.\d{2}$/;
    for (const line of report.lines) {
      expect(['line', 'dont', 'subtotal']).toContain(line.kind);
      expect(['income', 'expenses', 'result', 'in-kind']).toContain(line.section);
      expect(line.amount).toMatch(amount);
      expect(line.previous).toBeNull();
      for (const account of line.accounts ?? []) {
        expect(account.amount).toMatch(amount);
        expect(account.previous).toBeNull();
      }
    }
    // Numbers never appear as JSON numbers, except the year.
    expect(stdout.replace(/"year": 2011/, '')).not.toMatch(/:\s*-?\d/);
    // --euros never rounds JSON.
    expect((await asso(['income-statement', '-L', SEED, '-y', '2011', '-f', 'json', '--euros'])).stdout).toBe(stdout);
  });

  it("prints previous figures where N−1 has books (the club's 2023 under its 2024)", async () => {
    const { stdout, code } = await asso([
      'income-statement',
      '-L',
      'fixtures/club-septembre',
      '-y',
      '2024',
      '-f',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { totals: Record<string, string>; previousTotals: Record<string, string> };
    expect(report.totals).toEqual({ income: '5575.30', expenses: '7210.48', result: '-1635.18' });
    expect(report.previousTotals).toEqual({ income: '6840.00', expenses: '4315.53', result: '2524.47' });
  });

  it('-o writes the file and nothing to stdout', async () => {
    const dir = temporary('output');
    const target = join(dir, 'bilan.md');
    const written = await asso(['balance-sheet', '-L', SEED, '-y', '2011', '-f', 'markdown', '-o', target]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe('');
    const direct = await asso(['balance-sheet', '-L', SEED, '-y', '2011', '-f', 'markdown']);
    expect(readFileSync(target, 'utf8')).toBe(direct.stdout);
    // JSON through -o too, and no temporary file left behind.
    const jsonTarget = join(dir, 'resultat.json');
    const json = await asso(['income-statement', '-L', SEED, '-y', '2011', '-f', 'json', '--output', jsonTarget]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe('');
    expect(JSON.parse(readFileSync(jsonTarget, 'utf8')).totals.result).toBe('1436.00');
    expect(readFileSync(target, 'utf8')).toContain('## Bilan 2011');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).sort()).toEqual(['bilan.md', 'resultat.json']);
  });

  it('--lang en prints English labels', async () => {
    const income = await asso(['income-statement', '-L', SEED, '-y', '2011', '--lang', 'en']);
    expect(income.code).toBe(0);
    expect(income.stdout).toContain('Income statement 2011');
    expect(income.stdout).toContain('Membership fees');
    expect(income.stdout).toContain('Surplus 2011');
    expect(income.stdout).not.toContain('Cotisations ');
    expect(income.stdout).not.toContain('Compte de résultat');
    const sheet = await asso(['balance-sheet', '-L', SEED, '-y', '2011', '--lang', 'en']);
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toContain('Balance sheet 2011');
    expect(sheet.stdout).toContain('Cash and bank');
    expect(sheet.stdout).toContain('Check: total assets = total liabilities');
    expect(sheet.stdout).not.toContain('Disponibilités');
    const json = await asso(['income-statement', '-L', SEED, '-y', '2011', '--lang', 'en', '-f', 'json']);
    expect(JSON.parse(json.stdout).lines[0]).toMatchObject({ id: 'produits.cotisations', label: 'Membership fees' });
  });

  it('the French aliases run the same reports', async () => {
    const [resultat, incomeStatement, bilan, balanceSheet] = await Promise.all([
      asso(['resultat', '-L', SEED, '-y', '2011']),
      asso(['income-statement', '-L', SEED, '-y', '2011']),
      asso(['bilan', '-L', SEED, '-y', '2011']),
      asso(['balance-sheet', '-L', SEED, '-y', '2011']),
    ]);
    expect(resultat.stdout).toBe(incomeStatement.stdout);
    expect(bilan.stdout).toBe(balanceSheet.stdout);
  });

  it('never shows a stack trace on bad input', async () => {
    const badJson = temporary('bad-config');
    writeFileSync(join(badJson, 'asso.json'), '{"name": ');
    const binary = ledgerWith(
      'binary',
      `${HEADER}2024-03-01,BQ,BQ-001,512100,x,1.00,\n2024-03-01,BQ,BQ-001,756100,x,,1.00\n`,
    );
    writeFileSync(join(binary, 'journal', '2024-zz.csv'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe]));
    const badDate = ledgerWith(
      'bad-date',
      `${HEADER}2024-02-30,BQ,BQ-001,512100,x,1.00,\n2024-02-30,BQ,BQ-001,756100,x,,1.00\n`,
    );
    const unknownAccount = ledgerWith(
      'unknown-account',
      `${HEADER}2024-03-01,BQ,BQ-001,512100,x,1.00,\n2024-03-01,BQ,BQ-001,999999,x,,1.00\n`,
    );
    const noHeader = ledgerWith('no-header', '2024-03-01,BQ,BQ-001,512100,x,1.00,\n');
    const badStart = ledgerWith('bad-start', HEADER, { name: 'T', fiscalYearStart: '13-01' });
    const cases: [string[], number][] = [
      [['income-statement', '-L', SEED, '-y', '20x1'], 2],
      [['income-statement', '-L', SEED, '-y', '2010'], 2],
      [['income-statement', '-L', SEED, '-f', 'xml'], 2],
      [['income-statement', '-L', SEED, '--lang', 'de'], 2],
      [['no-such-command', '-L', SEED], 2],
      [['ledger', 'abc', '-L', SEED], 2],
      [['balance-sheet', '-L', SEED, '--expect-total', 'lots'], 2],
      [['income-statement', '-L', join(scratch, 'does-not-exist')], 2],
      [['income-statement', '-L', badJson], 1],
      [['check', '-L', badJson], 1],
      [['balance-sheet', '-L', binary], 1],
      [['check', '-L', badDate], 1],
      [['balance', '-L', unknownAccount], 1],
      [['journal', '-L', noHeader], 1],
      [['check', '-L', badStart], 1],
      [['income-statement', '-L', SEED, '-o', join(scratch, 'no-such-dir', 'out.txt')], 1],
    ];
    const runs = await Promise.all(cases.map(([args]) => asso(args)));
    runs.forEach((run, index) => {
      const [args, expected] = cases[index]!;
      const what = `asso ${args.join(' ')}`;
      expect(run.code, `${what}: ${run.stderr}`).toBe(expected);
      expect(run.stderr, what).not.toMatch(STACK);
      expect(`${run.stdout}${run.stderr}`, what).toMatch(/asso: |error: |erreur : /);
    });
  });
});
