// asso add's domain, in-process: operations → rows, the checks of each answer, the numbering, the
// search of accounts by words, the text appended to a journal in its own form, recurring entries
// (their idempotence as a property), and the questions on injected streams.
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinChart, withOwnAccounts } from '../src/chart/chart.js';
import { askOperation } from '../src/cli/add-questions.js';
import { openPrompt } from '../src/cli/prompt.js';
import { findAccounts, preferredFor } from '../src/entry/account-search.js';
import { journalAddition } from '../src/entry/journal-text.js';
import { nextPiece } from '../src/entry/numbering.js';
import { entryRows, parseKind } from '../src/entry/operation.js';
import {
  dueOccurrences,
  occurrenceDates,
  occurrencePiece,
  readRecurring,
  type Template,
} from '../src/entry/recurring.js';
import { checkAmount, checkDate, settleOperation, type AddInput, type AddLedger } from '../src/entry/settle.js';
import { fiscalYearOf } from '../src/fiscal.js';
import { USUAL_ACCOUNTS } from '../src/init/ledger-template.js';
import { say } from '../src/messages/text.js';

const own = USUAL_ACCOUNTS.filter(([number]) => number !== '512200').map(([number, label]) => ({
  number,
  label,
  builtin: false,
}));
const chart = withOwnAccounts(builtinChart('pca-2018'), own);

function ledger(overrides: Partial<AddLedger> = {}): AddLedger {
  const pieces = new Map<string, Set<string>>([['2025 BQ', new Set(['BQ-001', 'BQ-009', 'BQ-010'])]]);
  return {
    calendar: { start: '01-01' },
    chartFor: () => chart,
    own,
    sealed: (year) => year === 2024,
    pieces: (year, journal) => pieces.get(`${year} ${journal}`) ?? new Set(),
    recurring: () => false,
    today: '2025-06-30',
    ...overrides,
  };
}

const french = (texts: readonly { fr: string }[]) => texts.map((t) => t.fr);

describe('an operation becomes one balanced entry', () => {
  it('puts each kind on the right sides, with the next piece and the plain label', () => {
    const cases: [AddInput, string, string, string][] = [
      [{ kind: 'depense', date: '12/03/2025', amount: '12,50', account: '606400' }, '606400', '512100', 'BQ'],
      [{ kind: 'recette', date: '2025-03-12', amount: '30', account: '756000' }, '512100', '756000', 'BQ'],
      [
        { kind: 'virement', date: '2025-03-12', amount: '100.00', from: '512100', to: '531000' },
        '531000',
        '512100',
        'BQ',
      ],
      [
        { kind: 'dette', date: '2025-03-12', amount: '80', account: '616000', supplier: 'MAIF' },
        '616000',
        '401000',
        'OD',
      ],
      [
        { kind: 'creance', date: '2025-03-12', amount: '25', account: '756000', member: 'DUP' },
        '411000',
        '756000',
        'OD',
      ],
      [
        { kind: 'depense', date: '2025-03-12', amount: '5', account: '606400', bank: '531000' },
        '606400',
        '531000',
        'CA',
      ],
    ];
    for (const [input, debit, credit, journal] of cases) {
      const settled = settleOperation(input, ledger());
      if (!('operation' in settled)) throw new Error(JSON.stringify(settled));
      const [first, second] = entryRows(settled.operation);
      expect([first.account, second.account, first.journal]).toEqual([debit, credit, journal]);
      expect(first.debit).toBe(second.credit);
      expect(first.credit + second.debit).toBe(0n);
      expect(first.piece).toBe(journal === 'BQ' ? 'BQ-011' : `${journal}-001`);
    }
  });

  it('sets the auxiliary account on the row that is not the bank, the 401/411 row of a dette or créance', () => {
    const dette = settleOperation({ kind: 'dette', amount: '80', account: '616000', supplier: 'MAIF' }, ledger());
    if (!('operation' in dette)) throw new Error('refused');
    expect(entryRows(dette.operation).map((row) => row.aux)).toEqual(['', 'MAIF']);
    const recette = settleOperation(
      { kind: 'recette', amount: '30', account: '756000', aux: 'DUP', analytic: 'FETE' },
      ledger(),
    );
    if (!('operation' in recette)) throw new Error('refused');
    expect(entryRows(recette.operation).map((row) => [row.account, row.aux, row.analytic])).toEqual([
      ['512100', '', ''],
      ['756000', 'DUP', 'FETE'],
    ]);
  });

  it('accepts the accented kinds and English names, refuses the rest', () => {
    expect(parseKind('dépense')).toBe('depense');
    expect(parseKind('Créance')).toBe('creance');
    expect(parseKind('expense')).toBe('depense');
    expect(parseKind('achat')).toBeUndefined();
  });

  it('refuses, with the reason, what cannot be written', () => {
    const refused = (input: AddInput, over: Partial<AddLedger> = {}) => {
      const settled = settleOperation(input, ledger(over));
      if ('operation' in settled) throw new Error('accepted');
      return 'usage' in settled ? { usage: french(settled.usage) } : { refusals: french(settled.refusals) };
    };
    expect(refused({ kind: 'depense', date: '2024-12-01', amount: '5', account: '606400' })).toEqual({
      refusals: [expect.stringContaining("l'exercice 2024 est clôturé")],
    });
    expect(refused({ kind: 'depense', amount: '5', account: '9064' }).refusals![0]).toMatch(
      /ne prolonge aucun compte.*comptes proches : .*606/,
    );
    expect(refused({ kind: 'depense', amount: '5', account: '60' }).refusals![0]).toMatch(/rubrique/);
    expect(refused({ kind: 'depense', date: '31/02/2025', amount: '5', account: '606400' }).usage![0]).toMatch(
      /n'existe pas dans le calendrier/,
    );
    expect(refused({ kind: 'depense', amount: '12,505', account: '606400' }).usage![0]).toMatch(/deux décimales/);
    expect(refused({ kind: 'depense', amount: '-5', account: '606400' }).usage![0]).toMatch(
      /négatif.*asso add recette/,
    );
    expect(refused({ kind: 'virement', amount: '5', from: '512100', to: '512100' }).usage![0]).toMatch(
      /deux comptes différents/,
    );
    expect(refused({ kind: 'virement', amount: '5', from: '512100', to: '606400' }).refusals![0]).toMatch(
      /pas un compte de banque/,
    );
    expect(refused({ kind: 'depense', account: '606400' }).usage![0]).toMatch(/--amount manque/);
    expect(refused({ kind: 'depense', amount: '5', account: '606400', piece: 'BQ-010' }).refusals![0]).toMatch(
      /existe déjà/,
    );
    // Two bank accounts: --bank is needed.
    const two = [...own, { number: '512200', label: 'Livret', builtin: false }];
    expect(refused({ kind: 'depense', amount: '5', account: '606400' }, { own: two }).usage![0]).toMatch(
      /plusieurs comptes bancaires.*--bank/,
    );
  });

  it('accepts an account that extends the chart without being in accounts.csv, and names it for the warning', () => {
    const settled = settleOperation({ kind: 'depense', amount: '5', account: '6064999' }, ledger());
    expect('operation' in settled && settled.undeclared).toEqual(['6064999']);
  });

  it('reads dates and amounts as treasurers write them', () => {
    expect(checkDate('5/3/2025')).toEqual({ value: '2025-03-05' });
    expect(checkDate('2025-03-05')).toEqual({ value: '2025-03-05' });
    expect('problem' in checkDate('hier')).toBe(true);
    expect(checkAmount('12,50', 'depense')).toEqual({ value: 1250n });
    expect(checkAmount('12.5', 'depense')).toEqual({ value: 1250n });
    expect(checkAmount('1 234,56 €', 'depense')).toEqual({ value: 123456n });
    expect('problem' in checkAmount('0', 'depense')).toBe(true);
    expect('problem' in checkAmount('douze', 'depense')).toBe(true);
  });
});

describe('the numbering of pieces', () => {
  it('continues the series the journal follows, else starts it', () => {
    expect(nextPiece('BQ', ['BQ-001', 'BQ-010', 'BQ-002'])).toBe('BQ-011');
    expect(nextPiece('BQ', ['BQ-2011-007', 'BQ-2011-008'])).toBe('BQ-2011-009');
    expect(nextPiece('BQ', ['1', '2', '3'])).toBe('4');
    expect(nextPiece('OD', [])).toBe('OD-001');
    expect(nextPiece('BQ', [], undefined, { year: 2011, pieces: ['BQ-2011-041', 'BQ-2011-042'] })).toBe('BQ-2012-001');
    expect(nextPiece('BQ', [], undefined, { year: 2011, pieces: ['BQ-042'] })).toBe('BQ-001');
    expect(nextPiece('BQ', ['BQ-099'])).toBe('BQ-100');
    // The recurring entries' pieces are a series of their own.
    const recurring = (piece: string) => piece.startsWith('salaire-');
    expect(nextPiece('OD', ['OD-001', 'salaire-2025-01', 'salaire-2025-02', 'salaire-2025-03'], recurring)).toBe(
      'OD-002',
    );
  });
});

describe('accounts found by words of their label', () => {
  it('"fourn" finds the association\'s 606400 Fournitures first for an expense', () => {
    const found = findAccounts(chart, 'fourn', new Map(), preferredFor('expense'));
    expect(found[0]!.number).toBe('606400');
    expect(found.map((a) => a.number)).toContain('401000');
  });

  it('puts the accounts the books use most first', () => {
    const uses = new Map([['606300', 40]]);
    expect(findAccounts(chart, 'équip', uses, preferredFor('expense'))[0]!.number).toBe('606300');
    expect(findAccounts(chart, '7560', new Map())[0]!.number).toBe('756000');
    expect(findAccounts(chart, 'zzzz', new Map())).toEqual([]);
  });
});

describe('entries appended to a journal file in its own form', () => {
  const rows = (() => {
    const settled = settleOperation(
      { kind: 'depense', date: '2025-03-12', amount: '12.50', account: '606400', label: 'Papier; enveloppes' },
      ledger(),
    );
    if (!('operation' in settled)) throw new Error('refused');
    return entryRows(settled.operation);
  })();

  it('creates a new file with the standard header', () => {
    const made = journalAddition(undefined, 'journal/2025-BQ.csv', rows);
    expect(made).toEqual({
      text: 'date,journal,piece,account,label,debit,credit,aux,analytic\n2025-03-12,BQ,BQ-011,606400,Papier; enveloppes,12.50,,,\n2025-03-12,BQ,BQ-011,512100,Papier; enveloppes,,12.50,,\n',
      encoding: 'utf-8',
      create: true,
    });
  });

  it("keeps an existing file's columns, delimiter, decimal comma, French dates and CRLF", () => {
    const existing = Buffer.from(
      'Date;Libellé;Compte;Débit;Crédit;Journal;Pièce\r\n01/03/2025;Cotisation;512100;30,00;;BQ;BQ-001\r\n01/03/2025;Cotisation;756000;;30,00;BQ;BQ-001',
    );
    const made = journalAddition(existing, 'journal/2025-BQ.csv', rows);
    expect(made).toMatchObject({
      text: '\r\n12/03/2025;"Papier; enveloppes";606400;12,50;;BQ;BQ-011\r\n12/03/2025;"Papier; enveloppes";512100;;12,50;BQ;BQ-011\r\n',
      create: false,
    });
  });

  it('writes one row per entry in a simplified file, and keeps Windows-1252', () => {
    const existing = Buffer.from(
      'date,label,amount,debit_account,credit_account,piece\n2025-03-01,Caf\xe9,3.00,606400,531000,C1\n',
      'latin1',
    );
    const made = journalAddition(existing, 'journal/2025-BQ.csv', rows);
    expect(made).toEqual({
      text: '2025-03-12,Papier; enveloppes,12.50,606400,512100,BQ-011\n',
      encoding: 'windows-1252',
      create: false,
    });
    const withoutPiece = Buffer.from('date,label,amount,debit_account,credit_account\n');
    expect(
      say((journalAddition(withoutPiece, 'x.csv', rows) as { refusal: { fr: string; en: string } }).refusal, 'fr'),
    ).toMatch(/sans colonne piece/);
  });
});

describe('recurring entries', () => {
  const recurringCsv = `name,every,day,from,to,account,label,debit,credit
salaire,month,31,2025-01-31,,641000,Salaire,850.00,
salaire,,,,,512100,Salaire,,850.00
urssaf,quarter,15,2025-01-15,2025-12-31,645000,URSSAF,210.00,
urssaf,,,,,512100,URSSAF,,210.00
`;

  it('reads the templates, the last day of a shorter month, quarters and an end date', () => {
    const { templates, diagnostics } = readRecurring(Buffer.from(recurringCsv), 'recurring.csv', chart);
    expect(diagnostics).toEqual([]);
    expect(templates.map((t) => [t.name, t.every, t.rows.length])).toEqual([
      ['salaire', 'month', 2],
      ['urssaf', 'quarter', 2],
    ]);
    expect(occurrenceDates(templates[0]!, '2025-04-30')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
    expect(occurrenceDates(templates[1]!, '2026-12-31')).toEqual([
      '2025-01-15',
      '2025-04-15',
      '2025-07-15',
      '2025-10-15',
    ]);
    expect(occurrencePiece('salaire', '2025-02-28')).toBe('salaire-2025-02');
  });

  it('names every problem of the file with its line', () => {
    const bad = `name,every,day,from,to,account,label,debit,credit
salaire,weekly,31,2025-01-31,,641000,Salaire,850.00,
salaire,,,,,512100,Salaire,,800.00
x,month,40,2025-13-01,,9999,X,1,
y,month,1,2025-01-01,,60,Y,1,
y,,,,,512100,Y,,1
`;
    const { templates, diagnostics } = readRecurring(Buffer.from(bad), 'recurring.csv', chart);
    expect(templates).toEqual([]);
    expect(diagnostics.map((d) => `${d.line}:${d.column ?? ''}:${d.code}`)).toEqual([
      '2:every:bad-recurring',
      '4:day:bad-recurring',
      '4:from:bad-recurring',
      '4:account:bad-recurring',
      '5:account:bad-recurring',
      '2::bad-recurring',
      '4::bad-recurring',
    ]);
    expect(say(diagnostics[5]!.message, 'fr')).toMatch(/salaire n'est pas équilibré.*50,00/);
  });

  const templateArb: fc.Arbitrary<Template> = fc
    .record({
      name: fc.constantFrom('salaire', 'urssaf', 'loyer'),
      every: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
      day: fc.integer({ min: 1, max: 31 }),
      from: fc.integer({ min: 0, max: 700 }),
      length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
      amount: fc.bigInt({ min: 1n, max: 10_000_000n }),
    })
    .map(({ name, every, day, from, length, amount }) => {
      const start = new Date(Date.UTC(2024, 0, 1) + from * 86_400_000).toISOString().slice(0, 10);
      const end =
        length === undefined
          ? undefined
          : new Date(Date.UTC(2024, 0, 1) + (from + length) * 86_400_000).toISOString().slice(0, 10);
      return {
        name,
        every,
        day,
        from: start,
        to: end,
        journal: 'OD',
        line: 2,
        rows: [
          { account: '641000', label: name, debit: amount, credit: 0n, aux: '', analytic: '' },
          { account: '512100', label: name, debit: 0n, credit: amount, aux: '', analytic: '' },
        ],
      };
    });
  const dateArb = fc
    .integer({ min: 0, max: 1100 })
    .map((days) => new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

  it('is idempotent: a second run writes nothing, and two runs write what one run to the later date writes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(templateArb, { selector: (t) => t.name, maxLength: 3 }),
        dateArb,
        dateArb,
        fc.integer({ min: 2023, max: 2027 }),
        (templates, first, second, sealedYear) => {
          const calendar = { start: '09-01' };
          const books = new Set<string>();
          const booked = (year: number, journal: string, piece: string) => books.has(`${year} ${journal} ${piece}`);
          const sealed = (year: number) => year === sealedYear;
          const run = (through: string) => {
            const found = dueOccurrences(templates, through, calendar, booked, sealed);
            for (const o of found.due) books.add(`${o.year} ${o.template.journal} ${o.piece}`);
            return found;
          };
          const once = run(first);
          for (const o of once.due) {
            expect(o.date <= first).toBe(true);
            expect(o.year).toBe(fiscalYearOf(calendar, o.date));
            expect(sealed(o.year)).toBe(false);
          }
          for (const o of once.sealed) expect(sealed(o.year)).toBe(true);
          expect(run(first).due).toEqual([]);
          const later = [first, second].sort()[1]!;
          run(later);
          const alone = dueOccurrences(templates, later, calendar, () => false, sealed).due;
          expect([...books].sort()).toEqual(alone.map((o) => `${o.year} ${o.template.journal} ${o.piece}`).sort());
          expect(new Set(alone.map((o) => `${o.template.name} ${o.piece}`)).size).toBe(alone.length);
        },
      ),
    );
  });
});

describe('the questions, on injected streams', () => {
  async function answer(lines: string, given: Partial<AddInput> = {}) {
    const input = new PassThrough();
    const output = new PassThrough();
    let said = '';
    output.on('data', (chunk: Buffer) => {
      said += chunk.toString('utf8');
    });
    const prompt = openPrompt(input, output, 'fr');
    input.end(lines);
    try {
      const result = await askOperation(prompt, given, ledger(), new Map());
      return { result, said };
    } finally {
      prompt.close();
    }
  }

  it('asks each question, asks a bad date again at once, and finds the account by words', async () => {
    const { result, said } = await answer('dépense\n31/02/2025\n12/03/2025\n12,505\n12,50\nfourn\n\nPapier\n');
    expect(result).toMatchObject({
      kind: 'depense',
      date: '2025-03-12',
      amount: '12,50',
      account: '606400',
      label: 'Papier',
    });
    // The impossible date is said right after it was typed, before the amount is asked.
    expect(said.indexOf("n'existe pas dans le calendrier")).toBeLessThan(said.indexOf('Montant'));
    expect(said).toMatch(/deux décimales/);
    expect(said).toMatch(/Plusieurs comptes correspondent :\n {2}1\. 606400 Fournitures administratives/);
    expect(settleOperation(result, ledger())).toHaveProperty('operation.amount', 1250n);
  });

  it('takes the defaults on Enter, refuses a closed year, a heading and the same account twice', async () => {
    const { result, said } = await answer('15/06/2024\n\n100\n60\n512100\n512100\n531000\n\n', {
      kind: 'virement',
    });
    expect(said).toMatch(/l'exercice 2024 est clôturé/);
    expect(said).toMatch(/60 est une rubrique/);
    expect(said).toMatch(/ne déplace rien/);
    expect(result).toMatchObject({ kind: 'virement', date: '2025-06-30', amount: '100', from: '512100', to: '531000' });
    expect(result.label).toBe('Virement 512100 → 531000');
  });

  it('asks the member of a créance, and stops when the input ends', async () => {
    const { result } = await answer('2025-04-01\n25\ncotis adh\nDUP\n\n', { kind: 'creance' });
    expect(result).toMatchObject({ account: '756000', member: 'DUP', label: 'Cotisations des adhérents' });
    await expect(answer('2025-04-01\n')).rejects.toThrow();
  });
});
