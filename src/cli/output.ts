// Where output goes: stdout, or a file written safely (src/write/).
import { cliMessages } from '../messages/cli.js';
import { writeFileSafely } from '../write/file.js';
import type { Document } from '../render/document.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTable } from '../render/table.js';
import { toJson } from '../render/json.js';
import { UsageError, type GlobalOptions } from './options.js';

/** Writes a file safely (src/write/file.ts): atomic for a regular file, never through a planted link. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  writeFileSafely(file, content);
}

export function renderDocuments(documents: readonly Document[], options: GlobalOptions): string {
  switch (options.format) {
    case 'csv':
      return documents.map((doc) => renderCsv(doc, options.excel)).join('\r\n');
    case 'markdown':
      return documents.map((doc) => renderMarkdown(doc, options.lang)).join('\n');
    case 'html':
      throw new UsageError(cliMessages.htmlOnlyForReport());
    default:
      return documents.map((doc) => renderTable(doc, options.color, options.width, options.lang)).join('\n');
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
