// CSV text → rows, each with the line it starts on. csv-parse is the reference reader; each
// record is handed to the callback and dropped, so memory does not grow with the file.
import { CsvError, parse } from 'csv-parse/sync';
import { decodeText, detectDelimiter, detectEol } from './text.js';
/**
 * Reads CSV bytes and calls `onRow` for every non-blank row, the header included (line 1).
 * Returns the dialect, or the problem that stopped the reading (an unclosed quote, binary bytes…).
 */
export function readCsv(bytes, onRow, onDelimiter) {
    const decoded = decodeText(bytes);
    if (!decoded.ok)
        return { problem: { line: 1, message: decoded.problem, code: decoded.problem.includes('empty') ? 'empty-file' : 'binary-file' } };
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    if (text.trim() === '')
        return { problem: { line: 1, message: 'the file is empty: it needs at least a header row', code: 'empty-file' } };
    const delimiter = detectDelimiter(text);
    onDelimiter?.(delimiter);
    let nextLine = 1;
    try {
        parse(text, {
            delimiter,
            record_delimiter: detectEol(text) || '\n',
            relax_column_count: true,
            skip_empty_lines: false,
            on_record: (record, context) => {
                const line = nextLine;
                nextLine = context.lines + 1;
                if (!(record.length === 1 && record[0].trim() === '') && !record.every((field) => field.trim() === ''))
                    onRow({ line, fields: record });
                return null;
            },
        });
    }
    catch (thrown) {
        return { problem: csvSyntaxProblem(thrown, nextLine, 0) };
    }
    return { file: { delimiter, encoding: decoded.encoding } };
}
/** The problem csv-parse threw, at its line (counted from `offset`); rethrows what is not a CSV problem. */
export function csvSyntaxProblem(thrown, nextLine, offset) {
    if (!(thrown instanceof CsvError))
        throw thrown;
    const error = thrown;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
        return { line: nextLine, code: 'unclosed-quote', message: 'a quoted field opened here is never closed: add the missing closing quote (")' };
    return { line: offset + (error.lines ?? nextLine - offset), code: 'csv-syntax', message: `the file is not valid CSV here: ${error.message.replace(/ at line \d+/, '')}` };
}
