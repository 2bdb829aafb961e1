// Simplified journal files: one operation per row (`date,label,amount,debit_account,credit_account`,
// or montant, compte_debit, compte_credit), each row an entry of two postings. The reader turns a
// row into the two posting rows of an ordinary journal and reads those; diagnostics name the
// file's own line and columns.
import { basename } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { oneLineMessages } from '../messages/one-line.js';
import { normalizeName } from './columns.js';
import type { CsvRow } from './csv.js';

const DEBIT_ACCOUNT = ['debitaccount', 'comptedebit', 'comptededebit', 'comptedebite'];
const CREDIT_ACCOUNT = ['creditaccount', 'comptecredit', 'comptedecredit', 'comptecredite'];
const AMOUNT = ['amount', 'montant'];

export interface OneLineLayout {
  /** The ordinary journal header the posting rows are read with. */
  readonly header: readonly string[];
  /** Hands `read` the two posting rows of a row of the file (none for a ragged or damaged row: reported here or by the CSV reader). */
  expand(row: CsvRow, read: (posting: CsvRow) => void, report: (d: Diagnostic) => void): void;
  /** A problem of a posting row said with the file's own column names; undefined when the other posting of the line already said it. */
  rename(d: Diagnostic): Diagnostic | undefined;
}

/** The layout of a simplified journal file, or undefined when the header is an ordinary one. */
export function oneLineLayout(header: readonly string[], file: string): OneLineLayout | undefined {
  const names = header.map(normalizeName);
  const find = (choices: readonly string[]): number => names.findIndex((name) => choices.includes(name));
  const debitAt = find(DEBIT_ACCOUNT);
  const creditAt = find(CREDIT_ACCOUNT);
  const amountAt = find(AMOUNT);
  if (debitAt < 0 || creditAt < 0 || amountAt < 0) return undefined;
  const kept = header.map((_, index) => index).filter((index) => ![debitAt, creditAt, amountAt].includes(index));
  const keptNames = kept.map((index) => names[index]!);
  const journalAt = keptNames.findIndex((name) => ['journal', 'codejournal', 'journalcode'].includes(name));
  const pieceAt = keptNames.findIndex((name) => ['piece', 'pieceref', 'ref', 'reference'].includes(name));
  const auxAt = keptNames.findIndex((name) => ['aux', 'auxiliaire', 'compteauxiliaire'].includes(name));
  const stem = basename(file).replace(/\.csv$/i, '');
  const accountNames = [header[debitAt]!.trim(), header[creditAt]!.trim()];
  const amountName = header[amountAt]!.trim();
  let side = 0;
  let problemsLine = -1;
  const problems = new Set<string>();
  return {
    header: [
      ...kept.map((index) => header[index]!),
      'account',
      'debit',
      'credit',
      ...(journalAt < 0 ? ['journal'] : []),
      ...(pieceAt < 0 ? ['piece'] : []),
    ],
    expand(row, read, report) {
      if (row.damaged) return;
      if (row.fields.length !== header.length) {
        report(error('ragged-row', oneLineMessages.ragged(row.fields.length, header.length), { file, line: row.line }));
        return;
      }
      const cells = kept.map((index) => row.fields[index]!);
      const piece = `${stem}-${row.line}`;
      if (journalAt >= 0 && cells[journalAt]!.trim() === '') cells[journalAt] = 'OD';
      if (pieceAt >= 0 && cells[pieceAt]!.trim() === '') cells[pieceAt] = piece;
      const tail = [...(journalAt < 0 ? ['OD'] : []), ...(pieceAt < 0 ? [piece] : [])];
      const amount = row.fields[amountAt]!;
      const debitAccount = row.fields[debitAt]!.trim();
      const creditAccount = row.fields[creditAt]!.trim();
      // The auxiliary account goes to the row that is not the bank's or the cash's (class 5).
      const withoutAux = (account: string, other: string): string[] =>
        auxAt >= 0 && account.startsWith('5') && !other.startsWith('5')
          ? cells.map((cell, index) => (index === auxAt ? '' : cell))
          : cells;
      side = 0;
      read({ line: row.line, fields: [...withoutAux(debitAccount, creditAccount), debitAccount, amount, '', ...tail] });
      side = 1;
      read({
        line: row.line,
        fields: [...withoutAux(creditAccount, debitAccount), creditAccount, '', amount, ...tail],
      });
    },
    rename(d) {
      const column =
        d.column === 'account'
          ? accountNames[side]
          : d.column === 'debit' || d.column === 'credit'
            ? amountName
            : d.column;
      if (d.line !== problemsLine) {
        problemsLine = d.line ?? -1;
        problems.clear();
      }
      const key = `${d.code}\u0001${column}`;
      if (problems.has(key)) return undefined;
      problems.add(key);
      return { ...d, column };
    },
  };
}
