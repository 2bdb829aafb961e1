// The seal's fast paths against their reference forms, on generated inputs: an entry's print
// (canonical rows, fingerprint) is what canonicalEntry and fingerprintRows give; the hash of a
// seal's body made member by member, its entries stringified and encoded once, is the SHA-256 of
// JSON.stringify of the whole body (what parseSeal checks, and what the seal format says).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCRUAL_PREFIXES, isAccrualEntry, touchesAccrual } from '../src/close/accruals.js';
import {
  canonicalEntry,
  canonicalRows,
  entryPrint,
  fingerprintEntry,
  fingerprintRows,
  SEAL_VERSION,
  sha256Hex,
} from '../src/close/canonical.js';
import {
  bodyHash,
  fingerprintOfBody,
  parseSeal,
  sealBytes,
  sealFingerprint,
  sealIntegrity,
  sealJson,
} from '../src/close/seal.js';
import { prepareClose, writeCloseSteps } from '../src/ledger/close.js';
import { entriesOfYear, isOpen, openLedger } from '../src/ledger/open.js';
import { addToBalances, type Balances, type Entry, type Posting } from '../src/model.js';
import { ROOT } from './run-asso.js';

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
  account: fc.oneof(
    fc.stringMatching(/^[1-8]\d{2,7}$/),
    fc.constantFrom('408', '4081', '4181', '418', '486100', '4687', '5408'),
  ),
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

  it('an entry touches an accrual account when a row starts with one of their numbers', () => {
    fc.assert(
      fc.property(entry, (generated) => {
        expect(touchesAccrual(generated)).toBe(
          generated.postings.some((p) => ACCRUAL_PREFIXES.some((prefix) => p.account.startsWith(prefix))),
        );
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

describe('the close of a generated year', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('seals every entry of the year as a second scan fingerprints it, and the seal reads back by the reference path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asso-seal-bytes-'));
    dirs.push(dir);
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'gen-ledger.mjs'), dir, '400', 'french', '--years', '1'], {
      encoding: 'utf8',
    });
    // Two accruals on the closing day, in a file of their own, among the generated entries.
    writeFileSync(
      join(dir, 'journal', 'accruals.csv'),
      'date,journal,piece,account,label,debit,credit\n2015-12-31,OD,ACC-2,606100,Facture à recevoir,50.00,\n2015-12-31,OD,ACC-2,408,Facture à recevoir,,50.00\n2015-12-31,OD,ACC-1,486,Loyer 2016 payé,120.00,\n2015-12-31,OD,ACC-1,613200,Loyer 2016 payé,,120.00\n2015-06-30,OD,ACC-3,606100,Achat,10.00,\n2015-06-30,OD,ACC-3,408,Achat,,10.00\n',
    );
    const { plan } = prepareClose(dir, { year: 2015, reverseAccruals: true, closedOn: '2026-12-03' });
    if (!plan || plan.refusals) throw new Error(`the close was refused: ${JSON.stringify(plan)}`);
    const ledger = openLedger(dir, { year: 2015 });
    if (!isOpen(ledger)) throw new Error('the ledger did not open');
    const entries = entriesOfYear(ledger, 2015);
    const expected = entries.map((e) => `${e.date} ${e.journal} ${e.piece} ${fingerprintEntry(e)}`).sort();
    expect(plan.seal.entries.map((p) => `${p.date} ${p.journal} ${p.piece} ${p.fingerprint}`).sort()).toEqual(expected);
    expect(plan.seal.entries.map((p) => p.rows)).toEqual(
      [...entries]
        .sort((a, b) => (`${a.date}\0${a.journal}\0${a.piece}` < `${b.date}\0${b.journal}\0${b.piece}` ? -1 : 1))
        .map(canonicalRows),
    );
    // The accrual entries a reversal turns round were kept though the others were let go.
    const accruals = entries.filter((e) => isAccrualEntry(e, '2015-12-31')).length;
    expect(accruals).toBe(2);
    const reversals = plan.steps.find((step) => step.file === 'journal/2016-reversals.csv');
    expect(
      reversals === undefined
        ? 0
        : new Set(
            reversals.content
              .trim()
              .split('\n')
              .slice(1)
              .map((l) => l.split(',')[2]),
          ).size,
    ).toBe(accruals);
    writeCloseSteps(dir, plan.steps, (path, content) => writeFileSync(path, content));
    const file = join(dir, 'locks', '2015.json');
    const parsed = parseSeal(readFileSync(file, 'utf8'), file, 2015);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.seal?.fingerprint).toBe(plan.seal.fingerprint);
    const reopened = openLedger(dir, { year: 2016 });
    if (!isOpen(reopened)) throw new Error('the closed ledger did not open');
    expect(reopened.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe("the seal's bytes, against the reference form", () => {
  const balances = fc
    .array(fc.tuple(fc.stringMatching(/^[1-7]\d{2,5}$/), cents, cents, fc.constantFrom('', 'ADH1', 'F"2')), {
      maxLength: 4,
    })
    .map((rows) => {
      const made: Balances = new Map();
      for (const [account, debit, credit, aux] of rows) addToBalances(made, account, debit, credit, aux, `${aux} é`);
      return made;
    });
  const seal = fc.record({
    version: fc.constant(SEAL_VERSION),
    year: fc.integer({ min: 1990, max: 2100 }),
    start: fc.constant('2015-01-01'),
    end: fc.constant('2015-12-31'),
    closedOn: fc.constant('2026-12-03'),
    previous: fc.option(fc.record({ year: fc.integer(), fingerprint: fc.string() })),
    result: cents,
    resultAccount: fc.constantFrom('120000', '129000'),
    entries: fc.array(entry, { maxLength: 6 }),
    written: fc.array(fc.record({ file: text, sha256: fc.string() }), { maxLength: 2 }),
    balances,
    statements: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant({ label: 'Résultat de l’exercice €' })),
    remaps: fc.option(fc.array(fc.record({ from: text, to: text, balance: cents }), { maxLength: 2 }), {
      nil: undefined,
    }),
  });

  it("a seal's bytes, each member stringified alone, are sealJson's", () => {
    fc.assert(
      fc.property(seal, (generated) => {
        const reference = { ...generated, entries: generated.entries.map(entryPrint) };
        const fingerprint = sealFingerprint(reference);
        const expected = sealJson({ ...reference, fingerprint });
        expect(sealBytes({ ...reference, fingerprint }).toString('utf8')).toBe(expected);
        // And the seal reads back.
        const parsed = parseSeal(expected, 'locks/x.json', generated.year);
        expect(parsed.diagnostics).toEqual([]);
        expect(parsed.seal?.fingerprint).toBe(fingerprint);
      }),
      { numRuns: 100 },
    );
  });
});
