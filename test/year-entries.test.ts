// The listings collect the year's entries during the scan that checks the books (one reading):
// whatever the year asked, or the default one, they are the entries a second scan of that year gives.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOfYear, isOpen, openLedger, yearEntryCollector } from '../src/ledger/open.js';
import { ROOT, runInProcess } from './run-asso.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asso-year-entries-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-ledger.mjs'), dir, '600', 'plain', '--years', '3'], {
    encoding: 'utf8',
  });
  // An opening file of the year after the last, as `close` writes it: not the default year.
  const books = join(dir, 'journal', 'books.csv');
  const last = readFileSync(books, 'utf8').trim().split('\n').pop()!;
  const year = Number(last.slice(0, 4)) + 1;
  writeFileSync(
    join(dir, 'journal', `${year}-opening.csv`),
    `date,journal,piece,account,label,debit,credit\n${year}-01-01,AN,AN1,512100,Reprise,10.00,\n${year}-01-01,AN,AN1,890000,Reprise,,10.00\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the year entry collector', () => {
  it('keeps the entries of the year asked, and of the default year, as a second scan finds them', () => {
    for (const asked of [undefined, 2015, 2016, 2017, 2018]) {
      const collector = yearEntryCollector(asked);
      const ledger = openLedger(dir, { year: asked, onEntry: collector.onEntry });
      if (!isOpen(ledger)) throw new Error('the ledger did not open');
      const expected = entriesOfYear(ledger, ledger.year);
      expect(collector.entriesOf(ledger.year) ?? entriesOfYear(ledger, ledger.year)).toEqual(expected);
      if (asked === undefined) expect(expected.length).toBeGreaterThan(100);
    }
  });
});

describe('a year that looks like a typo', () => {
  it('never displaces the default year of the listings: journal lists the year under way, as a second scan finds it', async () => {
    const typo = mkdtempSync(join(tmpdir(), 'asso-year-typo-'));
    try {
      mkdirSync(join(typo, 'journal'));
      writeFileSync(
        join(typo, 'asso.json'),
        JSON.stringify({ name: 'Club', currency: 'EUR', fiscalYearStart: '01-01' }),
      );
      writeFileSync(join(typo, 'accounts.csv'), 'number,label\n');
      // The 2062 row is a typo for 2026: a warning, and never the default year.
      writeFileSync(
        join(typo, 'journal', '2026.csv'),
        [
          'date,journal,piece,account,label,debit,credit',
          '2026-01-10,BQ,1,606400,Papier,12.50,',
          '2026-01-10,BQ,1,512100,Papier,,12.50',
          '2062-02-15,BQ,2,606400,Encre,30.00,',
          '2062-02-15,BQ,2,512100,Encre,,30.00',
          '2026-03-01,BQ,3,606400,Timbres,8.00,',
          '2026-03-01,BQ,3,512100,Timbres,,8.00',
          '',
        ].join('\n'),
      );
      const collector = yearEntryCollector(undefined);
      const ledger = openLedger(typo, {
        year: undefined,
        onEntry: collector.onEntry,
        today: '2026-04-01',
      });
      if (!isOpen(ledger)) throw new Error('the ledger did not open');
      expect(ledger.year).toBe(2026);
      const expected = entriesOfYear(ledger, 2026);
      expect(expected.map((entry) => entry.piece)).toEqual(['1', '3']);
      expect(collector.entriesOf(2026) ?? entriesOfYear(ledger, 2026)).toEqual(expected);
      const run = await runInProcess(['journal', '-L', typo, '-f', 'csv'], { today: '2026-04-01' });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('outlying-year');
      expect(run.stdout).toContain('Papier');
      expect(run.stdout).toContain('Timbres');
      expect(run.stdout).not.toContain('Encre');
    } finally {
      rmSync(typo, { recursive: true, force: true });
    }
  });
});
