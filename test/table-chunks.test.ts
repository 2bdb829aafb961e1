// A document's table as tableChunks draws it (columns measured on the texts before colour,
// amounts counted without being written, colours off taken as they are) gives the very bytes of
// the reference drawing: every cell painted, the painted cells measured, then drawn (how the
// table was made before; table-draw.test.ts proves the drawer itself against cli-table3). On
// generated documents: styles, depths, negative and huge amounts, control, wide and combining
// characters, colours on and off, French and English, whole euros, terminals wide and narrow.
import { Chalk, type ChalkInstance } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Document, Row } from '../src/render/document.js';
import { amountIn, amountWidth } from '../src/render/number.js';
import { columnLimits, cutText, renderTable, SIMPLE, tableParts, wrapText } from '../src/render/table.js';
import { cellWidth, drawTable, measureTable } from '../src/render/table-draw.js';
import { visible, visibleLines } from '../src/render/visible.js';
import type { Lang } from '../src/messages/text.js';
import { runs } from './property-runs.js';

/** The reference: tableChunks as it was, every row painted for the measure as for the drawing. */
function reference(doc: Document, color: boolean, width: number | undefined, lang: Lang): string {
  const out: string[] = [];
  const paint: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const limits = width ? columnLimits(doc, width, lang) : undefined;
  const plainCells = (row: Row): string[] =>
    row.cells.map((cell, index) => {
      const text =
        typeof cell === 'string' ? visible(cell) : cell.cents === null ? '' : amountIn(cell.cents, doc.euros, lang);
      return index === 0 && row.depth ? `${'  '.repeat(row.depth)}${text}` : text;
    });
  const painted = [...doc.rows].map((row) => {
    const cells = plainCells(row);
    return row.cells.map((cell, index) => {
      let text = cells[index]!;
      if (limits && doc.columns[index]!.align === 'left') text = cutText(text, limits[index]!);
      if (typeof cell !== 'string' && cell.cents !== null && cell.cents < 0n) text = paint.red(text);
      if (row.style === 'total' || row.style === 'subtotal') return paint.bold(text);
      if (row.style === 'heading') return paint.bold.underline(text);
      if (row.style === 'detail') return paint.dim(text);
      return text;
    });
  });
  const head = doc.columns.map((column) => paint.dim(visible(column.header)));
  const aligns = doc.columns.map((column) => column.align);
  const widths = measureTable(head, painted);
  const parts = width
    ? tableParts(
        widths.map((w) => w - 2),
        width,
      )
    : [doc.columns.map((_, index) => index)];
  const fitted = (text: string): string => (width ? wrapText(text, width) : text);
  out.push(`${paint.bold(fitted(visibleLines(doc.title)))}\n`);
  for (const line of doc.subtitle ?? []) out.push(`${paint.dim(fitted(visibleLines(line)))}\n`);
  for (const columns of parts)
    for (const line of drawTable(
      columns.map((index) => head[index]!),
      painted.map((row) => columns.map((index) => row[index]!)),
      columns.map((index) => aligns[index]!),
      columns.map((index) => widths[index]!),
    ))
      out.push(`${line}\n`);
  for (const note of doc.notes) out.push(`${fitted(visibleLines(note))}\n`);
  return out.join('');
}

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    'Cotisation Léa',
    'Banque — compte courant',
    '日本語のラベル',
    'e\u0301te\u0301',
    '😀 don',
    '\u001b[31mx',
    'a\nb',
    '\t',
  ),
);
const cents = fc.oneof(
  fc.bigInt({ min: -10_000_000n, max: 10_000_000n }),
  fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
  fc.constantFrom(
    0n,
    -1n,
    -50n,
    99n,
    100n,
    99_999n,
    100_000n,
    -100_000n,
    9_007_199_254_740_991n,
    -9_007_199_254_740_992n,
  ),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.record({ cents: fc.option(cents) }));
const document = fc.integer({ min: 1, max: 6 }).chain((count) =>
  fc.record({
    title: text,
    subtitle: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
    columns: fc.array(
      fc.record({ header: text, align: fc.constantFrom<'left' | 'right'>('left', 'right'), keep: fc.boolean() }),
      { minLength: count, maxLength: count },
    ),
    rows: fc.array(
      fc.record({
        cells: fc.array(cell, { minLength: count, maxLength: count }),
        style: fc.constantFrom<Row['style']>('normal', 'heading', 'subtotal', 'total', 'detail'),
        depth: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      }),
      { maxLength: 10 },
    ),
    notes: fc.array(text, { maxLength: 2 }),
    euros: fc.boolean(),
  }),
);

describe('tableChunks', () => {
  it('draws the bytes of the reference drawing on generated documents', () => {
    fc.assert(
      fc.property(
        document,
        fc.boolean(),
        fc.option(fc.integer({ min: 40, max: 160 }), { nil: undefined }),
        fc.constantFrom<Lang>('fr', 'en'),
        (doc, color, width, lang) => {
          expect(renderTable(doc, color, width, lang)).toBe(reference(doc, color, width, lang));
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('draws long tables (rows repeated past several 64 KB batches) as the reference drawing', () => {
    fc.assert(
      fc.property(
        document
          .filter((doc) => doc.rows.length > 0)
          .map((doc) => ({
            ...doc,
            rows: Array.from({ length: 2500 }, (_, i) => doc.rows[i % doc.rows.length]!),
          })),
        fc.boolean(),
        fc.option(fc.integer({ min: 40, max: 160 }), { nil: undefined }),
        fc.constantFrom<Lang>('fr', 'en'),
        (doc, color, width, lang) => {
          expect(renderTable(doc, color, width, lang)).toBe(reference(doc, color, width, lang));
        },
      ),
      { numRuns: runs(25) },
    );
  });

  it('takes a text for simple only when visible() leaves it as it is and it is as wide as it is long', () => {
    const check = (text: string): void => {
      if (SIMPLE.test(text)) {
        expect(visible(text)).toBe(text);
        expect(cellWidth(text)).toBe(text.length);
      }
    };
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 12 })), check), {
      numRuns: runs(2000),
    });
    for (let code = 0; code < 0x10000; code += 1) check(`a${String.fromCharCode(code)}b`);
    expect(SIMPLE.test('Cotisation Léa 1\u202f234,56 — n° 12')).toBe(true);
  });

  it('counts the columns of an amount as its text takes them, at any size, in both languages', () => {
    fc.assert(
      fc.property(cents, fc.boolean(), fc.constantFrom<Lang>('fr', 'en'), (amount, euros, lang) => {
        const written = amountIn(amount, euros, lang);
        expect(amountWidth(amount, euros, lang)).toBe(written.length);
        expect(cellWidth(written)).toBe(written.length);
      }),
      { numRuns: runs(2000) },
    );
    // Every count of digits, at its edges (…99,99 and …00,00), up to and past 2^53 cents.
    for (let power = 1n; power <= 10n ** 17n; power *= 10n)
      for (const cents of [power - 1n, power, power + 1n, power * 100n - 1n, power * 100n])
        for (const signed of [cents, -cents])
          for (const euros of [false, true])
            for (const lang of ['fr', 'en'] as const)
              expect(amountWidth(signed, euros, lang)).toBe(amountIn(signed, euros, lang).length);
  });
});
