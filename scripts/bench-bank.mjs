// npm run bench runs this too: `asso import bank` on a 10 000-line statement (a year of a busy
// account, Crédit Mutuel layout with its running balance checked), dry run and --write, beside
// `asso --version` (the start-up every command pays). Figures, not assertions.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStatement } from './gen-statement.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asso = join(root, 'bin', 'asso.js');
const size = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 5);
const dir = join(tmpdir(), 'asso-bench-bank');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const statement = join(dir, 'releve.csv');
writeStatement(statement, size);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** Median wall time and processor time (user + system, when /usr/bin/time is there: it does not grow with a busy machine's load). */
const time = (args, fresh) => {
  const wall = [];
  const cpu = [];
  for (let run = 0; run < runs; run += 1) {
    const ledger = join(dir, `ledger-${run}`);
    if (fresh) {
      rmSync(ledger, { recursive: true, force: true });
      cpSync(join(root, 'fixtures', 'bank', 'ledger'), ledger, { recursive: true });
    }
    const started = process.hrtime.bigint();
    const command = timeCommand
      ? [timeCommand, ['-f', '%U %S', 'node', asso, ...args(ledger)]]
      : ['node', [asso, ...args(ledger)]];
    const result = spawnSync(command[0], command[1], { encoding: 'utf8', maxBuffer: 1 << 30 });
    wall.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (timeCommand) {
      const [user, system] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
      cpu.push(user + system);
    }
    if (result.status !== 0) throw new Error(`bench-bank: exit ${result.status}: ${result.stderr}`);
  }
  return { wall: median(wall), cpu: cpu.length ? median(cpu) : Number.NaN };
};
const startup = time(() => ['--version'], false);
const dryRun = time((ledger) => ['import', 'bank', '-L', ledger, statement, '--account', '512100'], true);
const write = time((ledger) => ['import', 'bank', '-L', ledger, statement, '--account', '512100', '--write'], true);
const again = time((ledger) => ['import', 'bank', '-L', ledger, statement, '--account', '512100'], false);
const ms = (s) => `${(s * 1000).toFixed(0)} ms`.padStart(8);
const show = (name, t) =>
  console.log(
    `  ${name.padEnd(24)} wall ${ms(t.wall)} (${ms(t.wall - startup.wall)} over start-up)   processor ${ms(t.cpu)} (${ms(t.cpu - startup.cpu)} over start-up)`,
  );
console.log(`asso import bank, a ${size.toLocaleString('en-US')}-line statement (median of ${runs}):`);
show('start-up (--version)', startup);
show('dry run', dryRun);
show('--write', write);
show('again, all duplicates', again);
