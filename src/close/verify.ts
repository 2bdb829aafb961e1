// Checks of the closed years: each seal against the books as they are now (any entry changed,
// added or removed is named), the chain of seals, the files the close wrote into the next year,
// and the incomplete close (an opening file without its seal).
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { closeMessages } from '../messages/close.js';
import { entryKey, sha256Hex, type EntryPrint } from './canonical.js';
import { openingFileOf, sealFileOf } from './files.js';
import type { Seal } from './seal.js';

export interface PrintedEntry extends EntryPrint {
  readonly file: string;
  readonly line: number;
}

export interface SealCheckInput {
  /** The ledger folder, joined to relative paths in messages. */
  readonly dir: string;
  readonly seals: ReadonlyMap<number, Seal>;
  /** Fingerprints of the entries of every sealed year, as the books are now. */
  readonly prints: ReadonlyMap<number, readonly PrintedEntry[]>;
  /** Years that have entries. */
  readonly yearsWithEntries: ReadonlySet<number>;
  /** Years whose seal exists but could not be read (reported on their own). */
  readonly brokenSeals: ReadonlySet<number>;
  /** Reads a file of the ledger folder (relative path); undefined when it does not exist. */
  readonly readFile: (file: string) => Uint8Array | undefined;
}

export function checkSeals(input: SealCheckInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (file: string, line?: number) => ({ file: join(input.dir, file), line });
  for (const [year, seal] of [...input.seals].sort(([a], [b]) => a - b)) {
    const sealFile = sealFileOf(year);
    const before = input.seals.get(year - 1);
    if (seal.previous && (!before || before.fingerprint !== seal.previous.fingerprint)) {
      found.push(
        error(
          'seal-chain',
          closeMessages.chainBroken(year, seal.previous.fingerprint, sealFileOf(year - 1), before?.fingerprint),
          at(sealFile, 1),
        ),
      );
    } else if (!seal.previous && before) {
      found.push(error('seal-chain', closeMessages.notChained(year, sealFileOf(year - 1)), at(sealFile, 1)));
    }
    const sealed = new Map(seal.entries.map((print) => [entryKey(print), print]));
    const now = new Map((input.prints.get(year) ?? []).map((print) => [entryKey(print), print]));
    const differing: string[] = [];
    for (const [key, print] of now) {
      const original = sealed.get(key);
      if (!original) {
        differing.push(key);
        found.push(
          error('sealed-entry-added', closeMessages.entryAdded(key, print.date, year), {
            file: print.file,
            line: print.line,
          }),
        );
      } else if (original.fingerprint !== print.fingerprint || original.date !== print.date) {
        differing.push(key);
        found.push(
          error('sealed-entry-changed', closeMessages.entryChanged(key, print.date, year, seal.closedOn), {
            file: print.file,
            line: print.line,
          }),
        );
      }
    }
    for (const [key, print] of sealed) {
      if (now.has(key)) continue;
      differing.push(key);
      found.push(error('sealed-entry-removed', closeMessages.entryRemoved(key, print.date, year), at(sealFile, 1)));
    }
    if (differing.length)
      found.push(
        error(
          'sealed-year-changed',
          closeMessages.yearChanged(year, seal.fingerprint, differing.sort()),
          at(sealFile, 1),
        ),
      );
    for (const written of seal.written) {
      const bytes = input.readFile(written.file);
      if (!bytes)
        found.push(error('sealed-file-missing', closeMessages.fileMissing(written.file, year), at(written.file)));
      else if (sha256Hex(bytes) !== written.sha256)
        found.push(error('sealed-file-changed', closeMessages.fileChanged(written.file, year), at(written.file, 1)));
    }
  }
  for (const year of [...input.yearsWithEntries].sort((a, b) => a - b)) {
    if (input.seals.has(year) || input.brokenSeals.has(year)) continue;
    if (input.readFile(openingFileOf(year + 1)) !== undefined) {
      found.push(
        error(
          'incomplete-close',
          closeMessages.incompleteClose(year, openingFileOf(year + 1), sealFileOf(year)),
          at(openingFileOf(year + 1), 1),
        ),
      );
    }
  }
  return found;
}
