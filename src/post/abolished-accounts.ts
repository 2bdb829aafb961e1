// Accounts a year's reference set abolished (791, 777, 7715, 675, 775, 4486, 4487 … from 2025):
// a posting on one is an error, with its replacement named. Found in two steps so that the usual
// case costs nothing: the accounts each year used (from its balances), then, only where one is
// abolished, the rows that post to it (file and line).
import { abolishedChange, type AccountChange } from '../chart/changes.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { oneOf, postMessages } from '../messages/post.js';
import type { Text } from '../messages/text.js';
import type { Entry } from '../model.js';
import type { ReferenceSet } from '../statements/layout.js';
import type { Books } from './year-books.js';

/** Year → the abolished accounts it posts to. */
export function yearsWithAbolishedAccounts(
  books: Books,
  setFor: (year: number) => ReferenceSet,
  changesOf: (set: ReferenceSet) => readonly AccountChange[],
): Map<number, Set<string>> {
  const found = new Map<number, Set<string>>();
  for (const [year, own] of books.years) {
    const changes = changesOf(setFor(year));
    if (!changes.length) continue;
    for (const account of own.movements.keys()) {
      if (!abolishedChange(changes, account)) continue;
      let accounts = found.get(year);
      if (!accounts) found.set(year, (accounts = new Set()));
      accounts.add(account);
    }
  }
  return found;
}

/** "747 (Quote-part …)" or "649, 7587, 708 or the charge account". */
export function replacementText(change: AccountChange): Text {
  return oneOf(change.to);
}

/** The problem of a posting on an abolished account in a year of set `setId`. */
export function abolishedMessage(account: string, change: AccountChange, year: number, setId: string): Text {
  return postMessages.accountAbolished(
    account,
    change.old,
    change.label,
    year,
    setId,
    replacementText(change),
    change.kind === 'renumber',
  );
}

/** The diagnostics of one entry's postings on abolished accounts. */
export function abolishedPostings(entry: Entry, changes: readonly AccountChange[], setId: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const posting of entry.postings) {
    const change = abolishedChange(changes, posting.account);
    if (change)
      found.push(
        error('account-abolished', abolishedMessage(posting.account, change, entry.year, setId), {
          file: entry.file,
          line: posting.line,
          column: 'account',
        }),
      );
  }
  return found;
}
