// End to end: the BUILT command (`npm run build` first) in a child process, for what only a real
// process shows: start-up, exit codes, stdin that is not a terminal, a real file written with -o.
// Everything else runs in-process (test/run-asso.ts).
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { BIN, ROOT, runBuilt, runInProcess, STACK } from './run-asso.js';

const scratch = mkdtempSync(join(tmpdir(), 'asso-e2e-'));
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the built command', () => {
  it('starts: --version, and the help with where to start when there is no ledger', async () => {
    const version = await runBuilt(['--version']);
    expect(version.code).toBe(0);
    // The line the build wrote beside the bundle (read without loading any module), the version's own.
    expect(version.stdout).toBe(`${VERSION}\n`);
    expect(readFileSync(join(ROOT, 'dist', 'bundle', 'version.txt'), 'utf8')).toBe(`${VERSION}\n`);
    const bare = await runBuilt([], { cwd: scratch });
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('asso init <dossier>');
  });

  it('exits 0, 1 (the data fails a check), 2 (usage), never with a stack trace', async () => {
    expect((await runBuilt(['check', '-L', 'ledgers/coorace-bn'])).code).toBe(0);
    const failing = await runBuilt(['check', '-L', 'fixtures/errors/unbalanced']);
    expect(failing.code).toBe(1);
    const usage = await runBuilt(['balance-sheet', '-L', 'ledgers/coorace-bn', '--year', '11']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^asso: --year/);
    for (const run of [failing, usage]) expect(run.stderr).not.toMatch(STACK);
  });

  it('gives the same bytes as the in-process run of the golden tests', async () => {
    const args = ['balance-sheet', '-L', 'ledgers/coorace-bn', '-y', '2011', '-f', 'json'];
    const [built, inProcess] = await Promise.all([runBuilt(args), runInProcess(args)]);
    expect(built).toEqual(inProcess);
  });

  it('without a terminal on stdin, close asks nothing and needs --yes (exit 2)', async () => {
    const run = await runBuilt(['close', '-L', 'ledgers/coorace-bn', '-y', '2011'], { input: 'o\n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--yes');
  });

  it('-o writes the file (atomically: no temporary file left)', async () => {
    const target = join(scratch, 'bilan.csv');
    const run = await runBuilt(['balance-sheet', '-L', 'ledgers/coorace-bn', '-y', '2011', '-f', 'csv', '-o', target]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(
      readFileSync(join(ROOT, 'ledgers/coorace-bn/expected/balance-sheet.2011.csv'), 'utf8'),
    );
  });

  it('writes to a regular file given as stdout the same bytes (fd-output.ts, no Node stream)', async () => {
    const target = join(scratch, 'stdout.csv');
    const fd = openSync(target, 'w');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        [BIN, 'balance-sheet', '-L', 'ledgers/coorace-bn', '-y', '2011', '-f', 'csv'],
        { cwd: ROOT, stdio: ['ignore', fd, 'ignore'] },
      );
      child.on('close', resolve);
    });
    closeSync(fd);
    expect(code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(
      readFileSync(join(ROOT, 'ledgers/coorace-bn/expected/balance-sheet.2011.csv'), 'utf8'),
    );
  });

  it('a long listing through a pipe: the same bytes in-process; a reader that stops early is no error', async () => {
    const args = ['journal', '-L', 'ledgers/coorace-bn', '-y', '2011', '-f', 'csv'];
    const [built, inProcess] = await Promise.all([runBuilt(args), runInProcess(args)]);
    expect(built.stdout.length).toBeGreaterThan(20_000);
    expect(built).toEqual(inProcess);
    // `asso journal | head -c 100`: the reader closes its end after the first chunk.
    const early = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'journal', '-L', 'ledgers/coorace-bn', '-y', '2011'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(early.code).toBe(0);
    expect(early.stderr).not.toMatch(STACK);
  });

  it('--help to a pipe, pre-rendered by the build, is the page the program prints, in either language', async () => {
    for (const env of [{}, { LC_ALL: 'en_US.UTF-8' }, { LC_ALL: undefined, LANG: 'en_GB.UTF-8' }]) {
      const [built, inProcess] = await Promise.all([runBuilt(['--help'], { env }), runInProcess(['--help'], { env })]);
      expect(built.code).toBe(0);
      expect(built.stdout.length).toBeGreaterThan(1000);
      expect(built).toEqual(inProcess);
    }
    const short = await runBuilt(['-h'], { env: { LC_ALL: 'en_US.UTF-8' } });
    expect(short.stdout).toMatch(/^Usage: asso \[options\] \[command\]/);
  });

  it('closes a year as the in-process run does (the seal hashes load node:crypto lazily in the bundle)', async () => {
    const [a, b] = ['built', 'in-process'].map((name) => join(scratch, `close-${name}`));
    for (const copy of [a, b]) cpSync(join(ROOT, 'ledgers', 'coorace-bn'), copy, { recursive: true });
    const args = (dir: string) => ['close', '-L', dir, '-y', '2011', '--yes'];
    const built = await runBuilt(args(a), { today: '2026-12-03' });
    const inProcess = await runInProcess(args(b), { today: '2026-12-03' });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout.replaceAll(a, b)).toBe(inProcess.stdout);
    expect(readFileSync(join(a, 'locks', '2011.json'), 'utf8')).toBe(
      readFileSync(join(b, 'locks', '2011.json'), 'utf8'),
    );
  });

  it('runs a bundle in ASCII, already wrapped as a CommonJS module (scripts/bundle.mjs), and its worker too', () => {
    for (const name of ['asso.cjs', 'scan-worker.cjs']) {
      const bundle = readFileSync(join(ROOT, 'dist', 'bundle', name));
      expect(bundle.every((byte) => byte < 0x80)).toBe(true);
      expect(bundle.subarray(0, 61).toString('latin1')).toBe(
        '(function (exports, require, module, __filename, __dirname) {',
      );
      expect(existsSync(join(ROOT, 'dist', 'bundle', `${name}.cache`))).toBe(true);
    }
  });

  it('scans on two cores with the bundled worker (ASSO_THREADS=2) as on one', async () => {
    const books = join(scratch, 'two-cores');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-ledger.mjs'), books, '3000', 'french', '--years', '2']);
    const sheet = ['balance-sheet', '-y', '2016'];
    for (const command of [sheet, ['balance', '-y', '2015', '-f', 'json'], ['check']]) {
      const [two, one] = await Promise.all(
        ['2', '1'].map((threads) => runBuilt([...command, '-L', books], { env: { ASSO_THREADS: threads } })),
      );
      expect(two.code, two.stderr).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
      expect(one.code).toBe(0);
    }
  });
});
