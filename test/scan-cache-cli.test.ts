// The cache folder (src/ledger/cache-folder.ts) and the built command with it: where results are
// kept, how many, and that a command answers the same with the cache, without it, and when the
// cache cannot be written.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFolderOf, cacheStore } from '../src/ledger/cache-folder.js';
import { ROOT, runBuilt } from './run-asso.js';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function temporary(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

describe('the cache folder', () => {
  it('is ASSO_CACHE_DIR, else $XDG_CACHE_HOME/asso-ledger, else ~/.cache/asso-ledger, else %LOCALAPPDATA%; none when turned off', () => {
    expect(cacheFolderOf({ ASSO_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c');
    expect(cacheFolderOf({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'asso-ledger'));
    expect(cacheFolderOf({ HOME: '/h' })).toBe(join('/h', '.cache', 'asso-ledger'));
    // Windows without HOME: the user's local application data (isAbsolute is the platform's).
    expect(cacheFolderOf({ HOME: '/h', LOCALAPPDATA: '/l' })).toBe(join('/h', '.cache', 'asso-ledger'));
    expect(cacheFolderOf({ LOCALAPPDATA: '/l' })).toBe(join('/l', 'asso-ledger', 'cache'));
    expect(cacheFolderOf({ LOCALAPPDATA: 'l' })).toBeUndefined();
    // Relative paths are not folders to write into (the XDG rule), wherever the command runs.
    expect(cacheFolderOf({ ASSO_CACHE_DIR: 'c', XDG_CACHE_HOME: 'x', HOME: '/h' })).toBe(
      join('/h', '.cache', 'asso-ledger'),
    );
    expect(cacheFolderOf({})).toBeUndefined();
    for (const off of ['off', '0', 'no', 'false', 'OFF'])
      expect(cacheFolderOf({ ASSO_CACHE: off, ASSO_CACHE_DIR: '/c' })).toBeUndefined();
  });

  it('keeps nothing without a build id (sources, tsc modules) and keeps the newest results only', () => {
    const dir = join(temporary('asso-cache-folder-'), 'cache');
    expect(cacheStore({ ASSO_CACHE_DIR: dir }, undefined)).toBeUndefined();
    const store = cacheStore({ ASSO_CACHE_DIR: dir }, 'build')!;
    expect(store.read('absent')).toBeUndefined();
    for (let i = 0; i < 70; i += 1) store.write(`entry-${String(i).padStart(2, '0')}`, Buffer.from(String(i)));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const names = readdirSync(dir);
    expect(names.length).toBe(64);
    expect(Buffer.from(store.read('entry-69')!).toString()).toBe('69');
  });

  it('reads and writes only a folder and files of this user that others cannot write to', () => {
    const dir = join(temporary('asso-cache-own-'), 'cache');
    const store = cacheStore({ ASSO_CACHE_DIR: dir }, 'build')!;
    store.write('mine', Buffer.from('kept'));
    expect(statSync(join(dir, 'mine.scan')).mode & 0o777).toBe(0o600);
    expect(Buffer.from(store.read('mine')!).toString()).toBe('kept');
    chmodSync(join(dir, 'mine.scan'), 0o666);
    expect(store.read('mine')).toBeUndefined();
    chmodSync(join(dir, 'mine.scan'), 0o600);
    chmodSync(dir, 0o777);
    expect(store.read('mine')).toBeUndefined();
    store.write('other', Buffer.from('planted?'));
    expect(existsSync(join(dir, 'other.scan'))).toBe(false);
  });
});

describe('the built command with its cache', () => {
  const books = join(ROOT, 'ledgers', 'coorace-bn');
  const commands = [
    ['balance-sheet', '-y', '2011'],
    ['report', '-y', '2011'],
    ['budget', '-y', '2012', '--vs', '2011'],
    ['check'],
  ];

  it('answers the same from the cache as from a scan, and scans again when a journal changes', async () => {
    const ledger = temporary('asso-cache-books-');
    cpSync(books, ledger, { recursive: true });
    const cache = join(temporary('asso-cache-'), 'kept');
    const withCache = { env: { ASSO_CACHE: undefined, ASSO_CACHE_DIR: cache } };
    for (const command of commands) {
      const plain = await runBuilt([...command, '-L', ledger]);
      const cold = await runBuilt([...command, '-L', ledger], withCache);
      const warm = await runBuilt([...command, '-L', ledger], withCache);
      expect(cold, command.join(' ')).toEqual(plain);
      expect(warm, command.join(' ')).toEqual(plain);
    }
    // The bundle has its build id: the scan was kept.
    expect(readdirSync(cache).filter((name) => name.endsWith('.scan'))).toEqual([
      expect.stringMatching(/^[0-9a-f]{16}\.scan$/),
    ]);
    const journal = join(ledger, 'journal', '2011-achats.csv');
    const before = await runBuilt(['balance-sheet', '-y', '2011', '-L', ledger], withCache);
    // One amount in both rows of an entry: the books still balance, and say another figure.
    writeFileSync(journal, readFileSync(journal, 'utf8').replaceAll('412.30', '413.30'));
    const changed = await runBuilt(['balance-sheet', '-y', '2011', '-L', ledger], withCache);
    expect(changed).toEqual(await runBuilt(['balance-sheet', '-y', '2011', '-L', ledger]));
    expect(changed.stdout).not.toBe(before.stdout);
    // Another change, to another journal: every command answers as a scan in one piece.
    const sales = join(ledger, 'journal', '2011-ventes.csv');
    writeFileSync(sales, readFileSync(sales, 'utf8').replace(/\n$/, '\n\n'));
    for (const command of commands.slice(0, 2))
      expect(await runBuilt([...command, '-L', ledger], withCache), command.join(' ')).toEqual(
        await runBuilt([...command, '-L', ledger]),
      );
  });

  it('keeps nothing with ASSO_CACHE=off, and answers the same when the cache cannot be written', async () => {
    const cache = join(temporary('asso-cache-off-'), 'kept');
    const plain = await runBuilt(['balance-sheet', '-y', '2011', '-L', books]);
    expect(await runBuilt(['balance-sheet', '-y', '2011', '-L', books], { env: { ASSO_CACHE_DIR: cache } })).toEqual(
      plain,
    );
    expect(existsSync(cache)).toBe(false);
    const blocked = join(temporary('asso-cache-blocked-'), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const env = { ASSO_CACHE: undefined, ASSO_CACHE_DIR: join(blocked, 'kept') };
    expect(await runBuilt(['balance-sheet', '-y', '2011', '-L', books], { env })).toEqual(plain);
  });
});
