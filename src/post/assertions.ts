// Balance assertions, the bank reconciliation: the books' balance of an account (or prefix) at the
// end of a day must equal the statement's. The balance is the one of that day's fiscal year: its
// opening entries (or, without them, the previous year's closing balances) and its entries up to
// that day. A difference names the entries to look at: those after the last assertion that held.
import { error, type Diagnostic } from '../diagnostics.js';
import { postMessages } from '../messages/post.js';
import { fiscalYearOf } from '../fiscal.js';
import { balanceOf, type Entry } from '../model.js';
import type { Cents } from '../money.js';
import type { BalanceAssertion } from '../read/assertions.js';
import { carryForward, yearPosition } from './positions.js';
import type { Books } from './year-books.js';
import { compareIsoDates, compareText } from '../text-order.js';

/** A posting on an asserted account (or prefix), as the scan gathers it. */
export interface Movement {
  readonly year: number;
  readonly date: string;
  readonly cents: Cents;
  readonly entry: string;
  readonly file: string;
  readonly line: number;
}

export interface AssertionTracker {
  /** Give it every valid entry while the ledger is scanned. */
  readonly onEntry: (entry: Entry) => void;
  /** Once the ledger is scanned: one error per assertion that does not hold. */
  readonly check: (books: Books) => Diagnostic[];
  /** The postings gathered, by asserted account or prefix. */
  readonly movements: Movements;
}

/** The postings on each asserted account or prefix. */
export type Movements = Map<string, Movement[]>;

/** The accounts and prefixes `assertions` name, in the order they first appear. */
export function assertedPrefixes(assertions: readonly BalanceAssertion[]): string[] {
  return [...new Set(assertions.map((a) => a.account))];
}

/** Tracks the postings `assertions` need (into `movements`: given, those of a scan already made, by assertedPrefixes). */
export function trackAssertions(
  assertions: readonly BalanceAssertion[],
  movements: Movements = new Map(assertedPrefixes(assertions).map((prefix) => [prefix, []])),
): AssertionTracker {
  const prefixes = assertedPrefixes(assertions);
  const onEntry = (entry: Entry): void => {
    for (const posting of entry.postings) {
      for (const prefix of prefixes) {
        if (!posting.account.startsWith(prefix)) continue;
        movements.get(prefix)!.push({
          year: entry.year,
          date: entry.date,
          cents: posting.debit - posting.credit,
          entry: `${entry.journal} ${entry.piece}`,
          file: entry.file,
          line: posting.line,
        });
      }
    }
  };
  const check = (books: Books): Diagnostic[] => {
    const found: Diagnostic[] = [];
    for (const prefix of prefixes) {
      const list = movements.get(prefix)!;
      // In date order only to name an entry, when an assertion fails: sums need no order.
      let sorted = false;
      const mine = assertions
        .filter((a) => a.account === prefix)
        .sort((a, b) => compareIsoDates(a.date, b.date) || a.line - b.line);
      let lastHeld: BalanceAssertion | undefined;
      for (const assertion of mine) {
        const year = fiscalYearOf(books.calendar, assertion.date);
        const actual =
          sumCarriedOpening(books, year, prefix) +
          list.filter((m) => m.year === year && m.date <= assertion.date).reduce((sum, m) => sum + m.cents, 0n);
        if (actual === assertion.balance) {
          lastHeld = assertion;
          continue;
        }
        if (!sorted)
          list.sort((a, b) => compareIsoDates(a.date, b.date) || compareText(a.file, b.file) || a.line - b.line);
        sorted = true;
        const since = list.find(
          (m) => m.date <= assertion.date && (lastHeld ? m.date > lastHeld.date : m.year === year),
        );
        const where = lastHeld
          ? postMessages.sinceAgreed(lastHeld.date, lastHeld.line)
          : postMessages.sinceYearStart(year);
        const look = since
          ? postMessages.lookFrom(where, since.entry, since.date, `${since.file}:${since.line}`)
          : postMessages.noEntrySince(prefix, where);
        found.push(
          error(
            'assertion-failed',
            postMessages.assertionFailed(prefix, assertion.date, actual, assertion.balance, look),
            { file: assertion.file, line: assertion.line, column: 'balance' },
          ),
        );
      }
    }
    return found;
  };
  return { onEntry, check, movements };
}

/** What `prefix` opens year `year` with, when the year has no opening entries: the previous year's closing balances. */
function sumCarriedOpening(books: Books, year: number, prefix: string): Cents {
  const position = yearPosition(books, year);
  if (!position?.provisional) return 0n;
  let total = 0n;
  for (const [account, totals] of carryForward(yearPosition(books, year - 1)!.balances))
    if (account.startsWith(prefix)) total += balanceOf(totals);
  return total;
}
