// Problems found in the data: values, all collected, each with its file and line. Only cli/
// turns them into an exit code.
import { type Lang, type Message, say } from './messages/text.js';
import { compareText } from './text-order.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  /** One of DIAGNOSTIC_CODES: a code not registered there does not compile. */
  readonly code: DiagnosticCode;
  /** What is wrong and what to do: a catalogue Text (src/messages/), said in the user's language at the edge. */
  readonly message: Message;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
}

export function error(
  code: DiagnosticCode,
  message: Message,
  where: { file?: string; line?: number; column?: string } = {},
): Diagnostic {
  return { severity: 'error', code, message, ...where };
}

export function warning(
  code: DiagnosticCode,
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
  const severity = d.severity === 'warning' ? 'warning: ' : '';
  return `${where ? `${where}: ` : ''}${severity}${say(d.message, lang)} [${d.code}]`;
}

/** Orders problems by file, line, then code, so that output is stable whatever the reading order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.code, b.code) ||
      compareText(say(a.message, 'en'), say(b.message, 'en')),
  );
}

export interface CodeDescription {
  readonly code: string;
  readonly severity: Severity;
  /** What it means and how to fix it, in one line (the README's table of codes). */
  readonly meaning: string;
  /** Guards an invariant no data is known to break (so it has no fixture): a report means a bug. */
  readonly defensive?: true;
}

/** The stable codes of `asso check`: scripts may rely on them; each has a fixture under fixtures/errors/<code>/. */
export const DIAGNOSTIC_CODES = [
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
    code: 'not-a-file',
    severity: 'error',
    meaning: 'a .csv name in journal/ is not a regular file (a FIFO, a device); move it out of the folder',
  },
  {
    code: 'mixed-encoding',
    severity: 'warning',
    meaning: 'a UTF-8 file holds stray Windows-1252 bytes (read as such); check those accents, save it as UTF-8',
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
    code: 'duplicate-column',
    severity: 'error',
    meaning: 'the header names a column twice (Débit, Crédit, compte…); remove or rename one',
  },
  {
    code: 'unnamed-column',
    severity: 'error',
    meaning: 'a row holds a value under a column with no name in the header; name the column or empty the cell',
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
    code: 'bad-recurring',
    severity: 'error',
    meaning: 'recurring.csv has a problem (a bad every or day, an unbalanced template); fix the line named',
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
  {
    code: 'transit-not-nil',
    severity: 'warning',
    meaning:
      'an in-year transit account of the 2025 chart is not nil at year end; re-impute it to operating, financial or exceptional accounts',
  },
  {
    code: 'account-abolished',
    severity: 'error',
    meaning:
      "a posting on an account the year's reference set abolished (PCA 2025); `asso migrate --to pca-2025` rewrites it",
  },
  {
    code: 'csv-syntax',
    severity: 'error',
    meaning: 'a row is not valid CSV (a stray quote, a broken field); correct the row',
    defensive: true,
  },
  {
    code: 'not-a-budget-account',
    severity: 'error',
    meaning: 'a budget line on an account that is not of class 6, 7 or 86/87; budget income and expense accounts only',
  },
  {
    code: 'bad-month-column',
    severity: 'error',
    meaning: "a budget column m13… beyond the fiscal year's months; remove it or fix its name",
  },
  {
    code: 'duplicate-column',
    severity: 'error',
    meaning: 'a budget file names the same column twice; keep one',
  },
  {
    code: 'overlapping-budget',
    severity: 'error',
    meaning: 'two budget lines cover the same account (a prefix and an account under it); merge them',
  },
  {
    code: 'in-kind-unbalanced',
    severity: 'warning',
    meaning: "the budget's contributions volontaires en nature do not balance (87 ≠ 86); make resources equal uses",
  },
  {
    code: 'incomplete-close',
    severity: 'error',
    meaning:
      'a close was interrupted (the opening file is written, the seal is not); run `asso close --year <Y>` again',
  },
  {
    code: 'seal-broken',
    severity: 'error',
    meaning: 'locks/<Y>.json cannot be read or its fingerprint does not match its content; restore it from a backup',
  },
  {
    code: 'seal-chain',
    severity: 'error',
    meaning: "a seal does not name the previous year's seal it follows; restore the seals from a backup",
  },
  {
    code: 'sealed-year-changed',
    severity: 'error',
    meaning: 'entries of a closed year differ from its seal (the summary); restore them, correct in an open year',
  },
  {
    code: 'sealed-entry-added',
    severity: 'error',
    meaning: 'an entry was added to a closed year; book it in an open year',
  },
  {
    code: 'sealed-entry-changed',
    severity: 'error',
    meaning: 'an entry of a closed year was changed; restore it, and correct with `asso reverse` in an open year',
  },
  {
    code: 'sealed-entry-removed',
    severity: 'error',
    meaning: 'an entry of a closed year is missing; restore it',
  },
  {
    code: 'sealed-file-changed',
    severity: 'error',
    meaning: 'a file the close wrote (the opening entries) was changed; restore what the close wrote',
  },
  {
    code: 'sealed-file-missing',
    severity: 'error',
    meaning: 'a file the close wrote (the opening entries) is missing; restore it from a backup',
  },
  {
    code: 'fec-closing-entry',
    severity: 'warning',
    meaning: '`export fec`: an entry closing classes 6 and 7 into 120/129 is left out of the FEC',
  },
  {
    code: 'fec-open-year',
    severity: 'warning',
    meaning:
      '`export fec`: the year is not closed, so its entries may still change; close it before handing the file over',
  },
  {
    code: 'fec-no-siren',
    severity: 'warning',
    meaning: '`export fec`: no SIREN (asso.json "siren" or --siren), so the file is not named <SIREN>FEC<date>.txt',
  },
  {
    code: 'fec-result',
    severity: 'error',
    meaning: "`export fec`: the FEC's classes 6 and 7 do not net to the year's result",
    defensive: true,
  },
  {
    code: 'receipts-config',
    severity: 'error',
    meaning: '`asso recus`: the "receipts" block of asso.json is missing or has a wrong field; fix the field named',
  },
  {
    code: 'receipts-register',
    severity: 'error',
    meaning: '`asso recus`: receipts/<Y>.csv, the register of numbers, cannot be read; restore it',
  },
  {
    code: 'donor-incomplete',
    severity: 'error',
    meaning:
      '`asso recus`: donors.csv lacks a column, a donor code, a name or an address, or names a donor twice; complete it',
  },
  {
    code: 'unknown-donor',
    severity: 'error',
    meaning: '`asso recus`: a gift names a donor (aux) that donors.csv does not list; add the donor',
  },
  {
    code: 'receipt-means',
    severity: 'error',
    meaning: "`asso recus`: a gift's means of payment is not one the receipt knows; write a known one",
  },
  {
    code: 'empty-amount',
    severity: 'error',
    meaning: 'a budget line has no amount; write it (0 for a line budgeted at nothing)',
  },
  {
    code: 'negative-budget',
    severity: 'error',
    meaning: "a budget amount or month is negative; amounts are positive in the account's natural direction",
  },
  {
    code: 'months-not-adding-up',
    severity: 'error',
    meaning: "a budget line's months do not add up to its amount; correct a month or the amount",
  },
  {
    code: 'bad-asset',
    severity: 'error',
    meaning: 'a row of assets.csv cannot be read (date, amount, years, account); correct the field named',
  },
  {
    code: 'assets-mismatch',
    severity: 'warning',
    meaning:
      "an asset account's balance in the books differs from the register (assets.csv); book the depreciation or correct the register",
  },
  {
    code: 'fund-without-project',
    severity: 'warning',
    meaning:
      'a row on a dedicated fund (19x) or on 689x/789x names no project; put the project code in the analytic column (the annexe table is by project)',
  },
  {
    code: 'idle-dedicated-funds',
    severity: 'warning',
    meaning: 'a dedicated fund has not been used for two years; explain it in the annexe, use it or refund the funder',
  },
] as const satisfies readonly CodeDescription[];

/** The stable codes: the only ones error() and warning() accept. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number]['code'];
