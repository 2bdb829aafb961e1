// Problems found in the data: values, all collected, each with its file and line. Only cli/
// turns them into an exit code.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
}

export function error(code: string, message: string, where: { file?: string; line?: number; column?: string } = {}): Diagnostic {
  return { severity: 'error', code, message, ...where };
}

export function warning(code: string, message: string, where: { file?: string; line?: number; column?: string } = {}): Diagnostic {
  return { severity: 'warning', code, message, ...where };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:column: message`, the form every problem is shown in. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined && part !== '').join(':');
  const severity = d.severity === 'warning' ? 'warning: ' : '';
  return `${where ? `${where}: ` : ''}${severity}${d.message} [${d.code}]`;
}

/** Orders problems by file, line, then code, so that output is stable whatever the reading order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}
