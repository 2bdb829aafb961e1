// The budget: the reader's diagnostics (file and line, all collected), the even spread to the
// cent, and the report's invariants over random budgets and actuals (fast-check): totals equal
// the sum of lines, monthly parts add up to the annual amount, variance = actual − budget, every
// actual amount appears exactly once, --fail-over trips on budget lines only.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinChart } from '../src/chart/chart.js';
import { distributeCents, sumCents, type Cents } from '../src/money.js';
import { readBudgetFile, type Budget, type BudgetLine } from '../src/read/budget.js';
import { comparisonPeriod } from '../src/reports/budget-actuals.js';
import { budgetReport, type BudgetReport } from '../src/reports/budget.js';
import { formatPercent } from '../src/render/budget.js';
import { PCA2018 } from '../src/statements/pca2018.js';

const chart = builtinChart();
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function budgetFile(content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-budget-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'budget'));
  const file = join(dir, 'budget', '2024.csv');
  writeFileSync(file, content);
  return file;
}

describe('distributeCents', () => {
  it('parts add up to the total and each is within a cent of its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc
          .array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 24 })
          .filter((w) => w.some((x) => x > 0n)),
        (total, weights) => {
          const parts = distributeCents(total, weights);
          expect(sumCents(parts)).toBe(total);
          const sum = sumCents(weights);
          parts.forEach((part, index) => {
            const exactTimesSum = total * weights[index]!; // part ≈ exactTimesSum / sum
            const gap = part * sum - exactTimesSum;
            expect(gap < 0n ? -gap : gap).toBeLessThan(sum);
          });
        },
      ),
    );
  });

  it('spreads evenly with the extra cents on the first months', () => {
    expect(distributeCents(25000n, Array<Cents>(12).fill(1n))).toEqual([
      2084n,
      2084n,
      2084n,
      2084n,
      2083n,
      2083n,
      2083n,
      2083n,
      2083n,
      2083n,
      2083n,
      2083n,
    ]);
  });
});

describe('readBudgetFile', () => {
  it('reports every problem with its file and line, and keeps the good lines', () => {
    const file = budgetFile(
      [
        'account,amount,label,m01,m02,m03,m04,m05,m06,m07,m08,m09,m10,m11,m12',
        '756,9000,Cotisations,,,,,,,,,,,,', // 2: fine (even spread)
        '7561,100,Cotisations bis,,,,,,,,,,,,', // 3: overlaps 756
        '999,10,Inconnu,,,,,,,,,,,,', // 4: extends no PCA account
        '512,10,Banque,,,,,,,,,,,,', // 5: not class 6/7
        '6061,12.5x,Fournitures,,,,,,,,,,,,', // 6: malformed amount
        '6132,1200,Loyer,100,100,100,100,100,100,100,100,100,100,100,99', // 7: months add up to 1199
        '625,-50,Déplacements,,,,,,,,,,,,', // 8: negative
        '756,10,Encore,,,,,,,,,,,,', // 9: the same account again
        '6,10,Classe,,,,,,,,,,,,', // 10: a whole class
        '890,10,Bilan,,,,,,,,,,,,', // 11: class 8 other than 86/87
        '709,-20,Remises accordées,,,,,,,,,,,,', // 12: a contra account may be negative
      ].join('\n'),
    );
    const { budget, diagnostics } = readBudgetFile(file, 2024, chart, 12);
    const byLine = diagnostics.map((d) => [d.line, d.code]);
    expect(byLine).toEqual(
      expect.arrayContaining([
        [3, 'overlapping-budget'],
        [4, 'not-a-budget-account'],
        [5, 'not-a-budget-account'],
        [6, 'bad-amount'],
        [7, 'months-not-adding-up'],
        [8, 'negative-budget'],
        [9, 'overlapping-budget'],
        [10, 'not-a-budget-account'],
        [11, 'not-a-budget-account'],
      ]),
    );
    expect(diagnostics.every((d) => d.file === file && d.severity === 'error')).toBe(true);
    expect(diagnostics.some((d) => d.line === 2 || d.line === 12)).toBe(false);
    expect(budget?.lines.map((l) => l.account)).toEqual(['756', '709']); // the first of two overlapping lines stays
  });

  it('reads ; and decimal commas (Windows-1252 too), spreads lines without a profile evenly to the cent', () => {
    const text = 'compte;montant;libellé\n606300;250;Petit équipement\n627000;64,80;Frais bancaires\n';
    const bytes = Uint8Array.from([...text].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
    const { budget, diagnostics } = readBudgetFile(budgetFile(bytes), 2024, chart, 12);
    expect(diagnostics).toEqual([]);
    expect(budget!.lines.map((l) => [l.account, l.label, l.amount])).toEqual([
      ['606300', 'Petit équipement', 25000n],
      ['627000', 'Frais bancaires', 6480n],
    ]);
    for (const line of budget!.lines) expect(sumCents(line.months)).toBe(line.amount);
    expect(budget!.lines[1]!.months).toEqual(Array<Cents>(12).fill(540n));
  });

  it('monthly parts add up to the annual amount for any amount, with or without a profile', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.integer({ min: 1, max: 24 }), (cents, months) => {
        const amount = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        const { budget, diagnostics } = readBudgetFile(
          budgetFile(`account,amount\n6061,${amount}\n`),
          2024,
          chart,
          months,
        );
        expect(diagnostics).toEqual([]);
        expect(budget!.lines[0]!.months.length).toBe(months);
        expect(sumCents(budget!.lines[0]!.months)).toBe(cents);
      }),
      { numRuns: 25 },
    );
  });

  it('warns when the two in-kind blocks differ', () => {
    const { diagnostics } = readBudgetFile(budgetFile('account,amount\n864,100\n875,90\n'), 2024, chart, 12);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'in-kind-unbalanced']]);
  });
});

describe('comparisonPeriod', () => {
  const calendar = { start: '09-01' };
  it('is the whole year when the books reach its end, else to the month of the cut-off', () => {
    expect(comparisonPeriod(calendar, 2024, '2025-08-31')).toEqual({ monthsElapsed: 12, to: null });
    expect(comparisonPeriod(calendar, 2024, '2025-02-14')).toEqual({ monthsElapsed: 6, to: '2025-02-14' });
    expect(comparisonPeriod(calendar, 2024, '2025-08-31', '2024-09-01')).toEqual({
      monthsElapsed: 1,
      to: '2024-09-01',
    });
  });
});

describe('formatPercent', () => {
  it('moves the decimal mark two places, exactly', () => {
    expect(formatPercent('1.0234', 'percent')).toBe('102,34 %');
    expect(formatPercent('0.0500', 'percent')).toBe('5,00 %');
    expect(formatPercent('-0.9500', 'percent')).toBe('-95,00 %');
    expect(formatPercent('12.0000', 'percent')).toBe('1200,00 %');
    expect(formatPercent('1.0234', 'plain')).toBe('1.0234');
    expect(formatPercent('1.0234', 'excel')).toBe('1,0234');
    expect(formatPercent(null, 'percent')).toBe('');
  });
});

// Random budgets over non-overlapping prefixes, and random actuals on accounts some of which no line covers.
const PREFIXES = [
  '60',
  '6061',
  '613',
  '6226',
  '625',
  '641',
  '645',
  '658',
  '706',
  '7061',
  '741',
  '756',
  '7561',
  '768',
  '791',
  '864',
  '875',
];
const ACCOUNTS = [
  '606100',
  '606400',
  '613200',
  '622600',
  '625100',
  '625700',
  '641100',
  '645100',
  '681100',
  '706100',
  '706500',
  '741000',
  '754120',
  '756110',
  '756190',
  '768100',
  '791100',
  '864000',
  '875000',
];

const budgetArb = fc
  .tuple(
    fc.subarray(PREFIXES, { minLength: 1 }),
    fc.array(fc.bigInt({ min: 0n, max: 10_000_000n }), { minLength: PREFIXES.length, maxLength: PREFIXES.length }),
    fc.array(fc.boolean(), { minLength: PREFIXES.length, maxLength: PREFIXES.length }),
  )
  .map(([chosen, amounts, profiled]) => {
    const kept: string[] = [];
    for (const prefix of chosen) if (!kept.some((k) => k.startsWith(prefix) || prefix.startsWith(k))) kept.push(prefix);
    const lines: BudgetLine[] = kept.map((account, index) => {
      const amount = amounts[index]!;
      const months =
        profiled[index] && amount > 0n
          ? distributeCents(amount, [3n, 0n, 1n, 1n, 0n, 5n, 2n, 0n, 0n, 1n, 1n, 4n])
          : amount === 0n
            ? Array<Cents>(12).fill(0n)
            : distributeCents(amount, Array<Cents>(12).fill(1n));
      return {
        account,
        label: account,
        amount,
        months,
        profiled: profiled[index]!,
        file: 'budget/2024.csv',
        line: index + 2,
      };
    });
    return { year: 2024, file: 'budget/2024.csv', lines } satisfies Budget;
  });

const actualsArb = fc
  .array(
    fc.tuple(
      fc.constantFrom(...ACCOUNTS),
      fc.integer({ min: 0, max: 11 }),
      fc.bigInt({ min: -500_000n, max: 5_000_000n }),
    ),
    { maxLength: 40 },
  )
  .map((postings) => {
    const monthly = new Map<string, Cents[]>();
    for (const [account, month, cents] of postings) {
      // Expenses are debits (+), income credits (−), as the books hold them.
      const net = account.startsWith('7') || account.startsWith('87') ? -cents : cents;
      const months = monthly.get(account) ?? [];
      months[month] = (months[month] ?? 0n) + net;
      monthly.set(account, months);
    }
    return monthly;
  });

function report(
  budget: Budget,
  monthly?: Map<string, Cents[]>,
  elapsed = 12,
  layout: 'statement' | 'cerfa' = 'statement',
  failOver?: bigint,
): BudgetReport {
  return budgetReport({
    set: PCA2018,
    chart,
    budget,
    monthCount: 12,
    lang: 'fr',
    layout,
    failOverBasisPoints: failOver,
    actuals: monthly
      ? { year: 2024, monthly, monthsElapsed: elapsed, to: elapsed < 12 ? '2024-06-15' : null }
      : undefined,
  });
}

describe('budget report (properties)', () => {
  it('totals equal the sum of the lines, in both layouts, and the result is income − expenses', () => {
    fc.assert(
      fc.property(
        budgetArb,
        actualsArb,
        fc.constantFrom<'statement' | 'cerfa'>('statement', 'cerfa'),
        (budget, monthly, layout) => {
          const r = report(budget, monthly, 12, layout);
          for (const section of ['income', 'expenses'] as const) {
            const rows = r.rows.filter((row) => row.section === section);
            expect(r.totals[section].budget).toBe(sumCents(rows.map((row) => row.budget ?? 0n)));
            expect(r.totals[section].actual).toBe(sumCents(rows.map((row) => row.actual!)));
          }
          expect(r.totals.result.budget).toBe(r.totals.income.budget! - r.totals.expenses.budget!);
          expect(r.totals.result.actual).toBe(r.totals.income.actual! - r.totals.expenses.actual!);
          // Every displayed group line is the sum of the account lines under it.
          r.lines.forEach((line, index) => {
            if (line.kind !== 'line' || line.section === 'result') return;
            const under: (typeof r.lines)[number][] = [];
            for (let next = index + 1; next < r.lines.length && r.lines[next]!.kind === 'account'; next += 1)
              under.push(r.lines[next]!);
            expect(line.figures.budget).toBe(sumCents(under.map((u) => u.figures.budget ?? 0n)));
            expect(line.figures.actual).toBe(sumCents(under.map((u) => u.figures.actual!)));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('monthly parts add up to the annual budget; months elapsed give the budget to date', () => {
    fc.assert(
      fc.property(budgetArb, actualsArb, fc.integer({ min: 1, max: 12 }), (budget, monthly, elapsed) => {
        const r = report(budget, monthly, elapsed);
        for (const row of r.rows.filter((row) => row.budgeted)) {
          expect(sumCents(row.months.map((m) => m.budget))).toBe(row.annual);
          expect(row.budget).toBe(sumCents(row.months.slice(0, elapsed).map((m) => m.budget)));
          expect(row.months.slice(elapsed).every((m) => m.actual === null)).toBe(true);
        }
        expect(sumCents(r.months.map((m) => m.totals.income.budget!))).toBe(r.annualTotals.income);
      }),
      { numRuns: 100 },
    );
  });

  it('variance = actual − budget on every line and total; ratio null where the budget is zero or null', () => {
    fc.assert(
      fc.property(budgetArb, actualsArb, (budget, monthly) => {
        const r = report(budget, monthly);
        for (const figures of [
          ...r.rows,
          ...r.lines
            .filter((l) => l.section !== 'result')
            .map((l) => l.figures)
            .filter((f) => f.actual !== null),
          r.totals.income,
          r.totals.expenses,
        ]) {
          expect(figures.variance).toBe(figures.actual! - (figures.budget ?? 0n));
          if (figures.budget === null || figures.budget === 0n) expect(figures.ratio).toBeNull();
          else expect(figures.ratio).not.toBeNull();
        }
        // A result is a difference: its ratio to the budgeted result means nothing and is never given (issue 14, item 15).
        for (const result of [
          r.totals.result,
          ...r.lines.filter((l) => l.section === 'result').map((l) => l.figures),
        ]) {
          if (result.actual !== null) expect(result.variance).toBe(result.actual - (result.budget ?? 0n));
          expect(result.ratio).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('every actual amount appears exactly once: on the budget line covering its account, else on its own unbudgeted line', () => {
    fc.assert(
      fc.property(budgetArb, actualsArb, (budget, monthly) => {
        const r = report(budget, monthly);
        for (const [account, months] of monthly) {
          const covering = r.rows.filter((row) => account.startsWith(row.account));
          const net = sumCents(Array.from(months, (m) => m ?? 0n));
          if (net === 0n && !budget.lines.some((line) => account.startsWith(line.account))) continue;
          expect(covering.length).toBe(1);
          expect(covering[0]!.budgeted || covering[0]!.account === account).toBe(true);
        }
        const inBooks = (sign: 'income' | 'expenses') =>
          sumCents(
            [...monthly]
              .filter(([a]) => (a.startsWith('7') || a.startsWith('87')) === (sign === 'income') && !a.startsWith('8'))
              .flatMap(([, m]) => Array.from(m, (x) => x ?? 0n)),
          );
        expect(r.totals.income.actual).toBe(-inBooks('income'));
        expect(r.totals.expenses.actual).toBe(inBooks('expenses'));
        const unbudgeted = r.rows.filter((row) => !row.budgeted);
        // An unbudgeted line is shown when some month moved, even if the year nets to zero.
        expect(unbudgeted.every((row) => row.budget === null && row.months.some((m) => (m.actual ?? 0n) !== 0n))).toBe(
          true,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('--fail-over trips on budget lines beyond the threshold only, never on unbudgeted ones', () => {
    fc.assert(
      fc.property(budgetArb, actualsArb, fc.bigInt({ min: 0n, max: 20000n }), (budget, monthly, basisPoints) => {
        const r = report(budget, monthly, 12, 'statement', basisPoints);
        const tripped = new Set(r.overruns!.tripped.map((o) => o.row.account));
        for (const row of r.rows) {
          if (!row.budgeted || row.section === 'in-kind') {
            expect(tripped.has(row.account)).toBe(false);
            continue;
          }
          const limit = row.budget! * (10000n + (row.side === 'expenses' ? basisPoints : -basisPoints));
          const over = row.side === 'expenses' ? row.actual! * 10000n > limit : row.actual! * 10000n < limit;
          expect(tripped.has(row.account)).toBe(over);
        }
        expect(r.overruns!.unbudgeted.every((row) => !row.budgeted)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('without actuals: the forecast alone, actual and variance null', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        const r = report(budget);
        expect(r.vs).toBeNull();
        expect(
          r.rows.every((row) => row.actual === null && row.variance === null && row.ratio === null && row.budgeted),
        ).toBe(true);
        expect(r.totals.result.budget).toBe(r.annualTotals.result);
        expect(r.overruns).toBeNull();
      }),
      { numRuns: 50 },
    );
  });
});

describe('budget report (layouts)', () => {
  const line = (account: string, cents: Cents, index: number): BudgetLine => ({
    account,
    label: account,
    amount: cents,
    months: distributeCents(cents, Array<Cents>(12).fill(1n)),
    profiled: false,
    file: 'b.csv',
    line: index + 2,
  });
  const deficitBudget: Budget = {
    year: 2024,
    file: 'b.csv',
    lines: [line('756', 100_000n, 0), line('6132', 120_050n, 1), line('864', 5_000n, 2), line('875', 5_000n, 3)],
  };

  it('cerfa: a forecast deficit is the produits-side line that balances the two columns', () => {
    const r = budgetReport({ set: PCA2018, chart, budget: deficitBudget, monthCount: 12, lang: 'fr', layout: 'cerfa' });
    const byId = new Map(r.lines.map((l) => [l.id, l]));
    expect(byId.has('cerfa.excedent')).toBe(false);
    expect(byId.get('cerfa.deficit')!.figures.budget).toBe(20_050n);
    expect(byId.get('cerfa.total-balanced-income')!.figures.budget).toBe(
      byId.get('cerfa.total-expenses')!.figures.budget,
    );
    expect(byId.get('cerfa.61')!.label).toBe('61 – Services extérieurs');
    expect(byId.get('cerfa.75')!.figures.budget).toBe(100_000n);
    // The in-kind block below, with equal totals, outside the result.
    expect(byId.get('cvn.total-ressources')!.figures.budget).toBe(5_000n);
    expect(byId.get('cvn.total-emplois')!.figures.budget).toBe(5_000n);
    expect(r.totals.result.budget).toBe(-20_050n);
  });

  it('--euros: each line rounded once, totals are the sums of the shown lines, ratios stay exact', () => {
    const monthly = new Map<string, Cents[]>([
      ['756100', [-33_349n]],
      ['613200', [40_049n]],
    ]);
    const actuals = { year: 2024, monthly, monthsElapsed: 12, to: null };
    const exact = budgetReport({ set: PCA2018, chart, budget: deficitBudget, monthCount: 12, lang: 'fr', actuals });
    const euros = budgetReport({
      set: PCA2018,
      chart,
      budget: deficitBudget,
      monthCount: 12,
      lang: 'fr',
      actuals,
      euros: true,
    });
    expect(euros.rows.map((r) => [r.budget, r.actual])).toEqual([
      [100_000n, 33_300n],
      [120_100n, 40_000n],
      [5_000n, 0n],
      [5_000n, 0n],
    ]);
    expect(euros.totals.expenses.actual).toBe(40_000n);
    expect(euros.totals.result.budget).toBe(100_000n - 120_100n);
    expect(euros.rows.map((r) => r.ratio)).toEqual(exact.rows.map((r) => r.ratio));
  });
});
