// Fuzz tests of the reader and the checks, in-process (fast-check, bounded sizes): random bytes
// and random mutations of valid journals never crash and never lose a row without a diagnostic;
// a changed amount is always caught; shuffling the entries of a valid journal changes no report.
import { say } from '../src/messages/text.js';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../src/diagnostics.js';
import { centsToString } from '../src/money.js';
import { trackAssertions } from '../src/post/assertions.js';
import { scanLedger } from '../src/post/books.js';
import { checkYears } from '../src/post/year-checks.js';
import { readAssertions } from '../src/read/assertions.js';
import { isBlankRecord, parseRecords } from '../src/read/csv.js';
import { detectEol } from '../src/read/text.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { trialBalance } from '../src/reports/listings.js';
import { yearPosition } from '../src/post/positions.js';
import { PCA2018 } from '../src/statements/pca2018.js';
import { runs } from './property-runs.js';

const CODES = new Set(DIAGNOSTIC_CODES.map((c) => c.code));
const ACCOUNTS = [
  '512100',
  '530000',
  '606100',
  '6064',
  '401000',
  '411000',
  '756100',
  '706100',
  '471000',
  '164000',
  '2183',
  '28183',
];
const HEADER = ['date', 'journal', 'piece', 'account', 'label', 'debit', 'credit'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asso-fuzz-'));
  mkdirSync(join(dir, 'journal'));
  writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name: 'Fuzz', currency: 'EUR', fiscalYearStart: '01-01' }));
  writeFileSync(join(dir, 'accounts.csv'), `number,label\n${ACCOUNTS.map((a) => `${a},Compte ${a}`).join('\n')}\n`);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  diagnostics: Diagnostic[];
  postedRows: number;
  entries: number;
  trial?: ReturnType<typeof trialBalance>;
}

/** Reads `content` as the ledger's only journal file, as `asso check` does (year checks included when the entries read cleanly). */
function checkJournal(content: string | Uint8Array, assertions?: string): Outcome {
  writeFileSync(join(dir, 'journal', '2024.csv'), content);
  rmSync(join(dir, 'assertions.csv'), { force: true });
  if (assertions !== undefined) writeFileSync(join(dir, 'assertions.csv'), assertions);
  const read = readLedgerFolder(dir);
  const tracker = trackAssertions(read.folder!.assertions ?? []);
  let postedRows = 0;
  let entries = 0;
  const { books, diagnostics } = scanLedger(read.folder!, {
    onEntry: (entry) => {
      postedRows += entry.postings.length;
      entries += 1;
      tracker.onEntry(entry);
    },
  });
  const errors = diagnostics.some((d) => d.severity === 'error');
  const whole = errors
    ? []
    : [...checkYears(books, read.folder!.chart, () => PCA2018, 'accounts.csv'), ...tracker.check(books)];
  const position = yearPosition(books, 2024);
  return {
    diagnostics: [...read.diagnostics, ...diagnostics, ...whole],
    postedRows,
    entries,
    trial: position && trialBalance(read.folder!.chart, 2024, position.balances),
  };
}

/** The data rows of a CSV text as our reader sees them (non-blank records after the header). */
function dataRows(text: string): number {
  let count = 0;
  parseRecords(
    text,
    { delimiter: String.fromCharCode(detect(text)), eol: detectEol(text) || '\n', line: 1 },
    () => {
      count += 1;
    },
    () => {},
  );
  return Math.max(0, count - 1);
}
const detect = (text: string) =>
  text.split(/[\r\n]/)[0]!.split(';').length > text.split(/[\r\n]/)[0]!.split(',').length ? 59 : 44;

/** Every diagnostic is well formed: a stable code, a message, a file, a line ≥ 1 when it has one. */
function expectWellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(CODES.has(d.code), `unknown code ${d.code}`).toBe(true);
    for (const lang of ['fr', 'en'] as const) expect(say(d.message, lang).length).toBeGreaterThan(10);
    if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
    if (d.severity === 'error' && d.code !== 'config') expect(d.file).toBeTruthy();
  }
}

// A valid journal: balanced entries of 2 to 4 rows.
interface Generated {
  date: string;
  journal: string;
  rows: { account: string; debit: bigint; credit: bigint }[];
}
const entryArb: fc.Arbitrary<Generated> = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    journal: fc.constantFrom('BQ', 'OD', 'CA'),
    legs: fc.array(
      fc.record({ account: fc.constantFrom(...ACCOUNTS), cents: fc.bigInt({ min: 1n, max: 99_999_999n }) }),
      { minLength: 1, maxLength: 3 },
    ),
    closing: fc.constantFrom(...ACCOUNTS),
  })
  .map(({ month, day, journal, legs, closing }) => {
    const total = legs.reduce((t, leg) => t + leg.cents, 0n);
    return {
      date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      journal,
      rows: [
        ...legs.map((leg) => ({ account: leg.account, debit: leg.cents, credit: 0n })),
        { account: closing, debit: 0n, credit: total },
      ],
    };
  });
const journalArb = fc.array(entryArb, { minLength: 1, maxLength: 12 });

function journalRows(entries: readonly Generated[], order: readonly number[] = entries.map((_, i) => i)): string[][] {
  const rows: string[][] = [];
  for (const index of order) {
    const entry = entries[index]!;
    for (const row of entry.rows)
      rows.push([
        entry.date,
        entry.journal,
        `P${index}`,
        row.account,
        `Écriture ${index}`,
        row.debit ? centsToString(row.debit) : '',
        row.credit ? centsToString(row.credit) : '',
      ]);
  }
  return rows;
}
const toCsv = (rows: readonly (readonly string[])[]) => `${[HEADER, ...rows].map((r) => r.join(',')).join('\n')}\n`;

describe('fuzz: the reader never crashes and never drops a row silently', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const outcome = checkJournal(bytes);
        expectWellFormed(outcome.diagnostics);
      }),
      { numRuns: 200 },
    );
  });

  it('random text made of CSV-ish characters', () => {
    const chars = fc.constantFrom(
      ...'0123456789,;\t|"\n\r .-€éAZaz/'.split(''),
      'date,journal,piece,account,label,debit,credit\n',
      '2024-03-01,BQ,1,512100,x,10.00,\n',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 120 }).map((parts) => parts.join('')),
        (text) => {
          const outcome = checkJournal(text);
          expectWellFormed(outcome.diagnostics);
          if (outcome.postedRows < dataRows(text))
            expect(
              outcome.diagnostics.some((d) => d.severity === 'error'),
              'rows were dropped without an error',
            ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('swap-columns' as const), a: fc.nat(6), b: fc.nat(6) }),
    fc.record({ kind: fc.constant('truncate-line' as const), row: fc.nat(), at: fc.nat(60) }),
    fc.record({ kind: fc.constant('shuffle-rows' as const), seed: fc.nat() }),
    fc.record({
      kind: fc.constant('change-digit' as const),
      position: fc.nat(),
      digit: fc.integer({ min: 0, max: 9 }),
    }),
    fc.record({
      kind: fc.constant('insert-char' as const),
      position: fc.nat(),
      char: fc.constantFrom(',', '"', '\n', ';', '.', '-'),
    }),
    fc.record({ kind: fc.constant('delete-char' as const), position: fc.nat() }),
  );

  function mutate(rows: string[][], m: { kind: string } & Record<string, unknown>): string {
    switch (m.kind) {
      case 'swap-columns': {
        const swap = (r: readonly string[]) => {
          const c = [...r];
          [c[m.a as number], c[m.b as number]] = [c[m.b as number]!, c[m.a as number]!];
          return c;
        };
        return `${[swap(HEADER), ...rows.map(swap)].map((r) => r.join(',')).join('\n')}\n`;
      }
      case 'truncate-line': {
        const copy = rows.map((r) => r.join(','));
        const index = (m.row as number) % copy.length;
        copy[index] = copy[index]!.slice(0, m.at as number);
        return `${[HEADER.join(','), ...copy].join('\n')}\n`;
      }
      case 'shuffle-rows': {
        const copy = [...rows];
        let seed = m.seed as number;
        for (let i = copy.length - 1; i > 0; i -= 1) {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          const j = seed % (i + 1);
          [copy[i], copy[j]] = [copy[j]!, copy[i]!];
        }
        return toCsv(copy);
      }
      default: {
        const text = toCsv(rows);
        const position = (m.position as number) % text.length;
        if (m.kind === 'change-digit')
          return /\d/.test(text[position]!)
            ? text.slice(0, position) + String(m.digit) + text.slice(position + 1)
            : text;
        if (m.kind === 'insert-char') return text.slice(0, position) + String(m.char) + text.slice(position);
        return text.slice(0, position) + text.slice(position + 1);
      }
    }
  }

  it('mutations of a valid journal: swapped columns, truncated lines, shuffled rows, changed digits, inserted or deleted characters', () => {
    fc.assert(
      fc.property(journalArb, mutation, (entries, m) => {
        const rows = journalRows(entries);
        const text = mutate(rows, m as never);
        const outcome = checkJournal(text);
        expectWellFormed(outcome.diagnostics);
        const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
        if (outcome.postedRows < dataRows(text))
          expect(errors.length, `rows dropped silently after ${m.kind}`).toBeGreaterThan(0);
        // Whatever was accepted is double-entry: the trial balance foots.
        if (!errors.length && outcome.trial) expect(outcome.trial.totals.debit).toBe(outcome.trial.totals.credit);
      }),
      { numRuns: runs(150) },
    );
  });

  it('the order of the columns does not matter: header and rows permuted alike read the same', () => {
    fc.assert(
      fc.property(journalArb, fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7 }), (entries, order) => {
        const rows = journalRows(entries);
        const permute = (r: readonly string[]) => order.map((i) => r[i]!);
        const straight = checkJournal(toCsv(rows));
        const permuted = checkJournal(
          `${[permute(HEADER), ...rows.map(permute)].map((r) => r.join(',')).join('\n')}\n`,
        );
        expect(permuted.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(permuted.postedRows).toBe(rows.length);
        expect(permuted.trial).toEqual(straight.trial);
      }),
      { numRuns: 50 },
    );
  });

  it('a changed amount is always caught, never accepted as a wrong figure', () => {
    fc.assert(
      fc.property(journalArb, fc.nat(), fc.integer({ min: 0, max: 9 }), (entries, pick, digit) => {
        const rows = journalRows(entries);
        const row = rows[pick % rows.length]!;
        const column = row[5] ? 5 : 6;
        const cell = row[column]!;
        const digits = [...cell].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
        const at = digits[pick % digits.length]!;
        fc.pre(cell[at] !== String(digit));
        row[column] = cell.slice(0, at) + String(digit) + cell.slice(at + 1);
        const outcome = checkJournal(toCsv(rows));
        // Unbalanced, or (a single cent changed to nothing) a row with no amount: caught either way.
        const codes = outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
        expect(codes.length).toBeGreaterThan(0);
        expect(
          codes.every((code) => code === 'unbalanced' || code === 'no-amount'),
          codes.join(),
        ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('assertions.csv: random text never crashes and every problem has its line', () => {
    const chars = fc.constantFrom(
      ...'0123456789,;"\n -./abc'.split(''),
      'date,account,balance\n',
      '2024-03-31,512100,10.00\n',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => {
          const found: Diagnostic[] = [];
          writeFileSync(join(dir, 'assertions.csv'), text);
          readAssertions(join(dir, 'assertions.csv'), (d) => found.push(d));
          expectWellFormed(found);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('fuzz: order does not matter', () => {
  it('a valid journal with its entries shuffled gives identical reports (check, trial balance, assertions)', () => {
    const arb = journalArb.chain((entries) =>
      fc.tuple(
        fc.constant(entries),
        fc.shuffledSubarray(
          entries.map((_, i) => i),
          { minLength: entries.length },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([entries, order]) => {
        // Assert the 512100 balance at the end of June and of the year: it must hold (or fail) alike.
        const june = entries
          .filter((e) => e.date <= '2024-06-30')
          .flatMap((e) => e.rows)
          .filter((r) => r.account === '512100')
          .reduce((t, r) => t + r.debit - r.credit, 0n);
        const assertions = `date,account,balance\n2024-06-30,512100,${centsToString(june)}\n2024-12-31,5,0.00\n`;
        const straight = checkJournal(toCsv(journalRows(entries)), assertions);
        const shuffled = checkJournal(toCsv(journalRows(entries, order)), assertions);
        // Locations move with the rows; what is said does not (assertion messages name an entry: compare their codes and lines).
        const said = (o: Outcome) =>
          o.diagnostics
            .map((d) =>
              d.code === 'assertion-failed'
                ? `${d.code}:${d.line}`
                : `${d.severity}:${d.code}:${say(d.message, 'en').replace(/line \d+|:\d+/g, '')}`,
            )
            .sort();
        expect(said(shuffled)).toEqual(said(straight));
        expect(straight.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'assertion-failed')).toEqual([]);
        expect(straight.diagnostics.some((d) => d.code === 'assertion-failed' && d.line === 2)).toBe(false);
        expect(shuffled.trial).toEqual(straight.trial);
        expect(shuffled.entries).toBe(entries.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('fuzz: the CSV reader', () => {
  it('reads back any fields written the RFC 4180 way, with the right line numbers', () => {
    const field = fc
      .array(fc.constantFrom('a', 'é', '1', ',', ';', '"', ' ', '\n', '\r\n', '€'), { maxLength: 6 })
      .map((parts) => parts.join(''));
    const table = fc
      .array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
      .filter((records) => records.every((r) => !r.every((f) => f.trim() === '')));
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (records, eol) => {
        const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
        const text = records.map((r) => r.map(quote).join(',')).join(eol) + eol;
        const read: { line: number; fields: string[] }[] = [];
        const problems: unknown[] = [];
        parseRecords(
          text,
          { delimiter: ',', eol, line: 1 },
          (row) => read.push({ line: row.line, fields: [...row.fields] }),
          (p) => problems.push(p),
        );
        expect(problems).toEqual([]);
        expect(read.map((r) => r.fields)).toEqual(records);
        let line = 1;
        records.forEach((record, index) => {
          expect(read[index]!.line).toBe(line);
          line += 1 + record.join('').split(/\r\n|\n/).length - 1;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with csv-parse, the reference reader, on every text csv-parse accepts', () => {
    const text = fc
      .array(fc.constantFrom('a', '1', ',', '"', '\n', ' ', 'é', '""'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        let reference: string[][];
        try {
          reference = parse(input, {
            delimiter: ',',
            record_delimiter: '\n',
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: false,
          }) as string[][];
        } catch {
          return; // csv-parse refuses it: ours reads on and reports (tested above)
        }
        const ours: string[][] = [];
        parseRecords(
          input,
          { delimiter: ',', eol: '\n', line: 1 },
          (row) => ours.push([...row.fields]),
          () => {},
        );
        expect(ours).toEqual(reference.filter((record) => !isBlankRecord(record)));
      }),
      { numRuns: 300 },
    );
  });
});
