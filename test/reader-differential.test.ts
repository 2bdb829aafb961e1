// The fast path of the journal reader against the reference (csv-parse over the whole file):
// over generated journals in every dialect — delimiters, encodings, line ends, quoting, amount
// and date forms, blank lines, broken rows — and with chunks cut anywhere, both must give the
// same rows and the same problems.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinChart } from '../src/chart/chart.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { markOfHead } from '../src/read/head-mark.js';
import { readJournalFile } from '../src/read/journal.js';
import { asciiCells, auxEmpty, namesPlain } from '../src/read/fast-row.js';
import type { JournalRow } from '../src/read/row.js';
import { runs } from './property-runs.js';

const dir = mkdtempSync(join(tmpdir(), 'asso-differential-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const chart = builtinChart();

const HEADERS = {
  en: {
    date: 'date',
    journal: 'journal',
    piece: 'piece',
    account: 'account',
    label: 'label',
    debit: 'debit',
    credit: 'credit',
    aux: 'aux',
    analytic: 'analytic',
  },
  fr: {
    date: 'Date',
    journal: 'Journal',
    piece: 'Pièce',
    account: 'Compte',
    label: 'Libellé',
    debit: 'Débit',
    credit: 'Crédit',
    aux: 'Auxiliaire',
    analytic: 'Analytique',
  },
  fec: {
    date: 'EcritureDate',
    journal: 'JournalCode',
    piece: 'PieceRef',
    account: 'CompteNum',
    label: 'EcritureLib',
    debit: 'Debit',
    credit: 'Credit',
    aux: 'CompAuxNum',
    analytic: 'Projet',
  },
} as const;
type Column = keyof (typeof HEADERS)['en'];

/** Mostly `usual`, now and then `odd`. */
function rarely<T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 12, arbitrary: usual }, { weight: 1, arbitrary: odd });
}

const dates = fc.oneof(
  {
    weight: 16,
    arbitrary: fc
      .record({
        y: fc.constantFrom(2023, 2024),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .chain(({ y, m, d }) => {
        const [mm, dd] = [String(m).padStart(2, '0'), String(d).padStart(2, '0')];
        return fc.constantFrom(`${y}-${mm}-${dd}`, `${dd}/${mm}/${y}`, `${y}${mm}${dd}`);
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('31/02/2024', '2024-13-01', '', ' 2024-01-05', '2024-1-5', '05/01/24', 'hier'),
  },
);
const accounts = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('512100', '756100', '606100', '411000', '401', '7063', '641000', '4681') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('890000', '864', '12', '999999', '51A', ' 512100', '', '5121000000000', '512100 '),
  },
);
const amounts = fc.oneof(
  {
    weight: 16,
    arbitrary: fc.bigInt({ min: 1n, max: 99_999_999n }).chain((cents) => {
      const units = String(cents / 100n);
      const decimals = String(cents % 100n).padStart(2, '0');
      const grouped = (separator: string): string => units.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
      return rarely(
        fc.constantFrom(
          `${units}{mark}${decimals}`,
          units,
          `${units}{mark}${decimals[0]}`,
          `${grouped(' ')}{mark}${decimals}`,
          `${grouped('\u00a0')}{mark}${decimals}`,
          `${grouped('\u202f')}`,
        ),
        fc.constantFrom(
          `${units}{other}${decimals}`,
          `${grouped(' ')}{other}${decimals}`,
          `${grouped('  ')}{mark}${decimals}`,
          `${grouped(' ').replace(' ', '')}{mark}${decimals}`,
        ),
      );
    }),
  },
  { weight: 2, arbitrary: fc.constantFrom('', '', '0', '0.00') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1 234,50',
      '1\u00a0234.50',
      '1\u202f234,5',
      '€12',
      '12 €',
      '-5.00',
      '1e3',
      'NaN',
      'dix',
      '12.345',
      '1.234,56',
      '123456789012345678.90',
      // Near 2^53 cents: the fast path reads up to 13 integer digits; beyond, the reference path.
      '9999999999999.99',
      '99999999999999.99',
      '90071992547409.91',
      '90071992547409.92',
      '9 999 999 999 999,99',
      '99 999 999 999 999,99',
      '12.',
      ' 7.10 ',
      '"9,99"',
    ),
  },
);
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    ' ',
    'é',
    'à',
    'ç',
    '€',
    '’',
    ',',
    ';',
    '\t',
    '"',
    '\n',
    '-',
    '1',
    '\u00a0',
    '\u202f',
    '日',
  ),
  maxLength: 12,
});
const labels = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Cotisation', 'Don manuel', 'Facture EDF', 'Libellé été', '') },
  { weight: 2, arbitrary: text },
);

const rowArb = fc.record({
  date: dates,
  journal: rarely(fc.constantFrom('BQ', 'OD', 'AN'), fc.constantFrom(' VT', '', 'CÉ', '\u00a0OD')),
  piece: rarely(fc.constantFrom('P1', 'P2', 'P3', 'A-7'), fc.constantFrom('', 'É-1', 'P9\u00a0')),
  account: accounts,
  label: labels,
  amount: amounts,
  other: amounts,
  side: rarely(fc.constantFrom('debit', 'credit'), fc.constant('both')),
  aux: fc.constantFrom('', 'MARTIN', ' DUPONT ', 'HÉLÈNE\u00a0'),
  analytic: fc.constantFrom('', 'P-2024'),
});

const fileArb = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  mark: fc.constantFrom('.', ','),
  eol: rarely(fc.constantFrom('\n', '\r\n'), fc.constant('\r')),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
  naming: fc.constantFrom('en', 'fr', 'fec'),
  columns: fc
    .shuffledSubarray(['aux', 'analytic'] as Column[])
    .chain((optional) =>
      fc.shuffledSubarray(
        ['date', 'journal', 'piece', 'account', 'label', 'debit', 'credit', ...optional] as Column[],
        { minLength: 7 + optional.length },
      ),
    ),
  rows: fc.array(fc.record({ row: rowArb, quoteAll: fc.boolean(), blankBefore: fc.nat(8), broken: fc.nat(150) }), {
    maxLength: 40,
    size: 'medium',
  }),
  trailing: fc.constantFrom('', '\n', '\n\n', '\r\n', '  \n'),
  chunkSize: fc.constantFrom(8, 13, 64, 1000, 65536),
});

function quote(field: string, delimiter: string, force: boolean): string {
  return force || field.includes(delimiter) || field.includes('"') || field.includes('\n') || field.includes('\r')
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

const CP1252 = new Map([
  ['€', 0x80],
  ['’', 0x92],
]);
function encode(content: string, encoding: string): Buffer {
  if (encoding === 'utf-8') return Buffer.from(content, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content, 'utf8')]);
  return Buffer.from([...content].map((c) => CP1252.get(c) ?? c.charCodeAt(0)));
}

type File = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;
function render(file: File): string {
  const header = file.columns.map((c) => HEADERS[file.naming][c]);
  if (file.naming === 'fec') header.push('EcritureNum' as (typeof header)[number]);
  let out = header.join(file.delimiter) + file.eol;
  file.rows.forEach(({ row, quoteAll, blankBefore, broken }, index) => {
    if (blankBefore === 0) out += file.eol;
    const amount = (text: string): string =>
      text.replace('{mark}', file.mark).replace('{other}', file.mark === '.' ? ',' : '.');
    const cells: Record<Column, string> = {
      ...row,
      debit: row.side === 'credit' ? '' : amount(row.amount),
      credit: row.side === 'debit' ? '' : amount(row.side === 'both' ? row.other : row.amount),
    };
    let fields = file.columns.map((c) => quote(cells[c], file.delimiter, quoteAll));
    if (file.naming === 'fec') fields.push(String(Math.floor(index / 2) + 1));
    if (broken === 0) fields = fields.slice(1); // a ragged row
    let line = fields.join(file.delimiter);
    if (broken === 1) line = line.slice(0, Math.max(1, line.length - 3)); // truncated
    if (broken === 2) line = `"${line}`; // an unclosed quote
    if (broken === 3) line = line.replace(file.delimiter, `x"${file.delimiter}`); // a stray quote
    out += line + file.eol;
  });
  return out + file.trailing;
}

function read(
  path: string,
  options: { reference?: boolean; chunkSize?: number; pack?: () => boolean },
): { rows: unknown[]; problems: Diagnostic[]; stats: { fast: number; reference: number } } {
  const rows: unknown[] = [];
  const problems: Diagnostic[] = [];
  const stats = { fast: 0, reference: 0 };
  readJournalFile(
    path,
    chart,
    (row: JournalRow) => rows.push({ ...row, debit: String(row.debit), credit: String(row.credit) }),
    (d) => problems.push(d),
    { ...options, stats },
  );
  return { rows, problems, stats };
}

let counter = 0;
describe('the fast reader reads exactly as the reference reader', () => {
  it('on generated journals in every dialect, cut into chunks anywhere', () => {
    let fastRows = 0;
    let allRows = 0;
    fc.assert(
      fc.property(fileArb, (file) => {
        const path = join(dir, `j${counter++}.csv`);
        writeFileSync(path, encode(render(file), file.encoding));
        const reference = read(path, { reference: true });
        const fast = read(path, { chunkSize: file.chunkSize });
        fastRows += fast.stats.fast;
        allRows += file.rows.length;
        expect(fast.problems).toEqual(reference.problems);
        expect(fast.rows).toEqual(reference.rows);
      }),
      { numRuns: Number(process.env.DIFF_RUNS ?? runs(150)) },
    );
    // The comparison is not vacuous: most rows went through the fast path.
    expect(fastRows).toBeGreaterThan(allRows * 0.2);
  });

  it("settles a file's decimal mark as csv-parse would, its cells quoted or not", () => {
    let settled = 0;
    fc.assert(
      fc.property(fileArb, (file) => {
        // Quote-free text is cut here line by line; quoted text may settle at its first vote.
        for (const text of [render(file).replaceAll('"', ''), render(file)]) {
          const mark = markOfHead(text);
          if (mark) settled += 1;
          expect(mark).toBe(markOfHead(text, true));
        }
      }),
      { numRuns: runs(150) },
    );
    expect(settled).toBeGreaterThan(60);
  });

  it('reads the whole head when a quoted amount could vote for the other mark', () => {
    // Two rows vote for '.' before three quoted amounts that may vote for ','; labels quoted too.
    const head = (amount: string): string =>
      'date,journal,piece,account,label,debit,credit\n' +
      '2024-01-02,BQ,P1,512100,"Don ""X""",10.50,\n'.repeat(2) +
      `2024-01-02,BQ,P2,512100,x,${amount},\n`.repeat(3);
    const cases = { '"1 234,56"': ',', '" +12,5 €"': ',', '"12,505"': '.', '"1.234,5"': '.', '12.5': '.' };
    for (const [amount, mark] of Object.entries(cases)) {
      expect(markOfHead(head(amount))).toBe(mark);
      expect(markOfHead(head(amount), true)).toBe(mark);
    }
  });

  it('on UTF-8 files of spaces beyond ASCII, and of lines whose bytes beyond ASCII look like spaces', () => {
    // Read as bytes, U+00A0 is C2 A0 and "à" is C3 A0: only the decoded text says what is blank.
    const texts = [
      '\u00a0\n\u202f\n',
      '\u00a0\u00a0',
      `${'\u00a0\n'.repeat(3)}date,journal,piece,account,label,debit,credit\n2024-01-02,BQ,P1,512100,x,1.00,\n2024-01-02,BQ,P1,756000,y,,1.00\n`,
      'date,journal,piece,account,label,debit,credit\n\u00a0\n2024-01-02,BQ,P1,512100,Voilà,1.00,\n2024-01-02,BQ,P1,756000,à,,1.00\n',
      'date;journal;pièce;compte;libellé;débit;crédit\n02/01/2024;BQ;P\u00a01;512100; Café ;1,00;\n02/01/2024;BQ;P\u00a01;756000;"à ""x""";;1,00\n',
    ];
    texts.forEach((text, i) => {
      const path = join(dir, `spaces${i}.csv`);
      writeFileSync(path, text);
      // A pack hook that takes nothing: UTF-8 read as byte text, every line beyond ASCII decoded.
      for (const options of [{ chunkSize: 8 }, { chunkSize: 65536 }, { chunkSize: 8, pack: () => false }]) {
        const reference = read(path, { reference: true });
        const fast = read(path, options);
        expect(fast.problems).toEqual(reference.problems);
        expect(fast.rows).toEqual(reference.rows);
      }
    });
  });

  it('on a file larger than a chunk, with a multi-line quoted label across a chunk boundary', () => {
    const lines = ['date;journal;piece;account;label;debit;credit'];
    for (let i = 0; i < 3000; i += 1) {
      const label = i === 1500 ? '"Libellé sur\ndeux lignes; avec ""guillemets"""' : `Libellé n°${i}`;
      lines.push(`01/02/2024;BQ;P${i};512100;${label};${i},50;`, `01/02/2024;BQ;P${i};756100;${label};;${i},50`);
    }
    const path = join(dir, 'large.csv');
    writeFileSync(path, encode(`${lines.join('\r\n')}\r\n`, 'windows-1252'));
    const reference = read(path, { reference: true });
    const fast = read(path, {});
    expect(fast.rows).toEqual(reference.rows);
    expect(fast.problems).toEqual(reference.problems);
    expect(reference.rows).toHaveLength(6000);
    expect(fast.stats.fast).toBeGreaterThan(5800); // csv-parse reads a few kilobytes after the multi-line label
  });

  it('offers rows to a pack hook, in byte text beyond ASCII, and reads those it leaves as before', () => {
    // The scan without entries takes rows of the common shape as cells (post/packed-entry.ts), and
    // reads UTF-8 as byte text: the rows taken must be the reference reader's, and the rows left
    // (here also every third row, taken or not) read as the reference reader reads them.
    let taken = 0;
    let takenAsBytes = 0;
    fc.assert(
      fc.property(fileArb, (file) => {
        const path = join(dir, `p${counter++}.csv`);
        writeFileSync(path, encode(render(file), file.encoding));
        const reference = read(path, { reference: true });
        const packed = new Map<number, unknown>();
        const rows: unknown[] = [];
        const problems: Diagnostic[] = [];
        readJournalFile(
          path,
          chart,
          (row: JournalRow) => rows.push({ ...row, debit: String(row.debit), credit: String(row.credit) }),
          (d) => problems.push(d),
          {
            chunkSize: file.chunkSize,
            pack: (state, line, text, fields, cells, bytes) => {
              if (line % 3 === 0 || !auxEmpty(state, fields)) return false;
              if (!namesPlain(state, text, fields)) return false;
              if (bytes && !asciiCells(text, cells)) return false;
              const slice = (start: number, end: number): string => text.slice(start, end);
              packed.set(line, {
                line,
                date: cells.date,
                journal: slice(cells.journalStart, cells.journalEnd),
                piece: slice(cells.pieceStart, cells.pieceEnd),
                group: slice(cells.groupStart, cells.groupEnd),
                account: cells.account,
                debit: String(cells.debit),
                credit: String(cells.credit),
              });
              if (bytes) takenAsBytes += 1;
              return true;
            },
          },
        );
        taken += packed.size;
        expect(problems).toEqual(reference.problems);
        const expected = reference.rows as JournalRow[];
        expect(rows).toEqual(expected.filter((row) => !packed.has(row.line)));
        for (const row of expected.filter((row) => packed.has(row.line))) {
          const { line, date, journal, piece, group, account, debit, credit, aux, valid } = row;
          expect({ aux, valid }).toEqual({ aux: '', valid: true });
          expect(packed.get(line)).toEqual({ line, date, journal, piece, group, account, debit, credit });
        }
      }),
      { numRuns: Number(process.env.DIFF_RUNS ?? runs(150)) },
    );
    // Not vacuous: rows were taken, some of them as byte text.
    expect(taken).toBeGreaterThan(200);
    expect(takenAsBytes).toBeGreaterThan(20);
  });
});
