// A FEC checker of our own: the structure rules of the DGFiP tester (domain notes §3.5) and the
// CLI's own checklist (§3.6). Returns every rule broken, in plain words; [] for a good file.
const COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
];
const MANDATORY = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'ValidDate',
];

export interface FecExpectations {
  /** YYYY-MM-DD */
  readonly start: string;
  readonly end: string;
  /** The year's result in cents, positive for an excédent. */
  readonly result: bigint;
}

const realDate = (text: string): boolean => {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2099 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const cents = (text: string): bigint => {
  const negative = text.startsWith('-');
  const [int, dec] = text.replace('-', '').split(',') as [string, string];
  const value = BigInt(int) * 100n + BigInt(dec);
  return negative ? -value : value;
};

export function checkFec(bytes: Uint8Array, fileName: string, expect: FecExpectations): string[] {
  const problems: string[] = [];
  const name = /^(\d{9})?FEC(\d{8})\.txt$/.exec(fileName);
  if (!name) problems.push(`file name ${fileName} is not <SIREN>FEC<date>.txt`);
  else if (name[2] !== expect.end.replace(/-/g, ''))
    problems.push(`file name date ${name[2]} is not the closing date ${expect.end}`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push('UTF-8 BOM');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [...problems, 'not UTF-8'];
  }
  if (text.includes('\r')) problems.push('CR in the file (records end with LF)');
  if (!text.endsWith('\n')) problems.push('the last record has no line end');
  const lines = text.slice(0, -1).split('\n');
  if (lines[0] !== COLUMNS.join('\t')) problems.push(`header is not the 18 names in order, tab-separated: ${lines[0]}`);
  if (lines.length < 2) problems.push('no record after the header');
  const at = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<string, number>;
  let previousValid = '';
  let openingDone = false;
  let expectedNumber = 1;
  const seenNumbers = new Set<string>();
  let current: { num: string; journal: string; date: string; balance: bigint; classes: Set<string> } | undefined;
  let classes67 = 0n;
  const closeEntry = (): void => {
    if (!current) return;
    if (current.balance !== 0n) problems.push(`entry ${current.num} does not balance (${current.balance} cents)`);
    const c = [...current.classes];
    if (c.includes('12') && c.some((x) => x === '6' || x === '7') && c.every((x) => ['12', '6', '7'].includes(x)))
      problems.push(`entry ${current.num} closes classes 6 and 7`);
  };
  lines.slice(1).forEach((line, index) => {
    const where = `line ${index + 2}`;
    if (line.trim() === '') {
      problems.push(`${where}: blank line`);
      return;
    }
    const f = line.split('\t');
    if (f.length !== COLUMNS.length) {
      problems.push(`${where}: ${f.length} fields, the header has ${COLUMNS.length}`);
      return;
    }
    if (f.some((v) => v.includes('|'))) problems.push(`${where}: a | in a field`);
    for (const column of MANDATORY) if (f[at[column]!]!.trim() === '') problems.push(`${where}: ${column} is empty`);
    for (const column of ['Debit', 'Credit'])
      if (!/^-?\d+,\d{2}$/.test(f[at[column]!]!))
        problems.push(`${where}: ${column} "${f[at[column]!]}" is not a number with a decimal comma and two decimals`);
    if (f[at.Montantdevise!] !== '' && !/^-?\d+,\d{2}$/.test(f[at.Montantdevise!]!))
      problems.push(`${where}: Montantdevise is not a number`);
    for (const column of ['EcritureDate', 'PieceDate', 'ValidDate'])
      if (!realDate(f[at[column]!]!))
        problems.push(`${where}: ${column} "${f[at[column]!]}" is not a real YYYYMMDD date`);
    if (f[at.DateLet!] !== '' && !realDate(f[at.DateLet!]!)) problems.push(`${where}: DateLet is not a date`);
    const date = f[at.EcritureDate!]!;
    if (date < expect.start.replace(/-/g, '') || date > expect.end.replace(/-/g, ''))
      problems.push(`${where}: EcritureDate ${date} outside the exercice`);
    const account = f[at.CompteNum!]!;
    if (!/^\d{3}/.test(account)) problems.push(`${where}: CompteNum ${account} does not start with three digits`);
    if (problems.length > 50) return;
    const debit = /^-?\d+,\d{2}$/.test(f[at.Debit!]!) ? cents(f[at.Debit!]!) : 0n;
    const credit = /^-?\d+,\d{2}$/.test(f[at.Credit!]!) ? cents(f[at.Credit!]!) : 0n;
    if ((debit !== 0n) === (credit !== 0n)) problems.push(`${where}: not exactly one of Debit and Credit is non-zero`);
    if (account.startsWith('6') || account.startsWith('7')) classes67 += credit - debit;
    const valid = f[at.ValidDate!]!;
    if (valid < previousValid)
      problems.push(`${where}: ValidDate ${valid} before the previous record's ${previousValid}`);
    previousValid = valid;
    const num = f[at.EcritureNum!]!;
    const opening = f[at.JournalCode!] === 'AN' && date === expect.start.replace(/-/g, '');
    if (!current || current.num !== num) {
      closeEntry();
      if (seenNumbers.has(num)) problems.push(`${where}: the rows of entry ${num} are not consecutive`);
      seenNumbers.add(num);
      if (num !== String(expectedNumber))
        problems.push(`${where}: EcritureNum ${num} where ${expectedNumber} continues the sequence`);
      expectedNumber += 1;
      if (opening && openingDone) problems.push(`${where}: opening entry ${num} after other entries`);
      if (!opening) openingDone = true;
      current = { num, journal: f[at.JournalCode!]!, date, balance: 0n, classes: new Set() };
    } else if (current.journal !== f[at.JournalCode!] || current.date !== date)
      problems.push(`${where}: entry ${num} changes journal or date`);
    current.balance += debit - credit;
    current.classes.add(account.startsWith('12') ? '12' : account[0]!);
  });
  closeEntry();
  if (classes67 !== expect.result)
    problems.push(`classes 6 and 7 net to ${classes67} cents, the result is ${expect.result}`);
  return problems;
}
