// Where an account lands: the longest listed prefix wins; classes 4 and 5 by the sign of the
// account's balance. Indexes are built once per reference set.
import { accountClass } from '../chart/chart.js';
import type { BalanceSign, IncomeBlockSpec, ReferenceSet, SheetLineSpec } from './layout.js';

export interface IncomePlacement {
  readonly lineId: string;
  readonly blockId: string;
  readonly side: 'income' | 'expenses';
  readonly inKind: boolean;
  readonly prefix: string;
}
export interface SheetPlacementResult {
  readonly lineId: string;
  readonly side: 'assets' | 'liabilities';
  readonly depreciation: boolean;
  readonly prefix: string;
}

interface Indexes {
  income: Map<string, IncomePlacement>;
  sheet: Map<string, Partial<Record<BalanceSign, SheetPlacementResult>>>;
}

const cache = new WeakMap<ReferenceSet, Indexes>();

function indexes(set: ReferenceSet): Indexes {
  let built = cache.get(set);
  if (built) return built;
  const income = new Map<string, IncomePlacement>();
  const addBlock = (block: IncomeBlockSpec, inKind: boolean): void => {
    for (const line of block.lines)
      for (const prefix of line.prefixes) {
        if (income.has(prefix)) throw new Error(`layout ${set.id}: prefix ${prefix} listed twice`);
        income.set(prefix, { lineId: line.id, blockId: block.id, side: block.side, inKind, prefix });
      }
  };
  for (const item of set.incomeStatement.items) if ('block' in item) addBlock(item.block, false);
  addBlock(set.incomeStatement.inKind.resources, true);
  addBlock(set.incomeStatement.inKind.uses, true);

  const sheet = new Map<string, Partial<Record<BalanceSign, SheetPlacementResult>>>();
  const addLine = (line: SheetLineSpec, side: 'assets' | 'liabilities'): void => {
    for (const part of line.parts ?? []) addLine(part, side);
    for (const placement of line.placements)
      for (const prefix of placement.prefixes) {
        const entry = sheet.get(prefix) ?? {};
        const sign = placement.sign ?? 'any';
        if (entry[sign]) throw new Error(`layout ${set.id}: prefix ${prefix} (${sign}) listed twice`);
        entry[sign] = { lineId: line.id, side, depreciation: placement.depreciation ?? false, prefix };
        sheet.set(prefix, entry);
      }
  };
  for (const block of set.balanceSheet.assets.blocks) for (const line of block.lines) addLine(line, 'assets');
  for (const block of set.balanceSheet.liabilities.blocks) for (const line of block.lines) addLine(line, 'liabilities');
  built = { income, sheet };
  cache.set(set, built);
  return built;
}

/** The income-statement line of an account of classes 6, 7 or 8 (86/87). */
export function incomePlacement(set: ReferenceSet, account: string): IncomePlacement | undefined {
  const { income } = indexes(set);
  for (let length = account.length; length >= 2; length -= 1) {
    const found = income.get(account.slice(0, length));
    if (found) return found;
  }
  return undefined;
}

/** The balance-sheet line of an account of classes 1 to 5 holding a balance of the given sign. */
export function sheetPlacement(
  set: ReferenceSet,
  account: string,
  sign: 'debit' | 'credit',
): SheetPlacementResult | undefined {
  const { sheet } = indexes(set);
  for (let length = account.length; length >= 1; length -= 1) {
    const entry = sheet.get(account.slice(0, length));
    const found = entry?.[sign] ?? entry?.any;
    if (found) return found;
  }
  return undefined;
}

/** Classes 4 and 5 are placed by sign; other balance-sheet classes have one line whatever the sign. */
export function placedBySign(account: string): boolean {
  const accountClassNumber = accountClass(account);
  return accountClassNumber === 4 || accountClassNumber === 5;
}

/** The parent listed in `ambiguousParents` that an account lands on through, if any (check warns). */
export function ambiguousParentOf(set: ReferenceSet, account: string): string | undefined {
  for (const parent of set.ambiguousParents.keys()) {
    if (!account.startsWith(parent)) continue;
    const placement =
      accountClass(account) <= 5 ? sheetPlacement(set, account, 'credit') : incomePlacement(set, account);
    if (placement?.prefix === parent) return parent;
  }
  return undefined;
}
