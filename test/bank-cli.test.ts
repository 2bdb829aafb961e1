// `asso import bank` as a treasurer runs it (the built command): the dry run's goldens, --write
// then a re-import that changes nothing and a `check` that reconciles, and every refusal: its
// exit code, its message at the file's own line, nothing written.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAsso, STACK } from './run-asso.js';

const LEDGER = 'fixtures/bank/ledger';
const STATEMENTS = 'fixtures/bank/statements';
const scratch = mkdtempSync(join(tmpdir(), 'asso-bank-'));
let copies = 0;
const copy = (): string => {
  copies += 1;
  const dir = join(scratch, `ledger-${copies}`);
  cpSync(join(ROOT, LEDGER), dir, { recursive: true });
  return dir;
};
/** Every file of a folder and its bytes: to show that nothing was written. */
const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub), { withFileTypes: true }))
      if (name.isDirectory()) walk(join(sub, name.name));
      else out[join(sub, name.name)] = readFileSync(join(dir, sub, name.name), 'utf8');
  };
  walk('');
  return out;
};

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` first');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.concurrent('the dry run (goldens)', () => {
  const cases: [string, string[]][] = [
    ['credit-agricole.table.txt', [`${STATEMENTS}/credit-agricole.csv`, '--width', '200']],
    ['bnp.table.txt', [`${STATEMENTS}/bnp.csv`, '--account', '512100', '--width', '200']],
    ['cfonb.csv', [`${STATEMENTS}/releve.cfonb`, '-f', 'csv']],
    ['ofx1.json', [`${STATEMENTS}/releve-ofx1.ofx`, '-f', 'json']],
    ['en.table.txt', [`${STATEMENTS}/releve-mdy.qif`, '--account', '512100', '--lang', 'en', '--width', '200']],
  ];
  for (const [golden, args] of cases)
    it(golden, async ({ expect }) => {
      const run = await runAsso(['import', 'bank', '-L', LEDGER, ...args]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      await expect(run.stdout).toMatchFileSnapshot(`../fixtures/bank/expected/${golden}`);
    });

  it('the dry run writes nothing', async () => {
    const dir = copy();
    const before = snapshot(dir);
    const run = await runAsso(['import', 'bank', '-L', dir, `${STATEMENTS}/credit-agricole.csv`]);
    expect(run.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('the examples of `asso import --help` on the bundled statements run and exit 0', async () => {
    const { COMMAND_EXAMPLES } = await import('../src/cli/help-examples.js');
    const runnable = COMMAND_EXAMPLES.import!.filter(
      (example) => example.includes('fixtures/bank') || example.includes('--formats'),
    );
    expect(runnable.length).toBeGreaterThanOrEqual(10);
    for (const example of runnable) {
      const args = example
        .replace(/ {2,}.*$/, '')
        .split(' ')
        .slice(1);
      const run = await runAsso(args);
      expect(run.code, `${example}: ${run.stderr}`).toBe(0);
    }
  });

  it('--formats lists every format', async () => {
    const run = await runAsso(['importer', 'bank', '--formats']);
    expect(run.code).toBe(0);
    for (const id of [
      'credit-agricole',
      'societe-generale',
      'credit-mutuel',
      'banque-postale',
      'bpce',
      'bnp',
      'ofx',
      'qif',
      'cfonb120',
    ])
      expect(run.stdout).toContain(id);
  });
});

describe('--write, then again', () => {
  it('writes the month, the balances; importing it again (and an overlapping export) changes nothing; check reconciles', async () => {
    const dir = copy();
    const first = await runAsso(['import', 'bank', '-L', dir, `${STATEMENTS}/releve.cfonb`, '--write']);
    expect(first.code, first.stderr).toBe(0);
    const journal = readFileSync(join(dir, 'journal/2025-import-512100.csv'), 'utf8');
    expect(journal.split('\n')[0]).toBe('date,journal,piece,account,label,debit,credit,aux,analytic,bank_ref');
    expect(journal).toContain('2025-03-25,BQ,BQ-2025-007,627,Commission HelloAsso,10.00,,,,REFFT0325A');
    expect(readFileSync(join(dir, 'assertions.csv'), 'utf8')).toBe(
      'date,account,balance\n2025-02-28,512100,1000.00\n2025-03-31,512100,976.80\n',
    );
    const after = snapshot(dir);
    const again = await runAsso([
      'import',
      'bank',
      '-L',
      dir,
      `${STATEMENTS}/releve.cfonb`,
      `${STATEMENTS}/releve-flat.cfonb`,
      '--write',
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('16 ligne(s) : 0 nouvelle(s) dont 0 sur 471, 16 doublon(s)');
    expect(snapshot(dir)).toEqual(after);
    const check = await runAsso(['check', '-L', dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).not.toContain('assertion-failed');
    // The cheque on 471 stays visible until it is cleared.
    expect(check.stdout).toContain('suspense-not-nil');
    const ledger = await runAsso(['ledger', '512100', '-L', dir, '-f', 'json']);
    expect(ledger.stdout).toContain('976.80');
  });

  it('a later overlapping export adds only its new lines, continuing the pieces', async () => {
    const dir = copy();
    const march = readFileSync(join(ROOT, STATEMENTS, 'releve-ofx2.ofx'), 'utf8');
    const halfway = march.replace(/<STMTTRN><TRNTYPE>(CREDIT|DEBIT)<\/TRNTYPE><DTPOSTED>2025032[58].*\n/g, '');
    writeFileSync(
      join(scratch, 'mi-mars.ofx'),
      halfway.replace('976.80', '1036.80').replace('20250331235959', '20250320235959'),
    );
    expect((await runAsso(['import', 'bank', '-L', dir, join(scratch, 'mi-mars.ofx'), '--write'])).code).toBe(0);
    const run = await runAsso(['import', 'bank', '-L', dir, `${STATEMENTS}/releve-ofx2.ofx`, '--write', '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { lines: { status: string; entry: { piece: string } | null }[] };
    expect(json.lines.map((l) => l.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'new',
      'new',
    ]);
    expect(json.lines.slice(6).map((l) => l.entry!.piece)).toEqual(['BQ-2025-007', 'BQ-2025-008']);
    expect((await runAsso(['check', '-L', dir])).stdout).not.toContain('assertion-failed');
  });

  it('a cheque typed by hand is shown as probably booked, and imported only with --include-probable', async () => {
    const dir = copy();
    writeFileSync(
      join(dir, 'journal/2025-BQ.csv'),
      'date,journal,piece,account,label,debit,credit\n2025-03-02,BQ,1,6226,Chèque 1234567 moniteur,250.00,\n2025-03-02,BQ,1,512100,Chèque 1234567 moniteur,,250.00\n',
    );
    const run = await runAsso(['import', 'bank', '-L', dir, `${STATEMENTS}/credit-agricole.csv`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('déjà saisie ?');
    expect(run.stdout).toMatch(/ressemble à BQ 1 \(.*2025-BQ\.csv:3\)/);
    const json = JSON.parse(
      (
        await runAsso([
          'import',
          'bank',
          '-L',
          dir,
          `${STATEMENTS}/credit-agricole.csv`,
          '-f',
          'json',
          '--include-probable',
        ])
      ).stdout,
    );
    expect(json.lines.filter((l: { status: string }) => l.status === 'new')).toHaveLength(8);
  });
});

describe.concurrent('refusals: exit code, the line, nothing written', () => {
  const refused = async (args: string[], code: number, message: RegExp, setup?: (dir: string) => void) => {
    const dir = copy();
    setup?.(dir);
    const before = snapshot(dir);
    const run = await runAsso(['import', 'bank', '-L', dir, ...args, '--write']);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.code, run.stderr).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
    return run;
  };
  const bad = (name: string, content: string): string => {
    const file = join(scratch, name);
    writeFileSync(file, content);
    return file;
  };

  it('an unrecognised layout: exit 2, the columns found, how to use --columns', async () => {
    const file = bad('autre.csv', 'Quand;Quoi;Combien\n01/03/2025;A;1,00\n');
    await refused(
      [file],
      2,
      /autre\.csv:1: présentation de relevé non reconnue \(colonnes trouvées : Quand \| Quoi \| Combien\).*--columns/,
    );
  });

  it('bad --columns: exit 2', async () => {
    await refused([`${STATEMENTS}/bnp.csv`, '--columns', 'date=1,label=2'], 2, /--columns doit nommer/);
    const file = bad('autre2.csv', 'Quand;Quoi;Combien\n01/03/2025;A;1,00\n');
    await refused(
      [file, '--columns', 'date=Quand,label=Quoi,amount=Montant'],
      2,
      /autre2\.csv:1: les colonnes de --columns/,
    );
  });

  it('an unreadable file, a bad date: exit 1, even beside a good file', async () => {
    await refused(
      [`${STATEMENTS}/bpce.csv`, join(scratch, 'absent.csv'), '--account', '512100'],
      1,
      /absent\.csv:1: fichier illisible/,
    );
    const file = bad('date.csv', 'Date;Libellé;Montant(EUROS)\n03/03/2025;A;1,00\n32/03/2025;B;2,00\n');
    await refused([file, '--account', '512100'], 1, /date\.csv:3: « 32\/03\/2025 » n'est pas une date/);
  });

  it('contradictory balances (a truncated statement): exit 1', async () => {
    const lines = readFileSync(join(ROOT, STATEMENTS, 'releve.cfonb'), 'latin1').split('\r\n');
    const truncated = bad('tronque.cfonb', [...lines.slice(0, 13), ...lines.slice(15)].join('\r\n'));
    await refused([truncated], 1, /tronque\.cfonb:14: le nouveau solde \(07\)/);
  });

  it('a statement whose account the ledger does not know: exit 2', async () => {
    await refused([`${STATEMENTS}/bnp.csv`], 2, /bnp\.csv:1: quel compte de banque \?/);
  });

  it('bad rules: exit 1 at the rule’s line and column', async () => {
    await refused(
      [`${STATEMENTS}/bnp.csv`, '--account', '512100'],
      1,
      /import-rules\.csv:2:account: compte 99 refusé/,
      (dir) => writeFileSync(join(dir, 'import-rules.csv'), 'match,account\nx,99\n'),
    );
  });

  it('a new line in a sealed year: exit 1; the lines already booked there are skipped', async () => {
    const dir = copy();
    const march = readFileSync(join(ROOT, STATEMENTS, 'releve-ofx2.ofx'), 'utf8');
    const halfway = march.replace(/<STMTTRN><TRNTYPE>(CREDIT|DEBIT)<\/TRNTYPE><DTPOSTED>2025032[58].*\n/g, '');
    const halfFile = `${dir}-mi-mars.ofx`;
    writeFileSync(halfFile, halfway.replace('976.80', '1036.80').replace('20250331235959', '20250320235959'));
    expect((await runAsso(['import', 'bank', '-L', dir, halfFile, '--write'])).code).toBe(0);
    const close = await runAsso(['close', '-L', dir, '--year', '2025', '--yes']);
    expect(close.code, close.stderr).toBe(0);
    const before = snapshot(dir);
    const run = await runAsso(['import', 'bank', '-L', dir, `${STATEMENTS}/releve-ofx2.ofx`, '--write']);
    expect(run.code).toBe(1);
    const refusedLines = run.stderr.split('\n').filter((l) => l.includes('déjà clôturé'));
    expect(refusedLines.map((l) => /releve-ofx2\.ofx:(\d+):/.exec(l)?.[1])).toEqual(['18', '19']);
    expect(snapshot(dir)).toEqual(before);
  });
});
