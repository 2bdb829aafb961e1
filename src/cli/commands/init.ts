// init <dir>: a new ledger folder. Settings from the options, else asked in a terminal (never
// when stdin is not a terminal: the defaults are taken). The folder is written whole or not at
// all: built under a temporary name beside it, then renamed.
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
import type { Io } from '../io.js';
import { UsageError, type GlobalOptions } from '../options.js';

export interface InitFlags {
  readonly name?: string;
  readonly fiscalYearStart?: string;
  readonly siren?: string;
}

function checkStart(text: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match || !isRealDate(2001, +match[1]!, +match[2]!))
    throw new UsageError(`--fiscal-year-start takes MM-DD, such as 01-01 or 09-01, not "${text}"`);
  return text.trim();
}

function checkSiren(text: string): string {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) throw new UsageError(`--siren takes the 9 digits of a SIREN number, not "${text}"`);
  return digits;
}

async function ask(io: Io, flags: InitFlags, defaults: { name: string; start: string }): Promise<InitFlags> {
  const prompt = createInterface({ input: io.stdin, output: io.stderr as NodeJS.WritableStream });
  try {
    const name =
      flags.name ??
      ((await prompt.question(`Nom de l'association / name [${defaults.name}] : `)).trim() || defaults.name);
    const fiscalYearStart =
      flags.fiscalYearStart ??
      ((await prompt.question(`Début de l'exercice / fiscal year start, MM-DD [${defaults.start}] : `)).trim() ||
        defaults.start);
    const siren = flags.siren ?? ((await prompt.question('SIREN (optionnel / optional) : ')).trim() || undefined);
    return { name, fiscalYearStart, siren };
  } finally {
    prompt.close();
  }
}

export async function runInit(options: GlobalOptions, dir: string, flags: InitFlags, today: string): Promise<number> {
  const target = resolve(dir);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    throw new UsageError(
      `${dir} is not empty: asso init creates a new ledger in an empty or new folder (nothing was written)`,
    );
  }
  const defaults = { name: basename(target), start: '01-01' };
  const interactive = !!options.io.stdin.isTTY && (flags.name === undefined || flags.fiscalYearStart === undefined);
  const given = interactive ? await ask(options.io, flags, defaults) : flags;
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
  const fr = options.lang === 'fr';
  options.io.stdout.write(
    fr
      ? `Nouveau dossier comptable : ${dir} (${settings.name}, exercice ${settings.year} commençant le ${fiscalYearStart.split('-').reverse().join('/')})\n  asso.json, accounts.csv (comptes usuels), journal/${settings.year}.csv (exemple), assets.csv et journal/${settings.year}-depreciation.csv (un bien amorti), README.md\nEnsuite : asso check -L ${dir}   puis   asso report -L ${dir}\n`
      : `New ledger folder: ${dir} (${settings.name}, fiscal year ${settings.year} starting ${fiscalYearStart})\n  asso.json, accounts.csv (usual accounts), journal/${settings.year}.csv (example), assets.csv and journal/${settings.year}-depreciation.csv (an asset and its depreciation), README.md\nNext: asso check -L ${dir}   then   asso report -L ${dir}\n`,
  );
  return 0;
}
