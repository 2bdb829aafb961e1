// The scan cache (src/ledger/scan-cache.ts): a ledger opened from kept products is the ledger
// scanned, on every fixture; a change to any file the scan reads is a new scan; a file's stamp
// vouches for its bytes only once settled; a damaged, foreign or unwritable store is passed over.
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isOpen, openLedger, type Ledger, type OpenOptions, type Unreadable } from '../src/ledger/open.js';
import {
  decodeKept,
  encodeKept,
  keep,
  lookUp,
  SETTLE_NS,
  storeNameOf,
  type ScanStore,
} from '../src/ledger/scan-cache.js';
import { scanLedger } from '../src/post/books.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { productsFromJson, productsToJson, type ScanProducts } from '../src/ledger/scan-json.js';
import { addToBalances, type Balances, type Entry } from '../src/model.js';
import type { YearBooks } from '../src/post/year-books.js';
import { runs } from './property-runs.js';
import { ROOT } from './run-asso.js';

/** Far enough ahead that every file's stamp is settled. */
const LATER = (): bigint => BigInt(Date.now() + 3_600_000) * 1_000_000n;

interface MemoryStore extends ScanStore {
  readonly entries: Map<string, Uint8Array>;
  writes: number;
}

/** A store in memory; a ledger of several journals, changed, is read a journal at a time whatever its size. */
function memoryStore(build = 'test-build', now: () => bigint = LATER): MemoryStore {
  const store: MemoryStore = {
    build,
    now,
    partsFrom: 0,
    entries: new Map(),
    writes: 0,
    read: (name) => store.entries.get(name),
    write: (name, bytes) => {
      store.writes += 1;
      store.entries.set(name, bytes);
    },
  };
  return store;
}

/** What a command sees of an opened ledger (its functions aside). */
/**
 * What a command sees of an opened ledger (its functions aside). The annexe's entries and the cash
 * dates are compared when `like` has them: a ledger may bring them unasked (read a journal at a time).
 */
function seen(ledger: Ledger | Unreadable, like: Ledger | Unreadable = ledger): unknown {
  if (!isOpen(ledger)) return { diagnostics: ledger.diagnostics };
  const asked = isOpen(like) ? like : ledger;
  return {
    books: ledger.books,
    diagnostics: ledger.diagnostics,
    seals: ledger.seals,
    year: ledger.year,
    set: ledger.set.id,
    annexe: asked.annexeEntries && ledger.annexeEntries,
    cashDates: asked.cashDates && ledger.cashDates,
  };
}

/** The ledger opened, and whether its journals were scanned (the scan reports its progress). */
function open(dir: string, options: OpenOptions = {}): { ledger: Ledger | Unreadable; scanned: boolean } {
  let scanned = false;
  const ledger = openLedger(dir, {
    today: '2026-12-03',
    ...options,
    onProgress: (...args) => {
      scanned = true;
      options.onProgress?.(...args);
    },
  });
  return { ledger, scanned };
}

function ledgersOf(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const names = readdirNames(dir);
    if (names.includes('asso.json')) found.push(dir);
    for (const name of names) if (!name.startsWith('.') && isFolder(join(dir, name))) walk(join(dir, name));
  };
  walk(folder);
  return found;
}

function readdirNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the bundled books to change. */
function copyOfBooks(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-scan-cache-'));
  scratch.push(dir);
  cpSync(join(ROOT, 'ledgers', 'coorace-bn'), dir, { recursive: true });
  return dir;
}

const LEDGERS = [...ledgersOf(join(ROOT, 'fixtures')), ...ledgersOf(join(ROOT, 'ledgers'))];

describe('a ledger opened from the cache', () => {
  it('is the ledger scanned, on every fixture, for statements, report (annexe) and budget (cash dates)', () => {
    expect(LEDGERS.length).toBeGreaterThan(50);
    let warm = 0;
    const asked: OpenOptions[] = [{}, { annexe: true }, { cashDates: true }];
    for (const dir of LEDGERS)
      for (const options of asked) {
        const reference = open(dir, options).ledger;
        const plain = seen(reference);
        const store = memoryStore();
        const cold = open(dir, { ...options, cache: store });
        expect(seen(cold.ledger, reference), dir).toEqual(plain);
        const written = store.writes;
        const again = open(dir, { ...options, cache: store });
        expect(seen(again.ledger, reference), dir).toEqual(plain);
        if (written > 0 && store.writes === written && !again.scanned) warm += 1;
      }
    // Every ledger whose files can all be read is kept, and then opened without a scan.
    expect(warm).toBeGreaterThan(1.5 * LEDGERS.length);
  });

  it('scans again for a command that needs what a scan on two cores does not collect', () => {
    const dir = join(ROOT, 'fixtures', 'budget-club');
    const store = memoryStore();
    // What a large ledger's scan on two cores keeps: no entries made, no annexe, no cash dates.
    const folder = readLedgerFolder(dir).folder!;
    const lookup = lookUp(store, folder, { sealedYears: [] })!;
    const { books, diagnostics } = scanLedger(folder);
    keep(store, folder, { sealedYears: [] }, lookup, { books, diagnostics, reconciliation: [], prints: new Map() });
    expect(open(dir, { cache: store }).scanned).toBe(false);
    const cash = open(dir, { cache: store, cashDates: true });
    expect(cash.scanned).toBe(true);
    const reference = open(dir, { cashDates: true }).ledger;
    expect(seen(cash.ledger, reference)).toEqual(seen(reference));
    expect(open(dir, { cache: store, cashDates: true }).scanned).toBe(false);
  });

  it('keeps the annexe entries of books that post to dedicated funds, so that their fund checks read no journal again', () => {
    const dir = join(ROOT, 'fixtures', 'annexe');
    const folder = readLedgerFolder(dir).folder!;
    // What a scan without entries keeps (on two cores, or for a command that asks none): the fund
    // checks would read the journals again at every run. The run that finds it scans once more, in
    // one piece, and keeps what it collects.
    const store = memoryStore();
    const { books, diagnostics } = scanLedger(folder);
    keep(store, folder, { sealedYears: [] }, lookUp(store, folder, { sealedYears: [] })!, {
      books,
      diagnostics,
      reconciliation: [],
      prints: new Map(),
    });
    const completed = open(dir, { cache: store });
    expect(completed.scanned).toBe(true);
    const again = open(dir, { cache: store });
    expect(again.scanned).toBe(false);
    if (!isOpen(again.ledger)) throw new Error('the fixture did not open');
    expect(again.ledger.annexeEntries?.funds.length).toBeGreaterThan(0);
    expect(again.ledger.diagnostics).toEqual((open(dir).ledger as Ledger).diagnostics);
    // From an empty store, the first run keeps them: the second reads nothing.
    const fresh = memoryStore();
    expect(open(dir, { cache: fresh }).scanned).toBe(true);
    const second = open(dir, { cache: fresh });
    expect(second.scanned).toBe(false);
    expect(isOpen(second.ledger) && second.ledger.annexeEntries !== undefined).toBe(true);
  });

  it('reads again only the journal that changed, on every fixture of several journals', () => {
    let checked = 0;
    for (const fixture of LEDGERS) {
      if ((readLedgerFolder(fixture).folder?.journalFiles.length ?? 0) < 2) continue;
      const dir = mkdtempSync(join(tmpdir(), 'asso-scan-parts-'));
      scratch.push(dir);
      cpSync(fixture, dir, { recursive: true });
      const journals = readLedgerFolder(dir).folder?.journalFiles ?? [];
      const store = memoryStore();
      const reference = open(dir).ledger;
      if (!isOpen(reference) || journals.length < 2) continue;
      open(dir, { cache: store });
      const files = journals.filter((file) => statSync(file).isFile());
      // A first change: the ledger is read a journal at a time, and each journal's part kept.
      writeFileSync(files[0]!, readFileSync(files[0]!));
      open(dir, { cache: store });
      for (const journal of files) {
        const name = journal.slice(dir.length);
        // The same bytes written again: a new stamp, which no longer vouches for them.
        writeFileSync(journal, readFileSync(journal));
        const read = new Set<string>();
        const opened = open(dir, { cache: store, onProgress: (file) => read.add(file) });
        expect(seen(opened.ledger, reference), `${fixture} ${name}`).toEqual(seen(reference));
        // Read alone, unless a piece of it is in another journal too (then all, in one piece).
        if (read.size !== 1) expect(read.size, `${fixture} ${name}`).toBe(journals.length);
        else expect([...read], `${fixture} ${name}`).toEqual([journal]);
        if (read.size === 1) checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('reports a piece found in two journals as the scan in one piece does', () => {
    const dir = copyOfBooks();
    const first = join(dir, 'journal', '2011-achats.csv');
    const second = join(dir, 'journal', '2011-ventes.csv');
    const store = memoryStore();
    open(dir, { cache: store });
    // The first purchase again, in the sales journal's file.
    const [, row1, row2] = readFileSync(first, 'utf8').split('\n');
    const header = readFileSync(second, 'utf8').split('\n')[0]!;
    expect(header).toBe(readFileSync(first, 'utf8').split('\n')[0]);
    writeFileSync(second, `${readFileSync(second, 'utf8').replace(/\n?$/, '\n')}${row1}\n${row2}\n`);
    const opened = open(dir, { cache: store });
    const reference = open(dir).ledger;
    expect(reference.diagnostics.some((d) => d.code === 'duplicate-piece')).toBe(true);
    expect(seen(opened.ledger, reference)).toEqual(seen(reference));
  });

  it('scans again when any file the scan reads changes, even with its old modification time', () => {
    const dir = copyOfBooks();
    const store = memoryStore();
    const journal = join(dir, 'journal', readdirNames(join(dir, 'journal')).find((n) => n.endsWith('.csv'))!);
    const changes: [string, () => void][] = [
      [
        'a digit of a journal, same size, old time',
        () => {
          const { mtime, atime } = statSync(journal);
          const text = readFileSync(journal, 'utf8');
          const at = text.search(/\d,\d/);
          writeFileSync(journal, text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1));
          utimesSync(journal, atime, mtime);
        },
      ],
      ['accounts.csv', () => writeFileSync(join(dir, 'accounts.csv'), 'numero,libelle\n999,Inconnu\n')],
      [
        'asso.json',
        () => writeFileSync(join(dir, 'asso.json'), readFileSync(join(dir, 'asso.json'), 'utf8').replace('"', ' "')),
      ],
      ['assertions.csv', () => rmSync(join(dir, 'assertions.csv'))],
      [
        'a new journal',
        () => writeFileSync(join(dir, 'journal', 'zz.csv'), 'date,journal,piece,account,label,debit,credit\n'),
      ],
    ];
    open(dir, { cache: store });
    // Files left alone for seconds are known by their stamps: none was hashed.
    expect(decodeKept(store.entries.get(storeNameOf(dir))!)!.stamps.every((stamp) => stamp.digest === undefined)).toBe(
      true,
    );
    for (const [what, change] of changes) {
      expect(open(dir, { cache: store }).scanned, `before: ${what}`).toBe(false);
      change();
      const after = open(dir, { cache: store });
      expect(after.scanned, what).toBe(true);
      const reference = open(dir).ledger;
      expect(seen(after.ledger, reference), what).toEqual(seen(reference));
    }
  });

  it('trusts a stamp only once settled: a file written in the same tick as its stamp is known by its bytes', () => {
    const dir = copyOfBooks();
    const journal = join(dir, 'journal', readdirNames(join(dir, 'journal')).find((n) => n.endsWith('.csv'))!);
    const store = memoryStore();
    open(dir, { cache: store });
    const first = open(dir).ledger;
    const before = seen(first);
    const scanned = readFileSync(journal);
    // The journal changes, and its stamp is (as on a file system with a coarse tick) the one kept.
    writeFileSync(journal, scanned.toString('utf8').replace(/\n[^\n]*\n?$/, '\n'));
    const now = statSync(journal, { bigint: true });
    const name = storeNameOf(dir);
    const kept = decodeKept(store.entries.get(name)!)!;
    const stampedAs = (settled: boolean) =>
      encodeKept({
        ...kept,
        stamps: kept.stamps.map((stamp) =>
          stamp.path === journal
            ? {
                path: stamp.path,
                stat: `${now.dev}:${now.ino}:${now.size}:${now.mtimeNs}:${now.ctimeNs}`,
                settled,
                // What lookUp hashed before that scan: the bytes scanned.
                ...(settled ? {} : { digest: createHash('sha256').update(scanned).digest('hex') }),
              }
            : stamp,
        ),
      });
    // Settled, the stamp vouches for bytes it does not have: this is what the guard is for.
    store.entries.set(name, stampedAs(true));
    expect(seen(open(dir, { cache: store }).ledger, first)).toEqual(before);
    // Not settled, the file is hashed: other bytes, a new scan.
    store.entries.set(name, stampedAs(false));
    const opened = open(dir, { cache: store });
    expect(opened.scanned).toBe(true);
    const reference = open(dir).ledger;
    expect(seen(opened.ledger, reference)).toEqual(seen(reference));
    expect(seen(opened.ledger, reference)).not.toEqual(before);
  });

  it('keeps stamps of files changed in the last seconds unsettled, and settles them once the bytes hash the same', () => {
    const dir = copyOfBooks();
    const changed = statSync(join(dir, 'asso.json'), { bigint: true }).ctimeNs;
    const soon = memoryStore('test-build', () => changed + SETTLE_NS / 2n);
    open(dir, { cache: soon });
    const name = storeNameOf(dir);
    expect(decodeKept(soon.entries.get(name)!)!.stamps.some((stamp) => !stamp.settled)).toBe(true);
    // Still unsettled: the files are hashed again, found the same, and the entry is not written again.
    expect(open(dir, { cache: soon }).scanned).toBe(false);
    expect(soon.writes).toBe(1);
    const later = memoryStore('test-build');
    later.entries.set(name, soon.entries.get(name)!);
    const opened = open(dir, { cache: later });
    expect(opened.scanned).toBe(false);
    expect(later.writes).toBe(1); // the ledger's result, settled
    expect(decodeKept(later.entries.get(name)!)!.stamps.every((stamp) => stamp.settled)).toBe(true);
  });

  it('passes over a damaged entry, another build, and a store that cannot be written', () => {
    const dir = copyOfBooks();
    const reference = open(dir).ledger;
    const plain = seen(reference);
    const store = memoryStore();
    open(dir, { cache: store });
    const name = storeNameOf(dir);
    const bytes = Uint8Array.from(store.entries.get(name)!);
    bytes[bytes.length - 3] ^= 1;
    store.entries.set(name, bytes);
    const damaged = open(dir, { cache: store });
    expect(damaged.scanned).toBe(true);
    expect(seen(damaged.ledger, reference)).toEqual(plain);
    // The journals' parts, damaged, are passed over too: every journal is read again.
    const journal = join(dir, 'journal', '2011-banque.csv');
    writeFileSync(journal, readFileSync(journal));
    open(dir, { cache: store });
    const parts = Uint8Array.from(store.entries.get(`${name}-parts`)!);
    parts[parts.length - 3] ^= 1;
    store.entries.set(`${name}-parts`, parts);
    writeFileSync(journal, readFileSync(journal));
    const read = new Set<string>();
    const again = open(dir, { cache: store, onProgress: (file) => read.add(file) });
    expect(read.size).toBe(readLedgerFolder(dir).folder!.journalFiles.length);
    expect(seen(again.ledger, reference)).toEqual(plain);

    const other = memoryStore('another-build');
    other.entries.set(name, store.entries.get(name)!);
    expect(open(dir, { cache: other }).scanned).toBe(true);

    const failing: ScanStore = {
      build: 'test-build',
      read: () => undefined,
      write: () => {
        throw new Error('disk full');
      },
    };
    expect(seen(open(dir, { cache: failing }).ledger, reference)).toEqual(plain);
  });

  it('keeps nothing when a journal is written to while it is scanned', () => {
    const dir = copyOfBooks();
    const store = memoryStore();
    let written = false;
    open(dir, {
      cache: store,
      onProgress: (file) => {
        if (written) return;
        written = true;
        writeFileSync(file, readFileSync(file));
      },
    });
    expect(written).toBe(true);
    expect(store.writes).toBe(0);
  });

  it('keeps nothing of books with more than 10 000 problems: they are being mended', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asso-scan-broken-'));
    scratch.push(dir);
    cpSync(join(ROOT, 'ledgers', 'coorace-bn', 'asso.json'), join(dir, 'asso.json'));
    mkdirSync(join(dir, 'journal'));
    const rows = Array.from({ length: 10_001 }, (_, i) => `2011-03-01,OD,P${i},606000,Achat,10.00,`);
    writeFileSync(
      join(dir, 'journal', '2011-od.csv'),
      ['date,journal,piece,account,label,debit,credit', ...rows, ''].join('\n'),
    );
    const store = memoryStore();
    const opened = open(dir, { cache: store });
    expect(opened.ledger.diagnostics.length).toBeGreaterThan(10_000);
    expect(store.writes).toBe(0);
    rows.pop();
    writeFileSync(
      join(dir, 'journal', '2011-od.csv'),
      ['date,journal,piece,account,label,debit,credit', ...rows, ''].join('\n'),
    );
    open(dir, { cache: store });
    expect(store.writes).toBe(1);
  });

  it('is not used by a caller that needs the entries themselves', () => {
    const dir = copyOfBooks();
    const store = memoryStore();
    open(dir, { cache: store });
    let entries = 0;
    const listened = open(dir, { cache: store, onEntry: () => (entries += 1) });
    expect(listened.scanned).toBe(true);
    expect(entries).toBeGreaterThan(0);
  });
});

// Cents of any size and sign: the products keep bigints beyond 2^53 exactly.
const cents = fc.oneof(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: -1000n, max: 1000n }));
const account = fc.constantFrom('101', '411', '512', '6061', '706', '864');
const text = fc.string({ maxLength: 6 });
const balancesArb = fc
  .array(fc.tuple(account, cents, cents, fc.constantFrom('', 'A', 'B'), text), { maxLength: 6 })
  .map((rows) => {
    const balances: Balances = new Map();
    for (const [number, debit, credit, aux, label] of rows) addToBalances(balances, number, debit, credit, aux, label);
    return balances;
  });
const source = fc.record({ file: text, line: fc.nat() });
const yearArb = fc.record({
  year: fc.integer({ min: 2000, max: 2030 }),
  movements: balancesArb,
  opening: balancesArb,
  monthly: fc.array(fc.tuple(account, fc.sparseArray(cents, { maxLength: 24 })), { maxLength: 4 }),
  uses: fc.array(fc.tuple(account, source, source), { maxLength: 4 }),
  openingSource: fc.option(source, { nil: undefined }),
  entryCount: fc.nat(),
  ownEntries: fc.boolean(),
});
const entryArb: fc.Arbitrary<Entry> = fc.record({
  year: fc.integer({ min: 2000, max: 2030 }),
  date: text,
  journal: text,
  piece: text,
  label: text,
  file: text,
  line: fc.nat(),
  postings: fc.array(
    fc.record({
      account,
      label: text,
      debit: cents,
      credit: cents,
      aux: text,
      auxLabel: text,
      line: fc.nat(),
      fields: fc.dictionary(fc.constantFrom('analytic', 'projet', 'x'), text),
    }),
    { maxLength: 3 },
  ),
});
const diagnostic = fc.record({
  severity: fc.constantFrom('error' as const, 'warning' as const),
  code: fc.constant('unbalanced' as const),
  message: fc.record({ fr: text, en: text }),
  file: text,
  line: fc.nat(),
});
const productsArb: fc.Arbitrary<ScanProducts> = fc
  .record({
    years: fc.array(yearArb, { maxLength: 3 }),
    diagnostics: fc.array(diagnostic, { maxLength: 2 }),
    reconciliation: fc.array(diagnostic, { maxLength: 2 }),
    prints: fc.array(
      fc.tuple(
        fc.integer({ min: 2000, max: 2030 }),
        fc.array(fc.record({ date: text, journal: text, piece: text, fingerprint: text, file: text, line: fc.nat() })),
      ),
      { maxLength: 2 },
    ),
    annexe: fc.option(
      fc.record({
        funds: fc.array(entryArb, { maxLength: 2 }),
        equity: fc.array(fc.tuple(fc.nat(), fc.array(entryArb, { maxLength: 2 })), { maxLength: 2 }),
      }),
      { nil: undefined },
    ),
    cashDates: fc.option(fc.array(fc.tuple(fc.integer({ min: 2000, max: 2030 }), text), { maxLength: 3 }), {
      nil: undefined,
    }),
  })
  .map(({ years, diagnostics, reconciliation, prints, annexe, cashDates }) => ({
    books: {
      calendar: { start: '01-01' },
      years: new Map(
        years.map((y): [number, YearBooks] => [
          y.year,
          {
            year: y.year,
            start: `${y.year}-01-01`,
            end: `${y.year}-12-31`,
            movements: y.movements,
            opening: y.opening,
            monthly: new Map(y.monthly),
            entryCount: y.entryCount,
            ownEntries: y.ownEntries,
            lastDate: `${y.year}-06-30`,
            uses: new Map(y.uses.map(([number, first, last]) => [number, { first, last }])),
            ...(y.openingSource ? { openingSource: y.openingSource } : {}),
          },
        ]),
      ),
    },
    diagnostics,
    reconciliation,
    prints: new Map(prints),
    annexe: annexe && { funds: annexe.funds, equity: new Map(annexe.equity) },
    cashDates: cashDates && new Map(cashDates),
  }));

describe('the products as JSON (scan-json.ts)', () => {
  it('come back as they were: maps, bigints of any size, months with holes', () => {
    fc.assert(
      fc.property(productsArb, (products) => {
        const back = productsFromJson(JSON.parse(JSON.stringify(productsToJson(products))));
        // structuredClone: plain prototypes for fast-check's records; holes stay holes.
        expect(back).toStrictEqual(structuredClone(products));
      }),
      { numRuns: runs(200) },
    );
  });
});
