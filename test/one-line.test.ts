// Simplified journal files in-process: each row is an entry of two postings, with the file's own
// line numbers, defaults for journal and piece, the auxiliary account on the row that is not the
// bank's; the parallel scan reads them whole and gives the sequential scan's books.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readingChart } from '../src/chart/chart.js';
import { scanLedger } from '../src/post/books.js';
import { scanLedgerInParallel } from '../src/post/parallel-scan.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { readJournalFile } from '../src/read/journal.js';
import type { JournalRow } from '../src/read/row.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';

const scratch = mkdtempSync(join(tmpdir(), 'asso-one-line-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function read(name: string, content: string): { rows: JournalRow[]; problems: Diagnostic[] } {
  const file = join(scratch, name);
  writeFileSync(file, content);
  const rows: JournalRow[] = [];
  const problems: Diagnostic[] = [];
  readJournalFile(
    file,
    readingChart(),
    (row) => rows.push(row),
    (d) => problems.push(d),
  );
  return { rows, problems };
}

describe('a simplified journal file', () => {
  it('gives two posting rows per row, on its own line, with the default journal and piece', () => {
    const { rows, problems } = read(
      '2025-caisse.csv',
      'Date;Libellé;Montant;Compte débit;Compte crédit;Aux;Analytique\n12/03/2025;Buvette;45,00;531000;708000;;FETE\n\n13/03/2025;Cotisation;30,00;531000;756000;DUP;\n',
    );
    expect(problems).toEqual([]);
    expect(
      rows.map((r) => [r.line, r.journal, r.piece, r.account, r.debit, r.credit, r.aux, r.fields.analytic]),
    ).toEqual([
      [2, 'OD', '2025-caisse-2', '531000', 4500, 0, '', 'FETE'],
      [2, 'OD', '2025-caisse-2', '708000', 0, 4500, '', 'FETE'],
      [4, 'OD', '2025-caisse-4', '531000', 3000, 0, '', ''],
      [4, 'OD', '2025-caisse-4', '756000', 0, 3000, 'DUP', ''],
    ]);
  });

  it('keeps its journal and piece columns, fills the empty ones, and is read before the FEC Montant reading of amount', () => {
    const { rows, problems } = read(
      'simple.csv',
      'date,journal,piece,label,amount,debit_account,credit_account\n2025-03-12,BQ,F12,Papier,12.50,606400,512100\n2025-03-13,,,Timbres,3.00,626000,512100\n',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => `${r.journal} ${r.piece} ${r.account} ${r.debit} ${r.credit}`)).toEqual([
      'BQ F12 606400 1250 0',
      'BQ F12 512100 0 1250',
      'OD simple-3 626000 300 0',
      'OD simple-3 512100 0 300',
    ]);
  });

  it('names its own columns in problems, once per line', () => {
    const { problems } = read(
      'bad.csv',
      'date,label,amount,debit_account,credit_account\n2025-03-12,A,,606400,512100\n2025-03-12,B,1.00,606400,51\n',
    );
    expect(problems.map((d) => `${d.line}:${d.column}:${d.code}`)).toEqual([
      '2:amount:no-amount',
      '3:credit_account:heading-account',
    ]);
  });

  it('is read whole by the parallel scan, which gives the sequential books', () => {
    const dir = join(scratch, 'ledger');
    mkdirSync(join(dir, 'journal'), { recursive: true });
    writeFileSync(join(dir, 'asso.json'), '{"name": "t", "currency": "EUR", "fiscalYearStart": "01-01"}');
    writeFileSync(join(dir, 'accounts.csv'), 'number,label\n512100,Banque\n606400,Fournitures\n');
    const lines = ['date,label,amount,debit_account,credit_account'];
    for (let i = 0; i < 2000; i += 1)
      lines.push(
        `2025-${String((i % 12) + 1).padStart(2, '0')}-10,Achat ${i},${(i % 97) + 1}.${String(i % 100).padStart(2, '0')},606400,512100`,
      );
    writeFileSync(join(dir, 'journal', '2025-simple.csv'), `${lines.join('\n')}\n`);
    const { folder } = readLedgerFolder(dir);
    const one = scanLedger(folder!);
    const two = scanLedgerInParallel(folder!, { threshold: 0 });
    expect(two.parallel).toBe(false);
    expect(two.diagnostics).toEqual(one.diagnostics);
    const year = (books: typeof one.books) => {
      const y = books.years.get(2025)!;
      return { entries: y.entryCount, movements: [...y.movements].map(([a, t]) => [a, t.debit, t.credit]) };
    };
    expect(year(two.books)).toEqual(year(one.books));
    expect(year(one.books).entries).toBe(2000);
  });
});
