// Money: exact amounts. An amount is a bigint number of cents, exact at any size, from the
// reader to the renderers (JSON writes it as a decimal string with two decimals). No amount is
// ever a JavaScript floating-point number.
//
// Where arithmetic goes beyond adding cents, two tools, each where it fits:
// - one division of two amounts, rounded once (a budget's actual ÷ budget and its --fail-over
//   percentage, the report's shares and months of expenses, spreading a budget over months by
//   largest remainder, whole-euro footing): exact integer arithmetic on the cents, with the
//   rounding written out (half away from zero) — `ratioString`, `distributeCents`,
//   `roundToEuro` below. A decimal library would add nothing to a single exact quotient.
// - computations that chain non-integer factors before rounding (the depreciation prorata by
//   days of src/assets/schedule.ts): decimal.js, with a precision that never rounds
//   implicitly, rounded to the cent once at the end.

export type Cents = bigint;

/** "1234.56" / "-0.05": the canonical decimal string of an amount of cents. */
export function centsToString(cents: Cents): string {
  // Below 2^53 cents (every amount but the huge), from a number: exact, and cheaper than a bigint's
  // digits, division and padding (close prints every posting of the year this way).
  if (cents >= -SAFE_CENTS && cents <= SAFE_CENTS) {
    const value = Number(cents);
    const units = value < 0 ? -value : value;
    const hundredths = units % 100;
    const text = String((units - hundredths) / 100) + DECIMALS[hundredths]!;
    return value < 0 ? `-${text}` : text;
  }
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString();
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);
const DECIMALS = Array.from({ length: 100 }, (_, hundredths) => `.${String(hundredths).padStart(2, '0')}`);

/** Parses a canonical amount ("-12.5", "100", "0.07") into cents; null when not of that form. */
export function parseCanonical(text: string): Cents | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0') || '0');
  return match[1] ? -cents : cents;
}

/** Rounds cents to whole euros, half away from zero (tax rounding), result in cents. */
export function roundToEuro(cents: Cents): Cents {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const euros = (abs + 50n) / 100n;
  return (negative ? -euros : euros) * 100n;
}

/**
 * Cents as the reader hands them on, for the scan's hot loops: a safe integer, or a bigint when
 * beyond 2^53 (the fast reader never gives one; the reference reader may). Never a fraction.
 */
export type RowCents = number | Cents;

/** An amount as a row carries it: a number when exact, else the bigint. */
export function rowCents(cents: Cents): RowCents {
  const n = Number(cents);
  return Number.isSafeInteger(n) ? n : cents;
}

/** The bigint of an amount a row carries. */
export function toCents(value: RowCents): Cents {
  return typeof value === 'bigint' ? value : BigInt(value);
}

const TALLY_LIMIT = 2 ** 52;

/**
 * A running sum of cents for hot loops: kept in a safe integer while every partial sum is
 * exact (below 2^52 in size), carried over to a bigint beyond, so that it is always exact.
 */
export class CentsTally {
  private small = 0;
  private big = 0n;
  add(cents: RowCents): void {
    if (typeof cents === 'number') {
      // A safe integer: the sum is exact while it stays below 2^53, and it is kept below 2^52.
      const sum = this.small + cents;
      if (sum <= TALLY_LIMIT && sum >= -TALLY_LIMIT) this.small = sum;
      else this.big += BigInt(cents);
      return;
    }
    const n = Number(cents);
    const sum = this.small + n;
    if (Number.isSafeInteger(n) && sum <= TALLY_LIMIT && sum >= -TALLY_LIMIT) this.small = sum;
    else this.big += cents;
  }
  subtract(cents: RowCents): void {
    if (typeof cents === 'number') {
      const sum = this.small - cents;
      if (sum <= TALLY_LIMIT && sum >= -TALLY_LIMIT) this.small = sum;
      else this.big -= BigInt(cents);
      return;
    }
    const n = Number(cents);
    const sum = this.small - n;
    if (Number.isSafeInteger(n) && sum <= TALLY_LIMIT && sum >= -TALLY_LIMIT) this.small = sum;
    else this.big -= cents;
  }
  get value(): Cents {
    return this.big + BigInt(this.small);
  }
  equals(other: CentsTally): boolean {
    return this.big === 0n && other.big === 0n ? this.small === other.small : this.value === other.value;
  }
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

export function absCents(value: Cents): Cents {
  return value < 0n ? -value : value;
}

/**
 * Rounds `exact` values (cents) to whole euros so that they add up to `target` (whole euros in
 * cents): each is rounded half away from zero, then the difference is handed out one euro at a
 * time to the values whose rounding moved them furthest from the needed direction (largest
 * remainder), never to a `fixed` value while another can take it. Returns the rounded values and
 * the indexes that absorbed a difference.
 */
export function allocateEuros(
  exact: readonly Cents[],
  target: Cents,
  /** Values that must not absorb a difference (a balance carried unchanged from the year before), unless all are. */
  fixed: readonly boolean[] = [],
): { rounded: Cents[]; absorbed: number[] } {
  const rounded = exact.map(roundToEuro);
  let gap = target - sumCents(rounded);
  const absorbed: number[] = [];
  if (gap === 0n || exact.length === 0) return { rounded, absorbed };
  const step = gap > 0n ? 100n : -100n;
  // Remainder in the needed direction: how much the exact value exceeds (or falls short of) its rounded value.
  const order = exact
    .map((value, index) => ({
      index,
      remainder: (value - rounded[index]!) * (step > 0n ? 1n : -1n),
      size: absCents(value),
    }))
    .filter(({ index }, _, all) =>
      all.some((other) => !fixed[other.index] && exact[other.index] !== 0n)
        ? !fixed[index] && exact[index] !== 0n
        : true,
    )
    .sort((a, b) =>
      a.remainder === b.remainder
        ? a.size === b.size
          ? a.index - b.index
          : a.size > b.size
            ? -1
            : 1
        : a.remainder > b.remainder
          ? -1
          : 1,
    );
  let turn = 0;
  while (gap !== 0n) {
    const { index } = order[turn % order.length]!;
    rounded[index] = rounded[index]! + step;
    gap -= step;
    if (!absorbed.includes(index)) absorbed.push(index);
    turn += 1;
  }
  return { rounded, absorbed };
}

/**
 * Splits `total` cents into parts proportional to `weights` (non-negative, not all zero; all
 * equal for an even spread) so that the parts add up to `total` exactly: each part is the
 * truncated share, then the cents left over go one at a time to the largest remainders (ties:
 * the earlier part first).
 */
export function distributeCents(total: Cents, weights: readonly Cents[]): Cents[] {
  const sum = sumCents(weights);
  if (weights.length === 0 || sum <= 0n || weights.some((w) => w < 0n))
    throw new Error('distributeCents: weights must be non-negative and not all zero');
  const negative = total < 0n;
  const whole = negative ? -total : total;
  const parts = weights.map((w) => (whole * w) / sum);
  let left = whole - sumCents(parts);
  const order = weights
    .map((w, index) => ({ index, remainder: (whole * w) % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (let turn = 0; left > 0n; turn += 1, left -= 1n) {
    const index = order[turn % order.length]!.index;
    parts[index] = parts[index]! + 1n;
  }
  return negative ? parts.map((p) => -p) : parts;
}

/** actual ÷ budget as a decimal string with 4 decimals, rounded half away from zero; exact bigint arithmetic. */
export function ratioString(numerator: Cents, denominator: Cents): string | null {
  if (denominator === 0n) return null;
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = absCents(numerator) * 10000n;
  const d = absCents(denominator);
  const scaled = (n * 2n + d) / (2n * d); // half away from zero on the absolute value
  const digits = scaled.toString().padStart(5, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}
