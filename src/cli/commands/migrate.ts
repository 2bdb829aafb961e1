// migrate --to pca-2025: for the open years of that reference set, the rewrite of postings on
// accounts it abolished, shown as a unified diff of the journal files (stdout); --write applies it
// (after a confirmation in a terminal, --yes for scripts), each file atomically. Rows whose old
// account has several possible replacements are marked for the treasurer and never rewritten.
import { chartMessages } from '../../messages/chart.js';
import { cliMessages } from '../../messages/cli.js';
import { type Lang, say, type Text } from '../../messages/text.js';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { abolishedChange, renumber, type AccountChange } from '../../chart/changes.js';
import { mapColumns } from '../../read/columns.js';
import { changesInto, REFERENCE_SETS } from '../../statements/reference-sets.js';
import { scanLedger } from '../../post/books.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { writeAtomically } from '../output.js';
import { UsageError, type GlobalOptions } from '../options.js';

export interface MigrateOptions {
  readonly to: string;
  readonly write: boolean;
  readonly yes: boolean;
}

/** One posting on an abolished account: its new account, or none when the treasurer must choose. */
export interface MigrationRow {
  readonly file: string;
  readonly line: number;
  readonly account: string;
  readonly change: AccountChange;
  readonly replacement?: string;
}

export interface FileRewrite {
  readonly file: string;
  /** The file's bytes as latin1 text (one character a byte, so that rewriting ASCII digits keeps every other byte). */
  readonly before: string;
  readonly after: string;
  /** 1-based line → [old line, new line], as UTF-8 text for the diff. */
  readonly changed: ReadonlyMap<number, readonly [string, string]>;
  readonly marked: readonly MigrationRow[];
  readonly skipped: readonly { row: MigrationRow; reason: Text }[];
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The fields of one physical line with their [start, end) spans (quotes handled; a quoted field's span is inside the quotes). */
export function fieldSpans(line: string, delimiter: string): { text: string; start: number; end: number }[] {
  const spans: { text: string; start: number; end: number }[] = [];
  let index = 0;
  while (index <= line.length) {
    if (line[index] === '"') {
      let end = index + 1;
      while (end < line.length && !(line[end] === '"' && line[end + 1] !== '"')) end += line[end] === '"' ? 2 : 1;
      spans.push({ text: line.slice(index + 1, end).replace(/""/g, '"'), start: index + 1, end });
      index = line.indexOf(delimiter, end);
    } else {
      const next = line.indexOf(delimiter, index);
      const end = next < 0 ? line.length : next;
      spans.push({ text: line.slice(index, end), start: index, end });
      index = next;
    }
    if (index < 0) break;
    index += delimiter.length;
  }
  return spans;
}

/** A line for display: UTF-8 when its bytes are valid UTF-8, else Windows-1252 (the two encodings journals come in). */
const display = (latin1: string): string => {
  const bytes = Buffer.from(latin1, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};

/** The rewrite of one journal file for the given rows (all of that file). Pure. */
export function rewriteFile(file: string, bytes: Buffer, rows: readonly MigrationRow[]): FileRewrite {
  const before = bytes.toString('latin1');
  const lines = before.split(/(?<=\n)/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const header = (lines[headerIndex] ?? '').replace(/^\u00ef\u00bb\u00bf/, '').replace(/\r?\n$/, '');
  const delimiter = DELIMITERS.reduce(
    (best, d) => (header.split(d).length > header.split(best).length ? d : best),
    ',',
  );
  const accountColumn = mapColumns(fieldSpans(header, delimiter).map((f) => display(f.text))).index.account;
  const changed = new Map<number, readonly [string, string]>();
  const marked: MigrationRow[] = [];
  const skipped: { row: MigrationRow; reason: Text }[] = [];
  for (const row of rows) {
    if (row.replacement === undefined) {
      marked.push(row);
      continue;
    }
    const raw = lines[row.line - 1];
    const ending = raw?.match(/\r?\n$/)?.[0] ?? '';
    const text = raw?.slice(0, raw.length - ending.length);
    const span =
      text === undefined || accountColumn === undefined ? undefined : fieldSpans(text, delimiter)[accountColumn];
    if (!span || span.text.trim() !== row.account) {
      skipped.push({
        row,
        reason: chartMessages.notInColumn(row.line, row.account),
      });
      continue;
    }
    const lead = span.text.length - span.text.trimStart().length;
    const start = span.start + lead;
    const next = `${text!.slice(0, start)}${row.replacement}${text!.slice(start + row.account.length)}`;
    lines[row.line - 1] = next + ending;
    changed.set(row.line, [display(text!), display(next)]);
  }
  return { file, before, after: lines.join(''), changed, marked, skipped };
}

/** The unified diff (no context lines, as `diff -U0`) of the rewrites, with the marked rows as comments before each file. */
export function migrationDiff(rewrites: readonly FileRewrite[], base: string, setId: string, lang: Lang): string {
  const out: string[] = [];
  for (const rewrite of rewrites) {
    const name = relative(base, rewrite.file).split('\\').join('/');
    for (const row of rewrite.marked)
      out.push(
        say(
          chartMessages.choose(
            `${name}:${row.line}`,
            row.account,
            row.change.old,
            row.change.label,
            setId,
            row.change.to,
          ),
          lang,
        ),
      );
    for (const { row, reason } of rewrite.skipped)
      out.push(say(chartMessages.skipped(`${name}:${row.line}`, reason), lang));
    if (!rewrite.changed.size) continue;
    out.push(`--- a/${name}`, `+++ b/${name}`);
    for (const [line, [oldText, newText]] of [...rewrite.changed].sort(([a], [b]) => a - b))
      out.push(`@@ -${line} +${line} @@`, `-${oldText}`, `+${newText}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

export async function runMigrate(options: GlobalOptions, command: MigrateOptions): Promise<number> {
  const target = REFERENCE_SETS.find((entry) => entry.set.id === command.to);
  if (!target?.changes.length)
    throw new UsageError(
      chartMessages.badTarget(
        REFERENCE_SETS.filter((e) => e.changes.length)
          .map((e) => e.set.id)
          .join(', '),
        command.to,
      ),
    );
  const lang = options.messages;
  const note = (message: Text): void => {
    process.stderr.write(`asso: ${say(message, lang)}\n`);
  };
  const loaded = loadLedger(options);
  if (!('folder' in loaded)) {
    printDiagnostics(loaded.diagnostics, (text) => process.stderr.write(text), false, options.messages);
    return 1;
  }
  const { folder, books } = loaded;
  if (folder.config.reference && folder.config.reference !== command.to)
    throw new UsageError(chartMessages.pinnedReference(folder.config.reference, command.to));
  const others = loaded.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'account-abolished');
  if (others.length) {
    printDiagnostics(others, (text) => process.stderr.write(text), false, lang);
    note(chartMessages.otherErrors());
  }
  const candidates = [...books.years.keys()]
    .filter((year) => loaded.setFor(year) === target.set && (options.year === undefined || options.year === year))
    .sort();
  if (options.year !== undefined && !candidates.length)
    throw new UsageError(chartMessages.yearNotOnSet(options.year, command.to));
  const years = new Set<number>();
  for (const year of candidates) {
    if (existsSync(join(folder.dir, 'locks', `${year}.json`))) note(chartMessages.yearClosed(year));
    else years.add(year);
  }
  const changes = changesInto(target.set);
  const byFile = new Map<string, MigrationRow[]>();
  scanLedger(folder, {
    onEntry: (entry) => {
      if (!years.has(entry.year)) return;
      for (const posting of entry.postings) {
        const change = abolishedChange(changes, posting.account);
        if (!change) continue;
        const single = change.kind === 'renumber' && change.to.length === 1 && /^\d+$/.test(change.to[0]!);
        const row: MigrationRow = {
          file: entry.file,
          line: posting.line,
          account: posting.account,
          change,
          replacement: single ? renumber(posting.account, change.old, change.to[0]!) : undefined,
        };
        const list = byFile.get(entry.file) ?? [];
        list.push(row);
        byFile.set(entry.file, list);
      }
    },
  });
  const rewrites = [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, rows]) => rewriteFile(file, readFileSync(file), rows));
  const diff = migrationDiff(rewrites, folder.dir, command.to, lang);
  process.stdout.write(diff);
  const changedRows = rewrites.reduce((t, r) => t + r.changed.size, 0);
  const leftRows = rewrites.reduce((t, r) => t + r.marked.length + r.skipped.length, 0);
  const files = rewrites.filter((r) => r.changed.size);
  if (!changedRows && !leftRows) {
    note(chartMessages.nothingToMigrate([...years].join(', '), command.to));
    return 0;
  }
  if (leftRows) note(chartMessages.rowsLeft(leftRows));
  if (!command.write) {
    if (changedRows) note(chartMessages.wouldRewrite(changedRows, files.length));
    return leftRows ? 1 : 0;
  }
  if (changedRows) {
    if (!command.yes) {
      if (!process.stdin.isTTY) throw new UsageError(chartMessages.writeNeedsYes());
      const ask = createInterface({ input: process.stdin, output: process.stderr });
      const answer = await ask.question(say(chartMessages.confirm(changedRows, files.length), lang));
      ask.close();
      if (!/^(y|yes|o|oui)$/i.test(answer.trim())) {
        note(cliMessages.nothingWritten());
        return 1;
      }
    }
    for (const rewrite of files) writeAtomically(rewrite.file, Buffer.from(rewrite.after, 'latin1'));
    note(chartMessages.rewrote(changedRows, files.length));
  }
  return leftRows ? 1 : 0;
}
