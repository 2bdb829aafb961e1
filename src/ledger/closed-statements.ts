// The statements of a year as a close seals them (always with French labels: the seal does not
// depend on --lang), and the check that an asso-seal-2 seal's statements are still what its books
// give: its format version says they were made this way, so any difference is an edited seal.
import { join } from 'node:path';
import { SEAL_VERSION } from '../close/canonical.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { closeMessages } from '../messages/close.js';
import { balanceSheetJson, incomeStatementJson } from '../render/json.js';
import type { Ledger } from './open.js';
import { statements } from './statements.js';

export function closedStatements(ledger: Ledger): unknown {
  const exact = statements(ledger, { lang: 'fr' }, false);
  const euros = statements(ledger, { lang: 'fr' }, true);
  return {
    exact: { incomeStatement: incomeStatementJson(exact.income), balanceSheet: balanceSheetJson(exact.sheet) },
    euros: { incomeStatement: incomeStatementJson(euros.income), balanceSheet: balanceSheetJson(euros.sheet) },
  };
}

/** The asso-seal-2 seals whose statements differ from those their books give now. */
export function checkSealedStatements(ledger: Ledger, dir: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [year, seal] of ledger.seals) {
    if (seal.version !== SEAL_VERSION || !ledger.books.years.has(year)) continue;
    const now = JSON.stringify(closedStatements({ ...ledger, year, set: ledger.setFor(year) }));
    if (now !== JSON.stringify(seal.statements))
      found.push(
        error('seal-broken', closeMessages.sealStatementsEdited(year), {
          file: join(dir, 'locks', `${year}.json`),
          line: 1,
        }),
      );
  }
  return found;
}
