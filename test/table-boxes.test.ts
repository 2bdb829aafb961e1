// Large tables are drawn without cli-table3 (its layout grows with the square of the cells): the
// drawing must be the same, character for character, colours and wide labels included.
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxes, cliTable } from '../src/render/table.js';

const paint = new Chalk({ level: 1 });
const cell = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')),
  fc.constantFrom('-1 234,50', 'Électricité', 'VIR SEPA HÉLÈNE', '…', ''),
  fc.constantFrom('12,00', 'a').map((s) => paint.red(s)),
  fc.constantFrom('Total').map((s) => paint.bold(s)),
);

describe('boxes draws what cli-table3 draws', () => {
  it('for any rows of plain and coloured text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((columns) =>
          fc.tuple(
            fc.array(fc.constantFrom('Date', 'Libellé', 'Montant', paint.dim('Pièce')), {
              minLength: columns,
              maxLength: columns,
            }),
            fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 8 }),
            fc.array(fc.constantFrom<'left' | 'right'>('left', 'right'), { minLength: columns, maxLength: columns }),
          ),
        ),
        ([head, body, aligns]) => {
          expect(boxes(head, body, aligns)).toBe(cliTable(head, body, aligns));
        },
      ),
    );
  });
});
