// close (cloture): the opening entries of Y+1, the accrual reversals, then the seal of Y.
import { say } from '../../messages/text.js';
import { euros } from '../../messages/number.js';
import { treasurerMessages } from '../../messages/treasurer.js';
import { accrualBalances } from '../../close/accruals.js';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { yearStart } from '../../fiscal.js';
import type { Entry } from '../../model.js';
import { openingFileOf, planClose, reversalsFileOf, type ClosePlan, type CloseStep } from '../../close/plan.js';
import type { Diagnostic } from '../../diagnostics.js';
import { balanceSheetJson, incomeStatementJson } from '../../render/json.js';
import { frenchAmount } from '../../render/number.js';
import { askConfirmation } from '../confirm.js';
import { loadLedger, printDiagnostics, type Loaded } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { writeAtomically } from '../output.js';
import { readLedgerFile } from '../seals.js';
import { statements } from './statements.js';

export interface CloseOptions {
  readonly yes: boolean;
  readonly reverseAccruals: boolean;
}

/** The statements as closed, always with French labels: the seal does not depend on --lang. */
function closedStatements(loaded: Loaded): unknown {
  const exact = statements(loaded, { lang: 'fr' }, false);
  const euros = statements(loaded, { lang: 'fr' }, true);
  return {
    exact: { incomeStatement: incomeStatementJson(exact.income), balanceSheet: balanceSheetJson(exact.sheet) },
    euros: { incomeStatement: incomeStatementJson(euros.income), balanceSheet: balanceSheetJson(euros.sheet) },
  };
}

/** Loads the ledger and decides the close of `year` (nothing is written). */
export function prepareClose(
  options: GlobalOptions,
  year: number,
  reverseAccruals: boolean,
  closedOn: string,
): { plan?: ClosePlan; diagnostics: readonly Diagnostic[]; entries: number; setId?: string } {
  const entries: Entry[] = [];
  const nextOpenings: Entry[] = [];
  const loaded = loadLedger(options, (entry) => {
    if (entry.year === year) entries.push(entry);
    else if (entry.year === year + 1 && entry.journal === 'AN' && basename(entry.file) !== `${year + 1}-opening.csv`)
      nextOpenings.push(entry);
  });
  if (!('folder' in loaded)) return { diagnostics: loaded.diagnostics, entries: 0 };
  const nextStart = yearStart(loaded.folder.config.calendar, year + 1);
  const foreignOpenings = nextOpenings.filter((entry) => entry.date === nextStart);
  const existing = new Map<string, string>();
  for (const file of [openingFileOf(year + 1), reversalsFileOf(year + 1)]) {
    const bytes = readLedgerFile(options.ledger, file);
    if (bytes) existing.set(file, Buffer.from(bytes).toString('utf8'));
  }
  // The interrupted close of this very year is what close completes: not a reason to refuse.
  const diagnostics = loaded.diagnostics.filter(
    (d) => !(d.code === 'incomplete-close' && say(d.message, 'en').startsWith(`fiscal year ${year}:`)),
  );
  const canReport = loaded.books.years.has(year) && !diagnostics.some((d) => d.severity === 'error');
  const plan = planClose({
    year,
    calendar: loaded.folder.config.calendar,
    chart: loaded.folder.chart,
    books: loaded.books,
    diagnostics,
    entries,
    foreignOpenings,
    seals: loaded.seals,
    existing,
    reverseAccruals,
    closedOn,
    statements: canReport ? closedStatements({ ...loaded, year, set: loaded.setFor(year) }) : null,
    carry: loaded.carryFor(year + 1),
  });
  return { plan, diagnostics, entries: entries.length, setId: loaded.setFor(year).id };
}

/** Writes the files of a close in order, each atomically, the seal last; `upTo` stops early (tests of an interrupted close). */
export function writeCloseSteps(dir: string, steps: readonly CloseStep[], upTo = steps.length): void {
  for (const step of steps.slice(0, upTo)) {
    if (step.present) continue;
    const path = join(dir, step.file);
    mkdirSync(dirname(path), { recursive: true });
    writeAtomically(path, step.content);
  }
}

export async function runClose(options: GlobalOptions, command: CloseOptions): Promise<number> {
  if (options.year === undefined) throw new UsageError('close needs the year to close: asso close --year 2011');
  const year = options.year;
  const { plan, diagnostics, entries, setId } = prepareClose(options, year, command.reverseAccruals, options.today);
  if (!plan || plan.refusals) {
    printDiagnostics(diagnostics, (text) => process.stderr.write(text), true, options.messages);
    for (const reason of plan?.refusals ?? [])
      process.stderr.write(`asso: cannot close fiscal year ${year}: ${say(reason, options.messages)}\n`);
    return 1;
  }
  const { seal, steps } = plan;
  const out = (text: string): void => {
    process.stdout.write(text);
  };
  const result =
    seal.result >= 0n
      ? `excédent ${frenchAmount(seal.result, false)} €`
      : `déficit ${frenchAmount(-seal.result, false)} €`;
  out(
    `Clôture de l'exercice ${year} (${seal.start} – ${seal.end}) : ${entries} écriture${entries > 1 ? 's' : ''}, ${result} porté au compte ${seal.resultAccount}\n`,
  );
  for (const step of steps) {
    const rows = step.file.endsWith('.csv') ? `${step.content.trimEnd().split('\n').length - 1} lignes` : 'le sceau';
    out(`  ${step.file} (${rows})${step.present ? ' : déjà écrit par une clôture interrompue, conservé' : ''}\n`);
  }
  if (seal.remaps?.length) {
    out(`Comptes reportés sur un autre numéro en ${year + 1} (changement de plan comptable) :\n`);
    for (const remap of seal.remaps) out(`  ${remap.from} → ${remap.to} : ${frenchAmount(remap.balance, false)} €\n`);
  }
  const accruals = command.reverseAccruals ? [] : accrualBalances(seal.balances, setId ?? 'pca-2018');
  if (accruals.length) {
    const listed = accruals.map(([account, balance]) => `${account} ${euros(balance, options.messages)}`).join(', ');
    out(`${say(treasurerMessages.accrualsToReverse(listed, year + 1), options.messages)}\n`);
  }
  if (!command.yes) {
    if (!process.stdin.isTTY)
      throw new UsageError(
        'close is final: pass --yes to close without a terminal (no question is asked when stdin is not a terminal)',
      );
    if (!(await askConfirmation(`Clôturer l'exercice ${year} ? C'est définitif. [o/N] `))) {
      process.stderr.write('asso: nothing was written\n');
      return 1;
    }
  }
  writeCloseSteps(options.ledger, steps);
  out(`Exercice ${year} clôturé le ${seal.closedOn}.\nEmpreinte (SHA-256) : ${seal.fingerprint}\n`);
  if (seal.previous) out(`Chaînée au sceau de ${seal.previous.year} : ${seal.previous.fingerprint}\n`);
  return 0;
}
