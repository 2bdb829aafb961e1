// The next piece number of a journal in a fiscal year: the numbering the journal already follows
// (`BQ-010` → `BQ-011`, `2025-BQ-0007` → `2025-BQ-0008`), else `<journal>-001`.

/**
 * `pieces`: the pieces of the journal in that fiscal year; `ignore`: pieces of another series
 * (the recurring entries' `<name>-<yyyy-mm>`), left out of the numbering.
 */
export function nextPiece(
  journal: string,
  pieces: Iterable<string>,
  ignore: (piece: string) => boolean = () => false,
  previous?: { readonly year: number; readonly pieces: Iterable<string> },
): string {
  const series = bestSeries(journal, pieces, ignore);
  if (series) return `${series.prefix}${(series.last + 1n).toString().padStart(series.width, '0')}`;
  // A new year of a series that names its year (BQ-2011-042): BQ-2012-001.
  const before = previous && bestSeries(journal, previous.pieces, ignore);
  if (before?.prefix.includes(String(previous!.year)))
    return `${before.prefix.replace(String(previous!.year), String(previous!.year + 1))}${'1'.padStart(before.width, '0')}`;
  return `${journal}-001`;
}

function bestSeries(
  journal: string,
  pieces: Iterable<string>,
  ignore: (piece: string) => boolean,
): { prefix: string; last: bigint; width: number } | undefined {
  // Pieces ending in a number, grouped by what comes before it; the series followed is the one
  // starting with the journal's code, else the longest.
  const series = new Map<string, { count: number; last: bigint; width: number }>();
  for (const piece of pieces) {
    if (ignore(piece)) continue;
    const match = /^(.*?)(\d+)$/.exec(piece);
    if (!match) continue;
    const prefix = match[1]!;
    const number = BigInt(match[2]!);
    const found = series.get(prefix) ?? { count: 0, last: -1n, width: 0 };
    found.count += 1;
    if (number > found.last) {
      found.last = number;
      found.width = match[2]!.length;
    }
    series.set(prefix, found);
  }
  let best: [string, { count: number; last: bigint; width: number }] | undefined;
  const rank = ([prefix, found]: [string, { count: number }]) => [
    prefix.toUpperCase().startsWith(journal.toUpperCase()) || prefix === '' ? 1 : 0,
    found.count,
  ];
  for (const candidate of series) {
    if (!best) best = candidate;
    else {
      const [a, b] = [rank(candidate), rank(best)];
      if (a[0]! > b[0]! || (a[0] === b[0] && a[1]! > b[1]!)) best = candidate;
    }
  }
  if (!best) return undefined;
  const [prefix, { last, width }] = best;
  return { prefix, last, width };
}
