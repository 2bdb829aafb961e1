// CFONB 120: the French banks' fixed-width statement, records of 120 characters (with or without
// line breaks): 01 old balance, 04 movement, 05 more label for the 04 before it, 07 new balance.
// An amount is 14 digits whose last character also carries the sign (overpunch: `{` and A–I for
// +0…+9, `}` and J–R for −0…−9); position 20 says how many of its digits are decimals.
// Positive is money in (crédit), as for the balances (créditeur).
import { bankMessages as m } from '../../messages/bank.js';
import type { Text } from '../../messages/text.js';
import type { Cents } from '../../money.js';
import type { BankLine, BankProblem, ParseResult, StatedBalance } from './statement.js';
import { accountKey, cleanLabel, iso } from './values.js';

const LENGTH = 120;
const POSITIVE = '{ABCDEFGHI';
const NEGATIVE = '}JKLMNOPQR';

export function isCfonb(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '');
  if (!/^01\d{5}/.test(body)) return false;
  const first = body.split(/\r\n|\n|\r/)[0]!;
  return first.length === LENGTH || /^0[1457]/.test(body.slice(LENGTH, LENGTH + 2));
}

/** The amount zone (14 characters): cents, or undefined when it is not an overpunched number. */
export function overpunched(zone: string, decimals: number): Cents | undefined {
  const last = zone[zone.length - 1] ?? '';
  const digits = zone.slice(0, -1);
  if (!/^\d+$/.test(digits)) return undefined;
  let sign = 1n;
  let digit = POSITIVE.indexOf(last);
  if (digit < 0) {
    digit = NEGATIVE.indexOf(last);
    sign = -1n;
  }
  if (digit < 0 || decimals > 2) return undefined;
  const value = BigInt(`${digits}${digit}`) * 10n ** BigInt(2 - decimals);
  return sign * value;
}

function cfonbDate(zone: string): string | undefined {
  return /^\d{6}$/.test(zone) ? iso(zone.slice(4, 6), zone.slice(2, 4), zone.slice(0, 2)) : undefined;
}

export function parseCfonb(file: string, text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  const problems: BankProblem[] = [];
  // Records with the line each starts on; a file without line breaks is cut every 120 characters.
  const records: { text: string; line: number }[] = [];
  let flat = false;
  if (/[\r\n]/.test(body.replace(/[\r\n]+$/, '')))
    body.split(/\r\n|\n|\r/).forEach((record, index) => {
      if (record.trim() === '') return;
      records.push({ text: record, line: index + 1 });
      if (record.length !== LENGTH)
        problems.push({ code: 'bad-record', line: index + 1, message: m.cfonbLength(record.length) });
    });
  else {
    flat = true;
    const all = body.replace(/[\r\n]+$/, '');
    if (all.length % LENGTH !== 0)
      problems.push({ code: 'bad-record', line: 1, message: m.cfonbFlatLength(all.length) });
    for (let at = 0; at + LENGTH <= all.length; at += LENGTH)
      records.push({ text: all.slice(at, at + LENGTH), line: 1 });
  }
  if (problems.length) return { ok: false, problems };

  const lines: BankLine[] = [];
  const balances: StatedBalance[] = [];
  const labels: string[][] = [];
  const notes: Text[] = [];
  const accounts = new Set<string>();
  let opening: { balance: Cents; line: number } | undefined;
  let moved = 0n;
  for (const [index, record] of records.entries()) {
    const { text: r, line } = record;
    const code = r.slice(0, 2);
    const where = (message: Text): Text => (flat ? m.inRecord(index + 1, message) : message);
    const decimals = Number(r[19]);
    const amount = overpunched(r.slice(90, 104), Number.isNaN(decimals) ? 2 : decimals);
    const date = cfonbDate(r.slice(34, 40));
    if (code === '05') {
      if (!labels.length) problems.push({ code: 'bad-record', line, message: where(m.cfonbOrphan()) });
      else labels[labels.length - 1]!.push(r.slice(48, 118).trim());
      continue;
    }
    if (!['01', '04', '07'].includes(code)) {
      problems.push({ code: 'bad-record', line, message: where(m.cfonbCode(code)) });
      continue;
    }
    if (amount === undefined) {
      problems.push({ code: 'bad-amount', line, message: where(m.badAmount(r.slice(90, 104))) });
      continue;
    }
    if (!date) {
      problems.push({ code: 'bad-date', line, message: where(m.badDate(r.slice(34, 40))) });
      continue;
    }
    accounts.add(accountKey(`${r.slice(2, 7)}${r.slice(11, 16)}${r.slice(21, 32)}`));
    if (code === '01') {
      opening = { balance: amount, line };
      moved = 0n;
      balances.push({ date, balance: amount, line });
    } else if (code === '04') {
      moved += amount;
      const ref = r.slice(104, 120).trim() || r.slice(81, 88).trim();
      lines.push({ line, date, label: r.slice(48, 79).trim(), amount, ...(ref ? { ref } : {}) });
      labels.push([]);
    } else {
      if (opening && opening.balance + moved !== amount)
        problems.push({
          code: 'balance-mismatch',
          line,
          message: where(m.cfonbBalances(opening.line, opening.balance, moved, amount)),
        });
      balances.push({ date, balance: amount, line });
      opening = undefined;
    }
  }
  if (accounts.size > 1)
    problems.push({ code: 'several-accounts', line: 1, message: m.severalAccounts([...accounts]) });
  if (problems.length) return { ok: false, problems };
  const withLabels = lines.map((line, i) => ({
    ...line,
    label: cleanLabel([line.label, ...labels[i]!].filter((part) => part !== '').join(' ')),
  }));
  return {
    ok: true,
    statement: { file, format: 'cfonb120', accountId: [...accounts][0], lines: withLabels, balances, notes },
  };
}
