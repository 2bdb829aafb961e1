// The command line people use: init, explain, help with examples that run, suggestions, colours
// off in pipes, 80 columns, CSV for Excel, the progress line. Built command (`npx tsc -p .` first).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, pinnedEnv, ROOT, type Run, runAssoIn, type RunOptions } from './run-asso.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_EXAMPLES } from '../src/cli/help-examples.js';
import { progressIndicator, progressText } from '../src/cli/progress.js';
import type { Document } from '../src/render/document.js';
import { cutText, renderTable, wrapText } from '../src/render/table.js';

const SEED = 'ledgers/coorace-bn';
const ESC = /\x1b\[/;

/** These tests read the messages in English (an English LANG); statement labels stay French (--lang only). */
const ENGLISH_MESSAGES = { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
const asso = (args: readonly string[], options: RunOptions = {}): Promise<Run> =>
  runAssoIn(args, { ...options, env: { ...ENGLISH_MESSAGES, ...options.env } });

let scratch: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` first');
  scratch = mkdtempSync(join(tmpdir(), 'asso-features-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.concurrent('asso init', () => {
  it('creates a ledger folder that passes check, with the usual accounts, an example journal and a README', async () => {
    const dir = join(scratch, 'amis');
    const made = await asso([
      'init',
      dir,
      '--name',
      'Les Amis du Moulin',
      '--fiscal-year-start',
      '09-01',
      '--siren',
      '732 829 320',
      '-y',
      '2024',
    ]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('New ledger folder');
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'accounts.csv', 'asso.json', 'journal']);
    expect(JSON.parse(readFileSync(join(dir, 'asso.json'), 'utf8'))).toMatchObject({
      name: 'Les Amis du Moulin',
      currency: 'EUR',
      fiscalYearStart: '09-01',
      siren: '732829320',
    });
    expect(readdirSync(join(dir, 'journal'))).toEqual(['2024.csv']);
    expect(readFileSync(join(dir, 'journal', '2024.csv'), 'utf8')).toMatch(
      /^date,journal,piece,account,label,debit,credit\n2024-09-01,AN,AN-2024,/,
    );
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('| `debit`, `credit` |');
    const check = await asso(['check', '-L', dir]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toBe('0 error(s), 0 warning(s) in 13 entries over 1 fiscal year(s)\n');
    const report = await asso(['report', '-L', dir, '-f', 'markdown']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('Exercice clos le 31 août 2025');
  });

  it('without options and not in a terminal: the folder name and a calendar year, no question asked', async () => {
    const dir = join(scratch, 'club-photo');
    const made = await asso(['init', dir, '-y', '2023', '--lang', 'en']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('New ledger folder');
    expect(JSON.parse(readFileSync(join(dir, 'asso.json'), 'utf8'))).toMatchObject({
      name: 'club-photo',
      fiscalYearStart: '01-01',
    });
    expect((await asso(['check', '-L', dir])).code).toBe(0);
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    'in a terminal (a pty from script(1)), asks the name and the fiscal year start, asking again after a wrong answer',
    async () => {
      const dir = join(scratch, 'voile');
      const child = spawn('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} init ${dir} -y 2024`, '/dev/null'], {
        cwd: ROOT,
        env: pinnedEnv(), // the questions in French, the default
      });
      const answers: [RegExp, string][] = [
        [/Nom de l'association/, 'Club de voile\n'],
        [/Premier jour de l'exercice/, '01/09\n'],
        [/recommencez/, '09-01\n'],
        [/SIREN/, '\n'],
      ];
      let out = '';
      child.stdout.on('data', (data: Buffer) => {
        out += data.toString('utf8');
        while (answers.length && answers[0]![0].test(out)) child.stdin.write(answers.shift()![1]);
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, out).toBe(0);
      expect(answers).toEqual([]);
      expect(JSON.parse(readFileSync(join(dir, 'asso.json'), 'utf8'))).toMatchObject({
        name: 'Club de voile',
        fiscalYearStart: '09-01',
      });
      expect((await asso(['check', '-L', dir])).code).toBe(0);
    },
  );

  it('refuses a folder that is not empty (exit 2, nothing written), accepts an empty one, checks its options', async () => {
    const full = join(scratch, 'full');
    mkdirSync(full);
    writeFileSync(join(full, 'notes.txt'), 'keep me');
    const refused = await asso(['init', full]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is not empty/);
    expect(readdirSync(full)).toEqual(['notes.txt']);
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect((await asso(['init', empty, '-y', '2024'])).code).toBe(0);
    expect(existsSync(join(empty, 'asso.json'))).toBe(true);
    const badStart = await asso(['init', join(scratch, 'bad'), '--fiscal-year-start', '13-01']);
    expect(badStart.code).toBe(2);
    expect(badStart.stderr).toMatch(/--fiscal-year-start takes MM-DD/);
    expect(existsSync(join(scratch, 'bad'))).toBe(false);
    // No temporary folder left behind.
    expect(readdirSync(scratch).filter((name) => name.includes('.init-'))).toEqual([]);
  });
});

describe.concurrent('asso explain', () => {
  it('a statement line: its accounts, then its postings with file and line, adding up to the figure', async () => {
    const { stdout, code } = await asso(['explain', 'produits.cotisations', '-L', SEED, '-y', '2011', '-f', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      what: 'produits.cotisations',
      kind: 'income-line',
      year: 2011,
      label: 'Cotisations',
      amount: '41610.00',
    });
    expect(json.accounts.map((a: { account: string }) => a.account)).toEqual(['756110', '756120', '756190']);
    expect(json.postings).toHaveLength(9);
    expect(json.postings[0]).toEqual({
      date: '2011-01-17',
      journal: 'VT',
      piece: 'VT-2011-001',
      label: expect.any(String),
      account: '756190',
      debit: '97.00',
      credit: '0.00',
      source: { file: 'journal/2011-ventes.csv', line: 2 },
    });
    // Credits − debits of the postings = the figure (income lines are credit-natural).
    const cents = (s: string) => BigInt(s.replace('.', ''));
    const net = json.postings.reduce(
      (t: bigint, p: { debit: string; credit: string }) => t + cents(p.credit) - cents(p.debit),
      0n,
    );
    expect(net).toBe(cents(json.amount));
    const line = readFileSync(join(ROOT, SEED, 'journal', '2011-ventes.csv'), 'utf8').split(/\r?\n/)[1]!;
    expect(line).toContain('756190');
  });

  it('golden: the table of an account prefix and of a balance-sheet total', async ({ expect }) => {
    const account = await asso(['explain', '5122', '-L', SEED, '-y', '2011']);
    expect(account.code).toBe(0);
    await expect(account.stdout).toMatchFileSnapshot(`../${SEED}/expected/explain-5122.2011.txt`);
    const total = await asso(['explain', 'passif.total-fonds-propres', '-L', SEED, '-y', '2011', '-f', 'markdown']);
    expect(total.code).toBe(0);
    await expect(total.stdout).toMatchFileSnapshot(`../${SEED}/expected/explain-fonds-propres.2011.md`);
  });

  it('an unknown line is a usage error that suggests the line ids', async () => {
    const { code, stderr } = await asso(['explain', 'cotisations', '-L', SEED, '-y', '2011']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/did you mean produits\.cotisations\?/);
  });
});

describe.concurrent('help, suggestions, no ledger', () => {
  it('asso --help and every command --help show examples; each example names a real command', async () => {
    const top = await asso(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Examples:\n {2}\$ asso init/);
    expect(top.stdout).toContain('asso init <dir>');
    for (const command of Object.keys(COMMAND_EXAMPLES)) {
      const help = await asso([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/Examples:\n {2}\$ asso /);
      expect(help.stdout, command).toContain('Global Options:');
    }
  });

  it('the examples of report, explain and budget run and exit 0 (outputs to a scratch folder)', async () => {
    const runnable = ['report', 'explain', 'budget', 'income-statement', 'balance-sheet'].flatMap(
      (command) => COMMAND_EXAMPLES[command]!,
    );
    for (const example of runnable) {
      const args = example
        .replace(/ \| .*$/, '')
        .split(' ')
        .slice(1)
        .map((arg) => (/\.(html|csv)$/.test(arg) ? join(scratch, arg) : arg));
      const { code, stderr } = await asso(args);
      expect(code === 0 || (example.includes('--fail-over') && code === 1), `${example}: ${stderr}`).toBe(true);
    }
  });

  it('an unknown command or option suggests the closest one (exit 2)', async () => {
    const command = await asso(['balanse', '-L', SEED]);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command 'balanse'\n\(Did you mean balance\?\)/);
    const option = await asso(['report', '--cent', '-L', SEED]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Did you mean --cents\?/);
  });

  it('asso alone outside a ledger prints the help and says how to create one; a command says so too (exit 2)', async () => {
    const alone = await asso([], { cwd: scratch });
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('Usage: asso');
    expect(alone.stdout).toMatch(/No ledger in .* Create one with `asso init <dir>`/);
    const command = await asso(['report'], { cwd: scratch });
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/no ledger found .*asso init <folder>/);
  });
});

describe.concurrent('terminal output', () => {
  it('no colour when piped, with NO_COLOR or --no-color: no escape code anywhere', async () => {
    for (const env of [{ NO_COLOR: undefined }, { NO_COLOR: '1' }]) {
      const piped = await asso(['report', '-L', SEED, '-y', '2011'], { env });
      expect(piped.stdout).not.toMatch(ESC);
    }
    const flag = await asso(['income-statement', '-L', SEED, '-y', '2011', '--no-color'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(flag.stdout).not.toMatch(ESC);
  });

  it('--width 80: every line of the report fits in 80 columns', async () => {
    const { stdout, code } = await asso(['report', '-L', SEED, '-y', '2011', '--width', '80']);
    expect(code).toBe(0);
    const widest = Math.max(...stdout.split('\n').map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(80);
    expect(stdout).toContain('…');
    const bad = await asso(['report', '-L', SEED, '--width', 'wide']);
    expect(bad.code).toBe(2);
  });

  it('-f csv --excel: ";" delimiter, decimal comma, UTF-8 BOM; plain CSV stays raw', async () => {
    const excel = await asso(['balance', '-L', SEED, '-y', '2011', '-f', 'csv', '--excel']);
    expect(excel.stdout.startsWith('\ufeffCompte;Libellé;Débit;Crédit;Solde\r\n')).toBe(true);
    expect(excel.stdout).toContain('512200;Livret associatif;52485,00;15000,00;37485,00\r\n');
    const plain = await asso(['balance', '-L', SEED, '-y', '2011', '-f', 'csv']);
    expect(plain.stdout.startsWith('Compte,Libellé')).toBe(true);
    expect(plain.stdout).toContain('512200,Livret associatif,52485.00,15000.00,37485.00\r\n');
  });
});

describe('render (in process)', () => {
  const doc: Document = {
    title: 'T',
    columns: [
      { header: '', align: 'left' },
      { header: '2011', align: 'right' },
    ],
    rows: [
      {
        cells: ['Reprises sur amortissements, dépréciations, provisions et transferts de charges', { cents: 58200n }],
        style: 'normal',
      },
      { cells: ['Déficit', { cents: -143600n }], style: 'normal' },
      { cells: ['Total', { cents: 7187600n }], style: 'total' },
    ],
    notes: [],
    euros: true,
  };

  it('colours: negatives red, totals bold, column headings dim; none without colour', () => {
    const coloured = renderTable(doc, true);
    expect(coloured).toContain('\x1b[31m-1\u202f436\x1b[39m');
    expect(coloured).toMatch(/\x1b\[1m\s*71\u202f876\s*\x1b\[22m|\x1b\[1m71\u202f876\x1b\[22m/);
    expect(coloured).toContain('\x1b[2m2011\x1b[22m');
    expect(renderTable(doc, false)).not.toMatch(ESC);
  });

  it('fits a width by cutting the long label in the middle with an ellipsis; amounts stay whole and right-aligned', () => {
    const text = renderTable(doc, false, 40);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
    expect(text).toContain('Reprises sur…ts de charges');
    expect(text).toMatch(/│\s+-1\u202f436 │/);
    expect(cutText('abcdef', 4)).toBe('ab…f');
    expect(wrapText('un deux trois : quatre', 13)).toBe('un deux\ntrois :\nquatre');
  });

  it('progress: nothing when stderr is not a terminal or in CI; after a second, a line redrawn then erased', () => {
    const written: string[] = [];
    const stream = {
      isTTY: true,
      write: (text: string) => {
        written.push(text);
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    expect(progressIndicator({ ...stream, isTTY: false } as NodeJS.WriteStream, {})).toBeUndefined();
    expect(progressIndicator(stream, { CI: 'true' })).toBeUndefined();
    let clock = 0;
    const progress = progressIndicator(stream, {}, () => clock)!;
    progress.onProgress('journal/2024.csv', 1, 2, 65536);
    expect(written).toEqual([]); // under a second: silent
    clock = 1500;
    progress.onProgress('journal/2024.csv', 1, 2, 131072);
    progress.done();
    expect(written).toEqual([`\r\x1b[2K${progressText('journal/2024.csv', 1, 2, 131072)}`, '\r\x1b[2K']);
    expect(progressText('/a/b/2024.csv', 1, 2, 1234567, 'en')).toBe(
      'asso: reading 2024.csv (file 1/2), 1\u202f234\u202f567 rows…',
    );
  });
});
