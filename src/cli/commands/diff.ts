// diff (comparer): two git revisions of the repository holding the ledger, or two ledger folders:
// the statement lines and account balances that differ. Exit 0 when nothing differs, 1 otherwise.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { accountLabel } from '../../chart/chart.js';
import { compareSides, type Side } from '../../diff/compare.js';
import { ledgerAtRevision, RevisionError } from '../../diff/revision.js';
import { isOpen, openLedger, type Ledger } from '../../ledger/open.js';
import { statements } from '../../ledger/statements.js';
import { diffMessages as m } from '../../messages/diff.js';
import { say } from '../../messages/text.js';
import { yearPosition } from '../../post/positions.js';
import { balanceSheet } from '../../reports/balance-sheet.js';
import { incomeStatement } from '../../reports/income-statement.js';
import { diffDocuments, diffJson } from '../../render/diff.js';
import { UsageError } from '../../usage-error.js';
import { printDiagnostics } from '../context.js';
import { emit } from '../output.js';
import type { GlobalOptions } from '../options.js';

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The ledger folder a side names: an existing folder as it is, else a revision of the ledger's repository. */
function folderOf(side: string, options: GlobalOptions, made: string[]): string {
  if (isFolder(side)) {
    if (!existsSync(join(side, 'asso.json'))) throw new UsageError(m.notALedger(side));
    return side;
  }
  try {
    const copy = ledgerAtRevision(options.ledger, side);
    made.push(copy);
    return copy;
  } catch (thrown) {
    if (!(thrown instanceof RevisionError)) throw thrown;
    const reason = thrown.message;
    throw new UsageError(
      reason === 'git' ? m.noGit() : reason === 'repository' ? m.notARepository(options.ledger) : m.noRevision(side),
    );
  }
}

function sideOf(ledger: Ledger, year: number, lang: GlobalOptions['lang']): Side {
  const chart = ledger.chartFor(year);
  const labelOf = (account: string) => accountLabel(chart, account);
  if (!ledger.books.years.has(year)) {
    const set = ledger.setFor(year);
    const empty = new Map();
    return {
      income: incomeStatement({ set, chart, year, current: empty, previous: undefined, lang }),
      sheet: balanceSheet({
        set,
        chart,
        year,
        current: { balances: empty, resultOn12: false },
        previous: undefined,
        provisionalOpening: false,
        lang,
      }),
      balances: empty,
      labelOf,
    };
  }
  const { income, sheet } = statements(ledger, { lang }, false);
  return { income, sheet, balances: yearPosition(ledger.books, year, ledger.carryFor)!.balances, labelOf };
}

export function runDiff(options: GlobalOptions, a: string, b: string): number {
  const made: string[] = [];
  try {
    const folders = [folderOf(a, options, made), folderOf(b, options, made)] as const;
    const opened = folders.map((folder) => openLedger(folder, { year: options.year, env: options.io.env }));
    let failed = false;
    opened.forEach((ledger, index) => {
      const errors = ledger.diagnostics.filter((d) => d.severity === 'error');
      if (isOpen(ledger) && !errors.length) return;
      printDiagnostics(errors, (text) => options.io.stderr.write(text), true, options.messages);
      options.io.stderr.write(`asso: ${say(m.errorsIn(index ? b : a), options.messages)}\n`);
      failed = true;
    });
    if (failed) return 1;
    const [before, after] = opened as [Ledger, Ledger];
    const year = options.year ?? (Number.isNaN(after.year) ? before.year : after.year);
    if (Number.isNaN(year)) throw new UsageError(m.noYear());
    const ledgers = [before, after].map((ledger) =>
      ledger.year === year ? ledger : { ...ledger, year, set: ledger.setFor(year) },
    );
    const comparison = compareSides(
      year,
      sideOf(ledgers[0]!, year, options.lang),
      sideOf(ledgers[1]!, year, options.lang),
    );
    if (!comparison.differ && options.format !== 'json')
      options.io.stdout.write(`${say(m.same(year), options.messages)}\n`);
    else emit(options, diffDocuments(comparison, options.lang, a, b), diffJson(comparison, a, b));
    return comparison.differ ? 1 : 0;
  } finally {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  }
}
