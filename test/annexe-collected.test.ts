// The annexe's entries (dedicated funds, equity) collected by the scan that opens the ledger give
// the very annexe and fund diagnostics that a second scan of the journals gives (the reference
// path, still taken when the scan ran on two cores): on every fixture, the bundled books, a
// generated ledger, and random books posting to funds and equity, broken rows included.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { annexeOf, fundDiagnostics } from '../src/ledger/annexe.js';
import { isOpen, openLedger, type Ledger } from '../src/ledger/open.js';
import { ROOT } from './run-asso.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'asso-annexe-collected-'));
  dirs.push(dir);
  return dir;
};

/** The ledger as opened, and the same ledger without the collected entries (the annexe scans again). */
function bothWays(dir: string): { ledger: Ledger; rescanned: Ledger } {
  const ledger = openLedger(dir, { annexe: true });
  if (!isOpen(ledger)) throw new Error(`${dir} did not open`);
  expect(ledger.annexeEntries).toBeDefined();
  return { ledger, rescanned: { ...ledger, annexeEntries: undefined } };
}

function expectSameAnnexe(dir: string): number {
  const { ledger, rescanned } = bothWays(dir);
  const years = [...ledger.books.years.keys()];
  for (const year of years) expect(annexeOf(ledger, year)).toEqual(annexeOf(rescanned, year));
  expect(fundDiagnostics(ledger.folder, ledger.books, ledger.annexeEntries)).toEqual(
    fundDiagnostics(ledger.folder, ledger.books),
  );
  return years.length;
}

const LEDGERS = [
  ...readdirSync(join(ROOT, 'fixtures'))
    .filter((name) => readdirSync(join(ROOT, 'fixtures', name)).includes('asso.json'))
    .map((name) => join(ROOT, 'fixtures', name)),
  join(ROOT, 'ledgers', 'coorace-bn'),
];

describe('the annexe from the entries the opening scan collected', () => {
  it('is the annexe a second scan gives, on every fixture and the bundled books, every year', () => {
    expect(LEDGERS.length).toBeGreaterThan(5);
    for (const dir of LEDGERS) expect(expectSameAnnexe(dir)).toBeGreaterThan(0);
  });

  it('is the annexe a second scan gives on a generated ledger of three years (equity moved each year)', () => {
    const dir = scratch();
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-ledger.mjs'), dir, '900', 'plain', '--years', '3'], {
      encoding: 'utf8',
    });
    expect(expectSameAnnexe(dir)).toBe(3);
  });

  // Random entries on funds, fund transfers, equity and ordinary accounts, with or without a
  // project, some unbalanced or on a bad date, spread over three years and two files.
  const account = fc.constantFrom(
    '194000',
    '195000',
    '689400',
    '789400',
    '689100',
    '102000',
    '1068',
    '110000',
    '119000',
    '120000',
    '129000',
    '131000',
    '139000',
    '512100',
    '606100',
    '756100',
  );
  const row = fc.record({
    account,
    debit: fc.integer({ min: 0, max: 500_000 }),
    analytic: fc.constantFrom('', 'FESTIVAL', 'CHORALE'),
  });
  const entry = fc.record({
    year: fc.constantFrom(2022, 2023, 2024),
    day: fc.constantFrom('01-01', '03-15', '12-31', '02-30'),
    journal: fc.constantFrom('AN', 'OD', 'BQ'),
    rows: fc.array(row, { minLength: 1, maxLength: 3 }),
    balanced: fc.boolean(),
    file: fc.constantFrom('a.csv', 'b.csv'),
  });

  it('is the annexe a second scan gives on random books posting to funds and equity, broken ones included', () => {
    const base = join(ROOT, 'fixtures', 'annexe');
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        const dir = scratch();
        cpSync(join(base, 'asso.json'), join(dir, 'asso.json'));
        cpSync(join(base, 'accounts.csv'), join(dir, 'accounts.csv'));
        const files = new Map<string, string[]>();
        entries.forEach((generated, index) => {
          const lines = files.get(generated.file) ?? ['date,journal,piece,account,label,debit,credit,analytic'];
          const date = `${generated.year}-${generated.day}`;
          const piece = `P-${index}`;
          let total = 0;
          for (const r of generated.rows) {
            lines.push(
              `${date},${generated.journal},${piece},${r.account},Ligne,${(r.debit / 100).toFixed(2)},,${r.analytic}`,
            );
            total += r.debit;
          }
          const against = generated.balanced ? total : total + 1;
          lines.push(`${date},${generated.journal},${piece},512100,Contrepartie,,${(against / 100).toFixed(2)},`);
          files.set(generated.file, lines);
        });
        cpSync(join(base, 'journal'), join(dir, 'journal'), { recursive: true });
        for (const [file, lines] of files) writeFileSync(join(dir, 'journal', file), `${lines.join('\n')}\n`);
        expectSameAnnexe(dir);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });

  it('without the flag, the entries are collected when the scan makes them anyway or the fund checks need them', () => {
    // Books without dedicated funds: a scan that makes no entries collects none.
    const none = openLedger(join(ROOT, 'fixtures', 'budget-club'));
    if (!isOpen(none)) throw new Error('the fixture did not open');
    expect(none.annexeEntries).toBeUndefined();
    // Books posting to dedicated funds: their checks read the entries, so a scan that made none
    // is followed by one in one piece that collects them (and the cache keeps them).
    const dir = join(ROOT, 'fixtures', 'benevolat-fonds-dedies');
    const plain = openLedger(dir);
    if (!isOpen(plain)) throw new Error('the fixture did not open');
    expect(plain.annexeEntries?.funds.length).toBeGreaterThan(0);
    const listened = openLedger(dir, { onEntry: () => {} });
    if (!isOpen(listened)) throw new Error('the fixture did not open');
    expect(listened.annexeEntries).toEqual(plain.annexeEntries);
    // Either way, the funds' check says the same.
    expect(listened.diagnostics).toEqual(plain.diagnostics);
    expect(fundDiagnostics(plain.folder, plain.books)).toEqual(
      fundDiagnostics(plain.folder, plain.books, plain.annexeEntries),
    );
  });
});
