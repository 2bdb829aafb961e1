// export fec, import fec.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFec } from '../../fec/export.js';
import { importedJournalCsv } from '../../fec/import.js';
import type { Entry } from '../../model.js';
import { scanLedger } from '../../post/books.js';
import { readLedgerFolder } from '../../read/ledger-folder.js';
import { resultOf, yearPosition } from '../../post/positions.js';
import { cliMessages } from '../../messages/cli.js';
import { fecMessages } from '../../messages/fec.js';
import { say, type Text } from '../../messages/text.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { writeAtomically } from '../output.js';

const toStderr = (text: string): void => {
  process.stderr.write(text);
};

export function runExportFec(options: GlobalOptions, command: { siren?: string }): number {
  if (command.siren !== undefined && !/^\d{9}$/.test(command.siren))
    throw new UsageError(fecMessages.badSiren(command.siren));
  const entries: Entry[] = [];
  const loaded = loadLedger(options, (entry) => {
    entries.push(entry);
  });
  printDiagnostics(loaded.diagnostics, toStderr, true, options.messages);
  if (!('folder' in loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    process.stderr.write(`asso: ${say(cliMessages.booksHaveErrors(cliMessages.noFec()), options.messages)}\n`);
    return 1;
  }
  if (Number.isNaN(loaded.year)) throw new UsageError(fecMessages.nothingToExport());
  const year = loaded.year;
  const position = yearPosition(loaded.books, year);
  if (!position || !loaded.books.years.has(year))
    throw new UsageError(cliMessages.yearHasNoEntries(year, [...loaded.books.years.keys()].sort().join(', ')));
  const config = loaded.folder.config;
  const siren = command.siren ?? (config.siren && /^\d{9}$/.test(config.siren) ? config.siren : undefined);
  const fec = exportFec({
    year,
    calendar: config.calendar,
    chart: loaded.folder.chart,
    journals: config.journals,
    siren,
    entries: entries.filter((entry) => entry.year === year),
    seal: loaded.seals.get(year),
    result: resultOf(position.balances),
  });
  printDiagnostics(fec.diagnostics, toStderr, false, options.messages);
  const file = options.output ?? fec.fileName;
  writeAtomically(file, fec.text);
  process.stdout.write(`${say(fecMessages.written(year, file, fec.entries, fec.rows), options.messages)}\n`);
  return fec.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

export function runImportFec(options: GlobalOptions, file: string): number {
  const read = readLedgerFolder(options.ledger);
  printDiagnostics(read.diagnostics, toStderr, true, options.messages);
  if (!read.folder) throw new UsageError(cliMessages.noLedger(options.ledger));
  if (!existsSync(file)) throw new UsageError(fecMessages.noSuchFile(file));
  const refuse = (message: Text): number => {
    process.stderr.write(`asso: ${say(message, options.messages)}\n`);
    return 1;
  };
  const entries: Entry[] = [];
  const { books, diagnostics } = scanLedger(
    { ...read.folder, journalFiles: [resolve(file)] },
    {
      onEntry: (entry) => {
        entries.push(entry);
      },
    },
  );
  printDiagnostics(diagnostics, toStderr, true, options.messages);
  if (diagnostics.some((d) => d.severity === 'error')) {
    return refuse(fecMessages.importHasErrors(file));
  }
  const years = [...books.years.keys()].sort();
  if (years.length !== 1) {
    return refuse(years.length ? fecMessages.importSpansYears(file, years.join(', ')) : fecMessages.importEmpty(file));
  }
  const year = years[0]!;
  const target = join(options.ledger, 'journal', `${year}-fec.csv`);
  if (existsSync(target)) {
    return refuse(fecMessages.importExists(target));
  }
  if (existsSync(join(options.ledger, 'locks', `${year}.json`))) {
    return refuse(fecMessages.importClosed(year));
  }
  mkdirSync(join(options.ledger, 'journal'), { recursive: true });
  writeAtomically(target, importedJournalCsv(entries));
  const added = declareAccounts(options.ledger, read.folder.chart.accounts, entries);
  const rows = entries.reduce((total, entry) => total + entry.postings.length, 0);
  process.stdout.write(`${say(fecMessages.imported(entries.length, rows, target, added), options.messages)}\n`);
  return 0;
}

/** Adds to accounts.csv the accounts the FEC uses that the association has not declared, with the FEC's labels. */
function declareAccounts(dir: string, known: ReadonlyMap<string, unknown>, entries: readonly Entry[]): number {
  const labels = new Map<string, string>();
  for (const entry of entries)
    for (const posting of entry.postings) {
      if (!known.has(posting.account) && !labels.has(posting.account))
        labels.set(posting.account, posting.fields.account_label || posting.account);
    }
  if (!labels.size) return 0;
  const file = join(dir, 'accounts.csv');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : 'number,label\n';
  const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const added = [...labels]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([number, label]) => `${number},${quote(label)}\n`)
    .join('');
  writeAtomically(file, `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${added}`);
  return labels.size;
}
