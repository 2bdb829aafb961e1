#!/usr/bin/env node
// `asso --version` answers without loading the command line; everything else goes to cli/main:
// the bundle (dist/bundle/asso.cjs, made by `npm run build`) with V8's code cached at build
// time, or tsc's modules when the bundle is missing or older than them. CommonJS (bin/package.json):
// Node starts a CommonJS entry without its ES module loader, a few milliseconds sooner.
'use strict';
const { fstatSync, readFileSync, statSync, writeFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');

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
  const { Script } = require('node:vm');
  const script = new Script(source, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, file, here('../dist/bundle/'));
  return { main: module.exports.main, script };
}

/** `asso --help` to a pipe or a file: the page the build rendered there (scripts/bundle.mjs), in the
 * language of the messages; undefined in a terminal (drawn at its width) or without a current build. */
function preRenderedHelp() {
  try {
    const stdout = fstatSync(1);
    if (!(stdout.isFIFO() || stdout.isFile() || stdout.isSocket())) return undefined;
    const file = here('../dist/bundle/help.json');
    if (modified(file) < modified(here('../dist/cli/main.js'))) return undefined;
    const { messageLang } = require('../dist/bundle/lang.cjs');
    return JSON.parse(readFileSync(file, 'utf8'))[messageLang(undefined, process.env)];
  } catch {
    return undefined;
  }
}

/** Writes to fd 1 without making process.stdout (a stream costs milliseconds); a pipe left non-blocking takes the rest through it. */
function writeAll(bytes) {
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch (thrown) {
    if (thrown.code === 'EAGAIN') process.stdout.write(bytes.subarray(at));
    else if (thrown.code !== 'EPIPE') throw thrown;
  }
}

async function run() {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    // The line the build wrote (scripts/bundle.mjs): loading dist/version.js, an ES module, would
    // start Node's ES module loader, which costs more than the rest of --version.
    const line = here('../dist/bundle/version.txt');
    if (modified(line) >= modified(here('../dist/version.js'))) return void writeAll(readFileSync(line));
    const { VERSION } = await import('../dist/version.js');
    return void process.stdout.write(`${VERSION}\n`);
  }
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    const help = preRenderedHelp();
    if (help !== undefined) return void writeAll(Buffer.from(help));
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
