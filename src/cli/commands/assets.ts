// assets (immobilisations): the fixed-asset register and depreciation schedule of a fiscal year;
// --book writes the year's depreciation entries to journal/<Y>-depreciation.csv (rewritten whole).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readAssets } from '../../assets/asset.js';
import { depreciationCsv, depreciationRows } from '../../assets/entries.js';
import { ASSETS_FILE, depreciationFileOf } from '../../assets/ledger-check.js';
import { assetRegister } from '../../assets/register.js';
import { assetMessages as m } from '../../messages/assets.js';
import { say } from '../../messages/text.js';
import { assetRegisterDocument, assetRegisterJson, bookedDocument } from '../../render/assets.js';
import { toJson } from '../../render/json.js';
import { UsageError } from '../../usage-error.js';
import { loadChecked } from '../context.js';
import { emit, writeAtomically } from '../output.js';
import type { GlobalOptions } from '../options.js';

export interface AssetsCommandOptions {
  readonly book: boolean;
}

export function runAssets(options: GlobalOptions, command: AssetsCommandOptions): number {
  const file = join(options.ledger, ASSETS_FILE);
  if (!existsSync(file)) throw new UsageError(m.noAssets());
  const loaded = loadChecked(options);
  if (!loaded) return 1;
  const { assets } = readAssets(file);
  const year = loaded.year;
  const firstBookYear = Math.min(...loaded.books.years.keys());
  const register = assetRegister(assets, loaded.books.calendar, year, firstBookYear);
  if (!command.book) {
    emit(options, [assetRegisterDocument(register, options.lang)], assetRegisterJson(register));
    return 0;
  }
  if (loaded.seals.has(year)) {
    options.io.stderr.write(`asso: ${say(m.sealed(year), options.messages)}\n`);
    return 1;
  }
  const rows = depreciationRows(register, loaded.setFor(year).id);
  const target = join('journal', depreciationFileOf(year));
  writeAtomically(join(options.ledger, target), depreciationCsv(rows));
  const entries = new Set(rows.map((row) => row.piece)).size;
  options.io.stderr.write(
    `asso: ${say(m.booked(target, entries, register.total.depreciationYear), options.messages)}\n`,
  );
  if (options.format === 'json') options.io.stdout.write(toJson({ ...assetRegisterJson(register), file: target }));
  else emit(options, [bookedDocument(year, rows, options.lang)], undefined);
  return 0;
}
