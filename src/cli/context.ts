// The command line's door to the domain layer (src/ledger/): open the ledger named by -L with the
// process's environment, its cache of scans and a progress line on the terminal; print what was found.
import { buildId } from '../build-id.js';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { cacheStore } from '../ledger/cache-folder.js';
import { isOpen, openLedger, type Ledger, type OpenOptions, type Unreadable } from '../ledger/open.js';
import { cliMessages } from '../messages/cli.js';
import { type Lang, say } from '../messages/text.js';
import type { Entry } from '../model.js';
import { UsageError, type GlobalOptions } from './options.js';
import { progressIndicator } from './progress.js';
import { visible } from '../render/visible.js';

export type { Ledger };

export function loadLedger(
  options: GlobalOptions,
  onEntry?: (entry: Entry) => void,
  scan: Pick<OpenOptions, 'annexe' | 'cashDates'> = {},
): Ledger | Unreadable {
  const progress = progressIndicator(options.io.stderr, options.io.env, Date.now, options.messages);
  const ledger = openLedger(options.ledger, {
    ...scan,
    year: options.year,
    onEntry,
    env: options.io.env,
    cache: cacheStore(options.io.env, buildId()),
    today: options.today,
    onProgress: progress?.onProgress,
  });
  progress?.done();
  return ledger;
}

/** Loads the ledger; prints problems; returns undefined (exit 1) when the books have errors. */
export function loadChecked(
  options: GlobalOptions,
  onEntry?: (entry: Entry) => void,
  scan: Pick<OpenOptions, 'annexe' | 'cashDates'> = {},
): Ledger | undefined {
  const loaded = loadLedger(options, onEntry, scan);
  printDiagnostics(loaded.diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
  if (!isOpen(loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    options.io.stderr.write(`asso: ${say(cliMessages.booksHaveErrors(cliMessages.noStatement()), options.messages)}\n`);
    return undefined;
  }
  if (Number.isNaN(loaded.year)) throw new UsageError(cliMessages.noEntriesYet());
  return loaded;
}

export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  write: (text: string) => void,
  onlyErrors = false,
  lang: Lang = 'fr',
): void {
  for (const d of diagnostics)
    if (!onlyErrors || d.severity === 'error') write(`asso: ${visible(formatDiagnostic(d, lang))}\n`);
}
