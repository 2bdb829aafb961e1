// The linear table drawer gives the very bytes cli-table3 gave for the same cells (the renderer
// it replaced), on many generated tables: accents, wide and combining characters, emoji,
// colours and styles (also across the lines of a cell), cells of several lines.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { type Align, cellWidth, drawTable, measureTable, tableString } from '../src/render/table-draw.js';
import { runs } from './property-runs.js';

const paint = new Chalk({ level: 1 });

function cliTable3(head: string[], rows: string[][], aligns: Align[]): string {
  const table = new Table({
    head,
    colAligns: aligns,
    style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

const pieces = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '0',
  '9 582,95',
  '-',
  'é',
  'À',
  'ç',
  '€',
  '\u00a0',
  '\u202f',
  '…',
  '—',
  '日本',
  '한',
  'e\u0301',
  '😀',
  '👍🏽',
  '©',
  '©\ufe0f',
  '\u200b',
  '\n',
  '|',
  '│',
  '\t',
);
const plain = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
const styled = fc
  .tuple(plain, fc.constantFrom('none', 'red', 'bold', 'dim', 'underline', 'boldUnderline', 'redBold', 'bgBlue'))
  .map(([text, style]) => {
    switch (style) {
      case 'red':
        return paint.red(text);
      case 'bold':
        return paint.bold(text);
      case 'dim':
        return paint.dim(text);
      case 'underline':
        return paint.underline(text);
      case 'boldUnderline':
        return paint.bold.underline(text);
      case 'redBold':
        return paint.bold(paint.red(text));
      case 'bgBlue':
        return paint.bgBlue.italic(text);
      default:
        return text;
    }
  });
const cell = fc.oneof(plain, styled);

const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
  fc.record({
    head: fc.array(cell, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 12 }),
    aligns: fc.array(fc.constantFrom<Align>('left', 'right'), { minLength: columns, maxLength: columns }),
  }),
);

describe('table drawer', () => {
  it('draws the same bytes as cli-table3 on generated tables', () => {
    fc.assert(
      fc.property(table, ({ head, rows, aligns }) => {
        expect(tableString(head, rows, aligns)).toBe(cliTable3(head, rows, aligns));
      }),
      { numRuns: runs(200) },
    );
  });

  it('draws the same bytes as cli-table3 on a statement-like table with an empty body', () => {
    const head = [paint.dim('Compte'), paint.dim('Libellé'), paint.dim('Solde')];
    const aligns: Align[] = ['left', 'left', 'right'];
    expect(tableString(head, [], aligns)).toBe(cliTable3(head, [], aligns));
    const rows = [
      ['512100', 'Banque', paint.red('-1 250,00')],
      [paint.bold('Total'), '', paint.bold('9 582,95')],
    ];
    expect(tableString(head, rows, aligns)).toBe(cliTable3(head, rows, aligns));
  });

  it('measures a line as string-width does, whatever its characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const widest = Math.max(
          ...text
            .replace(/\u001b\[(?:\d*;){0,5}\d*m/g, '')
            .split('\n')
            .map(stringWidth),
        );
        expect(cellWidth(text)).toBe(widest);
      }),
      { numRuns: runs(500) },
    );
  });

  it('measures every character it takes as narrow as string-width does, alone, doubled and between letters', () => {
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0x2ff],
      [0x2000, 0x20cf],
      [0x2190, 0x22ff],
    ] as const;
    let checked = 0;
    for (const [from, to] of ranges)
      for (let code = from; code <= to; code += 1) {
        const c = String.fromCodePoint(code);
        for (const text of [c, c + c, `a${c}b`]) expect(cellWidth(text)).toBe(stringWidth(text));
        checked += 1;
      }
    expect(checked).toBe(95 + 608 + 208 + 368);
    // Outside the ranges, string-width measures: a wide character, an emoji.
    expect(cellWidth('日本')).toBe(4);
    expect(cellWidth('−✅')).toBe(stringWidth('−✅'));
  });

  it('draws a table streamed in two passes as the one drawn at once', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`ligne ${i}`, 'é'.repeat(i % 7), String(i * 37)]);
    const head = ['Libellé', 'Texte', 'Montant'];
    const aligns: Align[] = ['left', 'left', 'right'];
    const streamed = [...drawTable(head, rows.values(), aligns, measureTable(head, rows.values()))].join('\n');
    expect(streamed).toBe(cliTable3(head, rows, aligns));
  });
});
