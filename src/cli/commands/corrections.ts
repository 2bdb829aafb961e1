// allocate (affecter) and reverse (extourner): entries written after a close.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allocationFileOf, planAllocation, type AllocationPart } from '../../close/allocation.js';
import { JOURNAL_HEADER, journalCellsUnder, renderJournalCsv, takesJournalLines } from '../../close/journal-csv.js';
import { closeFileMessages } from '../../messages/write.js';
import { appendCsvRows } from '../../write/append.js';
import { correctionsFileOf, planReversal } from '../../close/reverse.js';
import { fiscalYearOf } from '../../fiscal.js';
import { balanceOf, type Entry } from '../../model.js';
import { parseCanonical } from '../../money.js';
import { parseDate } from '../../date.js';
import { yearPosition } from '../../post/positions.js';
import { cliMessages } from '../../messages/cli.js';
import { closeMessages } from '../../messages/close.js';
import { say, type Text } from '../../messages/text.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { writeAtomically } from '../output.js';

const toStderr =
  (options: GlobalOptions) =>
  (text: string): void => {
    options.io.stderr.write(text);
  };

function requiredYear(options: GlobalOptions, command: string): number {
  if (options.year === undefined) throw new UsageError(cliMessages.needsYear(command));
  return options.year;
}

function requiredDate(text: string | undefined, command: string): string {
  if (text === undefined) throw new UsageError(cliMessages.needsDate(command));
  const parsed = parseDate(text);
  if (!parsed.ok) throw new UsageError(cliMessages.badFlagDate('--date', parsed.message));
  return parsed.date;
}

export function parseAllocationParts(args: readonly string[]): AllocationPart[] {
  if (!args.length) throw new UsageError(closeMessages.allocateNeedsParts());
  return args.map((arg) => {
    const match = /^(\d+)=(.+)$/.exec(arg.trim());
    const amount = match ? parseCanonical(match[2]!.replace(',', '.').replace(/[\s\u00a0\u202f]/g, '')) : null;
    if (!match || amount === null) throw new UsageError(closeMessages.notAPart(arg));
    return { account: match[1]!, amount };
  });
}

function refuse(options: GlobalOptions, what: Text, reasons: readonly Text[]): number {
  for (const reason of reasons)
    options.io.stderr.write(`asso: ${say(closeMessages.refused(what, reason), options.messages)}\n`);
  return 1;
}

export function runAllocate(
  options: GlobalOptions,
  args: readonly string[],
  command: { date?: string; ref?: string },
): number {
  const year = requiredYear(options, 'allocate');
  const parts = parseAllocationParts(args);
  const date = requiredDate(command.date, 'allocate');
  const loaded = loadLedger(options);
  printDiagnostics(loaded.diagnostics, toStderr(options), true, options.messages);
  if (!('folder' in loaded)) return 1;
  if (loaded.diagnostics.some((d) => d.severity === 'error'))
    return refuse(options, closeMessages.cannotAllocate(year), [closeMessages.booksHaveErrorsFirst()]);
  const file = allocationFileOf(year + 1);
  let pending = 0n;
  for (const [account, totals] of yearPosition(loaded.books, year + 1)?.balances ?? [])
    if (account.startsWith('12')) pending += balanceOf(totals);
  const plan = planAllocation({
    year,
    calendar: loaded.folder.config.calendar,
    chart: loaded.folder.chart,
    seal: loaded.seals.get(year),
    nextSealed: loaded.seals.has(year + 1),
    pendingInNext: pending,
    fileExists: existsSync(join(options.ledger, file)),
    date,
    piece: command.ref ?? `AG-${year}`,
    parts,
  });
  if (plan.refusals) return refuse(options, closeMessages.cannotAllocate(year), plan.refusals);
  writeAtomically(join(options.ledger, file), renderJournalCsv(plan.lines));
  const done = closeMessages.allocated(year, loaded.seals.get(year)!.result, file, parts);
  options.io.stdout.write(`${say(done, options.messages)}\n`);
  return 0;
}

export function runReverse(options: GlobalOptions, journal: string, piece: string, command: { date?: string }): number {
  const year = requiredYear(options, 'reverse');
  const date = requiredDate(command.date, 'reverse');
  let found: Entry | undefined;
  const pieces = new Map<number, Set<string>>();
  const loaded = loadLedger(options, (entry) => {
    if (entry.year === year && entry.journal === journal && entry.piece === piece) found = entry;
    let set = pieces.get(entry.year);
    if (!set) pieces.set(entry.year, (set = new Set()));
    set.add(`${entry.journal} ${entry.piece}`);
  });
  printDiagnostics(loaded.diagnostics, toStderr(options), true, options.messages);
  if (!('folder' in loaded)) return 1;
  const what = closeMessages.cannotReverse(`${journal} ${piece}`, year);
  if (loaded.diagnostics.some((d) => d.severity === 'error'))
    return refuse(options, what, [closeMessages.booksHaveErrorsFirst()]);
  if (!found) return refuse(options, what, [closeMessages.noSuchEntry(year, `${journal} ${piece}`)]);
  const calendar = loaded.folder.config.calendar;
  const plan = planReversal({
    calendar,
    entry: found,
    date,
    sealedYears: new Set(loaded.seals.keys()),
    existingPieces: pieces.get(fiscalYearOf(calendar, date)) ?? new Set(),
  });
  if (plan.refusals) return refuse(options, what, plan.refusals);
  const file = correctionsFileOf(plan.year);
  const path = join(options.ledger, file);
  let header: readonly string[] = [];
  const appended = appendCsvRows(
    path,
    () => renderJournalCsv(plan.lines),
    (own) => {
      header = own;
      return takesJournalLines(own) ? plan.lines.map((line) => journalCellsUnder(own, line)) : [];
    },
  );
  if (!appended || (header.length && !takesJournalLines(header)))
    return refuse(options, what, [closeFileMessages.cannotAppend(file, JOURNAL_HEADER)]);
  const done = closeMessages.reversed(`${journal} ${piece}`, found.date, file, plan.lines[0]!.piece, date);
  options.io.stdout.write(`${say(done, options.messages)}\n`);
  return 0;
}
