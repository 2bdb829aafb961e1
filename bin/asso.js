#!/usr/bin/env node
// `asso --version` answers without loading the command line; everything else goes to cli/main:
// the bundle (dist/bundle/asso.cjs, made by `npm run build`) with V8's code cached at build
// time, or tsc's modules when the bundle is missing or older than them.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const args = process.argv.slice(2);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** Runs the CommonJS bundle as Node's loader would, compiled with the cached code when V8 accepts it. */
function loadBundle(file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {}
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, here('../dist/bundle/'));
  return { main: module.exports.main, script };
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const bundle = here('../dist/bundle/asso.cjs');
  if (modified(bundle) >= modified(here('../dist/cli/main.js'))) {
    const { main, script } = loadBundle(bundle);
    await main(args);
    // npm run build: keep the code compiled by this run for the next ones.
    if (process.env.ASSO_WRITE_CODE_CACHE) writeFileSync(`${bundle}.cache`, script.createCachedData());
  } else {
    const { main } = await import('../dist/cli/main.js');
    await main(args);
  }
}
