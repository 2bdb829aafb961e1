// The commands of the command line: their flags, help and what runs them. Each is declared on its
// own, so that a run builds only the command it names (main.ts): commander's whole program is built
// for the help, an unknown command and `asso` alone.
import { interactive } from './io.js';
import { type Command, Option } from 'commander';
import { cliMessages } from '../messages/cli.js';
import { helpMessages as h } from '../messages/help.js';
import type { Text } from '../messages/text.js';
import { listingHelp } from '../messages/treasurer.js';
import { yearsMessages } from '../messages/years.js';
import type { GlobalOptions } from './options.js';
import { UsageError } from './options.js';

// biome-ignore lint/suspicious/noExplicitAny: commander hands each action untyped arguments
export type Args = any[];
/** Runs a command's handler with the global options; its exit code goes to the program. */
export type Handler = (options: GlobalOptions, ...args: Args) => Promise<number> | number;

export interface Declaring {
  readonly program: Command;
  /** A catalogue text in the language of the help. */
  readonly t: (message: Text) => string;
  /** A command that only reads. */
  readonly action: (handler: Handler) => (...args: Args) => Promise<void>;
  /** A command that writes into the ledger: it holds the ledger's lock from reading to writing. */
  readonly writing: (handler: Handler) => (...args: Args) => Promise<void>;
}

export interface Declaration {
  /** The command's name and aliases. */
  readonly names: readonly string[];
  readonly declare: (declaring: Declaring) => void;
}

/** --years of income-statement and balance-sheet (src/cli/commands/years.ts). */
const YEARS_FLAG = '--years <years>';

/** The filters of the journal and ledger listings. */
const filters = (t: (message: Text) => string, command: Command): Command =>
  command
    .option('--from <date>', t(listingHelp.from()))
    .option('--to <date>', t(listingHelp.to()))
    .option('--journal <code>', t(listingHelp.journal()))
    .option('--match <text>', t(listingHelp.match()));

/** Every command, in the order of the help. */
export const DECLARATIONS: readonly Declaration[] = [
  {
    names: ['main'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['income-statement', 'resultat'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['balance-sheet', 'bilan'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['balance', 'balance-generale'],
    declare: ({ program, t, action }) => {
      program
        .command('balance')
        .alias('balance-generale')
        .description(t(h.balance()))
        .action(action(async (options) => (await import('./commands/listings.js')).runBalance(options)));
    },
  },
  {
    names: ['journal'],
    declare: ({ program, t, action }) => {
      filters(t, program.command('journal').description(t(h.journal()))).action(
        action(async (options, command) => {
          const listings = await import('./commands/listings.js');
          return listings.runJournal(options, listings.parseListingFilter(command));
        }),
      );
    },
  },
  {
    names: ['ledger', 'grand-livre'],
    declare: ({ program, t, action }) => {
      filters(t, program.command('ledger [prefix]').alias('grand-livre').description(t(h.ledgerCommand()))).action(
        action(async (options, prefix, command) => {
          const listings = await import('./commands/listings.js');
          return listings.runLedger(options, prefix, listings.parseListingFilter(command));
        }),
      );
    },
  },
  {
    names: ['accounts', 'plan'],
    declare: ({ program, t, action }) => {
      program
        .command('accounts')
        .alias('plan')
        .description(t(h.accounts()))
        .action(action(async (options) => (await import('./commands/listings.js')).runAccounts(options)));
    },
  },
  {
    names: ['check', 'verifier'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['budget', 'previsionnel'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['close', 'cloture'],
    declare: ({ program, t, writing }) => {
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
    },
  },
  {
    names: ['export'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['import', 'importer'],
    declare: ({ program, t, writing }) => {
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
    },
  },
  {
    names: ['allocate', 'affecter'],
    declare: ({ program, t, writing }) => {
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
    },
  },
  {
    names: ['reverse', 'extourner'],
    declare: ({ program, t, writing }) => {
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
    },
  },
  {
    names: ['migrate'],
    declare: ({ program, t, writing }) => {
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
    },
  },
  {
    names: ['report', 'rapport'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['receipts', 'recus'],
    declare: ({ program, t, writing }) => {
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
    },
  },
  {
    names: ['assets', 'immobilisations'],
    declare: ({ program, t, writing }) => {
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
    },
  },
  {
    names: ['projects', 'projets'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['subsidy-report', 'compte-rendu'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['diff', 'comparer'],
    declare: ({ program, t, action }) => {
      program
        .command('diff <a> <b>')
        .alias('comparer')
        .description(t(h.diff()))
        .action(action(async (options, a, b) => (await import('./commands/diff.js')).runDiff(options, a, b)));
    },
  },
  {
    names: ['init'],
    declare: ({ program, t, action }) => {
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
    },
  },
  {
    names: ['add', 'saisir'],
    declare: ({ program, t, writing }) => {
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
                get input() {
                  return options.io.stdin;
                },
                output: options.io.stderr as NodeJS.WritableStream as import('node:stream').Writable,
                interactive: interactive(options.io),
              },
            ),
          ),
        );
    },
  },
  {
    names: ['explain'],
    declare: ({ program, t, action }) => {
      program
        .command('explain <what>')
        .description(t(h.explain()))
        .action(action(async (options, what) => (await import('./commands/explain.js')).runExplain(options, what)));
    },
  },
];
