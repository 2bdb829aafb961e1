// Questions in a terminal, on injected streams (tests hand in their own): each answer is checked
// as soon as it is given and the question asked again until it is right. Lines typed ahead are
// kept, so a script of answers works as well as a person.
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type Lang, type Text, say } from '../messages/text.js';

export class PromptClosed extends Error {}

export interface Prompt {
  /** Asks `question` until `check` accepts the answer (an answer it refuses is explained, then asked again). */
  ask<T>(question: Text, check: (answer: string) => { value: T } | { problem: Text }): Promise<T>;
  /** Writes a line to the output. */
  tell(message: Text): void;
  close(): void;
}

export function openPrompt(input: Readable, output: Writable, lang: Lang, terminal = false): Prompt {
  const reader: Interface = createInterface({ input, output, terminal });
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  reader.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  reader.on('close', () => {
    closed = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  // Ctrl-C in a terminal: the entry is abandoned.
  reader.on('SIGINT', () => reader.close());
  const nextLine = (): Promise<string | undefined> => {
    if (lines.length) return Promise.resolve(lines.shift());
    if (closed) return Promise.resolve(undefined);
    return new Promise((resolve) => waiting.push(resolve));
  };
  return {
    async ask(question, check) {
      for (;;) {
        output.write(say(question, lang));
        const line = await nextLine();
        if (line === undefined) {
          output.write('\n');
          throw new PromptClosed();
        }
        const result = check(line.trim());
        if ('value' in result) return result.value;
        output.write(`${say(result.problem, lang)}\n`);
      }
    },
    tell(message) {
      output.write(`${say(message, lang)}\n`);
    },
    close() {
      reader.close();
    },
  };
}
