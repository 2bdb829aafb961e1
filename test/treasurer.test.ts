// What a treasurer ran into (issue 14): the guard rails of close, dates and the default year,
// listings, widths and the rough edges, through the built command with today pinned.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAsso, STACK } from './run-asso.js';

const SEED = join(ROOT, 'ledgers', 'coorace-bn');

let scratch: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` first');
  scratch = mkdtempSync(join(tmpdir(), 'asso-treasurer-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const seedCopy = (name: string): string => {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  cpSync(SEED, dir, { recursive: true });
  rmSync(join(dir, 'expected'), { recursive: true, force: true });
  return dir;
};

describe.concurrent('close', () => {
  it('refuses a year that has not ended, naming the day it ends (item 1)', async () => {
    const dir = seedCopy('not-ended');
    const run = await runAsso(['close', '-L', dir, '--year', '2011', '--yes'], { today: '2011-06-01' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("l'exercice 2011 n'est pas terminé : il se termine le 31/12/2011");
    expect(existsSync(join(dir, 'locks', '2011.json'))).toBe(false);
  });

  it('without --reverse-accruals, names the accrual accounts left to reverse and how (item 4)', async () => {
    const dir = seedCopy('accruals');
    const run = await runAsso(['close', '-L', dir, '--year', '2011', '--yes'], { today: '2026-05-28' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/À extourner en 2012 : .*\(408\d* .*487\d* .*\)\. Relancez avec --reverse-accruals/);
    const reversed = await runAsso(
      ['close', '-L', seedCopy('reversed'), '--year', '2011', '--yes', '--reverse-accruals'],
      { today: '2026-05-28' },
    );
    expect(reversed.stdout).not.toContain('À extourner');
  });
});

describe.concurrent('dates and the default year (item 5)', () => {
  const TODAY = { today: '2026-06-15' };
  it('warns on a year after the current one and never takes it as the default year', async () => {
    const dir = 'fixtures/errors/outlying-year';
    const check = await runAsso(['check', '-L', dir], TODAY);
    expect(check.stdout).toMatch(
      /2025\.csv:4: avertissement : .*l'exercice 2062, qui n'a pas commencé.*\[outlying-year\]/,
    );
    const sheet = await runAsso(['bilan', '-L', dir], TODAY);
    expect(sheet.stdout.split('\n')[0]).toMatch(/^Bilan 2025 /);
  });
  it('warns on a year cut off from the others by a gap', async () => {
    const check = await runAsso(['check', '-L', 'fixtures/errors/outlying-year--gap'], TODAY);
    expect(check.stdout).toMatch(/2025\.csv:2: avertissement : .*l'exercice 2016, séparé des autres exercices/);
  });
  it('does not warn on the opening entries a close on the last day writes for next year', async () => {
    const dir = seedCopy('last-day');
    const lastDay = { today: '2011-12-31' };
    const closed = await runAsso(['close', '-L', dir, '--year', '2011', '--yes'], lastDay);
    expect(closed.code, closed.stderr).toBe(0);
    const check = await runAsso(['check', '-L', dir], lastDay);
    expect(check.stdout).not.toContain('outlying-year');
  });
});

describe.concurrent('listings', () => {
  it('ledger 999 says that no account starts with 999 (item 17)', async () => {
    const run = await runAsso(['ledger', '999', '-L', SEED]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('aucun compte ne commence par 999');
    expect(run.stdout).toBe('');
  });
  it('journal and ledger take --from, --to, --journal and --match (item 11)', async () => {
    const journal = await runAsso([
      'journal',
      '-L',
      SEED,
      '--journal',
      'vt',
      '--from',
      '2011-03-01',
      '--to',
      '31/03/2011',
      '-f',
      'csv',
    ]);
    expect(journal.code, journal.stderr).toBe(0);
    const rows = journal.stdout.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toMatch(/^\d\d\/03\/2011,VT,/);
    const ledger = await runAsso(['ledger', '512', '-L', SEED, '--match', 'LOYER', '-f', 'csv']);
    const postings = ledger.stdout
      .trim()
      .split('\n')
      .filter((line) => /^\d\d\//.test(line));
    expect(postings.length).toBe(12);
    for (const posting of postings) expect(posting).toMatch(/Loyer/);
    const bad = await runAsso(['journal', '-L', SEED, '--from', '2011-02-30']);
    expect(bad.code).toBe(2);
  });
});

describe.concurrent('init and the SIREN', () => {
  it('asks again, at once, after a wrong answer (item 13)', async () => {
    const { askSettings } = await import('../src/cli/commands/init.js');
    const input = new PassThrough();
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk: Buffer) => {
      said += chunk.toString('utf8');
    });
    input.end('Club de voile\n01/09\n09-01\n123456789\n732829320\n');
    const settings = await askSettings({}, { name: 'club', start: '01-01' }, input, output, 'fr');
    expect(settings).toEqual({ name: 'Club de voile', fiscalYearStart: '09-01', siren: '732829320' });
    expect(said).toContain(
      "le début de l'exercice s'écrit MM-JJ, par exemple 01-01 ou 09-01, et non « 01/09 » ; recommencez",
    );
    expect(said).toContain("le SIREN 123456789 n'est pas valide");
    expect(said).not.toContain('--fiscal-year-start');
    expect(said.match(/Premier jour de l'exercice/g)).toHaveLength(2);
  });
  it('quotes a path with spaces in the commands it suggests (item 18), warns on a SIREN that fails its key (item 16)', async () => {
    const dir = join(scratch, 'mon asso', 'sub');
    const made = await runAsso(['init', dir, '-y', '2024', '--siren', '123456789']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`asso check -L '${dir}'`);
    expect(made.stderr).toContain("le SIREN 123456789 n'est pas valide");
    const check = await runAsso(['check', '-L', dir]);
    expect(check.stdout).toContain('[bad-siren]');
    const valid = await runAsso(['init', join(scratch, 'valide'), '-y', '2024', '--siren', '732 829 320']);
    expect(valid.stderr).toBe('');
  });
});

describe('an undeclared account (item 14)', () => {
  it('suggests the closest declared accounts first', async () => {
    const run = await runAsso(['check', '-L', 'fixtures/errors/account-not-declared--typo']);
    expect(run.stdout).toContain('le compte 62570 est utilisé');
    expect(run.stdout).toContain('vouliez-vous dire 625700 Réceptions');
    const en = await runAsso(['check', '-L', 'fixtures/errors/account-not-declared--typo', '--lang', 'en']);
    expect(en.stdout).toContain('did you mean 625700 Réceptions');
  });
  it('counts a transposition as one edit', async () => {
    const { editDistance } = await import('../src/chart/closest.js');
    expect(editDistance('625700', '652700')).toBe(1);
    expect(editDistance('62570', '625700')).toBe(1);
    expect(editDistance('512100', '512100')).toBe(0);
    expect(editDistance('401', '411000')).toBe(4);
  });
});

describe.concurrent('check (item 12)', () => {
  const dir = 'fixtures/errors/unbalanced';
  it('-f csv and -f markdown give a table of the problems', async () => {
    const csv = await runAsso(['check', '-L', dir, '-f', 'csv']);
    expect(csv.code).toBe(1);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('Gravité,Code,Emplacement,Message');
    expect(lines[1]).toMatch(/^erreur,unbalanced,fixtures\/errors\/unbalanced\/journal\/2024\.csv:4,/);
    const markdown = await runAsso(['check', '-L', dir, '-f', 'markdown', '--lang', 'en']);
    expect(markdown.stdout).toMatch(/^## 1 error\(s\), 0 warning\(s\) in 1 entries over 1 fiscal year\(s\)\n/);
    expect(markdown.stdout).toContain('| error | unbalanced | fixtures/errors/unbalanced/journal/2024.csv:4 |');
  });
  it('says erreur / avertissement in French, coloured by severity in a terminal', async () => {
    const { checkLines } = await import('../src/render/check.js');
    const { error, warning } = await import('../src/diagnostics.js');
    const { text } = await import('../src/messages/text.js');
    const problems = [
      error('unbalanced', text('off by 0.01', 'off by 0.01'), { file: 'a.csv', line: 4 }),
      warning('bad-siren', text('key', 'key')),
    ];
    const plain = checkLines(problems, 'fr', false);
    expect(plain).toBe('asso: a.csv:4: erreur : off by 0.01 [unbalanced]\nasso: avertissement : key [bad-siren]\n');
    const coloured = checkLines(problems, 'fr', true);
    expect(coloured).toContain('\u001b[31m\u001b[1merreur');
    expect(coloured).toContain('\u001b[33mavertissement');
    expect(checkLines(problems, 'en', false)).toContain('a.csv:4: error: off by 0.01');
  });
});

describe('exit codes (item 20)', () => {
  it('70 only for a bug: a usage error is 2, a file that cannot be written 1, anything else 70', async () => {
    const { exitCodeOf } = await import('../src/cli/main.js');
    const { UsageError } = await import('../src/cli/options.js');
    expect(exitCodeOf(new UsageError({ fr: 'non', en: 'no' }))).toBe(2);
    expect(exitCodeOf(Object.assign(new Error('EACCES'), { code: 'EACCES' }))).toBe(1);
    expect(exitCodeOf(new TypeError('x is undefined'))).toBe(70);
    const docs = readFileSync(join(ROOT, 'docs', 'contract.md'), 'utf8');
    expect(docs).toMatch(/70 an internal error, that is a\nbug/);
    const bad = await runAsso(['journal', '-L', SEED, '--from', '2011-05-01', '--to', '2011-04-01']);
    expect(bad.code).toBe(2);
    const folder = await runAsso(['bilan', '-L', SEED, '-o', scratch]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).not.toMatch(STACK);
  });
});

/** A club's year under way: bank lines in January and February, an accrual dated 27 March, a budget. */
function clubUnderWay(): string {
  const dir = mkdtempSync(join(scratch, 'club-'));
  mkdirSync(join(dir, 'journal'));
  mkdirSync(join(dir, 'budget'));
  writeFileSync(join(dir, 'asso.json'), '{"name":"Club","currency":"EUR","fiscalYearStart":"01-01"}\n');
  writeFileSync(
    join(dir, 'accounts.csv'),
    'number,label\n512100,Banque\n756000,Cotisations\n606000,Achats\n408000,Fournisseurs FNP\n',
  );
  writeFileSync(
    join(dir, 'journal', '2026.csv'),
    [
      'date,journal,piece,account,label,debit,credit',
      '2026-01-10,BQ,1,512100,Cotisations,600.00,',
      '2026-01-10,BQ,1,756000,Cotisations,,600.00',
      '2026-02-10,BQ,2,606000,Fournitures,40.00,',
      '2026-02-10,BQ,2,512100,Fournitures,,40.00',
      '2026-03-27,OD,3,606000,Facture non parvenue,10.00,',
      '2026-03-27,OD,3,408000,Facture non parvenue,,10.00',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'budget', '2026.csv'), 'account,amount\n756000,1200.00\n606000,600.00\n');
  return dir;
}

describe.concurrent('budget to date', () => {
  const TODAY = { today: '2026-06-15' };
  it('compares to the latest bank or cash line, says so, and --to overrides it (item 6)', async () => {
    const dir = clubUnderWay();
    const run = await runAsso(['budget', '-L', dir, '--vs', '2026', '-f', 'markdown'], TODAY);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Réalisé 2026 au 10/02/2026');
    expect(run.stdout).toContain('(2 mois sur 12)');
    expect(run.stdout).toContain('Réalisé arrêté au 10/02/2026, date de la dernière opération de banque ou de caisse');
    expect(run.stdout).toContain('606000 Achats* | *600,00* | *100,00* | *40,00* |');
    const to = await runAsso(['budget', '-L', dir, '--vs', '2026', '--to', '2026-03-31', '-f', 'markdown'], TODAY);
    expect(to.stdout).toContain('Réalisé arrêté au 31/03/2026 (--to).');
    expect(to.stdout).toContain('606000 Achats* | *600,00* | *150,00* | *50,00* |');
  });
  it('gives no percentage of a result line (item 15)', async () => {
    const run = await runAsso(['budget', '-L', clubUnderWay(), '--vs', '2026', '-f', 'csv'], TODAY);
    const results = run.stdout.split('\r\n').filter((line) => /Résultat|Excédent/.test(line));
    expect(results.length).toBeGreaterThan(0);
    for (const line of results) expect(line).toMatch(/,$/);
    const shares = run.stdout.split('\r\n').filter((line) => line.startsWith('Cotisations'));
    expect(shares[0]).toMatch(/,3\.0000$|,3$/);
  });
});

describe.concurrent('widths (item 10)', () => {
  const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line].length));
  for (const args of [
    ['budget', '-y', '2012', '--vs', '2011'],
    ['budget', '-y', '2012', '--vs', '2011', '--monthly'],
    ['budget', '-y', '2012', '--monthly'],
    ['budget', '-y', '2012', '--layout', 'cerfa', '--vs', '2011'],
    ['explain', '512100', '-y', '2011'],
    ['ledger', '-y', '2011'],
    ['journal', '-y', '2011'],
  ])
    it(`${args.join(' ')} --width 80 fits in 80 columns`, async () => {
      const run = await runAsso([...args, '-L', SEED, '--width', '80']);
      expect(run.code, run.stderr).toBe(0);
      expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    });
  it('cuts labels in the middle, so that two cut totals still read apart; splits a table that cannot fit', async () => {
    const { cutText, tableParts } = await import('../src/render/table.js');
    const cut = cutText('Total des produits (I + III + V)', 20);
    expect(cut).toMatch(/^Total des….*\+ V\)$/);
    expect([...cut].length).toBeLessThanOrEqual(20);
    expect(cutText('Total des produits (I + III + V)', 20)).not.toBe(cutText('Total des charges (II + IV)', 20));
    expect(tableParts([10, 12, 12, 12, 12], 80)).toEqual([[0, 1, 2, 3, 4]]);
    expect(tableParts([10, 20, 20, 20, 20], 60)).toEqual([
      [0, 1, 2],
      [0, 3, 4],
    ]);
    const monthly = await runAsso(['budget', '-y', '2012', '--vs', '2011', '--monthly', '-L', SEED, '--width', '80']);
    expect(monthly.stdout.match(/│ Mois/g)?.length).toBeGreaterThan(1);
  });
});

describe('whole euros (item 19)', () => {
  it('never moves a balance carried unchanged from N−1 (report à nouveau 4 249,50 stays 4 250 in both columns)', async () => {
    const dir = mkdtempSync(join(scratch, 'ran-'));
    mkdirSync(join(dir, 'journal'));
    writeFileSync(join(dir, 'asso.json'), '{"name":"Club","currency":"EUR","fiscalYearStart":"01-01"}\n');
    writeFileSync(
      join(dir, 'accounts.csv'),
      'number,label\n512100,Banque\n756000,Cotisations\n606000,Achats\n110000,Report à nouveau\n120000,Excédent\n401000,Fournisseurs\n',
    );
    const header = 'date,journal,piece,account,label,debit,credit';
    writeFileSync(
      join(dir, 'journal', '2025.csv'),
      [
        header,
        '2025-01-01,AN,1,512100,Ouverture,4249.50,',
        '2025-01-01,AN,1,110000,Ouverture,,4249.50',
        '2025-03-01,BQ,2,512100,Cotisation,100.00,',
        '2025-03-01,BQ,2,756000,Cotisation,,100.00',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'journal', '2026.csv'),
      [
        header,
        '2026-01-01,AN,1,512100,Ouverture,4349.50,',
        '2026-01-01,AN,1,110000,Ouverture,,4249.50',
        '2026-01-01,AN,1,120000,Ouverture,,100.00',
        '2026-02-01,BQ,2,606000,Achat,10.70,',
        '2026-02-01,BQ,2,512100,Achat,,10.20',
        '2026-02-01,BQ,2,401000,Achat,,0.50',
        '',
      ].join('\n'),
    );
    const run = await runAsso(['bilan', '-L', dir, '-y', '2026', '--euros', '-f', 'csv']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Report à nouveau,4250,4250\r?$/m);
    expect(run.stdout).not.toMatch(/absorbé par Report à nouveau/);
    const { allocateEuros } = await import('../src/money.js');
    expect(allocateEuros([424950n, 50n], 424900n, [true, false]).absorbed).toEqual([1]);
    expect(allocateEuros([424950n, 0n], 424900n, [true, false]).absorbed).toEqual([0]);
  });
});

describe('the report of a year under way (item 8)', () => {
  it('speaks "au <date>" and counts per-month figures over the months elapsed', async () => {
    const dir = clubUnderWay();
    const run = await runAsso(['report', '-L', dir, '-f', 'markdown'], { today: '2026-06-15' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Exercice en cours, comptes arrêtés au 27 mars 2026');
    expect(run.stdout).toContain("Au 27 mars 2026, l'exercice 2026 étant en cours, nous aboutissons à un excédent");
    expect(run.stdout).toContain('Bilan au 27 mars 2026');
    expect(run.stdout).not.toContain("Sur l'année 2026");
    // 560 € of cash against 50 € of expenses over 3 months: 33,6 months (not 134,4 over twelve).
    expect(run.stdout).toContain('33,6');
    expect(run.stdout).not.toContain('134,4');
    const { monthsCovered } = await import('../src/reports/report.js');
    expect(monthsCovered(56000n, 5000n, 3)).toBe('33.6');
    expect(monthsCovered(56000n, 5000n)).toBe('134.4');
  });
});

describe('a year that is not a calendar year (item 7)', () => {
  const CLUB = 'fixtures/club-septembre';
  const TODAY = { today: '2026-06-15' };
  const title = 'Exercice du 01/09/2024 au 31/08/2025';
  it.each([
    ['table', 'txt', 'fr'],
    ['markdown', 'md', 'fr'],
    ['html', 'html', 'fr'],
    ['table', 'txt', 'en'],
  ] as const)('titles its report by its days (%s, %s)', async (format, ext, lang) => {
    const run = await runAsso(['report', '-L', CLUB, '-y', '2024', '-f', format, '--lang', lang], TODAY);
    expect(run.code, run.stderr).toBe(0);
    const named = lang === 'fr' ? title : 'Financial year from 01/09/2024 to 31/08/2025';
    expect(format === 'html' ? /<h1>(.*?)</.exec(run.stdout)?.[1] : run.stdout.split('\n')[0]).toContain(named);
    // The statements within the report too: the income statement and the balance sheet.
    const statement = lang === 'fr' ? `Compte de résultat — ${named}` : `Income statement — ${named}`;
    expect(run.stdout).toContain(statement);
    expect(run.stdout).not.toMatch(/(Rapport financier|Financial report|Compte de résultat|Bilan) 2024/);
    await expect(run.stdout).toMatchFileSnapshot(`../${CLUB}/expected/report${lang === 'en' ? '-en' : ''}.2024.${ext}`);
  });
  it('titles its statements and listings so; the JSON year stays; a calendar year keeps its title', async () => {
    for (const command of ['bilan', 'income-statement', 'balance', 'journal', 'ledger']) {
      const run = await runAsso([command, '-L', CLUB, '-y', '2024'], TODAY);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.split('\n')[0]).toContain(` — ${title}`);
    }
    const budget = await runAsso(['budget', '-L', 'fixtures/budget-club', '-y', '2024'], TODAY);
    expect(budget.stdout.split('\n')[0]).toMatch(/^Budget prévisionnel — Exercice du 01\/09\/2024 au 31\/08\/2025 /);
    const json = await runAsso(['report', '-L', CLUB, '-y', '2024', '-f', 'json'], TODAY);
    expect(JSON.parse(json.stdout).year).toBe(2024);
    const calendar = await runAsso(['report', '-L', SEED, '-y', '2011'], TODAY);
    expect(calendar.stdout.split('\n')[0]).toMatch(/^Rapport financier 2011 /);
    const { yearTitle } = await import('../src/reports/year-title.js');
    // An irregular first year (here fifteen months) is titled by its days, even when it starts on 1 January.
    expect(yearTitle('Bilan', 2024, { start: '2024-01-01', end: '2025-03-31' }, 'fr')).toBe(
      'Bilan — Exercice du 01/01/2024 au 31/03/2025',
    );
    expect(yearTitle('Bilan', 2024, { start: '2024-01-01', end: '2024-12-31' }, 'en')).toBe('Bilan 2024');
  });
});

describe('one number style per language (item 15)', () => {
  const TODAY = { today: '2026-06-15' };
  /** A French-style number: digits grouped by a (narrow no-break) space, or a decimal comma. */
  const FRENCH = /\d[ \u202f\u00a0]\d{3}(?!\d)|\d,\d{1,2}(?!\d)/;
  /** An English-style number: digits grouped by a comma, or a decimal point. */
  const ENGLISH = /\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)/;
  it('writes amounts, months and percentages the English way with --lang en, the French way in French', async () => {
    for (const args of [
      ['report', '-L', SEED, '-y', '2011'],
      ['bilan', '-L', SEED, '-y', '2011'],
      ['budget', '-L', 'fixtures/budget-club', '-y', '2024', '--vs', '2024', '--euros'],
    ]) {
      const en = await runAsso([...args, '--lang', 'en'], TODAY);
      expect(en.code, en.stderr).toBe(0);
      // Dates (01/09/2024) and fingerprints aside, no number is written the French way.
      const numbers = en.stdout.replace(/\d{2}\/\d{2}\/\d{4}/g, '').replace(/[0-9a-f]{64}/g, '');
      expect(numbers, args.join(' ')).not.toMatch(FRENCH);
      expect(numbers).toMatch(ENGLISH);
      const fr = await runAsso(args, TODAY);
      expect(fr.stdout.replace(/[0-9a-f]{64}/g, ''), args.join(' ')).not.toMatch(ENGLISH);
      expect(fr.stdout).toMatch(FRENCH);
    }
    const en = await runAsso(['report', '-L', 'fixtures/club-septembre', '-y', '2024', '--lang', 'en'], TODAY);
    expect(en.stdout).toContain('4.8 months');
    expect(en.stdout).toMatch(/a\s+deficit\s+of\s+€1,635\./);
    expect(en.stdout).toMatch(/│ Income +│ +5,575 │ +6,840 │/);
    const fr = await runAsso(['report', '-L', 'fixtures/club-septembre', '-y', '2024'], TODAY);
    expect(fr.stdout).toContain('4,8 mois');
    expect(fr.stdout).toMatch(/un\s+déficit\s+de\s+1\u202f635\u00a0€/);
    // The report's charts too.
    const html = await runAsso(['report', '-L', SEED, '-y', '2011', '-f', 'html', '--lang', 'en'], TODAY);
    const values = [...html.stdout.matchAll(/<text class="value"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toMatch(FRENCH);
  });
});
