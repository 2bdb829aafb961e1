// Several years side by side (`--years`, the report's key figures over the years): goldens on
// fixtures/years (2022–2024 on PCA 2018, closed and sealed; 2025 open on PCA 2025), the property
// that each year's column is that year's own statement (on the fixture and on random ledgers),
// and the usage errors.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { atYear, isOpen, openLedger, type Ledger } from '../src/ledger/open.js';
import { statements } from '../src/ledger/statements.js';
import { balanceSheetsOfYears, incomeStatementsOfYears, yearsWithFigures } from '../src/ledger/years.js';
import { centsToString, type Cents } from '../src/money.js';
import type { BalanceSheet } from '../src/reports/balance-sheet.js';
import type { IncomeStatement } from '../src/reports/income-statement.js';
import {
  mergedOrder,
  type YearsBalanceSheet,
  type YearsIncomeStatement,
  type YearsLine,
} from '../src/reports/years.js';
import { ROOT, runInProcess } from './run-asso.js';

const DIR = 'fixtures/years';
const golden = (file: string) => `../${DIR}/expected/${file}`;

function open(dir: string): Ledger {
  const ledger = openLedger(dir);
  if (!isOpen(ledger) || ledger.diagnostics.some((d) => d.severity === 'error'))
    throw new Error(`the ledger has errors: ${JSON.stringify(ledger.diagnostics)}`);
  return ledger;
}

describe('goldens: fixtures/years', () => {
  const FORMATS = [
    ['table', 'txt'],
    ['csv', 'csv'],
    ['json', 'json'],
    ['markdown', 'md'],
  ] as const;
  const cases: { name: string; args: string[]; file: string }[] = [];
  for (const [format, ext] of FORMATS) {
    cases.push({
      name: `income-statement --years 2022..2025 (${format})`,
      args: ['income-statement', '--years', '2022..2025', '-f', format],
      file: `income-statement-years.2022-2025.${ext}`,
    });
    cases.push({
      name: `balance-sheet --years 2022..2025 (${format})`,
      args: ['balance-sheet', '--years', '2022..2025', '-f', format],
      file: `balance-sheet-years.2022-2025.${ext}`,
    });
  }
  cases.push(
    {
      name: 'resultat --years 2022..2025 --euros',
      args: ['resultat', '--years', '2022..2025', '--euros'],
      file: 'income-statement-years-euros.2022-2025.txt',
    },
    {
      name: 'bilan --years 2022..2025 --euros',
      args: ['bilan', '--years', '2022..2025', '--euros'],
      file: 'balance-sheet-years-euros.2022-2025.txt',
    },
    {
      name: 'income-statement --years 2023,2025 --detail (a list; 2023 carried from its seal)',
      args: ['income-statement', '--years', '2023,2025', '--detail'],
      file: 'income-statement-years-detail.2023-2025.txt',
    },
    {
      name: 'income-statement --years 2022..2024 (PCA 2018 layout: the sealed statements as published)',
      args: ['income-statement', '--years', '2022..2024', '-f', 'json'],
      file: 'income-statement-years.2022-2024.json',
    },
    {
      name: 'balance-sheet --years 2022..2024 --detail',
      args: ['balance-sheet', '--years', '2022..2024', '--detail'],
      file: 'balance-sheet-years-detail.2022-2024.txt',
    },
    {
      name: 'income-statement --years 2022..2025 --lang en',
      args: ['income-statement', '--years', '2022..2025', '--lang', 'en'],
      file: 'income-statement-years-en.2022-2025.txt',
    },
  );
  for (const testCase of cases)
    it(testCase.name, async () => {
      const run = await runInProcess([...testCase.args, '-L', DIR]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      await expect(run.stdout).toMatchFileSnapshot(golden(testCase.file));
    });

  it("the report's key figures over the years: a table in table, markdown and html, keyFiguresByYear in JSON", async () => {
    const section = (text: string, start: string) => {
      const from = text.indexOf(start);
      expect(from, `no "${start}"`).toBeGreaterThanOrEqual(0);
      return text.slice(from, text.indexOf('\n\n', text.indexOf('\n', from) + 1));
    };
    const table = await runInProcess(['report', '-L', DIR]);
    expect(table.code).toBe(0);
    const markdown = await runInProcess(['report', '-L', DIR, '-f', 'markdown']);
    const json = await runInProcess(['report', '-L', DIR, '-f', 'json']);
    const html = await runInProcess(['report', '-L', DIR, '-f', 'html']);
    await expect(
      `${section(table.stdout, 'Chiffres clés 2022–2025')}\n\n${section(markdown.stdout, '## Chiffres clés 2022–2025')}\n`,
    ).toMatchFileSnapshot(golden('report-years.2025.txt'));
    await expect(
      `${JSON.stringify((JSON.parse(json.stdout) as { keyFiguresByYear: unknown }).keyFiguresByYear, null, 2)}\n`,
    ).toMatchFileSnapshot(golden('report-years.2025.json'));
    expect(html.stdout).toContain('<table id="key-figures-years"');
    expect(html.stdout).toContain('Chiffres clés 2022–2025');
    // The report of 2023 has two years, 2022 and 2023: too few for the table (the key figures show N and N−1).
    const early = JSON.parse((await runInProcess(['report', '-L', DIR, '-y', '2023', '-f', 'json'])).stdout) as object;
    expect('keyFiguresByYear' in early).toBe(false);
    expect((await runInProcess(['report', '-L', DIR, '-y', '2023'])).stdout).not.toContain('Chiffres clés 2022–2023');
  });
});

// ——— Each column is the year's own statement ———

const amountOf = (line: YearsLine | undefined, year: number): Cents => line?.amounts.get(year) ?? 0n;

/** The column of `year` shows, line by line, the `column` of `single` (and 0 on the lines it does not have). */
function expectIncomeColumn(
  merged: YearsIncomeStatement,
  year: number,
  single: IncomeStatement,
  column: 'amount' | 'previous',
): void {
  const byId = new Map(merged.lines.map((line) => [line.id, line] as const));
  const shown = (cents: Cents | null) => centsToString(cents ?? 0n);
  for (const line of single.lines.filter((l) => l.kind !== 'heading'))
    expect([line.id, shown(amountOf(byId.get(line.id), year))]).toEqual([line.id, shown(line[column])]);
  const singleIds = new Set(single.lines.map((line) => line.id));
  for (const line of merged.lines.filter((l) => l.kind !== 'heading' && !singleIds.has(l.id)))
    expect([line.id, amountOf(line, year)]).toEqual([line.id, 0n]);
  const totals = column === 'amount' ? single.totals : single.previousTotals!;
  expect(merged.totals.get(year)).toEqual(totals);
}

function expectSheetColumn(
  merged: YearsBalanceSheet,
  year: number,
  single: BalanceSheet,
  column: 'amount' | 'previous',
) {
  for (const side of ['assets', 'liabilities'] as const) {
    const byId = new Map(merged[side].lines.map((line) => [line.id, line] as const));
    for (const line of single[side].lines.filter((l) => l.kind !== 'heading'))
      expect([side, line.id, amountOf(byId.get(line.id), year)]).toEqual([side, line.id, line[column] ?? 0n]);
    expect(merged[side].totals.get(year)).toBe(column === 'amount' ? single[side].total : single[side].previousTotal);
  }
}

/** The property, for one ledger, years and presentation. */
function checkColumns(ledger: Ledger, years: readonly number[], euros: boolean): void {
  const options = { lang: 'fr' as const, euros };
  const income = incomeStatementsOfYears(ledger, years, options);
  const sheet = balanceSheetsOfYears(ledger, years, options);
  const latest = years[years.length - 1]!;
  const layout = ledger.setFor(latest);
  for (const year of years) {
    const own = statements(atYear(ledger, year), options, euros);
    // Every year, whatever its layout, keeps its result (balances are carried, never restated).
    expect(income.totals.get(year)!.result).toBe(own.income.totals.result);
    if (ledger.setFor(year) === layout) {
      expectIncomeColumn(income, year, own.income, 'amount');
      expectSheetColumn(sheet, year, own.sheet, 'amount');
    }
  }
  // The year before the latest is the latest statement's N−1 column (carried the same way, or published by its seal).
  // Exact amounts only: in whole euros a year's own statement lets its N−1 choose the line that absorbs the rounding
  // (a balance carried unchanged absorbs none), which N's N−1 column cannot know; the own statement is what is shown.
  if (years.includes(latest - 1) && !euros) {
    const last = statements(atYear(ledger, latest), options, euros);
    expectIncomeColumn(income, latest - 1, last.income, 'previous');
    expectSheetColumn(sheet, latest - 1, last.sheet, 'previous');
  }
}

describe('each year’s column is the statement of that year', () => {
  const fixture = open(join(ROOT, DIR));

  it('on fixtures/years, for any choice of its years, exact and in whole euros', () => {
    fc.assert(
      fc.property(fc.subarray(yearsWithFigures(fixture), { minLength: 1 }), fc.boolean(), (years, euros) =>
        checkColumns(fixture, years, euros),
      ),
      { numRuns: 40 },
    );
  });

  const scratch = mkdtempSync(join(tmpdir(), 'asso-years-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  // Accounts valid on both sets (2023–2024 on PCA 2018, 2025 on PCA 2025), and a few that are carried to another number.
  const BOTH = [
    '512000',
    '530000',
    '606300',
    '616000',
    '641000',
    '645000',
    '756000',
    '741000',
    '706000',
    '164000',
    '401000',
    '411000',
    '102000',
  ];
  const OLD_ONLY = ['791000', '777000', '448600', '675100'];
  const posting = (accounts: readonly string[]) =>
    fc.record({
      debit: fc.constantFrom(...accounts),
      credit: fc.constantFrom(...accounts),
      cents: fc.integer({ min: 1, max: 500_000 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
  let run = 0;

  it('on random ledgers of three years across the change of reference set (unclosed: provisional openings)', () => {
    fc.assert(
      fc.property(
        fc.array(posting([...BOTH, ...OLD_ONLY]), { minLength: 1, maxLength: 12 }),
        fc.array(posting([...BOTH, ...OLD_ONLY]), { minLength: 1, maxLength: 12 }),
        fc.array(posting(BOTH), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (y2023, y2024, y2025, euros) => {
          const dir = join(scratch, `ledger-${(run += 1)}`);
          mkdirSync(join(dir, 'journal'), { recursive: true });
          writeFileSync(
            join(dir, 'asso.json'),
            JSON.stringify({ name: 'Aléa', currency: 'EUR', fiscalYearStart: '01-01' }),
          );
          writeFileSync(join(dir, 'accounts.csv'), 'number,label\n');
          for (const [year, postings] of [
            [2023, y2023],
            [2024, y2024],
            [2025, y2025],
          ] as const) {
            const rows = postings.flatMap((p, index) => {
              const date = `${year}-03-${String(p.day).padStart(2, '0')}`;
              const amount = centsToString(BigInt(p.cents));
              return [
                `${date},OD,${year}-${index + 1},${p.debit},Opération,${amount},`,
                `${date},OD,${year}-${index + 1},${p.credit},Opération,,${amount}`,
              ];
            });
            writeFileSync(
              join(dir, 'journal', `${year}.csv`),
              `date,journal,piece,account,label,debit,credit\n${rows.join('\n')}\n`,
            );
          }
          const ledger = open(dir);
          checkColumns(ledger, [2023, 2024, 2025], euros);
          checkColumns(ledger, [2023, 2024], euros);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('merges the lines of the years in the layout’s order', () => {
    expect(
      mergedOrder([
        ['a', 'c', 'e'],
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Lines never in the same year are ordered by the layout.
    const rank = new Map([...'abcdef'].map((id, index) => [id, index] as const));
    expect(mergedOrder([['a', 'd', 'f'], ['a', 'b', 'f'], ['e']], (id) => rank.get(id))).toEqual([
      'a',
      'b',
      'd',
      'e',
      'f',
    ]);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 })),
        fc.array(fc.array(fc.boolean()), { maxLength: 5 }),
        fc.boolean(),
        (order, keeps, ranked) => {
          const ids = order.map(String);
          const sequences = keeps.map((keep) => ids.filter((_, i) => keep[i]));
          const at = new Map(ids.map((id, index) => [id, index] as const));
          const merged = mergedOrder(sequences, ranked ? (id) => at.get(id) : undefined);
          const all = new Set(sequences.flat());
          expect(merged.length).toBe(all.size);
          // Every sequence's order is kept; with the layout's ranks, the merge is the layout's order.
          for (const sequence of sequences) expect(merged.filter((id) => sequence.includes(id))).toEqual(sequence);
          if (ranked) expect(merged).toEqual(ids.filter((id) => all.has(id)));
        },
      ),
    );
  });
});

describe('usage errors (exit 2, nothing printed on stdout)', () => {
  const cases: [string[], string][] = [
    [
      ['income-statement', '--years', '2025..2022'],
      "--years 2025..2022 : la plage est à l'envers ; écrivez 2022..2025",
    ],
    [
      ['income-statement', '--years', '2020..2025'],
      "--years : les exercices 2020, 2021 n'ont ni écritures ni sceau de clôture (locks/<année>.json) ; les exercices qui en ont sont 2022, 2023, 2024, 2025",
    ],
    [['balance-sheet', '--years', '2022..2025', '-y', '2025'], '--years et --year ne vont pas ensemble'],
    [['balance-sheet', '--years', '2022-2025'], "--years attend une plage d'exercices comme 2021..2025"],
    [['resultat', '--years', '2025,2023'], '--years 2025,2023 : donnez chaque exercice une fois'],
    [['resultat', '--years', '2022..2024,2024'], '--years 2022..2024,2024 : donnez chaque exercice une fois'],
    [['bilan', '--years', '2022..2025', '--expect-total', '100'], "--expect-total vérifie le bilan d'un seul exercice"],
  ];
  for (const [args, message] of cases)
    it(args.join(' '), async () => {
      const run = await runInProcess([...args, '-L', DIR]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
    });

  it('in English with --lang en', async () => {
    const run = await runInProcess(['income-statement', '--years', '2019', '-L', DIR, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--years: fiscal year 2019 has neither entries nor a closing seal (locks/<year>.json); the years that have are 2022, 2023, 2024, 2025',
    );
  });
});
