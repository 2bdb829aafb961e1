// The import plan and the rules, as pure functions: first rule wins, splits, duplicates, probable
// matches, pending lines, sealed years, transfers through 581; and the properties: a statement
// imported in overlapping slices in any order gives the entries of the whole, every line lands
// exactly once, the bank's balance ends on the statement's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../src/messages/text.js';
import {
  bankRefs,
  type BookedEntry,
  type PlanContext,
  type PlannedLine,
  pieceNumbering,
  planImport,
} from '../src/import/bank/plan.js';
import { matchRule, readRules, splitAmount } from '../src/import/bank/rules.js';
import type { BankLine, Statement } from '../src/import/bank/statement.js';

const rulesOf = (csv: string) => {
  const read = readRules(Buffer.from(csv), (account) =>
    /^\d{3,}$/.test(account) ? undefined : text('pas un compte', 'not an account'),
  );
  expect(read.problems).toEqual([]);
  return read.rules;
};
const line = (date: string, amount: bigint, label = 'X', extra: Partial<BankLine> = {}): BankLine => ({
  line: 1,
  date,
  amount,
  label,
  ...extra,
});
const statement = (lines: BankLine[], file = 's.csv'): Statement => ({
  file,
  format: 'test',
  lines: lines.map((l, i) => ({ ...l, line: l.line === 1 ? i + 2 : l.line })),
  balances: [],
  notes: [],
});
const context = (over: Partial<PlanContext> = {}): PlanContext => ({
  journal: 'BQ',
  rules: [],
  booked: [],
  pieces: new Map(),
  yearOf: (date) => Number(date.slice(0, 4)),
  sealed: () => false,
  banks: new Map([
    ['512100', ['FR7630006000011234567890189']],
    ['512200', ['FR7630006000019876543210142']],
  ]),
  includeProbable: false,
  ...over,
});
/** What an import adds to the books: entries on the bank account, as BookedEntry values. */
const booked = (lines: readonly PlannedLine[]): BookedEntry[] =>
  lines
    .filter((l) => l.entry)
    .map((l) => ({
      account: l.bankAccount,
      date: l.source.date,
      amount: l.source.amount,
      bankRef: l.bankRef,
      file: 'journal/import.csv',
      line: 1,
      journal: l.entry!.journal,
      piece: l.entry!.piece,
    }));

describe('rules', () => {
  const rules = rulesOf(
    [
      'match,amount,direction,account,label,journal,aux,analytic,share',
      'cotisation,,in,756,Cotisation,,,,',
      '/^cb .*super ?u/,..50,out,6063,Fournitures,,,,',
      'super u,,out,6064,Gros achat,,,,',
      'frais,,,627,Frais,,,,',
      'helloasso,,in,706,Inscriptions,,,STAGE,',
      'helloasso,,in,627,Commission,,,,-10.00',
      'loyer,,out,613,Loyer part club,OD,,,60%',
      'loyer,,out,467,Loyer part voisin,OD,VOISIN,,40%',
    ].join('\n'),
  );
  const match = (l: BankLine) => {
    const found = matchRule(rules, l);
    return found
      ? [found.rule.line, found.rule.counterparts.map((c) => c.account), found.parts.map(String)]
      : undefined;
  };

  it('the first matching row wins; text ignores case and accents, /regex/ is case-insensitive', () => {
    expect(match(line('2025-03-01', 4500n, 'VIR COTISATION HÉLÈNE'))).toEqual([2, ['756'], ['4500']]);
    expect(match(line('2025-03-01', -3240n, 'CB SUPER U 04/03'))).toEqual([3, ['6063'], ['3240']]);
    // Above the amount range of the regex row: the next row takes it.
    expect(match(line('2025-03-01', -12000n, 'CB SUPER U 04/03'))).toEqual([4, ['6064'], ['12000']]);
    // The direction: a refund from Super U matches no "out" rule.
    expect(match(line('2025-03-01', 3240n, 'CB SUPER U REMB'))).toBeUndefined();
    expect(match(line('2025-03-01', -450n, 'Frais tenue'))).toEqual([5, ['627'], ['450']]);
    expect(match(line('2025-03-01', 450n, 'FRAIS remboursés'))).toEqual([5, ['627'], ['450']]);
  });

  it('a split: a payout net of the fee, a percentage split', () => {
    expect(match(line('2025-03-25', 19000n, 'VIR HELLOASSO'))).toEqual([6, ['706', '627'], ['20000', '-1000']]);
    expect(match(line('2025-03-25', -50001n, 'LOYER MARS'))).toEqual([8, ['613', '467'], ['30001', '20000']]);
  });

  it('a line the fixed parts would exceed does not match the rule', () => {
    expect(splitAmount(500n, rules[4]!.counterparts)).toEqual([1500n, -1000n]);
    const fixed = rulesOf('match,account,share\nx,706,\nx,627,10.00\n');
    expect(splitAmount(900n, fixed[0]!.counterparts)).toBeUndefined();
    expect(matchRule(fixed, line('2025-01-01', 900n, 'x'))).toBeUndefined();
  });

  it('problems of the rules file, each at its line and column', () => {
    const read = readRules(
      Buffer.from(
        [
          'match,amount,direction,account,share',
          '/[/,,,706,',
          'a,10..x,,706,',
          'b,,sideways,706,',
          'c,,,abc,',
          'd,,,706,50%',
          'e,,,706,',
          'e,,,627,',
          'f,,,706,60%',
          'f,,,627,30%',
        ].join('\n'),
      ),
      (account) => (/^\d{3,}$/.test(account) ? undefined : text('pas un compte', 'not an account')),
    );
    expect(read.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'match'],
      [3, 'amount'],
      [4, 'direction'],
      [5, 'account'],
      [6, 'share'],
      [7, 'share'],
      [9, 'share'],
    ]);
    expect(readRules(Buffer.from('motif,libelle\nx,y\n'), () => undefined).problems[0]!.line).toBe(1);
  });
});

describe('the plan', () => {
  it('a line no rule matches goes to 471; money in debits the bank', () => {
    const plan = planImport(
      [{ statement: statement([line('2025-03-01', 1000n, 'MYSTERE')]), bankAccount: '512100' }],
      context(),
    );
    expect(plan.lines[0]!.rule).toBeUndefined();
    expect(plan.lines[0]!.entry!.rows.map((r) => [r.account, r.debit, r.credit, r.bankRef])).toEqual([
      ['512100', 1000n, 0n, '2025-03-01:10.00:1'],
      ['471', 0n, 1000n, '2025-03-01:10.00:1'],
    ]);
  });

  it('bank_ref: the bank id, a repeated id numbered, else date:amount:rank, labels ignored', () => {
    expect(
      bankRefs([
        line('2025-03-05', -3240n, 'A'),
        line('2025-03-05', -3240n, 'B'),
        line('2025-03-05', -3240n, 'C', { ref: 'R1' }),
        line('2025-03-05', -3240n, 'D', { ref: 'R1' }),
        line('2025-03-06', -3240n),
      ]),
    ).toEqual(['2025-03-05:-32.40:1', '2025-03-05:-32.40:2', 'R1', 'R1#2', '2025-03-06:-32.40:1']);
  });

  it('two identical lines on one day are two entries; importing again adds nothing', () => {
    const lines = [line('2025-03-05', -3240n, 'CB'), line('2025-03-05', -3240n, 'CB')];
    const first = planImport([{ statement: statement(lines), bankAccount: '512100' }], context());
    expect(first.lines.map((l) => l.status)).toEqual(['new', 'new']);
    const again = planImport(
      [{ statement: statement(lines), bankAccount: '512100' }],
      context({ booked: booked(first.lines) }),
    );
    expect(again.lines.map((l) => l.status)).toEqual(['duplicate', 'duplicate']);
  });

  it('a bank_ref on another bank account is not a duplicate', () => {
    const lines = [line('2025-03-05', -3240n, 'CB', { ref: 'R' })];
    const first = planImport([{ statement: statement(lines), bankAccount: '512100' }], context());
    const other = planImport(
      [{ statement: statement(lines), bankAccount: '512200' }],
      context({ booked: booked(first.lines) }),
    );
    expect(other.lines[0]!.status).toBe('new');
  });

  it('the same file twice in one run: the second copy is all duplicates', () => {
    const s = statement([line('2025-03-05', -3240n), line('2025-03-06', 100n)]);
    const plan = planImport(
      [
        { statement: s, bankAccount: '512100' },
        { statement: s, bankAccount: '512100' },
      ],
      context(),
    );
    expect(plan.lines.map((l) => l.status)).toEqual(['new', 'new', 'duplicate', 'duplicate']);
  });

  it('a line typed by hand is probably booked: 30 days before to 3 days after, one to one, oldest first', () => {
    const hand = (date: string, amount: bigint, piece: string): BookedEntry => ({
      account: '512100',
      date,
      amount,
      file: 'journal/2025-BQ.csv',
      line: 2,
      journal: 'BQ',
      piece,
    });
    const typed = [
      hand('2025-02-01', -25000n, 'too-old'),
      hand('2025-02-10', -25000n, 'oldest'),
      hand('2025-03-01', -25000n, 'newer'),
      hand('2025-03-14', -25000n, 'too-late'),
      hand('2025-03-05', -9900n, 'other-amount'),
      { ...hand('2025-03-05', -25000n, 'imported'), bankRef: 'X' },
    ];
    const lines = [
      line('2025-03-10', -25000n, 'CHEQUE 1'),
      line('2025-03-10', -25000n, 'CHEQUE 2'),
      line('2025-03-10', -25000n, 'CHEQUE 3'),
    ];
    const plan = planImport([{ statement: statement(lines), bankAccount: '512100' }], context({ booked: typed }));
    expect(plan.lines.map((l) => [l.status, l.probableOf?.piece])).toEqual([
      ['probable', 'oldest'],
      ['probable', 'newer'],
      ['new', undefined],
    ]);
    const included = planImport(
      [{ statement: statement(lines), bankAccount: '512100' }],
      context({ booked: typed, includeProbable: true }),
    );
    expect(included.lines.map((l) => l.status)).toEqual(['new', 'new', 'new']);
    expect(included.lines[0]!.probableOf?.piece).toBe('oldest');
  });

  it('pending lines are listed, never imported', () => {
    const plan = planImport(
      [{ statement: statement([line('2025-03-31', -1999n, 'CB A VENIR', { pending: true })]), bankAccount: '512100' }],
      context(),
    );
    expect(plan.lines.map((l) => [l.status, l.entry])).toEqual([['pending', undefined]]);
  });

  it('a sealed year: lines already booked are skipped, a new line is refused', () => {
    const lines = [line('2024-12-30', 500n, 'A'), line('2024-12-31', 700n, 'B'), line('2025-01-02', 900n, 'C')];
    const before = planImport([{ statement: statement(lines.slice(0, 1)), bankAccount: '512100' }], context());
    const plan = planImport(
      [{ statement: statement(lines), bankAccount: '512100' }],
      context({ booked: booked(before.lines), sealed: (year) => year === 2024 }),
    );
    expect(plan.problems.map((p) => p.line)).toEqual([3]);
    expect(plan.lines.map((l) => l.status)).toEqual(['duplicate', 'new']);
  });

  it('a transfer between two imported accounts goes through 581 on both sides', () => {
    const rules = rulesOf('match,direction,account\nlivret,out,512200\n');
    const out = planImport(
      [{ statement: statement([line('2025-03-15', -50000n, 'VIR VERS LIVRET')]), bankAccount: '512100' }],
      context({ rules }),
    );
    // The savings account's statement names the current account's IBAN: no rule needed.
    const into = planImport(
      [
        {
          statement: statement([line('2025-03-15', 50000n, 'VIR DE FR76 3000 6000 0112 3456 7890 189')]),
          bankAccount: '512200',
        },
      ],
      context({ rules }),
    );
    const rows = [...out.lines, ...into.lines].flatMap((l) => l.entry!.rows.map((r) => [r.account, r.debit, r.credit]));
    expect(rows).toEqual([
      ['512100', 0n, 50000n],
      ['581', 50000n, 0n],
      ['512200', 50000n, 0n],
      ['581', 0n, 50000n],
    ]);
    expect(into.lines[0]!.rule).toBe('transfer');
  });

  it('pieces continue the journal’s numbering in the year, in date order', () => {
    const next = pieceNumbering(['BQ-2025-007', 'BQ-2025-012', 'AUTRE'], 'BQ', 2025);
    expect([next(), next()]).toEqual(['BQ-2025-013', 'BQ-2025-014']);
    const fresh = pieceNumbering([], 'BQ', 2025);
    expect(fresh()).toBe('BQ-2025-001');
    const plan = planImport(
      [{ statement: statement([line('2025-03-02', 1n), line('2025-03-01', 2n)]), bankAccount: '512100' }],
      context({ pieces: new Map([['BQ|2025', ['17']]]) }),
    );
    expect(plan.lines.map((l) => [l.source.date, l.entry!.piece])).toEqual([
      ['2025-03-01', '18'],
      ['2025-03-02', '19'],
    ]);
  });
});

describe('properties', () => {
  // A statement: days of March with lines, identical lines on a day allowed; ids or not.
  const statementArb = fc
    .array(
      fc.record({
        day: fc.integer({ min: 1, max: 28 }),
        amount: fc.constantFrom(-3240n, 4500n, -250n, 12000n, -99999n),
        withRef: fc.boolean(),
      }),
      { minLength: 1, maxLength: 30 },
    )
    .map((raw) => {
      const sorted = [...raw].sort((a, b) => a.day - b.day);
      return sorted.map((r, i) =>
        line(
          `2025-03-${String(r.day).padStart(2, '0')}`,
          r.amount,
          `OP ${r.amount}`,
          r.withRef ? { ref: `ID${i}` } : {},
        ),
      );
    });
  // Slices of whole days, overlapping, covering the month, imported in any order.
  const slicesArb = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 5 })
    .chain((cuts) => fc.shuffledSubarray([...cuts, [1, 28] as [number, number]], { minLength: cuts.length + 1 }));

  const key = (l: PlannedLine) =>
    JSON.stringify([
      l.bankRef,
      l.source.date,
      String(l.source.amount),
      l.entry!.rows.map((r) => [r.account, String(r.debit), String(r.credit), r.bankRef]),
    ]);

  it('overlapping slices in any order give the postings and bank_refs of the whole; every line lands once', () => {
    fc.assert(
      fc.property(statementArb, slicesArb, (lines, slices) => {
        const whole = planImport([{ statement: statement(lines), bankAccount: '512100' }], context());
        let books: BookedEntry[] = [];
        const imported: PlannedLine[] = [];
        for (const [from, length] of slices) {
          const to = Math.min(28, from + length);
          const slice = lines.filter((l) => +l.date.slice(8) >= from && +l.date.slice(8) <= to);
          const plan = planImport([{ statement: statement(slice), bankAccount: '512100' }], context({ booked: books }));
          const added = plan.lines.filter((l) => l.status === 'new');
          imported.push(...added);
          books = [...books, ...booked(added)];
        }
        expect(imported.map(key).sort()).toEqual(whole.lines.map(key).sort());
        expect(imported.length).toBe(lines.length);
        expect(new Set(imported.map((l) => l.bankRef)).size).toBe(lines.length);
      }),
      { numRuns: 100 },
    );
  });

  it("the bank account's balance after import is the statement's closing balance", () => {
    fc.assert(
      fc.property(statementArb, fc.bigInt({ min: -100000n, max: 1000000n }), (lines, opening) => {
        const plan = planImport([{ statement: statement(lines), bankAccount: '512100' }], context());
        let bank = opening;
        for (const l of plan.lines)
          for (const r of l.entry!.rows) if (r.account === '512100') bank += r.debit - r.credit;
        const closing = lines.reduce((total, l) => total + l.amount, opening);
        expect(bank).toBe(closing);
        // Every entry balances.
        for (const l of plan.lines) expect(l.entry!.rows.reduce((t, r) => t + r.debit - r.credit, 0n)).toBe(0n);
      }),
    );
  });

  it('a split always adds up to the line', () => {
    const rules = rulesOf('match,account,share\nx,706,\nx,627,-3.5%\nx,628,12.34%\nx,629,0.75\n');
    fc.assert(
      fc.property(fc.bigInt({ min: 100n, max: 10_000_000n }), fc.boolean(), (cents, incoming) => {
        const found = matchRule(rules, line('2025-01-01', incoming ? cents : -cents, 'x'));
        if (!found) return;
        expect(found.parts.reduce((a, b) => a + b, 0n)).toBe(cents);
      }),
    );
  });
});
