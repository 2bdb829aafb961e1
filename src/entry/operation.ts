// An everyday operation (recette, dépense, virement, dette, créance) → one balanced entry of two
// rows. Pure: the command resolves the accounts and the piece, this says which side each goes to.
import type { Cents } from '../money.js';

export const KINDS = ['recette', 'depense', 'virement', 'dette', 'creance'] as const;
export type Kind = (typeof KINDS)[number];

/** The kind a word names (`dépense`, `Créance` and the English names are accepted), if any. */
export function parseKind(word: string): Kind | undefined {
  const folded = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
  const english: Record<string, Kind> = {
    income: 'recette',
    receipt: 'recette',
    expense: 'depense',
    transfer: 'virement',
    payable: 'dette',
    bill: 'dette',
    receivable: 'creance',
  };
  return (KINDS as readonly string[]).includes(folded) ? (folded as Kind) : english[folded];
}

/** One row of an entry to write (the columns of a journal file). */
export interface EntryRow {
  readonly date: string;
  readonly journal: string;
  readonly piece: string;
  readonly account: string;
  readonly label: string;
  readonly debit: Cents;
  readonly credit: Cents;
  readonly aux: string;
  readonly analytic: string;
}

/** An operation whose accounts, journal and piece are settled. */
export interface Operation {
  readonly kind: Kind;
  readonly date: string;
  /** Positive. */
  readonly amount: Cents;
  readonly label: string;
  /** The account debited and the account credited. */
  readonly debit: string;
  readonly credit: string;
  readonly journal: string;
  readonly piece: string;
  /** The auxiliary account, on the row that is not the bank's (the 401/411 row of a dette or créance). */
  readonly aux: string;
  readonly analytic: string;
}

/** Which role each side plays: the bank (51x, 53x), the third party (401, 411) or the account of the operation. */
export function sides(kind: Kind): { debit: Role; credit: Role } {
  switch (kind) {
    case 'recette':
      return { debit: 'bank', credit: 'account' };
    case 'depense':
      return { debit: 'account', credit: 'bank' };
    case 'virement':
      return { debit: 'to', credit: 'from' };
    case 'dette':
      return { debit: 'account', credit: 'third' };
    case 'creance':
      return { debit: 'third', credit: 'account' };
  }
}
export type Role = 'bank' | 'account' | 'to' | 'from' | 'third';

/** The two rows of the entry: debit first. */
export function entryRows(operation: Operation): [EntryRow, EntryRow] {
  const { debit, credit } = sides(operation.kind);
  const common = {
    date: operation.date,
    journal: operation.journal,
    piece: operation.piece,
    label: operation.label,
  };
  // The auxiliary account goes to the row that is not the bank's (the 401/411 row of a dette or a
  // créance); the project to the row of the operation's account (both rows of a virement).
  const auxRole: Role = operation.kind === 'dette' || operation.kind === 'creance' ? 'third' : 'account';
  const carries = (role: Role) => ({
    aux: role === auxRole ? operation.aux : '',
    analytic: role === 'account' || operation.kind === 'virement' ? operation.analytic : '',
  });
  return [
    { ...common, account: operation.debit, debit: operation.amount, credit: 0n, ...carries(debit) },
    { ...common, account: operation.credit, debit: 0n, credit: operation.amount, ...carries(credit) },
  ];
}

/** The bank and cash accounts an operation may go through: 51x and 53x. */
export function isBankAccount(account: string): boolean {
  return /^5[13]\d/.test(account);
}

/** The journal an operation goes to by default: CA for cash, BQ for the bank, OD for a dette or a créance. */
export function defaultJournal(kind: Kind, bank: string | undefined): string {
  if (kind === 'dette' || kind === 'creance') return 'OD';
  return bank?.startsWith('53') ? 'CA' : 'BQ';
}
