// End-to-end tests of the switch to the 2025 reference set on the BUILT command (`npx tsc -p .`
// first): abolished accounts in `check`, the opening check through the changes map, a pinned set,
// and `migrate --to pca-2025` (the diff, --write, the marked rows, closed years).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type Run, runInProcess } from './run-asso.js';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURE = join(ROOT, 'fixtures', 'pca-2024-2025');
const scratch = mkdtempSync(join(tmpdir(), 'asso-pca2025-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** These tests read the messages in English (an English LANG); statement labels stay French (--lang only). */
const asso = (args: readonly string[]): Promise<Run> =>
  runInProcess(args, { env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });

// Three postings on accounts abolished in 2025 (a renumbered one, a split one, a balance-sheet one), with CRLF line ends and a quoted label.
const WRONG = `${[
  'date;journal;piece;account;label;debit;credit',
  "01/12/2025;OD;OD-2025-90;139000;Quote-part saisie sur l'ancien compte;100,00;",
  '01/12/2025;OD;OD-2025-90;777000;"Quote-part; ancien compte";;100,00',
  '02/12/2025;BQ;BQ-2025-90;512000;Remboursement formation OPCO;300,00;',
  '02/12/2025;BQ;BQ-2025-90;791000;Remboursement formation OPCO;;300,00',
  '03/12/2025;OD;OD-2025-91;637000;Taxe à payer;50,00;',
  '03/12/2025;OD;OD-2025-91;448600;Taxe à payer;;50,00',
].join('\r\n')}\r\n`;

/** A copy of the fixture, with extra journal files. */
function copy(name: string, extra: Record<string, string> = {}): string {
  const dir = join(scratch, name);
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'expected'), { recursive: true, force: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('abolished accounts in a 2025 year', () => {
  it('are errors of check, with file, line and replacement; the same accounts in 2024 are fine', async () => {
    const dir = copy('check', { 'journal/2025-erreurs.csv': WRONG });
    const run = await asso(['check', '-L', dir, '-f', 'json']);
    expect(run.code).toBe(1);
    const found = (
      JSON.parse(run.stdout) as { code: string; message: string; file: string; line: number; column: string }[]
    ).filter((d) => d.code === 'account-abolished');
    expect(found.map((d) => [d.file.endsWith('2025-erreurs.csv'), d.line, d.column])).toEqual([
      [true, 3, 'account'],
      [true, 5, 'account'],
      [true, 7, 'account'],
    ]);
    expect(found[0]!.message).toContain('post to 747 instead');
    expect(found[1]!.message).toContain('649, 7587, 708 or the charge account');
    expect(found[2]!.message).toContain('post to 44812 instead');
    // Statements are refused until fixed.
    expect((await asso(['income-statement', '-L', dir, '-y', '2025'])).code).toBe(1);
  });

  it('the fixture itself (791, 777, 4486 … in 2024 only) checks clean', async () => {
    const run = await asso(['check', '-L', FIXTURE, '--strict']);
    expect(run.stdout).toContain('0 error(s), 0 warning(s)');
    expect(run.code).toBe(0);
  });
});

describe('the 2025 opening against the 2024 closing', () => {
  it('compares through the changes map: an opening left on an old number, or a wrong amount, is reported on the 2025 numbers', async () => {
    const dir = copy('opening');
    const file = join(dir, 'journal', '2025-opening.csv');
    // 20.00 moved from 448120 to 448110 (the entry still balances), and 448200 left on its 2024 number 448700.
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('448120,À-nouveaux 2025,,120.00', '448120,À-nouveaux 2025,,100.00')
        .replace('448110,À-nouveaux 2025,,80.00', '448110,À-nouveaux 2025,,100.00')
        .replace('448200,À-nouveaux 2025,200.00', '448700,À-nouveaux 2025,200.00'),
    );
    const run = await asso(['check', '-L', dir, '-f', 'json']);
    const diagnostics = JSON.parse(run.stdout) as { code: string; message: string }[];
    const mismatches = diagnostics.filter((d) => d.code === 'opening-mismatch').map((d) => d.message);
    expect(mismatches).toHaveLength(4);
    expect(mismatches.some((m) => m.includes('account 448120 opens at -€100.00 but 2024 closed it at -€120.00'))).toBe(
      true,
    );
    expect(mismatches.some((m) => m.includes('account 448110 opens at -€100.00 but 2024 closed it at -€80.00'))).toBe(
      true,
    );
    expect(mismatches.some((m) => m.includes('account 448200 opens at €0.00 but 2024 closed it at €200.00'))).toBe(
      true,
    );
    expect(mismatches.some((m) => m.includes('account 448700 opens at €200.00 but 2024 closed it at €0.00'))).toBe(
      true,
    );
    expect(diagnostics.some((d) => d.code === 'account-abolished' && d.message.includes('448700'))).toBe(true);
    expect(mismatches.every((m) => m.includes('carried to the pca-2025 accounts'))).toBe(true);
  });
});

describe('a provisional 2025 opening (2024 not closed yet)', () => {
  it('opens 2025 on the 2024 closing balances carried to the 2025 accounts', async () => {
    const dir = copy('provisional');
    rmSync(join(dir, 'journal', '2025-opening.csv'));
    rmSync(join(dir, 'locks'), { recursive: true, force: true }); // 2024 not closed
    const [sheet, balance] = await Promise.all([
      asso(['balance-sheet', '-L', dir, '-y', '2025', '--detail']),
      asso(['balance', '-L', dir, '-y', '2025', '-f', 'csv']),
    ]);
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toContain('Ouverture provisoire');
    expect(balance.stdout).not.toMatch(/^448600,/m);
    expect(balance.stdout).toMatch(/^448120,/m);
    expect(balance.stdout).toMatch(/^481000,.*,100\.00\r?$/m);
  });
});

describe('budget across the switch', () => {
  it('a 2025 budget is placed on the 2025 layout, and 2024 actuals are carried to the 2025 accounts', async () => {
    const dir = copy('budget');
    mkdirSync(join(dir, 'budget'));
    writeFileSync(join(dir, 'budget', '2025.csv'), 'account,amount\n756,6500\n747,800\n758,500\n641,8000\n');
    const run = await asso(['budget', '-L', dir, '-y', '2025', '--vs', '2024', '-f', 'json']);
    expect(run.code).toBe(0);
    const lines = (JSON.parse(run.stdout) as { lines: { account: string; actual: string | null }[] }).lines;
    expect(lines.find((l) => l.account === '758')?.actual).toBe('815.00'); // 791 (450 + 350) and 757 (15) of 2024, carried to 758x
    expect(lines.find((l) => l.account === '747')?.actual).toBe('0.00'); // 777 of 2024 stays exceptional (778)
    expect(lines.some((l) => l.account.startsWith('791'))).toBe(false);
  });
});

describe('a pinned reference set', () => {
  it('"reference": "pca-2018" keeps the 2018 layouts for 2025; "pca-2025" applies the 2025 ones to 2024', async () => {
    const dir = copy('pinned');
    const config = JSON.parse(readFileSync(join(dir, 'asso.json'), 'utf8'));
    writeFileSync(join(dir, 'asso.json'), JSON.stringify({ ...config, reference: 'pca-2018' }));
    const old = await asso(['income-statement', '-L', dir, '-y', '2025']);
    expect(old.stdout).toContain('Salaires et traitements');
    expect(old.stdout).not.toContain('référentiel');
    writeFileSync(join(dir, 'asso.json'), JSON.stringify({ ...config, reference: 'pca-2025' }));
    const early = await asso(['check', '-L', dir, '-f', 'json']);
    expect(early.stdout).toContain('account-abolished'); // 2024 now uses the 2025 set: its 791, 777 … are refused
    writeFileSync(join(dir, 'asso.json'), JSON.stringify({ ...config, reference: 'pca-2099' }));
    const bad = await asso(['check', '-L', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr + bad.stdout).toContain('"reference" must be one of "pca-2018", "pca-2025"');
  });

  it('accounts lists the chart of the year asked', async () => {
    const [y2024, y2025] = await Promise.all([
      asso(['accounts', '-L', FIXTURE, '-y', '2024', '-f', 'csv']),
      asso(['accounts', '-L', FIXTURE, '-y', '2025', '-f', 'csv']),
    ]);
    expect(y2024.stdout).toMatch(/^791,/m);
    expect(y2025.stdout).not.toMatch(/^791,/m);
    expect(y2025.stdout).toMatch(/^747,.*Concours publics et subventions d'exploitation/m);
  });
});

describe('migrate --to pca-2025', () => {
  // Into a pipe, the diff carries the journal's own bytes (its CRLF here), so that `patch -p1` applies it.
  it('prints the rewrite as a unified diff, marks the split rows, writes nothing', async () => {
    const dir = copy('diff', { 'journal/2025-erreurs.csv': WRONG });
    const run = await asso(['migrate', '--to', 'pca-2025', '-L', dir]);
    expect(run.stdout).toBe(
      [
        "# CHOOSE journal/2025-erreurs.csv:5: 791000 (791 Transferts de charges d'exploitation) has no single replacement in pca-2025: choose 649, 7587, 708 or the charge account; this row is not rewritten",
        '--- a/journal/2025-erreurs.csv',
        '+++ b/journal/2025-erreurs.csv',
        '@@ -3 +3 @@',
        '-01/12/2025;OD;OD-2025-90;777000;"Quote-part; ancien compte";;100,00\r',
        '+01/12/2025;OD;OD-2025-90;747000;"Quote-part; ancien compte";;100,00\r',
        '@@ -7 +7 @@',
        '-03/12/2025;OD;OD-2025-91;448600;Taxe à payer;;50,00\r',
        '+03/12/2025;OD;OD-2025-91;448120;Taxe à payer;;50,00\r',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(1); // a marked row still needs the treasurer
    expect(readFileSync(join(dir, 'journal', '2025-erreurs.csv'), 'utf8')).toBe(WRONG);
  });

  it('--write without --yes and without a terminal refuses; --write --yes rewrites only the account cells', async () => {
    const dir = copy('write', { 'journal/2025-erreurs.csv': WRONG });
    const refused = await asso(['migrate', '--to', 'pca-2025', '-L', dir, '--write']);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'journal', '2025-erreurs.csv'), 'utf8')).toBe(WRONG);
    const done = await asso(['migrate', '--to', 'pca-2025', '-L', dir, '--write', '--yes']);
    expect(done.stderr).toContain('rewrote 2 row(s) in 1 file(s)');
    expect(readFileSync(join(dir, 'journal', '2025-erreurs.csv'), 'utf8')).toBe(
      WRONG.replace(';777000;', ';747000;').replace(';448600;', ';448120;'),
    );
    const check = await asso(['check', '-L', dir, '-f', 'json']);
    const codes = (JSON.parse(check.stdout) as { code: string; line: number }[])
      .filter((d) => d.code === 'account-abolished')
      .map((d) => d.line);
    expect(codes).toEqual([5]); // only the row to choose is left
    const again = await asso(['migrate', '--to', 'pca-2025', '-L', dir]);
    expect(again.stdout).not.toContain('+++');
  });

  it('never rewrites a closed year, and refuses an unknown set', async () => {
    const dir = copy('closed', { 'journal/2025-erreurs.csv': WRONG });
    mkdirSync(join(dir, 'locks'), { recursive: true });
    writeFileSync(join(dir, 'locks', '2025.json'), '{}');
    const run = await asso(['migrate', '--to', 'pca-2025', '-L', dir, '--write', '--yes']);
    expect(run.stderr).toContain('fiscal year 2025 is closed');
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'journal', '2025-erreurs.csv'), 'utf8')).toBe(WRONG);
    expect((await asso(['migrate', '--to', 'pca-2018', '-L', dir])).code).toBe(2);
  });
});
