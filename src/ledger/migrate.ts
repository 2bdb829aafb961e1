// migrate --to pca-2025, decided: for the open years of that reference set, the rewrite of the
// postings on accounts it abolished, file by file, and its unified diff. Rows whose old account has
// several possible replacements are marked for the treasurer and never rewritten. Nothing is written here.
import { chartMessages } from '../messages/chart.js';
import { type Lang, say, type Text } from '../messages/text.js';
import { visible } from '../render/visible.js';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { abolishedChange, renumber, type AccountChange } from '../chart/changes.js';
import { scanLedger } from '../post/books.js';
import { mapColumns } from '../read/columns.js';
import type { ReferenceSet } from '../statements/layout.js';
import { changesInto } from '../statements/reference-sets.js';
import type { Ledger } from './open.js';

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
  /** 1-based line → [old line, new line] as the file's bytes (latin1 text), a CR before the line end kept: what `patch` needs. */
  readonly exact: ReadonlyMap<number, readonly [string, string]>;
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
  const exact = new Map<number, readonly [string, string]>();
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
    const cr = ending.startsWith('\r') ? '\r' : '';
    exact.set(row.line, [`${text!}${cr}`, `${next}${cr}`]);
  }
  return { file, before, after: lines.join(''), changed, exact, marked, skipped };
}

/**
 * The unified diff (no context lines, as `diff -U0`) of the rewrites, with the marked rows as
 * comments before each file. `exact`: the lines as the files' own bytes (Windows-1252, CR kept) in
 * a latin1 string, so that `patch -p1` applies it; otherwise as readable text for a terminal.
 */
export function migrationDiff(
  rewrites: readonly FileRewrite[],
  base: string,
  setId: string,
  lang: Lang,
  exact = false,
): string {
  // In exact mode, what asso itself writes (comments, names) is UTF-8, carried as latin1 bytes like the lines.
  const own = (text: string): string => (exact ? Buffer.from(text, 'utf8').toString('latin1') : visible(text));
  const out: string[] = [];
  for (const rewrite of rewrites) {
    const name = relative(base, rewrite.file).split('\\').join('/');
    for (const row of rewrite.marked)
      out.push(
        own(
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
        ),
      );
    for (const { row, reason } of rewrite.skipped)
      out.push(own(say(chartMessages.skipped(`${name}:${row.line}`, reason), lang)));
    if (!rewrite.changed.size) continue;
    out.push(own(`--- a/${name}`), own(`+++ b/${name}`));
    const lines = exact ? rewrite.exact : rewrite.changed;
    for (const [line, [oldText, newText]] of [...lines].sort(([a], [b]) => a - b))
      out.push(
        `@@ -${line} +${line} @@`,
        `-${exact ? oldText : visible(oldText)}`,
        `+${exact ? newText : visible(newText)}`,
      );
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The rewrites of the journal files for the postings of `years` on accounts `set` abolished. */
export function planMigration(ledger: Ledger, set: ReferenceSet, years: ReadonlySet<number>): FileRewrite[] {
  const changes = changesInto(set);
  const byFile = new Map<string, MigrationRow[]>();
  scanLedger(ledger.folder, {
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
  return [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, rows]) => rewriteFile(file, readFileSync(file), rows));
}
