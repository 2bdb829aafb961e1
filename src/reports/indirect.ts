// The indirect charges allocated to each project: the charges without a project (class 6 postings
// with an empty analytic column, the "pool") shared out by the key projects.csv declares:
//   none     nothing;
//   share    the declared share of the pool (0.25 → a quarter);
//   charges  what the declared shares leave of the pool, prorata of the project's direct charges
//            over all the projects' direct charges.
// Exact integer quotients: every project's exact amount is a fraction of a common denominator; the
// total is rounded once to the cent (half up) and shared by largest remainders, so each amount is
// its exact value rounded down or up and the amounts add up to the rounded total exactly. Pure.
import { accountClass } from '../chart/chart.js';
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import { SHARE_SCALE, type AllocationKey } from '../read/projects.js';
import { NO_PROJECT } from './projects.js';

export interface ProjectKey {
  readonly key: AllocationKey;
  /** Millionths of the pool, for the key share. */
  readonly share: bigint;
}

export interface IndirectAllocation {
  /** The charges without a project (class 6, net debit). */
  readonly pool: Cents;
  /** Each project's direct charges (class 6, net debit), by code. */
  readonly direct: ReadonlyMap<string, Cents>;
  /** The indirect charges allocated to each project, by code (0 for the key none). */
  readonly allocated: ReadonlyMap<string, Cents>;
  /** What stays without a project: the pool less the amounts allocated. */
  readonly rest: Cents;
}

/** Net class 6 charges (debit − credit) of a project's balances. */
export function chargesOf(balances: Balances | undefined): Cents {
  let total = 0n;
  for (const [account, totals] of balances ?? []) if (accountClass(account) === 6) total += balanceOf(totals);
  return total;
}

const positive = (cents: Cents): Cents => (cents > 0n ? cents : 0n);

/**
 * Allocates the pool of `byProject` (balances by project code, NO_PROJECT the pool) to the
 * projects: those of `keys` by their key, any other project none. Nothing is allocated from a
 * pool that is not a charge (zero or a net credit); negative direct charges weigh nothing.
 */
export function allocateIndirect(
  byProject: ReadonlyMap<string, Balances>,
  keys: ReadonlyMap<string, ProjectKey>,
): IndirectAllocation {
  const codes = [...new Set([...byProject.keys(), ...keys.keys()])].filter((code) => code !== NO_PROJECT).sort();
  const direct = new Map(codes.map((code) => [code, chargesOf(byProject.get(code))]));
  const pool = chargesOf(byProject.get(NO_PROJECT));
  const keyOf = (code: string): ProjectKey => keys.get(code) ?? { key: 'none', share: 0n };
  const allDirect = codes.reduce((sum, code) => sum + positive(direct.get(code)!), 0n);
  const shares = codes.reduce((sum, code) => sum + (keyOf(code).key === 'share' ? keyOf(code).share : 0n), 0n);
  const left = shares < SHARE_SCALE ? SHARE_SCALE - shares : 0n;
  // amount = pool × share / SCALE, or pool × left / SCALE × direct / allDirect: over SCALE × allDirect.
  const over = allDirect > 0n ? allDirect : 1n;
  const denominator = SHARE_SCALE * over;
  const numerators = codes.map((code) => {
    if (pool <= 0n) return 0n;
    const { key, share } = keyOf(code);
    if (key === 'share') return pool * share * over;
    if (key === 'charges' && allDirect > 0n) return pool * left * positive(direct.get(code)!);
    return 0n;
  });
  const exactTotal = numerators.reduce((a, b) => a + b, 0n);
  const total = (2n * exactTotal + denominator) / (2n * denominator);
  const parts = numerators.map((n) => n / denominator);
  let missing = total - parts.reduce((a, b) => a + b, 0n);
  const order = numerators
    .map((n, index) => ({ index, remainder: n % denominator }))
    .filter((entry) => entry.remainder > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (missing <= 0n) break;
    parts[index] = parts[index]! + 1n;
    missing -= 1n;
  }
  const allocated = new Map(codes.map((code, index) => [code, parts[index]!]));
  return { pool, direct, allocated, rest: pool - total };
}
