// A progress line on stderr while large journals are read: only when stderr is a terminal (never
// in a pipe, a file or CI), and only once reading has taken more than a second. Redrawn in place,
// erased at the end, so that nothing of it stays in the output.
import { basename } from 'node:path';
import { cliMessages } from '../messages/cli.js';
import { type Lang, say } from '../messages/text.js';
import type { Output } from './io.js';

const DELAY_MS = 1000;

export interface Progress {
  readonly onProgress: (file: string, index: number, files: number, rows: number) => void;
  readonly done: () => void;
}

export function progressText(file: string, index: number, files: number, rows: number, lang: Lang = 'fr'): string {
  const count = String(rows).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `asso: ${say(cliMessages.reading(basename(file), index, files, count), lang)}`;
}

export function progressIndicator(
  stream: Output,
  env: Readonly<Record<string, string | undefined>>,
  now: () => number = Date.now,
  lang: Lang = 'fr',
): Progress | undefined {
  if (!stream.isTTY || env.CI) return undefined;
  const start = now();
  let shown = false;
  return {
    onProgress: (file, index, files, rows) => {
      if (now() - start < DELAY_MS) return;
      shown = true;
      stream.write(`\r\x1b[2K${progressText(file, index, files, rows, lang)}`);
    },
    done: () => {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
