// Versioned reference sets: the chart and both statement layouts, keyed by the start of the fiscal
// year (shared/domain/README.md §0): pca-2018 for years opened before 1 Jan 2025, pca-2025 from then
// on. `asso.json` "reference" pins one set for every year (e.g. early application of 2025).
import { builtinChart, withOwnAccounts, type Account, type Chart } from '../chart/chart.js';
import { carryMap, type AccountChange, type RemapMap } from '../chart/changes.js';
import { PCA2025_CHANGES } from '../chart/pca2025-data.js';
import { yearStart, type FiscalCalendar } from '../fiscal.js';
import type { ReferenceSet } from './layout.js';
import { PCA2018 } from './pca2018.js';
import { PCA2025 } from './pca2025.js';

export interface ReferenceSetEntry {
  readonly set: ReferenceSet;
  /** The first fiscal-year start date (YYYY-MM-DD) the set applies to. */
  readonly from: string;
  /** The changes from the set before it (empty for the first). */
  readonly changes: readonly AccountChange[];
}

/** In order of `from`. */
export const REFERENCE_SETS: readonly ReferenceSetEntry[] = [
  { set: PCA2018, from: '0000-01-01', changes: [] },
  { set: PCA2025, from: '2025-01-01', changes: PCA2025_CHANGES },
];

export function referenceSetById(id: string): ReferenceSet {
  const found = REFERENCE_SETS.find((entry) => entry.set.id === id);
  if (!found) throw new Error(`no reference set "${id}"`);
  return found.set;
}

/** The set of a fiscal year: the pinned one, else the last whose start is on or before the year's start. */
export function referenceSetFor(
  config: { readonly reference?: string; readonly calendar: FiscalCalendar },
  year: number,
): ReferenceSet {
  if (config.reference) return referenceSetById(config.reference);
  const start = yearStart(config.calendar, year);
  let chosen = REFERENCE_SETS[0]!;
  for (const entry of REFERENCE_SETS) if (entry.from <= start) chosen = entry;
  return chosen.set;
}

/** The changes a set made to the set before it. */
export function changesInto(set: ReferenceSet): readonly AccountChange[] {
  return REFERENCE_SETS.find((entry) => entry.set === set)?.changes ?? [];
}

/**
 * The map that carries balances kept on the chart of `from` to the chart of `to` (opening entries,
 * N−1 column); undefined when the sets are the same (nothing to carry). Only a step forward is known.
 */
export function carryMapBetween(from: ReferenceSet, to: ReferenceSet): RemapMap | undefined {
  if (from === to) return undefined;
  const fromIndex = REFERENCE_SETS.findIndex((entry) => entry.set === from);
  const toIndex = REFERENCE_SETS.findIndex((entry) => entry.set === to);
  if (toIndex !== fromIndex + 1) return undefined;
  return carryMap(REFERENCE_SETS[toIndex]!.changes);
}

const charts = new WeakMap<readonly Account[], Map<string, Chart>>();

/** The chart of a set: its built-in accounts and the association's own (accounts.csv), for labels and listings. */
export function chartOfSet(set: ReferenceSet, own: readonly Account[]): Chart {
  let bySet = charts.get(own);
  if (!bySet) charts.set(own, (bySet = new Map()));
  let chart = bySet.get(set.id);
  if (!chart) bySet.set(set.id, (chart = withOwnAccounts(builtinChart(set.id), own)));
  return chart;
}
