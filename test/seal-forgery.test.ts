// The seal format asso-seal-2 (issue 13 item 6, issue 14 items 2–3): a forged seal disagrees with
// the books or changes the published fingerprint; a published fingerprint can be checked; an
// interrupted close completes only with the books it started from; a changed sealed entry is shown
// as sealed. Older seals (asso-seal-1, the seed's bdf9cc48…) keep their fingerprint.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOfBody, sealIntegrity } from '../src/close/seal.js';
import { ROOT, runInProcess } from './run-asso.js';

const BIN = process.env.ASSO_BIN ?? join(ROOT, 'bin', 'asso.js');
const SEED = join(ROOT, 'ledgers', 'coorace-bn');
const SEAL_V1 = join(ROOT, 'fixtures', 'seal-v1', 'coorace-bn-2011.json');
const PUBLISHED_V1 = 'bdf9cc4895560ad7486c9c67bf545c3b631308e9f0b21d340e12d025ecc9ecbd';

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** In this process (the seals are what is tested, not the process), or the build ASSO_BIN names. */
function asso(args: readonly string[]): Promise<Run> {
  if (process.env.ASSO_BIN === undefined) return runInProcess(args, { env: { SOURCE_DATE_EPOCH: '1780000000' } });
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', ASSO_LEDGER: undefined, SOURCE_DATE_EPOCH: '1780000000' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : null) : 0 }),
    );
  });
}

let scratch: string;
let closed: string;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'asso-seal-'));
  closed = join(scratch, 'closed');
  cpSync(SEED, closed, { recursive: true });
  rmSync(join(closed, 'expected'), { recursive: true, force: true });
  const run = await asso(['close', '-L', closed, '--year', '2011', '--yes', '--reverse-accruals']);
  expect(run.code, run.stderr).toBe(0);
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the seed with 2011 closed (accruals reversed; closed once for the file): the seal this build writes. */
async function closedSeed(name: string): Promise<string> {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  cpSync(closed, dir, { recursive: true });
  return dir;
}

type Json = Record<string, unknown>;
const sealOf = (dir: string): Json => JSON.parse(readFileSync(join(dir, 'locks', '2011.json'), 'utf8')) as Json;

/** Writes a seal back with its integrity recomputed, and its fingerprint too when `refingerprint` (asso-seal-2). */
function forge(dir: string, seal: Json, refingerprint: boolean): void {
  const { integrity: _, ...body } = seal;
  if (refingerprint) {
    const { fingerprint: __, ...asserted } = body;
    body.fingerprint = fingerprintOfBody(asserted);
  }
  const ordered = refingerprint ? reorder(body) : body;
  writeFileSync(
    join(dir, 'locks', '2011.json'),
    `${JSON.stringify({ ...ordered, integrity: sealIntegrity(ordered) }, null, 2)}\n`,
  );
}

/** The fingerprint back in its place (after closedOn), as close writes it. */
function reorder(body: Json): Json {
  const { version, year, start, end, closedOn, fingerprint, ...rest } = body;
  return { version, year, start, end, closedOn, fingerprint, ...rest };
}

describe('asso-seal-1 seals keep being checked the old way', () => {
  it("the seed's published bdf9cc48… still matches its asso-seal-1 seal; another fingerprint is refused", async () => {
    const dir = await closedSeed('v1');
    cpSync(SEAL_V1, join(dir, 'locks', '2011.json'));
    const ok = await asso(['check', '-L', dir, '-y', '2011', '--fingerprint', PUBLISHED_V1]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Empreinte publiée vérifiée/);
    const wrong = await asso(['check', '-L', dir, '-y', '2011', '--fingerprint', 'a'.repeat(64), '--lang', 'en']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/is not that of the seal of 2011/);
  });

  it('a forged asso-seal-1 result (1436.00 → 9436.00, integrity recomputed) is caught and never printed as N−1', async () => {
    const dir = await closedSeed('v1-forged');
    const seal = JSON.parse(readFileSync(SEAL_V1, 'utf8')) as Json;
    const text = JSON.stringify(seal).replace(/"1436\.00"/g, '"9436.00"');
    forge(dir, JSON.parse(text) as Json, false);
    const check = await asso(['check', '-L', dir, '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/seal of fiscal year 2011 is broken .*\[seal-broken\]/);
    const statement = await asso(['income-statement', '-L', dir, '-y', '2012']);
    expect(statement.code).toBe(1);
    expect(statement.stdout).not.toMatch(/9 436/);
  });

  it('a forged asso-seal-1 balance (integrity recomputed) disagrees with the sealed entries', async () => {
    const dir = await closedSeed('v1-balance');
    const seal = JSON.parse(readFileSync(SEAL_V1, 'utf8')) as Json;
    const balances = seal.balances as Json[];
    const bank = balances.find((b) => b.account === '512100')!;
    bank.debit = '99999.00';
    forge(dir, seal, false);
    const check = await asso(['check', '-L', dir, '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/its balance of account 512100 is .* the sealed entries give/);
  });
});

describe('asso-seal-2', () => {
  it('the fingerprint covers the balances and statements: a forged figure disagrees with the books or changes it', async () => {
    const dir = await closedSeed('v2');
    const seal = sealOf(dir);
    expect(seal.version).toBe('asso-seal-2');
    const published = seal.fingerprint as string;
    expect((await asso(['check', '-L', dir, '-y', '2011', '--fingerprint', published])).code).toBe(0);
    // Forged euros statements (what --euros prints as N−1), fingerprint and integrity recomputed.
    const forged = JSON.parse(JSON.stringify(seal).replace(/"1436\.00"/g, '"9436.00"')) as Json;
    forge(dir, forged, true);
    const check = await asso(['check', '-L', dir, '-y', '2011', '--fingerprint', published, '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/seal-broken/);
    expect(check.stderr).toMatch(/is not that of the seal of 2011/);
    // Only the statements changed: the balances still agree, the statements do not.
    const statementsOnly = JSON.parse(JSON.stringify(seal)) as { statements: { euros: { incomeStatement: Json } } };
    statementsOnly.statements.euros.incomeStatement.totals = { income: '1.00', expenses: '1.00', result: '0.00' };
    forge(dir, statementsOnly as unknown as Json, true);
    const again = await asso(['check', '-L', dir, '--lang', 'en']);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/its statements are not those its sealed entries give/);
    const n1 = await asso(['income-statement', '-L', dir, '-y', '2012', '--euros']);
    expect(n1.code).toBe(1);
  });

  it('a seal removed, the year edited, then close: refused (the books are not those the close started from)', async () => {
    const dir = await closedSeed('rerun');
    unlinkSync(join(dir, 'locks', '2011.json'));
    const bank = join(dir, 'journal', '2011-banque.csv');
    writeFileSync(bank, readFileSync(bank, 'utf8').replace('Loyer janvier 2011', 'Loyer janvier 2011 (modifié)'));
    const run = await asso(['close', '-L', dir, '--year', '2011', '--yes', '--reverse-accruals', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/have changed since/);
    expect(run.stdout).not.toMatch(/clôturé/);
  });

  it('an interrupted close is completed with the same books, on the day it started', async () => {
    const dir = await closedSeed('resume');
    const first = sealOf(dir);
    unlinkSync(join(dir, 'locks', '2011.json'));
    const run = await asso(['close', '-L', dir, '--year', '2011', '--yes', '--reverse-accruals']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/déjà écrit par une clôture interrompue, conservé/);
    expect(sealOf(dir).fingerprint).toBe(first.fingerprint);
  });

  it('sealed-entry-changed shows the entry as it was sealed', async () => {
    const dir = await closedSeed('changed');
    const bank = join(dir, 'journal', '2011-banque.csv');
    writeFileSync(bank, readFileSync(bank, 'utf8').replace('Loyer janvier 2011,260.00', 'Loyer janvier 2011,2600.00'));
    writeFileSync(
      bank,
      readFileSync(bank, 'utf8').replace('512100,Loyer janvier 2011,,260.00', '512100,Loyer janvier 2011,,2600.00'),
    );
    const check = await asso(['check', '-L', dir, '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /BQ BQ-2011-001 .*as sealed \(2011-01-05,613200,"Loyer janvier 2011",260\.00,.* ; 2011-01-05,512100,"Loyer janvier 2011",,260\.00\).*\[sealed-entry-changed\]/,
    );
  });
});
