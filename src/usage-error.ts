// A request the program cannot carry out as asked (a bad flag, a year without entries, no ledger
// here): the command line prints its message and exits 2. Thrown by the domain layer as well as
// by the flag parsing, so it lives outside src/cli/.
import type { Text } from './messages/text.js';

/** What to type instead, said in the user's language by the command line. */
export class UsageError extends Error {
  readonly text: Text;
  constructor(message: Text) {
    super(message.en);
    this.text = message;
  }
}
