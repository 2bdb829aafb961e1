// Bytes → text: UTF-8 (with or without BOM) or Windows-1252, detected; binary files refused.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** Windows-1252 bytes → text: latin-1 but for 0x80–0x9F (Node's own windows-1252 decoder reads those as latin-1). */
export function decodeCp1252(bytes) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : text;
}
export function decodeText(bytes) {
    if (bytes.length === 0)
        return { ok: false, problem: 'the file is empty: it needs at least a header row' };
    const probe = bytes.subarray(0, Math.min(bytes.length, 65536));
    if (probe.includes(0))
        return { ok: false, problem: 'this is a binary file, not a CSV text file' };
    try {
        return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
    }
    catch {
        const text = decodeCp1252(bytes);
        // Control characters other than tab and line ends mean the bytes are not text at all.
        if (/[\x01-\x08\x0b\x0c\x0e-\x1f]/.test(text.slice(0, 65536)))
            return { ok: false, problem: 'this is a binary file, not a CSV text file' };
        return { ok: true, text, encoding: 'windows-1252' };
    }
}
/** The delimiter of a CSV text: the most frequent of `,` `;` tab `|` on its header line, outside quotes. */
export function detectDelimiter(text) {
    const end = text.search(/\r?\n/);
    const header = end < 0 ? text : text.slice(0, end);
    const counts = new Map([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
    let quoted = false;
    for (const char of header) {
        if (char === '"')
            quoted = !quoted;
        else if (!quoted && counts.has(char))
            counts.set(char, counts.get(char) + 1);
    }
    let best = ',';
    for (const [char, count] of counts)
        if (count > counts.get(best))
            best = char;
    return best;
}
/** The record delimiter, as csv-parse detects it: the first line end outside quotes ('' when there is none). */
export function detectEol(text) {
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c === 34)
            quoted = !quoted;
        else if (!quoted && c === 13)
            return i + 1 === text.length ? '' : text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
        else if (!quoted && c === 10)
            return '\n';
    }
    return '';
}
