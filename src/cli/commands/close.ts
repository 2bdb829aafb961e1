// close (cloture): the opening entries of Y+1, the accrual reversals, then the seal of Y.
import { interactive } from '../io.js';
import { depreciationNotBooked } from '../../assets/ledger-check.js';
import { startedFileOf } from '../../close/files.js';
import { prepareClose, writeCloseSteps } from '../../ledger/close.js';
import { closeMessages } from '../../messages/close.js';
import { cliMessages } from '../../messages/cli.js';
import { say, type Text } from '../../messages/text.js';
import { assetMessages } from '../../messages/assets.js';
import { readMessages } from '../../messages/read.js';
import { euros } from '../../messages/number.js';
import { treasurerMessages } from '../../messages/treasurer.js';
import { accrualBalances } from '../../close/accruals.js';
import { referenceSetFor } from '../../statements/reference-sets.js';
import { readLedgerFolder } from '../../read/ledger-folder.js';
import { isAcceptedYear, MAX_YEAR, MIN_YEAR } from '../../read/years.js';
import { askConfirmation } from '../confirm.js';
import { printDiagnostics } from '../context.js';
import { progressIndicator } from '../progress.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { writeAtomically } from '../output.js';

export interface CloseOptions {
  readonly yes: boolean;
  readonly reverseAccruals: boolean;
}

export async function runClose(options: GlobalOptions, command: CloseOptions): Promise<number> {
  if (options.year === undefined) throw new UsageError(closeMessages.needsYearToClose());
  const year = options.year;
  // The opening of the next year must be a year the reader takes back.
  if (!isAcceptedYear(year + 1))
    throw new UsageError(readMessages.yearOption('--year', String(year), MIN_YEAR, MAX_YEAR - 1));
  const progress = progressIndicator(options.io.stderr, options.io.env, Date.now, options.messages);
  const { plan, diagnostics, entries } = prepareClose(options.ledger, {
    year,
    reverseAccruals: command.reverseAccruals,
    closedOn: options.today,
    env: options.io.env,
    onProgress: progress?.onProgress,
  });
  progress?.done();
  if (!plan || plan.refusals) {
    printDiagnostics(diagnostics, (text) => options.io.stderr.write(text), true, options.messages);
    for (const reason of plan?.refusals ?? [])
      options.io.stderr.write(`asso: ${say(closeMessages.cannotClose(year, reason), options.messages)}\n`);
    return 1;
  }
  const { seal, steps } = plan;
  const lang = options.messages;
  const t = (message: Text): string => say(message, lang);
  const out = (text: string): void => {
    options.io.stdout.write(text);
  };
  out(`${t(closeMessages.closing(year, seal.start, seal.end, entries, seal.result, seal.resultAccount))}\n`);
  for (const step of steps) {
    if (step.file === startedFileOf(year)) continue; // the record of the books the close starts from
    const rows = step.file.endsWith('.csv')
      ? t(closeMessages.stepRows(step.content.trimEnd().split('\n').length - 1))
      : t(closeMessages.stepSeal());
    out(`  ${step.file} (${rows})${step.present ? t(closeMessages.stepKept()) : ''}\n`);
  }
  if (seal.remaps?.length) {
    out(`${t(closeMessages.remapsTitle(year + 1))}\n`);
    for (const remap of seal.remaps) out(`${t(closeMessages.remap(remap.from, remap.to, remap.balance))}\n`);
  }
  const folder = readLedgerFolder(options.ledger).folder;
  if (folder && depreciationNotBooked(folder, year))
    options.io.stderr.write(`asso: ${say(assetMessages.notBooked(year), options.messages)}\n`);
  const accruals =
    command.reverseAccruals || !folder ? [] : accrualBalances(seal.balances, referenceSetFor(folder.config, year).id);
  if (accruals.length) {
    const listed = accruals.map(([account, balance]) => `${account} ${euros(balance, options.messages)}`).join(', ');
    out(`${say(treasurerMessages.accrualsToReverse(listed, year + 1), options.messages)}\n`);
  }
  if (!command.yes) {
    if (!interactive(options.io)) throw new UsageError(closeMessages.closeIsFinal());
    if (!(await askConfirmation(options.io, t(closeMessages.confirmClose(year))))) {
      options.io.stderr.write(`asso: ${t(cliMessages.nothingWritten())}\n`);
      return 1;
    }
  }
  writeCloseSteps(options.ledger, steps, writeAtomically);
  out(`${t(closeMessages.closed(year, seal.closedOn, seal.fingerprint))}\n`);
  if (seal.previous) out(`${t(closeMessages.chained(seal.previous.year, seal.previous.fingerprint))}\n`);
  return 0;
}
