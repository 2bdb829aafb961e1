// export fec, import fec.
import { sirenProblem } from '../../read/siren.js';
import { formatDiagnostic, warning } from '../../diagnostics.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { normalizeName } from '../../read/columns.js';
import { ACCOUNT_LABEL_NAMES, ACCOUNT_NUMBER_NAMES } from '../../read/ledger-folder.js';
import { appendCsvRows } from '../../write/append.js';
import { writeFileSafely } from '../../write/file.js';
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

const toStderr =
  (options: GlobalOptions) =>
  (text: string): void => {
    options.io.stderr.write(text);
  };

export function runExportFec(options: GlobalOptions, command: { siren?: string }): number {
  if (command.siren !== undefined && !/^\d{9}$/.test(command.siren))
    throw new UsageError(fecMessages.badSiren(command.siren));
  const sirenWrong = command.siren === undefined ? undefined : sirenProblem(command.siren);
  if (sirenWrong) toStderr(options)(`asso: ${formatDiagnostic(warning('bad-siren', sirenWrong), options.messages)}\n`);
  const entries: Entry[] = [];
  const loaded = loadLedger(options, (entry) => {
    entries.push(entry);
  });
  printDiagnostics(loaded.diagnostics, toStderr(options), true, options.messages);
  if (!('folder' in loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    options.io.stderr.write(`asso: ${say(cliMessages.booksHaveErrors(cliMessages.noFec()), options.messages)}\n`);
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
  printDiagnostics(fec.diagnostics, toStderr(options), false, options.messages);
  const file = options.output ?? fec.fileName;
  writeAtomically(file, fec.text);
  options.io.stdout.write(`${say(fecMessages.written(year, file, fec.entries, fec.rows), options.messages)}\n`);
  return fec.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

export function runImportFec(options: GlobalOptions, file: string): number {
  const read = readLedgerFolder(options.ledger);
  printDiagnostics(read.diagnostics, toStderr(options), true, options.messages);
  if (!read.folder) throw new UsageError(cliMessages.noLedger(options.ledger));
  if (!existsSync(file)) throw new UsageError(fecMessages.noSuchFile(file));
  const refuse = (message: Text): number => {
    options.io.stderr.write(`asso: ${say(message, options.messages)}\n`);
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
  printDiagnostics(diagnostics, toStderr(options), true, options.messages);
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
  // Nothing is written unless the ledger with the import would pass `check`: tried on a copy first.
  const journal = importedJournalCsv(entries);
  const accounts = accountsToDeclare(read.folder.chart.accounts, entries);
  const staging = mkdtempSync(join(tmpdir(), 'asso-import-'));
  let problems: Diagnostic[];
  try {
    cpSync(options.ledger, staging, { recursive: true, filter: (path) => !path.endsWith(`${sep}.lock`) });
    writeImport(staging, year, journal, accounts);
    const tried = loadLedger({ ...options, ledger: staging });
    problems = tried.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({
        ...d,
        file: d.file?.startsWith(staging) ? join(options.ledger, d.file.slice(staging.length)) : d.file,
      }));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (problems.length) {
    printDiagnostics(problems, toStderr(options), true, options.messages);
    options.io.stderr.write(`${say(fecMessages.wouldFailCheck(file, problems.length), options.messages)}\n`);
    return 1;
  }
  const added = writeImport(options.ledger, year, journal, accounts);
  const rows = entries.reduce((total, entry) => total + entry.postings.length, 0);
  options.io.stdout.write(`${say(fecMessages.imported(entries.length, rows, target, added), options.messages)}\n`);
  return 0;
}

/** The accounts the FEC uses that the association has not declared, with the FEC's labels. */
function accountsToDeclare(known: ReadonlyMap<string, unknown>, entries: readonly Entry[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const entry of entries)
    for (const posting of entry.postings) {
      if (!known.has(posting.account) && !labels.has(posting.account))
        labels.set(posting.account, posting.fields.account_label || posting.account);
    }
  return new Map([...labels].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Writes the imported journal, then adds the accounts to accounts.csv in the file's own dialect; returns how many. */
function writeImport(dir: string, year: number, journal: string, accounts: ReadonlyMap<string, string>): number {
  mkdirSync(join(dir, 'journal'), { recursive: true });
  writeFileSafely(join(dir, 'journal', `${year}-fec.csv`), journal);
  if (!accounts.size) return 0;
  const file = join(dir, 'accounts.csv');
  const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const ok = appendCsvRows(
    file,
    () => `number,label\n${[...accounts].map(([number, label]) => `${number},${quote(label)}\n`).join('')}`,
    (header) => {
      const names = header.map(normalizeName);
      const numberAt = names.findIndex((n) => ACCOUNT_NUMBER_NAMES.includes(n));
      const labelAt = names.findIndex((n) => ACCOUNT_LABEL_NAMES.includes(n));
      return [...accounts].map(([number, label]) =>
        header.map((_, i) => (i === numberAt ? number : i === labelAt ? label : '')),
      );
    },
  );
  if (!ok) throw new UsageError(fecMessages.accountsNotAppendable(file));
  return accounts.size;
}
