// receipts/<Y>.csv: every receipt ever issued for the gifts of year Y, so that numbers never move.
// A receipt keeps its number while its donor's total is unchanged; a changed total cancels it and
// issues a new number that replaces it; both stay in the register. Pure numbering, plus the file.
import { existsSync, readFileSync } from 'node:fs';
import { error, type Diagnostic } from '../diagnostics.js';
import { receiptMessages as m } from '../messages/receipts.js';
import { centsToString, parseCanonical, type Cents } from '../money.js';
import { isBlankRecord, readCsv } from '../read/csv.js';

export interface RegisterRow {
  readonly number: string;
  readonly donor: string;
  readonly amount: Cents;
  /** The day the receipt was issued (YYYY-MM-DD): a reprint shows it. */
  readonly issued: string;
  readonly status: 'issued' | 'cancelled';
  /** The number of the receipt this one replaces, or ''. */
  readonly replaces: string;
}

export const REGISTER_HEADER = 'number,donor,amount,issued,status,replaces';

const sequence = (number: string): number => Number.parseInt(number.slice(number.lastIndexOf('-') + 1), 10) || 0;

/**
 * The register after issuing receipts for `totals` (donor → total of the year's gifts, in the order
 * numbers are first given): unchanged totals keep their number, changed ones are cancelled and
 * replaced, donors with nothing left are cancelled, new donors get the next numbers.
 */
export function numberReceipts(
  register: readonly RegisterRow[],
  totals: readonly { donor: string; total: Cents }[],
  year: number,
  today: string,
  /** Donors whose gifts have a problem this run: their receipts are left as they are. */
  held: ReadonlySet<string> = new Set(),
): { rows: RegisterRow[]; changed: boolean; issued: number; cancelled: number } {
  const rows = [...register];
  let next = rows.reduce((max, row) => Math.max(max, sequence(row.number)), 0) + 1;
  const issue = (donor: string, amount: Cents, replaces: string): void => {
    rows.push({
      number: `${year}-${String(next).padStart(4, '0')}`,
      donor,
      amount,
      issued: today,
      status: 'issued',
      replaces,
    });
    next += 1;
  };
  let cancelled = 0;
  const cancel = (index: number): void => {
    rows[index] = { ...rows[index]!, status: 'cancelled' };
    cancelled += 1;
  };
  const current = new Set<string>();
  for (const { donor, total } of totals) {
    if (total <= 0n) continue;
    current.add(donor);
    const index = rows.findIndex((row) => row.donor === donor && row.status === 'issued');
    if (index >= 0 && rows[index]!.amount === total) continue;
    if (index >= 0) cancel(index);
    issue(donor, total, index >= 0 ? rows[index]!.number : '');
  }
  rows.forEach((row, index) => {
    if (row.status === 'issued' && !current.has(row.donor) && !held.has(row.donor)) cancel(index);
  });
  const issued = rows.length - register.length;
  return { rows, changed: issued + cancelled > 0, issued, cancelled };
}

export function readRegister(file: string): { rows: RegisterRow[]; diagnostics: Diagnostic[] } {
  const rows: RegisterRow[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(file)) return { rows, diagnostics };
  let header = true;
  readCsv(
    readFileSync(file),
    (row) => {
      if (isBlankRecord(row.fields)) return;
      if (header) {
        header = false;
        if (row.fields.join(',').trim() !== REGISTER_HEADER)
          diagnostics.push(error('receipts-register', m.registerHeader(REGISTER_HEADER), { file, line: row.line }));
        return;
      }
      const [number = '', donor = '', amount = '', issued = '', status = '', replaces = ''] = row.fields;
      const cents = parseCanonical(amount);
      if (
        !/^\d{4}-\d+$/.test(number) ||
        !donor ||
        cents === null ||
        !/^\d{4}-\d{2}-\d{2}$/.test(issued) ||
        (status !== 'issued' && status !== 'cancelled')
      ) {
        diagnostics.push(error('receipts-register', m.registerRow(), { file, line: row.line }));
        return;
      }
      rows.push({ number, donor, amount: cents, issued, status, replaces });
    },
    (problem) => diagnostics.push(error('receipts-register', problem.message, { file, line: problem.line })),
  );
  return { rows, diagnostics };
}

const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function registerCsv(rows: readonly RegisterRow[]): string {
  const lines = rows.map((row) =>
    [row.number, row.donor, centsToString(row.amount), row.issued, row.status, row.replaces].map(csvField).join(','),
  );
  return `${[REGISTER_HEADER, ...lines].join('\n')}\n`;
}
