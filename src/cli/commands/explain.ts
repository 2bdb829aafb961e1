// explain <what>: the accounts, then the postings with file and line, behind a statement line or an account.
import { cliMessages } from '../../messages/cli.js';
import { relative } from 'node:path';
import { explainDocuments, explainJson } from '../../render/explain.js';
import { explain, findTarget, lineIds } from '../../reports/explain.js';
import { yearPosition } from '../../post/positions.js';
import { loadChecked } from '../context.js';
import { entriesOfYear } from '../../ledger/open.js';
import { statements } from '../../ledger/statements.js';
import { emit } from '../output.js';
import { UsageError, type GlobalOptions } from '../options.js';

export function runExplain(options: GlobalOptions, what: string): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const { income, sheet } = statements(loaded, options, false);
  const target = findTarget(what.trim(), income, sheet);
  if (!target) {
    const ids = lineIds(income, sheet);
    const close = ids.filter((id) => id.includes(what) || what.includes(id.split('.')[1] ?? '\u0000')).slice(0, 5);
    throw new UsageError(cliMessages.unknownLine(what, loaded.year, close));
  }
  const position = yearPosition(loaded.books, loaded.year)!;
  const wanted =
    target.kind === 'account'
      ? (account: string) => account.startsWith(target.prefix)
      : (
          (set) => (account: string) =>
            set.has(account)
        )(new Set(target.accounts.map((a) => a.account)));
  // A second pass keeps only the entries that touch the figure: memory holds the answer, not the books.
  const entries = entriesOfYear(loaded, loaded.year, (entry) => entry.postings.some((p) => wanted(p.account)));
  const explanation = explain({
    target,
    year: loaded.year,
    chart: loaded.folder.chart,
    balances: position.balances,
    entries,
  });
  // Sources relative to the ledger folder: journal/2011-banque.csv:12.
  const shown = {
    ...explanation,
    postings: explanation.postings.map((p) => ({ ...p, file: relative(options.ledger, p.file) })),
  };
  emit(options, explainDocuments(shown, options.lang), explainJson(shown));
  return 0;
}
