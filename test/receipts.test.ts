// Tax receipts (asso receipts): amounts in words against an independent reading of them, numbers
// that never move (properties), and the command on fixtures/receipts: goldens in every format,
// reprints identical, a changed gift cancelling and replacing its receipt, every refusal.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { numberReceipts, type RegisterRow } from '../src/receipts/register.js';
import { amountInWords, integerInWords } from '../src/receipts/words.js';
import { ROOT, runAsso } from './run-asso.js';

/** Reads French number words back, by another road than the writer: a running group and a total. */
function readWords(words: string): bigint {
  const values: Record<string, bigint> = {
    zéro: 0n,
    un: 1n,
    deux: 2n,
    trois: 3n,
    quatre: 4n,
    cinq: 5n,
    six: 6n,
    sept: 7n,
    huit: 8n,
    neuf: 9n,
    dix: 10n,
    onze: 11n,
    douze: 12n,
    treize: 13n,
    quatorze: 14n,
    quinze: 15n,
    seize: 16n,
    vingt: 20n,
    vingts: 20n,
    trente: 30n,
    quarante: 40n,
    cinquante: 50n,
    soixante: 60n,
  };
  const scales: Record<string, bigint> = {
    million: 10n ** 6n,
    millions: 10n ** 6n,
    milliard: 10n ** 9n,
    milliards: 10n ** 9n,
    billion: 10n ** 12n,
    billions: 10n ** 12n,
    billiard: 10n ** 15n,
    billiards: 10n ** 15n,
  };
  let total = 0n;
  let group = 0n;
  let previous = '';
  for (const word of words.split(/[ -]/)) {
    if (word === 'et') continue;
    if (word === 'cent' || word === 'cents') group = (group === 0n ? 1n : group) * 100n;
    else if (word === 'mille') {
      total += (group === 0n ? 1n : group) * 1000n;
      group = 0n;
    } else if (word in scales) {
      total += group * scales[word]!;
      group = 0n;
    } else if ((word === 'vingt' || word === 'vingts') && previous === 'quatre') group += 80n - 4n;
    else if (word in values) group += values[word]!;
    else throw new Error(`unexpected word "${word}" in "${words}"`);
    previous = word;
  }
  return total + group;
}

/** A whole amount's words back to cents: "… euros et … centimes". */
function readAmount(text: string): bigint {
  const withEuros = /^(.*?) (euro|euros|d'euros)(?: et (.*) centimes?)?$/.exec(text);
  if (withEuros) return readWords(withEuros[1]!) * 100n + (withEuros[3] === undefined ? 0n : readWords(withEuros[3]));
  const centsOnly = /^(.*) centimes?$/.exec(text);
  if (!centsOnly) throw new Error(`unreadable "${text}"`);
  return readWords(centsOnly[1]!);
}

describe('amounts in words (cerfa 11580)', () => {
  it.each([
    [24050n, 'deux cent quarante euros et cinquante centimes'],
    [0n, 'zéro euro'],
    [1n, 'un centime'],
    [100n, 'un euro'],
    [2100n, 'vingt et un euros'],
    [7100n, 'soixante et onze euros'],
    [8000n, 'quatre-vingts euros'],
    [8100n, 'quatre-vingt-un euros'],
    [9900n, 'quatre-vingt-dix-neuf euros'],
    [20000n, 'deux cents euros'],
    [20100n, 'deux cent un euros'],
    [100000n, 'mille euros'],
    [8000000n, 'quatre-vingt mille euros'],
    [20000000n, 'deux cent mille euros'],
    [100000000n, "un million d'euros"],
    [20000000000n, "deux cents millions d'euros"],
    [100000100n, 'un million un euros'],
    [
      123456789n,
      'un million deux cent trente-quatre mille cinq cent soixante-sept euros et quatre-vingt-neuf centimes',
    ],
  ])('%s cents: %s', (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });

  it('reads back to the same amount, over the whole range with cents', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (cents) => {
        const words = amountInWords(cents);
        expect(readAmount(words)).toBe(cents);
        // Plural rules: quatre-vingts and N cents only end a number or come before a scale noun.
        expect(words).not.toMatch(
          /(vingts|cents) (?!millions?|milliards?|billions?|billiards?|euros|d'euros|centimes)/,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('writes every integer below 2 000 differently', () => {
    const seen = new Set<string>();
    for (let n = 0n; n < 2000n; n += 1n) seen.add(integerInWords(n));
    expect(seen.size).toBe(2000);
  });
});

describe('receipt numbers never move', () => {
  const donors = ['A', 'B', 'C', 'D', 'E'];
  const run = fc.dictionary(fc.constantFrom(...donors), fc.bigInt({ min: -500n, max: 3000n }), { maxKeys: 5 });

  it('keeps numbers, cancels and replaces changed totals, keeps every row ever issued', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 6 }), (runs) => {
        let register: RegisterRow[] = [];
        for (const [index, totals] of runs.entries()) {
          const list = Object.entries(totals).map(([donor, total]) => ({ donor, total }));
          const before = register;
          const { rows, changed } = numberReceipts(before, list, 2025, `2026-01-0${index + 1}`);
          // Nothing issued before is lost or renumbered; only its status may go from issued to cancelled.
          expect(rows.slice(0, before.length).map((r) => [r.number, r.donor, r.amount])).toEqual(
            before.map((r) => [r.number, r.donor, r.amount]),
          );
          // Numbers are unique and follow each other.
          expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
          rows.forEach((row, i) => expect(row.number).toBe(`2025-${String(i + 1).padStart(4, '0')}`));
          // Exactly one receipt in force per donor with a positive total, of that total.
          for (const { donor, total } of list) {
            const inForce = rows.filter((r) => r.donor === donor && r.status === 'issued');
            expect(inForce.map((r) => r.amount)).toEqual(total > 0n ? [total] : []);
          }
          // An unchanged total keeps its receipt.
          for (const row of before.filter((r) => r.status === 'issued'))
            if (totals[row.donor] === row.amount)
              expect(rows.find((r) => r.number === row.number)?.status).toBe('issued');
          // Running again changes nothing.
          const again = numberReceipts(rows, list, 2025, '2027-01-01');
          expect(again.changed).toBe(false);
          expect(again.rows).toEqual(rows);
          expect(changed).toBe(!isDeepStrictEqual(rows, before));
          register = rows;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives first numbers in the order it is handed (the order of the first gifts)', () => {
    const { rows } = numberReceipts(
      [],
      [
        { donor: 'Z', total: 100n },
        { donor: 'A', total: 200n },
      ],
      2025,
      '2026-01-01',
    );
    expect(rows.map((r) => `${r.number}:${r.donor}`)).toEqual(['2025-0001:Z', '2025-0002:A']);
  });
});

const FIXTURE = join(ROOT, 'fixtures', 'receipts');
const EXPECTED = join(FIXTURE, 'expected');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-receipts-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, 'expected'), { recursive: true, force: true });
  return dir;
}

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' }; // 2026-01-01

describe('asso receipts on fixtures/receipts', () => {
  for (const [name, args] of [
    ['receipts-2025.txt', []],
    ['receipts-2025.csv', ['-f', 'csv']],
    ['receipts-2025.json', ['-f', 'json']],
    ['receipts-2025.md', ['-f', 'markdown']],
    ['receipts-2025.html', ['-f', 'html']],
    ['receipts-2025-summary.txt', ['--summary']],
    ['receipts-2025-summary.json', ['--summary', '-f', 'json']],
    ['receipts-2025-en.txt', ['--lang', 'en']],
  ] as const) {
    it(`prints ${name}`, async () => {
      const dir = copyFixture();
      const run = await runAsso(['recus', '-L', dir, '--year', '2025', ...args], { env: EPOCH });
      expect(run.code).toBe(0);
      await expect(run.stdout).toMatchFileSnapshot(join(EXPECTED, name));
    });
  }

  it('numbers the receipts once, in receipts/2025.csv, and reprints them identical', async () => {
    const dir = copyFixture();
    const first = await runAsso(['recus', '-L', dir, '--year', '2025', '-f', 'html'], { env: EPOCH });
    const register = readFileSync(join(dir, 'receipts', '2025.csv'), 'utf8');
    expect(register).toBe(
      'number,donor,amount,issued,status,replaces\n2025-0001,D002,80.00,2026-01-01,issued,\n2025-0002,D001,240.50,2026-01-01,issued,\n2025-0003,D003,120.00,2026-01-01,issued,\n',
    );
    expect(first.stderr).toContain('receipts/2025.csv');
    const later = await runAsso(['recus', '-L', dir, '--year', '2025', '-f', 'html'], {
      env: { SOURCE_DATE_EPOCH: '1780000000' },
    });
    expect(later.stdout).toBe(first.stdout);
    expect(later.stderr).not.toContain('receipts/2025.csv');
    expect(readFileSync(join(dir, 'receipts', '2025.csv'), 'utf8')).toBe(register);
  });

  it('cancels the receipt of a changed gift and issues a new number that replaces it', async () => {
    const dir = copyFixture();
    await runAsso(['recus', '-L', dir, '--year', '2025'], { env: EPOCH });
    const journal = join(dir, 'journal', '2025.csv');
    writeFileSync(
      journal,
      readFileSync(journal, 'utf8')
        .replace(/Don Dupont,,90\.50/, 'Don Dupont,,99.50')
        .replace(/Don Dupont,90\.50/, 'Don Dupont,99.50'),
    );
    const run = await runAsso(['recus', '-L', dir, '--year', '2025', '-f', 'json'], {
      env: { SOURCE_DATE_EPOCH: '1767312000' },
    });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'receipts', '2025.csv'), 'utf8')).toBe(
      'number,donor,amount,issued,status,replaces\n2025-0001,D002,80.00,2026-01-01,issued,\n2025-0002,D001,240.50,2026-01-01,cancelled,\n2025-0003,D003,120.00,2026-01-01,issued,\n2025-0004,D001,249.50,2026-01-02,issued,2025-0002\n',
    );
    const json = JSON.parse(run.stdout) as {
      receipts: { number: string; amount: string; replaces: string | null }[];
      summary: { count: number; total: string };
    };
    expect(json.receipts.map((r) => [r.number, r.amount, r.replaces])).toEqual([
      ['2025-0001', '80.00', null],
      ['2025-0003', '120.00', null],
      ['2025-0004', '249.50', '2025-0002'],
    ]);
    expect(json.summary).toEqual({ count: 3, total: '449.50' });
  });

  it('refuses a gift of a donor missing from donors.csv, naming the row, and still issues the others', async () => {
    const dir = copyFixture();
    const donors = join(dir, 'donors.csv');
    writeFileSync(donors, readFileSync(donors, 'utf8').replace(/^D003,.*\n/m, ''));
    const run = await runAsso(['recus', '-L', dir, '--year', '2025', '-f', 'json'], { env: EPOCH });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/journal\/2025\.csv:21: .*D003.*donors\.csv.*\[unknown-donor\]/);
    expect((JSON.parse(run.stdout) as { receipts: { donor: string }[] }).receipts.map((r) => r.donor)).toEqual([
      'D002',
      'D001',
    ]);
  });

  it('refuses a donor without an address, naming donors.csv and its line', async () => {
    const dir = copyFixture();
    const donors = join(dir, 'donors.csv');
    writeFileSync(
      donors,
      readFileSync(donors, 'utf8').replace('D001,Marie Dupont,3 place Saint-Sauveur,', 'D001,Marie Dupont,,'),
    );
    const run = await runAsso(['recus', '-L', dir, '--year', '2025', '-f', 'json'], { env: EPOCH });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/donors\.csv:2: .*D001.*\[donor-incomplete\]/);
    expect((JSON.parse(run.stdout) as { receipts: { donor: string }[] }).receipts.map((r) => r.donor)).toEqual([
      'D002',
      'D003',
    ]);
  });

  it('refuses to issue anything without a "receipts" block in asso.json', async () => {
    const dir = copyFixture();
    const config = join(dir, 'asso.json');
    const value = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    delete value.receipts;
    writeFileSync(config, JSON.stringify(value));
    const run = await runAsso(['recus', '-L', dir, '--year', '2025'], { env: EPOCH });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/asso\.json:1: .*"receipts".*\[receipts-config\]/);
    expect(run.stdout).toBe('');
    expect(existsSync(join(dir, 'receipts'))).toBe(false);
  });
});
