// receipts (recus): the tax receipts of a calendar year's gifts (cerfa 11580), numbered once and for
// all in receipts/<Y>.csv, and the yearly summary (article 222 bis of the CGI).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../../diagnostics.js';
import { receiptMessages as m } from '../../messages/receipts.js';
import { say } from '../../messages/text.js';
import type { Entry } from '../../model.js';
import { readReceiptsConfig } from '../../receipts/config.js';
import { readDonors } from '../../receipts/donors.js';
import { isEligible, yearGifts } from '../../receipts/gifts.js';
import { receiptableTotals, receiptsReport } from '../../receipts/receipts.js';
import { numberReceipts, readRegister, registerCsv } from '../../receipts/register.js';
import { toJson } from '../../render/json.js';
import { receiptsDocument, receiptsJson, receiptsSummaryDocument } from '../../render/receipts.js';
import { renderReceiptsHtml } from '../../render/receipts-html.js';
import { todayIso } from '../clock.js';
import { loadChecked, loadLedger, printDiagnostics } from '../context.js';
import { renderDocuments, writeAtomically } from '../output.js';
import type { GlobalOptions } from '../options.js';

export interface ReceiptsCommandOptions {
  readonly summary: boolean;
}

export function runReceipts(options: GlobalOptions, command: ReceiptsCommandOptions): number {
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const dir = options.ledger;
  const configFile = join(dir, 'asso.json');
  const { config, diagnostics: configProblems } = readReceiptsConfig(configFile);
  if (!config) {
    printDiagnostics(configProblems, (text) => options.io.stderr.write(text), false, options.messages);
    return 1;
  }
  const entries: Entry[] = [];
  loadLedger(options, (entry) => {
    if (entry.postings.some((p) => isEligible(p.account, config.accounts))) entries.push(entry);
  });
  // The calendar year of the gifts: --year, else the latest year with a gift.
  const year = options.year ?? Math.max(0, ...entries.map((e) => Number.parseInt(e.date.slice(0, 4), 10)));
  const { gifts, diagnostics: giftProblems } = yearGifts(entries, year, config.accounts);
  const donorsFile = join(dir, 'donors.csv');
  const { donors, diagnostics: donorProblems } = readDonors(donorsFile);
  const { totals, diagnostics: unknown } = receiptableTotals(gifts, donors, 'donors.csv');
  const held = new Set(gifts.byDonor.map((d) => d.donor).filter((donor) => !totals.some((t) => t.donor === donor)));
  const registerFile = join(dir, 'receipts', `${year}.csv`);
  const register = readRegister(registerFile);
  const diagnostics: Diagnostic[] = sortDiagnostics([
    ...giftProblems,
    ...donorProblems,
    ...unknown,
    ...register.diagnostics,
  ]);
  printDiagnostics(diagnostics, (text) => options.io.stderr.write(text), false, options.messages);
  if (register.diagnostics.length) return 1;
  const numbered = numberReceipts(register.rows, totals, year, todayIso(options.io.env), held);
  if (numbered.changed) {
    mkdirSync(join(dir, 'receipts'), { recursive: true });
    writeAtomically(registerFile, registerCsv(numbered.rows));
    const written = m.written(numbered.issued, numbered.cancelled, join('receipts', `${year}.csv`));
    options.io.stderr.write(`asso: ${say(written, options.messages)}\n`);
  }
  const report = receiptsReport({
    year,
    association: { name: loaded.folder.config.name, siren: loaded.folder.config.siren },
    config,
    gifts,
    donors,
    register: numbered.rows,
  });
  if (report.anonymous.length)
    options.io.stderr.write(
      `asso: ${say(
        m.anonymous(
          report.anonymous.length,
          report.anonymous.reduce((s, g) => s + g.amount, 0n),
        ),
        options.messages,
      )}\n`,
    );
  let text: string;
  if (options.format === 'json') text = toJson(receiptsJson(report, dir, command.summary));
  else if (options.format === 'html' && !command.summary) text = renderReceiptsHtml(report);
  else
    text = renderDocuments(
      [command.summary ? receiptsSummaryDocument(report, options.lang) : receiptsDocument(report, options.lang)],
      { ...options, format: options.format === 'html' ? 'table' : options.format },
    );
  if (options.output) writeAtomically(options.output, text);
  else options.io.stdout.write(text);
  return hasErrors(diagnostics) ? 1 : 0;
}
