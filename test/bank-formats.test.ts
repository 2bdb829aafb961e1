// Every bank layout read exactly from a fixture made as the bank exports it (fixtures/bank/statements/):
// dates, signed amounts, labels, the account and the balances it states; and every refusal with
// the file's own line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overpunched } from '../src/import/bank/cfonb.js';
import { parseColumnsOption } from '../src/import/bank/columns-option.js';
import { parseStatement } from '../src/import/bank/detect.js';
import type { ParseResult, Statement } from '../src/import/bank/statement.js';
import { cleanLabel } from '../src/import/bank/values.js';
import { ROOT } from './run-asso.js';

const DIR = join(ROOT, 'fixtures/bank/statements');
const read = (name: string, columns?: string): ParseResult =>
  parseStatement(
    name,
    readFileSync(join(DIR, name)),
    columns ? (parseColumnsOption(columns) as { ok: true; spec: never }).spec : undefined,
  );
const statementOf = (name: string): Statement => {
  const result = read(name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.statement;
};
const lines = (statement: Statement) =>
  statement.lines.map((line) => [line.line, line.date, String(line.amount), line.label]);
const balances = (statement: Statement) => statement.balances.map((b) => [b.date, String(b.balance), b.line]);

/** The month every fixture holds: date and cents, in date order. */
const MONTH = [
  ['2025-03-03', '4500'],
  ['2025-03-05', '-3240'],
  ['2025-03-05', '-3240'],
  ['2025-03-10', '-5890'],
  ['2025-03-14', '12000'],
  ['2025-03-20', '-450'],
  ['2025-03-25', '19000'],
  ['2025-03-28', '-25000'],
];
const newestFirst = [...MONTH].reverse();

describe('French bank CSV layouts', () => {
  it("Crédit Agricole: Windows-1252, preamble, labels over several lines, trailing ';', newest first", () => {
    const s = statementOf('credit-agricole.csv');
    expect(s.format).toBe('credit-agricole');
    expect(s.accountId).toBe('12345678901');
    expect(lines(s)).toEqual([
      [10, '2025-03-28', '-25000', 'CHEQUE 1234567'],
      [11, '2025-03-25', '19000', 'VIR HELLOASSO PAYOUT MARS'],
      [13, '2025-03-20', '-450', 'FRAIS TENUE DE COMPTE'],
      [14, '2025-03-14', '12000', 'REMISE CHEQUES BORDEREAU 0042'],
      [16, '2025-03-10', '-5890', 'PRLV SEPA EDF ECH 10/03/25 REF 998877'],
      [18, '2025-03-05', '-3240', 'CB SUPER U 04/03'],
      [19, '2025-03-05', '-3240', 'CB SUPER U 04/03'],
      [20, '2025-03-03', '4500', 'VIR SEPA COTISATION DUPONT HÉLÈNE'],
    ]);
    expect(balances(s)).toEqual([['2025-03-31', '97680', 5]]);
  });

  it('Société Générale: the detail as label, the account from its first line', () => {
    const s = statementOf('societe-generale.csv');
    expect(s.format).toBe('societe-generale');
    expect(s.accountId).toBe('12345678901');
    expect(s.lines.map((l) => [l.date, String(l.amount)])).toEqual(newestFirst);
    expect(s.lines[0]!.label).toBe('CHEQUE 1234567');
    expect(s.lines[7]!.label).toBe('VIR RECU 0303 DE: DUPONT HELENE MOTIF: COTISATION 2025');
    expect(s.lines[0]!.line).toBe(4);
  });

  it('Crédit Mutuel / CIC: negative debits, a running balance checked, its last one stated', () => {
    const s = statementOf('credit-mutuel.csv');
    expect(s.format).toBe('credit-mutuel');
    expect(s.lines.map((l) => [l.date, String(l.amount)])).toEqual(MONTH);
    expect(s.lines[1]!.label).toBe('PAIEMENT CB 0403 SUPER U');
    expect(balances(s)).toEqual([['2025-03-28', '97680', 9]]);
  });

  it('La Banque Postale: account and balance from the preamble, dated by its Date line', () => {
    const s = statementOf('banque-postale.csv');
    expect(s.format).toBe('banque-postale');
    expect(s.accountId).toBe('12345678901');
    expect(s.lines.map((l) => [l.date, String(l.amount)])).toEqual(newestFirst);
    expect(s.lines[7]).toMatchObject({ line: 15, label: 'VIREMENT DE DUPONT HELENE COTISATION' });
    expect(balances(s)).toEqual([['2025-03-31', '97680', 5]]);
  });

  it('Banque Populaire / Caisse d’Épargne: dated by the booking date, the Reference column as id', () => {
    const s = statementOf('bpce.csv');
    expect(s.format).toBe('bpce');
    expect(s.lines.map((l) => [l.date, String(l.amount)])).toEqual(newestFirst);
    // Booked on the 28th, the cheque's operation date is the 27th.
    expect(s.lines[0]).toMatchObject({ line: 2, date: '2025-03-28', label: 'CHEQUE 1234567', ref: '1234567' });
    expect(s.lines[5]!.ref).toBeUndefined();
  });

  it('BNP Paribas: a pending line, the preamble balance', () => {
    const s = statementOf('bnp.csv');
    expect(s.format).toBe('bnp');
    expect(s.lines[0]).toMatchObject({ line: 3, date: '2025-03-31', amount: -1999n, pending: true });
    expect(s.lines.slice(1).map((l) => [l.date, String(l.amount)])).toEqual(newestFirst);
    expect(s.lines.slice(1).every((l) => !l.pending)).toBe(true);
    expect(balances(s)).toEqual([['2025-03-31', '97680', 1]]);
  });
});

describe('OFX, QIF, CFONB 120', () => {
  it('OFX 1.x SGML whose CHARSET lies (says 1252, is UTF-8)', () => {
    const s = statementOf('releve-ofx1.ofx');
    expect(s.format).toBe('ofx');
    expect(s.accountId).toBe('300060000112345678901');
    expect(s.lines.map((l) => [l.date, String(l.amount)])).toEqual(MONTH);
    expect(s.lines[0]).toMatchObject({ line: 40, label: 'VIR SEPA DUPONT HÉLÈNE COTISATION 2025', ref: 'FT0303A' });
    expect(balances(s)).toEqual([['2025-03-31', '97680', 103]]);
  });

  it('OFX 2.x XML', () => {
    const s = statementOf('releve-ofx2.ofx');
    expect(s.lines.map((l) => [l.date, String(l.amount), l.ref])).toEqual(
      MONTH.map(([date, amount], i) => [date, amount, s.lines[i]!.ref]),
    );
    expect(s.lines.map((l) => l.ref)).toEqual([
      'FT0303A',
      'FT0305A',
      'FT0305B',
      'FT0310A',
      'FT0314A',
      'FT0320A',
      'FT0325A',
      'FT0328A',
    ]);
    expect(s.lines[6]).toMatchObject({ line: 18, label: 'VIR HELLOASSO PAYOUT MARS' });
    expect(balances(s)).toEqual([['2025-03-31', '97680', 21]]);
  });

  it('QIF month first (a day above 12 settles it) and day first read the same', () => {
    for (const name of ['releve-mdy.qif', 'releve-dmy.qif']) {
      const s = statementOf(name);
      expect(s.lines.map((l) => [l.date, String(l.amount)])).toEqual(MONTH);
      expect(s.lines[0]).toMatchObject({ line: 2, label: 'VIR SEPA DUPONT HÉLÈNE COTISATION 2025' });
      expect(s.notes).toEqual([]);
    }
  });

  it('QIF whose dates never pass 12: read day first, and said', () => {
    const s = parseStatement(
      'x.qif',
      Buffer.from('!Type:Bank\nD03/04/2025\nT-10.00\nPA\n^\nD05/04/2025\nT-1,234.50\nPB\n^\n'),
    );
    expect(s.ok && s.statement.lines.map((l) => [l.date, String(l.amount)])).toEqual([
      ['2025-04-03', '-1000'],
      ['2025-04-05', '-123450'],
    ]);
    expect(s.ok && s.statement.notes.length).toBe(1);
  });

  it('CFONB 120 with and without line breaks: 04 with 05 complements, 01 and 07 balances', () => {
    const withBreaks = statementOf('releve.cfonb');
    const flat = statementOf('releve-flat.cfonb');
    expect(withBreaks.format).toBe('cfonb120');
    expect(withBreaks.accountId).toBe('300060000112345678901');
    for (const s of [withBreaks, flat]) {
      expect(s.lines.map((l) => [l.date, String(l.amount)])).toEqual(MONTH);
      expect(s.lines[0]).toMatchObject({ label: 'VIR SEPA DUPONT HELENE COTISATION 2025', ref: 'REFFT0303A' });
      // No reference zone: the numéro d'écriture is the id.
      expect(s.lines[1]!.ref).toBe('1001');
    }
    expect(withBreaks.lines.map((l) => l.line)).toEqual([2, 4, 6, 8, 10, 12, 13, 15]);
    expect(balances(withBreaks)).toEqual([
      ['2025-02-28', '100000', 1],
      ['2025-03-31', '97680', 16],
    ]);
  });

  it('CFONB overpunch: the last character carries the last digit and the sign', () => {
    expect(overpunched('0000000000450{', 2)).toBe(4500n);
    expect(overpunched('0000000000324}', 2)).toBe(-3240n);
    expect(overpunched('0000000000001J', 2)).toBe(-11n);
    expect(overpunched('0000000000001I', 2)).toBe(19n);
    expect(overpunched('0000000000001R', 0)).toBe(-1900n);
    expect(overpunched('00000000000012', 2)).toBeUndefined();
  });

  it('--columns reads any other CSV, by name or by position', () => {
    const text = 'Relevé du compte\nJour,Opération,Somme\n2025-03-03,Cotisation,45.00\n2025-03-04,Achat,-12.5\n';
    const byName = parseStatement(
      'x.csv',
      Buffer.from(text),
      (parseColumnsOption('date=Jour,label=Opération,amount=Somme') as never as { spec: never }).spec,
    );
    const byPosition = parseStatement(
      'x.csv',
      Buffer.from(text),
      (parseColumnsOption('date=1,label=2,amount=3') as never as { spec: never }).spec,
    );
    for (const s of [byName, byPosition])
      expect(s.ok && s.statement.lines.map((l) => [l.line, l.date, String(l.amount), l.label])).toEqual([
        [3, '2025-03-03', '4500', 'Cotisation'],
        [4, '2025-03-04', '-1250', 'Achat'],
      ]);
  });
});

describe('refusals name the file’s own line', () => {
  const problems = (name: string, content: string | Buffer, columns?: string) => {
    const spec = columns ? (parseColumnsOption(columns) as { ok: true; spec: never }).spec : undefined;
    const result = parseStatement(name, typeof content === 'string' ? Buffer.from(content) : content, spec);
    if (result.ok) throw new Error('accepted');
    return result.problems.map((p) => [p.code, p.line, !!p.usage]);
  };

  it('an unrecognised layout is a usage problem listing the columns found, with how to use --columns', () => {
    const result = parseStatement('x.csv', Buffer.from('Export\nQuand;Quoi;Combien\n01/03/2025;A;1,00\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'unknown-layout', line: 2, usage: true });
    expect(result.problems[0]!.message.fr).toContain('Quand | Quoi | Combien');
    expect(result.problems[0]!.message.fr).toContain('--columns date=');
  });

  it('--columns naming columns the file lacks, or malformed', () => {
    expect(
      problems('x.csv', 'Date;Libellé;Montant\n01/03/2025;A;1,00\n', 'date=Date,label=Libellé,amount=Somme'),
    ).toEqual([['bad-columns', 1, true]]);
    expect(parseColumnsOption('date=1,label=2').ok).toBe(false);
    expect(parseColumnsOption('date=1,label=2,amount=3,debit=4,credit=5').ok).toBe(false);
    expect(parseColumnsOption('when=1,label=2,amount=3').ok).toBe(false);
    expect(parseColumnsOption('date=0,label=2,amount=3').ok).toBe(false);
  });

  it('a date or an amount that cannot be read', () => {
    expect(problems('x.csv', 'Date;Libellé;Montant(EUROS)\n31/02/2025;A;1,00\n01/03/2025;B;douze\n')).toEqual([
      ['bad-date', 2, false],
      ['bad-amount', 3, false],
    ]);
  });

  it('a running balance that jumps (a truncated statement)', () => {
    const text =
      'Date;Date de valeur;Débit;Crédit;Libellé;Solde\n01/03/2025;01/03/2025;;10,00;A;110,00\n02/03/2025;02/03/2025;-5,00;;B;95,00\n';
    expect(problems('x.csv', text)).toEqual([['balance-mismatch', 3, false]]);
  });

  it('an OFX without transactions, and one with an unreadable amount', () => {
    expect(problems('x.ofx', 'OFXHEADER:100\n\n<OFX><BANKTRANLIST></BANKTRANLIST></OFX>\n')).toEqual([
      ['no-transactions', 1, false],
    ]);
    expect(
      problems('x.ofx', 'OFXHEADER:100\n\n<OFX>\n<STMTTRN>\n<DTPOSTED>20250301\n<TRNAMT>abc\n</STMTTRN>\n</OFX>\n'),
    ).toEqual([['bad-amount', 4, false]]);
  });

  it('QIF dates mixing day first and month first', () => {
    expect(problems('x.qif', '!Type:Bank\nD13/01/2025\nT1\n^\nD01/13/2025\nT1\n^\n')).toEqual([['bad-date', 2, false]]);
  });

  it('CFONB: a record of the wrong length, a flat file cut short, balances that contradict the lines', () => {
    const good = readFileSync(join(DIR, 'releve.cfonb'), 'latin1').split('\r\n');
    const short = [...good];
    short[3] = short[3]!.slice(0, 100);
    expect(problems('x.cfonb', short.join('\n'))).toEqual([['bad-record', 4, false]]);
    expect(problems('x.cfonb', good.join('').slice(0, 1000))).toEqual([['bad-record', 1, false]]);
    // The new balance changed by one cent.
    const wrong = [...good];
    wrong[15] = `${wrong[15]!.slice(0, 90)}0000000000976A${wrong[15]!.slice(104)}`;
    expect(problems('x.cfonb', wrong.join('\n'))).toEqual([['balance-mismatch', 16, false]]);
  });

  it('control characters in a label (which could drive a terminal) become spaces', () => {
    // A file that has them near its start is refused as binary; further on, the label is cleaned.
    expect(cleanLabel('A\u001b[2J\u0007B  \u009b C\r\nD')).toBe('A [2J B C D');
  });

  it('an empty or binary file', () => {
    expect(problems('x.csv', '')).toEqual([['empty-file', 1, false]]);
    expect(problems('x.csv', Buffer.from([0, 1, 2, 3]))).toEqual([['binary-file', 1, false]]);
  });
});
