// What `check` prints: one line per problem (severity in the reader's language, coloured in a
// terminal) and a summary; or, with -f csv / -f markdown, a table of the problems.
import { Chalk } from 'chalk';
import { formatDiagnostic, type Diagnostic, type Severity } from '../diagnostics.js';
import { checkMessages } from '../messages/treasurer.js';
import { type Lang, say } from '../messages/text.js';
import type { Document } from './document.js';

const where = (d: Diagnostic): string =>
  [d.file, d.line, d.column].filter((part) => part !== undefined && part !== '').join(':');

/** The problems as text lines, as every command shows them, the severity red or yellow when `color`. */
export function checkLines(diagnostics: readonly Diagnostic[], lang: Lang, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const colour = (severity: Severity, word: string): string =>
    severity === 'error' ? paint.red.bold(word) : paint.yellow(word);
  return diagnostics.map((d) => `asso: ${formatDiagnostic(d, lang, colour)}\n`).join('');
}

/** The problems as a table (for -f csv and -f markdown), titled by the summary. */
export function checkDocument(diagnostics: readonly Diagnostic[], lang: Lang, summary: string): Document {
  const headers = say(checkMessages.columns, lang).split('|');
  return {
    title: summary,
    columns: headers.map((header, index) => ({ header, align: 'left', keep: index < 3 })),
    rows: diagnostics.map((d) => ({
      cells: [say(checkMessages.severity(d.severity), lang), d.code, where(d), say(d.message, lang)],
      style: 'normal',
    })),
    notes: [],
    euros: false,
  };
}
