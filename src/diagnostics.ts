// Problems found in the data: values, all collected, each with its file and line. Only cli/
// turns them into an exit code.
import { cliMessages } from './messages/cli.js';
import { type Lang, type Message, say } from './messages/text.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: string;
  /** What is wrong and what to do: a catalogue Text (src/messages/), said in the user's language at the edge. */
  readonly message: Message;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
}

export function error(
  code: string,
  message: Message,
  where: { file?: string; line?: number; column?: string } = {},
): Diagnostic {
  return { severity: 'error', code, message, ...where };
}

export function warning(
  code: string,
  message: Message,
  where: { file?: string; line?: number; column?: string } = {},
): Diagnostic {
  return { severity: 'warning', code, message, ...where };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:column: message`, the form every problem is shown in. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined && part !== '').join(':');
  const severity = d.severity === 'warning' ? say(cliMessages.warning(), lang) : '';
  return `${where ? `${where}: ` : ''}${severity}${say(d.message, lang)} [${d.code}]`;
}

/** Orders problems by file, line, then code, so that output is stable whatever the reading order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.code.localeCompare(b.code) ||
      say(a.message, 'en').localeCompare(say(b.message, 'en')),
  );
}

export interface CodeDescription {
  readonly code: string;
  readonly severity: Severity;
  /** What it means and how to fix it, in one line (the README's table of codes). */
  readonly meaning: string;
}

/** The stable codes of `asso check`: scripts may rely on them; each has a fixture under fixtures/errors/<code>/. */
export const DIAGNOSTIC_CODES: readonly CodeDescription[] = [
  {
    code: 'config',
    severity: 'error',
    meaning: 'asso.json is missing, not JSON, or has a wrong field; fix the field named',
  },
  {
    code: 'unreadable-file',
    severity: 'error',
    meaning: 'a file of the ledger cannot be read (a folder named .csv, no permission); move it away or fix it',
  },
  {
    code: 'empty-file',
    severity: 'error',
    meaning: 'a CSV file has no content; add the header row, or delete the file',
  },
  {
    code: 'binary-file',
    severity: 'error',
    meaning: 'a .csv file holds binary data (often a spreadsheet saved as .xlsx); save it as CSV',
  },
  {
    code: 'not-csv',
    severity: 'error',
    meaning: 'the first line has no delimiter: not a CSV journal; export it as CSV with a header row',
  },
  {
    code: 'unclosed-quote',
    severity: 'error',
    meaning: 'a quoted field is never closed; add the closing quote or remove the opening one',
  },
  {
    code: 'missing-column',
    severity: 'error',
    meaning: 'a required column is not in the header row (line 1); name it as the README says',
  },
  {
    code: 'ragged-row',
    severity: 'error',
    meaning: 'a row has more or fewer fields than the header; quote a label holding the delimiter',
  },
  { code: 'empty-date', severity: 'error', meaning: 'the date cell is empty; write the date of the entry' },
  {
    code: 'bad-date',
    severity: 'error',
    meaning: 'the date is not YYYY-MM-DD, DD/MM/YYYY or YYYYMMDD, or does not exist (31/02); correct it',
  },
  { code: 'empty-journal', severity: 'error', meaning: 'the journal code is empty; write BQ, OD, …' },
  {
    code: 'empty-piece',
    severity: 'error',
    meaning: 'the piece (FEC: EcritureNum) is empty; give the entry its reference',
  },
  { code: 'empty-account', severity: 'error', meaning: 'the account cell is empty; write the account number' },
  {
    code: 'unknown-account',
    severity: 'error',
    meaning: 'the account is not digits or extends no PCA account; use one of the accounts suggested',
  },
  {
    code: 'heading-account',
    severity: 'error',
    meaning: 'a posting on a two-digit heading (60, 51); post to one of its accounts',
  },
  {
    code: 'bad-amount',
    severity: 'error',
    meaning: 'an amount is not a number (1e3, NaN, dix, 12,); write digits and the decimal mark',
  },
  {
    code: 'decimal-mark',
    severity: 'error',
    meaning: 'an amount uses the other decimal mark than the rest of its file; write it like the others',
  },
  {
    code: 'too-many-decimals',
    severity: 'error',
    meaning: 'an amount has more than two decimals; round it to the cent as booked',
  },
  {
    code: 'debit-and-credit',
    severity: 'error',
    meaning: 'a row has both a debit and a credit; split it into two rows',
  },
  {
    code: 'no-amount',
    severity: 'error',
    meaning: 'a row has neither a debit nor a credit; fill one, or delete the row',
  },
  {
    code: 'one-row-entry',
    severity: 'error',
    meaning: 'an entry has a single row; add its counterpart, or fix the piece of the row',
  },
  {
    code: 'mixed-dates',
    severity: 'error',
    meaning: 'the rows of an entry have different dates; give them the date of the entry',
  },
  {
    code: 'unbalanced',
    severity: 'error',
    meaning: 'debits ≠ credits in an entry (by how much, on which lines); correct the amounts',
  },
  {
    code: 'not-consecutive',
    severity: 'error',
    meaning: 'the rows of an entry are separated by other entries; move them together, or renumber',
  },
  {
    code: 'duplicate-piece',
    severity: 'error',
    meaning: 'the same journal and piece twice in one fiscal year (across files too); renumber one',
  },
  {
    code: 'volunteering-mixed',
    severity: 'error',
    meaning: 'an entry mixes 86/87 (contributions en nature) with classes 1–7; book them apart',
  },
  {
    code: 'opening-account',
    severity: 'error',
    meaning: '890 used outside the opening entries (AN), or not netting to zero over the year; fix the entries',
  },
  { code: 'empty-label', severity: 'error', meaning: 'an account of accounts.csv has no label; write its name' },
  {
    code: 'bad-assertion',
    severity: 'error',
    meaning: 'a row of assertions.csv cannot be read (date, account, balance); correct it',
  },
  {
    code: 'assertion-failed',
    severity: 'error',
    meaning: "the books' balance differs from assertions.csv (by how much, since which entry); find the entry",
  },
  {
    code: 'account-not-declared',
    severity: 'warning',
    meaning: 'an account is used but not listed in accounts.csv; add it with its label',
  },
  {
    code: 'ambiguous-parent',
    severity: 'warning',
    meaning: 'a posting on a parent whose sub-accounts go to different lines (681, 754…); use a sub-account',
  },
  {
    code: 'opening-mismatch',
    severity: 'warning',
    meaning: "an opening balance differs from the previous year's closing balance; correct the AN entries",
  },
  {
    code: 'result-pending',
    severity: 'warning',
    meaning: "an earlier result is still on 120/129; book the assembly's allocation",
  },
  {
    code: 'suspense-not-nil',
    severity: 'warning',
    meaning: '471 (suspense) or 58 (internal transfers) is not nil at year end; clear it',
  },
];
