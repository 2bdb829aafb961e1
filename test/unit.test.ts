// Unit tests of the exact-money helpers and the cell readers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateEuros, centsToString, parseCanonical, ratioString, roundToEuro } from '../src/money.js';
import { parseAmount, settlingMark } from '../src/read/amount.js';
import { mapColumns } from '../src/read/columns.js';
import { parseDate } from '../src/date.js';
import { decodeText, detectDelimiter } from '../src/read/text.js';
import { frenchAmount, plainAmount } from '../src/render/number.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { visible } from '../src/render/visible.js';

describe('money', () => {
  it('prints and parses cents exactly, at any size', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (cents) => {
        expect(parseCanonical(centsToString(cents))).toBe(cents);
      }),
    );
    expect(centsToString(-5n)).toBe('-0.05');
    expect(centsToString(123456n)).toBe('1234.56');
  });

  it('rounds half away from zero', () => {
    expect(roundToEuro(150n)).toBe(200n);
    expect(roundToEuro(149n)).toBe(100n);
    expect(roundToEuro(-150n)).toBe(-200n);
    expect(roundToEuro(-149n)).toBe(-100n);
  });

  it('allocates whole euros that always add up to the target (largest remainder)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), { minLength: 1, maxLength: 20 }),
        (values) => {
          const total = values.reduce((t, v) => t + v, 0n);
          const { rounded } = allocateEuros(values, roundToEuro(total));
          expect(rounded.reduce((t, v) => t + v, 0n)).toBe(roundToEuro(total));
          rounded.forEach((value, index) => {
            expect(value % 100n).toBe(0n);
            const gap = value - values[index]!;
            expect(gap < 0n ? -gap : gap).toBeLessThan(100n * BigInt(values.length) + 100n);
          });
        },
      ),
    );
    expect(allocateEuros([3333n, 3333n, 3334n], 10000n).rounded).toEqual([3300n, 3300n, 3400n]);
  });

  it('computes ratios exactly to four decimals', () => {
    expect(ratioString(1n, 3n)).toBe('0.3333');
    expect(ratioString(2n, 3n)).toBe('0.6667');
    expect(ratioString(-2n, 3n)).toBe('-0.6667');
    expect(ratioString(5n, 0n)).toBeNull();
  });

  it('formats French amounts with a narrow no-break space', () => {
    expect(frenchAmount(5474400n, true)).toBe('54\u202f744');
    expect(frenchAmount(-123456789n, false)).toBe('-1\u202f234\u202f567,89');
  });

  it('formats every amount as its exact decimal text, small and beyond 2^53 cents alike', () => {
    // The reference: the canonical text's digits, grouped by three, decimal comma (whole euros: truncated).
    const reference = (cents: bigint, euros: boolean): string => {
      const [integer, decimals] = centsToString(cents).split('.') as [string, string];
      const sign = integer.startsWith('-') ? '-' : '';
      const grouped = integer.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
      return `${sign}${grouped}${euros ? '' : `,${decimals}`}`;
    };
    const near = (n: bigint) => fc.bigInt({ min: n - 300n, max: n + 300n });
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
          fc.bigInt({ min: -100000n, max: 100000n }),
          near(limit),
          near(-limit),
          near(0n),
        ),
        fc.boolean(),
        (cents, euros) => {
          expect(frenchAmount(cents, euros)).toBe(reference(cents, euros));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('decimal text', () => {
  it("centsToString writes a bigint's digits (from a number below 2^53 cents), and plainAmount its euros", () => {
    const digitsOf = (cents: bigint): string => {
      const negative = cents < 0n;
      const digits = (negative ? -cents : cents).toString().padStart(3, '0');
      return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
    };
    const near = (n: bigint) => fc.bigInt({ min: n - 300n, max: n + 300n });
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: -100_000n, max: 100_000n }),
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          near(limit),
          near(-limit),
          near(0n),
        ),
        fc.boolean(),
        (cents, euros) => {
          expect(centsToString(cents)).toBe(digitsOf(cents));
          expect(plainAmount(cents, euros)).toBe(euros ? digitsOf(cents).slice(0, -3) : digitsOf(cents));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('amount cells', () => {
  it('reads the decimal mark of the file, thousands separators and the euro sign', () => {
    expect(parseAmount('1 234,56', ',')).toEqual({ ok: true, cents: 123456n });
    expect(parseAmount('1\u202f234,5 €', ',')).toEqual({ ok: true, cents: 123450n });
    expect(parseAmount('€1234.56', '.')).toEqual({ ok: true, cents: 123456n });
    expect(parseAmount('-97', '.')).toEqual({ ok: true, cents: -9700n });
    expect(parseAmount('', '.')).toEqual({ ok: true, cents: 0n });
    expect(parseAmount('123456789012345678901234567890.12', '.')).toEqual({
      ok: true,
      cents: 12345678901234567890123456789012n,
    });
  });

  it('refuses what is not an amount, never guessing', () => {
    for (const bad of ['1e3', 'NaN', 'dix', '12.345', '1,5']) expect(parseAmount(bad, '.').ok, bad).toBe(false);
    expect(parseAmount('1.5', ',')).toMatchObject({ ok: false, code: 'decimal-mark' });
    expect(parseAmount('1.234', '.')).toMatchObject({ ok: false, code: 'too-many-decimals' });
  });

  it('settles the decimal mark only on an unambiguous amount', () => {
    expect(settlingMark('12,50')).toBe(',');
    expect(settlingMark('12.5')).toBe('.');
    expect(settlingMark('1,234')).toBeUndefined();
    expect(settlingMark('100')).toBeUndefined();
  });
});

describe('dates, columns, text', () => {
  it('reads the three date forms and refuses impossible dates', () => {
    expect(parseDate('2011-12-31')).toEqual({ ok: true, date: '2011-12-31' });
    expect(parseDate('31/12/2011')).toEqual({ ok: true, date: '2011-12-31' });
    expect(parseDate('20111231')).toEqual({ ok: true, date: '2011-12-31' });
    expect(parseDate('31/02/2011').ok).toBe(false);
    expect(parseDate('2011-13-01').ok).toBe(false);
    expect(parseDate('29/02/2012').ok).toBe(true);
  });

  it('matches column names in any case, with or without accents, in English, French or FEC naming', () => {
    const french = mapColumns(['Date', 'Journal', 'Pièce', 'Compte', 'Libellé', 'Débit', 'Crédit']);
    expect(french.missing).toEqual([]);
    const fec = mapColumns([
      'JournalCode',
      'JournalLib',
      'EcritureNum',
      'EcritureDate',
      'CompteNum',
      'CompteLib',
      'CompAuxNum',
      'CompAuxLib',
      'PieceRef',
      'PieceDate',
      'EcritureLib',
      'Debit',
      'Credit',
      'EcritureLet',
      'DateLet',
      'ValidDate',
      'Montantdevise',
      'Idevise',
    ]);
    expect(fec.missing).toEqual([]);
    expect(fec.fec).toBe(true);
    expect(fec.extras.map((e) => e.name)).toEqual(['Montantdevise', 'Idevise']);
    expect(mapColumns(['date', 'account', 'debit']).missing).toEqual(['journal', 'piece', 'credit']);
  });

  it('detects encodings and delimiters', () => {
    const cp1252 = Uint8Array.from([0x50, 0xe8, 0x63, 0x65]); // "Pèce" in Windows-1252
    expect(decodeText(cp1252)).toMatchObject({ ok: true, text: 'Pèce', encoding: 'windows-1252' });
    expect(decodeText(new TextEncoder().encode('Pièce'))).toMatchObject({ ok: true, text: 'Pièce', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0, 1, 2, 3]))).toMatchObject({ ok: false });
    expect(detectDelimiter('date;journal;piece\n')).toBe(';');
    expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
  });
});

describe('markdown escaping', () => {
  it('leaves inert text as it is and escapes the rest as the full escaping does', () => {
    // The full escaping, step by step (what escapeMarkdown does to a text that is not inert).
    const reference = (text: string): string =>
      text
        .split(/\r\n|\r|\n/)
        .map((line) =>
          visible(line)
            .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
            .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;'),
        )
        .join('<br>');
    const unit = fc.constantFrom(...'aé €1 ;&#x<>*_`[]|~\\\r\n\t\u001b\u009b\u202e\u2066\u200f\u00a0');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(escapeMarkdown(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('version', () => {
  it('asso --version prints the package version', async () => {
    const { VERSION } = await import('../src/version.js');
    const { readFileSync } = await import('node:fs');
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });
});
