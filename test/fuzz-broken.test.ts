// Fuzz of the reader over broken files (fast-check, bounded sizes): valid journals with stray
// quotes, lines in Windows-1252 among UTF-8 ones, and odd line ends (CRLF, LF, a lone CR) mixed.
// No silent loss: every row of the input is read as a valid row or named by an error on its line,
// alike in the fast path (default and tiny chunks) and the reference reader; and the scan cut in
// two reports exactly what the scan in one piece reports. The parallel scan runs the built code.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics.js';
import { say, type Text } from '../src/messages/text.js';
import { readJournalFile } from '../src/read/journal.js';
import type { JournalRow } from '../src/read/row.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { scanLedger as builtScan } from '../dist/post/books.js';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { scanLedgerInParallel } from '../dist/post/parallel-scan.js';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { readLedgerFolder as builtFolder } from '../dist/read/ledger-folder.js';
import { runs } from './property-runs.js';

const ACCOUNTS = ['512100', '756100', '606100', '401000'];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asso-fuzz-broken-'));
  mkdirSync(join(dir, 'journal'));
  writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name: 'Fuzz', currency: 'EUR', fiscalYearStart: '01-01' }));
  writeFileSync(join(dir, 'accounts.csv'), `number,label\n${ACCOUNTS.map((a) => `${a},Compte ${a}`).join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lineArb = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  account: fc.constantFrom(...ACCOUNTS),
  cents: fc.integer({ min: 1, max: 999_999 }),
  label: fc.constantFrom('Cotisation', 'Libellé été', 'Don', 'Facture EDF'),
  quote: fc.oneof(
    { weight: 6, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: fc.constantFrom('open' as const, 'inside' as const, 'both' as const) },
  ),
  encoding: fc.oneof(
    { weight: 5, arbitrary: fc.constant('utf-8' as const) },
    { weight: 1, arbitrary: fc.constant('windows-1252' as const) },
  ),
  eol: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
});

const fileArb = fc.record({
  lines: fc.array(lineArb, { minLength: 2, maxLength: 24 }),
  headerEol: fc.constantFrom('\n', '\r\n', '\r'),
  chunkSize: fc.integer({ min: 8, max: 96 }),
});

type BrokenFile = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

/** The bytes of the file: each data row a line (row i on line i + 2), broken as drawn. */
function bytesOf(file: BrokenFile): Buffer {
  const parts = [Buffer.from(`date,journal,piece,account,label,debit,credit${file.headerEol}`)];
  file.lines.forEach((line, i) => {
    const piece = Math.floor(i / 2) + 1;
    const amount = `${Math.floor(line.cents / 100)}.${String(line.cents % 100).padStart(2, '0')}`;
    const label = line.quote === 'open' ? `"${line.label}` : line.quote === 'inside' ? `${line.label} 12"` : line.label;
    const cells = ['2024-03-' + String(line.day).padStart(2, '0'), 'OD', String(piece), line.account, label];
    cells.push(...(i % 2 === 0 ? [amount, ''] : ['', amount]));
    const text = `${cells.join(',')}${line.quote === 'both' ? ',"' : ''}${line.eol}`;
    parts.push(line.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1'));
  });
  return Buffer.concat(parts);
}

let counter = 0;

describe('fuzz: broken files lose no row silently', () => {
  it('every row is read valid or named by an error on its line, in the fast path and the reference reader alike', () => {
    const chart = readLedgerFolder(dir).folder!.chart;
    fc.assert(
      fc.property(fileArb, (file) => {
        const path = join(dir, 'journal', `b${counter++}.csv`);
        writeFileSync(path, bytesOf(file));
        try {
          const read = (options: Parameters<typeof readJournalFile>[4]) => {
            const rows: JournalRow[] = [];
            const problems: Diagnostic[] = [];
            readJournalFile(
              path,
              chart,
              (row) => rows.push(row),
              (d) => problems.push(d),
              options,
            );
            return { rows, problems };
          };
          const key = (d: Diagnostic) => `${d.severity}:${d.code}:${d.line}:${say(d.message, 'en')}`;
          const fast = read({});
          const chunked = read({ chunkSize: file.chunkSize });
          const reference = read({ reference: true });
          for (const other of [chunked, reference]) {
            expect(other.problems.map(key).sort()).toEqual(fast.problems.map(key).sort());
            expect(other.rows.map((r) => [r.line, r.valid, r.debit, r.credit])).toEqual(
              fast.rows.map((r) => [r.line, r.valid, r.debit, r.credit]),
            );
          }
          const valid = new Set(fast.rows.filter((r) => r.valid).map((r) => r.line));
          const named = new Set(fast.problems.filter((d) => d.severity === 'error').map((d) => d.line));
          // A file with no line end but lone CRs in an LF file is still read line by line: row i is on line i + 2.
          const silent = file.lines.map((_, i) => i + 2).filter((line) => !valid.has(line) && !named.has(line));
          expect(silent, `rows lost without a word: ${JSON.stringify(bytesOf(file).toString('latin1'))}`).toEqual([]);
        } finally {
          rmSync(path, { force: true });
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('the scan cut in two reports exactly what the scan in one piece reports', () => {
    const said = (d: { severity: string; code: string; file?: string; line?: number; message: unknown }) =>
      `${d.severity}:${d.code}:${d.file}:${d.line}:${say(d.message as Text, 'en')}`;
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 40, maxLength: 120 }), (lines) => {
        const path = join(dir, 'journal', 'big.csv');
        writeFileSync(path, bytesOf({ lines, headerEol: '\n', chunkSize: 64 }));
        try {
          const folder = builtFolder(dir).folder;
          const one = builtScan(folder) as { diagnostics: Diagnostic[] };
          const two = scanLedgerInParallel(folder, { threshold: 1 }) as { diagnostics: Diagnostic[] };
          expect(two.diagnostics.map(said).sort()).toEqual(one.diagnostics.map(said).sort());
        } finally {
          rmSync(path, { force: true });
        }
      }),
      { numRuns: 40 },
    );
  });
});
