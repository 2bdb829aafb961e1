// add (saisir): one operation as a balanced entry, from flags or, in a terminal, from questions;
// --recurring: the recurring entries due. The work is in src/entry/; this wires the ledger,
// the streams and the files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryRows, parseKind, type EntryRow } from '../../entry/operation.js';
import { dueOccurrences, occurrenceRows, readRecurring, RECURRING_FILE } from '../../entry/recurring.js';
import { checkDate, settleOperation, type AddInput, type AddLedger } from '../../entry/settle.js';
import { accountLabel } from '../../chart/chart.js';
import { addMessages as say, recurringMessages, USAGE } from '../../messages/add.js';
import { type Lang, type Text, say as sayIn } from '../../messages/text.js';
import { askOperation } from '../add-questions.js';
import { appendToJournal } from '../append-journal.js';
import { loadLedger, printDiagnostics, type Ledger } from '../context.js';
import type { GlobalOptions } from '../options.js';
import { openPrompt, PromptClosed } from '../prompt.js';
import type { Readable, Writable } from 'node:stream';

/** The answers given as options (those of an operation, without its kind), and how to run. */
export interface AddFlags extends Omit<AddInput, 'kind'> {
  readonly dryRun: boolean;
  readonly recurring: boolean;
  readonly through?: string;
}

/** Where questions are asked: stdin and stderr, a terminal or not. */
export interface Terminal {
  readonly input: Readable;
  readonly output: Writable;
  readonly interactive: boolean;
}

const journalFileOf = (year: number, journal: string): string => `journal/${year}-${journal}.csv`;

interface Opened {
  readonly loaded: Ledger;
  readonly ledger: AddLedger;
  readonly uses: ReadonlyMap<string, number>;
}

/** The ledger, with what `add` needs of the books: pieces by year and journal, how often each account is used. */
function openLedger(options: GlobalOptions, today: string): Opened | undefined {
  const pieces = new Map<string, Set<string>>();
  const uses = new Map<string, number>();
  const loaded = loadLedger(options, (entry) => {
    const key = `${entry.year}\u0001${entry.journal}`;
    let set = pieces.get(key);
    if (!set) pieces.set(key, (set = new Set()));
    set.add(entry.piece);
    for (const posting of entry.postings) uses.set(posting.account, (uses.get(posting.account) ?? 0) + 1);
  });
  if (!('folder' in loaded)) {
    printDiagnostics(loaded.diagnostics, (text) => options.io.stderr.write(text), true, options.messages);
    return undefined;
  }
  // The recurring entries' pieces (<name>-<yyyy-mm>) are a series of their own, left out of the numbering.
  const recurringFile = join(options.ledger, RECURRING_FILE);
  const templates = existsSync(recurringFile)
    ? readRecurring(readFileSync(recurringFile), recurringFile, loaded.folder.chart).templates
    : [];
  const names = templates.map((template) => `${template.name}-`);
  const empty = new Set<string>();
  return {
    loaded,
    uses,
    ledger: {
      calendar: loaded.folder.config.calendar,
      chartFor: loaded.chartFor,
      own: loaded.folder.own,
      sealed: (year) => loaded.seals.has(year),
      pieces: (year, journal) => pieces.get(`${year}\u0001${journal}`) ?? empty,
      recurring: (piece) => /-\d{4}-\d{2}$/.test(piece) && names.some((name) => piece.startsWith(name)),
      today,
    },
  };
}

function tell(
  stream: { write(text: string): unknown },
  lang: Lang,
  messages: readonly Text[],
  prefix = 'asso: ',
): void {
  for (const message of messages) stream.write(`${prefix}${sayIn(message, lang)}\n`);
}

export async function runAdd(
  options: GlobalOptions,
  kindWord: string | undefined,
  flags: AddFlags,
  today: string,
  terminal: Terminal,
): Promise<number> {
  const lang = options.messages;
  if (flags.recurring) return runRecurring(options, flags, today);
  const kind = kindWord === undefined ? undefined : parseKind(kindWord);
  if (kindWord !== undefined && !kind) {
    tell(options.io.stderr, lang, [say.unknownKind(kindWord)]);
    return 2;
  }
  if (!kind && !terminal.interactive) {
    options.io.stderr.write(`${sayIn(USAGE, lang)}\n`);
    return 2;
  }
  const opened = openLedger(options, today);
  if (!opened) return 1;
  const given: Partial<AddInput> = { ...flags, kind };
  let input: AddInput;
  const prompt = terminal.interactive ? openPrompt(terminal.input, terminal.output, lang, true) : undefined;
  try {
    input =
      prompt && needsQuestions(given)
        ? await askOperation(prompt, given, opened.ledger, opened.uses)
        : (given as AddInput);
    const settled = settleOperation(input, opened.ledger);
    if ('usage' in settled) {
      tell(options.io.stderr, lang, [...settled.usage, say.nothingWritten()]);
      return 2;
    }
    if ('refusals' in settled) {
      tell(options.io.stderr, lang, [...settled.refusals, say.nothingWritten()]);
      return 1;
    }
    const { operation, year, undeclared } = settled;
    const chart = opened.ledger.chartFor(year);
    const named = (account: string) => `${account} ${accountLabel(chart, account)}`;
    const said = say.said(
      operation.kind,
      operation.amount,
      operation.date,
      named(operation.debit),
      named(operation.credit),
    );
    const file = journalFileOf(year, operation.journal);
    if (prompt && !flags.dryRun) {
      prompt.tell(said);
      const yes = await prompt.ask(say.askConfirm(), (answer) => ({ value: !/^(n|non|no)$/i.test(answer) }));
      if (!yes) {
        prompt.tell(say.cancelled());
        return 0;
      }
    }
    tell(options.io.stderr, lang, undeclared.map(say.notDeclared));
    if (flags.dryRun) {
      tell(options.io.stdout, lang, [said, say.dryRun(file, operation.journal, operation.piece)], '');
      return 0;
    }
    const refusal = appendToJournal(join(options.ledger, file), file, entryRows(operation));
    if (refusal) {
      tell(options.io.stderr, lang, [refusal, say.nothingWritten()]);
      return 1;
    }
    // In a terminal the entry was said just before the confirmation.
    const written = say.written(file, operation.journal, operation.piece);
    tell(options.io.stdout, lang, prompt ? [written] : [said, written], '');
    return 0;
  } catch (thrown) {
    if (!(thrown instanceof PromptClosed)) throw thrown;
    tell(options.io.stderr, lang, [say.aborted()]);
    return 1;
  } finally {
    prompt?.close();
  }
}

/** Whether the flags leave something to ask. */
function needsQuestions(given: Partial<AddInput>): boolean {
  if (!given.kind || given.date === undefined || given.amount === undefined) return true;
  if (given.kind === 'virement') return given.from === undefined || given.to === undefined;
  return given.account === undefined;
}

async function runRecurring(options: GlobalOptions, flags: AddFlags, today: string): Promise<number> {
  const lang = options.messages;
  const through = checkDate(flags.through ?? today);
  if ('problem' in through) {
    tell(options.io.stderr, lang, [through.problem]);
    return 2;
  }
  const path = join(options.ledger, RECURRING_FILE);
  const opened = openLedger(options, today);
  if (!opened) return 1;
  if (!existsSync(path)) {
    tell(options.io.stderr, lang, [recurringMessages.noFile()]);
    return 1;
  }
  const { templates, diagnostics } = readRecurring(readFileSync(path), path, opened.loaded.folder.chart);
  printDiagnostics(diagnostics, (text) => options.io.stderr.write(text), false, lang);
  if (diagnostics.some((d) => d.severity === 'error')) {
    tell(options.io.stderr, lang, [recurringMessages.fileHasErrors()]);
    return 1;
  }
  const { due, sealed } = dueOccurrences(
    templates,
    through.value,
    opened.ledger.calendar,
    (year, journal, piece) => opened.ledger.pieces(year, journal).has(piece),
    opened.ledger.sealed,
  );
  const line = (o: (typeof due)[number]) =>
    recurringMessages.occurrence(
      o.date,
      o.template.journal,
      o.piece,
      o.template.rows[0]!.label || o.template.name,
      o.template.rows.reduce((sum, row) => sum + row.debit, 0n),
    );
  if (sealed.length)
    tell(options.io.stderr, lang, [recurringMessages.skippedSealed(sealed.length), ...sealed.map(line)], '');
  if (!due.length) {
    tell(options.io.stdout, lang, [recurringMessages.nothingDue(through.value)], '');
    return 0;
  }
  const byFile = new Map<string, EntryRow[]>();
  for (const occurrence of due) {
    const file = journalFileOf(occurrence.year, occurrence.template.journal);
    byFile.set(file, [...(byFile.get(file) ?? []), ...occurrenceRows(occurrence)]);
  }
  if (flags.dryRun) {
    tell(options.io.stdout, lang, [...due.map(line), recurringMessages.wouldWrite(due.length)], '');
    return 0;
  }
  // Every file is checked before any is written: the batch is written whole or not at all.
  for (const check of [true, false])
    for (const [file, rows] of byFile) {
      const refusal = appendToJournal(join(options.ledger, file), file, rows, check);
      if (refusal) {
        tell(options.io.stderr, lang, [refusal, say.nothingWritten()]);
        return 1;
      }
    }
  tell(options.io.stdout, lang, [...due.map(line), recurringMessages.written(due.length, [...byFile.keys()])], '');
  return 0;
}
