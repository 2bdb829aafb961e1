// OFX statements: 1.x (SGML: leaf tags never closed, a header of KEY:VALUE lines whose CHARSET is
// often wrong, so the bytes are decoded by what they are) and 2.x (XML). One tokenizer reads both:
// a tag and the text after it.
import { bankMessages as m } from '../../messages/bank.js';
import type { BankLine, BankProblem, ParseResult, StatedBalance } from './statement.js';
import { accountKey, cleanLabel, iso, lineCounter, looseAmount } from './values.js';

const AGGREGATES = new Set(['STMTTRN', 'LEDGERBAL', 'BANKACCTFROM', 'CCACCTFROM']);

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower]!;
  });
}

function ofxDate(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  return match ? iso(match[1]!, match[2]!, match[3]!) : undefined;
}

export function isOfx(text: string): boolean {
  return /^\s*(?:\uFEFF)?(?:OFXHEADER|<\?xml[^>]*\?>\s*<\?OFX|<OFX>)/i.test(text.slice(0, 2000));
}

export function parseOfx(file: string, text: string): ParseResult {
  const lineOf = lineCounter(text);
  const problems: BankProblem[] = [];
  const lines: BankLine[] = [];
  const balances: StatedBalance[] = [];
  const accounts = new Set<string>();
  let current: { tag: string; at: number; values: Record<string, string> } | undefined;
  const close = (): void => {
    if (!current) return;
    const { tag, at, values } = current;
    current = undefined;
    const line = lineOf(at);
    if (tag === 'STMTTRN') {
      const date = ofxDate(values.DTPOSTED ?? '');
      const amount = looseAmount(values.TRNAMT ?? '');
      if (!date) problems.push({ code: 'bad-date', line, message: m.badOfxDate(values.DTPOSTED ?? '') });
      if (amount === undefined) problems.push({ code: 'bad-amount', line, message: m.badAmount(values.TRNAMT ?? '') });
      if (!date || amount === undefined) return;
      const name = (values.NAME ?? '').trim();
      const memo = (values.MEMO ?? '').trim();
      const label = memo && !name.includes(memo) ? (name ? `${name} ${memo}` : memo) : name;
      lines.push({
        line,
        date,
        label: cleanLabel(label),
        amount,
        ...(values.FITID ? { ref: values.FITID.trim() } : {}),
      });
    } else if (tag === 'LEDGERBAL') {
      const date = ofxDate(values.DTASOF ?? '');
      const balance = looseAmount(values.BALAMT ?? '');
      if (date && balance !== undefined) balances.push({ date, balance, line });
      else problems.push({ code: 'bad-amount', line, message: m.badOfxBalance() });
    } else if (values.ACCTID) {
      accounts.add(accountKey(`${values.BANKID ?? ''}${values.BRANCHID ?? ''}${values.ACCTID}`));
    }
  };
  const tags = /<(\/?)([A-Za-z0-9.]+)>([^<]*)/g;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    const [, closing, rawName, value] = match as unknown as [string, string, string, string];
    const name = rawName.toUpperCase();
    if (AGGREGATES.has(name)) {
      close();
      if (!closing) current = { tag: name, at: match.index, values: {} };
    } else if (!closing && current && value.trim() !== '') current.values[name] = decodeEntities(value.trim());
    else if (closing && current && ['BANKTRANLIST', 'STMTRS', 'CCSTMTRS'].includes(name)) close();
  }
  close();
  if (problems.length) return { ok: false, problems };
  if (lines.length === 0)
    return { ok: false, problems: [{ code: 'no-transactions', line: 1, message: m.noOfxLines() }] };
  if (accounts.size > 1)
    return { ok: false, problems: [{ code: 'several-accounts', line: 1, message: m.severalAccounts([...accounts]) }] };
  return {
    ok: true,
    statement: { file, format: 'ofx', accountId: [...accounts][0], lines, balances, notes: [] },
  };
}
