// The close of a year, decided from the ledger (nothing is written here): the entries of the
// year, the openings of the next one written by another tool, the files an interrupted close
// left, the statements as closed; then the files written in order, the seal last.
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { touchesAccrual } from '../close/accruals.js';
import { entryPrint, type EntryPrint } from '../close/canonical.js';
import { openingFileOf, planClose, reversalsFileOf, type ClosePlan, type CloseStep } from '../close/plan.js';
import type { Diagnostic } from '../diagnostics.js';
import { yearStart } from '../fiscal.js';
import { say } from '../messages/text.js';
import type { Entry } from '../model.js';
import type { LedgerFolder } from '../read/ledger-folder.js';
import { atYear, isOpen, openLedger, type Environment } from './open.js';
import { closedStatements } from './closed-statements.js';
import { readLedgerFile, readStarted } from './seals.js';

export interface CloseRequest {
  readonly year: number;
  readonly reverseAccruals: boolean;
  /** The day of the close (today), recorded in the seal: a year is closed once it has ended. */
  readonly closedOn: string;
  readonly env?: Environment;
  readonly onProgress?: (file: string, index: number, files: number, rows: number) => void;
}

/** Opens the ledger in `dir` and decides the close of `year` (nothing is written). */
export function prepareClose(
  dir: string,
  request: CloseRequest,
): { plan?: ClosePlan; diagnostics: readonly Diagnostic[]; entries: number; folder?: LedgerFolder } {
  const { year } = request;
  // Each entry of the year is printed for the seal as it is read, and let go unless a reversal may need it.
  const prints: EntryPrint[] = [];
  const accrualEntries: Entry[] = [];
  const nextOpenings: Entry[] = [];
  const ledger = openLedger(dir, {
    year,
    env: request.env,
    today: request.closedOn,
    onProgress: request.onProgress,
    onEntry: (entry) => {
      if (entry.year === year) {
        prints.push(entryPrint(entry));
        if (touchesAccrual(entry)) accrualEntries.push(entry);
      } else if (
        entry.year === year + 1 &&
        entry.journal === 'AN' &&
        basename(entry.file) !== `${year + 1}-opening.csv`
      )
        nextOpenings.push(entry);
    },
  });
  if (!isOpen(ledger)) return { diagnostics: ledger.diagnostics, entries: 0 };
  const nextStart = yearStart(ledger.folder.config.calendar, year + 1);
  const foreignOpenings = nextOpenings.filter((entry) => entry.date === nextStart);
  const existing = new Map<string, string>();
  for (const file of [openingFileOf(year + 1), reversalsFileOf(year + 1)]) {
    const bytes = readLedgerFile(dir, file);
    if (bytes) existing.set(file, Buffer.from(bytes).toString('utf8'));
  }
  // The interrupted close of this very year is what close completes: not a reason to refuse.
  const diagnostics = ledger.diagnostics.filter(
    (d) => !(d.code === 'incomplete-close' && say(d.message, 'en').startsWith(`fiscal year ${year}:`)),
  );
  const canReport = ledger.books.years.has(year) && !diagnostics.some((d) => d.severity === 'error');
  const plan = planClose({
    year,
    calendar: ledger.folder.config.calendar,
    chart: ledger.folder.chart,
    books: ledger.books,
    diagnostics,
    prints,
    accrualEntries,
    foreignOpenings,
    seals: ledger.seals,
    existing,
    reverseAccruals: request.reverseAccruals,
    closedOn: request.closedOn,
    statements: canReport ? closedStatements(atYear(ledger, year)) : null,
    carry: ledger.carryFor(year + 1),
    started: readStarted(dir, year),
  });
  return { plan, diagnostics, entries: prints.length, folder: ledger.folder };
}

/**
 * Writes the files of a close in order with `write` (atomic: the command line's writer), the seal
 * last; `upTo` stops early (tests of an interrupted close).
 */
export function writeCloseSteps(
  dir: string,
  steps: readonly CloseStep[],
  write: (path: string, content: string | Uint8Array) => void,
  upTo = steps.length,
): void {
  for (const step of steps.slice(0, upTo)) {
    if (step.present) continue;
    const path = join(dir, step.file);
    mkdirSync(dirname(path), { recursive: true });
    write(path, step.bytes ?? step.content);
  }
}
