// init <dir>: a new ledger folder. Settings from the options, else asked in a terminal (never
// when stdin is not a terminal: the defaults are taken). The folder is written whole or not at
// all: built under a temporary name beside it, then renamed.
import { interactive } from '../io.js';
import { initMessages } from '../../messages/init.js';
import { type Lang, say } from '../../messages/text.js';
import { writeFileSafely } from '../../write/file.js';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { isRealDate } from '../../date.js';
import { ledgerFiles, type LedgerSettings } from '../../init/ledger-template.js';
import { UsageError, type GlobalOptions } from '../options.js';
import type { Text } from '../../messages/text.js';
import { shellQuote } from '../../messages/treasurer.js';
import { sirenProblem } from '../../read/siren.js';
import { formatDiagnostic, warning } from '../../diagnostics.js';

export interface InitFlags {
  readonly name?: string;
  readonly fiscalYearStart?: string;
  readonly siren?: string;
}

/** Why `text` is not a fiscal-year start (MM-DD), or undefined. */
function startProblem(text: string): Text | undefined {
  const match = /^(\d{2})-(\d{2})$/.exec(text.trim());
  return match && isRealDate(2001, +match[1]!, +match[2]!) ? undefined : initMessages.badStartAnswer(text.trim());
}

function checkStart(text: string): string {
  if (startProblem(text)) throw new UsageError(initMessages.badStart(text));
  return text.trim();
}

function checkSiren(text: string): string {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) throw new UsageError(initMessages.badSiren(text));
  return digits;
}

/**
 * Asks the settings the flags leave out, one question at a time on `input`/`output`: each answer is
 * checked as it is given and the question asked again until it is right (the end of input takes the default).
 */
export async function askSettings(
  flags: InitFlags,
  defaults: { name: string; start: string },
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  lang: Lang,
): Promise<InitFlags> {
  const prompt = createInterface({ input, output, terminal: false });
  const lines = prompt[Symbol.asyncIterator]();
  const question = async (asked: string, fallback: string, problem: (answer: string) => Text | undefined) => {
    for (;;) {
      output.write(asked);
      const next = await lines.next();
      const answer = next.done ? fallback : next.value.trim() || fallback;
      const wrong = problem(answer);
      if (!wrong || next.done) return answer;
      output.write(`${say(wrong, lang)}\n`);
    }
  };
  try {
    const name =
      flags.name ?? (await question(say(initMessages.askName(defaults.name), lang), defaults.name, () => undefined));
    const fiscalYearStart =
      flags.fiscalYearStart ??
      (await question(say(initMessages.askStart(defaults.start), lang), defaults.start, startProblem));
    const siren =
      flags.siren ??
      ((await question(say(initMessages.askSiren(), lang), '', (answer) => {
        const problem = answer && sirenProblem(answer);
        return problem ? initMessages.tryAgain(say(problem, lang)) : undefined;
      })) ||
        undefined);
    return { name, fiscalYearStart, siren };
  } finally {
    prompt.close();
  }
}

export async function runInit(options: GlobalOptions, dir: string, flags: InitFlags, today: string): Promise<number> {
  const target = resolve(dir);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    throw new UsageError(initMessages.notEmpty(dir));
  }
  const defaults = { name: basename(target), start: '01-01' };
  const asking = interactive(options.io) && (flags.name === undefined || flags.fiscalYearStart === undefined);
  const given = asking
    ? await askSettings(flags, defaults, options.io.stdin, options.io.stderr as NodeJS.WritableStream, options.messages)
    : flags;
  const fiscalYearStart = checkStart(given.fiscalYearStart ?? defaults.start);
  const settings: LedgerSettings = {
    name: (given.name ?? defaults.name).trim() || defaults.name,
    fiscalYearStart,
    siren: given.siren ? checkSiren(given.siren) : undefined,
    // The example is the fiscal year under way today, unless --year names another.
    year:
      options.year ??
      (today.slice(5) >= fiscalYearStart ? parseInt(today.slice(0, 4), 10) : parseInt(today.slice(0, 4), 10) - 1),
  };
  mkdirSync(dirname(target), { recursive: true });
  const building = mkdtempSync(join(dirname(target), `.${basename(target)}.init-`));
  try {
    chmodSync(building, 0o755); // mkdtemp makes it private; a ledger folder is an ordinary one
    for (const [path, content] of ledgerFiles(settings)) {
      mkdirSync(dirname(join(building, path)), { recursive: true });
      writeFileSafely(join(building, path), content);
    }
    if (existsSync(target)) rmdirSync(target); // empty, checked above
    renameSync(building, target);
  } catch (thrown) {
    rmSync(building, { recursive: true, force: true });
    throw thrown;
  }
  if (settings.siren) {
    const problem = sirenProblem(settings.siren);
    if (problem)
      options.io.stderr.write(`asso: ${formatDiagnostic(warning('bad-siren', problem), options.messages)}\n`);
  }
  const created = initMessages.created(dir, settings.name, settings.year, fiscalYearStart, shellQuote(dir));
  options.io.stdout.write(`${say(created, options.messages)}\n`);
  return 0;
}
