// The command line: commander turns flags into typed options and hands them to a command.
// The only place that sets exit codes (0 ok, 1 the data fails a check, 2 usage).
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { examplesText, PROGRAM_EXAMPLES } from './help-examples.js';
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

export function buildProgram(run: (code: number) => void): Command {
  const program = new Command('asso')
    .description(
      'Double-entry accounting for small French associations: official statements (PCA 2018, and the modernised chart from 2025) from CSV journals, exact to the cent.',
    )
    .version(VERSION, '-V, --version')
    .option('-L, --ledger <dir>', 'ledger folder (default: $ASSO_LEDGER, else the current folder)')
    .option('-y, --year <yyyy>', 'fiscal year, named by the calendar year it starts in (default: the latest)')
    .addOption(
      new Option('-f, --format <format>', 'output format (html: report only)').choices([
        'table',
        'csv',
        'json',
        'markdown',
        'html',
      ]),
    )
    .option('--euros', 'whole euros, footing (never changes the books)')
    .addOption(new Option('--lang <lang>', 'language of labels').choices(['fr', 'en']))
    .option('--no-color', 'no colour (also NO_COLOR, and whenever output is not a terminal)')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--excel', 'with -f csv: ";" delimiter, decimal comma, UTF-8 BOM')
    .option(
      '--width <columns>',
      'fit terminal tables in this many columns (default: the terminal width; unlimited in a pipe)',
    )
    .option('--debug', 'show stack traces of internal errors')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
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
    .description('the income statement and the balance sheet (npm start)')
    .option('--detail', 'list the accounts under each line')
    .option('--expect-total <amount>', 'exit 1 unless both balance-sheet totals equal this amount')
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
    .description('compte de résultat, ANC 2018-06 layout, year N and N−1')
    .option('--detail', 'list the accounts under each line')
    .action(
      action(async (options, command) =>
        (await import('./commands/statements.js')).runIncomeStatement(options, { detail: !!command.detail }),
      ),
    );
  program
    .command('balance-sheet')
    .alias('bilan')
    .description(
      'bilan: actif (gross, depreciation, net N, net N−1) and passif (N, N−1); exit 1 unless total actif = total passif',
    )
    .option('--detail', 'list the accounts under each line')
    .option('--expect-total <amount>', 'exit 1 unless both totals equal this amount (in whole euros with --euros)')
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
    .description('trial balance: debit, credit, balance per account')
    .action(action(async (options) => (await import('./commands/listings.js')).runBalance(options)));
  const filters = (command: Command): Command =>
    command
      .option('--from <date>', 'entries from this date on')
      .option('--to <date>', 'entries up to this date')
      .option('--journal <code>', 'entries of this journal only (BQ, OD…)')
      .option(
        '--match <text>',
        'entries whose label or piece holds this text, or that post to an account starting with it',
      );
  filters(program.command('journal').description('the entries of the year')).action(
    action(async (options, command) => {
      const listings = await import('./commands/listings.js');
      return listings.runJournal(options, listings.parseListingFilter(command));
    }),
  );
  filters(
    program
      .command('ledger [prefix]')
      .alias('grand-livre')
      .description('postings per account with running balance (accounts under an optional prefix)'),
  ).action(
    action(async (options, prefix, command) => {
      const listings = await import('./commands/listings.js');
      return listings.runLedger(options, prefix, listings.parseListingFilter(command));
    }),
  );
  program
    .command('accounts')
    .alias('plan')
    .description(
      "the chart of the year's reference set (PCA 2018, or PCA 2025 from 2025) and the association's accounts, with each account's statement line",
    )
    .action(action(async (options) => (await import('./commands/listings.js')).runAccounts(options)));
  program
    .command('check')
    .alias('verifier')
    .description('every problem of the ledger, errors and warnings; exit 1 on any error')
    .option('--strict', 'warnings fail too')
    .action(
      action(async (options, command) =>
        (await import('./commands/listings.js')).runCheck(options, { strict: !!command.strict }),
      ),
    );
  program
    .command('budget')
    .alias('previsionnel')
    .description("the year's budget (budget/<year>.csv); --vs <year>: against that year's actuals")
    .option('--vs <year>', "compare with that fiscal year's actuals (to date while it is under way)")
    .option(
      '--to <date>',
      'actuals up to this date, against the budget of the months elapsed (implies --vs of the budget year)',
    )
    .addOption(
      new Option('--layout <layout>', 'compte de résultat (statement) or subsidy form (cerfa 12156) layout').choices([
        'statement',
        'cerfa',
      ]),
    )
    .option('--monthly', 'month by month')
    .addOption(
      new Option(
        '--profile <profile>',
        "monthly profile of the lines the budget spreads evenly: the previous year's actuals",
      ).choices(['previous']),
    )
    .option(
      '--fail-over <percent>',
      'exit 1 when an expense line exceeds its budget, or an income line falls short, by more than this percentage',
    )
    .action(
      action(async (options, command) => {
        const budget = await import('./commands/budget.js');
        return budget.runBudget(options, budget.parseBudgetFlags(command));
      }),
    );
  program
    .command('close')
    .alias('cloture')
    .description('closes the year (--year): writes journal/<year+1>-opening.csv, then the seal locks/<year>.json')
    .option('--yes', 'do not ask for confirmation (required when stdin is not a terminal)')
    .option('--reverse-accruals', "also write journal/<year+1>-reversals.csv: the reversals of the year's accruals")
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
    .description('export fec: the year as a FEC file, <SIREN>FEC<closing date>.txt (or -o <file>)')
    .option('--siren <siren>', 'the association\'s SIREN (default: asso.json "siren")')
    .action(
      action(async (options, what, command) => {
        if (what !== 'fec') throw new UsageError(`unknown export "${what}": use \`asso export fec\``);
        return (await import('./commands/fec.js')).runExportFec(options, { siren: command.siren });
      }),
    );
  program
    .command('import <what> <file>')
    .description('import fec <file>: a FEC read back into journal/<year>-fec.csv, every column kept')
    .action(
      action(async (options, what, file) => {
        if (what !== 'fec') throw new UsageError(`unknown import "${what}": use \`asso import fec <file>\``);
        return (await import('./commands/fec.js')).runImportFec(options, file);
      }),
    );
  program
    .command('allocate <parts...>')
    .alias('affecter')
    .description(
      "the assembly's allocation of a closed year's result (--year): account=amount…, written to journal/<year+1>-allocation.csv",
    )
    .option('--date <date>', "the assembly's date")
    .option('--ref <ref>', "the assembly's minutes (the piece; default AG-<year>)")
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
    .description('the reversing entry (contre-passation) of an entry of --year, dated --date in an open year')
    .option('--date <date>', 'the date of the reversal')
    .action(
      action(async (options, journal, piece, command) =>
        (await import('./commands/corrections.js')).runReverse(options, journal, piece, { date: command.date }),
      ),
    );
  program
    .command('migrate')
    .description(
      'for the open years of a reference set, the rewrite of postings on the accounts it abolished, as a diff; --write applies it',
    )
    .requiredOption('--to <set>', 'the reference set to migrate to (pca-2025)')
    .option('--write', 'apply the diff (asks for confirmation in a terminal)')
    .option('--yes', 'with --write: do not ask (scripts)')
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
    .description(
      'the financial report for the general assembly: key figures, statements, budget, text (-f html for a printable page)',
    )
    .option('--cents', 'amounts in euros and cents (default: whole euros that foot)')
    .action(
      action(async (options, command) =>
        (await import('./commands/report.js')).runReport(options, { cents: !!command.cents }),
      ),
    );
  program
    .command('receipts')
    .alias('recus')
    .description(
      'tax receipts for the gifts of a calendar year (reçus fiscaux, cerfa 11580), numbered in receipts/<year>.csv; -f html: one receipt a page',
    )
    .option('--summary', 'the count and total of the receipts in force (article 222 bis of the CGI)')
    .action(
      action(async (options, command) =>
        (await import('./commands/receipts.js')).runReceipts(options, { summary: !!command.summary }),
      ),
    );
  program
    .command('assets')
    .alias('immobilisations')
    .description(
      "the fixed-asset register and depreciation schedule of the year (assets.csv); --book writes the year's depreciation entries",
    )
    .option(
      '--book',
      'write the depreciation entries of the year to journal/<year>-depreciation.csv (rewritten, never doubled)',
    )
    .action(
      action(async (options, command) =>
        (await import('./commands/assets.js')).runAssets(options, { book: !!command.book }),
      ),
    );
  program
    .command('projects')
    .alias('projets')
    .description(
      'the income statement with a column per project (analytic column), one without a project, and the total',
    )
    .option('--project <code>', 'one project only')
    .action(
      action(async (options, command) =>
        (await import('./commands/projects.js')).runProjects(options, { project: command.project }),
      ),
    );
  program
    .command('diff <a> <b>')
    .alias('comparer')
    .description(
      'the statement lines and account balances that differ between two git revisions of the ledger, or two ledger folders; exit 1 when they differ',
    )
    .action(action(async (options, a, b) => (await import('./commands/diff.js')).runDiff(options, a, b)));
  program
    .command('init <dir>')
    .description('a new ledger folder: asso.json, the usual accounts, an example journal that passes check, a README')
    .option('--name <name>', "the association's name (default: asked in a terminal, else the folder's name)")
    .option('--fiscal-year-start <MM-DD>', 'first day of the fiscal year (default: asked in a terminal, else 01-01)')
    .option('--siren <number>', 'the SIREN number (for the FEC file name)')
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
    .description(
      'what makes up a figure: a statement line id (produits.cotisations) or an account number; its accounts, then its entries with file and line',
    )
    .action(action(async (options, what) => (await import('./commands/explain.js')).runExplain(options, what)));
  for (const command of program.commands) {
    const examples = examplesText(command.name());
    if (examples) command.addHelpText('after', examples);
  }
  program.addHelpText('after', PROGRAM_EXAMPLES);
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

export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`asso journal | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw error;
  });
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      // `asso` alone: the help, and where to start when there is no ledger here.
      program.outputHelp();
      const { isLedgerFolder } = await import('../read/ledger-folder.js');
      const here = process.env.ASSO_LEDGER ?? process.cwd();
      if (!isLedgerFolder(here))
        process.stdout.write(
          `\nNo ledger in ${here} (no asso.json). Create one with \`asso init <dir>\`, then run \`asso check -L <dir>\`.\n`,
        );
      process.exitCode = 0;
      return;
    }
    await program.parseAsync([...argv], { from: 'user' });
  } catch (thrown) {
    if (thrown instanceof CommanderError) exitCode = exitCodeOf(thrown);
    else if (thrown instanceof UsageError) {
      process.stderr.write(`asso: ${thrown.message}\n`);
      exitCode = exitCodeOf(thrown);
    } else {
      const error = thrown as NodeJS.ErrnoException;
      if (argv.includes('--debug')) process.stderr.write(`${error.stack ?? String(error)}\n`);
      process.stderr.write(
        `asso: ${error.code ? `${error.path ?? ''}: ${error.message}` : `internal error: ${error.message}. Please report it (run with --debug for details).`}\n`,
      );
      exitCode = exitCodeOf(thrown);
    }
  }
  process.exitCode = exitCode;
}
