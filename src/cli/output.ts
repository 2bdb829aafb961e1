// Where output goes: stdout, or a file written atomically (temporary name, then rename).
import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { cliMessages } from '../messages/cli.js';
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
        ? cliMessages.folderMissing()
        : cause.code === 'EACCES' || cause.code === 'EPERM'
          ? cliMessages.permissionDenied()
          : cause.code === 'EISDIR'
            ? cliMessages.isFolder()
            : cliMessages.systemSays(cause.message);
    const message = cliMessages.cannotWrite(reason);
    throw Object.assign(new Error(message.en, { cause }), {
      code: cause.code ?? 'EIO',
      path: file,
      text: message,
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
      throw new UsageError(cliMessages.htmlOnlyForReport());
    default:
      return documents.map((doc) => renderTable(doc, options.color, options.width)).join('\n');
  }
}

export function emit(options: GlobalOptions, documents: readonly Document[], json: unknown): void {
  const text = options.format === 'json' ? toJson(json) : renderDocuments(documents, options);
  if (options.output) writeAtomically(options.output, text);
  else process.stdout.write(text);
}
