// Checks of the closed years: each seal against the books as they are now (any entry changed,
// added or removed is named), the chain of seals, the files the close wrote into the next year,
// and the incomplete close (an opening file without its seal).
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import { closeMessages } from '../messages/close.js';
import type { Text } from '../messages/text.js';
import { entryKey, sha256Hex, type EntryPrint } from './canonical.js';
import { openingFileOf, sealFileOf } from './files.js';
import { balancesJson, type Seal } from './seal.js';
import { balanceOf, type Balances } from '../model.js';
import { parseCanonical } from '../money.js';
import { resultOf } from '../post/positions.js';

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
  /** The closing balances of a year as the books give them now (to compare with the seal's). */
  readonly balancesOf?: (year: number) => Balances | undefined;
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
          error(
            'sealed-entry-changed',
            closeMessages.entryChanged(
              key,
              print.date,
              year,
              seal.closedOn,
              original.rows ? sealedRows(original) : undefined,
            ),
            { file: print.file, line: print.line },
          ),
        );
      }
    }
    for (const [key, print] of sealed) {
      if (now.has(key)) continue;
      differing.push(key);
      found.push(error('sealed-entry-removed', closeMessages.entryRemoved(key, print.date, year), at(sealFile, 1)));
    }
    // The entries are those sealed: what the seal asserts of them must follow from them.
    const forged = differing.length ? undefined : forgedFigures(seal, input.balancesOf?.(year));
    if (forged) found.push(error('seal-broken', closeMessages.sealForged(year, forged), at(sealFile, 1)));
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

/**
 * What a seal asserts that its entries contradict, if anything: its balances (recomputed from the
 * books), its result, and the figures of its statements account by account (layout-free: any seal
 * version). The statements as a whole are compared where the seal's version says how they were made.
 */
export function forgedFigures(seal: Seal, now: Balances | undefined): Text | undefined {
  if (now) {
    const sealed = balancesJson(seal.balances) as { account: string }[];
    const books = balancesJson(now) as { account: string }[];
    const key = (list: { account: string }[]) => new Map(list.map((item) => [item.account, JSON.stringify(item)]));
    const [a, b] = [key(sealed), key(books)];
    for (const account of [...new Set([...a.keys(), ...b.keys()])].sort())
      if (a.get(account) !== b.get(account)) {
        const balance = (balances: Balances) => balanceOf(balances.get(account) ?? { debit: 0n, credit: 0n });
        return closeMessages.forgedBalance(account, balance(seal.balances), balance(now));
      }
  }
  const result = resultOf(seal.balances);
  if (result !== seal.result) return closeMessages.forgedResult(seal.result, result);
  return statementsDisagree(seal);
}

/** The exact statements' figures against the seal's balances: each account's amount, each line's sum, the result. */
function statementsDisagree(seal: Seal): Text | undefined {
  const exact = (
    seal.statements as { exact?: Record<string, { lines?: unknown; totals?: Record<string, unknown> }> } | null
  )?.exact;
  if (!exact) return undefined;
  const resultShown = exact.incomeStatement?.totals?.result;
  if (typeof resultShown === 'string' && parseCanonical(resultShown) !== seal.result)
    return closeMessages.forgedStatementResult(resultShown, seal.result);
  for (const [name, statement] of Object.entries(exact)) {
    for (const line of (Array.isArray(statement?.lines) ? statement.lines : []) as Record<string, unknown>[]) {
      if (!Array.isArray(line?.accounts)) continue;
      let sum = 0n;
      for (const item of line.accounts as Record<string, unknown>[]) {
        const amount = typeof item?.amount === 'string' ? parseCanonical(item.amount) : null;
        const totals = typeof item?.account === 'string' ? seal.balances.get(item.account) : undefined;
        const balance = totals ? balanceOf(totals) : 0n;
        if (amount === null || (amount !== balance && amount !== -balance))
          return closeMessages.forgedStatementAccount(name, String(item?.amount), String(item?.account), balance);
        sum += amount;
      }
      const shown = typeof line.amount === 'string' ? parseCanonical(line.amount) : undefined;
      if (shown !== undefined && shown !== sum)
        return closeMessages.forgedStatementLine(name, String(line.amount), String(line.id), sum);
    }
  }
  return undefined;
}

/** The rows of an entry as the seal keeps them, in a journal's columns: date, account, label, debit, credit. */
function sealedRows(print: EntryPrint): string {
  const rows = (print.rows ?? []).map(([account, label, debit, credit, aux]) =>
    [print.date, account, JSON.stringify(label), debit === '0.00' ? '' : debit, credit === '0.00' ? '' : credit, aux]
      .filter((cell, i) => i < 5 || cell !== '')
      .join(','),
  );
  return rows.join(' ; ');
}
