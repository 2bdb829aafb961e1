// export fec, import fec.
import { sirenProblem } from '../../read/siren.js';
import { formatDiagnostic, warning } from '../../diagnostics.js';
import { say } from '../../messages/text.js';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportFec } from '../../fec/export.js';
import { importedJournalCsv } from '../../fec/import.js';
import type { Entry } from '../../model.js';
import { scanLedger } from '../../post/books.js';
import { readLedgerFolder } from '../../read/ledger-folder.js';
import { resultOf, yearPosition } from '../../post/positions.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { writeAtomically } from '../output.js';

const toStderr = (text: string): void => {
  process.stderr.write(text);
};

export function runExportFec(options: GlobalOptions, command: { siren?: string }): number {
  if (command.siren !== undefined && !/^\d{9}$/.test(command.siren))
    throw new UsageError(`--siren takes the association's 9-digit SIREN, not "${command.siren}"`);
  const sirenWrong = command.siren === undefined ? undefined : sirenProblem(command.siren);
  if (sirenWrong) toStderr(`asso: ${formatDiagnostic(warning('bad-siren', sirenWrong), options.messages)}\n`);
  const entries: Entry[] = [];
  const loaded = loadLedger(options, (entry) => {
    entries.push(entry);
  });
  printDiagnostics(loaded.diagnostics, toStderr, true, options.messages);
  if (!('folder' in loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    process.stderr.write(
      'asso: the books have errors: no FEC is written until they are fixed (run `asso check` for the full list)\n',
    );
    return 1;
  }
  if (Number.isNaN(loaded.year)) throw new UsageError('the ledger has no entries yet: there is nothing to export');
  const year = loaded.year;
  const position = yearPosition(loaded.books, year);
  if (!position || !loaded.books.years.has(year))
    throw new UsageError(
      `fiscal year ${year} has no entries: years with books are ${[...loaded.books.years.keys()].sort().join(', ')}`,
    );
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
  process.stdout.write(`FEC ${year} : ${file} (${fec.entries} écritures, ${fec.rows} lignes)\n`);
  return fec.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

export function runImportFec(options: GlobalOptions, file: string): number {
  const read = readLedgerFolder(options.ledger);
  printDiagnostics(read.diagnostics, toStderr, true, options.messages);
  if (!read.folder)
    throw new UsageError(
      `no ledger found in ${options.ledger} (no asso.json): pass -L <folder>, or create one with \`asso init <folder>\``,
    );
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
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
    process.stderr.write(`asso: ${file} has errors: nothing was imported\n`);
    return 1;
  }
  const years = [...books.years.keys()].sort();
  if (years.length !== 1) {
    process.stderr.write(
      `asso: ${file} ${years.length ? `spans the fiscal years ${years.join(', ')}: a FEC holds one year` : 'holds no entry'}: nothing was imported\n`,
    );
    return 1;
  }
  const year = years[0]!;
  const target = join(options.ledger, 'journal', `${year}-fec.csv`);
  if (existsSync(target)) {
    process.stderr.write(`asso: ${target} already exists: nothing was imported\n`);
    return 1;
  }
  if (existsSync(join(options.ledger, 'locks', `${year}.json`))) {
    process.stderr.write(`asso: fiscal year ${year} is closed in this ledger: nothing was imported\n`);
    return 1;
  }
  mkdirSync(join(options.ledger, 'journal'), { recursive: true });
  writeAtomically(target, importedJournalCsv(entries));
  const added = declareAccounts(options.ledger, read.folder.chart.accounts, entries);
  const rows = entries.reduce((total, entry) => total + entry.postings.length, 0);
  process.stdout.write(
    `${entries.length} écritures (${rows} lignes) importées dans ${target}${added ? ` ; ${added} compte(s) ajouté(s) à accounts.csv` : ''}\n`,
  );
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
