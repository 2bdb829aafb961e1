// One journal file → rows of postings, each checked on its own (date, account, amounts).
// Problems name the file, the line and the column.
import { postingProblem } from '../chart/chart.js';
import { error } from '../diagnostics.js';
import { parseAmount, settlingMark } from './amount.js';
import { mapColumns, OPTIONAL_COLUMNS } from './columns.js';
import { readFileSync } from 'node:fs';
import { readCsv } from './csv.js';
import { streamCsvFile } from './csv-stream.js';
import { fastJournalRow } from './fast-row.js';
import { parseDate } from './date.js';
/** Reads one journal file, handing each data row to `onRow` in file order. */
export function readJournalFile(file, chart, onRow, report, options = {}) {
    let columns;
    let mark;
    let defaultMark = ',';
    let assumed;
    // What the fast path shares with the reading below: the columns and the settled decimal mark.
    const state = { file, chart, columns: undefined, mark: undefined, accounts: new Map(), dates: new Map(), lastDateText: '', lastDate: '', previous: undefined };
    const record = ({ line, fields }) => {
        if (options.stats && columns)
            options.stats.reference += 1;
        if (!columns) {
            columns = mapColumns(fields);
            state.columns = columns.missing.length ? undefined : columns;
            for (const column of columns.missing)
                report(error('missing-column', `the required column "${column}" is missing from the header row (columns found: ${fields.join(', ')})`, { file, line, column }));
            return;
        }
        if (columns.missing.length)
            return;
        if (fields.length !== columns.width) {
            report(error('ragged-row', `this row has ${fields.length} fields but the header has ${columns.width}: check for a missing or extra delimiter`, { file, line }));
            return;
        }
        const index = columns.index;
        const cell = (column) => (index[column] === undefined ? '' : fields[index[column]].trim());
        let valid = true;
        const fail = (code, message, column) => {
            valid = false;
            report(error(code, message, { file, line, column }));
        };
        const parsedDate = parseDate(cell('date'));
        if (!parsedDate.ok)
            fail(cell('date') === '' ? 'empty-date' : 'bad-date', parsedDate.message, 'date');
        const account = cell('account');
        if (account === '')
            fail('empty-account', 'the account is empty', 'account');
        else {
            const problem = postingProblem(chart, account);
            if (problem)
                fail(account.length <= 2 && /^\d+$/.test(account) ? 'heading-account' : 'unknown-account', problem, 'account');
        }
        const journal = cell('journal');
        if (journal === '')
            fail('empty-journal', 'the journal code is empty', 'journal');
        const amounts = [];
        for (const column of ['debit', 'credit']) {
            const text = cell(column);
            if (mark === undefined) {
                const settled = settlingMark(text);
                if (settled) {
                    mark = settled;
                    state.mark = settled;
                    if (assumed && settled !== defaultMark)
                        report(error('decimal-mark', `this amount was read with the decimal mark "${defaultMark}" but the file's amounts use "${settled}" (settled at line ${line})`, { file, line: assumed.line, column: assumed.column }));
                }
                else if (/[.,]/.test(text) && !assumed)
                    assumed = { line, column };
            }
            const parsed = parseAmount(text, mark ?? defaultMark);
            if (parsed.ok)
                amounts.push(parsed.cents);
            else {
                amounts.push(0n);
                fail(parsed.code, parsed.message, column);
            }
        }
        const [debit, credit] = amounts;
        if (valid && debit !== 0n && credit !== 0n)
            fail('debit-and-credit', 'both debit and credit are filled: a row carries one amount, the other stays empty', 'debit');
        if (valid && debit === 0n && credit === 0n)
            fail('no-amount', 'neither debit nor credit is filled: every row carries one amount', 'debit');
        const optional = {};
        for (const column of OPTIONAL_COLUMNS)
            if (index[column] !== undefined && column !== 'label')
                optional[column] = cell(column);
        for (const extra of columns.extras)
            optional[extra.name] = fields[extra.index];
        const piece = cell('piece');
        const group = columns.fec ? cell('entry') : piece;
        if (group === '')
            fail('empty-piece', columns.fec ? 'the EcritureNum is empty' : 'the piece (the entry reference) is empty', columns.fec ? 'entry' : 'piece');
        onRow({
            file, line, date: parsedDate.ok ? parsedDate.date : '', journal, piece, group, account, label: cell('label'),
            debit, credit, aux: cell('aux'), auxLabel: cell('aux_label'), fields: optional, valid,
        });
    };
    const onDelimiter = (delimiter) => { defaultMark = delimiter === ',' ? '.' : ','; };
    const result = options.reference ? readCsv(readFileSync(file), record, onDelimiter) : streamCsvFile(file, {
        record,
        fast: (line, text, bounds) => {
            const row = state.columns ? {} : fastJournalRow(state, line, text, bounds);
            if (row === undefined)
                return false;
            if (options.stats)
                options.stats.fast += 1;
            onRow(row);
            return true;
        },
    }, onDelimiter, options.chunkSize);
    if ('problem' in result)
        report(error(result.problem.code, result.problem.message, { file, line: result.problem.line }));
}
