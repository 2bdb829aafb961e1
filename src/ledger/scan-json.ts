// A scan's products (scan-cache.ts) as plain JSON and back. JSON has no Map and no bigint; a
// reviver would call back into JavaScript for every value, and node:v8's serializer loads Node's
// streams (milliseconds at each start): so each type is written as arrays of its fields, cents as
// decimal strings, and read back by the function beside it.
import type { Diagnostic } from '../diagnostics.js';
import type { AccountTotals, Balances, Entry, Posting } from '../model.js';
import type { Cents } from '../money.js';
import type { Movements } from '../post/assertions.js';
import type { Books, EntryKeys, Source, YearBooks } from '../post/year-books.js';
import type { AnnexeEntries } from './annexe.js';
import type { SealPrints } from './seals.js';

/** What one scan gathered: everything openLedger needs of the entries. */
export interface ScanProducts {
  readonly books: Books;
  /** The scan's problems. */
  readonly diagnostics: readonly Diagnostic[];
  /** The bank reconciliation's problems (assertions.csv), on books without errors. */
  readonly reconciliation: readonly Diagnostic[];
  /** The fingerprints of the sealed years' entries (when the ledger has seals). */
  readonly prints: SealPrints;
  /** The entries the annexe reads, when the scan made the entries. */
  readonly annexe?: AnnexeEntries;
  /** The date of each year's latest bank or cash entry (budget's "as of"), when the scan made the entries. */
  readonly cashDates?: ReadonlyMap<number, string>;
}

type Json = unknown[];

export function productsToJson(products: ScanProducts): Json {
  return [
    booksToJson(products.books),
    products.diagnostics,
    products.reconciliation,
    printsToJson(products.prints),
    products.annexe && annexeToJson(products.annexe),
    products.cashDates && [...products.cashDates],
  ];
}

export function productsFromJson(json: Json): ScanProducts {
  const [books, diagnostics, reconciliation, prints, annexe, cashDates] = json as [
    Json,
    Diagnostic[],
    Diagnostic[],
    PrintsJson,
    AnnexeJson | null | undefined,
    [number, string][] | null | undefined,
  ];
  return {
    books: booksFromJson(books),
    diagnostics,
    reconciliation,
    prints: printsFromJson(prints),
    annexe: annexe ? annexeFromJson(annexe) : undefined,
    cashDates: cashDates ? new Map(cashDates) : undefined,
  };
}

/**
 * What the scan of one journal file gathered, when the ledger is scanned a journal at a time: its
 * part of the books, its problems, what it gave the listeners, its postings on asserted accounts,
 * and its pieces (a piece in two files sends the ledger back to a scan in one piece).
 */
export interface JournalPart {
  readonly books: Books;
  readonly diagnostics: readonly Diagnostic[];
  readonly keys: EntryKeys;
  readonly prints: SealPrints;
  readonly movements: Movements;
  readonly annexe: AnnexeEntries;
  readonly cashDates: ReadonlyMap<number, string>;
}

export function partToJson(part: JournalPart): Json {
  return [
    booksToJson(part.books),
    part.diagnostics,
    [...part.keys].map(([year, journals]) => [
      year,
      [...journals].map(([journal, { codes, texts }]) => [journal, [...codes], texts]),
    ]),
    printsToJson(part.prints),
    [...part.movements].map(([prefix, list]) => [
      prefix,
      list.map((m) => [m.year, m.date, String(m.cents), m.entry, m.file, m.line]),
    ]),
    annexeToJson(part.annexe),
    [...part.cashDates],
  ];
}

export function partFromJson(json: Json): JournalPart {
  const [books, diagnostics, keys, prints, movements, annexe, cashDates] = json as [
    Json,
    Diagnostic[],
    [number, [string, number[], string[]][]][],
    PrintsJson,
    [string, [number, string, string, string, string, number][]][],
    AnnexeJson,
    [number, string][],
  ];
  return {
    books: booksFromJson(books),
    diagnostics,
    keys: new Map(
      keys.map(([year, journals]) => [
        year,
        new Map(journals.map(([journal, codes, texts]) => [journal, { codes: Float64Array.from(codes), texts }])),
      ]),
    ),
    prints: printsFromJson(prints),
    movements: new Map(
      movements.map(([prefix, list]) => [
        prefix,
        list.map(([year, date, cents, entry, file, line]) => ({ year, date, cents: BigInt(cents), entry, file, line })),
      ]),
    ),
    annexe: annexeFromJson(annexe),
    cashDates: new Map(cashDates),
  };
}

type PrintsJson = [number, [string, string, string, string, string, number][]][];
type AnnexeJson = [Json[], [number, Json[]][]];

function printsToJson(prints: SealPrints): PrintsJson {
  return [...prints].map(([year, list]) => [
    year,
    list.map((p) => [p.date, p.journal, p.piece, p.fingerprint, p.file, p.line]),
  ]);
}

function printsFromJson(prints: PrintsJson): SealPrints {
  return new Map(
    prints.map(([year, list]) => [
      year,
      list.map(([date, journal, piece, fingerprint, file, line]) => ({
        date,
        journal,
        piece,
        fingerprint,
        file,
        line,
      })),
    ]),
  );
}

function annexeToJson(annexe: AnnexeEntries): AnnexeJson {
  return [annexe.funds.map(entryToJson), [...annexe.equity].map(([year, entries]) => [year, entries.map(entryToJson)])];
}

function annexeFromJson(annexe: AnnexeJson): AnnexeEntries {
  return {
    funds: annexe[0].map(entryFromJson),
    equity: new Map(annexe[1].map(([year, entries]) => [year, entries.map(entryFromJson)])),
  };
}

function booksToJson(books: Books): Json {
  return [
    books.calendar,
    [...books.years.values()].map((y) => [
      y.year,
      y.start,
      y.end,
      balancesToJson(y.movements),
      balancesToJson(y.opening),
      [...y.monthly].map(([account, months]) => [
        account,
        months.length,
        months.flatMap((cents, index) => (cents === undefined ? [] : [index, String(cents)])),
      ]),
      y.entryCount,
      y.ownEntries,
      y.lastDate,
      [...y.uses].map(([account, { first, last }]) => [account, first.file, first.line, last.file, last.line]),
      y.openingSource ? [y.openingSource.file, y.openingSource.line] : null,
    ]),
  ];
}

function booksFromJson(json: Json): Books {
  const [calendar, years] = json as [Books['calendar'], Json[]];
  const map = new Map<number, YearBooks>();
  for (const year of years) {
    const [number, start, end, movements, opening, monthly, entryCount, ownEntries, lastDate, uses, openingSource] =
      year as [
        number,
        string,
        string,
        Json[],
        Json[],
        [string, number, (number | string)[]][],
        number,
        boolean,
        string,
        [string, string, number, string, number][],
        [string, number] | null,
      ];
    const books: YearBooks = {
      year: number,
      start,
      end,
      movements: balancesFromJson(movements),
      opening: balancesFromJson(opening),
      monthly: new Map(monthly.map(([account, length, pairs]) => [account, monthsFromJson(length, pairs)])),
      entryCount,
      ownEntries,
      lastDate,
      uses: new Map(
        uses.map(([account, firstFile, firstLine, lastFile, lastLine]) => [
          account,
          { first: { file: firstFile, line: firstLine }, last: { file: lastFile, line: lastLine } },
        ]),
      ),
    };
    if (openingSource) books.openingSource = { file: openingSource[0], line: openingSource[1] } satisfies Source;
    map.set(number, books);
  }
  return { calendar, years: map };
}

/** Months with a net, as index and cents pairs; the months without one stay holes. */
function monthsFromJson(length: number, pairs: readonly (number | string)[]): Cents[] {
  const months = new Array<Cents>(length);
  for (let i = 0; i < pairs.length; i += 2) months[pairs[i] as number] = BigInt(pairs[i + 1] as string);
  return months;
}

function balancesToJson(balances: Balances): Json[] {
  return [...balances].map(([account, totals]) => [
    account,
    String(totals.debit),
    String(totals.credit),
    [...totals.aux].map(([aux, sub]) => [aux, String(sub.debit), String(sub.credit), sub.label]),
  ]);
}

function balancesFromJson(json: Json[]): Balances {
  const balances: Balances = new Map();
  for (const item of json) {
    const [account, debit, credit, aux] = item as [string, string, string, [string, string, string, string][]];
    const totals: AccountTotals = {
      debit: BigInt(debit),
      credit: BigInt(credit),
      aux: new Map(aux.map(([name, d, c, label]) => [name, { debit: BigInt(d), credit: BigInt(c), label }])),
    };
    balances.set(account, totals);
  }
  return balances;
}

function entryToJson(entry: Entry): Json {
  return [
    entry.year,
    entry.date,
    entry.journal,
    entry.piece,
    entry.label,
    entry.file,
    entry.line,
    entry.postings.map((p) => [
      p.account,
      p.label,
      String(p.debit),
      String(p.credit),
      p.aux,
      p.auxLabel,
      p.line,
      p.fields,
    ]),
  ];
}

function entryFromJson(json: Json): Entry {
  const [year, date, journal, piece, label, file, line, postings] = json as [
    number,
    string,
    string,
    string,
    string,
    string,
    number,
    [string, string, string, string, string, string, number, Record<string, string>][],
  ];
  return {
    year,
    date,
    journal,
    piece,
    label,
    file,
    line,
    postings: postings.map(
      ([account, postingLabel, debit, credit, aux, auxLabel, postingLine, fields]): Posting => ({
        account,
        label: postingLabel,
        debit: BigInt(debit),
        credit: BigInt(credit),
        aux,
        auxLabel,
        line: postingLine,
        fields,
      }),
    ),
  };
}
