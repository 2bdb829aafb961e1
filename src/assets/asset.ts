// assets.csv: the fixed-asset register, one asset a row:
// id,account,label,acquired,cost,years[,in_service,prior_depreciation,disposed,proceeds,amortization_account,subsidy]
import { existsSync, readFileSync } from 'node:fs';
import { error, type Diagnostic } from '../diagnostics.js';
import { assetMessages as m } from '../messages/assets.js';
import type { Cents } from '../money.js';
import { parseAmount, settlingMark, type DecimalMark } from '../read/amount.js';
import { normalizeName } from '../read/columns.js';
import { isBlankRecord, readCsv } from '../read/csv.js';
import { parseDate } from '../date.js';

export interface Asset {
  readonly id: string;
  readonly account: string;
  readonly label: string;
  readonly acquired: string;
  /** The day depreciation starts: in_service, else acquired. */
  readonly start: string;
  readonly cost: Cents;
  /** 0: not depreciated (land). */
  readonly years: number;
  /** Depreciation booked before the first year of these books (an asset bought earlier). */
  readonly prior: Cents;
  readonly disposed?: string;
  readonly proceeds?: Cents;
  /** 28x: given, else 28 and the digits after the asset account's leading 2, cut to its length. */
  readonly depreciationAccount: string;
  /** The investment subsidy that financed it (131), released to the result as it depreciates. */
  readonly subsidy: Cents;
  readonly file: string;
  readonly line: number;
}

const COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  code: 'id',
  account: 'account',
  compte: 'account',
  label: 'label',
  libelle: 'label',
  acquired: 'acquired',
  dateacquisition: 'acquired',
  acquisition: 'acquired',
  cost: 'cost',
  cout: 'cost',
  valeur: 'cost',
  years: 'years',
  duree: 'years',
  ans: 'years',
  inservice: 'in_service',
  miseenservice: 'in_service',
  priordepreciation: 'prior_depreciation',
  amortissementsanterieurs: 'prior_depreciation',
  disposed: 'disposed',
  cession: 'disposed',
  sortie: 'disposed',
  proceeds: 'proceeds',
  prixdecession: 'proceeds',
  amortizationaccount: 'amortization_account',
  compteamortissement: 'amortization_account',
  subsidy: 'subsidy',
  subvention: 'subsidy',
};

const REQUIRED = ['id', 'account', 'label', 'acquired', 'cost', 'years'] as const;

/** Accounts that are not depreciable fixed assets: work in progress (23), financial assets (26, 27). */
const NOT_DEPRECIABLE = ['23', '26', '27', '28', '29'];

/** The 28x account of an asset account: 218300 → 281830. */
export function depreciationAccountOf(account: string): string {
  return `28${account.slice(1)}`.slice(0, Math.max(account.length, 4));
}

export function readAssets(file: string): { assets: Asset[]; diagnostics: Diagnostic[] } {
  const assets: Asset[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(file)) return { assets, diagnostics };
  const bytes = readFileSync(file);
  const rows: { line: number; fields: readonly string[] }[] = [];
  const read = readCsv(
    bytes,
    (row) => {
      if (!isBlankRecord(row.fields)) rows.push(row);
    },
    (problem) => diagnostics.push(error('bad-asset', problem.message, { file, line: problem.line })),
  );
  if ('problem' in read) {
    diagnostics.push(error('bad-asset', read.problem.message, { file, line: read.problem.line }));
    return { assets, diagnostics };
  }
  const [header, ...body] = rows;
  if (!header) return { assets, diagnostics };
  const index: Record<string, number> = {};
  header.fields.forEach((name, position) => {
    const column = COLUMNS[normalizeName(name)];
    if (column && index[column] === undefined) index[column] = position;
  });
  const missing = REQUIRED.filter((column) => index[column] === undefined);
  if (missing.length) {
    diagnostics.push(error('bad-asset', m.missingColumns(missing.join(', ')), { file, line: header.line }));
    return { assets, diagnostics };
  }
  // The decimal mark, settled once for the file as for a journal (a ; file with none settled: the comma).
  let mark: DecimalMark = read.file.delimiter === ';' ? ',' : '.';
  for (const row of body)
    for (const column of ['cost', 'prior_depreciation', 'proceeds', 'subsidy']) {
      const settled = index[column] === undefined ? undefined : settlingMark(row.fields[index[column]!] ?? '');
      if (settled) mark = settled;
    }
  const ids = new Map<string, number>();
  for (const row of body) {
    const cell = (column: string): string =>
      index[column] === undefined ? '' : (row.fields[index[column]!] ?? '').trim();
    const where = { file, line: row.line };
    const problems: string[] = [];
    const problem = (message: ReturnType<typeof m.missing>) => {
      diagnostics.push(error('bad-asset', message, where));
      problems.push('x');
    };
    const id = cell('id');
    const account = cell('account');
    if (!id) problem(m.missing('id'));
    else if (ids.has(id)) problem(m.duplicateId(id, ids.get(id)!));
    else ids.set(id, row.line);
    if (!/^2[0-9]{2,}$/.test(account)) problem(m.notFixedAsset(account));
    else if (NOT_DEPRECIABLE.some((prefix) => account.startsWith(prefix))) problem(m.notDepreciable(account));
    const date = (column: string, required: boolean): string | undefined => {
      const text = cell(column);
      if (!text) {
        if (required) problem(m.missing(column));
        return undefined;
      }
      const parsed = parseDate(text);
      if (!parsed.ok) {
        problem(m.badDate(column, text));
        return undefined;
      }
      return parsed.date;
    };
    const money = (column: string, required: boolean): Cents | undefined => {
      const text = cell(column);
      if (!text) {
        if (required) problem(m.missing(column));
        return undefined;
      }
      const parsed = parseAmount(text, mark);
      if (!parsed.ok) {
        problem(m.badAmount(column, text, parsed.code === 'too-many-decimals'));
        return undefined;
      }
      if (parsed.cents < 0n) {
        problem(m.negative(column, text));
        return undefined;
      }
      return parsed.cents;
    };
    const acquired = date('acquired', true);
    const inService = date('in_service', false);
    const disposed = date('disposed', false);
    const cost = money('cost', true);
    const prior = money('prior_depreciation', false) ?? 0n;
    const proceeds = money('proceeds', false);
    const subsidy = money('subsidy', false) ?? 0n;
    const yearsText = cell('years');
    const years = /^\d{1,3}$/.test(yearsText) ? Number.parseInt(yearsText, 10) : undefined;
    if (years === undefined) problem(m.badYears(yearsText));
    else if (years === 0 && /^2[0-2]/.test(account) && !account.startsWith('211')) problem(m.zeroYears(account));
    else if (years > 0 && account.startsWith('211')) problem(m.landDepreciated(account));
    if (acquired && disposed && disposed < acquired) problem(m.disposedBeforeAcquired(disposed, acquired));
    if (acquired && inService && inService < acquired) problem(m.inServiceBeforeAcquired(inService, acquired));
    if (cost !== undefined && prior > cost) problem(m.priorOverCost());
    if (cost !== undefined && subsidy > cost) problem(m.subsidyOverCost());
    const amortization = cell('amortization_account');
    if (amortization && !/^28\d{1,}$/.test(amortization)) problem(m.badDepreciationAccount(amortization));
    if (problems.length || !acquired || cost === undefined || years === undefined) continue;
    assets.push({
      id,
      account,
      label: cell('label'),
      acquired,
      start: inService ?? acquired,
      cost,
      years,
      prior,
      disposed,
      proceeds,
      depreciationAccount: amortization || depreciationAccountOf(account),
      subsidy,
      file,
      line: row.line,
    });
  }
  return { assets, diagnostics };
}
