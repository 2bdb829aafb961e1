// Asking before a one-way operation: only in a terminal; never when stdin is not one.
import { createInterface } from 'node:readline/promises';
import type { Io } from './io.js';

/** true when the answer is yes (y, yes, o, oui). */
export async function askConfirmation(io: Io, question: string): Promise<boolean> {
  const reader = createInterface({ input: io.stdin, output: io.stderr as NodeJS.WritableStream });
  try {
    const answer = (await reader.question(question)).trim().toLowerCase();
    return ['y', 'yes', 'o', 'oui'].includes(answer);
  } finally {
    reader.close();
  }
}
