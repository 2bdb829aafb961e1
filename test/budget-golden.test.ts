// Golden tests of `asso budget` (and the forecast in `asso main`), run in-process (runCli)
// over the seed's 2012 budget and the budget-club fixture (a year under way), in every format.
// Update with `npx vitest run test/budget-golden.test.ts -u`, then read the diff.
import { describe, it } from 'vitest';
import { runAsso } from './run-asso.js';

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly golden: string;
  /** Expected exit code (1 for a tripped --fail-over); its stderr is golden too. */
  readonly code?: number;
}

const FORMATS = [
  ['table', 'txt'],
  ['csv', 'csv'],
  ['json', 'json'],
  ['markdown', 'md'],
] as const;

function cases(
  dir: string,
  variants: readonly { name: string; args: readonly string[]; formats?: readonly string[]; code?: number }[],
): Case[] {
  const all: Case[] = [];
  for (const variant of variants) {
    for (const [format, ext] of FORMATS) {
      if (variant.formats && !variant.formats.includes(format)) continue;
      all.push({
        name: `${variant.name} (${format})`,
        args: [...variant.args, '-L', dir, '-f', format],
        golden: `../${dir}/expected/${variant.name}.${ext}`,
        code: variant.code,
      });
    }
  }
  return all;
}

const SEED = cases('ledgers/coorace-bn', [
  { name: 'budget.2012', args: ['budget', '-y', '2012'] },
  { name: 'budget-vs-2011.2012', args: ['budget', '-y', '2012', '--vs', '2011'] },
  { name: 'budget-cerfa.2012', args: ['budget', '-y', '2012', '--layout', 'cerfa'], formats: ['table', 'markdown'] },
  {
    name: 'budget-cerfa-euros.2012',
    args: ['budget', '-y', '2012', '--layout', 'cerfa', '--euros'],
    formats: ['table'],
  },
  {
    name: 'budget-cerfa-vs-2011.2012',
    args: ['budget', '-y', '2012', '--layout', 'cerfa', '--vs', '2011'],
    formats: ['table'],
  },
  {
    name: 'budget-fail-over.2012',
    args: ['budget', '-y', '2012', '--vs', '2011', '--fail-over', '10'],
    formats: ['table'],
    code: 1,
  },
  { name: 'main-with-forecast.2011', args: ['main', '-y', '2011'], formats: ['table', 'json'] },
]);

const CLUB = cases('fixtures/budget-club', [
  { name: 'budget.2024', args: ['budget', '-y', '2024'] },
  { name: 'budget-to-date.2024', args: ['budget', '-y', '2024', '--vs', '2024'] },
  {
    name: 'budget-to-2024-12-15.2024',
    args: ['budget', '-y', '2024', '--to', '2024-12-15'],
    formats: ['table', 'json'],
  },
  {
    name: 'budget-profile-previous.2024',
    args: ['budget', '-y', '2024', '--vs', '2024', '--profile', 'previous'],
    formats: ['table'],
  },
  { name: 'budget-monthly.2024', args: ['budget', '-y', '2024', '--vs', '2024', '--monthly'] },
  { name: 'budget-monthly-forecast.2024', args: ['budget', '-y', '2024', '--monthly'], formats: ['table'] },
  {
    name: 'budget-cerfa-vs-2023.2024',
    args: ['budget', '-y', '2024', '--vs', '2023', '--layout', 'cerfa'],
    formats: ['table', 'markdown'],
  },
  {
    name: 'budget-fail-over.2024',
    args: ['budget', '-y', '2024', '--vs', '2024', '--fail-over', '10'],
    formats: ['table'],
    code: 1,
  },
  {
    name: 'budget-fail-over-100.2024',
    args: ['budget', '-y', '2024', '--vs', '2024', '--fail-over', '100'],
    formats: ['json'],
  },
  {
    name: 'budget-en-euros.2024',
    args: ['budget', '-y', '2024', '--vs', '2024', '--lang', 'en', '--euros'],
    formats: ['table'],
  },
]);

const asso = runAsso; // in-process: the code the built command runs

for (const [dir, list] of [
  ['ledgers/coorace-bn', SEED],
  ['fixtures/budget-club', CLUB],
] as const) {
  describe.concurrent(`${dir} budget`, () => {
    for (const testCase of list) {
      it(testCase.name, async ({ expect }) => {
        const { stdout, stderr, code } = await asso(testCase.args);
        expect(code, `asso ${testCase.args.join(' ')} exited ${code}: ${stderr}`).toBe(testCase.code ?? 0);
        expect(stderr).not.toMatch(/internal error|^\s+at /m);
        await expect(stdout).toMatchFileSnapshot(testCase.golden);
        // --fail-over lists the lines beyond the threshold and the unbudgeted ones on stderr.
        if (testCase.args.includes('--fail-over'))
          await expect(stderr).toMatchFileSnapshot(testCase.golden.replace(/\.\w+$/, '.stderr.txt'));
        else expect(stderr).toBe('');
      });
    }
  });
}
