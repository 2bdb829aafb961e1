// asso import bank <file>…: bank statements into journal entries. Thin: reads the files and the
// books, hands them to the plan (src/import/bank/), prints it, and with --write writes it.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postingProblem } from '../../chart/chart.js';
import { fiscalYearOf } from '../../fiscal.js';
import { appendedAssertions, balancesToAssert } from '../../import/bank/balances.js';
import { parseColumnsOption, type ColumnsSpec } from '../../import/bank/columns-option.js';
import { formatsList, parseStatement } from '../../import/bank/detect.js';
import { appendedImportFile, importFileName } from '../../import/bank/journal-file.js';
import { planImport, type BookedEntry, type ImportRow, type StatementToImport } from '../../import/bank/plan.js';
import { readRules, type Rule } from '../../import/bank/rules.js';
import type { BankProblem } from '../../import/bank/statement.js';
import { accountKey, accountNumberOf } from '../../import/bank/values.js';
import { bankMessages as m } from '../../messages/bank.js';
import { type Message, say, type Text } from '../../messages/text.js';
import { formatsDocument, importDocument, importJson, type ImportReport } from '../../render/bank-import.js';
import { toJson } from '../../render/json.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { UsageError, type GlobalOptions } from '../options.js';
import { renderDocuments, writeAtomically } from '../output.js';

export interface ImportBankFlags {
  readonly account?: string;
  readonly journal: string;
  readonly columns?: string;
  readonly formats: boolean;
  readonly write: boolean;
  readonly includeProbable: boolean;
}

/** A problem as every problem is shown: `asso: <file>:<line>[:<column>]: <message> [<code>]`. */
const problem = (
  options: GlobalOptions,
  file: string,
  line: number,
  message: Message,
  code: string,
  column?: string,
) => {
  const at = [file, line, column].filter((part) => part !== undefined).join(':');
  options.io.stderr.write(`asso: ${at}: ${say(message, options.messages)} [${code}]\n`);
};

function output(options: GlobalOptions, report: ImportReport, written: readonly string[]): void {
  const text =
    options.format === 'json'
      ? toJson(importJson(report, written))
      : renderDocuments([importDocument(report, options.messages)], options);
  if (options.output) writeAtomically(options.output, text);
  else options.io.stdout.write(text);
}

export function runImportBank(options: GlobalOptions, files: readonly string[], flags: ImportBankFlags): number {
  if (flags.formats) {
    options.io.stdout.write(renderDocuments([formatsDocument(formatsList(), options.messages)], options));
    return 0;
  }
  if (!files.length) throw new UsageError(m.noFiles());
  let spec: ColumnsSpec | undefined;
  if (flags.columns !== undefined) {
    const parsed = parseColumnsOption(flags.columns);
    if (!parsed.ok) throw new UsageError(parsed.message);
    spec = parsed.spec;
  }

  // The books: entries on bank accounts (for duplicates and probable matches) and the pieces used.
  const booked: BookedEntry[] = [];
  const pieces = new Map<string, string[]>();
  const loaded = loadLedger(options, (entry) => {
    const key = `${entry.journal}|${entry.year}`;
    if (!pieces.has(key)) pieces.set(key, []);
    pieces.get(key)!.push(entry.piece);
    const onBank = new Map<string, { amount: bigint; ref?: string; line: number }>();
    for (const posting of entry.postings) {
      if (!posting.account.startsWith('5')) continue;
      const found = onBank.get(posting.account) ?? { amount: 0n, line: posting.line };
      found.amount += posting.debit - posting.credit;
      if (posting.fields.bank_ref) found.ref = posting.fields.bank_ref;
      onBank.set(posting.account, found);
    }
    for (const [account, found] of onBank)
      booked.push({
        account,
        date: entry.date,
        amount: found.amount,
        ...(found.ref ? { bankRef: found.ref } : {}),
        file: entry.file,
        line: found.line,
        journal: entry.journal,
        piece: entry.piece,
      });
  });
  if (!('folder' in loaded) || loaded.diagnostics.some((d) => d.severity === 'error')) {
    printDiagnostics(loaded.diagnostics, (text) => options.io.stderr.write(text), true, options.messages);
    options.io.stderr.write(`asso: ${say(m.booksHaveErrors(), options.messages)}\n`);
    return 1;
  }
  const folder = loaded.folder;
  if (flags.account !== undefined) {
    const why = postingProblem(folder.chart, flags.account);
    if (why) throw new UsageError(m.badAccountOption(flags.account, why));
  }

  // The rules.
  const rulesFile = join(options.ledger, 'import-rules.csv');
  let rules: Rule[] = [];
  if (existsSync(rulesFile)) {
    const read = readRules(readFileSync(rulesFile), (account) => postingProblem(folder.chart, account));
    for (const found of read.problems) problem(options, rulesFile, found.line, found.message, 'bad-rule', found.column);
    if (read.problems.length) {
      options.io.stderr.write(`asso: ${say(m.rulesRefused(), options.messages)}\n`);
      return 1;
    }
    rules = read.rules;
  }

  // The statements: every file read, every problem shown, before anything is decided.
  const banks = new Map<string, string[]>(
    Object.entries(folder.config.banks).map(([account, ids]) => [
      account,
      [ids.iban, ids.number].filter((id): id is string => !!id),
    ]),
  );
  const statements: StatementToImport[] = [];
  let worst = 0;
  const refuse = (file: string, found: BankProblem) => {
    problem(options, file, found.line, found.message, found.code);
    worst = Math.max(worst, found.usage ? 2 : 1);
  };
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (thrown) {
      const error = thrown as NodeJS.ErrnoException;
      if (!error.code) throw thrown;
      refuse(file, {
        code: 'unreadable-file',
        line: 1,
        message: m.unreadable(error.code === 'ENOENT' ? 'no such file' : error.message),
      });
      continue;
    }
    const parsed = parseStatement(file, bytes, spec);
    if (!parsed.ok) {
      for (const found of parsed.problems) refuse(file, found);
      continue;
    }
    const bankAccount = flags.account ?? bankFor(parsed.statement.accountId, banks);
    if (!bankAccount) {
      refuse(file, {
        code: 'no-bank-account',
        line: 1,
        message: m.noBankAccount(parsed.statement.accountId),
        usage: true,
      });
      continue;
    }
    statements.push({ statement: parsed.statement, bankAccount });
  }
  if (worst) {
    options.io.stderr.write(`asso: ${say(m.nothingImported(), options.messages)}\n`);
    return worst;
  }

  const plan = planImport(statements, {
    journal: flags.journal,
    rules,
    booked,
    pieces,
    yearOf: (date) => fiscalYearOf(folder.config.calendar, date),
    sealed: (year) => loaded.seals.has(year),
    banks,
    includeProbable: flags.includeProbable,
  });
  if (plan.problems.length) {
    for (const found of plan.problems) problem(options, found.file, found.line, found.message, 'sealed-year');
    options.io.stderr.write(`asso: ${say(m.nothingImported(), options.messages)}\n`);
    return 1;
  }
  const balances = balancesToAssert(
    statements.map(({ statement, bankAccount }) => ({
      file: statement.file,
      account: bankAccount,
      balances: statement.balances,
    })),
    folder.assertions ?? [],
  );
  const notes: Text[] = statements.flatMap(({ statement }) => statement.notes);
  const written: string[] = [];
  if (flags.write) {
    // Every file's content is made before the first is written: a refusal writes nothing.
    const byFile = new Map<string, ImportRow[]>();
    for (const line of plan.lines)
      if (line.entry) {
        const name = join(options.ledger, 'journal', importFileName(line.entry.year, line.bankAccount));
        if (!byFile.has(name)) byFile.set(name, []);
        byFile.get(name)!.push(...line.entry.rows);
      }
    const contents: [string, string][] = [];
    for (const [name, rows] of byFile) {
      const content = appendedImportFile(existsSync(name) ? readFileSync(name, 'utf8') : undefined, rows);
      if (content === undefined) {
        problem(options, name, 1, m.notAnImportFile(name), 'not-an-import-file');
        options.io.stderr.write(`asso: ${say(m.nothingImported(), options.messages)}\n`);
        return 1;
      }
      contents.push([name, content]);
    }
    const added = balances.filter((b) => b.status === 'new');
    const assertionsFile = join(options.ledger, 'assertions.csv');
    mkdirSync(join(options.ledger, 'journal'), { recursive: true });
    for (const [name, content] of contents) {
      writeAtomically(name, content);
      written.push(name);
      notes.push(m.writtenNote(name, new Set(byFile.get(name)!.map((row) => `${row.journal}|${row.piece}`)).size));
    }
    if (added.length) {
      writeAtomically(
        assertionsFile,
        appendedAssertions(existsSync(assertionsFile) ? readFileSync(assertionsFile, 'utf8') : undefined, added),
      );
      written.push(assertionsFile);
      notes.push(m.assertionsWritten(assertionsFile, added.length));
    }
  }
  output(options, { write: flags.write, statements, lines: plan.lines, balances, notes }, written);
  return 0;
}

/** The ledger's bank account a statement's account id names (one configured bank takes a statement that names none). */
export function bankFor(id: string | undefined, banks: ReadonlyMap<string, readonly string[]>): string | undefined {
  if (!id) return banks.size === 1 ? [...banks.keys()][0] : undefined;
  const key = accountKey(id);
  for (const [account, ids] of banks)
    if (
      ids.some((one) => {
        const number = accountNumberOf(one);
        return key === accountKey(one) || key.includes(number) || (key.length >= 8 && number.includes(key));
      })
    )
      return account;
  return undefined;
}
