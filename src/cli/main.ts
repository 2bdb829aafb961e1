// The command line: commander turns flags into typed options and hands them to a command.
// The only place that sets exit codes (0 ok, 1 the data fails a check, 2 usage).
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { cliMessages } from '../messages/cli.js';
import { commanderError, helpMessages as h } from '../messages/help.js';
import { type Lang, messageLang, say, type Text } from '../messages/text.js';
import { examplesText, programExamples } from './help-examples.js';
import { parseGlobalOptions, UsageError, type GlobalOptions, type RawOptions } from './options.js';

function globalOptions(command: Command): GlobalOptions {
  return parseGlobalOptions(
    command.optsWithGlobals() as RawOptions,
    process.env,
    !!process.stdout.isTTY,
    process.cwd(),
    process.stdout.columns,
  );
}

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

export function buildProgram(run: (code: number) => void, lang: Lang = 'fr'): Command {
  const t = (message: Text): string => say(message, lang);
  const titles = h.titles()[lang];
  const program = new Command('asso')
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
    .configureOutput({ outputError: (message, write) => write(commanderError(message, lang)) })
    .exitOverride();

  // biome-ignore lint/suspicious/noExplicitAny: commander hands each action untyped arguments
  type Args = any[];
  const action =
    (handler: (options: GlobalOptions, ...args: Args) => Promise<number> | number) =>
    async (...args: Args) => {
      const command = args[args.length - 1] as Command;
      run(await handler(globalOptions(command), ...args.slice(0, -1)));
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
    .action(
      action(async (options, command) =>
        (await import('./commands/statements.js')).runIncomeStatement(options, { detail: !!command.detail }),
      ),
    );
  program
    .command('balance-sheet')
    .alias('bilan')
    .description(t(h.balanceSheet()))
    .option('--detail', t(h.detail()))
    .option('--expect-total <amount>', t(h.expectTotal()))
    .action(
      action(async (options, command) =>
        (await import('./commands/statements.js')).runBalanceSheet(options, {
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
  program
    .command('journal')
    .description(t(h.journal()))
    .action(action(async (options) => (await import('./commands/listings.js')).runJournal(options)));
  program
    .command('ledger [prefix]')
    .alias('grand-livre')
    .description(t(h.ledgerCommand()))
    .action(action(async (options, prefix) => (await import('./commands/listings.js')).runLedger(options, prefix)));
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
    .action(
      action(async (options, command) =>
        (await import('./commands/listings.js')).runCheck(options, { strict: !!command.strict }),
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
      action(async (options, command) =>
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
    .command('import <what> <file>')
    .description(t(h.importCommand()))
    .action(
      action(async (options, what, file) => {
        if (what !== 'fec') throw new UsageError(cliMessages.unknownImport(what));
        return (await import('./commands/fec.js')).runImportFec(options, file);
      }),
    );
  program
    .command('allocate <parts...>')
    .alias('affecter')
    .description(t(h.allocate()))
    .option('--date <date>', t(h.assemblyDate()))
    .option('--ref <ref>', t(h.assemblyRef()))
    .action(
      action(async (options, parts, command) =>
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
      action(async (options, journal, piece, command) =>
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
      action(async (options, command) =>
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
      action(async (options, command) =>
        (await import('./commands/receipts.js')).runReceipts(options, { summary: !!command.summary }),
      ),
    );
  program
    .command('assets')
    .alias('immobilisations')
    .description(t(h.assets()))
    .option('--book', t(h.assetsBook()))
    .action(
      action(async (options, command) =>
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

export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`asso journal | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw error;
  });
  let exitCode = 0;
  const lang = argvLang(argv, process.env);
  const program = buildProgram((code) => {
    exitCode = code;
  }, lang);
  try {
    if (argv.length === 0) {
      // `asso` alone: the help, and where to start when there is no ledger here.
      program.outputHelp();
      const { isLedgerFolder } = await import('../read/ledger-folder.js');
      const here = process.env.ASSO_LEDGER ?? process.cwd();
      if (!isLedgerFolder(here)) process.stdout.write(`\n${say(cliMessages.noLedgerHere(here), lang)}\n`);
      process.exitCode = 0;
      return;
    }
    await program.parseAsync([...argv], { from: 'user' });
  } catch (thrown) {
    if (thrown instanceof CommanderError) {
      exitCode =
        thrown.code === 'commander.helpDisplayed' ||
        thrown.code === 'commander.version' ||
        thrown.code === 'commander.help'
          ? 0
          : 2;
    } else if (thrown instanceof UsageError) {
      process.stderr.write(`asso: ${say(thrown.text, lang)}\n`);
      exitCode = 2;
    } else {
      // A file the system refused (exit 1), else a bug (exit 70): never a stack trace without --debug.
      const error = thrown as NodeJS.ErrnoException & { text?: Text };
      if (argv.includes('--debug')) process.stderr.write(`${error.stack ?? String(error)}\n`);
      const message = error.code
        ? cliMessages.fileError(error.path ?? '', error.text ? say(error.text, lang) : error.message)
        : cliMessages.internalError(error.message);
      process.stderr.write(`asso: ${say(message, lang)}\n`);
      exitCode = error.code ? 1 : 70;
    }
  }
  process.exitCode = exitCode;
}
