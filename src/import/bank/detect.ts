// A bank file → its Statement: the bytes decoded by what they are (UTF-8, else Windows-1252,
// whatever a header claims), then the format recognised from the content, never from the name.
import { bankMessages as m } from '../../messages/bank.js';
import { decodeText } from '../../read/text.js';
import { isCfonb, parseCfonb } from './cfonb.js';
import type { ColumnsSpec } from './columns-option.js';
import { parseBankCsv } from './csv.js';
import { CSV_LAYOUTS } from './csv-layouts.js';
import { isOfx, parseOfx } from './ofx.js';
import { isQif, parseQif } from './qif.js';
import type { ParseResult } from './statement.js';

export function parseStatement(file: string, bytes: Uint8Array, columns?: ColumnsSpec): ParseResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ code: decoded.code, line: 1, message: m.notText() }] };
  const text = decoded.text;
  if (columns) return parseBankCsv(file, text, columns);
  if (isOfx(text)) return parseOfx(file, text);
  if (isQif(text)) return parseQif(file, text);
  if (isCfonb(text)) return parseCfonb(file, text);
  return parseBankCsv(file, text);
}

/** What `--formats` lists: each format and how it is recognised. */
export function formatsList(): { id: string; name: string; recognised: string }[] {
  return [
    ...CSV_LAYOUTS.map((layout) => ({ id: layout.id, name: layout.bank, recognised: layout.header })),
    { id: 'ofx', name: 'OFX 1.x (SGML), 2.x (XML)', recognised: 'OFXHEADER:… / <?OFX …?>' },
    { id: 'qif', name: 'QIF', recognised: '!Type:Bank' },
    { id: 'cfonb120', name: 'CFONB 120', recognised: '01… 04… 05… 07… (120)' },
    { id: 'columns', name: 'CSV (--columns)', recognised: 'date=…,label=…,amount=… | debit=…,credit=…' },
  ];
}
