// What a scan of the journals gathered, kept between runs: the books (balances by year, account
// and month), the scan's problems, and what the checks after it need of the entries (the sealed
// years' fingerprints, the bank reconciliation's problems, the annexe's entries). Unchanged books
// then answer without being read again, as beancount's cache does; any change is a new scan.
//
// A result holds for the build that made it (the code), the sealed years, and the files it comes
// from: asso.json, accounts.csv, assertions.csv and every journal, by path. Each file is known by
// its stamp (device, inode, size, modification and change times in nanoseconds), as git and
// Bazel know files: any write sets a file's change time, which no program can set back. A stamp
// vouches for the bytes only if the file's times were SETTLE_NS old when it was taken: file
// systems keep times at a coarse tick (two seconds on FAT), and a write in the same tick as the
// stamp would keep it (git's "racy" files). A file written more recently is known by the SHA-256
// of its bytes, hashed before the scan: the next run hashes it again, and a file whose bytes
// changed during the scan does not hash the same. A result is kept only when every file's stamp
// is the same after the scan as before it. No hashing, then, on books left alone for 3 s.
//
// A second entry keeps the parts of a ledger read a journal at a time (ledger/scan-products.ts
// scanByJournal): each journal's part holds while its file and the configuration files do.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LedgerFolder } from '../read/ledger-folder.js';
import {
  partFromJson,
  partToJson,
  productsFromJson,
  productsToJson,
  type JournalPart,
  type ScanProducts,
} from './scan-json.js';

export type { JournalPart, ScanProducts } from './scan-json.js';

/** Where results are kept: bytes by name (a file each, cache-folder.ts; a Map in tests). */
export interface ScanStore {
  /** The code that scans: results of another build are never taken. */
  readonly build: string;
  /** Now, in nanoseconds since the epoch, as stamps are judged against it (tests set it). */
  readonly now?: () => bigint;
  /** The journals' size in bytes from which a changed ledger is read and kept a journal at a time (1 MB; tests set 0). */
  readonly partsFrom?: number;
  read(name: string): Uint8Array | undefined;
  write(name: string, bytes: Uint8Array): void;
}

/** What the scan collects besides the books: the products differ with it. */
export interface ScanCollects {
  /** The years whose entries are fingerprinted (those with a seal). */
  readonly sealedYears: readonly number[];
}

/** A file the scan read, as it was before the scan. */
export interface Stamp {
  readonly path: string;
  /** Device, inode, size, modification and change times (ns); ABSENT for a missing optional file. */
  readonly stat: string;
  /** Whether the file's times were SETTLE_NS old: then the same stat vouches for the same bytes. */
  readonly settled: boolean;
  /** The SHA-256 of its bytes (hex), for a file that is not settled. */
  readonly digest?: string;
}

/** What every entry of the store says it is for: a result holds for these only. */
interface Header {
  readonly format: string;
  readonly build: string;
  readonly node: string;
  readonly dir: string;
  readonly collects: string;
  readonly stamps: readonly Stamp[];
}

/** What a folder's entry in the store holds. */
export interface Kept extends Header {
  /** The products, as scan-json.ts writes them. */
  readonly products: unknown[];
}

/** What the store has for a folder about to be scanned. */
export interface Lookup {
  /** The products kept for these very files, if any. */
  readonly products?: ScanProducts;
  /** The stamps of the files as they are: what a new result is kept with. */
  readonly stamps: readonly Stamp[];
  /** Whether the store had a result for this folder, of this build: the ledger has changed since. */
  readonly earlier?: boolean;
}

const FORMAT = 'asso-scan-cache 2';
const MAGIC = Buffer.from(`${FORMAT}\n`, 'latin1');
const CHECK_DIGITS = 16;
const ABSENT = 'absent';
/** How old a file's times must be for its stamp to vouch for its bytes: above any file system's tick (FAT: 2 s). */
export const SETTLE_NS = 3_000_000_000n;
const CHUNK = 1 << 20;
/**
 * Books with more problems than this are not kept: they are being mended, not read again as they
 * are, and their messages (some 400 bytes each, in both languages) would weigh more than their rows.
 */
const MAX_KEPT_PROBLEMS = 10_000;

/**
 * The files the products come from: asso.json, accounts.csv and assertions.csv (any may be
 * missing), then the journals.
 */
function inputsOf(folder: LedgerFolder): { path: string; optional: boolean }[] {
  return [
    { path: join(folder.dir, 'asso.json'), optional: true },
    { path: join(folder.dir, 'accounts.csv'), optional: true },
    { path: join(folder.dir, 'assertions.csv'), optional: true },
    ...folder.journalFiles.map((path) => ({ path, optional: false })),
  ];
}

/** The stat of `path` as a stamp compares it; ABSENT when an optional file is missing. */
function statOf(path: string, optional: boolean): { stat: string; times: bigint[] } {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: !optional });
  if (stats === undefined) return { stat: ABSENT, times: [] };
  return {
    stat: `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`,
    times: [stats.mtimeNs, stats.ctimeNs],
  };
}

/**
 * What `store` keeps for `folder`, with the stamps of its files as they are now. Undefined when a
 * file cannot be stated or read: the scan says why, and nothing is kept.
 */
export function lookUp(store: ScanStore, folder: LedgerFolder, collects: ScanCollects): Lookup | undefined {
  const now = store.now?.() ?? BigInt(Date.now()) * 1_000_000n;
  const inputs = inputsOf(folder);
  const kept = readKept(store, folder, collects);
  const known =
    kept !== undefined &&
    kept.stamps.length === inputs.length &&
    kept.stamps.every((stamp, i) => stamp.path === inputs[i]!.path)
      ? kept.stamps
      : undefined;
  let unchanged = known !== undefined;
  const stamps: Stamp[] = [];
  try {
    inputs.forEach(({ path, optional }, i) => {
      const { stat, times } = statOf(path, optional);
      const settled = times.every((time) => now - time >= SETTLE_NS);
      const { same, digest } = sameBytes(known?.[i], path, stat, undefined);
      if (!same) unchanged = false;
      if (settled) stamps.push({ path, stat, settled });
      else stamps.push({ path, stat, settled, digest: digest ?? digestOf(path) });
    });
  } catch {
    return undefined;
  }
  if (!unchanged || kept === undefined) return { stamps, earlier: kept !== undefined };
  const lookup = { products: productsFromJson(kept.products), stamps };
  // The same bytes under new stamps (a file touched, or settled since): kept again, to be known by its stamps next time.
  if (JSON.stringify(stamps) !== JSON.stringify(kept.stamps)) keep(store, folder, collects, lookup, lookup.products);
  return lookup;
}

/**
 * Whether the file at `path`, whose stat is `stat` now, has the bytes it had when `before` was
 * taken: its stamp vouches for them (settled, the same stat), else its bytes' hash (`digest` when
 * already taken), if `before` has one. The hash taken is handed back.
 */
function sameBytes(
  before: Stamp | undefined,
  path: string,
  stat: string,
  digest: string | undefined,
): { same: boolean; digest?: string } {
  if (before === undefined) return { same: false, digest };
  if (before.settled && before.stat === stat) return { same: true, digest };
  if (before.digest === undefined || stat === ABSENT) return { same: false, digest };
  const now = digest ?? digestOf(path);
  return { same: now === before.digest, digest: now };
}

/**
 * Keeps `products` for the files `lookup` stamped, when none was written to while it was scanned. A
 * store that cannot be written is passed over: results are only kept to go faster.
 */
export function keep(
  store: ScanStore,
  folder: LedgerFolder,
  collects: ScanCollects,
  lookup: Lookup,
  products: ScanProducts,
): void {
  try {
    if (products.diagnostics.length > MAX_KEPT_PROBLEMS || !stillAsStamped(folder, lookup)) return;
    const kept: Kept = { ...headerOf(store, folder, collects, lookup), products: productsToJson(products) };
    store.write(storeNameOf(folder.dir), encodeKept(kept));
  } catch {
    // Not kept: the next run scans again.
  }
}

/** Whether every file the scan read still has the stat it had before the scan. */
function stillAsStamped(folder: LedgerFolder, lookup: Lookup): boolean {
  const inputs = inputsOf(folder);
  return (
    inputs.length === lookup.stamps.length &&
    inputs.every(({ path, optional }, i) => statOf(path, optional).stat === lookup.stamps[i]!.stat)
  );
}

/**
 * What a folder's entry of journal parts holds (a ledger read a journal at a time): its stamps are
 * those of the configuration files, then of each journal, as they were when its part was read.
 */
interface KeptParts extends Header {
  readonly parts: unknown[][];
}

const CONFIGURATION_FILES = 3;

/**
 * The parts kept for the folder's journals, by journal: a journal's part when neither the
 * configuration files nor the journal have changed since it was scanned (else undefined).
 */
export function keptParts(
  store: ScanStore,
  folder: LedgerFolder,
  collects: ScanCollects,
  lookup: Lookup,
): (JournalPart | undefined)[] {
  const none = folder.journalFiles.map(() => undefined);
  const kept = readEntry<KeptParts>(store, partsNameOf(folder.dir), folder, collects);
  if (kept === undefined || kept.stamps.length !== kept.parts.length + CONFIGURATION_FILES) return none;
  const same = (before: Stamp | undefined, now: Stamp): boolean =>
    before?.path === now.path && sameBytes(before, now.path, now.stat, now.digest).same;
  try {
    for (let i = 0; i < CONFIGURATION_FILES; i += 1) if (!same(kept.stamps[i], lookup.stamps[i]!)) return none;
    const byPath = new Map(
      kept.parts.map((part, i) => [
        kept.stamps[i + CONFIGURATION_FILES]!.path,
        { stamp: kept.stamps[i + CONFIGURATION_FILES]!, part },
      ]),
    );
    return folder.journalFiles.map((path, i) => {
      const before = byPath.get(path);
      return before && same(before.stamp, lookup.stamps[i + CONFIGURATION_FILES]!)
        ? partFromJson(before.part)
        : undefined;
    });
  } catch {
    return none;
  }
}

/** Keeps each journal's part, when no file the scan read was written to while it was scanned. */
export function keepParts(
  store: ScanStore,
  folder: LedgerFolder,
  collects: ScanCollects,
  lookup: Lookup,
  parts: readonly JournalPart[],
): void {
  try {
    const problems = parts.reduce((count, part) => count + part.diagnostics.length, 0);
    if (problems > MAX_KEPT_PROBLEMS || !stillAsStamped(folder, lookup)) return;
    const kept: KeptParts = { ...headerOf(store, folder, collects, lookup), parts: parts.map(partToJson) };
    store.write(partsNameOf(folder.dir), encodeKept(kept));
  } catch {
    // Not kept: the next change scans every journal again.
  }
}

function partsNameOf(dir: string): string {
  return `${storeNameOf(dir)}-parts`;
}

/** The SHA-256 of a file's bytes, read a chunk at a time. */
function digestOf(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer, 0, CHUNK, null); read > 0; read = readSync(fd, buffer, 0, CHUNK, null))
      hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The folder's entry in the store when it is of this build and Node, for this folder and collection. */
function readKept(store: ScanStore, folder: LedgerFolder, collects: ScanCollects): Kept | undefined {
  return readEntry<Kept>(store, storeNameOf(folder.dir), folder, collects);
}

/** The entry `name` of the store when it is of this format, build and Node, for this folder and collection. */
function readEntry<T extends Header>(
  store: ScanStore,
  name: string,
  folder: LedgerFolder,
  collects: ScanCollects,
): T | undefined {
  let bytes: Uint8Array | undefined;
  try {
    bytes = store.read(name);
  } catch {
    return undefined;
  }
  const entry = bytes && (decodeKept(bytes) as Header | undefined);
  const mine = headerOf(store, folder, collects);
  return entry &&
    entry.format === mine.format &&
    entry.build === mine.build &&
    entry.node === mine.node &&
    entry.dir === mine.dir &&
    entry.collects === mine.collects
    ? (entry as T)
    : undefined;
}

/** What an entry written now says it is for (with `lookup`'s stamps). */
function headerOf(store: ScanStore, folder: LedgerFolder, collects: ScanCollects, lookup?: Lookup): Header {
  return {
    format: FORMAT,
    build: store.build,
    node: process.version,
    dir: resolve(folder.dir),
    collects: JSON.stringify(collects),
    stamps: lookup?.stamps ?? [],
  };
}

/** The stored bytes: the format's line, a checksum of the payload, then the payload (JSON). */
export function encodeKept(kept: Header): Uint8Array {
  const payload = Buffer.from(JSON.stringify(kept), 'utf8');
  return Buffer.concat([MAGIC, Buffer.from(`${checksum(payload)}\n`, 'latin1'), payload]);
}

/** The entry in `bytes`; undefined when it is of another format, or damaged. */
export function decodeKept(bytes: Uint8Array): Kept | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = MAGIC.length + CHECK_DIGITS + 1;
  if (data.length < start || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = data.subarray(start);
  if (data.toString('latin1', MAGIC.length, start - 1) !== checksum(payload)) return undefined;
  try {
    return JSON.parse(payload.toString('utf8')) as Kept;
  } catch {
    return undefined;
  }
}

/** The name a folder's entry is stored under: a checksum of its absolute path (the entry says the path). */
export function storeNameOf(dir: string): string {
  return checksum(Buffer.from(resolve(dir), 'utf8'));
}

/**
 * 64 bits of two 32-bit multiplicative hashes of `bytes`, four bytes at a time, in hex: a damaged
 * entry is told from a sound one without loading node:crypto, which costs milliseconds at each start.
 */
export function checksum(bytes: Uint8Array): string {
  const whole = bytes.length >>> 2;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, whole);
  let a = 0x811c9dc5 ^ bytes.length;
  let b = 0x9747b28c;
  for (let i = 0; i < whole; i += 1) {
    const w = words[i]!;
    a = Math.imul(a ^ w, 0x01000193);
    a ^= a >>> 15;
    b = Math.imul(b ^ w, 0x5bd1e995);
    b ^= b >>> 13;
  }
  for (let i = whole * 4; i < bytes.length; i += 1) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x5bd1e995);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  return (a >>> 0).toString(16).padStart(8, '0') + ((b ^ (b >>> 13)) >>> 0).toString(16).padStart(8, '0');
}
