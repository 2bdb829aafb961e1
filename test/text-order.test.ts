// The orders that spare loading ICU's collation give the very order of localeCompare.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNumbered, compareText } from '../src/text-order.js';

const sign = (n: number): number => Math.sign(n);
const code = fc.string({ unit: fc.constantFrom(...'0123456789ABCZaz-_ é/.'.split('')), maxLength: 8 });
const piece = fc
  .tuple(
    fc.constantFrom('AC', 'BQ', 'VT', 'SAL', 'A', ''),
    fc.integer({ min: 0, max: 2000 }),
    fc.integer({ min: 0, max: 6 }),
  )
  .map(([prefix, n, width]) => `${prefix}${String(n).padStart(width, '0')}`);

describe('text order', () => {
  it('orders as localeCompare', () => {
    fc.assert(
      fc.property(fc.oneof(code, piece), fc.oneof(code, piece), (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders numbered codes as localeCompare with numeric collation', () => {
    fc.assert(
      fc.property(fc.oneof(code, piece), fc.oneof(code, piece), (a, b) => {
        expect(sign(compareNumbered(a, b))).toBe(sign(a.localeCompare(b, undefined, { numeric: true })));
      }),
      { numRuns: 3000 },
    );
  });
});
