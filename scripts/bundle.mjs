// npm run build, after scripts/transpile.mjs: bundles the compiled command (dist/) and its dependencies into one
// file, dist/bundle/asso.cjs, and the parallel scan's worker next to it; then runs the bundled
// books' balance sheet once to save V8's compiled code beside it (asso.cjs.cache), which
// bin/asso.js hands back to V8 (Node 20 has no module compile cache). A command then reads and
// compiles one file instead of resolving and compiling about a hundred modules.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });

async function bundle(input, output) {
  const built = await rolldown({ input, platform: 'node', logLevel: 'warn', plugins: [chalkWithoutDetection] });
  await built.write({ ...output, codeSplitting: false });
  await built.close();
}
/** chalk's colour detection (its vendored supports-color) loads node:tty and node:os when the bundle
 * starts, some 5 ms; asso never uses it: colours are decided from the options (cli/options.ts) and
 * every chalk is made with its level (`new Chalk({ level })`). Its browser variant detects nothing. */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  resolveId(source, importer) {
    if (source === '#supports-color' && importer?.includes(`${join('node_modules', 'chalk')}`))
      return join(root, 'node_modules', 'chalk', 'source', 'vendor', 'supports-color', 'browser.js');
  },
};

// The worker first: the command's bundle must be the newest file (bin/asso.js compares dates).
await bundle(join(root, 'dist', 'post', 'scan-worker.js'), { file: join(out, 'scan-worker.cjs'), format: 'cjs' });
asciiAndWrapped(join(out, 'scan-worker.cjs'));
await bundle(join(root, 'dist', 'cli', 'main.js'), { file: join(out, 'asso.cjs'), format: 'cjs' });
// What `asso --version` prints, as a line bin/asso.js reads without loading any module.
writeFileSync(
  join(out, 'version.txt'),
  `${(await import(pathToFileURL(join(root, 'dist', 'version.js')).href)).VERSION}\n`,
);
lazyBuiltins(join(out, 'asso.cjs'));
asciiAndWrapped(join(out, 'asso.cjs'));
buildId(join(out, 'asso.cjs'));

const books = join(root, 'ledgers', 'coorace-bn');
const warm = existsSync(books) ? ['balance-sheet', '-L', books, '-y', '2011'] : ['--help'];
// The other commands every treasurer runs, in the same process: their code is cached as well.
const more = existsSync(books)
  ? [
      ['income-statement', 'report', 'main', 'check'].map((command) => [command, '-L', books, '-y', '2011']),
      [['--help']],
    ].flat()
  : [];
// The first command scans the books and keeps the result in a cache folder of its own; the others
// take it from there: the code of both ways is cached.
const scans = mkdtempSync(join(tmpdir(), 'asso-build-'));
const run = spawnSync(process.execPath, [join(root, 'bin', 'asso.js'), ...warm], {
  env: {
    ...process.env,
    ASSO_WRITE_CODE_CACHE: JSON.stringify(more),
    NO_COLOR: '1',
    ASSO_CACHE: '',
    ASSO_CACHE_DIR: scans,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
rmSync(scans, { recursive: true, force: true });
if (run.status !== 0 || !existsSync(join(out, 'asso.cjs.cache')))
  process.stderr.write('bundle: no code cache written (the command still runs, compiling as it goes)\n');
// The parallel scan's worker, an isolate of its own, gets its code cached too: its scan run once on
// the tail of the bundled books' largest journal (scripts/worker-cache.mjs).
const workerRun = spawnSync(
  process.execPath,
  [join(root, 'scripts', 'worker-cache.mjs'), join(out, 'scan-worker.cjs'), books],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (workerRun.status !== 0 || !existsSync(join(out, 'scan-worker.cjs.cache')))
  process.stderr.write('bundle: no code cache written for the worker (it still runs, compiling as it goes)\n');

// `asso --help` to a pipe or a file, in each language, as the program prints it there (80 columns,
// no colours): bin/asso.js answers it from help.json without loading the bundle, with the language
// rule of the messages (lang.cjs, from src/messages/text.ts). A terminal's help is drawn at its width.
await bundle(join(root, 'dist', 'messages', 'text.js'), { file: join(out, 'lang.cjs'), format: 'cjs' });
const help = {};
for (const [lang, locale] of [
  ['fr', 'fr_FR.UTF-8'],
  ['en', 'en_US.UTF-8'],
]) {
  const env = { ...process.env, LC_ALL: locale, NO_COLOR: '1' };
  for (const name of ['LC_MESSAGES', 'LANG', 'FORCE_COLOR', 'CLICOLOR_FORCE']) delete env[name];
  const shown = spawnSync(process.execPath, [join(root, 'bin', 'asso.js'), '--help'], { env, encoding: 'utf8' });
  if (shown.status === 0 && shown.stdout) help[lang] = shown.stdout;
}
if (help.fr && help.en) writeFileSync(join(out, 'help.json'), JSON.stringify(help));
else process.stderr.write('bundle: no pre-rendered help written (asso --help builds it each time)\n');

/** Node modules only some commands use (the parallel scan's threads, seals' hashes, questions in
 * a terminal) are loaded on their first use rather than when the bundle starts: each costs a few
 * milliseconds that a balance sheet of a small ledger would otherwise pay. The bundle reads them
 * only as `name.member`, which the proxy forwards. */
function lazyBuiltins(file) {
  const lazy =
    /(let|const) (\w+) = require\("(node:(?:worker_threads|crypto|readline|readline\/promises|child_process|os|v8))"\);/g;
  const source = readFileSync(file, 'utf8');
  const loader =
    'const __lazyBuiltin = (name) => { let loaded; return new Proxy({}, { get: (_, key) => (loaded ??= require(name))[key] }); };\n';
  const names = [...source.matchAll(lazy)].map((match) => match[2]);
  let lazySource = source.replace(lazy, '$1 $2 = __lazyBuiltin("$3");');
  for (const name of names) {
    // A namespace import (`import * as crypto`) is wrapped by __toESM, which would copy the proxy's
    // (absent) own members: a built-in's namespace reads as the module itself, so it goes.
    lazySource = lazySource.replace(`\n${name} = __toESM(${name}, 1);`, '');
    if (new RegExp(`\\b${name}(\\.default\\b|\\[|\\)|,|;)`).test(lazySource))
      throw new Error(`bundle: ${name} is used otherwise than as ${name}.member: it cannot be loaded lazily`);
  }
  writeFileSync(file, loader + lazySource);
}

/** The bundle's SHA-256 in place of src/build-id.ts's mark: the scans' results kept between runs
 * (src/ledger/scan-cache.ts) are keyed by it, so that a build never takes another's. */
function buildId(file) {
  const mark = /(["'])@@ASSO_BUILD_ID@@\1/g;
  const source = readFileSync(file, 'latin1');
  if (source.match(mark)?.length !== 1)
    throw new Error('bundle: the build id mark (src/build-id.ts) is not in the bundle once');
  const id = createHash('sha256').update(source).digest('hex');
  writeFileSync(file, source.replace(mark, `"${id}"`), 'latin1');
}

/** The bundle as bin/asso.js compiles it: already wrapped in the function a CommonJS module is
 * (no 1 MB string to join at each start), and in ASCII only, every other character written as its
 * \\u escape, so that it is read as Latin-1 into a one-byte string (decoding UTF-8 into a two-byte
 * string cost 4–5 ms). An escape means the same character in a string, a template, a regular
 * expression, an identifier and a comment; the bundle has no String.raw, whose text would differ. */
function asciiAndWrapped(file) {
  const source = readFileSync(file, 'utf8');
  // An escaped character (`\\é`) would become an escaped backslash before `u…`; String.raw would read the escape.
  if (/String\.raw|\\[^\0-\x7f]/.test(source))
    throw new Error('bundle: cannot write this bundle in ASCII (asciiAndWrapped)');
  const ascii = source.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`);
}
