// End-to-end tests of close, the sealed years, allocate, reverse, export fec and import fec,
// through the BUILT command (`node bin/asso.js`), with golden files: the FEC of the seed and of
// a fixture, the output of the seed's close, its seal.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type Run, runAssoIn } from './run-asso.js';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkFec } from './fec-checker.js';

const SEED = join(ROOT, 'ledgers', 'coorace-bn');
/** 2026-05-28: the day of every close here, so that seals and FEC files are stable. */
const EPOCH = '1780000000';

/** These tests read the messages in English (an English LANG); statement labels stay French (--lang only). */
const ENGLISH_MESSAGES = { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
const asso = (args: readonly string[], cwd = ROOT): Promise<Run> =>
  runAssoIn(args, { cwd, env: { ...ENGLISH_MESSAGES, SOURCE_DATE_EPOCH: EPOCH } });

let scratch: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` first');
  scratch = mkdtempSync(join(tmpdir(), 'asso-close-cli-'));
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
const SEED_YEAR = { start: '2011-01-01', end: '2011-12-31', result: 143_600n };

describe.concurrent('close and the sealed year (command line)', () => {
  it('closes the seed 2011 (golden output and seal), then check passes and the 2012 bilan opens on 54 744', async ({
    expect,
  }) => {
    const dir = seedCopy('close');
    const closed = await asso(['close', '-L', dir, '--year', '2011', '--yes', '--reverse-accruals']);
    expect(closed.code, closed.stderr).toBe(0);
    await expect(closed.stdout).toMatchFileSnapshot('../ledgers/coorace-bn/expected/close.2011.txt');
    await expect(readFileSync(join(dir, 'locks', '2011.json'), 'utf8')).toMatchFileSnapshot(
      '../ledgers/coorace-bn/expected/seal.2011.json',
    );
    const check = await asso(['check', '-L', dir]);
    expect(check.code, check.stdout).toBe(0);
    const sheet = await asso(['balance-sheet', '-L', dir, '-y', '2012', '--euros', '--expect-total', '54744']);
    expect(sheet.code, sheet.stderr).toBe(0); // the reversals move 408/487 back against the 2012 result: the totals stay
    expect(sheet.stdout).toMatch(/\(2011 : 54.744 €\)/);
    const closedSheet = await asso(['bilan', '-L', dir, '-y', '2011']);
    const { fingerprint } = JSON.parse(readFileSync(join(dir, 'locks', '2011.json'), 'utf8')) as {
      fingerprint: string;
    };
    expect(closedSheet.stdout.endsWith(`Exercice clos le 28/05/2026 — empreinte SHA-256 : ${fingerprint}\n`)).toBe(
      true,
    );
    const again = await asso(['cloture', '-L', dir, '--year', '2011', '--yes']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/cannot close fiscal year 2011: fiscal year 2011 is already closed/);
  });

  it('a change to a sealed year makes check and every report over it exit 1, naming the year and the entry', async ({
    expect,
  }) => {
    const dir = seedCopy('tamper');
    expect((await asso(['close', '-L', dir, '--year', '2011', '--yes'])).code).toBe(0);
    const { fingerprint } = JSON.parse(readFileSync(join(dir, 'locks', '2011.json'), 'utf8')) as {
      fingerprint: string;
    };
    const file = join(dir, 'journal', '2011-banque.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Loyer janvier 2011', 'Loyer de janvier 2011'));
    const check = await asso(['check', '-L', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /2011-banque\.csv:2: error: entry BQ BQ-2011-001 \(2011-01-05\) of fiscal year 2011, which is closed, differs from the entry sealed on 2026-05-28/,
    );
    expect(check.stdout).toMatch(
      /fiscal year 2011 is closed \(fingerprint [0-9a-f]{64}\) but 1 entry differs from the seal: BQ BQ-2011-001/,
    );
    for (const report of ['income-statement', 'balance-sheet', 'balance', 'journal']) {
      const run = await asso([report, '-L', dir, '-y', '2011']);
      expect([report, run.code]).toEqual([report, 1]);
      expect(run.stderr).toMatch(/BQ BQ-2011-001/);
    }
    // Removing the seal of a year whose next opening exists is reported too.
    rmSync(join(dir, 'locks', '2011.json'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('Loyer de janvier 2011', 'Loyer janvier 2011'));
    const unsealed = await asso(['check', '-L', dir]);
    expect(unsealed.code).toBe(1);
    expect(unsealed.stdout).toMatch(
      /fiscal year 2011: journal\/2012-opening\.csv exists but locks\/2011\.json does not: the close was interrupted/,
    );
    const completed = await asso(['close', '-L', dir, '--year', '2011', '--yes']);
    expect(completed.stdout).toMatch(
      /journal\/2012-opening\.csv \(16 rows\): already written by an interrupted close, kept/,
    );
    expect(completed.stdout).toContain(`Fingerprint (SHA-256): ${fingerprint}`);
    expect((await asso(['check', '-L', dir])).code).toBe(0);
  });

  it('a seal edited by hand is reported as broken', async ({ expect }) => {
    const dir = seedCopy('broken');
    expect((await asso(['close', '-L', dir, '--year', '2011', '--yes'])).code).toBe(0);
    const seal = join(dir, 'locks', '2011.json');
    // The entry's fingerprint made to match a changed entry: it no longer follows from the rows the seal keeps.
    writeFileSync(
      seal,
      readFileSync(seal, 'utf8').replace(
        /("piece": "BQ-2011-001",\s+"fingerprint": ")(.)/,
        (_, head: string, first: string) => `${head}${first === '0' ? '1' : '0'}`,
      ),
    );
    const check = await asso(['check', '-L', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /the seal of fiscal year 2011 is broken \(the rows kept of entry BQ BQ-2011-001 do not match its fingerprint/,
    );
  });

  it('an opening file changed after the close is reported', async ({ expect }) => {
    const dir = seedCopy('opening');
    expect((await asso(['close', '-L', dir, '--year', '2011', '--yes'])).code).toBe(0);
    const opening = join(dir, 'journal', '2012-opening.csv');
    writeFileSync(opening, readFileSync(opening, 'utf8').replace('31651.00', '31650.00').replace('4218.00', '4217.00'));
    const check = await asso(['check', '-L', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /2012-opening\.csv:1: error: journal\/2012-opening\.csv, written by the close of fiscal year 2011, was changed after the close/,
    );
  });

  it('without a terminal, close asks nothing and needs --yes (exit 2, nothing written)', async ({ expect }) => {
    const dir = seedCopy('noyes');
    const run = await asso(['close', '-L', dir, '--year', '2011']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pass --yes/);
    expect(existsSync(join(dir, 'journal', '2012-opening.csv'))).toBe(false);
    expect(existsSync(join(dir, 'locks'))).toBe(false);
    expect((await asso(['close', '-L', dir])).code).toBe(2);
  });

  it("allocate books the assembly's decision once; reverse books a contre-passation in an open year", async ({
    expect,
  }) => {
    const dir = seedCopy('allocate');
    expect((await asso(['allocate', '-L', dir, '-y', '2011', '110000=1436.00', '--date', '2012-06-15'])).code).toBe(1); // not closed yet
    expect((await asso(['close', '-L', dir, '--year', '2011', '--yes'])).code).toBe(0);
    const wrong = await asso(['affecter', '-L', dir, '-y', '2011', '110000=1000', '--date', '2012-06-15']);
    expect(wrong.stderr).toMatch(/add up to €1,000.00 but the excédent of 2011 is €1,436.00/);
    const ok = await asso([
      'allocate',
      '-L',
      dir,
      '-y',
      '2011',
      '110000=1036.00',
      '106800=400',
      '--date',
      '2012-06-15',
      '--ref',
      'PV-AG-2012',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(dir, 'journal', '2012-allocation.csv'), 'utf8')).toBe(
      'date,journal,piece,account,label,debit,credit,aux,aux_label\n' +
        '2012-06-15,OD,PV-AG-2012,120000,Affectation du résultat 2011 (AG du 15/06/2012),1436.00,,,\n' +
        '2012-06-15,OD,PV-AG-2012,110000,Affectation du résultat 2011 (AG du 15/06/2012),,1036.00,,\n' +
        '2012-06-15,OD,PV-AG-2012,106800,Affectation du résultat 2011 (AG du 15/06/2012),,400.00,,\n',
    );
    const check = await asso(['check', '-L', dir]);
    expect([check.code, check.stdout]).toEqual([0, '0 error(s), 0 warning(s) in 201 entries over 2 fiscal year(s)\n']);
    expect(
      (await asso(['allocate', '-L', dir, '-y', '2011', '110000=1436.00', '--date', '2012-06-15'])).stderr,
    ).toMatch(/already exists/);
    const sealed = await asso(['reverse', '-L', dir, '-y', '2011', 'AC', 'AC-2011-001', '--date', '2011-12-31']);
    expect(sealed.stderr).toMatch(/fiscal year 2011 is closed: date the reversal in an open year/);
    const reversed = await asso(['extourner', '-L', dir, '-y', '2011', 'AC', 'AC-2011-001', '--date', '2012-02-01']);
    expect(reversed.code, reversed.stderr).toBe(0);
    expect(readFileSync(join(dir, 'journal', '2012-corrections.csv'), 'utf8')).toMatch(
      /^2012-02-01,EX,EXT-AC-AC-2011-001,401000,Contre-passation AC AC-2011-001 du 07\/03\/2011 : Facture Garage - 4 pneus véhicule,412.30,,,$/m,
    );
    expect((await asso(['check', '-L', dir])).code).toBe(0);
  });
});

describe.concurrent('export fec and import fec (command line)', () => {
  it('the seed 2011, open: golden file, named FEC<closing date>.txt with warnings, every rule of the checker', async ({
    expect,
  }) => {
    const cwd = mkdtempSync(join(scratch, 'fec-'));
    const run = await asso(['export', 'fec', '-L', SEED, '-y', '2011'], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual(['FEC20111231.txt']);
    expect(run.stderr).toMatch(/fiscal year 2011 is not closed/);
    expect(run.stderr).toMatch(/no SIREN/);
    const bytes = readFileSync(join(cwd, 'FEC20111231.txt'));
    expect(checkFec(bytes, 'FEC20111231.txt', SEED_YEAR)).toEqual([]);
    await expect(bytes.toString('utf8')).toMatchFileSnapshot('../ledgers/coorace-bn/expected/fec.2011.txt');
  });

  it('a fixture (September year, closing 31/08/2024): golden file and every rule', async ({ expect }) => {
    const out = join(scratch, '123456789FEC20240831.txt');
    const run = await asso([
      'export',
      'fec',
      '-L',
      'fixtures/club-septembre',
      '-y',
      '2023',
      '--siren',
      '123456789',
      '-o',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const bytes = readFileSync(out);
    const result = await asso(['income-statement', '-L', 'fixtures/club-septembre', '-y', '2023', '-f', 'json']);
    const cents = BigInt((JSON.parse(result.stdout) as { totals: { result: string } }).totals.result.replace('.', ''));
    expect(
      checkFec(bytes, '123456789FEC20240831.txt', { start: '2023-09-01', end: '2024-08-31', result: cents }),
    ).toEqual([]);
    await expect(bytes.toString('utf8')).toMatchFileSnapshot('../fixtures/club-septembre/expected/fec.2023.txt');
  });

  it('export → import → export gives the same bytes (sealed seed, ValidDate the day of the close)', async ({
    expect,
  }) => {
    const dir = seedCopy('roundtrip');
    expect((await asso(['close', '-L', dir, '--year', '2011', '--yes'])).code).toBe(0);
    const first = join(scratch, 'roundtrip-123456789FEC20111231.txt');
    expect((await asso(['export', 'fec', '-L', dir, '-y', '2011', '--siren', '123456789', '-o', first])).code).toBe(0);
    const bytes = readFileSync(first);
    expect(checkFec(bytes, '123456789FEC20111231.txt', SEED_YEAR)).toEqual([]);
    expect(bytes.toString('utf8').split('\n')[1]!.split('\t')[15]).toBe('20260528');
    const target = mkdtempSync(join(scratch, 'import-'));
    writeFileSync(
      join(target, 'asso.json'),
      JSON.stringify({ name: 'Import', currency: 'EUR', fiscalYearStart: '01-01' }),
    );
    const imported = await asso(['import', 'fec', first, '-L', target]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/199 entries \(475 rows\) imported/);
    expect((await asso(['check', '-L', target])).stdout).toBe(
      '0 error(s), 0 warning(s) in 199 entries over 1 fiscal year(s)\n',
    );
    const second = join(scratch, 'roundtrip-again.txt');
    expect((await asso(['export', 'fec', '-L', target, '-y', '2011', '--siren', '123456789', '-o', second])).code).toBe(
      0,
    );
    expect(readFileSync(second).equals(bytes)).toBe(true);
    expect((await asso(['import', 'fec', first, '-L', target])).stderr).toMatch(/already exists/);
  });

  it('reads opening entries balanced against 890, as some software writes them', async ({ expect }) => {
    const target = mkdtempSync(join(scratch, 'import890-'));
    writeFileSync(
      join(target, 'asso.json'),
      JSON.stringify({ name: 'Import', currency: 'EUR', fiscalYearStart: '01-01' }),
    );
    const header =
      'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
    const rows = [
      'AN|A nouveaux|1|20240101|512000|Banque|||AN1|20240101|Soldes débiteurs|1500,00|0,00|||20240301||',
      "AN|A nouveaux|1|20240101|890000|Bilan d'ouverture|||AN1|20240101|Soldes débiteurs|0,00|1500,00|||20240301||",
      "AN|A nouveaux|2|20240101|890000|Bilan d'ouverture|||AN2|20240101|Soldes créditeurs|1500,00|0,00|||20240301||",
      'AN|A nouveaux|2|20240101|110000|Report à nouveau|||AN2|20240101|Soldes créditeurs|0,00|1500,00|||20240301||',
      'BQ|Banque|3|20240210|756000|Cotisations|M01|Membre|F1|20240210|Cotisation|0,00|80,00|A|20240215|20240301|80,00|EUR',
      'BQ|Banque|3|20240210|512000|Banque|||F1|20240210|Cotisation|80,00|0,00|||20240301||',
    ];
    const fec = join(scratch, 'FEC20241231.txt');
    writeFileSync(fec, `${header}\n${rows.join('\n')}\n`);
    const run = await asso(['import', 'fec', fec, '-L', target]);
    expect(run.code, run.stderr).toBe(0);
    const check = await asso(['check', '-L', target]);
    expect(check.stdout).toBe('0 error(s), 0 warning(s) in 3 entries over 1 fiscal year(s)\n');
    const sheet = await asso(['balance-sheet', '-L', target, '-y', '2024', '-f', 'json']);
    const json = JSON.parse(sheet.stdout) as { assets: { total: string; previousTotal: string } };
    expect([json.assets.total, json.assets.previousTotal]).toEqual(['1580.00', '1500.00']);
    const out = join(scratch, 'again-FEC20241231.txt');
    expect((await asso(['export', 'fec', '-L', target, '-y', '2024', '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      `${header.replace(/\|/g, '\t')}\n${rows.map((r) => r.replace(/\|/g, '\t')).join('\n')}\n`,
    );
  });
});
