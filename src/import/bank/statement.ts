// What every bank format is read into: the statement's lines (signed: + money in, − money out),
// the balances it states, and the account it is for. Parsers in this folder produce it; the plan
// (plan.ts) turns it into journal entries.
import type { Cents } from '../../money.js';
import type { Text } from '../../messages/text.js';

export interface BankLine {
  /** The file's own line number where the line's record starts (for every message). */
  readonly line: number;
  /** The booking date (ISO). */
  readonly date: string;
  readonly label: string;
  /** Signed cents: positive when money comes in. */
  readonly amount: Cents;
  /** The bank's own id of the line (OFX FITID, CFONB reference, a reference column), when it gives one. */
  readonly ref?: string;
  /** Marked pending by the bank ("à venir"): listed, never imported. */
  readonly pending?: boolean;
}

export interface StatedBalance {
  /** The balance at the end of this day (ISO). */
  readonly date: string;
  readonly balance: Cents;
  readonly line: number;
}

export interface Statement {
  readonly file: string;
  /** The layout or format recognised (`credit-agricole`, `ofx`, `cfonb120`…). */
  readonly format: string;
  /** The account number or IBAN the file names, if any (spaces removed, upper case). */
  readonly accountId?: string;
  /** In file order. */
  readonly lines: readonly BankLine[];
  readonly balances: readonly StatedBalance[];
  /** What the reading noticed without refusing (a QIF date order assumed…). */
  readonly notes: readonly Text[];
}

/** A problem of a bank file, at its own line. `usage` problems (the layout not recognised, bad --columns) exit 2. */
export interface BankProblem {
  readonly code: string;
  readonly line: number;
  readonly message: Text;
  readonly usage?: boolean;
}

export type ParseResult = { ok: true; statement: Statement } | { ok: false; problems: readonly BankProblem[] };
