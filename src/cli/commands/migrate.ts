// migrate --to pca-2025: for the open years of that reference set, the rewrite of postings on
// accounts it abolished, shown as a unified diff of the journal files (stdout); --write applies it
// (after a confirmation in a terminal, --yes for scripts), each file atomically. Rows whose old
// account has several possible replacements are marked for the treasurer and never rewritten.
import { interactive } from '../io.js';
import { chartMessages } from '../../messages/chart.js';
import { cliMessages } from '../../messages/cli.js';
import { say, type Text } from '../../messages/text.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { migrationDiff, planMigration } from '../../ledger/migrate.js';
import { isOpen } from '../../ledger/open.js';
import { REFERENCE_SETS } from '../../statements/reference-sets.js';
import { loadLedger, printDiagnostics } from '../context.js';
import { writeAtomically } from '../output.js';
import { UsageError, type GlobalOptions } from '../options.js';

export interface MigrateOptions {
  readonly to: string;
  readonly write: boolean;
  readonly yes: boolean;
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
    options.io.stderr.write(`asso: ${say(message, lang)}\n`);
  };
  const loaded = loadLedger(options);
  if (!isOpen(loaded)) {
    printDiagnostics(loaded.diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
    return 1;
  }
  const { folder, books } = loaded;
  if (folder.config.reference && folder.config.reference !== command.to)
    throw new UsageError(chartMessages.pinnedReference(folder.config.reference, command.to));
  const others = loaded.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'account-abolished');
  if (others.length) {
    printDiagnostics(others, (text) => options.io.stderr.write(text), false, lang);
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
  const rewrites = planMigration(loaded, target.set, years);
  // On a terminal, readable text; into a file or a pipe, the files' own bytes, so that `patch -p1` applies it.
  const diff = options.io.stdout.isTTY
    ? migrationDiff(rewrites, folder.dir, command.to, lang)
    : Buffer.from(migrationDiff(rewrites, folder.dir, command.to, lang, true), 'latin1');
  options.io.stdout.write(diff);
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
      if (!interactive(options.io)) throw new UsageError(chartMessages.writeNeedsYes());
      const ask = createInterface({ input: options.io.stdin, output: options.io.stderr as NodeJS.WritableStream });
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
