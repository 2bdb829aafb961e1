// npm run bench [-- --quick] [-- --markdown]
//
// Times the built `asso` beside ledger-cli and hledger on the same synthetic books, in one run,
// and prints the ratios the performance goals are stated in (docs/performance.md):
//   1. start-up: every statement command on the bundled books, `--version` and `--help`, against
//      `node -e 0` (medians of interleaved runs: the machine is noisy, interleaving spreads it);
//   2. balance sheet at 1 000 to 1 000 000 entries against `ledger bal` and `hledger bal`;
//   3. `journal` and `ledger` listings of one year of 5 000 and 20 000 entries in every format;
//   4. `close`, `import bank` (a month's statement), `add` and `report` on a 10 000-entry year.
// Sections 1 and 2 time each statement twice: as the first command after a change to the books
// (the scan, and its result kept in the cache: a cache emptied before each run), and on books
// that have not changed since (the scan's result taken from the cache). Sections 3 and 4 run
// without the cache (ASSO_CACHE=off): listings, close, import and add read the entries anyway.
// Every comparison is interleaved: asso and the peers in turn at each size, and every command of
// sections 3 and 4 with a `node -e 0` between its runs, its "over start-up" taken from those: this
// machine's speed drifts by half within a quarter of an hour, which falls on both sides alike.
// A peer that is not installed is skipped, and said so (apt-get install ledger hledger).
// Wall time and peak resident memory (/usr/bin/time); `--quick` takes fewer runs and sizes.
// Figures, not assertions: nothing here fails a test. Needs a build (npm run build).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLedger } from './gen-ledger.mjs';
import { writeStatement } from './gen-statement.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asso = join(root, 'bin', 'asso.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const markdown = args.includes('--markdown');
const startRuns = quick ? 9 : 21;
const runs = quick ? 1 : 3;
const sizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
const benchDir = join(tmpdir(), 'asso-bench');
// The bench's own cache folder: emptied for a first run after a change, kept for unchanged books.
const cacheDir = join(benchDir, 'scan-cache');
const CACHE_OFF = { ...process.env, ASSO_CACHE: 'off' };
const CACHE_ON = { ...process.env, ASSO_CACHE: '', ASSO_CACHE_DIR: cacheDir };
const emptyCache = () => rmSync(cacheDir, { recursive: true, force: true });
const GENERATOR_VERSION = readFileSync(join(root, 'scripts', 'gen-ledger.mjs'), 'utf8').length;

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const installed = (tool) => spawnSync(tool, ['--version']).status === 0;
const peers = ['ledger', 'hledger'].filter(installed);
const missing = ['ledger', 'hledger'].filter((tool) => !peers.includes(tool));

// ---- measuring ----

/** One run: wall seconds, CPU seconds (user + system) and peak resident MB (when /usr/bin/time
 * is there), exit status. CPU time tells less about waiting but more when the machine is busy. */
function runOnce(command, commandArgs, options = {}) {
  const started = process.hrtime.bigint();
  const result = timeCommand
    ? spawnSync(timeCommand, ['-f', '%M %U %S', command, ...commandArgs], { maxBuffer: 1 << 30, ...options })
    : spawnSync(command, commandArgs, { maxBuffer: 1 << 30, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [kilobytes, user, system] = timeCommand
    ? String(result.stderr).trim().split('\n').pop().split(' ').map(Number)
    : [Number.NaN, Number.NaN, Number.NaN];
  return { seconds, cpu: user + system, megabytes: kilobytes / 1024, status: result.status };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall and CPU time, largest peak memory and first exit status of a command's runs. */
const summary = (all) => ({
  seconds: median(all.map((r) => r.seconds)),
  cpu: median(all.map((r) => r.cpu)),
  megabytes: Math.max(...all.map((r) => r.megabytes)),
  status: all[0].status,
});

/**
 * Runs the commands in turn, `times` rounds (a command's `before` runs untimed before it): each
 * one's summary, measured in the same minutes as the others, so that the machine's drift (its
 * speed changes by half from one quarter of an hour to the next) falls on all of them alike.
 */
function interleaved(commands, times) {
  const all = commands.map(() => []);
  for (let i = 0; i < times; i += 1)
    commands.forEach(([command, commandArgs, before, env = CACHE_OFF], index) => {
      before?.();
      all[index].push(runOnce(command, commandArgs, { env }));
    });
  return all.map(summary);
}

const NODE = ['node', ['-e', '0']];

/** A command's summary, and `node -e 0`'s measured between its runs: `over` is the difference. */
function measure(command, commandArgs, times = runs, before, env = CACHE_OFF) {
  const [start, result] = interleaved([NODE, [command, commandArgs, before, env]], times);
  return { ...result, over: result.seconds - start.seconds, cpuOver: result.cpu - start.cpu };
}

function ledgerFor(size, { years = 10, journalFormat = false } = {}) {
  const dir = join(benchDir, `${size}-${years}y`);
  const stamp = join(dir, '.stamp');
  const wanted = `${GENERATOR_VERSION}${journalFormat ? '+journal' : ''}`;
  const have = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  if (have !== wanted && !(have.startsWith(wanted) && !journalFormat)) {
    process.stderr.write(`generating ${size} entries over ${years} year(s)…\n`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeLedger(dir, size, 'plain', { ledgerFormat: journalFormat, years });
    writeFileSync(stamp, wanted);
  }
  return dir;
}

// ---- printing ----

const out = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};
const table = (head, rows) => {
  if (markdown) {
    say(`| ${head.join(' | ')} |`);
    say(`|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`);
    for (const row of rows) say(`| ${row.join(' | ')} |`);
  } else {
    const widths = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
    const line = (cells) => cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])));
    say(line(head).join('  '));
    for (const row of rows) say(line(row).join('  '));
  }
  say();
};
const heading = (text) => {
  say(markdown ? `### ${text}` : `== ${text}`);
  say();
};
const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
const s = (seconds) => `${seconds.toFixed(2)} s`;
const mb = (megabytes) => (Number.isNaN(megabytes) ? '?' : `${megabytes.toFixed(0)} MB`);
const signed = (seconds) => `${seconds >= 0 ? '+' : ''}${ms(seconds)}`;
const signedSeconds = (seconds) => `${seconds >= 0 ? '+' : ''}${s(seconds)}`;
const times = (ratio) => `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
const goals = [];
/** A goal judged on wall time (as stated) and on CPU time (what the command costs whatever the load). */
const goal = (what, [wallMet, wallFigure], [cpuMet, cpuFigure] = [wallMet, wallFigure]) =>
  goals.push([what, wallFigure, wallMet ? 'met' : 'not met', cpuFigure, cpuMet ? 'met' : 'not met']);

// ---- 1. start-up ----

say(
  `asso-ledger benchmark${quick ? ' (--quick)' : ''}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0].toFixed(1)} at the start`,
);
say(
  peers.length
    ? `peers: ${peers.map((p) => spawnSync(p, ['--version']).stdout.toString().split('\n')[0]).join('; ')}`
    : '',
);
if (missing.length) say(`not installed, skipped: ${missing.join(', ')} (apt-get install ${missing.join(' ')})`);
say();

const books = join(root, 'ledgers', 'coorace-bn');
const statementCommands = ['balance-sheet', 'income-statement', 'balance', 'main', 'check', 'budget', 'report'];
// Each statement command as the first after a change (the cache emptied: a scan), then on the
// same books unchanged (the scan's result from the cache the run before kept).
const startCommands = [
  ['node -e 0', 'node', ['-e', '0']],
  ...statementCommands.flatMap((command) => {
    // The budget voted with the 2011 accounts, against them (the books have no 2011 budget).
    const commandArgs = [
      asso,
      command,
      '-L',
      books,
      ...(command === 'budget' ? ['-y', '2012', '--vs', '2011'] : ['-y', '2011']),
    ];
    return [
      [`asso ${command}, after a change`, 'node', commandArgs, emptyCache, CACHE_ON],
      [`asso ${command}, unchanged`, 'node', commandArgs, undefined, CACHE_ON],
    ];
  }),
  ['asso --version', 'node', [asso, '--version']],
  ['asso --help', 'node', [asso, '--help']],
];
heading(
  `Start-up: the bundled books (2011), median of ${startRuns} interleaved runs; each statement after a change to the books (a scan) and on the books unchanged (the scan kept in the cache)`,
);
const startTimes = interleaved(
  startCommands.map(([, command, commandArgs, before, env]) => [command, commandArgs, before, env]),
  startRuns,
);
const nodeStart = startTimes[0].seconds;

table(
  ['command', 'wall', 'over node -e 0', 'goal', 'CPU', 'CPU over node -e 0'],
  startCommands.map(([name], index) => {
    const { seconds, cpu } = startTimes[index];
    if (index === 0) return [name, ms(seconds), '', '', ms(cpu), ''];
    const over = seconds - nodeStart;
    const limit = name.endsWith('--version') || name.endsWith('--help') ? 0.02 : 0.05;
    const cpuOver = cpu - startTimes[0].cpu;
    goal(
      `${name} within ${ms(limit)} of node -e 0`,
      [over <= limit, signed(over)],
      [cpuOver <= limit, signed(cpuOver)],
    );
    return [name, ms(seconds), signed(over), `≤ +${ms(limit)}`, ms(cpu), signed(cpu - startTimes[0].cpu)];
  }),
);

// ---- 2. balance sheet against the peers ----

heading(
  `Balance sheet against ledger-cli and hledger (\`bal\`), same books, median of ${runs} run(s), one at a million entries; asso after a change to the books (a scan) and on the books unchanged (the cache)`,
);
const sheetRows = [];
for (const size of sizes) {
  const dir = ledgerFor(size, { journalFormat: true });
  // hledger takes minutes and gigabytes at a million entries: compared up to 100 000.
  const compared = ['ledger', 'hledger'].filter(
    (peer) => peers.includes(peer) && !(peer === 'hledger' && size > 100_000),
  );
  const sheet = [asso, 'balance-sheet', '-L', dir];
  const [scanned, kept, ...measured] = interleaved(
    [
      ['node', sheet, emptyCache, CACHE_ON],
      ['node', sheet, undefined, CACHE_ON],
      ...compared.map((peer) => [peer, ['-f', join(dir, 'books.journal'), 'bal']]),
    ],
    size >= 1_000_000 ? 1 : runs,
  );
  for (const [when, ours] of [
    ['after a change', scanned],
    ['unchanged', kept],
  ]) {
    const row = [
      `${size.toLocaleString('en-US')}, ${when}`,
      `${s(ours.seconds)} (CPU ${s(ours.cpu)}), ${mb(ours.megabytes)}`,
    ];
    for (const peer of ['ledger', 'hledger']) {
      const theirs = measured[compared.indexOf(peer)];
      if (!theirs) {
        row.push('—', '—', '—');
        continue;
      }
      const ratio = theirs.seconds / ours.seconds;
      const cpuRatio = theirs.cpu / ours.cpu;
      const said = (r) => (r >= 1 ? `asso ${times(r)} faster` : `asso ${times(1 / r)} slower`);
      row.push(`${s(theirs.seconds)} (CPU ${s(theirs.cpu)}), ${mb(theirs.megabytes)}`, said(ratio), said(cpuRatio));
      if (peer === 'ledger' && size === 10_000)
        goal(
          `10 000 entries, ${when}: faster than ledger-cli`,
          [ratio > 1, times(ratio)],
          [cpuRatio > 1, times(cpuRatio)],
        );
      if (peer === 'hledger' && size === 100_000)
        goal(
          `100 000 entries, ${when}: ≥ 20× faster than hledger`,
          [ratio >= 20, times(ratio)],
          [cpuRatio >= 20, times(cpuRatio)],
        );
      if (peer === 'ledger' && size === 1_000_000)
        goal(
          `1 000 000 entries, ${when}: ≥ 8× faster than ledger-cli`,
          [ratio >= 8, times(ratio)],
          [cpuRatio >= 8, times(cpuRatio)],
        );
    }
    if (size === 1_000_000)
      goal(`1 000 000 entries, ${when}: under 300 MB`, [ours.megabytes < 300, mb(ours.megabytes)]);
    sheetRows.push(row);
  }
}
table(
  ['entries', 'asso balance-sheet', 'ledger bal', 'wall ratio', 'CPU ratio', 'hledger bal', 'wall ratio', 'CPU ratio'],
  sheetRows,
);

// ---- 3. listings ----

const small = 5_000;
const large = 20_000;
heading(
  `Listings: one year of ${small.toLocaleString('en-US')} and ${large.toLocaleString('en-US')} entries, every format`,
);
const listingRows = [];
const smallDir = ledgerFor(small, { years: 1 });
const largeDir = ledgerFor(large, { years: 1 });
for (const [name, command] of [
  ['journal', ['journal']],
  ['ledger', ['ledger']],
]) {
  for (const format of ['table', 'csv', 'json', 'markdown']) {
    const at = (dir) => measure('node', [asso, ...command, '-L', dir, '-f', format]);
    const few = at(smallDir);
    const many = at(largeDir);
    // Linear: four times the rows take about four times the time over start-up.
    const growth = many.over / Math.max(0.001, few.over);
    goal(
      `${name} -f ${format}, 20 000 entries: under 1 s over start-up`,
      [many.over < 1, s(many.over)],
      [many.cpuOver < 1, s(many.cpuOver)],
    );
    listingRows.push([
      `${name} -f ${format}`,
      s(few.seconds),
      `${s(many.seconds)}, ${mb(many.megabytes)}`,
      times(growth),
      signedSeconds(many.over),
    ]);
  }
}
table(['command', '5 000', '20 000', 'growth (4× rows)', '20 000 over node -e 0'], listingRows);

// ---- 4. closing and the report ----

heading(`A 10 000-entry year: close, import bank, add and report, median of ${runs} run(s)`);
const yearDir = ledgerFor(10_000, { years: 1 });
const scratch = join(benchDir, 'close-scratch');
const fresh = () => {
  rmSync(scratch, { recursive: true, force: true });
  cpSync(yearDir, scratch, { recursive: true });
};
// A month's statement (300 lines, December) imported with the rules of the bank fixture, and one
// expense entered with flags, each on a fresh copy of the year.
const statement = join(benchDir, 'releve-2015-12.csv');
writeStatement(statement, 300, { first: '2015-12-01', days: 30 });
const freshWithRules = () => {
  fresh();
  cpSync(join(root, 'fixtures', 'bank', 'ledger', 'import-rules.csv'), join(scratch, 'import-rules.csv'));
};
const expense = ['--date', '2015-12-30', '--amount', '12,50', '--label', 'Timbres', '--account', '626000'];
const yearRows = [];
runOnce('node', [asso, 'report', '-L', yearDir], { env: CACHE_ON }); // the cache of the last row
for (const [name, commandArgs, before, env] of [
  ['close --year 2015 --yes', [asso, 'close', '--year', '2015', '--yes', '-L', scratch], fresh],
  [
    'import bank (300 lines) --write',
    [asso, 'import', 'bank', statement, '--account', '512100', '--write', '-L', scratch],
    freshWithRules,
  ],
  ['add depense (flags)', [asso, 'add', 'depense', ...expense, '--bank', '512100', '-L', scratch], fresh],
  ['report', [asso, 'report', '-L', yearDir]],
  ['report -f html', [asso, 'report', '-f', 'html', '-L', yearDir]],
  ['report, unchanged (cache)', [asso, 'report', '-L', yearDir], undefined, CACHE_ON],
]) {
  const result = measure('node', commandArgs, runs, before, env);
  goal(
    `${name}, 10 000-entry year: under 0.5 s over start-up`,
    [result.over < 0.5, s(result.over)],
    [result.cpuOver < 0.5, s(result.cpuOver)],
  );
  yearRows.push([
    `asso ${name}`,
    `${s(result.seconds)}, ${mb(result.megabytes)}`,
    signedSeconds(result.over),
    result.status,
  ]);
}
rmSync(scratch, { recursive: true, force: true });
emptyCache();
table(['command', 'wall, peak', 'over node -e 0', 'exit'], yearRows);

// ---- goals ----

heading('Goals');
table(['goal', 'wall', '', 'CPU', ''], goals);
say(`load average ${loadavg()[0].toFixed(1)} at the end`);

// ---- import bank ----

const bankBench = join(root, 'scripts', 'bench-bank.mjs');
if (existsSync(bankBench)) {
  heading('asso import bank, 10 000-line statement');
  spawnSync('node', [bankBench, '10000', String(Math.min(runs, 5))], { stdio: 'inherit' });
}
