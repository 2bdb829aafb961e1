// The scan on two cores against the scan in one piece: over generated ledgers (valid entries,
// and broken ones: one-row, unbalanced, duplicated pieces on both sides of the cut, rows of an
// entry apart, a quote never closed), the books and the problems must be identical. Runs the
// built code (dist/), since the worker thread loads compiled JavaScript.
import { mkdtempSync, rmSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { scanLedger } from '../dist/post/books.js';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { runningNow, scanLedgerInParallel } from '../dist/post/parallel-scan.js';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { readLedgerFolder } from '../dist/read/ledger-folder.js';
import { serializeBooks } from './books-json.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const ACCOUNTS = ['512100', '756100', '606100', '411000', '401000', '641000', '421000'];

const entryArb = fc.record({
  day: fc.integer({ min: 1, max: 365 }),
  journal: fc.constantFrom('BQ', 'OD', 'VT'),
  accounts: fc.shuffledSubarray(ACCOUNTS, { minLength: 2, maxLength: 4 }),
  cents: fc.integer({ min: 1, max: 9_999_999 }),
  label: fc.constantFrom('Cotisation', 'Facture; "EDF"', 'Don', 'Libellé été'),
  fault: fc.oneof(
    { weight: 30, arbitrary: fc.constant('none') },
    { weight: 1, arbitrary: fc.constantFrom('one-row', 'unbalanced', 'duplicate', 'apart', 'unclosed', 'bad-date') },
  ),
});

type GeneratedEntry = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

/** A ledger of the entries, in `parts` journal files (their lines in turn, each file with its header). */
function writeLedger(entries: readonly GeneratedEntry[], french: boolean, parts = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-parallel-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'journal'));
  writeFileSync(
    join(dir, 'asso.json'),
    JSON.stringify({ name: 'Parallel', currency: 'EUR', fiscalYearStart: '01-01' }),
  );
  writeFileSync(join(dir, 'accounts.csv'), `number,label\n${ACCOUNTS.map((a) => `${a},Compte ${a}`).join('\n')}\n`);
  const sep = french ? ';' : ',';
  const eol = french ? '\r\n' : '\n';
  const amount = (cents: number): string =>
    `${Math.floor(cents / 100)}${french ? ',' : '.'}${String(cents % 100).padStart(2, '0')}`;
  const lines = [['date', 'journal', 'piece', 'account', 'label', 'debit', 'credit'].join(sep)];
  const pieces = new Map<string, number>();
  const apart: string[] = [];
  const sorted = [...entries].sort((a, b) => a.day - b.day);
  sorted.forEach((entry, index) => {
    const date = new Date(Date.UTC(2024, 0, entry.day)).toISOString().slice(0, 10);
    const next = (pieces.get(entry.journal) ?? 0) + 1;
    pieces.set(entry.journal, next);
    // A duplicate reuses a piece from far away in the file (the other side of the cut, often).
    const piece = entry.fault === 'duplicate' ? `${entry.journal}1` : `${entry.journal}${next}`;
    const label =
      entry.label.includes(sep) || entry.label.includes('"') ? `"${entry.label.replaceAll('"', '""')}"` : entry.label;
    const rows = entry.accounts.map((account, i) => {
      const last = i === entry.accounts.length - 1;
      const cents = last
        ? entry.cents * (entry.accounts.length - 1) + (entry.fault === 'unbalanced' ? 1 : 0)
        : entry.cents;
      const cells = [
        entry.fault === 'bad-date' && i === 0 ? '2024-02-30' : date,
        entry.journal,
        piece,
        account,
        label,
        last ? '' : amount(cents),
        last ? amount(cents) : '',
      ];
      return cells.join(sep);
    });
    if (entry.fault === 'one-row') rows.splice(1);
    if (entry.fault === 'unclosed') rows[0] = rows[0]!.replace(entry.journal, `"${entry.journal}`);
    if (entry.fault === 'apart') {
      apart.push(rows.pop()!);
    }
    lines.push(...rows);
    if (index % 7 === 6 && apart.length) lines.push(apart.shift()!);
  });
  lines.push(...apart);
  const [header, ...body] = lines;
  const size = Math.ceil(body.length / parts);
  for (let part = 0; part < parts; part += 1) {
    const text = [header, ...body.slice(part * size, (part + 1) * size)].join(eol) + eol;
    const name = parts === 1 ? 'books.csv' : `books-${part + 1}.csv`;
    writeFileSync(join(dir, 'journal', name), french ? Buffer.from(text, 'latin1') : text);
  }
  return dir;
}

const sortedDiagnostics = (list: { file?: string; line?: number; code: string; message: unknown }[]) =>
  [...list].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.code.localeCompare(b.code) ||
      JSON.stringify(a.message).localeCompare(JSON.stringify(b.message)),
  );

describe('the parallel scan gives exactly the sequential scan', () => {
  it('on generated ledgers, valid or broken, in both dialects, in one to four files', () => {
    let cut = 0;
    let cutAcrossFiles = 0;
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 40, maxLength: 160 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (entries, french, parts) => {
          const dir = writeLedger(entries, french, parts);
          const { folder } = readLedgerFolder(dir);
          const one = scanLedger(folder);
          const two = scanLedgerInParallel(folder, { threshold: 0 });
          if (two.parallel) cut += 1;
          if (two.parallel && parts > 1) cutAcrossFiles += 1;
          expect(serializeBooks(two.books)).toBe(serializeBooks(one.books));
          expect(sortedDiagnostics(two.diagnostics)).toEqual(sortedDiagnostics(one.diagnostics));
        },
      ),
      { numRuns: 60 },
    );
    // Not vacuous: ledgers were really cut in two. A problem anywhere in the tail, or a broken line
    // in the head, means the ledger is read again in one piece: about a quarter of these (some 10
    // of 40, as few as 7) are taken in two; the large valid ledger below always is.
    expect(cut).toBeGreaterThanOrEqual(3);
    expect(cutAcrossFiles).toBeGreaterThanOrEqual(3);
  });
});

/** `count` valid entries through the year, of two accounts (or three every fifth, `threes`). */
function validEntries(count: number, labels: readonly string[], threes = false): GeneratedEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    day: 1 + (i % 365),
    journal: (['BQ', 'OD', 'VT'] as const)[i % 3]!,
    accounts: [ACCOUNTS[i % 7]!, ACCOUNTS[(i + 3) % 7]!, ...(threes && i % 5 === 0 ? [ACCOUNTS[(i + 5) % 7]!] : [])],
    cents: 1 + ((i * 7919) % 9_999_999),
    label: labels[i % labels.length] as GeneratedEntry['label'],
    fault: 'none',
  }));
}

/** The valid ledger in `dir` is read on two cores, with the books and no problems of the scan in one piece. */
function expectTakenInTwo(dir: string): void {
  const { folder } = readLedgerFolder(dir);
  const one = scanLedger(folder);
  const two = scanLedgerInParallel(folder, { threshold: 0 });
  expect(two.parallel).toBe(true);
  expect(one.diagnostics).toEqual([]);
  expect(two.diagnostics).toEqual([]);
  expect(serializeBooks(two.books)).toBe(serializeBooks(one.books));
}

describe('the parallel scan of a large valid ledger', () => {
  it('cuts it, and numbers the lines of the tail as the scan in one piece does', () => {
    const entries = validEntries(6000, ['Cotisation', 'Facture; "EDF"', 'Don', 'Libellé été'], true);
    for (const french of [false, true]) {
      expectTakenInTwo(writeLedger(entries, french));
    }
  });

  it('gives the worker whole files when the file the middle falls in cannot be cut (old Mac line ends)', () => {
    const entries = validEntries(900, ['Libellé été']);
    const dir = writeLedger(entries, false, 3);
    const middle = join(dir, 'journal', 'books-2.csv');
    writeFileSync(middle, readFileSync(middle, 'utf8').replaceAll('\n', '\r'));
    expectTakenInTwo(dir);
  });

  it('reads it again in one piece when a byte past its first 256 KB is not UTF-8, before the cut or after', () => {
    const entries = validEntries(8000, ['Cotisation', 'Don', 'Libellé été']);
    const dir = writeLedger(entries, false);
    const file = join(dir, 'journal', 'books.csv');
    const valid = readFileSync(file);
    const { folder } = readLedgerFolder(dir);
    const whole = scanLedgerInParallel(folder, { threshold: 0 });
    expect(whole.parallel).toBe(true);
    // 'é' (C3 A9) becomes a Windows-1252 'é' and a space, in the head's part past the bytes planCut
    // reads, then in the tail's part.
    const size = valid.length;
    expect(size).toBeGreaterThan(640 << 10); // the head's part goes past the 256 KB planCut reads
    for (const at of [300 << 10, size - 1000]) {
      const bytes = Buffer.from(valid);
      const found = bytes.indexOf('é', at);
      expect(found).toBeGreaterThan(at);
      expect(found < size / 2).toBe(at < size / 2);
      bytes[found] = 0xe9;
      bytes[found + 1] = 0x20;
      writeFileSync(file, bytes);
      const one = scanLedger(folder);
      const two = scanLedgerInParallel(folder, { threshold: 0 });
      expect(two.parallel).toBe(false);
      expect(sortedDiagnostics(two.diagnostics)).toEqual(sortedDiagnostics(one.diagnostics));
      expect(one.diagnostics.map((d: { code: string }) => d.code)).toContain('mixed-encoding');
      expect(serializeBooks(two.books)).toBe(serializeBooks(one.books));
    }
  });
});

describe('whether a second core is free', () => {
  it("reads the threads running now from /proc/loadavg's fourth field", () => {
    expect(runningNow('0.52 0.58 0.59 2/345 6789\n')).toBe(2);
    expect(runningNow('3.10 2.80 2.00 1/78 23563')).toBe(1);
    expect(runningNow('')).toBe(Number.POSITIVE_INFINITY);
    expect(runningNow('0.52 0.58 0.59 x/345 6789')).toBe(Number.POSITIVE_INFINITY);
  });
});
