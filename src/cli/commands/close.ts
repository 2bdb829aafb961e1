// close (cloture): the opening entries of Y+1, the accrual reversals, then the seal of Y.
import { closeMessages } from '../../messages/close.js';
import { cliMessages } from '../../messages/cli.js';
import { say, type Text } from '../../messages/text.js';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { yearStart } from '../../fiscal.js';
import type { Entry } from '../../model.js';
import { openingFileOf, planClose, reversalsFileOf, type ClosePlan, type CloseStep } from '../../close/plan.js';
import type { Diagnostic } from '../../diagnostics.js';
import { balanceSheetJson, incomeStatementJson } from '../../render/json.js';
import { todayIso } from '../clock.js';
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
): { plan?: ClosePlan; diagnostics: readonly Diagnostic[]; entries: number } {
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
  return { plan, diagnostics, entries: entries.length };
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
  if (options.year === undefined) throw new UsageError(closeMessages.needsYearToClose());
  const year = options.year;
  const { plan, diagnostics, entries } = prepareClose(options, year, command.reverseAccruals, todayIso(process.env));
  if (!plan || plan.refusals) {
    printDiagnostics(diagnostics, (text) => process.stderr.write(text), true, options.messages);
    for (const reason of plan?.refusals ?? [])
      process.stderr.write(`asso: ${say(closeMessages.cannotClose(year, reason), options.messages)}\n`);
    return 1;
  }
  const { seal, steps } = plan;
  const lang = options.messages;
  const t = (message: Text): string => say(message, lang);
  const out = (text: string): void => {
    process.stdout.write(text);
  };
  out(`${t(closeMessages.closing(year, seal.start, seal.end, entries, seal.result, seal.resultAccount))}\n`);
  for (const step of steps) {
    const rows = step.file.endsWith('.csv')
      ? t(closeMessages.stepRows(step.content.trimEnd().split('\n').length - 1))
      : t(closeMessages.stepSeal());
    out(`  ${step.file} (${rows})${step.present ? t(closeMessages.stepKept()) : ''}\n`);
  }
  if (seal.remaps?.length) {
    out(`${t(closeMessages.remapsTitle(year + 1))}\n`);
    for (const remap of seal.remaps) out(`${t(closeMessages.remap(remap.from, remap.to, remap.balance))}\n`);
  }
  if (!command.yes) {
    if (!process.stdin.isTTY) throw new UsageError(closeMessages.closeIsFinal());
    if (!(await askConfirmation(t(closeMessages.confirmClose(year))))) {
      process.stderr.write(`asso: ${t(cliMessages.nothingWritten())}\n`);
      return 1;
    }
  }
  writeCloseSteps(options.ledger, steps);
  out(`${t(closeMessages.closed(year, seal.closedOn, seal.fingerprint))}\n`);
  if (seal.previous) out(`${t(closeMessages.chained(seal.previous.year, seal.previous.fingerprint))}\n`);
  return 0;
}
