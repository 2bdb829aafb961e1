// QIF: records of one-letter fields ended by `^`. No ids; the order of day and month differs
// between files, so it is inferred from the file's own dates (a day above 12 settles it).
import { bankMessages as m } from '../../messages/bank.js';
import type { Text } from '../../messages/text.js';
import type { BankLine, BankProblem, ParseResult } from './statement.js';
import { cleanLabel, iso, looksPending, looseAmount } from './values.js';

export function isQif(text: string): boolean {
  return /^\s*(?:\uFEFF)?!(Type|Account|Option)/i.test(text.slice(0, 200));
}

interface Record {
  line: number;
  date: string;
  amount: string;
  payee: string;
  memo: string;
}

type Parts = [string, string, string];

function dateParts(text: string): Parts | undefined {
  const match = /^\s*(\d{1,4})\s*[/.\-']\s*(\d{1,2})\s*[/.\-' ]\s*(\d{2,4})\s*$/.exec(text);
  return match ? [match[1]!, match[2]!, match[3]!] : undefined;
}

/** The order of the file's dates: year first, day first or month first. */
function inferOrder(all: readonly Parts[]): { order: 'ymd' | 'dmy' | 'mdy'; note?: Text } | undefined {
  if (all.every((parts) => parts[0].length === 4)) return { order: 'ymd' };
  const dayFirst = all.some((parts) => +parts[0] > 12);
  const monthFirst = all.some((parts) => +parts[1] > 12);
  if (dayFirst && monthFirst) return undefined;
  if (dayFirst) return { order: 'dmy' };
  if (monthFirst) return { order: 'mdy' };
  // No day above 12: the order under which the dates follow each other, else the French one.
  const sorted = (order: 'dmy' | 'mdy') => {
    const dates = all.map((p) => (order === 'dmy' ? iso(p[2], p[1], p[0]) : iso(p[2], p[0], p[1])) ?? '');
    const up = dates.every((d, i) => i === 0 || d >= dates[i - 1]!);
    const down = dates.every((d, i) => i === 0 || d <= dates[i - 1]!);
    return up || down;
  };
  if (sorted('mdy') && !sorted('dmy')) return { order: 'mdy', note: m.qifOrderAssumed('MM/JJ') };
  return { order: 'dmy', note: m.qifOrderAssumed('JJ/MM') };
}

export function parseQif(file: string, text: string): ParseResult {
  const records: Record[] = [];
  let current: Record | undefined;
  let inBank = false;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    const value = raw.slice(1).trim();
    if (raw.startsWith('!')) {
      inBank = /^!Type:(Bank|CCard|Cash|Oth [AL])/i.test(raw.trim());
      return;
    }
    if (!inBank || raw.trim() === '') return;
    if (raw.startsWith('^')) {
      if (current) records.push(current);
      current = undefined;
      return;
    }
    current ??= { line, date: '', amount: '', payee: '', memo: '' };
    if (raw[0] === 'D') current.date = value;
    else if (raw[0] === 'T' || (raw[0] === 'U' && current.amount === '')) current.amount = value;
    else if (raw[0] === 'P') current.payee = value;
    else if (raw[0] === 'M') current.memo = value;
  });
  if (current) records.push(current);
  const problems: BankProblem[] = [];
  const parts = records.map((record) => dateParts(record.date));
  records.forEach((record, i) => {
    if (!parts[i]) problems.push({ code: 'bad-date', line: record.line, message: m.badDate(record.date) });
  });
  const order = inferOrder(parts.filter((p): p is Parts => p !== undefined));
  if (!order && records.length)
    problems.push({ code: 'bad-date', line: records[0]!.line, message: m.qifOrderContradicts() });
  const lines: BankLine[] = [];
  const notes: Text[] = order?.note ? [order.note] : [];
  records.forEach((record, i) => {
    const p = parts[i];
    if (!p || !order) return;
    const date =
      order.order === 'ymd'
        ? iso(p[0], p[1], p[2])
        : order.order === 'dmy'
          ? iso(p[2], p[1], p[0])
          : iso(p[2], p[0], p[1]);
    const amount = looseAmount(record.amount);
    if (!date) problems.push({ code: 'bad-date', line: record.line, message: m.badDate(record.date) });
    if (amount === undefined)
      problems.push({ code: 'bad-amount', line: record.line, message: m.badAmount(record.amount) });
    if (!date || amount === undefined) return;
    const label = cleanLabel(
      record.memo && !record.payee.includes(record.memo) ? `${record.payee} ${record.memo}` : record.payee,
    );
    if (amount === 0n) {
      notes.push(m.zeroLine(record.line, label));
      return;
    }
    lines.push({ line: record.line, date, label, amount, ...(looksPending(label) ? { pending: true } : {}) });
  });
  if (problems.length) return { ok: false, problems };
  if (!lines.length) return { ok: false, problems: [{ code: 'no-transactions', line: 1, message: m.noQifLines() }] };
  return {
    ok: true,
    statement: { file, format: 'qif', lines, balances: [], notes },
  };
}
