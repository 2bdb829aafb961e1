// Statement lines → what an import would do with each: a new entry (with its rule), a duplicate
// (its bank_ref is already on that bank account), probably booked by hand, or pending. Pure: the
// books, the rules and the calendar come in as values.
import type { Text } from '../../messages/text.js';
import { bankMessages as m } from '../../messages/bank.js';
import { centsToString, type Cents } from '../../money.js';
import { addDays } from '../../date.js';
import type { EntryRow } from '../../entry/operation.js';
import { matchRule, type Rule } from './rules.js';
import type { BankLine, Statement } from './statement.js';
import { accountKey, accountNumberOf } from './values.js';

export const SUSPENSE = '471';
export const TRANSFERS = '581';

/** An entry of the books that touches a bank account. */
export interface BookedEntry {
  readonly account: string;
  readonly date: string;
  /** Debit − credit on the bank account. */
  readonly amount: Cents;
  readonly bankRef?: string;
  readonly file: string;
  readonly line: number;
  readonly journal: string;
  readonly piece: string;
}

/** A row of an imported entry: the row `asso add` writes, and the bank's reference of the line. */
export interface ImportRow extends EntryRow {
  readonly bankRef: string;
}

export interface ProposedEntry {
  readonly year: number;
  readonly journal: string;
  readonly piece: string;
  readonly rows: readonly ImportRow[];
}

export type Status = 'new' | 'duplicate' | 'probable' | 'pending';

export interface PlannedLine {
  readonly file: string;
  readonly bankAccount: string;
  readonly source: BankLine;
  readonly bankRef: string;
  readonly status: Status;
  /** The rule that matched (its first line in import-rules.csv), `transfer` for a transfer between the ledger's banks, none: 471. */
  readonly rule?: { readonly line: number; readonly match: string } | 'transfer';
  readonly entry?: ProposedEntry;
  /** The entry typed by hand this line probably is. */
  readonly probableOf?: BookedEntry;
}

export interface PlanProblem {
  readonly file: string;
  readonly line: number;
  readonly message: Text;
}

export interface StatementToImport {
  readonly statement: Statement;
  readonly bankAccount: string;
}

export interface PlanContext {
  readonly journal: string;
  readonly rules: readonly Rule[];
  readonly booked: readonly BookedEntry[];
  /** Pieces already used, by `journal|year`. */
  readonly pieces: ReadonlyMap<string, readonly string[]>;
  readonly yearOf: (date: string) => number;
  readonly sealed: (year: number) => boolean;
  /** The ledger's bank accounts and the ids (IBAN, number) that name them: a transfer between two goes through 581. */
  readonly banks: ReadonlyMap<string, readonly string[]>;
  readonly includeProbable: boolean;
}

export interface Plan {
  readonly lines: readonly PlannedLine[];
  readonly problems: readonly PlanProblem[];
}

/** The bank_ref of each line: its own id (a repeated id numbered `#2`, `#3`…), else `<date>:<amount>:<rank>`. */
export function bankRefs(lines: readonly BankLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const key = line.ref ?? `${line.date}:${centsToString(line.amount)}`;
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    if (line.ref !== undefined) return rank === 1 ? line.ref : `${line.ref}#${rank}`;
    return `${key}:${rank}`;
  });
}

/** The next pieces of a journal in a year, continuing its numbering (prefix and width of its highest piece). */
export function pieceNumbering(existing: readonly string[], journal: string, year: number): () => string {
  let prefix = `${journal}-${year}-`;
  let width = 3;
  let last = 0;
  for (const piece of existing) {
    const match = /^(.*?)(\d+)$/.exec(piece);
    if (!match) continue;
    const n = Number(match[2]);
    if (n >= last) {
      last = n;
      prefix = match[1]!;
      width = match[2]!.length;
    }
  }
  return () => {
    last += 1;
    return `${prefix}${String(last).padStart(width, '0')}`;
  };
}

function byDate(a: { date: string; line: number }, b: { date: string; line: number }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line;
}

export function planImport(statements: readonly StatementToImport[], context: PlanContext): Plan {
  const refs = new Map<string, Set<string>>();
  const handTyped = new Map<string, BookedEntry[]>();
  for (const entry of context.booked) {
    if (entry.bankRef) {
      if (!refs.has(entry.account)) refs.set(entry.account, new Set());
      refs.get(entry.account)!.add(entry.bankRef);
    } else if (entry.journal !== 'AN') {
      // Typed by hand (opening balances are not statement lines), found by account and amount.
      const key = `${entry.account}|${entry.amount}`;
      if (!handTyped.has(key)) handTyped.set(key, []);
      handTyped.get(key)!.push(entry);
    }
  }
  for (const list of handTyped.values()) list.sort((a, b) => byDate(a, b) || a.file.localeCompare(b.file));
  const matched = new Set<BookedEntry>();
  const numbering = new Map<string, () => string>();
  const nextPiece = (journal: string, year: number): string => {
    const key = `${journal}|${year}`;
    if (!numbering.has(key)) numbering.set(key, pieceNumbering(context.pieces.get(key) ?? [], journal, year));
    return numbering.get(key)!();
  };
  const lines: PlannedLine[] = [];
  const problems: PlanProblem[] = [];
  for (const { statement, bankAccount } of statements) {
    const ids = bankRefs(statement.lines);
    const known = refs.get(bankAccount) ?? new Set<string>();
    refs.set(bankAccount, known);
    const order = statement.lines
      .map((line, index) => ({ line, ref: ids[index]! }))
      .sort((a, b) => byDate(a.line, b.line));
    for (const { line, ref } of order) {
      const planned = (status: Status, more?: Partial<PlannedLine>): PlannedLine => ({
        file: statement.file,
        bankAccount,
        source: line,
        bankRef: ref,
        status,
        ...more,
      });
      if (line.pending) {
        lines.push(planned('pending'));
        continue;
      }
      if (known.has(ref)) {
        lines.push(planned('duplicate'));
        continue;
      }
      const year = context.yearOf(line.date);
      const probable = probableMatch(handTyped.get(`${bankAccount}|${line.amount}`), matched, line);
      if (probable) matched.add(probable);
      if (probable && !context.includeProbable) {
        lines.push(planned('probable', { probableOf: probable }));
        continue;
      }
      if (context.sealed(year)) {
        problems.push({ file: statement.file, line: line.line, message: m.sealedYear(year, line.date) });
        continue;
      }
      known.add(ref);
      const found = matchRule(context.rules, line);
      const journal = found?.rule.journal ?? context.journal;
      const piece = nextPiece(journal, year);
      const { rows, rule } = entryRows(line, bankAccount, ref, context, found, journal, piece);
      lines.push(planned('new', { rule, probableOf: probable, entry: { year, journal, piece, rows } }));
    }
  }
  return { lines, problems };
}

/** The oldest of the entries typed by hand with the line's amount, not matched yet, dated 30 days before it to 3 days after. */
function probableMatch(
  candidates: readonly BookedEntry[] | undefined,
  matched: ReadonlySet<BookedEntry>,
  line: BankLine,
): BookedEntry | undefined {
  if (!candidates?.length) return undefined;
  const from = addDays(line.date, -30);
  const to = addDays(line.date, 3);
  return candidates.find((entry) => !matched.has(entry) && entry.date >= from && entry.date <= to);
}

/** The other bank account of the ledger a label names (by IBAN or account number), if any. */
function transferTarget(label: string, bankAccount: string, banks: PlanContext['banks']): string | undefined {
  if (banks.size < 2 || !/\d{4}/.test(label)) return undefined;
  const flat = accountKey(label);
  for (const [account, ids] of banks)
    if (
      account !== bankAccount &&
      ids.some((id) => flat.includes(accountKey(id)) || flat.includes(accountNumberOf(id)))
    )
      return account;
  return undefined;
}

function entryRows(
  line: BankLine,
  bankAccount: string,
  bankRef: string,
  context: PlanContext,
  found: ReturnType<typeof matchRule>,
  journal: string,
  piece: string,
): { rows: ImportRow[]; rule?: PlannedLine['rule'] } {
  const abs = line.amount < 0n ? -line.amount : line.amount;
  const incoming = line.amount > 0n;
  const row = (
    account: string,
    cents: Cents,
    bank: boolean,
    extra: { label?: string; aux?: string; analytic?: string } = {},
  ): ImportRow => ({
    date: line.date,
    journal,
    piece,
    account,
    label: extra.label ?? line.label,
    // Money in: the bank is debited, the counterpart credited; money out the other way.
    debit: incoming === bank ? cents : 0n,
    credit: incoming === bank ? 0n : cents,
    aux: extra.aux ?? '',
    analytic: extra.analytic ?? '',
    bankRef,
  });
  const bankRow = row(bankAccount, abs, true);
  const isBank = (account: string) =>
    account !== bankAccount && (context.banks.has(account) || account.startsWith('512'));
  if (found) {
    const counterparts = found.rule.counterparts
      .map((c, i) => ({ c, part: found.parts[i]! }))
      .filter(({ part }) => part !== 0n)
      .map(({ c, part }) =>
        row(isBank(c.account) ? TRANSFERS : c.account, part < 0n ? -part : part, part < 0n, {
          label: c.label,
          aux: c.aux,
          analytic: c.analytic,
        }),
      );
    return { rows: [bankRow, ...counterparts], rule: { line: found.rule.line, match: found.rule.match } };
  }
  if (transferTarget(line.label, bankAccount, context.banks))
    return { rows: [bankRow, row(TRANSFERS, abs, false)], rule: 'transfer' };
  return { rows: [bankRow, row(SUSPENSE, abs, false)] };
}
