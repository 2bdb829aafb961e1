// The catalogue of diagnostics, like hledger's test/errors: fixtures/errors/<code>[--variant]/ is a
// tiny ledger that shows <code>; `asso check` on it (and `-f json`, computed in-process by the same
// functions) must give the golden text and JSON under its expected/ folder (update with `npx vitest run test/errors.test.ts -u`, then read the diff), exit 1
// on an error, 0 on warnings alone (1 with --strict), and never a stack trace.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomically } from '../src/cli/output.js';
import { DIAGNOSTIC_CODES } from '../src/diagnostics.js';
import { ROOT, runAsso, STACK } from './run-asso.js';

const CATALOGUE = 'fixtures/errors';
const fixtures = readdirSync(join(ROOT, CATALOGUE))
  .filter((name) => existsSync(join(ROOT, CATALOGUE, name, 'asso.json')))
  .sort();
/** Today for every fixture (2026-06-15): the dates a fixture calls future or past do not move with the clock. */
const TODAY = { today: '2026-06-15' };
const codeOf = (fixture: string) => fixture.split('--')[0]!;
const severityOf = (code: string) => DIAGNOSTIC_CODES.find((c) => c.code === code)?.severity;

describe('the catalogue of codes', () => {
  it('has a fixture for every stable code, and every fixture is named after a stable code', () => {
    const shown = new Set(fixtures.map(codeOf));
    const defensive: string[] = DIAGNOSTIC_CODES.filter((c) => 'defensive' in c).map((c) => c.code);
    expect(DIAGNOSTIC_CODES.map((c) => c.code).filter((code) => !shown.has(code) && !defensive.includes(code))).toEqual(
      [],
    );
    expect([...shown].filter((code) => !severityOf(code))).toEqual([]);
  });

  it('documents every stable code in docs/codes.md, one line each', () => {
    const page = readFileSync(join(ROOT, 'docs', 'codes.md'), 'utf8');
    const severity = { error: 'erreur', warning: 'avertissement' } as const;
    const missing = DIAGNOSTIC_CODES.filter((c) => !page.includes(`| \`${c.code}\` | ${severity[c.severity]} |`)).map(
      (c) => c.code,
    );
    expect(missing).toEqual([]);
  });
});

// A fixture with an `args` file shows a code another command than check emits (export fec, recus):
// it runs on a copy (those commands write files), {out} standing for a scratch file, and its
// stderr, with the copy's path put back to the fixture's, must equal expected/<command>.txt.
const commandFixtures = fixtures.filter((fixture) => existsSync(join(ROOT, CATALOGUE, fixture, 'args')));
describe('other commands on fixtures/errors', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'asso-codes-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  for (const fixture of commandFixtures) {
    const dir = `${CATALOGUE}/${fixture}`;
    const code = codeOf(fixture);
    it(fixture, async () => {
      const copy = join(scratch, fixture);
      cpSync(join(ROOT, dir), copy, { recursive: true });
      const args = readFileSync(join(ROOT, dir, 'args'), 'utf8')
        .trim()
        .split(/\s+/)
        .map((arg) => arg.replace('{out}', join(scratch, `${fixture}.out`)));
      const run = await runAsso([...args, '-L', copy], { today: '2026-01-01' });
      const stderr = run.stderr.split(copy).join(dir);
      expect(stderr).not.toMatch(STACK);
      expect(stderr).toContain(`[${code}]`);
      expect(run.code, stderr).toBe(severityOf(code) === 'error' ? 1 : 0);
      await expect(stderr).toMatchFileSnapshot(`../${dir}/expected/${args[0]}.txt`);
    });
  }
});

describe.concurrent('asso check on fixtures/errors', () => {
  for (const fixture of fixtures.filter((name) => !commandFixtures.includes(name))) {
    const dir = `${CATALOGUE}/${fixture}`;
    const code = codeOf(fixture);
    it(fixture, async ({ expect }) => {
      const text = await runAsso(['check', '-L', dir], TODAY);
      expect(text.stderr).not.toMatch(STACK);
      expect(text.code, text.stderr).toBe(severityOf(code) === 'error' ? 1 : 0);
      const json = await runAsso(['check', '-L', dir, '-f', 'json'], TODAY);
      expect(text.stdout).toContain(`[${code}]`);
      // Every problem names its file (and line, when it has one) in the form file:line[:column].
      for (const line of text.stdout.split('\n').filter((l) => l.startsWith('asso: ')))
        expect(line).toMatch(new RegExp(`^asso: ${dir}/`));
      const parsed = JSON.parse(json.stdout) as {
        severity: string;
        code: string;
        message: string;
        file: string | null;
        line: number | null;
        column: string | null;
      }[];
      expect(parsed.some((d) => d.code === code && d.severity === severityOf(code))).toBe(true);
      for (const d of parsed) expect(Object.keys(d)).toEqual(['severity', 'code', 'message', 'file', 'line', 'column']);
      await expect(text.stdout).toMatchFileSnapshot(`../${dir}/expected/check.txt`);
      await expect(json.stdout).toMatchFileSnapshot(`../${dir}/expected/check.json`);
      if (severityOf(code) === 'warning') expect((await runAsso(['check', '-L', dir, '--strict'], TODAY)).code).toBe(1);
    });
  }
});

describe('nothing is lost', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'asso-errors-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('a failed write leaves neither a partial file nor a temporary one, and the old file intact', () => {
    const target = join(scratch, 'report.txt');
    writeFileSync(target, 'old');
    writeAtomically(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    const folder = join(scratch, 'a-folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside'), 'kept');
    expect(() => writeAtomically(folder, 'text')).toThrow();
    expect(readdirSync(scratch).sort()).toEqual(['a-folder', 'report.txt']);
  });

  it('a failure shows a plain message, no stack trace; --debug shows the stack', async () => {
    const target = join(scratch, 'missing-folder', 'check.json');
    const plain = await runAsso(['check', '-L', 'fixtures/read/plain', '-f', 'json', '-o', target]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^asso: .*missing-folder.*check\.json/);
    expect(plain.stderr).not.toMatch(STACK);
    const debug = await runAsso(['check', '-L', 'fixtures/read/plain', '-f', 'json', '-o', target, '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /m);
    expect(existsSync(target)).toBe(false);
  });
});
