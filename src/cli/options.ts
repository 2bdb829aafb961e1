// Flags → typed options. Parsing is checked here; nothing else reads the command line.
import { cliMessages } from '../messages/cli.js';
import { messageLang } from '../messages/text.js';
import { writeMessages } from '../messages/write.js';
import type { Io } from './io.js';
import { readMessages } from '../messages/read.js';
import { isAcceptedYear, MAX_YEAR, MIN_YEAR } from '../read/years.js';
import { todayIso } from './clock.js';
import type { Lang } from '../reports/statement-line.js';

export type Format = 'table' | 'csv' | 'json' | 'markdown' | 'html';

export interface GlobalOptions {
  /** The environment, folder and streams of this run. */
  readonly io: Io;
  readonly ledger: string;
  readonly year?: number;
  readonly format: Format;
  readonly euros: boolean;
  readonly lang: Lang;
  /** The language of messages, help and questions: --lang, else LANG/LC_ALL starting with en, else French. */
  readonly messages: Lang;
  readonly color: boolean;
  readonly output?: string;
  readonly excel: boolean;
  readonly debug: boolean;
  /** Columns the terminal tables fit in (long labels cut with an ellipsis): --width, else the terminal's; none in a pipe. */
  readonly width?: number;
  /** Today (YYYY-MM-DD): SOURCE_DATE_EPOCH when set, else the clock; handed to the code that needs it. */
  readonly today: string;
}

import { UsageError } from '../usage-error.js';

export { UsageError };

export interface RawOptions {
  ledger?: string;
  year?: string;
  format?: string;
  euros?: boolean;
  lang?: string;
  color?: boolean;
  output?: string;
  excel?: boolean;
  debug?: boolean;
  width?: string;
}

export function parseGlobalOptions(raw: RawOptions, io: Io): GlobalOptions {
  const { env, cwd } = io;
  const isTty = !!io.stdout.isTTY;
  const terminalColumns = io.stdout.columns;
  const format = raw.format ?? (isTty ? 'table' : 'table');
  if (!['table', 'csv', 'json', 'markdown', 'html'].includes(format))
    throw new UsageError(cliMessages.unknownFormat(format));
  const lang = raw.lang ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') throw new UsageError(cliMessages.unknownLang(lang));
  let year: number | undefined;
  if (raw.year !== undefined) {
    year = parseYearOption('--year', raw.year);
  }
  let width: number | undefined = isTty && !raw.output ? terminalColumns || 80 : undefined;
  if (raw.width !== undefined) {
    if (!/^\d{2,3}$/.test(raw.width) || parseInt(raw.width, 10) < 40)
      throw new UsageError(cliMessages.badWidth(raw.width));
    width = parseInt(raw.width, 10);
  }
  return {
    io,
    ledger: raw.ledger ?? env.ASSO_LEDGER ?? usableFolder(cwd),
    year,
    format: format as Format,
    euros: raw.euros ?? false,
    lang,
    messages: messageLang(raw.lang, env),
    color: raw.color !== false && !('NO_COLOR' in env && env.NO_COLOR !== undefined) && isTty,
    output: raw.output,
    excel: raw.excel ?? false,
    debug: raw.debug ?? false,
    width,
    today: todayIso(env),
  };
}

/** The working folder as the ledger's default, said plainly when it could not be had (see io.ts). */
function usableFolder(cwd: string): string {
  if (cwd === '') throw new UsageError(writeMessages.workingFolderGone());
  if (cwd === '\0') throw new UsageError(writeMessages.workingFolderTooDeep());
  return cwd;
}

/** A year given on the command line, within the years accepted everywhere (read/years.ts). */
export function parseYearOption(flag: string, value: string): number {
  const year = /^\d{4}$/.test(value) ? parseInt(value, 10) : Number.NaN;
  if (!isAcceptedYear(year)) throw new UsageError(readMessages.yearOption(flag, value, MIN_YEAR, MAX_YEAR));
  return year;
}
