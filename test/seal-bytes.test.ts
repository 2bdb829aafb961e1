// The seal's fast paths against their reference forms, on generated inputs: an entry's print
// (canonical rows, fingerprint) is what canonicalEntry and fingerprintRows give; the hash of a
// seal's body made member by member, its entries stringified and encoded once, is the SHA-256 of
// JSON.stringify of the whole body (what parseSeal checks, and what the seal format says).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalEntry,
  canonicalRows,
  entryPrint,
  fingerprintEntry,
  fingerprintRows,
  sha256Hex,
} from '../src/close/canonical.js';
import { bodyHash, fingerprintOfBody, sealIntegrity } from '../src/close/seal.js';
import type { Entry, Posting } from '../src/model.js';

const reference = (text: string): string => createHash('sha256').update(text).digest('hex');

// Text with what JSON escapes: quotes, backslashes, controls, accents, astral characters, lone surrogates.
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'aux', 'aux_label', '"', '\\', '\u2028', '\ud800', 'Cotisation Léa', '€'),
);
const cents = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
const posting: fc.Arbitrary<Posting> = fc.record({
  account: fc.stringMatching(/^[1-8]\d{2,7}$/),
  label: text,
  debit: cents,
  credit: cents,
  aux: text,
  auxLabel: text,
  line: fc.nat(),
  fields: fc.dictionary(fc.oneof(text, fc.constantFrom('aux', 'aux_label', 'analytic', 'entry')), text),
});
const entry: fc.Arbitrary<Entry> = fc.record({
  year: fc.integer({ min: 1900, max: 2200 }),
  date: fc.constantFrom('2015-12-31', '2015-01-01', '2016-02-29'),
  journal: text,
  piece: text,
  label: text,
  file: fc.constant('journal/books.csv'),
  line: fc.nat(),
  postings: fc.array(posting, { maxLength: 5 }),
});

describe('the prints of a close', () => {
  it('an entry print is its canonical rows and their fingerprint, as a seal checks and as the books are fingerprinted', () => {
    fc.assert(
      fc.property(entry, (generated) => {
        const print = entryPrint(generated);
        expect(print.rows).toEqual(canonicalRows(generated));
        expect(print.fingerprint).toBe(fingerprintRows(generated, canonicalRows(generated)));
        expect(print.fingerprint).toBe(fingerprintEntry(generated));
        expect(print.fingerprint).toBe(reference(canonicalEntry(generated)));
        expect([print.date, print.journal, print.piece]).toEqual([generated.date, generated.journal, generated.piece]);
      }),
      { numRuns: 300 },
    );
  });

  it("the optional columns of a row are those with a value but aux and aux_label, sorted by name (Object.entries' order, the reference)", () => {
    fc.assert(
      fc.property(posting, (generated) => {
        const [row] = canonicalRows({ ...({} as Entry), postings: [generated] });
        const expected = Object.entries(generated.fields)
          .filter(([name, value]) => value !== '' && name !== 'aux' && name !== 'aux_label')
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(row![6]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sha256Hex is the SHA-256 of the text or bytes', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(sha256Hex(value)).toBe(reference(value));
        expect(sha256Hex(Buffer.from(value))).toBe(createHash('sha256').update(Buffer.from(value)).digest('hex'));
      }),
    );
  });
});

describe("a seal body's hash, made member by member", () => {
  const json = fc.jsonValue();
  const body = fc
    .record(
      {
        version: fc.constant('asso-seal-2'),
        year: fc.integer(),
        previous: fc.option(fc.record({ year: fc.integer(), fingerprint: fc.string() })),
        entries: fc.array(entry.map(entryPrint), { maxLength: 6 }),
        statements: fc.oneof(json, fc.constant(undefined)),
        balances: fc.array(json, { maxLength: 3 }),
        missing: fc.constant(undefined),
      },
      { requiredKeys: ['version', 'year'] },
    )
    .chain((members) =>
      // The members in any order: the JSON follows the object's own order.
      fc.shuffledSubarray(Object.keys(members), { minLength: Object.keys(members).length }).map((keys) => {
        const ordered: Record<string, unknown> = {};
        for (const key of keys) ordered[key] = (members as Record<string, unknown>)[key];
        return ordered;
      }),
    );

  it('is the SHA-256 of the JSON of the whole body, with or without a prefix, the same entries hashed twice', () => {
    fc.assert(
      fc.property(body, fc.constantFrom('', 'asso-seal-2\n'), (generated, prefix) => {
        expect(bodyHash(prefix, generated)).toBe(reference(`${prefix}${JSON.stringify(generated)}`));
        // The entries' bytes are kept for the second hash of the same seal (fingerprint, then integrity).
        const withFingerprint = { fingerprint: 'f', ...generated };
        expect(bodyHash(prefix, withFingerprint)).toBe(reference(`${prefix}${JSON.stringify(withFingerprint)}`));
      }),
      { numRuns: 300 },
    );
  });

  it('is fingerprintOfBody with the version prefix, and sealIntegrity without', () => {
    fc.assert(
      fc.property(body, (generated) => {
        expect(bodyHash('asso-seal-2\n', generated)).toBe(fingerprintOfBody(generated));
        expect(bodyHash('', generated)).toBe(sealIntegrity(generated));
      }),
      { numRuns: 100 },
    );
  });
});
