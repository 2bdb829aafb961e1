// A JSON document with lazy arrays (a long listing's entries and postings), written in pieces by
// jsonChunks — small items stringified many at a time — is the text of JSON.stringify(…, null, 2)
// of the same document made whole, with DEL, C1 and the bidirectional controls escaped: on
// generated documents, lazy arrays at any depth, in objects and in each other, of any length
// around the batch size, with items of every kind (undefined and functions become null).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyArray, toJson } from '../src/render/json.js';
import { runs } from './property-runs.js';

/** The document made whole: every lazy array turned into its items. */
function whole(value: unknown): unknown {
  if (value instanceof LazyArray) return [...value.make()].map(whole);
  if (Array.isArray(value)) return value.map(whole);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, whole(item)]));
  return value;
}

const reference = (value: unknown): string =>
  `${(JSON.stringify(whole(value), null, 2) ?? 'null').replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;

const lazy = (items: unknown[]): LazyArray<unknown> => new LazyArray(() => items);
const leaf = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('\u009b[2J', '\u202e', 'a\nb', '€', ''),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 1),
);
const { value } = fc.letrec<{ value: unknown; list: unknown[] }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('list'),
    tie('list').map(lazy),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
  ),
  list: fc.array(tie('value'), { maxLength: 5 }),
}));
// Long lazy arrays of small records (a ledger's postings), across the batch size, among lazy items.
const posting = fc.record({ date: fc.constant('2015-01-01'), label: fc.string({ maxLength: 6 }), debit: fc.nat() });
const long = fc
  .tuple(
    fc.array(
      fc.oneof(
        posting,
        posting.map((p) => ({ ...p, more: lazy([p, p]) })),
      ),
      { maxLength: 700 },
    ),
    fc.nat(3),
  )
  .map(([items, depth]) => {
    let doc: unknown = { accounts: lazy([{ account: '512100', postings: lazy(items) }]) };
    for (let i = 0; i < depth; i += 1) doc = { wrapped: doc };
    return doc;
  });

// Plain lazy arrays (a listing's entries and postings: records known to hold no lazy array),
// batched without looking into each item, among lazy arrays that are not plain.
const plainItems = fc.array(
  fc.record({
    date: fc.constant('2015-01-01'),
    label: fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('\u009b[2J', '\u202e', 'é')),
    postings: fc.array(fc.record({ account: fc.string({ maxLength: 4 }), debit: fc.nat() }), { maxLength: 3 }),
    source: fc.record({ file: fc.string({ maxLength: 4 }), line: fc.nat() }),
  }),
  { maxLength: 600 },
);
const plainDocument = fc.tuple(plainItems, plainItems, fc.nat(2)).map(([entries, postings, depth]) => {
  let doc: unknown = {
    year: 2015,
    entries: new LazyArray(() => entries, true),
    accounts: lazy([{ account: '512100', postings: new LazyArray(() => postings, true) }]),
  };
  for (let i = 0; i < depth; i += 1) doc = { wrapped: doc };
  return doc;
});

describe('jsonChunks', () => {
  it('writes plain lazy arrays (items not looked into) as the whole document', () => {
    fc.assert(
      fc.property(plainDocument, (generated) => {
        expect(toJson(generated)).toBe(reference(generated));
      }),
      { numRuns: runs(40) },
    );
  });

  it("writes JSON.stringify's text of the whole document, on generated documents with lazy arrays", () => {
    fc.assert(
      fc.property(value, (generated) => {
        expect(toJson(generated)).toBe(reference(generated));
      }),
      { numRuns: runs(500) },
    );
  });

  it('writes long lazy arrays of small items, batched, as the whole document', () => {
    fc.assert(
      fc.property(long, (generated) => {
        expect(toJson(generated)).toBe(reference(generated));
      }),
      { numRuns: runs(40) },
    );
  });
});
