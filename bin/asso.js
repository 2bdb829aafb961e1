#!/usr/bin/env node
// `asso --version` answers without loading the command line; everything else goes to cli/main:
// the bundle (dist/bundle/asso.cjs, made by `npm run build`) with V8's code cached at build
// time, or tsc's modules when the bundle is missing or older than them. CommonJS (bin/package.json):
// Node starts a CommonJS entry without its ES module loader, a few milliseconds sooner.
'use strict';
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const args = process.argv.slice(2);
const here = (path) => join(__dirname, path);
const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** Runs the CommonJS bundle as Node's loader would, compiled with the cached code when V8 accepts it. */
function loadBundle(file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {}
  // ASCII, already wrapped in a CommonJS module's function (scripts/bundle.mjs): read as Latin-1, the
  // cheapest decoding, into the string V8 compiles.
  const source = readFileSync(file, 'latin1');
  const script = new Script(source, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, file, here('../dist/bundle/'));
  return { main: module.exports.main, script };
}

async function run() {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    // dist/version.js is an ES module: its one constant is read, not loaded.
    const version = /VERSION = '([^']*)'/.exec(readFileSync(here('../dist/version.js'), 'utf8'));
    if (version) return void process.stdout.write(`${version[1]}\n`);
    const { VERSION } = await import('../dist/version.js');
    return void process.stdout.write(`${VERSION}\n`);
  }
  const bundle = here('../dist/bundle/asso.cjs');
  if (modified(bundle) >= modified(here('../dist/cli/main.js'))) {
    const { main, script } = loadBundle(bundle);
    await main(args);
    // npm run build: keep the code compiled by this run for the next ones; the variable may list
    // more commands (JSON, lists of arguments) to run first, so that their code is kept too.
    const warm = process.env.ASSO_WRITE_CODE_CACHE;
    if (warm) {
      for (const more of warm.startsWith('[') ? JSON.parse(warm) : []) await main(more);
      writeFileSync(`${bundle}.cache`, script.createCachedData());
    }
  } else {
    const { main } = await import('../dist/cli/main.js');
    await main(args);
  }
}
run();
