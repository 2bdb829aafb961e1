// The receipts of a calendar year: the gifts of the books, the donors of donors.csv and the numbers
// of the register, put together. Pure: every input is an argument.
import { error, type Diagnostic } from '../diagnostics.js';
import { receiptMessages as m } from '../messages/receipts.js';
import type { Cents } from '../money.js';
import { amountInWords } from './words.js';
import type { ReceiptsConfig } from './config.js';
import type { Donor } from './donors.js';
import type { Gift, YearGifts } from './gifts.js';
import type { RegisterRow } from './register.js';

export interface Receipt {
  readonly number: string;
  readonly issued: string;
  readonly replaces: string;
  readonly donor: Donor;
  readonly amount: Cents;
  readonly words: string;
  readonly gifts: readonly Gift[];
}

export interface ReceiptsReport {
  readonly year: number;
  readonly association: { readonly name: string; readonly siren?: string };
  readonly config: ReceiptsConfig;
  readonly receipts: readonly Receipt[];
  readonly cancelled: readonly RegisterRow[];
  readonly anonymous: readonly Gift[];
  readonly summary: { readonly count: number; readonly total: Cents };
}

/** The donors whose gifts can be receipted: known to donors.csv and complete; the others are reported at their gift. */
export function receiptableTotals(
  gifts: YearGifts,
  donors: ReadonlyMap<string, Donor>,
  donorsFile: string,
): { totals: { donor: string; total: Cents }[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const totals: { donor: string; total: Cents }[] = [];
  for (const { donor, gifts: list, total } of gifts.byDonor) {
    const known = donors.get(donor);
    if (!known) {
      for (const gift of list)
        diagnostics.push(
          error('unknown-donor', m.unknownDonor(donor, donorsFile), { file: gift.file, line: gift.line }),
        );
      continue;
    }
    if (known.complete) totals.push({ donor, total });
  }
  return { totals, diagnostics };
}

export function receiptsReport(input: {
  year: number;
  association: { name: string; siren?: string };
  config: ReceiptsConfig;
  gifts: YearGifts;
  donors: ReadonlyMap<string, Donor>;
  register: readonly RegisterRow[];
}): ReceiptsReport {
  const giftsOf = new Map(input.gifts.byDonor.map((d) => [d.donor, d.gifts]));
  const inForce = input.register.filter((row) => row.status === 'issued' && input.donors.has(row.donor));
  const receipts = inForce
    .map((row) => ({
      number: row.number,
      issued: row.issued,
      replaces: row.replaces,
      donor: input.donors.get(row.donor)!,
      amount: row.amount,
      words: amountInWords(row.amount),
      gifts: giftsOf.get(row.donor) ?? [],
    }))
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
  return {
    year: input.year,
    association: input.association,
    config: input.config,
    receipts,
    cancelled: input.register.filter((row) => row.status === 'cancelled'),
    anonymous: input.gifts.anonymous,
    summary: { count: receipts.length, total: receipts.reduce((sum, r) => sum + r.amount, 0n) },
  };
}
