// Problems found in the data: values, all collected, each with its file and line. Only cli/
// turns them into an exit code.
export function error(code, message, where = {}) {
    return { severity: 'error', code, message, ...where };
}
export function warning(code, message, where = {}) {
    return { severity: 'warning', code, message, ...where };
}
export function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** `file:line:column: message`, the form every problem is shown in. */
export function formatDiagnostic(d) {
    const where = [d.file, d.line, d.column].filter((part) => part !== undefined && part !== '').join(':');
    const severity = d.severity === 'warning' ? 'warning: ' : '';
    return `${where ? `${where}: ` : ''}${severity}${d.message} [${d.code}]`;
}
/** Orders problems by file, line, then code, so that output is stable whatever the reading order. */
export function sortDiagnostics(list) {
    return [...list].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}
