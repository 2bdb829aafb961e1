// npm run bench [-- --quick] [-- --runs N] [-- --sizes 10000,100000]
//
// Generates synthetic ledgers (scripts/gen-ledger.mjs: deterministic, 2 to 4 postings per
// entry, plain and French spreadsheet dialects), runs the built `asso` on them and prints wall
// time (median of the runs), peak memory and postings per second; then the seed books and
// `asso --version`; then hledger and ledger-cli on the same books when they are installed.
// Needs a build (`npm run build`). Figures, not assertions: nothing here fails a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLedger } from './gen-ledger.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asso = join(root, 'bin', 'asso.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const quick = args.includes('--quick');
const runs = Number(option('--runs', quick ? 3 : 5));
const sizes = option('--sizes', quick ? '10000,100000' : '10000,100000,1000000')
  .split(',')
  .map(Number);
const compareUpTo = Number(option('--compare-up-to', 100000));
const benchDir = join(tmpdir(), 'asso-bench');
const GENERATOR_VERSION = readFileSync(join(root, 'scripts', 'gen-ledger.mjs'), 'utf8').length;

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command once: wall seconds and peak resident memory in MB (when /usr/bin/time is there). */
function runOnce(command, commandArgs) {
  const started = process.hrtime.bigint();
  const result = timeCommand
    ? spawnSync(timeCommand, ['-f', '%M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kilobytes = timeCommand ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, megabytes: kilobytes / 1024, status: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(command, commandArgs, times = runs) {
  const all = [];
  for (let i = 0; i < times; i += 1) all.push(runOnce(command, commandArgs));
  return {
    seconds: median(all.map((r) => r.seconds)),
    megabytes: Math.max(...all.map((r) => r.megabytes)),
    status: all[0].status,
  };
}

function ledgerFor(size, dialect) {
  const dir = join(benchDir, `${size}-${dialect}`);
  const stamp = join(dir, '.stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(GENERATOR_VERSION))
    return { dir, postings: Number(readFileSync(join(dir, '.postings'), 'utf8')) };
  process.stderr.write(`generating ${size} entries (${dialect})…\n`);
  mkdirSync(dir, { recursive: true });
  const postings = writeLedger(dir, size, dialect, {
    ledgerFormat: dialect === 'plain' && size <= Math.max(compareUpTo, 100000),
  });
  writeFileSync(join(dir, '.postings'), String(postings));
  writeFileSync(stamp, String(GENERATOR_VERSION));
  return { dir, postings };
}

const rows = [];
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
const line = (cells) => console.log(cells.map(([text, width, right]) => pad(text, width, right)).join('  '));
const number = (value) => Math.round(value).toLocaleString('en-US');

console.log(
  `asso-ledger benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; median of ${runs} runs`,
);
console.log();
line([
  ['entries', 9, true],
  ['dialect', 7],
  ['command', 16],
  ['wall (s)', 9, true],
  ['peak (MB)', 9, true],
  ['postings/s', 12, true],
  ['exit', 4, true],
]);
for (const size of sizes) {
  for (const dialect of ['plain', 'french']) {
    const { dir, postings } = ledgerFor(size, dialect);
    for (const command of ['balance-sheet', 'check', 'income-statement']) {
      const result = measure('node', [asso, command, '-L', dir]);
      rows.push({ size, dialect, command, ...result, postings });
      line([
        [number(size), 9, true],
        [dialect, 7],
        [command, 16],
        [result.seconds.toFixed(3), 9, true],
        [result.megabytes.toFixed(0), 9, true],
        [number(postings / result.seconds), 12, true],
        [result.status, 4, true],
      ]);
    }
  }
}

console.log();
const seed = measure('node', [asso, 'balance-sheet', '-L', join(root, 'ledgers', 'coorace-bn'), '-y', '2011'], 10);
const version = measure('node', [asso, '--version'], 10);
console.log(
  `seed books, asso balance-sheet -y 2011: ${(seed.seconds * 1000).toFixed(0)} ms (peak ${seed.megabytes.toFixed(0)} MB)`,
);
console.log(`asso --version: ${(version.seconds * 1000).toFixed(0)} ms`);

const reader = join(root, 'scripts', 'bench-reader.mjs');
if (existsSync(reader)) {
  console.log();
  spawnSync('node', [reader], { stdio: 'inherit' });
}

const bank = join(root, 'scripts', 'bench-bank.mjs');
if (existsSync(bank)) {
  console.log();
  spawnSync('node', [bank, '10000', String(Math.min(runs, 5))], { stdio: 'inherit' });
}

const others = [
  ['hledger', ['balance']],
  ['ledger', ['balance']],
].filter(([tool]) => spawnSync(tool, ['--version']).status === 0);
if (others.length) {
  console.log();
  console.log(`The same books (plain dialect) in hledger's and ledger-cli's journal format, their balance report:`);
  for (const size of sizes.filter((s) => s <= compareUpTo)) {
    const { dir } = ledgerFor(size, 'plain');
    const ours = rows.find((r) => r.size === size && r.dialect === 'plain' && r.command === 'balance-sheet');
    for (const [tool, toolArgs] of others) {
      const result = measure(tool, ['-f', join(dir, 'books.journal'), ...toolArgs], Math.min(runs, 3));
      console.log(
        `  ${pad(number(size), 9, true)} entries  ${pad(tool, 8)} ${result.seconds.toFixed(3)} s, ${result.megabytes.toFixed(0)} MB  (${tool} ÷ asso balance-sheet: time ${(result.seconds / ours.seconds).toFixed(1)}, memory ${(result.megabytes / ours.megabytes).toFixed(1)})`,
      );
    }
  }
} else {
  console.log('\n(hledger and ledger-cli are not installed: no comparison; apt-get install hledger ledger)');
}
