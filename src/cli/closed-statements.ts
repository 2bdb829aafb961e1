// The statements of a year as a close seals them (always with French labels: the seal does not
// depend on --lang), and the check that an asso-seal-2 seal's statements are still what its books
// give: its format version says they were made this way, so any difference is an edited seal.
import { SEAL_VERSION } from '../close/canonical.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { balanceSheetJson, incomeStatementJson } from '../render/json.js';
import { statements } from './commands/statements.js';
import type { Loaded } from './context.js';

export function closedStatements(loaded: Loaded): unknown {
  const exact = statements(loaded, { lang: 'fr' }, false);
  const euros = statements(loaded, { lang: 'fr' }, true);
  return {
    exact: { incomeStatement: incomeStatementJson(exact.income), balanceSheet: balanceSheetJson(exact.sheet) },
    euros: { incomeStatement: incomeStatementJson(euros.income), balanceSheet: balanceSheetJson(euros.sheet) },
  };
}

/** The asso-seal-2 seals whose statements differ from those their books give now. */
export function checkSealedStatements(loaded: Loaded, dir: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [year, seal] of loaded.seals) {
    if (seal.version !== SEAL_VERSION || !loaded.books.years.has(year)) continue;
    const now = JSON.stringify(closedStatements({ ...loaded, year, set: loaded.setFor(year) }));
    if (now !== JSON.stringify(seal.statements))
      found.push(
        error(
          'seal-broken',
          `the seal of fiscal year ${year} is broken (its statements are not those its sealed entries give): it was edited; restore locks/${year}.json from a backup`,
          { file: `${dir}/locks/${year}.json`, line: 1 },
        ),
      );
  }
  return found;
}
