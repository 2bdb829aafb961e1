// Golden tests: every report of the real ledger and of each fixture, in every format, run through
// the command line in-process (runCli, the code the built command runs; test/e2e.test.ts runs the
// built one) and compared with the files under <ledger>/expected/. A missing golden fails. Update
// them with `npx vitest run test/golden.test.ts -u`, then read the diff:
// a golden file that records a wrong figure is a defect, not a baseline.
import { describe, it } from 'vitest';
import { runInProcess } from './run-asso.js';

interface Ledger {
  /** Folder, relative to the repository root (also the -L argument: paths in the output stay stable). */
  readonly dir: string;
  readonly years: readonly number[];
  /** `accounts` is the same chart for every ledger but their own accounts: run it once. */
  readonly accounts?: boolean;
}

const LEDGERS: readonly Ledger[] = [
  { dir: 'ledgers/coorace-bn', years: [2011], accounts: true },
  { dir: 'fixtures/club-septembre', years: [2023, 2024] },
  { dir: 'fixtures/decouvert', years: [2024] },
  { dir: 'fixtures/benevolat-fonds-dedies', years: [2023, 2024] },
  // 2024 in the 2018 layouts, 2025 in the 2025 ones (N−1 carried through the changes map), each changed account used.
  { dir: 'fixtures/pca-2024-2025', years: [2024, 2025] },
];

const FORMATS = [
  { format: 'table', ext: 'txt' },
  { format: 'csv', ext: 'csv' },
  { format: 'json', ext: 'json' },
  { format: 'markdown', ext: 'md' },
] as const;

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  /** Path of the golden file, relative to this test file (as toMatchFileSnapshot wants it). */
  readonly golden: string;
}

function casesOf(ledger: Ledger): Case[] {
  const cases: Case[] = [];
  const golden = (file: string) => `../${ledger.dir}/expected/${file}`;
  const add = (
    report: string,
    variant: string,
    year: number | undefined,
    format: (typeof FORMATS)[number],
    extra: readonly string[] = [],
  ) => {
    const base = `${report}${variant ? `-${variant}` : ''}`;
    cases.push({
      name: `${base}${year ? ` ${year}` : ''} (${format.format})`,
      args: [
        ...report.split(' '),
        '-L',
        ledger.dir,
        ...(year ? ['-y', String(year)] : []),
        '-f',
        format.format,
        ...extra,
      ],
      golden: golden(`${base}${year ? `.${year}` : ''}.${format.ext}`),
    });
  };
  for (const year of ledger.years) {
    for (const format of FORMATS) {
      add('income-statement', '', year, format);
      add('income-statement', 'detail', year, format, ['--detail']);
      add('balance-sheet', '', year, format);
      add('balance-sheet', 'detail', year, format, ['--detail']);
      add('balance', '', year, format);
      add('journal', '', year, format);
      add('ledger', '', year, format);
    }
    for (const format of FORMATS.filter((f) => f.format === 'table' || f.format === 'json')) {
      add('income-statement', 'euros', year, format, ['--euros']);
      add('balance-sheet', 'euros', year, format, ['--euros']);
    }
    add('income-statement', 'en', year, FORMATS[0], ['--lang', 'en']);
    add('balance-sheet', 'en', year, FORMATS[0], ['--lang', 'en']);
  }
  // `check` covers every fiscal year at once: one golden per format, without a year.
  for (const format of FORMATS) add('check', '', undefined, format);
  if (ledger.accounts) for (const format of FORMATS) add('accounts', '', undefined, format);
  return cases;
}

for (const ledger of LEDGERS) {
  describe.concurrent(ledger.dir, () => {
    for (const testCase of casesOf(ledger)) {
      it(testCase.name, async ({ expect }) => {
        const { stdout, stderr, code } = await runInProcess(testCase.args);
        expect(code, `asso ${testCase.args.join(' ')} exited ${code}: ${stderr}`).toBe(0);
        // Warnings may go to stderr; a crash never.
        expect(stderr).not.toMatch(/internal error|^\s+at /m);
        await expect(stdout).toMatchFileSnapshot(testCase.golden);
      });
    }
  });
}
