// asso add through the built command (`npm run build` first): each kind writes its two rows, the
// books still pass check and the statements move by exactly the amount; every refusal writes
// nothing; the questions in a real terminal (script(1)); recurring entries twice; simplified
// journal files through check, the statements, close and the FEC export.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAsso, STACK } from './run-asso.js';

const BIN = join(ROOT, 'bin', 'asso.js');
let scratch: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  scratch = mkdtempSync(join(tmpdir(), 'asso-add-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function asso(args: readonly string[]) {
  const run = await runAsso(args);
  expect(run.stderr).not.toMatch(STACK);
  return run;
}

async function newLedger(name: string, year = 2025): Promise<string> {
  const dir = join(scratch, name);
  const made = await asso(['init', dir, '-y', String(year), '--name', name]);
  expect(made.code, made.stderr).toBe(0);
  return dir;
}

interface Figures {
  income: string;
  expenses: string;
  assets: string;
  liabilities: string;
}

async function figures(dir: string): Promise<Figures> {
  const statement = JSON.parse((await asso(['income-statement', '-L', dir, '-y', '2025', '-f', 'json'])).stdout);
  const sheet = JSON.parse((await asso(['balance-sheet', '-L', dir, '-y', '2025', '-f', 'json'])).stdout);
  return {
    income: statement.totals.income,
    expenses: statement.totals.expenses,
    assets: sheet.assets.total,
    liabilities: sheet.liabilities.total,
  };
}

const cents = (amount: string): bigint => BigInt(amount.replace('.', ''));
const moved = (before: Figures, after: Figures) =>
  Object.fromEntries(
    (Object.keys(before) as (keyof Figures)[]).map((key) => [key, cents(after[key]) - cents(before[key])]),
  );

function journalFiles(dir: string): Record<string, string> {
  const folder = join(dir, 'journal');
  return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

describe('asso add, each kind', () => {
  it('writes the two rows, keeps check clean and moves the statements by exactly the amount', async () => {
    const dir = await newLedger('kinds');
    const cases: {
      args: string[];
      said: string;
      file: string;
      rows: string;
      moves: Record<keyof Figures, bigint>;
    }[] = [
      {
        args: [
          'depense',
          '--date',
          '12/03/2025',
          '--amount',
          '12,50',
          '--account',
          '606400',
          '--bank',
          '512100',
          '--label',
          'Papier',
        ],
        said: 'Dépense de 12,50\u00a0€ le 12/03/2025 : 606400 Fournitures administratives au débit, 512100 Banque - compte courant au crédit\nÉcrit dans journal/2025-BQ.csv (journal BQ, pièce BQ-011).\n',
        file: '2025-BQ.csv',
        rows: '2025-03-12,BQ,BQ-011,606400,Papier,12.50,,,\n2025-03-12,BQ,BQ-011,512100,Papier,,12.50,,\n',
        moves: { income: 0n, expenses: 1250n, assets: -1250n, liabilities: -1250n },
      },
      {
        args: [
          'recette',
          '--date',
          '2025-03-13',
          '--amount',
          '30.00',
          '--account',
          '756000',
          '--bank',
          '512100',
          '--aux',
          'DUPONT',
        ],
        said: 'Recette de 30,00\u00a0€ le 13/03/2025 : 512100 Banque - compte courant au débit, 756000 Cotisations des adhérents au crédit\nÉcrit dans journal/2025-BQ.csv (journal BQ, pièce BQ-012).\n',
        file: '2025-BQ.csv',
        rows: '2025-03-13,BQ,BQ-012,512100,Cotisations des adhérents,30.00,,,\n2025-03-13,BQ,BQ-012,756000,Cotisations des adhérents,,30.00,DUPONT,\n',
        moves: { income: 3000n, expenses: 0n, assets: 3000n, liabilities: 3000n },
      },
      {
        args: ['virement', '--date', '2025-03-14', '--amount', '100', '--from', '512100', '--to', '531000'],
        said: 'Virement de 100,00\u00a0€ le 14/03/2025 : 531000 Caisse au débit, 512100 Banque - compte courant au crédit\nÉcrit dans journal/2025-BQ.csv (journal BQ, pièce BQ-013).\n',
        file: '2025-BQ.csv',
        rows: '2025-03-14,BQ,BQ-013,531000,Virement 512100 → 531000,100.00,,,\n2025-03-14,BQ,BQ-013,512100,Virement 512100 → 531000,,100.00,,\n',
        moves: { income: 0n, expenses: 0n, assets: 0n, liabilities: 0n },
      },
      {
        args: [
          'dette',
          '--date',
          '2025-03-15',
          '--amount',
          '80',
          '--account',
          '616000',
          '--supplier',
          'MAIF',
          '--label',
          'Assurance 2025',
        ],
        said: 'Dette de 80,00\u00a0€ le 15/03/2025 : 616000 Assurances au débit, 401000 Fournisseurs au crédit\nÉcrit dans journal/2025-OD.csv (journal OD, pièce OD-002).\n',
        file: '2025-OD.csv',
        rows: '2025-03-15,OD,OD-002,616000,Assurance 2025,80.00,,,\n2025-03-15,OD,OD-002,401000,Assurance 2025,,80.00,MAIF,\n',
        moves: { income: 0n, expenses: 8000n, assets: 0n, liabilities: 0n },
      },
      {
        args: [
          'créance',
          '--date',
          '2025-03-16',
          '--amount',
          '25',
          '--account',
          '756000',
          '--member',
          'DURAND',
          '--analytic',
          'ECOLE',
        ],
        said: 'Créance de 25,00\u00a0€ le 16/03/2025 : 411000 Adhérents et usagers au débit, 756000 Cotisations des adhérents au crédit\nÉcrit dans journal/2025-OD.csv (journal OD, pièce OD-003).\n',
        file: '2025-OD.csv',
        rows: '2025-03-16,OD,OD-003,411000,Cotisations des adhérents,25.00,,DURAND,\n2025-03-16,OD,OD-003,756000,Cotisations des adhérents,,25.00,,ECOLE\n',
        moves: { income: 2500n, expenses: 0n, assets: 2500n, liabilities: 2500n },
      },
    ];
    let before = await figures(dir);
    for (const { args, said, file, rows, moves } of cases) {
      const written = await asso(['add', ...args, '-L', dir]);
      expect(written.code, written.stderr).toBe(0);
      expect(written.stdout).toBe(said);
      expect(written.stderr).toBe('');
      expect(readFileSync(join(dir, 'journal', file), 'utf8').endsWith(rows)).toBe(true);
      const after = await figures(dir);
      expect(moved(before, after), args[0]).toEqual(moves);
      before = after;
    }
    expect(readFileSync(join(dir, 'journal', '2025-BQ.csv'), 'utf8')).toMatch(
      /^date,journal,piece,account,label,debit,credit,aux,analytic\n/,
    );
    const check = await asso(['check', '-L', dir]);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toBe('0 erreur, 0 avertissement pour 18 écritures sur 1 exercice\n');
  });

  it('takes the only 512 account by default, --dry-run writes nothing, the alias saisir and English work', async () => {
    const dir = await newLedger('one-bank');
    const accounts = join(dir, 'accounts.csv');
    // With two 512 accounts, --bank is needed.
    const two = await asso(['add', 'depense', '--amount', '5', '--account', '606400', '-L', dir]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(
      /plusieurs comptes bancaires \(512100 Banque - compte courant, 512200 Livret associatif\)/,
    );
    writeFileSync(accounts, readFileSync(accounts, 'utf8').replace(/^512200,.*\n/m, ''));
    const files = journalFiles(dir);
    const dry = await asso([
      'saisir',
      'depense',
      '--date',
      '2025-05-02',
      '--amount',
      '7,20',
      '--account',
      '626000',
      '-L',
      dir,
      '--dry-run',
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(
      /^Dépense de 7,20\u00a0€ le 02\/05\/2025 : 626000 .* 512100 .*\nEssai \(--dry-run\) : rien n'est écrit/,
    );
    expect(journalFiles(dir)).toEqual(files);
    const english = await asso([
      'add',
      'expense',
      '--date',
      '2025-05-02',
      '--amount',
      '7.20',
      '--account',
      '626000',
      '-L',
      dir,
      '--lang',
      'en',
    ]);
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).toMatch(/^Expense of €7\.20 on 2025-05-02: 626000 .* debited, 512100 .* credited\n/);
  });
});

describe('asso add refuses, writes nothing', () => {
  it('says why for each refusal, with exit 1 for the books and 2 for the request', async () => {
    const dir = await newLedger('refusals', 2024);
    const close = await asso(['close', '-L', dir, '-y', '2024', '--yes']);
    expect(close.code, close.stderr).toBe(0);
    const files = journalFiles(dir);
    const base = ['--bank', '512100', '-L', dir];
    const cases: [string[], number, RegExp][] = [
      [['depense', '--date', '2024-06-01', '--amount', '5', '--account', '606400'], 1, /l'exercice 2024 est clôturé/],
      [
        ['depense', '--date', '2025-06-01', '--amount', '5', '--account', '906400'],
        1,
        /906400 ne prolonge aucun compte.*comptes proches : .*606400/,
      ],
      [['depense', '--date', '2025-06-01', '--amount', '5', '--account', '60'], 1, /60 est une rubrique/],
      [['depense', '--date', '2025-02-30', '--amount', '5', '--account', '606400'], 2, /« 2025-02-30 » n'existe pas/],
      [['depense', '--date', '2025-06-01', '--amount', '5,125', '--account', '606400'], 2, /plus de deux décimales/],
      [['recette', '--date', '2025-06-01', '--amount', '-5', '--account', '756000'], 2, /négatif.*asso add depense/],
      [
        ['depense', '--date', '2025-06-01', '--amount', '5', '--account', '606400', '--bank', '606300'],
        1,
        /pas un compte de banque/,
      ],
      [['depense', '--date', '2025-06-01', '--account', '606400'], 2, /--amount manque/],
      [['achat', '--amount', '5'], 2, /« achat » n'est pas une opération/],
    ];
    for (const [args, code, message] of cases) {
      const refused = await asso(['add', args[0]!, ...base, ...args.slice(1)]);
      expect(refused.code, args.join(' ')).toBe(code);
      expect(refused.stderr, args.join(' ')).toMatch(message);
      expect(refused.stdout).toBe('');
    }
    const same = await asso(['add', 'virement', '--amount', '5', '--from', '512100', '--to', '512100', '-L', dir]);
    expect([same.code, same.stderr]).toEqual([2, expect.stringMatching(/ne déplace rien/)]);
    expect(journalFiles(dir)).toEqual(files);
    // An account that extends the chart without being in accounts.csv: written, with check's warning.
    const undeclared = await asso([
      'add',
      'depense',
      '--date',
      '2025-06-01',
      '--amount',
      '5',
      '--account',
      '606410',
      ...base,
    ]);
    expect(undeclared.code, undeclared.stderr).toBe(0);
    expect(undeclared.stderr).toMatch(/606410 n'est pas dans accounts.csv.*\[account-not-declared\]/);
    const check = await asso(['check', '-L', dir]);
    expect(check.stdout).toMatch(/avertissement : .*606410.*\[account-not-declared\]/);
  });

  it('without an operation and not in a terminal: exit 2 with the usage', async () => {
    const dir = await newLedger('usage');
    const run = await asso(['add', '-L', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^usage : asso add <recette\|depense\|virement\|dette\|creance>/);
    expect(run.stdout).toBe('');
  });
});

describe('asso add in a terminal', () => {
  it.skipIf(!existsSync('/usr/bin/script'))(
    'asks each question in a pseudo-terminal (script(1)), a bad date again at once, and writes the entry',
    async () => {
      const dir = await newLedger('pty');
      const child = spawn('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} add -L ${dir}`, '/dev/null'], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', LANG: 'fr_FR.UTF-8', SOURCE_DATE_EPOCH: '1749000000' },
      });
      const answers: [RegExp, string][] = [
        [/Opération \(/, 'dépense\n'],
        [/Date \[04\/06\/2025\] : $/, '31/02/2025\n'],
        [/n'existe pas dans le calendrier[\s\S]*Date \[/, '12/03/2025\n'],
        [/Montant/, '12,50\n'],
        [/Compte de charge/, 'fourn\n'],
        [/Choix \[1\]/, '\n'],
        [/Compte de banque ou de caisse \[512100\]/, '\n'],
        [/Libellé \[Fournitures administratives\]/, 'Ramette de papier\n'],
        [/Enregistrer \? \[O\/n\]/, 'o\n'],
      ];
      let out = '';
      child.stdout.on('data', (data: Buffer) => {
        out += data.toString('utf8');
        while (answers.length && answers[0]![0].test(out)) {
          child.stdin.write(answers.shift()![1]);
          out = '';
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(answers.map(([question]) => question.source)).toEqual([]);
      expect(code, out).toBe(0);
      expect(out).toMatch(/Écrit dans journal\/2025-BQ.csv \(journal BQ, pièce BQ-011\)/);
      expect(readFileSync(join(dir, 'journal', '2025-BQ.csv'), 'utf8')).toBe(
        'date,journal,piece,account,label,debit,credit,aux,analytic\n2025-03-12,BQ,BQ-011,606400,Ramette de papier,12.50,,,\n2025-03-12,BQ,BQ-011,512100,Ramette de papier,,12.50,,\n',
      );
      expect((await asso(['check', '-L', dir])).code).toBe(0);
    },
  );
});

describe('asso add --recurring', () => {
  it('writes what is due and not yet there, a second run nothing; sealed years are listed, not written', async () => {
    const dir = await newLedger('recurring', 2024);
    expect((await asso(['close', '-L', dir, '-y', '2024', '--yes'])).code).toBe(0);
    writeFileSync(
      join(dir, 'recurring.csv'),
      `name,every,day,from,to,account,label,debit,credit
salaire,month,31,2024-11-30,,641000,Salaire de l'entraîneur,850.00,
salaire,,,,,512100,Salaire de l'entraîneur,,850.00
urssaf,quarter,15,2025-01-15,,645000,URSSAF,210.00,
urssaf,,,,,512100,URSSAF,,210.00
`,
    );
    const first = await asso(['add', '--recurring', '--through', '2025-04-30', '-L', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe(
      "2 échéance(s) dans un exercice clôturé, non écrite(s) :\n  30/11/2024 OD salaire-2024-11 Salaire de l'entraîneur 850,00\u00a0€\n  31/12/2024 OD salaire-2024-12 Salaire de l'entraîneur 850,00\u00a0€\n",
    );
    expect(first.stdout).toBe(
      [
        '  15/01/2025 OD urssaf-2025-01 URSSAF 210,00\u00a0€',
        "  31/01/2025 OD salaire-2025-01 Salaire de l'entraîneur 850,00\u00a0€",
        "  28/02/2025 OD salaire-2025-02 Salaire de l'entraîneur 850,00\u00a0€",
        "  31/03/2025 OD salaire-2025-03 Salaire de l'entraîneur 850,00\u00a0€",
        '  15/04/2025 OD urssaf-2025-04 URSSAF 210,00\u00a0€',
        "  30/04/2025 OD salaire-2025-04 Salaire de l'entraîneur 850,00\u00a0€",
        '6 écriture(s) récurrente(s) écrite(s) dans journal/2025-OD.csv',
        '',
      ].join('\n'),
    );
    const files = journalFiles(dir);
    const second = await asso(['add', '--recurring', '--through', '2025-04-30', '-L', dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      "Aucune écriture récurrente à écrire jusqu'au 30/04/2025 : tout est déjà dans les comptes.\n",
    );
    expect(journalFiles(dir)).toEqual(files);
    // Today (SOURCE_DATE_EPOCH) is the default end; the numbering of OD goes on past the recurring pieces.
    const odd = await asso([
      'add',
      'dette',
      '--date',
      '2025-05-02',
      '--amount',
      '10',
      '--account',
      '626000',
      '-L',
      dir,
    ]);
    expect(odd.stdout).toMatch(/pièce OD-001/);
    const check = await asso(['check', '-L', dir]);
    expect(check.code, check.stdout).toBe(0);
    const income = JSON.parse((await asso(['income-statement', '-L', dir, '-y', '2025', '-f', 'json'])).stdout);
    expect(income.totals.expenses).toBe('3830.00');
  });

  it('refuses a recurring.csv with problems, each with its line', async () => {
    const dir = await newLedger('recurring-bad');
    writeFileSync(
      join(dir, 'recurring.csv'),
      'name,every,day,from,to,account,label,debit,credit\nloyer,weekly,5,2025-01-05,,613200,Loyer,400.00,\nloyer,,,,,512100,Loyer,,390.00\n',
    );
    const files = journalFiles(dir);
    const run = await asso(['add', '--recurring', '-L', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/recurring.csv:2:every: erreur : « weekly » n'est pas une périodicité/);
    expect(run.stderr).toMatch(
      /recurring.csv:2: erreur : le modèle loyer n'est pas équilibré : débits − crédits = 10,00/,
    );
    expect(journalFiles(dir)).toEqual(files);
    expect((await asso(['check', '-L', dir])).stdout).toMatch(/\[bad-recurring\]/);
  });
});

describe('simplified journal files (one operation per row)', () => {
  it('are read by check, the statements, close and the FEC export, with their own lines in problems', async () => {
    const dir = await newLedger('one-line', 2025);
    const simple = join(dir, 'journal', '2025-depenses.csv');
    writeFileSync(
      simple,
      'date;libellé;montant;compte_debit;compte_credit;aux\n12/03/2025;Papier;12,50;606400;512100;\n13/03/2025;Cotisation Dupont;30,00;512100;756000;DUPONT\n',
    );
    const check = await asso(['check', '-L', dir]);
    expect(check.code, check.stdout).toBe(0);
    const journal = JSON.parse((await asso(['journal', '-L', dir, '-f', 'json'])).stdout);
    const mine = journal.entries.filter((e: { source: { file: string } }) =>
      e.source.file.endsWith('2025-depenses.csv'),
    );
    expect(
      mine.map((e: { journal: string; piece: string; source: { line: number } }) => [
        e.journal,
        e.piece,
        e.source.line,
      ]),
    ).toEqual([
      ['OD', '2025-depenses-2', 2],
      ['OD', '2025-depenses-3', 3],
    ]);
    // The statements move by the file's amounts: compared with the same books without it.
    const withFile = await figures(dir);
    const content = readFileSync(simple);
    rmSync(simple);
    const without = await figures(dir);
    writeFileSync(simple, content);
    expect(moved(without, withFile)).toEqual({ income: 3000n, expenses: 1250n, assets: 1750n, liabilities: 1750n });
    const fec = join(scratch, 'one-line-fec.txt');
    const exported = await asso(['export', 'fec', '-L', dir, '-y', '2025', '-o', fec]);
    expect(exported.code, exported.stderr).toBe(0);
    const fecText = readFileSync(fec, 'utf8');
    expect(fecText).toMatch(/\t2025-depenses-3\t20250313\tCotisation Dupont\t30,00\t0,00\t/);
    expect(fecText).toMatch(
      /\t756000\tCotisations des adhérents\tDUPONT\t\t2025-depenses-3\t20250313\tCotisation Dupont\t0,00\t30,00/,
    );
    const closed = await asso(['close', '-L', dir, '-y', '2025', '--yes']);
    expect(closed.code, closed.stderr).toBe(0);
    expect((await asso(['check', '-L', dir])).code).toBe(0);
    // A sealed year's simplified file is fingerprinted like any other: changing it breaks the seal.
    writeFileSync(simple, readFileSync(simple, 'utf8').replace('12,50', '12,60'));
    expect((await asso(['check', '-L', dir])).code).toBe(1);
  });

  it('names their own lines and columns in problems, each said once', async () => {
    const dir = await newLedger('one-line-bad', 2025);
    writeFileSync(
      join(dir, 'journal', '2025-simple.csv'),
      'date,label,amount,debit_account,credit_account,journal,piece\n2025-03-12,Papier,12.505,606400,512100,BQ,P1\n2025-02-31,Date,1.00,606400,512100,,\n2025-03-13,Compte,1.00,606400,9999,,\n2025-03-14,Court,1.00\n',
    );
    const check = await asso(['check', '-L', dir]);
    expect(check.code).toBe(1);
    const lines = check.stdout.split('\n').filter((line) => line.startsWith('asso: '));
    expect(
      lines.map((line) => /2025-simple\.csv:(\d+)(?::(\w+))?: .*\[([a-z-]+)\]$/.exec(line)!.slice(1).join(':')),
    ).toEqual(['2:amount:too-many-decimals', '3:date:bad-date', '4:credit_account:unknown-account', '5::ragged-row']);
  });
});
