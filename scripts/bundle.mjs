// npm run build, after scripts/transpile.mjs: bundles the compiled command (dist/) and its dependencies into one
// file, dist/bundle/asso.cjs, and the parallel scan's worker next to it; then runs the bundled
// books' balance sheet once to save V8's compiled code beside it (asso.cjs.cache), which
// bin/asso.js hands back to V8 (Node 20 has no module compile cache). A command then reads and
// compiles one file instead of resolving and compiling about a hundred modules.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });

async function bundle(input, output) {
  const built = await rolldown({ input, platform: 'node', logLevel: 'warn' });
  await built.write({ ...output, codeSplitting: false });
  await built.close();
}
// The worker first: the command's bundle must be the newest file (bin/asso.js compares dates).
await bundle(join(root, 'dist', 'post', 'scan-worker.js'), { file: join(out, 'scan-worker.js'), format: 'esm' });
await bundle(join(root, 'dist', 'cli', 'main.js'), { file: join(out, 'asso.cjs'), format: 'cjs' });
lazyBuiltins(join(out, 'asso.cjs'));

const books = join(root, 'ledgers', 'coorace-bn');
const warm = existsSync(books) ? ['balance-sheet', '-L', books, '-y', '2011'] : ['--help'];
const run = spawnSync(process.execPath, [join(root, 'bin', 'asso.js'), ...warm], {
  env: { ...process.env, ASSO_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0 || !existsSync(join(out, 'asso.cjs.cache')))
  process.stderr.write('bundle: no code cache written (the command still runs, compiling as it goes)\n');

/** Node modules only some commands use (the parallel scan's threads, seals' hashes, questions in
 * a terminal) are loaded on their first use rather than when the bundle starts: each costs a few
 * milliseconds that a balance sheet of a small ledger would otherwise pay. The bundle reads them
 * only as `name.member`, which the proxy forwards. */
function lazyBuiltins(file) {
  const lazy = /(let|const) (\w+) = require\("(node:(?:worker_threads|crypto|readline\/promises|child_process))"\);/g;
  const source = readFileSync(file, 'utf8');
  const loader =
    'const __lazyBuiltin = (name) => { let loaded; return new Proxy({}, { get: (_, key) => (loaded ??= require(name))[key] }); };\n';
  writeFileSync(file, loader + source.replace(lazy, '$1 $2 = __lazyBuiltin("$3");'));
}
