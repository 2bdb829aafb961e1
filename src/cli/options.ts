// Flags → typed options. Parsing is checked here; nothing else reads the command line.
import { cliMessages } from '../messages/cli.js';
import { messageLang } from '../messages/text.js';
import type { Lang } from '../reports/statement-line.js';

export type Format = 'table' | 'csv' | 'json' | 'markdown' | 'html';

export interface GlobalOptions {
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

export function parseGlobalOptions(
  raw: RawOptions,
  env: Readonly<Record<string, string | undefined>>,
  isTty: boolean,
  cwd: string,
  terminalColumns?: number,
): GlobalOptions {
  const format = raw.format ?? (isTty ? 'table' : 'table');
  if (!['table', 'csv', 'json', 'markdown', 'html'].includes(format))
    throw new UsageError(cliMessages.unknownFormat(format));
  const lang = raw.lang ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') throw new UsageError(cliMessages.unknownLang(lang));
  let year: number | undefined;
  if (raw.year !== undefined) {
    if (!/^\d{4}$/.test(raw.year)) throw new UsageError(cliMessages.badYear('--year', raw.year));
    year = parseInt(raw.year, 10);
  }
  let width: number | undefined = isTty && !raw.output ? terminalColumns || 80 : undefined;
  if (raw.width !== undefined) {
    if (!/^\d{2,3}$/.test(raw.width) || parseInt(raw.width, 10) < 40)
      throw new UsageError(cliMessages.badWidth(raw.width));
    width = parseInt(raw.width, 10);
  }
  return {
    ledger: raw.ledger ?? env.ASSO_LEDGER ?? cwd,
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
  };
}
