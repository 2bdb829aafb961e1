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
import { WriteError } from '../write/file.js';
import { type Args, DECLARATIONS, type Declaring, type Handler } from './declarations.js';

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

/**
 * The program: the global options and the commands, all of them, or only the one `argv` names
 * (the others cost a few milliseconds to declare, which every run would pay). `argv` names a
 * command when its first operand, once the global options and their values are passed over as
 * commander passes them, is a command's name or alias; otherwise (the help, an unknown command,
 * nothing) every command is declared.
 */
export function buildProgram(
  io: Io,
  run: (code: number) => void,
  lang: Lang = 'fr',
  argv?: readonly string[],
): Command {
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

  const action =
    (handler: Handler) =>
    async (...args: Args) => {
      const command = args[args.length - 1] as Command;
      run(await handler(globalOptions(command), ...args.slice(0, -1)));
    };
  // A command that writes into the ledger holds its lock (locks/.lock) from reading to writing.
  const writing =
    (handler: Handler) =>
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

  const declaring: Declaring = { program, t, action, writing };
  const only = argv && firstOperand(argv, program);
  const named = only === undefined ? undefined : DECLARATIONS.find((declaration) => declaration.names.includes(only));
  for (const declaration of named ? [named] : DECLARATIONS) declaration.declare(declaring);
  for (const command of program.commands) {
    command.helpOption('-h, --help', t(h.help()));
    const examples = examplesText(command.name(), lang);
    if (examples) command.addHelpText('after', examples);
  }
  program.addHelpText('after', programExamples(lang));
  return program;
}

/** The first argument that is neither a global option nor its value (`-L dir`, `--lang=en`, `-Ldir`). */
function firstOperand(argv: readonly string[], program: Command): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') return argv[index + 1];
    if (!arg.startsWith('-') || arg === '-') return arg;
    const option = program.options.find((candidate) => candidate.short === arg || candidate.long === arg);
    if (option && (option.required || option.optional)) index += 1;
  }
  return undefined;
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
    argv,
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
