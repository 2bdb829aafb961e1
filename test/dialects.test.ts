// What treasurers' files really contain must be READ, exactly: fixtures/read/<dialect>/ is one
// small ledger per dialect (see fixtures/read/README.md). Each must check clean, list the golden
// journal, and, in-process, give the same entries as the plain reference.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/model.js';
import { scanLedger } from '../src/post/books.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { ROOT, runAsso, STACK } from './run-asso.js';

const DIALECTS = 'fixtures/read';
const fixtures = readdirSync(join(ROOT, DIALECTS))
  .filter((name) => existsSync(join(ROOT, DIALECTS, name, 'asso.json')))
  .sort();

function entriesOf(name: string): { entries: Entry[]; problems: string[] } {
  const read = readLedgerFolder(join(ROOT, DIALECTS, name));
  const entries: Entry[] = [];
  const { diagnostics } = scanLedger(read.folder!, { onEntry: (entry) => entries.push(entry) });
  return { entries, problems: [...read.diagnostics, ...diagnostics].map((d) => `${d.line}: ${d.message}`) };
}

/** What an entry says, whatever the file looked like: no piece (a FEC file numbers its entries), no source. */
const meaning = (entries: readonly Entry[]) =>
  entries.map((e) => ({
    date: e.date,
    journal: e.journal,
    postings: e.postings.map((p) => ({ account: p.account, label: p.label, debit: p.debit, credit: p.credit })),
  }));

describe('reading every dialect (in-process)', () => {
  const plain = entriesOf('plain');

  it('the plain reference reads without a problem', () => {
    expect(plain.problems).toEqual([]);
    expect(plain.entries).toHaveLength(3);
    expect(plain.entries[0]!.postings[0]!.label).toBe('Cotisations d’adhésion');
  });

  for (const name of ['french-spreadsheet', 'tab-bom', 'fec-tab', 'fec-pipe', 'fec-montant-sens', 'bank-export']) {
    it(`${name} gives the same entries as the plain file`, () => {
      const { entries, problems } = entriesOf(name);
      expect(problems).toEqual([]);
      expect(meaning(entries)).toEqual(meaning(plain.entries));
    });
  }

  it('a FEC file is grouped by JournalCode + EcritureNum and keeps every column', () => {
    for (const name of ['fec-tab', 'fec-pipe']) {
      const { entries } = entriesOf(name);
      // EcritureNum 1 has two PieceRef: one entry all the same.
      expect(entries.map((e) => `${e.journal} ${e.postings.length}`)).toEqual(['BQ 2', 'BQ 2', 'OD 2']);
      const supplier = entries[2]!.postings[1]!;
      expect(supplier.aux).toBe('401ACME');
      expect(supplier.auxLabel).toBe('ACME SARL');
      expect(supplier.fields).toMatchObject({
        Montantdevise: '1100000,00',
        Idevise: 'USD',
        lettering: 'AA',
        lettering_date: '20240310',
        valid_date: '20240301',
        piece_date: '20240228',
        journal_label: 'Opérations diverses',
      });
    }
  });

  it('quoted fields keep their delimiters, quotes and line breaks, and the line numbers after them stay right', () => {
    const { entries, problems } = entriesOf('quoted-fields');
    expect(problems).toEqual([]);
    const labels = entries.flatMap((e) => e.postings.map((p) => p.label));
    expect(labels).toEqual([
      'Cotisations, janvier',
      'Cotisations "club" janvier',
      'Papeterie\r\nsur deux lignes',
      'Papeterie\nligne 2\nligne 3',
      'Fournitures',
      'Fournitures  écran 24"',
    ]);
    expect(entries.map((e) => e.line)).toEqual([2, 4, 9]);
    expect(entries[2]!.postings.map((p) => p.line)).toEqual([9, 10]);
  });

  it('amounts: red ink stays on its side, huge amounts are exact, € and thousands separators are read', () => {
    const { entries, problems } = entriesOf('amounts');
    expect(problems).toEqual([]);
    const [fee, reversal, huge, tiny] = entries;
    expect(fee!.postings.map((p) => [p.debit, p.credit])).toEqual([
      [10000n, 0n],
      [0n, 10000n],
    ]);
    expect(reversal!.postings.map((p) => [p.debit, p.credit])).toEqual([
      [-10000n, 0n],
      [0n, -10000n],
    ]);
    expect(huge!.postings[0]!.debit).toBe(12345678901234567890123n);
    expect(huge!.postings[1]!.credit).toBe(12345678901234567890123n);
    expect(tiny!.postings.map((p) => p.debit + p.credit)).toEqual([1n, 1n]);
  });
});

describe.concurrent('asso check and asso journal on fixtures/read', () => {
  for (const fixture of fixtures) {
    const dir = `${DIALECTS}/${fixture}`;
    it(fixture, async ({ expect }) => {
      const [check, journal] = await Promise.all([
        runAsso(['check', '-L', dir], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } }),
        runAsso(['journal', '-L', dir, '-f', 'json']),
      ]);
      for (const run of [check, journal]) {
        expect(run.stderr).not.toMatch(STACK);
        expect(run.code, run.stderr).toBe(0);
      }
      expect(check.stdout).toMatch(/^0 error\(s\), 0 warning\(s\) in \d+ entries/);
      await expect(journal.stdout).toMatchFileSnapshot(`../${dir}/expected/journal.json`);
    });
  }
});
