// The values the budget report is made of: a budget figure beside its actual, the budget and
// unbudgeted lines, and the display lines of a layout.
import { ratioString } from '../money.js';
export function compare(budget, actual) {
    return {
        budget, actual,
        variance: actual === null ? null : actual - (budget ?? 0n),
        ratio: actual === null || budget === null ? null : ratioString(actual, budget),
    };
}
