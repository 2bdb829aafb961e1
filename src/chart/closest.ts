// The declared accounts closest to a number that is not declared (a typo: 62570 for 625700).
import type { Chart } from './chart.js';

/** Edit distance with transpositions (optimal string alignment) between two short digit strings. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/** Up to three accounts of the association (accounts.csv) one or two edits away from `number`, closest first. */
export function closestAccounts(chart: Chart, number: string): { number: string; label: string }[] {
  return [...chart.accounts.values()]
    .filter((account) => !account.builtin && account.number !== number)
    .map((account) => ({ account, distance: editDistance(account.number, number) }))
    .filter(({ distance }) => distance <= 2)
    .sort((a, b) => a.distance - b.distance || (a.account.number < b.account.number ? -1 : 1))
    .slice(0, 3)
    .map(({ account }) => ({ number: account.number, label: account.label }));
}
