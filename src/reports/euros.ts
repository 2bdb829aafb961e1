// Whole-euro presentation (--euros): each line rounded once, half away from zero, then made to
// foot to the rounded total by the largest-remainder method. Books are never changed.
import { allocateEuros, roundToEuro, type Cents } from '../money.js';

export interface Footed {
  readonly rounded: Map<string, Cents>;
  /** Lines whose whole-euro figure differs from their own rounding, to foot. */
  readonly absorbed: string[];
}

/** `exact` rounded to whole euros adding up to `target`; the ids of `fixed` absorb no difference while another can. */
export function footToTotal(
  exact: ReadonlyMap<string, Cents>,
  target: Cents,
  fixed: ReadonlySet<string> = new Set(),
): Footed {
  const ids = [...exact.keys()];
  const { rounded, absorbed } = allocateEuros(
    ids.map((id) => exact.get(id)!),
    target,
    ids.map((id) => fixed.has(id)),
  );
  return {
    rounded: new Map(ids.map((id, index) => [id, rounded[index]!])),
    absorbed: absorbed.map((index) => ids[index]!),
  };
}

export function footToOwnTotal(exact: ReadonlyMap<string, Cents>): Footed {
  let total = 0n;
  for (const value of exact.values()) total += value;
  return footToTotal(exact, roundToEuro(total));
}

export { roundToEuro };
