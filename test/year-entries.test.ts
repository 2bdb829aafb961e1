// The listings collect the year's entries during the scan that checks the books (one reading):
// whatever the year asked, or the default one, they are the entries a second scan of that year gives.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOfYear, isOpen, openLedger, yearEntryCollector } from '../src/ledger/open.js';
import { ROOT } from './run-asso.js';

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
