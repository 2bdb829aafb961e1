// The rows of a long listing, written the fast way (render/text-batch.ts: lines made by one loop
// and joined 64 KB at a time; control and Markdown-special characters found by a regular
// expression), give the very bytes of the reference forms they replaced (each row's cells mapped,
// joined and yielded one by one; every text escaped whatever it holds): Markdown, CSV (--excel or
// not) and the table, on generated documents of a few rows and of many batches, with control,
// wide, combining and Markdown-special characters, formulas, every style and depth, colours on
// and off, French and English, terminals wide and narrow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunks, neutralised } from '../src/render/csv.js';
import type { Cell, Document, Row } from '../src/render/document.js';
import { escapeMarkdown, markdownChunks } from '../src/render/markdown.js';
import { amountIn, excelAmount, plainAmount } from '../src/render/number.js';
import { visible } from '../src/render/visible.js';
import type { Lang } from '../src/messages/text.js';
import { runs } from './property-runs.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

/** visible() as a replacement over the whole text, without first asking whether it holds anything to escape. */
const visibleReference = (text: string): string =>
  text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });

/** escapeMarkdown() taking the whole way on every text. */
const escapeReference = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      visibleReference(line)
        .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
        .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'),
    )
    .join('<br>');

/** The Markdown as it was written: each row's cells mapped, joined and yielded alone. */
function markdownReference(doc: Document, lang: Lang): string {
  const out = [`## ${doc.title.split('\n').map(escapeMarkdown).join('\n')}`, ''];
  for (const line of doc.subtitle ?? []) out.push(`${escapeMarkdown(line)}  `);
  if (doc.subtitle?.length) out.push('');
  out.push(`| ${doc.columns.map((column) => escapeMarkdown(column.header)).join(' | ')} |`);
  out.push(`| ${doc.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`);
  for (const row of doc.rows) {
    const cells = row.cells.map((cell, index) => {
      let text =
        typeof cell === 'string'
          ? escapeReference(cell)
          : cell.cents === null
            ? ''
            : amountIn(cell.cents, doc.euros, lang);
      if (index === 0 && row.depth) text = `${'&nbsp;&nbsp;'.repeat(row.depth)}${text}`;
      if (text && (row.style === 'total' || row.style === 'subtotal' || row.style === 'heading')) text = `**${text}**`;
      if (text && row.style === 'detail') text = `*${text}*`;
      return text;
    });
    out.push(`| ${cells.join(' | ')} |`);
  }
  if (doc.notes.length) out.push('', ...doc.notes.map((note) => `${escapeMarkdown(note)}  `));
  return out.map((line) => `${line}\n`).join('');
}

/** The CSV as it was written: each row's cells mapped and joined. */
function csvReference(doc: Document, excel: boolean): string {
  const delimiter = excel ? ';' : ',';
  const special = excel ? /[";\r\n]/ : /[",\r\n]/;
  const quote = (text: string): string => (special.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const textCell = (text: string): string => (excel ? neutralised(text) : quote(text));
  let out = `${excel ? '\ufeff' : ''}${doc.columns.map((column) => textCell(column.header)).join(delimiter)}\r\n`;
  for (const row of doc.rows)
    out += `${row.cells
      .map((cell) => {
        if (typeof cell === 'string') return textCell(cell);
        if (cell.cents === null) return '';
        return quote(excel ? excelAmount(cell.cents, doc.euros) : plainAmount(cell.cents, doc.euros));
      })
      .join(delimiter)}\r\n`;
  return out;
}

const listingText = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '',
    'Cotisation Léa',
    'Banque — compte courant',
    '日本語のラベル',
    'e\u0301te\u0301',
    '😀 don',
    '\u001b[31mx',
    '\u009b2J',
    '\u202eevil',
    'a\nb\r\nc',
    '\t',
    '=SUM(A1)',
    '+33 6',
    '-12',
    '@cmd',
    'a;b,"c"',
    '*gras* _x_ [lien](u) `c` | ~ &amp; <script>',
  ),
);
const cents = fc.oneof(
  fc.bigInt({ min: -10_000_000n, max: 10_000_000n }),
  fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
  fc.constantFrom(0n, -1n, 99n, 100_000n, 9_007_199_254_740_991n, -9_007_199_254_740_992n),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(listingText, fc.record({ cents: fc.option(cents) }));
const row = (count: number): fc.Arbitrary<Row> =>
  fc.record({
    cells: fc.array(cell, { minLength: count, maxLength: count }),
    style: fc.constantFrom<Row['style']>('normal', 'heading', 'subtotal', 'total', 'detail'),
    depth: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  });

/** Documents of a few rows, or of many (a few generated rows repeated past several 64 KB batches). */
const listingDocument = fc.integer({ min: 1, max: 7 }).chain((count) =>
  fc.record({
    title: listingText,
    subtitle: fc.option(fc.array(listingText, { maxLength: 2 }), { nil: undefined }),
    columns: fc.array(
      fc.record({ header: listingText, align: fc.constantFrom<'left' | 'right'>('left', 'right'), keep: fc.boolean() }),
      { minLength: count, maxLength: count },
    ),
    rows: fc
      .tuple(fc.array(row(count), { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 1, 3000))
      .map(([rows, repeat]) => (repeat ? Array.from({ length: repeat }, (_, i) => rows[i % rows.length]!) : rows)),
    notes: fc.array(listingText, { maxLength: 2 }),
    euros: fc.boolean(),
  }),
);

describe('listing rows', () => {
  it('escapes control characters as the whole replacement does', () => {
    fc.assert(
      fc.property(fc.oneof(listingText, fc.string({ unit: 'grapheme', maxLength: 16 })), (text) => {
        expect(visible(text)).toBe(visibleReference(text));
        expect(escapeMarkdown(text)).toBe(escapeReference(text));
      }),
      { numRuns: runs(3000) },
    );
    for (let code = 0; code < 0x2100; code += 1) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(visible(text)).toBe(visibleReference(text));
      expect(escapeMarkdown(text)).toBe(escapeReference(text));
    }
  });

  it('writes the Markdown of the reference form', () => {
    fc.assert(
      fc.property(listingDocument, fc.constantFrom<Lang>('fr', 'en'), (doc, lang) => {
        expect([...markdownChunks(doc, lang)].join('')).toBe(markdownReference(doc, lang));
      }),
      { numRuns: runs(150) },
    );
  });

  it('writes the CSV of the reference form, for a spreadsheet or not', () => {
    fc.assert(
      fc.property(listingDocument, fc.boolean(), (doc, excel) => {
        expect([...csvChunks(doc, excel)].join('')).toBe(csvReference(doc, excel));
      }),
      { numRuns: runs(150) },
    );
  });

  it('gives a long listing in pieces of some 64 KB, not a line at a time', () => {
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
      cells: [`ligne ${i}`, { cents: BigInt(i * 137) }],
      style: 'normal',
    }));
    const doc: Document = {
      title: 'Grand livre',
      columns: [
        { header: 'Libellé', align: 'left' },
        { header: 'Montant', align: 'right' },
      ],
      rows,
      notes: [],
      euros: false,
    };
    for (const chunks of [[...markdownChunks(doc)], [...csvChunks(doc)]]) {
      expect(chunks.length).toBeLessThan(10);
      expect(chunks.length).toBeGreaterThan(2);
    }
  });
});
