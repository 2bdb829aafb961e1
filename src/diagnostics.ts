// Problems found in the data: values, all collected, each with its file and line. Only cli/
// turns them into an exit code.
import { codeMeanings } from './messages/codes.js';
import { type Lang, type Message, say, type Text } from './messages/text.js';
import { checkMessages } from './messages/treasurer.js';
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

/** `file:line:column: erreur : message [code]` (`error:` / `warning:` in English), the form every problem is shown in; `paint` colours the severity. */
export function formatDiagnostic(
  d: Diagnostic,
  lang: Lang,
  paint: (severity: Severity, word: string) => string = (_, word) => word,
): string {
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined && part !== '').join(':');
  const severity = paint(d.severity, say(checkMessages.severity(d.severity), lang));
  return `${where ? `${where}: ` : ''}${severity}${lang === 'fr' ? ' :' : ':'} ${say(d.message, lang)} [${d.code}]`;
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
  /** What it means and how to fix it, in one line, in French and English (docs/codes.md). */
  readonly meaning: Text;
  /** Guards an invariant no data is known to break (so it has no fixture): a report means a bug. */
  readonly defensive?: true;
}

/** The stable codes of `asso check`: scripts may rely on them; each has a fixture under fixtures/errors/<code>/. */
export const DIAGNOSTIC_CODES = [
  { code: 'config', severity: 'error', meaning: codeMeanings.config },
  { code: 'unreadable-file', severity: 'error', meaning: codeMeanings['unreadable-file'] },
  { code: 'not-a-file', severity: 'error', meaning: codeMeanings['not-a-file'] },
  { code: 'mixed-encoding', severity: 'warning', meaning: codeMeanings['mixed-encoding'] },
  { code: 'empty-file', severity: 'error', meaning: codeMeanings['empty-file'] },
  { code: 'binary-file', severity: 'error', meaning: codeMeanings['binary-file'] },
  { code: 'not-csv', severity: 'error', meaning: codeMeanings['not-csv'] },
  { code: 'unclosed-quote', severity: 'error', meaning: codeMeanings['unclosed-quote'] },
  { code: 'missing-column', severity: 'error', meaning: codeMeanings['missing-column'] },
  { code: 'duplicate-column', severity: 'error', meaning: codeMeanings['duplicate-column'] },
  { code: 'unnamed-column', severity: 'error', meaning: codeMeanings['unnamed-column'] },
  { code: 'ragged-row', severity: 'error', meaning: codeMeanings['ragged-row'] },
  { code: 'empty-date', severity: 'error', meaning: codeMeanings['empty-date'] },
  { code: 'bad-date', severity: 'error', meaning: codeMeanings['bad-date'] },
  { code: 'empty-journal', severity: 'error', meaning: codeMeanings['empty-journal'] },
  { code: 'empty-piece', severity: 'error', meaning: codeMeanings['empty-piece'] },
  { code: 'empty-account', severity: 'error', meaning: codeMeanings['empty-account'] },
  { code: 'unknown-account', severity: 'error', meaning: codeMeanings['unknown-account'] },
  { code: 'heading-account', severity: 'error', meaning: codeMeanings['heading-account'] },
  { code: 'bad-amount', severity: 'error', meaning: codeMeanings['bad-amount'] },
  { code: 'decimal-mark', severity: 'error', meaning: codeMeanings['decimal-mark'] },
  { code: 'too-many-decimals', severity: 'error', meaning: codeMeanings['too-many-decimals'] },
  { code: 'debit-and-credit', severity: 'error', meaning: codeMeanings['debit-and-credit'] },
  { code: 'no-amount', severity: 'error', meaning: codeMeanings['no-amount'] },
  { code: 'one-row-entry', severity: 'error', meaning: codeMeanings['one-row-entry'] },
  { code: 'mixed-dates', severity: 'error', meaning: codeMeanings['mixed-dates'] },
  { code: 'unbalanced', severity: 'error', meaning: codeMeanings.unbalanced },
  { code: 'not-consecutive', severity: 'error', meaning: codeMeanings['not-consecutive'] },
  { code: 'duplicate-piece', severity: 'error', meaning: codeMeanings['duplicate-piece'] },
  { code: 'volunteering-mixed', severity: 'error', meaning: codeMeanings['volunteering-mixed'] },
  { code: 'opening-account', severity: 'error', meaning: codeMeanings['opening-account'] },
  { code: 'empty-label', severity: 'error', meaning: codeMeanings['empty-label'] },
  { code: 'bad-assertion', severity: 'error', meaning: codeMeanings['bad-assertion'] },
  { code: 'assertion-failed', severity: 'error', meaning: codeMeanings['assertion-failed'] },
  { code: 'bad-recurring', severity: 'error', meaning: codeMeanings['bad-recurring'] },
  { code: 'bad-siren', severity: 'warning', meaning: codeMeanings['bad-siren'] },
  { code: 'outlying-year', severity: 'warning', meaning: codeMeanings['outlying-year'] },
  { code: 'account-not-declared', severity: 'warning', meaning: codeMeanings['account-not-declared'] },
  { code: 'ambiguous-parent', severity: 'warning', meaning: codeMeanings['ambiguous-parent'] },
  { code: 'opening-mismatch', severity: 'warning', meaning: codeMeanings['opening-mismatch'] },
  { code: 'result-pending', severity: 'warning', meaning: codeMeanings['result-pending'] },
  { code: 'suspense-not-nil', severity: 'warning', meaning: codeMeanings['suspense-not-nil'] },
  { code: 'transit-not-nil', severity: 'warning', meaning: codeMeanings['transit-not-nil'] },
  { code: 'account-abolished', severity: 'error', meaning: codeMeanings['account-abolished'] },
  { code: 'csv-syntax', severity: 'error', meaning: codeMeanings['csv-syntax'], defensive: true },
  { code: 'not-a-budget-account', severity: 'error', meaning: codeMeanings['not-a-budget-account'] },
  { code: 'bad-month-column', severity: 'error', meaning: codeMeanings['bad-month-column'] },
  { code: 'overlapping-budget', severity: 'error', meaning: codeMeanings['overlapping-budget'] },
  { code: 'in-kind-unbalanced', severity: 'warning', meaning: codeMeanings['in-kind-unbalanced'] },
  { code: 'incomplete-close', severity: 'error', meaning: codeMeanings['incomplete-close'] },
  { code: 'seal-broken', severity: 'error', meaning: codeMeanings['seal-broken'] },
  { code: 'seal-chain', severity: 'error', meaning: codeMeanings['seal-chain'] },
  { code: 'sealed-year-changed', severity: 'error', meaning: codeMeanings['sealed-year-changed'] },
  { code: 'sealed-entry-added', severity: 'error', meaning: codeMeanings['sealed-entry-added'] },
  { code: 'sealed-entry-changed', severity: 'error', meaning: codeMeanings['sealed-entry-changed'] },
  { code: 'sealed-entry-removed', severity: 'error', meaning: codeMeanings['sealed-entry-removed'] },
  { code: 'sealed-file-changed', severity: 'error', meaning: codeMeanings['sealed-file-changed'] },
  { code: 'sealed-file-missing', severity: 'error', meaning: codeMeanings['sealed-file-missing'] },
  { code: 'fec-closing-entry', severity: 'warning', meaning: codeMeanings['fec-closing-entry'] },
  { code: 'fec-open-year', severity: 'warning', meaning: codeMeanings['fec-open-year'] },
  { code: 'fec-no-siren', severity: 'warning', meaning: codeMeanings['fec-no-siren'] },
  { code: 'fec-result', severity: 'error', meaning: codeMeanings['fec-result'], defensive: true },
  { code: 'receipts-config', severity: 'error', meaning: codeMeanings['receipts-config'] },
  { code: 'receipts-register', severity: 'error', meaning: codeMeanings['receipts-register'] },
  { code: 'donor-incomplete', severity: 'error', meaning: codeMeanings['donor-incomplete'] },
  { code: 'unknown-donor', severity: 'error', meaning: codeMeanings['unknown-donor'] },
  { code: 'receipt-means', severity: 'error', meaning: codeMeanings['receipt-means'] },
  { code: 'empty-amount', severity: 'error', meaning: codeMeanings['empty-amount'] },
  { code: 'negative-budget', severity: 'error', meaning: codeMeanings['negative-budget'] },
  { code: 'months-not-adding-up', severity: 'error', meaning: codeMeanings['months-not-adding-up'] },
  { code: 'bad-asset', severity: 'error', meaning: codeMeanings['bad-asset'] },
  { code: 'assets-mismatch', severity: 'warning', meaning: codeMeanings['assets-mismatch'] },
] as const satisfies readonly CodeDescription[];

/** The stable codes: the only ones error() and warning() accept. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number]['code'];
