// The scan that hands no entries on keeps the rows of the common shape packed (post/packed-entry.ts)
// instead of making them into rows. Over generated journals whose entries go every way an entry can
// (plain, opening, class 8, with an auxiliary account, of mixed dates or pieces, unbalanced, of one
// row, duplicated, kept apart, a row read by the reference path, amounts near 2^53 cents), the
// books and the problems must be exactly those of the scan that makes every row (with onEntry).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { scanLedger } from '../src/post/books.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { runs } from './property-runs.js';
import { serializeBooks } from './books-json.js';

const dir = mkdtempSync(join(tmpdir(), 'asso-packed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACCOUNTS = ['512100', '756100', '606100', '411000', '401000', '641000', '860000', '870000'];
const FAULTS = [
  'one-row',
  'unbalanced',
  'duplicate',
  'apart',
  'mixed-date',
  'other-piece',
  'class-8',
  'aux',
  'odd-amount',
  'bad-date',
  'spaced-journal',
  'quoted-journal',
  'huge',
  'beyond-2^53',
  'opening',
] as const;

const entryArb = fc.record({
  day: fc.integer({ min: 1, max: 730 }),
  journal: fc.constantFrom('BQ', 'OD', 'AN'),
  accounts: fc.shuffledSubarray(ACCOUNTS.slice(0, 6), { minLength: 2, maxLength: 4 }),
  cents: fc.integer({ min: 1, max: 9_999_999 }),
  label: fc.constantFrom('Cotisation', 'Facture "EDF", été', 'Don'),
  fault: fc.oneof(
    { weight: 6, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: fc.constantFrom(...FAULTS) },
  ),
});
type GeneratedEntry = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

let ledgers = 0;
/** A ledger of two fiscal years (2024, 2025) in one journal file, plain or in FEC naming. */
function writeLedger(entries: readonly GeneratedEntry[], fec: boolean, withAux: boolean): string {
  const folder = join(dir, `l${(ledgers += 1)}`);
  mkdirSync(join(folder, 'journal'), { recursive: true });
  writeFileSync(
    join(folder, 'asso.json'),
    JSON.stringify({ name: 'Packed', currency: 'EUR', fiscalYearStart: '01-01' }),
  );
  const header = fec
    ? ['EcritureDate', 'JournalCode', 'EcritureNum', 'PieceRef', 'CompteNum', 'EcritureLib', 'Debit', 'Credit']
    : ['date', 'journal', 'piece', 'account', 'label', 'debit', 'credit'];
  if (withAux) header.push(fec ? 'CompAuxNum' : 'aux');
  const amount = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const lines = [header.join(',')];
  const apart: string[] = [];
  let number = 0;
  const written: { journal: string; piece: string; number: number }[] = [];
  for (const entry of [...entries].sort((a, b) => a.day - b.day)) {
    number += 1;
    // A duplicate takes the journal, piece and number of an entry some way before (not the last:
    // rows that follow on are one entry).
    const earlier =
      entry.fault === 'duplicate' && written.length > 2 ? written[entry.cents % (written.length - 1)] : undefined;
    const day = entry.fault === 'opening' ? 367 : entry.day;
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    const journal = earlier?.journal ?? (entry.fault === 'opening' ? 'AN' : entry.journal);
    const piece = earlier?.piece ?? `${journal}${number}`;
    const entryNumber = earlier?.number ?? number;
    written.push({ journal, piece, number: entryNumber });
    const label = entry.label.includes(',') ? `"${entry.label.replaceAll('"', '""')}"` : entry.label;
    const cents = entry.fault === 'huge' ? 2 ** 52 + entry.cents : entry.cents;
    const accounts =
      entry.fault === 'class-8' ? [...entry.accounts.slice(0, 1), ACCOUNTS[6]!, ACCOUNTS[7]!] : entry.accounts;
    const rows = accounts.map((account, i) => {
      const last = i === accounts.length - 1;
      const total = last ? cents * (accounts.length - 1) + (entry.fault === 'unbalanced' ? 1 : 0) : cents;
      let amountText = amount(total);
      if (entry.fault === 'odd-amount' && i === 1) amountText = ` ${amountText}`;
      const cells = new Map<string, string>([
        ['date', entry.fault === 'mixed-date' && i === 1 ? `${date.slice(0, 8)}28` : date],
        ['journal', journal],
        ['piece', entry.fault === 'other-piece' && i === 1 ? `${piece}B` : piece],
        ['entry', String(entryNumber)],
        ['account', account],
        ['label', label],
        ['debit', last ? '' : amountText],
        ['credit', last ? amountText : ''],
        ['aux', entry.fault === 'aux' && i === 0 ? 'ADH042' : ''],
      ]);
      if (entry.fault === 'bad-date' && i === 1) cells.set('date', '2024-02-30');
      if (entry.fault === 'spaced-journal' && i === 1) cells.set('journal', ` ${journal}`);
      if (entry.fault === 'quoted-journal' && i === 0) cells.set('journal', `"${journal}"`);
      const names = fec
        ? ['date', 'journal', 'entry', 'piece', 'account', 'label', 'debit', 'credit']
        : ['date', 'journal', 'piece', 'account', 'label', 'debit', 'credit'];
      if (withAux) names.push('aux');
      return names.map((name) => cells.get(name)!).join(',');
    });
    if (entry.fault === 'one-row') rows.splice(1);
    // Eleven debits and eleven credits of 9 999 999 999 999,99 €, one credit a cent short: sums beyond
    // 2^53 cents, where adding in floating point would lose the cent.
    if (entry.fault === 'beyond-2^53')
      rows.splice(
        0,
        rows.length,
        ...Array.from({ length: 22 }, (_, i) => {
          const cells = fec
            ? [date, journal, String(entryNumber), piece, ACCOUNTS[i % 2]!, 'Gros', '', '']
            : [date, journal, piece, ACCOUNTS[i % 2]!, 'Gros', '', ''];
          const side = i < 11 ? cells.length - 2 : cells.length - 1;
          cells[side] = i === 21 ? '9999999999999.98' : '9999999999999.99';
          if (withAux) cells.push('');
          return cells.join(',');
        }),
      );
    if (entry.fault === 'apart') apart.push(rows.pop()!);
    lines.push(...rows);
    if (number % 5 === 0 && apart.length) lines.push(apart.shift()!);
  }
  lines.push(...apart);
  writeFileSync(join(folder, 'journal', 'books.csv'), `${lines.join('\n')}\n`);
  return folder;
}

describe('the scan without entries, its rows kept packed', () => {
  it('gives exactly the books and problems of the scan that makes every row', () => {
    let packed = 0;
    let problems = 0;
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 20, maxLength: 80 }),
        fc.boolean(),
        fc.boolean(),
        (entries, fec, withAux) => {
          const { folder } = readLedgerFolder(writeLedger(entries, fec, withAux));
          if (!folder) throw new Error('no ledger folder');
          const stats = { fast: 0, reference: 0, packed: 0 };
          const kept = scanLedger(folder, { stats });
          const made = scanLedger(folder, { onEntry: () => {} });
          expect(serializeBooks(kept.books)).toBe(serializeBooks(made.books));
          expect(kept.diagnostics).toEqual(made.diagnostics);
          packed += stats.packed;
          problems += kept.diagnostics.length;
        },
      ),
      { numRuns: runs(60) },
    );
    // Not vacuous: rows were kept packed, and problems were found among them.
    expect(packed).toBeGreaterThan(1000);
    expect(problems).toBeGreaterThan(20);
  });

  it('tells apart, in byte text, a journal beyond ASCII from the text its bytes would make', () => {
    // "é" is C3 A9 in UTF-8, read as byte text "Ã©": a journal written "Ã©" is another journal.
    const folder = join(dir, 'bytes');
    mkdirSync(join(folder, 'journal'), { recursive: true });
    writeFileSync(
      join(folder, 'asso.json'),
      JSON.stringify({ name: 'Octets', currency: 'EUR', fiscalYearStart: '01-01' }),
    );
    const rows = ['Ã©,512100,,10.00', 'é,756100,10.00,', 'é,512100,,5.00', 'Ã©,756100,5.00,'];
    const text = rows.map((row) => {
      const [journal, account, debit, credit] = row.split(',');
      return `2024-03-01,${journal},P1,${account},Don,${debit},${credit}`;
    });
    writeFileSync(
      join(folder, 'journal', 'books.csv'),
      `date,journal,piece,account,label,debit,credit\n${text.join('\n')}\n`,
    );
    const { folder: ledger } = readLedgerFolder(folder);
    if (!ledger) throw new Error('no ledger folder');
    const kept = scanLedger(ledger);
    const made = scanLedger(ledger, { onEntry: () => {} });
    expect(kept.diagnostics).toEqual(made.diagnostics);
    expect(made.diagnostics.map((d) => d.code)).toContain('not-consecutive');
    expect(serializeBooks(kept.books)).toBe(serializeBooks(made.books));
  });
});
