#!/usr/bin/env node
// The scan of a ledger, N times in one process (after `npm run build`): the milliseconds of each
// scan, for comparing two builds by their instruction counts, which do not drift as times do:
//
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --single-threaded scripts/scan-times.mjs <ledger> [scans] [dist folder]
//
// `--single-threaded` keeps V8's compiler and collector on the main thread, so that two runs of
// one build count the same instructions within 0.3 %; one scan is the cost after a change, the
// difference between three scans and one the cost once optimised. `0` scans counts the loading.
// Another build's dist folder (a worktree's) compares builds; it needs node_modules beside it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [ledger, scans = '1', distFolder] = process.argv.slice(2);
if (!ledger) {
  console.error('usage: node --single-threaded scripts/scan-times.mjs <ledger> [scans] [dist folder]');
  process.exit(2);
}
const dist = pathToFileURL(`${resolve(distFolder ?? new URL('../dist', import.meta.url).pathname)}/`);
const { readLedgerFolder } = await import(new URL('read/ledger-folder.js', dist).href);
const { scanLedger } = await import(new URL('post/books.js', dist).href);
const { folder, diagnostics } = readLedgerFolder(resolve(ledger));
if (!folder) {
  console.error(diagnostics);
  process.exit(1);
}
const times = [];
for (let i = 0; i < Number(scans); i += 1) {
  const start = process.hrtime.bigint();
  scanLedger(folder);
  times.push(Math.round(Number(process.hrtime.bigint() - start) / 1e6));
}
console.log(times.length ? `scans (ms): ${times.join(' ')}` : 'loaded, no scan');
