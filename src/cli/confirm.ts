// Asking before a one-way operation: only in a terminal; never when stdin is not one.
import { createInterface } from 'node:readline/promises';

/** true when the answer is yes (y, yes, o, oui). */
export async function askConfirmation(question: string): Promise<boolean> {
  const reader = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await reader.question(question)).trim().toLowerCase();
    return ['y', 'yes', 'o', 'oui'].includes(answer);
  } finally {
    reader.close();
  }
}
