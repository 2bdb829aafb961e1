// Whole-euro presentation (--euros): each line rounded once, half away from zero, then made to
// foot to the rounded total by the largest-remainder method. Books are never changed.
import { allocateEuros, roundToEuro } from '../money.js';
export function footToTotal(exact, target) {
    const ids = [...exact.keys()];
    const { rounded, absorbed } = allocateEuros(ids.map((id) => exact.get(id)), target);
    return { rounded: new Map(ids.map((id, index) => [id, rounded[index]])), absorbed: absorbed.map((index) => ids[index]) };
}
export function footToOwnTotal(exact) {
    let total = 0n;
    for (const value of exact.values())
        total += value;
    return footToTotal(exact, roundToEuro(total));
}
export { roundToEuro };
