// Unit tests of the reader's new parts: the CSV records, Windows-1252, account suggestions, the
// balance assertions (reading and checking).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinChart, closestAccounts, postingProblem } from '../src/chart/chart.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { trackAssertions } from '../src/post/assertions.js';
import { scanLedger } from '../src/post/books.js';
import { readAssertions } from '../src/read/assertions.js';
import { mapColumns } from '../src/read/columns.js';
import { parseRecords, readCsv, type CsvProblem } from '../src/read/csv.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { decodeText, detectEol } from '../src/read/text.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function ledger(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-reader-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'journal'));
  writeFileSync(join(dir, 'asso.json'), JSON.stringify({ name: 'Test', currency: 'EUR', fiscalYearStart: '01-01' }));
  writeFileSync(join(dir, 'accounts.csv'), 'number,label\n512100,Banque\n756100,Cotisations\n');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function records(text: string): { rows: [number, string[]][]; problems: CsvProblem[] } {
  const rows: [number, string[]][] = [];
  const problems: CsvProblem[] = [];
  parseRecords(
    text,
    { delimiter: ',', eol: detectEol(text) || '\n', line: 1 },
    (row) => rows.push([row.line, [...row.fields]]),
    (p) => problems.push(p),
  );
  return { rows, problems };
}

describe('CSV records', () => {
  it('reads LF, CRLF and CR line ends, counting lines inside quoted fields', () => {
    expect(records('a,b\r\n"x\r\ny",2\r\n3,4').rows).toEqual([
      [1, ['a', 'b']],
      [2, ['x\r\ny', '2']],
      [4, ['3', '4']],
    ]);
    expect(records('a,b\r1,2\r3,4\r').rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
    expect(records('a,"b ""c"", d",e""f').rows).toEqual([[1, ['a', 'b "c", d', 'e""f']]]);
    expect(records('a,b\n"x\ny",2\n3,4\n').rows).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', '2']],
      [4, ['3', '4']],
    ]);
  });

  it('reports an unclosed quote on its line and reads on from the next line', () => {
    const { rows, problems } = records('a,b\n1,"x\n2,3\n');
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'unclosed-quote']]);
    expect(rows.map(([line]) => line)).toEqual([1, 2, 3]);
    expect(rows[2]![1]).toEqual(['2', '3']);
  });

  it('reads a quote that does not open a field as an ordinary character, as spreadsheets do', () => {
    const rows: (readonly string[])[] = [];
    const problems: CsvProblem[] = [];
    readCsv(
      new TextEncoder().encode('a,b\n"x" y,2\nFacture "Dupont",3\n'),
      (row) => rows.push(row.fields),
      (p) => problems.push(p),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      ['a', 'b'],
      ['"x" y', '2'],
      ['Facture "Dupont"', '3'],
    ]);
  });

  it('hands the line of an unclosed quote on as a damaged row', () => {
    const damaged: boolean[] = [];
    readCsv(
      new TextEncoder().encode('a,b\n"x,2\n3,4\n'),
      (row) => damaged.push(!!row.damaged),
      () => {},
    );
    expect(damaged).toEqual([false, true, false]);
  });
});

describe('column names', () => {
  it('match whatever the case, accents, spaces and punctuation, in the usual French spellings', () => {
    const header = [
      'DATE',
      'Code journal',
      'N° de pièce',
      'N° compte',
      'Libellé écriture',
      'Débit (€)',
      'Crédit (€)',
      'Remarque',
    ];
    const columns = mapColumns(header);
    expect(columns.missing).toEqual([]);
    expect(columns.index).toEqual({ date: 0, journal: 1, piece: 2, account: 3, label: 4, debit: 5, credit: 6 });
    expect(columns.extras).toEqual([{ name: 'Remarque', index: 7 }]);
  });
});

describe('Windows-1252', () => {
  it('decodes the bytes where it differs from ISO-8859-1 (€, curly quotes, œ)', () => {
    const decoded = decodeText(
      Uint8Array.from([0x80, 0x20, 0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x93, 0xe9, 0x94]),
    );
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252', text: '€ l’œuvre “é”' });
  });
});

describe('account suggestions', () => {
  const chart = {
    ...builtinChart(),
    accounts: new Map([...builtinChart().accounts, ['512100', { number: '512100', label: 'Banque', builtin: false }]]),
  };

  it("suggests the accounts one or two typing mistakes away, the association's own first", () => {
    expect(closestAccounts(chart, '912100')[0]).toBe('512100 Banque');
    expect(postingProblem(chart, '912100')?.en).toMatch(/did you mean 512100 Banque/);
    expect(postingProblem(chart, '912100')?.fr).toMatch(/vouliez-vous dire 512100 Banque/);
  });

  it('suggests accounts by label for a word', () => {
    expect(closestAccounts(chart, 'banque')).toContain('512100 Banque');
    expect(postingProblem(chart, 'Cotisations')?.en).toMatch(/756 Cotisations/);
  });
});

describe('balance assertions', () => {
  it('reads French columns, ; and the decimal comma; reports bad rows with their line and column', () => {
    const dir = ledger({
      'assertions.csv': 'Date;Compte;Solde\n31/03/2024;512100;1 234,50\n31/04/2024;512100;1,00\n30/04/2024;;2,00\n',
    });
    const found: Diagnostic[] = [];
    const assertions = readAssertions(join(dir, 'assertions.csv'), (d) => found.push(d));
    expect(assertions.map((a) => [a.line, a.date, a.account, a.balance])).toEqual([
      [2, '2024-03-31', '512100', 123450n],
    ]);
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([
      ['bad-assertion', 3, 'date'],
      ['bad-assertion', 4, 'account'],
    ]);
  });

  it('checks at the end of the day, by prefix, and carries the previous year when a year has no opening entries', () => {
    const header = 'date,journal,piece,account,label,debit,credit\n';
    const dir = ledger({
      'journal/2023.csv': `${header}2023-12-31,BQ,1,512100,Cotisation,100.00,\n2023-12-31,BQ,1,756100,Cotisation,,100.00\n`,
      'journal/2024.csv': `${header}2024-01-10,BQ,1,512100,Cotisation,20.00,\n2024-01-10,BQ,1,756100,Cotisation,,20.00\n2024-01-20,BQ,2,512100,Cotisation,5.00,\n2024-01-20,BQ,2,756100,Cotisation,,5.00\n`,
      'assertions.csv':
        'date,account,balance\n2023-12-31,512100,100.00\n2024-01-09,512,100.00\n2024-01-10,512100,120.00\n2024-01-31,512100,120.00\n',
    });
    const read = readLedgerFolder(dir);
    const tracker = trackAssertions(read.folder!.assertions!);
    const { books } = scanLedger(read.folder!, { onEntry: tracker.onEntry });
    const failed = tracker.check(books);
    expect(failed.map((d) => [d.code, d.line])).toEqual([['assertion-failed', 5]]);
    expect(failed[0]!.message.en).toMatch(
      /is €125\.00 in the books but €120\.00 on the statement: the books are €5\.00 higher/,
    );
    expect(failed[0]!.message.fr).toMatch(
      /est de 125,00\u00a0€ dans les comptes mais de 120,00\u00a0€ sur le relevé : les comptes sont supérieurs de 5,00\u00a0€/,
    );
    expect(failed[0]!.message.en).toMatch(
      /since the last balance that agreed \(2024-01-10, line 4\), from entry BQ 2 of 2024-01-20/,
    );
  });
});
