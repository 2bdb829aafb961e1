// Where output goes: stdout, or a file written safely (src/write/).
import { cliMessages } from '../messages/cli.js';
import { writeFileSafely } from '../write/file.js';
import type { Document } from '../render/document.js';
import { csvChunks } from '../render/csv.js';
import { markdownChunks } from '../render/markdown.js';
import { tableChunks } from '../render/table.js';
import { jsonChunks } from '../render/json.js';
import { UsageError, type GlobalOptions } from './options.js';

/** Writes a file safely (src/write/file.ts): atomic for a regular file, never through a planted link. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  writeFileSafely(file, content);
}

export function renderDocuments(documents: readonly Document[], options: GlobalOptions): string {
  return [...documentChunks(documents, options)].join('');
}

/** The documents in the format asked, in pieces (a long listing a line at a time). */
export function* documentChunks(documents: readonly Document[], options: GlobalOptions): Generator<string> {
  if (options.format === 'html') throw new UsageError(cliMessages.htmlOnlyForReport());
  const separator = options.format === 'csv' ? '\r\n' : '\n';
  for (const [index, doc] of documents.entries()) {
    if (index > 0) yield separator;
    if (options.format === 'csv') yield* csvChunks(doc, options.excel);
    else if (options.format === 'markdown') yield* markdownChunks(doc, options.lang);
    else yield* tableChunks(doc, options.color, options.width, options.lang);
  }
}

/** Prints the documents in the format asked, or the JSON; either may be given as a function, so
 * that only the one printed is built (a long listing's JSON is as big as its table). Printed as it
 * is made, some 64 KB at a time; a file (-o) is written whole, atomically. */
export function emit(
  options: GlobalOptions,
  documents: readonly Document[] | (() => readonly Document[]),
  json: unknown,
): void {
  const chunks =
    options.format === 'json'
      ? jsonChunks(typeof json === 'function' ? json() : json)
      : documentChunks(typeof documents === 'function' ? documents() : documents, options);
  if (options.output) {
    writeAtomically(options.output, [...chunks].join(''));
    return;
  }
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 1 << 16) {
      options.io.stdout.write(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (pending.length) options.io.stdout.write(pending.join(''));
}
