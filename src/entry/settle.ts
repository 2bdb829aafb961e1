// What the treasurer gave (flags or answers) → the operation to write, or every reason it cannot
// be: usage problems (a bad date, amount or option: exit 2) and refusals against the books (an
// account outside the chart, a closed year: exit 1). Each answer has its own check, so that the
// questions can check it as soon as it is typed.
import { accountLabel, builtinParent, closestAccounts, type Account, type Chart } from '../chart/chart.js';
import { fiscalYearOf, type FiscalCalendar } from '../fiscal.js';
import { addMessages as say } from '../messages/add.js';
import type { Text } from '../messages/text.js';
import type { Cents } from '../money.js';
import { parseAmount } from '../read/amount.js';
import { parseDate } from '../date.js';
import { nextPiece } from './numbering.js';
import { defaultJournal, isBankAccount, type Kind, type Operation } from './operation.js';

export type Checked<T> = { value: T } | { problem: Text };

export interface AddInput {
  readonly kind: Kind;
  readonly date?: string;
  readonly amount?: string;
  readonly label?: string;
  readonly account?: string;
  readonly bank?: string;
  readonly from?: string;
  readonly to?: string;
  readonly supplier?: string;
  readonly member?: string;
  readonly journal?: string;
  readonly piece?: string;
  readonly aux?: string;
  readonly analytic?: string;
}

/** What the operation is checked against. */
export interface AddLedger {
  readonly calendar: FiscalCalendar;
  /** The chart of a fiscal year (its reference set and accounts.csv). */
  readonly chartFor: (year: number) => Chart;
  /** The association's own accounts (accounts.csv). */
  readonly own: readonly Account[];
  readonly sealed: (year: number) => boolean;
  /** The pieces of a journal in a fiscal year. */
  readonly pieces: (year: number, journal: string) => ReadonlySet<string>;
  /** Pieces of the recurring entries, left out of the numbering. */
  readonly recurring: (piece: string) => boolean;
  readonly today: string;
}

export function checkDate(answer: string): Checked<string> {
  // 5/3/2025 is 05/03/2025.
  const text = answer
    .trim()
    .replace(
      /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
      (_, d: string, m: string, y: string) => `${d.padStart(2, '0')}/${m.padStart(2, '0')}/${y}`,
    );
  const parsed = parseDate(text);
  if (parsed.ok) return { value: parsed.date };
  const shaped = /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}|\d{8})$/.test(text);
  return { problem: shaped ? say.impossibleDate(answer.trim()) : say.badDate(answer.trim()) };
}

/** A positive amount with either decimal mark ("12,50", "12.50", "1 234,56 €"). */
export function checkAmount(answer: string, kind: Kind): Checked<Cents> {
  const mark = /,\d{1,}\s*€?$/.test(answer.trim()) ? ',' : '.';
  const parsed = parseAmount(answer, mark);
  if (!parsed.ok)
    return { problem: parsed.code === 'too-many-decimals' ? say.tooManyDecimals(answer) : say.badAmount(answer) };
  if (answer.trim() === '') return { problem: say.badAmount(answer) };
  if (parsed.cents < 0n) return { problem: say.negativeAmount(kind) };
  if (parsed.cents === 0n) return { problem: say.zeroAmount() };
  return { value: parsed.cents };
}

/** An account that can receive postings: digits, not a heading, extending a PCA account. */
export function checkAccount(chart: Chart, answer: string): Checked<string> {
  const account = answer.trim();
  if (!/^\d+$/.test(account)) return { problem: say.notDigits(account, closestAccounts(chart, account)) };
  if (account.length <= 2) return { problem: say.headingAccount(account) };
  if (!builtinParent(chart, account)) return { problem: say.unknownAccount(account, closestAccounts(chart, account)) };
  return { value: account };
}

export function checkBank(chart: Chart, answer: string, option: string): Checked<string> {
  const checked = checkAccount(chart, answer);
  if ('problem' in checked) return checked;
  return isBankAccount(checked.value) ? checked : { problem: say.notBank(option, checked.value) };
}

/** The bank account by default: the only 512 account of accounts.csv. */
export function defaultBank(own: readonly Account[]): Checked<string> {
  const banks = own.filter((account) => account.number.startsWith('512') && account.number.length > 3);
  if (banks.length === 1) return { value: banks[0]!.number };
  return { problem: banks.length ? say.severalBanks(banks.map((b) => `${b.number} ${b.label}`)) : say.noBank() };
}

/** 401 and 411 stand for the association's one account under them, else the PCA account. */
export function thirdAccount(own: readonly Account[], heading: '401' | '411'): string {
  const under = own.filter((account) => account.number.startsWith(heading) && account.number.length > 3);
  return under.length === 1 ? under[0]!.number : heading;
}

export type Settled =
  | { readonly operation: Operation; readonly year: number; readonly undeclared: readonly string[] }
  | { readonly usage: readonly Text[] }
  | { readonly refusals: readonly Text[] };

/** The operation, or every problem at once. */
export function settleOperation(input: AddInput, ledger: AddLedger): Settled {
  const usage: Text[] = [];
  const refusals: Text[] = [];
  const { kind } = input;
  const take = <T>(checked: Checked<T>, into: Text[]): T | undefined => {
    if ('value' in checked) return checked.value;
    into.push(checked.problem);
    return undefined;
  };
  const notFor = (option: string, value: string | undefined, kinds: readonly Kind[]) => {
    if (value !== undefined && !kinds.includes(kind)) usage.push(say.notForKind(option, kind));
  };
  notFor('--bank', input.bank, ['recette', 'depense']);
  notFor('--from', input.from, ['virement']);
  notFor('--to', input.to, ['virement']);
  notFor('--account', input.account, ['recette', 'depense', 'dette', 'creance']);
  notFor('--supplier', input.supplier, ['dette']);
  notFor('--member', input.member, ['creance']);
  notFor('--aux', input.aux, ['recette', 'depense', 'dette', 'creance']);

  const date = take(checkDate(input.date ?? ledger.today), usage);
  let amount: Cents | undefined;
  if (input.amount === undefined) usage.push(say.missingOption('--amount', kind));
  else amount = take(checkAmount(input.amount, kind), usage);
  const year = fiscalYearOf(ledger.calendar, date ?? ledger.today);
  const chart = ledger.chartFor(year);
  const required = (option: string, value: string | undefined): string | undefined => {
    if (value === undefined || value.trim() === '') usage.push(say.missingOption(option, kind));
    return value;
  };

  let debit: string | undefined;
  let credit: string | undefined;
  let bank: string | undefined;
  if (kind === 'virement') {
    const from = required('--from', input.from);
    const to = required('--to', input.to);
    credit = from === undefined ? undefined : take(checkBank(chart, from, '--from'), refusals);
    debit = to === undefined ? undefined : take(checkBank(chart, to, '--to'), refusals);
    if (debit !== undefined && debit === credit) usage.push(say.sameAccount(debit));
    bank = credit;
  } else {
    const given = required('--account', input.account);
    const account = given === undefined ? undefined : take(checkAccount(chart, given), refusals);
    let other: string | undefined;
    if (kind === 'recette' || kind === 'depense') {
      bank =
        input.bank === undefined
          ? take(defaultBank(ledger.own), usage)
          : take(checkBank(chart, input.bank, '--bank'), refusals);
      other = bank;
    } else other = thirdAccount(ledger.own, kind === 'dette' ? '401' : '411');
    [debit, credit] = kind === 'recette' || kind === 'creance' ? [other, account] : [account, other];
  }
  if (date !== undefined && ledger.sealed(year)) refusals.push(say.sealedYear(year, date));
  if (usage.length) return { usage: [...usage, ...refusals] };
  if (refusals.length) return { refusals };

  const journal = input.journal?.trim() || defaultJournal(kind, bank);
  const pieces = ledger.pieces(year, journal);
  const piece =
    input.piece?.trim() ||
    nextPiece(journal, pieces, ledger.recurring, { year: year - 1, pieces: ledger.pieces(year - 1, journal) });
  if (input.piece !== undefined && pieces.has(piece)) return { refusals: [say.pieceTaken(journal, piece, year)] };
  const label =
    clean(input.label ?? '') ||
    (kind === 'virement'
      ? `Virement ${credit} → ${debit}`
      : accountLabel(chart, kind === 'recette' || kind === 'creance' ? credit! : debit!));
  const aux = clean(input.supplier ?? input.member ?? input.aux ?? '');
  return {
    year,
    operation: {
      kind,
      date: date!,
      amount: amount!,
      label,
      debit: debit!,
      credit: credit!,
      journal,
      piece,
      aux,
      analytic: clean(input.analytic ?? ''),
    },
    // Accounts that extend the chart but are not in accounts.csv: accepted, with check's warning.
    undeclared: [debit!, credit!].filter((account) => !chart.accounts.has(account)),
  };
}

/** Control characters (a pasted tab or line break) would break the journal file: they become spaces. */
function clean(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, ' ').trim();
}
