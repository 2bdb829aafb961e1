// The command line: commander turns flags into typed options and hands them to a command.
// The only place that sets exit codes (0 ok, 1 the data fails a check, 2 usage).
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { cliMessages } from '../messages/cli.js';
import { commanderError, helpMessages as h } from '../messages/help.js';
import type { Lang, Text } from '../messages/text.js';
import { examplesText, programExamples } from './help-examples.js';
import { processIo, type Io, type Output } from './io.js';
import { parseGlobalOptions, UsageError, type GlobalOptions, type RawOptions } from './options.js';
import { messageLang, say } from '../messages/text.js';
import { visible } from '../render/visible.js';
import { yearsMessages } from '../messages/years.js';
import { WriteError } from '../write/file.js';
import { listingHelp } from '../messages/treasurer.js';

/**
 * The language of the help and of messages, decided before the program is built: `--lang` in the
 * arguments, else the environment (LANG, LC_ALL, LC_MESSAGES starting with en), else French.
 */
export function argvLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let flag: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--lang') flag = argv[index + 1];
    else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
  });
  return messageLang(flag, env);
}

/** --years of income-statement and balance-sheet (src/cli/commands/years.ts). */
const YEARS_FLAG = '--years <years>';

export function buildProgram(io: Io, run: (code: number) => void, lang: Lang = 'fr'): Command {
  const t = (message: Text): string => say(message, lang);
  const titles = h.titles()[lang];
  const globalOptions = (command: Command): GlobalOptions =>
    parseGlobalOptions(command.optsWithGlobals() as RawOptions, io);
  const program = new Command('asso')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) as number,
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) as number,
      getOutHasColors: () => colorsIn(io, io.stdout),
      getErrHasColors: () => colorsIn(io, io.stderr),
      outputError: (message, write) => write(commanderError(message, lang)),
    })
    .description(t(h.program()))
    .version(VERSION, '-V, --version', t(h.version()))
    .helpOption('-h, --help', t(h.help()))
    .helpCommand('help [command]', t(h.helpCommand()))
    .option('-L, --ledger <dir>', t(h.ledger()))
    .option('-y, --year <yyyy>', t(h.year()))
    .addOption(new Option('-f, --format <format>', t(h.format())).choices(['table', 'csv', 'json', 'markdown', 'html']))
    .option('--euros', t(h.euros()))
    .addOption(new Option('--lang <lang>', t(h.lang())).choices(['fr', 'en']))
    .option('--no-color', t(h.noColor()))
    .option('-o, --output <file>', t(h.output()))
    .option('--excel', t(h.excel()))
    .option('--width <columns>', t(h.width()))
    .option('--debug', t(h.debug()))
    .showSuggestionAfterError(true)
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => titles[title] ?? title,
      optionDescription: (option) =>
        option.argChoices
          ? `${option.description} (${t(h.choices(option.argChoices.map((c) => JSON.stringify(c)).join(', ')))})`
          : option.description,
    })
    .exitOverride();

  // biome-ignore lint/suspicious/noExplicitAny: commander hands each action untyped arguments
  type Args = any[];
  const action =
    (handler: (options: GlobalOptions, ...args: Args) => Promise<number> | number) =>
    async (...args: Args) => {
      const command = args[args.length - 1] as Command;
      run(await handler(globalOptions(command), ...args.slice(0, -1)));
    };
  // A command that writes into the ledger holds its lock (locks/.lock) from reading to writing.
  const writing =
    (handler: (options: GlobalOptions, ...args: Args) => Promise<number> | number) =>
    async (...args: Args) => {
      const command = args[args.length - 1] as Command;
      const options = globalOptions(command);
      const { isLedgerFolder } = await import('../read/ledger-folder.js');
      const work = () => handler(options, ...args.slice(0, -1));
      // A dry run writes nothing: it takes no lock (import bank without --write, add --dry-run).
      const flags = command.opts();
      const dryRun =
        flags.dryRun === true ||
        ('write' in flags && !flags.write) ||
        (command.name() === 'import' && args[0] === 'bank' && !flags.write);
      if (dryRun || !isLedgerFolder(options.ledger)) return run(await work());
      const { withLedgerLock } = await import('../write/lock.js');
      run(await withLedgerLock(options.ledger, work));
    };

  program
    .command('main', { hidden: true })
    .description(t(h.main()))
    .option('--detail', t(h.detail()))
    .option('--expect-total <amount>', t(h.expectTotalMain()))
    .action(
      action(async (options, command) =>
        (await import('./commands/statements.js')).runMain(options, {
          detail: !!command.detail,
          expectTotal: command.expectTotal,
        }),
      ),
    );
  program
    .command('income-statement')
    .alias('resultat')
    .description(t(h.incomeStatement()))
    .option('--detail', t(h.detail()))
    .option(YEARS_FLAG, t(yearsMessages.helpYears()))
    .action(
      action(async (options, command) =>
        command.years !== undefined
          ? (await import('./commands/years.js')).runIncomeStatementYears(options, {
              years: command.years,
              detail: !!command.detail,
            })
          : (await import('./commands/statements.js')).runIncomeStatement(options, { detail: !!command.detail }),
      ),
    );
  program
    .command('balance-sheet')
    .alias('bilan')
    .description(t(h.balanceSheet()))
    .option('--detail', t(h.detail()))
    .option('--expect-total <amount>', t(h.expectTotal()))
    .option(YEARS_FLAG, t(yearsMessages.helpYears()))
    .action(
      action(async (options, command) =>
        command.years !== undefined
          ? (await import('./commands/years.js')).runBalanceSheetYears(options, {
              years: command.years,
              detail: !!command.detail,
              expectTotal: command.expectTotal,
            })
          : (await import('./commands/statements.js')).runBalanceSheet(options, {
              detail: !!command.detail,
              expectTotal: command.expectTotal,
            }),
      ),
    );
  program
    .command('balance')
    .alias('balance-generale')
    .description(t(h.balance()))
    .action(action(async (options) => (await import('./commands/listings.js')).runBalance(options)));
  const filters = (command: Command): Command =>
    command
      .option('--from <date>', t(listingHelp.from()))
      .option('--to <date>', t(listingHelp.to()))
      .option('--journal <code>', t(listingHelp.journal()))
      .option('--match <text>', t(listingHelp.match()));
  filters(program.command('journal').description(t(h.journal()))).action(
    action(async (options, command) => {
      const listings = await import('./commands/listings.js');
      return listings.runJournal(options, listings.parseListingFilter(command));
    }),
  );
  filters(program.command('ledger [prefix]').alias('grand-livre').description(t(h.ledgerCommand()))).action(
    action(async (options, prefix, command) => {
      const listings = await import('./commands/listings.js');
      return listings.runLedger(options, prefix, listings.parseListingFilter(command));
    }),
  );
  program
    .command('accounts')
    .alias('plan')
    .description(t(h.accounts()))
    .action(action(async (options) => (await import('./commands/listings.js')).runAccounts(options)));
  program
    .command('check')
    .alias('verifier')
    .description(t(h.check()))
    .option('--strict', t(h.strict()))
    .option('--fingerprint <sha256>', t(h.fingerprint()))
    .action(
      action(async (options, command) =>
        (await import('./commands/listings.js')).runCheck(options, {
          strict: !!command.strict,
          fingerprint: command.fingerprint,
        }),
      ),
    );
  program
    .command('budget')
    .alias('previsionnel')
    .description(t(h.budget()))
    .option('--vs <year>', t(h.vs()))
    .option('--to <date>', t(h.to()))
    .addOption(new Option('--layout <layout>', t(h.layout())).choices(['statement', 'cerfa']))
    .option('--monthly', t(h.monthly()))
    .option('--project <code>', t(h.budgetProject()))
    .addOption(new Option('--profile <profile>', t(h.profile())).choices(['previous']))
    .option('--fail-over <percent>', t(h.failOver()))
    .action(
      action(async (options, command) => {
        const budget = await import('./commands/budget.js');
        return budget.runBudget(options, budget.parseBudgetFlags(command));
      }),
    );
  program
    .command('close')
    .alias('cloture')
    .description(t(h.close()))
    .option('--yes', t(h.yes()))
    .option('--reverse-accruals', t(h.reverseAccruals()))
    .action(
      writing(async (options, command) =>
        (await import('./commands/close.js')).runClose(options, {
          yes: !!command.yes,
          reverseAccruals: !!command.reverseAccruals,
        }),
      ),
    );
  program
    .command('export <what>')
    .description(t(h.exportCommand()))
    .option('--siren <siren>', t(h.siren()))
    .action(
      action(async (options, what, command) => {
        if (what !== 'fec') throw new UsageError(cliMessages.unknownExport(what));
        return (await import('./commands/fec.js')).runExportFec(options, { siren: command.siren });
      }),
    );
  program
    .command('import <what> [files...]')
    .alias('importer')
    .description(t(h.importCommand()))
    .option('--account <account>', t(h.importAccount()))
    .option('--journal <code>', t(h.importJournal()), 'BQ')
    .option('--columns <spec>', t(h.importColumns()))
    .option('--formats', t(h.importFormats()))
    .option('--write', t(h.importWrite()))
    .option('--include-probable', t(h.importIncludeProbable()))
    .action(
      writing(async (options, what, files: string[], command) => {
        if (what === 'bank')
          return (await import('./commands/import-bank.js')).runImportBank(options, files, {
            account: command.account,
            journal: command.journal,
            columns: command.columns,
            formats: !!command.formats,
            write: !!command.write,
            includeProbable: !!command.includeProbable,
          });
        if (what !== 'fec') throw new UsageError(cliMessages.unknownImport(what));
        if (files.length !== 1) throw new UsageError(cliMessages.importFecOneFile());
        return (await import('./commands/fec.js')).runImportFec(options, files[0]!);
      }),
    );
  program
    .command('allocate <parts...>')
    .alias('affecter')
    .description(t(h.allocate()))
    .option('--date <date>', t(h.assemblyDate()))
    .option('--ref <ref>', t(h.assemblyRef()))
    .action(
      writing(async (options, parts, command) =>
        (await import('./commands/corrections.js')).runAllocate(options, parts, {
          date: command.date,
          ref: command.ref,
        }),
      ),
    );
  program
    .command('reverse <journal> <piece>')
    .alias('extourner')
    .description(t(h.reverse()))
    .option('--date <date>', t(h.reverseDate()))
    .action(
      writing(async (options, journal, piece, command) =>
        (await import('./commands/corrections.js')).runReverse(options, journal, piece, { date: command.date }),
      ),
    );
  program
    .command('migrate')
    .description(t(h.migrate()))
    .requiredOption('--to <set>', t(h.migrateTo()))
    .option('--write', t(h.migrateWrite()))
    .option('--yes', t(h.migrateYes()))
    .action(
      writing(async (options, command) =>
        (await import('./commands/migrate.js')).runMigrate(options, {
          to: command.to,
          write: !!command.write,
          yes: !!command.yes,
        }),
      ),
    );
  program
    .command('report')
    .alias('rapport')
    .description(t(h.report()))
    .option('--cents', t(h.cents()))
    .action(
      action(async (options, command) =>
        (await import('./commands/report.js')).runReport(options, { cents: !!command.cents }),
      ),
    );
  program
    .command('receipts')
    .alias('recus')
    .description(t(h.receipts()))
    .option('--summary', t(h.receiptsSummary()))
    .action(
      writing(async (options, command) =>
        (await import('./commands/receipts.js')).runReceipts(options, { summary: !!command.summary }),
      ),
    );
  program
    .command('assets')
    .alias('immobilisations')
    .description(t(h.assets()))
    .option('--book', t(h.assetsBook()))
    .action(
      writing(async (options, command) =>
        (await import('./commands/assets.js')).runAssets(options, { book: !!command.book }),
      ),
    );
  program
    .command('projects')
    .alias('projets')
    .description(t(h.projects()))
    .option('--project <code>', t(h.projectsOne()))
    .action(
      action(async (options, command) =>
        (await import('./commands/projects.js')).runProjects(options, { project: command.project }),
      ),
    );
  program
    .command('subsidy-report')
    .alias('compte-rendu')
    .description(t(h.subsidyReport()))
    .option('--project <code>', t(h.subsidyProject()))
    .action(
      action(async (options, command) =>
        (await import('./commands/subsidy.js')).runSubsidyReport(options, { project: command.project }),
      ),
    );
  program
    .command('diff <a> <b>')
    .alias('comparer')
    .description(t(h.diff()))
    .action(action(async (options, a, b) => (await import('./commands/diff.js')).runDiff(options, a, b)));
  program
    .command('init <dir>')
    .description(t(h.init()))
    .option('--name <name>', t(h.initName()))
    .option('--fiscal-year-start <MM-DD>', t(h.initStart()))
    .option('--siren <number>', t(h.initSiren()))
    .action(
      action(async (options, dir, command) =>
        (await import('./commands/init.js')).runInit(
          options,
          dir,
          { name: command.name, fiscalYearStart: command.fiscalYearStart, siren: command.siren },
          new Date().toISOString().slice(0, 10),
        ),
      ),
    );
  program
    .command('add [kind]')
    .alias('saisir')
    .description(t(h.add()))
    .option('--date <date>', t(h.addDate()))
    .option('--amount <amount>', t(h.addAmount()))
    .option('--label <label>', t(h.addLabel()))
    .option('--account <account>', t(h.addAccount()))
    .option('--bank <account>', t(h.addBank()))
    .option('--from <account>', t(h.addFrom()))
    .option('--to <account>', t(h.addTo()))
    .option('--supplier <code>', t(h.addSupplier()))
    .option('--member <code>', t(h.addMember()))
    .option('--journal <code>', t(h.addJournal()))
    .option('--piece <ref>', t(h.addPiece()))
    .option('--aux <code>', t(h.addAux()))
    .option('--analytic <code>', t(h.addAnalytic()))
    .option('--dry-run', t(h.addDryRun()))
    .option('--recurring', t(h.addRecurring()))
    .option('--through <date>', t(h.addThrough()))
    .action(
      writing(async (options, kind, command) =>
        (await import('./commands/add.js')).runAdd(
          options,
          kind,
          {
            date: command.date,
            amount: command.amount,
            label: command.label,
            account: command.account,
            bank: command.bank,
            from: command.from,
            to: command.to,
            supplier: command.supplier,
            member: command.member,
            journal: command.journal,
            piece: command.piece,
            aux: command.aux,
            analytic: command.analytic,
            dryRun: !!command.dryRun,
            recurring: !!command.recurring,
            through: command.through,
          },
          (await import('./clock.js')).todayIso(options.io.env),
          {
            input: options.io.stdin,
            output: options.io.stderr as NodeJS.WritableStream as import('node:stream').Writable,
            interactive: !!options.io.stdin.isTTY,
          },
        ),
      ),
    );
  program
    .command('explain <what>')
    .description(t(h.explain()))
    .action(action(async (options, what) => (await import('./commands/explain.js')).runExplain(options, what)));
  for (const command of program.commands) {
    command.helpOption('-h, --help', t(h.help()));
    const examples = examplesText(command.name(), lang);
    if (examples) command.addHelpText('after', examples);
  }
  program.addHelpText('after', programExamples(lang));
  return program;
}

/**
 * The exit code of what a command threw: 2 a usage error, 1 a system error (a file that cannot be
 * read or written: it has an errno code), 70 (EX_SOFTWARE) anything else, which is a bug in asso.
 */
export function exitCodeOf(thrown: unknown): number {
  if (thrown instanceof CommanderError)
    return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(thrown.code) ? 0 : 2;
  if (thrown instanceof UsageError) return 2;
  return typeof (thrown as NodeJS.ErrnoException | null)?.code === 'string' ? 1 : 70;
}

/** Commander's own colours (help, errors): as it decides them for the process, from `io`. */
function colorsIn(io: Io, stream: Output): boolean {
  if (io.env.NO_COLOR || io.env.FORCE_COLOR === '0' || io.env.FORCE_COLOR === 'false') return false;
  if (io.env.FORCE_COLOR || io.env.CLICOLOR_FORCE !== undefined) return true;
  const hasColors = (stream as { hasColors?: () => boolean }).hasColors;
  return !!stream.isTTY && !!hasColors?.call(stream);
}

/** The program as `asso` runs: its process's environment and streams, the exit code set on the process. */
export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await runCli(argv, processIo());
}

/**
 * The command line on `argv` with the given environment, folder and streams: the exit code (0 ok,
 * 1 the data fails a check, 2 usage, 70 internal bug). Never exits the process; tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const lang = argvLang(argv, io.env);
  const program = buildProgram(
    io,
    (code) => {
      exitCode = code;
    },
    lang,
  );
  try {
    if (argv.length === 0) {
      // `asso` alone: the help, and where to start when there is no ledger here.
      program.outputHelp();
      const { isLedgerFolder } = await import('../read/ledger-folder.js');
      const here = io.env.ASSO_LEDGER ?? io.cwd;
      if (!isLedgerFolder(here)) io.stdout.write(`\n${visible(say(cliMessages.noLedgerHere(here), lang))}\n`);
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
  } catch (thrown) {
    if (thrown instanceof CommanderError) exitCode = exitCodeOf(thrown);
    else if (thrown instanceof UsageError) {
      io.stderr.write(`asso: ${visible(say(thrown.text, lang))}\n`);
      exitCode = exitCodeOf(thrown);
    } else if (thrown instanceof WriteError) {
      if (argv.includes('--debug')) io.stderr.write(`${thrown.stack ?? String(thrown)}\n`);
      io.stderr.write(`asso: ${visible(thrown.path)}: ${visible(say(thrown.text, lang))}\n`);
      exitCode = 1;
    } else {
      // A file the system refused (exit 1), else a bug (exit 70): never a stack trace without --debug.
      const error = thrown as NodeJS.ErrnoException & { text?: Text };
      if (argv.includes('--debug')) io.stderr.write(`${error.stack ?? String(error)}\n`);
      const message = error.code
        ? cliMessages.fileError(visible(error.path ?? ''), visible(error.text ? say(error.text, lang) : error.message))
        : cliMessages.internalError(error.message);
      io.stderr.write(`asso: ${say(message, lang)}\n`);
      exitCode = exitCodeOf(thrown);
    }
  }
  return exitCode;
}
