// Where output goes: stdout, or a file written atomically (temporary name, then rename).
import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { Document } from '../render/document.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTable } from '../render/table.js';
import { toJson } from '../render/json.js';
import { UsageError, type GlobalOptions } from './options.js';

export function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (thrown) {
    rmSync(temporary, { force: true });
    // Said of the file asked for, not of the temporary one.
    const cause = thrown as NodeJS.ErrnoException;
    const reason =
      cause.code === 'ENOENT'
        ? 'its folder does not exist'
        : cause.code === 'EACCES' || cause.code === 'EPERM'
          ? 'permission denied'
          : cause.code === 'EISDIR'
            ? 'it is a folder'
            : cause.message;
    throw Object.assign(new Error(`cannot write this file: ${reason}`, { cause }), {
      code: cause.code ?? 'EIO',
      path: file,
    });
  }
}

export function renderDocuments(documents: readonly Document[], options: GlobalOptions): string {
  switch (options.format) {
    case 'csv':
      return documents.map((doc) => renderCsv(doc, options.excel)).join('\r\n');
    case 'markdown':
      return documents.map(renderMarkdown).join('\n');
    case 'html':
      throw new UsageError('-f html is for `asso report`; other commands print table, csv, json or markdown');
    default:
      return documents.map((doc) => renderTable(doc, options.color, options.width)).join('\n');
  }
}

/** Prints the documents in the format asked, or the JSON; either may be given as a function, so
 * that only the one printed is built (a long listing's JSON is as big as its table). */
export function emit(
  options: GlobalOptions,
  documents: readonly Document[] | (() => readonly Document[]),
  json: unknown,
): void {
  const text =
    options.format === 'json'
      ? toJson(typeof json === 'function' ? json() : json)
      : renderDocuments(typeof documents === 'function' ? documents() : documents, options);
  if (options.output) writeAtomically(options.output, text);
  else options.io.stdout.write(text);
}
