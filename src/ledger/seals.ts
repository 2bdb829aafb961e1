// The seals of a ledger folder (locks/<Y>.json): read them, and check the books against them as the entries go by.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintEntry } from '../close/canonical.js';
import { startedFileOf } from '../close/files.js';
import { parseSeal, type Seal } from '../close/seal.js';
import { parseStarted, type StartedClose } from '../close/started.js';
import { checkSeals, type PrintedEntry } from '../close/verify.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Entry } from '../model.js';
import type { Books } from '../post/year-books.js';
import { yearPosition } from '../post/positions.js';

export interface SealState {
  readonly seals: Map<number, Seal>;
  readonly broken: Set<number>;
  readonly diagnostics: Diagnostic[];
}

export function readSeals(dir: string): SealState {
  const state: SealState = { seals: new Map(), broken: new Set(), diagnostics: [] };
  const locks = join(dir, 'locks');
  if (!existsSync(locks)) return state;
  for (const name of readdirSync(locks).sort()) {
    const match = /^(\d{4})\.json$/.exec(name);
    if (!match) continue;
    const year = parseInt(match[1]!, 10);
    const file = join(locks, name);
    const parsed = parseSeal(readFileSync(file, 'utf8'), file, year);
    state.diagnostics.push(...parsed.diagnostics);
    if (parsed.seal) state.seals.set(year, parsed.seal);
    else state.broken.add(year);
  }
  return state;
}

export function readLedgerFile(dir: string, file: string): Uint8Array | undefined {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** The fingerprints of the entries of every sealed year, in the books' order. */
export type SealPrints = Map<number, PrintedEntry[]>;

/**
 * An entry listener that fingerprints the entries of sealed years (into `prints`: given, those of
 * a scan already made), and the check to run once the books are read.
 */
export function sealWatcher(
  dir: string,
  state: SealState,
  prints: SealPrints = new Map(),
): { onEntry: (entry: Entry) => void; check: (books: Books) => Diagnostic[]; prints: SealPrints } {
  return {
    prints,
    onEntry: (entry) => {
      if (!state.seals.has(entry.year)) return;
      let list = prints.get(entry.year);
      if (!list) prints.set(entry.year, (list = []));
      list.push({
        date: entry.date,
        journal: entry.journal,
        piece: entry.piece,
        fingerprint: fingerprintEntry(entry),
        file: entry.file,
        line: entry.line,
      });
    },
    check: (books) => [
      ...state.diagnostics,
      ...checkSeals({
        dir,
        seals: state.seals,
        prints,
        brokenSeals: state.broken,
        yearsWithEntries: new Set([...books.years.values()].filter((y) => y.entryCount > 0).map((y) => y.year)),
        readFile: (file) => readLedgerFile(dir, file),
        balancesOf: (year) => (books.years.has(year) ? yearPosition(books, year)?.balances : undefined),
      }),
    ],
  };
}

/** The record of a close of `year` already started (locks/<Y>.started.json), if any. */
export function readStarted(dir: string, year: number): StartedClose | undefined {
  const bytes = readLedgerFile(dir, startedFileOf(year));
  return bytes ? parseStarted(Buffer.from(bytes).toString('utf8')) : undefined;
}
