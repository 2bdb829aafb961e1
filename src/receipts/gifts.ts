// The gifts of a calendar year, found in the books: every posting on an eligible account (7541 dons
// manuels with 75412 abandons de frais, 7561 cotisations sans contrepartie by default), credit less
// debit so that a refund in the year nets out, each gift given to the donor its row's aux names (or
// the entry's other row's). Pure: entries in, gifts and problems out.
import { error, type Diagnostic } from '../diagnostics.js';
import { receiptMessages as m } from '../messages/receipts.js';
import type { Entry, Posting } from '../model.js';
import type { Cents } from '../money.js';

/** Never receipted by cerfa 11580, whatever the configuration says: other forms, or no gift at all. */
export const NEVER_ELIGIBLE = ['7562', '7543', '7542'] as const;
export const DEFAULT_ELIGIBLE = ['7541', '7561'] as const;

export type Means = 'especes' | 'cheque' | 'virement' | 'none';
export type Nature = 'numeraire' | 'abandon-de-frais';

export interface Gift {
  readonly date: string;
  readonly amount: Cents;
  readonly account: string;
  readonly nature: Nature;
  readonly means: Means;
  readonly label: string;
  readonly file: string;
  readonly line: number;
}

export interface DonorGifts {
  readonly donor: string;
  readonly gifts: readonly Gift[];
  readonly total: Cents;
}

export interface YearGifts {
  readonly byDonor: readonly DonorGifts[];
  /** Gifts without a donor (a collection box): no receipt. */
  readonly anonymous: readonly Gift[];
}

export function isEligible(account: string, eligible: readonly string[]): boolean {
  if (NEVER_ELIGIBLE.some((prefix) => account.startsWith(prefix))) return false;
  return eligible.some((prefix) => account.startsWith(prefix));
}

const MEANS_WORDS: readonly [RegExp, Means][] = [
  [/^(esp|cash)/i, 'especes'],
  [/^(ch|cheque|check)/i, 'cheque'],
  [/^(vir|prel|pré|pre|carte|cb|card|transfer)/i, 'virement'],
];

/** The `means` column as written, else: cash (53) on the other side, "chèque"/"CHQ" in the label, else transfer or card. */
function meansOf(posting: Posting, entry: Entry): Means | undefined {
  const written = (posting.fields.means ?? entry.postings.find((p) => p.fields.means)?.fields.means ?? '').trim();
  if (written) {
    const normalized = written.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return MEANS_WORDS.find(([pattern]) => pattern.test(normalized))?.[1];
  }
  if (entry.postings.some((p) => p !== posting && p.account.startsWith('53'))) return 'especes';
  const labels = `${posting.label} ${entry.label}`;
  if (/ch[eè]que|\bchq\b/i.test(labels)) return 'cheque';
  return 'virement';
}

/** The donor of a gift row: its own aux, else the aux of the entry's other rows when they name one donor. */
function donorOf(posting: Posting, entry: Entry): string {
  if (posting.aux.trim()) return posting.aux.trim();
  const others = new Set(entry.postings.filter((p) => p !== posting && p.aux.trim()).map((p) => p.aux.trim()));
  return others.size === 1 ? [...others][0]! : '';
}

/** The gifts dated in calendar year `year` on the eligible accounts. */
export function yearGifts(
  entries: Iterable<Entry>,
  year: number,
  eligible: readonly string[],
): { gifts: YearGifts; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byDonor = new Map<string, Gift[]>();
  const anonymous: Gift[] = [];
  const prefix = `${year}-`;
  for (const entry of entries) {
    if (!entry.date.startsWith(prefix)) continue;
    for (const posting of entry.postings) {
      if (!isEligible(posting.account, eligible)) continue;
      const amount = posting.credit - posting.debit;
      if (amount === 0n) continue;
      const abandon = posting.account.startsWith('75412');
      const means = abandon ? 'none' : meansOf(posting, entry);
      if (means === undefined) {
        diagnostics.push(
          error('receipt-means', m.unknownMeans(posting.fields.means ?? ''), { file: entry.file, line: posting.line }),
        );
        continue;
      }
      const gift: Gift = {
        date: entry.date,
        amount,
        account: posting.account,
        nature: abandon ? 'abandon-de-frais' : 'numeraire',
        means,
        label: posting.label || entry.label,
        file: entry.file,
        line: posting.line,
      };
      const donor = donorOf(posting, entry);
      if (!donor) anonymous.push(gift);
      else byDonor.set(donor, [...(byDonor.get(donor) ?? []), gift]);
    }
  }
  const donors = [...byDonor.entries()].map(([donor, gifts]) => {
    const sorted = [...gifts].sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
    return { donor, gifts: sorted, total: sorted.reduce((sum, g) => sum + g.amount, 0n) };
  });
  // Numbers are first given in the order of each donor's first gift.
  donors.sort((a, b) => a.gifts[0]!.date.localeCompare(b.gifts[0]!.date) || a.donor.localeCompare(b.donor));
  return { gifts: { byDonor: donors, anonymous }, diagnostics };
}
