// npm run build (scripts/bundle.mjs): runs the parallel scan's worker bundle once, in this process,
// on the tail of the bundled books' largest journal, cut at its middle by the parallel scan's own
// planCut (the worker's code is the same whatever part it reads), then saves
// V8's compiled code beside it (scan-worker.cjs.cache), which the worker's loader
// (src/post/parallel-scan.ts) hands back to V8. Usage: node worker-cache.mjs <scan-worker.cjs> <ledger>
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { MessageChannel } from 'node:worker_threads';

const [file, books] = process.argv.slice(2);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { readLedgerFolder } = await load('read/ledger-folder.js');
const { planCut } = await load('read/split.js');

const { folder } = readLedgerFolder(books);
if (!folder) throw new Error(`worker-cache: ${books} is not a readable ledger`);
const files = folder.journalFiles;
const sizes = files.map((path) => statSync(path).size);
const largest = sizes.indexOf(Math.max(...sizes));
const cut = planCut(files[largest], sizes[largest]);
if (!cut) throw new Error(`worker-cache: ${files[largest]} cannot be cut`);

const script = new Script(readFileSync(file, 'latin1'), { filename: file });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
const { port1, port2 } = new MessageChannel();
const done = new Int32Array(new SharedArrayBuffer(4));
module.exports.runScanJob({
  calendar: folder.config.calendar,
  chart: folder.chart,
  files,
  fileIndex: largest,
  range: cut.tail,
  port: port2,
  done,
});
port1.close();
if (Atomics.load(done, 0) !== 1) throw new Error('worker-cache: the scan did not finish');
writeFileSync(`${file}.cache`, script.createCachedData());
