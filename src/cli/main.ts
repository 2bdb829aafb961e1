// The command line: commander turns flags into typed options and hands them to a command.
// The only place that sets exit codes (0 ok, 1 the data fails a check, 2 usage).
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { examplesText, PROGRAM_EXAMPLES } from './help-examples.js';
import { processIo, type Io, type Output } from './io.js';
import { parseGlobalOptions, UsageError, type GlobalOptions, type RawOptions } from './options.js';
import { messageLang, say } from '../messages/text.js';
import { visible } from '../render/visible.js';
import { WriteError } from '../write/file.js';

/** --lang as given on the command line (for the messages of errors caught outside a command). */
function flagLang(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--lang');
  return at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
}

/** --years of income-statement and balance-sheet (src/cli/commands/years.ts). */
const YEARS_FLAG = '--years <years>';
const YEARS_HELP =
  'several years side by side, one column each, in the layout of the last: a range 2021..2025 or a list 2023,2025 (not with --year)';

export function buildProgram(io: Io, run: (code: number) => void): Command {
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
    })
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
    .option(YEARS_FLAG, YEARS_HELP)
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
    .description(
      'bilan: actif (gross, depreciation, net N, net N−1) and passif (N, N−1); exit 1 unless total actif = total passif',
    )
    .option('--detail', 'list the accounts under each line')
    .option('--expect-total <amount>', 'exit 1 unless both totals equal this amount (in whole euros with --euros)')
    .option(YEARS_FLAG, YEARS_HELP)
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
    .description('trial balance: debit, credit, balance per account')
    .action(action(async (options) => (await import('./commands/listings.js')).runBalance(options)));
  program
    .command('journal')
    .description('the entries of the year')
    .action(action(async (options) => (await import('./commands/listings.js')).runJournal(options)));
  program
    .command('ledger [prefix]')
    .alias('grand-livre')
    .description('postings per account with running balance (accounts under an optional prefix)')
    .action(action(async (options, prefix) => (await import('./commands/listings.js')).runLedger(options, prefix)));
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
    .option(
      '--fingerprint <sha256>',
      "with --year: exit 1 unless the year's seal has this fingerprint (the one published in the assembly report)",
    )
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
      writing(async (options, command) =>
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
    .command('import <what> [files...]')
    .alias('importer')
    .description(
      'import fec <file>: a FEC read back into journal/<year>-fec.csv; import bank <file>…: bank statements (French bank CSV, OFX, QIF, CFONB 120) into journal entries, dry run unless --write',
    )
    .option(
      '--account <account>',
      'bank: the bank account (default: the asso.json "banks" entry naming the statement\'s account)',
    )
    .option('--journal <code>', 'bank: the journal of the entries', 'BQ')
    .option(
      '--columns <spec>',
      'bank: any other CSV: date=…,label=…,amount=… (or debit=…,credit=…), by header or 1-based position',
    )
    .option('--formats', 'bank: list the statement formats recognised')
    .option('--write', 'bank: write journal/<year>-import-<account>.csv and the balances to assertions.csv')
    .option('--include-probable', 'bank: also import the lines that look already booked by hand')
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
        if (what !== 'fec')
          throw new UsageError(
            `unknown import "${what}": use \`asso import fec <file>\` or \`asso import bank <file>…\``,
          );
        if (files.length !== 1) throw new UsageError('import fec takes one file: `asso import fec <file>`');
        return (await import('./commands/fec.js')).runImportFec(options, files[0]!);
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
    .description('the reversing entry (contre-passation) of an entry of --year, dated --date in an open year')
    .option('--date <date>', 'the date of the reversal')
    .action(
      writing(async (options, journal, piece, command) =>
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
      writing(async (options, command) =>
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
      writing(async (options, command) =>
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
    .command('add [kind]')
    .alias('saisir')
    .description(
      'one operation as a balanced entry: recette, depense, virement, dette, creance (asked in a terminal without arguments); --recurring: the recurring entries due',
    )
    .option('--date <date>', 'the date of the operation (default: today)')
    .option('--amount <amount>', 'the amount, positive, with a decimal comma or point (12,50)')
    .option('--label <label>', "the entry's label (default: the account's)")
    .option(
      '--account <account>',
      'the account of the operation: the expense (depense, dette) or the income (recette, creance)',
    )
    .option('--bank <account>', 'the bank or cash account, 51x or 53x (default: the only 512 account)')
    .option('--from <account>', 'virement: the account the money leaves')
    .option('--to <account>', 'virement: the account the money goes to')
    .option('--supplier <code>', "dette: the supplier's code (aux) on 401")
    .option('--member <code>', "creance: the member's code (aux) on 411")
    .option('--journal <code>', 'the journal (default: BQ, CA for cash, OD for dette and creance)')
    .option('--piece <ref>', "the piece (default: the journal's next number in the fiscal year)")
    .option('--aux <code>', "an auxiliary account on the row that is not the bank's")
    .option('--analytic <code>', 'the project (analytic code)')
    .option('--dry-run', 'print the entry, write nothing')
    .option('--recurring', 'write the entries of recurring.csv due and not yet in the books')
    .option('--through <date>', 'with --recurring: up to this date (default: today)')
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

/** Commander's own colours (help, errors): as it decides them for the process, from `io`. */
function colorsIn(io: Io, stream: Output): boolean {
  if (io.env.NO_COLOR || io.env.FORCE_COLOR === '0' || io.env.FORCE_COLOR === 'false') return false;
  if (io.env.FORCE_COLOR || io.env.CLICOLOR_FORCE !== undefined) return true;
  const hasColors = (stream as { hasColors?: () => boolean }).hasColors;
  return !!stream.isTTY && !!hasColors?.call(stream);
}

/** The program as `asso` runs: its process's environment and streams, the exit code set on the process. */
export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`asso journal | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw error;
  });
  process.exitCode = await runCli(argv, processIo());
}

/**
 * The command line on `argv` with the given environment, folder and streams: the exit code (0 ok,
 * 1 the data fails a check, 2 usage, 70 internal bug). Never exits the process; tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      // `asso` alone: the help, and where to start when there is no ledger here.
      program.outputHelp();
      const { isLedgerFolder } = await import('../read/ledger-folder.js');
      const here = io.env.ASSO_LEDGER ?? io.cwd;
      if (!isLedgerFolder(here))
        io.stdout.write(
          `\nNo ledger in ${here} (no asso.json). Create one with \`asso init <dir>\`, then run \`asso check -L <dir>\`.\n`,
        );
      return 0;
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
      io.stderr.write(`asso: ${visible(thrown.message)}\n`);
      exitCode = 2;
    } else if (thrown instanceof WriteError) {
      if (argv.includes('--debug')) io.stderr.write(`${thrown.stack ?? String(thrown)}\n`);
      io.stderr.write(
        `asso: ${visible(thrown.path)}: ${visible(say(thrown.text, messageLang(flagLang(argv), io.env)))}\n`,
      );
      exitCode = 1;
    } else {
      const error = thrown as NodeJS.ErrnoException;
      if (argv.includes('--debug')) io.stderr.write(`${error.stack ?? String(error)}\n`);
      io.stderr.write(
        `asso: ${error.code ? `${visible(error.path ?? '')}: ${visible(error.message)}` : `internal error: ${error.message}. Please report it (run with --debug for details).`}\n`,
      );
      exitCode = error.code ? 1 : 70;
    }
  }
  return exitCode;
}
