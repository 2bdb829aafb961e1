// migrate --to pca-2025: for the open years of that reference set, the rewrite of postings on
// accounts it abolished, shown as a unified diff of the journal files (stdout); --write applies it
// (after a confirmation in a terminal, --yes for scripts), each file atomically. Rows whose old
// account has several possible replacements are marked for the treasurer and never rewritten.
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
      `--to takes a reference set that replaces an earlier one (${REFERENCE_SETS.filter((e) => e.changes.length)
        .map((e) => e.set.id)
        .join(', ')}), not "${command.to}"`,
    );
  const loaded = loadLedger(options);
  if (!isOpen(loaded)) {
    printDiagnostics(loaded.diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
    return 1;
  }
  const { folder, books } = loaded;
  if (folder.config.reference && folder.config.reference !== command.to)
    throw new UsageError(
      `asso.json pins "reference": "${folder.config.reference}": every year uses it; change or remove it before migrating to ${command.to}`,
    );
  const others = loaded.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'account-abolished');
  if (others.length) {
    printDiagnostics(others, (text) => options.io.stderr.write(text));
    options.io.stderr.write(
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
      options.io.stderr.write(
        `asso: fiscal year ${year} is closed (locks/${year}.json): its entries are never rewritten\n`,
      );
    else years.add(year);
  }
  const rewrites = planMigration(loaded, target.set, years);
  // On a terminal, readable text; into a file or a pipe, the files' own bytes, so that `patch -p1` applies it.
  const diff = options.io.stdout.isTTY
    ? migrationDiff(rewrites, folder.dir, command.to)
    : Buffer.from(migrationDiff(rewrites, folder.dir, command.to, true), 'latin1');
  options.io.stdout.write(diff);
  const changedRows = rewrites.reduce((t, r) => t + r.changed.size, 0);
  const leftRows = rewrites.reduce((t, r) => t + r.marked.length + r.skipped.length, 0);
  const files = rewrites.filter((r) => r.changed.size);
  if (!changedRows && !leftRows) {
    options.io.stderr.write(
      `asso: nothing to migrate: no posting of ${[...years].join(', ') || 'an open year'} is on an account ${command.to} abolished\n`,
    );
    return 0;
  }
  if (leftRows)
    options.io.stderr.write(
      `asso: ${leftRows} row(s) marked # CHOOSE or # SKIPPED need your choice: rewrite them by hand\n`,
    );
  if (!command.write) {
    if (changedRows)
      options.io.stderr.write(
        `asso: ${changedRows} row(s) in ${files.length} file(s) would be rewritten: run again with --write to apply\n`,
      );
    return leftRows ? 1 : 0;
  }
  if (changedRows) {
    if (!command.yes) {
      if (!options.io.stdin.isTTY)
        throw new UsageError(
          '--write asks for confirmation in a terminal: add --yes to apply the diff above from a script',
        );
      const ask = createInterface({ input: options.io.stdin, output: options.io.stderr as NodeJS.WritableStream });
      const answer = await ask.question(`Rewrite ${changedRows} row(s) in ${files.length} file(s)? [y/N] `);
      ask.close();
      if (!/^(y|yes|o|oui)$/i.test(answer.trim())) {
        options.io.stderr.write('asso: nothing written\n');
        return 1;
      }
    }
    for (const rewrite of files) writeAtomically(rewrite.file, Buffer.from(rewrite.after, 'latin1'));
    options.io.stderr.write(`asso: rewrote ${changedRows} row(s) in ${files.length} file(s)\n`);
  }
  return leftRows ? 1 : 0;
}
