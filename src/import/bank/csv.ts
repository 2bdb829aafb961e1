// A bank's CSV export → a Statement. The header row is found whatever comes before it (account
// number, "Solde au …", blank lines); what comes before it is read for the account and a balance.
// Labels spread over several quoted lines, trailing delimiters, Windows-1252 and newest-first
// files are read as they come.
import { say } from '../../messages/text.js';
import { bankMessages as m } from '../../messages/bank.js';
import type { Text } from '../../messages/text.js';
import type { Cents } from '../../money.js';
import { parseAmount, settlingMark, type DecimalMark } from '../../read/amount.js';
import { normalizeName } from '../../read/columns.js';
import { parseRecords } from '../../read/csv.js';
import { detectEol } from '../../read/text.js';
import { refsOf, resolveRef, type ColumnsSpec } from './columns-option.js';
import { CSV_LAYOUTS } from './csv-layouts.js';
import type { BankLine, BankProblem, ParseResult, StatedBalance } from './statement.js';
import { accountKey, bankDate, cleanLabel, folded, looksPending, looseAmount } from './values.js';

interface Columns {
  readonly format: string;
  readonly date: number;
  readonly label: readonly number[];
  readonly firstLabel?: boolean;
  readonly amount?: number;
  readonly debit?: number;
  readonly credit?: number;
  readonly ref?: number;
  readonly balance?: number;
}

const DELIMITERS = [';', '\t', ','] as const;
const HEADER_SEARCH = 60;

/** Cells of one physical line, quotes removed (enough to recognise a header). */
function cellsOf(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

function columnsFromSpec(spec: ColumnsSpec, names: readonly string[]): Columns | undefined {
  const at = (ref: ColumnsSpec['date'] | undefined) => (ref ? resolveRef(ref, names) : undefined);
  if (refsOf(spec).some((ref) => at(ref) === undefined || at(ref)! >= names.length)) return undefined;
  return {
    format: 'columns',
    date: at(spec.date)!,
    label: spec.label.map((ref) => at(ref)!),
    amount: at(spec.amount),
    debit: at(spec.debit),
    credit: at(spec.credit),
    ref: at(spec.ref),
    balance: at(spec.balance),
  };
}

function columnsFromHeader(names: readonly string[]): Columns | undefined {
  const layout = CSV_LAYOUTS.find((candidate) => candidate.required.every((name) => names.includes(name)));
  if (!layout) return undefined;
  const at = (name: string | undefined) => (name === undefined ? undefined : names.indexOf(name));
  const optional = (name: string | undefined) => {
    const found = at(name);
    return found === undefined || found < 0 ? undefined : found;
  };
  return {
    format: layout.id,
    date: at(layout.date)!,
    label: layout.label.map((name) => at(name)!),
    firstLabel: layout.firstLabel,
    amount: optional(layout.amount),
    debit: optional(layout.debit),
    credit: optional(layout.credit),
    ref: optional(layout.ref),
    balance: optional(layout.balance),
  };
}

interface Found {
  readonly headerIndex: number;
  readonly delimiter: string;
  readonly columns: Columns;
  /** Without a header (--columns by position only): rows before the first dated row are preamble. */
  readonly headerless: boolean;
}

function findHeader(lines: readonly string[], spec: ColumnsSpec | undefined): Found | undefined {
  const byPosition = spec && refsOf(spec).every((ref) => 'position' in ref);
  for (let index = 0; index < Math.min(lines.length, HEADER_SEARCH); index += 1)
    for (const delimiter of DELIMITERS) {
      const cells = cellsOf(lines[index]!, delimiter);
      if (cells.length < 2) continue;
      if (byPosition) {
        const columns = columnsFromSpec(spec, cells.map(normalizeName));
        if (columns && bankDate(cells[columns.date] ?? '') !== undefined)
          return { headerIndex: index - 1, delimiter, columns, headerless: true };
        continue;
      }
      const names = cells.map(normalizeName);
      const columns = spec ? columnsFromSpec(spec, names) : columnsFromHeader(names);
      if (columns) return { headerIndex: index, delimiter, columns, headerless: false };
    }
  return undefined;
}

/** The line that most looks like a header, for the message that the layout is not recognised. */
function likelyHeader(lines: readonly string[]): { line: number; cells: string[] } {
  let best = { line: 1, cells: [lines[0] ?? ''] };
  for (let index = 0; index < Math.min(lines.length, HEADER_SEARCH); index += 1)
    for (const delimiter of DELIMITERS) {
      const cells = cellsOf(lines[index]!, delimiter);
      if (cells.filter((cell) => cell !== '').length > best.cells.filter((cell) => cell !== '').length)
        best = { line: index + 1, cells };
    }
  return best;
}

/** What a preamble line says: an account id, a date, a balance. */
function readPreamble(
  lines: readonly { text: string; line: number }[],
  delimiter: string,
  datesSeen: readonly string[],
) {
  let accountId: string | undefined;
  let preambleDate: string | undefined;
  const balances: { date?: string; balance: Cents; line: number }[] = [];
  for (const { text, line } of lines) {
    const flat = text.replace(/"/g, '');
    const iban = /FR\d{2}(?:\s?[0-9A-Z]){23}/.exec(flat);
    if (iban && !accountId) accountId = accountKey(iban[0]);
    const cells = cellsOf(text, delimiter).filter((cell) => cell !== '');
    // Société Générale's first line: ="<account number>";…
    const quoted = /^="?(\d{8,})"?$/.exec(cells[0] ?? '');
    if (quoted && !accountId) accountId = quoted[1];
    const head = folded(cells[0] ?? '');
    if (!accountId && /compte|account/.test(head))
      for (const one of cells) {
        const number = /(?<![0-9A-Za-z*])(\d[0-9A-Z]{6,})(?![0-9A-Za-z])/.exec(one.replace(/\s(?=\d)/g, ''));
        if (number) {
          accountId = accountKey(number[1]!);
          break;
        }
      }
    const date = /(\d{2}\/\d{2}\/\d{2,4})/.exec(flat);
    if ((head === 'date' || head.startsWith('arrete')) && date) preambleDate = bankDate(date[1]!);
    // "Solde au 31/03/2025;976,80", "Solde au 31/03/2025 976,80 €", "Solde (EUROS);976,80".
    const at = cells.findIndex((cell) => folded(cell).startsWith('solde'));
    if (at >= 0) {
      const after = cells.slice(at + 1).join(' ');
      const rest = after || cells[at]!.replace(/^[^0-9-]*\d{2}\/\d{2}\/\d{2,4}/, '');
      const amountText = /-?\s?\d[\d \u00a0\u202f.]*(?:,\d{1,2})?\s*(?:€|EUR)?\s*$/.exec(rest.trim());
      const amount = amountText ? looseAmount(amountText[0]) : undefined;
      if (amount !== undefined)
        balances.push({
          date: date ? bankDate(date[1]!) : undefined,
          balance: /debiteur/.test(folded(flat)) && amount > 0n ? -amount : amount,
          line,
        });
    }
  }
  const latest = datesSeen.length ? datesSeen.reduce((a, b) => (a > b ? a : b)) : undefined;
  const stated: StatedBalance[] = [];
  for (const balance of balances) {
    const date = balance.date ?? preambleDate;
    // A balance dated before the statement's last line would contradict nothing we can check: kept as the bank states it.
    if (date) stated.push({ date, balance: balance.balance, line: balance.line });
    else if (latest) stated.push({ date: latest, balance: balance.balance, line: balance.line });
  }
  return { accountId, balances: stated };
}

export function parseBankCsv(file: string, text: string, spec?: ColumnsSpec): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const physical = body.split(/\r\n|\n|\r/);
  const found = findHeader(physical, spec);
  if (!found) {
    const likely = likelyHeader(physical);
    const columns = likely.cells.filter((cell) => cell !== '').join(' | ');
    return {
      ok: false,
      problems: [
        {
          code: spec ? 'bad-columns' : 'unknown-layout',
          line: likely.line,
          message: spec ? m.columnsNotFound(columns) : m.unknownLayout(columns),
          usage: true,
        },
      ],
    };
  }
  const { columns, delimiter, headerIndex } = found;
  const rows: { line: number; cells: readonly string[] }[] = [];
  const problems: BankProblem[] = [];
  readRecords(
    physical,
    headerIndex + 1,
    { delimiter, eol: detectEol(body) || '\n' },
    ({ line, fields }) => rows.push({ line, cells: fields }),
    (problem) =>
      problems.push({ code: problem.code, line: problem.line, message: m.csvSyntax(say(problem.message, 'fr')) }),
  );

  const cell = (cells: readonly string[], index: number | undefined): string =>
    index === undefined ? '' : (cells[index] ?? '').trim();
  const amountColumns = [columns.amount, columns.debit, columns.credit, columns.balance];
  const mark: DecimalMark = settledMark(rows, amountColumns) ?? (delimiter === ',' ? '.' : ',');

  const lines: BankLine[] = [];
  const running: { line: number; date: string; amount: Cents; balance: Cents }[] = [];
  const footer: { text: string; line: number }[] = [];
  const notes: Text[] = [];
  let dataStarted = !found.headerless;
  for (const { line, cells } of rows) {
    const dateCell = cell(cells, columns.date);
    const date = bankDate(dateCell);
    if (!dataStarted) {
      if (date === undefined) continue;
      dataStarted = true;
    }
    if (date === undefined && /^(solde|total)/.test(folded(cells.find((c) => c.trim() !== '') ?? ''))) {
      footer.push({ text: cells.join(delimiter), line });
      continue;
    }
    const amounts = [columns.amount, columns.debit, columns.credit].map((index) => cell(cells, index));
    if (date === undefined && dateCell === '' && amounts.every((a) => a === '')) continue;
    if (date === undefined) {
      problems.push({ code: 'bad-date', line, message: m.badDate(dateCell) });
      continue;
    }
    const read = (index: number | undefined): Cents | undefined => {
      const parsed = parseAmount(cell(cells, index), mark);
      if (parsed.ok) return parsed.cents;
      problems.push({ code: 'bad-amount', line, message: m.badAmount(cell(cells, index)) });
      return undefined;
    };
    let amount: Cents | undefined;
    if (columns.amount !== undefined) amount = read(columns.amount);
    else {
      const debit = read(columns.debit);
      const credit = read(columns.credit);
      if (debit !== undefined && credit !== undefined) {
        const abs = (value: Cents) => (value < 0n ? -value : value);
        amount = abs(credit) - abs(debit);
      }
    }
    if (amount === undefined) continue;
    const labels = columns.label.map((index) => cleanLabel(cell(cells, index)));
    const label = columns.firstLabel ? (labels.find((part) => part !== '') ?? '') : joinLabels(labels);
    if (amount === 0n) {
      notes.push(m.zeroLine(line, label));
      continue;
    }
    const ref = cell(cells, columns.ref);
    lines.push({
      line,
      date,
      label,
      amount,
      ...(ref ? { ref } : {}),
      ...(looksPending(label) ? { pending: true } : {}),
    });
    if (columns.balance !== undefined && cell(cells, columns.balance) !== '') {
      const balance = read(columns.balance);
      if (balance !== undefined) running.push({ line, date, amount, balance });
    }
  }
  if (problems.length) return { ok: false, problems };
  const preamble = readPreamble(
    [...physical.slice(0, Math.max(headerIndex, 0)).map((text, index) => ({ text, line: index + 1 })), ...footer],
    delimiter,
    lines.map((line) => line.date),
  );
  const checked = checkRunningBalance(running);
  if ('problem' in checked) return { ok: false, problems: [checked.problem] };
  const balances = [...preamble.balances, ...checked.balances];
  return {
    ok: true,
    statement: { file, format: columns.format, accountId: preamble.accountId, lines, balances, notes },
  };
}

/**
 * The records from physical line `from` (0-based) on: a line without quotes is split at the
 * delimiter; a quoted one, with the lines its quotes run over, goes to csv-parse (parseRecords).
 */
function readRecords(
  physical: readonly string[],
  from: number,
  dialect: { delimiter: string; eol: string },
  onRow: (row: { line: number; fields: readonly string[] }) => void,
  onProblem: Parameters<typeof parseRecords>[3],
): void {
  for (let index = from; index < physical.length; index += 1) {
    const text = physical[index]!;
    if (!text.includes('"')) {
      if (text.trim() !== '') {
        const fields = text.split(dialect.delimiter);
        if (!fields.every((field) => field.trim() === '')) onRow({ line: index + 1, fields });
      }
      continue;
    }
    // A quoted field may run over the next lines: up to the line that closes every quote.
    let end = index;
    let quotes = text.split('"').length - 1;
    while (quotes % 2 === 1 && end + 1 < physical.length) {
      end += 1;
      quotes += physical[end]!.split('"').length - 1;
    }
    parseRecords(physical.slice(index, end + 1).join(dialect.eol), { ...dialect, line: index + 1 }, onRow, onProblem);
    index = end;
  }
}

/** The decimal mark the first amount that has one settles (the file's mark, settled once). */
function settledMark(
  rows: readonly { cells: readonly string[] }[],
  columns: readonly (number | undefined)[],
): DecimalMark | undefined {
  for (const row of rows)
    for (const index of columns) {
      if (index === undefined) continue;
      const found = settlingMark((row.cells[index] ?? '').trim());
      if (found) return found;
    }
  return undefined;
}

/** Labels of several columns: a detail that already holds the short label replaces it. */
function joinLabels(parts: readonly string[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const same = kept.findIndex((k) => folded(part).includes(folded(k)));
    if (same >= 0) kept[same] = part;
    else if (!kept.some((k) => folded(k).includes(folded(part)))) kept.push(part);
  }
  return kept.join(' ');
}

/**
 * A running Solde column must follow the lines, in file order (oldest first) or the other way
 * (newest first). Its last balance is stated at that line's date.
 */
export function checkRunningBalance(
  running: readonly { line: number; date: string; amount: Cents; balance: Cents }[],
): { balances: StatedBalance[] } | { problem: BankProblem } {
  if (running.length === 0) return { balances: [] };
  const jump = (newestFirst: boolean): number => {
    for (let i = 1; i < running.length; i += 1) {
      const [before, after] = newestFirst ? [running[i]!, running[i - 1]!] : [running[i - 1]!, running[i]!];
      if (before.balance + after.amount !== after.balance) return i;
    }
    return -1;
  };
  const newestFirst = running[0]!.date > running[running.length - 1]!.date;
  const order = [newestFirst, !newestFirst];
  for (const direction of order)
    if (jump(direction) < 0) {
      const last = direction ? running[0]! : running[running.length - 1]!;
      return { balances: [{ date: last.date, balance: last.balance, line: last.line }] };
    }
  const i = jump(newestFirst);
  const [before, after] = newestFirst ? [running[i]!, running[i - 1]!] : [running[i - 1]!, running[i]!];
  return {
    problem: {
      code: 'balance-mismatch',
      line: after.line,
      message: m.runningBalanceJump(before.line, before.balance + after.amount, after.balance),
    },
  };
}
