// close (cloture): the opening entries of Y+1, the accrual reversals, then the seal of Y.
import { depreciationNotBooked } from '../../assets/ledger-check.js';
import { startedFileOf } from '../../close/files.js';
import { prepareClose, writeCloseSteps } from '../../ledger/close.js';
import { assetMessages } from '../../messages/assets.js';
import { readMessages } from '../../messages/read.js';
import { say } from '../../messages/text.js';
import { euros } from '../../messages/number.js';
import { treasurerMessages } from '../../messages/treasurer.js';
import { accrualBalances } from '../../close/accruals.js';
import { referenceSetFor } from '../../statements/reference-sets.js';
import { readLedgerFolder } from '../../read/ledger-folder.js';
import { isAcceptedYear, MAX_YEAR, MIN_YEAR } from '../../read/years.js';
import { frenchAmount } from '../../render/number.js';
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
  if (options.year === undefined) throw new UsageError('close needs the year to close: asso close --year 2011');
  const year = options.year;
  // The opening of the next year must be a year the reader takes back.
  if (!isAcceptedYear(year + 1))
    throw new UsageError(
      say(readMessages.yearOption('--year', String(year), MIN_YEAR, MAX_YEAR - 1), options.messages),
    );
  const progress = progressIndicator(options.io.stderr, options.io.env);
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
      options.io.stderr.write(`asso: cannot close fiscal year ${year}: ${say(reason, options.messages)}\n`);
    return 1;
  }
  const { seal, steps } = plan;
  const out = (text: string): void => {
    options.io.stdout.write(text);
  };
  const result =
    seal.result >= 0n
      ? `excédent ${frenchAmount(seal.result, false)} €`
      : `déficit ${frenchAmount(-seal.result, false)} €`;
  out(
    `Clôture de l'exercice ${year} (${seal.start} – ${seal.end}) : ${entries} écriture${entries > 1 ? 's' : ''}, ${result} porté au compte ${seal.resultAccount}\n`,
  );
  for (const step of steps) {
    if (step.file === startedFileOf(year)) continue; // the record of the books the close starts from
    const rows = step.file.endsWith('.csv') ? `${step.content.trimEnd().split('\n').length - 1} lignes` : 'le sceau';
    out(`  ${step.file} (${rows})${step.present ? ' : déjà écrit par une clôture interrompue, conservé' : ''}\n`);
  }
  if (seal.remaps?.length) {
    out(`Comptes reportés sur un autre numéro en ${year + 1} (changement de plan comptable) :\n`);
    for (const remap of seal.remaps) out(`  ${remap.from} → ${remap.to} : ${frenchAmount(remap.balance, false)} €\n`);
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
    if (!options.io.stdin.isTTY)
      throw new UsageError(
        'close is final: pass --yes to close without a terminal (no question is asked when stdin is not a terminal)',
      );
    if (!(await askConfirmation(options.io, `Clôturer l'exercice ${year} ? C'est définitif. [o/N] `))) {
      options.io.stderr.write('asso: nothing was written\n');
      return 1;
    }
  }
  writeCloseSteps(options.ledger, steps, writeAtomically);
  out(`Exercice ${year} clôturé le ${seal.closedOn}.\nEmpreinte (SHA-256) : ${seal.fingerprint}\n`);
  if (seal.previous) out(`Chaînée au sceau de ${seal.previous.year} : ${seal.previous.fingerprint}\n`);
  return 0;
}
