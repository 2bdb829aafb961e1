// A CSV file read in chunks, so that memory never holds the whole file. Each line of the
// common shape (fields unquoted, or quoted on one line with doubled quotes, LF or CRLF ends)
// is cut into field bounds here and offered to `fast`; anything else — a field spanning
// lines, a stray quote, a lone CR — is handed, record by record, to csv-parse, the reference
// reader, with the same options it gets for a whole file. test/reader-differential.test.ts
// proves that both give the same rows and problems.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { csvSyntaxProblem } from './csv.js';
import { decodeCp1252, detectDelimiter, detectEol } from './text.js';
/** Chunks small enough that their text dies young (large strings live until a full collection). */
const CHUNK = 64 << 10;
function hasControl(bytes) {
    for (let i = 0; i < bytes.length; i += 1) {
        const b = bytes[i];
        if (b < 0x20 && b !== 9 && b !== 10 && b !== 13)
            return true;
    }
    return false;
}
/** The text field of `text` between `start` and `end` (content of a quoted field, doubled quotes undone). */
export function fieldText(text, fields, i) {
    const value = text.slice(fields.bounds[2 * i], fields.bounds[2 * i + 1]);
    return fields.escaped & (1 << i) ? value.replaceAll('""', '"') : value;
}
/**
 * Reads a CSV file chunk by chunk and hands every record to the handler in file order.
 * Returns the dialect, or the problem that stopped the reading.
 */
export function streamCsvFile(path, handler, onDelimiter, chunkSize = CHUNK) {
    const fd = openSync(path, 'r');
    try {
        return streamFd(fd, handler, onDelimiter, Math.max(chunkSize, 8));
    }
    finally {
        closeSync(fd);
    }
}
function streamFd(fd, handler, onDelimiter, chunkSize) {
    const buffer = Buffer.allocUnsafe(chunkSize);
    let encoding;
    const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let pending = '';
    let delimiter = '';
    let eol = '';
    let line = 1;
    let first = true;
    const fields = { bounds: new Int32Array(128), count: 0, escaped: 0 };
    /** Reads `text` (whole records) with csv-parse; the line count moves on by the lines it counted. */
    const referenceRecords = (text) => {
        let next = line;
        try {
            parse(text, {
                delimiter, record_delimiter: eol, relax_column_count: true, skip_empty_lines: false,
                on_record: (record, context) => {
                    const at = next;
                    next = line + context.lines;
                    if (!(record.length === 1 && record[0].trim() === '') && !record.every((field) => field.trim() === ''))
                        handler.record({ line: at, fields: record });
                    return null;
                },
            });
        }
        catch (thrown) {
            return csvSyntaxProblem(thrown, next, line - 1);
        }
        line = next;
        return undefined;
    };
    /** Handles the complete lines of `text`; returns the unconsumed tail, or a problem. */
    const consume = (text, atEnd) => {
        let pos = 0;
        const length = text.length;
        // Where the next quote and the next CR are: a line with neither is cut by indexOf alone.
        let nextQuote = -1;
        let nextCr = -1;
        while (pos < length) {
            let end = text.indexOf('\n', pos);
            if (end < 0) {
                if (!atEnd)
                    return { rest: text.slice(pos) };
                end = length;
            }
            // The line is [pos, lineEnd); the record delimiter must be the file's.
            let lineEnd = end;
            let simple = true;
            if (eol === '\r\n') {
                if (end < length && end > pos && text.charCodeAt(end - 1) === 13)
                    lineEnd = end - 1;
                else if (end < length)
                    simple = false;
            }
            if (nextQuote !== Infinity && nextQuote < pos) {
                nextQuote = text.indexOf('"', pos);
                if (nextQuote < 0)
                    nextQuote = Infinity;
            }
            if (nextCr !== Infinity && nextCr < pos) {
                nextCr = text.indexOf('\r', pos);
                if (nextCr < 0)
                    nextCr = Infinity;
            }
            const cut = nextQuote >= lineEnd && nextCr >= lineEnd ? splitPlainLine(text, pos, lineEnd, delimiter, fields) : splitLine(text, pos, lineEnd, delimiter, fields);
            if (simple && cut) {
                if (!(fields.count === 1 && isBlank(text, pos, lineEnd)) && !(lineEnd === pos)) {
                    if (!(handler.fast?.(line, text, fields) ?? false)) {
                        const strings = [];
                        for (let i = 0; i < fields.count; i += 1)
                            strings.push(fieldText(text, fields, i));
                        if (!strings.every((field) => field.trim() === ''))
                            handler.record({ line, fields: strings });
                    }
                }
                line += 1;
                pos = end + 1;
                continue;
            }
            // Not of the common shape: find where the record ends (outside quotes) and let csv-parse read it.
            const recordEnd = referenceRecordEnd(text, pos, eol);
            if (recordEnd < 0 && !atEnd)
                return { rest: text.slice(pos) };
            const record = text.slice(pos, recordEnd < 0 ? length : recordEnd);
            const problem = referenceRecords(record);
            if (problem)
                return { problem };
            pos = recordEnd < 0 ? length : recordEnd;
        }
        return { rest: '' };
    };
    // The encoding is the reference reader's: UTF-8 when the whole file is valid UTF-8, else
    // Windows-1252. While the bytes are ASCII both read the same; the first time they are not
    // (or when a BOM or control characters call for it at once), the rest of the file is checked.
    const probe = Buffer.allocUnsafe(65536);
    const probeLength = readSync(fd, probe, 0, probe.length, 0);
    if (probeLength === 0)
        return { problem: { line: 1, code: 'empty-file', message: 'the file is empty: it needs at least a header row' } };
    const window = probe.subarray(0, probeLength);
    if (window.includes(0))
        return { problem: { line: 1, code: 'binary-file', message: 'this is a binary file, not a CSV text file' } };
    const bom = window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf;
    const control = hasControl(window);
    if (bom || control)
        encoding = fileIsUtf8(fd, 0) ? 'utf-8' : 'windows-1252';
    if (encoding === 'windows-1252' && control)
        return { problem: { line: 1, code: 'binary-file', message: 'this is a binary file, not a CSV text file' } };
    let position = bom && encoding === 'utf-8' ? 3 : 0;
    let carry = 0;
    for (;;) {
        const read = readSync(fd, buffer, carry, chunkSize - carry, position);
        position += read;
        const atEnd = read === 0;
        const bytes = buffer.subarray(0, carry + read);
        if (encoding === undefined && !isAscii(bytes))
            encoding = fileIsUtf8(fd, position - bytes.length) ? 'utf-8' : 'windows-1252';
        // Decode whole characters only: an incomplete UTF-8 sequence at the end waits for the next chunk.
        const cut = atEnd || encoding !== 'utf-8' ? bytes.length : completeLength(bytes);
        let text = encoding === 'windows-1252' ? decodeCp1252(bytes) : encoding === 'utf-8' ? utf8.decode(bytes.subarray(0, cut)) : latin1(bytes);
        carry = bytes.length - cut;
        if (carry > 0)
            buffer.copyWithin(0, cut, bytes.length);
        text = pending + text;
        if (first) {
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            if (text.trim() === '') {
                if (atEnd)
                    return { problem: { line: 1, code: 'empty-file', message: 'the file is empty: it needs at least a header row' } };
                pending = text;
                continue;
            }
            eol = detectEol(text);
            if (eol === '' && !atEnd) {
                pending = text;
                continue;
            }
            first = false;
            if (eol === '\r' || eol === '') {
                // Old Mac line ends, or a single line: the reference reader takes the file as it comes.
                let whole = text;
                if (!atEnd) {
                    const rest = drainText(fd, buffer, carry, position, encoding, utf8);
                    whole += rest.text;
                    encoding = rest.encoding;
                }
                delimiter = detectDelimiter(whole);
                eol = eol || '\n';
                onDelimiter?.(delimiter);
                const problem = referenceRecords(whole);
                return problem ? { problem } : { file: { delimiter, encoding: encoding ?? 'utf-8' } };
            }
            delimiter = detectDelimiter(text);
            onDelimiter?.(delimiter);
        }
        const result = consume(text, atEnd);
        if ('problem' in result)
            return result;
        pending = result.rest;
        if (atEnd)
            break;
    }
    return { file: { delimiter, encoding: encoding ?? 'utf-8' } };
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
/** Whether the file from `from` to its end is valid UTF-8 (read in chunks, sequences kept whole across them). */
function fileIsUtf8(fd, from) {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let carry = 0;
    let position = from;
    for (;;) {
        const read = readSync(fd, buffer, carry, buffer.length - carry, position);
        position += read;
        const bytes = buffer.subarray(0, carry + read);
        if (read === 0)
            return bytes.length === 0 || isUtf8(bytes);
        const cut = completeLength(bytes);
        if (!isUtf8(bytes.subarray(0, cut)))
            return false;
        carry = bytes.length - cut;
        if (carry > 0)
            buffer.copyWithin(0, cut, bytes.length);
    }
}
/** The rest of the file as text, in the file's encoding (decided here if the bytes so far were ASCII). */
function drainText(fd, buffer, carry, position, encoding, utf8) {
    const chunks = [Buffer.from(buffer.subarray(0, carry))];
    for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, position);
        if (read === 0)
            break;
        position += read;
        chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    const bytes = Buffer.concat(chunks);
    if (encoding === undefined && !isAscii(bytes))
        encoding = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
    return { text: encoding === 'windows-1252' ? decodeCp1252(bytes) : utf8.decode(bytes), encoding };
}
/** The length of `bytes` without an incomplete UTF-8 sequence at its end. */
function completeLength(bytes) {
    const n = bytes.length;
    for (let i = n - 1; i >= 0 && i >= n - 4; i -= 1) {
        const b = bytes[i];
        if ((b & 0xc0) === 0x80)
            continue;
        if (b < 0xc0)
            return n;
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        return n - i < need ? i : n;
    }
    return n;
}
function isBlank(text, start, end) {
    for (let i = start; i < end; i += 1) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 13)
            return text.slice(start, end).trim() === '';
    }
    return true;
}
/** Cuts [start, end), which holds no quote and no CR, into fields. */
function splitPlainLine(text, start, end, delimiter, fields) {
    const bounds = fields.bounds;
    const max = bounds.length >> 1;
    let count = 0;
    let pos = start;
    for (;;) {
        if (count === max)
            return false;
        let next = text.indexOf(delimiter, pos);
        if (next < 0 || next > end)
            next = end;
        bounds[2 * count] = pos;
        bounds[2 * count + 1] = next;
        count += 1;
        if (next === end)
            break;
        pos = next + 1;
    }
    fields.count = count;
    fields.escaped = 0;
    return true;
}
/**
 * Cuts [start, end) into fields. Returns false when the line is not of the common shape:
 * a quote inside an unquoted field, a quoted field not closed on the line or followed by
 * anything but the delimiter, a CR, or more fields than the bounds hold.
 */
function splitLine(text, start, end, delimiter, fields) {
    const d = delimiter.charCodeAt(0);
    const bounds = fields.bounds;
    const max = bounds.length >> 1;
    let count = 0;
    let escaped = 0;
    let pos = start;
    for (;;) {
        if (count === max)
            return false;
        if (pos < end && text.charCodeAt(pos) === 34) {
            // Quoted field: up to the closing quote, doubled quotes inside.
            let q = pos + 1;
            let doubled = false;
            for (;;) {
                q = text.indexOf('"', q);
                if (q < 0 || q >= end)
                    return false;
                if (q + 1 < end && text.charCodeAt(q + 1) === 34) {
                    doubled = true;
                    q += 2;
                    continue;
                }
                break;
            }
            bounds[2 * count] = pos + 1;
            bounds[2 * count + 1] = q;
            if (doubled) {
                if (count >= 31)
                    return false;
                escaped |= 1 << count;
            }
            count += 1;
            pos = q + 1;
            if (pos === end)
                break;
            if (text.charCodeAt(pos) !== d)
                return false;
            pos += 1;
            continue;
        }
        let next = pos;
        while (next < end) {
            const c = text.charCodeAt(next);
            if (c === d)
                break;
            if (c === 34 || c === 13)
                return false;
            next += 1;
        }
        bounds[2 * count] = pos;
        bounds[2 * count + 1] = next;
        count += 1;
        if (next === end)
            break;
        pos = next + 1;
    }
    fields.count = count;
    fields.escaped = escaped;
    return true;
}
/** Where the record starting at `start` ends (after its record delimiter, outside quotes); -1 when not in `text`. */
function referenceRecordEnd(text, start, eol) {
    let quoted = false;
    for (let i = start; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c === 34)
            quoted = !quoted;
        else if (!quoted && text.startsWith(eol, i))
            return i + eol.length;
    }
    return -1;
}
