// Checks of the closed years: each seal against the books as they are now (any entry changed,
// added or removed is named), the chain of seals, the files the close wrote into the next year,
// and the incomplete close (an opening file without its seal).
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
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
          `the seal of fiscal year ${year} is chained to ${year - 1}'s seal ${seal.previous.fingerprint.slice(0, 16)}…, but ${before ? `${sealFileOf(year - 1)} has ${before.fingerprint.slice(0, 16)}…` : `${sealFileOf(year - 1)} is missing`}: restore it from a backup`,
          at(sealFile, 1),
        ),
      );
    } else if (!seal.previous && before) {
      found.push(
        error(
          'seal-chain',
          `the seal of fiscal year ${year} is not chained to ${sealFileOf(year - 1)}: it was written before ${year - 1} was closed, or edited`,
          at(sealFile, 1),
        ),
      );
    }
    const sealed = new Map(seal.entries.map((print) => [entryKey(print), print]));
    const now = new Map((input.prints.get(year) ?? []).map((print) => [entryKey(print), print]));
    const differing: string[] = [];
    for (const [key, print] of now) {
      const original = sealed.get(key);
      if (!original) {
        differing.push(key);
        found.push(
          error(
            'sealed-entry-added',
            `entry ${key} (${print.date}) is dated in fiscal year ${year}, which is closed: it was added after the close; a closed year is final, book it in an open year`,
            { file: print.file, line: print.line },
          ),
        );
      } else if (original.fingerprint !== print.fingerprint || original.date !== print.date) {
        differing.push(key);
        found.push(
          error(
            'sealed-entry-changed',
            `entry ${key} (${print.date}) of fiscal year ${year}, which is closed, differs from the entry sealed on ${seal.closedOn}: restore it, and correct it in an open year with \`asso reverse\``,
            { file: print.file, line: print.line },
          ),
        );
      }
    }
    for (const [key, print] of sealed) {
      if (now.has(key)) continue;
      differing.push(key);
      found.push(
        error(
          'sealed-entry-removed',
          `entry ${key} (${print.date}) of fiscal year ${year}, which is closed, is missing from the books (or no longer valid): restore it`,
          at(sealFile, 1),
        ),
      );
    }
    if (differing.length)
      found.push(
        error(
          'sealed-year-changed',
          `fiscal year ${year} is closed (fingerprint ${seal.fingerprint}) but ${differing.length} entr${differing.length === 1 ? 'y differs' : 'ies differ'} from the seal: ${differing.sort().join(', ')}`,
          at(sealFile, 1),
        ),
      );
    for (const written of seal.written) {
      const bytes = input.readFile(written.file);
      if (!bytes)
        found.push(
          error(
            'sealed-file-missing',
            `${written.file}, written by the close of fiscal year ${year}, is missing: restore it from a backup (a closed year cannot be closed again)`,
            at(written.file),
          ),
        );
      else if (sha256Hex(bytes) !== written.sha256)
        found.push(
          error(
            'sealed-file-changed',
            `${written.file}, written by the close of fiscal year ${year}, was changed after the close: the opening of ${year + 1} must stay what the close wrote`,
            at(written.file, 1),
          ),
        );
    }
  }
  for (const year of [...input.yearsWithEntries].sort((a, b) => a - b)) {
    if (input.seals.has(year) || input.brokenSeals.has(year)) continue;
    if (input.readFile(openingFileOf(year + 1)) !== undefined) {
      found.push(
        error(
          'incomplete-close',
          `fiscal year ${year}: ${openingFileOf(year + 1)} exists but ${sealFileOf(year)} does not: the close was interrupted, or the seal removed; run \`asso close --year ${year}\` to complete it`,
          at(openingFileOf(year + 1), 1),
        ),
      );
    }
  }
  return found;
}
