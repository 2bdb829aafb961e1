// What `close --year Y` does, decided without touching anything: the refusals (with reasons),
// else the files to write in order (the opening entries, the accrual reversals, the seal last),
// each marked as already present when an interrupted close left it behind, identical.
import { closeMessages } from '../messages/close.js';
import type { Text } from '../messages/text.js';
import type { Chart } from '../chart/chart.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { yearEnd, yearStart, type FiscalCalendar } from '../fiscal.js';
import { balanceOf, type Entry } from '../model.js';
import type { Books } from '../post/year-books.js';
import { remapAccount, remapBalances, type RemapMap } from '../chart/changes.js';
import { carryForward, resultOf, yearPosition } from '../post/positions.js';
import { accrualReversalLines } from './accruals.js';
import { sortPrints, sha256Hex, SEAL_VERSION, type EntryPrint } from './canonical.js';
import { startedRefusal, startedStep, type StartedClose } from './started.js';
import { renderJournalCsv } from './journal-csv.js';
import { openingLines, resultAccountOf } from './opening.js';
import { sealBytes, sealFingerprint, type Seal } from './seal.js';
import { treasurerMessages } from '../messages/treasurer.js';

import { openingFileOf, reversalsFileOf, sealFileOf } from './files.js';

export { openingFileOf, reversalsFileOf, sealFileOf };

export interface CloseInput {
  readonly year: number;
  readonly calendar: FiscalCalendar;
  readonly chart: Chart;
  readonly books: Books;
  readonly diagnostics: readonly Diagnostic[];
  /** Every entry of year Y as the seal keeps it (`entryPrint`, made as the books are read: the entries are not held). */
  readonly prints: readonly EntryPrint[];
  /** The entries of year Y that touch an accrual account (`touchesAccrual`): those a reversal may turn round. */
  readonly accrualEntries: readonly Entry[];
  /** The opening entries (journal AN, first day) of Y+1 found in files other than the opening file close writes. */
  readonly foreignOpenings: readonly Entry[];
  readonly seals: ReadonlyMap<number, Seal>;
  /** Current content of the files close writes, by path relative to the ledger folder (absent: no file). */
  readonly existing: ReadonlyMap<string, string>;
  readonly reverseAccruals: boolean;
  /** The day of the close (YYYY-MM-DD), today by the command line's clock: a year is closed once it has ended. */
  readonly closedOn: string;
  /** The statements as closed, as `-f json` prints them: {exact, euros}. */
  readonly statements: unknown;
  /** Maps Y's accounts onto the chart of Y+1 when Y+1 uses another reference set (pca-2018 → pca-2025). */
  readonly carry?: RemapMap;
  /** The record of a close of Y already started (locks/<Y>.started.json), if any. */
  readonly started?: StartedClose;
}

export interface CloseStep {
  readonly file: string;
  /** The file's text (the seal's is decoded from its bytes when asked: close writes the bytes). */
  readonly content: string;
  /** The file's bytes when they were made as such (the seal): what is written. */
  readonly bytes?: Uint8Array;
  /** An interrupted close already wrote this file, identical: it is kept. */
  readonly present: boolean;
}

export type ClosePlan =
  | { readonly refusals: readonly Text[] }
  | { readonly refusals?: undefined; readonly steps: readonly CloseStep[]; readonly seal: Seal };

export function planClose(input: CloseInput): ClosePlan {
  const { year, calendar, books } = input;
  const next = year + 1;
  const refusals: Text[] = [];
  const sealed = input.seals.get(year);
  if (sealed)
    return {
      refusals: [closeMessages.alreadyClosed(year, sealFileOf(year), sealed.fingerprint)],
    };
  const position = books.years.has(year) ? yearPosition(books, year) : undefined;
  if (!position || input.prints.length === 0) return { refusals: [closeMessages.noEntries(year)] };
  const end = yearEnd(calendar, year);
  if (end > input.closedOn) refusals.push(treasurerMessages.yearNotEnded(year, end, input.closedOn));
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
  if (hasErrors(input.diagnostics)) refusals.push(closeMessages.booksHaveErrors(errors));
  if (books.years.has(year - 1) && !input.seals.has(year - 1)) refusals.push(closeMessages.previousOpen(year - 1));
  const closing = position.balances;
  for (const [account, totals] of [...closing].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const balance = balanceOf(totals);
    if (balance !== 0n && (account.startsWith('471') || account.startsWith('58')))
      refusals.push(closeMessages.suspenseNotNil(account, balance));
  }
  let pending = 0n;
  for (const [account, totals] of closing) if (account.startsWith('12')) pending += balanceOf(totals);
  if (pending !== 0n) refusals.push(closeMessages.resultPending(-pending, year - 1));
  for (const entry of input.foreignOpenings)
    refusals.push(closeMessages.foreignOpening(next, `${entry.journal} ${entry.piece}`, `${entry.file}:${entry.line}`));

  const firstDay = yearStart(calendar, next);
  const opening = renderJournalCsv(openingLines(closing, input.chart, firstDay, next, input.carry));
  // The accounts carried onto another number in Y+1's chart: listed by close, kept in the seal.
  const remaps = input.carry
    ? remapBalances(carryForward(closing), input.carry).remaps.filter((r) => r.balance !== 0n)
    : [];
  const steps: CloseStep[] = [];
  const step = (file: string, content: string, what: Text): void => {
    const existing = input.existing.get(file);
    if (existing !== undefined && existing !== content) refusals.push(closeMessages.fileDiffers(file, what));
    steps.push({ file, content, present: existing === content });
  };
  step(openingFileOf(next), opening, closeMessages.openingEntries());
  // Reversals are entries of Y+1: on Y+1's chart when it changed (675 → 678, 4486 → 44812…).
  const reversals = accrualReversalLines(input.accrualEntries, yearEnd(calendar, year), firstDay, next).map((line) =>
    input.carry ? { ...line, account: remapAccount(input.carry, line.account) } : line,
  );
  // A reversals file left by an interrupted close is its own even without the flag this time.
  if ((input.reverseAccruals || input.existing.has(reversalsFileOf(next))) && reversals.length)
    step(reversalsFileOf(next), renderJournalCsv(reversals), closeMessages.accrualReversals());
  else if (input.existing.has(reversalsFileOf(next)))
    refusals.push(closeMessages.noAccrualsToReverse(reversalsFileOf(next)));
  if (refusals.length) return { refusals };

  const previousSeal = input.seals.get(year - 1);
  const previous = previousSeal ? { year: year - 1, fingerprint: previousSeal.fingerprint } : null;
  const result = resultOf(closing);
  // An interrupted close is completed on the day it started, and only with the books it started from.
  const started = input.started;
  const unsealed: Omit<Seal, 'fingerprint'> = {
    version: SEAL_VERSION,
    year,
    start: yearStart(calendar, year),
    end: yearEnd(calendar, year),
    closedOn: started?.closedOn ?? input.closedOn,
    previous,
    result,
    resultAccount: resultAccountOf(input.chart, result),
    entries: sortPrints(input.prints),
    written: steps.map((s) => ({ file: s.file, sha256: sha256Hex(s.content) })),
    balances: closing,
    statements: input.statements,
    remaps,
  };
  const seal: Seal = { ...unsealed, fingerprint: sealFingerprint(unsealed) };
  const refused = startedRefusal(year, started, seal.fingerprint, steps);
  if (refused) return { refusals: [refused] };
  steps.unshift(startedStep(year, started, seal));
  const bytes = sealBytes(seal);
  steps.push({
    file: sealFileOf(year),
    bytes,
    get content() {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    },
    present: false,
  });
  return { steps, seal };
}
