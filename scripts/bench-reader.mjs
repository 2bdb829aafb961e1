#!/usr/bin/env node
// Benchmark of the journal reader alone (build first: `npx tsc -p .`). Generates two
// deterministic journals of ~200k rows in a temporary folder: the plain dialect (`,`, `.`
// decimals, UTF-8) and the French spreadsheet dialect (`;`, decimal comma, Windows-1252, some
// quoted labels, DD/MM/YYYY, thousands separators), then prints rows per second for reading each
// (bytes → checked rows) and for the whole scan (rows → checked entries → balances).
//
//   node scripts/bench-reader.mjs [rows]        (default 200000)
//
// Also importable: `const results = await benchReader({ rows })` (used by scripts/bench.mjs).
// Light on purpose: one warm-up on a small file, then one timed run per dialect.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const { readJournalFile } = await import(new URL('read/journal.js', dist).href);
const { readLedgerFolder } = await import(new URL('read/ledger-folder.js', dist).href);
const { scanLedger } = await import(new URL('post/books.js', dist).href);

const ACCOUNTS = [
  ['512100', 'Banque'],
  ['530000', 'Caisse'],
  ['606100', 'Fournitures'],
  ['613200', 'Location'],
  ['625100', 'Déplacements'],
  ['756100', 'Cotisations'],
  ['706100', 'Prestations'],
  ['401000', 'Fournisseurs'],
  ['411000', 'Adhérents'],
];
const LABELS = [
  'Cotisation annuelle',
  'Facture fournitures; papeterie',
  'Loyer de la salle',
  'Remboursement "frais" bénévole',
  'Buvette du tournoi',
  'Prestation d’animation',
];

/** A deterministic pseudo-random sequence (no Math.random: the same file every run). */
function sequence(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

/** Entries of two or three rows, balanced, as [date, journal, piece, account, label, debitCents, creditCents] rows. */
function* generateRows(count) {
  const next = sequence(2011);
  let piece = 0;
  let emitted = 0;
  while (emitted < count) {
    piece += 1;
    const day = 1 + (piece % 28);
    const month = 1 + (Math.floor(piece / 28) % 12);
    const journal = ['BQ', 'CA', 'OD'][next() % 3];
    const label = LABELS[next() % LABELS.length];
    const legs = 1 + (next() % 2);
    let total = 0;
    const date = [2024, month, day];
    for (let leg = 0; leg < legs && emitted < count - 1; leg += 1) {
      const cents = 1 + (next() % 500000);
      total += cents;
      yield [date, journal, piece, ACCOUNTS[2 + (next() % 4)][0], label, cents, 0];
      emitted += 1;
    }
    yield [date, journal, piece, ACCOUNTS[next() % 2][0], label, 0, total];
    emitted += 1;
  }
}

const pad = (n) => String(n).padStart(2, '0');
const plainAmount = (cents) => (cents ? `${Math.floor(cents / 100)}.${pad(cents % 100)}` : '');
const frenchAmount = (cents) => {
  if (!cents) return '';
  const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${euros},${pad(cents % 100)}`;
};
const quote = (text, delimiter) =>
  text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;

function plainJournal(rows) {
  const lines = ['date,journal,piece,account,label,debit,credit'];
  for (const [[y, m, d], journal, piece, account, label, debit, credit] of generateRows(rows)) {
    lines.push(
      `${y}-${pad(m)}-${pad(d)},${journal},${journal}-${piece},${account},${quote(label, ',')},${plainAmount(debit)},${plainAmount(credit)}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** Windows-1252 bytes of a text made of Latin-1 characters, € and ’. */
function windows1252(text) {
  const bytes = Buffer.alloc(text.length);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[index] = code === 0x20ac ? 0x80 : code === 0x2019 ? 0x92 : code;
  }
  return bytes;
}

function frenchJournal(rows) {
  const lines = ['Date;Journal;Pièce;Compte;Libellé;Débit;Crédit'];
  for (const [[y, m, d], journal, piece, account, label, debit, credit] of generateRows(rows)) {
    lines.push(
      `${pad(d)}/${pad(m)}/${y};${journal};${journal}-${piece};${account};${quote(label, ';')};${frenchAmount(debit)};${frenchAmount(credit)}`,
    );
  }
  return windows1252(`${lines.join('\r\n')}\r\n`);
}

function ledgerFolder(root, name, bytes) {
  const dir = join(root, name);
  mkdirSync(join(dir, 'journal'), { recursive: true });
  writeFileSync(
    join(dir, 'asso.json'),
    JSON.stringify({ name: `Bench ${name}`, currency: 'EUR', fiscalYearStart: '01-01' }),
  );
  writeFileSync(join(dir, 'accounts.csv'), `number,label\n${ACCOUNTS.map(([n, l]) => `${n},${l}`).join('\n')}\n`);
  writeFileSync(join(dir, 'journal', '2024.csv'), bytes);
  return dir;
}

function timeRead(dir) {
  const { folder } = readLedgerFolder(dir);
  let rows = 0;
  const problems = [];
  const start = process.hrtime.bigint();
  readJournalFile(
    folder.journalFiles[0],
    folder.chart,
    () => {
      rows += 1;
    },
    (d) => problems.push(d),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { rows, seconds, problems: problems.length };
}

function timeScan(dir) {
  const { folder } = readLedgerFolder(dir);
  const start = process.hrtime.bigint();
  const { diagnostics } = scanLedger(folder);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, problems: diagnostics.length };
}

export async function benchReader({ rows = 200_000, log = console.log } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'asso-bench-reader-'));
  try {
    const dialects = [
      { name: 'plain (",", ".", UTF-8)', dir: ledgerFolder(root, 'plain', plainJournal(rows)) },
      { name: 'French spreadsheet (";", ",", Windows-1252)', dir: ledgerFolder(root, 'french', frenchJournal(rows)) },
    ];
    // Warm-up: the JIT compiles the reader on a small file first.
    timeRead(ledgerFolder(root, 'warm-up', frenchJournal(5000)));
    timeRead(ledgerFolder(root, 'warm-up-plain', plainJournal(5000)));
    const results = [];
    for (const { name, dir } of dialects) {
      const read = timeRead(dir);
      const scan = timeScan(dir);
      if (read.problems || scan.problems)
        throw new Error(`${name}: the generated journal has ${read.problems + scan.problems} problem(s)`);
      const bytes = statSync(join(dir, 'journal', '2024.csv')).size;
      const result = {
        dialect: name,
        rows: read.rows,
        megabytes: bytes / 1e6,
        readSeconds: read.seconds,
        readRowsPerSecond: read.rows / read.seconds,
        scanSeconds: scan.seconds,
        scanRowsPerSecond: read.rows / scan.seconds,
      };
      results.push(result);
      log(
        `${name.padEnd(44)} ${String(result.rows).padStart(7)} rows ${result.megabytes.toFixed(1).padStart(5)} MB   read ${Math.round(result.readRowsPerSecond).toLocaleString('en').padStart(9)} rows/s   read+post ${Math.round(result.scanRowsPerSecond).toLocaleString('en').padStart(9)} rows/s`,
      );
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = process.argv[2] ? parseInt(process.argv[2], 10) : 200_000;
  console.log(`asso reader benchmark: ${rows} rows per dialect, node ${process.version}`);
  await benchReader({ rows });
}
