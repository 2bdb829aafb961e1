// migrate --to pca-2025: for the open years of that reference set, the rewrite of postings on
// accounts it abolished, shown as a unified diff of the journal files (stdout); --write applies it
// (after a confirmation in a terminal, --yes for scripts), each file atomically. Rows whose old
// account has several possible replacements are marked for the treasurer and never rewritten.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { abolishedChange, renumber, type AccountChange } from '../../chart/changes.js';
import { replacementText } from '../../post/abolished-accounts.js';
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
  readonly skipped: readonly { row: MigrationRow; reason: string }[];
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
  const skipped: { row: MigrationRow; reason: string }[] = [];
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
        reason: `line ${row.line} does not hold account ${row.account} in its account column as expected (a field over several lines?): rewrite it by hand`,
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
export function migrationDiff(rewrites: readonly FileRewrite[], base: string, setId: string): string {
  const out: string[] = [];
  for (const rewrite of rewrites) {
    const name = relative(base, rewrite.file).split('\\').join('/');
    for (const row of rewrite.marked)
      out.push(
        `# CHOOSE ${name}:${row.line}: ${row.account} (${row.change.old} ${row.change.label}) has no single replacement in ${setId}: choose ${replacementText(row.change).en}; this row is not rewritten`,
      );
    for (const { row, reason } of rewrite.skipped) out.push(`# SKIPPED ${name}:${row.line}: ${reason}`);
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
      `--to takes a reference set that replaces an earlier one (${REFERENCE_SETS.filter((e) => e.changes.length)
        .map((e) => e.set.id)
        .join(', ')}), not "${command.to}"`,
    );
  const loaded = loadLedger(options);
  if (!('folder' in loaded)) {
    printDiagnostics(loaded.diagnostics, (text) => process.stderr.write(text), false, options.messages);
    return 1;
  }
  const { folder, books } = loaded;
  if (folder.config.reference && folder.config.reference !== command.to)
    throw new UsageError(
      `asso.json pins "reference": "${folder.config.reference}": every year uses it; change or remove it before migrating to ${command.to}`,
    );
  const others = loaded.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'account-abolished');
  if (others.length) {
    printDiagnostics(others, (text) => process.stderr.write(text));
    process.stderr.write(
      'asso: the books have other errors: rows of entries with errors are not migrated until those are fixed\n',
    );
  }
  const candidates = [...books.years.keys()]
    .filter((year) => loaded.setFor(year) === target.set && (options.year === undefined || options.year === year))
    .sort();
  if (options.year !== undefined && !candidates.length)
    throw new UsageError(`fiscal year ${options.year} does not use ${command.to} (or has no entries)`);
  const years = new Set<number>();
  for (const year of candidates) {
    if (existsSync(join(folder.dir, 'locks', `${year}.json`)))
      process.stderr.write(
        `asso: fiscal year ${year} is closed (locks/${year}.json): its entries are never rewritten\n`,
      );
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
  const diff = migrationDiff(rewrites, folder.dir, command.to);
  process.stdout.write(diff);
  const changedRows = rewrites.reduce((t, r) => t + r.changed.size, 0);
  const leftRows = rewrites.reduce((t, r) => t + r.marked.length + r.skipped.length, 0);
  const files = rewrites.filter((r) => r.changed.size);
  if (!changedRows && !leftRows) {
    process.stderr.write(
      `asso: nothing to migrate: no posting of ${[...years].join(', ') || 'an open year'} is on an account ${command.to} abolished\n`,
    );
    return 0;
  }
  if (leftRows)
    process.stderr.write(
      `asso: ${leftRows} row(s) marked # CHOOSE or # SKIPPED need your choice: rewrite them by hand\n`,
    );
  if (!command.write) {
    if (changedRows)
      process.stderr.write(
        `asso: ${changedRows} row(s) in ${files.length} file(s) would be rewritten: run again with --write to apply\n`,
      );
    return leftRows ? 1 : 0;
  }
  if (changedRows) {
    if (!command.yes) {
      if (!process.stdin.isTTY)
        throw new UsageError(
          '--write asks for confirmation in a terminal: add --yes to apply the diff above from a script',
        );
      const ask = createInterface({ input: process.stdin, output: process.stderr });
      const answer = await ask.question(`Rewrite ${changedRows} row(s) in ${files.length} file(s)? [y/N] `);
      ask.close();
      if (!/^(y|yes|o|oui)$/i.test(answer.trim())) {
        process.stderr.write('asso: nothing written\n');
        return 1;
      }
    }
    for (const rewrite of files) writeAtomically(rewrite.file, Buffer.from(rewrite.after, 'latin1'));
    process.stderr.write(`asso: rewrote ${changedRows} row(s) in ${files.length} file(s)\n`);
  }
  return leftRows ? 1 : 0;
}
