// End to end: the BUILT command (`npm run build` first) in a child process, for what only a real
// process shows: start-up, exit codes, stdin that is not a terminal, a real file written with -o.
// Everything else runs in-process (test/run-asso.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuilt, runInProcess, STACK } from './run-asso.js';

const scratch = mkdtempSync(join(tmpdir(), 'asso-e2e-'));
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the built command', () => {
  it('starts: --version, and the help with where to start when there is no ledger', async () => {
    const version = await runBuilt(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
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
});
