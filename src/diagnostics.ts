// Problems found in the data: values, all collected, each with its file and line. Only cli/
// turns them into an exit code.
import { cliMessages } from './messages/cli.js';
import { codeMeanings } from './messages/codes.js';
import { type Lang, type Message, say, type Text } from './messages/text.js';

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
  /** What it means and how to fix it, in one line, in French and English (docs/codes.md). */
  readonly meaning: Text;
}

/** The stable codes of `asso check`: scripts may rely on them; each has a fixture under fixtures/errors/<code>/. */
export const DIAGNOSTIC_CODES: readonly CodeDescription[] = [
  { code: 'config', severity: 'error', meaning: codeMeanings.config },
  { code: 'unreadable-file', severity: 'error', meaning: codeMeanings['unreadable-file'] },
  { code: 'empty-file', severity: 'error', meaning: codeMeanings['empty-file'] },
  { code: 'binary-file', severity: 'error', meaning: codeMeanings['binary-file'] },
  { code: 'not-csv', severity: 'error', meaning: codeMeanings['not-csv'] },
  { code: 'unclosed-quote', severity: 'error', meaning: codeMeanings['unclosed-quote'] },
  { code: 'missing-column', severity: 'error', meaning: codeMeanings['missing-column'] },
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
  { code: 'account-not-declared', severity: 'warning', meaning: codeMeanings['account-not-declared'] },
  { code: 'ambiguous-parent', severity: 'warning', meaning: codeMeanings['ambiguous-parent'] },
  { code: 'opening-mismatch', severity: 'warning', meaning: codeMeanings['opening-mismatch'] },
  { code: 'result-pending', severity: 'warning', meaning: codeMeanings['result-pending'] },
  { code: 'suspense-not-nil', severity: 'warning', meaning: codeMeanings['suspense-not-nil'] },
];
