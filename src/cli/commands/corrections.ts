// allocate (affecter) and reverse (extourner): entries written after a close.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allocationFileOf, planAllocation, type AllocationPart } from '../../close/allocation.js';
import { JOURNAL_HEADER, journalCellsUnder, renderJournalCsv, takesJournalLines } from '../../close/journal-csv.js';
import { say } from '../../messages/text.js';
import { closeFileMessages } from '../../messages/write.js';
import { appendCsvRows } from '../../write/append.js';
import { correctionsFileOf, planReversal } from '../../close/reverse.js';
import { fiscalYearOf } from '../../fiscal.js';
import { balanceOf, type Entry } from '../../model.js';
import { centsToString, parseCanonical } from '../../money.js';
import { parseDate } from '../../date.js';
import { yearPosition } from '../../post/positions.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { writeAtomically } from '../output.js';

const toStderr =
  (options: GlobalOptions) =>
  (text: string): void => {
    options.io.stderr.write(text);
  };

function requiredYear(options: GlobalOptions, command: string): number {
  if (options.year === undefined) throw new UsageError(`${command} needs the fiscal year: --year <yyyy>`);
  return options.year;
}

function requiredDate(text: string | undefined, command: string): string {
  if (text === undefined) throw new UsageError(`${command} needs --date <YYYY-MM-DD>`);
  const parsed = parseDate(text);
  if (!parsed.ok) throw new UsageError(`--date: ${say(parsed.message, 'en')}`);
  return parsed.date;
}

export function parseAllocationParts(args: readonly string[]): AllocationPart[] {
  if (!args.length) throw new UsageError('allocate needs at least one account=amount, e.g. 110=1436.00');
  return args.map((arg) => {
    const match = /^(\d+)=(.+)$/.exec(arg.trim());
    const amount = match ? parseCanonical(match[2]!.replace(',', '.').replace(/[\s\u00a0\u202f]/g, '')) : null;
    if (!match || amount === null) throw new UsageError(`"${arg}" is not account=amount, such as 110=1436.00`);
    return { account: match[1]!, amount };
  });
}

function refuse(options: GlobalOptions, what: string, reasons: readonly string[]): number {
  for (const reason of reasons) options.io.stderr.write(`asso: ${what}: ${reason}\n`);
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
    return refuse(options, `cannot allocate the result of ${year}`, [
      'the books have errors: fix them first (asso check lists them)',
    ]);
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
  if (plan.refusals) return refuse(options, `cannot allocate the result of ${year}`, plan.refusals);
  writeAtomically(join(options.ledger, file), renderJournalCsv(plan.lines));
  options.io.stdout.write(
    `Affectation du résultat ${year} (${centsToString(loaded.seals.get(year)!.result)}) écrite dans ${file} : ${parts.map((p) => `${p.account} ${centsToString(p.amount)}`).join(', ')}\n`,
  );
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
  const what = `cannot reverse ${journal} ${piece} of ${year}`;
  if (loaded.diagnostics.some((d) => d.severity === 'error'))
    return refuse(options, what, ['the books have errors: fix them first (asso check lists them)']);
  if (!found) return refuse(options, what, [`fiscal year ${year} has no entry ${journal} ${piece}`]);
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
    return refuse(options, what, [say(closeFileMessages.cannotAppend(file, JOURNAL_HEADER), options.messages)]);
  options.io.stdout.write(
    `Contre-passation de ${journal} ${piece} (${found.date}) écrite dans ${file} : EX ${plan.lines[0]!.piece} du ${date}\n`,
  );
  return 0;
}
