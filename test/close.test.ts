// Year-end close over random valid ledgers (fast-check), run in-process: a close leaves the
// year's figures unchanged, carries nothing of classes 6–8, opens every account of classes 1–5
// at its closing balance and 120/129 at the result; any change to any field of any entry of a
// sealed year is detected and named; the FEC obeys §3.5–3.6; an interrupted close leaves a
// state `check` explains and `close` completes. Plus the seed books and the refusals.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { accountClass } from '../src/chart/chart.js';
import { planAllocation } from '../src/close/allocation.js';
import { prepareClose, writeCloseSteps } from '../src/ledger/close.js';
import { isOpen, openLedger, type Ledger } from '../src/ledger/open.js';
import { statements } from '../src/ledger/statements.js';
import { say } from '../src/messages/text.js';
import { exportFec } from '../src/fec/export.js';
import { balanceOf, type Balances, type Entry } from '../src/model.js';
import { centsToString } from '../src/money.js';
import { resultOf, yearPosition } from '../src/post/positions.js';
import { checkFec } from './fec-checker.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'asso-close-'));
  dirs.push(dir);
  return dir;
};

const load = (ledger: string, year?: number, onEntry?: (entry: Entry) => void): Ledger => {
  const loaded = openLedger(ledger, { year, onEntry });
  if (!isOpen(loaded)) throw new Error(`no ledger: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded;
};
/** The close of `year` on `closedOn`, decided (nothing written). */
const closeOf = (dir: string, year: number, reverseAccruals: boolean, closedOn: string) =>
  prepareClose(dir, { year, reverseAccruals, closedOn });
const errorsOf = (loaded: Ledger) => loaded.diagnostics.filter((d) => d.severity === 'error');

// Accounts of a ledger that can close: no 120/129 (no result pending), no 471 or 58.
const ACCOUNTS = [
  '101',
  '1068',
  '110',
  '164',
  '2183',
  '28183',
  '271',
  '401',
  '408',
  '411',
  '421',
  '431',
  '4681',
  '486',
  '487',
  '512100',
  '512200',
  '530',
  '6061',
  '6064',
  '613200',
  '616',
  '6251',
  '641',
  '645',
  '6811',
  '706',
  '741',
  '75412',
  '756',
  '768',
  '771',
  '675',
  '791',
];
const AUX: Record<string, [string, string][]> = {
  '411': [
    ['M1', 'Membre un'],
    ['M2', 'Membre deux'],
  ],
  '401': [['F1', 'Fournisseur']],
};
const LABELS = ['Écriture', 'Cotisation, membre', 'Ligne | barre', 'Frais "AG"'];

interface Row {
  account: string;
  cents: bigint;
  aux: string;
  auxLabel: string;
  analytic: string;
  lettering: string;
}
interface GenEntry {
  month: number;
  day: number;
  journal: string;
  label: string;
  rows: Row[];
}

const rowArb = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  cents: fc.bigInt({ min: 1n, max: 3_000_000n }),
  debit: fc.boolean(),
  auxPick: fc.nat(1),
  analytic: fc.constantFrom('', '', 'P1'),
  lettering: fc.constantFrom('', '', 'AA'),
});
const entryArb: fc.Arbitrary<GenEntry> = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    closingDay: fc.integer({ min: 0, max: 6 }),
    journal: fc.constantFrom('BQ', 'OD', 'VT'),
    label: fc.constantFrom(...LABELS),
    inKind: fc.integer({ min: 0, max: 9 }),
    legs: fc.array(rowArb, { minLength: 1, maxLength: 3 }),
    closing: fc.constantFrom(...ACCOUNTS),
  })
  .map(({ month, day, closingDay, journal, label, inKind, legs, closing }) => {
    const date = closingDay === 0 ? { month: 12, day: 31 } : { month, day };
    const plain = (account: string, cents: bigint): Row => ({
      account,
      cents,
      aux: '',
      auxLabel: '',
      analytic: '',
      lettering: '',
    });
    if (inKind === 0)
      return { ...date, journal: 'OD', label, rows: [plain('864', legs[0]!.cents), plain('875', -legs[0]!.cents)] };
    const rows: Row[] = legs.map((leg) => {
      const aux = AUX[leg.account]?.[leg.auxPick % AUX[leg.account]!.length];
      return {
        account: leg.account,
        cents: leg.debit ? leg.cents : -leg.cents,
        aux: aux?.[0] ?? '',
        auxLabel: aux?.[1] ?? '',
        analytic: leg.analytic,
        lettering: leg.lettering,
      };
    });
    const rest = rows.reduce((t, r) => t - r.cents, 0n);
    if (rest !== 0n) rows.push(plain(closing, rest));
    return { ...date, journal, label, rows };
  })
  .filter((entry) => entry.rows.length >= 2 && entry.rows.every((r) => r.cents !== 0n));

const HEADER = 'date,journal,piece,account,label,debit,credit,aux,aux_label,analytic,lettering';
const quote = (value: string): string => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
function journalText(entries: readonly GenEntry[]): string {
  const lines = [HEADER];
  entries.forEach((entry, index) => {
    const date = `2024-${String(entry.month).padStart(2, '0')}-${String(entry.day).padStart(2, '0')}`;
    for (const r of entry.rows)
      lines.push(
        [
          date,
          entry.journal,
          `P${index}`,
          r.account,
          quote(`${entry.label} ${index}`),
          r.cents > 0n ? centsToString(r.cents) : '',
          r.cents < 0n ? centsToString(-r.cents) : '',
          r.aux,
          r.auxLabel,
          r.analytic,
          r.lettering,
        ].join(','),
      );
  });
  return `${lines.join('\n')}\n`;
}

function writeLedger(entries: readonly GenEntry[]): string {
  const dir = scratch();
  mkdirSync(join(dir, 'journal'));
  writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name: 'Clôture', currency: 'EUR', fiscalYearStart: '01-01' }));
  writeFileSync(join(dir, 'journal', '2024.csv'), journalText(entries));
  return dir;
}

function sameBalances(a: Balances, b: Balances): void {
  const accounts = new Set([...a.keys(), ...b.keys()]);
  for (const account of accounts) {
    expect([account, a.get(account)?.debit ?? 0n, a.get(account)?.credit ?? 0n]).toEqual([
      account,
      b.get(account)?.debit ?? 0n,
      b.get(account)?.credit ?? 0n,
    ]);
  }
}

function closeNow(dir: string, upTo?: number) {
  const { plan, diagnostics } = closeOf(dir, 2024, true, '2025-02-03');
  if (!plan || plan.refusals) throw new Error(`close refused: ${JSON.stringify(plan?.refusals ?? diagnostics)}`);
  writeCloseSteps(dir, plan.steps, writeFileSync, upTo);
  return plan;
}

type Mutation =
  | { kind: 'field'; entry: number; row: number; field: number }
  | { kind: 'remove'; entry: number }
  | { kind: 'add'; entry: number };
/** Changes the journal text of entry `m.entry` as described; returns the key that must be named. */
function mutate(text: string, m: Mutation): { text: string; key: string } {
  const lines = text.split('\n');
  const rows = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.split(',')[2] === `P${m.entry}`);
  const first = rows[0]!;
  const key = `${first.line.split(',')[1]} P${m.entry}`;
  if (m.kind === 'remove') return { text: lines.filter((_, i) => !rows.some((r) => r.i === i)).join('\n'), key };
  if (m.kind === 'add')
    return {
      text: `${text}${rows.map((r) => r.line.replace(`,P${m.entry},`, `,Q${m.entry},`)).join('\n')}\n`,
      key: `${key.split(' ')[0]} Q${m.entry}`,
    };
  const target = rows[m.row % rows.length]!;
  const cells = target.line
    .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
    .map((c) => c.replace(/,$/, ''))
    .slice(0, 11);
  const field = m.field % 11;
  const changes: Record<number, (v: string) => string> = {
    0: (v) =>
      v.endsWith('-12-31')
        ? '2024-12-30'
        : v.replace(/-(\d\d)$/, (_, d) => `-${String((+d % 28) + 1).padStart(2, '0')}`),
    1: (v) => (v === 'OD' ? 'BQ' : 'OD'),
    2: (v) => `${v}X`,
    3: (v) => (v === '512100' ? '512200' : '512100'),
    4: (v) => `${v.replace(/"$/, '')}!${v.endsWith('"') ? '"' : ''}`,
    5: (v) => (v === '' ? '' : centsToString(BigInt(v.replace('.', '')) + 1n)),
    6: (v) => (v === '' ? '' : centsToString(BigInt(v.replace('.', '')) + 1n)),
    7: (v) => `${v}Z`,
    8: (v) => `${v}z`,
    9: (v) => (v === 'P2' ? 'P3' : 'P2'),
    10: (v) => (v === 'BB' ? 'CC' : 'BB'),
  };
  cells[field] = changes[field]!(cells[field]!);
  lines[target.i] = cells.join(',');
  return { text: lines.join('\n'), key };
}

describe('close over random valid ledgers', () => {
  it('keeps the year, opens Y+1 on its balance sheet, seals it, detects any later change, and exports a clean FEC', () => {
    fc.assert(
      fc.property(
        fc
          .array(entryArb, { minLength: 2, maxLength: 18 })
          .chain((entries) =>
            fc.tuple(fc.constant(entries), fc.record({ entry: fc.nat(entries.length - 1), row: fc.nat(4) })),
          ),
        ([entries, target]) => {
          const dir = writeLedger(entries);
          const before = load(dir);
          expect(errorsOf(before)).toEqual([]);
          const closing = yearPosition(before.books, 2024)!.balances;
          const result = resultOf(closing);
          const plan = closeNow(dir);

          const yearEntries: Entry[] = [];
          const after = load(dir, 2024, (entry) => {
            if (entry.year === 2024) yearEntries.push(entry);
          });
          expect(errorsOf(after)).toEqual([]);
          sameBalances(yearPosition(after.books, 2024)!.balances, closing);
          expect(after.seals.get(2024)!.fingerprint).toBe(plan.seal.fingerprint);
          // The opening of 2025: classes 1–5 only, each at its closing balance (auxiliaries too), the result on 120/129.
          const opening = after.books.years.get(2025)?.opening ?? new Map();
          for (const account of opening.keys()) expect(accountClass(account)).toBeLessThanOrEqual(5);
          for (const [account, totals] of closing) {
            if (accountClass(account) > 5) continue;
            expect([account, balanceOf(opening.get(account))]).toEqual([account, balanceOf(totals)]);
            for (const [aux, sub] of totals.aux)
              expect([
                account,
                aux,
                opening.get(account)?.aux.get(aux) ? balanceOf(opening.get(account)!.aux.get(aux)) : 0n,
              ]).toEqual([account, aux, sub.debit - sub.credit]);
          }
          expect(-(balanceOf(opening.get('120')) + balanceOf(opening.get('129')))).toBe(result);
          expect(opening.has(result < 0n ? '120' : '129')).toBe(false);

          // The FEC of the sealed year obeys every rule of §3.5–3.6.
          const fec = exportFec({
            year: 2024,
            calendar: after.folder.config.calendar,
            chart: after.folder.chart,
            journals: after.folder.config.journals,
            siren: '123456789',
            entries: yearEntries,
            seal: after.seals.get(2024),
            result,
          });
          expect(
            checkFec(Buffer.from(fec.text, 'utf8'), fec.fileName, { start: '2024-01-01', end: '2024-12-31', result }),
          ).toEqual([]);
          expect(fec.text.split('\n')[1]!.split('\t')[15]).toBe('20250203');

          // Any change to any field of any entry of the sealed year is detected, naming the entry:
          // every field of a random row of a random entry in turn, then removing and adding an entry.
          const file = join(dir, 'journal', '2024.csv');
          const original = readFileSync(file, 'utf8');
          const mutations: Mutation[] = [
            ...Array.from({ length: 11 }, (_, field) => ({
              kind: 'field' as const,
              entry: target.entry,
              row: target.row,
              field,
            })),
            { kind: 'remove', entry: target.entry },
            { kind: 'add', entry: target.entry },
          ];
          for (const mutation of mutations) {
            const changed = mutate(original, mutation);
            if (changed.text === original) continue; // an empty cell left empty (a debit on a credit row)
            writeFileSync(file, changed.text);
            const messages = errorsOf(load(dir)).map((d) => say(d.message, 'en'));
            expect([mutation, messages.some((m) => m.includes('fiscal year 2024') && m.includes(changed.key))]).toEqual(
              [mutation, true],
            );
          }
          writeFileSync(file, original);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a close interrupted after any write leaves a state check explains and close completes', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 2, maxLength: 12 }), fc.nat(2), (entries, cut) => {
        const reference = writeLedger(entries);
        const whole = closeNow(reference);
        const dir = writeLedger(entries);
        const upTo = cut % whole.steps.length; // never the seal: it is written last
        closeNow(dir, upTo);
        const interrupted = load(dir);
        const codes = errorsOf(interrupted).map((d) => d.code);
        // The record of the books the close starts from alone is not an incomplete close; an opening file is.
        const wroteJournal = whole.steps.slice(0, upTo).some((step) => step.file.startsWith('journal/'));
        expect(codes).toEqual(wroteJournal ? ['incomplete-close'] : []);
        const completed = closeNow(dir);
        expect(completed.steps.slice(0, upTo).every((step) => step.present)).toBe(true);
        expect(completed.seal.fingerprint).toBe(whole.seal.fingerprint);
        expect(errorsOf(load(dir))).toEqual([]);
        for (const step of whole.steps) expect(readFileSync(join(dir, step.file), 'utf8')).toBe(step.content);
      }),
      { numRuns: 12 },
    );
  });
});

describe('the seed books', () => {
  const copySeed = (): string => {
    const dir = scratch();
    cpSync(join(ROOT, 'ledgers', 'coorace-bn'), dir, { recursive: true });
    rmSync(join(dir, 'expected'), { recursive: true, force: true });
    return dir;
  };

  it('the 2011 opening entries are exactly what closing 2010 writes', () => {
    const dir = copySeed();
    // 2010 as its balance sheet: every 2011 opening balance, the result 6459.00 coming from class 7.
    const opening = readFileSync(join(dir, 'journal', '2011-opening.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const rows = opening
      .slice(1)
      .map((line) =>
        line.replace('2011-01-01,AN,AN-2011,', '2010-12-31,OD,BILAN-2010,').replace(',120000,', ',756110,'),
      );
    writeFileSync(join(dir, 'journal', '2010.csv'), `${opening[0]}\n${rows.join('\n')}\n`);
    const committed = readFileSync(join(dir, 'journal', '2011-opening.csv'), 'utf8');
    unlinkSync(join(dir, 'journal', '2011-opening.csv'));
    const { plan } = closeOf(dir, 2010, false, '2011-03-01');
    if (!plan || plan.refusals) throw new Error(JSON.stringify(plan?.refusals));
    const openingStep = plan.steps.find((step) => step.file === 'journal/2011-opening.csv');
    expect(openingStep?.content).toBe(committed);
  });

  it('closing 2011 opens 2012 on the 2011 balance sheet', () => {
    const dir = copySeed();
    closeNow2011(dir);
    const loaded = load(dir, 2012);
    expect(errorsOf(loaded)).toEqual([]);
    const sheet2012 = statements(loaded, { lang: 'fr' }, false).sheet;
    const sheet2011 = statements(load(dir, 2011), { lang: 'fr' }, false).sheet;
    expect(sheet2012.assets.total).toBe(5_474_400n);
    expect(sheet2012.assets.previousTotal).toBe(sheet2011.assets.total);
    const opening = loaded.books.years.get(2012)!.opening;
    expect(centsToString(-balanceOf(opening.get('120000')))).toBe('1436.00');
    expect(centsToString(-balanceOf(opening.get('110000')))).toBe('31651.00');
    expect([...opening.get('411000')!.aux.keys()].sort()).toEqual(['CAL', 'FED', 'MAN', 'ORN']);
    // Each line of the 2012 opening sheet is the 2011 closing sheet's line.
    for (const line of sheet2012.liabilities.lines)
      if (line.kind !== 'heading' && line.id !== 'passif.resultat' && line.id !== 'passif.resultat-instance')
        expect([line.id, line.previous]).toEqual([
          line.id,
          sheet2011.liabilities.lines.find((l) => l.id === line.id)?.amount ?? null,
        ]);
  });

  it('the N−1 column of 2012 is the one published in the seal, even where a computation would now differ', () => {
    const dir = copySeed();
    closeNow2011(dir);
    const loaded = load(dir, 2012);
    const seal = loaded.seals.get(2011)!;
    const income2012 = statements(loaded, { lang: 'fr' }, false).income;
    expect(income2012.lines.find((l) => l.id === 'produits.cotisations')!.previous).toBe(4_161_000n);
    expect(income2012.previousTotals!.result).toBe(143_600n);
    // As if a later version of the mapping placed the fees elsewhere: the seal's published figures win.
    const published = JSON.parse(JSON.stringify(seal.statements)) as {
      exact: { incomeStatement: { lines: { id: string; amount: string }[] } };
    };
    published.exact.incomeStatement.lines.find((l) => l.id === 'produits.cotisations')!.amount = '41000.00';
    const altered = { ...loaded, seals: new Map([[2011, { ...seal, statements: published }]]) };
    expect(
      statements(altered, { lang: 'fr' }, false).income.lines.find((l) => l.id === 'produits.cotisations')!.previous,
    ).toBe(4_100_000n);
    const euros2012 = statements(loaded, { lang: 'fr' }, true);
    expect(euros2012.sheet.liabilities.previousTotal).toBe(5_474_400n);
  });

  function closeNow2011(dir: string): void {
    const { plan } = closeOf(dir, 2011, false, '2012-03-01');
    if (!plan || plan.refusals) throw new Error(JSON.stringify(plan?.refusals));
    writeCloseSteps(dir, plan.steps, writeFileSync);
  }

  it('refuses, saying why: a closed year, a year before it still open, 471 not nil, a pending result, foreign opening entries', () => {
    const dir = copySeed();
    closeNow2011(dir);
    const again = closeOf(dir, 2011, false, '2012-03-02').plan!;
    expect(again.refusals?.[0]?.en).toMatch(/already closed/);
    expect(again.refusals?.[0]?.fr).toMatch(/déjà clôturé/);
    // 2012 still carries the 2011 result on 120000, and has a 471 balance and a hand-made AN entry of 2013.
    writeFileSync(
      join(dir, 'journal', '2012-od.csv'),
      'date,journal,piece,account,label,debit,credit\n2012-05-02,OD,OD-1,471000,Attente,10.00,\n2012-05-02,OD,OD-1,512100,Attente,,10.00\n2013-01-01,AN,AN-X,512100,Ouverture,5.00,\n2013-01-01,AN,AN-X,110000,Ouverture,,5.00\n',
    );
    const refusals = closeOf(dir, 2012, false, '2013-03-02').plan!.refusals!;
    const said = refusals.map((r) => r.en).join('\n');
    expect(said).toMatch(/471000 holds €10.00/);
    expect(said).toMatch(/earlier result of €1,436.00 is still on 120\/129/);
    expect(said).toMatch(/already has opening entries that close did not write: AN AN-X/);
    expect(refusals.map((r) => r.fr).join('\n')).toMatch(
      /un résultat antérieur de 1\u202f436,00\u00a0€ est encore au 120\/129/,
    );
    const skipping = scratch();
    cpSync(dir, skipping, { recursive: true });
    rmSync(join(skipping, 'locks'), { recursive: true });
    rmSync(join(skipping, 'journal', '2012-opening.csv'));
    expect(closeOf(skipping, 2012, false, '2013-03-02').plan!.refusals![0]!.en).toMatch(
      /fiscal year 2011 is not closed/,
    );
    // An opening file that is not what close writes is never taken for an interrupted close.
    const edited = copySeed();
    writeFileSync(
      join(edited, 'journal', '2012-opening.csv'),
      'date,journal,piece,account,label,debit,credit\n2012-01-01,AN,AN-2012,512100,Ouverture,5.00,\n2012-01-01,AN,AN-2012,110000,Ouverture,,5.00\n',
    );
    expect(closeOf(edited, 2011, false, '2012-03-02').plan!.refusals![0]!.en).toMatch(
      /journal\/2012-opening\.csv exists and is not what close writes/,
    );
  });
});

describe('allocation', () => {
  const seal = { result: 143_600n, resultAccount: '120000' } as never;
  const base = {
    year: 2011,
    calendar: { start: '01-01' },
    chart: load(join(ROOT, 'ledgers', 'coorace-bn')).folder.chart,
    seal,
    nextSealed: false,
    pendingInNext: -143_600n,
    fileExists: false,
    date: '2012-06-15',
    piece: 'PV-AG',
  };
  it('books the excédent from 120 to 110 and the reserves', () => {
    const plan = planAllocation({
      ...base,
      parts: [
        { account: '110000', amount: 103_600n },
        { account: '106800', amount: 40_000n },
      ],
    });
    expect(plan.refusals).toBeUndefined();
    expect(plan.refusals ? [] : plan.lines.map((l) => [l.account, l.debit, l.credit])).toEqual([
      ['120000', 143_600n, 0n],
      ['110000', 0n, 103_600n],
      ['106800', 0n, 40_000n],
    ]);
  });
  it('refuses amounts that do not add up, a wrong account, a date outside Y+1, an open year', () => {
    const refusals = planAllocation({
      ...base,
      date: '2013-01-10',
      parts: [{ account: '119', amount: 100n }],
    })
      .refusals!.map((r) => r.en)
      .join('\n');
    expect(refusals).toMatch(/add up to €1.00 but the excédent of 2011 is €1,436.00/);
    expect(refusals).toMatch(/account 119: an excédent goes to/);
    expect(refusals).toMatch(/not in fiscal year 2012/);
    expect(planAllocation({ ...base, seal: undefined, parts: [] }).refusals![0]!.en).toMatch(/not closed/);
  });
  it('books a déficit to 119 against 129', () => {
    const plan = planAllocation({
      ...base,
      seal: { result: -50_000n, resultAccount: '129' } as never,
      pendingInNext: 50_000n,
      parts: [{ account: '119', amount: 50_000n }],
    });
    expect(plan.refusals ? [] : plan.lines.map((l) => [l.account, l.debit, l.credit])).toEqual([
      ['119', 50_000n, 0n],
      ['129', 0n, 50_000n],
    ]);
  });
});

describe('the canonical form and the FEC, on small ledgers', () => {
  const ledgerOf = (files: Record<string, string>): string => {
    const dir = scratch();
    mkdirSync(join(dir, 'journal'));
    writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name: 'Petit', currency: 'EUR', fiscalYearStart: '01-01' }));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'journal', name), text);
    return dir;
  };
  const entriesOf = (dir: string): Entry[] => {
    const entries: Entry[] = [];
    load(dir, 2024, (entry) => entries.push(entry));
    return entries;
  };

  it('normalises amounts and ignores empty optional columns and the file an entry is in', async () => {
    const { fingerprintEntry } = await import('../src/close/canonical.js');
    const a = entriesOf(
      ledgerOf({
        'a.csv':
          'date,journal,piece,account,label,debit,credit\n2024-03-01,BQ,1,512100,Don,100,\n2024-03-01,BQ,1,754,Don,,100\n',
      }),
    );
    const b = entriesOf(
      ledgerOf({
        'other.csv':
          'date;journal;piece;account;label;debit;credit;analytic\n01/03/2024;BQ;1;512100;Don;100,00 €;;\n01/03/2024;BQ;1;754;Don;;100,00;\n',
      }),
    );
    expect(fingerprintEntry(b[0]!)).toBe(fingerprintEntry(a[0]!));
    const c = entriesOf(
      ledgerOf({
        'a.csv':
          'date,journal,piece,account,label,debit,credit,analytic\n2024-03-01,BQ,1,512100,Don,100,,P1\n2024-03-01,BQ,1,754,Don,,100,\n',
      }),
    );
    expect(fingerprintEntry(c[0]!)).not.toBe(fingerprintEntry(a[0]!));
  });

  it('leaves a closing entry of classes 6 and 7 out of the FEC, which still nets to the result', () => {
    const dir = ledgerOf({
      '2024.csv':
        'date,journal,piece,account,label,debit,credit\n' +
        '2024-03-01,BQ,1,512100,Don,100.00,\n2024-03-01,BQ,1,754,Don,,100.00\n2024-04-01,BQ,2,6064,Fournitures,30.00,\n2024-04-01,BQ,2,512100,Fournitures,,30.00\n' +
        '2024-12-31,CL,1,754,Clôture,100.00,\n2024-12-31,CL,1,6064,Clôture,,30.00\n2024-12-31,CL,1,120,Clôture,,70.00\n',
    });
    const loaded = load(dir, 2024);
    const fec = exportFec({
      year: 2024,
      calendar: loaded.folder.config.calendar,
      chart: loaded.folder.chart,
      journals: loaded.folder.config.journals,
      entries: entriesOf(dir),
      result: resultOf(yearPosition(loaded.books, 2024)!.balances),
    });
    expect(fec.diagnostics.map((d) => d.code)).toEqual(['fec-closing-entry', 'fec-open-year', 'fec-no-siren']);
    expect(fec.fileName).toBe('FEC20241231.txt');
    expect(fec.entries).toBe(2);
    expect(
      checkFec(Buffer.from(fec.text), fec.fileName, { start: '2024-01-01', end: '2024-12-31', result: 7000n }),
    ).toEqual([]);
  });
});

describe('the FEC checker itself', () => {
  const good = `${[
    'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise',
    'BQ\tBanque\t1\t20240301\t512100\tBanque\t\t\t1\t20240301\tDon\t100,00\t0,00\t\t\t20240301\t\t',
    'BQ\tBanque\t1\t20240301\t754\tDons\t\t\t1\t20240301\tDon\t0,00\t100,00\t\t\t20240301\t\t',
  ].join('\n')}\n`;
  const expectations = { start: '2024-01-01', end: '2024-12-31', result: 10000n };
  const problems = (text: string, name = 'FEC20241231.txt') => checkFec(Buffer.from(text), name, expectations);
  it('passes a good file and catches each kind of fault', () => {
    expect(problems(good)).toEqual([]);
    expect(problems(`\ufeff${good}`)).toContain('UTF-8 BOM');
    expect(problems(good, 'export.txt')[0]).toMatch(/file name/);
    expect(problems(good.replace('100,00\t0,00', '100.00\t0,00')).join()).toMatch(/decimal comma/);
    expect(problems(good.replace('\tDon\t0,00', '\t\t0,00')).join()).toMatch(/EcritureLib is empty/);
    expect(problems(good.replace('0,00\t100,00', '0,00\t90,00')).join()).toMatch(/does not balance/);
    expect(problems(good.replace(/\t1\t20240301\t754/, '\t2\t20240301\t754')).join()).toMatch(/does not balance/);
    expect(problems(good.replace('Don\t100,00', 'Don | x\t100,00')).join()).toMatch(/a \| in a field/);
    expect(problems(good.replace('20240301\t\t\n', '20240230\t\t\n')).join()).toMatch(
      /ValidDate "20240230" is not a real/,
    );
  });
});

describe('reading a seal', () => {
  it('refuses a seal that is not JSON, of another version or year, or whose fingerprint does not follow from its entries', async () => {
    const { parseSeal, sealIntegrity } = await import('../src/close/seal.js');
    const { fingerprintYear } = await import('../src/close/canonical.js');
    const entries = [{ date: '2024-01-02', journal: 'BQ', piece: '1', fingerprint: 'a'.repeat(64) }];
    const seal = {
      version: 'asso-seal-1',
      year: 2024,
      start: '2024-01-01',
      end: '2024-12-31',
      closedOn: '2025-01-10',
      fingerprint: fingerprintYear(2024, null, entries),
      previous: null,
      result: '12.00',
      resultAccount: '120',
      written: [],
      entries,
      balances: [{ account: '512', debit: '12.00', credit: '0.00' }],
      statements: null,
    };
    const sealed = (body: object): string => JSON.stringify({ ...body, integrity: sealIntegrity(body) });
    const codes = (text: string, year = 2024) =>
      parseSeal(text, 'locks/2024.json', year).diagnostics.map((d) => d.message.en);
    expect(parseSeal(sealed(seal), 'locks/2024.json', 2024).seal?.result).toBe(1200n);
    expect(codes(JSON.stringify(seal))[0]).toMatch(/does not match its integrity hash/);
    expect(codes(sealed(seal).replace('"12.00"', '"13.00"'))[0]).toMatch(/does not match its integrity hash/);
    expect(codes('{')[0]).toMatch(/broken \(not valid JSON\)/);
    expect(codes(JSON.stringify({ ...seal, version: 'x' }))[0]).toMatch(/unknown version/);
    expect(codes(sealed(seal), 2023)[0]).toMatch(/names fiscal year 2024/);
    expect(codes(JSON.stringify({ ...seal, entries: [{ ...entries[0], fingerprint: 'b'.repeat(64) }] }))[0]).toMatch(
      /does not follow from its own entries/,
    );
    expect(codes(JSON.stringify({ ...seal, previous: { year: 2023, fingerprint: 'c'.repeat(64) } }))[0]).toMatch(
      /does not follow from its own entries/,
    );
  });
});
