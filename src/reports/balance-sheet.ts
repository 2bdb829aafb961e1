// The bilan: a spec (statements/) evaluated over closing balances; classes 4 and 5 placed by the
// sign of each account's balance, never netted; the year's result from classes 6 and 7.
import { labels } from '../messages/labels.js';
import { say } from '../messages/text.js';
import { accountClass, accountLabel, type Chart } from '../chart/chart.js';
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import type { ReferenceSet, SheetBlockSpec, SheetLineSpec } from '../statements/layout.js';
import { sheetPlacement } from '../statements/placement.js';
import { footToTotal, roundToEuro } from './euros.js';
import { resultOf } from '../post/positions.js';
import type { Lang } from './statement-line.js';

export interface SheetAccount {
  readonly account: string;
  readonly label: string;
  /** Contribution to the line: for assets, gross (positive) or depreciation (negative). */
  readonly amount: Cents;
  readonly previous: Cents | null;
  readonly depreciation: boolean;
}

export interface SheetLine {
  readonly id: string;
  readonly kind: 'heading' | 'line' | 'subtotal' | 'total';
  readonly label: string;
  readonly side: 'assets' | 'liabilities';
  readonly gross: Cents;
  readonly depreciation: Cents;
  /** Net for assets, the amount for liabilities. */
  readonly amount: Cents;
  readonly previous: Cents | null;
  readonly accounts: readonly SheetAccount[];
  readonly depth: number;
}

export interface BalanceSheet {
  readonly year: number;
  readonly provisionalOpening: boolean;
  readonly assets: {
    readonly lines: readonly SheetLine[];
    readonly total: Cents;
    readonly previousTotal: Cents | null;
  };
  readonly liabilities: {
    readonly lines: readonly SheetLine[];
    readonly total: Cents;
    readonly previousTotal: Cents | null;
  };
  readonly balanced: boolean;
  readonly result: Cents;
  readonly euros: boolean;
  /** Whole-euro presentation: the lines that absorbed a rounding difference. */
  readonly absorbed: readonly string[];
  readonly unplaced: readonly string[];
}

export interface SheetSource {
  readonly balances: Balances;
  /** The balances are opening entries: 120/129 hold the year's result, not a result awaiting allocation. */
  readonly resultOn12: boolean;
}

interface LineValues {
  gross: Cents;
  depreciation: Cents;
  amount: Cents;
  accounts: Map<string, { amount: Cents; depreciation: boolean }>;
}

function placeBalances(set: ReferenceSet, source: SheetSource, unplaced: Set<string>): Map<string, LineValues> {
  const byLine = new Map<string, LineValues>();
  const line = (id: string): LineValues => {
    let values = byLine.get(id);
    if (!values) byLine.set(id, (values = { gross: 0n, depreciation: 0n, amount: 0n, accounts: new Map() }));
    return values;
  };
  for (const [account, totals] of source.balances) {
    const accountClassNumber = accountClass(account);
    if (accountClassNumber < 1 || accountClassNumber > 5) continue;
    const balance = balanceOf(totals);
    if (balance === 0n) continue;
    const toResult = source.resultOn12 && account.startsWith('12');
    const placement = toResult
      ? { lineId: 'passif.resultat', side: 'liabilities' as const, depreciation: false }
      : sheetPlacement(set, account, balance > 0n ? 'debit' : 'credit');
    if (!placement) {
      unplaced.add(account);
      continue;
    }
    const values = line(placement.lineId);
    let contribution: Cents;
    if (placement.side === 'assets' && placement.depreciation) {
      values.depreciation -= balance;
      contribution = balance;
    } else if (placement.side === 'assets') {
      values.gross += balance;
      contribution = balance;
    } else contribution = -balance;
    values.amount += contribution;
    const existing = values.accounts.get(account);
    values.accounts.set(account, {
      amount: (existing?.amount ?? 0n) + contribution,
      depreciation: placement.depreciation,
    });
  }
  if (!source.resultOn12) {
    const values = line('passif.resultat');
    values.amount += resultOf(source.balances);
  }
  return byLine;
}

export interface BalanceSheetInput {
  readonly set: ReferenceSet;
  readonly chart: Chart;
  readonly year: number;
  readonly current: SheetSource;
  readonly previous: SheetSource | undefined;
  readonly provisionalOpening: boolean;
  readonly lang: Lang;
  /** Whole euros: the results as the (rounded) income statement shows them, so both statements agree. */
  readonly euros?: { readonly result: Cents; readonly previousResult: Cents | null };
}

/** Rounds every line to whole euros so that each side foots and the result is the income statement's. */
function roundSheet(
  set: ReferenceSet,
  values: Map<string, LineValues>,
  displayedResult: Cents,
  absorbed: Set<string>,
  carried: ReadonlySet<string>,
): void {
  const leafIds = (side: 'assets' | 'liabilities'): string[] => {
    const ids: string[] = [];
    const walk = (spec: SheetLineSpec): void => {
      if (spec.parts) spec.parts.forEach(walk);
      else ids.push(spec.id);
    };
    set.balanceSheet[side].blocks.forEach((block) => block.lines.forEach(walk));
    return ids;
  };
  const exactOf = (ids: string[]) => new Map(ids.map((id) => [id, values.get(id)?.amount ?? 0n] as const));
  const assetExact = exactOf(leafIds('assets'));
  const liabilityExact = exactOf(leafIds('liabilities').filter((id) => id !== 'passif.resultat'));
  const assetTotal = [...assetExact.values()].reduce((t, v) => t + v, 0n);
  const liabilityTotal =
    [...liabilityExact.values()].reduce((t, v) => t + v, 0n) + (values.get('passif.resultat')?.amount ?? 0n);
  const assetTarget = roundToEuro(assetTotal);
  const liabilityTarget = (assetTotal === liabilityTotal ? assetTarget : roundToEuro(liabilityTotal)) - displayedResult;
  const apply = (exact: Map<string, Cents>, target: Cents): void => {
    const footed = footToTotal(exact, target, carried);
    footed.absorbed.forEach((id) => absorbed.add(id));
    for (const [id, amount] of footed.rounded) {
      const line = values.get(id);
      if (!line) {
        if (amount !== 0n) values.set(id, { gross: amount, depreciation: 0n, amount, accounts: new Map() });
        continue;
      }
      line.depreciation = roundToEuro(line.depreciation);
      line.gross = amount + line.depreciation;
      line.amount = amount;
      for (const [account, value] of line.accounts)
        line.accounts.set(account, { ...value, amount: roundToEuro(value.amount) });
    }
  };
  apply(assetExact, assetTarget);
  apply(liabilityExact, liabilityTarget);
  const result = values.get('passif.resultat');
  if (result) result.amount = displayedResult;
  else if (displayedResult !== 0n)
    values.set('passif.resultat', { gross: 0n, depreciation: 0n, amount: displayedResult, accounts: new Map() });
}

export function balanceSheet(input: BalanceSheetInput): BalanceSheet {
  const { set, chart, year, current, previous, provisionalOpening, lang } = input;
  const unplaced = new Set<string>();
  const now = placeBalances(set, current, unplaced);
  const before = previous ? placeBalances(set, previous, unplaced) : undefined;
  const hasPrevious = previous !== undefined;
  const exactResult = resultOf(current.balances);
  const absorbed = new Set<string>();
  if (input.euros) {
    // A balance carried unchanged from N−1 (report à nouveau with nothing allocated, a loan not
    // repaid) shows the same whole euros in both columns: rounding differences go to other lines.
    const carried = new Set<string>();
    for (const [id, line] of now)
      if (line.amount !== 0n && before?.get(id)?.amount === line.amount && id !== 'passif.resultat') carried.add(id);
    roundSheet(set, now, input.euros.result, absorbed, carried);
    if (before)
      roundSheet(
        set,
        before,
        input.euros.previousResult ?? roundToEuro(before.get('passif.resultat')?.amount ?? 0n),
        absorbed,
        carried,
      );
  }

  const side = (blocks: readonly SheetBlockSpec[], sideName: 'assets' | 'liabilities', totalLabel: string) => {
    const lines: SheetLine[] = [];
    let total = 0n;
    let previousTotal = 0n;
    const evaluate = (
      spec: SheetLineSpec,
      depth: number,
      into: SheetLine[],
    ): { gross: Cents; depreciation: Cents; amount: Cents; previous: Cents; shown: boolean } => {
      if (spec.parts) {
        const parts: SheetLine[] = [];
        const sums = { gross: 0n, depreciation: 0n, amount: 0n, previous: 0n, shown: false };
        for (const part of spec.parts) {
          const values = evaluate(part, depth + 1, parts);
          sums.gross += values.gross;
          sums.depreciation += values.depreciation;
          sums.amount += values.amount;
          sums.previous += values.previous;
          sums.shown ||= values.shown;
        }
        if (sums.shown)
          into.push(
            {
              id: spec.id,
              kind: 'subtotal',
              label: spec.label[lang],
              side: sideName,
              gross: sums.gross,
              depreciation: sums.depreciation,
              amount: sums.amount,
              previous: hasPrevious ? sums.previous : null,
              accounts: [],
              depth,
            },
            ...parts,
          );
        return sums;
      }
      const values = now.get(spec.id);
      const old = before?.get(spec.id);
      const numbers = new Set([...(values?.accounts.keys() ?? []), ...(old?.accounts.keys() ?? [])]);
      const accounts: SheetAccount[] = [...numbers].sort().map((account) => ({
        account,
        label: accountLabel(chart, account),
        amount: values?.accounts.get(account)?.amount ?? 0n,
        previous: hasPrevious ? (old?.accounts.get(account)?.amount ?? 0n) : null,
        depreciation: values?.accounts.get(account)?.depreciation ?? old?.accounts.get(account)?.depreciation ?? false,
      }));
      const amount = values?.amount ?? 0n;
      const previousAmount = old?.amount ?? 0n;
      if (input.euros) {
        const gap = (column: 'amount' | 'previous', shown: Cents) =>
          shown - accounts.reduce((t, a) => t + (a[column] ?? 0n), 0n);
        if (
          accounts.length &&
          (gap('amount', amount) !== 0n || (hasPrevious && gap('previous', previousAmount) !== 0n))
        ) {
          accounts.push({
            account: '',
            label: say(labels.roundingDifference(), lang),
            amount: gap('amount', amount),
            previous: hasPrevious ? gap('previous', previousAmount) : null,
            depreciation: false,
          });
        }
      }
      const shown = amount !== 0n || previousAmount !== 0n || accounts.length > 0;
      if (shown)
        into.push({
          id: spec.id,
          kind: 'line',
          label: spec.label[lang],
          side: sideName,
          gross: values?.gross ?? 0n,
          depreciation: values?.depreciation ?? 0n,
          amount,
          previous: hasPrevious ? previousAmount : null,
          accounts,
          depth,
        });
      return {
        gross: values?.gross ?? 0n,
        depreciation: values?.depreciation ?? 0n,
        amount,
        previous: previousAmount,
        shown,
      };
    };
    for (const block of blocks) {
      const blockLines: SheetLine[] = [];
      const sums = { gross: 0n, depreciation: 0n, amount: 0n, previous: 0n };
      const running = { gross: 0n, depreciation: 0n, amount: 0n, previous: 0n };
      for (const spec of block.lines) {
        const values = evaluate(spec, 0, blockLines);
        for (const key of ['gross', 'depreciation', 'amount', 'previous'] as const) {
          sums[key] += values[key];
          running[key] += values[key];
        }
        if (block.subtotal?.after === spec.id && blockLines.length) {
          blockLines.push({
            id: block.subtotal.id,
            kind: 'subtotal',
            label: block.subtotal.label[lang],
            side: sideName,
            gross: running.gross,
            depreciation: running.depreciation,
            amount: running.amount,
            previous: hasPrevious ? running.previous : null,
            accounts: [],
            depth: 0,
          });
        }
      }
      total += sums.amount;
      previousTotal += sums.previous;
      if (!blockLines.length) continue;
      lines.push({
        id: block.id,
        kind: 'heading',
        label: block.heading[lang],
        side: sideName,
        gross: 0n,
        depreciation: 0n,
        amount: 0n,
        previous: null,
        accounts: [],
        depth: 0,
      });
      lines.push(...blockLines);
      lines.push({
        id: block.total.id,
        kind: 'subtotal',
        label: block.total.label[lang],
        side: sideName,
        gross: sums.gross,
        depreciation: sums.depreciation,
        amount: sums.amount,
        previous: hasPrevious ? sums.previous : null,
        accounts: [],
        depth: 0,
      });
    }
    const totalId = sideName === 'assets' ? 'actif.total' : 'passif.total';
    lines.push({
      id: totalId,
      kind: 'total',
      label: totalLabel,
      side: sideName,
      gross: 0n,
      depreciation: 0n,
      amount: total,
      previous: hasPrevious ? previousTotal : null,
      accounts: [],
      depth: 0,
    });
    return { lines, total, previousTotal: hasPrevious ? previousTotal : null };
  };

  const assets = side(set.balanceSheet.assets.blocks, 'assets', set.balanceSheet.assets.total[lang]);
  // Gross and depreciation totals of the asset side, for the total line.
  const assetTotal = assets.lines.find((line) => line.id === 'actif.total')!;
  const grossTotal = assets.lines.filter((line) => line.kind === 'line').reduce((t, line) => t + line.gross, 0n);
  const depreciationTotal = assets.lines
    .filter((line) => line.kind === 'line')
    .reduce((t, line) => t + line.depreciation, 0n);
  assets.lines[assets.lines.indexOf(assetTotal)] = {
    ...assetTotal,
    gross: grossTotal,
    depreciation: depreciationTotal,
  };
  const liabilities = side(
    set.balanceSheet.liabilities.blocks,
    'liabilities',
    set.balanceSheet.liabilities.total[lang],
  );
  return {
    year,
    provisionalOpening,
    assets,
    liabilities,
    // Balanced is judged on exact amounts, never on rounded ones.
    balanced: input.euros
      ? balanceSheet({ ...input, euros: undefined }).balanced
      : assets.total === liabilities.total && (assets.previousTotal ?? 0n) === (liabilities.previousTotal ?? 0n),
    result: input.euros ? input.euros.result : exactResult,
    euros: !!input.euros,
    absorbed: [...absorbed].map((id) => labelOf(set, id, lang)),
    unplaced: [...unplaced].sort(),
  };
}

function labelOf(set: ReferenceSet, id: string, lang: Lang): string {
  let found: string | undefined;
  const walk = (spec: SheetLineSpec): void => {
    if (spec.id === id) found = spec.label[lang];
    spec.parts?.forEach(walk);
  };
  for (const side of [set.balanceSheet.assets, set.balanceSheet.liabilities])
    side.blocks.forEach((block) => block.lines.forEach(walk));
  return found ?? id;
}
