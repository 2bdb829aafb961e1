// asso diff: two revisions of a git repository built here, two folders, and every refusal.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runAsso } from './run-asso.js';

let repo = '';
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: repo });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'asso-diff-'));
  cpSync(join(ROOT, 'fixtures', 'projects'), join(repo, 'books'), { recursive: true });
  rmSync(join(repo, 'books', 'expected'), { recursive: true, force: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'the books');
  const journal = join(repo, 'books', 'journal', '2025-2026.csv');
  writeFileSync(journal, readFileSync(journal, 'utf8').replaceAll('2400.00', '2600.00'));
  git('commit', '-qam', 'the educator cost 200 more');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

interface DiffJson {
  differ: boolean;
  lines: { statement: string; id: string; before: string; after: string; difference: string }[];
  accounts: { account: string; before: string; after: string; difference: string }[];
}

describe('asso diff', () => {
  it('names the lines and accounts two revisions move, and exits 1', async () => {
    const run = await runAsso(['diff', 'HEAD~1', 'HEAD', '-L', join(repo, 'books'), '-f', 'json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as DiffJson;
    expect(json.differ).toBe(true);
    expect(json.accounts).toEqual([
      { account: '512100', label: 'Banque', before: '10208.20', after: '10008.20', difference: '-200.00' },
      {
        account: '622600',
        label: 'Honoraires des éducateurs',
        before: '2400.00',
        after: '2600.00',
        difference: '200.00',
      },
    ]);
    expect(json.lines.find((l) => l.id === 'resultat.excedent-deficit')).toMatchObject({
      before: '5208.20',
      after: '5008.20',
    });
    expect(json.lines.find((l) => l.id === 'actif.total')).toMatchObject({
      statement: 'balance-sheet',
      difference: '-200.00',
    });
    // The work tree is untouched by the comparison.
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo }).toString()).toBe('');
  });

  it('exits 0 when nothing differs, and compares two folders', async () => {
    const same = await runAsso(['comparer', 'HEAD', 'HEAD', '-L', join(repo, 'books')]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Aucune différence');
    const folders = await runAsso(['diff', join(ROOT, 'fixtures', 'projects'), join(repo, 'books'), '-f', 'json']);
    expect(folders.code).toBe(1);
    expect((JSON.parse(folders.stdout) as DiffJson).accounts.map((a) => a.account)).toEqual(['512100', '622600']);
  });

  it('is a usage error on a revision that does not exist, or a folder that is not a ledger', async () => {
    const missing = await runAsso(['diff', 'no-such-revision', 'HEAD', '-L', join(repo, 'books')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-revision');
    const empty = join(repo, 'empty');
    mkdirSync(empty, { recursive: true });
    const notLedger = await runAsso(['diff', empty, join(repo, 'books')]);
    expect(notLedger.code).toBe(2);
    expect(notLedger.stderr).toContain('asso.json');
  });

  it('exits 1 with the errors when either side’s books have errors', async () => {
    const broken = join(repo, 'broken');
    cpSync(join(repo, 'books'), broken, { recursive: true });
    const journal = join(broken, 'journal', '2025-2026.csv');
    writeFileSync(
      journal,
      readFileSync(journal, 'utf8').replace('Ballons et chasubles,,450.00', 'Ballons et chasubles,,45.00'),
    );
    const run = await runAsso(['diff', join(repo, 'books'), broken]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[unbalanced]');
  });
});
